"""What an HTML page's markup says about its article: title, outlet, date,
canonical URL and authors, from ``<meta>`` tags, JSON-LD and the page itself
(read from the lxml tree the text is read from: one parse per page); and
publication dates as written, read to ISO dates (also for JSON Lines).

The outlet is `quotesearch.ingest.html_outlets`' business, the authors
`quotesearch.ingest.html_authors`', the date `quotesearch.ingest.html_dates`',
JSON-LD `quotesearch.ingest.html_linked_data`'.
"""
from __future__ import annotations

import re
from typing import Optional

from lxml.html import HtmlElement

from .html_authors import author_names, page_byline  # noqa: F401 - author_names re-exported
from .html_dates import iso_date, page_date  # noqa: F401 - iso_date re-exported (JSON Lines)
from .html_linked_data import linked_data
from .html_outlets import outlet_name, page_outlet

_WHITESPACE_RUN = re.compile(r"\s+")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " « ", " » ")


def collapse_whitespace(text: str) -> str:
    """Whitespace runs as one space, trimmed: text of markup as it reads."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


def page_metadata(tree: HtmlElement, url: Optional[str] = None) -> dict[str, Optional[str]]:
    """Title, outlet, date, url and byline from the whole (unpruned) page; `url`
    is where the page came from, if known (a fallback for its canonical URL)."""
    meta = meta_values(tree)
    linked = linked_data(tree)
    page_url = _first(_canonical_link(tree), meta.get("og:url"), url)
    html_title = _first(_text_of(next(tree.iter("title"), None)))
    headline = _first(meta.get("og:title"), meta.get("twitter:title"), _first_heading(tree),
                      *linked.strings("headline"))
    outlet = page_outlet(meta, linked, html_title, headline, page_url or url)
    return {
        "title": _page_title(meta, tree, html_title, outlet),
        "outlet": outlet,
        "date": page_date(tree, meta, linked, page_url or url),
        "url": page_url,
        "byline": page_byline(tree, meta, linked, outlet),
    }


def _first(*values: Optional[str]) -> Optional[str]:
    for value in values:
        if value and value.strip():
            return collapse_whitespace(value)
    return None


def _text_of(element: Optional[HtmlElement]) -> Optional[str]:
    return element.text_content() if element is not None else None


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """<meta> contents keyed by lower-cased property/name/itemprop; first wins.
    Several <meta name="author"> (or dc.creator) are kept as one "a; b" value, in order."""
    values: dict[str, str] = {}
    for tag in tree.iter("meta"):
        content = tag.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = tag.get(attribute)
            if key and key.strip():
                key = key.strip().lower()
                if key in ("author", "article:author", "dc.creator") and key in values and content.strip() not in values[key]:
                    values[key] += "; " + content.strip()
                values.setdefault(key, content.strip())
    return values


def _page_title(meta: dict[str, str], tree: HtmlElement, html_title: Optional[str],
                outlet: Optional[str]) -> Optional[str]:
    og_title = _first(meta.get("og:title"))
    if og_title:
        return _without_outlet_suffix(og_title, outlet)
    heading = _first_heading(tree)
    if heading:
        return heading
    return _without_site_suffix(html_title, outlet)


def _first_heading(tree: HtmlElement) -> Optional[str]:
    # Prefer the article's own <h1>: the page header's <h1> is often the logo.
    for path in ("//article//h1", "//main//h1", "//h1"):
        for heading in tree.xpath(path):
            text = _first(heading.text_content())
            if text:
                return text
    return None


def _without_outlet_suffix(title: str, outlet: Optional[str]) -> str:
    if outlet:
        for separator in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if found and head.strip() and (tail.strip().lower() == outlet.lower()
                                           or outlet_name(tail) and outlet_name(tail).lower() == outlet.lower()):
                return head.strip()
    return title


def _without_site_suffix(title: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """"Minister resigns | The Daily Planet" -> "Minister resigns"; the suffix
    goes if it names the outlet or is short enough to be a site name."""
    if not title:
        return None
    without_outlet = _without_outlet_suffix(title, outlet)
    if without_outlet != title:
        return without_outlet
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and len(tail.split()) <= 4:
            return head.strip()
    return title


def _canonical_link(tree: HtmlElement) -> Optional[str]:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").strip():
            return link.get("href").strip()
    return None
