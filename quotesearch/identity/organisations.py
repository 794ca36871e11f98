"""The registry's rules for organisations: one key however the name is written
("US Department of State" / "State Department", "China's" / "Chinese Foreign
Ministry", a person's campaign, a country and its capital), acronyms joined
to the one organisation an article expanded or whose initials they are, an
organisation's own poll or analysis ("Gallup Poll" is Gallup speaking), a
name written without its last word ("Pew Research" for the Pew Research Center,
"Homeland Security" for its department), and a body under its owner's name
("Alphabet's Google")."""
from __future__ import annotations

import re
from collections import defaultdict

from ..extract.gender import FIRST_NAMES
from ..extract.lexicon import ORG_WORDS
from ..extract.places import is_place
from .forms import Union, fold
from .names import initials, organisation_name, person_name

# What an organisation publishes and speaks through: "the Gallup Poll found",
# "a Pew Research Center analysis shows" are the pollster speaking.
_PUBLICATIONS = frozenset({"poll", "survey", "analysis", "study", "report"})
# The last word a name is often written without: "Pew Research (Center)", "the Census
# (Bureau)", "Brookings (Institution)", "Time (magazine)". A foundation is not here: "Ford" and "Ford
# Foundation", "Google" and "Google.org" are two bodies.
_DROPPABLE_HEADS = ("center", "centre", "bureau", "institute", "institution", "organization",
                    "department", "magazine", "newspaper")
_IMPERSONAL_HEADS = ("bureau", "magazine", "newspaper")


def merge_organisations(forms, orgs: list[int], union: Union) -> None:
    parsed = {i: organisation_name(forms[i].name) for i in orgs}
    by_key: dict[str, int] = {}
    by_plain_key: dict[str, set[str]] = defaultdict(set)
    by_squashed: dict[str, set[int]] = defaultdict(set)
    for i in orgs:
        org = parsed[i]
        if org is None or org.acronym:
            continue
        key = org.full_key
        if key in by_key:
            union.join(by_key[key], i, "same organisation")
        else:
            by_key[key] = i
        by_plain_key[org.key].add(org.country)
        by_squashed[_squashed(key)].add(by_key[key])
    for written_apart in by_squashed.values():
        first, *rest = sorted(written_apart)
        for other in rest:
            union.join(first, other, "same organisation")   # "FoxNews" is "Fox News"
    # "State Department" and "US State Department": the country one is the only one
    for key, countries in by_plain_key.items():
        named = countries - {""}
        if "" in countries and len(named) == 1:
            union.join(by_key[f"{named.pop()}:{key}"], by_key[f":{key}"], "same organisation")
    # acronyms: an article's own expansion first, then initials
    expansions: dict[str, set[int]] = defaultdict(set)
    for i in orgs:
        org = parsed[i]
        if org is None or org.acronym:
            continue
        for alias in forms[i].aliases:
            if re.fullmatch(r"[A-Z][A-Z&\-]{1,7}", alias):
                expansions[alias.replace("-", "")].add(union.root(i))
        for acronym in initials(org.cleaned):
            expansions.setdefault(acronym, set())
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i in orgs:
        org = parsed[i]
        if org is not None and not org.acronym:
            for acronym in initials(org.cleaned):
                by_initials[acronym].add(union.root(i))
    for i in orgs:
        org = parsed[i]
        if org is None or not org.acronym:
            continue
        same = by_key.get(f":{org.key}")
        written_apart = by_squashed.get(_squashed(f":{org.key}"), set())
        if same is None and len(written_apart) == 1:
            same = next(iter(written_apart))     # "BFMTV" is "BFM TV"
        if same is not None:
            union.join(same, i, "same organisation")     # "POLITICO" is Politico
            continue
        roots = {union.root(r) for r in expansions.get(org.acronym, set())}
        if not roots:
            roots = {union.root(r) for r in by_initials.get(org.acronym, set())}
        if len(roots) == 1:
            union.join(roots.pop(), i, "acronym")


def _squashed(key: str) -> str:
    """A key without its blanks, hyphens and periods: "BFM TV", "BFM-TV" and "BFMTV" are one name."""
    return re.sub(r"[\s.\-]", "", key)


