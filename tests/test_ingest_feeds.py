"""Feeds, sitemaps and discovered feeds (`quotesearch.ingest.feeds`), served by
a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import pytest
from local_site import LocalSite

from quotesearch.ingest.feeds import FeedEntry, list_entries
from quotesearch.ingest.fetch import Fetcher, FetchFailure, FetchPolicy

QUICK = Fetcher(FetchPolicy(timeout=1.0, per_host_delay=0.0))

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title>
<item><title>Ferry cut</title><link>/news/ferry.html</link><guid isPermaLink="false">ht-2</guid>
<pubDate>Tue, 05 Mar 2024 22:30:00 -0500</pubDate></item>
<item><title>Bridge backed</title><link>http://HOST/news/bridge.html</link><guid>ht-1</guid>
<pubDate>Mon, 04 Mar 2024 09:00:00 -0500</pubDate></item>
<item><title>Not a web page</title><link>mailto:desk@harbor.example</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Bay Courier</title><id>urn:bay</id><updated>2024-03-05T10:00:00+02:00</updated>
<entry><title>Quotas cut</title><id>urn:bay:9</id><link rel="alternate" href="http://HOST/bay/9"/>
<published>2024-03-05T00:30:00+02:00</published><updated>2024-03-06T10:00:00Z</updated></entry>
</feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://HOST/b?x=1&amp;y=2</loc><lastmod>2024-03-05T12:00:00+00:00</lastmod></url>
<url><loc>http://HOST/a</loc><lastmod>2024-03-01</lastmod></url>
</urlset>"""


@pytest.fixture()
def site():
    with LocalSite() as running:
        yield running


def _on(site, text: str) -> str:
    return text.replace("http://HOST", site.root)


def test_rss_entries_oldest_first_with_keys_links_and_the_feeds_own_local_date(site):
    url = site.put("/rss", _on(site, RSS), content_type="application/rss+xml", etag='"r1"')
    listing = list_entries(url, QUICK)
    assert listing.entries == (
        FeedEntry("ht-1", site.url("/news/bridge.html"), "Bridge backed", "2024-03-04"),
        # 22:30 in New York is the next day in UTC: the feed's own date is kept
        FeedEntry("ht-2", site.url("/news/ferry.html"), "Ferry cut", "2024-03-05"),
    )
    assert (listing.read_from, listing.etag) == (url, '"r1"')


def test_atom_entries_take_the_published_date(site):
    url = site.put("/atom", _on(site, ATOM), content_type="application/atom+xml")
    assert list_entries(url, QUICK).entries == (
        FeedEntry("urn:bay:9", site.url("/bay/9"), "Quotas cut", "2024-03-05"),)


def test_a_site_page_leads_to_the_feed_it_links_to(site):
    site.put("/feeds/all.xml", _on(site, RSS), content_type="application/rss+xml")
    page = site.put("/", '<html><head><link rel="stylesheet" href="/s.css">'
                         '<link rel="alternate" type="application/rss+xml" href="/feeds/all.xml">'
                         "</head><body><p>Front page</p></body></html>")
    listing = list_entries(page, QUICK)
    assert listing.read_from == site.url("/feeds/all.xml")
    assert [e.key for e in listing.entries] == ["ht-1", "ht-2"]


def test_a_site_without_feed_link_is_read_from_its_sitemap(site):
    site.put("/sitemap.xml", _on(site, SITEMAP), content_type="application/xml")
    page = site.put("/home", "<html><body><p>No feed here</p></body></html>")
    listing = list_entries(page, QUICK)
    assert listing.read_from == site.url("/sitemap.xml")
    assert [(e.url, e.date) for e in listing.entries] == [
        (site.url("/a"), "2024-03-01"), (site.url("/b?x=1&y=2"), "2024-03-05")]


def test_a_sitemap_index_is_read_through_its_child_sitemaps(site):
    site.put("/child.xml", _on(site, SITEMAP), content_type="text/xml")
    url = site.put("/index.xml", _on(site, '<?xml version="1.0"?><sitemapindex xmlns='
                                           '"http://www.sitemaps.org/schemas/sitemap/0.9">'
                                           "<sitemap><loc>http://HOST/child.xml</loc></sitemap>"
                                           "<sitemap><loc>http://HOST/gone.xml</loc></sitemap>"
                                           "</sitemapindex>"), content_type="application/xml")
    assert len(list_entries(url, QUICK).entries) == 2


@pytest.mark.parametrize(("path", "body", "content_type", "reason"), [
    ("/home", "<html><body><p>No feed</p></body></html>", "text/html",
     "no RSS/Atom feed link on this page, and no /sitemap.xml on its site"),
    ("/notes.xml", "<notes><note>hello</note></notes>", "application/xml", "not an RSS/Atom feed"),
    ("/logo.png", b"\x89PNG", "image/png", "unsupported content type image/png"),
])
def test_what_is_no_feed_says_so(site, path, body, content_type, reason):
    url = site.put(path, body, content_type=content_type)
    with pytest.raises(ValueError, match=reason.replace("(", r"\(")):
        list_entries(url, QUICK)


def test_a_conditional_poll_of_an_unchanged_feed_is_not_modified(site):
    url = site.put("/rss", _on(site, RSS), content_type="application/rss+xml", etag='"r1"')
    listing = list_entries(url, QUICK, etag='"r1"')
    assert listing.not_modified and listing.entries == ()
    with pytest.raises(FetchFailure, match="connection refused"):
        list_entries("http://127.0.0.1:1/rss", QUICK)


def test_a_feed_served_as_html_is_still_read_as_a_feed(site):
    url = site.put("/rss.php", _on(site, RSS), content_type="text/html; charset=utf-8")
    listing = list_entries(url, QUICK)
    assert listing.read_from == url and [e.key for e in listing.entries] == ["ht-1", "ht-2"]
