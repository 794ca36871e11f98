"""Clauses: what in the words before a cue is no subject phrase, and the edges trimmed
from one that is.

``_clean`` and ``_drop_edges`` take off what stands around a subject without being
part of it (a bracket, "on Tuesday", "also", a subordinator, an auxiliary, a manner
adverb: "Cruz gingerly"). ``_is_predicate``, ``_has_contracted_verb`` and
``_adverb_then_verb`` tell a predicate or clause ("released a statement", "often
they’re", "the report also indicated") from a noun phrase; the word tables here
(clause words, speech verbs, function words, opening participles) are what those
tests and `mentions.plausible_speaker` look for.
"""
from __future__ import annotations

import re

from .lexicon import (
    ADJECTIVAL_PARTICIPLES, AUXILIARIES, DETERMINERS, IRREGULAR_PASTS, PREPOSITIONS, SUBORDINATORS,
    TIME_AND_MANNER_WORDS,
)
from .noun_phrases import _NUMBER_WORDS, _QUANTIFIERS
from .outlets import is_known_outlet

_PAREN = re.compile(r"\s*\([^)]*\)")
_CLAUSE_WORDS = frozenset({"will", "would", "has", "have", "had", "is", "are", "was", "were",
                           "can", "cannot", "could", "should", "may", "might", "must", "be", "been",
                           "which", "who", "whom", "whose", "not", "n’t", "did", "does"})
# Verbs no noun phrase holds ("the top adviser on the campaign went further")
ONLY_VERBS = frozenset({"went", "came", "became", "knew", "grew", "seemed", "seems", "goes", "becomes"})


_TRAILING_TIME = re.compile(
    r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?\s*$")


# Adverbs between a subject and its cue: "the agency director also", "the hospital later"
_TRAILING_ADVERBS = re.compile(
    r"(?<=\w)(?:\s+(?:also|again|later|earlier|then|once|first|previously|recently|repeatedly|publicly|"
    r"privately|reportedly|often|even|still|already|just|simply|separately|explicitly|further|initially|"
    r"subsequently|finally|herself|himself|themselves|itself|long|always))+$")


def _clean(phrase: str) -> str:
    phrase = _PAREN.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)     # "Hillary Clinton on Tuesday said"
    phrase = phrase.strip(" \t\n,;:—–-\"“”‘’'").lstrip("(")   # "(She says …)"
    phrase = _TRAILING_ADVERBS.sub("", phrase)  # "the agency director also urged"
    return phrase


_TRAILING_WHEN = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)")
_TRAILING_WORDS = frozenset({"elsewhere", "too", "alone", "instead", "meanwhile", "however", "though",
                               "himself", "herself", "themselves", "itself", "first", "last"})
# ("has long said", "has always said", "Fact-checkers soon noted"; but "Brock Long said" is his name)
_LOWER_CASE_ADVERBS = frozenset({"long", "always", "soon", "immediately", "swiftly", "promptly"})
_CONTINUING = frozenset({"continue", "continues", "continued", "continuing"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "’s", "'s"})
# Words that grade the adverb after them: "Reed more recently has said", "Lee rather bluntly wrote"
_DEGREE_WORDS = frozenset({"more", "most", "less", "least", "rather", "very", "quite", "somewhat", "pretty"})
_NEGATED_AUXILIARY = re.compile(r"(?:did|does|do|would|could|should|was|were|is|are|has|have|had|ca|wo)n[’']t")


