"""`KnownTerms`: which ids, source keys and duplicate signatures the index
already holds, and in which segments, as sorted 64-bit hashes kept in memory
for one ingest and saved per segment in the index folder's ``known/``."""
from __future__ import annotations

import hashlib
import os
from typing import Optional

import numpy as np


class KnownTerms:
    """Which ids, source keys and signatures the index already holds, and in
    which segments, kept in memory for the length of one ingest.

    Most lookups while writing ask for something that is not there (a new
    quotation's signatures, a new article's id), and asking the index costs a
    term lookup in every segment; a lookup that finds something (a report of a
    quotation already indexed) also costs one per segment, and a million
    quotations make twenty segments. So the terms are read once, segment by
    segment, as sorted 64-bit hashes (24 MB per million quotations): a miss
    here is certain, and a hit (or a hash collision) is looked up only in the
    segments whose hashes have it.

    Terms written during the ingest are added as batches commit: `sync`, at the
    start of each batch, gives them to the segment the last commit created (the
    one segment a Whoosh commit writes, holding what it added and what it
    merged); segments written by workers (`segment_batches`) come with the
    hashes of their own terms (``incoming``). A segment whose terms are not known is always searched. Another
    writer committing meanwhile would make all of this stale, which is why an
    ingest holds the index's `IngestLock`. Terms of deleted records may stay,
    which only costs a lookup.

    A segment's terms never change once written, so its hashes are saved in the
    index folder's ``known/`` subfolder by segment id (stable hashes, not
    Python's salted ``hash``): reading them from the segments took 10-20 s at
    the start of every ingest into a million-quotation index.
    """

    FIELDS = ("id", "file", "dupsig")

    def __init__(self, reader=None, folder: Optional[str] = None):
        self.folder = os.path.join(folder, "known") if folder else None
        self.segments: dict[str, Optional[np.ndarray]] = {}   # segment id -> its hashes (None: unknown)
        self.leaves: list[tuple[object, int]] = []
        self.pending: list[int] = []        # written by the last commit, not yet placed
        # segments written by workers for the last commit (`segment_batches`),
        # with the hashes of their terms, not yet placed
        self.incoming: dict[str, np.ndarray] = {}
        # every placed term's hash, sorted, and which of `leaves` holds it: one
        # binary search answers both "is it anywhere?" and "where?"
        self.hashes = np.array([], dtype=np.int64)
        self.owners = np.array([], dtype=np.int32)
        self.always: list[tuple[object, int]] = []     # leaves to search for any term
        for leaf, _ in segment_leaves(reader):
            segment_id = leaf.segment().segment_id()
            hashes = self._load(segment_id)
            if hashes is None:
                # segment by segment: the reader's own lexicon merges the
                # segments' sorted term lists in Python (30 s at a million quotations)
                hashes = np.unique(np.array([
                    term_hash(field, term.decode("utf-8") if isinstance(term, bytes) else term)
                    for field in self.FIELDS for term in leaf.lexicon(field)], dtype=np.int64))
                self._save(segment_id, hashes)
            self.segments[segment_id] = hashes
        self._forget_files_except(set(self.segments))
        if reader is not None:
            self.sync(reader)

    # -- saved hashes, one file per segment

    def _path(self, segment_id: str) -> str:
        return os.path.join(self.folder, f"{segment_id}.npy")

    def _load(self, segment_id: str) -> Optional[np.ndarray]:
        if not self.folder:
            return None
        try:
            hashes = np.load(self._path(segment_id), allow_pickle=False)
        except (OSError, ValueError):
            return None
        return hashes if hashes.dtype == np.int64 and hashes.ndim == 1 else None

    def _save(self, segment_id: str, hashes: np.ndarray) -> None:
        if not self.folder:
            return
        path = self._path(segment_id)
        try:
            os.makedirs(self.folder, exist_ok=True)
            with open(path + ".tmp", "wb") as f:
                np.save(f, hashes, allow_pickle=False)
            os.replace(path + ".tmp", path)       # whole or absent, whatever stops us
        except OSError:
            pass        # a read-only index folder: read the segments next time

    def _forget_files_except(self, keep: set[str]) -> None:
        if not self.folder or not os.path.isdir(self.folder):
            return
        for name in os.listdir(self.folder):
            if name.endswith(".tmp") or name.split(".", 1)[0] not in keep:
                try:
                    os.remove(os.path.join(self.folder, name))
                except OSError:
                    pass

    def may_contain(self, field: str, text: str) -> bool:
        return bool(self.places(field, text))

    def add(self, field: str, text: str) -> None:
        self.pending.append(term_hash(field, text))

    def sync(self, reader) -> None:
        """Follow the index to ``reader``'s generation: place the terms of the
        last commit in the segment it created, and forget merged segments."""
        leaves = segment_leaves(reader)
        ids = [leaf.segment().segment_id() for leaf, _ in leaves]
        created = [i for i in ids if i not in self.segments]
        gone = [i for i in self.segments if i not in set(ids)]
        for i in [i for i in created if i in self.incoming]:
            self.segments[i] = self.incoming.pop(i)
            self._save(i, self.segments[i])
        placed = [i for i in created if i in self.segments]
        created = [i for i in created if i not in self.segments]
        self.incoming.clear()
        if len(created) == 1:
            parts = [self.segments[i] for i in gone] + [np.array(self.pending, dtype=np.int64)]
            self.segments[created[0]] = None if any(p is None for p in parts) else \
                np.unique(np.concatenate(parts))
            if self.segments[created[0]] is not None:
                # a superset of the segment's terms (merged-away deletions
                # included): safe, it only costs a lookup
                self._save(created[0], self.segments[created[0]])
        else:
            # not the one segment of one commit: search them for every term
            self.segments.update((i, None) for i in created)
            if self.pending:
                self.segments.update((i, None) for i in ids)
        for i in gone:
            del self.segments[i]
        self.pending = []
        if created or placed or gone or not self.leaves:
            self._place(ids)
        self.leaves = leaves
        self.always = [place for place, i in zip(leaves, ids) if self.segments[i] is None]

    def _place(self, ids: list[str]) -> None:
        arrays = [(n, self.segments[i]) for n, i in enumerate(ids) if self.segments[i] is not None]
        if not arrays:
            self.hashes, self.owners = np.array([], dtype=np.int64), np.array([], dtype=np.int32)
            return
        hashes = np.concatenate([a for _, a in arrays])
        owners = np.concatenate([np.full(len(a), n, dtype=np.int32) for n, a in arrays])
        order = np.argsort(hashes, kind="stable")     # sorted runs: a merge, not a sort
        self.hashes, self.owners = hashes[order], owners[order]

    def places(self, field: str, text: str) -> list:
        """The (segment reader, first document number) pairs that may hold the
        term: none for most terms, else usually one."""
        h = term_hash(field, text)
        at = int(self.hashes.searchsorted(h))
        found = list(self.always)
        hashes = self.hashes
        while at < len(hashes) and int(hashes[at]) == h:
            found.append(self.leaves[int(self.owners[at])])
            at += 1
        return found


def term_hash(field: str, text: str) -> int:
    """A 64-bit hash of an indexed term, the same in every process."""
    digest = hashlib.blake2b(f"{field}\x1f{text}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def segment_leaves(reader) -> list:
    """A reader's segment readers with their first document numbers (none for
    an empty index)."""
    if reader is None:
        return []
    leaves = [(reader, 0)] if reader.is_atomic() else list(reader.leaf_readers())
    return [(leaf, base) for leaf, base in leaves if leaf.segment() is not None]
