"""Extraction shards: written whole or not at all, resumed without duplicates,
and indexed as if the articles had been extracted by ingest itself."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from test_partitions import corpus, harbour_lines  # noqa: F401 - the shared corpus fixture
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.build import index_extracted
from quotesearch.partitions import plan_partitions
from quotesearch.records import ExtractedArticle, IngestError
from quotesearch.search import index_stats, search
from quotesearch.shards import MANIFEST, extract_to_folder, read_shards


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def single_process_records(corpus) -> str:
    return cli("extract", corpus, "--format", "jsonl", "--with-paragraph", "--with-text").stdout


def shard_records(out) -> str:
    manifest = json.loads((out / MANIFEST).read_text())
    return "".join((out / s["shard"]).read_text() for s in manifest["shards"])


def extract(corpus, out, size=4):
    parts = list(plan_partitions([str(corpus)], articles=size))
    return extract_to_folder([str(corpus)], [p for p in parts if not isinstance(p, IngestError)],
                             [p for p in parts if isinstance(p, IngestError)], str(out))


def test_shards_hold_the_records_of_extract_jsonl_in_order(corpus, tmp_path):
    result = cli("extract", corpus, "--out", tmp_path / "out", "--partition-size", 4)
    assert result.returncode == 1          # the binary file and the broken line failed
    assert shard_records(tmp_path / "out") == single_process_records(corpus)
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text())
    assert manifest["complete"] and manifest["partitions"] == len(manifest["shards"]) > 5
    assert manifest["articles"] == 5 + 4 + 21
    reasons = dict(manifest["failed"])
    assert "line 10" in reasons[str(corpus / "feed.jsonl")]
    assert str(corpus / "zz-binary.txt") in reasons
    assert all(set(s) == {"shard", "reads", "articles", "quotes", "failed", "seconds"} for s in manifest["shards"])


def test_a_rerun_skips_finished_shards_and_redoes_unfinished_ones(corpus, tmp_path):
    out = tmp_path / "out"
    extract(corpus, out)
    shards = sorted(p for p in out.iterdir() if p.suffix == ".jsonl")
    kept, lost = shards[0], shards[1]
    stamp = kept.stat().st_mtime_ns
    # what a worker killed mid-partition leaves: a temporary file, no .done
    lost.with_suffix(".done").unlink()
    (out / ".tmp-abandoned").write_text("half a shard")
    extract(corpus, out)
    assert kept.stat().st_mtime_ns == stamp                   # not extracted again
    assert lost.with_suffix(".done").exists()
    assert not (out / ".tmp-abandoned").exists()
    assert shard_records(out) == single_process_records(corpus)


def test_a_changed_input_replaces_its_shard_and_drops_the_stale_one(corpus, tmp_path):
    out = tmp_path / "out"
    first = extract(corpus, out)
    with open(corpus / "wire.jsonl", "a") as f:
        f.write(harbour_lines(30)[29] + "\n")
    second = extract(corpus, out)
    assert second["articles"] == first["articles"] + 1
    names = {s["shard"] for s in second["shards"]}
    assert {p.name for p in out.iterdir() if p.suffix == ".jsonl"} == names
    assert shard_records(out) == single_process_records(corpus)


def test_shards_read_back_to_the_extracted_articles(corpus, tmp_path):
    extract(corpus, tmp_path / "out")
    back = [a for a in read_shards(str(tmp_path / "out")) if isinstance(a, ExtractedArticle)]
    assert "".join(json.dumps(a.to_json(with_paragraph=True, with_text=True), ensure_ascii=False) + "\n"
                   for a in back) == single_process_records(corpus)


def test_ingesting_shards_builds_the_index_ingest_builds(corpus, tmp_path):
    extract(corpus, tmp_path / "out")
    from_shards = QuoteIndex.open(tmp_path / "a", create=True)
    report = index_extracted(from_shards, read_shards(str(tmp_path / "out")))
    direct = QuoteIndex.open(tmp_path / "b", create=True)
    ingest_paths(direct, [str(corpus)])
    assert index_stats(from_shards) == index_stats(direct)
    assert len(report.failed) == 2
    for query in ("crane", "agreement", 'speaker:"maria lindqvist"'):
        a, b = search(from_shards, query, page_size=50), search(direct, query, page_size=50)
        assert a.total == b.total > 0
        assert [h.quote.to_json() for h in a.hits] == [h.quote.to_json() for h in b.hits]


def test_the_cli_ingests_a_shard_folder_and_refuses_to_mix_it_with_files(corpus, tmp_path):
    out = tmp_path / "out"
    extract(corpus, out)
    result = cli("ingest", out, "--index", tmp_path / "index", "--json")
    summary = json.loads(result.stdout)
    assert summary["added"] == 30 and summary["index"]["articles"] == 30
    mixed = cli("ingest", out, corpus / "seeds", "--index", tmp_path / "index")
    assert mixed.returncode == 1 and "shard folders" in mixed.stderr


def test_shards_are_never_written_into_a_folder_of_other_files(corpus, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = cli("extract", corpus, "--out", tmp_path / "mine")
    assert result.returncode == 1 and "holds other files" in result.stderr
    assert os.listdir(tmp_path / "mine") == ["notes.txt"]


@pytest.mark.parametrize("flags", [["--jobs", "2"], ["--cluster", "local"]])
def test_cluster_flags_without_out_say_what_is_missing(corpus, flags):
    result = cli("extract", corpus / "seeds", *flags)
    assert result.returncode == 2 and "--out" in result.stderr
