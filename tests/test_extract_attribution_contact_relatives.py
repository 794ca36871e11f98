"""Relative clauses without "that": the speaker is the noun phrase right before the cue."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.attribution.contact_relatives import contact_relative_speaker
from quotesearch.records import Article

SUBJECT_PHRASES = [
    # a clause, then the noun the relative clause describes, then the speaker
    ("The plan carries a cost officials", "officials"),
    ("It is a figure experts", "experts"),
    ("The storm caused damage local residents", "local residents"),
    ("It was a move Mr. Reed", "Mr. Reed"),
    # … or the phrase its determiner opens right after the noun
    ("a probe the agency", "the agency"),
    ("the harbor inquiry, a review the port authority", "the port authority"),
    ("the head of the agency", None),
    # one noun phrase: the nouns before the head modify it
    ("House ethics investigators", None),
    ("company executives", None),
    ("human rights groups", None),
    ("the officials", None),
    ("officials", None),
]


@pytest.mark.parametrize("candidate, expected", SUBJECT_PHRASES)
def test_the_speaker_of_a_subject_phrase_read_too_long(candidate, expected):
    assert contact_relative_speaker(candidate) == expected


SENTENCES = [
    pytest.param("The plan carries a cost officials say was far too high.", ["officials"], id="a-cost-officials-say"),
    pytest.param("It is a figure experts say could double by 2030.", ["experts"], id="a-figure-experts-say"),
    pytest.param("The storm caused damage local residents say will take years to repair.", ["local residents"],
                 id="damage-local-residents-say"),
    pytest.param("The letter recalls the harbor inquiry, a review the port authority said was still open in May.",
                 ["the port authority"], id="a-review-the-port-authority-said"),
    # (a relative clause with "which": the nouns before the speaker's head are its own)
    pytest.param("The fund, which House ethics investigators say was improperly financed, closed.",
                 ["House ethics investigators"], id="which-house-ethics-investigators-say"),
    # (a subject of its own after the cue: the noun phrase is whole)
    pytest.param("Union leaders say the strike will go on.", ["Union leaders"], id="union-leaders-say-a-clause"),
]


@pytest.mark.parametrize("sentence, speakers", SENTENCES)
def test_speakers_of_relative_clauses_without_that(sentence, speakers):
    quotes = extract_quotes(Article(id="t", text="Talks\n\n" + sentence))
    assert [q.speaker for q in quotes] == speakers
