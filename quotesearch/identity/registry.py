"""One person (or organisation), one speaker: the corpus's speaker strings
grouped into identities, each merge with its reason.

Input is every speaker string the index holds (`SpeakerForm`: how many
quotations, the other names its articles gave it, the years it spoke in, the
people sharing its surname in its articles); output is the `Registry`: the
identities, which string belongs to which, and the strings that are no name
(descriptions, pronouns, fragments: their quotations stay unattributed).

Rules, most certain first (each merge keeps its reason for the speaker page):

    same full name        "Donald Trump" and "Republican Donald Trump", "Sen. Bernie Sanders"
    middle name or initial "Donald J. Trump" with "Donald Trump", when no other
                          middle name is seen with that first and last name
                          ("George Bush" stays apart from George W. and George H.W.)
    nickname              "Bernie Sanders" with "Bernard Sanders" (`nicknames` table)
    suffix                "Joseph R. Biden Jr." with "Joe Biden", only when the suffixed
                          name carries a middle initial that no unsuffixed name repeats
                          (so "Donald J. Trump Jr." never joins "Donald J. Trump")
    surname within article an article's "Obama" already resolved to its "Barack Obama"
                          by extraction: the alias is listed under the person
    inferred across corpus a bare "Obama" whose articles name no one else so: the person the
                          corpus quotes most under that surname (>= 80% of them) in the
                          same years; undone for the quotations of an article that names
                          another person with that surname
    same organisation     "State Department" / "US Department of State"; "China's Foreign
                          Ministry" / "Chinese Foreign Ministry"; an outlet's editorial board
    acronym               "CDC" with the one organisation an article expanded it to, or
                          whose initials it is
    merged / split by hand `overrides.Overrides`

Two strings quoted apart as two people in one article are never merged by the
suffix, nickname or inference rules.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .names import initials, not_a_name, organisation_name, person_name
from rapidfuzz import fuzz

from ..extract.gender import FIRST_NAMES, first_name_gender
from .nicknames import FORMAL_NAMES, same_first_name
from .overrides import Overrides

INFER_SHARE = 0.8


@dataclass
class SpeakerForm:
    """One speaker string as the index holds it."""

    name: str
    kind: Optional[str]
    quotes: int
    aliases: dict[str, int] = field(default_factory=dict)     # other names -> quotations
    years: frozenset[int] = frozenset()
    namesakes: dict[str, int] = field(default_factory=dict)   # same-surname people -> quotations
    shared_surname: int = 0     # quotations from articles naming another person with its surname


@dataclass
class NameForm:
    name: str
    quotes: int          # as the speaker: its quotations; else those of articles using it
    reason: str          # why it is this speaker ("name as written", "middle initial", …)
    as_speaker: bool = True   # a speaker string of the index, not only a name articles used


@dataclass
class Identity:
    id: str
    name: str
    kind: Optional[str]
    quotes: int
    members: list[str]                 # the speaker strings (index facet values) it holds
    forms: list[NameForm]              # every name seen, with counts and the merge reason
    by_hand: bool = False


@dataclass
class Registry:
    identities: list[Identity]                       # most quoted first
    of_member: dict[str, int]                        # speaker string -> identity index
    by_id: dict[str, int]                            # id -> identity index
    redirects: dict[str, str]                        # an older or other id -> id
    not_names: dict[str, str]                        # speaker string -> why it is no name
    # speaker strings merged by inference, and the identity their quotations from an
    # article naming another person with that surname keep instead
    inferred: dict[str, int] = field(default_factory=dict)

    def find(self, key: str) -> Optional[Identity]:
        """The identity of an id, old id, name, alias or speaker string."""
        at = self.by_id.get(key)
        if at is None and key in self.redirects:
            at = self.by_id.get(self.redirects[key])
        if at is None:
            at = self.of_member.get(key)
        if at is None:
            at = self._by_name().get(fold(key))
        return None if at is None else self.identities[at]

    def _by_name(self) -> dict[str, int]:
        cache = getattr(self, "_names", None)
        if cache is None:
            cache = {}
            for i, identity in enumerate(self.identities):
                for form in identity.forms:
                    cache.setdefault(fold(form.name), i)
            for i, identity in enumerate(self.identities):
                cache[fold(identity.name)] = i
            self._names = cache
        return cache


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@lru_cache(maxsize=500_000)
def slug(name: str) -> str:
    """A readable, URL-safe id for a name ("donald-trump")."""
    words = re.findall(r"\w+", fold(name).replace("’", "").replace("'", ""))
    return "-".join(words) or hashlib.blake2b(name.encode("utf-8", "surrogatepass"),
                                              digest_size=6).hexdigest()


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.reason: dict[int, str] = {}

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, reason: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[rb] = ra
        self.reason.setdefault(b, reason)
        self.reason.setdefault(a, reason)


def build_registry(forms: list[SpeakerForm], overrides: Optional[Overrides] = None) -> Registry:
    overrides = overrides or Overrides()
    kept: list[SpeakerForm] = []
    not_names: dict[str, str] = {}
    for form in forms:
        why = not_a_name(form.name, form.kind)
        if why:
            not_names[form.name] = why
        else:
            kept.append(form)
    kept = _drop_name_extensions(kept, not_names)
    kept = _drop_shared_surnames(kept, not_names)
    union = _Union(len(kept))
    split = {fold(name) for name in overrides.split}
    free = [fold(f.name) not in split for f in kept]
    people = [i for i, f in enumerate(kept) if f.kind == "person" and free[i]]
    orgs = [i for i, f in enumerate(kept) if f.kind != "person" and free[i]]
    _merge_people(kept, people, union)
    _merge_organisations(kept, orgs, union)
    inferred = _infer_bare_names(kept, people, union)
    hand = {f.name for f in kept if fold(f.name) in split}
    registry = _assemble(kept, union, not_names, inferred, hand)
    if not overrides.merge:
        return registry
    index_of = {f.name: i for i, f in enumerate(kept)}
    for a, b in overrides.merge:
        # a speaker string first: what a merge by hand was recorded by
        found_a, found_b = _decided(registry, a), _decided(registry, b)
        if found_a is not None and found_b is not None and found_a is not found_b:
            union.join(index_of[found_a.members[0]], index_of[found_b.members[0]], "merged by hand")
            hand.update(found_a.members + found_b.members)
    return _assemble(kept, union, not_names, inferred, hand)


# -- people -------------------------------------------------------------------

def _drop_name_extensions(forms: list[SpeakerForm], not_names: dict[str, str]) -> list[SpeakerForm]:
    """Person strings that are someone's name with other words after it: a place,
    an event, a headline ("Trump Tower Manila", "Clinton Friday", "Ted Cruz Super
    Tuesday", "Biden Aims Insult At Trump"). They carry that person's quotations
    under a name that is nobody's; better unattributed than a speaker of their own."""
    full_names: set[tuple[str, ...]] = set()
    surnames: set[str] = set()
    for form in forms:
        if form.kind == "person":
            name = person_name(form.name)
            if name is not None and name.first:
                full_names.add((fold(name.first), fold(name.last)))
                surnames.add(fold(name.last))
    kept = []
    for form in forms:
        name = person_name(form.name) if form.kind == "person" else None
        words = [fold(w) for w in name.cleaned.replace(",", " ").split()] if name else []
        extended = False
        if len(words) >= 2 and not _suffix_only(words[2:]):
            if tuple(words[:2]) in full_names and len(words) > 2 and \
                    any(_common_word(w) for w in words[2:]):
                extended = True         # "Ted Cruz Super Tuesday"
            elif words[0] in surnames and words[0] not in FIRST_NAMES and \
                    any(_common_word(w) for w in words[1:]):
                extended = True         # "Trump Tower Manila", "Clinton Friday"
        if extended:
            not_names[form.name] = "a name with other words"
        else:
            kept.append(form)
    return kept


def _drop_shared_surnames(forms: list[SpeakerForm], not_names: dict[str, str]) -> list[SpeakerForm]:
    """A bare surname ("Murphy") quoted only in articles that name two people with
    it in full, and that no one person dominates in the corpus, is either of them:
    unattributed, not a speaker of its own. ("Clinton" beside Bill and Hillary is
    left to the inference rule: the corpus quotes Hillary far more.)"""
    by_surname: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for form in forms:
        name = person_name(form.name) if form.kind == "person" else None
        if name is not None and name.first:
            by_surname[fold(name.last)][fold(name.first)] += form.quotes
    kept = []
    for form in forms:
        name = person_name(form.name) if form.kind == "person" else None
        people = by_surname.get(fold(name.last), {}) if name is not None else {}
        dominated = bool(people) and max(people.values()) >= INFER_SHARE * sum(people.values())
        if name is not None and not name.first and form.quotes and not dominated \
                and form.shared_surname >= form.quotes:
            not_names[form.name] = "a surname several people in its articles share"
        else:
            kept.append(form)
    return kept


_GENERATION_WORDS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())


