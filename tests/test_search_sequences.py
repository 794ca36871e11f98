"""Phrases and quote checks read from the words column find exactly what the
positions find.

Two indexes of the same generated articles: one as ingest writes it now (with
the ``words`` column), one laid out as before the column existed (its schema
has no ``words``: it is answered from the positions). The articles come in many
small batches, so segments are merged; some quotations are reported again by
another article (their records rewritten) and some articles are removed.
"""
import json
import random

import numpy as np
import pytest
from conftest import create_index_without_words, write_jsonl

from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.index.wordseq import FIELD
from quotesearch.search import check_quote, search
from quotesearch.search.query import parse_query
from quotesearch.search.snapshot import reading

COMMON = ["the", "of", "to", "and", "a", "in", "that", "is", "for", "it"]
MIDDLE = ["harbour", "ferry", "line", "plan", "town", "budget", "school", "river", "bridge",
          "tax", "vote", "council", "road", "market", "water", "power", "price", "wage", "union",
          "port", "train", "fund", "court", "park"]
SPEAKERS = ["Ann Lee", "Omar Diaz", "Ruth Park", "Ivan Petrov"]


def _sentence(rng: random.Random, number: int) -> str:
    words = []
    for _ in range(rng.randrange(8, 22)):
        roll = rng.random()
        words.append(rng.choice(COMMON) if roll < 0.55 else rng.choice(MIDDLE) if roll < 0.95
                     else f"rare{number}x{len(words)}")
    if number % 7 == 0:
        words[2:2] = ["one", "of", "the", "best"]
    return " ".join(words).capitalize()


def _articles(n: int = 260) -> list[dict]:
    rng = random.Random(17)
    said: list[tuple[str, str]] = []
    articles = []
    for i in range(n):
        paragraphs = [f"Title {i}."]
        for j in range(3):
            if said and rng.random() < 0.12:
                speaker, text = rng.choice(said)            # reported again elsewhere
            else:
                speaker, text = rng.choice(SPEAKERS), _sentence(rng, i * 3 + j)
                said.append((speaker, text))
            paragraphs.append(f"“{text},” {speaker} said on day {i}.")
        articles.append({"id": f"a{i}", "outlet": f"Outlet {i % 5}", "date": f"2023-{1 + i % 12:02d}-10",
                         "title": f"Title {i}", "text": "\n\n".join(paragraphs) + "\n"})
    return articles


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """(index with the words column, index without it) of the same articles."""
    folder = tmp_path_factory.mktemp("sequences")
    source = write_jsonl(folder / "articles.jsonl", _articles())
    with_words = QuoteIndex.open(folder / "new", create=True)
    without = create_index_without_words(folder / "old")
    for index in (with_words, without):
        ingest_paths(index, [str(source)], batch_size=20)
        for i in (3, 40, 41, 150):
            remove(index, f"a{i}")
    return with_words, without


def _quote_texts(index: QuoteIndex) -> list[str]:
    with index.searcher() as searcher:
        return sorted(json.loads(f["data"])["text"] for f in searcher.all_stored_fields()
                      if f.get("kind") == "quote")


def test_the_fixture_has_merged_segments_rewritten_records_and_removals(indexes):
    with_words, without = indexes
    with with_words.searcher() as searcher:
        readers = [r for r, _ in searcher.reader().leaf_readers()]
        assert 1 < len(readers) < 13                 # 13 batch commits, some merged
        assert all(r.has_column(FIELD) for r in readers if r.doc_count())
        assert any(r.has_deletions() for r in readers)
    with without.searcher() as searcher:
        assert FIELD not in searcher.schema
    assert _quote_texts(with_words) == _quote_texts(without)


# (query, what kind of phrase it is)
PHRASES = [
    ('"of the"', "stop words only"),
    ('"the of"', "stop words, rarely in that order"),
    ('"one of the best"', "all common but planted"),
    ('"one of the"', "all common"),
    ('"the harbour"', "a stop word and a middle word"),
    ('"harbour ferry"', "two middle words"),
    ('"the rare7x4"', "one rare word"),
    ('"rare300x2 of"', "one rare word first"),
    ('"harbour the"~3', "slop"),
    ('"of the to"~4', "slop, stop words only"),
    ('"the the"~2', "a repeated word within a slop"),
    ('"to and"~1', "slop 1 is side by side"),
    ('"nothing matches this"', "words not indexed"),
]


@pytest.mark.parametrize("typed, kind", PHRASES)
def test_a_phrase_finds_the_same_documents_as_the_positions(indexes, typed, kind):
    with_words, _ = indexes
    phrase = parse_query(typed).user_query
    with reading(with_words) as snap:
        sets = snap.docsets()
        found = sets.phrase(phrase.fieldname, list(phrase.words), phrase.slop)
        expected = sets.phrase_by_positions(phrase.fieldname, list(phrase.words), phrase.slop)
    assert found.tolist() == expected.tolist()


def _sampled_phrases(index: QuoteIndex, n: int = 60) -> list[str]:
    """Words of indexed quotations: consecutive runs of 2-4 words, and words a
    few apart with a slop."""
    rng = random.Random(5)
    texts = _quote_texts(index)
    phrases = []
    for _ in range(n):
        words = rng.choice(texts).rstrip(".").lower().split()
        k = rng.choice([2, 3, 4])
        start = rng.randrange(len(words) - k)
        if rng.random() < 0.3:
            phrases.append(f'"{words[start]} {words[start + k]}"~{rng.choice([2, 3, 5])}')
        else:
            phrases.append('"' + " ".join(words[start:start + k]) + '"')
    return phrases


def test_searches_of_sampled_phrases_equal_those_of_an_index_without_the_column(indexes):
    with_words, without = indexes
    nonempty = 0
    for typed in [q for q, _ in PHRASES] + _sampled_phrases(with_words):
        ours, theirs = search(with_words, typed, page_size=50), search(without, typed, page_size=50)
        assert (ours.total, [h.quote.id for h in ours.hits]) == (theirs.total, [h.quote.id for h in theirs.hits]), typed
        nonempty += ours.total > 0
    assert nonempty >= 50


def _remembered(index: QuoteIndex, n: int = 40) -> list[str]:
    rng = random.Random(9)
    texts = _quote_texts(index)
    checks = []
    for _ in range(n):
        words = [w for w in rng.choice(texts).split() if rng.random() > 0.2]
        j = rng.randrange(len(words) - 1)
        words[j], words[j + 1] = words[j + 1], words[j]
        checks.append(" ".join(words))
    # the last has no content word: nothing to go by
    return checks + ["one of the best harbour", "ferry rare12x3 the town", "the of to and"]


def test_quote_checks_equal_those_of_an_index_without_the_column(indexes):
    with_words, without = indexes
    found = 0
    for remembered in _remembered(with_words):
        ours = [(m.quote.id, m.similarity) for m in check_quote(with_words, remembered)]
        theirs = [(m.quote.id, m.similarity) for m in check_quote(without, remembered)]
        assert ours == theirs, remembered
        found += bool(ours)
    assert found >= 40


def test_bm25_from_the_column_equals_bm25_from_the_postings(indexes):
    with_words, _ = indexes
    from quotesearch.search.matching import DocSets
    with reading(with_words) as snap:
        sets, plain = DocSets(snap.searcher, snap.sequences), DocSets(snap.searcher)
        table = snap.facets
        docs = np.flatnonzero(table.live)
        terms = {"the", "of", "harbour", "rare7x4", "on", "absent"}
        assert np.array_equal(sets.bm25(terms, docs, table.length), plain.bm25(terms, docs, table.length))
