"""The main text of an HTML page, found by trafilatura and laid out as our
paragraphs: each block of its output (``p``, ``head``, list ``item``, ``quote``,
table ``row``, ``code``) becomes one (text, kind) pair, so that the extractor
knows the body from subheads, bylines and tables.

trafilatura runs with the settings of its own benchmark (``fast=False``: its
fallbacks, readability and jusText, are compared when its own pass finds little;
comments left out; tables kept). Its output keeps no class names, so a byline it
leaves in ("By Jane Doe") is recognised by its shape.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Optional

from lxml.etree import XPath, _Element
from lxml.html import HtmlElement

from quotesearch.records import ParagraphKind

from .html_chunks import with_sibling_chunks

_WHITESPACE_RUN = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# "By Jane Doe", "By JANE DOE and LI WEI, Reuters": a byline, not quotable text.
_BYLINE = re.compile(r"^(?:written\s+)?by\s+[A-Z\u00c0-\u024f]", re.IGNORECASE)
_BYLINE_MAX_WORDS = 14
_CONTAINERS = frozenset({"div", "body", "section", "article", "main", "fig", "figure"})


def main_text_blocks(tree: HtmlElement) -> list[tuple[str, ParagraphKind]]:
    """The page's main text as (text, kind) blocks in reading order; [] if none."""
    from trafilatura import bare_extraction  # its settings and data load on first use

    _drop_hover_cards(tree)
    _drop_comment_sections(tree)
    _drop_story_streams(tree)
    try:
        document = bare_extraction(tree, fast=False, include_comments=False, include_tables=True,
                                   with_metadata=False, output_format="python")
    except Exception:  # noqa: BLE001 - the fallback reader gets its chance
        return []
    if document is None or document.body is None:
        return []
    blocks = [(text, kind) for text, kind in _blocks(document.body) if text]
    if blocks and not any(kind == "body" for _, kind in blocks):
        # A text set wholly in headings (a poster, a call for entries) has no
        # subheads: its headings are its text.
        blocks = [(text, "body" if kind == "subhead" else kind) for text, kind in blocks]
    return with_sibling_chunks(tree, blocks)


# Readers' comments, which trafilatura keeps when they are set as a list inside the
# article's container ("xenforo-comment-widget"): an element whose class or id has the
# word, holding neither the headline nor most of the page's paragraphs
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "disqus"})
_CLASS_WORD = re.compile(r"[a-z0-9]+")
_COUNT_PARAGRAPHS = XPath("count(.//p)")
_HOLDS_HEADLINE = XPath("boolean(.//h1)")
_COMMENT_TAGS = ("div", "section", "ul", "ol", "li", "aside", "footer")


def _drop_comment_sections(tree: HtmlElement) -> None:
    """Remove the readers' comments trafilatura would keep (see `_COMMENT_WORDS`)."""
    candidates = [(element, names) for element in tree.iter(*_COMMENT_TAGS)
                  if "omment" in (names := f"{element.get('class') or ''} {element.get('id') or ''}")
                  or "isqus" in names]
    if not candidates:
        return
    paragraphs = max(1, _COUNT_PARAGRAPHS(tree))
    root = tree.getroottree().getroot()
    for element, names in candidates:
        if not _COMMENT_WORDS.intersection(_CLASS_WORD.findall(names.lower())) or element.getparent() is None \
                or element.getroottree().getroot() is not root:
            continue   # (nor inside comments already dropped)
        if _HOLDS_HEADLINE(element) or 2 * _COUNT_PARAGRAPHS(element) > paragraphs:
            continue
        element.drop_tree()   # (its tail stays)


# A stream of other stories ("Recommended for You"): a list whose items each hold a
# linked headline over a summary, which trafilatura keeps as paragraphs (the summaries,
# cut off mid-sentence, read as the article's own)
_STREAM_ITEMS_MIN = 3
_LINKED_HEADING = XPath("boolean(.//*[self::h2 or self::h3 or self::h4][.//a])")


def _drop_story_streams(tree: HtmlElement) -> None:
    """Remove lists of three or more items that each hold a linked headline (a story
    stream), unless the list holds the headline or most of the page's paragraphs."""
    paragraphs = max(1, _COUNT_PARAGRAPHS(tree))
    for listing in list(tree.iter("ul", "ol")):
        items = [child for child in listing if child.tag == "li"]
        if len(items) < _STREAM_ITEMS_MIN or listing.getparent() is None \
                or sum(1 for item in items if _LINKED_HEADING(item)) < _STREAM_ITEMS_MIN:
            continue
        if _HOLDS_HEADLINE(listing) or 2 * _COUNT_PARAGRAPHS(listing) > paragraphs:
            continue
        listing.drop_tree()


# A hover card inside a sentence: a picture and links about the person or topic just
# named ("Kristi Noem<span>[photo] Kristi Lynn Noem · South Dakota governor doubles down
# …</span>"), glued into the sentence by every reader
_CARD_LINKS_MIN = 2


def _drop_hover_cards(tree: HtmlElement) -> None:
    """Remove the innermost inline ``span`` of a paragraph that holds a picture and
    several links (its tail, the sentence going on, stays)."""
    cards = [span for paragraph in tree.iter("p") for span in paragraph.iter("span")
             if span.find(".//img") is not None and len(span.findall(".//a")) >= _CARD_LINKS_MIN]
    inner = set(cards)
    for card in cards:
        if not any(other is not card and other in inner for other in card.iterdescendants("span")):
            card.drop_tree()


