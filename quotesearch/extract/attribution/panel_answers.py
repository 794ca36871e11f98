"""Panel answers: "Ann Lee, mayor of Harbor: We will rebuild, and the port …".

A page that puts one question to several people sets out each answer as a line opening
on the person's name, their role after a comma, and a colon. `colon.labelled_line`
reads a bare label ("Ann Lee: …", "ANN LEE: …"); a label with a role is read here, and
only on a page with two such lines or more (one alone may be a caption or a credit),
each opening on a first name, with a short role that reports nothing itself.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quote
from ..cues import find_cues
from ..gender import FIRST_NAMES
from ..mentions import parse_mention
from ..names import _role_text, tokens
from ..text import count_words

if TYPE_CHECKING:
    from .reader import ParagraphReader

_NAME = r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*)"
_ROLE = r"(?P<role>[^:\n“”\"]{3,80}?)"
PANEL_LINE = re.compile(r"[^\S\n]*" + _NAME + r",\s+" + _ROLE + r":\s+(?P<rest>\S)")
_PANEL_LINES = re.compile(r"^" + PANEL_LINE.pattern, re.M)
# A role longer than this is a sentence, not a panellist's title
_ROLE_WORDS = 10
# An answer shorter than this is a list item or a credit ("Ann Lee, Reuters: photos")
_ANSWER_WORDS = 6


def _panellist(line: re.Match) -> bool:
    return line.group("name").split()[0].lower() in FIRST_NAMES and len(line.group("role").split()) <= _ROLE_WORDS \
        and not find_cues(line.group("role"))


def panel_answer(reader: ParagraphReader, p_start: int, p_end: int) -> bool:
    """Add the answer a panel line at ``p_start`` gives, in its speaker's voice; True
    when one was added."""
    text = reader.text
    line = PANEL_LINE.match(text, p_start, p_end)
    if line is None or not _panellist(line):
        return False
    s, e = line.start("rest"), p_end
    while e > s and text[e - 1].isspace():
        e -= 1
    if count_words(text[s:e]) < _ANSWER_WORDS or sum(map(_panellist, _PANEL_LINES.finditer(text))) < 2:
        return False
    mention = parse_mention(line.group("name"))
    if mention is None or mention.kind != "person" or not mention.name:
        return False
    resolved = reader.resolver.resolve(mention, line.start("name"))
    name = resolved[0] if resolved is not None and resolved[1] == "person" and resolved[0] else mention.name
    role = _role_text(tokens(line.group("role")))
    if role:
        reader.resolver.note_role(name, role)
    reader.quotes.append(Quote(
        text=text[s:e], start=s, end=e, type="direct", speaker=name, speaker_kind="person",
        role=role or reader.resolver.roles.get(name), cue=":", via=None, paragraph=text[p_start:p_end]))
    reader.resolver.note_subject(name, "person", line.start("name"), spoke=True)
    return True
