"""Facet arrays: saved per segment, reloaded by other processes, never stale."""
from __future__ import annotations

import os

from conftest import SEEDS, WIRE_STORIES, write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.search import search


def counts(index: QuoteIndex, query: str = "") -> dict:
    results = search(index, query, facet_limit=10_000)
    return {name: {v.value: v.count for v in values} for name, values in results.facets.items()}


def test_saved_arrays_give_the_same_counts_as_the_column(tmp_path):
    folder = tmp_path / "index"
    ingest_paths(QuoteIndex.open(folder, create=True), [str(SEEDS)])
    first = counts(QuoteIndex.open(folder))              # builds and saves the arrays
    saved = os.listdir(folder / "facets")
    assert any(name.endswith(".npz") for name in saved)
    again = counts(QuoteIndex.open(folder))               # a new reader loads them
    assert again == first
    for name in saved:                                    # and without them, the same again
        os.remove(folder / "facets" / name)
    assert counts(QuoteIndex.open(folder)) == first


def test_arrays_follow_new_segments_and_removals(tmp_path):
    folder = tmp_path / "index"
    index = QuoteIndex.open(folder, create=True)
    ingest_paths(index, [str(SEEDS)])
    before = counts(index)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    ingest_paths(index, [str(stories)])
    after = counts(index)
    assert after["outlet"]["Bay Courier"] == 4 and "Bay Courier" not in before["outlet"]
    remove(index, str(stories))
    assert counts(index) == before
    assert counts(QuoteIndex.open(folder)) == before
    segments = {n.split(".")[0] for n in os.listdir(folder / "facets")}
    assert len(segments) <= len([n for n in os.listdir(folder) if n.endswith(".seg")]) + 1
