"""Specification of the date lines a page shows (`quotesearch.ingest.html_date_lines`)
and of how they date the page (`quotesearch.ingest.html_dates`): each table is
(page, expected date). Every page is invented and read whole through `article_from_html`."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html
from quotesearch.ingest.html import _parse_tree
from quotesearch.ingest.html_date_lines import headline_date, shown_publication_date

BODY = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, "
        "two months later than planned.</p><p>“We are ready for them,” the port director said, "
        "adding that the quay had been rebuilt.</p>")


def page(head: str = "", header: str = "", aside: str = "") -> str:
    return (f"<html><head><title>Cranes delayed</title>{head}</head><body><article><h1>Cranes delayed</h1>"
            f"{header}{BODY}</article>{aside}</body></html>")


SHOWN = [
    (page(header='<span class="date">Published <time>November 9, 2023 3:02am EST</time> | '
                 'Updated November 9, 2023 3:18am EST</span>'), "2023-11-09"),
    (page(header="<p>Letzte Änderung: 31.10.2023 - 14:49:39</p><p>Erschienen am: 01.11.2023</p>"),
     "2023-11-01"),
    (page(header="<div>Datum: 03.02.2022</div><div>Autor: se</div>"), "2022-02-03"),
    (page(header="<p>Publié le 7 mars 2024 à 10h12</p>"), "2024-03-07"),
    (page(header="<p>Veröffentlicht am Mittwoch, 26.01.2022</p>"), "2022-01-26"),
    (page(header="<p>Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p>"), "2023-11-07"),
    # an update alone is no publication date
    (page(header="<p>Updated 11/8/2023 10:46 PM</p>"), None),
    # a label ending a headline is no label
    (page(aside="<ul><li><a>Game Release Date Delayed Again</a> October 5, 2020</li></ul>"), None),
    # two different publication dates: a list of articles, not this one's date
    (page(aside="<ul><li>Posted: 3 May 2024</li><li>Posted: 9 May 2024</li></ul>"), None),
    # day and month either way round: not settled here
    (page(header="<p>Published: 11/01/2023</p>"), None),
]


@pytest.mark.parametrize("html, expected", SHOWN)
def test_shown_publication_date(html, expected):
    shown = shown_publication_date(_parse_tree(html))
    assert (shown.isoformat() if shown else None) == expected


HEADLINE_DATES = [
    (page(header='<p class="byline">By Jane Doe</p><p>12.01.2022, 10:16 Uhr</p>'), "2022-01-12"),
    (page(header="<div>Familie</div><div>17/02/2022</div>"), "2022-02-17"),
    (page(header="<p>Moritz Wichmann 29.04.2020, 12:01 Uhr Lesedauer: 8 Min.</p>"), "2020-04-29"),
    # an update is not the publication
    (page(header="<p>By Sarah Yang</p><p>Updated May 06, 2019</p>"), None),
    (page(header="<p>By Rob Picheta, CNN</p><p>Updated 2010 GMT (0410 HKT) March 14, 2021</p>"), None),
    # a date inside a sentence is what the story is about
    (page(header="<p>The players warm up at Legacy Stadium in Aurora September 29, 2023, before the game.</p>"),
     None),
    # day and month either way round
    (page(header="<p>03/04/2019</p>"), None),
    # no headline, no date line
    ("<html><body><p>12.01.2022</p></body></html>", None),
]


@pytest.mark.parametrize("html, expected", HEADLINE_DATES)
def test_headline_date(html, expected):
    found = headline_date(_parse_tree(html))
    assert (found.isoformat() if found else None) == expected


DATED = [
    # the date line the page shows, over a date its markup gives for the draft
    (page('<meta name="dcterms.created" content="2023-11-08T20:25:25-05:00">'
          '<meta name="dc.date" content="2023-11-08">',
          header="<p>Published November 9, 2023 3:02am EST</p>"), "2023-11-09"),
    # and over a last change given in the markup
    (page('<meta property="og:updated_time" content="2022-01-27T18:34:20+0100">',
          header="<p>Erschienen am 26. Jan 2022</p>"), "2022-01-26"),
    # the date line under the headline, over a date the markup gives elsewhere (a UTC
    # timestamp, a date without time)
    (page('<meta name="date" content="2020-04-30" scheme="YYYY-MM-DD">',
          header="<p>Von Moritz Wichmann</p><p><time>29.04.2020, 12:01 Uhr</time></p>"), "2020-04-29"),
    # but not when it shows the page's last change, as the markup says
    (page('<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">'
          '<meta property="article:modified_time" content="2020-02-19T15:24:33+01:00">',
          header="<p>Par Ophélie Ostermann | Le 19 février 2020</p>"), "2017-04-12"),
    # an explicit publication time the date line under the headline shows, over a date
    # labelled "Datum" in the article (when a photograph was taken)
    (page('<script type="application/ld+json">{"@type": "BlogPosting", '
          '"datePublished": "2019-09-17T14:54:31+02:00"}</script>',
          header="<p>September 17, 2019</p><p>Helmut Rubik</p>",
          aside="<ul><li>Kamera: Canon EOS 60Da</li><li>Datum: 31/08/2019</li></ul>"), "2019-09-17"),
    # a publication time given on an element of the page (itemprop), over a last change
    # the page's hidden <time> gives and a date of the text
    (page(header='<time itemprop="dateModified" class="hidden">2018-08-29 14:15:57</time>'
                 '<time itemprop="datePublished" datetime="2018-06-22 10:20:00" class="hidden">'
                 '2018-06-22 10:20:00</time><p>22.06.2018 10:20</p>'), "2018-06-22"),
    (page(header='<p class="date" itemprop="datePublished" content="2022-01-14 10:31:00">Januar 2022</p>',
          aside="<p>Bewerbungen können bis zum 28. Februar 2022 eingereicht werden.</p>"), "2022-01-14"),
    # markup without a date: the day the page writes in full
    (page(header="<p>Bern, 3. Februar 2022 – Medienmitteilung</p>"), "2022-02-03"),
    # but not a year or a month filled in to a day
    (page(aside="<footer>© 2016 Harbour Times</footer>"), None),
    (page(aside="<footer>Archive: March 2020</footer>"), None),
]


@pytest.mark.parametrize("html, expected", DATED)
def test_page_date(html, expected):
    assert article_from_html(html).date == expected
