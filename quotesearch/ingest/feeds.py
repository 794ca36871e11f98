"""Feeds and sitemaps as lists of articles: what ``quotesearch follow`` polls.

Owns reading what a followed address gives back: an RSS/Atom feed (through
feedparser, which knows every RSS and Atom dialect in the wild), a sitemap
(``<urlset>``, or a ``<sitemapindex>`` of them), or a site's HTML page, whose
``<link rel="alternate" type="application/rss+xml">`` names its feed (else
the site's ``/sitemap.xml`` is tried). Each becomes `FeedEntry` records: a key
that stays the same across polls (the entry's id, else its link), the article
URL, and the title and date the feed gives (used when the page has none).

Keeping track of what was seen is `quotesearch.ingest.feed_state`'s business.
"""
from __future__ import annotations

import email.utils
import html
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from .failure import IngestFailure
from .fetch import FEED_TYPES, PAGE_TYPES, FetchedPage, Fetcher, FetchFailure

FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                   "application/feed+json")
MAX_CHILD_SITEMAPS = 5          # of a sitemap index, the last ones (sites append new ones)
_SITEMAP_START = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex)\b")
_LOC = re.compile(r"<(?:[\w-]+:)?loc>\s*(.*?)\s*</(?:[\w-]+:)?loc>", re.DOTALL)
_LASTMOD = re.compile(r"<(?:[\w-]+:)?lastmod>\s*(.*?)\s*</(?:[\w-]+:)?lastmod>", re.DOTALL)
_URL_BLOCK = re.compile(r"<(?:[\w-]+:)?url>(.*?)</(?:[\w-]+:)?url>", re.DOTALL)
_FEED_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*"
                         rb"<(?:rss|feed|rdf:RDF|(?:[\w-]+:)?urlset|(?:[\w-]+:)?sitemapindex)\b",
                         re.DOTALL)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FeedEntry:
    key: str
    url: str
    title: str | None = None
    date: str | None = None             # ISO "YYYY-MM-DD", as the feed gives it


@dataclass(frozen=True)
class FeedListing:
    """What one poll of a followed address found: its entries (oldest first,
    as far as the feed's order says) and the address actually read (the
    discovered feed or sitemap, when the followed address is a site's page)."""

    source: str
    read_from: str
    entries: tuple[FeedEntry, ...]
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


def list_entries(source: str, fetcher: Fetcher, read_from: str | None = None,
                 etag: str | None = None, last_modified: str | None = None) -> FeedListing:
    """The entries at ``read_from`` (what an earlier poll discovered) or else at
    ``source``; with ``etag``/``last_modified`` the request is conditional and a
    304 gives ``not_modified``. Raises `FetchFailure` (one line)."""
    target = read_from or source
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    page = fetcher.fetch(target, accept=FEED_TYPES | PAGE_TYPES, headers=headers)
    if page.not_modified:
        return FeedListing(source, target, (), not_modified=True, etag=page.etag or etag,
                           last_modified=page.last_modified or last_modified)
    if _is_html(page):
        discovered = discover_feed(page)
        if discovered is None:
            discovered = urljoin(page.final_url, "/sitemap.xml")
            try:
                page = fetcher.fetch(discovered, accept=FEED_TYPES)
            except FetchFailure:
                raise FetchFailure("no RSS/Atom feed link on this page, and no "
                                   "/sitemap.xml on its site") from None
        else:
            page = fetcher.fetch(discovered, accept=FEED_TYPES)
        target = discovered
    entries = read_listing(page, fetcher)
    return FeedListing(source, target, tuple(entries), etag=page.etag,
                       last_modified=page.last_modified)


def read_listing(page: FetchedPage, fetcher: Fetcher | None = None) -> list[FeedEntry]:
    """The entries of a fetched feed or sitemap, oldest first."""
    if _SITEMAP_START.search(page.body[:4096]):
        return read_sitemap(page, fetcher)
    return read_feed(page)


