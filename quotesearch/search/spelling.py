"""Respelling a misspelled query word ("presdent" -> "president").

Suggestions come from the 100,000 most frequent English words (the `wordfreq`
lists the project already ships for topics), bucketed by first letter and
length, and are offered only when the index holds the word. This keeps the
index free of a second, unstemmed copy of every quotation's words (Whoosh's
``spelling=True``), which would cost about a third of the ingest time.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

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


# A correction must be used this many times more often than the word typed.
FAR_MORE = 10
# ... and, for a word the index lacks, this much commoner in English (Zipf scale).
ENGLISH_FAR_MORE = 1.5


def respell(word: str, in_index: Callable[[str], int]) -> Optional[str]:
    """The closest well-spelled word that the index holds far more often than
    ``word`` (``in_index`` gives a word's number of quotations), keeping the first
    letter: one edit away for words of up to five letters, two for longer ones
    (a swap of two letters is one edit: "ecomony"); None if none is."""
    word = word.lower()
    if len(word) < 3 or not word.isalpha():
        return None
    typed = in_index(word)
    buckets = _vocabulary()
    nearby = [w for size in range(len(word) - 2, len(word) + 3)
              for w in buckets.get((word[0], size), ()) if w != word]
    most = 1 if len(word) <= 5 else 2
    close = process.extract(word, nearby, scorer=OSA.distance, score_cutoff=most, limit=12)
    scored = [(distance, in_index(w), w) for w, distance, _ in close]
    scored = [s for s in scored if s[1] > 0 and s[1] >= FAR_MORE * max(typed, 1) * (typed > 0) + (typed == 0)]
    if typed == 0:
        # a word absent from the index but no typo ("unclosed") is not respelled into
        # another real word ("unloved"): the correction must be far commoner English
        from wordfreq import zipf_frequency
        floor = zipf_frequency(word, "en") + ENGLISH_FAR_MORE
        scored = [s for s in scored if zipf_frequency(s[2], "en") >= floor]
    if not scored:
        return None
    nearest = min(d for d, _, _ in scored)
    # of the nearest, the word the quotations use most
    # then the one most like it letter for letter ("tarifs": tariffs, not tariff)
    return max((s for s in scored if s[0] == nearest), key=lambda s: (s[1], fuzz.ratio(word, s[2])))[2]
