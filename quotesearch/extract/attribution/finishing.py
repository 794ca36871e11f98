"""The last touches on a paragraph's quotes: each trimmed to its words (and an indirect
report, or a mixed one, cut after a dangling subordinator), and reports read from inside a direct
quotation of the same paragraph dropped for the quotation itself."""
from __future__ import annotations

import re

from ...records import Quote
from ..text import strip_span


def drop_nested_reports(quotes: list[Quote]) -> list[Quote]:
    """A report read from inside a direct quotation of the same paragraph is that
    quotation's own words ("Harper said: “These were 12 pages of laws – including …”" once
    gave “These were 12 pages of laws" as well as the whole): the quotation alone stands."""
    directs = [(q.start, q.end) for q in quotes if q.type == "direct"]
    return [q for q in quotes if q.type == "direct"
            or not any(start - 1 <= q.start and q.end <= end + 1 for start, end in directs)]


# A subordinator a report cannot end on: "said the council voted after | arguing for hours"
# (the gerund was read as a cue of its own; the report ends before the word leading to it)
_DANGLING_SUBORDINATOR = re.compile(r"[\s,]+(?:by|after|before|while|upon|without|when)$")
_GERUND_NEXT = re.compile(r"\s+[a-z]+ing\b")
# A dash after a mixed report's last quoted words opens the writer's aside
_ASIDE_AFTER_QUOTED_WORDS = re.compile(r"[”\"](?=\s+[—–]\s)")
_DASH = re.compile(r"\s[—–]\s")


def trim_quote(q: Quote, text: str) -> None:
    """The quote without the blanks and punctuation around it (and an indirect or mixed
    one without a subordinator it was cut after)."""
    q.start, q.end = strip_span(text, q.start, q.end)
    dangling = _DANGLING_SUBORDINATOR.search(text, q.start, q.end) \
        if q.type in ("indirect", "mixed") and _GERUND_NEXT.match(text, q.end) else None
    if dangling and dangling.start() > q.start:
        q.end = dangling.start()
    aside = _ASIDE_AFTER_QUOTED_WORDS.search(text, q.start, q.end) if q.type == "mixed" and not q.fragments else None
    if aside and not _DASH.search(text, q.start, aside.start()) and not _DASH.search(text, aside.end() + 3, q.end):
        # "which he calls “superminds” — the title of his latest book": the writer's aside
        # (not a dash of a pair: "Clinton's call to “make America whole” — a rebuttal to … — was …")
        q.end = aside.start() + 1
    q.text = text[q.start:q.end]
    if q.fragments:
        pieces = [(max(a, q.start), min(b, q.end)) for a, b in q.fragments]
        q.fragments = [p for p in pieces if p[1] > p[0]] if len(pieces) > 1 else []