def _clean(text: str) -> str:
    return _WHITESPACE_RUN.sub(" ", text).strip()


def _text(element: _Element, skip: frozenset[str] = frozenset()) -> str:
    """The element's text with line breaks as "\\n", leaving out `skip` children (nested lists)."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            pieces.append("\n")
        elif child.tag not in skip:
            pieces.append(_text(child, skip))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _paragraphs(element: _Element, kind: ParagraphKind, skip: frozenset[str] = frozenset(),
                text: Optional[str] = None) -> Iterator[tuple[str, ParagraphKind]]:
    """A block's text (or ``text``); a blank line (two line breaks) inside it parts
    paragraphs, as on old pages that set paragraphs apart with <br><br>."""
    for piece in _BLANK_LINE.split(_text(element, skip) if text is None else text):
        text = _clean(piece)
        if text:
            yield text, _kind_of(text, kind)


def _kind_of(text: str, kind: ParagraphKind) -> ParagraphKind:
    if kind == "body" and _BYLINE.match(text) and len(text.split()) <= _BYLINE_MAX_WORDS \
            and not text.rstrip().endswith((".", "?", "!", "”", '"')):
        return "byline"
    return kind


# The most words an inline link between two pieces of a paragraph holds
_LINK_WORDS = 8


def _joined_with_loose_words(child: _Element) -> list[_Element]:
    """A ``p`` and the ``p``s after it that a link's words outside any paragraph join
    it to, or [] when none follow it: trafilatura's fallback readers keep a <div>'s
    loose text as paragraphs cut at each inline link, the link's words left between
    them ("… tested positive for </p>Covid-19<p> died on Monday …")."""
    run = [child]
    while _link_words(run[-1]) and (following := run[-1].getnext()) is not None and following.tag == "p":
        run.append(following)
    return run if len(run) > 1 or _link_words(child) else []


def _link_words(paragraph: _Element) -> bool:
    """Whether the loose text after ``paragraph`` is a link's few words inside its
    sentence; not after a sentence's end ("… key beneficiaries.</p><strong>Near-term
    consolidation likely</strong><p>…": a subhead between paragraphs)."""
    tail = paragraph.tail
    return bool(tail and tail.strip()) and len(tail.split()) <= _LINK_WORDS \
        and (not _SENTENCE_ENDS.search(_text(paragraph)) or tail.lstrip().startswith(("—", "–", "-")))
    # (an embedded post's signature goes with it: "… brown men.</p>— N. K. Jemisin (@nkjemisin) …")


_SENTENCE_ENDS = re.compile(r"[.!?][\"”’')]*\s*$")


def _blocks(element: _Element) -> Iterator[tuple[str, ParagraphKind]]:
    joined_into_previous: set[_Element] = set()
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or child in joined_into_previous:
            continue  # comments, processing instructions, paragraphs joined to the one before
        if tag == "p" and (run := _joined_with_loose_words(child)):
            joined_into_previous.update(run[1:])
            last_tail = run[-1].tail if _link_words(run[-1]) else ""
            yield from _paragraphs(child, "body", text="".join(_text(p) + (p.tail or "") for p in run[:-1])
                                   + _text(run[-1]) + last_tail)
            if not last_tail and _clean(run[-1].tail or ""):
                yield _clean(run[-1].tail), "body"
            continue
        if tag == "head":
            yield from _paragraphs(child, "subhead")
        elif tag in ("p", "code"):
            yield from _paragraphs(child, "body")
        elif tag == "list":
            yield from _list_items(child)
        elif tag == "quote":
            if any(isinstance(sub.tag, str) and sub.tag in ("p", "list", "head", "quote") for sub in child):
                yield from _blocks(child)
            else:
                yield from _paragraphs(child, "body")
        elif tag == "table":
            yield from _table_rows(child)
        elif tag in _CONTAINERS:
            own = _clean(child.text or "")
            if own:
                yield own, _kind_of(own, "body")
            yield from _blocks(child)
        elif tag != "graphic":
            yield from _paragraphs(child, "body")
        # (a paragraph's own: loose text after it, too long to be a link's words)
        tail = _clean(child.tail or "") if tag in _CONTAINERS or tag == "p" else ""
        if tail:
            yield tail, "body"


def _list_items(list_element: _Element) -> Iterator[tuple[str, ParagraphKind]]:
    for item in list_element:
        if item.tag != "item":
            continue
        yield from _paragraphs(item, "body", skip=frozenset({"list"}))
        for nested in item.iter("list"):
            if nested is not item:
                yield from _list_items(nested)
                break


def _table_rows(table: _Element) -> Iterator[tuple[str, ParagraphKind]]:
    """A row per paragraph, cells parted by " | " (as trafilatura's own text has them);
    a row of one cell is a layout table's text, a row of several is data."""
    for row in table.iter("row"):
        cells = [_clean(_text(cell)) for cell in row if cell.tag == "cell"]
        cells = [cell for cell in cells if cell]
        if cells:
            yield " | ".join(cells), "body" if len(cells) == 1 else "furniture"


def first_block_repeats(blocks: list[tuple[str, ParagraphKind]], title: Optional[str]) -> bool:
    """The page repeats its headline as the first block of its text."""
    return bool(title and blocks and _clean(blocks[0][0]).lower() == _clean(title).lower())
