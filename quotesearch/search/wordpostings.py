"""Each segment's words column turned into posting arrays: quote checks in bulk.

A quote check (`quotesearch.search.check`) looks at every quotation holding one
of the remembered text's eight rarest words (tens of thousands at a million
quotations) and scores each by BM25 over all its words. Read from Whoosh, that
meant unpickling every posting block of those words (about 60% of a check) and
gathering every candidate's words from the ``words`` column to count the others
(most of the rest): 300-500 ms.

Here a segment's ``words`` column (`quotesearch.index.wordseq`: each quotation's
terms in order, as 64-bit hashes) is inverted once into arrays: the segment's
term hashes, sorted, and for each term the documents holding it (ascending) and
how often. A term's documents and frequencies are then a binary search and two
slices, and a check's candidates and their scores are array operations over
those slices. For every live document the arrays hold what the posting lists
hold (the column is written with the document), so the candidates and their
scores are the same. A deleted document keeps its column value until a merge
even where Whoosh's lists have dropped it: the check masks deleted documents
out, and takes the number of documents holding a word (BM25's idf) from
Whoosh, as before.

A segment never changes once written, so its arrays are kept by segment id
across generations and, in the index folder's ``wordpostings/`` subfolder,
across processes (as the facet arrays are): inverting a segment costs about a
second per 100,000 quotations, loading it a few milliseconds.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np

from ..index.wordseq import term_hash
from .sequences import SegmentWords

FOLDER = "wordpostings"
_EMPTY_COUNTS = np.zeros(0, dtype=np.uint16)


@dataclass
class SegmentPostings:
    """One segment's terms: term ``i`` (hash ``terms[i]``) stands in local
    documents ``docs[starts[i]:starts[i + 1]]``, ``counts[...]`` times each."""

    terms: np.ndarray       # uint64, ascending
    starts: np.ndarray      # int64, one more than terms
    docs: np.ndarray        # int32, ascending within a term
    counts: np.ndarray      # uint16 or uint32


def invert(words: SegmentWords) -> SegmentPostings:
    """The posting arrays of one segment's words column."""
    hashes = words.hashes
    n_docs = max(1, len(words.bounds) - 1)
    terms = np.unique(hashes)
    term_ids = np.searchsorted(terms, hashes).astype(np.int64)
    doc_ids = np.repeat(np.arange(len(words.bounds) - 1, dtype=np.int64), np.diff(words.bounds))
    # (term, document) as one sortable number: sorted, equal runs are one posting
    keys = term_ids * n_docs + doc_ids
    keys.sort()
    if len(keys):
        first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    else:
        first = np.zeros(0, dtype=np.int64)
    counts = np.diff(np.append(first, len(keys)))
    pairs = keys[first]
    starts = np.searchsorted(pairs // n_docs, np.arange(len(terms) + 1))
    width = np.uint16 if not len(counts) or counts.max() < 2 ** 16 else np.uint32
    return SegmentPostings(terms, starts.astype(np.int64), (pairs % n_docs).astype(np.int32),
                           counts.astype(width))


class PostingsCache:
    """Segment id -> `SegmentPostings`, in memory and in ``<index>/wordpostings/``."""

    def __init__(self, folder: str | None = None):
        self.segments: dict[str, SegmentPostings] = {}
        self.folder = os.path.join(folder, FOLDER) if folder else None

    def of(self, reader, words: SegmentWords) -> SegmentPostings:
        segment = reader.segment()
        key = segment.segment_id() if segment is not None else None
        found = self.segments.get(key) if key is not None else None
        if found is None:
            found = self._load(key) if key is not None else None
            if found is None:
                found = invert(words)
                if key is not None:
                    self._save(key, found)
            if key is not None:
                self.segments[key] = found
        return found

    def forget_except(self, keep: set[str]) -> None:
        """Drop the arrays of segments no longer in the index (merged away), here
        and in the folder (another process needing one again rebuilds it)."""
        for key in list(self.segments):
            if key not in keep:
                del self.segments[key]
        if not self.folder or not keep:
            return
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.endswith(".npz") and name[:-4] not in keep:
                try:
                    os.remove(os.path.join(self.folder, name))
                except OSError:
                    pass

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, f"{key}.npz")

    def _load(self, key: str) -> SegmentPostings | None:
        if not self.folder:
            return None
        try:
            with np.load(self._path(key)) as data:
                return SegmentPostings(data["terms"], data["starts"], data["docs"], data["counts"])
        except Exception:   # noqa: BLE001 - missing, cut short, another layout: rebuilt
            return None

    def _save(self, key: str, postings: SegmentPostings) -> None:
        if not self.folder:
            return
        path = self._path(key)
        # a name of its own: two processes may save the same segment at once
        part = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            os.makedirs(self.folder, exist_ok=True)
            with open(part, "wb") as f:
                np.savez(f, terms=postings.terms, starts=postings.starts, docs=postings.docs,
                         counts=postings.counts)
            os.replace(part, path)      # whole or absent, for readers in other processes
        except OSError:     # a read-only or full index folder: keep the arrays in memory only
            try:
                os.remove(part)
            except OSError:
                pass


