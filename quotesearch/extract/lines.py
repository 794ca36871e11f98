"""Tests on one line (or paragraph) of plain text, shared by the layout modules.

Owns the character classes of web copies (every Unicode blank plus zero-width
characters, bullets, double quotation marks) and the small predicates built on
them: does a line end a sentence, end in punctuation, open with a bullet. A
hard-wrapped paragraph is read with its newlines as spaces (``flatten``), which
keeps every character offset.
"""
from __future__ import annotations

import re

# Every Unicode whitespace plus the zero-width characters web copies are full of.
WS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b\u200c\u200d\u2060\ufeff"
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’»)]*"                      # may follow the final punctuation
DOUBLE_QUOTES = re.compile(r"[\"“”«»„]")
_BULLET = re.compile(r"[•·▪◦●■□►▸‣⁃*\-–—]+\s*")
BULLET_WITH_SPACE = re.compile(r"[•·▪◦●■□►▸‣⁃*\-–—]\s")

FURNITURE_MAX_CHARS = 160



def flatten(text: str) -> str:
    """Newlines of a joined (hard-wrapped) paragraph as spaces, keeping offsets."""
    return text.replace("\n", " ").replace("\r", " ") if "\n" in text else text


def ends_sentence(text: str) -> bool:
    core = text.rstrip(WS).rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_END


def ends_with_punctuation(text: str) -> bool:
    core = text.rstrip(WS).rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…:;,"

def strip_bullet(line: str) -> tuple[bool, str]:
    match = _BULLET.match(line)
    if match is None:
        return False, line
    return bool(BULLET_WITH_SPACE.match(line)), line[match.end():]
