"""``quotesearch follow`` as real processes against a real HTTP server: state
kept across restarts, a crash between ingest and state save duplicating
nothing, one follow per index, the polling loop, and its errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from conftest import REPO
from local_site import LocalSite, article_page
from test_cli_index import run
from test_index_following import STORIES, publish

from quotesearch.index.following import FollowLock


@pytest.fixture()
def site():
    with LocalSite() as running:
        for slug, (title, speaker, words) in STORIES.items():
            running.put("/" + slug, article_page(title, speaker, words))
        yield running


def follow_once(feeds_file, index, env=None):
    return run("follow", feeds_file, "--once", "--index", index, "--delay", "0", "--json", env=env)


def polls(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def articles_in(index) -> int:
    return json.loads(run("stats", "--index", index, "--json").stdout)["articles"]


def test_a_restarted_follow_fetches_only_what_is_new(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# newsroom feeds\n{publish(site, ['bridge', 'ferry'], 'v1')}\n", encoding="utf-8")
    first = follow_once(feeds, tmp_path / "index")
    assert first.returncode == 0, first.stderr
    assert [(p["new"], p["added"]) for p in polls(first)] == [(2, 2)]
    publish(site, ["bridge", "ferry", "school"], "v2")
    second = follow_once(feeds, tmp_path / "index")
    assert [(p["new"], p["added"]) for p in polls(second)] == [(1, 1)]
    assert (site.hits("/bridge"), site.hits("/school")) == (1, 1)
    assert articles_in(tmp_path / "index") == 3


def test_a_crash_after_ingest_before_the_state_is_saved_duplicates_nothing(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(publish(site, ["bridge", "ferry"], "v1") + "\n", encoding="utf-8")
    crashed = follow_once(feeds, tmp_path / "index", env={"QUOTESEARCH_FAILPOINT": "follow-ingested"})
    assert crashed.returncode == -9
    assert articles_in(tmp_path / "index") == 2           # committed, but not recorded as seen
    again = follow_once(feeds, tmp_path / "index")
    assert [(p["new"], p["added"], p["unchanged"]) for p in polls(again)] == [(2, 0, 2)]
    assert articles_in(tmp_path / "index") == 2
    third = follow_once(feeds, tmp_path / "index")
    assert polls(third)[0]["not_modified"] is True


def test_an_unreachable_feed_fails_the_run_but_not_the_other_feeds(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"http://127.0.0.1:1/feed\n{publish(site, ['bridge'], 'v1')}\n", encoding="utf-8")
    result = run("follow", feeds, "--once", "--index", tmp_path / "index", "--delay", "0")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "quotesearch: error: http://127.0.0.1:1/feed: connection refused"]
    assert f"{site.url('/feed')}: 1 listed, 1 new: 1 added" in result.stdout.decode()


def test_one_follow_per_index(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(publish(site, ["bridge"], "v1") + "\n", encoding="utf-8")
    (tmp_path / "index").mkdir()
    run("ingest", "--index", tmp_path / "index", "--delay", "0", site.url("/bridge"))
    lock = FollowLock(str(tmp_path / "index"))
    try:
        result = follow_once(feeds, tmp_path / "index")
    finally:
        lock.release()
    assert result.returncode == 1
    assert "another 'quotesearch follow' is following into" in result.stderr.decode()


def test_follow_polls_again_every_interval_and_reads_the_feeds_file_anew(site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(publish(site, ["bridge"], "v1") + "\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "quotesearch", "follow", str(feeds),
                                "--every", "1s", "--index", str(tmp_path / "index"), "--delay", "0",
                                "--json"], cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        first = json.loads(process.stdout.readline())
        assert first["added"] == 1
        publish(site, ["bridge", "ferry"], "v2")
        deadline = time.monotonic() + 60
        while True:
            line = json.loads(process.stdout.readline())
            if line["added"] or time.monotonic() > deadline:
                break
        assert (line["new"], line["added"]) == (1, 1)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such file"),
    ("# nothing yet\n\n", "no feed addresses in this file"),
])
def test_a_missing_or_empty_feeds_file_is_a_usage_error(tmp_path, content, message):
    feeds = tmp_path / "feeds.txt"
    if content is not None:
        feeds.write_text(content, encoding="utf-8")
    result = run("follow", feeds, "--once", "--index", tmp_path / "index")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"quotesearch: error: {feeds}: {message}"


@pytest.mark.parametrize("every", ["0s", "soon", "-5m"])
def test_a_bad_interval_is_refused(tmp_path, every):
    assert run("follow", tmp_path / "f.txt", "--every", every).returncode == 2
