"""Relative clauses without "that": "a cost officials say was too high".

A noun, then a subject and a speech verb, then the reported clause with no subject
of its own ("…, money protesters say could have been spent on …"): the clause's
subject is the noun before, and the speaker is only the noun phrase right before
the cue, bare or opened by its determiner ("a probe the agency said was ongoing").
`contact_relative_speaker` reads that speaker from a subject phrase read too long
("The plan carries a cost officials" -> "officials").
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import IRREGULAR_PAST_ALTERNATION, PREPOSITIONS

# A report without a subject of its own right after the cue: its verb first ("say could have been")
SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|"
                         r"had|does|did)\b")
# Words that may open the speaker's phrase before its noun ("some analysts", "senior officials")
_SPEAKER_PHRASE_OPENERS = frozenset("""some many most several other few senior top local state federal city county
former outside independent""".split())
# A verb before the noun the relative clause describes ("carries a cost", "is a figure")
_VERB_BEFORE_FILLER = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]{3,}(?:ed|s)|" + IRREGULAR_PAST_ALTERNATION + r")\b")
# … and a word that may be the noun a relative clause without "that" describes
_FILLER_NOUN = re.compile(r"[a-z][a-z\-]{2,}")
# Determiners that open the speaker's own phrase after the noun ("a probe the agency said was")
_DETERMINERS_OPENING = frozenset({"the", "a", "an"})
# Words before a subject that belong to its own phrase or clause, not a noun it follows
_NOT_A_FILLER = frozenset("""the and but or that which who whom what when where while because than as
his her their its our your my this these those all both any each every no not also only even""".split())


def contact_relative_speaker(candidate: str) -> Optional[str]:
    """The speaker of "a cost officials say was too high" read from its subject phrase ("a
    cost officials" -> "officials"): the plural noun or name before the cue, with the
    quantifier, adjective or capitalised words just before it, when a lower-case noun
    stands before them; or the phrase a determiner opens after a noun ("a probe the
    agency" -> "the agency"); None when the phrase is one noun phrase ("the officials")."""
    words = candidate.split()
    return _bare_speaker(words) or _determined_speaker(words)


def _determined_speaker(words: list[str]) -> Optional[str]:
    """"a probe the agency" -> "the agency": a determiner opens the speaker's phrase, right
    after the noun the clause describes; None when no determiner does."""
    determined = next((k for k in range(len(words) - 1, max(0, len(words) - 6), -1)
                       if words[k] in _DETERMINERS_OPENING and _FILLER_NOUN.fullmatch(words[k - 1])
                       and words[k - 1] not in _NOT_A_FILLER and words[k - 1] not in PREPOSITIONS), None)
    return " ".join(words[determined:]) if determined is not None else None


def _bare_speaker(words: list[str]) -> Optional[str]:
    """"a cost officials" -> "officials": the plural noun or name, with what opens its phrase."""
    if len(words) < 2:
        return None
    last = words[-1]
    if not (last[:1].isupper() or (last.islower() and last.endswith("s") and not last.endswith("ss"))):
        return None
    start = len(words) - 1
    while start > 0 and len(words) - start < 3 and (
            words[start - 1][:1].isupper() or words[start - 1].lower() in _SPEAKER_PHRASE_OPENERS):
        start -= 1
    if start == 0 or not _FILLER_NOUN.fullmatch(words[start - 1]) or words[start - 1] in _NOT_A_FILLER:
        return None
    if not _VERB_BEFORE_FILLER.search(" ".join(words[:start - 1])):
        return None   # ("House ethics investigators say was …", "company executives say could …": one
        # noun phrase, its head after nouns that modify it; only a clause before marks off the noun)
    return " ".join(words[start:])

