"""Segments written by worker processes (`index.segment_batches`): the index a
parallel ingest builds holds exactly what the one-process ingest builds, record
for record and count for count, and its lookups still go to one segment."""
from __future__ import annotations

import json

import pytest
from conftest import SEEDS, WIRE_STORIES, write_jsonl
from test_index_crash import corpus

from quotesearch.index import QuoteIndex, ingest_paths, segment_batches
from quotesearch.index.known import KnownTerms
from quotesearch.index.segment_batches import known_hashes, split
from quotesearch.search import index_stats
from quotesearch.search.facets import FACETS
from quotesearch.search.snapshot import reading


@pytest.mark.parametrize("n, parts, expected", [
    (0, 2, []),
    (3, 2, [3]),                  # too few documents to be worth a second process
    (800, 2, [400, 400]),
    (801, 2, [401, 400]),
    (1200, 2, [600, 600]),
    (1200, 4, [400, 400, 400]),   # no part under MIN_PART_DOCS
    (5000, 1, [5000]),
    (24_999, 2, [12_500, 12_499]),
    (49_999, 2, [49_999]),        # halves would be merged again: one full segment
    (60_000, 2, [30_000, 30_000]),  # a bulk load's commit: two full halves, written at once
    (100_000, 2, [50_000, 50_000]),
    (250_000, 2, [125_000, 125_000]),
])
def test_a_batch_is_cut_into_runs_of_near_equal_length(n, parts, expected):
    runs = split(list(range(n)), parts)
    assert [len(r) for r in runs] == expected
    assert [d for r in runs for d in r] == list(range(n))


def contents(index: QuoteIndex) -> dict:
    """Every stored record and every facet's counts over the live quotations."""
    with index.searcher() as searcher:
        quotes = sorted(json.dumps(q, sort_keys=True) for q in index.iter_kind("quote", searcher))
        articles = sorted(json.dumps(a, sort_keys=True) for a in index.iter_kind("article", searcher))
    with reading(index) as snap:
        facets = {name: snap.facets.value_counts(name, snap.facets.live) for name in FACETS}
    return {"quotes": quotes, "articles": articles, "facets": facets, "stats": index_stats(index)}


def ingest_history(folder, jobs: int, tmp_path) -> QuoteIndex:
    """Seeds and wire stories, then a corpus with cross-outlet duplicates in
    small batches, then part of it edited (replacements and removals). The
    files are written in ``tmp_path``, the same for every index compared (the
    records keep their paths)."""
    index = QuoteIndex.open(folder, create=True)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    first = corpus(40)
    council = write_jsonl(tmp_path / "council.jsonl", first)
    edited = [dict(a, text=a["text"].replace("a member of the council", "the council's chair"))
              if i % 3 == 0 else a for i, a in enumerate(first)]
    ingest_paths(index, [str(SEEDS), str(stories)], jobs=jobs)
    ingest_paths(index, [str(council)], jobs=jobs, batch_size=6)
    write_jsonl(tmp_path / "council.jsonl", edited)
    report = ingest_paths(index, [str(council)], jobs=jobs, batch_size=5)
    assert report.replaced > 0
    return index


@pytest.fixture
def small_parts(monkeypatch):
    # cut even these small batches into several segments, as big batches are
    monkeypatch.setattr(segment_batches, "MIN_PART_DOCS", 3)


def test_a_parallel_ingest_builds_the_index_a_one_process_ingest_builds(tmp_path, small_parts):
    alone = ingest_history(tmp_path / "one", 1, tmp_path)
    parallel = ingest_history(tmp_path / "two", 2, tmp_path)
    expected = contents(alone)
    assert expected["quotes"] and expected["facets"]["speaker"]
    assert contents(parallel) == expected
    with alone.searcher() as a, parallel.searcher() as b:
        # the work really was cut: more segments, the same documents
        assert len(b.reader().leaf_readers()) > len(a.reader().leaf_readers())


def test_each_worker_segments_terms_are_known_to_be_in_it(tmp_path, small_parts):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    ingest_paths(index, [str(SEEDS), str(stories)], jobs=2)
    with index.searcher() as searcher:
        reader = searcher.reader()
        leaves = reader.leaf_readers()
        assert len(leaves) > 1
        known = KnownTerms(reader, index.path)       # the hashes the ingest saved
        assert not known.always                       # no segment searched for every term
        for leaf, _ in leaves:
            for term in leaf.lexicon("id"):
                term = term.decode() if isinstance(term, bytes) else term
                places = known.places("id", term)
                assert [p for p, _ in places] == [leaf]


def test_known_hashes_cover_ids_source_keys_and_signatures():
    documents = [{"id": "a:1", "file": "url:https://x.example/1"},
                 {"id": "q:2", "dupsig": "m1 m2", "file": None}]
    hashes = set(known_hashes(documents).tolist())
    from quotesearch.index.known import term_hash
    assert hashes == {term_hash("id", "a:1"), term_hash("file", "url:https://x.example/1"),
                      term_hash("id", "q:2"), term_hash("dupsig", "m1"), term_hash("dupsig", "m2")}