def _suffix_only(words: list[str]) -> bool:
    return bool(words) and all(w in _GENERATION_WORDS for w in words)


def _common_word(word: str) -> bool:
    """An everyday English word ("tower", "train", "super") or a day or month."""
    if word in _CALENDAR:
        return True
    from wordfreq import zipf_frequency
    return word not in FIRST_NAMES and zipf_frequency(word, "en") >= 3.5


def _merge_people(forms: list[SpeakerForm], people: list[int], union: _Union) -> None:
    parsed = {i: person_name(forms[i].name) for i in people}
    # "Kim Jong-un" and "Kim Jong Un", "KellyAnne Conway": the same letters
    same_letters: dict[str, int] = {}
    for i in sorted(people, key=lambda i: -forms[i].quotes):
        if parsed[i] is None or not parsed[i].first:
            continue
        letters = re.sub(r"[\W_]+", "", fold(parsed[i].cleaned))
        if letters in same_letters:
            union.join(same_letters[letters], i, "same full name")
        else:
            same_letters[letters] = i
    families: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, name in parsed.items():
        if name is not None and name.first:
            families[(fold(name.last), name.suffix)].append(i)
    for (last, suffix), members in families.items():
        members.sort(key=lambda i: (-forms[i].quotes, forms[i].name))
        # same cleaned name: "Sen. Bernie Sanders" = "Bernie Sanders"
        by_clean: dict[str, int] = {}
        for i in members:
            key = fold(parsed[i].cleaned)
            if key in by_clean:
                union.join(by_clean[key], i, "same full name")
            else:
                by_clean[key] = i
        # first names that can be one person's, then middle names; a short form
        # several groups could take ("Chris": Christopher, Christine) joins none
        groups: list[list[int]] = []
        by_first: dict[str, list[int]] = {}        # a formal first name's group
        short_forms = []
        for i in members:
            if _is_short_form(parsed[i].first):
                short_forms.append(i)
                continue
            key = fold(parsed[i].first)
            group = by_first.get(key)
            if group is None:
                group = by_first[key] = []
                groups.append(group)
            group.append(i)
        for i in short_forms:
            first = fold(parsed[i].first)
            fitting = [by_first[name] for name in FORMAL_NAMES[first] if name in by_first]
            if len(fitting) == 1:
                fitting[0].append(i)
            elif not fitting:
                group = by_first.get(first)
                if group is None:
                    group = by_first[first] = []
                    groups.append(group)
                group.append(i)
        _merge_spellings(parsed, groups)
        for group in groups:
            _merge_middles(forms, parsed, group, union)
    _merge_suffixed(forms, parsed, families, union)


