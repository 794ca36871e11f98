"""Reports their attribution interrupts: "This campaign, he says, is different.",
"Instead, she said, her boss told her …".

An attribution set between commas inside its report splits it in two pieces;
`interrupted_report_start` finds where the first piece opens, and
`inside_a_parenthetical_report` tells that a cue after such an attribution is part
of the report's second piece, not an attribution of the writer's.
"""
from __future__ import annotations

import re

from .units import MASK, Attribution, Unit


# Where the first piece of an interrupted report may open: after a dash, a semicolon, a
# bracket or a comma and a conjunction
_CLAUSE_BREAK = re.compile(r"\s[-—–]+\s|;\s|—|\(|,\s+(?:and|but)\s+")


def interrupted_report_start(text: str, start: int, end: int) -> int:
    """Where the first piece ``text[start:end]`` of a report its attribution interrupts
    opens: after the last dash, semicolon, bracket or comma and conjunction ("… - all of
    whom, she said, needed …", "… out of print, and demand for them, Kaplan says, is …")."""
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        start = m.end()
    return start


_CONJUNCTION_FIRST = re.compile(r"(?:and|but|or|yet|so|while)\s", re.I)
# The opening piece of a report its attribution interrupts: words, then a comma
_PIECE_BEFORE_ASIDE = re.compile(r"[^" + MASK + r"]*[\w’')]\s*,\s*")


def inside_a_parenthetical_report(aside: Attribution, att: Attribution, masked: str, unit: Unit) -> bool:
    """Whether ``att`` opens right after ``aside``, an attribution set between commas
    inside its report ("Instead, | she said, | her boss told her …"): the rest of the
    sentence is the aside's report, and the cue in it no attribution of the writer's."""
    return aside.speaker_first and not aside.inherited and aside.subject[1] <= aside.cue.end \
        and aside.cue.lemma_form not in ("reported", "reports") \
        and masked[aside.cue.end - unit.start:att.subject[0] - unit.start].strip() == "," \
        and not _CONJUNCTION_FIRST.match(att.mention.text) and MASK not in masked[att.cue.end - unit.start:] \
        and _PIECE_BEFORE_ASIDE.fullmatch(masked, 0, aside.subject[0] - unit.start) is not None
    # (not "…, records show, and experts say …": a clause of its own; not "…, Robert Costa
    # reported, his wife whispered to him: “…”": the reporter relays her words)
