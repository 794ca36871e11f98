"""Absolute phrases that report: the noun phrase before the participle cue."""
from __future__ import annotations

import pytest

from quotesearch.extract.attribution.absolutes import absolute_subject

WORDS_BEFORE_THE_PARTICIPLE = [
    # a share, wherever the phrase starts
    (" with 30 percent of voters ", "30 percent of voters"),
    ("Clinton leads with most Democrats ", "most Democrats"),
    # anyone, right after the comma
    (" with the union ", "the union"),
    (" with union leaders ", "union leaders"),
    (" with Israel ", "Israel"),
    # the second report of the phrase, after "and"
    (" with the army saying rebels used it as a base and the charity ", "the charity"),
    (" with Israel saying Hamas built it and the Indonesian government ", "the Indonesian government"),
    # "with" inside the writer's clause, or no "with" at all: no absolute phrase
    ("He ended the rally with a joke and ", None),
    ("The clinic is at the centre of the row", None),
]


@pytest.mark.parametrize("words, expected", WORDS_BEFORE_THE_PARTICIPLE)
def test_the_noun_phrase_of_an_absolute_phrase(words, expected):
    assert absolute_subject(words, " that the plan would fail") == expected


@pytest.mark.parametrize("words, after, expected", [
    # anyone's participle reports a clause, a quotation or "that" …
    (" with the union ", " the offer was too low", "the union"),
    (" with the union ", " “We will strike.”", "the union"),
    # … not a thing: the writer's description of signs, writers or shops
    (" with signs ", " the proposals lining the lawns", None),
    (" with writers ", " their own quirks to the genre", None),
    # a share reports whatever follows
    (" with 30 percent of voters ", " no", "30 percent of voters"),
])
def test_only_a_clause_makes_anyones_absolute_phrase_a_report(words, after, expected):
    assert absolute_subject(words, after) == expected
