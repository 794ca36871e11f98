"""Joint speakers as a specification: two or three people named in full and
quoted together are no registry entry of their own, and each of them is
credited with the quotation (`quotesearch.identity.joint`)."""
from __future__ import annotations

import pytest

from quotesearch.identity import SpeakerForm, build_registry
from quotesearch.identity.joint import joint_members

P, G = "person", "group"

# (speaker string, kind) -> the people it names, or None
JOINT = [
    (("Nora Vance-Ortiz and Carl Drumond", G), ("Nora Vance-Ortiz", "Carl Drumond")),
    (("Ted Cruz and Carly Fiorina", P), ("Ted Cruz", "Carly Fiorina")),
    # a shared title is no part of either name
    (("Govs. Kel Marsh and Ivo Brand", G), ("Kel Marsh", "Ivo Brand")),
    (("Anna Berg, Tomas Lind and Ruth Okafor", G), ("Anna Berg", "Tomas Lind", "Ruth Okafor")),
    (("Anna Berg & Tomas Lind", G), ("Anna Berg", "Tomas Lind")),
    # not each named in full: could be anyone, or a crowd
    (("Tannenbaum and Schmidt", G), None),
    (("Sanders and his supporters", G), None),
    (("She and her aides", G), None),
    (("Trump and his attorneys", G), None),
    (("Current and former officials", G), None),
    (("Nora Vance and many more sailors", G), None),
    (("stars including Jamie Oliver and fitness guru Joe Wicks", G), None),
    # bodies, and a list too long to be one voice
    (("CBS News and ABC News", "organization"), None),
    (("Anna Berg, Tomas Lind, Ruth Okafor and Pia Moss", G), None),
    # the same person twice is no joint voice
    (("Anna Berg and Anna Berg", G), None),
]


@pytest.mark.parametrize("given, expected", JOINT, ids=[g[0] for g, _ in JOINT])
def test_which_speaker_strings_are_people_quoted_together(given, expected):
    assert joint_members(*given) == expected


def test_each_person_is_credited_and_one_quoted_only_jointly_has_an_entry():
    registry = build_registry([
        SpeakerForm("Nora Vance-Ortiz and Carl Drumond", G, 1, years=frozenset({2016})),
        SpeakerForm("Carl Drumond", P, 1, years=frozenset({2016})),
        SpeakerForm("Govs. Kel Marsh and Ivo Brand", G, 2), SpeakerForm("Gov. Kel Marsh", P, 3)])
    shown = {i.name: (i.quotes, [(f.name, f.quotes, f.reason) for f in i.forms])
             for i in registry.identities}
    assert shown == {
        "Carl Drumond": (2, [("Carl Drumond", 1, "name as written")]),
        "Nora Vance-Ortiz": (1, [("Nora Vance-Ortiz", 1, "quoted jointly")]),
        "Kel Marsh": (5, [("Gov. Kel Marsh", 3, "same full name"), ("Kel Marsh", 2, "quoted jointly")]),
        "Ivo Brand": (2, [("Ivo Brand", 2, "quoted jointly")])}
    # the people of each joint string, as written
    assert {name: [registry.identities[at].name for at in people]
            for name, people in registry.joint.items()} == {
        "Nora Vance-Ortiz and Carl Drumond": ["Nora Vance-Ortiz", "Carl Drumond"],
        "Govs. Kel Marsh and Ivo Brand": ["Kel Marsh", "Ivo Brand"]}
    assert not registry.not_names
