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
AUTHOR_FIELDS = ("author", "authors", "byline", "by", "writer", "author.name", "authors.name",
                 "params.author", "params.authors")
URL_FIELDS = ("source_url", "original_url", "canonical_url", "canonical", "source", "url",
              "link", "permalink")
OUTLET_FIELDS = ("source_name", "publication", "publisher", "outlet", "site_name", "newspaper")
# Everything else (layout, excerpt, description, summary, tags, image ...) is furniture,
# and so are the lines of the fields above: a summary repeats the body and must not
# yield quotations twice.

_FENCE = re.compile(r"[ \t]*(?:---|\+\+\+)[ \t]*\r?$", re.M)
_FIELD = re.compile(r"[ \t]*(?P<key>[A-Za-z_][\w\-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t\r]*$")
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+\S")          # "  - News" under "tags:"
_TOML_TABLE = re.compile(r"[ \t]*\[\[?[ \t]*(?P<name>[A-Za-z_][\w\-.]*)[ \t]*\]\]?[ \t\r]*$")
_COMMENT = re.compile(r"[ \t]*#")
_BLOCK_MARKS = frozenset({"|", "|-", "|+", ">", ">-", ">+"})
_QUOTES = "\"'"
_MAX_FRONT_MATTER_LINES = 200
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
    """The front matter opening ``text``, or None (no fences, or lines that are not fields).

    Besides ``key: value`` lines the fences may hold what static-site generators write:
    comments, TOML tables (``[params]``, ``[[authors]]``) and YAML nesting, whose keys
    are read as ``parent.key`` ("author.name"); list items, block scalars (``>-``,
    ``|``) and indented or quoted values running over several lines. All of it is
    furniture; an unindented line of prose ends the attempt (a ``---`` rule)."""
    start = len(text) - len(text.lstrip(WS))
    opening = _FENCE.match(text, start)
    if opening is None:
        return None
    segments = [_trimmed(text, start, opening.end(), "furniture")]
    fields: list[tuple[str, str]] = []
    fence = text[start:opening.end()].strip(WS)
    parent: Optional[str] = None          # the TOML table or YAML mapping keys belong to
    block = False                         # inside a YAML block scalar (">-", "|")
    open_value = False                    # a quoted value or flow list goes on
    pos = opening.end() + 1
    for _ in range(_MAX_FRONT_MATTER_LINES):
        newline = text.find("\n", pos)
        line_end = len(text) if newline < 0 else newline
        line = text[pos:line_end]
        indented = line[:1] in (" ", "\t")
        closing = _FENCE.match(text, pos, line_end)
        if closing and line.strip(WS) == fence:
            segments.append(_trimmed(text, pos, line_end, "furniture"))
            return FrontMatter(line_end, tuple(s for s in segments if s), tuple(fields))
        block = block and (indented or not line.strip(WS))
        field = _FIELD.match(text, pos, line_end)
        table = _TOML_TABLE.match(line)
        item = _LIST_ITEM.match(line)
        segment = None
        if block or open_value:
            open_value = open_value and not _closes(line)
        elif not line.strip(WS) or _COMMENT.match(line):
            pass
        elif table:
            parent = table.group("name").lower()
        elif field:
            key, raw = field.group("key").lower(), field.group("value").strip()
            if parent and (indented or fence == "+++"):
                key = f"{parent}.{key}"
            elif not indented:
                parent = key if not raw or raw in _BLOCK_MARKS else None
            block, open_value = raw in _BLOCK_MARKS, _runs_on(raw)
            fields.append((key, _unquoted(raw)))
            segment = _field_segment(text, field)
        elif item and parent and fields and fields[-1][0] == parent:
            # "authors:" then "  - Ann Roe", "  - Bo Li": the items are the value, in order
            value = _unquoted(line[item.end() - 1:])
            fields[-1] = (parent, ", ".join(v for v in (fields[-1][1], value) if v))
        elif not (indented or item):
            return None                       # prose: a "---" rule, not front matter
        segments.append(segment or _trimmed(text, pos, line_end, "furniture"))
        if newline < 0:
            return None
        pos = newline + 1
    return None


def _runs_on(value: str) -> bool:
    """A quoted value or flow list opened on its line and closed on a later one."""
    value = value.strip()
    if value[:1] and value[0] in _QUOTES:
        return len(value) < 2 or not value.endswith(value[0]) or value.endswith("\\" + value[0])
    return value.startswith("[") and not value.endswith("]")


def _closes(line: str) -> bool:
    stripped = line.strip(WS)
    return stripped.endswith(('"', "'", "]")) and not stripped.endswith('\\"')


def _unquoted(value: str) -> str:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        # a flow list: ["Ann Roe", "Bo Li"] -> "Ann Roe, Bo Li"
        return ", ".join(v for v in (_unquoted(item) for item in value[1:-1].split(",")) if v)
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == value[0]:
        value = value[1:-1]
    if value in _BLOCK_MARKS:
        return ""
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