def _is_short_form(first: str) -> bool:
    return first.lower() in FORMAL_NAMES


def _merge_spellings(parsed, groups: list[list[int]]) -> None:
    """Join groups whose first names are two spellings of one name ("Sergey" and
    "Sergei", "Erdoğan"): close by rapidfuzz's ratio, same initial, neither a
    name of the first-name table of its own (Daniel/Danielle, Eric/Erica, Jon/John
    stay apart), no gender against another."""
    # only names with the same initial can be spellings of one another
    by_initial: dict[str, list[list[int]]] = defaultdict(list)
    for group in groups:
        by_initial[fold(parsed[group[0]].first)[:1]].append(group)
    merged: set[int] = set()
    for same_initial in by_initial.values():
        for at, group in enumerate(same_initial):
            if id(group) in merged:
                continue
            first = parsed[group[0]].first
            for other in same_initial[at + 1:]:
                if id(other) not in merged and _spelling_variants(first, parsed[other[0]].first):
                    group.extend(other)
                    merged.add(id(other))
    groups[:] = [g for g in groups if id(g) not in merged]


def _spelling_variants(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if len(fa) < 5 or len(fb) < 5 or fa[0] != fb[0]:
        return False
    ga, gb = first_name_gender(a), first_name_gender(b)
    if ga != gb and (ga or gb) and fa in FIRST_NAMES and fb in FIRST_NAMES:
        return False        # "Daniel"/"Danielle", "Robert"/"Roberta"
    return fuzz.ratio(fa, fb) >= 80


def _merge_middles(forms, parsed, group: list[int], union: _Union) -> None:
    initials_seen = {parsed[i].middle_initials for i in group if parsed[i].middle_initials}
    anchors: dict[str, int] = {}
    for i in group:
        sig = parsed[i].middle_initials
        if sig in anchors:
            _join_people(forms, parsed, anchors[sig], i, union)
        else:
            anchors[sig] = i
    if len(initials_seen) == 1 and "" in anchors:
        (sig,) = initials_seen
        _join_people(forms, parsed, anchors[""], anchors[sig], union, "middle name or initial")


def _join_people(forms, parsed, a: int, b: int, union: _Union, reason: str = "") -> None:
    # (no veto from an article naming both: with the same surname and suffix and first
    # names one person's, an article that wrote "Hilary" and "Hillary Clinton", or
    # "Bernie" and "Bernard Sanders", was naming one person twice)
    if not reason:
        pa, pb = parsed[a], parsed[b]
        if pa.first.lower() != pb.first.lower():
            reason = "nickname" if same_first_name(pa.first, pb.first) else "spelling of the first name"
        elif pa.middle_initials != pb.middle_initials or pa.middles != pb.middles:
            reason = "middle name or initial"
        else:
            reason = "same full name"
    union.join(a, b, reason)


def _apart_in_an_article(a: SpeakerForm, b: SpeakerForm) -> bool:
    """Whether an article names both as two people sharing a surname."""
    return slug(b.name) in {slug(n) for n in a.namesakes} or \
        slug(a.name) in {slug(n) for n in b.namesakes}


def _merge_suffixed(forms, parsed, families, union: _Union) -> None:
    for (last, suffix), members in families.items():
        if not suffix:
            continue
        plain = families.get((last, ""), [])
        for i in members:
            sig = parsed[i].middle_initials
            if not sig:
                continue        # "Donald Trump Jr.": the suffix is what tells him apart
            same_first = [j for j in plain if same_first_name(parsed[i].first, parsed[j].first)]
            if not same_first or any(parsed[j].middle_initials == sig for j in same_first):
                continue        # "Robert F. Kennedy Jr." and "Robert F. Kennedy": two people
            if any(parsed[j].middle_initials for j in same_first):
                continue
            target = max(same_first, key=lambda j: forms[j].quotes)
            if not _apart_in_an_article(forms[i], forms[target]):
                union.join(target, i, "suffix")


# -- bare surnames and first names --------------------------------------------

def _infer_bare_names(forms, people: list[int], union: _Union) -> dict[int, int]:
    """Join one-word person strings ("Obama") to the one person the corpus quotes
    most under that word; returns {form: identity root it joined} for those joins."""
    weight: dict[int, int] = defaultdict(int)
    for i in people:
        weight[union.root(i)] += forms[i].quotes
    under_word: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    years: dict[int, set[int]] = defaultdict(set)
    for i in people:
        name = person_name(forms[i].name)
        if name is None or not name.first:
            continue
        root = union.root(i)
        years[root].update(forms[i].years)
        words = {name.last.lower()}
        words.update(fold(a) for a, n in forms[i].aliases.items()
                     if len(a.split()) == 1 and _is_alias(a, "person", forms[i].name))
        for word in words:
            under_word[word][root] = weight[root]
    inferred: dict[int, int] = {}
    suffixed: dict[tuple[str, str], set[int]] = defaultdict(set)     # (first, suffix) -> people
    for i in people:
        name = person_name(forms[i].name)
        if name is not None and name.first and name.suffix:
            suffixed[(fold(name.first), name.suffix)].add(union.root(i))
    for i in people:
        name = person_name(forms[i].name)
        if name is None or name.first:
            continue
        if name.suffix:
            # "Donald Jr.": the one Donald ... Jr. the corpus names, if only one
            owners = suffixed.get((fold(name.last), name.suffix), set())
            if len(owners) == 1:
                owner = owners.pop()
                inferred[i] = owner
                union.join(owner, i, "inferred across corpus")
            continue
        candidates = under_word.get(name.last.lower())
        if not candidates:
            continue
        total = sum(candidates.values())
        best = max(candidates, key=lambda r: candidates[r])
        if candidates[best] < INFER_SHARE * total:
            continue
        if forms[i].years and years[best] and not (forms[i].years & years[best]):
            continue        # quoted only in years the person was not
        inferred[i] = best
        union.join(best, i, "inferred across corpus")
    return inferred


# -- organisations --------------------------------------------------------------

def _merge_organisations(forms, orgs: list[int], union: _Union) -> None:
    parsed = {i: organisation_name(forms[i].name) for i in orgs}
    by_key: dict[str, int] = {}
    by_plain_key: dict[str, set[str]] = defaultdict(set)
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
        if same is not None:
            union.join(same, i, "same organisation")     # "POLITICO" is Politico
            continue
        roots = {union.root(r) for r in expansions.get(org.acronym, set())}
        if not roots:
            roots = {union.root(r) for r in by_initials.get(org.acronym, set())}
        if len(roots) == 1:
            union.join(roots.pop(), i, "acronym")


# -- the registry ---------------------------------------------------------------

@dataclass(frozen=True)
class _Shown:
    """How one speaker string shows: its name without titles, whether that is a
    full name, and the text its id would be made from."""

    cleaned: str
    full: bool
    anchor: str


def _shown(form: SpeakerForm) -> _Shown:
    if form.kind == "person":
        name = person_name(form.name)
        if name is None:
            return _Shown(form.name, False, form.name)
        return _Shown(name.cleaned, bool(name.first), name.short if name.first else name.cleaned)
    org = organisation_name(form.name)
    cleaned = org.cleaned if org else form.name
    return _Shown(cleaned, len(cleaned.split()) > 1, cleaned)


def _display(forms: list[SpeakerForm], members: list[int], shown: list[_Shown]) -> str:
    """The name shown: the most quoted full name, titles dropped."""
    if len(members) == 1:
        return shown[members[0]].cleaned
    full = [i for i in members if shown[i].full] or members
    counts: dict[str, int] = defaultdict(int)
    for i in full:
        counts[shown[i].cleaned] += forms[i].quotes
    # ties: the shorter form ("Donald Trump" before "Donald J. Trump")
    return min(counts, key=lambda n: (-counts[n], len(n), n))


def _anchor_id(members: list[int], shown: list[_Shown]) -> str:
    """The id: from the shortest full name among the members, whatever their
    counts, so that it changes only when a merge brings a shorter one."""
    names = [shown[i].anchor for i in members]
    full = [n for n in names if len(n.split()) > 1] or names
    # a first name the name table knows before one it does not ("Hillary" before a
    # misspelled "Hilary"), then the shortest
    return slug(min(full, key=lambda n: (len(n.split()), n.split()[0].lower() not in FIRST_NAMES,
                                         len(n), n)))


def _assemble(forms, union: _Union, not_names, inferred: dict[int, int], hand: set[str]) -> Registry:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(forms)):
        groups[union.root(i)].append(i)
    identities: list[Identity] = []
    shown_as = [_shown(form) for form in forms]

    def quotes(i: int) -> int:
        # an inferred "Obama" keeps only the quotations of articles naming no other Obama
        return forms[i].quotes - (forms[i].shared_surname if i in inferred else 0)
    for members in groups.values():
        members.sort(key=lambda i: (-quotes(i), forms[i].name))
        kinds: dict[Optional[str], int] = defaultdict(int)
        for i in members:
            kinds[forms[i].kind] += forms[i].quotes
        shown: dict[str, NameForm] = {}
        display = _display(forms, members, shown_as)
        # the form the speaker is shown by first: it needs no reason
        members.sort(key=lambda i: (forms[i].name != display, -quotes(i), forms[i].name))
        for i in members:
            reason = union.reason.get(i, "name as written") if i != members[0] else "name as written"
            shown[forms[i].name] = NameForm(forms[i].name, quotes(i), reason)
        for i in members:
            for alias, count in forms[i].aliases.items():
                if alias not in shown and _is_alias(alias, forms[i].kind, forms[i].name):
                    reason = "title or role" if len(alias.split()) > 1 else (
                        "first name within article" if _is_first_name(alias, forms[i].name)
                        else "surname within article")
                    shown[alias] = NameForm(alias, count, reason, as_speaker=False)
        identities.append(Identity(
            id=_anchor_id(members, shown_as), name=display,
            kind=max(kinds, key=lambda k: kinds[k]), quotes=sum(quotes(i) for i in members),
            members=[forms[i].name for i in members],
            forms=sorted(shown.values(), key=lambda f: (not f.as_speaker, -f.quotes, f.name)),
            by_hand=any(forms[i].name in hand for i in members)))
    identities.sort(key=lambda e: (-e.quotes, e.name))
    # two identities whose anchors read alike: the less quoted gets its own member's id
    by_id: dict[str, int] = {}
    for at, identity in enumerate(identities):
        if identity.id in by_id:
            identity.id = _unique(identity, by_id)
        by_id[identity.id] = at
    of_member = {name: at for at, identity in enumerate(identities) for name in identity.members}
    redirects: dict[str, str] = {}
    for identity in identities:
        for form in identity.forms:
            old = slug(form.name)
            if old not in by_id and old not in redirects:
                redirects[old] = identity.id
    inferred_at = {forms[i].name: of_member[forms[i].name] for i in inferred}
    return Registry(identities, of_member, by_id, redirects, not_names, inferred_at)


