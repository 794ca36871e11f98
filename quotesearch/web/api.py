"""The JSON API (the twin of every page, same parameters) and exports."""
from __future__ import annotations

import csv
import io
import json

from flask import Blueprint, Response, abort, jsonify, request, stream_with_context, url_for

from ..cite import citations
from ..index import tombstones
from ..search import (check_quote, find_speakers, index_stats, iter_matches, search,
                      speaker_profile, top_values)
from . import current_index
from .params import SearchParams, _int, text_param

bp = Blueprint("api", __name__)


def _index():
    index = current_index()
    if index is None:
        abort(404, description="No index yet: run 'quotesearch ingest PATH' first.")
    return index


@bp.route("/api/search")
def api_search():
    params = SearchParams.from_args(request.args)
    results = search(_index(), params.q, filters=params.filters, sort=params.sort,
                     page=params.page, page_size=params.page_size)
    return jsonify(results.to_json())


@bp.route("/api/quotes/<quote_id>")
def api_quote(quote_id: str):
    index = _index()
    quote = index.quote(quote_id) if len(quote_id) <= 64 else None
    if quote is None:
        gone = tombstones.lookup(index.path, quote_id) if len(quote_id) <= 64 else None
        if gone is not None:
            successor = url_for("api.api_quote", quote_id=gone.successor) if gone.successor else None
            return jsonify({"error": "Gone", "message": "This quotation was removed from the index.",
                            **gone.to_json(), "successor_url": successor}), 410
        abort(404, description="There is no quotation with this id.")
    data = quote.to_json()
    data["citations"] = [c.to_json() for c in citations(quote)]
    return jsonify(data)


@bp.route("/api/check")
def api_check():
    remembered = text_param(request.args, "q", 2000)
    limit = _int(request.args, "limit", 10, 1, 50)
    matches = check_quote(_index(), remembered, limit=limit) if remembered else []
    return jsonify({"query": remembered, "matches": [m.to_json() for m in matches]})


@bp.route("/api/speakers")
def api_speakers():
    prefix = text_param(request.args, "q", 200)
    limit = _int(request.args, "limit", 50, 1, 1000)
    return jsonify([s.to_json() for s in find_speakers(_index(), prefix, limit=limit)])


@bp.route("/api/speakers/<speaker_id>")
def api_speaker(speaker_id: str):
    profile = speaker_profile(_index(), speaker_id) if len(speaker_id) <= 300 else None
    if profile is None:
        abort(404, description="No speaker has this id.")
    return jsonify(profile.to_json())


@bp.route("/api/articles/<article_id>")
def api_article(article_id: str):
    article = _index().article(article_id) if len(article_id) <= 200 else None
    if article is None:
        abort(404, description="There is no article with this id.")
    return jsonify(article.to_json())


@bp.route("/api/suggest")
def api_suggest():
    """Speaker autocomplete: names and aliases starting with ``q``."""
    prefix = text_param(request.args, "q", 200)
    if not prefix.strip():
        return jsonify([])
    found = find_speakers(_index(), prefix, limit=_int(request.args, "limit", 8, 1, 50))
    return jsonify([{"id": s.id, "name": s.name, "alias": s.matched_alias, "quotes": s.quotes}
                    for s in found])


@bp.route("/api/topics")
def api_topics():
    prefix = text_param(request.args, "q", 200)
    return jsonify([[t, n] for t, n in top_values(_index(), "topic", 500, prefix)])


@bp.route("/api/stats")
def api_stats():
    return jsonify(index_stats(_index()).to_json())


# ---------------------------------------------------------------------------
# Exports: every match, streamed
# ---------------------------------------------------------------------------

CSV_COLUMNS = ["id", "text", "speaker", "role", "type", "cue", "via", "topics", "date",
               "outlets", "sources", "first_url"]


@bp.route("/export.csv")
def export_csv():
    params = SearchParams.from_args(request.args)
    index = _index()

    def rows():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for quote in iter_matches(index, params.q, filters=params.filters, sort=params.sort):
            first = quote.sources[0] if quote.sources else None
            writer.writerow([quote.id, quote.text, quote.speaker or "", quote.role or "",
                             quote.type, quote.cue or "", quote.via or "", "; ".join(quote.topics),
                             quote.date or "", "; ".join(quote.outlets), quote.source_count,
                             (first.url if first else "") or ""])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()
    return Response(stream_with_context(rows()), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="quotes.csv"'})


@bp.route("/export.jsonl")
def export_jsonl():
    params = SearchParams.from_args(request.args)
    index = _index()

    def lines():
        for quote in iter_matches(index, params.q, filters=params.filters, sort=params.sort):
            yield json.dumps(quote.to_json(), ensure_ascii=False) + "\n"
    return Response(stream_with_context(lines()), mimetype="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="quotes.jsonl"'})
