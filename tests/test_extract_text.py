"""Spec of `quotesearch.extract.text`: sentences and word tokens for extraction.

`sentence_spans` is NLTK's Punkt with the project's news abbreviations, made faster
(each candidate break decided once, NLTK's fixed patterns run without their timeout
wrapper) but splitting exactly as stock Punkt with the same parameters does; on top,
an initial or a quoted question followed by its attribution does not end a sentence.
"""
from __future__ import annotations

import pytest
from nltk.tokenize.punkt import PunktSentenceTokenizer

from quotesearch.extract.text import (
    _PARAMS,
    _SENTENCE_SPLITTER,
    WORD_TOKENIZER,
    sentence_spans,
    word_tokens,
)

SENTENCES = [
    pytest.param("Mr. Trump spoke. Sen. Ted Cruz left.", ["Mr. Trump spoke.", "Sen. Ted Cruz left."],
                 id="abbreviations"),
    pytest.param("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."],
                 id="initial"),
    pytest.param("“Is it over?” Trump asked. No one knew.", ["“Is it over?” Trump asked.", "No one knew."],
                 id="quoted-question-and-attribution"),
    pytest.param("(It rained.) Then it stopped.", ["(It rained.)", "Then it stopped."], id="realigned-bracket"),
    pytest.param("It grew 2.5 percent in the U.S. economy... Wait! Really?",
                 ["It grew 2.5 percent in the U.S. economy... Wait!", "Really?"], id="numbers-and-ellipsis"),
    pytest.param("no break here", ["no break here"], id="one-sentence"),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentences(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


STOCK = [
    "Mr. Trump's aide, Ms. Hicks, said it. “We won!” he said. The U.S. lost 3.5 percent.",
    "Very bad acting!!! I promise. (Sent1.) Sent2. 'Quoted.' Next; -- dash. e.g. this. No. 5 won.",
    "Ünïcode élan. İstanbul ſaid. Jan. 5 was cold. Gov. J. Smith Jr. arrived at 10 a.m. Monday.",
    "...\n\n  Leading space. Trailing space.   ",
]


@pytest.mark.parametrize("text", STOCK)
def test_the_splitter_splits_as_stock_punkt_does(text):
    stock = PunktSentenceTokenizer(_PARAMS)
    assert list(_SENTENCE_SPLITTER.span_tokenize(text)) == list(stock.span_tokenize(text))


def test_word_tokens_keep_abbreviations_and_inner_marks():
    assert word_tokens("Sen. O’Neill-Roe, Jr. said") == ["Sen.", "O’Neill-Roe", ",", "Jr.", "said"]


@pytest.mark.parametrize("phrase", ["Sen. O’Neill-Roe, Jr. said", "U.S.-China talks", "e\u0301lan, ça va?",
                                    "Ünïcode 3.5% rise…", "a", "", "the Pope's—and O'Brien's—view"])
def test_word_tokens_are_the_nltk_tokenizers(phrase):
    assert word_tokens(phrase) == WORD_TOKENIZER.tokenize(phrase)