def _drop_edges(toks: list[str]) -> list[str]:
    """Remove leading subordinators and trailing auxiliaries/adverbs ("Cruz gingerly")."""
    while toks and toks[0].lower() in SUBORDINATORS and len(toks) > 1:
        toks = toks[2:] if toks[1].lower() == "far" and len(toks) > 2 else toks[1:]   # ("so far Canova")
    while len(toks) > 1 and not is_known_outlet(" ".join(toks)) and (_TRAILING_WHEN.fullmatch(toks[-1]) or (
            toks[-1].islower() and (toks[-1] in TIME_AND_MANNER_WORDS or toks[-1] in _TRAILING_WORDS))):
        toks = toks[:-1]   # "John Rankin Thursday", "Klein elsewhere": not part of the name (but "USA Today")
    while len(toks) > 2 and toks[-1] == "to" and toks[-2].lower() in _CONTINUING and (
            toks[-2].lower() != "continuing" or toks[-3].lower() in _BE_FORMS):
        toks = toks[:-2]   # "Clinton is continuing to insist": the subject goes on reporting
        # (but "polls continuing to show": the participle describes the polls)
    while toks and (toks[-1].lower() in AUXILIARIES or toks[-1] in _LOWER_CASE_ADVERBS or _NEGATED_AUXILIARY.fullmatch(toks[-1].lower()) or (
            len(toks) > 1 and _MANNER_ADVERB.fullmatch(toks[-1]) and toks[-1] not in _LY_NOUNS)):
        toks = toks[:-1]
        if len(toks) > 1 and toks[-1] in _DEGREE_WORDS:
            toks = toks[:-1]   # (the degree word goes with its adverb)
    return toks


def _is_predicate(toks: list[str]) -> bool:
    """"reiterated those feelings and", "released a statement", "allegedly sent …": the
    words before a cue are a predicate of a subject further left, not a subject."""
    low = [t.lower() for t in toks]
    if not low:
        return False
    if low[-1] in {"and", "or", "but", "nor"}:
        return True
    if len(toks) < 2 or not toks[0][:1].islower():
        return False
    if low[0].endswith("ed") and low[1] in DETERMINERS:
        return True
    return low[0].endswith("ly") and len(low[0]) > 4 and low[0] not in _NOT_ADVERBS and low[0] not in _QUANTIFIERS \
        and not (low[1][:1].isdigit() or low[1] in _NUMBER_WORDS or low[1] in _QUANTIFIERS)


_NOT_ADVERBS = frozenset({"family", "ally", "rally", "daily", "weekly", "monthly", "elderly",
                          "assembly", "italy", "july", "early"})
_COMMON_VERBS = frozenset("""
took take takes made make makes got get gets went go goes came come comes gave give gives
put puts set held holds met meets ran run runs won win wins lost lose left leaves saw see
sees began begins became become becomes brought brings kept keeps found finds showed shows
told tells thought thinks knew knows wanted wants called calls asked asks seemed seems
fell grew sank shrank
""".split())
_FUNCTION_WORDS = (SUBORDINATORS | PREPOSITIONS | frozenset(
    {"there", "here", "and", "or", "nor", "but", "so", "if", "when", "where", "why", "how",
     "what", "who", "yes", "no", "not", "united", "following", "according", "despite",
     "still", "even", "only", "just", "now", "today", "yesterday", "tomorrow", "unlike", "like",
     "besides", "amid", "beyond", "whereas", "unless", "therefore", "thus", "hence", "however",
     "meanwhile", "moreover", "instead", "please", "than",
     # prepositions that are participles or adjectives too: "Absent Reed's own plan, Lee …"
     "absent", "barring", "pending", "given", "minus", "including", "regarding", "excluding",
     "notwithstanding", "versus", "concerning", "considering", "except"})) - {"the"}
_SPEECH_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "noted", "wrote",
                           "argued", "claimed", "asked", "stated", "announced", "insisted",
                           # (a headline's report: "UAW deal confirms economic plan" names no one)
                           "confirms", "confirmed", "warns", "warned", "denies", "denied", "admits", "admitted",
                           "explains", "explained", "reveals", "revealed", "suggests", "insists",
                           # (verbs outside the cue list closing a quotation: "“…,” jokes Groene, responding …")
                           "jokes", "quips", "laughs", "muses", "sighs", "shrugs", "smiles", "chuckles"})
# Verbs a title-case headline puts after its subject: "Glenn Beck Blasts Drudge for …"
HEADLINE_VERBS = frozenset("""blasts slams rips praises urges mocks quotes warns vows explains backs defends
attacks dismisses accuses touts knocks lashes scolds""".split())
_BARE_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                               "their", "our"})


# (and "who’s", "it’s": "’s" is "is" or "has" after a pronoun, a possessive after a noun)
_CONTRACTED_VERB = re.compile(r".+(?:n[’']t|[’'](?:re|ve|ll|d|m))$|(?:who|that|it|he|she|what|where)[’']s$")


