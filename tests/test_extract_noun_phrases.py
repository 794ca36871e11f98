"""Spec of `quotesearch.extract.noun_phrases`: what the words of a subject phrase name
when they name no person: an organisation or place, a document by kind or title, a
group; and how such a phrase is written back.
"""
from __future__ import annotations

import pytest

from quotesearch.extract.names import tokens
from quotesearch.extract.noun_phrases import _is_org, _org_tail, _sentence_case, _titled_document, body_on_a_remit


@pytest.mark.parametrize("words, org", [
    ("Xinhua", True), ("Beijing", True), ("Foreign Ministry", True), ("US", True), ("China’s", True),
    ("Zhang Hanhui", False), ("John", False),
    # a body's acronym ends its name; post-nominals, generations and titles do not make one
    ("California ISO", True), ("The DOJ", True), ("Priorities USA", True),
    ("Jacob Rees-Mogg MP", False), ("Henry Ford III", False), ("the CMO", False), ("JOHN SMITH", False),
    # a website by its address; a dot in a person's initials is none
    ("Partyplanner.com", True), ("fan site StarFans.net", True), ("Edmunds.com’s", True), ("J.R. Smith", False),
])
def test_is_org(words, org):
    assert _is_org(tokens(words)) is org


@pytest.mark.parametrize("phrase, org", [
    ("China's General Administration of Customs", "China's General Administration of Customs"),
    ("the US", "the US"),                  # a country keeps its article
    ("state media Xinhua", "Xinhua"),
    ("the envoy", None),
    # a body of its own within another keeps the whole name; a plain "board of" is the body's
    ("the Administrative Tribunal of the World Bank", "Administrative Tribunal of the World Bank"),
    ("the board of the World Bank", "World Bank"),
])
def test_org_tail(phrase, org):
    assert _org_tail(tokens(phrase)) == org


@pytest.mark.parametrize("phrase, title", [
    ("the 2022 National Survey of Pay in Public Schools", "2022 National Survey of Pay in Public Schools"),
    ("the Global Harbour Index", "Global Harbour Index"),
    ("the Press Release", None),            # heads headlines more often than titles
    ("the survey", None),                   # a document by kind, not by title
    ("the Dodd-Frank Act", "Dodd-Frank Act"),   # a law ends its title with its kind
    ("the Paris Agreement", "Paris Agreement"),
    ("the Volcker Rule", None),             # "Rule" also ends people's names
    ("President Bill", None),               # and so does "Bill"
])
def test_titled_document(phrase, title):
    assert _titled_document(tokens(phrase)) == title


@pytest.mark.parametrize("phrase, written", [
    ("Analysts from both countries", "analysts from both countries"),
    ("Officials", "officials"),
    ("The envoy", "the envoy"),
    ("Zhang Hanhui", "Zhang Hanhui"),
    ("Democrats in Iowa", "Democrats in Iowa"),        # a party's members keep their capital
    ("Republicans", "Republicans"),
    ("Europeans", "Europeans"),                        # so does a people
])
def test_sentence_case(phrase, written):
    assert _sentence_case(phrase) == written


@pytest.mark.parametrize("phrase, body", [
    ("the Commission on Presidential Debates", "Commission on Presidential Debates"),
    ("the Council on Foreign Relations", "Council on Foreign Relations"),
    ("the House Committee on Ways and Means", "House Committee on Ways and Means"),
    ("the Center on Harbor and Ferry Priorities", "Center on Harbor and Ferry Priorities"),
    # a person who heads the body, or a person on a medium, is no body's name
    ("Senate Committee on Foreign Relations Chairman Bob Corker", None),
    ("Larry Olson on Hot Air", None),
    ("the committee on Friday", None),
])
def test_a_body_named_with_its_remit(phrase, body):
    assert body_on_a_remit(tokens(phrase)) == body