def _decided(registry: Registry, key: str) -> Optional[Identity]:
    at = registry.of_member.get(key)
    return registry.identities[at] if at is not None else registry.find(key)


def _is_first_name(word: str, name: str) -> bool:
    parsed = person_name(name)
    return parsed is not None and parsed.first.lower() == word.lower()


def _is_alias(alias: str, kind: Optional[str], of: str = "") -> bool:
    """Whether an article's other name for the speaker ``of`` is a name ("Putin",
    "President Vladimir Putin"), not a word stuck to it ("Republican", "Benghazi" of
    "Benghazi Widow Dorothy Woods", "Clinton" of "Clinton ally James Carville")."""
    if not_a_name(alias, kind):
        return False
    if kind == "person":
        name = person_name(alias)
        if name is None or not (name.first or len(alias.split()) == 1):
            return False
        if len(alias.split()) == 1 and of:
            speaker = person_name(of)
            words = {fold(w) for w in ((speaker.first, speaker.last, *speaker.middles) if speaker else ())}
            return fold(alias) in words
    return True


def _unique(identity: Identity, taken: dict[str, int]) -> str:
    for name in identity.members:
        candidate = slug(name)
        if candidate not in taken:
            return candidate
    n = 2
    while f"{identity.id}-{n}" in taken:
        n += 1
    return f"{identity.id}-{n}"
