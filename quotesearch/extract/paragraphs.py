"""Paragraph splitting of plain text into trimmed (start, end) spans of the original text.

Owns blank-line blocks, one-paragraph-per-line texts and hard-wrapped texts (a
tool's wrapped lines are joined into one paragraph). The text is never changed:
every span indexes the original string.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from quotesearch.records import ParagraphKind

from .lines import BULLET_WITH_SPACE, WS, ends_sentence


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph span whose kind a reader of the page's structure already knows
    (front matter, a flattened portal page); ``kind`` None: decided in context."""

    start: int
    end: int
    kind: Optional[ParagraphKind] = None


# Hard-wrapped text has lines of at most this many characters (tools wrap at 60-80).
_WRAP_MAX_WIDTH = 110
_WRAP_MIN_WIDTH = 30

# ------------------------------------------------------------------ paragraphs

_Line = tuple[int, int, int]          # (start, end, indent) of a trimmed non-blank line


def _columns(line: _Line) -> int:
    """The line's length as a wrapping tool counts it, indentation included."""
    start, end, indent = line
    return end - start + indent


def _first_word_length(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    return (space if space >= 0 else end) - start


def _is_full(text: str, line: _Line, following: _Line, width: int) -> bool:
    """A wrapping tool broke this line: the next line's first word did not fit on it."""
    return _columns(line) + 1 + _first_word_length(text, following[0], following[1]) > width


def _continues(text: str, line: _Line, following: _Line, width: int) -> bool:
    """The next line carries on this line's sentence."""
    if text[following[0]].islower():
        return True
    return _is_full(text, line, following, width) and not ends_sentence(text[line[0]:line[1]])


def _is_hard_wrapped(text: str, block: list[_Line], width: int) -> bool:
    """Lines of one width that mostly stop mid-sentence were wrapped by a tool."""
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return False
    continued = sum(_continues(text, line, following, width) for line, following in zip(block, block[1:]))
    return continued * 2 >= len(block) - 1


def _block_paragraphs(text: str, block: list[_Line], width: int) -> list[tuple[int, int]]:
    """Paragraph spans of one blank-line-separated block of lines."""
    if len(block) == 1:
        return [block[0][:2]]
    width = max(width, max(_columns(line) for line in block))
    if not _is_hard_wrapped(text, block, width):
        return [(start, end) for start, end, _ in block]      # one paragraph per line
    paragraphs = []
    base_indent = min(indent for _, _, indent in block)
    para_start = block[0][0]
    for line, following in zip(block, block[1:]):
        # A line the next word would have fitted on ends its paragraph (so do
        # headings); an indented or bulleted line opens one.
        if (not _is_full(text, line, following, width) or following[2] > base_indent
                or BULLET_WITH_SPACE.match(text, following[0])):
            paragraphs.append((para_start, line[1]))
            para_start = following[0]
    paragraphs.append((para_start, block[-1][1]))
    return paragraphs


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Trimmed (start, end) spans of the non-blank paragraphs of ``text[start:]``."""
    blocks: list[list[_Line]] = [[]]
    pos, size = start, len(text)
    while pos <= size:
        newline = text.find("\n", pos)
        if newline < 0:
            newline = size
        line = text[pos:newline]
        core = line.strip(WS)
        if core:
            indent = len(line) - len(line.lstrip(WS))
            blocks[-1].append((pos + indent, pos + indent + len(core), indent))
        elif blocks[-1]:
            blocks.append([])
        pos = newline + 1
    # The wrap width of the text: its longest line that could be a wrapped one.
    width = max((_columns(line) for block in blocks for line in block
                 if _columns(line) <= _WRAP_MAX_WIDTH), default=0)
    return [span for block in blocks if block for span in _block_paragraphs(text, block, width)]
