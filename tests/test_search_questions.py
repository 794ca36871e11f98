"""Questions in plain words read as searches (`quotesearch.search.questions`),
and searches that match nothing relaxed (`quotesearch.search.relaxing`)."""
from __future__ import annotations

import datetime

import pytest

from conftest import write_jsonl
from quotesearch.identity import SpeakerForm, build_registry
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.search import search
from quotesearch.search.questions import NameTable, read_question
from quotesearch.web import create_app

P = "person"
REGISTRY = build_registry([
    SpeakerForm("Donald Trump", P, 40, aliases={"Trump": 30, "President Donald Trump": 3}),
    SpeakerForm("Donald J. Trump", P, 5), SpeakerForm("Hillary Clinton", P, 30, aliases={"Clinton": 20}),
    SpeakerForm("Bill Clinton", P, 4, aliases={"Clinton": 2}),
    SpeakerForm("Zhang Hanhui", P, 8, aliases={"Zhang": 6}), SpeakerForm("Hope Hicks", P, 2, aliases={"Hope": 1}),
    SpeakerForm("State Department", "organization", 5)])
NAMES = NameTable(REGISTRY)
TODAY = datetime.date(2026, 12, 1)

QUESTIONS = [
    ("What did Trump say about Clinton?", 'Clinton speaker:"Donald Trump"',
     "Quotations by Donald Trump mentioning Clinton"),
    ("what did zhang hanhui say about trade", 'trade speaker:"Zhang Hanhui"',
     "Quotations by Zhang Hanhui mentioning trade"),
    ("Hillary Clinton emails 2016", 'emails speaker:"Hillary Clinton" date:[2016-01-01 TO 2016-12-31]',
     "Quotations by Hillary Clinton mentioning emails, in 2016"),
    ("who said 'back-to-back support'", '"back-to-back support"',
     "Quotations mentioning “back-to-back support”, by any speaker"),
    ('who said "back-to-back support"', '"back-to-back support"',
     "Quotations mentioning “back-to-back support”, by any speaker"),
    ("Trump on trade since March 2016", 'trade speaker:"Donald Trump" date:[2016-03-01 TO 9999-12-31]',
     "Quotations by Donald Trump mentioning trade, since 2016-03-01"),
    ("what did the State Department say about visas in May 2024",
     'visas speaker:"State Department" date:[2024-05-01 TO 2024-05-31]',
     "Quotations by State Department mentioning visas, from 2024-05-01 to 2024-05-31"),
    ("tariffs last year", "tariffs date:[2025-01-01 TO 2025-12-31]",
     "Quotations mentioning tariffs, in 2025"),
    ("clinton quotes before 2016", 'speaker:"Hillary Clinton" date:[0001-01-01 TO 2015-12-31]',
     "Quotations by Hillary Clinton, until 2015-12-31"),
    # an everyday word that is also someone's name is a word, unless it stands where a name does
    ("what did people say about hope", "hope", "Quotations mentioning hope"),
]


@pytest.mark.parametrize("asked, query, description", QUESTIONS)
def test_questions_read_as_searches(asked, query, description):
    reading = read_question(asked, REGISTRY, NAMES, today=TODAY)
    assert (reading.query, reading.description) == (query, description)


@pytest.mark.parametrize("query", ["climate change", "speaker:trump tariffs", "trade OR economy",
                                   '"exact phrase"', "tariff*", ""])
def test_plain_words_and_the_query_language_are_not_questions(query):
    assert read_question(query, REGISTRY, NAMES, today=TODAY) is None


