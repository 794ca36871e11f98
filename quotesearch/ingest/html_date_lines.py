"""The date lines a web page shows its readers: "Published November 9, 2023 3:02am
EST", "Erschienen am: 01.11.2023", "Publié le 7 mars 2024", "Datum: 03.02.2022".
Owns the table of labels (publication and update, by language) and which dates
they label in the text of a page's body, where a label opens a piece of markup.

A page that shows one publication date, and only one, tells its readers when it
was published: `html_dates` prefers it to a date found in the markup alone.
"""
from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from .written_dates import date_spans, written_dates

# Labels of a publication date, by language; "date" alone counts where a page
# labels one date line with it ("Datum: 03.02.2022").
PUBLICATION_LABELS = (
    "published", "publication date", "date published", "posted", "first published", "released", "date",
    "written",
    "veröffentlicht", "veroeffentlicht", "erschienen", "erstellt", "publiziert", "datum",
    "publié", "publie", "mis en ligne", "date de publication",
    "publicado", "publicada", "fecha de publicación", "fecha",
    "pubblicato", "pubblicata", "data di pubblicazione",
    "gepubliceerd", "publicerad", "publiceret", "publisert",
)
# Labels of a later change: the date they label is not the publication date.
UPDATE_LABELS = (
    "updated", "last updated", "modified", "last modified", "aktualisiert", "zuletzt aktualisiert",
    "geändert", "letzte änderung", "stand", "mis à jour", "mise à jour", "actualizado", "actualizada",
    "aggiornato", "aggiornata", "bijgewerkt", "uppdaterad", "opdateret", "oppdatert",
)
# A label opens its piece of markup ("Released" ending a headline is no label).
# The page's text nodes are read trimmed, lower-cased and joined by NUL, which
# marks where each one starts; the look-ahead on the labels' first letters skips
# most nodes at once.
_LABELS = sorted(PUBLICATION_LABELS + UPDATE_LABELS, key=len, reverse=True)
_LABEL = re.compile(
    "\x00(?=[" + re.escape("".join(sorted({label[0] for label in _LABELS}))) + "])(?P<label>"
    + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _LABELS) + r")(?![^\W\d_])")
# What may stand between a label and its date: "Published on", "Erschienen am:",
# "Publié le", "Published: Thursday,", "Posted | 10:55 EDT,".
_GAP = re.compile(r"[\s:|,.\-–—]*(?:(?:on|am|le|el|il|den|at|um)\b[\s:]*)?(?:[^\W\d_]{2,10}\.?,\s*)?"
                  r"(?:\d{1,2}(?::|h)\d\d(?!\d)(?:\s*[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?[\s,]*)?")
_MAX_GAP = 40
_WINDOW = 100  # characters read after a label: its date is next to it
# Text nodes of the body. Those of scripts and styles are read too (it is three
# times faster than leaving them out), but code does not open a node with a
# label followed by a written date.
_TEXTS = etree.XPath("//body//text()", smart_strings=False)


def body_text(tree: HtmlElement) -> str:
    """The text of the page's body, a space between the pieces of markup."""
    return " ".join(_TEXTS(tree))


def labelled_dates(tree: HtmlElement) -> list[tuple[bool, tuple[Date, ...]]]:
    """(is_publication, readings) of each labelled date line the page shows, in order."""
    found = []
    text = "\x00" + "\x00".join(piece.strip() for piece in _TEXTS(tree)).lower()
    for label in _LABEL.finditer(text):
        window = " ".join(text[label.end():label.end() + 2 * _WINDOW].replace("\x00", " ").split())
        gap = _GAP.match(window)
        if gap.end() > _MAX_GAP:
            continue
        date = next(written_dates(window[gap.end():gap.end() + _WINDOW]), None)
        if date is None or date[1] != 0:
            continue
        name = " ".join(label.group("label").split())
        found.append((name not in UPDATE_LABELS, date[0]))
    return found


def shown_publication_date(tree: HtmlElement) -> Date | None:
    """The one publication date the page shows in a labelled date line, or None
    (none shown, or several different ones: a list of other articles)."""
    shown = {readings for is_publication, readings in labelled_dates(tree) if is_publication}
    if len(shown) != 1:
        return None
    readings = next(iter(shown))
    return readings[0] if len(readings) == 1 else None




@lru_cache(maxsize=1)  # several rules look for the same page's headline in turn
def headline_element(tree: HtmlElement) -> HtmlElement | None:
    """The page's headline: of its ``<h1>`` and ``<h2>`` elements, the longest its
    title (``<title>``, ``og:title``) holds, else its first ``<h1>``. A site's
    logo is often an ``<h1>`` above the article's own (or the only one, the
    headline an ``<h2>``), and the title names the site too."""
    headings = list(tree.iter("h1", "h2"))  # iter: a tag filter in C, faster than an XPath on a big page
    first_h1 = next((heading for heading in headings if heading.tag == "h1"), None)
    titles = _comparable(" ".join([title.text_content() for title in tree.iter("title") if title.getparent().tag == "head"]
                                  + [meta.get("content") or "" for meta in tree.iter("meta")
                                     if meta.get("property") == "og:title"]))
    held = [(len(text), -int(heading.tag[1]), -at, heading) for at, heading in enumerate(headings)
            if (text := _comparable(heading.text_content())) and text in titles]
    if held:
        return max(held, key=lambda entry: entry[:3])[3]
    return first_h1


