"""`quotesearch serve`: the real WSGI server (waitress) answering over HTTP."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
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


def _start(index_path: str, *extra: str):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "quotesearch", "serve", "--index", index_path,
                                "--port", str(port), *extra], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=dict(os.environ))
    deadline = time.time() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5):
                return process, port
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.2)


def test_half_open_connections_do_not_block_other_clients(web_index):
    """120 connections that never finish their request (waitress's default
    limit was 100, held for 120 s) leave the server answering others."""
    process, port = _start(web_index.path)
    stalled = []
    try:
        for _ in range(120):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")       # no blank line: never ends
            stalled.append(s)
        started = time.time()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as r:
            assert json.load(r)["articles"] == 10
        assert time.time() - started < 5
    finally:
        for s in stalled:
            s.close()
        process.terminate()
        process.wait(timeout=10)


def test_clients_sending_headers_a_line_at_a_time_do_not_lock_others_out(web_index):
    """300 "slowloris" connections, each sending one more header line every few
    seconds so that no idle timeout closes them, still leave room for others."""
    process, port = _start(web_index.path)
    slow = []
    try:
        for _ in range(300):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(s)
        for s in slow:
            s.sendall(b"X-Slow: 1\r\n")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=8) as r:
            assert json.load(r)["articles"] == 10
    finally:
        for s in slow:
            s.close()
        process.terminate()
        process.wait(timeout=10)


def test_request_bodies_are_refused_and_feed_links_use_the_base_url(web_index):
    process, port = _start(web_index.path, "--base-url", "https://quotes.example.org")
    try:
        body = b"x" * 4096
        request = urllib.request.Request(f"http://127.0.0.1:{port}/?q=trade", data=body, method="GET")
        try:
            urllib.request.urlopen(request, timeout=10)
            status = 200
        except urllib.error.HTTPError as error:
            status = error.code
        assert status == 413
        request = urllib.request.Request(f"http://127.0.0.1:{port}/feed.atom?q=fishing",
                                         headers={"Host": "evil.example"})
        with urllib.request.urlopen(request, timeout=10) as r:
            feed = r.read().decode()
        assert "evil.example" not in feed and 'href="https://quotes.example.org/quotes/' in feed
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_bad_base_url_is_a_usage_error(web_index):
    done = subprocess.run([sys.executable, "-m", "quotesearch", "serve", "--index", web_index.path,
                           "--base-url", "javascript:alert(1)"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.startswith("quotesearch: error: --base-url:")
