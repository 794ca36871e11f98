"""Reading one file's bytes safely, and plain-text files as articles.

Owns the size limit (checked before reading, so a huge file costs one
``stat()``, not its memory; also the limit of one JSONL line) and refusing
anything but a regular file (a FIFO swapped in after the walk does not hang
the run). Decoding the bytes is `quotesearch.ingest.encodings`' business.
"""
from __future__ import annotations

import os
import stat
from typing import Union

from quotesearch.filenames import shown_name
from quotesearch.records import Article
from quotesearch.walk import cannot_read

from .encodings import decode_bytes
from .failure import IngestFailure
from .ids import article_id

PathArg = Union[str, os.PathLike]

# Largest .txt/.html file, and largest single JSONL line, that is read at all.
# Checked before reading, so a huge file costs one stat() call, not its memory.
MAX_FILE_BYTES = 20 * 1024 * 1024


def open_regular_file(path: str):
    """``path`` opened for reading in binary, refusing anything but a regular
    file. The open does not block: a file swapped for a FIFO after the walk
    looked at it is refused instead of hanging the run."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IngestFailure("not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def open_collection(path: str):
    """A collection file (JSON Lines, a web archive) opened as `open_regular_file`
    does, or the `IngestError` naming it when it cannot be: its readers yield that
    error instead of its records."""
    from ..records import IngestError
    from ..walk import cannot_read
    try:
        return open_regular_file(path)
    except IngestFailure as failure:
        return IngestError(shown_name(path), str(failure))
    except OSError as error:
        return IngestError(shown_name(path), cannot_read(error))


def read_text_file(path: PathArg) -> str:
    """The decoded text of a plain-text file (see `decode_bytes`).

    Raises `IngestFailure` for a file that is missing, unreadable, empty,
    too large or binary.
    """
    return decode_bytes(read_limited_bytes(os.fspath(path)))


def read_limited_bytes(path: str) -> bytes:
    """The file's bytes, refusing files over MAX_FILE_BYTES before reading."""
    try:
        with open_regular_file(path) as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise IngestFailure(_too_large(size))
            # Bounded read: the file may have grown since stat().
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise IngestFailure("no such file or directory") from None
    except OSError as error:
        raise IngestFailure(cannot_read(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise IngestFailure(_too_large(len(data)))
    if not data:
        raise IngestFailure("empty file")
    return data


def _too_large(size: int) -> str:
    mebibyte = 1024 * 1024
    return f"file too large: {size / mebibyte:.1f} MB (limit {MAX_FILE_BYTES / mebibyte:g} MB)"


def article_from_text_file(path: str) -> Article:
    text = read_text_file(path)
    if not text.strip():
        raise IngestFailure("no text (only whitespace)")
    # Metadata stays None: quotesearch.extract.metadata reads it from the text.
    return Article(id=article_id(text), text=text, file=shown_name(path))
