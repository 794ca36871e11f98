"""Reports their attribution interrupts: "This ferry, he says, is safer.",
"Later, she said, the captain told her …".

An attribution set between commas inside its report splits it in two pieces;
`interrupted_report_start` finds where the first piece opens, and
`inside_a_parenthetical_report` tells that a cue after such an attribution is part
of the report's second piece, not an attribution of the writer's. `claimed_before`
bounds what a closing attribution claims when it stands inside a clause, a bracket or
a dash aside.
"""
from __future__ import annotations

import re

from ..text import count_words
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
    inside its report ("Later, | she said, | the captain told her …"): the rest of the
    sentence is the aside's report, and the cue in it no attribution of the writer's."""
    return aside.speaker_first and not aside.inherited and aside.subject[1] <= aside.cue.end \
        and aside.cue.lemma_form not in ("reported", "reports") \
        and masked[aside.cue.end - unit.start:att.subject[0] - unit.start].strip() == "," \
        and not _CONJUNCTION_FIRST.match(att.mention.text) and MASK not in masked[att.cue.end - unit.start:] \
        and _PIECE_BEFORE_ASIDE.fullmatch(masked, 0, aside.subject[0] - unit.start) is not None
    # (not "…, records show, and experts say …": a clause of its own; not "…, Ben Ortiz
    # reported, his sister whispered to him: “…”": the reporter relays her words)


# "the commission, which, critics say, does not include …": a relative pronoun just before
# the aside opens the clause the aside interrupts (not a demonstrative "That, they say, …")
_OPENS_INTERRUPTED_CLAUSE = re.compile(r"(?:,|\band)\s+(?:which|who|whose|where)\s*,\s*$", re.I)


# The last dash before a closing attribution opening an aside that a dash closes after it
_DASH_ASIDE_OPENING = re.compile(r"(?:(?<=\S)\s[-–—]{1,2}\s+|(?<=\w)—)((?:(?!\s[-–—]{1,2}\s|—)[^\x01])+)$")
_DASH_ASIDE_CLOSING = re.compile(r"[^-–—.!?\x01]{1,80}?(?:\s[-–—]{1,2}\s|—)\s*[a-z]")
# A dash right before the quotation the cue closes: "… the visionary—“…,” says Polian"
_DASH_BEFORE_QUOTATION = re.compile(r"(?:(?<=\S)\s[-–—]{1,2}\s*|(?<=\w)—)(?=\x01+[\s,]*$)")


def claimed_before(masked: str, unit_start: int, start: int, end: int) -> tuple[int, int]:
    """The words a closing cue claims: after the last colon before it ("… intervened:
    If Sanders would debate, de Blasio tweeted"; "one message: the city is safe, he said"),
    and none when the cue interrupts a relative clause it reports the rest of; inside an
    open bracket, the words in the bracket."""
    if _OPENS_INTERRUPTED_CLAUSE.search(masked, start - unit_start, end - unit_start):
        return end, end
    bracket = masked.rfind("(", start - unit_start, end - unit_start)
    if bracket >= 0 and ")" not in masked[bracket:end - unit_start]:
        start = unit_start + bracket + 1   # "fares (up by 30%, Vance says) cost …": the words in the bracket
    aside = _DASH_ASIDE_OPENING.search(masked, start - unit_start, end - unit_start)
    if aside and count_words(aside.group(1)) > 8 and _DASH_ASIDE_CLOSING.match(masked, end - unit_start):
        start = unit_start + aside.start(1)   # "Given that history -- and the fact that …, according
        # to X -- there is …": the aside's own claim, between the dashes around the attribution
    dash = _DASH_BEFORE_QUOTATION.search(masked, start - unit_start, end - unit_start)
    if dash:   # the writer's words before the dash are no part of what the cue closes
        return unit_start + dash.end(), end
    colon = masked.rfind(": ", start - unit_start, end - unit_start)   # (not "5:30 p.m.")
    return (unit_start + colon + 1, end) if colon >= 0 else (start, end)
