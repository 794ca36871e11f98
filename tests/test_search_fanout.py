"""Search by fan-out and merge (`quotesearch.search.fanout`): a sharded index
answers every search exactly as one index built from the same articles does:
the same total, the same hits in the same order with the same BM25 scores
(each shard scores with the whole collection's statistics), the same facet
counts, timeline, messages, did-you-mean and relaxation."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from conftest import SEEDS, write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.build import index_extracted
from quotesearch.index.sharded import ShardedIndex, index_extracted_sharded
from quotesearch.index.sharded import ingest_paths as ingest_sharded_paths
from quotesearch.search import search
from quotesearch.search.fanout import FanoutSearch, LocalShards
from quotesearch.search.snapshot import reading
from quotesearch.search.speakers import registry

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")


def generated_articles(quotes: int):
    """bench/corpus.py's generator over the seed articles' sentences and names."""
    spec = importlib.util.spec_from_file_location("bench_corpus", os.path.join(BENCH, "corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.synthetic_articles(quotes, source="", speakers=150, seed=11))


@pytest.fixture(scope="module")
def articles():
    return generated_articles(1200)


# two people quoted together: each is credited, on every shard alike
JOINT = {"id": "ferry-vote", "outlet": "Harbour Post", "date": "2024-03-08", "title": "Ferry vote",
         "text": "Ferry vote.\n\nTwo Harbor representatives, Nora Vance-Ortiz and Carl Drumond, "
                 "said they would not back the harbour plan.\n\n“The ferry line needs a second dock "
                 "before the winter,” Carl Drumond told reporters on Monday.\n"}


def _build(index, articles, sharded: bool):
    joint = write_jsonl(Path(index.path).parent / "joint.jsonl", [JOINT])
    (ingest_sharded_paths if sharded else ingest_paths)(index, [str(SEEDS), str(joint)])
    (index_extracted_sharded if sharded else index_extracted)(index, articles)
    return index


@pytest.fixture(scope="module")
def single(tmp_path_factory, articles):
    return _build(QuoteIndex.open(tmp_path_factory.mktemp("one") / "index", create=True),
                  articles, sharded=False)


@pytest.fixture(scope="module")
def sharded(tmp_path_factory, articles):
    return _build(ShardedIndex.open(tmp_path_factory.mktemp("four") / "index", create=True,
                                    shards=4), articles, sharded=True)


def answer(results) -> tuple:
    """Everything a page shows of a search."""
    return (results.total, [(h.quote.id, h.score, h.highlight) for h in results.hits],
            results.facets, results.timeline, results.months, results.message,
            results.corrected_query, results.did_you_mean, results.relaxed,
            results.question.query if results.question else None)


def _first_speakers(index, n: int) -> list[str]:
    return [v.value for v in search(index, "").facets["speaker"][1:n + 1]]


# (query, filters, sort, page): words, phrases, operators, questions, filters,
# sorts, later pages, misspellings, nothing matching
SEARCHES = [
    ("", {}, "relevance", 1),
    ("", {}, "oldest", 3),
    ("cooperation", {}, "relevance", 1),
    ("the", {}, "relevance", 2),
    ("president", {}, "newest", 1),
    ('"the president"', {}, "relevance", 1),
    ('"trade cooperation"~3', {}, "relevance", 1),
    ("president OR minister", {}, "relevance", 1),
    ("economy NOT war", {}, "relevance", 1),
    ("econom*", {}, "relevance", 1),
    ("what did Zhang say about trade", {}, "relevance", 1),
    ("speaker:zhang", {}, "relevance", 1),
    ("type:indirect state", {}, "relevance", 1),
    ("date:[2018 TO 2019] government", {}, "relevance", 1),
    ("", {"year": ["2019", "2021"]}, "relevance", 1),
    ("the", {"outlet": ["Harbor Times", "Global Wire"]}, "relevance", 1),
    ("", {"type": ["direct"], "outlet": ["Harbor Times"]}, "newest", 2),
    ("cooperaton", {}, "relevance", 1),
    ("zzzqqq", {}, "relevance", 1),
    ("harbour zeppelin cooperation", {}, "relevance", 1),
    ('"back-to-back', {}, "relevance", 1),
    ("", {"speaker": ["(unattributed)"]}, "relevance", 1),
    ("harbour plan", {}, "relevance", 1),
    ("", {"speaker": ["Nora Vance-Ortiz"]}, "relevance", 1),
    ("speaker:drumond", {}, "relevance", 1),
]


@pytest.mark.parametrize("query, filters, sort, page", SEARCHES)
def test_a_search_of_the_shards_equals_the_single_index(single, sharded, query, filters, sort, page):
    assert answer(search(sharded, query, filters=filters, sort=sort, page=page)) == \
        answer(search(single, query, filters=filters, sort=sort, page=page))


def test_speaker_filters_and_the_speaker_facet_equal_the_single_index(single, sharded):
    for speaker in _first_speakers(single, 4):
        for query in ("", "the"):
            assert answer(search(sharded, query, filters={"speaker": [speaker]})) == \
                answer(search(single, query, filters={"speaker": [speaker]}))


def test_the_registry_over_every_shards_forms_is_the_single_indexs(single, sharded):
    search(sharded, "")
    merged = sharded.searching().registry
    with reading(single) as snap:
        whole = registry(snap)
    assert [(i.id, i.name, i.quotes, [f.name for f in i.forms]) for i in merged.identities] == \
        [(i.id, i.name, i.quotes, [f.name for f in i.forms]) for i in whole.identities]


def test_every_shard_answered_and_a_shard_count_of_one_works_too(tmp_path, single, sharded, articles):
    assert search(sharded, "trade").shards == (4, 4)
    one = _build(ShardedIndex.open(tmp_path / "index", create=True, shards=1), articles[:200],
                 sharded=True)
    plain = _build(QuoteIndex.open(tmp_path / "plain", create=True), articles[:200], sharded=False)
    assert answer(search(one, "trade")) == answer(search(plain, "trade"))


def test_a_commit_to_one_shard_is_seen_by_the_next_search(tmp_path, articles):
    index = _build(ShardedIndex.open(tmp_path / "index", create=True, shards=2), articles[:100],
                   sharded=True)
    before = search(index, "").total
    index_extracted_sharded(index, articles[100:150])
    plain = _build(QuoteIndex.open(tmp_path / "plain", create=True), articles[:150], sharded=False)
    after = search(index, "")
    assert after.total > before and answer(after) == answer(search(plain, ""))


class CountedShards(LocalShards):
    """The shards in this process, noting every call made to them."""

    def __init__(self, index):
        super().__init__(index)
        self.calls: list[str] = []

    def call(self, method: str, *args) -> list:
        self.calls.append(method)
        return super().call(method, *args)

    def call_one(self, number: int, method: str, *args):
        self.calls.append(method)
        return super().call_one(number, method, *args)


def test_a_search_is_one_round_trip_to_the_shards_once_the_registry_is_built(sharded):
    index = ShardedIndex.open(sharded.path)
    shards = CountedShards(index)
    index.fanout = FanoutSearch(shards, index.path, fallback=index)
    search(index, "")
    search(index, "cooperation", filters={"outlet": ["Harbor Times"]})
    for query in ("president", '"the president"', "", "economy NOT war"):
        shards.calls.clear()
        search(index, query, sort="newest" if not query else "relevance", page=2)
        assert shards.calls == ["part"], query


class CommitDuringTheSearch(LocalShards):
    """The shards in this process; ``commit`` runs once, between a search's
    planning (its words' statistics read) and the shards' parts."""

    def __init__(self, index, commit):
        super().__init__(index)
        self.commit, self.stale = commit, 0

    def call(self, method: str, *args) -> list:
        if method == "part" and self.commit is not None:
            commit, self.commit = self.commit, None
            commit()
        answers = super().call(method, *args)
        self.stale += sum(type(a).__name__ == "Stale" for a in answers)
        return answers


def test_a_commit_between_planning_and_the_parts_is_searched_again_at_the_new_generation(
        tmp_path, articles):
    index = _build(ShardedIndex.open(tmp_path / "index", create=True, shards=2), articles[:100],
                   sharded=True)
    search(index, "")
    shards = CommitDuringTheSearch(index, lambda: index_extracted_sharded(index, articles[100:150]))
    index.fanout = FanoutSearch(shards, index.path, fallback=index)
    # the same commits (BM25 counts the documents a later commit replaced until segments merge)
    plain = _build(QuoteIndex.open(tmp_path / "plain", create=True), articles[:100], sharded=False)
    index_extracted(plain, articles[100:150])
    assert answer(search(index, "president")) == answer(search(plain, "president"))
    assert shards.stale > 0
