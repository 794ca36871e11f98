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


@pytest.mark.parametrize("html, url, outlet", [
    # a handle or squashed name as og:site_name: the name spelled out where another source gives it
    (page('<meta property="og:site_name" content="harbourtimes">', title="Cranes delayed | Harbour Times"),
     "https://www.harbourtimes.example/news/cranes", "Harbour Times"),
    (page('<meta property="og:site_name" content="Harbourmag">' + ld_publisher("HARBOUR")),
     "https://harbour.example/cranes", "HARBOUR"),
    # ... not a site name that is no squashed form of the other ("NYMag" is not "New York Magazine")
    (page('<meta property="og:site_name" content="HarbourMag">' + ld_publisher("Coast Media Group")),
     "https://harbour.example/cranes", "HarbourMag"),
    # a tagline before the name in og:site_name: the part naming the site's domain
    (page('<meta property="og:site_name" content="Boston News, Weather, Sports | WHBR 7News">'),
     "https://whbr.example/news/cranes", "WHBR 7News"),
    # a tagline (in any script) as og:site_name, the title's suffix being the domain's name
    (page('<meta property="og:site_name" content="বৃটেনে আমরা প্রথম, আমরাই শীর্ষে">', title="Cranes delayed | HBNEWS"),
     "https://hbnews.example/23646", "HBNEWS"),
    # a title's last part repeating another part is the page's subject ("… : Alexander Roe : ALEXANDER ROE"),
    # the title opening with the outlet that the application name gives
    (page('<meta name="application-name" content="Daily Harbour News">',
          title="Daily Harbour News : Details : ROE MOWING LLC : Alexander Roe : ALEXANDER ROE"),
     "https://www.dhn.example/details/1", "Daily Harbour News"),
    # a syndicated story's JSON-LD publisher (the story's source) is not the outlet that runs the page,
    # which its application name or copyright gives
    (page('<meta property="og:site_name" content="https://www.harbourtimes.example">'
          '<meta name="application-name" content="The Harbour Times, LLC">' + ld_publisher("Washington Post")),
     "https://www.harbourtimes.example/nation/cranes", "The Harbour Times"),
    (page('<meta name="copyright" content="(c) 2020 The Harbour Times, Inc.">' + ld_publisher("Associated Press")),
     "https://www.harbourtimes.example/nation/cranes", "The Harbour Times"),
    # ... a publisher that is the site's owner stands when nothing else names the domain,
    # or when it names the domain with its accents
    (page('<meta name="application-name" content="listindiario.com">' + ld_publisher("Listín Diario")),
     "https://listindiario.com/economia/1", "Listín Diario"),
    (page(ld_publisher("Coast Media Group")), "https://www.harbourtimes.example/nation/cranes", "Coast Media Group"),
])
def test_outlet_name_not_handle_tagline_or_source(html, url, outlet):
    assert article_from_html(html, url=url).outlet == outlet
