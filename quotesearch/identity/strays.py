"""Speaker strings a registry meets once and should not list as speakers of their
own: several people under one string (a family's plural "the Clintons", a list
"CBS News and ABC News", a described group "Union Lawyers"), and a person's
surname misspelled once ("Feinstien" in a corpus that names Dianne Feinstein).

Each rule looks at the whole corpus's strings, never at one string alone: a
plural is a family only when the corpus names people with the singular as their
surname, a misspelling joins only the one person whose surname it is close to
and only when it is no one's name itself. A wrong merge is worse than a split,
so every rule keeps a string apart when it could be two people's.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import jellyfish
from rapidfuzz import fuzz

from ..extract.gender import FIRST_NAMES
from ..extract.lexicon import DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS
from ..extract.places import is_place
from .forms import SpeakerForm, Union, fold
from .names import _QUANTIFIERS, _is_demonym, organisation_name, person_name

# How close a misspelled surname is to the real one (rapidfuzz ratio, 0-100):
# "Feinstien"/"Feinstein" 89, "Schumerr"/"Schumer" 93, "Grahm"/"Graham" 91.
MISSPELLING_RATIO = 80
# A word this common in English (wordfreq's Zipf scale) may be a surname of its
# own ("Berman" 3.2, "Klein" 3.7): never read as someone else's misspelled.
RARE_WORD_ZIPF = 2.5

# Nouns for people that news writes in the plural before a verb ("Protesters said",
# "Respondents told"): with the generic and descriptor nouns of the lexicon, a
# speaker string ending in their plural describes a group.
_GROUP_NOUNS = frozenset({
    "mourner", "respondent", "donor", "lawyer", "attorney", "teacher", "parent", "grandkid",
    "grandparent", "catholic", "protestant", "evangelical", "latino", "latina", "activist",
    "critic", "supporter", "opponent", "official", "expert", "analyst", "observer",
    "economist", "scientist", "historian", "researcher", "insider", "aide", "adviser",
    "advisor", "staffer", "organizer", "delegate", "lawmaker", "legislator", "senator",
    "governor", "mayor", "leader", "member", "participant", "attendee", "viewer",
    "listener", "reader", "caller", "fan", "player", "coach", "soldier", "veteran"
}) | GENERIC_PERSON_NOUNS | DESCRIPTOR_NOUNS


def drop_several(forms: list[SpeakerForm], not_names: dict[str, str]) -> list[SpeakerForm]:
    """Strings that are several speakers, not one: a family ("Clintons" where the
    corpus names Clintons in full), a list of organisations or places each the
    corpus knows ("CBS News and ABC News", "China and Japan"), a
    described group ("Union Lawyers", "Protesters")."""
    surnames: set[str] = set()
    name_words: Counter[str] = Counter()
    for form in forms:
        name = person_name(form.name) if form.kind == "person" else None
        if name is not None and name.first:
            surnames.add(fold(name.last))
            name_words.update(_words_of(name))
    known = {fold(f.name) for f in forms}
    kept = []
    for form in forms:
        name = person_name(form.name) if form.kind == "person" else None
        own = Counter(_words_of(name)) if name is not None and name.first else Counter()

        def others_name(word: str, own: Counter = own) -> bool:
            # a word of another person's name: a string's own name is no evidence
            return name_words[word] > own[word]
        why = _several(form, surnames, others_name, known)
        if why:
            not_names[form.name] = why
        else:
            kept.append(form)
    return kept


def _words_of(name) -> list[str]:
    return [fold(w) for w in (name.first, name.last, *name.middles)]


def _several(form: SpeakerForm, surnames: set[str], name_word, known: set[str]):
    words = form.name.split()
    if form.kind == "person" and len(words) == 1:
        word = fold(words[0])
        if name_word(word) or word in FIRST_NAMES:
            return None
        for singular in (word[:-1], word[:-2]) if word.endswith("s") else ():
            # ("Rogers", "Williams": a first name's son, a surname of its own)
            if singular in surnames and singular not in FIRST_NAMES:
                return "a family (several people)"      # "Clintons", "Bushes"
    if form.kind in ("person", "group") and words and words[-1][:1].isupper():
        last = fold(words[-1])
        if last.endswith("s") and not name_word(last) and last not in FIRST_NAMES \
                and (last[:-1] in _GROUP_NOUNS or last[:-2] in _GROUP_NOUNS):
            return "a described group"                  # "Union Lawyers", "Protesters"
    if form.kind not in ("person", "group", "document"):
        parts = re.split(r"\s+and\s+", form.name)
        if len(parts) == 2 and (all(_known_speaker(p, known) for p in parts) or
                                any(_known_speaker(p, known) for p in parts) and
                                all(_known_speaker(p, known) or _outlet_shaped(p) for p in parts)):
            return "several speakers"                   # "CBS News and ABC News"
    if form.kind in ("person", "group") and len(words) > 1 and words[0].lower() in _QUANTIFIERS \
            and all(_is_demonym(w) for w in words[1:]):
        return "a described group"                      # "Many Germans"
    return _role_or_fragment(form, words, name_word)


# Role nouns no one is named ("Obama Strategist", "State Committeewoman"): a person
# string ending in one is a role. ("Baker", "Judge", "Farmer", "Singer" are surnames:
# not here.)
_ROLE_ENDINGS = frozenset({
    "pollster", "strategist", "spokesman", "spokeswoman", "spokesperson", "committeeman",
    "committeewoman", "adviser", "advisor", "aide", "chairman", "chairwoman", "chairperson",
    "lawmaker", "official", "analyst", "staffer"
})
# A person string ending in an adjective ("Emmy Award-winning") or a law's name
# ("... Affordable Care Act") was cut from a sentence.
_FRAGMENT_ENDINGS = ("-winning", "-based", "-born", "-backed", "-led")


def _role_or_fragment(form: SpeakerForm, words: list[str], name_word):
    if not words:
        return None
    last = fold(words[-1])
    if form.kind == "person" and len(words) > 1 and last in _ROLE_ENDINGS \
            and not name_word(last):
        return "a role"
    if form.kind == "person" and last.endswith(_FRAGMENT_ENDINGS):
        return "a fragment"
    if form.kind == "person" and len(words) > 2 and words[-1] == "Act":
        return "a law"
    if form.kind not in ("person", "group", "document") and len(words) > 2 \
            and words[1] == "of" and (fold(words[0]) in _ROLE_ENDINGS or fold(words[0]) in _HEADS):
        return "a role"                                 # "CEO of Ohio Farm Bureau"
    return None


_HEADS = frozenset({"ceo", "cfo", "coo", "president", "head", "director", "chief", "founder"})


def _outlet_shaped(part: str) -> bool:
    """"NBC News", "Chicago Tribune": words all capitalised, the last an outlet's
    (one outlet beside another the corpus knows makes a list, "Fox News and NBC
    News"; "Food and Drug Administration" has no such side)."""
    words = part.removeprefix("the ").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in _OUTLET_WORDS


_OUTLET_WORDS = frozenset({"news", "times", "post", "journal", "tribune", "herald", "gazette",
                           "telegraph", "guardian", "network", "radio", "magazine", "daily"})


def _known_speaker(part: str, known: set[str]) -> bool:
    """Whether one side of an "A and B" organisation string is a speaker the
    corpus knows by itself, a country or a place."""
    if not part[:1].isupper():
        return False
    if fold(part) in known or fold(part.removeprefix("the ")) in known:
        return True
    org = organisation_name(part)
    return (org is not None and org.key == "government") or is_place(part.split())


def merge_misspelled_surnames(forms: list[SpeakerForm], people: list[int], union: Union) -> None:
    """Join a one-word person string that is no one's name and no English word
    ("Feinstien", "Schumerr") to the one person the corpus names in full with a
    surname close to it in letters and the same in sound (Soundex: "Hastel" is
    not "Haspel") ("Dianne Feinstein", "Chuck Schumer"); left alone when two people's
    surnames are close, or the two were quoted in different years. A common
    word or a surname of its own ("Kline", "Myers": Zipf >= 2.5) never joins."""
    name_words: set[str] = set()
    # surnames by Soundex code (which keeps the first letter): a misspelling is only
    # compared with the few that sound like it, not with every surname of the corpus
    by_sound: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    years: dict[int, set[int]] = defaultdict(set)
    for i in people:
        name = person_name(forms[i].name)
        if name is None or not name.first:
            continue
        root = union.root(i)
        surname = fold(name.last)
        by_sound[jellyfish.soundex(surname)][surname].add(root)
        name_words.update(fold(w) for w in (name.first, name.last, *name.middles))
        years[root].update(forms[i].years)
    from wordfreq import zipf_frequency  # loaded on first use: its lists take ~0.3 s to import
    for i in people:
        name = person_name(forms[i].name)
        if name is None or name.first or name.suffix or union.root(i) != i:
            continue
        word = fold(name.last)
        if len(word) < 5 or word in name_words or word in FIRST_NAMES \
                or zipf_frequency(word, "en") >= RARE_WORD_ZIPF:
            continue
        close = {union.root(root)
                 for surname, roots in by_sound.get(jellyfish.soundex(word), {}).items()
                 if fuzz.ratio(surname, word) >= MISSPELLING_RATIO for root in roots}
        if len(close) != 1:
            continue
        (person,) = close
        if forms[i].years and years[person] and not (forms[i].years & years[person]):
            continue
        union.join(person, i, "spelling of the surname")