def read_feed(page: FetchedPage) -> list[FeedEntry]:
    import feedparser
    # no content-location: a guid ("ht-1") must stay the same key wherever the
    # feed moves, and links are made absolute here
    parsed = feedparser.parse(page.body, response_headers=(
        {"content-type": page.headers["Content-Type"]} if page.headers.get("Content-Type") else {}))
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = getattr(parsed, "bozo_exception", None)
        reason = str(problem).splitlines()[0] if problem else "no entries and no feed format"
        raise IngestFailure(f"not an RSS/Atom feed: {reason}")
    entries = []
    for item in parsed.entries:
        link = item.get("link") or _first_link(item)
        if not link:
            continue
        link = urljoin(page.final_url, link)
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        key = (item.get("id") or "").strip() or link
        entries.append(FeedEntry(key=key, url=link, title=(item.get("title") or "").strip() or None,
                                 date=_entry_date(item)))
    # feeds list the newest first; reading oldest first keeps the index's order natural
    entries.reverse()
    return entries


def read_sitemap(page: FetchedPage, fetcher: Fetcher | None = None) -> list[FeedEntry]:
    text = page.body.decode("utf-8", "replace")
    if re.search(r"<(?:[\w-]+:)?sitemapindex\b", text[:4096]):
        if fetcher is None:
            return []
        children = [html.unescape(loc) for loc in _LOC.findall(text)][-MAX_CHILD_SITEMAPS:]
        entries = []
        for child in children:
            try:
                child_page = fetcher.fetch(urljoin(page.final_url, child), accept=FEED_TYPES)
            except FetchFailure:
                continue        # one child unreadable: the others still count
            if _SITEMAP_START.search(child_page.body[:4096]):
                entries += read_sitemap(child_page, None)
        return entries
    entries = []
    for block in _URL_BLOCK.findall(text):
        loc = _LOC.search(block)
        if not loc:
            continue
        url = urljoin(page.final_url, html.unescape(loc.group(1)))
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        lastmod = _LASTMOD.search(block)
        date = lastmod.group(1)[:10] if lastmod and re.match(r"\d{4}-\d\d-\d\d", lastmod.group(1)) \
            else None
        entries.append(FeedEntry(key=url, url=url, date=date))
    if any(e.date for e in entries):
        entries.sort(key=lambda e: e.date or "")
    return entries


def discover_feed(page: FetchedPage) -> str | None:
    """The feed an HTML page links to as its alternate (RSS before Atom, in page order)."""
    soup = BeautifulSoup(page.body[:2 * 1024 * 1024], "lxml")
    for link in soup.find_all("link", href=True):
        relations = [r.lower() for r in (link.get("rel") or [])]
        kind = (link.get("type") or "").strip().lower()
        if "alternate" in relations and kind in FEED_LINK_TYPES:
            url = urljoin(page.final_url, link["href"].strip())
            if urlsplit(url).scheme in ("http", "https"):
                return url
    return None


def _is_html(page: FetchedPage) -> bool:
    if _FEED_START.match(page.body[:4096]):
        return False            # servers that label their RSS text/html exist
    if page.media_type in ("text/html", "application/xhtml+xml"):
        return True
    return not page.media_type and bool(_HTML_START.match(page.body[:4096]))


def _first_link(item) -> str | None:
    for link in item.get("links") or []:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link["href"]
    return None


def _entry_date(item) -> str | None:
    """The date as the feed wrote it, in the feed's own time zone (feedparser's
    ``*_parsed`` are in UTC: an evening story would be a day late)."""
    for name in ("published", "updated", "created"):
        raw = (item.get(name) or "").strip()
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw).date().isoformat()
        except ValueError:
            pass
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = item.get(name)
        if value:
            try:
                return datetime(*value[:3]).date().isoformat()
            except (TypeError, ValueError):
                continue
    return None
