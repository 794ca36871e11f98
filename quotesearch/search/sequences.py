"""Phrases and term counts from the ``words`` column, in bulk.

Each segment's ``words`` column (`quotesearch.index.wordseq`: every quotation's
text terms in order, as 64-bit hashes) is read once into one array of hashes
and the bounds of each document in it. A segment never changes once written,
so the arrays are kept by segment id across generations, like the facet arrays.

A phrase is then matched without a posting block's positions:

* the documents holding its rarest word: its posting list when that is short,
  else a scan of the segment's hashes (a few tens of milliseconds at a million
  quotations, whatever the word);
* their words side by side with the phrase's, as array comparisons.

The matching is the one the positions gave (`matching._in_order`): from each
place the first word stands, each next word at the first position within
``slop`` after the previous one, greedily. A segment without the column (an
index created before it existed) is answered from the positions.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np

from ..index.wordseq import FIELD, TEXT_FIELD, term_hash

# A word in fewer documents than a segment's words / SCAN_RATIO is found through
# its posting list, a commoner one by scanning the segment's hashes: unpickling a
# posting costs about as much as comparing 500 hashes.
SCAN_RATIO = 512


@dataclass
class SegmentWords:
    """One segment's word hashes: document ``d``'s are ``hashes[bounds[d]:bounds[d + 1]]``."""

    hashes: np.ndarray      # uint64
    bounds: np.ndarray      # int64, one more than the segment's documents

    def gather(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions in ``hashes``, index into ``docs``) of every word of ``docs``."""
        starts = self.bounds[docs]
        lengths = self.bounds[docs + 1] - starts
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        first = np.cumsum(lengths) - lengths
        positions = np.arange(total, dtype=np.int64) - np.repeat(first - starts, lengths)
        return positions, owner

    def doc_of(self, positions: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.bounds, positions, side="right") - 1


def _read_column(reader) -> SegmentWords | None:
    """A segment's words column as arrays; None when the segment has none."""
    if FIELD not in reader.schema or not reader.has_column(FIELD):
        return None
    n = reader.doc_count_all()
    column = reader.column_reader(FIELD, translate=False)
    lengths = getattr(column, "_lengths", None)
    dbfile, base = getattr(column, "_dbfile", None), getattr(column, "_basepos", None)
    if lengths is not None and dbfile is not None and base is not None and len(lengths) == n:
        # the values lie end to end in document order: one read for the segment
        sizes = np.asarray(lengths, dtype=np.int64)
        raw = dbfile.get(base, int(sizes.sum()))
    else:
        values = [column[d] for d in range(n)]
        sizes = np.array([len(v) for v in values], dtype=np.int64)
        raw = b"".join(values)
    hashes = np.frombuffer(raw, dtype="<u8")
    if sys.byteorder != "little":
        hashes = hashes.astype(np.uint64)
    bounds = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(sizes // 8, out=bounds[1:])
    return SegmentWords(hashes, bounds)


class SequenceCache:
    """Segment id -> `SegmentWords` (or None: no column), across generations."""

    def __init__(self):
        self.segments: dict[str, SegmentWords | None] = {}

    def of(self, reader) -> SegmentWords | None:
        segment = reader.segment()
        key = segment.segment_id() if segment is not None else None
        if key is not None and key in self.segments:
            return self.segments[key]
        words = _read_column(reader)
        if key is not None:
            self.segments[key] = words
        return words

    def forget_except(self, keep: set[str]) -> None:
        for key in list(self.segments):
            if key not in keep:
                del self.segments[key]


def covers(field: str) -> bool:
    """Whether the column holds ``field``'s words."""
    return field == TEXT_FIELD


def segment_phrase(words: SegmentWords, terms: list[str], slop: int, rarest: int,
                   rare_docs: np.ndarray | None) -> np.ndarray:
    """Local document numbers of one segment where ``terms`` stand in order,
    each within ``slop`` positions of the one before. ``rarest`` is the index of
    the rarest term; ``rare_docs`` the documents holding it (None: scan for them)."""
    hashes = [np.uint64(term_hash(t)) for t in terms]
    if rare_docs is None:
        anchors = np.flatnonzero(words.hashes == hashes[rarest])
    else:
        positions, _ = words.gather(rare_docs)
        anchors = positions[words.hashes[positions] == hashes[rarest]]
    if not len(anchors) or slop < 1:
        return np.zeros(0, dtype=np.int64)
    size = len(words.hashes)
    if slop == 1:
        # side by side: the phrase starts ``rarest`` words before its rarest word
        starts = anchors - rarest
        ends = starts + len(terms)
        keep = (starts >= 0) & (ends <= size)
        starts, ends = starts[keep], ends[keep]
        for i, h in enumerate(hashes):
            if i != rarest and len(starts):
                keep = words.hashes[starts + i] == h
                starts, ends = starts[keep], ends[keep]
        docs = words.doc_of(starts)
        return np.unique(docs[ends <= words.bounds[docs + 1]])
    # within a slop: the greedy walk of the positions, from each place of the first word
    docs = np.unique(words.doc_of(anchors))
    positions, owner = words.gather(docs)
    first = words.hashes[positions] == hashes[0]
    at, doc = positions[first], docs[owner[first]]
    end = words.bounds[doc + 1]
    reach = min(slop, int((words.bounds[docs + 1] - words.bounds[docs]).max()))
    for h in hashes[1:]:
        found = np.full(len(at), -1, dtype=np.int64)
        for step in range(1, reach + 1):
            candidate = at + step
            inside = candidate < end
            hit = np.zeros(len(at), dtype=bool)
            hit[inside] = words.hashes[candidate[inside]] == h
            hit &= found < 0
            found[hit] = candidate[hit]
        keep = found >= 0
        at, doc, end = found[keep], doc[keep], end[keep]
        if not len(at):
            break
    return np.unique(doc)


def segment_counts(words: SegmentWords, terms: list[str], docs: np.ndarray) -> np.ndarray:
    """How many times each of ``terms`` stands in each of ``docs`` (local
    numbers): an array of shape (len(docs), len(terms))."""
    counts = np.zeros((len(docs), len(terms)), dtype=np.int64)
    if not len(docs) or not terms:
        return counts
    wanted = np.array([term_hash(t) for t in terms], dtype=np.uint64)
    order = np.argsort(wanted)
    positions, owner = words.gather(docs)
    found = words.hashes[positions]
    where = np.searchsorted(wanted[order], found)
    where[where == len(wanted)] = 0
    hit = wanted[order][where] == found
    flat = owner[hit] * len(terms) + order[where[hit]]
    counts.reshape(-1)[:] = np.bincount(flat, minlength=len(docs) * len(terms))
    return counts
