"""Ingest: turning files into `Article` records.

This module owns everything between a path on disk and an `Article`:

* reading the files `quotesearch.walk` finds,
* reading bytes safely (size limit checked before reading, lazy JSONL),
* decoding bytes to text (BOMs, UTF-8, UTF-16/32, legacy 8-bit encodings),
* pulling the article text, paragraph layout and metadata out of HTML,
* content-derived article ids.

It never raises for bad input: every problem becomes an `IngestError` with a
one-line reason and the rest of the batch is still read. It does not guess
metadata from plain text; `quotesearch.extract.metadata` does that later.

Supported inputs: ``.txt`` (one article), ``.html``/``.htm`` (one article),
``.jsonl`` (one article per line: ``{"id", "text" or "html", "title", "outlet",
"date", "url", "byline"}``).
"""
from __future__ import annotations

import codecs
import dataclasses
import hashlib
import json
import logging
import os
import re
import stat
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, Optional, Union

import charset_normalizer
from bs4 import BeautifulSoup, NavigableString, Tag
from dateutil import parser as dateutil_parser

from quotesearch.filenames import shown_name
from quotesearch.records import Article, IngestError, Paragraph, ParagraphKind
from quotesearch.walk import (  # noqa: F401
    HTML_EXTENSIONS,
    JSONL_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS,
    SkippedEntries,
    cannot_read,
    extension,
    input_files,
)

logger = logging.getLogger(__name__)

PathArg = Union[str, os.PathLike]

# Largest .txt/.html file, and largest single JSONL line, that is read at all.
# Checked before reading, so a huge file costs one stat() call, not its memory.
MAX_FILE_BYTES = 20 * 1024 * 1024



class IngestFailure(ValueError):
    """Raised by the single-input helpers (`read_text_file`, `decode_bytes`,
    `article_from_html`) when an input cannot become an article.

    `read_articles` never lets it escape: it becomes an `IngestError` whose
    reason is `str(failure)`, a one-line human-readable sentence.
    """


# ---------------------------------------------------------------------------
# Batch entry point
# ---------------------------------------------------------------------------

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
    kind = _extension(path)
    try:
        if kind in JSONL_EXTENSIONS:
            yield from read_jsonl(path)
        elif kind in HTML_EXTENSIONS:
            yield _article_from_html_file(path)
        else:
            yield _article_from_text_file(path)
    except IngestFailure as failure:
        yield IngestError(shown, str(failure))
    except OSError as error:  # e.g. an I/O error half-way through a collection
        yield IngestError(shown, _cannot_read(error))
    except Exception as error:  # noqa: BLE001 - one odd file must not stop a batch
        logger.debug("unexpected error while reading %s", shown, exc_info=True)
        yield IngestError(shown, f"internal error while reading: {type(error).__name__}: {error}")


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


_extension = extension
_cannot_read = cannot_read


# ---------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------

_WHITESPACE_RUN = re.compile(r"\s+")
_NOT_WHITESPACE = re.compile(r"\S")
_ID_CHUNK_CHARS = 1 << 20


def article_id(text: str) -> str:
    """A stable, content-derived id: 16 hex chars of the SHA-256 of the text
    with whitespace runs collapsed, so re-ingesting an article (even re-wrapped
    or with other line endings) gives the same id."""
    digest = hashlib.sha256()
    text = text.strip()
    start = 0
    while start < len(text):
        # in pieces (a 20 MB text of tiny lines would otherwise build millions of
        # pieces at once), each cut where no whitespace run is split
        end = min(len(text), start + _ID_CHUNK_CHARS)
        next_word = _NOT_WHITESPACE.search(text, end)
        end = next_word.start() if next_word else len(text)
        digest.update(_WHITESPACE_RUN.sub(" ", text[start:end]).encode("utf-8", "surrogatepass"))
        start = end
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------
# Reading bytes and decoding them
# ---------------------------------------------------------------------------

def read_text_file(path: PathArg) -> str:
    """The decoded text of a plain-text file (see `decode_bytes`).

    Raises `IngestFailure` for a file that is missing, unreadable, empty,
    too large or binary.
    """
    return decode_bytes(_read_limited_bytes(os.fspath(path)))


