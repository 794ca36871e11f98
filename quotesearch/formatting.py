"""Small text helpers shared by the front ends (CLI, web, citations)."""
from __future__ import annotations

import re

_WHITESPACE = re.compile(r"\s+")


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most about `limit` characters + "…"."""
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"
