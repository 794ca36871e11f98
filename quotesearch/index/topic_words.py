"""Which words may be, or end, a topic: the word knowledge topic labels rest on.

* `singular`: one form for singular and plural ("emails" -> "email", "policies"
  -> "policy"), by English spelling rules checked against ``wordfreq``'s word
  list (it ships its data; WordNet's lemmatizer needs a download we cannot
  count on), so "news", "politics" and "species" stay as they are.
* `GENERIC_NOUNS`: nouns too empty to browse by ("decision", "focus",
  "reality", "folks", "supporters"); `TITLE_WORDS`: titles and honorifics
  ("Sen", "Gov", "nominee"), never a subject on their own.
* `ends_like_a_noun`: a phrase ends at its noun, so "email server akin" and
  "foreign policy clear" are fragments.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.lexicon import HONORIFICS
from ..extract.lexicon import TITLE_WORDS as _EXTRACT_TITLES

# Nouns whose plural form is the word ("news", "politics"), or whose plural the
# spelling rules would cut to another word ("bus" is not a plural of "bu").
_INVARIANT = frozenset("""
news politics economics physics mathematics ethics logistics statistics athletics
species series means headquarters whereabouts crossroads arms odds thanks savings
earnings proceeds premises outskirts remains congress process progress access address
business witness harness illness fitness awareness weakness darkness kindness loss boss
gas bus bias status virus census campus crisis basis analysis thesis emphasis diagnosis
synopsis axis tennis lens atlas canvas alias chaos ethos pathos corps police people
data media criteria phenomena us isis christmas texas kansas arkansas paris athens
brussels wales philippines netherlands bahamas honduras cyprus mars venus
""".split())

_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "people",
              "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
              "lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf",
              "leaves": "leaf", "halves": "half", "selves": "self", "thieves": "thief",
              "shelves": "shelf", "loaves": "loaf"}

# Titles, honorifics and offices: "Sen", "Gov", "Rep" (their abbreviations), "senator".
TITLE_WORDS = frozenset(w.rstrip(".") for w in _EXTRACT_TITLES | HONORIFICS) | frozenset("""
sen rep gov gen lt col sgt capt adm rev hon atty supt insp det cllr st jr sr mr mrs ms dr
prof congresswoman congressman senators governors candidates nominees
""".split())

# Nouns too general to be a subject anyone would browse by: people in roles any
# story has, speech acts, abstract nouns of judgement and change, time and place
# in general. (Subjects that are common words, "economy", "trade", "immigration",
# are not here: they are what a politics desk browses by.)
GENERIC_NOUNS = frozenset("""
time way thing people person year day week month part number lot kind sort side case point
fact place area end matter issue question problem example group country world state
government official statement interview comment remark report news today yesterday
tomorrow morning evening night percent cent billion million thousand hundred dollar
beginning moment period term level field form step effort role aspect basis head
spokesperson spokesman spokeswoman leader chairman director member expert analyst source
touch lack importance strength opportunity product sector
decision focus reality folk guy man woman men women kid child family friend husband wife
son daughter mother father brother sister parent crowd audience supporter supporters fan
critic opponent rival ally backer individual everybody somebody anybody someone
message speech word words statement remark conversation discussion talk call letter
note line story stories name title answer response reply claim promise request
idea thought view opinion belief sense feeling mind heart spirit attitude approach
position stance policy policies plan plans proposal agenda strategy tactic move action
result outcome effect impact consequence change difference reason cause purpose goal
aim interest concern worry fear hope dream chance choice option alternative possibility
situation condition circumstance context atmosphere mood tone
truth lie record history future past present future era age generation life lives
attack attacks fight battle race contest campaign challenge threat risk danger
success failure win loss victory defeat lead advantage edge gap
support help aid pressure power control authority responsibility ability capacity
system process structure framework model pattern trend rate share amount total majority
minority half third percent percentage average figure data information detail details
thing stuff bit piece kind type sort version style manner fashion sense
work business event meeting session hearing visit trip tour day night weekend
evening afternoon hour minute second moment while
statement announcement interview press conference remarks comment
politics politician candidate nominee race primary candidacy presidency administration
worker employee firm company network criticism committee district platform donor
foundation investigation instance contrast stature
attention effort work priority importance value quality standard principle rule
country nation city town place region area community neighborhood society public
everything nothing something anything
""".replace("?", "").split())

# Adjectives and adverbs that end noun-shaped words' suffix tests cannot catch.
_NOT_NOUNS = frozenset("""
akin alone aware afraid alive asleep awake alike ablaze adrift ready clear whole free true
real full open close sure worth due able unable likely unlikely possible impossible
necessary enough else instead anyway though yet still ago apart aside abroad ahead
away overseas online offline together already almost always often even ever never soon
later earlier recently lately too quite very rather fairly pretty really simply merely
much many more most less least few fewer several such same other own various certain
fine good bad great big small large long short high low new old young wrong right
important different difficult hard easy serious major minor main key top best worst
better worse last next past recent current former latter early late further
american republican democratic conservative liberal federal national international
political economic social public private foreign domestic military nuclear super
""".split())

_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible", "ical", "ish", "ive", "ly",
                      "ing", "ed", "est")
# Nouns with an adjective's ending.
_NOUNS_ENDING_LIKE_ADJECTIVES = frozenset("""
initiative executive representative objective alternative incentive perspective
narrative detective motive native relative collective explosive offensive directive
archive detective prerogative
table cable stable fable label vegetable variable constable
building meeting hearing funding spending training housing shooting bombing polling
bombings shootings meetings hearings warming bleeding offering gathering marketing
ceiling feeling evening morning wedding setting ruling ending thing king ring spring
bed need seed speed greed creed breed feed weed shed deed reed
interest protest contest test request quest forest arrest guest chest rest vest nest
ally rally family supply july italy assembly monopoly anomaly homily melancholy
fish dish wish finish
""".split())


@lru_cache(maxsize=100_000)
def _known(word: str) -> float:
    from wordfreq import zipf_frequency  # loaded on first use: its lists take ~0.1 s
    return zipf_frequency(word, "en")


@lru_cache(maxsize=100_000)
def singular(word: str) -> str:
    """The singular of a plural noun, case kept ("Emails" -> "Email"); any other
    word as it is. A candidate singular must be an English word about as common
    as the plural, or the word stays ("news", "isis", "kansas")."""
    low = word.lower()
    if low in _IRREGULAR:
        return _recase(word, _IRREGULAR[low])
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")):
        return word
    if low in _INVARIANT:
        return word
    candidates = []
    if low.endswith("ies") and len(low) > 4:
        candidates.append(low[:-3] + "y")
    if low.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):
        candidates.append(low[:-2])
    candidates.append(low[:-1])
    plural_frequency = _known(low)
    for candidate in candidates:
        frequency = _known(candidate)
        # a real singular is seldom far rarer than its plural ("policies" 4.7,
        # "policy" 5.2; "emails" 4.2, "email" 4.7), while a cut that lands on
        # another word usually does ("species" -> "specie")
        if frequency > 0 and frequency >= plural_frequency - 1.0:
            return _recase(word, candidate)
    return word


def _recase(original: str, lower: str) -> str:
    if original.isupper() and len(original) > 1:
        return lower.upper()
    if original[:1].isupper():
        return lower[:1].upper() + lower[1:]
    return lower


def singular_phrase(phrase: str) -> str:
    """A phrase with its head (last word) singular: "email servers" -> "email server";
    a name of several capitalised words is kept as it is ("United States")."""
    words = phrase.split()
    if len(words) > 1 and words[-1][:1].isupper():
        return phrase
    words[-1] = singular(words[-1])
    return " ".join(words)


@lru_cache(maxsize=100_000)   # pure, and asked for every word of every article
def ends_like_a_noun(word: str) -> bool:
    """Whether a lower-case ``word`` can be the noun a phrase ends with."""
    low = word.lower()
    if low in _NOT_NOUNS:
        return False
    if low in _NOUNS_ENDING_LIKE_ADJECTIVES or singular(low) in _NOUNS_ENDING_LIKE_ADJECTIVES:
        return True
    return not re.search(r"(?:ous|ful|less|able|ible|ical|ish|ive|ly|ing|ed|est)$", low)


@lru_cache(maxsize=100_000)   # pure, and asked for every word of every article
def is_generic(phrase: str) -> bool:
    """A one-word subject too empty to browse by ("decision", "folks")."""
    low = phrase.lower()
    return low in GENERIC_NOUNS or singular(low) in GENERIC_NOUNS


@lru_cache(maxsize=100_000)   # pure, and asked for every word of every article
def is_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or singular(low) in TITLE_WORDS
