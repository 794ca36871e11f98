"""What an HTML page's markup says about its article: title, outlet, date,
canonical URL and byline, from ``<meta>`` tags, JSON-LD and the page itself;
and publication dates as written, read to ISO dates (also for JSON Lines)."""
from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Optional

from bs4 import BeautifulSoup
from dateutil import parser as dateutil_parser

_WHITESPACE_RUN = re.compile(r"\s+")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")


def collapse_whitespace(text: str) -> str:
    """Whitespace runs as one space, trimmed: text of markup as it reads."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


def page_metadata(soup: BeautifulSoup) -> dict[str, Optional[str]]:
    """Title, outlet, date, url and byline from the whole (unpruned) page."""
    meta = _meta_values(soup)
    linked_data = _linked_data_objects(soup)
    outlet = _first(
        meta.get("og:site_name"),
        _linked_data_names(linked_data, "publisher"),
        meta.get("publisher"),
        meta.get("application-name"),
    )
    return {
        "title": _page_title(soup, meta, outlet),
        "outlet": outlet,
        "date": _page_date(soup, meta, linked_data),
        "url": _first(_canonical_link(soup), meta.get("og:url")),
        "byline": _page_byline(soup, meta, linked_data),
    }


def _first(*values: Optional[str]) -> Optional[str]:
    for value in values:
        if value and value.strip():
            return collapse_whitespace(value)
    return None


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """<meta> contents keyed by lower-cased property/name/itemprop; first wins."""
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = tag.get(attribute)
            if isinstance(key, str) and key.strip():
                values.setdefault(key.strip().lower(), content.strip())
    return values


def _linked_data_objects(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """JSON-LD objects, article-like ones first (then the rest of the graph)."""
    objects: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": True}):
        if not str(script.get("type", "")).lower().startswith("application/ld+json"):
            continue
        try:
            data = json.loads(script.get_text())
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the meta tags may still do
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                pending.extend(item.get("@graph") or [])
    return sorted(objects, key=lambda item: not _is_article_type(item.get("@type")))


def _is_article_type(type_value: Any) -> bool:
    types = type_value if isinstance(type_value, list) else [type_value]
    return any(
        isinstance(name, str) and ("Article" in name or name in ("ReportageNews", "BlogPosting", "LiveBlogPosting"))
        for name in types
    )


def _linked_data_names(objects: list[dict[str, Any]], key: str) -> Optional[str]:
    """The name(s) in the first object having `key` ({"name": ..}, a string, or a list)."""
    for item in objects:
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        names = []
        for entry in values:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip() and collapse_whitespace(name) not in names:
                names.append(collapse_whitespace(name))
        if names:
            return ", ".join(names)
    return None


def _linked_data_string(objects: list[dict[str, Any]], key: str) -> Optional[str]:
    for item in objects:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _page_title(soup: BeautifulSoup, meta: dict[str, str], outlet: Optional[str]) -> Optional[str]:
    og_title = _first(meta.get("og:title"))
    if og_title:
        return _without_outlet_suffix(og_title, outlet)
    heading = _first_heading(soup)
    if heading:
        return heading
    if soup.title is not None:
        return _without_site_suffix(_first(soup.title.get_text()), outlet)
    return None


def _first_heading(soup: BeautifulSoup) -> Optional[str]:
    # Prefer the article's own <h1>: the page header's <h1> is often the logo.
    for selector in ("article h1", "main h1", "h1"):
        for heading in soup.select(selector):
            text = _first(heading.get_text(" "))
            if text:
                return text
    return None


def _without_outlet_suffix(title: str, outlet: Optional[str]) -> str:
    if outlet:
        for separator in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if found and head.strip() and tail.strip().lower() == outlet.lower():
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


def _canonical_link(soup: BeautifulSoup) -> Optional[str]:
    for link in soup.find_all("link", href=True):
        relations = link.get("rel") or []
        if isinstance(relations, str):
            relations = relations.split()
        if "canonical" in (relation.lower() for relation in relations):
            return link["href"]
    return None


def _page_date(soup: BeautifulSoup, meta: dict[str, str], linked_data: list[dict[str, Any]]) -> Optional[str]:
    """The first publication date that parses to a full date; never a guess."""
    candidates = [
        meta.get("article:published_time"),
        _linked_data_string(linked_data, "datePublished"),
        meta.get("datepublished"),
        _time_in_article(soup),
        meta.get("date"),
        meta.get("pubdate"),
        meta.get("dc.date"),
        meta.get("dc.date.issued"),
    ]
    for candidate in candidates:
        date = iso_date(candidate) if candidate else None
        if date:
            return date
    return None


def _time_in_article(soup: BeautifulSoup) -> Optional[str]:
    for selector in ("article time[datetime]", "main time[datetime]"):
        element = soup.select_one(selector)
        if element is not None:
            return element.get("datetime")
    return None


def _page_byline(soup: BeautifulSoup, meta: dict[str, str], linked_data: list[dict[str, Any]]) -> Optional[str]:
    meta_author = meta.get("author")
    if meta_author and meta_author.lower().startswith(("http://", "https://")):
        meta_author = None  # some sites put a profile URL here
    return _first(
        meta_author,
        _linked_data_names(linked_data, "author"),
        *(element.get_text(" ") for element in soup.find_all(rel="author")),
        *(element.get_text(" ") for element in soup.select(".byline")),
    )


_ISO_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# Two different fill-ins: a date that parses differently with each one was
# missing a part (year, month or day), and a partial date is not a date.
_FILL_IN_A = datetime(1900, 1, 1)
_FILL_IN_B = datetime(1901, 2, 2)


def iso_date(value: str) -> Optional[str]:
    """ "2024-03-05T10:00:00+08:00", "Tue, 5 Mar 2024", "March 5, 2024" ->
    "2024-03-05"; None unless year, month and day are all present.

    The date is the one written (publisher's local date), not converted to UTC.
    """
    value = value.strip()
    if not value:
        return None
    iso = _ISO_DATE_PREFIX.match(value)
    if iso:
        try:
            return datetime(*(int(part) for part in iso.groups())).date().isoformat()
        except ValueError:
            return None
    try:
        first = dateutil_parser.parse(value, default=_FILL_IN_A)
        second = dateutil_parser.parse(value, default=_FILL_IN_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
