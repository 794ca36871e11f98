"""How many articles a run's inputs hold, counted cheaply, for the progress
bar's total, percentage and time left (``quotesearch ingest``).

A text or HTML file is one article; a JSONL collection one per non-blank
line (counted a megabyte at a time, never parsed); a web archive is
estimated from its size and the pages per byte of its first records (a full
count would mean decompressing it). The count runs beside the ingest
(`count_in_background`), so a large corpus starts at once and gets its total
when the count is done.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable

from .ingest.warc import scan_records
from .records import IngestError
from .walk import (
    JSONL_EXTENSIONS,
    WARC_EXTENSIONS,
    SkippedEntries,
    extension,
    input_files,
)

_CHUNK = 1024 * 1024
WARC_SAMPLE_BYTES = 4 * 1024 * 1024     # read of an archive to learn its pages per byte


def estimated_articles(paths: Iterable[str], follow_links: bool = False) -> int:
    """About how many articles (and unreadable inputs: each one step of the
    bar) reading ``paths`` gives."""
    total = 0
    for found in input_files(list(paths), follow_links=follow_links, skipped=SkippedEntries()):
        if isinstance(found, IngestError):
            total += 1
        elif extension(found) in JSONL_EXTENSIONS:
            total += max(1, _lines(found))
        elif extension(found) in WARC_EXTENSIONS:
            total += max(1, archive_pages(found))
        else:
            total += 1
    return total


def _lines(path: str) -> int:
    count, last = 0, b"\n"
    try:
        with open(path, "rb") as file:
            while chunk := file.read(_CHUNK):
                count += chunk.count(b"\n") - chunk.count(b"\n\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return count + (last != b"\n")


def archive_pages(path: str, sample: int = WARC_SAMPLE_BYTES) -> int:
    """The web pages of an archive: counted when it is smaller than
    ``sample``, else extrapolated from the records in its first ``sample`` bytes."""
    try:
        size = os.path.getsize(path)
    except OSError:
        return 1
    pages = 0
    for record in scan_records(path):
        if isinstance(record, IngestError):
            continue
        if record.offset >= sample:
            return round(pages * size / record.offset)
        pages += record.is_page
    return pages


def count_in_background(paths: Iterable[str], follow_links: bool,
                        done: Callable[[int], None]) -> threading.Thread:
    """`estimated_articles` in a daemon thread, handing the total to ``done``."""
    paths = list(paths)

    def count() -> None:
        try:
            done(estimated_articles(paths, follow_links))
        except Exception:  # noqa: BLE001, S110 - a bar without a total is no failure
            pass
    thread = threading.Thread(target=count, name="count-inputs", daemon=True)
    thread.start()
    return thread
