"""One shard's part of a search (`quotesearch.search.shard_part`): counts as
compact arrays, the best hits as document numbers with their sort keys (the
same as searching the shard alone when given its own statistics), and a part
planned at another generation of the shard refused as `Stale`."""
from __future__ import annotations

import json

import numpy as np
import pytest
from test_search_fanout import generated_articles

from quotesearch.index import QuoteIndex
from quotesearch.index.build import index_extracted
from quotesearch.search import search
from quotesearch.search.query import parse_query
from quotesearch.search.shard_part import (
    Collection,
    Counts,
    ShardPart,
    ShardRequest,
    ShardSearcher,
    Stale,
)
from quotesearch.search.snapshot import reading
from quotesearch.search.speakers import registry

# counts by id -> (ids sent, counts sent): sparse when under half are nonzero
COMPACT = [
    ([0, 0, 0, 5, 0, 0], [3], [5]),
    ([2, 0, 1], None, [2, 0, 1]),
    ([4, 4], None, [4, 4]),
    ([0, 0, 0, 0], [], []),
    ([], None, []),
]


@pytest.mark.parametrize("counts, ids, sent", COMPACT)
def test_counts_are_sent_sparse_when_few_are_nonzero(counts, ids, sent):
    compact = Counts.of(np.array(counts, dtype=np.int64))
    assert compact.size == len(counts)
    assert (None if compact.ids is None else compact.ids.tolist()) == ids
    assert compact.counts.tolist() == sent
    total = np.zeros(len(counts), dtype=np.int64)
    compact.add_to(total)
    assert total.tolist() == counts


def test_counts_add_into_another_numbering():
    total = np.zeros(5, dtype=np.int64)
    Counts.of(np.array([0, 7, 0, 0, 0, 0])).add_to(total, np.array([4, 2, 0, 1, 3, 3 - 3]))
    Counts.of(np.array([1, 2])).add_to(total, np.array([2, 4]))
    assert total.tolist() == [0, 0, 8, 0, 2]


@pytest.fixture(scope="module")
def shard(tmp_path_factory):
    index = QuoteIndex.open(tmp_path_factory.mktemp("shard") / "index", create=True)
    index_extracted(index, generated_articles(600))
    return index


def own_request(index, query: str, sort: str, limit: int, **extra) -> ShardRequest:
    """A request scored with the shard's own statistics, as if it were the whole index."""
    searcher = ShardSearcher(index.path)
    overview = searcher.overview()
    with reading(index) as snap:
        frequencies = {t: snap.docsets()._frequency("text", t)
                       for t in parse_query(query).text_terms}
    searcher.use_registry(1, _registry(index))
    return searcher, ShardRequest(query, {}, sort, limit,
                                  Collection(overview.documents, overview.length / overview.documents,
                                             frequencies), 1, **extra)


# (query, sort, page): words ranked, browsing by date both ways, later pages
BEST = [("government", "relevance", 1), ("the", "relevance", 3), ("", "newest", 2),
        ("", "oldest", 1), ("minister OR president", "relevance", 2), ("state", "newest", 1)]


@pytest.mark.parametrize("query, sort, page", BEST)
def test_a_parts_best_hits_are_the_shards_own_search(shard, query, sort, page):
    searcher, request = own_request(shard, query, sort, page * 10)
    part = searcher.part(request)
    assert isinstance(part, ShardPart) and part.total == search(shard, query, sort=sort).total
    with reading(shard) as snap:
        ids = [json.loads(snap.searcher.stored_fields(int(d))["data"])["id"] for d in part.docs]
    expected = search(shard, query, sort=sort, page=page, page_size=10, literal=True)
    assert ids[-10:] == [h.quote.id for h in expected.hits]
    assert part.scores[-10:].tolist() == [h.score for h in expected.hits]
    assert len(part.docs) == len(part.keys) == len(part.ranks) == len(part.scores)


def _registry(index):
    with reading(index) as snap:
        return registry(snap)


def test_a_part_planned_at_another_generation_is_stale(shard):
    searcher, request = own_request(shard, "government", "relevance", 10,
                                    generations={shard.path: shard.generation() - 1})
    assert searcher.part(request) == Stale(shard.generation())
    request.generations = {shard.path: shard.generation()}
    assert isinstance(searcher.part(request), ShardPart)
