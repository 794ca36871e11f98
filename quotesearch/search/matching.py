"""Which documents match, as NumPy arrays, and BM25 scores computed in bulk.

Whoosh answers "which documents match" by stepping a matcher through them one
at a time in Python: about a microsecond per match, which is most of a search at
a million quotations. Here posting lists are read a block (128 postings) at a
time into arrays, and the query tree is evaluated with set operations on sorted
arrays: terms, AND, OR, NOT, prefixes, wildcards and ranges. What has no
array form (phrases and proximity, which need positions) is read from each
segment's words column in bulk (`quotesearch.search.sequences`), or, in an
index without that column, from the positions of the documents its words
already narrowed down.

Relevance is BM25 (k1 = 1.2, b = 0.75) over the quotation text, computed for
every candidate at once from the same posting blocks (term frequencies) and the
text lengths kept in the facet arrays.
"""
from __future__ import annotations

import math
from typing import Callable, Optional

import numpy as np
from whoosh import query as wq

from ..index.wordseq import term_hash
from .limits import SearchBudget
from .sequences import SCAN_RATIO, SequenceCache, covers, segment_counts, segment_phrase

K1, B = 1.2, 0.75
# Candidates this many times fewer than a word's documents are scored from the
# posting blocks that hold them instead of the whole list.
SPARSE = 16
_EMPTY = np.zeros(0, dtype=np.int64)


def _unfiltered(matcher):
    """The posting list under Whoosh's filter of deleted documents: stepping a
    filtered matcher is a Python call per posting, and the callers here mask
    deleted documents themselves (`FacetTable.live`)."""
    while type(matcher).__name__ == "FilterMatcher" and hasattr(matcher, "child"):
        matcher = matcher.child
    return matcher


def _at_first_block(matcher) -> bool:
    """Whether a W3 posting list stands on its first block, not past its end
    (one int read, no unpickling); True for any other matcher (nothing to reset)."""
    try:
        if matcher._atend:
            return False
        length = abs(matcher._postfile.get_int(matcher._baseoffset))
        return matcher._nextoffset == matcher._baseoffset + 4 + length
    except AttributeError:
        return True


def _leaf_postings(matcher, with_weights: bool) -> tuple[np.ndarray, Optional[np.ndarray]]:
    """All (ids, weights) of one segment's posting list, block by block.

    Uses the block layout of whoosh3's W3 codec (the pinned version); any other
    matcher is stepped through the generic (slower) way."""
    filtered = _unfiltered(matcher)
    if filtered is not matcher and not _at_first_block(filtered):
        # the filter has stepped its list past the deleted documents it starts
        # with, whole blocks of them: from the first block again, so that the
        # list's length is its term's document count (as Whoosh counts it)
        filtered.reset()
    matcher = filtered
    if not hasattr(matcher, "_read_data") or not hasattr(matcher, "_next_block"):
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32)
    id_parts, weight_parts = [], []
    while not matcher._atend:
        if matcher._data is None:
            matcher._read_data()
        raw = matcher._data[0]
        ids = np.asarray(raw, dtype=np.int64)
        if not matcher._byteids:
            ids = np.cumsum(ids)
        id_parts.append(ids)
        if with_weights:
            matcher._read_weights()
            weight_parts.append(np.asarray(matcher._weights, dtype=np.float32))
        if matcher._lastblock:
            break
        matcher._next_block()
    if not id_parts:
        return _EMPTY, (np.zeros(0, np.float32) if with_weights else None)
    ids = np.concatenate(id_parts)
    return ids, (np.concatenate(weight_parts) if with_weights else None)


def _in_order(raw: list, decode, slop: int) -> bool:
    """Whether one position of each word follows the previous within ``slop``.
    Positions are decoded only when reached: most candidates fail on the first
    pair of words."""
    decoded: dict[int, list[int]] = {}

    def positions(i: int) -> list[int]:
        if i not in decoded:
            decoded[i] = decode(raw[i]) if raw[i] is not None else []
        return decoded[i]
    for start in positions(0):
        at = start
        for i in range(1, len(raw)):
            nxt = next((p for p in positions(i) if at < p <= at + slop), None)
            if nxt is None:
                break
            at = nxt
        else:
            return True
    return False


