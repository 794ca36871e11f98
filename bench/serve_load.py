"""Load on the real server: 50 concurrent clients on a mix of search pages, API
calls, wildcard queries and exports; p50/p95 per kind and the error count.

    python bench/serve_load.py                      # builds /tmp/qs-serve-bench (seeds + 20,000 quotations)
    python bench/serve_load.py --reuse --clients 50 --seconds 30

The index holds the seed articles and a synthetic corpus (`corpus.py`: real
news sentences, thousands of speakers, ten years of dates). The server is
``quotesearch serve`` (waitress with its production limits) in its own
process; the clients are threads with one keep-alive connection each, every
request picked at random by weight, and waiting ``--think`` seconds (0.5 to
1.5 times it, 1 s by default: a person reading) before the next; ``--think 0``
sends requests back to back, which saturates the server and measures queueing:

    page       45%  a search page:  /?q=WORD [&speaker=…] [&sort=newest]
    api        25%  /api/search?q=WORD WORD, /api/check, /api/suggest
    wildcard   20%  prefixes (/api/search?q=tra*) and too-broad ones (*e*, 400)
    export     10%  /export.csv?q=WORD (one in five unfiltered: every quotation)

Errors: connection failures and 5xx answers (503 included: an export turned
away counts as an error here). Target: page p95 <= 300 ms, 0 errors.

``--threads`` is the server's threads for pages and API calls; exports have
their own on top (`quotesearch.web.server.export_threads`).
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import sys
import threading
import time
import urllib.request
from urllib.parse import urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, REPO)

from corpus import POLNEAR, synthetic_articles  # noqa: E402

from quotesearch.index import QuoteIndex, ingest_paths  # noqa: E402
from quotesearch.index.build import index_extracted  # noqa: E402
from quotesearch.web.server import export_threads  # noqa: E402

KINDS = (("page", 45), ("api", 25), ("wildcard", 20), ("export", 10))
_WORD = re.compile(r"[a-z]{5,}")


def build(path: str, quotes: int) -> None:
    shutil.rmtree(path, ignore_errors=True)
    index = QuoteIndex.open(path, create=True)
    ingest_paths(index, [os.path.join(REPO, "seeds")])
    started = time.perf_counter()
    report = index_extracted(index, synthetic_articles(quotes, POLNEAR), jobs=1, batch_size=5000)
    print(f"index: {report.quotes:,} quotations from {report.added:,} articles in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def vocabulary(port: int) -> tuple[list[str], list[str]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?size=100&sort=newest") as r:
        import json
        data = json.load(r)
    words = sorted({w for q in data["results"] for w in _WORD.findall(q["text"].lower())})
    speakers = [name for name, _ in data["facets"]["speaker"]]
    return words, speakers


def request_for(kind: str, rng: random.Random, words: list[str], speakers: list[str]) -> str:
    word = rng.choice(words)
    if kind == "page":
        params = [("q", word)]
        if rng.random() < 0.3:
            params.append(("speaker", rng.choice(speakers)))
        if rng.random() < 0.3:
            params.append(("sort", "newest"))
        if rng.random() < 0.2:
            params.append(("page", str(rng.randint(2, 5))))
        return "/?" + urlencode(params)
    if kind == "api":
        choice = rng.random()
        if choice < 0.6:
            return "/api/search?" + urlencode({"q": f"{word} {rng.choice(words)}"})
        if choice < 0.8:
            return "/api/check?" + urlencode({"q": " ".join(rng.choice(words) for _ in range(8))})
        return "/api/suggest?" + urlencode({"q": rng.choice(speakers)[:3]})
    if kind == "wildcard":
        if rng.random() < 0.25:
            broad = rng.choice(["*e*", "*a* OR *b* OR *c*", "?" * 40, "e*"])
            return "/api/search?" + urlencode({"q": broad})
        return "/api/search?" + urlencode({"q": f"{word[:3]}*" if rng.random() < 0.5 else
                                           f"{word[:2]}?{word[3:]}"})
    if rng.random() < 0.2:
        return "/export.csv"
    return "/export.csv?" + urlencode({"q": word})


def client(port: int, until: float, seed: int, words, speakers, results, lock,
           think: float = 0.0) -> None:
    rng = random.Random(seed)
    names, weights = zip(*KINDS)
    connection = None
    while time.perf_counter() < until:
        kind = rng.choices(names, weights)[0]
        path = request_for(kind, rng, words, speakers)
        started = time.perf_counter()
        status = None
        try:
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException):
            if connection is not None:
                connection.close()
            connection = None
        elapsed = time.perf_counter() - started
        with lock:
            results.append((kind, status, elapsed))
        if think:
            time.sleep(rng.uniform(0.5, 1.5) * think)      # a person reading the answer


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", default="/tmp/qs-serve-bench")
    parser.add_argument("--quotes", type=int, default=20_000)
    parser.add_argument("--reuse", action="store_true", help="reuse an index built before")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--threads", type=int, default=16, help="server threads")
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean seconds a client waits between requests (0: back to back)")
    args = parser.parse_args()
    if not (args.reuse and os.path.isdir(args.index)):
        build(args.index, args.quotes)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tempfile.TemporaryFile()        # not a pipe: a full pipe would stop the server
    server = subprocess.Popen([sys.executable, "-m", "quotesearch", "serve", "--index", args.index,
                               "--port", str(port), "--threads", str(args.threads)],
                              cwd=REPO, stderr=log, stdout=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": REPO})
    try:
        deadline = time.time() + 120
        while True:
            try:
                words, speakers = vocabulary(port)
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        for path in ("/?q=" + words[0], "/export.csv?q=" + words[0]):      # warm the caches
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}").read()
        results: list[tuple[str, int, float]] = []
        lock = threading.Lock()
        until = time.perf_counter() + args.seconds
        threads = [threading.Thread(target=client, args=(port, until, seed, words, speakers,
                                                          results, lock, args.think))
                   for seed in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    log.seek(0)
    tracebacks = log.read().decode("utf-8", "replace").count("Traceback")
    print(f"{args.clients} clients (think {args.think:g} s), {args.seconds:g} s, "
          f"server threads {args.threads} (+ {export_threads()} for exports), "
          f"index {args.index}")
    print(f"{'kind':<9} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statuses")
    errors = 0
    for kind, _ in KINDS:
        mine = [(s, e) for k, s, e in results if k == kind]
        if not mine:
            continue
        times = [e * 1000 for _, e in mine]
        statuses: dict = {}
        for s, _ in mine:
            statuses[s] = statuses.get(s, 0) + 1
        errors += sum(n for s, n in statuses.items() if s is None or s >= 500)
        print(f"{kind:<9} {len(mine):>8} {statistics.median(times):>8.0f} "
              f"{percentile(times, 95):>8.0f} {max(times):>8.0f}  "
              + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=lambda t: str(t[0]))))
    print(f"errors: {errors} (5xx or no answer); tracebacks in the server log: {tracebacks}")
    return 0 if errors == 0 and tracebacks == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
