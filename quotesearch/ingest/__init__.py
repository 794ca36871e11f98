"""Ingest: turning files into `Article` records.

This package owns everything between a path on disk and an `Article`; this
module reads a batch (`read_articles`) and one file (`read_file`), handing
each kind of file to the module that owns it:

* `quotesearch.ingest.files`: reading bytes safely (size limit checked before
  reading, regular files only) and plain-text files,
* `quotesearch.ingest.encodings`: decoding bytes to text (BOMs, UTF-8,
  UTF-16/32, legacy 8-bit encodings) and normalising it,
* `quotesearch.ingest.html`: the article text and paragraph layout of an HTML
  page, and `quotesearch.ingest.html_metadata`: the metadata its markup gives,
* `quotesearch.ingest.jsonl`: JSON Lines collections, read lazily,
* `quotesearch.ingest.warc`: web archives (the HTML pages of ``.warc``/``.warc.gz``),
* `quotesearch.ingest.ids`: content-derived article ids,
* `quotesearch.ingest.failure`: `IngestFailure`, why one input was refused.

It never raises for bad input: every problem becomes an `IngestError` with a
one-line reason and the rest of the batch is still read. It does not guess
metadata from plain text; `quotesearch.extract.metadata` does that later.

Supported inputs: ``.txt`` (one article), ``.html``/``.htm`` (one article),
``.jsonl`` (one article per line: ``{"id", "text" or "html", "title", "outlet",
"date", "url", "byline"}``), ``.warc``/``.warc.gz`` (each HTML page an article).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Optional

from quotesearch.filenames import shown_name
from quotesearch.records import Article, IngestError
from quotesearch.walk import (  # noqa: F401 - re-exported: callers import them from here
    HTML_EXTENSIONS,
    JSONL_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS,
    WARC_EXTENSIONS,
    SkippedEntries,
    cannot_read,
    extension,
    input_files,
)

from .encodings import decode_bytes, normalise_text  # noqa: F401 - re-exported
from .failure import IngestFailure
from .files import (  # noqa: F401
    MAX_FILE_BYTES,
    PathArg,
    article_from_text_file,
    open_regular_file,
    read_text_file,
)
from .html import MAX_HTML_ELEMENTS, article_from_html, article_from_html_file  # noqa: F401
from .ids import article_id  # noqa: F401 - re-exported
from .jsonl import read_jsonl
from .warc import read_warc

logger = logging.getLogger(__name__)


def read_articles(paths: Iterable[PathArg], *, follow_links: bool = False,
                  skipped: Optional[SkippedEntries] = None) -> Iterator[Article | IngestError]:
    """Read every article in `paths` (files, directories and globs), lazily, in order.

    Which files are read is `quotesearch.walk`'s business: directories are
    walked recursively in sorted order, hidden entries and files with
    unsupported extensions inside them are skipped silently, links inside them
    are not followed (unless ``follow_links``, and then only inside the folder)
    and special files are skipped; those last two are counted in ``skipped``.
    An explicitly named file with an unsupported extension is an error. Every
    problem is yielded as an `IngestError`; nothing is raised for bad input.
    """
    for found in input_files(paths, follow_links=follow_links, skipped=skipped):
        if isinstance(found, IngestError):
            yield found
        else:
            yield from read_file(found)


def read_file(path: str) -> Iterator[Article | IngestError]:
    """Read one supported file; failures become `IngestError`s. ``path`` opens
    the file; articles and errors carry its shown name (`quotesearch.filenames`)."""
    shown = shown_name(path)
    kind = extension(path)
    try:
        if kind in JSONL_EXTENSIONS:
            yield from read_jsonl(path)
        elif kind in WARC_EXTENSIONS:
            yield from read_warc(path)
        elif kind in HTML_EXTENSIONS:
            yield article_from_html_file(path)
        else:
            yield article_from_text_file(path)
    except IngestFailure as failure:
        yield IngestError(shown, str(failure))
    except OSError as error:  # e.g. an I/O error half-way through a collection
        yield IngestError(shown, cannot_read(error))
    except Exception as error:  # noqa: BLE001 - one odd file must not stop a batch
        logger.debug("unexpected error while reading %s", shown, exc_info=True)
        yield IngestError(shown, f"internal error while reading: {type(error).__name__}: {error}")

