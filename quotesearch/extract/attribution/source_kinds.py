"""What kind of thing speaks: a news outlet recounting what people did ("Xi rolled out
the red carpet for Putin, CNN reported": events, no statement), pictures that show
("state television showed …"), writings that read ("the letter reads"), a place whose
case bears something out ("Norway underscores that …"), and the documents and bodies
whose findings are evidence ("polls show …", "Gallup finds …").
"""
from __future__ import annotations

import re

from ..mentions import Mention
from ..noun_phrases import PRINTED_IN, _is_place_phrase
from ..lexicon import PREPOSITIONS
from ..speakers import SpeakerResolver
from .phrases import WORD
from .units import Attribution

_MEDIA_WORDS = frozenset({"news", "agency", "media", "times", "post", "journal", "daily",
                          "tribune", "herald", "press", "reuters", "xinhua", "tass", "cnn", "bbc",
                          "network", "television", "radio", "newspaper", "outlet", "broadcaster",
                          "cctv", "cgtn", "ap", "afp", "nbc", "abc", "cbs", "fox", "msnbc", "npr"})
# The people an event report is about, unnamed: "The two leaders met …"
_EVENT_SUBJECT = re.compile(
    r"^(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|sides|countries|presidents|ministers|delegations|"
    r"heads\s+of\s+state|men|women|teams|officials)\s+(?:also\s+)?(?:\w+ed|met|held|made|took|went|came|gave|"
    r"signed|won|lost|began|left)\b")
_PAST_EVENT = re.compile(
    r"^(?:[A-Z][\w’'\-]*\s+){1,3}(?:and\s+(?:[A-Z][\w’'\-]*\s+){1,3})?(?:(?:on|in|at)\s+\w+\s+)?"
    r"(?:also\s+)?(?:\w+ed|met|held|made|took|went|came|gave|signed|won|lost|began|left)\b")
EVIDENCE_HEADS = frozenset("""
poll polls survey surveys study studies report reports data figures numbers records
research results polling analysis analyses review audit documents document investigation
estimates census statistics tally count memo emails email filings filing
inquest inquiry hearing tribunal court jury trial
""".split())


def is_event_report(att: Attribution, content: str, resolver: SpeakerResolver) -> bool:
    """"Xi rolled out the red carpet for Putin, CNN reported": a news outlet recounting
    what named people did is a description of events, not an attributed statement."""
    if att.kind != "organization" or att.cue.lemma_form not in ("reported", "according", "reports"):
        return False
    if not (set((att.speaker or "").lower().split()) & _MEDIA_WORDS):
        return False
    if _EVENT_SUBJECT.match(content):
        return True
    m = _PAST_EVENT.match(content)
    if not m:
        return False
    first = content.split()[0]
    return resolver.in_a_full_name(first)


# What shows pictures, not findings: "state television showed Putin directing the
# exercise", "footage shows the car swerving" describe what was seen.
_PICTURE_HEADS = frozenset("""
television tv footage video videos clip clips image images photo photos photograph photographs
picture pictures camera cameras livestream broadcast broadcasts graphic graphics infographic map maps
""".split())


# What carries words that "read": "the statement read", "the letter reads, in part:"
_CARRIER_HEADS = frozenset("""
statement statements letter letters release memo message note email e-mail notice post tweet text
document filing complaint order ruling indictment affidavit lawsuit suit motion petition resolution
proclamation warrant report transcript citation summons verdict judgment judgement decision
editorial editorials op-ed column essay article communique communiqué declaration
""".split())


def _head_word(mention: Mention) -> str:
    """The mention's last word, lower-cased ("images" of "Satellite images"), or ""."""
    words = WORD.findall(mention.text)
    return words[-1].lower() if words else ""


def carries_words(mention: Mention) -> bool:
    """A written thing whose words can be quoted as it "reads" (not "the sign read"), or
    "it" standing for one ("“…,” it read.")."""
    return mention.pronoun == "it" or _head_word(mention) in _CARRIER_HEADS \
        or PRINTED_IN.match(mention.text.strip()) is not None   # ("an editorial in The Kellard Gazette")


def shows_pictures(mention: Mention) -> bool:
    """"satellite images", "state television", "the footage": a picture, no speaker."""
    credited = _CREDITED.search(mention.text)
    if credited:
        # "grainy video credited to Harbor TV/Kellard", "footage shot by a bystander": the picture
        return _head_word(Mention(text=mention.text[:credited.start()])) in _PICTURE_HEADS
    return _head_word(mention) in _PICTURE_HEADS and mention.kind != "organization" \
        and not any(w[:1].isupper() for w in WORD.findall(mention.text)[1:])


_CREDITED = re.compile(r"\s(?:credited\s+to|shot\s+by|taken\s+by|posted\s+by|obtained\s+by|released\s+by|"
                       r"aired\s+by|provided\s+by|courtesy\s+of|from)\s")


# Verbs that say what a thing bears out as readily as what someone stressed: a place
# before them is an example, not a speaker ("Norway underscores that there is a cheap
# way …"), where "Norway insisted that …" is its government speaking
_EVIDENTIAL_SPEECH = frozenset("""
underscore underscores underscored underscoring underline underlines underlined underlining
highlight highlights highlighted highlighting illustrate illustrates illustrated illustrating
demonstrate demonstrates demonstrated demonstrating prove proves proved proven proving
""".split())


def is_a_place(mention: Mention) -> bool:
    """A place's bare name ("Cleveland", "the United States"), no one speaking for it."""
    words = WORD.findall(mention.text)
    return bool(words) and mention.pronoun is None and _is_place_phrase(words)


def place_as_example(mention: Mention, lemma: str) -> bool:
    """"Denver showed that …", "Norway underscores that …": what a place's case bears out."""
    return lemma.lower() in _EVIDENTIAL_SPEECH and is_a_place(mention)


def is_document(mention: Mention) -> bool:
    """Polls, studies, records, and the organisations that publish them ("Gallup finds");
    not pictures ("television showed …") nor places ("Denver showed …")."""
    if _head_word(mention) in _PICTURE_HEADS or is_a_place(mention):
        return False
    return mention.kind in ("organization", "document") or any(
        w.lower() in EVIDENCE_HEADS for w in before_postmodifier(WORD.findall(mention.text)))


# A clause after a noun phrase's head says what the thing does, not what it is: "the lines
# extending from the data points" are lines, "the chart that tracks the polls" a chart
# (but "a comparison with his filings", "the latest polling in Kellard" are evidence)
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whose", "whom"})


def before_postmodifier(words: list[str]) -> list[str]:
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in _RELATIVE_WORDS or (low.endswith("ing") and low not in EVIDENCE_HEADS
                                      and following in PREPOSITIONS):
            return words[:i]
    return words