STORIES = [
    {"id": "s1", "outlet": "Daily Ledger", "date": "2016-03-01", "title": "Tariffs",
     "text": "Tariffs.\n\nDonald Trump spoke in Ohio.\n\n“The tariffs on steel will protect the mills,” "
             "Donald Trump said.\n\n“Hillary Clinton never protected a single mill,” Trump said.\n"},
    {"id": "s2", "outlet": "Evening Courier", "date": "2016-03-02", "title": "Mills",
     "text": "Mills.\n\nHillary Clinton visited the harbour.\n\n“The mills need trade, not tariffs,” "
             "Hillary Clinton said.\n"},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("questions")
    index = QuoteIndex.open(folder / "index", create=True)
    ingest_paths(index, [str(write_jsonl(folder / "s.jsonl", STORIES))])
    return index


def texts(results):
    return sorted(h.quote.text for h in results.hits)


def test_a_question_finds_the_speakers_quotations(index):
    results = search(index, "What did Trump say about Clinton?")
    assert texts(results) == ["Hillary Clinton never protected a single mill,"]
    assert results.question.description == "Quotations by Donald Trump mentioning Clinton"
    # the words as typed: every quotation with all of them, and there is none
    assert search(index, "What did Trump say about Clinton?", literal=True, relax=False).total == 0


def test_nothing_matching_is_relaxed_and_says_how(index):
    results = search(index, "tariffs zeppelin")
    assert texts(results) == ["The mills need trade, not tariffs,", "The tariffs on steel will protect the mills,"]
    assert results.relaxed == "No quotation has all the words; left out “zeppelin”."
    kept = search(index, "mills", filters={"year": ["1999"]})
    assert kept.total == 3 and "year filter" in kept.relaxed
    assert search(index, "tariffs zeppelin", relax=False).total == 0


def test_the_page_and_the_api_say_how_the_question_was_read(index):
    client = create_app(index.path).test_client()
    page = client.get("/?q=what+did+trump+say+about+clinton").get_data(as_text=True)
    assert "Read as: <strong>Quotations by Donald Trump mentioning clinton</strong>" in page
    assert "literal=1" in page
    literal = client.get("/?q=what+did+trump+say+about+clinton&literal=1").get_data(as_text=True)
    assert "Read as:" not in literal
    data = client.get("/api/search?q=what+did+trump+say+about+clinton").get_json()
    assert data["question"]["speakers"] == [{"id": "donald-trump", "name": "Donald Trump"}]
    assert data["total"] == 1


DID_YOU_MEAN = [
    ("tarifs", "tariffs"),                       # a typo: the index's own, far commoner word
    ("stele mills", "steel mills"),              # two letters swapped is one edit
    ("Clintn", "clinton"),                       # one capitalised word is a word first
    ("Hilary Clintn", 'speaker:"Hillary Clinton"'),   # a name-shaped query: a speaker
    ("unclosed mills", None),                    # a real word the index lacks: no guess
]


@pytest.mark.parametrize("typed, suggestion", DID_YOU_MEAN)
def test_did_you_mean_corrects_words_and_names(index, typed, suggestion):
    assert search(index, typed).did_you_mean == suggestion


MORE_QUESTIONS = [
    # a name inside another proper name is a subject, not a speaker
    ("Trump Tower", None), ("Black Lives Matter", None),
    # an honorific and a misspelt name still find the person
    ("What did Mr. Trump say about mills?", 'mills speaker:"Donald Trump"'),
    ("Hilary Clinton on trade", 'trade speaker:"Hillary Clinton"'),
    ("wat did trump say abot mills", 'mills speaker:"Donald Trump"'),
]


@pytest.mark.parametrize("asked, query", MORE_QUESTIONS)
def test_names_inside_names_honorifics_and_typos(asked, query):
    reading = read_question(asked, REGISTRY, NAMES, today=TODAY)
    if query is None:
        assert reading is None or not reading.speakers
    else:
        assert reading.query == query


def test_a_misspelling_is_corrected_before_anything_is_relaxed(index):
    results = search(index, "Hillary Clinton tarifs")
    assert results.relaxed == "Nothing matched “tarifs”; showing “tariffs” instead."
    assert texts(results) == ["The mills need trade, not tariffs,"]


def test_an_absent_word_and_an_unknown_speaker_are_said(index):
    assert search(index, "zeppelinvogue").message == "No quotation has the word “zeppelinvogue”."
    unknown = search(index, "", filters={"speaker": ["Nobody Known"]})
    assert unknown.total == 0 and "No speaker is called “Nobody Known”." in unknown.message
    honorific = search(index, "", filters={"speaker": ["Mr. Trump"]})
    assert {h.quote.speaker for h in honorific.hits} == {"Donald Trump"}