def _read_limited_bytes(path: str) -> bytes:
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
        raise IngestFailure(_cannot_read(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise IngestFailure(_too_large(len(data)))
    if not data:
        raise IngestFailure("empty file")
    return data


def _too_large(size: int) -> str:
    mebibyte = 1024 * 1024
    return f"file too large: {size / mebibyte:.1f} MB (limit {MAX_FILE_BYTES / mebibyte:g} MB)"


# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 control bytes that never occur in text. Tab, LF, FF, CR and ESC (used by
# ISO-2022 encodings) are allowed; DEL is not.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BINARY_SAMPLE_BYTES = 64 * 1024
_MAX_CONTROL_SHARE = 0.05

# Legacy 8-bit encodings most likely for news text, most common first. When the
# detector finds several equally plausible readings, the earliest one wins:
# short texts rarely carry enough evidence to tell cp1252 from cp1250.
_LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_15", "cp1253", "cp1254",
    "cp1257", "cp1255", "cp1256", "cp1258", "koi8_u", "iso8859_2", "mac_roman",
)


def decode_bytes(data: bytes, declared_encoding: Optional[str] = None) -> str:
    """Decode a document's bytes to text.

    Order of evidence: a byte-order mark (UTF-8/16/32, removed), then valid
    UTF-8, then `declared_encoding` (e.g. an HTML ``<meta charset>``), then the
    most plausible legacy encoding according to charset-normalizer. Newlines
    are normalised (``\\r\\n`` and ``\\r`` become ``\\n``) and soft hyphens and
    zero-width characters removed (`normalise_text`); nothing else changes.

    Raises `IngestFailure` for binary content: NUL bytes without a UTF-16/32
    byte-order mark, or mostly control bytes.
    """
    text = _decode_with_bom(data)
    if text is None:
        if b"\x00" in data or _mostly_control_bytes(data):
            raise IngestFailure("binary file (not text)")
        text = _decode_without_bom(data, declared_encoding)
    return normalise_text(text)


# Invisible characters that split words for a typesetter, not for a reader: soft hyphens
# ("cy\u00adber\u00adse\u00adcu\u00adri\u00adty") and zero-width spaces and joiners.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"), None)


def normalise_text(text: str) -> str:
    """Newlines normalised (``\\r\\n`` and ``\\r`` become ``\\n``) and invisible
    word-splitting characters removed, so names and words read as they display."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)


def _decode_with_bom(data: bytes) -> Optional[str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The mark is explicit evidence: keep the text even if a few bytes
            # are broken, replacing just those.
            return data[len(bom):].decode(encoding, errors="replace")
    return None


def _mostly_control_bytes(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE_BYTES]
    control_count = len(sample.translate(None, _NOT_CONTROL_BYTES))
    return control_count > _MAX_CONTROL_SHARE * len(sample)


def _decode_without_bom(data: bytes, declared_encoding: Optional[str]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _usable_declared_encoding(declared_encoding)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeError, ValueError, TypeError, LookupError):
            pass  # the declaration is wrong; fall back to detection
    return _decode_legacy(data)


# Python codecs that are text encodings to Python but no character set a page
# could be written in: they would turn backslashes or "xn--" into other text.
_NOT_CHARSETS = frozenset({"unicode_escape", "raw_unicode_escape", "idna", "punycode",
                           "undefined", "utf-7"})


def _usable_declared_encoding(name: Optional[str]) -> Optional[str]:
    """The codec a declaration names, if it is a character set; None for an
    unknown name and for codecs that are no text encoding (rot13, base64,
    zlib, hex...: Python marks those as not ``_is_text_encoding``)."""
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    codec = info.name
    if not getattr(info, "_is_text_encoding", True) or codec.replace("-", "_") in _NOT_CHARSETS:
        return None
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None  # already ruled out, or would need a mark we did not see
    # As browsers do: documents labelled latin-1 are really cp1252 (curly quotes).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _decode_legacy(data: bytes) -> str:
    """Pick the most plausible legacy decoding.

    charset-normalizer alone misreads short texts (KOI8-R as Shift-JIS, cp1252
    as cp1250), so its open search is pooled with a search restricted to common
    news encodings, then: least chaos, fewest symbols stuck inside words, best
    language coherence, most common encoding.
    """
    candidates = list(charset_normalizer.from_bytes(data))
    candidates += list(charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)))
    if not candidates:
        raise IngestFailure("binary file or unknown text encoding (no encoding fits)")

    least_chaos = min(match.chaos for match in candidates)
    plausible = [match for match in candidates if match.chaos <= least_chaos + 0.01]

    oddities = {id(match): _symbols_inside_words(str(match)[:_BINARY_SAMPLE_BYTES]) for match in plausible}
    fewest = min(oddities.values())
    plausible = [match for match in plausible if oddities[id(match)] == fewest]

    best_coherence = max(match.coherence for match in plausible)
    plausible = [match for match in plausible if match.coherence >= best_coherence - 0.05]

    return str(min(plausible, key=_legacy_preference))


def _legacy_preference(match: Any) -> int:
    """Rank of the most common encoding that gives this match's exact text."""
    ranks = [_LEGACY_ENCODINGS.index(name) for name in match.could_be_from_charset if name in _LEGACY_ENCODINGS]
    return min(ranks, default=len(_LEGACY_ENCODINGS))


def _symbols_inside_words(text: str) -> int:
    """Count non-ASCII symbols glued to letters, the mark of a wrong code page
    (Polish "mo¿e", "przysz³y" read as cp1252); quotes and dashes don't count."""
    count = 0
    for index, char in enumerate(text):
        if char.isascii() or index == 0:
            continue
        category = unicodedata.category(char)
        if category[0] in "LMZ" or category in ("Pd", "Pi", "Pf", "Ps", "Pe"):
            continue
        after = text[index + 1] if index + 1 < len(text) else " "
        if text[index - 1].isalpha() and (after.isalpha() or category[0] in "NS"):
            count += 1
    return count


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------

def _article_from_text_file(path: str) -> Article:
    text = read_text_file(path)
    if not text.strip():
        raise IngestFailure("no text (only whitespace)")
    # Metadata stays None: quotesearch.extract.metadata reads it from the text.
    return Article(id=article_id(text), text=text, file=shown_name(path))


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------

_JSONL_STRING_FIELDS = ("title", "outlet", "url", "republished_from")


def read_jsonl(path: str, start: int = 0, end: Optional[int] = None,
               first_line: int = 1) -> Iterator[Article | IngestError]:
    """One article per line, read lazily so a huge collection is never loaded
    whole; a bad line is reported and the following lines are still read.

    ``start``/``end`` read only the lines that begin in that byte range (a
    partition of a collection, `quotesearch.partitions`); ``start`` must be the
    beginning of line ``first_line``, so articles get the same ``file:line``
    names however the collection is cut."""
    shown = shown_name(path)
    try:
        file = open_regular_file(path)
    except IngestFailure as failure:
        yield IngestError(shown, str(failure))
        return
    except OSError as error:
        yield IngestError(shown, _cannot_read(error))
        return
    with file:
        file.seek(start)
        found_any_line = False
        for line_number, line in _limited_lines(file, first_line, end):
            if line is None:
                found_any_line = True
                yield IngestError(shown, f"line {line_number}: {_too_large_line()}")
                continue
            if line_number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            found_any_line = True
            try:
                yield _article_from_json_line(line, f"{shown}:{line_number}")
            except IngestFailure as failure:
                yield IngestError(shown, f"line {line_number}: {failure}")
            except Exception as error:  # noqa: BLE001 - one odd line must not stop a batch
                logger.debug("unexpected error in %s line %d", path, line_number, exc_info=True)
                yield IngestError(shown, f"line {line_number}: internal error: {type(error).__name__}: {error}")
        if not found_any_line and start == 0 and end is None:
            yield IngestError(shown, "empty file")


def _limited_lines(file: Any, first_line: int = 1,
                   end: Optional[int] = None) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, line bytes) pairs up to the line that begins at or after
    ``end``; None instead of a line longer than MAX_FILE_BYTES, whose rest is
    skipped without being held in memory."""
    line_number = first_line - 1
    while True:
        if end is not None and file.tell() >= end:
            return
        line = file.readline(MAX_FILE_BYTES + 1)
        if not line:
            return
        line_number += 1
        if len(line) > MAX_FILE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = file.readline(1024 * 1024)
            yield line_number, None
        else:
            yield line_number, line


def _too_large_line() -> str:
    return f"too large (limit {MAX_FILE_BYTES / (1024 * 1024):g} MB)"


def _article_from_json_line(line: bytes, file: str) -> Article:
    record = _parse_json_object(line)
    given_id = _json_id(record)
    text = _json_string(record, "text")
    html = _json_string(record, "html")

    if text is not None and text.strip():
        text = normalise_text(text)
        article = Article(id=given_id or article_id(text), text=text, file=file)
    elif html is not None and html.strip():
        article = article_from_html(html, file=file, id=given_id)
    else:
        raise IngestFailure("needs 'text' or 'html'")

    # Fields given on the line override what the HTML said.
    given: dict[str, Optional[str]] = {name: _json_string(record, name) for name in _JSONL_STRING_FIELDS}
    given["byline"] = _json_names(record, "byline")
    date = _json_string(record, "date")
    given["date"] = _iso_date(date) if date else None  # unparseable: unknown, not kept raw
    return dataclasses.replace(article, **{name: value for name, value in given.items() if value})


def _parse_json_object(line: bytes) -> dict[str, Any]:
    try:
        line_text = line.decode("utf-8")
    except UnicodeDecodeError:
        # JSON Lines must be UTF-8, but a legacy export is better read than lost.
        line_text = decode_bytes(line)
    try:
        record = json.loads(line_text.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        # json's messages read "Expecting value" or "... starting at".
        where = f"column {error.colno}" if error.msg.endswith(" at") else f"at column {error.colno}"
        raise IngestFailure(f"not valid JSON: {error.msg} {where}") from None
    except RecursionError:
        raise IngestFailure("not valid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise IngestFailure(f"expected a JSON object, got {_json_type_name(record)}")
    return record


def _json_type_name(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _json_id(record: dict[str, Any]) -> Optional[str]:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise IngestFailure(f"'id' must be a string or a number, got {_json_type_name(value)}")
    return _without_lone_surrogates(str(value))


def _json_string(record: dict[str, Any], name: str) -> Optional[str]:
    """A string field; anything else counts as absent."""
    value = record.get(name)
    return _without_lone_surrogates(value) if isinstance(value, str) else None


def _json_names(record: dict[str, Any], name: str) -> Optional[str]:
    """A string field that may also be a list of names (several authors),
    joined with ", "."""
    value = record.get(name)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = ", ".join(item.strip() for item in value if item.strip())
    return _json_string({name: value}, name)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: str) -> str:
    # JSON "\ud800" escapes decode to lone surrogates, which cannot be written
    # back out as UTF-8 by later stages.
    return _LONE_SURROGATE.sub("\ufffd", value)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# Paragraph-level elements of the article body and the kind each becomes.
_BLOCK_KINDS: dict[str, ParagraphKind] = {
    "p": "body", "li": "body", "blockquote": "body",
    "h2": "subhead", "h3": "subhead", "h4": "subhead",
}
# What owns loose text on pages without paragraph markup.
_LOOSE_TEXT_OWNERS = frozenset({"div", "section", "td", "pre", "article", "main"})
_BLOCK_NAMES = frozenset(_BLOCK_KINDS)
# Page furniture, never part of the article text.
_BOILERPLATE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "nav", "header",
    "footer", "aside", "figcaption", "button", "select",
})
# Class/id words that mark page furniture (compared as whole words).
_BOILERPLATE_WORDS = frozenset({
    "share", "shares", "sharing", "sharebar", "social", "related", "comment", "comments",
    "newsletter", "newsletters", "advert", "adverts", "advertisement", "advertising",
    "ad", "ads", "sponsored", "promo", "promos", "breadcrumb", "breadcrumbs", "menu", "cookie",
    "cookies", "consent", "gdpr", "subscribe", "subscription", "signup", "paywall", "popup",
    "outbrain", "taboola",
    # photo captions and credits, pull quotes
    "caption", "captions", "figcaption", "credit", "credits", "pullquote", "pullquotes",
    # related-link boxes, tag lists, navigation and page chrome
    "recommended", "recommendations", "recirc", "recirculation", "trending", "teaser", "teasers",
    "readmore", "tags", "tagged", "taglist", "nav", "navbar", "navigation", "footer", "toolbar",
    "disclaimer", "bio",
})
# Pairs of class/id words that together mark furniture ("pull-quote", "read-more").
_BOILERPLATE_WORD_PAIRS = (
    ("pull", "quote"), ("read", "more"), ("more", "stories"), ("most", "read"), ("most", "popular"),
    ("author", "info"), ("about", "author"), ("sign", "up"), ("image", "credit"), ("photo", "credit"),
)
# A <div> whose class says "paragraph" is one (CNN's "zn-body__paragraph").
_PARAGRAPH_CLASS_WORDS = frozenset({"paragraph", "para"})
_BLOCK_LEVEL_NAMES = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "blockquote",
                                "h1", "h2", "h3", "h4", "h5", "h6", "figure"})
_HAS_WORD = re.compile(r"[^\W_]")
# A block whose text is mostly link text is a related link, a teaser or a menu.
_LINK_DENSITY_MAX = 0.7
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# Where the article body usually lives, most specific markup first.
_CONTENT_SELECTORS = ("article", "[itemprop=articleBody]", "main")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ")
_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _article_from_html_file(path: str) -> Article:
    data = _read_limited_bytes(path)
    declared = _CHARSET_DECLARATION.search(data[:4096])
    html = decode_bytes(data, declared.group(1).decode("ascii") if declared else None)
    return article_from_html(html, file=shown_name(path))


def article_from_html(html: str, file: Optional[str] = None, id: Optional[str] = None) -> Article:
    """The article in an HTML page: its main text laid out in paragraphs, and
    the page's metadata (title, outlet, ISO date, canonical URL, byline).

    Article.text is the title (if any) as a "headline" paragraph followed by
    each block of the main content (p, li, blockquote: "body"; h2-h4:
    "subhead"), joined by blank lines; `Article.paragraphs` holds their spans.
    Raises `IngestFailure` when the page has no article text.
    """
    _check_element_count(html)
    try:
        soup = _parse_html(html)
        metadata = _page_metadata(soup)
        _promote_paragraph_divs(soup)
        # The container is chosen before pruning so pruning can spare it and
        # its wrappers; the densest-text fallback is only meaningful after.
        container = _marked_up_container(soup)
        _remove_boilerplate(soup, keep=container)
        if container is None:
            container = _densest_paragraph_parent(soup) or soup.body or soup
        blocks = _text_blocks(container)
    except RecursionError:
        raise IngestFailure("HTML nested too deeply to read") from None

    title = metadata.pop("title")
    if title and blocks and blocks[0][0] == title:
        blocks = blocks[1:]  # the page repeats its headline in the body
    if not any(kind == "body" for _, kind in blocks):
        raise IngestFailure("no article text found")

    if title:
        title = normalise_text(title)
    text, paragraphs = _lay_out(([(title, "headline")] if title else [])
                                + [(normalise_text(block), kind) for block, kind in blocks])
    return Article(id=id or article_id(text), text=text, file=file, title=title, paragraphs=paragraphs, **metadata)


# Parsing and selecting take ~0.1 ms per element: a page of more elements than any
# news page (which has a few thousand) would hold a worker for many seconds.
MAX_HTML_ELEMENTS = 40_000
_START_TAG = re.compile(r"<[A-Za-z]")


def _check_element_count(html: str) -> None:
    for count, _ in enumerate(_START_TAG.finditer(html), 1):
        if count > MAX_HTML_ELEMENTS:
            raise IngestFailure(f"HTML page too large to read: over {MAX_HTML_ELEMENTS:,} elements")


def _parse_html(html: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(html, "lxml")
    except Exception:  # noqa: BLE001 - lxml missing or choking: the stdlib parser is slower but tolerant
        return BeautifulSoup(html, "html.parser")


def _lay_out(blocks: list[tuple[str, ParagraphKind]]) -> tuple[str, tuple[Paragraph, ...]]:
    """Join paragraph texts with blank lines and record each one's span."""
    paragraphs = []
    offset = 0
    for text, kind in blocks:
        paragraphs.append(Paragraph(offset, offset + len(text), kind))
        offset += len(text) + 2  # the "\n\n" separator
    return "\n\n".join(text for text, _ in blocks), tuple(paragraphs)


