"""An article set in sibling chunks: the chunks trafilatura left out.

Some publishers cut one story into several sibling containers of the same
markup (``<div class="article__chunks">`` holding ``<div class="body
article__body">`` after ``<div class="body article__body">``, with an advert
between them). trafilatura keeps the first and drops the rest, and with them
every quotation from the middle of the story on. This stage finds the
container that holds the last paragraph trafilatura read, its siblings of the
same tag and class, and lays out the paragraphs of those after it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Optional

from lxml.html import HtmlElement

from quotesearch.records import ParagraphKind

_WORDS = re.compile(r"\w+")
# A paragraph this short ("Advertisement") identifies no place in the page.
_ANCHOR_MIN_WORDS = 8
# How far above the anchor paragraph the chunk may be.
_CHUNK_MAX_DEPTH = 4
_BLOCK_KINDS: dict[str, ParagraphKind] = {
    "p": "body", "li": "body", "h2": "subhead", "h3": "subhead", "h4": "subhead",
}
# What a chunk may hold besides the story: pictures, embedded posts, forms.
_SKIPPED_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "form", "button",
                           "script", "style", "noscript", "iframe"})
# A chunk of the story is prose: mostly paragraphs of this many words, few headings, few
# links (a row of teasers shares its markup with the story's chunks on some pages).
_PROSE_WORDS = 15
_PROSE_PARAGRAPHS_MIN = 2
_PARAGRAPHS_PER_HEADING = 3
_LINK_SHARE_MAX = 0.25
_EMBED_CLASS = re.compile(r"tweet|instagram|embed|caption|newsletter|related|promo|advert", re.IGNORECASE)


def with_sibling_chunks(tree: HtmlElement, blocks: list[tuple[str, ParagraphKind]]
                        ) -> list[tuple[str, ParagraphKind]]:
    """`blocks` with the paragraphs of the chunks after the one holding their last
    body paragraph, in page order, inserted after it; `blocks` when there are none."""
    last = next((index for index in range(len(blocks) - 1, -1, -1) if blocks[index][1] == "body"), None)
    if last is None:
        return blocks
    chunk = _chunk_holding(tree, blocks[last][0])
    if chunk is None:
        return blocks
    seen = {_key(text) for text, _ in blocks}
    added: list[tuple[str, ParagraphKind]] = []
    for sibling in chunk.itersiblings():
        if sibling.tag == chunk.tag and sibling.get("class") == chunk.get("class") and _is_prose(sibling):
            for text, kind in _chunk_blocks(sibling):
                if _key(text) not in seen:
                    seen.add(_key(text))
                    added.append((text, kind))
    return blocks[:last + 1] + added + blocks[last + 1:] if added else blocks


def _chunk_holding(tree: HtmlElement, text: str) -> Optional[HtmlElement]:
    """The classed element (at most a few levels up) holding the paragraph whose
    text is `text`, when its parent holds another of the same tag and class."""
    key = _key(text)
    if len(key.split()) < _ANCHOR_MIN_WORDS:
        return None
    anchor = next((paragraph for paragraph in tree.iter("p") if _key(paragraph.text_content()) == key), None)
    if anchor is None:
        return None
    element = anchor.getparent()
    for _ in range(_CHUNK_MAX_DEPTH):
        if element is None or element.getparent() is None:
            return None
        if element.get("class") and any(
                sibling.tag == element.tag and sibling.get("class") == element.get("class")
                for sibling in element.itersiblings()):
            return element
        element = element.getparent()
    return None


def _chunk_blocks(chunk: HtmlElement) -> Iterator[tuple[str, ParagraphKind]]:
    for element in chunk.iter(*_BLOCK_KINDS):
        if _skipped(element) or any(_skipped(ancestor) for ancestor in _ancestors_within(element, chunk)) \
                or any(inner.tag in ("p", "li") for inner in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if _WORDS.search(text):
            yield text, _BLOCK_KINDS[element.tag]


def _is_prose(chunk: HtmlElement) -> bool:
    blocks = list(_chunk_blocks(chunk))
    prose = sum(1 for text, kind in blocks if kind == "body" and len(text.split()) >= _PROSE_WORDS)
    lines = sum(1 for text, kind in blocks if kind == "body" and len(text.split()) < _PROSE_WORDS)
    headings = sum(1 for _, kind in blocks if kind == "subhead")
    text_length = len(chunk.text_content().strip())
    link_length = sum(len(link.text_content().strip()) for link in chunk.iter("a"))
    return prose >= _PROSE_PARAGRAPHS_MIN and prose > lines and headings * _PARAGRAPHS_PER_HEADING <= prose \
        and link_length <= _LINK_SHARE_MAX * text_length


def _ancestors_within(element: HtmlElement, chunk: HtmlElement) -> Iterator[HtmlElement]:
    for ancestor in element.iterancestors():
        if ancestor is chunk:
            return
        yield ancestor


def _skipped(element: HtmlElement) -> bool:
    return element.tag in _SKIPPED_TAGS or bool(_EMBED_CLASS.search(element.get("class") or ""))


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))
