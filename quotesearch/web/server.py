"""The production server: waitress with limits fit for a GET-only site.

Waitress's defaults suit an application that takes uploads from a few
trusted clients; this one answers GETs from anyone. `SERVER_LIMITS` holds what
``quotesearch serve`` passes to waitress, and why:

    connection_limit 900     connections open at once; more wait in the
                             listen backlog instead of being served. Reading a
                             request takes no thread, so hundreds of clients that
                             send their headers a line at a time ("slowloris") do
                             not lock others out until this many are open; past
                             it, only a reverse proxy in front helps (README).
                             900 stays under the common 1,024 open-files limit
    channel_timeout 10       seconds a connection may sit idle (half-open
                             connections that never finish a request are
                             closed after this, not after waitress's 120 s)
    cleanup_interval 2       how often idle connections are looked for
    max_request_header_size 16 KiB   a request line and headers (URLs with a
                             1,000-character query fit many times over)
    max_request_body_size 1 KiB   every route is GET: a body is never needed,
                             so one is never buffered (waitress's default is 1 GiB)
    inbuf_overflow 64 KiB    request data kept in memory before a temp file
    asyncore_use_poll        poll(), not select(): no limit at 1,024 sockets
    expose_tracebacks False  errors are logged, never sent
    backlog 1024             connections the kernel queues while all are busy

``threads`` (default 16) are the pages and API calls served at once. Exports
get threads of their own on top (`export_threads`: `exports.EXPORT_SLOTS`
running + `exports.EXPORT_QUEUE` waiting, 64 by default): an export waiting for
its slot holds a thread but no CPU, and however many exports wait, pages keep
their ``threads``. Waitress threads that wait cost a little memory, nothing else.
"""
from __future__ import annotations

from flask import Flask

DEFAULT_THREADS = 16
SERVER_LIMITS = {
    "connection_limit": 900,
    "channel_timeout": 10,
    "cleanup_interval": 2,
    "max_request_header_size": 16 * 1024,
    "max_request_body_size": 1024,
    "inbuf_overflow": 64 * 1024,
    "asyncore_use_poll": True,
    "expose_tracebacks": False,
    "backlog": 1024,
}


def export_threads(app: Flask | None = None) -> int:
    """The server threads exports may hold: those running and those waiting."""
    from .exports import EXPORT_QUEUE, EXPORT_SLOTS
    config = app.config if app is not None else {}
    return (max(1, config.get("EXPORT_SLOTS", EXPORT_SLOTS))
            + max(0, config.get("EXPORT_QUEUE", EXPORT_QUEUE)))


def server_options(threads: int = DEFAULT_THREADS, app: Flask | None = None, **changes) -> dict:
    """The keyword arguments for ``waitress.serve``/``create_server``: ``threads``
    for pages and API calls, plus `export_threads`."""
    return {**SERVER_LIMITS, "threads": threads + export_threads(app), "ident": "QuoteSearch",
            **changes}


def serve(app: Flask, host: str = "127.0.0.1", port: int = 5000, threads: int = DEFAULT_THREADS,
          **changes) -> None:
    """Serves ``app`` until interrupted, with `SERVER_LIMITS`."""
    from waitress import serve as waitress_serve
    waitress_serve(app, host=host, port=port, **server_options(threads, app, **changes))
