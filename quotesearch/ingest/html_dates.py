"""The publication date of an HTML page: the original date (not the last update),
as the page shows it in its own local time; and dates as written read to ISO
dates (also for JSON Lines).

htmldate (``find_date(tree, original_date=True, extensive_search=False)``) finds
a date; what the page shows its readers then settles it (`html_date_lines`):
- the one publication date a labelled date line shows ("Published November 9,
  2023", "Erschienen am: 01.11.2023") wins over a date found in markup alone (a
  CMS creation date, a comment, a last change);
- the date line under the headline wins too, unless the markup says it is the
  last change, or htmldate's date is a timestamp in the page's own time zone;
- where the date is the day of a UTC timestamp, the local day is taken when the
  page gives the same moment in its own zone (``2023-11-09T02:11Z`` and
  ``2023-11-08T21:11-05:00``) or shows the day that moment falls on where it is
  and not the UTC day, or (showing neither) when the moment falls on another
  day everywhere in the page's country (`html_time_zones`): an evening story is
  dated the evening it ran;
- the day the site's header shows (the day of the visit), and a generic
  ``<meta name="date">`` the page's ``<time>`` or date line contradicts, are not
  the publication date (`html_date_checks`); nor is the day of the page's
  address when its explicit publication time is another day the page shows.
Without htmldate's answer, the publication meta tags and JSON-LD are read as
written; then the page's address, its date lines, and the first full date its
text writes (a year or a month alone is no date).
"""
from __future__ import annotations

import re
import warnings
from datetime import date as Date
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from dateutil import parser as dateutil_parser
from lxml import etree
from lxml.html import HtmlElement

from .html_date_checks import (
    EXPLICIT_PUBLICATION_KEYS,
    GENERIC_DATE_KEYS,
    header_day,
    shown_time_day,
)
from .html_date_lines import (
    above_headline_date,
    first_written_date,
    headline_date,
    shown_publication_date,
    visible_text,
)
from .html_linked_data import LinkedData
from .html_time_zones import page_region, regional_day
from .written_dates import is_written, url_date

_TIMESTAMP = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d?)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?\s*$",
    re.IGNORECASE)
_PUBLICATION_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                     "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                     "parsely-pub-date", "article.published", "published_time")
_UPDATE_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
                "dcterms.modified", "dc:date.modified", "modified_time", "lastmod")
_SAME_MOMENT = timedelta(minutes=2)
# The date line under the headline corrects the markup's date by days (a time
# zone, a draft's date, a teaser's date); one years away is what the article is
# about (a birth date in an infobox), not when it ran.
_HEADLINE_CORRECTS = timedelta(days=62)


def page_date(tree: HtmlElement, meta: dict[str, str], linked: LinkedData,
              url: str | None = None) -> str | None:
    """The page's original publication date, ISO "YYYY-MM-DD", or None; `url` is
    the page's address, if known."""
    found = _htmldate(tree)
    if found and _slug_number_day(found, tree, meta, linked, url):
        found = None
    visit_day = None
    if found and header_day(tree, Date.fromisoformat(found), lambda: _markup_values(meta, linked)):
        visit_day, found = Date.fromisoformat(found), None  # the day of the visit, not of the article
    stamps = _timestamps(tree, meta, linked)
    if found:
        update_days = _update_days(tree, meta, linked)
        published = _explicit_publication_days(tree, meta, linked)
        shown = shown_publication_date(tree)
        # The date line under the headline; else the one right above it, unless the
        # markup says `found` is the publication (that line may be a teaser's).
        headline = headline_date(tree) or (above_headline_date(tree) if found not in published else None)
        if (shown and shown.isoformat() != found
                and not (found in published and headline and headline.isoformat() == found)):
            return shown.isoformat()
        generic = _generic_markup_day(found, meta, linked)
        if (headline and headline.isoformat() != found and headline.isoformat() not in update_days
                and (abs(headline - Date.fromisoformat(found)) <= _HEADLINE_CORRECTS or found in update_days)
                and (generic or not _local_stamp_day(found, stamps))):
            return headline.isoformat()
        if generic:
            shown_day = shown_time_day(tree)
            if shown_day and shown_day.isoformat() != found:
                return shown_day.isoformat()
        return (_published_after_address_day(found, url, tree, meta, linked)
                or _local_day(found, stamps, tree, page_region(tree, url, meta)))
    for candidate in ([meta.get(key) for key in _PUBLICATION_KEYS] + linked.strings("datePublished")
                      + linked.strings("dateCreated") + _itemprop_values(tree, "datePublished")):
        date = iso_date(candidate) if candidate else None
        if date and date != str(visit_day):
            return date
    return _searched_date(tree, url, visit_day)


