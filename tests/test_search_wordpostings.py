"""Quote checks from the words column's posting arrays find exactly what they
found from Whoosh's posting lists.

Two indexes of the same articles (a few thousand generated quotations and the
seed articles): one as ingest writes it now (with the ``words`` column, checked
from its posting arrays), one laid out as before the column existed (checked
from Whoosh's posting lists, as every check was). The articles come in many
small batches, so segments are merged; some quotations are reported again by
another article, some articles are removed, and one sentence is quoted from
sixty different people, so that more quotations tie for the last of the forty
candidates than there are places.
"""
import os
import random

import numpy as np
import pytest
from conftest import SEEDS, create_index_without_words, write_jsonl

from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.index.schema import TEXT_ANALYZER
from quotesearch.search import check as checking
from quotesearch.search import check_quote
from quotesearch.search.matching import DocSets
from quotesearch.search.snapshot import reading
from quotesearch.search.wordpostings import FOLDER, PostingsCache, invert, word_postings

COMMON = ["the", "of", "to", "and", "a", "in", "that", "is", "for", "it", "we", "will"]
MIDDLE = ["harbour", "ferry", "line", "plan", "town", "budget", "school", "river", "bridge",
          "tax", "vote", "council", "road", "market", "water", "power", "price", "wage",
          "union", "port", "train", "fund", "court", "park", "hospital", "nurse", "teacher",
          "farm", "factory", "energy", "climate", "border", "police", "election", "minister",
          "mayor", "housing", "rent"]
SPEAKERS = [f"{first} {last}" for first in ("Ann", "Omar", "Ruth", "Ivan", "Mei", "Kofi")
            for last in ("Lee", "Diaz", "Park", "Petrov", "Okafor")]
SHARED = "The harbour ferry plan will cost the town far too much"


def _sentence(rng: random.Random, number: int) -> str:
    words = []
    for _ in range(rng.randrange(6, 26)):
        roll = rng.random()
        words.append(rng.choice(COMMON) if roll < 0.45 else rng.choice(MIDDLE) if roll < 0.93
                     else f"rare{number % 400}w{len(words) % 3}")
    return " ".join(words).capitalize()


