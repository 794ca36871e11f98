"""Specification of `quotesearch.ingest.html_outlets` beyond the order of trust
(tests/test_ingest_html_metadata.py): a section put where the site name goes is passed
over, and the site's domain is the name of last resort. Pages are invented."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html

BODY = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, "
        "two months later than planned.</p>")


def page(head: str, title: str = "Cranes delayed") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>Cranes delayed</h1>"
            f"{BODY}</article></body></html>")


def ld_publisher(name: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "publisher": {{"name": "{name}"}}}}</script>'


@pytest.mark.parametrize("html, url, outlet", [
    # a section as og:site_name, while the JSON-LD publisher and the title agree on the outlet
    (page('<meta property="og:site_name" content="U.S.">' + ld_publisher("Harbour Times"),
          title="Cranes delayed | Harbour Times"), None, "Harbour Times"),
    # ... and while the publisher and the known-domain table agree
    (page('<meta property="og:site_name" content="Business">' + ld_publisher("Reuters")), "https://www.reuters.com/a/1",
     "Reuters"),
    # a site name that one other source only contradicts stands
    (page('<meta property="og:site_name" content="Harbour Times">' + ld_publisher("Harbour Media Group")), None,
     "Harbour Times"),
    # a site name that the others confirm stands
    (page('<meta property="og:site_name" content="Harbour Times">' + ld_publisher("Harbour Times"),
          title="Cranes delayed | Harbour Times"), None, "Harbour Times"),
    # nothing names the site: its domain, without "www."
    (page(""), "https://www.harbour-times.example/2024/cranes", "harbour-times.example"),
    (page(""), "http://192.168.1.20/cranes.html", None),
    (page(""), None, None),
])
def test_outlet(html, url, outlet):
    assert article_from_html(html, url=url).outlet == outlet


def test_an_address_is_no_site_name():
    from quotesearch.ingest.html_outlets import outlet_name

    assert [outlet_name(name) for name in ("https://www.inquirer.com", "www.inquirer.com", "BizWest.com")] == [
        None, None, "BizWest.com"]
