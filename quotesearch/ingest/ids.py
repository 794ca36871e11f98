"""Content-derived article ids: the same text (however wrapped) gets the same id."""
from __future__ import annotations

import hashlib
import re

_WHITESPACE_RUN = re.compile(r"\s+")
_NOT_WHITESPACE = re.compile(r"\S")
_ID_CHUNK_CHARS = 1 << 20


def article_id(text: str) -> str:
    """A stable, content-derived id: 16 hex chars of the SHA-256 of the text
    with whitespace runs collapsed, so re-ingesting an article (even re-wrapped
    or with other line endings) gives the same id."""
    digest = hashlib.sha256()
    text = text.strip()
    start = 0
    while start < len(text):
        # in pieces (a 20 MB text of tiny lines would otherwise build millions of
        # pieces at once), each cut where no whitespace run is split
        end = min(len(text), start + _ID_CHUNK_CHARS)
        next_word = _NOT_WHITESPACE.search(text, end)
        end = next_word.start() if next_word else len(text)
        digest.update(_WHITESPACE_RUN.sub(" ", text[start:end]).encode("utf-8", "surrogatepass"))
        start = end
    return digest.hexdigest()[:16]
