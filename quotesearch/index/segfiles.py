"""How segment files are read: straight from the memory map, never copied.

A Whoosh segment is one compound file, memory-mapped when it is opened; each
file inside it (terms, postings, stored fields, columns) is handed to readers
as a ``BufferFile`` over a slice of the map. The ``whoosh3`` distribution's
``BufferFile`` wraps that slice in ``io.BytesIO``, which *copies* it: every
reader of every segment copied the segment's terms and postings into memory
when it opened. At a million quotations that is over 2 GB per searcher, 60 ms
per segment file, and a writer opens searchers for every commit: ingest slowed
as the index grew, first queries took 11-17 s and the ingesting process grew to
5 GB (see ``bench/index_search.py``).

`MappedFile` is the same ``BufferFile`` reading the slice in place: a read
copies only the bytes it returns. `install` puts it where Whoosh's compound
storage builds its files; the index store calls it before opening an index.
"""
from __future__ import annotations

import os

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile


class _SliceReader:
    """The part of a binary file's interface Whoosh's readers use (read, seek,
    tell, readline), over a memoryview, without copying it."""

    __slots__ = ("view", "position")

    def __init__(self, view: memoryview):
        self.view = view
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        start = self.position
        # the hot path of every posting-block read: slicing clamps at the end
        data = bytes(self.view[start:] if size is None or size < 0 else self.view[start:start + size])
        self.position = start + len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        start = self.position
        limit = len(self.view) if size is None or size < 0 else min(start + size, len(self.view))
        end = start
        while end < limit:
            chunk = bytes(self.view[end:min(end + 4096, limit)])
            found = chunk.find(b"\n")
            if found >= 0:
                end += found + 1
                break
            end += len(chunk)
        self.position = end
        return bytes(self.view[start:end])

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            offset += self.position
        elif whence == os.SEEK_END:
            offset += len(self.view)
        if offset < 0:
            raise ValueError(f"negative seek position {offset}")
        self.position = offset
        return offset

    def tell(self) -> int:
        return self.position

    def readable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError("segment files are read-only")

    def close(self) -> None:
        self.view = memoryview(b"")     # the owner releases the real view


class MappedFile(BufferFile):
    """A ``BufferFile`` whose reads come from its buffer in place."""

    def __init__(self, buf, name=None, onclose=None):
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        # the very view BufferFile.close releases: a second view of it would
        # keep the map exported and make closing the segment fail
        self.file = _SliceReader(buf if isinstance(buf, memoryview) else memoryview(buf))


def install() -> None:
    """Make Whoosh's compound storage open its files as `MappedFile`.
    Idempotent; a Whoosh without that hook is left as it is."""
    if getattr(compound, "BufferFile", None) is BufferFile:
        compound.BufferFile = MappedFile