def _clean(text: str) -> str:
    return _WHITESPACE_RUN.sub(" ", text).strip()


# -- main content -------------------------------------------------------------

def _remove_boilerplate(soup: BeautifulSoup, keep: Optional[Tag]) -> None:
    """Delete page furniture, but never the article container `keep` nor an
    element wrapping it (ASP.NET pages put the whole page in a <form>; a
    <body> or wrapper class may say "cookie-banner")."""
    protected = {id(keep), *(id(ancestor) for ancestor in keep.parents)} if keep is not None else set()
    # Computed in one pass, not per element.
    paragraph_text = _paragraph_text_by_element(soup)
    wrapper_share = 0.5 * paragraph_text.get(id(keep if keep is not None else soup), 0)

    def is_furniture(element: Tag) -> bool:
        if id(element) in protected or element.name in ("html", "body"):
            return False
        if element.name in _BOILERPLATE_TAGS:
            return True
        if _hidden(element) and not paragraph_text.get(id(element), 0):
            return True  # hidden menus and icons; hidden paragraphs are gallery slides
        if element.name in ("form", "figure") or _named_like_boilerplate(element):
            # Weaker evidence than the tag: one holding most of the article's
            # text is its wrapper ("sidebar-and-content", a page-wide <form>).
            # A <figure> is a photo and its caption; one holding a quotation
            # (an embedded post) is not.
            if element.name == "figure" and element.find("blockquote") is not None:
                return False
            inner = paragraph_text.get(id(element), 0)
            if inner > wrapper_share:
                return False
            # A styled quotation mark (span.pullquote "“") is part of the text.
            return inner > 0 or bool(_HAS_WORD.search(element.get_text()))
        return False

    # Collect first (not descending into what goes), then delete: one pass
    # over the tree. bs4's `decomposed` check would cost a subtree search.
    doomed = []
    pending: list[Tag] = [soup]
    while pending:
        element = pending.pop()
        if is_furniture(element):
            doomed.append(element)
        else:
            pending.extend(_child_tags(element))
    for element in doomed:
        element.decompose()


