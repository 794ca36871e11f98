"""The registry's rules for organisations: one key however the name is written
("US Department of State" / "State Department", "China's" / "Chinese Foreign
Ministry", a person's campaign, a country and its capital), and acronyms joined
to the one organisation an article expanded or whose initials they are."""
from __future__ import annotations

import re
from collections import defaultdict

from .forms import Union
from .names import initials, organisation_name


def merge_organisations(forms, orgs: list[int], union: Union) -> None:
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
