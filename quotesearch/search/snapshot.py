"""A consistent view of the index for reading: one searcher and its facet table.

Opening a searcher and building facet arrays cost time, so an index keeps one
`Snapshot` per generation and hands it to every search until an ingest commits
a newer generation. Whoosh readers share open files, so one snapshot is used by
one thread at a time (``with reading(index) as snapshot``); an export holds one
(``held``) across many short turns at it.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..index.store import QuoteIndex
from .facets import FacetTable, SegmentCache
from .matching import DocSets
from .sequences import SequenceCache
from .wordpostings import PostingsCache


@dataclass
class Snapshot:
    index: QuoteIndex
    searcher: object
    facets: FacetTable
    generation: int
    cache: dict = field(default_factory=dict)     # derived data of this generation
    lock: object = None          # held around every use of the searcher
    users: int = 0               # `held` blocks still reading this generation
    retired: bool = False        # a newer generation came: close when unused
    sequences: SequenceCache | None = None    # words columns by segment, across generations
    postings: PostingsCache | None = None     # their posting arrays (quote checks), likewise

    def docsets(self) -> DocSets:
        """The array matcher of this generation, with its cache of posting lists."""
        sets = self.cache.get("docsets")
        if sets is None:
            from .speakers import speaker_query_docs
            sets = self.cache["docsets"] = DocSets(self.searcher, self.sequences)
            sets.resolvers["speaker"] = lambda q, raw: speaker_query_docs(self, q, raw)
        elif len(sets._terms) > 2048:        # posting lists of recent queries, bounded
            sets.forget()
        return sets


class _State:
    def __init__(self, folder: str):
        self.lock = threading.RLock()
        self.segments = SegmentCache(folder)
        self.sequences = SequenceCache()
        self.postings = PostingsCache(folder)
        self.snapshot: Optional[Snapshot] = None


_STATES: dict[int, _State] = {}
_STATES_LOCK = threading.Lock()


def _state(index: QuoteIndex) -> _State:
    with _STATES_LOCK:
        state = getattr(index, "_reading_state", None)
        if state is None:
            state = _State(index.path)
            index._reading_state = state
        return state


@contextmanager
def reading(index: QuoteIndex) -> Iterator[Snapshot]:
    """The newest snapshot of ``index``, held for the duration of the block."""
    state = _state(index)
    with state.lock:
        snapshot = state.snapshot
        if snapshot is None or not snapshot.searcher.up_to_date():
            searcher = index.searcher()
            if snapshot is not None:
                if snapshot.users:
                    snapshot.retired = True
                else:
                    snapshot.searcher.close()
            snapshot = state.snapshot = Snapshot(
                index, searcher, FacetTable(searcher, state.segments), index.generation(),
                lock=state.lock, sequences=state.sequences, postings=state.postings)
            state.sequences.forget_except(set(state.segments.segments))
        yield snapshot


@contextmanager
def held(index: QuoteIndex) -> Iterator[Snapshot]:
    """The newest snapshot, kept open for the whole block even when an ingest
    commits a newer generation meanwhile, *without* holding its lock: for long
    readers (exports) that read in chunks, taking ``snapshot.lock`` around
    each, so that other searches run between chunks."""
    with reading(index) as snapshot:
        snapshot.users += 1
    try:
        yield snapshot
    finally:
        with snapshot.lock:
            snapshot.users -= 1
            if snapshot.retired and not snapshot.users:
                snapshot.searcher.close()
