"""Web archives (``.warc``, ``.warc.gz``) as collections of HTML pages.

Owns which records of an archive are articles and how a record becomes one.
An archive — Common Crawl's CC-NEWS, ``wget --warc-file`` output — holds
requests, responses, revisits, metadata and every kind of file a crawler
met; only responses that are web pages are read: status 200 and a
``text/html`` or XHTML content type. Each page's bytes are decoded with the
charset its HTTP header or markup declares (`quotesearch.ingest.encodings`
decides, as for an HTML file) and read by the HTML reader
(`quotesearch.ingest.html.article_from_html`). The record's target URI is the
article's URL (where the page was fetched: the same on every re-ingest, so
`quotesearch.index.prepare.source_key` stays stable) and its WARC-Date the
date when the page gives none.

Records are named ``archive.warc.gz@OFFSET``: the byte offset where the
record starts, which is also where a partition of the archive
(`quotesearch.partitions`) starts reading, so an archive is read lazily, record
by record, and never loaded whole. A damaged record (cut short, bad gzip, bad
headers) is one error naming the file and its offset; reading goes on at the
next record start found after it.
"""
from __future__ import annotations

import dataclasses
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from quotesearch.filenames import shown_name
from quotesearch.records import Article, IngestError
from quotesearch.walk import cannot_read

from . import files
from .encodings import decode_bytes
from .failure import IngestFailure
from .files import open_collection
from .html import article_from_html

NO_PAGES = "no web pages in this archive (no HTML response with status 200)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET_PARAMETER = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WARC_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_RECORD_MAGIC = b"WARC/"
_SEARCH_CHUNK = 1024 * 1024
_DRAIN = 64 * 1024
_DAMAGE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError,
           IndexError, KeyError)


@dataclass(frozen=True)
class ArchivedRecord:
    """One record of an archive as the scan meets it: where it starts, and
    whether it is a web page (what `read_warc` makes an article of)."""

    offset: int
    is_page: bool


