"""Segment files are read in place from the memory map (`quotesearch.index.segfiles`):
the reader behaves as the in-memory file Whoosh used, without copying the segment."""
from __future__ import annotations

import io
import mmap
import os

import pytest

from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.segfiles import MappedFile, _SliceReader
from quotesearch.search import search

from conftest import SEEDS

DATA = ("“We will not accept this,” the minister said.\nA second line\n\nlast line without end"
        ).encode("utf-8")

# (operations, as method name and arguments) -> every result must equal BytesIO's
OPERATIONS = [
    [("read", ())],
    [("read", (-1,))],
    [("read", (None,))],
    [("read", (5,)), ("read", (5,)), ("tell", ())],
    [("seek", (10,)), ("read", (4,)), ("tell", ())],
    [("seek", (4,)), ("seek", (3, os.SEEK_CUR)), ("read", (2,))],
    [("seek", (-6, os.SEEK_END)), ("read", ())],
    [("seek", (len(DATA) + 50,)), ("read", (3,)), ("tell", ())],       # past the end
    [("read", (len(DATA) + 10,)), ("read", (1,))],
    [("readline", ()), ("readline", ()), ("readline", ()), ("readline", ()), ("readline", ())],
    [("seek", (3,)), ("readline", (4,)), ("readline", ())],
    [("seek", (0, os.SEEK_END)), ("readline", ()), ("read", ())],
]


@pytest.mark.parametrize("operations", OPERATIONS)
def test_slice_reader_reads_like_bytesio(operations):
    ours, theirs = _SliceReader(memoryview(DATA)), io.BytesIO(DATA)
    for name, args in operations:
        assert getattr(ours, name)(*args) == getattr(theirs, name)(*args), (name, args)


def test_slice_reader_iterates_lines_like_bytesio():
    assert list(_SliceReader(memoryview(DATA))) == list(io.BytesIO(DATA))


def test_slice_reader_refuses_negative_positions_and_writes():
    reader = _SliceReader(memoryview(DATA))
    with pytest.raises(ValueError):
        reader.seek(-1)
    with pytest.raises(OSError):
        reader.write(b"x")


def test_a_slice_reader_does_not_copy_its_buffer():
    buffer = bytearray(DATA)
    reader = _SliceReader(memoryview(buffer))
    buffer[0:3] = b"ABC"            # a copy would not see this
    assert reader.read(3) == b"ABC"


@pytest.fixture()
def seeds_index(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)])
    return index


def test_an_index_reads_its_segments_in_place(seeds_index):
    with seeds_index.searcher() as searcher:
        reader = searcher.reader()
        leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
        assert leaves
        for leaf in leaves:
            terms = leaf._terms
            for file in (terms._dbfile, terms._postfile):
                assert isinstance(file, MappedFile)
                # a view of the segment's memory map, not a bytes copy of it
                assert isinstance(file.file.view.obj, mmap.mmap)


def test_searchers_opened_and_closed_leave_no_open_files(seeds_index):
    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    search(seeds_index, "trade")
    before = open_files()
    for _ in range(100):
        with seeds_index.searcher() as searcher:
            assert searcher.doc_count() > 0
            assert search(seeds_index, "trade").total > 0
    assert open_files() <= before
