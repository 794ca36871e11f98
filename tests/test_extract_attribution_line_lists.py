"""Labelled lines that are a list's items (`attribution.line_lists`): the lines a
sentence such as "… on the following charges:" introduces name an item and what the
list says of it, not a speaker and their words; a transcript that "the following
exchange:" introduces is still read turn by turn."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

ARREST_REPORT = ("Police arrest three in burglary case\n\n"
                 "Officers arrested Ann Lee, 33, and Dan Fisk, 41, on Friday, police spokesman Tom Reed said.\n\n"
                 "{intro}\n\n"
                 "Ann Lee: Burglary, theft of a firearm, possession of stolen property, held in jail in lieu of $5,000 bond.\n\n"
                 "Dan Fisk: Theft, resisting law enforcement, held in jail with no bond.")

LIST_ITEMS = [
    # a list that a sentence announces: no one speaks its lines
    pytest.param("They are being held on the following preliminary charges:", [], id="following-charges"),
    pytest.param("The charges against them are as follows:", [], id="as-follows"),
    pytest.param("The winners of the county fair's prizes were the following:", [], id="the-following"),
]


@pytest.mark.parametrize("intro, expected", LIST_ITEMS)
def test_lines_a_sentence_announces_as_a_list_are_no_turns(intro, expected):
    quotes = extract_quotes(Article(id="t", text=ARREST_REPORT.format(intro=intro)))
    assert [(q.speaker, q.text) for q in quotes if q.cue == ":"] == expected


TRANSCRIPT = ("Council debates the budget\n\n"
              "Council member Ann Lee and Mayor Dan Fisk argued over the budget on Monday.\n\n"
              "{intro}\n\n"
              "Ann Lee: The county should have acted on the burglaries much sooner than it did, in my view.\n\n"
              "Dan Fisk: We acted as soon as the police asked us for the money, and not a day later.")


@pytest.mark.parametrize("intro", [
    "Reporters recorded the following exchange:",
    "What follows is a transcript of their debate:",
    "They said the following:",
    "The transcript of their talk is as follows:",
])
def test_a_transcript_a_sentence_announces_is_read_turn_by_turn(intro):
    quotes = extract_quotes(Article(id="t", text=TRANSCRIPT.format(intro=intro)))
    assert [(q.speaker, q.text.split()[:3]) for q in quotes if q.cue == ":"] == [
        ("Ann Lee", ["The", "county", "should"]), ("Dan Fisk", ["We", "acted", "as"])]
