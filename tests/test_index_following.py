"""Following feeds into a real index (`quotesearch.index.following`): only new
articles are fetched and ingested, a feed that changes between polls, pages and
feeds that fail, and the state that carries all this across polls
(`quotesearch.ingest.feed_state`)."""
from __future__ import annotations

import json
import pathlib

import pytest
from local_site import LocalSite, article_page

from quotesearch.index import QuoteIndex
from quotesearch.index.following import poll_feed, poll_feeds
from quotesearch.ingest.feed_state import (
    MAX_ATTEMPTS,
    STATE_FILE,
    FeedStateError,
    FollowState,
)
from quotesearch.ingest.fetch import Fetcher, FetchPolicy
from quotesearch.search import index_stats

QUICK = FetchPolicy(timeout=1.0, per_host_delay=0.0)
STORIES = {
    "bridge": ("Bridge backed", "Ann Lee", "We will build the bridge"),
    "ferry": ("Ferry cut", "Bo Chen", "The ferry costs too much"),
    "school": ("School opens", "Cy Park", "Every child gets a seat"),
}


def rss(site: LocalSite, slugs: list[str]) -> str:
    items = "".join(f"<item><title>{STORIES[s][0]}</title><link>{site.url('/' + s)}</link>"
                    f"<guid>{s}</guid><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate></item>"
                    for s in reversed(slugs))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'


@pytest.fixture()
def site():
    with LocalSite() as running:
        for slug, (title, speaker, words) in STORIES.items():
            running.put("/" + slug, article_page(title, speaker, words))
        yield running


@pytest.fixture()
def index(tmp_path):
    return QuoteIndex.open(tmp_path / "index", create=True)


def publish(site: LocalSite, slugs: list[str], version: str) -> str:
    return site.put("/feed", rss(site, slugs), content_type="application/rss+xml",
                    etag=f'"{version}"')


def test_a_feed_that_changes_between_polls_yields_only_its_new_articles(site, index):
    feed = publish(site, ["bridge", "ferry"], "v1")
    state, fetcher = FollowState.load(index.path), Fetcher(QUICK)
    first = poll_feed(index, feed, state, fetcher)
    assert (first.listed, first.new, first.added, first.quotes) == (2, 2, 2, 2)

    unchanged = poll_feed(index, feed, state, fetcher)          # 304: nothing fetched
    assert unchanged.not_modified and unchanged.new == 0
    assert (site.hits("/bridge"), site.hits("/ferry")) == (1, 1)

    publish(site, ["bridge", "ferry", "school"], "v2")
    changed = poll_feed(index, feed, state, fetcher)
    assert (changed.listed, changed.new, changed.added) == (3, 1, 1)
    assert (site.hits("/bridge"), site.hits("/ferry"), site.hits("/school")) == (1, 1, 1)
    assert index_stats(index).articles == 3
    saved = json.loads((pathlib.Path(index.path) / STATE_FILE).read_text(encoding="utf-8"))
    assert list(saved["feeds"][feed]["seen"]) == ["bridge", "ferry", "school"]
    assert saved["feeds"][feed]["etag"] == '"v2"'


def test_a_page_that_fails_is_retried_at_the_next_poll_and_the_validator_not_kept(site, index):
    feed = publish(site, ["bridge", "ferry"], "v1")
    site.put("/ferry", "busy", status=503)
    state, fetcher = FollowState.load(index.path), Fetcher(QUICK)
    first = poll_feed(index, feed, state, fetcher)
    assert (first.added, [e.reason for e in first.failed]) == (1, ["HTTP 503 Service Unavailable"])
    assert state.feed(feed).etag is None           # else the next poll's 304 would hide "ferry"

    site.put("/ferry", article_page(*STORIES["ferry"]))
    second = poll_feed(index, feed, state, fetcher)
    assert (second.new, second.added, second.failed) == (1, 1, [])
    assert site.hits("/bridge") == 1 and state.feed(feed).etag == '"v1"'


def test_a_page_failing_poll_after_poll_is_given_up(site, index):
    feed = publish(site, ["bridge"], "v1")
    site.routes.pop("/bridge")
    state, fetcher = FollowState.load(index.path), Fetcher(QUICK)
    polls = [poll_feed(index, feed, state, fetcher) for _ in range(MAX_ATTEMPTS + 1)]
    assert [p.new for p in polls] == [1] * MAX_ATTEMPTS + [0]
    assert polls[MAX_ATTEMPTS - 1].given_up == [site.url("/bridge")]


def test_an_unreachable_feed_is_reported_and_the_others_go_on(site, index):
    feed = publish(site, ["bridge"], "v1")
    state = FollowState.load(index.path)
    polls = list(poll_feeds(index, ["http://127.0.0.1:1/feed", feed], state, Fetcher(QUICK)))
    assert polls[0].error == "connection refused" and polls[1].added == 1
    assert FollowState.load(index.path).feeds["http://127.0.0.1:1/feed"].last_error == \
        "connection refused"


def test_the_same_page_under_two_feeds_is_indexed_once(site, index):
    one, other = publish(site, ["bridge"], "v1"), site.put(
        "/other", rss(site, ["bridge"]), content_type="application/rss+xml")
    state, fetcher = FollowState.load(index.path), Fetcher(QUICK)
    polls = [poll_feed(index, feed, state, fetcher) for feed in (one, other)]
    assert [(p.added, p.unchanged) for p in polls] == [(1, 0), (0, 1)]
    assert index_stats(index).articles == 1


@pytest.mark.parametrize(("content", "reason"), [
    ("{not json", "cannot be read"),
    ('{"feeds": []}', "is not a follow state"),
    ('{"version": 99, "feeds": {}}', "newer QuoteSearch"),
    ('{"feeds": {"https://a.example/feed": {"bogus": 1}}}', "is damaged"),
])
def test_a_damaged_state_file_is_refused_not_overwritten(tmp_path, content, reason):
    (tmp_path / STATE_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(FeedStateError, match=reason):
        FollowState.load(str(tmp_path))
    assert (tmp_path / STATE_FILE).read_text(encoding="utf-8") == content


def test_the_state_is_replaced_whole_leaving_no_temporary_file(tmp_path):
    state = FollowState.load(str(tmp_path))
    state.feed("https://a.example/feed").mark_seen("entry-1")
    state.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [STATE_FILE]
    assert FollowState.load(str(tmp_path)).feeds["https://a.example/feed"].seen.keys() == {"entry-1"}