class WordPostings:
    """The posting arrays of every segment of one searcher, at their offsets."""

    def __init__(self, segments: list[tuple[SegmentPostings, int, int]], size: int):
        self.segments = segments        # (arrays, first document number, documents)
        self.size = size
        # document numbers as the arrays hold them (int32) while they fit
        kind = np.int32 if size < 2 ** 31 else np.int64
        self._offsets = {offset: kind(offset) for _, offset, _ in segments}
        self._empty = np.zeros(0, dtype=kind)

    def lookup(self, words: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Each word's (document numbers, frequencies) in all segments (deleted
        documents included, as in a posting list), its documents ascending."""
        hashes = np.array([term_hash(w) for w in words], dtype=np.uint64)
        parts: list[tuple[list, list]] = [([], []) for _ in words]
        for postings, offset, _ in self.segments:
            terms = postings.terms
            if not len(terms):
                continue
            at = np.minimum(np.searchsorted(terms, hashes), len(terms) - 1)
            present = np.flatnonzero(terms[at] == hashes)
            starts, ends = postings.starts[at], postings.starts[at + 1]
            for i in present.tolist():
                start, end = int(starts[i]), int(ends[i])
                parts[i][0].append(postings.docs[start:end] + self._offsets[offset])
                parts[i][1].append(postings.counts[start:end])
        return {w: (np.concatenate(docs) if docs else self._empty,
                    np.concatenate(counts) if counts else _EMPTY_COUNTS)
                for w, (docs, counts) in zip(words, parts)}


def word_postings(snap) -> WordPostings | None:
    """The posting arrays of a snapshot's segments, or None when a segment whose
    text has terms lacks the words column (an index older than it): such an index
    is answered from its posting lists."""
    cached = snap.cache.get("wordpostings", False)
    if cached is not False:
        return cached
    sets = snap.docsets()
    found: WordPostings | None = None
    if sets.sequences is not None and snap.postings is not None:
        segments = []
        for reader, offset in sets.leaves:
            words = sets.sequences.of(reader)
            if words is None:
                if _has_text(reader):
                    segments = None
                    break
                continue
            segments.append((snap.postings.of(reader, words), offset, reader.doc_count_all()))
        if segments is not None:
            found = WordPostings(segments, sets.size)
            keep = {r.segment().segment_id() for r, _ in sets.leaves if r.segment() is not None}
            snap.postings.forget_except(keep)
    snap.cache["wordpostings"] = found
    return found


def _has_text(reader) -> bool:
    try:
        return bool(reader.field_length("text"))
    except Exception:   # noqa: BLE001 - a reader without lengths: assume it has text
        return True
