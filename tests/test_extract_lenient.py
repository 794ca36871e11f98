"""Spec of `quotesearch.extract.lenient`: where only a speaker can stand, any short noun
phrase is read as written, with the kind its head noun gives; a clause, a fragment or a
comparison is no speaker."""
from __future__ import annotations

import pytest

from quotesearch.extract.lenient import any_noun_phrase

READINGS = [
    # ("the" counts among the quantifiers here, so a definite singular description is a
    # "group" too: what resolution of descriptions has been tuned on; but someone new and
    # unnamed, "a woman", "one employee", is one person)
    ("the gambling tycoon", ("the gambling tycoon", "group")),
    # "another" alone is someone else, unnamed ("“…,” wrote another.")
    ("another", ("another", "person")),
    # the last words of a clause, "and", then the subject: the subject alone
    ("thigh and a hospital spokesman", ("a hospital spokesman", "group")),
    ("the letter and the film", ("the letter and the film", "group")),   # two sources together
    ("a woman", ("a woman", "person")),
    ("one employee", ("one employee", "person")),
    ("one family", ("one family", "group")),
    ("the grocery giant", ("the grocery giant", "organization")),
    ("Campaign aides", ("campaign aides", "group")),
    ("nearly two-thirds of Liberal caucus voters", ("nearly two-thirds of Liberal caucus voters", "group")),
    ("About 4 in 10", ("About 4 in 10", "group")),
    ("a third of the delegates", ("a third of the delegates", "group")),
    ("voters polled", ("voters polled", "group")),
    ("the city council", ("the city council", "organization")),
    ("the memo", ("the memo", "document")),
    # what was posted, written or told is a document, not the people who wrote it
    ("Social media posts", ("Social media posts", "document")),
    ("some accounts", ("some accounts", "document")),
    ("several tweets", ("several tweets", "document")),
    # so is what was counted or found
    ("the 1961 census", ("the 1961 census", "document")),
    ("Blood tests", ("Blood tests", "document")),
    ("the findings", ("the findings", "document")),
    ("the leaked memo", None),            # a participle, unless the caller allows them
    # what an anonymous source is to the matter, before a preposition
    ("people briefed on the talks", ("people briefed on the talks", "group")),
    ("a woman involved in the case", ("a woman involved in the case", "person")),
    ("the lawyers briefed reporters", None),   # a clause: the participle has no preposition
    ("him", None),                        # an object pronoun
    ("the meeting took on", None),        # a clause
    ("the less certain", None),           # a comparison
    ("a very long phrase of many more words than a speaker has", None),
]


@pytest.mark.parametrize("phrase, expected", READINGS)
def test_any_short_noun_phrase_is_read_as_written(phrase, expected):
    assert any_noun_phrase(phrase) == expected


# "her" before a noun is a possessive, as "his" is; alone it is an object
POSSESSIVE_HER = [
    ("her spokesman", ("her spokesman", "person")),
    ("her own staff", ("her own staff", "group")),
    ("her", None),
]


@pytest.mark.parametrize("phrase, expected", POSSESSIVE_HER)
def test_her_before_a_noun_is_a_possessive(phrase, expected):
    assert any_noun_phrase(phrase) == expected


# A user's handle is someone ("elmo666 wrote in a forum post", "@dril tweeted"); "G20" is
# no one's handle
USER_HANDLES = [
    ("elmo666", ("elmo666", "person")),
    ("@dril", ("@dril", "person")),
    ("G20", None),
]


@pytest.mark.parametrize("phrase, expected", USER_HANDLES)
def test_a_users_handle_is_someone(phrase, expected):
    assert any_noun_phrase(phrase) == expected


# A share named by its fraction after "about" or "over" is a group of people
SHARES_BY_FRACTION = [
    ("About two-thirds", ("About two-thirds", "group")),
    ("Just over a quarter", ("Just over a quarter", "group")),
]


@pytest.mark.parametrize("phrase, expected", SHARES_BY_FRACTION)
def test_a_share_by_its_fraction_is_a_group(phrase, expected):
    assert any_noun_phrase(phrase) == expected
