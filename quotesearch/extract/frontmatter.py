"""Front matter and Markdown structure of articles reposted as Markdown files.

Owns the front matter of static-site posts (YAML: ``---`` fences around ``key: value``
lines; TOML: ``+++`` fences around ``key = "value"``) and the Markdown marks of
headings (``# Headline``, ``### Subhead``). What the fields are for is a table: a
title field is the headline (its value only, so the title never reads "title: ..."),
date fields are publication lines, author, source-URL and publisher fields are the
article's byline, URL and outlet (`FrontMatter.fields`), and every other field
(layout, excerpt, description, image ...) is page furniture, never body text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lines import WS
from .paragraphs import Segment

# Field names, lower case, by what the field holds.
TITLE_FIELDS = frozenset({"title", "headline"})
DATE_FIELDS = frozenset({"date", "published", "pubdate", "publishdate", "published_at",
                         "publication_date", "created", "created_at"})
AUTHOR_FIELDS = ("author", "authors", "byline", "by", "writer")
URL_FIELDS = ("source_url", "original_url", "canonical_url", "canonical", "source", "url",
              "link", "permalink")
OUTLET_FIELDS = ("source_name", "publication", "publisher", "outlet", "site_name", "newspaper")
# Everything else (layout, excerpt, description, summary, tags, image ...) is furniture,
# and so are the lines of the fields above: a summary repeats the body and must not
# yield quotations twice.

_FENCE = re.compile(r"[ \t]*(?:---|\+\+\+)[ \t]*\r?$", re.M)
_FIELD = re.compile(r"[ \t]*(?P<key>[A-Za-z_][\w\-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t\r]*$")
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+\S")          # "  - News" under "tags:"
_QUOTES = "\"'"
_MAX_FRONT_MATTER_LINES = 60
# "# Headline", "### Subhead": the span of the heading starts after its marks.
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")


@dataclass(frozen=True)
class FrontMatter:
    end: int                          # where the text after the closing fence starts
    segments: tuple[Segment, ...]     # one per field line (the title: its value only)
    fields: tuple[tuple[str, str], ...] = ()   # (key lower-cased, value unquoted)

    def first(self, keys) -> Optional[str]:
        """The value of the first of ``keys`` the front matter has, if any."""
        found = dict(self.fields)
        for key in keys:
            if found.get(key):
                return found[key]
        return None


def read_front_matter(text: str) -> Optional[FrontMatter]:
    """The front matter opening ``text``, or None (no fences, or lines that are not fields)."""
    start = len(text) - len(text.lstrip(WS))
    opening = _FENCE.match(text, start)
    if opening is None:
        return None
    segments = [_trimmed(text, start, opening.end(), "furniture")]
    fields: list[tuple[str, str]] = []
    fence = text[start:opening.end()].strip(WS)
    pos = opening.end() + 1
    for _ in range(_MAX_FRONT_MATTER_LINES):
        newline = text.find("\n", pos)
        line_end = len(text) if newline < 0 else newline
        closing = _FENCE.match(text, pos, line_end)
        if closing and text[pos:line_end].strip(WS) == fence:
            segments.append(_trimmed(text, pos, line_end, "furniture"))
            return FrontMatter(line_end, tuple(s for s in segments if s), tuple(fields))
        field = _FIELD.match(text, pos, line_end)
        if field:
            segments.append(_field_segment(text, field))
            fields.append((field.group("key").lower(), _unquoted(field.group("value"))))
        elif text[pos:line_end].strip(WS) and not _LIST_ITEM.match(text, pos, line_end):
            return None                       # prose: a "---" rule, not front matter
        elif text[pos:line_end].strip(WS):
            segments.append(_trimmed(text, pos, line_end, "furniture"))
        if newline < 0:
            return None
        pos = newline + 1
    return None


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == value[0]:
        value = value[1:-1]
    return value.strip()


def _trimmed(text: str, start: int, end: int, kind) -> Optional[Segment]:
    core = text[start:end].strip(WS)
    if not core:
        return None
    first = text.index(core[0], start)
    return Segment(first, first + len(core), kind)


def _field_segment(text: str, field: re.Match) -> Segment:
    key = field.group("key").lower()
    if key in TITLE_FIELDS and field.group("value"):
        start, end = field.span("value")
        if end - start >= 2 and text[start] in _QUOTES and text[end - 1] == text[start]:
            start, end = start + 1, end - 1
        if end > start:
            return Segment(start, end, "headline")
    return _trimmed(text, field.start(), field.end(), "furniture")


def markdown_heading_start(text: str, start: int, end: int) -> int:
    """Where a paragraph's words start once "# " marks are skipped (``start`` if none)."""
    marks = _MARKDOWN_HEADING.match(text, start, end)
    return marks.end() if marks else start
