"""Atom feeds: follow a search or a speaker in a feed reader.

Links come from `links.public_url` (never the raw Host header) and the whole
document passes through `safety.xml_text`, so that a control character in a
quotation or in the query cannot make the feed something other than XML.
"""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, Response, abort, render_template, request

from ..search import search, speaker_profile
from . import current_index
from .links import entry_id, public_url
from .params import SearchParams
from .safety import xml_text

bp = Blueprint("feeds", __name__)
FEED_ENTRIES = 50


def _feed(title: str, results, feed_id: str, self_url: str, page_url: str) -> Response:
    updated = max((h.quote.date for h in results.hits if h.quote.date), default=None)
    body = render_template("feed.xml", title=title, results=results, feed_id=feed_id,
                           self_url=self_url, page_url=page_url, public_url=public_url,
                           entry_id=entry_id,
                           updated=f"{updated}T00:00:00Z" if updated else
                           datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return Response(xml_text(body), mimetype="application/atom+xml")


@bp.route("/feed.atom")
def search_feed():
    index = current_index()
    if index is None:
        abort(404, description="No index yet.")
    params = SearchParams.from_args(request.args)
    results = search(index, params.q, filters=params.filters, sort="newest", page_size=FEED_ENTRIES,
                     literal=params.literal, dates=params.dates)
    query = params.query_string(sort="relevance", page=1)
    title = f"QuoteSearch: {params.q or 'all quotations'}"
    return _feed(title, results, entry_id("search", query),
                 public_url("feeds.search_feed", query), public_url("pages.search_page", query))


@bp.route("/speakers/<speaker_id>/feed.atom")
def speaker_feed(speaker_id: str):
    index = current_index()
    profile = speaker_profile(index, speaker_id) if index is not None and len(speaker_id) <= 300 \
        else None
    if profile is None:
        abort(404, description="No speaker has this id.")
    results = search(index, "", filters={"speaker": [profile.id]}, sort="newest",
                     page_size=FEED_ENTRIES)
    return _feed(f"QuoteSearch: {profile.name}", results, entry_id("speaker", speaker_id),
                 public_url("feeds.speaker_feed", speaker_id=speaker_id),
                 public_url("pages.speaker_page", speaker_id=speaker_id))
