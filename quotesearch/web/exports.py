"""Exports: every match of a search as CSV or JSON Lines, streamed.

An export is the one slow kind of request: it reads every matching record.
Two things keep it from holding up the pages:

- it runs its search once (`quotesearch.search.MatchStream`) and reads the
  records in chunks, letting other searches in between chunks;
- between chunks, an export steps aside (up to ``EXPORT_PAUSE`` seconds)
  while pages or API calls are being answered: Python runs one thread at a
  time, and an export left to run would take its share from every page;
- only ``EXPORT_SLOTS`` exports run at once and at most ``EXPORT_QUEUE`` more
  wait for a slot (each waiting export holds a server thread); beyond that an
  export is answered at once with 503 and ``Retry-After``, so the server's
  other threads stay free for pages and API calls.
"""
from __future__ import annotations

import csv
import io
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from flask import Blueprint, Response, abort, current_app, g, request

from ..search import MatchStream
from .params import SearchParams
from .safety import csv_cell, public_quote, unicode_text

bp = Blueprint("exports", __name__)

EXPORT_SLOTS = 2            # exports running at once
EXPORT_QUEUE = 6            # exports waiting for a slot (each holds a server thread)
EXPORT_WAIT_SECONDS = 30    # how long one waits before it is turned away
EXPORT_PAUSE = 0.01         # longest step aside per chunk for other requests
CHUNK_CHARS = 65_536        # what is sent at a time

CSV_COLUMNS = ["id", "text", "speaker", "role", "type", "cue", "via", "topics", "date",
               "outlets", "sources", "first_url"]


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

    def step_aside(self) -> None:
        """Waits while other requests are being answered, at most EXPORT_PAUSE."""
        until = time.monotonic() + EXPORT_PAUSE
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
    the server closes it, whether or not it was read to the end."""

    def __init__(self, chunks: Iterator[str], on_close: Iterable[Callable[[], None]],
                 between: Callable[[], None] = lambda: None):
        self.chunks = chunks
        self.on_close = list(on_close)
        self.between = between

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            yield unicode_text(chunk).encode("utf-8")
            self.between()
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


def _export(lines: Callable[[MatchStream], Iterator[str]], mimetype: str, filename: str) -> Response:
    from .api import _index
    params = SearchParams.from_args(request.args)
    index = _index()
    gate = _gate()
    leave = gate.enter(current_app.config.get("EXPORT_WAIT_SECONDS", EXPORT_WAIT_SECONDS))
    try:
        matches = MatchStream(index, params.q, filters=params.filters, sort=params.sort)
    except BaseException:
        leave()
        raise
    body = _Stream(lines(matches), [matches.close, leave], gate.step_aside)
    return Response(body, mimetype=mimetype, direct_passthrough=True,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "X-Total-Count": str(matches.total)})


def csv_lines(matches: Iterable) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for quote in matches:
        first = quote.sources[0] if quote.sources else None
        writer.writerow([csv_cell(v) for v in (
            quote.id, quote.text, quote.speaker, quote.role, quote.type, quote.cue, quote.via,
            "; ".join(quote.topics), quote.date, "; ".join(quote.outlets), quote.source_count,
            first.url if first else None)])
        if buffer.tell() > CHUNK_CHARS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(matches: Iterable) -> Iterator[str]:
    lines, size = [], 0
    for quote in matches:
        line = json.dumps(public_quote(quote.to_json()), ensure_ascii=False) + "\n"
        lines.append(line)
        size += len(line)
        if size > CHUNK_CHARS:
            yield "".join(lines)
            lines, size = [], 0
    yield "".join(lines)


@bp.route("/export.csv")
def export_csv():
    return _export(csv_lines, "text/csv", "quotes.csv")


@bp.route("/export.jsonl")
def export_jsonl():
    return _export(jsonl_lines, "application/x-ndjson", "quotes.jsonl")
