"""The web UI and JSON API: a thin Flask layer over `quotesearch.search`.

    create_app(index_path)   the application factory (also what a WSGI server
                             calls: ``waitress-serve --call quotesearch.web:create_app``)
    pages                    HTML pages (server-rendered Jinja templates in templates/)
    api                      the JSON twin of every page, and exports (CSV, JSON Lines)
    feeds                    Atom feeds of searches and speakers
    params                   request parameters: read, bounded, turned back into URLs
    charts                   small inline SVG charts drawn on the server

No extraction or query logic lives here: views read parameters, call the
library, and render what it returns.
"""
from __future__ import annotations

import os
from typing import Optional

from flask import Flask, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..formatting import shorten
from ..index import DEFAULT_INDEX_DIR, IndexNotFound, IndexUnusable, QuoteIndex
from ..index.writer import speaker_id_of

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATES = os.path.join(REPO, "templates")
STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(index_path: Optional[str] = None) -> Flask:
    """The application, reading the index at ``index_path`` (else
    ``$QUOTESEARCH_INDEX``, else ``index/``)."""
    app = Flask(__name__, template_folder=TEMPLATES, static_folder=STATIC)
    app.config["INDEX_PATH"] = index_path or os.environ.get("QUOTESEARCH_INDEX") or DEFAULT_INDEX_DIR
    app.json.sort_keys = False          # keep "total", "results", "facets" first, as documented
    app.extensions["quotesearch"] = {"index": None}
    app.jinja_env.filters["shorten"] = shorten
    app.jinja_env.globals["speaker_slug"] = speaker_id_of

    from . import api, feeds, pages
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(feeds.bp)

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

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("unexpected error")
        if request.path.startswith("/api/"):
            return jsonify({"error": "Internal Server Error",
                            "message": "something went wrong; the error was logged"}), 500
        return render_template("error.html", error=None), 500

    return app


def current_index() -> Optional[QuoteIndex]:
    """The app's index, opened on first use; None while there is none yet."""
    from flask import current_app
    state = current_app.extensions["quotesearch"]
    if state["index"] is None:
        try:
            state["index"] = QuoteIndex.open(current_app.config["INDEX_PATH"])
        except (IndexNotFound, IndexUnusable):
            return None
    g.index = state["index"]
    return state["index"]
