"""JSON Lines collections: one article per line (``{"id", "text" or "html",
"title", "outlet", "date", "url", "byline"}``), read lazily and line by line,
a bad line reported without losing the rest; byte ranges of a collection for
`quotesearch.partitions`."""
from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import re
from collections.abc import Iterator
from typing import Any, Optional

from quotesearch.filenames import shown_name
from quotesearch.records import Article, IngestError

from . import files
from .encodings import decode_bytes, normalise_text
from .failure import IngestFailure
from .files import open_collection
from .html import article_from_html
from .html_metadata import iso_date
from .ids import article_id

logger = logging.getLogger(__name__)

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
    file = open_collection(path)
    if isinstance(file, IngestError):
        yield file
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
    ``end``; None instead of a line longer than files.MAX_FILE_BYTES, whose rest is
    skipped without being held in memory."""
    line_number = first_line - 1
    while True:
        if end is not None and file.tell() >= end:
            return
        line = file.readline(files.MAX_FILE_BYTES + 1)
        if not line:
            return
        line_number += 1
        if len(line) > files.MAX_FILE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = file.readline(1024 * 1024)
            yield line_number, None
        else:
            yield line_number, line


def _too_large_line() -> str:
    return f"too large (limit {files.MAX_FILE_BYTES / (1024 * 1024):g} MB)"


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
    given["date"] = iso_date(date) if date else None  # unparseable: unknown, not kept raw
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
