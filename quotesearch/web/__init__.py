"""The web UI and JSON API: a thin Flask layer over `quotesearch.search`.

    create_app(index_path)   the application factory (also what a WSGI server
                             calls: ``waitress-serve --call quotesearch.web:create_app``)
    pages                    HTML pages (server-rendered Jinja templates in templates/)
    api                      the JSON twin of every page
    exports                  every match as CSV or JSON Lines, streamed, a few at a time
    feeds                    Atom feeds of searches and speakers
    ingest_form              "Add articles" (URLs, uploads), only with serve --allow-ingest
    links                    absolute links without trusting the Host header; ids in URLs
    params                   request parameters: read, bounded, turned back into URLs
    safety                   article data made safe: links, CSV cells, XML text, file names
    charts                   small inline SVG charts drawn on the server

No extraction or query logic lives here: views read parameters, call the
library, and render what it returns.
"""
from __future__ import annotations

import os
import site
import sys
import sysconfig
from typing import Optional

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..formatting import shorten
from ..index import DEFAULT_INDEX_DIR, IndexNotFound, IndexUnusable, QuoteIndex
from ..search import SearchError
from .links import IdConverter, base_url_of
from .safety import public_file, safe_url, template_value

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _templates_folder() -> str:
    """The page templates: the repository's templates/ in a checkout or an editable
    install; after `pip install .` the copy setup.cfg's data_files put under the
    environment's share/quotesearch/templates."""
    candidates = [os.path.join(REPO, "templates")]
    for prefix in (sys.prefix, sysconfig.get_path("data"), site.getuserbase()):
        candidates.append(os.path.join(prefix, "share", "quotesearch", "templates"))
    for folder in candidates:
        if os.path.isfile(os.path.join(folder, "base.html")):
            return folder
    return candidates[0]


TEMPLATES = _templates_folder()
STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(index_path: Optional[str] = None, *, base_url: Optional[str] = None,
               allowed_hosts: Optional[list[str]] = None, allow_ingest: bool = False) -> Flask:
    """The application, reading the index at ``index_path`` (else
    ``$QUOTESEARCH_INDEX``, else ``index/``).

    ``base_url`` (else ``$QUOTESEARCH_BASE_URL``) is where the site is reached
    from outside, for the absolute links of feeds; without it, a request's
    Host is used only when it is one of ``allowed_hosts`` (else
    ``$QUOTESEARCH_ALLOWED_HOSTS``, comma-separated; loopback names always),
    and links are relative otherwise.

    ``allow_ingest`` adds the "Add articles" page (`ingest_form`); without it
    nothing on the site writes to the index."""
    app = Flask(__name__, template_folder=TEMPLATES, static_folder=STATIC)
    app.config["INDEX_PATH"] = index_path or os.environ.get("QUOTESEARCH_INDEX") or DEFAULT_INDEX_DIR
    app.config["BASE_URL"] = base_url_of(base_url or os.environ.get("QUOTESEARCH_BASE_URL"))
    hosts = allowed_hosts if allowed_hosts is not None else \
        (os.environ.get("QUOTESEARCH_ALLOWED_HOSTS") or "").split(",")
    app.config["ALLOWED_HOSTS"] = [h.strip().lower() for h in hosts if h.strip()]
    app.json.sort_keys = False          # keep "total", "results", "facets" first, as documented
    app.extensions["quotesearch"] = {"index": None}
    # article ids come from the input as they are ('/' included): see links.IdConverter
    app.url_map.converters["id"] = IdConverter
    app.url_map.merge_slashes = False
    app.jinja_env.filters["shorten"] = shorten
    app.jinja_env.filters["safe_url"] = safe_url
    app.jinja_env.filters["public_file"] = public_file
    app.jinja_env.globals["speaker_slug"] = _speaker_slug
    app.jinja_env.globals["joint_speakers"] = _joint_speakers
    # lone surrogates (undecodable file names, JSON escapes) cannot be sent as UTF-8
    app.jinja_env.finalize = template_value

    from . import api, exports, feeds, pages
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(feeds.bp)
    app.config["ALLOW_INGEST"] = allow_ingest
    if allow_ingest:
        from . import ingest_form
        ingest_form.configure(app)

    @app.after_request
    def security_headers(response):
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if request.path.startswith("/api/"):
            return jsonify({"error": error.name, "message": error.description}), error.code
        return render_template("error.html", error=error), error.code

    @app.errorhandler(SearchError)
    def search_error(error: SearchError):
        # a query too broad (or a bound the parameters did not catch): the
        # caller's to change, said in one line
        message = str(error)
        title = "Query too broad" if message.startswith("query too broad") else "Bad Request"
        if request.path.startswith("/api/"):
            return jsonify({"error": title, "message": message}), 400
        from .params import SearchParams
        try:
            params = SearchParams.from_args(request.args)
        except HTTPException:
            params = None
        return render_template("error.html", error=_Shown(400, title, message),
                               params=params), 400

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error")
        if request.path.startswith("/api/"):
            return jsonify({"error": "Internal Server Error",
                            "message": "something went wrong; the error was logged"}), 500
        return render_template("error.html", error=None), 500

    return app


class _Shown:
    """An error as error.html shows it."""

    def __init__(self, code: int, name: str, description: str):
        self.code, self.name, self.description = code, name, description


def _speaker_slug(name: Optional[str]) -> Optional[str]:
    """The registry id of a quotation's speaker, for links; None when the
    speaker is no name ("the poll", "officials") and has no page."""
    index = current_index()
    if index is None or not name:
        return None
    from ..search import resolve_speaker
    found = resolve_speaker(index, name)
    return found[0] if found else None


def _joint_speakers(name: Optional[str]) -> list[tuple[str, str]]:
    """(id, name) of each person a joint speaker names ("Nora Vance-Ortiz and
    Carl Drumond"), each with a page; empty for any other speaker."""
    index = current_index()
    if index is None or not name:
        return []
    from ..search import resolve_joint_speaker
    return resolve_joint_speaker(index, name)


def current_index() -> Optional[QuoteIndex]:
    """The app's index, opened on first use; None while there is none yet."""
    from flask import current_app
    state = current_app.extensions["quotesearch"]
    if state["index"] is None:
        try:
            state["index"] = QuoteIndex.open(current_app.config["INDEX_PATH"])
        except IndexNotFound:
            return None
        except IndexUnusable as error:
            # damaged or unsafe: say so (the log has the file; pages never show server paths)
            current_app.logger.error("index unusable: %s", error)
            from flask import abort
            abort(503, description="The index cannot be read: it is damaged or unsafe. "
                                   "The server's log names the file; 'quotesearch check-index' "
                                   "and 'quotesearch repair' help.")
    g.index = state["index"]
    return state["index"]
