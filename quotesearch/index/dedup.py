"""Recognising the same quotation reported by several outlets.

Two reports are one quotation when they have the same speaker and the same or
nearly the same words: outlets re-punctuate, contract ("we will" / "we'll"),
trim a clause or drop a trailing sentence. Wording is compared as sets of word
shingles (three-word sequences) of the normalised text:

* identical normalised text is always the same quotation;
* otherwise Jaccard similarity >= 0.7, or, when one report is a shortened
  form of the other (at least 8 words), containment >= 0.9;
* or, for quotations of at least 6 words, word-sequence similarity (difflib's
  ratio) >= 0.85: a word changed or inserted ("by 2026" / "by the year 2026")
  breaks several shingles but few words.

Numbers must agree: the same sentence with another figure is another statement.

Finding candidates must not mean comparing against every indexed quotation.
Identical reports are found by the quotation's id, which is the exact key of
its first report. Near-identical ones by *signatures*, indexed terms: the
bottom-2 hashes of the shingles (a MinHash sketch), prefixed with the speaker's
key; two texts share a bottom hash with a probability about their Jaccard
similarity. Two, not more: every signature is a term of its own in the index,
and new terms are what costs most when writing it.
"""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Optional

SHINGLE = 3
SKETCH = 2
JACCARD = 0.7
CONTAINMENT = 0.9
CONTAINMENT_MIN_WORDS = 8
SEQUENCE = 0.85
SEQUENCE_MIN_WORDS = 6

_WORD = re.compile(r"\w+")
# Typographic quotes and dashes as their plain forms: most non-ASCII in news
# text, and far cheaper to map than to decompose.
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": " ", "–": " ",
                             "…": " ", "\u00a0": " "})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CONTRACTIONS = [
    (re.compile(r"\b(\w+)['’]ll\b"), r"\1 will"), (re.compile(r"\b(\w+)['’]re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)['’]ve\b"), r"\1 have"), (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"\bcan['’]t\b"), "can not"), (re.compile(r"\b(\w+)n['’]t\b"), r"\1 not"),
    (re.compile(r"\b(i)['’]m\b"), r"\1 am"),
]


def words(text: str) -> list[str]:
    """The quotation's words, case-folded, accents and contractions undone."""
    text = text.casefold()
    if not text.isascii():
        text = text.translate(_TYPOGRAPHY)
        if not text.isascii():
            text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if "'" in text or "’" in text:
        for pattern, replacement in _CONTRACTIONS:
            text = pattern.sub(replacement, text)
    return _WORD.findall(text)


@lru_cache(maxsize=100_000)
def speaker_key(speaker: Optional[str]) -> str:
    """The speaker as compared across articles: case-folded, spaces collapsed."""
    return " ".join(words(speaker)) if speaker else ""


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def shingles(ws: list[str]) -> set[str]:
    if len(ws) < SHINGLE:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + SHINGLE]) for i in range(len(ws) - SHINGLE + 1)}


def exact_key(speaker: Optional[str], text: str) -> str:
    return _hash(speaker_key(speaker) + "\x1f" + " ".join(words(text)))


def signatures(speaker: Optional[str], text: str) -> list[str]:
    """Index terms shared by reports of the same quotation (see module doc)."""
    who = _hash(speaker_key(speaker))[:8]
    ws = words(text)
    sketch = sorted(_hash(s) for s in shingles(ws))[:SKETCH]
    return [f"m{who}{h}" for h in sketch]


def same_quotation(a: str, b: str) -> bool:
    """Whether two texts (of the same speaker) are reports of the same quotation."""
    wa, wb = words(a), words(b)
    if wa == wb:
        return True
    if sorted(w for w in wa if w.isdigit()) != sorted(w for w in wb if w.isdigit()):
        return False     # "for another 2 years" and "for another 10 years" are two statements
    sa, sb = shingles(wa), shingles(wb)
    if not sa or not sb:
        return False
    common = len(sa & sb)
    if common / len(sa | sb) >= JACCARD:
        return True
    shorter = min(len(wa), len(wb))
    if shorter >= CONTAINMENT_MIN_WORDS and common / min(len(sa), len(sb)) >= CONTAINMENT:
        return True
    return shorter >= SEQUENCE_MIN_WORDS and \
        difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= SEQUENCE

