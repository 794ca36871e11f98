"""Places (`extract.places`): a country, state, province or parish that speaks stands
for its government, so it is an organisation and never a person."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_article
from quotesearch.extract.mentions import parse_mention
from quotesearch.extract.places import is_place
from quotesearch.records import Article

PLACES = [
    ("Costa Rica", True), ("Florida", True), ("Broward County", True), ("the United States", True),
    ("Trinidad and Tobago", True), ("The Bahamas", True), ("Saint Andrew", True),
    # a state written without the diacritics of its ISO name
    ("Bihar", True), ("Tamil Nadu", True),
    # first names and surnames stay people
    ("Victoria", False), ("Kerry", False), ("Nelson", False), ("George Washington", False),
    ("Ann Diaz", False),
    # a town whose first word opens no person's name
    ("San Francisco", True), ("Los Angeles", True), ("Fort Worth", True), ("Port Moresby", True),
    ("Santa Claus", False), ("El Chapo", False),
]


def test_a_pronoun_never_stands_for_a_town():
    text = ("In the heart of San Francisco, a crowd walked in silence holding candles. "
            "“I cried for the whole walk,” he said.")
    quotes = extract_article(Article(id="t", text=text)).quotes
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("name, expected", PLACES)
def test_place_names(name, expected):
    assert is_place(name.split()) is expected


@pytest.mark.parametrize("phrase", ["Costa Rica", "Broward County", "Florida"])
def test_a_place_that_speaks_is_an_organisation(phrase):
    assert parse_mention(phrase).kind == "organization"


def test_a_party_member_from_a_state_is_no_person_named_republican():
    assert parse_mention("Republican of South Carolina") is None
    assert parse_mention("Councillor Ann Diaz of Lake County").name == "Ann Diaz"