def _articles(n: int = 700) -> list[dict]:
    rng = random.Random(23)
    said: list[tuple[str, str]] = []
    articles = []
    for i in range(n):
        paragraphs = [f"Report {i}."]
        for j in range(3):
            if i < 60 and j == 0:
                speaker, text = f"Speaker Number{i}", SHARED       # one sentence, sixty people
            elif said and rng.random() < 0.1:
                speaker, text = rng.choice(said)                  # reported again elsewhere
            else:
                speaker, text = rng.choice(SPEAKERS), _sentence(rng, i * 3 + j)
                said.append((speaker, text))
            paragraphs.append(f"“{text},” {speaker} said on day {i}.")
        articles.append({"id": f"g{i}", "outlet": f"Outlet {i % 7}",
                         "date": f"20{10 + i % 12}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                         "title": f"Report {i}", "text": "\n\n".join(paragraphs) + "\n"})
    return articles


REMOVED = ("g5", "g70", "g300")


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """(index with the words column, index without it) of the same articles."""
    folder = tmp_path_factory.mktemp("wordpostings")
    source = write_jsonl(folder / "articles.jsonl", _articles())
    with_words = QuoteIndex.open(folder / "new", create=True)
    without = create_index_without_words(folder / "old")
    for index in (with_words, without):
        ingest_paths(index, [str(SEEDS)])
        ingest_paths(index, [str(source)], batch_size=200)
        for article in REMOVED:
            remove(index, article)
    return with_words, without


def _quote_texts(index: QuoteIndex) -> list[str]:
    import json
    with index.searcher() as searcher:
        return sorted(json.loads(f["data"])["text"] for f in searcher.all_stored_fields()
                      if f.get("kind") == "quote")


def _remembered(index: QuoteIndex, n: int = 120) -> list[str]:
    """Indexed quotations with words dropped and two swapped, as bench/index_search.py
    draws them, and a few made up."""
    rng = random.Random(5)
    texts = _quote_texts(index)
    checks = []
    for _ in range(n):
        words = [w for w in rng.choice(texts).split() if rng.random() > 0.2]
        if len(words) > 3:
            j = rng.randrange(len(words) - 1)
            words[j], words[j + 1] = words[j + 1], words[j]
        checks.append(" ".join(words))
    return checks + [
        SHARED, "harbour ferry plan too much", "the of to and", "zzzz qqqq", "",
        "hospital nurse rare17w1 rare18w2 the town", "Port deal signed",
    ]


def test_the_fixture_has_segments_merged_removals_and_a_tie_past_forty(indexes):
    with_words, without = indexes
    with reading(with_words) as snap:
        readers = [r for r, _ in snap.docsets().leaves]
        assert len(readers) > 1
        assert any(r.has_deletions() for r in readers)
        assert int(snap.facets.live.sum()) > 1800
    assert _quote_texts(with_words) == _quote_texts(without)
    shared = [t for t in _quote_texts(with_words) if t.rstrip(",") == SHARED]
    assert len(shared) == 60 - sum(int(a[1:]) < 60 for a in REMOVED)


def test_quote_checks_equal_those_read_from_the_posting_lists(indexes):
    with_words, without = indexes
    found = 0
    for remembered in _remembered(with_words):
        ours = [(m.quote.id, m.similarity) for m in check_quote(with_words, remembered, limit=10)]
        theirs = [(m.quote.id, m.similarity) for m in check_quote(without, remembered, limit=10)]
        assert ours == theirs, remembered
        found += bool(ours)
    assert found >= 110
    with reading(with_words) as snap:
        assert word_postings(snap) is not None          # the arrays answered
    with reading(without) as snap:
        assert word_postings(snap) is None              # the posting lists answered


def test_candidates_and_scores_equal_those_of_the_posting_lists_to_the_bit(indexes):
    with_words, _ = indexes
    with reading(with_words) as snap:
        posted = word_postings(snap)
        for remembered in _remembered(with_words, 40):
            content = [w for w in checking._stems(remembered) if w not in checking._FILLER]
            ours = checking._scored_from_arrays(snap, posted, content)
            theirs = checking._scored_from_postings(snap, content)
            if theirs[0] is None:
                assert ours[0] is None
                continue
            assert np.array_equal(ours[0], theirs[0]) and np.array_equal(ours[1], theirs[1]), remembered


def test_a_words_document_count_is_whooshs_before_and_after_its_list_is_read(indexes):
    # Whoosh's filter of deleted documents steps a list past those it starts
    # with; read from there, a list lacked them and the word's count (BM25's
    # idf) changed once a search had read it
    with_words, _ = indexes
    with reading(with_words) as snap:
        words = sorted({t.text for text in _quote_texts(with_words) for t in TEXT_ANALYZER(text)})
        sets = DocSets(snap.searcher)
        before = {w: sets.doc_frequency("text", w) for w in words}
        for w in words:
            sets.postings("text", w)
        after = {w: sets.doc_frequency("text", w) for w in words}
        arrays = word_postings(snap).lookup(words)
    assert after == before
    assert {w: len(arrays[w][0]) for w in words} == before


def test_the_arrays_hold_each_words_posting_list_for_every_live_document(indexes):
    # a deleted document may keep its column value where Whoosh's list dropped
    # it (a record replaced in the batch that wrote it): the check never looks
    # at deleted documents, and takes document frequencies from Whoosh
    with_words, _ = indexes
    words = sorted({t.text for text in _quote_texts(with_words)[::7] for t in TEXT_ANALYZER(text)})
    with reading(with_words) as snap:
        live = snap.facets.live
        plain = DocSets(snap.searcher)           # Whoosh's posting lists, no column
        found = word_postings(snap).lookup(words + ["notaword"])
        for word in words:
            ids, weights = plain.postings("text", word)
            ours = live[found[word][0]]
            theirs = live[ids]
            assert np.array_equal(found[word][0][ours], ids[theirs]), word
            assert np.array_equal(found[word][1][ours].astype(np.float32), weights[theirs]), word
        assert not len(found["notaword"][0])


def test_arrays_saved_in_the_index_folder_load_as_built_and_stale_ones_go(indexes, tmp_path):
    with_words, _ = indexes
    with reading(with_words) as snap:
        word_postings(snap)
        leaves = snap.docsets().leaves
        keep = {r.segment().segment_id() for r, _ in leaves}
        saved = os.path.join(with_words.path, FOLDER)
        assert {f"{k}.npz" for k in keep} == set(os.listdir(saved))
        cache = PostingsCache(with_words.path)            # another process's view
        for reader, _ in leaves:
            loaded = cache._load(reader.segment().segment_id())
            built = invert(snap.sequences.of(reader))
            for name in ("terms", "starts", "docs", "counts"):
                assert np.array_equal(getattr(loaded, name), getattr(built, name)), name
    stale = os.path.join(saved, "gone_segment.npz")
    open(stale, "wb").close()
    PostingsCache(with_words.path).forget_except(keep)
    assert not os.path.exists(stale) and len(os.listdir(saved)) == len(keep)


def test_a_damaged_saved_file_is_rebuilt(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)])
    with reading(index) as snap:
        reader = snap.docsets().leaves[0][0]
        key = reader.segment().segment_id()
        os.makedirs(os.path.join(index.path, FOLDER))
        with open(os.path.join(index.path, FOLDER, f"{key}.npz"), "wb") as f:
            f.write(b"PK\x03\x04 cut short")
        cache = PostingsCache(index.path)
        assert cache._load(key) is None
        words = snap.sequences.of(reader)
        assert np.array_equal(cache.of(reader, words).terms, invert(words).terms)
    assert check_quote(index, "strengthen bilateral cooperation")


# (text, why it is there): the check's own tokenising must give the analyser's terms
TEXTS = [
    ("Russia's back-to-back support", "inner apostrophe and hyphens"),
    ("We’re DOUBLING the capacity", "curly apostrophe, capitals, stemming"),
    ("", "nothing"),
    ("--- ... !!!", "no word at all"),
    ("Ça coûte 3,5 millions d'euros", "accents, digits, a comma inside a number"),
    ("don't 'quoted' words’", "quotes around words"),
    ("naïve café straße", "non-ASCII letters"),
]


@pytest.mark.parametrize("text, why", TEXTS)
def test_stems_are_the_analysers_terms(text, why):
    assert checking._stems(text) == [t.text for t in TEXT_ANALYZER(text)]
    assert checking._stems(text) == [t.text for t in TEXT_ANALYZER(text)]   # from the memo
