"""How common an English word is, for telling a name from an ordinary word.

A capitalised word that opens a sentence ("Evidence", "Workers") may be a name or the
word itself; how often English uses the word (wordfreq's Zipf scale) decides. The
answer depends on the word and the word lists alone, so each is looked up once.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from .gender import FIRST_NAMES

# Zipf 5: about 100 uses per million words ("evidence" 5.1, "please" 5.7; "Trump" 4.9, "Kasich" 2.9)
_EVERYDAY_ZIPF = 5.0
# Zipf 3 (once per million words): the least frequent word of wordfreq's small lists
_SMALL_LIST_FLOOR = 3.0


@lru_cache(maxsize=65536)   # a pure look-up asked again for the same words in every article
def everyday_word(word: str, zipf: float = 0.0) -> bool:
    """A word so frequent in English ("evidence", "commerce", "please") that, capitalised
    only where a sentence starts, it is that word and not a name (first names aside)."""
    if word in FIRST_NAMES:
        return False
    threshold = zipf or _EVERYDAY_ZIPF
    # wordfreq's small English list holds every word above Zipf 3 with the value of the
    # large one, and loads in a tenth of the time (0.02 s against 0.25 s per process)
    wordlist = "small" if threshold > _SMALL_LIST_FLOOR else "best"
    if _PLAIN_WORD.fullmatch(word):
        return _plain_word_zipf(word, wordlist) >= threshold
    from wordfreq import zipf_frequency  # loaded on first use: its lists take ~0.1 s
    return zipf_frequency(word, "en", wordlist) >= threshold


# A word wordfreq's English tokenizer leaves whole and unchanged: its frequency is its
# list's entry, read without the tokenizer's Unicode regular expressions (~0.1 ms a word)
_PLAIN_WORD = re.compile(r"[a-z]+")


def _plain_word_zipf(word: str, wordlist: str) -> float:
    """`wordfreq.zipf_frequency` of a word of `_PLAIN_WORD`, by the same arithmetic:
    the entry rounded to three significant digits, then to centibels."""
    from wordfreq import get_frequency_dict
    frequency = get_frequency_dict("en", wordlist).get(word)
    if frequency is None:
        return 0.0   # below wordfreq's floor of one use in a billion words
    frequency = 1.0 / (1.0 / frequency)
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(frequency, 10) + 9, 2)
