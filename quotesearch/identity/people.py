"""The registry's rules for people: which person strings are no speaker (a name
with other words after it, a surname several people in its articles share), and
which are one person (same full name, middle name or initial, nickname, spelling
of a first name, suffix, a bare surname inferred across the corpus). See
`registry` for the rules in order."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..extract.gender import FIRST_NAMES, first_name_gender
from ..extract.names import GENERATIONS
from .forms import SpeakerForm, Union, fold, slug
from .names import not_a_name, person_name
from .nicknames import FORMAL_NAMES, same_first_name

INFER_SHARE = 0.8


def drop_name_extensions(forms: list[SpeakerForm], not_names: dict[str, str]) -> list[SpeakerForm]:
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


def drop_shared_surnames(forms: list[SpeakerForm], not_names: dict[str, str]) -> list[SpeakerForm]:
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


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())


def _suffix_only(words: list[str]) -> bool:
    return bool(words) and all(w in GENERATIONS or w in ("jr.", "sr.") for w in words)


def _common_word(word: str) -> bool:
    """An everyday English word ("tower", "train", "super") or a day or month."""
    if word in _CALENDAR:
        return True
    from wordfreq import zipf_frequency
    return word not in FIRST_NAMES and zipf_frequency(word, "en") >= 3.5


def merge_people(forms: list[SpeakerForm], people: list[int], union: Union) -> None:
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
    if fa[:1] == fb[:1] and typo_of_known_name(fa, fb):
        return True
    if len(fa) < 5 or len(fb) < 5 or fa[0] != fb[0]:
        return False
    ga, gb = first_name_gender(a), first_name_gender(b)
    if ga != gb and (ga or gb) and fa in FIRST_NAMES and fb in FIRST_NAMES:
        return False        # "Daniel"/"Danielle", "Robert"/"Roberta"
    return fuzz.ratio(fa, fb) >= 80


def typo_of_known_name(fa: str, fb: str) -> bool:
    """"Tedd"/"Ted", "Mke"/"Mike": one letter apart, and only one of the two is a
    first name the name tables know, so the other is a slip of the keyboard, not
    a second person's name ("Jon"/"John", "Dan"/"Don" are both names: apart)."""
    known_a = fa in FIRST_NAMES or fa in FORMAL_NAMES
    known_b = fb in FIRST_NAMES or fb in FORMAL_NAMES
    return min(len(fa), len(fb)) >= 3 and known_a != known_b and Levenshtein.distance(fa, fb) == 1


def _merge_middles(forms, parsed, group: list[int], union: Union) -> None:
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


def _join_people(forms, parsed, a: int, b: int, union: Union, reason: str = "") -> None:
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


def _merge_suffixed(forms, parsed, families, union: Union) -> None:
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

def infer_bare_names(forms, people: list[int], union: Union) -> dict[int, int]:
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
                     if len(a.split()) == 1 and is_alias(a, "person", forms[i].name))
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


def is_alias(alias: str, kind: Optional[str], of: str = "") -> bool:
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
