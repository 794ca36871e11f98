"""Inputs on the command line (`quotesearch.cli.inputs`): file names that are
not valid UTF-8, links and special files in folders, run as real subprocesses
on real files."""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest
from conftest import REPO

from quotesearch.shards import MANIFEST

STORY = ("Port deal signed\n\n“This agreement will double the capacity of our container terminal "
         "by 2026,” said Maria Lindqvist, the director of the harbour authority.\n")
OTHER = ("Fishing quotas cut\n\n“The fishing communities of this coast cannot survive another cut "
         "in quotas,” said Anna Holm, chair of the regional fishing association.\n")
LATIN1 = b"caf\xe9.txt"                       # a Latin-1 file name: not valid UTF-8


def run(*args, timeout=120) -> subprocess.CompletedProcess:
    # Arguments holding surrogates (os.fsdecode of raw bytes) reach the child as those bytes.
    environment = dict(os.environ, COLUMNS="100")
    environment.pop("QUOTESEARCH_INDEX", None)
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(os.fspath, args)], cwd=REPO,
                          env=environment, capture_output=True, timeout=timeout)


@pytest.fixture
def latin1_folder(tmp_path) -> pathlib.Path:
    folder = tmp_path / "d"
    folder.mkdir()
    (pathlib.Path(os.fsdecode(os.fsencode(folder) + b"/" + LATIN1))).write_text(STORY, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_extract_jsonl_reads_a_name_that_is_not_utf8_and_shows_it_escaped(latin1_folder):
    result = run("extract", "--format", "jsonl", latin1_folder)
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [r["file"] for r in records] == [f"{latin1_folder}/caf\\xe9.txt", f"{latin1_folder}/other.txt"]
    assert records[0]["quotes"][0]["speaker"] == "Maria Lindqvist"


def test_extract_table_shows_the_escaped_name(latin1_folder):
    result = run("extract", latin1_folder)
    assert result.returncode == 0
    assert "caf\\xe9.txt" in result.stdout.decode("utf-8")


def test_extract_to_shards_with_a_name_that_is_not_utf8(latin1_folder, tmp_path):
    result = run("extract", latin1_folder, "--out", tmp_path / "shards")
    assert result.returncode == 0, result.stderr.decode()
    manifest = json.loads((tmp_path / "shards" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["articles"] == 2
    assert manifest["shards"][0]["reads"]["files"][0] == f"{latin1_folder}/caf\\xe9.txt"
    ingested = run("ingest", tmp_path / "shards", "--index", tmp_path / "index", "--json")
    assert json.loads(ingested.stdout)["added"] == 2


def test_ingest_search_and_remove_a_name_that_is_not_utf8(latin1_folder, tmp_path):
    index = tmp_path / "index"
    result = run("ingest", latin1_folder, "--index", index, "--json")
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["added"] == 2
    again = run("ingest", latin1_folder, "--index", index, "--json")
    assert (json.loads(again.stdout)["added"], json.loads(again.stdout)["unchanged"]) == (0, 2)
    found = json.loads(run("search", "container terminal", "--index", index, "--json").stdout)
    assert found["total"] == 1
    raw = os.fsdecode(os.fsencode(latin1_folder) + b"/" + LATIN1)
    removed = run("remove", raw, "--index", index)
    assert removed.returncode == 0, removed.stderr.decode()
    assert "removed 1 article" in removed.stdout.decode("utf-8")
    assert "caf\\xe9.txt" in removed.stdout.decode("utf-8")
    stats = json.loads(run("stats", "--index", index, "--json").stdout)
    assert stats["articles"] == 1


def test_an_unreadable_name_that_is_not_utf8_is_reported_escaped(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    pathlib.Path(os.fsdecode(os.fsencode(folder) + b"/empty-\xff.txt")).write_bytes(b"")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    result = run("ingest", folder, "--index", tmp_path / "index")
    assert result.returncode == 1
    assert f"quotesearch: error: {folder}/empty-\\xff.txt: empty file" in result.stderr.decode("utf-8")
    assert "ingested 1 new article" in result.stdout.decode()


@pytest.fixture
def folder_with_a_link_and_a_fifo(tmp_path) -> pathlib.Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    os.mkfifo(folder / "pipe.txt")
    return folder


def test_extract_skips_links_and_special_files_and_says_so(folder_with_a_link_and_a_fifo):
    for format in ("table", "jsonl"):
        result = run("extract", "--format", format, folder_with_a_link_and_a_fifo, timeout=60)
        assert result.returncode == 0
        assert "quotesearch: 2 skipped: 1 link, 1 special file" in result.stderr.decode()
        assert "root:" not in result.stdout.decode()


def test_ingest_skips_links_and_special_files_and_says_so(folder_with_a_link_and_a_fifo, tmp_path):
    result = run("ingest", folder_with_a_link_and_a_fifo, "--index", tmp_path / "index", timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert "quotesearch: 2 skipped: 1 link, 1 special file" in result.stderr.decode()
    assert "ingested 1 new article" in result.stdout.decode()
    summary = json.loads(run("ingest", folder_with_a_link_and_a_fifo, "--index", tmp_path / "index",
                             "--json").stdout)
    assert summary["skipped_entries"] == {"link": 1, "special file": 1}


def test_follow_links_opts_in_but_never_out_of_the_folder(folder_with_a_link_and_a_fifo, tmp_path):
    folder = folder_with_a_link_and_a_fifo
    (folder / "copy.txt").symlink_to("story.txt")
    result = run("extract", "--format", "jsonl", "--follow-links", folder, timeout=60)
    files = [json.loads(line)["file"] for line in result.stdout.decode().splitlines()]
    assert files == [f"{folder}/copy.txt", f"{folder}/story.txt"]
    assert "2 skipped: 1 link out of the folder, 1 special file" in result.stderr.decode()
    ingested = run("ingest", "--follow-links", folder, "--index", tmp_path / "index", timeout=60)
    assert ingested.returncode == 0
    assert "1 link out of the folder" in ingested.stderr.decode()


def test_a_link_named_by_the_user_is_read(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "named.txt").symlink_to(tmp_path / "story.txt")
    result = run("extract", "--format", "jsonl", tmp_path / "named.txt")
    assert result.returncode == 0 and "skipped" not in result.stderr.decode()
    assert json.loads(result.stdout)["quotes"]
