"""Patterns built for one noun of the article, for people it brings in without a name:
"a team of researchers at Columbia University" (`placed_team`), "a senior official
said" (`indefinite_before`). Each is compiled once per noun and only where the noun
occurs (see `scanning.matches_of_word`); `descriptions` decides what they stand for.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def placed_team(noun: str) -> re.Pattern:
    """"a team of researchers at Columbia University", "a team of scientists from the
    University of Kellard": a team of ``noun`` placed by its body's name (the people:
    "researchers at Columbia University")."""
    return re.compile(r"\b[Aa]\s+team\s+of\s+(?:[a-z]+\s+)?(?P<people>" + re.escape(noun) + r"\s+(?:at|from|led\s+by)\s+"
                      r"(?:the\s+)?[A-Z][\w&’'\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'\-]*){0,5})")


@lru_cache(maxsize=2048)
def indefinite_before(head: str) -> re.Pattern:
    """"a … official", "another senior official" opening its sentence, and the source of
    a cue in it (not "A new manager, he said, …"); or after "according to", "said"."""
    return re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:An?|Another|One)\s+(?:[\w.’'\-]+\s+){0,5}?"
        + re.escape(head) + r"\b[^.!?\n“”\"]{0,120}?(?<!\bhe )(?<!\bshe )(?<!\bthey )"
        r"\b(?:said|says|told|tells|added|adds|explained|noted|wrote|argued|insisted|claimed"
        r"|confirmed|testified|stated)\b"
        # ("…, according to a senior harbor patrol official. The official said …")
        r"|\b(?:according\s+to|said|says|told)\s+(?:an?|another|one)\s+(?:[\w.’'\-]+\s+){0,5}?"
        + re.escape(head) + r"\b(?![\w’'\-])(?!,?\s+(?:[A-Z]|named\b|identified\b))", re.M)
