"""Specification of the metadata of HTML pages (`quotesearch.ingest.html_metadata`,
`html_outlets`, `html_dates`, `html_linked_data`): outlet, authors, date, and metadata
kept when no body text is found. Every page here is invented, small and read whole
through `article_from_html`; each table is (page pieces, expected value)."""
from __future__ import annotations

import logging

import pytest

from quotesearch.ingest import IngestFailure, article_from_html
from quotesearch.ingest.html_metadata import author_names
from quotesearch.ingest.html_outlets import domain_outlet, outlet_name

BODY = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, "
        "two months later than planned.</p><p>“We are ready for them,” the port director said, "
        "adding that the quay had been rebuilt.</p>")


def page(head: str = "", body: str = BODY, title: str = "Cranes delayed") -> str:
    title_tag = f"<title>{title}</title>" if title else ""
    return f"<html><head>{title_tag}{head}</head><body><article><h1>Cranes delayed</h1>{body}</article></body></html>"


def ld(json_text: str) -> str:
    return f'<script type="application/ld+json">{json_text}</script>'


# -- outlet: order of trust, taglines, @id ------------------------------------

OUTLETS = [
    # og:site_name first, over JSON-LD publisher and the title suffix
    (page('<meta property="og:site_name" content="Harbour Times">'
          + ld('{"@type": "NewsArticle", "publisher": {"name": "Harbour Media Group"}}'),
          title="Cranes delayed | The Harbour"), "Harbour Times"),
    # a tagline after the name goes
    (page('<meta property="og:site_name" content="Consett Magazine - Positive Local News for Consett">'),
     "Consett Magazine"),
    (page('<meta property="og:site_name" content="Harbour Times | Your port, your news">'), "Harbour Times"),
    # JSON-LD publisher, following an @id reference through the graph
    (page(ld('{"@context": "https://schema.org", "@graph": ['
             '{"@type": "NewsArticle", "headline": "Cranes delayed", "publisher": {"@id": "https://h.example/#org"}},'
             '{"@type": "Organization", "@id": "https://h.example/#org", "name": "Harbour Times"}]}')),
     "Harbour Times"),
    # the journal an article is part of, not the journal's publisher
    (page(ld('{"@type": "ScholarlyArticle", "isPartOf": {"@type": "Periodical", "name": "Journal of Ports"},'
             ' "publisher": {"@type": "Organization", "name": "Big Academic Press"}}')), "Journal of Ports"),
    # the <title> suffix, past a section
    (page(title="Cranes delayed | Business | Harbour Times"), "Harbour Times"),
    (page(title="Cranes delayed - Consett Magazine"), "Consett Magazine"),
    # a title without a site-name suffix names no outlet
    (page(title="Cranes delayed"), None),
    # the known-domain table, from the canonical URL
    (page('<link rel="canonical" href="https://www.theguardian.com/business/cranes">', title="Cranes delayed"),
     "The Guardian"),
    # a domain as the site name: the table's name for it
    (page('<meta property="og:site_name" content="nytimes.com">'
          '<link rel="canonical" href="https://www.nytimes.com/2024/cranes.html">'), "The New York Times"),
]


@pytest.mark.parametrize("html, outlet", OUTLETS)
def test_outlet_in_order_of_trust(html, outlet):
    assert article_from_html(html).outlet == outlet


@pytest.mark.parametrize("name, cleaned", [
    ("Consett Magazine - Positive Local News for Consett", "Consett Magazine"),
    ("Harbour Times", "Harbour Times"),
    ("@HarbourTimes", "HarbourTimes"),
    ("Welcome to Harbour Times", "Harbour Times"),
    ("Home", None),
    ("WordPress", None),
    ("", None),
])
def test_outlet_name_without_tagline(name, cleaned):
    assert outlet_name(name) == cleaned


@pytest.mark.parametrize("url, outlet", [
    ("https://edition.cnn.com/2024/01/01/politics/story", "CNN"),
    ("https://www.bbc.co.uk/news/uk-123", "BBC News"),
    ("https://notcnn.com/story", None),
    ("not a url", None),
    (None, None),
])
def test_outlet_of_known_domains(url, outlet):
    assert domain_outlet(url) == outlet


# -- authors ----------------------------------------------------------------

