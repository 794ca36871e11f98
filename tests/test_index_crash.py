"""Crash safety: ingest killed with a real SIGKILL at several points leaves an
index that opens, answers consistently, and completes when ingest runs again;
searches keep working while an ingest runs."""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from conftest import REPO, write_jsonl
from quotesearch.index import QuoteIndex
from quotesearch.search import find_speakers, index_stats, search

SPEAKERS = ["Maria Lindqvist", "Tomas Berg", "Anna Holm", "Jonas Wirth", "Leila Haddad",
            "Pedro Alves", "Sara Okafor", "Ivan Petrov"]
OUTLETS = ["Harbor Times", "Coastal Daily", "Bay Courier", "Valley News"]
SUBJECTS = ["the new bridge", "school budgets", "the bus network", "harbour dredging",
            "water prices", "the wind farm", "night trains", "the city archive"]


def corpus(n: int) -> list[dict]:
    """Short articles written for these tests: each quotes two people; every
    fifth repeats an earlier statement in another outlet (a cross-outlet duplicate)."""
    articles = []
    for i in range(n):
        said = i - 5 if i % 5 == 0 and i else i        # whose statement this article reports
        a, b = SPEAKERS[said % len(SPEAKERS)], SPEAKERS[(i * 3 + 1) % len(SPEAKERS)]
        subject = SUBJECTS[said % len(SUBJECTS)]
        text = (f"Council debates {subject}\n\n"
                f"\"We cannot postpone {subject} for another {said + 2} years,\" said {a}, "
                f"a member of the council.\n\n"
                f"{b} said that the plan for {subject} would cost {i * 3 + 7} million "
                f"over a decade.\n")
        articles.append({"id": f"story-{i}", "outlet": OUTLETS[i % len(OUTLETS)],
                         "date": f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}", "title": f"Story {i}",
                         "text": text})
    return articles


def run_ingest(index: pathlib.Path, source: pathlib.Path, failpoint: str | None = None,
               batch: int = 7, wait: bool = True, jobs: int | None = None,
               ) -> subprocess.Popen | subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("QUOTESEARCH_FAILPOINT", None)
    if failpoint:
        env["QUOTESEARCH_FAILPOINT"] = failpoint
    command = [sys.executable, "-m", "quotesearch", "ingest", str(source), "--index", str(index),
               "--batch-size", str(batch)] + (["--jobs", str(jobs)] if jobs else [])
    if not wait:
        return subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=300)


def snapshot(index: QuoteIndex) -> dict:
    """Every record, and a check that they agree with each other."""
    with index.searcher() as s:
        quotes = list(index.iter_kind("quote", s))
        articles = list(index.iter_kind("article", s))
    quote_ids = [q["id"] for q in quotes]
    article_ids = [a["article"]["id"] for a in articles]
    assert len(quote_ids) == len(set(quote_ids)), "a quotation is duplicated"
    assert len(article_ids) == len(set(article_ids)), "an article is duplicated"
    by_id = {q["id"]: q for q in quotes}
    for article in articles:
        for mention in article["quotes"]:
            sources = by_id[mention["quote"]]["sources"]
            assert any(src["article"] == article["article"]["id"] for src in sources)
    for quote in quotes:
        assert quote["sources"], "a quotation without sources"
        for source in quote["sources"]:
            assert source["article"] in article_ids, "a source whose article is gone"
    stats = index_stats(index)
    speakers = {q["speaker"] for q in quotes if q["speaker"]}
    assert (stats.articles, stats.quotes, stats.speakers) == (len(articles), len(quotes), len(speakers))
    registry = find_speakers(index, limit=10_000)
    assert {s.name: s.quotes for s in registry} == {
        name: sum(q["speaker"] == name for q in quotes) for name in speakers}
    assert search(index, "").total == len(quotes)
    return {"quotes": sorted((q["id"], tuple(s["article"] for s in q["sources"])) for q in quotes),
            "articles": sorted(article_ids),
            "speakers": sorted((s.name, s.quotes, tuple(s.aliases)) for s in registry)}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("crash-corpus")
    return write_jsonl(folder / "council.jsonl", corpus(60))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, source) -> dict:
    folder = tmp_path_factory.mktemp("crash-reference") / "index"
    result = run_ingest(folder, source)
    assert result.returncode == 0, result.stderr.decode()
    return snapshot(QuoteIndex.open(folder))


