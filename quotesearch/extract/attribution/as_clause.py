"""As-clauses: "opposition to “the collective society,” as Margaret Thatcher put it,
…", "The plan is, as Ann Lee said, “dead on arrival.”"

An attribution inside an as-clause vouches for the quoted words next to it, not for
the sentence around it, which is the writer's. When a quotation touches the clause
(before it, or right after its closing comma) that quotation is the whole report;
otherwise ("As Lee put it on Monday, the city “cannot afford to wait.”") the
sentence is read as usual.
"""
from __future__ import annotations

import re
from typing import Optional

from ..quotes import QuoteSpan
from .units import Attribution, Unit, span_end

# "…, as Thatcher put it", "As Lee said,": "as" just before the speaker
_AS_BEFORE = re.compile(r"(?:^|[,;(—–]\s*|\s-\s*)[Aa]s\s+$")
_AS_OPENS = re.compile(r"[\s,”\"’]*([Aa]s)\s")
_CLAUSE_EDGE = re.compile(r"(?:^|[,;(—–”\"’]|\s-)\s*$")
_SENTENCE_CLOSE = re.compile(r"[\s.!?”\"’)]*")
# What may stand between the quotation and the clause: a comma, spaces, a colon
_TOUCHING = re.compile(r"[\s,:]*")


def as_clause_start(att: Attribution, masked: str, unit: Unit) -> Optional[int]:
    """Where "as" opens the attribution's clause, or None when it is no as-clause."""
    if not att.speaker_first:
        return None
    subject_start = att.subject[0] - unit.start
    opens = _AS_OPENS.match(masked, subject_start)
    if opens and _CLAUSE_EDGE.search(masked, 0, opens.start(1)):
        return unit.start + opens.start(1)   # the subject phrase was read with its "as": "as Ann Lee"
    m = _AS_BEFORE.search(masked, 0, min(subject_start, att.cue.start - unit.start))
    if m is None:
        return None
    return unit.start + m.end() - len(m.group(0).lstrip(",;(—–- "))


def touching_quotation(att: Attribution, text: str, unit: Unit, as_start: int) -> Optional[QuoteSpan]:
    """The quotation the as-clause vouches for: the one ending right before "as", else
    the one opening right after the clause."""
    quotations = sorted([*unit.fragments, *unit.slots], key=lambda q: q.open)
    for q in reversed(quotations):
        end = span_end(q)
        if end <= as_start and _TOUCHING.fullmatch(text, end, as_start):
            return q
    clause_end = max(att.cue.end, att.subject[1])
    for q in quotations:
        if q.open >= clause_end and _TOUCHING.fullmatch(text, clause_end, q.open) \
                and _SENTENCE_CLOSE.fullmatch(text, span_end(q), unit.end):
            # "The plan is, as Lee said, “dead on arrival.”"; but in "as he puts it, “the real
            # trouble” is that fares are high" the quoted words open a claim of his
            return q
    return None
