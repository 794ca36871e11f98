"""Each quotation's words in order, as a column: phrases checked in bulk.

A phrase query needs the positions of its words. Whoosh keeps them inside the
posting lists, pickled per block of 128 documents and again per document, so
checking a phrase of common words ("one of the") at a million quotations meant
unpickling thousands of blocks: seconds. The ``words`` column holds, for each
quotation document, the sequence of its ``text`` field's terms (the stemmed
words Whoosh indexed, position by position) as 64-bit hashes. A searcher reads
a segment's column once into one NumPy array (`quotesearch.search.sequences`),
and a phrase is then a few array comparisons over the documents that hold its
rarest word.

The column is written with the document (`quote_document`), so Whoosh itself
keeps it consistent: a replaced quotation's old document is deleted with its
column value, merges copy the column, repair re-indexes the articles through
the same code. An index created before the column existed has no ``words`` in
its schema; its phrases are answered from the positions as before.

A hash is the first 8 bytes of BLAKE2b of the term: two different terms share
one with a probability of about 10^-14 across an index's vocabulary, so a
phrase found here is the phrase the positions would find.
"""
from __future__ import annotations

import hashlib
import re
import sys
from array import array

from .schema import TEXT_ANALYZER, WORD_PATTERN

FIELD = "words"            # the column
TEXT_FIELD = "text"        # the field whose words it holds

_WORD = re.compile(WORD_PATTERN, re.UNICODE)     # as the analyser's tokenizer compiles it
_CACHE_LIMIT = 500_000
_hash_of_word: dict[str, int] = {}


def term_hash(term: str) -> int:
    """The 64-bit hash of one indexed term (a stemmed word)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8", "surrogatepass"),
                                          digest_size=8).digest(), "little")


def _word_hash(word: str) -> int:
    """The hash of the term the text analyser makes of one token as written. The
    analyser's filters (lower case, stemming) work token by token, so analysing
    the token alone gives the term it gives in context."""
    found = _hash_of_word.get(word)
    if found is None:
        terms = [t.text for t in TEXT_ANALYZER(word)]
        found = term_hash(terms[0]) if len(terms) == 1 else 0
        if len(_hash_of_word) >= _CACHE_LIMIT:
            _hash_of_word.clear()
        _hash_of_word[word] = found
    return found


def encode(text: str) -> bytes:
    """The column value of a quotation's text: one little-endian uint64 per
    position of the text field."""
    hashes = array("Q", [_word_hash(w) for w in _WORD.findall(text or "")])
    if sys.byteorder != "little":
        hashes.byteswap()
    return hashes.tobytes()
