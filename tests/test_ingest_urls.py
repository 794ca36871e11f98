"""URLs as articles (`quotesearch.ingest.urls`): pages fetched from a real
local server read by the same readers as files, known by their final URL,
with no path of this machine anywhere."""
from __future__ import annotations

import json
import os

import pytest
from local_site import LocalSite, article_page

from quotesearch.index import QuoteIndex
from quotesearch.index.build import ingest_articles
from quotesearch.ingest.fetch import Fetcher, FetchPolicy
from quotesearch.ingest.urls import read_inputs, read_url
from quotesearch.records import Article, IngestError

QUICK = Fetcher(FetchPolicy(timeout=1.0, per_host_delay=0.0))


@pytest.fixture()
def site():
    with LocalSite() as running:
        yield running


def test_an_html_page_becomes_an_article_with_the_final_url_and_no_file(site):
    final = site.put("/2024/plan.html", article_page("Council backs plan", "Ann Lee",
                                                     "We will build the bridge"))
    site.redirect("/short", "/2024/plan.html")
    article = read_url(site.url("/short"), QUICK)
    assert isinstance(article, Article)
    assert (article.url, article.file) == (final, None)
    assert article.title == "Council backs plan" and article.outlet == "Harbor Times"
    assert "We will build the bridge" in article.text


@pytest.mark.parametrize(("content_type", "body", "expected_text"), [
    ("text/plain; charset=utf-8", "Plan backed\n\nThe council backed the plan.", "The council backed the plan."),
    ("text/plain; charset=windows-1252", "Café owners “protest” the plan".encode("cp1252"), "Café owners “protest”"),
    (None, "<html><body><article><p>No header at all, but markup.</p></article></body></html>",
     "No header at all, but markup."),
])
def test_plain_text_and_untyped_pages_are_read(site, content_type, body, expected_text):
    url = site.put("/t", body, content_type=content_type)
    article = read_url(url, QUICK)
    assert isinstance(article, Article), article
    assert expected_text in article.text and article.url == url


def test_a_page_without_article_text_is_an_error_naming_the_url(site):
    url = site.put("/empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    error = read_url(url, QUICK)
    assert error == IngestError(url, "no article text found")


def test_paths_and_urls_are_read_in_the_order_given(site, tmp_path):
    url = site.put("/a.html", article_page("Bridge", "Ann Lee", "We will build the bridge"))
    text_file = tmp_path / "note.txt"
    text_file.write_text("Note\n\n\"It works,\" said Bo Chen, an engineer.\n", encoding="utf-8")
    items = list(read_inputs([str(text_file), url, site.url("/missing"), str(text_file)], QUICK))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "IngestError", "Article"]
    assert items[1].url == url and items[2].file == site.url("/missing")


def test_reingesting_an_unchanged_page_adds_nothing_and_a_changed_one_replaces_it(site, tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    url = site.put("/a.html", article_page("Bridge", "Ann Lee", "We will build the bridge"))
    first = ingest_articles(index, read_inputs([url], QUICK))
    again = ingest_articles(index, read_inputs([url], QUICK))
    assert (first.added, again.added, again.unchanged) == (1, 0, 1)
    site.put("/a.html", article_page("Bridge", "Ann Lee", "We will build the bridge by May"))
    changed = ingest_articles(index, read_inputs([url], QUICK))
    assert (changed.added, changed.replaced) == (0, 1)
    with index.searcher() as searcher:
        stored = [dict(fields) for fields in searcher.documents() if fields.get("kind") == "article"]
    assert len(stored) == 1 and stored[0]["file"] == "url:" + url     # its source key
    article = json.loads(stored[0]["data"])["article"]
    assert (article["url"], article["file"]) == (url, None)
    assert "We will build the bridge by May" in article["text"]
    assert os.getcwd() not in stored[0]["data"] and str(tmp_path) not in stored[0]["data"]
