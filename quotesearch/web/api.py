"""The JSON API: the twin of every page, with the same parameters. Records
leave through `quotesearch.web.safety` (file names, not server paths)."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, redirect, request, url_for

from ..cite import citations
from ..index import tombstones
from ..search import (check_quote, find_speakers, index_stats, resolve_speaker, search, speaker_profile,
                      top_values)
from . import current_index
from .citing import DOWNLOADS, cited_source
from .params import SearchParams, _int, text_param
from ..search.check import overall_verdict, verdict
from .safety import public_article, public_quote

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
                     page=params.page, page_size=params.page_size, literal=params.literal,
                     dates=params.dates)
    data = results.to_json()
    data["results"] = [public_quote(r) for r in data["results"]]
    return jsonify(data)


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
    data = public_quote(quote.to_json())
    listed = quote.listed()
    data["citations"] = [c.to_json() for c in citations(listed, cited_source(index, listed))]
    data["citation_files"] = {kind: url_for("pages.quote_citation_file", quote_id=quote.id, kind=kind)
                              for kind in DOWNLOADS}
    return jsonify(data)


@bp.route("/api/check")
def api_check():
    remembered = text_param(request.args, "q", 2000)
    limit = _int(request.args, "limit", 10, 1, 50)
    matches = check_quote(_index(), remembered, limit=limit) if remembered else []
    return jsonify({"query": remembered, "verdict": overall_verdict(matches),
                    "similarity": matches[0].similarity if matches else None,
                    "matches": [dict(public_quote(m.to_json()), verdict=verdict(m.similarity))
                                for m in matches]})


@bp.route("/api/speakers")
def api_speakers():
    prefix = text_param(request.args, "q", 200)
    limit = _int(request.args, "limit", 50, 1, 1000)
    return jsonify([s.to_json() for s in find_speakers(_index(), prefix, limit=limit)])


@bp.route("/api/speakers/<speaker_id>")
def api_speaker(speaker_id: str):
    profile = speaker_profile(_index(), speaker_id) if len(speaker_id) <= 300 else None
    if profile is None:
        # an id from before a merge, or a name form: the speaker it is now
        found = resolve_speaker(_index(), speaker_id) if len(speaker_id) <= 300 else None
        if found is None:
            abort(404, description="No speaker has this id.")
        return redirect(url_for("api.api_speaker", speaker_id=found[0]), 301)
    return jsonify(profile.to_json())


@bp.route("/api/articles/<id:article_id>")
def api_article(article_id: str):
    article = _index().article(article_id) if len(article_id) <= 200 else None
    if article is None:
        abort(404, description="There is no article with this id.")
    return jsonify(public_article(article.listed().to_json()))


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
