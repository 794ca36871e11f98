"""Employers: the capitalised names an article gives as where someone works.

"an analyst at Capital Economics", "Ann Lee, manager at Super Value": the run after
a title and "of", "at", "for" or "with" is a body, even when no word of it says so
(no "Inc.", no "Foods"). The entity model counts such a run an organisation, and no
person, wherever else the article uses it ("Later, Super Value said …"); a run
that starts with a first name ("a spokesman for Ann Lee") stays a person.
"""
from __future__ import annotations

import re

from .gender import FIRST_NAMES
from .lexicon import TITLE_WORDS

_EMPLOYER_BEFORE = re.compile(r"\b([a-z][\w\-]*)\s+(?:of|at|for|with)\s+$")


def named_as_employer(text: str, position: int) -> bool:
    """Whether the capitalised run at ``position`` follows a title and a preposition:
    where someone works ("managing director of Ortiz Logistics"), not a person ("the
    daughter of John Smith" has no title)."""
    m = _EMPLOYER_BEFORE.search(text, max(0, position - 40), position)
    return bool(m) and m.group(1) in TITLE_WORDS


def employer_names(text: str, names: list[tuple[int, str]]) -> dict[str, int]:
    """The names of ``names`` ((offset, name) pairs) the article gives as an employer
    at least once, with the offset of the first such mention; none opens with a first
    name."""
    employers: dict[str, int] = {}
    for position, name in names:
        if name not in employers and name.split()[0].lower() not in FIRST_NAMES \
                and named_as_employer(text, position):
            employers[name] = position
    return employers
