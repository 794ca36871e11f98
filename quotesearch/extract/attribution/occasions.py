"""Occasions: when, where and how words were said, around a report.

"“…,” he said, without naming any of the ferry bidders", "“…,” Reed said 20 minutes
into the meeting", "“…,” Lee tweeted soon after the vote was counted", "The dockworkers
chanted, “Scrap the toll!” as they had all evening": the writer's adjunct or time
clause beside a report, never its content. `spans.split_slots` drops such words. An
adjunct with no verb right before a quotation ("Aside from wartime, “…,” said X") is the
lead into it: one mixed report with the quoted words.
"""
from __future__ import annotations

import re

from ..text import count_words
from .phrases import ADJUNCT_START, AUXILIARY_OR_PAST, FINITE_VERB
from .units import Attribution, Unit, span_end

# When words were said, after the cue: "30 minutes into the debate", "two days after the vote"
_WHEN_SAID = re.compile(r"[\s,]*(?:about\s+|nearly\s+|some\s+|just\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|several|a\s+few|few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
                        r"years?)\s+(?:into|after|before|later|ago|earlier|since)\b", re.I)
# Where quoted words were written, after them: "called “…” in his 2004 memoir Harbor Days"
WRITTEN_IN = re.compile(r"\s+(?:in|during)\s+(?:a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}(?:book|memoir|column|"
                        r"op-ed|essay|article|post|email|memo|podcast|documentary|letter)\b")
# A clause's own report, a quotation, or more than a time: no mere occasion
MORE_THAN_AN_OCCASION = re.compile(r"\b(?:that|as|when|but|because|while)\b|[“\"]|''")


def how_or_when_said(text: str, start: int, end: int) -> bool:
    """Words after a cue that say only how or when the words were said: the writer's
    adjunct ("without referring to any of the candidates") or a time ("30 minutes into
    the debate", "two days after the vote") with no clause after it."""
    if writers_adjunct(text, start, end):
        return True
    when = _WHEN_SAID.match(text, start, end)
    return bool(when) and not MORE_THAN_AN_OCCASION.search(text, when.end(), end) \
        and count_words(text[when.end():end]) <= 6 and not AUXILIARY_OR_PAST.search(text, when.end(), end)


# A time clause after a quotation's cue: "“…,” Trump tweeted soon after the hearing ended"
_TIME_CLAUSE_AFTER_CUE = re.compile(r"[\s,]*(?:soon|shortly|just|right|moments|minutes|hours)\s+(?:after|before)\s", re.I)
_QUOTATION_CLOSED = re.compile(r"[\s,]*$")


def when_quotation_was_said(text: str, start: int, end: int, unit: Unit, att: Attribution) -> bool:
    """A time clause after the cue of a quotation just before its speaker: when, not what."""
    return _TIME_CLAUSE_AFTER_CUE.match(text, start, end) is not None \
        and not MORE_THAN_AN_OCCASION.search(text, start, end) \
        and any(span_end(q) <= att.subject[0] and _QUOTATION_CLOSED.match(text, span_end(q), att.subject[0])
                for q in unit.slots)


def writers_adjunct(text: str, start: int, end: int) -> bool:
    """Words that open on a preposition or conjunction of manner or concession and hold no
    finite verb ("without referring to any of the candidates", "but despite the tone"): the
    writer's adjunct around a report, never its content."""
    return _ADJUNCT_OPENING.match(text, start, end) is not None and not AUXILIARY_OR_PAST.search(text, start, end)


# A clause of when or how after a quotation its cue introduced: "as they had all
# evening", "while the crowd cheered"
WHEN_AFTER_QUOTATION = re.compile(r"[\s,]*(?:as|when|while|before|after|until|even\s+as|just\s+as)\s")
_ADJUNCT_OPENING = re.compile(r"[\s,;:—–-]*(?:(?:and|but|yet)\s+)?(?:despite|without|in\s+spite\s+of|notwithstanding|"
                              r"regardless\s+of)\b", re.I)


# An adjunct closed by its comma, right before a quotation: "Aside from wartime or a deep
# downturn, “it is rare …,” said Tom Reed"
_ADJUNCT_BEFORE_QUOTATION = re.compile(r"\s*[^\n“”\"]*,\s*")
_ASIDE_FROM = re.compile(r"\s*(?i:aside) ")   # (an adjunct no preposition opens)


def opening_of_a_quotation(text: str, start: int, end: int, quotations):
    """The quotation whose sentence the words ``text[start:end]``, right before it, open
    with an adjunct holding no verb (how the writer leads into the quoted words, no
    report of their own); else None."""
    led_into = next((q for q in quotations if not text[end:q.open].strip()), None)
    if led_into is None or _ADJUNCT_BEFORE_QUOTATION.fullmatch(text, start, end) is None \
            or FINITE_VERB.search(text, start, end):
        return None
    return led_into if ADJUNCT_START.match(text, start, end) or _ASIDE_FROM.match(text, start, end) else None