def _child_tags(element: Tag) -> list[Tag]:
    return [child for child in element.contents if isinstance(child, Tag)]


def _paragraph_text_by_element(root: Tag) -> dict[int, int]:
    """Length of the <p> text inside every element (keyed by id()), computed
    bottom-up in one pass so that deep pages stay linear."""
    top_down: list[Tag] = []
    pending: list[Tag] = [root]
    while pending:
        element = pending.pop()
        top_down.append(element)
        if element.name != "p":
            pending.extend(_child_tags(element))
    totals: dict[int, int] = {}
    for element in reversed(top_down):  # every child before its parent
        if element.name == "p":
            totals[id(element)] = len(element.get_text(strip=True))
        else:
            totals[id(element)] = sum(totals[id(child)] for child in _child_tags(element))
    return totals


def _named_like_boilerplate(element: Tag) -> bool:
    if str(element.get("role") or "").strip().lower() in _BOILERPLATE_ROLES:
        return True
    names = " ".join([*_class_names(element), str(element.get("id") or "")])
    if not names.strip():
        return False
    words = _words(names)
    return not _BOILERPLATE_WORDS.isdisjoint(words) or any(
        first in words and second in words for first, second in _BOILERPLATE_WORD_PAIRS)


def _hidden(element: Tag) -> bool:
    """Not shown to readers: the hidden attribute, aria-hidden, display:none."""
    if element.get("hidden") is not None or str(element.get("aria-hidden") or "").lower() == "true":
        return True
    style = str(element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _promote_paragraph_divs(soup: BeautifulSoup) -> None:
    """A <div> or <span> named a paragraph, holding no blocks of its own, is read
    as a <p> (bodies made of div.zn-body__paragraph are otherwise lost)."""
    for element in soup.find_all(("div", "span"), class_=True):
        if (not _PARAGRAPH_CLASS_WORDS.isdisjoint(_words(" ".join(_class_names(element))))
                and element.find(_BLOCK_LEVEL_NAMES) is None):
            element.name = "p"


def _class_names(element: Tag) -> list[str]:
    classes = element.get("class") or []
    return classes.split() if isinstance(classes, str) else list(classes)


def _words(names: str) -> set[str]:
    """"shareButtons related-links ad_slot" -> {"share", "buttons", "related", ...}"""
    split_camel_case = re.sub(r"([a-z])([A-Z])", r"\1 \2", names)
    return set(re.split(r"[^a-z0-9]+", split_camel_case.lower()))


def _marked_up_container(soup: BeautifulSoup) -> Optional[Tag]:
    """The element marked up as the article body: <article>, then itemprop
    articleBody, then <main>; of several, the one with the most paragraph text,
    and only if it holds a fair share of the page's (not a teaser)."""
    page_text = _paragraph_text_length(soup)
    for selector in _CONTENT_SELECTORS:
        candidates = soup.select(selector)
        if not candidates:
            continue
        best = max(candidates, key=_paragraph_text_length)
        best_text = _paragraph_text_length(best)
        if (best_text > 0 and best_text >= 0.25 * page_text) or (page_text == 0 and best.get_text(strip=True)):
            return best
    return None


def _paragraph_text_length(element: Tag) -> int:
    return sum(len(paragraph.get_text(strip=True)) for paragraph in element.find_all("p"))


def _densest_paragraph_parent(soup: BeautifulSoup) -> Optional[Tag]:
    """The element whose <p> children hold the most text; grandparents earn
    half, so a body split into several sibling <div>s is taken whole."""
    scores: dict[int, float] = defaultdict(float)
    elements: dict[int, Tag] = {}
    for paragraph in soup.find_all("p"):
        length = len(paragraph.get_text(strip=True))
        parent = paragraph.parent
        if parent is None or not length:
            continue
        scores[id(parent)] += length
        elements[id(parent)] = parent
        grandparent = parent.parent
        if isinstance(grandparent, Tag) and grandparent.name != "[document]":
            scores[id(grandparent)] += length / 2
            elements[id(grandparent)] = grandparent
    if not scores:
        return None
    return elements[max(scores, key=scores.__getitem__)]


def _text_blocks(container: Tag) -> list[tuple[str, ParagraphKind]]:
    """The container's paragraphs, in document order.

    Each run of text belongs to its nearest enclosing block element; a new
    paragraph starts whenever that owner changes, so nested blocks
    (<blockquote><p>..</p></blockquote>, lists in lists) neither repeat nor
    lose text. Text outside any block is only used if there are no blocks.
    """
    blocks = _group_text_by_owner(container, _BLOCK_NAMES)
    kept = [(text, "furniture" if kind == "body" and _link_dense(text, linked) else kind)
            for text, kind, owner, linked in blocks if owner is not None]
    if kept:
        return kept
    # Old-style pages: text in <div>s separated by <br>s.
    loose = _group_text_by_owner(container, _LOOSE_TEXT_OWNERS, split_at_br=True)
    return [(text, "furniture" if _link_dense(text, linked) else "body") for text, _, _, linked in loose]


def _link_dense(text: str, linked: int) -> bool:
    """Mostly link text: a related link, a teaser, a menu entry, not prose."""
    return linked > _LINK_DENSITY_MAX * len(text)


def _group_text_by_owner(
    container: Tag, block_names: frozenset[str], split_at_br: bool = False
) -> list[tuple[str, ParagraphKind, Optional[Tag], int]]:
    """(text, kind, owning block, characters of link text) of each run of text."""
    groups: list[tuple[str, ParagraphKind, Optional[Tag], int]] = []
    pieces: list[str] = []
    linked = 0
    current_owner: Optional[Tag] = None

    def flush() -> None:
        nonlocal linked
        text = _clean("".join(pieces))
        if text:
            groups.append((text, _block_kind(current_owner, container), current_owner, linked))
        pieces.clear()
        linked = 0

    for node in container.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                if split_at_br:
                    flush()
                else:
                    pieces.append(" ")
            continue
        if type(node) is not NavigableString:
            continue  # comments, doctype, CDATA, processing instructions
        owner, in_link = _owning_block(node, container, block_names)
        if owner is not current_owner:
            flush()
            current_owner = owner
        pieces.append(str(node))
        if in_link:
            linked += len(_clean(str(node)))
    flush()
    return groups


def _owning_block(node: NavigableString, container: Tag,
                  block_names: frozenset[str]) -> tuple[Optional[Tag], bool]:
    """The nearest block holding `node`, and whether a link lies between them."""
    in_link = False
    for ancestor in node.parents:
        if ancestor.name in block_names:
            return ancestor, in_link
        if ancestor.name == "a":
            in_link = True
        if ancestor is container:
            break
    return None, in_link


def _block_kind(owner: Optional[Tag], container: Tag) -> ParagraphKind:
    if owner is None:
        return "body"
    for element in (owner, *owner.parents):
        if "byline" in _words(" ".join(_class_names(element))):
            return "byline"  # "By Jane Doe, Moscow": not quotable body text
        if element is container:
            break
    return _BLOCK_KINDS.get(owner.name, "body")


# -- metadata ------------------------------------------------------------------

def _page_metadata(soup: BeautifulSoup) -> dict[str, Optional[str]]:
    """Title, outlet, date, url and byline from the whole (unpruned) page."""
    meta = _meta_values(soup)
    linked_data = _linked_data_objects(soup)
    outlet = _first(
        meta.get("og:site_name"),
        _linked_data_names(linked_data, "publisher"),
        meta.get("publisher"),
        meta.get("application-name"),
    )
    return {
        "title": _page_title(soup, meta, outlet),
        "outlet": outlet,
        "date": _page_date(soup, meta, linked_data),
        "url": _first(_canonical_link(soup), meta.get("og:url")),
        "byline": _page_byline(soup, meta, linked_data),
    }


def _first(*values: Optional[str]) -> Optional[str]:
    for value in values:
        if value and value.strip():
            return _clean(value)
    return None


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """<meta> contents keyed by lower-cased property/name/itemprop; first wins."""
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = tag.get(attribute)
            if isinstance(key, str) and key.strip():
                values.setdefault(key.strip().lower(), content.strip())
    return values


def _linked_data_objects(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """JSON-LD objects, article-like ones first (then the rest of the graph)."""
    objects: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": True}):
        if not str(script.get("type", "")).lower().startswith("application/ld+json"):
            continue
        try:
            data = json.loads(script.get_text())
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the meta tags may still do
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                pending.extend(item.get("@graph") or [])
    return sorted(objects, key=lambda item: not _is_article_type(item.get("@type")))


def _is_article_type(type_value: Any) -> bool:
    types = type_value if isinstance(type_value, list) else [type_value]
    return any(
        isinstance(name, str) and ("Article" in name or name in ("ReportageNews", "BlogPosting", "LiveBlogPosting"))
        for name in types
    )


def _linked_data_names(objects: list[dict[str, Any]], key: str) -> Optional[str]:
    """The name(s) in the first object having `key` ({"name": ..}, a string, or a list)."""
    for item in objects:
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        names = []
        for entry in values:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip() and _clean(name) not in names:
                names.append(_clean(name))
        if names:
            return ", ".join(names)
    return None


def _linked_data_string(objects: list[dict[str, Any]], key: str) -> Optional[str]:
    for item in objects:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _page_title(soup: BeautifulSoup, meta: dict[str, str], outlet: Optional[str]) -> Optional[str]:
    og_title = _first(meta.get("og:title"))
    if og_title:
        return _without_outlet_suffix(og_title, outlet)
    heading = _first_heading(soup)
    if heading:
        return heading
    if soup.title is not None:
        return _without_site_suffix(_first(soup.title.get_text()), outlet)
    return None


def _first_heading(soup: BeautifulSoup) -> Optional[str]:
    # Prefer the article's own <h1>: the page header's <h1> is often the logo.
    for selector in ("article h1", "main h1", "h1"):
        for heading in soup.select(selector):
            text = _first(heading.get_text(" "))
            if text:
                return text
    return None


def _without_outlet_suffix(title: str, outlet: Optional[str]) -> str:
    if outlet:
        for separator in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if found and head.strip() and tail.strip().lower() == outlet.lower():
                return head.strip()
    return title


def _without_site_suffix(title: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """"Minister resigns | The Daily Planet" -> "Minister resigns"; the suffix
    goes if it names the outlet or is short enough to be a site name."""
    if not title:
        return None
    without_outlet = _without_outlet_suffix(title, outlet)
    if without_outlet != title:
        return without_outlet
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and len(tail.split()) <= 4:
            return head.strip()
    return title


def _canonical_link(soup: BeautifulSoup) -> Optional[str]:
    for link in soup.find_all("link", href=True):
        relations = link.get("rel") or []
        if isinstance(relations, str):
            relations = relations.split()
        if "canonical" in (relation.lower() for relation in relations):
            return link["href"]
    return None


def _page_date(soup: BeautifulSoup, meta: dict[str, str], linked_data: list[dict[str, Any]]) -> Optional[str]:
    """The first publication date that parses to a full date; never a guess."""
    candidates = [
        meta.get("article:published_time"),
        _linked_data_string(linked_data, "datePublished"),
        meta.get("datepublished"),
        _time_in_article(soup),
        meta.get("date"),
        meta.get("pubdate"),
        meta.get("dc.date"),
        meta.get("dc.date.issued"),
    ]
    for candidate in candidates:
        date = _iso_date(candidate) if candidate else None
        if date:
            return date
    return None


def _time_in_article(soup: BeautifulSoup) -> Optional[str]:
    for selector in ("article time[datetime]", "main time[datetime]"):
        element = soup.select_one(selector)
        if element is not None:
            return element.get("datetime")
    return None


def _page_byline(soup: BeautifulSoup, meta: dict[str, str], linked_data: list[dict[str, Any]]) -> Optional[str]:
    meta_author = meta.get("author")
    if meta_author and meta_author.lower().startswith(("http://", "https://")):
        meta_author = None  # some sites put a profile URL here
    return _first(
        meta_author,
        _linked_data_names(linked_data, "author"),
        *(element.get_text(" ") for element in soup.find_all(rel="author")),
        *(element.get_text(" ") for element in soup.select(".byline")),
    )


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_ISO_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# Two different fill-ins: a date that parses differently with each one was
# missing a part (year, month or day), and a partial date is not a date.
_FILL_IN_A = datetime(1900, 1, 1)
_FILL_IN_B = datetime(1901, 2, 2)


def _iso_date(value: str) -> Optional[str]:
    """ "2024-03-05T10:00:00+08:00", "Tue, 5 Mar 2024", "March 5, 2024" ->
    "2024-03-05"; None unless year, month and day are all present.

    The date is the one written (publisher's local date), not converted to UTC.
    """
    value = value.strip()
    if not value:
        return None
    iso = _ISO_DATE_PREFIX.match(value)
    if iso:
        try:
            return datetime(*(int(part) for part in iso.groups())).date().isoformat()
        except ValueError:
            return None
    try:
        first = dateutil_parser.parse(value, default=_FILL_IN_A)
        second = dateutil_parser.parse(value, default=_FILL_IN_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
