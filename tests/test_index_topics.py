"""Topic labels: subjects a person would pick, from the quotation's own words."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from quotesearch.extract import extract_article
from quotesearch.index.topic_words import ends_like_a_noun, singular_phrase
from quotesearch.index.topics import (STOPWORDS, TopicFileError, TopicLabeller, parse_topic_file, person_words)
from quotesearch.ingest import read_articles
from quotesearch.records import Article


@pytest.fixture(scope="module")
def seed_topics() -> dict[str, list[tuple[str, list[str]]]]:
    labeller = TopicLabeller()
    found = {}
    for article in read_articles([str(SEEDS)]):
        extracted = extract_article(article)
        found[article.file] = [(q.text, t) for q, t in zip(extracted.quotes, labeller.label_article(extracted))]
    return found


def labels_of(seed_topics, words):
    for quotes in seed_topics.values():
        for text, labels in quotes:
            if words in text:
                return labels
    raise AssertionError(f"no seed quotation contains {words!r}")


@pytest.mark.parametrize("quotation_words, expected_label", [
    ("bilateral trade, the long-term positive trend", "bilateral trade"),
    ("Russian President Vladimir Putin's visit to China during the Beijing", "Beijing Winter Olympics"),
    ("political settlement is the right way", "political settlement"),
    ("strategic partnership between China and Russia", "strategic partnership"),
])
def test_seed_quotations_get_the_subjects_a_reader_would_pick(seed_topics, quotation_words, expected_label):
    assert expected_label in labels_of(seed_topics, quotation_words)


def test_labels_are_never_stop_words_speakers_or_fragments(seed_topics):
    speakers = {"Zhang Hanhui", "Xi Jinping", "Li Haidong", "Alexey Solodov", "Vasily Kashin"}
    for quotes in seed_topics.values():
        for _, labels in quotes:
            assert len(labels) <= 3
            for label in labels:
                words = label.lower().split()
                assert words[0] not in STOPWORDS and words[-1] not in STOPWORDS, label
                assert label not in speakers, label
                assert label[0].isalpha(), label


def test_most_seed_quotations_get_a_topic(seed_topics):
    labelled = [bool(labels) for quotes in seed_topics.values() for _, labels in quotes]
    assert sum(labelled) / len(labelled) > 0.9


TOPIC_FILE = """
# named topics for a harbour desk
Port expansion: container terminal, shipping agreement
Fisheries: fishing, quota
"""


def test_named_topics_take_precedence_over_automatic_labels():
    named = parse_topic_file(TOPIC_FILE)
    assert [t.name for t in named] == ["Port expansion", "Fisheries"]
    article = Article(id="t1", text=(
        "Port deal\n\n\"This agreement will double the capacity of our container terminal,\" "
        "said Maria Lindqvist.\n\n\"The fishing quotas are too low,\" said Anna Holm.\n\n"
        "\"The weather was kind to the regatta,\" said Tomas Berg.\n"))
    extracted = extract_article(article)
    labels = TopicLabeller(named).label_article(extracted)
    by_speaker = {q.speaker: l for q, l in zip(extracted.quotes, labels)}
    assert by_speaker["Maria Lindqvist"] == ["Port expansion"]
    assert by_speaker["Anna Holm"] == ["Fisheries"]          # "quotas" matches the keyword "quota"
    assert "Port expansion" not in by_speaker["Tomas Berg"]  # automatic labels where none match


@pytest.mark.parametrize("bad", ["Only a name", ": no name, here", "Name:", "Name: ,,"])
def test_a_malformed_topic_file_is_refused_with_its_line_number(bad):
    with pytest.raises(TopicFileError, match="line 2"):
        parse_topic_file("Good: keyword\n" + bad)


# -- subjects, not names, titles, empty nouns or fragments ------------------------

def topics_of(text: str) -> list[list[str]]:
    extracted = extract_article(Article(id="t", text=text))
    assert extracted.quotes, "the example must have quotations"
    return TopicLabeller().label_article(extracted)


def all_topics_of(text: str) -> set[str]:
    return {t for labels in topics_of(text) for t in labels}


EMAILS = (
    "Lee emails under review\n\n"
    "Ann Lee relied on a private email server while she ran the State Department. "
    "The emails were reviewed by the FBI.\n\n"
    "\"The emails on her server were never marked classified,\" said Brian Fallon.\n\n"
    "\"Her email server akin to a vault was a mistake,\" said Reince Priebus.\n\n"
    "\"We made a decision to focus on the reality of the email practices,\" said Sen. "
    "Bernie Sanders. \"Folks are tired of hearing about emails.\"\n")

IMMIGRATION = (
    "Candidates clash on immigration\n\n"
    "Sen. Ted Cruz and Gov. John Kasich spoke about immigration and the border wall. "
    "Rep. Steve King backed the border wall.\n\n"
    "\"Immigration reform starts with the border wall and the immigration courts,\" said Gov. "
    "John Kasich.\n\n"
    "\"Illegal immigration costs taxpayers, and the border wall will stop it,\" said Sen. Ted Cruz.\n\n"
    "\"The Obama administration failed on immigration policies,\" said Rep. Steve King.\n")


@pytest.mark.parametrize("text, expected", [
    (EMAILS, "email"),                   # "emails" and "email" one topic, the singular form
    (IMMIGRATION, "immigration"),
    (IMMIGRATION, "border wall"),
])
def test_subjects_are_labels_in_their_singular_form(text, expected):
    assert expected in all_topics_of(text)


@pytest.mark.parametrize("text, not_a_topic", [
    (EMAILS, "emails"),                  # plural split from singular
    (EMAILS, "Sen"), (IMMIGRATION, "Sen"), (IMMIGRATION, "Gov"), (IMMIGRATION, "Rep"),
    (EMAILS, "Ann Lee"), (EMAILS, "Lee"), (EMAILS, "Bernie Sanders"),
    (IMMIGRATION, "Obama"),              # "the Obama administration": a person
    (IMMIGRATION, "Ted Cruz"), (IMMIGRATION, "Cruz"), (IMMIGRATION, "Kasich"),
    (EMAILS, "decision"), (EMAILS, "focus"), (EMAILS, "reality"), (EMAILS, "folks"),
    (EMAILS, "folk"),
    (EMAILS, "email server akin"), (EMAILS, "server akin"),   # fragments: no noun at the end
    (IMMIGRATION, "immigration policies"),                     # the singular, if at all
])
def test_titles_names_empty_nouns_and_fragments_are_never_topics(text, not_a_topic):
    assert not_a_topic not in all_topics_of(text)


@pytest.mark.parametrize("word, expected", [
    ("emails", "email"), ("Emails", "Email"), ("policies", "policy"), ("taxes", "tax"),
    ("voters", "voter"), ("Muslims", "Muslim"), ("Clintons", "Clinton"), ("women", "woman"),
    ("news", "news"), ("politics", "politics"), ("species", "species"), ("ISIS", "ISIS"),
    ("congress", "congress"), ("crisis", "crisis"), ("economy", "economy"), ("gas", "gas"),
    ("business", "business"), ("Texas", "Texas"), ("United States", "United States"),
    ("email servers", "email server"),
])
def test_singular_is_one_form_for_singular_and_plural(word, expected):
    assert singular_phrase(word) == expected


@pytest.mark.parametrize("word, noun", [
    ("server", True), ("wall", True), ("initiative", True), ("meeting", True), ("tax", True),
    ("akin", False), ("aware", False), ("clear", False), ("dangerous", False),
    ("quickly", False), ("respectful", False), ("possible", False),
])
def test_a_phrase_ends_with_a_noun(word, noun):
    assert ends_like_a_noun(word) is noun


def test_names_of_people_the_article_gives_are_known_as_names():
    text = ("Republican Donald J. Trump met Sen. Bernie Sanders. The Obama administration "
            "and the Clinton campaign said nothing. The New York Times covered it.")
    assert {"donald", "trump", "bernie", "sanders", "obama", "clinton"} <= person_words(text)
    assert not {"new", "york", "times", "republican"} & person_words(text)
