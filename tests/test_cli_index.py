"""The index commands of the command line, run as real subprocesses."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO, SEEDS, WIRE_STORIES, write_jsonl


def run(*args, env=None, timeout=180) -> subprocess.CompletedProcess:
    environment = dict(os.environ, COLUMNS="100")
    environment.pop("QUOTESEARCH_INDEX", None)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)], cwd=REPO,
                          env=environment, capture_output=True, timeout=timeout)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    stories = write_jsonl(folder / "wire.jsonl", WIRE_STORIES)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = run("ingest", SEEDS, stories, folder / "broken.jsonl", folder / "notes.pdf",
                 "--index", folder / "index", "--jobs", "2")
    assert result.returncode == 1          # the broken collection line failed
    return folder, result


def test_ingest_prints_a_summary_with_failures_and_skips(index_dir):
    _, result = index_dir
    out, err = result.stdout.decode(), result.stderr.decode()
    assert "ingested 9 new articles" in out
    assert "skipped" in out and "notes.pdf" in out
    assert "broken.jsonl" in err and "1 file failed" in out
    assert "9 articles" in out and "speakers" in out


def test_ingest_again_does_nothing(index_dir):
    folder, _ = index_dir
    result = run("ingest", SEEDS, "--index", folder / "index", "--json")
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["unchanged"], summary["quotes"]) == (0, 5, 0)
    assert summary["index"]["articles"] == 9


def test_search_json_has_total_results_and_facets(index_dir):
    folder, _ = index_dir
    result = run("search", "capacity", "--index", folder / "index", "--json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["total"] == 1
    assert data["results"][0]["speaker"] == "Maria Lindqvist"
    assert data["results"][0]["source_count"] == 3
    assert ["Maria Lindqvist", 1] in data["facets"]["speaker"]


def test_search_with_facet_options_and_index_from_the_environment(index_dir):
    folder, _ = index_dir
    result = run("search", "", "--speaker", "Zhang Hanhui", "--outlet", "Xinhua", "--sort", "newest",
                 "--json", env={"QUOTESEARCH_INDEX": str(folder / "index")})
    data = json.loads(result.stdout)
    assert data["total"] > 0
    assert {r["speaker"] for r in data["results"]} == {"Zhang Hanhui"}
    assert all("Xinhua" in r["outlets"] for r in data["results"])


def test_search_table_marks_matches_and_reports_repairs(index_dir):
    folder, _ = index_dir
    result = run("search", '"container terminal', "--index", folder / "index")
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "note: A quotation mark was not closed" in out
    assert "[container] [terminal]" in out and "reported by 3 sources" in out


def test_check_finds_the_speaker(index_dir):
    folder, _ = index_dir
    result = run("check", "fishing communities can't survive another quota cut",
                 "--index", folder / "index", "--json")
    data = json.loads(result.stdout)
    assert data["matches"][0]["speaker"] == "Anna Holm"
    assert data["matches"][0]["similarity"] > 0.5


def test_speakers_by_prefix_and_stats(index_dir):
    folder, _ = index_dir
    out = run("speakers", "putin", "--index", folder / "index").stdout.decode()
    assert "Vladimir Putin" in out
    stats = json.loads(run("stats", "--json", "--index", folder / "index").stdout)
    assert stats["articles"] == 9 and stats["quotes"] > 60 and stats["speakers"] > 10


def test_remove_by_id_then_unknown_id_fails(tmp_path):
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    assert run("ingest", stories, "--index", tmp_path / "index").returncode == 0
    assert run("remove", "bay-9", "--index", tmp_path / "index").returncode == 0
    stats = json.loads(run("stats", "--json", "--index", tmp_path / "index").stdout)
    assert stats["articles"] == 3
    failed = run("remove", "bay-9", "--index", tmp_path / "index")
    assert failed.returncode == 1 and "bay-9" in failed.stderr.decode()


def test_commands_on_a_missing_index_say_how_to_create_it(tmp_path):
    result = run("search", "trade", "--index", tmp_path / "none")
    assert result.returncode == 1
    assert "quotesearch ingest" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_bad_search_parameters_are_usage_errors(index_dir):
    folder, _ = index_dir
    result = run("search", "trade", "--page", "0", "--index", folder / "index")
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_topic_file_is_used_and_kept_with_the_index(tmp_path):
    topics = tmp_path / "topics.txt"
    topics.write_text("Port expansion: container terminal\n", encoding="utf-8")
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    assert run("ingest", stories, "--index", tmp_path / "index", "--topics", topics).returncode == 0
    data = json.loads(run("search", "", "--topic", "Port expansion", "--json",
                          "--index", tmp_path / "index").stdout)
    assert data["total"] == 1
    assert (tmp_path / "index" / "topics.txt").exists()
    bad = tmp_path / "bad.txt"
    bad.write_text("no colon here\n", encoding="utf-8")
    result = run("ingest", stories, "--index", tmp_path / "index", "--topics", bad)
    assert result.returncode == 1 and "line 1" in result.stderr.decode()


# (arguments, what the one-line error names): usage errors, exit 2, no traceback
BAD_ARGUMENTS = [
    (["search", "trump", "--year="], "--year: empty value"),
    (["search", "trump", "--speaker="], "--speaker: empty value"),
    (["search", "trump", "--outlet= "], "--outlet: empty value"),
    (["search", b"\xff", "--json"], "query '\\xff' is not valid UTF-8"),
    (["check", b"caf\xe9 said", "--json"], "quote 'caf\\xe9 said' is not valid UTF-8"),
    (["speakers", b"\xfe"], "prefix '\\xfe' is not valid UTF-8"),
]


@pytest.mark.parametrize("arguments, named", BAD_ARGUMENTS)
def test_bad_filters_and_undecodable_text_are_one_line_usage_errors(index_dir, arguments, named):
    folder, _ = index_dir
    # bytes arrive as the OS gives undecodable argv: surrogate-escaped str
    result = run(*(os.fsdecode(a) for a in arguments), "--index", folder / "index")
    err = result.stderr.decode("utf-8", "backslashreplace")
    assert result.returncode == 2, err
    assert err.strip() == f"quotesearch: error: {named}" or err.startswith(f"quotesearch: error: {named}")
    assert len(err.strip().splitlines()) == 1
