"""Topic labels: subjects a person would pick, from the quotation's own words."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from quotesearch.extract import extract_article
from quotesearch.index.topics import (STOPWORDS, TopicFileError, TopicLabeller, parse_topic_file)
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
