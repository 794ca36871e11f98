"""The "Add articles" form (`quotesearch.web.ingest_form`), on real servers:
``quotesearch serve`` with and without ``--allow-ingest`` (waitress in a
subprocess), and the app under waitress in this process fetching pages from a
real local HTTP server. Cross-site posts, sizes and the index's writer lock."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid

import pytest
from local_site import LocalSite, article_page
from test_web_serve import _start

from quotesearch.index import QuoteIndex
from quotesearch.index.build import IngestLock
from quotesearch.web import create_app
from quotesearch.web.server import server_options


def multipart(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())
    for filename, data in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                     f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
                     + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post(root: str, fields=None, files=(), headers=None, origin: str | None = "same"):
    body, content_type = multipart(fields or {}, list(files))
    request = urllib.request.Request(root + "/add", data=body, method="POST",
                                     headers={"Content-Type": content_type, **(headers or {})})
    if origin:
        request.add_header("Origin", root if origin == "same" else origin)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except urllib.error.URLError as error:
        # a server refusing an oversized body may answer and close before it is all sent
        if isinstance(error.reason, (BrokenPipeError, ConnectionResetError)):
            return "closed while sending", ""
        raise


def get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


STORY = article_page("Council backs bridge", "Ann Lee", "We will build the bridge").encode()


@pytest.fixture()
def empty_index(tmp_path):
    return QuoteIndex.open(tmp_path / "index", create=True)


def test_without_the_flag_the_form_does_not_exist(empty_index):
    process, port = _start(empty_index.path)
    try:
        root = f"http://127.0.0.1:{port}"
        assert get(root + "/add")[0] == 404
        assert post(root, {"urls": "https://example.org/"}, [("a.html", STORY)])[0] == 404
        assert 'href="/add"' not in get(root + "/")[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_with_the_flag_uploads_are_added_once_and_cross_site_posts_refused(empty_index):
    process, port = _start(empty_index.path, "--allow-ingest")
    root = f"http://127.0.0.1:{port}"
    try:
        status, page = get(root + "/add")
        assert status == 200 and 'enctype="multipart/form-data"' in page
        assert '<a href="/add">Add articles</a>' in page

        status, page = post(root, {}, [("../../etc/bridge.html", STORY)])
        assert status == 200, page
        assert "1 added, 0 replaced, 0 unchanged; 1 quotation written" in page
        assert "Council backs bridge" in page and "quotesearch-upload" not in page
        assert "/etc/" not in page
        with urllib.request.urlopen(root + "/api/search?q=bridge", timeout=30) as response:
            found = json.load(response)
        assert found["total"] == 1 and found["results"][0]["speaker"] == "Ann Lee"
        assert "quotesearch-upload" not in json.dumps(found)

        status, page = post(root, {}, [("bridge-copy.html", STORY)])
        assert "0 added, 0 replaced, 1 unchanged" in page

        for headers, origin in [({}, "http://evil.example"), ({}, None),
                                ({"Referer": "http://evil.example/page"}, None),
                                ({"Sec-Fetch-Site": "cross-site"}, "same")]:
            status, page = post(root, {}, [("other.html", STORY.replace(b"bridge", b"tunnel"))],
                                headers=headers, origin=origin)
            assert status == 403, (headers, origin)
        status, page = post(root, {}, [("r.html", STORY.replace(b"bridge", b"road"))],
                            headers={"Referer": root + "/add"}, origin=None)
        assert status == 200 and "1 added" in page

        # the server's own network is not the form's to read
        with LocalSite() as site:
            site.put("/inside.html", STORY)
            status, page = post(root, {"urls": site.url("/inside.html")})
        assert status == 200 and "127.0.0.1 is not a public address" in page and not site.requests

        status, page = post(root, {"urls": "\n".join(f"https://a.example/{n}" for n in range(21))})
        assert status == 413 and "At most 20 URLs" in page
        status, page = post(root, {}, [("notes.pdf", b"%PDF-1.4")])
        assert "notes.pdf: unsupported file type" in page
        status, _ = post(root, {}, [("huge.txt", b"x" * (22 * 1024 * 1024))])
        assert status in (413, "closed while sending")
        assert get(root + "/api/stats")[0] == 200          # and the server goes on
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture()
def in_process(empty_index):
    """The app with the form under waitress in this process, allowed to fetch
    from 127.0.0.1 (the local test site) without a pause between requests."""
    from waitress import create_server
    app = create_app(empty_index.path, allow_ingest=True)
    app.config.update(INGEST_PRIVATE_URLS=True, INGEST_PER_HOST_DELAY=0.0)
    server = create_server(app, host="127.0.0.1", port=0,
                           **server_options(4, app, max_request_body_size=32 << 20))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}", empty_index
    finally:
        server.close()


def test_urls_are_fetched_added_and_failures_listed(in_process):
    root, index = in_process
    with LocalSite() as site:
        final = site.put("/2024/bridge.html", STORY)
        site.redirect("/b", "/2024/bridge.html")
        status, page = post(root, {"urls": f"{site.url('/b')}\n{site.url('/gone')}\nnot a url\n"})
    assert status == 200, page
    assert "1 added" in page and "2 failed" in page
    assert f"{site.url('/gone')}: HTTP 404 Not Found" in page
    assert "not a url: not an http(s) URL" in page
    link = page.split('href="/articles/', 1)[1].split('"', 1)[0]
    status, article = get(f"{root}/articles/{link}")
    assert status == 200 and final in article


def test_a_running_ingest_holds_the_form_off(in_process):
    root, index = in_process
    lock = IngestLock(index.path)
    try:
        status, page = post(root, {}, [("a.html", STORY)])
    finally:
        lock.release()
    assert status == 503 and "Another ingest is writing the index" in page
    assert "1 added" in post(root, {}, [("a.html", STORY)])[1]
