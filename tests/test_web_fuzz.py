"""Request fuzzing: generated requests over every route, against the real app
under waitress on 127.0.0.1 and an on-disk index of the seeds and hostile
stories. No answer may be a 5xx or show a traceback, and nothing may be
logged as an unexpected error."""
from __future__ import annotations

import http.client
import logging
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode

import pytest
from waitress.server import create_server

from quotesearch.web import create_app
from quotesearch.web.server import server_options

ROUTES = ["/", "/check", "/speakers", "/topics", "/help", "/about", "/feed.atom",
          "/export.csv", "/export.jsonl", "/api/search", "/api/check", "/api/speakers",
          "/api/suggest", "/api/topics", "/api/stats"]
ID_ROUTES = ["/quotes/{}", "/api/quotes/{}", "/articles/{}", "/api/articles/{}",
             "/speakers/{}", "/api/speakers/{}", "/speakers/{}/feed.atom"]
PARAMS = ["q", "page", "size", "sort", "limit", "speaker", "outlet", "topic", "type", "year"]
REQUESTS = 1200


def _strings(rng: random.Random, known: list[str]) -> str:
    kind = rng.randrange(16)
    if kind == 0:
        return "".join(chr(rng.randrange(0, 32)) for _ in range(rng.randrange(1, 8)))
    if kind == 1:
        return "".join(chr(rng.choice([rng.randrange(0x80, 0x2FFF), rng.randrange(0xE000, 0xFFFF),
                                       rng.randrange(0x10000, 0x10FFFF)])) for _ in range(rng.randrange(1, 12)))
    if kind == 2:
        return str(rng.choice([-1, 0, 10**30, -10**30, 2**63, 1.5, "1e9", "NaN", "0x10", " 7"]))
    if kind == 3:
        return "x" * rng.choice([999, 1000, 1001, 2001, 5000])
    if kind == 4:
        return rng.choice(['"unclosed', "(((a", "a)))", "AND", "OR OR", "NOT", "speaker:", "date:[",
                           "date:[2020 TO", "year:abcd", "type:bogus", "*", "?", "*e*", "co*", "te?t",
                           "a~", "text:[a TO z]", "x:" * 50, "\\", "'", "<script>", "&amp;", "%", "%%2F"])
    if kind == 5:
        return " OR ".join(rng.choice(["*a*", "b*", "co*", "tr?de", "*"]) for _ in range(rng.randrange(2, 12)))
    if kind == 6:
        return rng.choice(["relevance", "newest", "oldest", "random", "", "NEWEST"])
    if kind == 7:
        return rng.choice(known)
    if kind == 8:
        return "/".join(rng.choice(known + ["..", ".", ""]) for _ in range(3))
    if kind == 9:
        return "\ud800x" if rng.random() < 0.5 else "caf\udce9"
    return rng.choice(["trade", "cooperation", "terminal", "fishing quotas", "Zhang Hanhui",
                       "Bay Courier", "2023", "direct", "ties", "support", ""])


def _path(rng: random.Random, known: list[str]) -> str:
    if rng.random() < 0.45:
        template = rng.choice(ID_ROUTES)
        value = _strings(rng, known)
        safe = rng.choice(["", "/", "/%"])              # raw '/', encoded %2F, or both
        path = template.format(quote(value.encode("utf-8", "surrogatepass"), safe=safe)[:3000])
    else:
        path = rng.choice(ROUTES)
    pairs = [(rng.choice(PARAMS), _strings(rng, known)) for _ in range(rng.randrange(0, 5))]
    if pairs:
        encoded = urlencode([(k, v.encode("utf-8", "surrogatepass")) for k, v in pairs])
        path += "?" + encoded
    if rng.random() < 0.05:
        path += "&" + "&".join(f"speaker={i}" for i in range(25))
    return path


@pytest.fixture(scope="module")
def server(web_index):
    app = create_app(web_index.path)
    errors: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            if record.levelno >= logging.ERROR:
                errors.append(self.format(record))
    handler = Collect()
    for name in (app.logger.name, "waitress"):
        logging.getLogger(name).addHandler(handler)
    wsgi = create_server(app, host="127.0.0.1", port=0, **server_options(threads=6))
    thread = threading.Thread(target=wsgi.run, daemon=True)
    thread.start()
    yield wsgi.effective_port, errors
    wsgi.close()
    for name in (app.logger.name, "waitress"):
        logging.getLogger(name).removeHandler(handler)


def _ask(port: int, method: str, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_generated_requests_never_fail_the_server(server, client):
    port, errors = server
    quote_ids = [r["id"] for r in client.get("/api/search?size=50").get_json()["results"]]
    articles = [s["article"] for r in client.get("/api/search?size=50").get_json()["results"]
                for s in r["sources"]]
    known = quote_ids + articles + ["zhang-hanhui", "maria-lindqvist", "news/2024/17", "%2F"]
    rng = random.Random(13)
    requests = [(rng.choice(["GET"] * 9 + ["HEAD"]), _path(rng, known)) for _ in range(REQUESTS)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda r: (r, *_ask(port, *r)), requests))
    assert len(answers) >= 1000
    statuses = sorted({status for _, status, _ in answers})
    failed = [(r, status) for r, status, _ in answers if status >= 500]
    assert not failed, failed[:5]
    shown = [r for r, _, body in answers if b"Traceback" in body or b'File "/' in body]
    assert not shown, shown[:5]
    assert not errors, errors[:3]
    assert 200 in statuses and 400 in statuses and 404 in statuses