_DASHES = str.maketrans("–—‒−", "----")


def _comparable(text: str) -> str:
    """Text lower-cased, spaces collapsed and dashes alike ("Queer Royal – Über" in
    the title, "Queer Royal - Über" in the heading)."""
    return " ".join(text.split()).lower().translate(_DASHES)


# The date line under a headline: a piece of markup holding a date and little
# else ("By Jane Doe | 12.01.2022, 10:16 Uhr"), within the first text after it.
_AFTER_HEADLINE = etree.XPath(
    "following::text()[normalize-space()][not(parent::script or parent::style)][position() <= 30]")
_HEADLINE_REACH = 200   # characters of text after the headline
_DATE_LINE_EXTRA = 40   # characters a date line holds besides its date and time
_TIME_AFTER = re.compile(r"[\s,|@\-–—]*(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:uhr|[ap]\.?m\.?|h)?"
                         r"(?:\s*[A-Z]{2,4}\b)?", re.IGNORECASE)
_UPDATE_BEFORE = re.compile(
    "(?:" + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in UPDATE_LABELS)
    + r")(?![^\W\d_]).{0,32}$", re.IGNORECASE)  # "Updated 2010 GMT (0410 HKT) March 14, 2021"


def headline_date(tree: HtmlElement) -> Date | None:
    """The date of the date line that follows the page's headline, or None: none
    there, an update ("Updated May 06, 2019"), a date inside a sentence ("… in
    Aurora September 29, 2023."), or day and month that could be either."""
    headline = headline_element(tree)
    if headline is None:
        return None
    reach = 0
    previous = ""
    for text in _AFTER_HEADLINE(headline):
        line = " ".join(text.split())
        if not line or text.getparent().get("itemprop") == "dateModified":
            continue  # the markup says it is the last change
        for readings, start, end in date_spans(line):
            if len(readings) != 1 or _UPDATE_BEFORE.search((previous + " " + line[:start])[-60:]):
                return None
            tail = _TIME_AFTER.match(line, end)
            extra = len(line) - (tail.end() if tail else end) + start
            return readings[0] if extra <= _DATE_LINE_EXTRA else None
        reach += len(line)
        if reach > _HEADLINE_REACH:
            return None
        previous = line
    return None


# The nearest text before a headline.
_BEFORE_HEADLINE = etree.XPath(
    "preceding::text()[normalize-space()][not(parent::script or parent::style)][position() <= 12]",
    smart_strings=False)
_ABOVE_REACH = 150  # characters of text above the headline: a kicker and its date line


def above_headline_date(tree: HtmlElement) -> Date | None:
    """The date of a date line right above the page's headline ("Politik ·
    14. Februar 2012" over it), if it reads one way only; not one further up
    (the day the site's header shows)."""
    headline = headline_element(tree)
    if headline is None:
        return None
    reach = 0
    for text in reversed(_BEFORE_HEADLINE(headline)):  # lxml gives them in document order
        line = " ".join(text.split())
        for readings, start, end in date_spans(line):
            tail = _TIME_AFTER.match(line, end)
            if len(line) - (tail.end() if tail else end) + start <= _DATE_LINE_EXTRA:
                return readings[0] if len(readings) == 1 else None
        reach += len(line)
        if reach > _ABOVE_REACH:
            return None
    return None


_VISIBLE_TEXTS = etree.XPath("//body//text()[not(parent::script or parent::style or parent::noscript)]",
                             smart_strings=False)


@lru_cache(maxsize=1)  # several rules read the same page's text in turn
def visible_text(tree: HtmlElement) -> str:
    """The text of the page's body as it shows (no scripts, styles or noscript)."""
    return " ".join(" ".join(_VISIBLE_TEXTS(tree)).split())


_A_YEAR = re.compile(r"(?:19|20)\d\d")


# A dateline opens its paragraph: "Karlsruhe, (12.11.2021). Traditionell …".
_DATELINE_OPENS = 25


def first_written_date(tree: HtmlElement, skip: Date | None = None) -> Date | None:
    """The first full date the page shows as a date line (a piece of markup
    holding the date and little else, as under a headline, or opening it, as a
    dateline; not a date inside a sentence: a caption's, a deadline's), other
    than `skip`, if it reads one way only."""
    for piece in _VISIBLE_TEXTS(tree):
        if not _A_YEAR.search(piece):
            continue
        line = " ".join(piece.split())
        for readings, start, end in date_spans(line):
            if skip in readings:
                continue
            tail = _TIME_AFTER.match(line, end)
            if start <= _DATELINE_OPENS or len(line) - (tail.end() if tail else end) + start <= _DATE_LINE_EXTRA:
                return readings[0] if len(readings) == 1 else None
    return None
