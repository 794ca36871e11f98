"""Counts kept per segment (`search.segment_counts`): the closing summary of
``ingest`` sums them and equals the count over the whole index
(`index_stats` without sources) through batches, replacements, removals and
both ingest paths; a segment whose deletions changed since it was counted is
counted again; a segment written by a worker comes with its facet arrays and
counts, equal to what reading its facets column gives."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest
from conftest import SEEDS, WIRE_STORIES, write_jsonl
from test_index_segment_batches import ingest_history, small_parts  # noqa: F401 - fixture

from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.search import index_stats
from quotesearch.search.facets import MULTI, SINGLE, SegmentCache
from quotesearch.search.segment_counts import SUFFIX, best_kind, closing_stats


@pytest.mark.parametrize("kinds, expected", [
    ({}, None),
    ({"person": 3}, "person"),
    ({"person": 3, "organisation": 1}, "person"),
    ({"person": 1, "organisation": 3}, "organisation"),
    # a tie goes to the first by name, whatever order the kinds were read in
    ({"person": 2, "organisation": 2}, "organisation"),
    ({"organisation": 2, "person": 2}, "organisation"),
])
def test_a_speaker_string_takes_the_kind_most_of_its_quotations_give(kinds, expected):
    assert best_kind(kinds) == expected


def kept_counts(index: QuoteIndex) -> dict[str, dict]:
    folder = os.path.join(index.path, "facets")
    return {name[:-len(SUFFIX)]: json.loads(open(os.path.join(folder, name)).read())
            for name in os.listdir(folder) if name.endswith(SUFFIX)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_closing_summary_equals_the_count_over_the_whole_index(tmp_path, small_parts, jobs):  # noqa: F811
    index = ingest_history(tmp_path / "index", jobs, tmp_path)
    with index.searcher() as searcher:
        assert any(leaf.has_deletions() for leaf, _ in searcher.reader().leaf_readers())
    summary = closing_stats(index)
    assert summary.quotes and summary.speakers and summary.outlets and summary.first_date
    assert summary == index_stats(index, count_sources=False)
    # read again from the kept counts, in a fresh process's state
    assert closing_stats(QuoteIndex.open(index.path)) == summary
    # no files are kept for segments merged away
    with index.searcher() as searcher:
        live = {leaf.segment().segment_id() for leaf, _ in searcher.reader().leaf_readers()}
    assert {name.split(".", 1)[0] for name in os.listdir(os.path.join(index.path, "facets"))} == live


def test_a_segment_whose_deletions_changed_is_counted_again(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    ingest_paths(index, [str(SEEDS), str(stories)])
    before = closing_stats(index)
    kept = kept_counts(index)
    assert kept and all(c["deleted"] == 0 for c in kept.values())
    assert remove(index, str(min(SEEDS.iterdir())))
    after = closing_stats(QuoteIndex.open(index.path))
    assert after.articles == before.articles - 1 and after.quotes < before.quotes
    assert after == index_stats(QuoteIndex.open(index.path), count_sources=False)
    assert any(c["deleted"] > 0 for c in kept_counts(index).values())


def test_a_worker_writes_the_arrays_its_segment_column_gives(tmp_path, small_parts):  # noqa: F811
    index = QuoteIndex.open(tmp_path / "index", create=True)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    ingest_paths(index, [str(SEEDS), str(stories)], jobs=2)
    kept = kept_counts(index)          # written by the workers, before any summary
    saved, column = SegmentCache(index.path), SegmentCache(None)
    with index.searcher() as searcher:
        leaves = searcher.reader().leaf_readers()
        assert len(leaves) > 1
        for leaf, _ in leaves:
            key = leaf.segment().segment_id()
            assert key in kept
            written, read = saved._load(key), column._read(leaf)
            assert written is not None
            for name in ("quote", "date", "length", "key"):
                assert np.array_equal(getattr(written, name), getattr(read, name)), name
            for name in SINGLE:
                assert [saved.vocabularies[name].values[i] if i >= 0 else None
                        for i in written.single[name]] == \
                    [column.vocabularies[name].values[i] if i >= 0 else None
                     for i in read.single[name]], name
            for name in MULTI:
                assert np.array_equal(written.multi[name][0], read.multi[name][0]), name
                assert [saved.vocabularies[name].values[i] for i in written.multi[name][1]] == \
                    [column.vocabularies[name].values[i] for i in read.multi[name][1]], name


def test_no_files_are_kept_for_segments_merged_away(tmp_path, small_parts):  # noqa: F811
    index = QuoteIndex.open(tmp_path / "index", create=True)
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    # a commit per article: the segment writers' segments are merged by later commits
    ingest_paths(index, [str(SEEDS), str(stories)], jobs=2, batch_size=1)
    closing_stats(index)
    with index.searcher() as searcher:
        live = {leaf.segment().segment_id() for leaf, _ in searcher.reader().leaf_readers()}
    assert {name.split(".", 1)[0] for name in os.listdir(os.path.join(index.path, "facets"))} == live