def test_the_test_corpus_has_cross_outlet_duplicates(reference):
    assert len(reference["articles"]) == 60
    assert any(len(set(articles)) > 1 for _, articles in reference["quotes"])


@pytest.mark.parametrize("failpoint, jobs", [
    ("article-added:3", 1),          # a batch being assembled
    ("before-commit:2", 1),          # the second batch assembled, nothing written
    ("before-whoosh-commit:3", 1),   # segment being written, table of contents not yet renamed
    ("after-commit:4", 1),           # just after a commit
    # worker processes write the segments (`index.segment_batches`)
    ("article-added:3", 2),
    ("segments-written:2", 2),       # the workers' segments written, listed nowhere yet
    ("before-whoosh-commit:3", 2),   # merges written too, table of contents not yet renamed
    ("after-commit:4", 2),
])
def test_killed_at_a_failpoint_the_index_stays_consistent_and_ingest_completes(
        tmp_path, source, reference, failpoint, jobs):
    folder = tmp_path / "index"
    killed = run_ingest(folder, source, failpoint=failpoint, jobs=jobs)
    assert killed.returncode == -signal.SIGKILL
    partial = snapshot(QuoteIndex.open(folder))
    assert set(partial["articles"]) <= set(reference["articles"])
    done = run_ingest(folder, source)
    assert done.returncode == 0, done.stderr.decode()
    assert snapshot(QuoteIndex.open(folder)) == reference
    # segments written for a commit that never happened are gone
    assert len([n for n in os.listdir(folder) if n.endswith(".seg")]) == \
        len(QuoteIndex.open(folder).searcher().reader().leaf_readers())


def test_a_worker_that_dies_stops_the_ingest_with_one_line_and_loses_nothing(
        tmp_path, source, reference):
    folder = tmp_path / "index"
    # a segment writer kills itself in its second task; the ingest is not left waiting
    failed = run_ingest(folder, source, failpoint="segment-writing:2", jobs=2)
    assert failed.returncode == 1
    error = failed.stderr.decode().strip().splitlines()[-1]
    assert error.startswith(f"quotesearch: error: {folder}: ingest stopped: a worker process died")
    assert "Traceback" not in failed.stderr.decode()
    partial = snapshot(QuoteIndex.open(folder))
    assert 0 < len(partial["articles"]) < len(reference["articles"])
    done = run_ingest(folder, source, jobs=2)
    assert done.returncode == 0, done.stderr.decode()
    assert snapshot(QuoteIndex.open(folder)) == reference


@pytest.mark.parametrize("delay, jobs", [(0.4, 1), (0.9, 2), (1.6, 1), (2.5, 2), (3.5, 2)])
def test_killed_at_any_moment_the_index_stays_consistent_and_ingest_completes(
        tmp_path, source, reference, delay, jobs):
    import psutil
    folder = tmp_path / "index"
    process = run_ingest(folder, source, batch=3, wait=False, jobs=jobs)
    time.sleep(delay)
    workers = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    # the ingest's worker processes end with it
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive
    if (folder / "QUOTESEARCH").exists():
        try:
            index = QuoteIndex.open(folder)
        except Exception:  # noqa: BLE001 - only allowed before the index was first written
            index = None
            assert not any(n.endswith(".toc") for n in os.listdir(folder))
        if index is not None:
            snapshot(index)
    done = run_ingest(folder, source)
    assert done.returncode == 0, done.stderr.decode()
    assert snapshot(QuoteIndex.open(folder)) == reference


def test_searches_keep_working_while_an_ingest_runs(tmp_path, source, reference):
    folder = tmp_path / "index"
    index = QuoteIndex.open(folder, create=True)
    process = run_ingest(folder, source, batch=2, wait=False)
    seen, errors = [], []
    try:
        while process.poll() is None:
            try:
                results = search(index, "council OR plan")
                seen.append(search(index, "").total)
                assert results.total <= seen[-1] + 1000
            except Exception as error:  # noqa: BLE001 - collected and reported below
                errors.append(repr(error))
            time.sleep(0.01)
    finally:
        process.wait(timeout=120)
    assert process.returncode == 0
    assert not errors, errors[:3]
    assert len(seen) > 3
    assert seen == sorted(seen), "a search saw quotations disappear"
    assert search(index, "").total == len(reference["quotes"])
