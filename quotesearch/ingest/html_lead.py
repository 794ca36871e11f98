"""The article's lead (standfirst, teaser, chapô, abstract): the sentence or two
under the headline that sum up the story. trafilatura leaves it out when its
markup says "teaser" or when it sits in the article's ``<header>``; it is part of
the article as written, and often what a citation quotes.

A lead is found by its class or id words (`LEAD_WORDS`), must read as prose (not
a list of links), must not lie in page furniture (menus, sidebars, related
stories), and must come shortly before the first block of the main text in the
page's own order: a "teaser" after the article, or far above it, is a link to
another story.
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

from quotesearch.records import ParagraphKind

# Class/id words that name a lead (whole words: "article-teaser", "story_lead_text",
# "entry-summary", "c-article-head__subtitle").
LEAD_WORDS = frozenset({
    "lead", "leadtext", "intro", "introtext", "introduction", "teaser", "teasertext", "abstract",
    "excerpt", "chapo", "chapeau", "standfirst", "summary", "preface", "subtitle", "subheadline",
    "dek", "deck", "description", "sapo", "bajada", "entradilla", "strapline", "synopsis",
})
# Words of an ancestor that make it furniture: a teaser there is another story's.
_FURNITURE_WORDS = frozenset({
    "related", "sidebar", "recommended", "recommendations", "trending", "popular", "more", "nav",
    "navigation", "menu", "footer", "widget", "carousel", "slider", "list", "listing", "teasers",
    "comments", "comment", "newsletter", "promo", "ad", "ads", "advert", "breadcrumb",
})
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "li", "a", "ul", "ol", "figure", "figcaption",
                             "button", "select", "template", "noscript", "script", "style"})
_SITE_WORDS = frozenset({"site", "blog", "logo", "brand"})
_CANDIDATE_TAGS = ("p", "div", "section", "span", "h2", "h3", "h4", "strong", "header")
# A first look for a lead word in class or id, as a substring (`_named_lead` then
# wants a whole word): one regular expression, the cheapest test found.
_LEAD_HINT = re.compile("|".join(sorted(LEAD_WORDS)))

_WHITESPACE_RUN = re.compile(r"\s+")
_MIN_CHARS, _MAX_CHARS, _MIN_WORDS = 40, 1500, 6
# How far (in characters of page text) a lead may sit above the main text: a date
# line, a photo and its caption, a share bar lie between them, not whole stories.
_MAX_GAP_CHARS = 1500
_MAX_LINK_SHARE = 0.3
_MAX_LEADS = 1
# A lead is text: an element holding a heading, a picture or a list is a page
# header or a teaser box, not the standfirst inside it.
_NOT_IN_LEAD = ("h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "figure", "ul", "ol", "table")


def lead_blocks(tree: HtmlElement, blocks: list[tuple[str, ParagraphKind]]) -> list[tuple[str, ParagraphKind]]:
    """The lead paragraphs of the page that `blocks` (its main text) leave out, in
    page order, as "body" blocks to go before the main text; [] if none."""
    first_body = next((text for text, kind in blocks if kind == "body"), None)
    body = tree.find("body")
    if first_body is None or body is None:
        return []
    candidates = [element for element in body.iter(_CANDIDATE_TAGS)
                  if _LEAD_HINT.search(f"{element.get('class') or ''} {element.get('id') or ''}".lower())
                  and _named_lead(element) and not _in_furniture(element)
                  and next(element.iterdescendants(_NOT_IN_LEAD), None) is None]
    if not candidates:
        return []
    page_text = _clean(body.text_content())
    main_start = page_text.find(_clean(first_body)[:60])
    if main_start <= 0:
        return []
    main_text = _clean(" ".join(text for text, _ in blocks))
    leads: list[str] = []
    for element in candidates:
        text = _clean(element.text_content())
        if (not _MIN_CHARS <= len(text) <= _MAX_CHARS or len(text.split()) < _MIN_WORDS
                or text in main_text or any(text in lead or lead in text for lead in leads)
                or _link_share(element, text) > _MAX_LINK_SHARE):
            continue
        position = page_text.find(text)
        if position < 0 or position + len(text) > main_start or main_start - (position + len(text)) > _MAX_GAP_CHARS:
            continue
        leads.append(text)
        if len(leads) == _MAX_LEADS:
            break
    return [(text, "body") for text in leads]


def _clean(text: str) -> str:
    return _WHITESPACE_RUN.sub(" ", text).strip()


def _words(element: HtmlElement) -> set[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not names.strip():
        return set()
    return set(re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", names).lower()))


def _named_lead(element: HtmlElement) -> bool:
    words = _words(element)
    # "site-description", "blog-description": the site's tagline, not the story's lead
    return not LEAD_WORDS.isdisjoint(words) and _SITE_WORDS.isdisjoint(words)


def _in_furniture(element: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in _FURNITURE_TAGS or not _FURNITURE_WORDS.isdisjoint(_words(ancestor)):
            return True
    return element.tag in _FURNITURE_TAGS


def _link_share(element: HtmlElement, text: str) -> float:
    linked = sum(len(_clean(link.text_content())) for link in element.iter("a"))
    return linked / len(text) if text else 0.0


