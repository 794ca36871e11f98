"""Exports: every match of a search as CSV or JSON Lines, streamed.

An export is the one slow kind of request: it reads every matching record.
What keeps it from holding up the pages:

- it runs its search once (`quotesearch.search.MatchStream`) and reads the
  stored records in bulk, a chunk at a time, letting other searches in
  between chunks; rows are made from the stored JSON directly (`csv_row`,
  `jsonl_row`), and kept encoded for the index generation (`RowCache`, up to
  ``EXPORT_CACHE_BYTES`` per format), so exporting an unchanged index again
  costs little more than sending the bytes (20,000 rows: ~0.9 s cold, ~15 ms
  cached);
- between chunks, an export steps aside while pages or API calls are being
  answered, twice as long as it just ran (``EXPORT_YIELDS``, at most
  ``EXPORT_PAUSE``): Python runs one thread at a time, and an export left to
  run would take its share from every page;
- only ``EXPORT_SLOTS`` exports run at once; up to ``EXPORT_QUEUE`` more wait
  (up to ``EXPORT_WAIT_SECONDS``) for a slot on server threads of their own
  (`server.export_threads`), so waiting exports never take threads from pages.
  Only a load far beyond that (more than 64 exports at once, or one waiting a
  minute) is answered 503 with ``Retry-After``.

What an export holds: the CSV a row per quotation with its first source's
title and article id, a ``permalink`` (the absolute URL of its page when the
site's name is known, `links.site_root`) and each source's outlet and date; the
JSON Lines the API's record plus its ``permalink``. Neither shows a server path
(sources name their file, `safety.public_file`). ``?bom=1`` starts the CSV with
a byte-order mark, which spreadsheet programs need to read UTF-8 (the search
page's CSV link asks for it; scripts get none by default). The file is named
after the search: ``quotes-<words-and-filters>-<date>.csv``.

Limits of one export: at most ``EXPORT_MAX_ROWS`` rows (the headers
``X-Total-Count``, ``X-Export-Rows`` and, when cut, ``X-Truncated`` say so);
every cell at most `MAX_TEXT_CHARS` characters, the outlets cell at most
`MAX_OUTLETS_LISTED` outlets (then "… and N more"); a JSON Lines record is
the API's (`IndexedQuote.to_json`: 100 sources, 100 outlets, texts cut).
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date as Date
from urllib.parse import quote as url_quote

from flask import Blueprint, Response, abort, current_app, g, request, url_for

from ..index.store import quote_from_json
from ..records import MAX_OUTLETS_LISTED, MAX_SOURCES_LISTED, MAX_TEXT_CHARS, clip_text  # noqa: F401
from ..search import MatchStream
from .links import site_root
from .params import SearchParams
from .safety import FORMULA_START, public_quote, unicode_text

bp = Blueprint("exports", __name__)

EXPORT_SLOTS = 2            # exports running at once
EXPORT_QUEUE = 62           # exports waiting for a slot (each holds a server thread)
EXPORT_WAIT_SECONDS = 60    # how long one waits before it is turned away
EXPORT_YIELDS = 2           # an export steps aside twice as long as it ran...
EXPORT_PAUSE = 0.1          # ...but at most this long per chunk
EXPORT_MAX_ROWS = 1_000_000                 # rows of one export (X-Truncated beyond)
EXPORT_CACHE_BYTES = 64 * 1024 * 1024       # encoded rows kept per generation and format
CHUNK_BYTES = 256 * 1024    # what is sent at a time
MAX_OUTLET_CHARS = 100      # one outlet's name in the CSV's outlets cell

CSV_COLUMNS = ["id", "text", "speaker", "role", "type", "cue", "via", "topics", "date",
               "outlets", "sources", "first_url", "title", "permalink", "article_id",
               "source_outlets_dates"]
BOM = "\ufeff"
MAX_SLUG_CHARS = 80         # the query-and-filters part of an export's file name


class ExportGate:
    """Admission for exports: ``slots`` run, ``queue`` more wait."""

    def __init__(self, slots: int = EXPORT_SLOTS, queue: int = EXPORT_QUEUE):
        self.running = threading.BoundedSemaphore(max(1, slots))
        self.admitted = threading.BoundedSemaphore(max(1, slots) + max(0, queue))
        self.others = 0                 # other requests being answered now
        self._count = threading.Lock()

    def other_started(self) -> None:
        with self._count:
            self.others += 1

    def other_done(self) -> None:
        with self._count:
            self.others -= 1

    def step_aside(self, spent: float = EXPORT_PAUSE) -> None:
        """Waits while other requests are being answered, ``EXPORT_YIELDS`` times
        as long as the export just ran (``spent`` CPU seconds), at most
        ``EXPORT_PAUSE``: with others about, an export gets about a third of the
        time Python gives to threads (a cold chunk of rows takes ~40 ms; a
        cached one well under 1 ms)."""
        until = time.monotonic() + min(EXPORT_YIELDS * spent, EXPORT_PAUSE)
        while self.others > 0 and time.monotonic() < until:
            time.sleep(0.002)

    def enter(self, wait: float) -> Callable[[], None]:
        """Waits for a slot; the function to call when the export is done.
        Aborts with 503 when the queue is full or no slot frees in time."""
        if not self.admitted.acquire(blocking=False):
            _busy()
        if not self.running.acquire(timeout=wait):
            self.admitted.release()
            _busy()
        released = []

        def leave() -> None:
            if not released:
                released.append(True)
                self.running.release()
                self.admitted.release()
        return leave


def _busy():
    response = Response("Too many exports are running; try again in a few seconds.\n",
                        status=503, mimetype="text/plain", headers={"Retry-After": "5"})
    abort(response)


class _Stream:
    """A response body that releases its export slot and index generation when
    the server closes it, whether or not it was read to the end. Between chunks
    it calls ``between`` with the CPU seconds the chunk took to make (and send)."""

    def __init__(self, chunks: Iterator[bytes], on_close: Iterable[Callable[[], None]],
                 between: Callable[[float], None] = lambda spent: None):
        self.chunks = chunks
        self.on_close = list(on_close)
        self.between = between

    def __iter__(self) -> Iterator[bytes]:
        # this thread's CPU time, not the clock's: time spent waiting for other
        # threads is not time the export took from them
        started = time.thread_time()
        for chunk in self.chunks:
            yield chunk
            self.between(time.thread_time() - started)
            started = time.thread_time()
        self.close()            # read to the end: the slot is free before the socket is

    def close(self) -> None:
        actions, self.on_close = self.on_close, []
        for action in actions:
            action()

    def __del__(self) -> None:
        # a body dropped without close() (not by a WSGI server) must not keep its slot
        self.close()


_GATE_LOCK = threading.Lock()


def _gate() -> ExportGate:
    state = current_app.extensions["quotesearch"]
    with _GATE_LOCK:
        if state.get("exports") is None:
            state["exports"] = ExportGate(current_app.config.get("EXPORT_SLOTS", EXPORT_SLOTS),
                                          current_app.config.get("EXPORT_QUEUE", EXPORT_QUEUE))
    return state["exports"]


@bp.before_app_request
def _other_started():
    if request.endpoint not in ("exports.export_csv", "exports.export_jsonl", "static"):
        _gate().other_started()
        g.counted_for_exports = True


@bp.teardown_app_request
def _other_done(_error=None):
    if g.pop("counted_for_exports", False):
        _gate().other_done()


def _export(kind: str, encode: Callable[[dict], bytes], header: bytes, mimetype: str,
            filename: str) -> Response:
    from .api import _index
    params = SearchParams.from_args(request.args)
    index = _index()
    gate = _gate()
    config = current_app.config
    leave = gate.enter(config.get("EXPORT_WAIT_SECONDS", EXPORT_WAIT_SECONDS))
    try:
        matches = MatchStream(index, params.q, filters=params.filters, sort=params.sort,
                              literal=params.literal, dates=params.dates)
    except BaseException:
        leave()
        raise
    most = config.get("EXPORT_MAX_ROWS", EXPORT_MAX_ROWS)
    rows = min(matches.total, most)
    chunks = matches.encoded(kind, encode, config.get("EXPORT_CACHE_BYTES", EXPORT_CACHE_BYTES),
                             limit=rows)
    body = _Stream(_joined(header, chunks), [matches.close, leave], gate.step_aside)
    headers = {"Content-Disposition": f'attachment; filename="{filename}"',
               "X-Total-Count": str(matches.total), "X-Export-Rows": str(rows)}
    if rows < matches.total:
        headers["X-Truncated"] = (f"{rows} of {matches.total} matching quotations: exports stop "
                                  f"at {most:,} rows; narrow the search or export it in parts")
    return Response(body, mimetype=mimetype, direct_passthrough=True, headers=headers)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def export_filename(params: SearchParams, extension: str, day: Date | None = None) -> str:
    """``quotes-<query-and-filters>-<date>.<extension>``: letters, digits and
    hyphens only (safe in any file system and in the header), the search part
    at most `MAX_SLUG_CHARS` long."""
    words = [params.q] + [f"{name} {value}" for name, values in sorted(params.filters.items())
                          for value in values]
    slug = _slug(" ".join(w for w in words if w))[:MAX_SLUG_CHARS].strip("-")
    day = day or Date.today()
    return "-".join(p for p in ("quotes", slug, day.isoformat()) if p) + "." + extension


def _permalink_prefix() -> str:
    """The quotation pages' URL before the id: absolute when the site's name is
    known (`links.site_root`), else from the site's root."""
    return site_root() + url_for("pages.quote_page", quote_id="-")[:-1]


