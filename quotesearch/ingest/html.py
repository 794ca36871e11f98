"""HTML pages as articles: the main text (`quotesearch.ingest.html_text`, on
trafilatura; our own rules in `quotesearch.ingest.html_blocks` where it finds
none) laid out in paragraphs, without see-also lines and sign-up calls
(`quotesearch.ingest.html_asides`), opened by the lead trafilatura leaves out
(`quotesearch.ingest.html_lead`), with the metadata the markup gives
(`quotesearch.ingest.html_metadata`). The page is parsed once, with lxml.

A page whose text cannot be found but whose markup names its title still gives
an article: its metadata and its headline, and a warning says so.
"""
from __future__ import annotations

import logging
import re
from typing import Optional

from lxml import etree
from lxml.html import HtmlElement

from quotesearch.filenames import shown_name
from quotesearch.records import Article, Paragraph, ParagraphKind

from .encodings import decode_bytes, normalise_text
from .failure import IngestFailure
from .files import read_limited_bytes
from .html_asides import without_asides
from .html_blocks import fallback_blocks
from .html_lead import lead_blocks
from .html_metadata import page_metadata
from .html_text import first_block_repeats, main_text_blocks
from .ids import article_id

logger = logging.getLogger(__name__)

_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Under this many characters of main text trafilatura is unsure (its own
# MIN_EXTRACTED_SIZE, below which it tries its last-resort baseline).
SHORT_TEXT_CHARS = 250
# Our fallback reader's text under this many words is a line of furniture ("By
# subscribing I accept the terms of use"), not the article trafilatura found in one
# block of loose text (a body of text without <p> marks, which our rules do not weigh).
_FURNITURE_LINE_WORDS = 12
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def article_from_html_file(path: str) -> Article:
    return article_from_html_bytes(read_limited_bytes(path), file=shown_name(path))


def article_from_html_bytes(data: bytes, file: Optional[str] = None, url: Optional[str] = None) -> Article:
    return article_from_html(decode_html(data), file=file, url=url)


# A page with a few stray NUL bytes (a template's padding) is still a page, as
# browsers read it; UTF-16 without a byte-order mark is half NULs.
_MAX_STRAY_NUL_SHARE = 0.001


def decode_html(data: bytes) -> str:
    """The page's text: its declared charset if that is a text encoding, else detected."""
    nul_count = data.count(b"\x00")
    if nul_count and nul_count <= _MAX_STRAY_NUL_SHARE * len(data):
        data = data.replace(b"\x00", b"")
    declared = _CHARSET_DECLARATION.search(data[:4096])
    return decode_bytes(data, declared.group(1).decode("ascii") if declared else None)


def article_from_html(html: str, file: Optional[str] = None, id: Optional[str] = None,
                      url: Optional[str] = None) -> Article:
    """The article in an HTML page: its main text laid out in paragraphs, and
    the page's metadata (title, outlet, ISO date, canonical URL, authors);
    `url` is where the page was found, if known.

    Article.text is the title (if any) as a "headline" paragraph followed by
    each block of the main content (paragraphs, list items, quotations: "body";
    headings: "subhead"; "By ..." lines: "byline"; table rows of several cells:
    "furniture"), joined by blank lines; `Article.paragraphs` holds their spans.
    Without body text the article is its headline and metadata (with a warning);
    raises `IngestFailure` when the page has neither.
    """
    _check_element_count(html)
    tree = _parse_tree(html)
    metadata = page_metadata(tree, url) if tree is not None else {"title": None}
    blocks = main_text_blocks(tree) if tree is not None else []
    if len(blocks) <= 1 or sum(len(text) for text, _ in blocks) < SHORT_TEXT_CHARS:
        # Little or no text: trafilatura falls back to its last resort (the
        # article's or page's whole text as one paragraph, menus included);
        # our own rules decide and lay out short pages.
        fallback = fallback_blocks(html)
        if _word_count(fallback) >= _FURNITURE_LINE_WORDS or sum(len(text) for text, _ in blocks) < SHORT_TEXT_CHARS:
            blocks = fallback
    title = metadata.pop("title")
    if first_block_repeats(blocks, title):
        blocks = blocks[1:]  # the page repeats its headline in the body
    blocks = _headings_as_prose(without_asides(_unglued(blocks)))
    if tree is not None:
        blocks = lead_blocks(tree, blocks) + blocks
    if not any(kind == "body" for _, kind in blocks):
        if not title:
            raise IngestFailure("no article text found")
        logger.warning("quotesearch: warning: %s: no article text found; its title and metadata are kept",
                       file or url or "HTML page")
        blocks = []
    title = normalise_text(title) if title else None
    text, paragraphs = _lay_out(([(title, "headline")] if title else [])
                                + [(normalise_text(block), kind) for block, kind in blocks])
    return Article(id=id or article_id(text), text=text, file=file, title=title, paragraphs=paragraphs, **metadata)


# A sentence's end with no space before the next ("… “revolutionary president.”Seddique Mir
# Mateen maintained …"): paragraphs the main-text reader glued together
_GLUED_SENTENCES = re.compile(r"(?<=[a-z0-9)][.!?])([\"”’]?)(?=[A-Z][a-z])")
_GLUED_PARAGRAPHS = 3


def _unglued(blocks: list[tuple[str, ParagraphKind]]) -> list[tuple[str, ParagraphKind]]:
    """A block holding several sentences glued to the next without a space is several
    paragraphs run together (each ``<p>`` of a wire story's page): they are split again
    where they were glued; a block with one such join (a typo) is left as it is."""
    out = []
    for text, kind in blocks:
        joins = [m.end() for m in _GLUED_SENTENCES.finditer(text)]
        if kind != "body" or len(joins) < _GLUED_PARAGRAPHS:
            out.append((text, kind))
            continue
        starts = [0, *joins]
        out.extend((text[a:b].strip(), kind) for a, b in zip(starts, [*joins, len(text)]) if text[a:b].strip())
    return out


_SENTENCE_CLOSES = re.compile(r"(?:[.!?][\"”’')]*|[\"”])\s*$")
_FULL_STOP_CLOSES = re.compile(r"[a-z\d][.][\"”’')]*\s*$")
_PROSE_HEADING_WORDS = 8


def _headings_as_prose(blocks: list[tuple[str, ParagraphKind]]) -> list[tuple[str, ParagraphKind]]:
    """A page that sets much of its text in headings ("subbuzz" lists: an h2 per item,
    each a sentence or two of the story) has no subheads in them: its headings that read
    as sentences are body text, read for names and quotations like any paragraph."""
    heading_words = sum(len(text.split()) for text, kind in blocks if kind == "subhead")
    closes = _SENTENCE_CLOSES
    if heading_words < _word_count(blocks) / 2 or sum(1 for _, kind in blocks if kind == "subhead") < 2:
        # (elsewhere a heading is prose only when it is a sentence closed by a full stop: "Fiona
        # Parry issued a plea for people to stay away from the pills.")
        closes = _FULL_STOP_CLOSES
    return [(text, "body" if kind == "subhead" and len(text.split()) >= _PROSE_HEADING_WORDS
             and closes.search(text) else kind) for text, kind in blocks]


def _word_count(blocks: list[tuple[str, ParagraphKind]]) -> int:
    return sum(len(text.split()) for text, kind in blocks if kind == "body")


def _parse_tree(html: str) -> Optional[HtmlElement]:
    """The page as an lxml tree (what trafilatura and htmldate read), or None."""
    from trafilatura.utils import load_html

    try:
        # lxml refuses a str that declares its own encoding
        return load_html(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, etree.LxmlError, RecursionError):
        return None


# Parsing and selecting take ~0.1 ms per element: a page of more elements than any
# news page (which has a few thousand) would hold a worker for many seconds.
MAX_HTML_ELEMENTS = 40_000
_START_TAG = re.compile(r"<[A-Za-z]")


def _check_element_count(html: str) -> None:
    for count, _ in enumerate(_START_TAG.finditer(html), 1):
        if count > MAX_HTML_ELEMENTS:
            raise IngestFailure(f"HTML page too large to read: over {MAX_HTML_ELEMENTS:,} elements")


def _lay_out(blocks: list[tuple[str, ParagraphKind]]) -> tuple[str, tuple[Paragraph, ...]]:
    """Join paragraph texts with blank lines and record each one's span."""
    paragraphs = []
    offset = 0
    for text, kind in blocks:
        paragraphs.append(Paragraph(offset, offset + len(text), kind))
        offset += len(text) + 2  # the "\n\n" separator
    return "\n\n".join(text for text, _ in blocks), tuple(paragraphs)
