"""Specification of `quotesearch.index.safety`: an index folder is data, never
code. Whoosh unpickles its table of contents, segment directories, posting
headers and stored fields; a crafted file naming anything but Whoosh's own
schema vocabulary is refused before what it names is imported or called."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest
from conftest import REPO, WIRE_STORIES, write_jsonl
from whoosh import index as whoosh_index
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage

from quotesearch.index import QuoteIndex, ingest_paths, safety
from quotesearch.index.safety import UnsafeIndexFile, safe_loads
from quotesearch.index.schema import build_schema
from quotesearch.index.store import INDEX_NAME


class Runs:
    """Pickles as a call of ``function(*args)``: what an attacker's pickle does."""

    def __init__(self, function, *args):
        self.function, self.args = function, args

    def __reduce__(self):
        return self.function, self.args


def marker_command(marker) -> Runs:
    return Runs(os.system, f"touch {marker}")


# (what a pickle names, refused?) - refused ones are named without being called
CASES = [
    (Runs(os.system, "true"), True),
    (Runs(eval, "1+1"), True),
    (Runs(subprocess.call, ["true"]), True),
    (Runs(getattr, "text", "upper"), True),
    (Runs(whoosh_index.open_dir, "/tmp"), True),                  # a Whoosh function, not vocabulary
    (Runs(__import__("whoosh.util.loading", fromlist=["x"]).find_object, "os.system"), True),
    (Runs(__import__("whoosh.filedb.filestore", fromlist=["x"]).FileStorage, "/tmp"), True),
    (build_schema(), False),                                      # the real schema round-trips
    ({"a": (1, 2.5, b"x", frozenset({3}))}, False),
]


@pytest.mark.parametrize("value, refused", CASES)
def test_only_whoosh_vocabulary_and_plain_data_unpickle(value, refused):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        data = pickle.dumps(value, protocol)
        if refused:
            with pytest.raises(UnsafeIndexFile, match="no part of a Whoosh index"):
                safe_loads(data)
        else:
            assert safe_loads(data) is not None


def test_every_whoosh_reader_of_index_files_is_restricted():
    assert safety.installed()


@pytest.fixture()
def small_index(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)])
    return tmp_path / "index"


def rewrite_toc(folder, schema=None, segments=None) -> str:
    """Write the next generation's table of contents with Whoosh's own writer,
    holding the given schema or segment list (as an attacker with a real
    Whoosh would)."""
    storage = FileStorage(str(folder))
    toc = whoosh_index.TOC.read(storage, INDEX_NAME)
    new = whoosh_index.TOC(schema if schema is not None else toc.schema,
                           segments if segments is not None else toc.segments, toc.generation + 1)
    new.write(storage, INDEX_NAME)
    os.remove(os.path.join(folder, whoosh_index.TOC._filename(INDEX_NAME, toc.generation)))
    return whoosh_index.TOC._filename(INDEX_NAME, toc.generation + 1)


class TrappedSchema(Schema):
    def __init__(self, marker):
        super().__init__()
        self.marker = marker

    def __reduce__(self):
        return marker_command(self.marker).__reduce__()


def stats(folder) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", "stats", "--index", str(folder)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("part", ["schema", "segments"])
def test_a_crafted_table_of_contents_runs_nothing_and_is_a_clear_error(small_index, tmp_path, part):
    marker = tmp_path / f"ran-{part}"
    if part == "schema":
        toc = rewrite_toc(small_index, schema=TrappedSchema(marker))
    else:
        toc = rewrite_toc(small_index, segments=[marker_command(marker)])
    result = stats(small_index)
    assert not marker.exists(), "the pickle in the table of contents ran a command"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("quotesearch: error: ") and toc in line and "posix.system" in line
