"""Quotations two or three named people gave together ("Nora Vance-Ortiz and
Carl Drumond said", "Govs. Kel Marsh and Ivo Brand wrote"): their speaker
string is no speaker of its own, and each person it names is credited with the
quotation, so that a filter by either finds it and a person quoted only jointly
still has an entry.

A string is joint only when every part is a person's full name (first and last
name): "Tannenbaum and Schmidt" could be anyone, "Sanders and his supporters" or
"She and her aides" name a crowd, and "CBS News and ABC News" are bodies (see
`strays`); those stay what they were.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .forms import SpeakerForm
from .names import not_a_name, person_name

# "A and B", "A, B and C", "A & B"; more than three names is a list, not a joint voice
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
MAX_MEMBERS = 3
# lower-case words of names ("Ursula von der Leyen", "Bill de Blasio")
_PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "du", "la", "le",
                        "van", "von", "bin", "ibn", "al", "el", "y"})


def joint_members(name: str, kind: Optional[str]) -> Optional[tuple[str, ...]]:
    """The people a joint speaker string names, each as a plain full name (a
    shared title dropped: "Govs. Kel Marsh" is Kel Marsh); None when it is not
    two or three people named in full."""
    if kind not in ("person", "group") or not re.search(r"\s(?:and|&)\s", name):
        return None
    parts = [p for p in _PARTS.split(name) if p]
    if not 2 <= len(parts) <= MAX_MEMBERS:
        return None
    members = []
    for part in parts:
        parsed = person_name(part)
        # a lower-case word describes ("fitness guru Joe Wicks", "stars including …"):
        # the people named may be examples of a larger crowd
        if parsed is None or not parsed.first or not_a_name(parsed.short, "person") \
                or any(w[:1].islower() and w not in _PARTICLES for w in part.split()):
            return None
        members.append(parsed.short)
    return tuple(dict.fromkeys(members)) if len(set(members)) > 1 else None


def split_joint(forms: list[SpeakerForm]) -> tuple[list[SpeakerForm], dict[str, tuple[str, ...]], dict[str, int]]:
    """The forms without their joint strings, with a form for each person named
    only jointly (no quotation of their own: `quotes` 0); the joint strings with
    their members; and each joint string's quotations."""
    joint: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    kept: list[SpeakerForm] = []
    years: dict[str, frozenset[int]] = {}
    for form in forms:
        members = joint_members(form.name, form.kind)
        if members is None:
            kept.append(form)
            continue
        joint[form.name] = members
        counts[form.name] = form.quotes
        for member in members:
            years[member] = years.get(member, frozenset()) | form.years
    present = {form.name: at for at, form in enumerate(kept)}
    for member, seen in sorted(years.items()):
        at = present.get(member)
        if at is None:
            kept.append(SpeakerForm(member, "person", 0, years=seen))
        else:
            kept[at] = replace(kept[at], years=kept[at].years | seen)
    return kept, joint, counts
