"""Adding up the shards' parts (`quotesearch.search.shard_merge`): facet lists
cut and ordered as one index's, hits merged by their sort keys as one full sort
would order them, and every shard's own value ids mapped onto one vocabulary
(the counts summed over it equal one index's)."""
from __future__ import annotations

import random

import numpy as np
import pytest
from conftest import SEEDS, WIRE_STORIES, write_jsonl

from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.sharded import ShardedIndex
from quotesearch.index.sharded import ingest_paths as ingest_sharded_paths
from quotesearch.search import search
from quotesearch.search.shard_merge import (
    BY_VALUE,
    ShardVocabularies,
    best_hits,
    ordered,
)
from quotesearch.search.shard_part import (
    Collection,
    ShardPart,
    ShardRequest,
    ShardSearcher,
)
from quotesearch.search.snapshot import reading
from quotesearch.search.speakers import registry

VALUES = ["Harbor Times", "Global Wire", "Coastal Daily", "Agence", "Bay News"]

# (counts by id, selected, limit, newest first) -> the facet as (value, count, selected)
ORDERED = [
    ([3, 5, 0, 1, 5], [], 10, False,
     [("Bay News", 5, False), ("Global Wire", 5, False), ("Harbor Times", 3, False), ("Agence", 1, False)]),
    # the cut falls between values tied by count by name, not by id
    ([2, 2, 2, 0, 2], [], 2, False, [("Bay News", 2, False), ("Coastal Daily", 2, False)]),
    # a selected value stays listed, at 0 when nothing matches it
    ([1, 0, 0, 0, 0], ["Agence", "Harbor Times"], 5, False,
     [("Harbor Times", 1, True), ("Agence", 0, True)]),
    ([0, 0, 0, 0, 0], [], 5, False, []),
]


@pytest.mark.parametrize("counts, selected, limit, newest, expected", ORDERED)
def test_a_facet_is_ordered_by_count_then_value_and_cut(counts, selected, limit, newest, expected):
    got = ordered(np.array(counts), VALUES, selected, limit, newest_first=newest)
    assert [(v.value, v.count, v.selected) for v in got] == expected


def test_years_are_listed_newest_first_whatever_their_counts():
    got = ordered(np.array([4, 9, 1]), ["2019", "2021", "2020"], [], 30, newest_first=True)
    assert [(v.value, v.count) for v in got] == [("2021", 9), ("2020", 1), ("2019", 4)]


class Keys:
    """A part's best hits as `best_hits` reads them (sort key columns, best first)."""

    def __init__(self, rows):
        rows = sorted(rows)
        self.scores = np.array([-r[0] for r in rows], dtype=np.float32)
        self.ranks = np.array([r[1] for r in rows], dtype=np.int64)
        self.keys = np.array([r[2] for r in rows], dtype=np.uint64)
        self.docs = np.array([r[3] for r in rows], dtype=np.int64)


@pytest.mark.parametrize("seed", range(5))
def test_hits_merge_as_one_sort_of_every_shards_keys(seed):
    rng = random.Random(seed)
    # scores and dates with many ties; keys distinct, as quotation ids are
    rows = [(-float(rng.choice([0.5, 1.25, 2.0, 3.5])), -rng.choice([20190101, 20200202, 0]),
             rng.getrandbits(63) * 2 + 1, doc) for doc in range(120)]
    shards = [rows[i::3] for i in range(3)]
    parts = [(n, Keys(part)) for n, part in enumerate(shards)]
    everything = sorted((row, n) for n, part in enumerate(shards) for row in part)
    for start, size in ((0, 20), (20, 20), (100, 30), (119, 5)):
        expected = [(n, row[3], -row[0]) for row, n in everything[start:start + size]]
        assert best_hits(parts, start, size) == expected


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    root = tmp_path_factory.mktemp("merge-inputs")
    write_jsonl(root / "wire.jsonl", WIRE_STORIES)
    inputs = [str(SEEDS), str(root / "wire.jsonl")]
    single = QuoteIndex.open(root / "single", create=True)
    ingest_paths(single, inputs)
    sharded = ShardedIndex.open(root / "sharded", create=True, shards=3)
    ingest_sharded_paths(sharded, inputs)
    return single, sharded


def parts_of(searchers: list[ShardSearcher], registry) -> list[tuple[int, ShardPart]]:
    for searcher in searchers:
        searcher.use_registry(1, registry)
    request = ShardRequest("", {}, "newest", 5, Collection(1, 1.0, {}), 1)
    return [(n, s.part(request)) for n, s in enumerate(searchers)]


def test_every_shards_value_ids_sum_onto_one_vocabulary_as_one_index_counts(indexes):
    single, sharded = indexes
    searchers = [ShardSearcher(shard.path) for shard in sharded.shards]
    # each shard numbers its values in the order it met them: not the same order
    with reading(sharded.shards[0]) as snap:
        any_registry = registry(snap)
    vocabularies = ShardVocabularies()
    asked = []

    def fetch(number):
        def ask(name, start):
            asked.append((number, name, start))
            return searchers[number].vocabulary(name, start)
        return ask
    parts = parts_of(searchers, any_registry)
    for number, part in parts:
        vocabularies.learn(number, part, fetch(number))
    with reading(single) as snap:
        table = snap.facets
        for name in BY_VALUE:
            summed = vocabularies.summed(name, [(n, p.facets[name]) for n, p in parts])
            expected = table.value_counts(name, table.live)
            got = {v: int(c) for v, c in zip(vocabularies.values(name), summed) if c}
            assert got == expected, name
    # known values are not asked again; a shard opened afresh is learnt afresh
    before = len(asked)
    for number, part in parts:
        vocabularies.learn(number, part, fetch(number))
    assert len(asked) == before
    searchers[1] = ShardSearcher(sharded.shards[1].path)
    again = dict(parts_of(searchers, any_registry))[1]
    vocabularies.learn(1, again, fetch(1))
    assert {(n, start) for n, _, start in asked[before:]} == {(1, 0)}
    assert len(asked) - before == sum(1 for name in BY_VALUE if again.facets[name].size)


def test_a_shard_that_knows_no_value_of_a_facet_merges_as_nothing(tmp_path):
    single = QuoteIndex.open(tmp_path / "single", create=True)
    ingest_paths(single, [str(SEEDS)])
    # the seeds' few speakers over many shards: some shards hold no quotation at all
    sharded = ShardedIndex.open(tmp_path / "sharded", create=True, shards=8)
    ingest_sharded_paths(sharded, [str(SEEDS)])
    for query in ("cooperation", ""):
        ours, theirs = search(sharded, query), search(single, query)
        assert (ours.total, ours.facets, ours.timeline) == (theirs.total, theirs.facets, theirs.timeline)
