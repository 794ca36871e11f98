"""HTML pages read by our own rules, for pages where trafilatura finds no main
text (`quotesearch.ingest.html_text`): the article container chosen by its
markup or by paragraph density, page furniture (menus, share bars, captions,
related links...) pruned, and the text laid out in (text, kind) blocks."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from bs4 import BeautifulSoup, NavigableString, Tag

from quotesearch.records import ParagraphKind

from .failure import IngestFailure
from .html_metadata import collapse_whitespace

# Paragraph-level elements of the article body and the kind each becomes.
_BLOCK_KINDS: dict[str, ParagraphKind] = {
    "p": "body", "li": "body", "blockquote": "body",
    "h2": "subhead", "h3": "subhead", "h4": "subhead",
}
# What owns loose text on pages without paragraph markup.
_LOOSE_TEXT_OWNERS = frozenset({"div", "section", "td", "pre", "article", "main"})
_BLOCK_NAMES = frozenset(_BLOCK_KINDS)
# Page furniture, never part of the article text.
_BOILERPLATE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "nav", "header",
    "footer", "aside", "figcaption", "button", "select",
})
# Class/id words that mark page furniture (compared as whole words).
_BOILERPLATE_WORDS = frozenset({
    "share", "shares", "sharing", "sharebar", "social", "related", "comment", "comments",
    "newsletter", "newsletters", "advert", "adverts", "advertisement", "advertising",
    "ad", "ads", "sponsored", "promo", "promos", "breadcrumb", "breadcrumbs", "menu", "cookie",
    "cookies", "consent", "gdpr", "subscribe", "subscription", "signup", "paywall", "popup",
    "outbrain", "taboola",
    # photo captions and credits, pull quotes
    "caption", "captions", "figcaption", "credit", "credits", "pullquote", "pullquotes",
    # related-link boxes, tag lists, navigation and page chrome
    "recommended", "recommendations", "recirc", "recirculation", "trending", "teaser", "teasers",
    "readmore", "tags", "tagged", "taglist", "nav", "navbar", "navigation", "footer", "toolbar",
    "disclaimer", "bio",
})
# Pairs of class/id words that together mark furniture ("pull-quote", "read-more").
_BOILERPLATE_WORD_PAIRS = (
    ("pull", "quote"), ("read", "more"), ("more", "stories"), ("most", "read"), ("most", "popular"),
    ("author", "info"), ("about", "author"), ("sign", "up"), ("image", "credit"), ("photo", "credit"),
)
# A <div> whose class says "paragraph" is one (CNN's "zn-body__paragraph").
_PARAGRAPH_CLASS_WORDS = frozenset({"paragraph", "para"})
_BLOCK_LEVEL_NAMES = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "blockquote",
                                "h1", "h2", "h3", "h4", "h5", "h6", "figure"})
_HAS_WORD = re.compile(r"[^\W_]")
# A block whose text is mostly link text is a related link, a teaser or a menu.
_LINK_DENSITY_MAX = 0.7
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# Where the article body usually lives, most specific markup first.
_CONTENT_SELECTORS = ("article", "[itemprop=articleBody]", "main")


def fallback_blocks(html: str) -> list[tuple[str, ParagraphKind]]:
    """The page's blocks of text by our own rules (see the module docstring)."""
    try:
        soup = _parse_html(html)
        _promote_paragraph_divs(soup)
        # The container is chosen before pruning so pruning can spare it and
        # its wrappers; the densest-text fallback is only meaningful after.
        container = _marked_up_container(soup)
        _remove_boilerplate(soup, keep=container)
        if container is None:
            container = _densest_paragraph_parent(soup) or soup.body or soup
        return _text_blocks(container)
    except RecursionError:
        raise IngestFailure("HTML nested too deeply to read") from None