def is_page(record) -> bool:
    """A response that is a web page: status 200, an HTML or XHTML type."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0]
    return content_type.strip().lower() in HTML_TYPES


def scan_records(path: str, start: int = 0,
                 end: int | None = None) -> Iterator[ArchivedRecord | IngestError]:
    """The records starting in bytes [start, end) of an archive, without
    keeping their contents (for planning partitions); damaged ones as errors."""
    for found in _records(path, start, end):
        if isinstance(found, IngestError):
            yield found
        else:
            record, offset = found
            yield ArchivedRecord(offset, is_page(record))


def read_warc(path: str, start: int = 0, end: int | None = None) -> Iterator[Article | IngestError]:
    """The web pages of an archive as articles, lazily, in archive order; with
    ``start``/``end``, those of the records starting in that byte range
    (``start`` must be a record's offset)."""
    shown = shown_name(path)
    records = pages = 0
    for found in _records(path, start, end, keep_pages=True):
        if isinstance(found, IngestError):
            yield found
            continue
        record, offset = found
        records += 1
        if getattr(record, "page_body", None) is None:
            continue
        pages += 1
        try:
            yield _article(record, f"{shown}@{offset}")
        except IngestFailure as failure:
            yield IngestError(shown, f"record at offset {offset}: {failure}")
        except RecursionError:
            yield IngestError(shown, f"record at offset {offset}: HTML nested too deeply to read")
    if records and not pages and start == 0 and end is None:
        yield IngestError(shown, NO_PAGES)


def record_ranges(path: str, pages: int, max_bytes: int) -> Iterator[tuple[int, int | None, int] | IngestError]:
    """(start, end, pages) of consecutive runs of records holding at most
    ``pages`` web pages (or about ``max_bytes``), cut at record starts, for
    `quotesearch.partitions`; reading the runs with `read_warc` gives what
    reading the archive whole gives. Damaged records are left to the reader of
    the run they lie in; an archive without pages gives its errors instead."""
    ranges, errors = [], []
    start, count, records, total = None, 0, 0, 0
    for found in scan_records(path):
        if isinstance(found, IngestError):
            errors.append(found)
            continue
        records += 1
        if start is None:
            start = found.offset
        elif count >= pages or found.offset - start >= max_bytes:
            ranges.append((start, found.offset, count))
            start, count = found.offset, 0
        count += found.is_page
        total += found.is_page
    if start is not None:
        ranges.append((start, None, count))
    if total:
        yield from ranges
    else:
        yield from errors
        if records:
            yield IngestError(shown_name(path), NO_PAGES)


def _article(record, name: str) -> Article:
    body = record.page_body
    if not body.strip():
        raise IngestFailure("empty page")
    html = decode_bytes(body, _declared_charset(record, body))
    uri = record.rec_headers.get_header("WARC-Target-URI")
    # (where the page was found: the outlet's last resort is its site's domain)
    article = article_from_html(html, file=name, url=uri.strip() if uri else None)
    date = _WARC_DATE.match(record.rec_headers.get_header("WARC-Date") or "")
    return dataclasses.replace(article, url=uri.strip() if uri else article.url,
                               date=article.date or (date.group(1) if date else None))


def _declared_charset(record, body: bytes) -> str | None:
    """The HTTP header's charset, else the markup's (``<meta charset>``)."""
    header = _CHARSET_PARAMETER.search(record.http_headers.get_header("Content-Type") or "")
    if header:
        return header.group(1)
    meta = _CHARSET_DECLARATION.search(body[:4096])
    return meta.group(1).decode("ascii") if meta else None


def _records(path: str, start: int, end: int | None, keep_pages: bool = False):
    """(record, offset) for each record starting in [start, end), and an
    `IngestError` for each damaged one, after which reading resumes at the next
    record start found (a false start found there is passed over silently). With ``keep_pages``, a page's body (decoded
    from any transfer and content encoding, at most `files.MAX_FILE_BYTES`) is
    kept on the record as ``page_body``; other contents are skipped unread."""
    shown = shown_name(path)
    file = open_collection(path)
    if isinstance(file, IngestError):
        yield file
        return
    with file:
        position, resyncing = start, False
        while end is None or position < end:
            file.seek(position)
            iterator = ArchiveIterator(file)
            offset = position
            try:
                for record in iterator:
                    offset = iterator.offset
                    if end is not None and offset >= end:
                        return
                    if keep_pages and is_page(record):
                        record.page_body = record.content_stream().read(files.MAX_FILE_BYTES + 1)
                    _drain(record)
                    if getattr(record, "page_body", None) is not None \
                            and len(record.page_body) > files.MAX_FILE_BYTES:
                        record.page_body = None
                        yield IngestError(shown, f"record at offset {offset}: page too large "
                                                 f"(limit {files.MAX_FILE_BYTES / (1024 * 1024):g} MB)")
                        continue
                    resyncing = False
                    yield record, offset
                # warcio ends quietly at a record cut short in its headers
                offset = iterator.offset
                if (end is not None and offset >= end) or not _holds_more(file, offset):
                    return
                reason = "cut short"
            except _DAMAGE as error:
                # past the record just read: the next one's headers were bad
                offset = max(offset, iterator.offset)
                reason = _damage_reason(error)
            except OSError as error:
                yield IngestError(shown, f"record at offset {offset}: {cannot_read(error)}")
                return
            if not resyncing:
                yield IngestError(shown, f"record at offset {offset}: damaged record ({reason})")
            resyncing = True
            position = _next_record_start(file, offset + 1, gzipped=_gzipped(file))
            if position is None:
                return


def _drain(record) -> None:
    """Read the rest of a record, and refuse one cut short: warcio reads a
    truncated record's bytes without complaint."""
    stream = record.raw_stream
    while stream.read(_DRAIN):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise EOFError(f"cut short: {stream.limit:,} bytes missing")


def _damage_reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    if isinstance(error, ArchiveLoadFailed):
        if "gzip" in text.lower() and "member" in text.lower():
            return "several records in one gzip member; recompress with one member per record"
        return "not a WARC record header"
    if isinstance(error, zlib.error):
        return "bad gzip data"
    shown = "".join(c if c.isprintable() and c.isascii() else "?" for c in text)[:100]
    return shown or type(error).__name__


def _holds_more(file, offset: int) -> bool:
    """Whether anything but blank lines follows ``offset``."""
    file.seek(offset)
    while True:
        chunk = file.read(_SEARCH_CHUNK)
        if not chunk:
            return False
        if chunk.strip():
            return True


def _gzipped(file) -> bool:
    file.seek(0)
    return file.read(2) == _GZIP_MAGIC[:2]


def _next_record_start(file, after: int, gzipped: bool) -> int | None:
    """Where the next record seems to start, at or after ``after``: a gzip
    member's header, or a ``WARC/`` version line at a line start."""
    magic = _GZIP_MAGIC if gzipped else b"\n" + _RECORD_MAGIC
    position = after - (0 if gzipped else 1)
    carry = b""
    file.seek(position)
    while True:
        chunk = file.read(_SEARCH_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        found = data.find(magic)
        if found >= 0:
            at = position - len(carry) + found
            return at if gzipped else at + 1
        carry = data[-(len(magic) - 1):]
        position += len(chunk)
