"""The authors of an HTML page's article, in order, as its byline gives them: from
the author meta tags, JSON-LD, or the byline shown on the page ("By Jane Doe and
Li Wei"); and bylines as written read into names (`author_names`).

A name is what a citation prints: degrees ("Jane Doe, PhD") and lead-ins ("By",
"Author", "View all posts by") go; placeholders ("No Author", "Staff", "Follow",
"Admin") are no name; an author that is the outlet itself is no byline.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from .html_linked_data import LinkedData

_WHITESPACE_RUN = re.compile(r"\s+")
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)(?:/|$)", re.IGNORECASE)
# "By Jane Doe", "Written by: Jane Doe", "Author: Jane Doe", "View all posts by Jane Doe", "Posted by"
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|posted|published|reported|story|words|text)\s+)?by\s*:?\s+|^(?:view\s+all\s+(?:posts|articles|"
    r"stories)\s+by|more\s+(?:posts|articles|stories)\s+(?:from|by))\s+|^(?:authors?|autor(?:in)?|auteur)\s*:?\s+",
    re.IGNORECASE)
_AUTHOR_SEPARATOR = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+)?|\s+(?:and|&|und|et|y)\s+", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 5
# Lower-case words inside names ("Ursula von der Leyen"); any other one is prose.
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
                             "bin", "bint", "al", "el", "y", "dos", "das", "ter", "ten", "zu"})
# Degrees and post-nominal letters after a name ("Grant Tinsley, PhD"): not names.
_DEGREE = re.compile(r"^(?:ph\.?\s?d|m\.?\s?d|d\.?\s?o|r\.?\s?n|r\.?\s?d|m\.?\s?p\.?\s?h|m\.?\s?b\.?\s?a|m\.?\s?s\.?\s?c?|"
                     r"b\.?\s?a|b\.?\s?s\.?\s?c?|m\.?\s?a|d\.?\s?phil|j\.?\s?d|ll\.?\s?m|mrcp|frcp|facp|cpa|esq)\.?$",
                     re.IGNORECASE)
# Values a CMS puts where a name should be.
_PLACEHOLDERS = frozenset({"no author", "author", "authors", "staff", "admin", "administrator", "follow", "unknown",
                           "anonymous", "guest", "editor", "editors", "user", "webmaster", "redaktion", "team",
                           "posted", "written", "published", "by", "null", "none", "undefined", "n/a"})


# A prompt to follow the author after the name: "Follow @tdmrussell", "Follow on Twitter",
# a bare "Follow" button ("Jakob Ulbrich Follow")
_FOLLOW_PROMPT = re.compile(r"\s+Follow(?:\s+(?:@\w+|on\s+\w+))*\s*$", re.IGNORECASE)


# The outlet set after the last name: "| USA TODAY", "The New York Times"
# (a newspaper's name: not "Letters To The Editor")
_OUTLET_AFTER_NAMES = re.compile(r"(?<=\w)(?:\s+\|\s+(?:[A-Z0-9][A-Z0-9.&'’\-]*\s*)+|\s+The(?:\s+[A-Z][\w.&'’\-]*){0,3}"
                                 r"\s+(?:Times|Post|Journal|Herald|News|Press|Tribune|Guardian|Globe|Hill|Atlantic|"
                                 r"Independent|Telegraph|Economist|Star|Sun|Chronicle|Gazette|Examiner|Observer|Mirror))$")


def collapse(text: str) -> str:
    return _WHITESPACE_RUN.sub(" ", text).strip()


# What a byline holds that is no person: a desk ("NDTV Sports Desk", "HLNF Staff
# Report", "Court Reporter", "Metric Media News Service"), an institution ("The
# Associated Press"), a day ("Wednesday", "CBS News February", "Dec 6"), an
# address ("TIMESOFINDIA COM", "/christopherlwood") or a piece of code ('"name":"Alice Wu" }').
_NOT_PERSON_LAST_WORDS = frozenset({
    "staff", "report", "reports", "reporter", "reporters", "newsroom", "desk", "editorial", "correspondent",
    "correspondents", "editor", "editors", "team", "service", "services", "bureau", "wire", "wires", "news",
    "kitchens", "articles", "contributors", "contributor", "writers", "writer", "com", "online", "media", "network",
    "agency",
    "published", "updated",
    "january", "february", "march", "june", "july", "august", "september", "october", "november", "december"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NOT_IN_NAMES = re.compile(r"[\d{}\[\]\"<>=/\\:|]")


def not_a_person(part: str) -> bool:
    """Whether a byline's part names no person (see `_NOT_PERSON_LAST_WORDS`)."""
    words = [word.strip(".,;'’").lower() for word in part.split()]
    return (bool(_NOT_IN_NAMES.search(part)) or words[-1] in _NOT_PERSON_LAST_WORDS
            or any(word in _WEEKDAYS for word in words) or (len(words) > 1 and words[0] == "the"))


