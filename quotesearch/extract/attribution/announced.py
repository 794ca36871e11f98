"""A statement announced in the paragraph before its words.

"At the chair's direction, the party issued a statement apologizing to the senator. ¶
“On behalf of everyone here, we apologise …”": the paragraph of quotation that follows
a sentence announcing someone's statement, letter or apology carries its issuer's
words, not those of whoever was quoted last. `statement_issuer` finds the issuer: the
subject of the paragraph's last sentence, when that sentence announces the statement.
"""
from __future__ import annotations

import re
from typing import Optional

from ..mentions import parse_mention
from ..speakers import SpeakerResolver
from ..text import sentence_spans
from .phrases import clause_subject

# What is issued: the words that follow are its text
_ISSUED_THINGS = ("statement", "statements", "apology", "response", "reply", "letter", "memo", "message")
_ISSUING_VERBS = ("issued", "released", "put out", "sent out", "posted", "published", "read out", "emailed")
_ANNOUNCEMENT = re.compile(
    r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in _ISSUING_VERBS) + r")\s+"
    r"(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:" + "|".join(_ISSUED_THINGS) + r")\b")


def statement_issuer(resolver: SpeakerResolver, p_start: int, paragraph: str) -> Optional[tuple[str, str, Optional[str]]]:
    """The subject of a paragraph whose last sentence announces a statement ("Minutes
    later, the campaign issued a statement saying …"); None when it announces none or its
    subject cannot be read as a speaker."""
    sentences = sentence_spans(paragraph)
    last_start = sentences[-1][0] if sentences else 0
    announced = _ANNOUNCEMENT.search(paragraph, last_start)
    if announced is None:
        return None
    clause = paragraph[last_start:announced.end()]
    subject = clause_subject(clause)
    mention = parse_mention(subject) if subject else None
    if mention is None:
        return None
    return resolver.resolve(mention, p_start + last_start + clause.rfind(subject))
