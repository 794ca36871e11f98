"""The quotation a cue introduces.

"X shouted, “Q”", "asked the crowd “Q”", "Said Nora Vance, …, “Q”", "The dockers
shouted back at her, “Q”": a quotation right after a cue and its pause (a comma or a
colon, an audience, how and at whom) is that cue's, though the next attribution closes
on it. `introduced_slot` finds it among the unit's quotations.
"""
from __future__ import annotations

import re
from typing import Optional

from ..cues import RECIPIENT_CUES
from ..quotes import QuoteSpan
from .questions import ASKING
from .units import Attribution, Unit

# (or "to" before an imperative quoted: "NOAA stated to “Expect record-shattering hot years”")
# The writer's hedge on the words a cue introduces: "said something like, “…”"
HEDGED_QUOTATION = re.compile(r"\s+(?:something\s+(?:like|along\s+the\s+lines\s+of)|words\s+to\s+the\s+effect\s+(?:of|that))"
                              r"\s*[,:]?\s*(?=[“\"\x01])")
_INTRODUCING_PAUSE = re.compile(r"\s*[,:]\s*|\s+to\s+(?=[“\"])"
                                # (or to whom: "remarked to his deputy Bill Shine, “…”")
                                # (a person or a determined noun, not a verb: "went on to say, “…”")
                                # (nor its participle: "responded to Vargas’ question writing, “…”")
                                r"|\s+(?:to|at)\s+(?=(?:the|a|an|his|her|their|its|our|my|him|them|us|me|reporters)\b|[A-Z])"
                                r"(?:(?![a-z]+ing\b)[\w’'.\-]+\s+){0,4}(?![a-z]+ing\b)[\w’'.\-]+\s*[,:]\s*(?=[“\"])"
                                # (or how and at whom: "The dockers shouted back at her, “…”")
                                r"|\s+(?:back|out|again|aloud|in\s+unison)(?:\s+(?:at|to)\s+(?:him|her|them|us|me))?\s*[,:]\s*"
                                # (or when: "asked last week “Why …?”", "said on Tuesday: “…”")
                                r"|\s+(?:back\s+)?(?:on\s+)?(?:today|yesterday|earlier|later|(?:last|this)\s+(?:night|week|weekend|month|year|"
                                r"morning|afternoon|evening|spring|summer|fall|autumn|winter)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                                # ("sang back in the 1980s, “…”")
                                r"|in\s+(?:the\s+)?(?:19|20)\d\d(?:s|’s|'s)?)"
                                r"\s*[,:]?\s*(?=[“\"])|" + HEDGED_QUOTATION.pattern)
_AUDIENCE_THEN_QUOTE = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'\-]+\s+){0,2}[\w’'\-]+\s*[,:]?\s*"
                                  r"|\s+(?:him|her|them|us|me|reporters|supporters|voters)\s*[,:]?\s*|\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*\s*,\s*")


def introduced_slot(text: str, att: Attribution, unit: Unit) -> Optional[QuoteSpan]:
    """The quotation a cue introduces with a comma or colon after it ("X shouted, “Q”"),
    or after its speaker's phrase when that follows ("Said Dorothy Poynter, …, “Q”")."""
    if att.subject[1] > att.cue.end:
        m = _INTRODUCING_PAUSE.match(text, att.subject[1])
    elif not att.speaker_first:
        return None
    else:
        m = _INTRODUCING_PAUSE.match(text, att.cue.end)
        if m is None and (att.cue.lemma_form in ASKING or att.cue.lemma_form in RECIPIENT_CUES):
            m = _AUDIENCE_THEN_QUOTE.match(text, att.cue.end)   # "asked the crowd “…”"
    if m is None:
        return None
    return next((q for q in unit.slots if q.open == m.end()), None)
