"""Atom feeds: follow a search or a speaker in a feed reader."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, abort, render_template, request, url_for

from ..search import search, speaker_profile
from . import current_index
from .params import SearchParams

bp = Blueprint("feeds", __name__)
FEED_ENTRIES = 50


def _feed(title: str, results, self_url: str, page_url: str) -> Response:
    updated = max((h.quote.date for h in results.hits if h.quote.date), default=None)
    body = render_template("feed.xml", title=title, results=results, self_url=self_url,
                           page_url=page_url,
                           updated=f"{updated}T00:00:00Z" if updated else
                           datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return Response(body, mimetype="application/atom+xml")


@bp.route("/feed.atom")
def search_feed():
    index = current_index()
    if index is None:
        abort(404, description="No index yet.")
    params = SearchParams.from_args(request.args)
    results = search(index, params.q, filters=params.filters, sort="newest", page_size=FEED_ENTRIES)
    query = params.query_string(sort="relevance", page=1)
    title = f"QuoteSearch: {params.q or 'all quotations'}"
    return _feed(title, results, url_for("feeds.search_feed", _external=True) + (f"?{query}" if query else ""),
                 url_for("pages.search_page", _external=True) + (f"?{query}" if query else ""))


@bp.route("/speakers/<speaker_id>/feed.atom")
def speaker_feed(speaker_id: str):
    index = current_index()
    profile = speaker_profile(index, speaker_id) if index is not None else None
    if profile is None:
        abort(404, description="No speaker has this id.")
    results = search(index, "", filters={"speaker": [profile.name]}, sort="newest",
                     page_size=FEED_ENTRIES)
    return _feed(f"QuoteSearch: {profile.name}", results,
                 url_for("feeds.speaker_feed", speaker_id=speaker_id, _external=True),
                 url_for("pages.speaker_page", speaker_id=speaker_id, _external=True))
