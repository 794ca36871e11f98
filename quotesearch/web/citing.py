"""Which source a quotation's citations cite, and its citation files.

Citations cite a quotation's earliest source. Indexes made before sources kept
their article's byline have none on the source: it is read from the article's
record then, so the author is cited whichever index is served.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from flask import Response

from ..cite_files import bibtex, ris
from ..records import IndexedQuote, Source

DOWNLOADS = {"bib": ("application/x-bibtex", bibtex), "ris": ("application/x-research-info-systems", ris)}


def cited_source(index, quote: IndexedQuote) -> Optional[Source]:
    """The earliest source of ``quote``, with its article's byline."""
    if not quote.sources:
        return None
    source = quote.sources[0]
    if source.byline is None and index is not None:
        article = index.article(source.article)
        if article is not None and article.article.byline:
            source = replace(source, byline=article.article.byline)
    return source


def citation_file(index, quote: IndexedQuote, kind: str) -> Response:
    """The ``kind`` ("bib" or "ris") file of ``quote``'s citation, as a download."""
    mimetype, make = DOWNLOADS[kind]
    body = make(quote, cited_source(index, quote))
    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="quote-{quote.id}.{kind}"'})