def _wants_bom() -> bool:
    return request.args.get("bom", "") in ("1", "true", "yes", "on")


def _joined(header: bytes, chunks: Iterable[list[bytes]]) -> Iterator[bytes]:
    pending = [header] if header else []
    size = len(header)
    for rows in chunks:
        pending.extend(rows)
        size += sum(map(len, rows))
        if size >= CHUNK_BYTES:
            yield b"".join(pending)
            pending, size = [], 0
    yield b"".join(pending)


def _cell(value: object) -> str:
    text = clip_text("" if value is None else str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def outlets_cell(outlets: list[str]) -> str:
    """The outlets of a quotation as one cell: at most `MAX_OUTLETS_LISTED`, then
    how many more there are."""
    shown = "; ".join(clip_text(o, MAX_OUTLET_CHARS) for o in outlets[:MAX_OUTLETS_LISTED])
    more = len(outlets) - MAX_OUTLETS_LISTED
    return f"{shown}; \u2026 and {more:,} more" if more > 0 else shown


def source_outlets_dates(sources: list[dict]) -> str:
    """Each source's outlet and date, earliest first, as one cell:
    "Coastal Daily 2023-03-01; Harbor Times 2023-03-02" (at most
    `MAX_SOURCES_LISTED`, then how many more)."""
    shown = "; ".join(
        " ".join(clip_text(p, MAX_OUTLET_CHARS) for p in (s.get("outlet") or "unknown outlet",
                                                          s.get("date")) if p)
        for s in sources[:MAX_SOURCES_LISTED])
    more = len(sources) - MAX_SOURCES_LISTED
    return f"{shown}; \u2026 and {more:,} more" if more > 0 else shown


def csv_row(data: dict, permalink_prefix: str = "") -> bytes:
    """One CSV row of a stored quotation record (no `IndexedQuote` is built: an
    export writes every match). Cells are cut to `MAX_TEXT_CHARS` and cannot
    start a formula (`safety.csv_cell`)."""
    sources = data.get("sources") or []
    first = sources[0] if sources else {}
    outlets = list(dict.fromkeys(s["outlet"] for s in sources if s.get("outlet")))
    buffer = io.StringIO()
    csv.writer(buffer).writerow([_cell(v) for v in (
        data["id"], data["text"], data.get("speaker"), data.get("role"), data.get("type"),
        data.get("cue"), data.get("via"), "; ".join(data.get("topics") or ()), data.get("date"),
        outlets_cell(outlets), len({s.get("article") for s in sources}), first.get("url"),
        first.get("title"), permalink_prefix + url_quote(data["id"], safe=""), first.get("article"),
        source_outlets_dates(sources))])
    return unicode_text(buffer.getvalue()).encode("utf-8")


def jsonl_row(data: dict, permalink_prefix: str = "") -> bytes:
    """One JSON Lines record: the quotation as the API shows it
    (`IndexedQuote.to_json`, file names not paths) and its permalink."""
    record = public_quote(quote_from_json(data).to_json())
    record["permalink"] = permalink_prefix + url_quote(data["id"], safe="")
    return unicode_text(json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def _csv_header(bom: bool) -> bytes:
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    csv.writer(buffer).writerow(CSV_COLUMNS)
    return buffer.getvalue().encode("utf-8")


@bp.route("/export.csv")
def export_csv():
    prefix = _permalink_prefix()
    name = export_filename(SearchParams.from_args(request.args), "csv")
    # rows depend on the permalinks' site name: cached apart for each
    return _export(f"csv {prefix}", lambda data: csv_row(data, prefix), _csv_header(_wants_bom()),
                   "text/csv", name)


@bp.route("/export.jsonl")
def export_jsonl():
    prefix = _permalink_prefix()
    name = export_filename(SearchParams.from_args(request.args), "jsonl")
    return _export(f"jsonl {prefix}", lambda data: jsonl_row(data, prefix), b"",
                   "application/x-ndjson", name)
