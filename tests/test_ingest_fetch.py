"""Fetching pages (`quotesearch.ingest.fetch`) from a real HTTP server on
127.0.0.1: redirects, errors, slow and huge answers, content types, the pace
per host, who we say we are, and private addresses refused when asked."""
from __future__ import annotations

import itertools

import pytest
from local_site import LocalSite, article_page

from quotesearch.ingest.fetch import (
    FEED_TYPES,
    USER_AGENT,
    Fetcher,
    FetchFailure,
    FetchPolicy,
    is_url,
    read_url_list,
)

QUICK = FetchPolicy(timeout=1.0, per_host_delay=0.0)


@pytest.fixture()
def site():
    with LocalSite() as running:
        yield running


def test_a_page_is_fetched_with_its_type_charset_and_our_user_agent(site):
    url = site.put("/a.html", article_page("Plan", "Ann Lee", "We will build it"),
                   content_type="text/html; charset=ISO-8859-1")
    page = Fetcher(QUICK).fetch(url)
    assert (page.final_url, page.media_type, page.charset) == (url, "text/html", "ISO-8859-1")
    assert b"Ann Lee" in page.body
    assert site.requests[0].headers["User-Agent"] == USER_AGENT
    assert "QuoteSearch" in USER_AGENT


def test_redirects_are_followed_and_the_final_url_kept_without_fragment(site):
    final = site.put("/final.html", article_page("Plan", "Ann Lee", "We will build it"))
    site.redirect("/old", "/middle", status=301)
    site.redirect("/middle", final + "#top", status=307)
    page = Fetcher(QUICK).fetch(site.url("/old"))
    assert page.url == site.url("/old")
    assert page.final_url == final
    assert [r.path for r in site.requests] == ["/old", "/middle", "/final.html"]


@pytest.mark.parametrize(("setup", "reason"), [
    (lambda s: None, "HTTP 404 Not Found"),
    (lambda s: s.put("/x", b"oops", status=500), "HTTP 500"),
    (lambda s: s.redirect("/x", "/x"), "more than 10 redirects"),
    (lambda s: s.redirect("/x", "ftp://127.0.0.1/file"), "not an http(s) URL"),
    (lambda s: s.put("/x", b"%PDF-1.4", content_type="application/pdf"),
     "unsupported content type application/pdf (expected HTML or plain text)"),
    (lambda s: s.put("/x", b"", content_type="text/html"), "empty response"),
    (lambda s: s.put("/x", b"<p>late</p>", delay=3.0), "timed out after 1 s"),
    (lambda s: s.put("/x", b"x" * 3000), "response too large: 2.9 KB (limit 2.0 KB)"),
    (lambda s: s.put("/x", endless=True), "response too large: over"),
])
def test_each_failure_is_one_line_naming_the_cause(site, setup, reason):
    setup(site)
    policy = FetchPolicy(timeout=1.0, per_host_delay=0.0, max_bytes=2048)
    with pytest.raises(FetchFailure) as failure:
        Fetcher(policy).fetch(site.url("/x"))
    assert str(failure.value).startswith(reason)
    assert "\n" not in str(failure.value)


def test_a_huge_answer_without_length_is_cut_at_the_cap_not_read_whole(site):
    site.put("/endless", endless=True)
    with pytest.raises(FetchFailure, match="too large"):
        Fetcher(FetchPolicy(timeout=2.0, per_host_delay=0.0, max_bytes=1 << 20)).fetch(
            site.url("/endless"))


def test_a_refused_connection_is_named(site):
    with pytest.raises(FetchFailure, match="connection refused"):
        Fetcher(QUICK).fetch("http://127.0.0.1:1/page")


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    for n in range(3):
        site.put(f"/p{n}", f"<p>page {n}</p>")
    fetcher = Fetcher(FetchPolicy(timeout=2.0, per_host_delay=0.3))
    for n in range(3):
        fetcher.fetch(site.url(f"/p{n}"))
    times = [r.at for r in site.requests]
    assert all(later - earlier >= 0.29 for earlier, later in itertools.pairwise(times))


def test_feeds_accept_xml_types_and_conditional_requests_get_not_modified(site):
    url = site.put("/feed", b"<rss version='2.0'><channel></channel></rss>",
                   content_type="application/rss+xml", etag='"v1"')
    fetcher = Fetcher(QUICK)
    first = fetcher.fetch(url, accept=FEED_TYPES)
    assert (first.media_type, first.etag) == ("application/rss+xml", '"v1"')
    again = fetcher.fetch(url, accept=FEED_TYPES, headers={"If-None-Match": '"v1"'})
    assert again.not_modified and again.body == b""
    with pytest.raises(FetchFailure, match="unsupported content type"):
        fetcher.fetch(url)          # a feed is not an article page


def test_private_addresses_are_refused_when_others_choose_the_urls(site):
    url = site.put("/a", "<p>inside</p>")
    with pytest.raises(FetchFailure, match="127.0.0.1 is not a public address"):
        Fetcher(FetchPolicy(allow_private=False, per_host_delay=0)).fetch(url)
    assert site.requests == []       # refused before any request
    # a public-looking start redirecting inside is refused at the hop (checked per hop)
    with pytest.raises(FetchFailure, match="not a public address"):
        Fetcher(FetchPolicy(allow_private=False, per_host_delay=0)).fetch("http://localhost:1/")


@pytest.mark.parametrize(("text", "expected"), [
    ("https://a.example/x", True), ("HTTP://a.example", True), ("http:/a", False),
    ("ftp://a.example", False), ("news/article.html", False), ("javascript:alert(1)", False),
])
def test_what_counts_as_a_url_argument(text, expected):
    assert is_url(text) is expected


def test_url_lists_skip_blank_lines_and_comments_but_keep_fragments(tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text("# today's reading\n\nhttps://a.example/1  # the council\n"
                       "   https://a.example/2#part\n#https://a.example/3\n", encoding="utf-8")
    assert read_url_list(str(listing)) == ["https://a.example/1", "https://a.example/2#part"]
