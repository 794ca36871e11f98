"""`quotesearch serve`: the real WSGI server (waitress) answering over HTTP."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_pages_and_api_over_http(web_index):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "quotesearch", "serve", "--index", web_index.path,
                                "--port", str(port)], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=dict(os.environ))
    try:
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as r:
                    stats = json.load(r)
                break
            except OSError:
                if time.time() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert stats["articles"] == 10
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=terminal", timeout=10) as r:
            assert r.headers["Server"] == "QuoteSearch"
            assert "reported by 3 sources" in r.read().decode()
    finally:
        process.terminate()
        process.wait(timeout=10)
