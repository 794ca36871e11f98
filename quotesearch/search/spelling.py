"""Respelling a misspelled query word ("presdent" -> "president").

Suggestions come from the 100,000 most frequent English words (the `wordfreq`
lists the project already ships for topics), bucketed by first letter and
length, and are offered only when the index holds the word. This keeps the
index free of a second, unstemmed copy of every quotation's words (Whoosh's
``spelling=True``), which would cost about a third of the ingest time.
"""
from __future__ import annotations

import difflib
import threading
from typing import Callable, Optional

VOCABULARY = 100_000
_lock = threading.Lock()
_buckets: Optional[dict[tuple[str, int], list[str]]] = None


def _vocabulary() -> dict[tuple[str, int], list[str]]:
    global _buckets
    with _lock:
        if _buckets is None:
            from wordfreq import top_n_list
            buckets: dict[tuple[str, int], list[str]] = {}
            for word in top_n_list("en", VOCABULARY):
                if word.isalpha():
                    buckets.setdefault((word[0], len(word)), []).append(word)
            _buckets = buckets
        return _buckets


def respell(word: str, in_index: Callable[[str], int]) -> Optional[str]:
    """The closest well-spelled word that the index holds (``in_index`` gives a
    word's number of quotations), keeping the first letter; None if none is close."""
    word = word.lower()
    if len(word) < 3 or not word.isalpha():
        return None
    buckets = _vocabulary()
    nearby = [w for size in range(len(word) - 2, len(word) + 3)
              for w in buckets.get((word[0], size), ())]
    close = difflib.get_close_matches(word, nearby, n=8, cutoff=0.75)
    scored = [(difflib.SequenceMatcher(None, word, w).ratio(), in_index(w), w) for w in close]
    scored = [s for s in scored if s[1] > 0 and s[2] != word]
    if not scored:
        return None
    best_ratio = max(r for r, _, _ in scored)
    # of the closest (within a hair), the word the quotations use most
    return max((s for s in scored if s[0] >= best_ratio - 0.05), key=lambda s: (s[1], s[0]))[2]
