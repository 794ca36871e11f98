"""Labelled lines that are items of a list, not a speaker's turn: "Iowa: Ann Lee, Bo Cruz,
Tom Reed", "Dr. Lima: 441 Engineering Hall, Riverside College, …", and the lines a
sentence such as "… held on the following charges:" introduces ("Ann Lee: Possession of
…, held in jail in lieu of $7,000 bond.").

`colon.labelled_line` asks these before it reads a name and a colon as someone's words.
"""
from __future__ import annotations

import re

from ..cues import find_cues
from .phrases import TITLE_CASE_SHARE

_CAPITALISED_RUN = r"(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*"
NAME_LIST = re.compile(rf"(?:{_CAPITALISED_RUN},\s+){{2,}}(?:and\s+)?{_CAPITALISED_RUN}(?:,?\s+and\s+{_CAPITALISED_RUN})?\.?")

# A line that introduces a list ("… on the following preliminary charges:", "The winners
# are as follows:"); one naming a transcript ("the following exchange:", "Partial
# transcript as follows:") introduces speakers' turns
_LIST_INTRODUCTION = re.compile(r"\b(?:the\s+following|as\s+follows)\b[^.:!?\n]{0,60}:\s*$")
_TURNS_NOUNS = frozenset("""exchange exchanges transcript transcripts remarks statement statements
interview conversation conversations dialogue debate comments comment testimony questions answers
answer response responses quotes words""".split())
_LABEL_THEN_ITEM = re.compile(r"(?:[A-Z][\w’'.\-]*)(?:\s+[A-Z][\w’'.\-]*){0,3}:\s+\S")


def names_many(words: str) -> bool:
    """Capitalised words in a row of commas: an address, a list of credits or members, not
    a speaker's sentence."""
    tokens = words.split()
    return words.count(",") >= 2 and sum(w[:1].isupper() for w in tokens) >= TITLE_CASE_SHARE * len(tokens)


def item_of_introduced_list(text: str, p_start: int) -> bool:
    """The labelled line at ``p_start`` is one of a run of such lines that a sentence
    announcing a list ("the following charges:") introduces: each line names the item
    (a person charged, a prize's winner) and what the list says of it. A sentence with a
    cue ("They said the following:") introduces speech."""
    before = text[:p_start].rstrip()
    while before:
        cut = before.rfind("\n")
        line = before[cut + 1:].strip()
        if not _LABEL_THEN_ITEM.match(line):
            m = _LIST_INTRODUCTION.search(line)
            return bool(m) and not any(w.lower().strip(",;:") in _TURNS_NOUNS for w in line.split()) \
                and not find_cues(line)
        before = before[:max(cut, 0)].rstrip()
    return False
