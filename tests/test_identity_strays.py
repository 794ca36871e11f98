"""Speaker strings that are no speaker of their own (`quotesearch.identity.strays`),
as a specification: the strings a corpus gave (with kind and quotations) in, the
speakers of the registry out. Several people under one string are no entry; a
surname misspelled once joins the one person it sounds like, and nothing else."""
from __future__ import annotations

import pytest

from quotesearch.identity import SpeakerForm, build_registry

P, O, G = "person", "organization", "group"


def speakers(*forms) -> list[set[str]]:
    registry = build_registry([SpeakerForm(*f) for f in forms])
    return sorted((set(i.members) for i in registry.identities), key=lambda s: sorted(s))


def no_entry(*forms) -> dict[str, str]:
    return build_registry([SpeakerForm(*f) for f in forms]).not_names


# (strings as articles gave them) -> the strings that are no entry, with the reason's start
SEVERAL = [
    # a family: the plural of a surname the corpus names people with
    ([("Clintons", P, 1), ("Bill Clinton", P, 5), ("Hillary Clinton", P, 9)],
     {"Clintons": "a family"}),
    ([("Bushes", P, 1), ("Jeb Bush", P, 4), ("Laura Bush", P, 2)], {"Bushes": "a family"}),
    # ... but a surname of its own stays ("Sanders" is Bernie's, not a family of Sander)
    ([("Sanders", P, 3), ("Bernie Sanders", P, 9), ("Sander Levin", P, 2)], {}),
    ([("Rogers", P, 1), ("Mike Roger", P, 1)], {}),            # "roger" is a first name
    # a described group: a plural of a noun for people after anything capitalised
    ([("Union Lawyers", P, 1), ("Protesters", P, 1), ("Irish Catholics", P, 1),
      ("Chicago Mourners", P, 1), ("Young Voters", P, 1), ("Many Germans", G, 1),
      ("Most Western", P, 4), ("Zhang Hanhui", P, 2)],
     {"Union Lawyers": "a described group", "Protesters": "a described group",
      "Irish Catholics": "a described group", "Chicago Mourners": "a described group",
      "Young Voters": "a described group", "Many Germans": "a described group",
      "Most Western": "a described group"}),
    # ... unless another person of the corpus has that word as a name
    ([("Tom Fans", P, 1), ("Jane Fans", P, 2)], {}),
    # a list of speakers the corpus knows each of (or countries, places)
    ([("CBS News and ABC News", O, 1), ("CBS News", O, 5), ("ABC News", O, 2),
      ("China and Japan", O, 1)],
     {"CBS News and ABC News": "several speakers", "China and Japan": "several speakers"}),
    # ... or one the corpus knows beside an outlet's name
    ([("Fox News and NBC News", O, 1), ("Fox News", O, 5)], {"Fox News and NBC News": "several speakers"}),
    # ... not one organisation's name with "and" in it
    ([("Centers for Disease Control and Prevention", O, 2), ("Procter and Gamble", O, 1),
      ("Bureau of Alcohol, Tobacco, Firearms and Explosives", O, 1),
      ("Food and Drug Administration", O, 1), ("Food", O, 1), ("Bill and Melinda Gates Foundation", O, 1),
      ("Bill", P, 2)], {}),
    # roles, fragments and laws
    ([("Obama Strategist", P, 1), ("State Committeewoman", P, 1), ("Emmy Award-winning", P, 1),
      ("Affordable Care Act", P, 1), ("CEO of Ohio Farm Bureau", O, 1),
      ("James Baker", P, 2), ("Mike Judge", P, 1), ("Paul Farmer", P, 1)],
     {"Obama Strategist": "a role", "State Committeewoman": "a role",
      "Emmy Award-winning": "a fragment", "Affordable Care Act": "a law",
      "CEO of Ohio Farm Bureau": "a role"}),
]


@pytest.mark.parametrize("forms, expected", SEVERAL, ids=[c[0][0][0] for c in SEVERAL])
def test_strings_of_several_speakers_are_no_entry(forms, expected):
    found = no_entry(*forms)
    assert set(found) == set(expected)
    assert all(found[name].startswith(why) for name, why in expected.items()), found
    kept = {m for group in speakers(*forms) for m in group}
    assert kept == {f[0] for f in forms} - set(expected)


MISSPELLED = [
    # a one-word misspelling that is no one's name and no English word: the person
    ([("Feinstien", P, 1), ("Dianne Feinstein", P, 1)], [{"Dianne Feinstein", "Feinstien"}]),
    ([("Schumerr", P, 2), ("Chuck Schumer", P, 4)], [{"Chuck Schumer", "Schumerr"}]),
    ([("Pelossi", P, 1), ("Nancy Pelosi", P, 2)], [{"Nancy Pelosi", "Pelossi"}]),
    ([("Grahm", P, 1), ("Lindsey Graham", P, 1)], [{"Grahm", "Lindsey Graham"}]),
    # close in letters but not the same sound: another name ("Hastel" is not "Haspel")
    ([("Hastel", P, 1), ("Gina Haspel", P, 1)], [{"Gina Haspel"}, {"Hastel"}]),
    # a surname of its own or an English word: never someone else's misspelled
    ([("Kline", P, 1), ("Morton Klein", P, 3)], [{"Kline"}, {"Morton Klein"}]),
    ([("Berman", P, 1), ("Leonard Burman", P, 2)], [{"Berman"}, {"Leonard Burman"}]),
    ([("Myers", P, 1), ("Seth Meyers", P, 2)], [{"Myers"}, {"Seth Meyers"}]),
    # two people whose surnames are close: either, so neither
    ([("Feinstien", P, 1), ("Dianne Feinstein", P, 1), ("Mark Feinsten", P, 1)],
     [{"Dianne Feinstein"}, {"Feinstien"}, {"Mark Feinsten"}]),
    # quoted in other years than the person: not shown to be the person
    ([SpeakerForm("Feinstien", P, 1, years=frozenset({2009})),
      SpeakerForm("Dianne Feinstein", P, 1, years=frozenset({2016}))],
     [{"Dianne Feinstein"}, {"Feinstien"}]),
]


@pytest.mark.parametrize("forms, expected", MISSPELLED, ids=[str(i) for i in range(len(MISSPELLED))])
def test_a_misspelled_surname_joins_the_one_person_it_sounds_like(forms, expected):
    given = [f if isinstance(f, SpeakerForm) else SpeakerForm(*f) for f in forms]
    registry = build_registry(given)
    got = sorted((set(i.members) for i in registry.identities), key=lambda s: sorted(s))
    assert got == sorted(expected, key=lambda s: sorted(s))
    for identity in registry.identities:
        for form in identity.forms:
            if form.name != identity.name and len(form.name.split()) == 1 and form.as_speaker:
                assert form.reason == "spelling of the surname"
