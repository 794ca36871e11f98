"""Spec of `quotesearch.extract.text`: sentences and word tokens for extraction.

`sentence_spans` is NLTK's Punkt with the project's news abbreviations, made faster
(each candidate break decided once, a period after a plain word decided without
Punkt's token annotation, NLTK's fixed patterns run without their timeout wrapper)
but splitting exactly as stock Punkt with the same parameters does; on top, an
initial or a quoted question followed by its attribution does not end a sentence.
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
    # everyday words that are abbreviations when capitalised end a sentence in lower case
    pytest.param("Nelson voted no. The bill passed.", ["Nelson voted no.", "The bill passed."], id="voted-no"),
    pytest.param("She fell ill. Doctors were called.", ["She fell ill.", "Doctors were called."], id="fell-ill"),
    # ("ed" is no abbreviation: "op-ed." ends its sentence)
    pytest.param("He cited a separate op-ed. Bridenstine agreed.", ["He cited a separate op-ed.", "Bridenstine agreed."],
                 id="op-ed"),
    pytest.param("It was No. 5 on the list. Sen. Ann Lee of Ill. said so.",
                 ["It was No. 5 on the list.", "Sen. Ann Lee of Ill. said so."], id="capitalised-abbreviations-stay"),
    # a clock time ends a sentence before a capital that is no day, month or time zone
    pytest.param("The crash came at 10:21 a.m. According to the report, a car hit a truck.",
                 ["The crash came at 10:21 a.m.", "According to the report, a car hit a truck."], id="a.m.-then-a-sentence"),
    # a quoted question and its attribution with an adverb are one sentence; a verb that
    # introduces a quotation of its own starts a new one
    pytest.param("“Can I give it to Sam?” Ann Lee tearfully asked. No one knew.",
                 ["“Can I give it to Sam?” Ann Lee tearfully asked.", "No one knew."], id="question-then-adverb-and-cue"),
    pytest.param("“Is that fair?” Rep. Ann Lee, D-Calif., asked. No one knew.",
                 ["“Is that fair?” Rep. Ann Lee, D-Calif., asked.", "No one knew."],
                 id="question-then-name-party-tag-and-cue"),
    pytest.param("“Who cares?” An Iowa Republican seemingly answered that question: “Nobody.”",
                 ["“Who cares?”", "An Iowa Republican seemingly answered that question: “Nobody.”"],
                 id="question-then-a-verb-introducing-its-own"),
    pytest.param("They met at 9 a.m. Monday in Dover. It starts at 11 a.m. Eastern.",
                 ["They met at 9 a.m. Monday in Dover.", "It starts at 11 a.m. Eastern."], id="a.m.-then-a-day-or-zone"),
    # pasted text that lost a paragraph break after a closing quotation mark
    pytest.param("“The best pies are made here!”Former senator Ann Dale spoke next.",
                 ["“The best pies are made here!”", "Former senator Ann Dale spoke next."], id="glued-after-a-quotation"),
    pytest.param("He called it “Part Two.”Then he left.", ["He called it “Part Two.”", "Then he left."],
                 id="glued-after-a-quoted-title"),
    pytest.param("She sang “Hello!”Mary answered “Hi.”", ["She sang “Hello!”", "Mary answered “Hi.”"],
                 id="glued-exclamation"),
    pytest.param('She left."The plan is dead," he said.', ['She left.', '"The plan is dead," he said.'],
                 id="a-glued-straight-mark-opens-the-next-quotation"),
    # an abbreviation ending a place or a firm, then a word that opens a sentence: a break
    pytest.param("They rallied in Washington, D.C. The event drew 10,000 people.",
                 ["They rallied in Washington, D.C.", "The event drew 10,000 people."], id="a-place-abbreviation-then-the"),
    pytest.param("The mill was sold to Acme Inc. It closed in May.",
                 ["The mill was sold to Acme Inc.", "It closed in May."], id="a-firm-abbreviation-then-it"),
    # (but not before a name or a title: "U.S. Army", "D.C. Mayor Ann Lee")
    pytest.param("He joined the U.S. Army in 2001.", ["He joined the U.S. Army in 2001."], id="us-army"),
    pytest.param("Washington, D.C. Mayor Ann Lee spoke.", ["Washington, D.C. Mayor Ann Lee spoke."], id="dc-mayor"),
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


# (but an ampersand between two words without a space is one word of a name)
@pytest.mark.parametrize("phrase, expected", [
    ("KT&G and H&M said", ["KT&G", "and", "H&M", "said"]),
    ("Reed & Barker, AT&T's rival", ["Reed", "&", "Barker", ",", "AT&T's", "rival"]),
])
def test_word_tokens_keep_an_ampersand_between_letters(phrase, expected):
    assert word_tokens(phrase) == expected


@pytest.mark.parametrize("phrase", ["Sen. O’Neill-Roe, Jr. said", "U.S.-China talks", "e\u0301lan, ça va?",
                                    "Ünïcode 3.5% rise…", "a", "", "the Pope's—and O'Brien's—view"])
def test_word_tokens_are_the_nltk_tokenizers(phrase):
    assert word_tokens(phrase) == WORD_TOKENIZER.tokenize(phrase)


# Candidate breaks as Punkt sees them (the word before, the mark, what follows): the
# splitter decides each as stock Punkt does, a period after a plain word included
BEFORE = ["said", "Trump", "Mr", "mr", "U.S", "J", "Jr", "no", "5", "etc", "Sen", "ab", "x", "e.g", "Ünï", "don't"]
AFTER = ["The", "the", "“We", "5", ",", "U.S.", "He.", "x?!", "(a", "—", "Smith.", "'s", "...", "?"]
GAPS = [" ", "  ", "\t", "\xa0", " \n", "\n\n"]


@pytest.mark.parametrize("before", BEFORE)
def test_each_candidate_break_is_decided_as_stock_punkt_decides(before):
    stock = PunktSentenceTokenizer(_PARAMS)
    for gap in GAPS:
        for after in AFTER:
            for mark in ".?":
                context = before + mark + gap + after
                assert _SENTENCE_SPLITTER.text_contains_sentbreak(context) == \
                    stock.text_contains_sentbreak(context), context


@pytest.mark.parametrize("text", ["", "word", " lead", "a b\tc", "x\n", "a\x0bb\x0c", "tab\there ", "\xa0nbsp"])
def test_the_last_whitespace_is_found_as_punkt_finds_it(text):
    assert _SENTENCE_SPLITTER._get_last_whitespace_index(text) == \
        PunktSentenceTokenizer(_PARAMS)._get_last_whitespace_index(text)