def _parse_html(html: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(html, "lxml")
    except Exception:  # noqa: BLE001 - lxml missing or choking: the stdlib parser is slower but tolerant
        return BeautifulSoup(html, "html.parser")


def _remove_boilerplate(soup: BeautifulSoup, keep: Optional[Tag]) -> None:
    """Delete page furniture, but never the article container `keep` nor an
    element wrapping it (ASP.NET pages put the whole page in a <form>; a
    <body> or wrapper class may say "cookie-banner")."""
    protected = {id(keep), *(id(ancestor) for ancestor in keep.parents)} if keep is not None else set()
    # Computed in one pass, not per element.
    paragraph_text = _paragraph_text_by_element(soup)
    wrapper_share = 0.5 * paragraph_text.get(id(keep if keep is not None else soup), 0)

    def is_furniture(element: Tag) -> bool:
        if id(element) in protected or element.name in ("html", "body"):
            return False
        if element.name in _BOILERPLATE_TAGS:
            return True
        if _hidden(element) and not paragraph_text.get(id(element), 0):
            return True  # hidden menus and icons; hidden paragraphs are gallery slides
        if element.name in ("form", "figure") or _named_like_boilerplate(element):
            # Weaker evidence than the tag: one holding most of the article's
            # text is its wrapper ("sidebar-and-content", a page-wide <form>).
            # A <figure> is a photo and its caption; one holding a quotation
            # (an embedded post) is not.
            if element.name == "figure" and element.find("blockquote") is not None:
                return False
            inner = paragraph_text.get(id(element), 0)
            if inner > wrapper_share:
                return False
            # A styled quotation mark (span.pullquote "“") is part of the text.
            return inner > 0 or bool(_HAS_WORD.search(element.get_text()))
        return False

    # Collect first (not descending into what goes), then delete: one pass
    # over the tree. bs4's `decomposed` check would cost a subtree search.
    doomed = []
    pending: list[Tag] = [soup]
    while pending:
        element = pending.pop()
        if is_furniture(element):
            doomed.append(element)
        else:
            pending.extend(_child_tags(element))
    for element in doomed:
        element.decompose()


def _child_tags(element: Tag) -> list[Tag]:
    return [child for child in element.contents if isinstance(child, Tag)]


def _paragraph_text_by_element(root: Tag) -> dict[int, int]:
    """Length of the <p> text inside every element (keyed by id()), computed
    bottom-up in one pass so that deep pages stay linear."""
    top_down: list[Tag] = []
    pending: list[Tag] = [root]
    while pending:
        element = pending.pop()
        top_down.append(element)
        if element.name != "p":
            pending.extend(_child_tags(element))
    totals: dict[int, int] = {}
    for element in reversed(top_down):  # every child before its parent
        if element.name == "p":
            totals[id(element)] = len(element.get_text(strip=True))
        else:
            totals[id(element)] = sum(totals[id(child)] for child in _child_tags(element))
    return totals


def _named_like_boilerplate(element: Tag) -> bool:
    if str(element.get("role") or "").strip().lower() in _BOILERPLATE_ROLES:
        return True
    names = " ".join([*_class_names(element), str(element.get("id") or "")])
    if not names.strip():
        return False
    words = _words(names)
    return not _BOILERPLATE_WORDS.isdisjoint(words) or any(
        first in words and second in words for first, second in _BOILERPLATE_WORD_PAIRS)


def _hidden(element: Tag) -> bool:
    """Not shown to readers: the hidden attribute, aria-hidden, display:none."""
    if element.get("hidden") is not None or str(element.get("aria-hidden") or "").lower() == "true":
        return True
    style = str(element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _promote_paragraph_divs(soup: BeautifulSoup) -> None:
    """A <div> or <span> named a paragraph, holding no blocks of its own, is read
    as a <p> (bodies made of div.zn-body__paragraph are otherwise lost)."""
    for element in soup.find_all(("div", "span"), class_=True):
        if (not _PARAGRAPH_CLASS_WORDS.isdisjoint(_words(" ".join(_class_names(element))))
                and element.find(_BLOCK_LEVEL_NAMES) is None):
            element.name = "p"


def _class_names(element: Tag) -> list[str]:
    classes = element.get("class") or []
    return classes.split() if isinstance(classes, str) else list(classes)


def _words(names: str) -> set[str]:
    """"shareButtons related-links ad_slot" -> {"share", "buttons", "related", ...}"""
    split_camel_case = re.sub(r"([a-z])([A-Z])", r"\1 \2", names)
    return set(re.split(r"[^a-z0-9]+", split_camel_case.lower()))


def _marked_up_container(soup: BeautifulSoup) -> Optional[Tag]:
    """The element marked up as the article body: <article>, then itemprop
    articleBody, then <main>; of several, the one with the most paragraph text,
    and only if it holds a fair share of the page's (not a teaser)."""
    page_text = _paragraph_text_length(soup)
    for selector in _CONTENT_SELECTORS:
        candidates = soup.select(selector)
        if not candidates:
            continue
        best = max(candidates, key=_paragraph_text_length)
        best_text = _paragraph_text_length(best)
        if (best_text > 0 and best_text >= 0.25 * page_text) or (page_text == 0 and best.get_text(strip=True)):
            return best
    return None


def _paragraph_text_length(element: Tag) -> int:
    return sum(len(paragraph.get_text(strip=True)) for paragraph in element.find_all("p"))


def _densest_paragraph_parent(soup: BeautifulSoup) -> Optional[Tag]:
    """The element whose <p> children hold the most text; grandparents earn
    half, so a body split into several sibling <div>s is taken whole."""
    scores: dict[int, float] = defaultdict(float)
    elements: dict[int, Tag] = {}
    for paragraph in soup.find_all("p"):
        length = len(paragraph.get_text(strip=True))
        parent = paragraph.parent
        if parent is None or not length:
            continue
        scores[id(parent)] += length
        elements[id(parent)] = parent
        grandparent = parent.parent
        if isinstance(grandparent, Tag) and grandparent.name != "[document]":
            scores[id(grandparent)] += length / 2
            elements[id(grandparent)] = grandparent
    if not scores:
        return None
    return elements[max(scores, key=scores.__getitem__)]


def _text_blocks(container: Tag) -> list[tuple[str, ParagraphKind]]:
    """The container's paragraphs, in document order.

    Each run of text belongs to its nearest enclosing block element; a new
    paragraph starts whenever that owner changes, so nested blocks
    (<blockquote><p>..</p></blockquote>, lists in lists) neither repeat nor
    lose text. Text outside any block is only used if there are no blocks.
    """
    blocks = _group_text_by_owner(container, _BLOCK_NAMES)
    kept = [(text, "furniture" if kind == "body" and _link_dense(text, linked) else kind)
            for text, kind, owner, linked in blocks if owner is not None]
    if kept:
        return kept
    # Old-style pages: text in <div>s separated by <br>s.
    loose = _group_text_by_owner(container, _LOOSE_TEXT_OWNERS, split_at_br=True)
    return [(text, "furniture" if _link_dense(text, linked) else "body") for text, _, _, linked in loose]


def _link_dense(text: str, linked: int) -> bool:
    """Mostly link text: a related link, a teaser, a menu entry, not prose."""
    return linked > _LINK_DENSITY_MAX * len(text)


def _group_text_by_owner(
    container: Tag, block_names: frozenset[str], split_at_br: bool = False
) -> list[tuple[str, ParagraphKind, Optional[Tag], int]]:
    """(text, kind, owning block, characters of link text) of each run of text."""
    groups: list[tuple[str, ParagraphKind, Optional[Tag], int]] = []
    pieces: list[str] = []
    linked = 0
    current_owner: Optional[Tag] = None

    def flush() -> None:
        nonlocal linked
        text = collapse_whitespace("".join(pieces))
        if text:
            groups.append((text, _block_kind(current_owner, container), current_owner, linked))
        pieces.clear()
        linked = 0

    for node in container.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                if split_at_br:
                    flush()
                else:
                    pieces.append(" ")
            continue
        if type(node) is not NavigableString:
            continue  # comments, doctype, CDATA, processing instructions
        owner, in_link = _owning_block(node, container, block_names)
        if owner is not current_owner:
            flush()
            current_owner = owner
        pieces.append(str(node))
        if in_link:
            linked += len(collapse_whitespace(str(node)))
    flush()
    return groups


def _owning_block(node: NavigableString, container: Tag,
                  block_names: frozenset[str]) -> tuple[Optional[Tag], bool]:
    """The nearest block holding `node`, and whether a link lies between them."""
    in_link = False
    for ancestor in node.parents:
        if ancestor.name in block_names:
            return ancestor, in_link
        if ancestor.name == "a":
            in_link = True
        if ancestor is container:
            break
    return None, in_link


def _block_kind(owner: Optional[Tag], container: Tag) -> ParagraphKind:
    if owner is None:
        return "body"
    for element in (owner, *owner.parents):
        if "byline" in _words(" ".join(_class_names(element))):
            return "byline"  # "By Jane Doe, Moscow": not quotable body text
        if element is container:
            break
    return _BLOCK_KINDS.get(owner.name, "body")

