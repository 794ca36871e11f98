"""A sharded index (`quotesearch.index.sharded`): N Whoosh shards in one folder,
quotations placed by their speaker, read by every command as one index that
equals an index built from the same articles in one piece."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SEEDS, WIRE_STORIES, write_jsonl
from quotesearch.index import IndexUnusable, QuoteIndex, ingest_paths
from quotesearch.index.sharded import (MANIFEST, ShardedIndex, ingest_paths as ingest_sharded_paths,
                                       remove_sharded, shard_of)
from quotesearch.search import index_stats, iter_matches
from quotesearch.search.speakers import find_speakers


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("sharded-inputs")
    write_jsonl(root / "wire.jsonl", WIRE_STORIES)
    return [str(SEEDS), str(root / "wire.jsonl")]


@pytest.fixture(scope="module")
def single(tmp_path_factory, inputs):
    index = QuoteIndex.open(tmp_path_factory.mktemp("single") / "index", create=True)
    ingest_paths(index, inputs)
    return index


@pytest.fixture(scope="module")
def sharded(tmp_path_factory, inputs):
    index = ShardedIndex.open(tmp_path_factory.mktemp("sharded") / "index", create=True, shards=3)
    report = ingest_sharded_paths(index, inputs)
    assert report.added == 9 and not report.failed
    return index


# (speaker, another form of the same key): one shard, whatever the case and spacing
SAME_SHARD = [
    ("Maria Lindqvist", "maria  LINDQVIST"),
    ("Zhang Hanhui", "Zhang Hanhui"),
    (None, ""),
]


@pytest.mark.parametrize("speaker, same", SAME_SHARD)
def test_a_speakers_quotations_share_a_shard(speaker, same):
    assert shard_of(speaker, 4) == shard_of(same, 4)


def test_the_shard_of_a_speaker_is_stable_across_processes():
    # blake2b, not Python's salted hash(): another process (a worker) agrees
    code = "from quotesearch.index.sharded import shard_of; print(shard_of('Maria Lindqvist', 7))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": "123"})
    assert int(other.stdout) == shard_of("Maria Lindqvist", 7)


def test_the_folder_holds_a_manifest_and_one_index_per_shard(sharded):
    names = sorted(os.listdir(sharded.path))
    assert MANIFEST in names and [n for n in names if n.startswith("shard-")] == \
        ["shard-00", "shard-01", "shard-02"]
    assert isinstance(QuoteIndex.open(sharded.path), ShardedIndex)


def test_each_quotation_is_in_the_shard_of_its_speaker(sharded):
    for number, shard in enumerate(sharded.shards):
        for quote in iter_matches(shard):
            assert shard_of(quote.speaker, 3) == number


def test_read_as_one_it_equals_the_single_index(single, sharded):
    assert index_stats(sharded) == index_stats(single)
    assert sorted((q.id, q.text, len(q.sources)) for q in iter_matches(sharded)) == \
        sorted((q.id, q.text, len(q.sources)) for q in iter_matches(single))
    # the three outlets' reports of Lindqvist's statement are one quotation
    assert [s.to_json() for s in find_speakers(sharded)] == [s.to_json() for s in find_speakers(single)]


def test_an_article_lists_its_quotations_from_every_shard(single, sharded):
    with single.searcher() as searcher:
        ids = [d["id"][2:] for d in searcher.documents(kind="article")]
    for article_id in ids:
        assert sharded.article(article_id).quotes == single.article(article_id).quotes


def test_ingesting_again_changes_nothing_and_remove_removes_from_every_shard(tmp_path, inputs):
    index = ShardedIndex.open(tmp_path / "index", create=True, shards=2)
    ingest_sharded_paths(index, inputs)
    again = ingest_sharded_paths(index, inputs)
    assert (again.added, again.unchanged, again.quotes) == (0, 9, 0)
    removed = remove_sharded(index, "harbor-1")
    assert removed == ["harbor-1"]
    assert index_stats(index).articles == 8
    for quote in iter_matches(index):
        assert all(source.article != "harbor-1" for source in quote.sources)


def test_another_number_of_shards_or_a_plain_index_folder_is_refused(tmp_path, single, sharded):
    with pytest.raises(IndexUnusable, match="3 shards, not 2"):
        ShardedIndex.open(sharded.path, create=True, shards=2)
    with pytest.raises(IndexUnusable, match="holds no sharded index"):
        ShardedIndex.open(single.path, create=True, shards=2)


def test_the_cli_ingests_into_shards_and_every_reader_reads_them(tmp_path, single):
    folder = tmp_path / "index"
    result = cli("ingest", SEEDS, "--index", folder, "--shards", "2", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["added"] == 5 and summary["index"]["articles"] == 5
    plain = tmp_path / "plain"
    assert cli("ingest", SEEDS, "--index", plain).returncode == 0
    for command in (["search", "cooperation", "--json"], ["stats", "--json"], ["speakers", "--json"],
                    ["check", "the visit will strengthen our cooperation", "--json"]):
        ours, theirs = cli(*command, "--index", folder), cli(*command, "--index", plain)
        assert ours.returncode == 0, ours.stderr
        assert json.loads(ours.stdout) == json.loads(theirs.stdout), command
    wrong = cli("ingest", SEEDS, "--index", folder, "--shards", "3")
    assert wrong.returncode == 1 and "2 shards, not 3" in wrong.stderr


def test_check_index_reads_every_shard_and_repair_refuses_a_sharded_folder(tmp_path, inputs):
    folder = tmp_path / "index"
    ingest_sharded_paths(ShardedIndex.open(folder, create=True, shards=2), inputs)
    whole = cli("check-index", "--index", folder)
    assert whole.returncode == 0 and whole.stdout.count("whole") == 2, whole.stdout + whole.stderr
    segment = next((folder / "shard-01").glob("*.seg"))
    segment.write_bytes(segment.read_bytes()[:100])
    damaged = cli("check-index", "--index", folder)
    assert damaged.returncode == 1 and segment.name in damaged.stderr
    refused = cli("repair", "--index", folder)
    assert refused.returncode == 1 and "not repaired in place" in refused.stderr