# An address's year and month followed by a number that is no day: "/2023/10/3-questions-for-…".
_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/\d{1,2}[-_][^\W\d_]")


def _slug_number_day(found: str, tree: HtmlElement, meta: dict[str, str], linked: LinkedData,
                     url: str | None) -> bool:
    """Whether `found` is the page address's year and month with a number of its
    slug as the day ("/2023/10/3-fragen-an-…" read as 3 October), and nothing
    else in the page gives that day: its markup (meta tags, JSON-LD, ``<time>``,
    ``itemprop``) or the text it shows."""
    address = _ADDRESS_MONTH.search(url or "")
    day = Date.fromisoformat(found)
    if not address or (int(address.group(1)), int(address.group(2))) != (day.year, day.month):
        return False
    values = (_markup_values(meta, linked) + [element.get("datetime") or "" for element in tree.iter("time")]
              + _itemprop_values(tree, "datePublished") + _itemprop_values(tree, "dateModified"))
    return not (any(value.startswith(found) or is_written(day, value)
                    for value in values if value and "://" not in value)  # the address itself, again
                or is_written(day, visible_text(tree)))


def _generic_markup_day(found: str, meta: dict[str, str], linked: LinkedData) -> bool:
    """Whether `found` is the day of a date the markup gives without saying it is
    the publication (``<meta name="date">``, an update time), and nothing in the
    markup says when the page was published."""
    if any(meta.get(key) for key in EXPLICIT_PUBLICATION_KEYS) or linked.strings("datePublished"):
        return False
    values = [meta.get(key) for key in GENERIC_DATE_KEYS + _UPDATE_KEYS] + linked.strings("dateModified")
    return any(iso_date(value) == found for value in values if value)


def _markup_values(meta: dict[str, str], linked: LinkedData) -> list[str]:
    """The dates the page's meta tags and JSON-LD give (and whatever else its
    meta tags say)."""
    return (list(meta.values()) + linked.strings("datePublished") + linked.strings("dateCreated")
            + linked.strings("dateModified"))


def _local_stamp_day(found: str, stamps: list[datetime]) -> bool:
    """Whether `found` is the day of a timestamp the page gives in its own zone."""
    return any(stamp.utcoffset() != timedelta(0) and stamp.date().isoformat() == found for stamp in stamps)


def _update_days(tree: HtmlElement, meta: dict[str, str], linked: LinkedData) -> set[str]:
    """The days the markup gives for the page's last change (a date line showing
    one of them shows the update, not the publication)."""
    values = ([meta.get(key) for key in _UPDATE_KEYS] + linked.strings("dateModified")
              + _itemprop_values(tree, "dateModified"))
    return {day for day in (iso_date(value) for value in values if value) if day}


def _explicit_publication_days(tree: HtmlElement, meta: dict[str, str], linked: LinkedData) -> list[str]:
    """The days the markup says the page was published on (meta tags, JSON-LD,
    an element of the page marked ``itemprop="datePublished"``), in that order."""
    values = ([meta.get(key) for key in EXPLICIT_PUBLICATION_KEYS] + linked.strings("datePublished")
              + _itemprop_values(tree, "datePublished"))
    days = [day for day in (iso_date(value) for value in values if value) if day]
    return list(dict.fromkeys(days))


_DATE_ITEMPROPS = etree.XPath("//body//*[@itemprop='datePublished' or @itemprop='dateModified'][not(self::meta)]")


def _itemprop_values(tree: HtmlElement, name: str) -> list[str]:
    """The dates elements of the page's body marked ``itemprop=name`` give: their
    ``content`` or ``datetime``, else their text (``<meta>`` tags are in the meta
    values already)."""
    return _date_itemprops(tree).get(name, [])


@lru_cache(maxsize=1)  # read by several rules in turn: one pass over the page
def _date_itemprops(tree: HtmlElement) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for element in _DATE_ITEMPROPS(tree):
        found.setdefault(element.get("itemprop"), []).append(
            element.get("content") or element.get("datetime") or element.text_content())
    return found