def collection_of(lengths: np.ndarray) -> tuple[int, float]:
    """(documents, average text length) of BM25, from the facet arrays' lengths."""
    known = lengths[lengths > 0]
    return max(1, len(known)), (float(known.mean()) if len(known) else 1.0)


def candidate_lengths(lengths: np.ndarray, candidates: np.ndarray, average: float) -> np.ndarray:
    """The text lengths of ``candidates`` as BM25 takes them (unknown: the average)."""
    doc_lengths = lengths[candidates].astype(np.float32)
    doc_lengths[doc_lengths <= 0] = average
    return doc_lengths


def idf_of(n: int, df: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def length_norms(doc_lengths: np.ndarray, average: float) -> np.ndarray:
    """BM25's length normalisation of each candidate (float32)."""
    return K1 * (1 - B + B * doc_lengths / average)


def term_scores(idf: float, frequency: np.ndarray, norms: np.ndarray) -> np.ndarray:
    """One term's BM25 share for each candidate: every scorer goes through
    here (and `length_norms`), so the same frequencies give the same scores to
    the bit."""
    return idf * frequency * (K1 + 1) / (frequency + norms)


class DocSets:
    """Evaluates queries to sorted arrays of (global) document numbers."""

    def __init__(self, searcher, sequences: SequenceCache | None = None):
        self.searcher = searcher
        self.sequences = sequences      # words columns by segment (None: positions only)
        self.leaves = searcher.leaf_readers() if hasattr(searcher, "leaf_readers") else \
            searcher.reader().leaf_readers()
        self.size = sum(r.doc_count_all() for r, _ in self.leaves)
        self._terms: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        # field -> f(query, documents the field's own terms match) -> documents: a
        # field matched through something else (``speaker:`` through the identities)
        self.resolvers: dict[str, Callable] = {}

    def forget(self) -> None:
        """Drop cached posting lists (kept per snapshot; bounded by the caller)."""
        self._terms.clear()

    # -- terms ----------------------------------------------------------------

    def postings(self, field: str, text) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of one term, all segments."""
        key = (field, text)
        found = self._terms.get(key)
        if found is None:
            ids_parts, weight_parts = [], []
            for reader, offset in self.leaves:
                if (field, text) not in reader:
                    continue
                ids, weights = _leaf_postings(reader.postings(field, text), True)
                ids_parts.append(ids + offset)
                weight_parts.append(weights)
            found = (np.concatenate(ids_parts), np.concatenate(weight_parts)) if ids_parts \
                else (_EMPTY, np.zeros(0, np.float32))
            self._terms[key] = found
        return found

    def holding(self, field: str, word: str) -> np.ndarray:
        """Sorted documents holding ``word`` (deleted ones included): its posting
        list when read already or short, else found by comparing the hashes of
        each segment's words column (reading a common word's whole list unpickles
        thousands of blocks)."""
        if (field, word) in self._terms or self.sequences is None or not covers(field):
            return self.postings(field, word)[0]
        parts = []
        for reader, offset in self.leaves:
            words_of = self.sequences.of(reader)
            frequency = reader.doc_frequency(field, word) if (field, word) in reader else 0
            if not frequency:
                continue
            if words_of is None or frequency * SCAN_RATIO < len(words_of.hashes):
                ids, _ = _leaf_postings(reader.postings(field, word), False)
            else:
                ids = np.unique(words_of.doc_of(np.flatnonzero(words_of.hashes == np.uint64(term_hash(word)))))
            parts.append(ids + offset)
        return np.concatenate(parts) if parts else _EMPTY

    def doc_frequency(self, field: str, text) -> int:
        """Documents holding the term, deleted ones included: its posting list's
        length, from the term tables when the list is not read yet."""
        found = self._terms.get((field, text))
        return len(found[0]) if found is not None else self._frequency(field, text)

    # -- query trees ----------------------------------------------------------

    def docs(self, q, budget: Optional[SearchBudget] = None) -> np.ndarray:
        """Sorted unique document numbers matching ``q`` (deleted ones included:
        callers mask with the live documents). ``budget`` bounds the time and the
        wildcard expansion (`QueryTooBroad` past either)."""
        if budget is not None:
            budget.check()
        resolver = self.resolvers.get(getattr(q, "fieldname", None))
        if resolver is not None and isinstance(q, (wq.Term, wq.Phrase, wq.MultiTerm)):
            return resolver(q, self._leaf_docs(q, budget))
        return self._leaf_docs(q, budget)

    def _leaf_docs(self, q, budget: Optional[SearchBudget]) -> np.ndarray:
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return _EMPTY
        if isinstance(q, wq.Term):
            return self.postings(q.fieldname, q.text)[0]
        if isinstance(q, wq.Every):
            return np.arange(self.size, dtype=np.int64)
        if isinstance(q, wq.And):
            positives = [c for c in q.subqueries if not isinstance(c, wq.Not)]
            negatives = [c.query for c in q.subqueries if isinstance(c, wq.Not)]
            sets = sorted((self.docs(c, budget) for c in positives), key=len) if positives \
                else [np.arange(self.size, dtype=np.int64)]
            result = sets[0]
            for other in sets[1:]:
                if not len(result):
                    break
                result = np.intersect1d(result, other, assume_unique=True)
            for negative in negatives:
                result = np.setdiff1d(result, self.docs(negative, budget), assume_unique=True)
            return result
        if isinstance(q, wq.Or):
            parts = [self.docs(c, budget) for c in q.subqueries if not isinstance(c, wq.Not)]
            parts += [np.setdiff1d(np.arange(self.size, dtype=np.int64), self.docs(c.query, budget))
                      for c in q.subqueries if isinstance(c, wq.Not)]
            return np.unique(np.concatenate(parts)) if parts else _EMPTY
        if isinstance(q, wq.Not):
            return np.setdiff1d(np.arange(self.size, dtype=np.int64), self.docs(q.query, budget),
                                assume_unique=True)
        if isinstance(q, wq.AndNot):
            return np.setdiff1d(self.docs(q.a, budget), self.docs(q.b, budget), assume_unique=True)
        if isinstance(q, wq.AndMaybe):
            return self.docs(q.a, budget)
        if isinstance(q, wq.MultiTerm):          # prefix, wildcard, range, fuzzy
            parts = []
            for reader, offset in self.leaves:
                for btext in q._btexts(reader):
                    if budget is not None:
                        budget.expand(q)
                    ids, _ = _leaf_postings(reader.postings(q.fieldname, btext), False)
                    parts.append(ids + offset)
            return np.unique(np.concatenate(parts)) if parts else _EMPTY
        if isinstance(q, wq.Phrase):
            return self.phrase(q.fieldname, list(q.words), q.slop, budget)
        return np.unique(np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64))

    # -- phrases --------------------------------------------------------------

    def phrase(self, field: str, words: list[str], slop: int = 1,
               budget: Optional[SearchBudget] = None) -> np.ndarray:
        """Documents where ``words`` occur in order, each within ``slop``
        positions of the one before (1: side by side): from the words column
        where a segment has it (`sequences`), else from the positions."""
        if not words:
            return _EMPTY
        if len(words) == 1 or self.sequences is None or not covers(field):
            return self.phrase_by_positions(field, words, slop, budget)
        found, without = [], []
        for reader, offset in self.leaves:
            if budget is not None:
                budget.check()
            words_of = self.sequences.of(reader)
            if words_of is None:
                without.append((offset, offset + reader.doc_count_all()))
                continue
            frequencies = [reader.doc_frequency(field, w) if (field, w) in reader else 0
                           for w in words]
            if not min(frequencies):
                continue
            rarest = int(np.argmin(frequencies))
            rare_docs = None
            cached = self._terms.get((field, words[rarest]))
            if cached is not None:
                ids = cached[0]
                rare_docs = ids[(ids >= offset) & (ids < offset + reader.doc_count_all())] - offset
            elif frequencies[rarest] * SCAN_RATIO < len(words_of.hashes):
                rare_docs, _ = _leaf_postings(reader.postings(field, words[rarest]), False)
            found.append(segment_phrase(words_of, words, slop, rarest, rare_docs) + offset)
        if without:
            # segments written before the words column: their positions
            older = self.phrase_by_positions(field, words, slop, budget)
            inside = np.zeros(len(older), dtype=bool)
            for start, end in without:
                inside |= (older >= start) & (older < end)
            found.append(older[inside])
        return np.unique(np.concatenate(found)) if found else _EMPTY

    def phrase_by_positions(self, field: str, words: list[str], slop: int = 1,
                            budget: Optional[SearchBudget] = None) -> np.ndarray:
        """`phrase` from the positions in the posting lists (every segment)."""
        if not words:
            return _EMPTY
        # the candidates hold every word (whole posting lists: cached for the next
        # query, which at a million quotations beats reading a word's blocks per query);
        # positions are then read only in the blocks that hold a candidate
        candidates = self.docs(wq.And([wq.Term(field, w) for w in words]), budget)
        if len(words) == 1 or not len(candidates):
            return candidates
        decode = self.leaves[0][0].schema[field].format.decode_positions
        raw = [self._raw_positions(field, w, candidates) for w in words]
        found = []
        for n, d in enumerate(candidates.tolist()):
            if budget is not None and not n % 512:
                budget.check()
            if _in_order([r.get(d) for r in raw], decode, slop):
                found.append(d)
        return np.array(found, dtype=np.int64)

    def _raw_positions(self, field: str, word: str, docs: np.ndarray) -> dict[int, bytes]:
        """The encoded positions of ``word`` in each of ``docs``, read from the
        posting blocks that hold them."""
        return dict(self._postings_of(field, word, docs, values=True))

    def _candidate_postings(self, field: str, word: str, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, term frequencies) of ``word`` among ``docs`` only."""
        found = self._postings_of(field, word, docs, values=False)
        ids = np.fromiter((d for d, _ in found), dtype=np.int64, count=len(found))
        weights = np.fromiter((w for _, w in found), dtype=np.float32, count=len(found))
        return ids, weights

    def _postings_of(self, field: str, word: str, docs: np.ndarray, values: bool) -> list:
        """(document, encoded positions or term frequency) of ``word`` for each of the
        sorted ``docs`` that has it, reading only the posting blocks that can hold
        one (a block's header says its last document)."""
        found: list = []
        for reader, offset in self.leaves:
            if (field, word) not in reader:
                continue
            local = docs[(docs >= offset) & (docs < offset + reader.doc_count_all())] - offset
            if not len(local):
                continue
            matcher = _unfiltered(reader.postings(field, word))
            if not hasattr(matcher, "_read_data"):
                for docnum in local.tolist():
                    if not matcher.is_active():
                        break       # past the last posting: skip_to would read too far
                    matcher.skip_to(docnum)
                    if matcher.is_active() and matcher.id() == docnum:
                        found.append((docnum + offset, matcher.value() if values else matcher.weight()))
                continue
            at = 0              # the first candidate after the blocks read so far
            while not matcher._atend:
                if at >= len(local):
                    break           # no candidate left: the other blocks are not read
                if matcher._maxid is not None and local[at] > matcher._maxid:
                    # no candidate in this block: its header says so, its data is skipped
                    if matcher._lastblock:
                        break
                    matcher._next_block()
                    continue
                if matcher._data is None:
                    matcher._read_data()
                ids = np.asarray(matcher._data[0], dtype=np.int64)
                if not matcher._byteids:
                    ids = np.cumsum(ids)
                wanted = np.flatnonzero(np.isin(ids, local, assume_unique=True))
                if len(wanted):
                    if values:
                        matcher._read_values()
                        data = matcher._values
                    else:
                        matcher._read_weights()
                        data = matcher._weights
                    for i in wanted.tolist():
                        found.append((int(ids[i]) + offset, data[i]))
                if len(ids):
                    at = int(np.searchsorted(local, ids[-1], side="right"))
                if matcher._lastblock:
                    break
                matcher._next_block()
        return found

    def _frequency(self, field: str, word: str) -> int:
        """How many documents hold ``word``, from the term tables (no postings read)."""
        total = 0
        for reader, _ in self.leaves:
            try:
                total += reader.doc_frequency(field, word)
            except Exception:   # noqa: BLE001 - a term a segment lacks
                continue
        return total

    # -- ranking --------------------------------------------------------------

    def bm25(self, terms: set[str], candidates: np.ndarray, lengths: np.ndarray,
             field: str = "text", collection=None) -> np.ndarray:
        """BM25 scores of ``candidates`` (document numbers) for ``terms``; with
        ``collection`` (`fanout.Collection`: documents, average length, term
        frequencies of all shards), scored as in one index of every shard."""
        scores = np.zeros(len(candidates), dtype=np.float32)
        if not len(candidates) or not terms:
            return scores
        n, average = collection_of(lengths) if collection is None else \
            (collection.documents, collection.average)
        norms = length_norms(candidate_lengths(lengths, candidates, average), average)
        counted = None      # term -> its frequency in each candidate, from the words column
        for term in terms:
            frequency_in_index = self._frequency(field, term)
            if (field, term) not in self._terms and frequency_in_index:
                if counted is None:
                    counted = self._counts_from_words(
                        field, {t for t in terms if (field, t) not in self._terms}, candidates) or {}
                if term in counted:
                    # read from the candidates' words, not from the posting blocks
                    df = collection.frequencies[term] if collection is not None else frequency_in_index
                    scores += term_scores(idf_of(n, df), counted[term], norms)
                    continue
            if (field, term) not in self._terms and len(candidates) * SPARSE < frequency_in_index:
                # a few candidates ("the" in a phrase): their frequencies only, read
                # from the blocks that hold them; same scores as reading it all
                ids, tf = self._candidate_postings(field, term, candidates)
                df = frequency_in_index
            else:
                ids, tf = self.postings(field, term)
                df = len(ids)
            if not len(ids):
                continue
            if collection is not None:
                df = collection.frequencies[term]
            where = np.searchsorted(ids, candidates)
            where[where == len(ids)] = 0
            hit = ids[where] == candidates
            scores += term_scores(idf_of(n, df), np.where(hit, tf[where], 0.0), norms)
        return scores

    def _counts_from_words(self, field: str, terms: set[str],
                           candidates: np.ndarray) -> dict[str, np.ndarray] | None:
        """Each term's frequency (float32, as the postings give it) in each
        candidate, counted in the segments' words columns; None when a segment
        has no such column or the field is not in it."""
        if self.sequences is None or not covers(field):
            return None
        ordered = sorted(terms)
        counts = np.zeros((len(candidates), len(ordered)), dtype=np.int64)
        for reader, offset in self.leaves:
            inside = (candidates >= offset) & (candidates < offset + reader.doc_count_all())
            if not inside.any():
                continue
            words_of = self.sequences.of(reader)
            if words_of is None:
                return None
            counts[inside] = segment_counts(words_of, ordered, candidates[inside] - offset)
        frequencies = counts.astype(np.float32)
        return {term: frequencies[:, i] for i, term in enumerate(ordered)}