def merge_short_forms(forms, orgs: list[int], people: list[int], union: Union) -> None:
    """Join an organisation's own publication ("Gallup Poll", "Pew Research Center
    analysis") to the organisation, and a name written without its last word ("Pew
    Research", "Homeland Security", "Census") to the one organisation of the corpus
    whose name it begins. A person string takes part only when it opens with no
    first name; if one word, only when it is no name the corpus gives a person in
    full and the body is a bureau or a publication, which are seldom named after a
    person ("Census", "Time" said; a bare "Carter", "Baker" or "Hoover" never joins
    the Carter Center, the Baker Institute or the Hoover Institution).
    """
    keys: dict[str, set[int]] = defaultdict(set)     # full key of a body (no publication)
    for i in orgs:
        org = organisation_name(forms[i].name)
        if org is not None and not org.acronym and forms[i].kind != "document":
            keys[org.full_key].add(union.root(i))
    name_words = set()          # words of people's full names: "Bush" of George W. Bush
    surnames = set()            # ... and of bare surnames quoted
    for i in people:
        name = person_name(forms[i].name)
        if name is not None and name.first:
            name_words.update(fold(w) for w in (name.first, name.last, *name.middles))
        elif name is not None:
            surnames.add(fold(name.last))
    person_words = name_words | surnames
    for i in orgs:
        org = organisation_name(forms[i].name)
        if org is None or org.acronym:
            continue
        if not org.country and _owned_body(forms[i].name, person_words, keys, union, i):
            continue            # (a country's body is its own: "China's Foreign Ministry")
        head, _, last = org.key.rpartition(" ")
        if head and last in _PUBLICATIONS:
            owners = {union.root(r) for r in keys.get(f"{org.country}:{head}", ())}
            if len(owners) == 1:
                union.join(owners.pop(), i, "same organisation")
                continue
        _join_longer(forms, i, org, keys, union)
    _join_name_tails(forms, orgs, union)
    for i in people:
        words = forms[i].name.split()
        if words[0].lower() in FIRST_NAMES or not all(w[:1].isupper() for w in words) or \
                (len(words) == 1 and (fold(words[0]) in name_words or forms[i].aliases)):
            continue        # "Carter": a surname the corpus gives someone in full
        org = organisation_name(forms[i].name)
        if org is not None and not org.acronym:
            _join_longer(forms, i, org, keys, union,
                         _IMPERSONAL_HEADS if len(words) == 1 else _DROPPABLE_HEADS)


def _owned_body(name: str, name_words: set[str], keys: dict[str, set[int]], union: Union,
                i: int) -> bool:
    """"Alphabet's Google", "Microsoft's LinkedIn": a body of the corpus under the
    name of its owner, which is no person ("Bush's Facebook" is Bush's page, not
    Facebook speaking)."""
    owner, sep, owned = name.replace("’", "'").partition("'s ")
    if not sep or not owner[:1].isupper() or not owned[:1].isupper() or \
            any(fold(w) in name_words or w.lower() in FIRST_NAMES for w in owner.split()):
        return False
    body = organisation_name(owned)
    owners = {union.root(r) for r in keys.get(body.full_key, ())} if body and not body.acronym else set()
    if len(owners) != 1:
        return False
    union.join(owners.pop(), i, "same organisation")
    return True


def _join_longer(forms, i: int, org, keys: dict[str, set[int]], union: Union,
                 heads: tuple[str, ...] = _DROPPABLE_HEADS) -> None:
    one_word = len(org.key.split()) == 1
    owners = {union.root(r) for head in heads
              if not (one_word and head == "department")     # "State", "Justice": which?
              for r in keys.get(f"{org.full_key} {head}", ())}
    if len(owners) == 1:
        union.join(owners.pop(), i, "same organisation")


def _join_name_tails(forms, orgs: list[int], union: Union) -> None:
    """"Sun-Times" and "Chicago Sun-Times", "Security Council" and "United Nations
    Security Council": a name that ends the one longer organisation name of the corpus
    ending with it. Not when the short name is one body word ("Times", "Post": whose?),
    nor when the words before a body word are a place: "the Wyoming Republican Party" is
    not "the Republican Party" (but "Chicago" is part of the Sun-Times's name)."""
    def words_of(name: str) -> list[str]:
        words = name.replace("’", "'").split()
        return words[1:] if words and words[0].lower() == "the" else words

    tails: dict[str, set[int]] = defaultdict(set)
    for i in orgs:
        words = words_of(forms[i].name)
        for cut in range(1, len(words)):
            body_of_a_place = is_place(words[:cut]) and any(fold(w) in ORG_WORDS for w in words[cut:])
            if not body_of_a_place and not any(w.endswith("'s") for w in words[:cut]):
                tails[fold(" ".join(words[cut:]))].add(union.root(i))
    for i in orgs:
        words = words_of(forms[i].name)
        if not words or forms[i].kind == "document" or words[0].isupper() \
                or all(fold(w) in ORG_WORDS or fold(w) in _TAIL_CONNECTORS for w in words) \
                or (len(words) == 1 and "-" not in words[0]):
            continue
        roots = {union.root(r) for r in tails.get(fold(" ".join(words)), ())} - {union.root(i)}
        if len(roots) == 1:
            union.join(roots.pop(), i, "same organisation")


_TAIL_CONNECTORS = frozenset({"of", "for", "and", "the", "&"})
