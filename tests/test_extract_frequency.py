"""Spec of `quotesearch.extract.frequency`: how common an English word is.

`everyday_word(word, zipf)` says whether English uses ``word`` at least ``zipf`` on
wordfreq's Zipf scale (5 unless given), first names never; it answers as wordfreq's
large English list does, read from the small list for thresholds above Zipf 3.
"""
from __future__ import annotations

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from quotesearch.extract.frequency import everyday_word
from quotesearch.extract.gender import FIRST_NAMES


@pytest.mark.parametrize("word, zipf, expected", [
    ("evidence", 0.0, True), ("please", 0.0, True), ("trump", 0.0, False), ("kasich", 0.0, False),
    ("figures", 3.1, True), ("kasich", 3.1, False), ("wsj", 3.1, False), ("village", 4.0, True), ("jane", 0.0, False),
])
def test_everyday_words(word, zipf, expected):
    assert everyday_word(word, zipf) is expected


def test_the_small_word_list_holds_every_word_above_zipf_3_as_the_large_one_does():
    """What reading thresholds above Zipf 3 from the small list relies on."""
    small, large = get_frequency_dict("en", wordlist="small"), get_frequency_dict("en", wordlist="best")
    assert all(small.get(word) == frequency for word, frequency in large.items() if frequency > 1e-6)


@pytest.mark.parametrize("word", ["evidence", "please", "trump", "kasich", "figures", "figure", "workers",
                                  "sanders", "village", "partners", "don't", "co-op", "1990s", "abject", "wsj",
                                  "yaya", "wrinkled"])
@pytest.mark.parametrize("zipf", [0.0, 3.1, 4.0])
def test_everyday_word_answers_as_the_large_list_and_as_asked_afresh(word, zipf):
    expected = word not in FIRST_NAMES and zipf_frequency(word, "en") >= (zipf or 5.0)
    assert everyday_word(word, zipf) == everyday_word.__wrapped__(word, zipf) == expected


@pytest.mark.parametrize("wordlist", ["small", "best"])
def test_a_plain_word_is_read_from_the_list_as_wordfreq_reads_it(wordlist):
    """The fast path for lower-case ASCII words gives wordfreq's own Zipf value, to the
    centibel, for words in the list at every frequency and for words not in it."""
    from quotesearch.extract.frequency import _PLAIN_WORD, _plain_word_zipf
    listed = sorted(w for w in get_frequency_dict("en", wordlist) if _PLAIN_WORD.fullmatch(w))
    words = listed[::max(1, len(listed) // 4000)] + ["zzqxv", "kasichs", "a", "i", "the"]
    assert [_plain_word_zipf(w, wordlist) for w in words] == [zipf_frequency(w, "en", wordlist) for w in words]
