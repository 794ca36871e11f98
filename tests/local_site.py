"""A real HTTP server on 127.0.0.1 for the tests that fetch: `LocalSite` serves
the pages a test puts on it (with redirects, errors, slow and endless answers,
ETags) from `http.server` in a thread, and records every request it gets."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


@dataclass
class Route:
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0              # seconds before the answer starts
    endless: bool = False           # send data until the client hangs up, no length
    send_length: bool = True
    etag: str | None = None


@dataclass
class Seen:
    path: str
    headers: dict
    at: float


class LocalSite:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append(Seen(self.path, dict(self.headers.items()), time.monotonic()))
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.send_length and not route.endless:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                try:
                    if route.endless:
                        chunk = b"<p>" + b"x" * 65536 + b"</p>\n"
                        while True:
                            self.wfile.write(chunk)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.root + path

    def put(self, path: str, body: str | bytes = b"", **options) -> str:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **options)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.put(path, b"", status=status, content_type=None,
                        headers={"Location": to})

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def article_page(title: str, speaker: str, words: str, outlet: str = "Harbor Times") -> str:
    """An HTML news page with one attributed quotation, written for the tests."""
    return (f"<!doctype html><html><head><title>{title} | {outlet}</title>"
            f'<meta property="og:site_name" content="{outlet}"></head><body><article>'
            f"<h1>{title}</h1><p>The council met on Thursday to discuss the plan.</p>"
            f"<p>\u201c{words},\u201d said {speaker}, the chair of the council.</p>"
            f"<p>The plan goes to a vote next month.</p></article></body></html>")
