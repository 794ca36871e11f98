"""The HTML pages. Each view reads its parameters, calls the library, renders."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for

from ..cite import citations
from ..index import tombstones
from ..records import MAX_SOURCES_LISTED
from ..search import (check_quote, find_speakers, index_is_empty, index_stats, resolve_speaker, search,
                      speaker_profile, top_values)
from ..search.check import CLOSE_AT, MATCH_AT, overall_verdict, verdict
from ..search.query import MAX_QUERY_CHARS
from . import current_index
from .charts import bar_chart
from .citing import DOWNLOADS, citation_file, cited_source
from .params import SearchParams, _int, text_param

bp = Blueprint("pages", __name__)

FACET_TITLES = {"speaker": "Speaker", "outlet": "Outlet", "topic": "Topic", "type": "Type",
                "year": "Year"}


def _speaker_id(index, name):
    """The registry id of a quotation's speaker; None when it is no name ("the poll")."""
    found = resolve_speaker(index, name) if index is not None and name else None
    return found[0] if found else None


def _index_or_empty():
    index = current_index()
    if index is None or index_is_empty(index):
        return None
    return index


@bp.route("/")
def search_page():
    index = _index_or_empty()
    if index is None:
        return render_template("empty.html"), 200
    params = SearchParams.from_args(request.args)
    results = search(index, params.q, filters=params.filters, sort=params.sort,
                     page=params.page, page_size=params.page_size, literal=params.literal)
    chart = bar_chart(results.timeline, "Matching quotations per year")
    return render_template("search.html", results=results, params=params, chart=chart,
                           facet_titles=FACET_TITLES)


@bp.route("/quotes/<quote_id>")
def quote_page(quote_id: str):
    index = _index_or_empty()
    quote = index.quote(quote_id) if index is not None and len(quote_id) <= 64 else None
    if quote is None:
        whole = current_index()     # (an index all of whose articles were removed is "empty")
        gone = tombstones.lookup(whole.path, quote_id) if whole is not None and len(quote_id) <= 64 else None
        if gone is not None:
            return render_template("gone.html", gone=gone), 410
        abort(404, description="There is no quotation with this id (it may have been removed).")
    quote = quote.listed()
    return render_template("quote.html", quote=quote,
                           citations=citations(quote, cited_source(index, quote)),
                           sources=quote.sources[:MAX_SOURCES_LISTED],
                           speaker_id=_speaker_id(index, quote.speaker))


@bp.route("/quotes/<quote_id>/cite.<kind>")
def quote_citation_file(quote_id: str, kind: str):
    """The quotation's citation as a BibTeX (``cite.bib``) or RIS (``cite.ris``) file."""
    index = _index_or_empty()
    quote = index.quote(quote_id) if index is not None and len(quote_id) <= 64 else None
    if quote is None or kind not in DOWNLOADS:
        abort(404, description="There is no quotation with this id, or no citation file of this kind.")
    return citation_file(index, quote.listed(), kind)


@bp.route("/check")
def check_page():
    index = _index_or_empty()
    remembered = text_param(request.args, "q", 2000)
    matches = check_quote(index, remembered, limit=10) if index is not None and remembered else []
    return render_template("check.html", remembered=remembered, matches=matches,
                           empty=index is None, verdict=overall_verdict(matches),
                           verdicts=[verdict(m.similarity) for m in matches],
                           close_at=CLOSE_AT, match_at=MATCH_AT)


@bp.route("/speakers")
def speakers_page():
    index = _index_or_empty()
    if index is None:
        return render_template("empty.html")
    prefix = text_param(request.args, "q", 200)
    speakers = find_speakers(index, prefix, limit=_int(request.args, "limit", 200, 1, 1000))
    return render_template("speakers.html", speakers=speakers, prefix=prefix)


@bp.route("/speakers/<speaker_id>")
def speaker_page(speaker_id: str):
    index = _index_or_empty()
    profile = speaker_profile(index, speaker_id) if index is not None and len(speaker_id) <= 300 else None
    if profile is None:
        # an id from before a merge, or a name form: the speaker it is now
        found = resolve_speaker(index, speaker_id) if index is not None and len(speaker_id) <= 300 \
            else None
        if found is None:
            abort(404, description="No speaker has this id.")
        return redirect(url_for("pages.speaker_page", speaker_id=found[0], **request.args), 301)
    params = SearchParams.from_args(request.args)
    results = search(index, params.q, filters={**params.filters, "speaker": [profile.id]},
                     sort=params.sort if params.q else "newest", page=params.page,
                     page_size=params.page_size)
    chart = bar_chart(profile.years, f"Quotations of {profile.name} per year")
    return render_template("speaker.html", profile=profile, results=results, params=params,
                           chart=chart)


@bp.route("/articles/<id:article_id>")
def article_page(article_id: str):
    index = _index_or_empty()
    article = index.article(article_id) if index is not None and len(article_id) <= 200 else None
    if article is None:
        abort(404, description="There is no article with this id.")
    return render_template("article.html", article=article.listed())


@bp.route("/topics")
def topics_page():
    index = _index_or_empty()
    if index is None:
        return render_template("empty.html")
    prefix = text_param(request.args, "q", 200)
    return render_template("topics.html", topics=top_values(index, "topic", 500, prefix),
                           outlets=top_values(index, "outlet", 100), prefix=prefix)


@bp.route("/help")
def help_page():
    return render_template("help.html", max_query=MAX_QUERY_CHARS)


@bp.route("/about")
def about_page():
    index = _index_or_empty()
    return render_template("about.html", stats=index_stats(index) if index is not None else None)
