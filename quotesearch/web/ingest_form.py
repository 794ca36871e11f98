"""The "Add articles" page: web pages (a list of URLs) or uploaded files added to
the index from the browser. Registered only by ``serve --allow-ingest``
(`create_app(allow_ingest=True)`); without it ``/add`` does not exist.

A page open to others that writes to the index and fetches URLs is guarded:

* changes only by POST, and only from this site: the ``Origin`` (else the
  ``Referer``) must be the site's own root as `links.site_root` trusts it (a
  configured base URL, else a loopback or allowed Host), and a browser's
  ``Sec-Fetch-Site`` must say same-origin; a page elsewhere cannot submit it
  (CSRF), nor can a rebound DNS name,
* bounded: `MAX_URLS` URLs and `MAX_FILES` files per submission, the request
  body at `MAX_REQUEST_BYTES` (`quotesearch.web.server` raises waitress's
  limit to it only with the flag), each page and file at the ingest size cap,
* URLs reach public addresses only (`FetchPolicy.allow_private` False), so the
  form cannot read the server's own network,
* one addition at a time, and never while another ingest holds the index's
  writer lock (the answer is then 503: try again),
* uploads are read from a private temporary folder and recorded without any
  path: the index keeps no server path for them.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, render_template, request
from werkzeug.utils import secure_filename

from ..index import QuoteIndex
from ..index.build import ingest_articles
from ..ingest import read_articles
from ..ingest.fetch import Fetcher, FetchPolicy, is_url
from ..ingest.files import MAX_FILE_BYTES
from ..ingest.urls import read_url
from ..records import Article, IngestError
from ..walk import SUPPORTED_EXTENSIONS, extension
from .links import site_root

bp = Blueprint("ingest_form", __name__)

MAX_URLS = 20
MAX_FILES = 10
MAX_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024       # one largest file and the form around it
MAX_URL_CHARS = 2000


@dataclass
class Outcome:
    """One input of a submission and what became of it."""

    source: str                    # the URL or the uploaded file's name
    error: str | None = None
    article_id: str | None = None
    title: str | None = None
    url: str | None = None         # the final URL, after redirects


def configure(app, allow_private_urls: bool = False) -> None:
    """Set ``app`` up for the form (called by `create_app` with the flag)."""
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    app.config.setdefault("INGEST_PRIVATE_URLS", allow_private_urls)
    app.extensions["quotesearch_ingest"] = {"lock": threading.Lock(), "fetcher": None}
    app.register_blueprint(bp)


@bp.get("/add")
def add_page():
    return render_template("add.html", limits=_limits())


@bp.post("/add")
def add_articles():
    if not _same_origin():
        abort(403, description="Articles can be added only from this site's own form.")
    urls = [line.strip() for line in request.form.get("urls", "").splitlines() if line.strip()]
    uploads = [f for f in request.files.getlist("files") if f and f.filename]
    if not urls and not uploads:
        return render_template("add.html", limits=_limits(),
                               message="Give at least one URL or file."), 400
    if len(urls) > MAX_URLS or len(uploads) > MAX_FILES:
        return render_template("add.html", limits=_limits(),
                               message=f"At most {MAX_URLS} URLs and {MAX_FILES} files at a time."), 413
    state = current_app.extensions["quotesearch_ingest"]
    if not state["lock"].acquire(blocking=False):
        abort(503, description="Another addition is in progress; try again in a moment.")
    try:
        index = QuoteIndex.open(current_app.config["INDEX_PATH"], create=True)
        if _ingest_running(index.path):
            abort(503, description="Another ingest is writing the index; try again later.")
        with tempfile.TemporaryDirectory(prefix="quotesearch-upload-") as folder:
            outcomes: list[Outcome] = []
            items = _read_inputs(urls, uploads, folder, _fetcher(state), outcomes)
            report = ingest_articles(index, items)
        for error in report.failed:     # extraction failures, named by the article's url or id
            for outcome in outcomes:
                if outcome.error is None and error.file in (outcome.url, outcome.article_id):
                    outcome.error = error.reason
    finally:
        state["lock"].release()
    return render_template("add.html", limits=_limits(), outcomes=outcomes, report=report)


def _read_inputs(urls: list[str], uploads, folder: str, fetcher: Fetcher,
                 outcomes: list[Outcome]):
    """The articles of a submission, lazily (URLs are fetched as ingest asks),
    each input's outcome appended to ``outcomes``."""
    for url in urls:
        if len(url) > MAX_URL_CHARS or not is_url(url):
            outcomes.append(Outcome(url[:200], error="not an http(s) URL"))
            continue
        item = read_url(url, fetcher)
        outcomes.append(_outcome(url, item))
        yield item
    for number, upload in enumerate(uploads):
        name = os.path.basename(upload.filename.replace("\\", "/"))[:200] or "upload"
        safe = secure_filename(name) or "upload"
        if extension(safe) not in SUPPORTED_EXTENSIONS:
            outcomes.append(Outcome(name, error="unsupported file type (give .txt, .html or "
                                                 "a supported collection)"))
            continue
        path = os.path.join(folder, f"{number}-{safe}")
        upload.save(path)
        for item in read_articles([path]):
            if isinstance(item, IngestError):
                item = IngestError(name, item.reason)
            else:
                # no server path is kept: the article is known by its content (id)
                item = dataclasses.replace(item, file=None)
            outcomes.append(_outcome(name, item))
            yield item


def _outcome(source: str, item: Article | IngestError) -> Outcome:
    if isinstance(item, IngestError):
        return Outcome(source, error=item.reason)
    return Outcome(source, article_id=item.id, title=item.title, url=item.url)


def _fetcher(state: dict) -> Fetcher:
    # one fetcher per app: its per-host pace holds across submissions
    if state["fetcher"] is None:
        state["fetcher"] = Fetcher(FetchPolicy(
            allow_private=bool(current_app.config.get("INGEST_PRIVATE_URLS")),
            per_host_delay=current_app.config.get("INGEST_PER_HOST_DELAY", 1.0)))
    return state["fetcher"]


def _same_origin() -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    root = site_root()
    if not root:
        return False          # an untrusted Host: the origin cannot be told
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        origin = request.headers.get("Referer") or ""
    return _origin_of(origin) == _origin_of(root)


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def _ingest_running(folder: str) -> bool:
    """True while another process (or thread) holds the index's ingest lock.
    Probed and let go at once: `ingest_articles` takes the lock itself."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        with open(os.path.join(folder, "INGEST_LOCK"), "a+") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
    except OSError:
        return False
    return False


def _limits() -> dict:
    return {"urls": MAX_URLS, "files": MAX_FILES, "megabytes": MAX_FILE_BYTES // (1024 * 1024)}