def _has_contracted_verb(low: list[str]) -> bool:
    """"often they’re called", "I’m": a verb inside the phrase makes it a clause (a
    negated auxiliary closing it, "Stewart wouldn’t", is dropped before this)."""
    return any(_CONTRACTED_VERB.match(t) for t in low)


def _adverb_then_verb(low: list[str]) -> bool:
    """"the report also indicated US students": "also" inside the phrase before a word
    that is no determiner makes it a clause ("Cruz, also a candidate" stays a phrase)."""
    return any(t == "also" and 0 < i < len(low) - 1 and low[i + 1] not in DETERMINERS
               for i, t in enumerate(low))


def verb_then_its_object(low: list[str]) -> bool:
    """"the French luxury giant filed a lawsuit in New York", "the senator recorded a
    message": a past verb after the subject's first word, then a determiner opening its
    object, is a clause ("papers obtained by the court", "a lawsuit filed in May" are
    phrases: a participle takes no object)."""
    return any(t.endswith("ed") and len(t) > 4 and low[i + 1] in _OBJECT_DETERMINERS
               and not _NEXT_CLAUSE_OPENERS.intersection(low[i + 2:]) for i, t in enumerate(low[:-1]) if i)


_OBJECT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
# A clause after the object whose subject may still speak ("The letter cited a spring summit
# where Director Ann Lee …", "The board hired a firm after executive Tom Reed …"): read on
_NEXT_CLAUSE_OPENERS = frozenset({"where", "after", "when", "while", "as", "before", "because", "since", "until",
                                  "that", "who", "which", "and", "but"})


# Manner adverbs are no part of a name ("Cruz gingerly"); these -ly words are no adverbs
_MANNER_ADVERB = re.compile(r"(?:[a-z]+-)*[a-z]{3,}ly")   # ("matter-of-factly", "half-jokingly")
_LY_NOUNS = frozenset({"family", "families", "ally", "rally", "assembly", "supply", "reply", "belly", "bully",
                       "folly", "anomaly", "monopoly", "homily", "italy", "july", "daily", "weekly",
                       "monthly", "quarterly", "early", "only", "holly", "lily", "sally", "billy", "tally"})


# -ing words that open sentences as participles; other capitalised -ing words alone are
# surnames ("Manning recalled", "Fleming said")
_OPENING_PARTICIPLES = frozenset("""
speaking saying asking adding noting writing having being following according including
during reporting citing referring responding answering talking explaining arguing warning
describing calling using making taking looking considering regarding concerning pending
assuming acknowledging admitting insisting stressing highlighting praising criticizing
criticising accusing urging announcing declaring appearing addressing testifying echoing
conceding rising pointing suggesting claiming asserting recalling remembering reflecting
standing sitting seeking hoping fearing believing thinking knowing wanting trying getting
going coming starting beginning ending turning returning leaving facing pushing reacting
replying commenting tweeting posting defending attacking blaming dismissing rejecting
""".split())


def _is_participle(word: str) -> bool:
    return word in _OPENING_PARTICIPLES or not word[:1].isalpha()


_OWN_OBJECTS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Participles that stand after the people they describe ("Democrats polled", "voters surveyed")
_AFTER_PEOPLE = frozenset({"polled", "surveyed", "questioned", "interviewed", "sampled", "asked"})


def past_verb_clause(toks: list[str]) -> bool:
    """"Marlow responded to …", "… and Fisk replaced his port manager": a name and its
    verb, or a verb and its object: a clause, no noun phrase ("officials involved in
    the talks", "the elected official" are noun phrases)."""
    low = [t.lower() for t in toks]
    for i in range(1, len(toks) - 1):
        word = low[i]
        if not (toks[i].islower() and ((word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PASTS)) \
                or word in ADJECTIVAL_PARTICIPLES or word in _AFTER_PEOPLE:
            continue
        if (toks[i - 1][:1].isupper() and toks[i - 1].lower() not in DETERMINERS) \
                or low[i + 1] in DETERMINERS or low[i + 1] in _OWN_OBJECTS:
            return True
    return False


def verb_form(tok: str) -> bool:
    """"asked", "calling", "told": a past, a participle or a gerund written in lower case."""
    low = tok.lower()
    return tok.islower() and (low in IRREGULAR_PASTS or (len(low) > 3 and low.endswith("ed"))
                              or (len(low) > 4 and low.endswith("ing")))