AUTHORS = [
    (page('<meta name="author" content="Jane Doe">'), "Jane Doe"),
    # several author meta tags, in order
    (page('<meta name="author" content="Jane Doe"><meta name="author" content="Li Wei">'), "Jane Doe, Li Wei"),
    # JSON-LD authors in order, one through an @id reference
    (page(ld('{"@graph": [{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Silva"},'
             ' {"@id": "#li"}]}, {"@type": "Person", "@id": "#li", "name": "Li Wei"}]}')), "Ana Silva, Li Wei"),
    # a profile URL is no name; the JSON-LD name is used instead
    (page('<meta name="author" content="https://h.example/staff/jdoe">'
          + ld('{"@type": "NewsArticle", "author": {"name": "Jane Doe"}}')), "Jane Doe"),
    # the visible byline when the markup names nobody
    (page(body='<div class="byline">By <a rel="author" href="/jd">Jane Doe</a></div>' + BODY), "Jane Doe"),
    # the outlet as the author is no byline
    (page('<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times">'), None),
]


@pytest.mark.parametrize("html, byline", AUTHORS)
def test_authors(html, byline):
    assert article_from_html(html).byline == byline


@pytest.mark.parametrize("written, names", [
    ("By Jane Doe and Li Wei", ["Jane Doe", "Li Wei"]),
    ("Jane Doe, Li Wei & Ann Roe", ["Jane Doe", "Li Wei", "Ann Roe"]),
    ("Jane Doe; Li Wei", ["Jane Doe", "Li Wei"]),
    ("Perry Bacon Jr.", ["Perry Bacon Jr."]),
    ("jdoe@harbour.example", []),
    ("Jane Doe is a reporter covering the port and its workers", []),
])
def test_author_names(written, names):
    assert author_names(written) == names


# -- dates --------------------------------------------------------------------

DATES = [
    # the page's own local time over the same moment in UTC (an evening story)
    (page('<meta property="article:published_time" content="2023-11-08T21:11:03-05:00">'
          + ld('{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03Z"}')), "2023-11-08"),
    (page(ld('{"@type": "NewsArticle", "datePublished": "2023-11-09T02:11:03+00:00"}')
          + '<meta property="article:published_time" content="2023-11-08T21:11:03-05:00">'), "2023-11-08"),
    # a local time is kept as written, not converted to UTC
    (page('<meta property="article:published_time" content="2024-03-05T22:30:00+08:00">'), "2024-03-05"),
    # the original publication date, not the last update
    (page(ld('{"@type": "NewsArticle", "datePublished": "2024-01-10T09:00:00+01:00",'
             ' "dateModified": "2024-02-20T10:00:00+01:00"}')), "2024-01-10"),
    (page('<meta property="article:modified_time" content="2024-02-20T10:00:00Z">'
          '<meta property="article:published_time" content="2024-01-10T09:00:00Z">'), "2024-01-10"),
    # a date in a <time> element of the page
    (page(body='<time datetime="2024-03-07">7 March 2024</time>' + BODY), "2024-03-07"),
    # no date anywhere: none is guessed
    (page(), None),
]


@pytest.mark.parametrize("html, date", DATES)
def test_publication_date(html, date):
    assert article_from_html(html).date == date


# -- no body, metadata kept -----------------------------------------------------

def test_page_without_body_text_keeps_its_metadata(caplog):
    html = ('<html><head><title>Cranes delayed | Harbour Times</title>'
            '<meta property="og:site_name" content="Harbour Times">'
            '<meta property="article:published_time" content="2024-01-10T09:00:00+01:00">'
            '<meta name="author" content="Jane Doe">'
            '<link rel="canonical" href="https://h.example/cranes"></head>'
            '<body><nav><a href="/">Home</a></nav><div id="app"></div></body></html>')
    with caplog.at_level(logging.WARNING):
        article = article_from_html(html, file="cranes.html")
    assert (article.title, article.outlet, article.date, article.byline, article.url) == (
        "Cranes delayed", "Harbour Times", "2024-01-10", "Jane Doe", "https://h.example/cranes")
    assert article.text == "Cranes delayed"
    assert [p.kind for p in article.paragraphs] == ["headline"]
    assert "cranes.html: no article text found; its title and metadata are kept" in caplog.text


def test_page_without_body_text_or_title_is_refused():
    with pytest.raises(IngestFailure, match="no article text found"):
        article_from_html('<html><head><meta property="og:site_name" content="Harbour Times"></head>'
                          '<body><nav><a href="/">Home</a></nav></body></html>')
