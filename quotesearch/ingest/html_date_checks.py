"""Checks of a date found in a page's markup against what the page shows, for
`html_dates`: two constructions where the date found is not when the article ran.

- The site's header shows the day the page was fetched ("Mittwoch, 8. Juli
  2020", "Tue, 14 Jan 2020" above the menu): a date the page writes only above
  its headline, and nowhere in or after it, is the day of the visit.
- A generic ``<meta name="date">`` (or ``dcterms.date``, or an update time) is
  often the day the page was last generated; where the markup has no explicit
  publication time and the page's ``<time>`` elements show one day, that day is
  the one its readers see.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date as Date

from lxml import etree
from lxml.html import HtmlElement

from .html_date_lines import UPDATE_LABELS, headline_element, visible_text
from .written_dates import is_written, written_dates

# <time> elements in or after the headline: those above it may be the site's header.
_TIMES_FROM_HEADLINE = etree.XPath("descendant-or-self::time | following::time")
# A date line right above the headline ("Freitag, 5. Juni 2015", a kicker and
# its date) is the article's: the header's date sits before the menu.
_DATE_LINE_ABOVE = 150


def header_day(tree: HtmlElement, day: Date, markup_values: Callable[[], Iterable[str]]) -> bool:
    """Whether `day` is the day a site's header shows: the page's text writes it
    above its headline (`headline_element`), not right above it, and nowhere in
    or after it; the text after the headline writes another full date (the
    article's own); and none of the markup's dates (`markup_values`: meta tags,
    JSON-LD), nor a ``<time>`` in or after the headline, is on that day."""
    if any(is_written(day, value) for value in markup_values()):
        return False  # most dates found are the markup's: settled without reading the text
    headline = headline_element(tree)
    if headline is None:
        return False
    if any(is_written(day, time.get("datetime") or "") for time in _TIMES_FROM_HEADLINE(headline)):
        return False
    heading = " ".join(headline.text_content().split())
    text = visible_text(tree)
    at = text.find(heading) if heading else -1
    if at <= 0:
        return False
    before, after = text[:at], text[at:]
    if not is_written(day, before) or is_written(day, before[-_DATE_LINE_ABOVE:]):
        return False
    return not is_written(day, after) and any(day not in readings for readings, _ in written_dates(after))


# Meta names that say "publication" explicitly; a page with one of them (or a
# JSON-LD datePublished) has said when it ran.
EXPLICIT_PUBLICATION_KEYS = ("article:published_time", "og:article:published_time", "og:published_time",
                             "datepublished", "parsely-pub-date", "article.published", "published_time",
                             "publishdate", "pubdate", "sailthru.date")
# Meta names that give a date without saying which: often when the page was generated.
GENERIC_DATE_KEYS = ("date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created")
_UPDATE_WORD = re.compile("|".join(re.escape(label) for label in UPDATE_LABELS), re.IGNORECASE)


def shown_time_day(tree: HtmlElement) -> Date | None:
    """The one day the page's ``<time>`` elements show in their text (a full date,
    read one way only; those labelled as an update left out), or None."""
    days = set()
    for element in tree.iter("time"):
        text = " ".join(element.text_content().split())
        if not text or _UPDATE_WORD.search(text):
            continue
        found = next(written_dates(text), None)
        if found and len(found[0]) == 1:
            days.add(found[0][0])
    return days.pop() if len(days) == 1 else None
