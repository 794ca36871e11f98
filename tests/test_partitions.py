"""Partitions: a corpus cut into batches that, read one by one, give exactly
what reading the whole corpus gives."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from conftest import SEEDS, WIRE_STORIES
from quotesearch.ingest import read_articles
from quotesearch.partitions import Partition, plan_partitions, read_partition
from quotesearch.records import IngestError


def harbour_lines(n: int) -> list[str]:
    # written for these tests
    return [json.dumps({"id": f"dock-{i}", "outlet": "Harbor Times", "date": "2023-05-02",
                        "text": f"Dock report {i}\n\n\"Crane {i} will be repaired by Friday,\" "
                                "said Tomas Berg, a dock worker."}) for i in range(n)]


@pytest.fixture
def corpus(tmp_path):
    """Seeds, a JSONL collection with blank, broken and BOM-marked lines, and an
    unreadable binary file."""
    root = tmp_path / "corpus"
    shutil.copytree(SEEDS, root / "seeds")
    lines = harbour_lines(23)
    lines[4] = ""                                   # blank: skipped, still counted
    lines[9] = '{"id": "broken", "text": '          # a bad line: reported, the rest read
    (root / "feed.jsonl").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())  # no final newline
    (root / "wire.jsonl").write_text("".join(json.dumps(a) + "\n" for a in WIRE_STORIES))
    (root / "zz-binary.txt").write_bytes(bytes(range(256)) * 40)
    return root


def read_all(parts) -> list:
    out = []
    for part in parts:
        out.extend([part] if isinstance(part, IngestError) else read_partition(part))
    return out


@pytest.mark.parametrize("size", [1, 3, 7, 200])
def test_partitions_read_exactly_what_the_whole_corpus_reads(corpus, size):
    parts = list(plan_partitions([str(corpus)], articles=size))
    assert read_all(parts) == list(read_articles([str(corpus)]))


def test_collections_are_cut_into_line_ranges_of_the_asked_size(corpus):
    parts = [p for p in plan_partitions([str(corpus / "feed.jsonl")], articles=5)]
    assert [(p.first_line, p.size) for p in parts] == [(1, 5), (6, 5), (11, 5), (16, 5), (21, 3)]
    assert parts[0].start == 0 and all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert parts[-1].end == os.path.getsize(corpus / "feed.jsonl")


def test_files_are_grouped_and_partitions_are_numbered_in_input_order(corpus):
    parts = list(plan_partitions([str(corpus / "seeds"), str(corpus / "wire.jsonl")], articles=2))
    assert [p.number for p in parts] == list(range(len(parts)))
    assert [len(p.files) for p in parts[:3]] == [2, 2, 1]
    assert parts[3].collection == str(corpus / "wire.jsonl")


def test_a_blank_collection_and_a_missing_path_are_errors_as_in_plain_reading(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n  \n")
    paths = [str(tmp_path / "blank.jsonl"), str(tmp_path / "missing.txt")]
    assert list(plan_partitions(paths)) == list(read_articles(paths))
    assert [e.reason for e in plan_partitions(paths)] == ["empty file", "no such file or directory"]


def test_a_glob_pattern_names_the_files_it_matches(corpus):
    pattern = str(corpus / "seeds" / "00[12]_*.txt")
    articles = read_all(plan_partitions([pattern]))
    assert [os.path.basename(a.file)[:3] for a in articles] == ["001", "002"]
    assert list(read_articles([pattern])) == articles
    assert [e.reason for e in read_articles([str(corpus / "nothing-*.txt")])] == \
        ["no file matches this pattern"]


def test_a_worker_elsewhere_names_articles_by_the_paths_as_given(corpus, monkeypatch, tmp_path):
    monkeypatch.chdir(corpus)
    parts = list(plan_partitions(["seeds", "feed.jsonl"], articles=50))
    expected = list(read_articles(["seeds", "feed.jsonl"]))
    monkeypatch.chdir(tmp_path)          # the worker's working folder is not the client's
    assert read_all(parts) == expected
    assert expected[0].file.startswith("seeds/")


def test_a_changed_file_changes_its_partition_signature(corpus):
    before = [p.name for p in plan_partitions([str(corpus)], articles=4)]
    with open(corpus / "wire.jsonl", "a") as f:
        f.write(json.dumps(WIRE_STORIES[0] | {"id": "again"}) + "\n")
    after = [p.name for p in plan_partitions([str(corpus)], articles=4)]
    changed = [a for a, b in zip(before, after) if a != b]
    assert changed and len(changed) < len(before)    # the seeds' partitions did not change


def test_partition_names_are_stable(corpus):
    assert [p.name for p in plan_partitions([str(corpus)])] == \
        [p.name for p in plan_partitions([str(corpus)])]
    assert isinstance(next(iter(plan_partitions([str(corpus)]))), Partition)