def author_names(value: str | None) -> list[str]:
    """"By Jane Doe and Li Wei" -> ["Jane Doe", "Li Wei"]; URLs, e-mail addresses, degrees,
    placeholders and run-on text ("Jane Doe is a reporter covering ...") are no names."""
    if not value:
        return []
    names: list[str] = []
    value = _FOLLOW_PROMPT.sub("", collapse(value))   # "By Michael Russell Follow @tdmrussell"
    value = _OUTLET_AFTER_NAMES.sub("", value)   # "…, Nicholas Wu | USA TODAY", "… KENNETH P. VOGEL The New York Times"
    for part in _AUTHOR_SEPARATOR.split(_BYLINE_PREFIX.sub("", value)):
        part = _BYLINE_PREFIX.sub("", part.strip(" |-–—"))
        if (not part or "@" in part or _URL_LIKE.search(part) or len(part.split()) > _MAX_AUTHOR_WORDS
                or not any(ch.isalpha() for ch in part) or _DEGREE.match(part)
                or part.lower() in _PLACEHOLDERS or not_a_person(part)
                or any(word[0].islower() and word not in _NAME_PARTICLES for word in part.split())):
            continue
        if part not in names:
            names.append(part)
    return names


def page_byline(tree: HtmlElement, meta: dict[str, str], linked: LinkedData, outlet: str | None) -> str | None:
    """The article's authors, in order ("Ana Silva, Li Wei"): the author meta tags,
    then JSON-LD authors, then a visible byline (an element named byline or author
    reading "By ...", weighed against trafilatura's guess from rel=author,
    itemprop=author and class "byline"/"author": see `_shown_authors`), then an
    author's card, then a user name the byline marks up as its author's
    (`handle_byline`). An author that is the outlet itself ("BBC News") is no byline."""
    candidates: tuple[Callable[[], list[str]], ...] = (
        lambda: author_names(meta.get("author")),
        lambda: author_names(meta.get("article:author")),
        lambda: author_names(meta.get("dc.creator")),
        lambda: [name for value in linked.names("author") for name in author_names(value)],
        lambda: author_names(meta.get("parsely-author")),
        lambda: author_names(meta.get("sailthru.author")),
        lambda: _shown_authors(tree, outlet),  # the costly ones (~10 ms a page): last
        lambda: author_names(author_card_name(tree)),
        lambda: [handle] if (handle := handle_byline(tree)) else [],
    )
    for candidate in candidates:
        names = [name for name in candidate() if not _is_outlet(name, outlet)]
        if names:
            return ", ".join(names)
    return None


