"""Issued documents: reports and studies the article credits to a named body.

"A recent report by the Harbor Institute stated …" names no title, yet "according to
the report" two sentences on means that report. Each such phrase gives the entity
model a document named by its body and kind ("Harbor Institute report"), for "the
report" (or "the study", "the survey", …) to stand for. A person's study ("a study
by Ann Lee") is left to the person.
"""
from __future__ import annotations

import re
from typing import Iterator

from .gender import FIRST_NAMES

# The kind of document and its "by" ("report by", "study published by"): found first, as the
# whole phrase is rare and its opening ("a", "the") common
_KIND_THEN_BY = (r"(?P<kind>report|study|survey|analysis|audit|review)[^\S\n]+"
                 r"(?:(?:published|released|issued|commissioned)[^\S\n]+)?(?:by|from)[^\S\n]")
_KIND_BY = re.compile(_KIND_THEN_BY)
_DOCUMENT_BY_BODY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[^\S\n]+(?:(?:new|recent|latest|annual|final|draft|separate|independent|"
    r"\d{4})[^\S\n]+){0,2}" + _KIND_THEN_BY + r"[^\S\n]*(?:the[^\S\n]+)?"
    r"(?P<body>(?:[A-Z][\w&.\-]*(?:[’']s)?[^\S\n]+(?:(?:of|for|and|on)[^\S\n]+(?:the[^\S\n]+)?)?){0,6}"
    r"[A-Z][\w&.\-]*)(?:[’']s)?")
_OPENING_REACH = 40   # characters from the determiner to the kind: "a 2014 report", "the latest annual study"
_BODY_REACH = 200     # characters of the body's name after "by"


def documents_by_bodies(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """(name, offset) of each document ``text[start:end]`` credits to a body."""
    for kind in _KIND_BY.finditer(text, start, end):
        window = (max(start, kind.start() - _OPENING_REACH), min(end, kind.end() + _BODY_REACH))
        m = next((m for m in _DOCUMENT_BY_BODY.finditer(text, *window) if m.start("kind") == kind.start()), None)
        if m is None:
            continue
        body = m.group("body")
        if body.endswith(".") and "." not in body.split()[-1][:-1]:
            body = body[:-1]   # the sentence's stop, not an initial's ("the World Bank.", "U.S.")
        if body.split()[0].lower() in FIRST_NAMES or len(body) < 3:
            continue
        yield f"{body} {m.group('kind')}", m.start()
