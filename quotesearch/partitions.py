"""Cutting a corpus into partitions: batches of articles, described by where
they are read from, not by their text.

A distributed run (`quotesearch.cluster`) sends work in partitions because a
task costs ~2 ms of scheduling, more than extracting a short article. A
partition names its inputs — a group of whole files, a range of lines of a
JSONL collection, or a range of records of a web archive (cut at record offsets
found by one pass over its headers) — and the worker reads them itself, so the process that plans
the run never holds article text: planning a 1 GB collection reads it once, a
megabyte at a time, to find line boundaries.

Partitions are numbered in input order and carry a signature of what they
read (names, byte ranges, file sizes and modification times), so a re-run of
the same command plans the same partitions and can tell which are already done
(`quotesearch.shards`), and a changed input file is read again.
"""
from __future__ import annotations

import codecs
import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from .filenames import shown_name
from .ingest import read_file, read_jsonl
from .ingest.warc import read_warc, record_ranges
from .records import Article, IngestError
from .walk import (
    JSONL_EXTENSIONS,
    WARC_EXTENSIONS,
    SkippedEntries,
    extension,
    input_files,
)

ARTICLES_PER_PARTITION = 200        # ~3 s of extraction on one core for news-length articles
BYTES_PER_PARTITION = 8 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Partition:
    """One unit of work: whole files, lines ``first_line``… of one JSONL
    collection lying in bytes [start, end), or the records of a web archive
    starting in bytes [start, end)."""

    number: int
    files: tuple[str, ...] = ()
    collection: Optional[str] = None
    start: int = 0
    end: Optional[int] = None
    first_line: int = 1
    size: int = 0              # files, or lines: about how many articles
    base: str = ""             # the planning process's working folder, for relative paths
    signature: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return f"part-{self.number:06d}-{self.signature[:10]}"

    def describe(self) -> dict:
        """What the partition reads, as the manifest lists it."""
        if self.collection is not None and extension(self.collection) in WARC_EXTENSIONS:
            return {"archive": shown_name(self.collection), "start": self.start, "end": self.end}
        if self.collection is not None:
            return {"collection": shown_name(self.collection), "start": self.start,
                    "end": self.end, "first_line": self.first_line}
        return {"files": [shown_name(file) for file in self.files]}


def read_partition(partition: Partition) -> Iterator[Article | IngestError]:
    """The articles of a partition, read as `quotesearch.ingest.read_articles`
    would read them in the planning process (same ids, same ``file`` names,
    same errors), wherever the worker's working folder is."""
    if partition.collection is not None:
        path = partition.collection
        if extension(path) in WARC_EXTENSIONS:
            items = read_warc(_located(partition, path), partition.start, partition.end)
        else:
            items = read_jsonl(_located(partition, path), partition.start, partition.end,
                               partition.first_line)
        yield from (_named(item, _located(partition, path), path) for item in items)
    else:
        for path in partition.files:
            yield from (_named(item, _located(partition, path), path)
                        for item in read_file(_located(partition, path)))


def _located(partition: Partition, path: str) -> str:
    return os.path.join(partition.base, path) if partition.base else path


def _named(item: Article | IngestError, opened: str, given: str) -> Article | IngestError:
    """The item as if read under the path as given (relative paths stay relative).
    Items carry shown names (`quotesearch.filenames`), so the paths are compared shown."""
    opened, given = shown_name(opened), shown_name(given)
    if opened == given or not (item.file or "").startswith(opened):
        return item
    return dataclasses.replace(item, file=given + item.file[len(opened):])


def plan_partitions(paths: Iterable[str], articles: int = ARTICLES_PER_PARTITION,
                    max_bytes: int = BYTES_PER_PARTITION, *, follow_links: bool = False,
                    skipped: Optional[SkippedEntries] = None) -> Iterator[Partition | IngestError]:
    """Partitions covering every input under ``paths`` (found as
    `quotesearch.walk.input_files` finds them), lazily and in input order, with
    the errors of inputs that cannot be read at all."""
    number = 0
    base = os.getcwd()
    group: list[tuple[str, os.stat_result]] = []
    group_bytes = 0

    def flush_group() -> Partition:
        nonlocal number, group, group_bytes
        signature = _signature([[path, info.st_size, info.st_mtime_ns] for path, info in group])
        part = Partition(number, files=tuple(path for path, _ in group), size=len(group),
                         base=base, signature=signature)
        number += 1
        group, group_bytes = [], 0
        return part

    for found in input_files(paths, follow_links=follow_links, skipped=skipped):
        if isinstance(found, IngestError):
            yield found
            continue
        try:
            info = os.stat(found)
        except OSError as error:
            yield IngestError(shown_name(found), f"cannot read: {error.strerror or error}")
            continue
        if extension(found) in WARC_EXTENSIONS:
            if group:
                yield flush_group()
            for piece in record_ranges(found, articles, max_bytes):
                if isinstance(piece, IngestError):
                    yield piece
                    continue
                start, end, pages = piece
                yield Partition(number, collection=found, start=start, end=end, first_line=0, size=pages,
                                base=base, signature=_signature([found, start, end, info.st_size,
                                                                 info.st_mtime_ns]))
                number += 1
            continue
        if extension(found) in JSONL_EXTENSIONS:
            if group:
                yield flush_group()
            for start, end, first_line, lines in _line_ranges(found, articles, max_bytes):
                if start < 0:       # the collection holds nothing but blank space
                    yield IngestError(shown_name(found), "empty file")
                    break
                yield Partition(number, collection=found, start=start, end=end, first_line=first_line,
                                size=lines, base=base, signature=_signature([found, start, end, first_line, info.st_size,
                                                      info.st_mtime_ns]))
                number += 1
            continue
        group.append((found, info))
        group_bytes += info.st_size
        if len(group) >= articles or group_bytes >= max_bytes:
            yield flush_group()
    if group:
        yield flush_group()


def _line_ranges(path: str, lines: int, max_bytes: int) -> Iterator[tuple[int, Optional[int], int, int]]:
    """(start, end, first line number, lines) of consecutive runs of at most
    ``lines`` lines (or about ``max_bytes``), cut at line ends; (-1, -1, 0, 0)
    alone for a blank file. Reads a megabyte at a time; unreadable files are left to the
    worker, which reports them as single-process reading would."""
    try:
        file = open(path, "rb")
    except OSError:
        yield 0, None, 1, 1
        return
    with file:
        start, offset, line_number, first_line, count = 0, 0, 1, 1, 0
        anything = False
        while True:
            chunk = file.read(_CHUNK)
            if not chunk:
                break
            anything = anything or bool(chunk.replace(codecs.BOM_UTF8, b"").strip())
            at = 0
            while True:
                newline = chunk.find(b"\n", at)
                if newline < 0:
                    break
                at = newline + 1
                line_number += 1
                count += 1
                end = offset + at
                if count >= lines or end - start >= max_bytes:
                    yield start, end, first_line, count
                    start, first_line, count = end, line_number, 0
            offset += len(chunk)
        if not anything:
            yield -1, -1, 0, 0
        elif offset > start:
            yield start, offset, first_line, count + 1


def _signature(parts) -> str:
    return hashlib.blake2b(json.dumps(parts).encode(), digest_size=8).hexdigest()