# One word of Latin letters is no byline from trafilatura's guess: a form's label
# ("Username"), a month ("Dec"), a reading time ("Lesedauer"), a placeholder ("Xxx"); a
# first name ("Marc") or a user name with a capital inside ("EvilSpark") is one.
_ONE_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f][a-z\u00df-\u024f'’.-]*$")


def _no_one_word_name(name: str) -> bool:
    from ..extract.gender import FIRST_NAMES, listed_gender  # the extractor's first names

    return bool(_ONE_LATIN_WORD.match(name)) and name.lower() not in FIRST_NAMES and not listed_gender(name)


_HEADLINE = XPath("(//h1[normalize-space()])[1]")


def _shown_authors(tree: HtmlElement, outlet: str | None) -> list[str]:
    """The authors of the byline the page shows (`shown_byline`) or of trafilatura's
    guess; when the two name different people, the one standing nearer after the
    headline: either may have taken a related story's card ("By Kyle Wood" under another
    story's teaser, "Michael J. Mooney" on one)."""
    from trafilatura.metadata import extract_author

    page_text = lru_cache(maxsize=1)(lambda: collapse(" ".join(tree.itertext())))   # read once, if at all
    shown = author_names(shown_byline(tree, outlet))
    guessed = [_as_written(name, page_text) for name in author_names(_safe(extract_author, tree))
               if not _no_one_word_name(name)]
    if not shown or not guessed or set(shown) & set(guessed):
        return shown or guessed
    return min((guessed, shown), key=lambda names: _after_headline(tree, page_text(), names[0]))


def _after_headline(tree: HtmlElement, text: str, name: str) -> float:
    """How far after the page's first <h1> the name first stands in the page's ``text``,
    in characters (infinitely far when before it or not found)."""
    headline = next(iter(_HEADLINE(tree)), None)
    start = text.find(collapse(" ".join(headline.itertext()))) if headline is not None else -1
    at = text.find(name, max(start, 0))
    return at - start if at != -1 and start != -1 else float("inf")


# trafilatura's author drops the dots of initials and abbreviations ("T.C. Sottek" ->
# "T C Sottek", "E. J. Dionne Jr." -> "E J Dionne Jr"); a citation prints the name as
# the page writes it.
_MAY_LOSE_DOTS = re.compile(r"(?:^|\s)(?:[A-Z]|Jr|Sr|Dr|St|Mr|Mrs|Ms)(?=\s|$)")


def _as_written(name: str, page_text: Callable[[], str]) -> str:
    """`name` as the page's text writes it when only dots and spaces differ."""
    if not _MAY_LOSE_DOTS.search(name):
        return name
    words = [re.escape(word) + r"\.?" for word in name.split()]
    found = re.search(r"(?<![\w.])" + r"\s*".join(words) + r"(?!\w)", page_text())
    return collapse(found.group(0)) if found else name


def _is_outlet(name: str, outlet: str | None) -> bool:
    """Whether a byline's name is the outlet's ("Times Of India" of "The Times of
    India", "Le Monde" of "Le Monde.fr", "KentNews" of "KentNews.Online", "Glamour
    Magazine" of "Glamour")."""
    return bool(outlet) and _outlet_key(name) == _outlet_key(outlet)


_OUTLET_NOISE = re.compile(r"^the\s+|\.[a-z]{2,6}$|\s+(?:magazine|newspaper)$")   # ("GQ Magazine" of "GQ")


def _outlet_key(name: str) -> str:
    # Spaces count: "Trey Hunner" writes the blog treyhunner.com, he is not its name.
    return " ".join(_OUTLET_NOISE.sub("", name.strip().lower()).split())


# Elements whose class, id or test id names a byline or an author (a first look with one
# regular expression over the elements having any: half the time of an XPath test), then
# those holding a rel=author link, then any element whose own text opens with "by".
_NAMED = XPath(".//*[@class or @id or @data-testid]")
_NAMED_HINT = re.compile("byline|author", re.IGNORECASE)
_HOLDING_AUTHOR_LINK = XPath(".//a[@rel='author']/..")
_BY_TEXT = XPath(".//*[not(self::script or self::style)][text()[starts-with(normalize-space(translate(., 'BY-', 'by ')), "
                 "'by')]]")
# "Written by: Jane Doe", "Posted By Jane Doe" (the pattern then wants them first); a last pass
_WRITTEN_BY_TEXT = XPath(".//*[not(self::script or self::style)][text()[contains(., 'ritten b') or "
                         "contains(., 'ritten B') or contains(., 'osted b') or contains(., 'osted B')]]")
# "By Jane Doe", "Posted on 21 September 2020 by Jane Doe", "---- by Jane Doe"
_SHOWN_BY = re.compile(r"(?:^|\s)(?i:by)\s*:?\s*(?=[A-Z\u00c0-\u024f])(.+)")
# A widget's or a picture's credit, no byline: "Powered by PubExchange", "Photo by Jane Doe"
_CREDIT_BEFORE_BY = re.compile(r"\b(?:powered|sponsored|presented|supported|hosted|designed|photos?|photographs?|"
                               r"images?|illustrations?|video|graphics?)\s+by\s*:?\s*$", re.IGNORECASE)
_SHOWN_BY_AT_START = re.compile(r"^\W{0,5}(?i:(?:written\s+|posted\s+)?by)\s*:?\s*(?=[A-Z\u00c0-\u024f])(.+)")
_SHOWN_BYLINE_MAX_WORDS = 16
# Where a byline's names end: a date, a time, "on", "Updated", a separator.
_NAMES_END = re.compile(
    r"\s+(?:on|at|in|for|updated|published|posted|last)\b|\s*[|•·]|\s+[–—-]\s|\s{2,}|\s*\d"
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE)
_NOT_ARTICLE_WORDS = ("comment", "reply", "related", "footer", "sidebar", "widget", "respond", "menu", "navigation")
# Words of a name: capitalised ("Jane", "O'Mahony", "J.") or a particle.
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w'’.\u00c0-\u024f-]*|" + "|".join(sorted(_NAME_PARTICLES)) + ")$")


def shown_byline(tree: HtmlElement, outlet: str | None = None) -> str | None:
    """The byline as the page shows it ("By Jane Doe and Li Wei | Updated 3:14 pm"):
    in an element named byline or author, else in an element whose own text opens
    with "By" and goes on with names only; outside comments and related stories.
    A byline naming only the outlet ("By The Planetary Press") is passed over."""
    passes = ((_named_bylines, _SHOWN_BY, False), (_HOLDING_AUTHOR_LINK, _SHOWN_BY, False),
              (_BY_TEXT, _SHOWN_BY_AT_START, True), (_WRITTEN_BY_TEXT, _SHOWN_BY_AT_START, True))
    for elements, pattern, names_only in passes:
        for element in elements(tree):
            text = collapse(" ".join(element.itertext()))
            match = pattern.search(text) if len(text.split()) <= _SHOWN_BYLINE_MAX_WORDS else None
            if not match or _CREDIT_BEFORE_BY.search(text[:match.start(1)]) or _outside_article(element):
                continue
            names = _NAMES_END.split(match.group(1), maxsplit=1)[0].strip(" ,")
            if _names_the_linked_site(element, names):
                continue
            if names_only and not all(_NAME_WORD.match(word) or word.lower() in ("and", "&")
                                      for word in names.replace(",", " ").split()):
                continue
            if any(not _is_outlet(name, outlet) for name in author_names(names)):
                return names
    return None


def _names_the_linked_site(element: HtmlElement, names: str) -> bool:
    """Whether the byline is a linked site's credit ("By PubExchange" linking to
    welcome.pubexchange.com): the name, run together, is in the link's host."""
    squashed = re.sub(r"\W+", "", names).lower()
    return len(squashed) > 3 and any(squashed in urlsplit(link.get("href") or "").netloc.lower()
                                     for link in element.iter("a"))


# The name on an author's card: its first link (to the profile), else its first heading.
_CARD_LINK = XPath("(.//a[normalize-space()])[1]")
_CARD_HEADING = XPath("(.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::strong][normalize-space()])[1]")
_CARD_NAME_WORDS = (2, 4)


def author_card_name(tree: HtmlElement) -> str | None:
    """The name an author's card gives, with no "By" (a profile box: "Inga Roe /
    Follow / Consultant for …"): the first link or heading of an element named
    author, when it reads as a name alone (two to four capitalised words),
    outside comments and related stories."""
    for element in _named_bylines(tree):
        if "author" not in f"{element.get('class') or ''} {element.get('id') or ''}".lower():
            continue
        first = next(iter(_CARD_LINK(element) or _CARD_HEADING(element)), None)
        if first is None:
            continue
        name = collapse(" ".join(first.itertext()))
        words = name.split()
        if (_CARD_NAME_WORDS[0] <= len(words) <= _CARD_NAME_WORDS[1] and all(_NAME_WORD.match(word) for word in words)
                and author_names(name) == [name] and not _outside_article(element)):
            return name
    return None


@lru_cache(maxsize=1)  # the shown byline and the author's card read the same elements in turn
def _named_bylines(tree: HtmlElement) -> list[HtmlElement]:
    return [element for element in _NAMED(tree) if _NAMED_HINT.search(
        f"{element.get('class') or ''} {element.get('id') or ''} {element.get('data-testid') or ''}")]


def _outside_article(element: HtmlElement) -> bool:
    """Inside comments, related stories, a sidebar, a menu or the footer (the nearest of those or
    of the <article>/<main> holding the element decides)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main", "body"):  # <body>'s classes name the layout ("content-sidebar")
            return False
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if ancestor.tag in ("footer", "aside", "nav") or any(word in names for word in _NOT_ARTICLE_WORDS):
            return True
    return False


def _safe(function, *arguments):
    try:
        return function(*arguments)
    except Exception:  # noqa: BLE001 - a byline heuristic failing must not lose the page
        return None


# The author's formatted name in hCard markup ("by <span class="author vcard fn">oz</span>"):
# blogs print the author's user name there, lower-case ("oz", "marc"), which is no
# name by the rules of `author_names` but is who the page says wrote it.
_HCARD_NAMES = XPath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
                     "[ancestor-or-self::*[position() <= 3][contains(@class, 'author')]]")
_HANDLE = re.compile(r"^[^\W_][\w.-]{1,29}$")


def handle_byline(tree: HtmlElement) -> str | None:
    """The user name an hCard byline gives as the article's author, outside
    comments and related stories: one word, not a placeholder nor a number."""
    for element in _HCARD_NAMES(tree):
        text = collapse(element.text_content())
        if (_HANDLE.match(text) and not text.isdigit() and text.lower() not in _PLACEHOLDERS
                and not _outside_article(element)):
            return text
    return None
