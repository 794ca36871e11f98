"""The `quotesearch` command line, run as a real subprocess (``python -m quotesearch``)."""
from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
CHINA_DAILY_SEED = SEEDS / "000_5144f188369f824e.txt"

REQUIRED_KEYS = {"id", "file", "title", "outlet", "republished_from", "date", "url", "byline", "quotes"}
QUOTE_KEYS = {"text", "start", "end", "type", "speaker", "speaker_kind", "role", "cue", "via"}
ERROR_LINE = re.compile(r"^quotesearch: error: (?P<file>.+?): (?P<reason>\S.*)$")


def run(*args: str | os.PathLike, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="80")
    return subprocess.run(
        [sys.executable, "-m", "quotesearch", *map(str, args)],
        cwd=REPO, env=env, capture_output=True, timeout=timeout,
    )


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seeds_jsonl() -> list[dict]:
    result = run("extract", "--format", "jsonl", SEEDS)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return jsonl(result.stdout)


@pytest.fixture(scope="module")
def seeds_table() -> subprocess.CompletedProcess:
    result = run("extract", SEEDS)
    assert result.returncode == 0, result.stderr.decode()
    return result


# ---------------------------------------------------------------------------
# jsonl
# ---------------------------------------------------------------------------

def test_jsonl_gives_one_object_per_seed_with_the_schema(seeds_jsonl):
    assert len(seeds_jsonl) == len(SEED_FILES) == 5
    assert sorted(pathlib.Path(d["file"]).name for d in seeds_jsonl) == [p.name for p in SEED_FILES]
    for article in seeds_jsonl:
        assert set(article) == REQUIRED_KEYS
        assert article["quotes"], f"no quotes in {article['file']}"
        for quote in article["quotes"]:
            assert QUOTE_KEYS <= set(quote)
            assert "paragraph" not in quote  # only with --with-paragraph
            assert quote["type"] in {"direct", "indirect", "mixed"}


def test_jsonl_quote_offsets_point_into_the_file_text(seeds_jsonl):
    for article in seeds_jsonl:
        content = (REPO / article["file"]).read_text(encoding="utf-8")
        for quote in article["quotes"]:
            assert content[quote["start"]:quote["end"]] == quote["text"]


def test_jsonl_outlet_of_the_china_daily_seed(seeds_jsonl):
    (china_daily,) = [d for d in seeds_jsonl if pathlib.Path(d["file"]).name == CHINA_DAILY_SEED.name]
    assert china_daily["outlet"] == "China Daily"


def test_jsonl_with_paragraph_gives_the_surrounding_paragraph():
    result = run("extract", "--format", "jsonl", "--with-paragraph", CHINA_DAILY_SEED)
    assert result.returncode == 0, result.stderr.decode()
    (article,) = jsonl(result.stdout)
    for quote in article["quotes"]:
        assert quote["text"] in quote["paragraph"]


# ---------------------------------------------------------------------------
# table
# ---------------------------------------------------------------------------

def test_table_prints_every_seed_and_its_quotes(seeds_jsonl, seeds_table):
    out = seeds_table.stdout.decode("utf-8")
    flat = collapse(out)
    for article in seeds_jsonl:
        assert collapse(article["title"]) in flat
        assert article["id"] in flat
        for quote in article["quotes"]:
            assert collapse(quote["text"])[:50] in flat, quote["text"]
            assert quote["speaker"] in flat
    assert all(len(line) <= 80 or " " not in line.strip() for line in out.splitlines()), \
        "lines are wrapped to the terminal width (COLUMNS=80)"


def test_table_ends_with_a_summary_on_stderr(seeds_jsonl, seeds_table):
    quotes = sum(len(d["quotes"]) for d in seeds_jsonl)
    assert seeds_table.stderr.decode().strip().splitlines()[-1] == f"5 articles, {quotes} quotes, 0 failed"


# ---------------------------------------------------------------------------
# errors and exit status
# ---------------------------------------------------------------------------

def test_bad_files_are_reported_and_the_batch_continues(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run("extract", "--format", "jsonl", empty, CHINA_DAILY_SEED, binary)

    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 2, errors
    matches = [ERROR_LINE.match(line) for line in errors]
    assert all(matches), errors
    assert [m["file"] for m in matches] == [str(empty), str(binary)]
    assert "empty" in matches[0]["reason"]
    assert "binary" in matches[1]["reason"]

    (article,) = jsonl(result.stdout)
    assert pathlib.Path(article["file"]).name == CHINA_DAILY_SEED.name
    assert article["quotes"]


def test_table_summary_counts_failures(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", CHINA_DAILY_SEED, empty)
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert lines[0] == f"quotesearch: error: {empty}: empty file"
    assert re.fullmatch(r"1 article, \d+ quotes?, 1 failed", lines[-1])
    assert "Putin visit to China still on the cards" in result.stdout.decode()


def test_missing_path_is_an_error(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    result = run("extract", missing)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[0] == f"quotesearch: error: {missing}: no such file or directory"
    assert result.stdout == b""


def test_help_exits_zero():
    for args in (["--help"], ["extract", "--help"]):
        result = run(*args)
        assert result.returncode == 0
        assert b"usage: quotesearch" in result.stdout


@pytest.mark.parametrize("args", [[], ["extract"], ["extract", "--format", "xml", "seeds"], ["nonsense"]])
def test_usage_errors_exit_two(args):
    result = run(*args)
    assert result.returncode == 2
    assert b"usage: quotesearch" in result.stderr


def test_closed_pipe_ends_quietly():
    # The reading end is closed before the child can write: its first write fails.
    child = subprocess.Popen(
        [sys.executable, "-m", "quotesearch", "extract", "--format", "jsonl", str(SEEDS)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    child.stdout.close()
    stderr = child.stderr.read().decode()
    child.wait(timeout=120)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert child.returncode == 141


@pytest.mark.parametrize("remembered, verdict_line", [
    ("we waited a decade for this moment", "verdict: match (best similarity"),
    ("the capacity of the stadium will double by 2030", "verdict: no close match (best similarity"),
    ("zzzz qqqq xxxx", "verdict: no close match"),
])
def test_check_says_its_verdict_first(wire_index, remembered, verdict_line):
    done = run("check", remembered, "--index", wire_index.path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[0].startswith(verdict_line)


def test_check_json_has_the_verdict_and_each_matchs(wire_index):
    done = run("check", "the capacity of the stadium will double by 2030", "--json",
               "--index", wire_index.path)
    data = json.loads(done.stdout)
    assert data["verdict"] == "no close match" and 0 < data["similarity"] < 0.65
    assert {m["verdict"] for m in data["matches"]} == {"no close match"}


def test_starting_the_cli_does_not_load_the_extractor():
    # Every command, even `search` or `--help`, starts by importing the CLI: the
    # extraction rules and wordfreq's lists load only when an article is read.
    probe = ("import sys, quotesearch.cli, quotesearch.search, quotesearch.shards; "
             "print(sorted(m for m in ('quotesearch.extract.pipeline', 'quotesearch.extract.attribution', "
             "'wordfreq') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, timeout=60)
    assert loaded.returncode == 0, loaded.stderr.decode()
    assert loaded.stdout.decode().strip() == "[]"
    # … and the package still hands out its entry points
    from quotesearch.extract import MAX_ARTICLE_CHARS, extract_article
    assert MAX_ARTICLE_CHARS > 100_000 and extract_article.__module__ == "quotesearch.extract.pipeline"
