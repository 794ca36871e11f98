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
    spelling of the surname a one-word "Feinstien" that is no one's name and no English word,
                          with the one person whose surname is close ("Dianne Feinstein")
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
    (same organisation)   a pollster's own poll ("Gallup Poll" is Gallup speaking); a name
                          without its last word ("Pew Research", "Census", "Time") with the
                          one body of the corpus it begins (never a person the corpus names)
    merged / split by hand `overrides.Overrides`

Strings that are several speakers are no entry (`strays`): a family ("Clintons"),
a list ("CBS News and ABC News"), a described group ("Union Lawyers"). Two or
three people named in full and quoted together ("Nora Vance-Ortiz and Carl
Drumond") are no entry either, but each of them is credited with the quotation
(`joint`): `Registry.joint` says whose it is.

Two strings quoted apart as two people in one article are never merged by the
suffix, nickname or inference rules.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..extract.gender import FIRST_NAMES
from .forms import SpeakerForm, Union, fold, slug
from .joint import split_joint
from .names import not_a_name, organisation_name, person_name
from .organisations import merge_organisations, merge_short_forms
from .overrides import Overrides
from .people import (drop_name_extensions, drop_shared_surnames, infer_bare_names, is_alias,
                     merge_people, typo_of_known_name)
from .strays import drop_several, merge_misspelled_surnames

__all__ = ["Identity", "NameForm", "Registry", "SpeakerForm", "build_registry", "fold", "slug"]


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
    # a joint speaker string -> the identities of the people it names, each credited
    joint: dict[str, tuple[int, ...]] = field(default_factory=dict)

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


def build_registry(forms: list[SpeakerForm], overrides: Optional[Overrides] = None) -> Registry:
    overrides = overrides or Overrides()
    kept, union, not_names, inferred, hand, joint = _joined(forms, overrides)
    registry = _assemble(kept, union, not_names, inferred, hand, joint)
    if not overrides.merge:
        return registry
    index_of = {f.name: i for i, f in enumerate(kept)}
    for a, b in overrides.merge:
        # a speaker string first: what a merge by hand was recorded by
        found_a, found_b = _decided(registry, a), _decided(registry, b)
        if found_a is not None and found_b is not None and found_a is not found_b:
            union.join(index_of[found_a.members[0]], index_of[found_b.members[0]], "merged by hand")
            hand.update(found_a.members + found_b.members)
    return _assemble(kept, union, not_names, inferred, hand, joint)


def count_speakers(forms: list[SpeakerForm], overrides: Overrides | None = None) -> int:
    """``len(build_registry(forms, overrides).identities)``: without merges by
    hand, the groups of the rules' union, with no identity assembled (most of
    the registry's time at a million quotations)."""
    overrides = overrides or Overrides()
    if overrides.merge:
        return len(build_registry(forms, overrides).identities)
    kept, union, *_ = _joined(forms, overrides)
    return len({union.root(i) for i in range(len(kept))})


def _joined(forms: list[SpeakerForm], overrides: Overrides):
    """The name forms kept as names, joined by the rules (merges by hand aside)."""
    given = {f.name for f in forms}
    forms, members, quotes = split_joint(forms)
    joint = _Joint(members, quotes, {f.name for f in forms} - given)
    kept: list[SpeakerForm] = []
    not_names: dict[str, str] = {}
    for form in forms:
        why = not_a_name(form.name, form.kind)
        if why:
            not_names[form.name] = why
        else:
            kept.append(form)
    kept = drop_name_extensions(kept, not_names)
    kept = drop_shared_surnames(kept, not_names)
    kept = drop_several(kept, not_names)
    union = Union(len(kept))
    split = {fold(name) for name in overrides.split}
    free = [fold(f.name) not in split for f in kept]
    people = [i for i, f in enumerate(kept) if f.kind == "person" and free[i]]
    orgs = [i for i, f in enumerate(kept) if f.kind != "person" and free[i]]
    merge_people(kept, people, union)
    merge_organisations(kept, orgs, union)
    merge_short_forms(kept, orgs, people, union)
    merge_misspelled_surnames(kept, people, union)
    inferred = infer_bare_names(kept, people, union)
    hand = {f.name for f in kept if fold(f.name) in split}
    return kept, union, not_names, inferred, hand, joint


@dataclass(frozen=True)
class _Joint:
    """The joint speaker strings of the corpus (`joint.split_joint`)."""

    members: dict[str, tuple[str, ...]]     # joint string -> the names of its people
    quotes: dict[str, int]                  # joint string -> its quotations
    only_joint: set[str]                    # people quoted only jointly: no speaker string


# -- the registry ---------------------------------------------------------------

@dataclass(frozen=True)
class _Shown:
    """How one speaker string shows: its name without titles, whether that is a
    full name, and the text its id would be made from."""

    cleaned: str
    full: bool
    anchor: str
    publication: bool = False    # a poll or report, shown by its pollster's name beside it


def _shown(form: SpeakerForm) -> _Shown:
    if form.kind == "person":
        name = person_name(form.name)
        if name is None:
            return _Shown(form.name, False, form.name)
        return _Shown(name.cleaned, bool(name.first), name.short if name.first else name.cleaned)
    org = organisation_name(form.name)
    cleaned = org.cleaned if org else form.name
    # a poll beside its pollster shows as the pollster ("Gallup", not "Gallup Poll")
    publication = form.kind == "document"
    return _Shown(cleaned, len(cleaned.split()) > 1 and not publication, cleaned, publication)


def _display(forms: list[SpeakerForm], members: list[int], shown: list[_Shown]) -> str:
    """The name shown: the most quoted full name, titles dropped."""
    if len(members) == 1:
        return shown[members[0]].cleaned
    full = [i for i in members if shown[i].full] or \
        [i for i in members if not shown[i].publication] or members
    firsts = {fold(shown[i].cleaned.split()[0]) for i in full}
    # a first name one letter off a known one ("Tedd Cruz" beside "Ted Cruz") is a
    # slip of the keyboard, however often an article repeated it: never the name shown
    full = [i for i in full if not any(typo_of_known_name(fold(shown[i].cleaned.split()[0]), other)
                                        and fold(shown[i].cleaned.split()[0]) not in FIRST_NAMES
                                        for other in firsts)] or full
    counts: dict[str, int] = defaultdict(int)
    for i in full:
        counts[shown[i].cleaned] += forms[i].quotes
    # ties: the shorter form ("Donald Trump" before "Donald J. Trump")
    return min(counts, key=lambda n: (-counts[n], len(n), n))


def _anchor_id(members: list[int], shown: list[_Shown]) -> str:
    """The id: from the shortest full name among the members, whatever their
    counts, so that it changes only when a merge brings a shorter one."""
    # (a poll's name is its pollster's id only when the pollster is not a member)
    names = [shown[i].anchor for i in members if shown[i].full or not shown[i].publication] \
        or [shown[i].anchor for i in members]
    full = [n for n in names if len(n.split()) > 1] or names
    # a first name the name table knows before one it does not ("Hillary" before a
    # misspelled "Hilary"), then the shortest
    return slug(min(full, key=lambda n: (len(n.split()), n.split()[0].lower() not in FIRST_NAMES,
                                         len(n), n)))


def _assemble(forms, union: Union, not_names, inferred: dict[int, int], hand: set[str],
              joint: _Joint) -> Registry:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(forms)):
        groups[union.root(i)].append(i)
    credited: dict[str, set[str]] = defaultdict(set)     # a person's name -> joint strings
    for name, people in joint.members.items():
        for person in people:
            credited[person].add(name)
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
        kind = max(kinds, key=lambda k: kinds[k])
        shown: dict[str, NameForm] = {}
        display = _display(forms, members, shown_as)
        # the form the speaker is shown by first: it needs no reason
        members.sort(key=lambda i: (forms[i].name != display, -quotes(i), forms[i].name))
        for i in members:
            reason = union.reason.get(i, "name as written") if i != members[0] else "name as written"
            if forms[i].name in joint.only_joint:
                shown[forms[i].name] = NameForm(forms[i].name, sum(
                    joint.quotes[j] for j in credited[forms[i].name]), "quoted jointly", as_speaker=False)
            else:
                shown[forms[i].name] = NameForm(forms[i].name, quotes(i), reason)
        for i in members:
            for alias, count in forms[i].aliases.items():
                if alias not in shown and is_alias(alias, forms[i].kind, forms[i].name):
                    reason = "title or role" if len(alias.split()) > 1 else (
                        "first name within article" if _is_first_name(alias, forms[i].name)
                        else "surname within article")
                    if kind != "person":
                        reason = "other name within article"     # "CDC", "Pew"
                    shown[alias] = NameForm(alias, count, reason, as_speaker=False)
        identities.append(Identity(
            id=_anchor_id(members, shown_as), name=display,
            kind=kind, quotes=sum(quotes(i) for i in members) + sum(
                joint.quotes[j] for j in set().union(*(credited.get(forms[i].name, ()) for i in members))),
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
    joint_at = {}
    for name, people in joint.members.items():
        at = tuple(dict.fromkeys(of_member[p] for p in people if p in of_member))   # as written
        if at:
            joint_at[name] = at
        else:
            not_names[name] = "several speakers"     # none of its people is a name
    return Registry(identities, of_member, by_id, redirects, not_names, inferred_at, joint_at)


def _decided(registry: Registry, key: str) -> Optional[Identity]:
    at = registry.of_member.get(key)
    return registry.identities[at] if at is not None else registry.find(key)


def _is_first_name(word: str, name: str) -> bool:
    parsed = person_name(name)
    return parsed is not None and parsed.first.lower() == word.lower()


def _unique(identity: Identity, taken: dict[str, int]) -> str:
    for name in identity.members:
        candidate = slug(name)
        if candidate not in taken:
            return candidate
    n = 2
    while f"{identity.id}-{n}" in taken:
        n += 1
    return f"{identity.id}-{n}"