def _htmldate(tree: HtmlElement) -> str | None:
    from htmldate import (
        find_date,  # imported when first needed: it loads dateparser's tables
    )

    try:
        return find_date(tree, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - a date heuristic failing must not lose the page
        return None


def _searched_date(tree: HtmlElement, url: str | None, header_day: Date | None = None) -> str | None:
    """When the markup names no date: the page's address, the one publication
    date line it shows, the date line under its headline or right above it, or
    the first date line its text shows. Not htmldate's own search of the whole page: as good here
    but seven times slower (seconds on some pages), and its last resorts fill in
    a day nobody wrote ("© 2016" as 2016-01-01). The day the site's header shows
    (`header_day`, the day of the visit) is none of them."""
    found = (url_date(url) or shown_publication_date(tree) or headline_date(tree)
             or above_headline_date(tree) or first_written_date(tree, skip=header_day))
    if found == header_day:
        return None
    return found.isoformat() if found else None


def _timestamps(tree: HtmlElement, meta: dict[str, str], linked: LinkedData) -> list[datetime]:
    """Every full timestamp with a time zone the page gives for its publication
    (not the times of readers' comments)."""
    values = [meta.get(key) for key in _PUBLICATION_KEYS]
    values += linked.strings("datePublished") + linked.strings("dateCreated")
    values += [element.get("datetime") for element in tree.iter("time") if not _in_comments(element)]
    values += _itemprop_values(tree, "datePublished")
    return [stamp for stamp in map(_timestamp, values) if stamp]


def _in_comments(element: HtmlElement) -> bool:
    """Whether `element` is inside readers' comments (their times are not the article's)."""
    return any("comment" in f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
               for ancestor in element.iterancestors())


def _timestamp(value: str | None) -> datetime | None:
    """A full timestamp with a time zone ("2020-07-09T10:04:04Z"), else None."""
    match = _TIMESTAMP.match(value) if value else None
    if not match or not match.group(7):
        return None
    zone = match.group(7).upper().replace("Z", "+00:00")
    offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:])) * (-1 if zone[0] == "-" else 1)
    try:
        return datetime(*(int(part or 0) for part in match.group(1, 2, 3, 4, 5, 6)), tzinfo=timezone(offset))
    except ValueError:
        return None


def _published_after_address_day(found: str, url: str | None, tree: HtmlElement, meta: dict[str, str],
                                 linked: LinkedData) -> str | None:
    """When `found` is the day the page's address gives ("/2020/07/08/", the day
    the story's address was made): the day of its explicit publication time, if
    that is another day where the page is from and the page shows it."""
    if not url or str(url_date(url)) != found:
        return None
    region = page_region(tree, url, meta)
    for value in [meta.get(key) for key in EXPLICIT_PUBLICATION_KEYS] + linked.strings("datePublished"):
        stamp = _timestamp(value)
        if stamp is None:
            continue
        local = stamp.date() if stamp.utcoffset() != timedelta(0) else regional_day(stamp, region)
        if local is None and region is None and not is_written(Date.fromisoformat(found), visible_text(tree)):
            local = stamp.date()  # a country unknown, the address's day not shown: the day the page shows
        if local and local.isoformat() != found and is_written(local, visible_text(tree)):
            return local.isoformat()
    return None


def _local_day(found: str, stamps: list[datetime], tree: HtmlElement, region: str | None = None) -> str:
    """`found`, unless it is the day of a UTC timestamp the page also gives in its
    own time zone (then that zone's day), or shows as the day that moment falls on
    where the page is (then the day shown), or falls on another day everywhere in
    the page's country (`region`, see `html_time_zones`)."""
    utc_stamps = [stamp for stamp in stamps
                  if stamp.utcoffset() == timedelta(0) and stamp.date().isoformat() == found]
    for utc in utc_stamps:
        for local in stamps:
            if local.utcoffset() != timedelta(0) and abs(local - utc) <= _SAME_MOMENT:
                return local.date().isoformat()
    if utc_stamps:
        text = visible_text(tree)  # what the page shows, not the timestamps of its scripts
        day = Date.fromisoformat(found)
        if not is_written(day, text):
            for utc in utc_stamps:
                # In the afternoon (UTC) it is already the next day east of
                # Greenwich; in the morning still the day before in the west.
                local = day + timedelta(days=1 if utc.hour >= 12 else -1)
                if is_written(local, text):
                    return local.isoformat()
        if region and not is_written(day, text):
            # The page does not show the UTC day (its scripts may): the day it ran where it is from.
            for utc in utc_stamps:
                regional = regional_day(utc, region)
                if regional and regional != day:
                    return regional.isoformat()
    return found


_ISO_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# Two different fill-ins: a date that parses differently with each one was
# missing a part (year, month or day), and a partial date is not a date.
_FILL_IN_A = datetime(1900, 1, 1)
_FILL_IN_B = datetime(1901, 2, 2)


def iso_date(value: str) -> str | None:
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
        with warnings.catch_warnings():
            # "12:49 IST": only the date is read; an unknown zone name is no news to the user
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            first = dateutil_parser.parse(value, default=_FILL_IN_A)
            second = dateutil_parser.parse(value, default=_FILL_IN_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
