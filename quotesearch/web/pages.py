"""The HTML pages. Each view reads its parameters, calls the library, renders."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for

from ..cite import citations
from ..index import tombstones
from ..records import MAX_SOURCES_LISTED
from ..search import (check_quote, find_speakers, index_is_empty, index_stats, resolve_speaker, search,
                      speaker_profile, top_values)
from ..search.check import CLOSE_AT, MATCH_AT, overall_verdict, verdict
from ..search.facets import FACET_NAMES
from ..search.query import MAX_QUERY_CHARS
from . import current_index
from .charts import timeline_chart
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
    results, asked_page = _clamped_search(index, params, params.q, params.filters)
    chart = timeline_chart(results.months, "Matching quotations over time", _period_link(params))
    return render_template("search.html", results=results, params=params, chart=chart,
                           facet_titles=FACET_TITLES, asked_page=asked_page,
                           shown_values=FACET_VALUES_SHOWN)


FACET_VALUES_SHOWN = 10         # per facet on the search page; "show all" lists the rest
FACET_PAGE_SIZE = 100           # values per page of a facet's full list


def _clamped_search(index, params: SearchParams, q: str, filters: dict, **options):
    """The search of ``params`` on its page, or on its last page when asked for a
    page past the end (``?page=999`` of 55); the page asked for when it was
    clamped, else None. ``params.page`` becomes the page shown."""
    def run(page):
        return search(index, q, filters=filters, sort=options.get("sort", params.sort), page=page,
                      page_size=params.page_size, literal=params.literal, dates=params.dates)
    results = run(params.page)
    if params.page <= results.pages:
        return results, None
    asked, params.page = params.page, results.pages
    return run(results.pages), asked


def _period_link(params: SearchParams):
    """The link of a timeline bar: this search, within the bar's year or month."""
    return lambda key: "?" + params.query_string(date_from=key, date_to=key, page=1)


@bp.route("/facets/<name>")
def facet_page(name: str):
    """Every value of one facet for a search (the search page shows the top
    ones), with a filter box and pages; values selected stay listed first,
    with 0 when nothing matches them."""
    if name not in FACET_NAMES:
        abort(404, description="There is no such facet.")
    index = _index_or_empty()
    if index is None:
        return render_template("empty.html")
    params = SearchParams.from_args(request.args)
    prefix = text_param(request.args, "prefix", 200)
    results = search(index, params.q, filters=params.filters, page_size=1, literal=params.literal,
                     dates=params.dates, facet_limit=1_000_000, relax=False)
    values = results.facets.get(name, [])
    if prefix:
        words = prefix.casefold().split()
        values = [v for v in values if v.selected or _starts_words(v.value, words)]
    selected = [v for v in values if v.selected]
    others = [v for v in values if not v.selected]
    pages = max(1, -(-len(others) // FACET_PAGE_SIZE))
    page = min(_int(request.args, "page", 1, 1, 1_000_000), pages)
    shown = others[(page - 1) * FACET_PAGE_SIZE:page * FACET_PAGE_SIZE]
    return render_template("facet.html", name=name, title=FACET_TITLES[name], params=params,
                           prefix=prefix, selected=selected, values=shown, total=len(others),
                           page=page, pages=pages, results=results)


def _starts_words(value: str, words: list[str]) -> bool:
    """Each of ``words`` begins a word of ``value`` ("clin" finds "Hillary Clinton")."""
    own = value.casefold().replace("-", " ").split()
    return all(any(w.startswith(word) for w in own) for word in words)


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
    results, asked_page = _clamped_search(index, params, params.q,
                                          {**params.filters, "speaker": [profile.id]},
                                          sort=params.sort if params.q else "newest")
    chart = timeline_chart(results.months, f"Quotations of {profile.name} over time",
                           _period_link(params))
    return render_template("speaker.html", profile=profile, results=results, params=params,
                           chart=chart, asked_page=asked_page)


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
