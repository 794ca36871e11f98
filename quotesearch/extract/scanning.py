"""Fast scans for patterns that are long alternations of words.

Python's re tries each alternative of a pattern like "(?:said|says|told|…)" at every
character of the text, so scanning an article with a few hundred cue words or
courtesy titles costs milliseconds. `alternation_trie` writes such a word list as a
trie ("sa(?:id|ys)|told"), which re rejects after a character or two;
`matches_via` and `matches_between` use a cheap pattern that matches wherever the
full one may start to find exactly the full pattern's `finditer` matches, trying the
full pattern only there. `matches_of_word` skips building a pattern made for one
word where that word does not occur.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def alternation_trie(words: Iterable[str]) -> str:
    """A regex alternation matching exactly ``words``, factored by common prefixes."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = []
    for head in sorted(heads):
        tails = heads[head]
        rest = alternation_trie(tails)
        if not rest:
            branches.append(re.escape(head))
        else:
            branches.append(re.escape(head) + "(?:" + rest + ")" + ("?" if "" in tails else ""))
    return "|".join(branches)


# The characters that case-insensitive matching pairs with an ASCII letter other than
# their lower case ('ſ' with 's', 'ı' and 'İ' with 'i'; 'İ' also lower-cases to two
# characters). Every other character keeps its offset and its word-or-not class when
# lower-cased, so a lower-cased text can be scanned case-sensitively instead.
_FOLDS_TO_ASCII = re.compile("[İıſ]")


def matches_via(candidates: re.Pattern, pattern: re.Pattern, text: str,
                lowered: re.Pattern | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern that matches no empty
    string, given ``candidates``: a pattern that matches wherever ``pattern`` does.
    ``lowered``: the case-insensitive ``candidates`` written case-sensitively for
    lower-cased text, which `re` scans about twice as fast."""
    scanned = text
    if lowered is not None and not _FOLDS_TO_ASCII.search(text):
        candidates, scanned = lowered, text.lower()
    pos = 0
    while True:
        candidate = candidates.search(scanned, pos)
        if candidate is None:
            return
        m = pattern.match(text, candidate.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = candidate.start() + 1


def matches_between(candidates: re.Pattern, pattern: re.Pattern, text: str,
                    start: int, end: int) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, start, end)``, for a pattern that matches
    no empty string, given ``candidates``: a pattern that matches wherever ``pattern``
    does. A pattern opening with a look-behind is tried by `re` at every character; a
    candidate pattern opening with a character class ("[A-Z](?<![\\w'][A-Z])") lets it
    skip to the few places worth a try."""
    pos = start
    while True:
        candidate = candidates.search(text, pos, end)
        if candidate is None:
            return
        m = pattern.match(text, candidate.start(), end)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = candidate.start() + 1


def matches_of_word(word: str, pattern_for: Callable[[str], re.Pattern], text: str,
                    start: int, end: int) -> Iterator[re.Match]:
    """The matches of ``pattern_for(word).finditer(text, start, end)``, for a pattern
    that matches ``word`` as written: none, and no pattern built, where the word does not
    occur there (compiling a pattern for each new surname or noun costs far more than
    the plain search)."""
    if text.find(word, start, end) < 0:
        return iter(())
    return pattern_for(word).finditer(text, start, end)
