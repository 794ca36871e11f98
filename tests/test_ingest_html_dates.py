"""Specification of the publication date of HTML pages (`quotesearch.ingest.html_dates`):
the local day of a UTC timestamp. Each table is (page, expected date); every page
is invented and read whole through `article_from_html`."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html

BODY = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, "
        "two months later than planned.</p><p>“We are ready for them,” the port director said, "
        "adding that the quay had been rebuilt.</p>")


def page(published: str, header: str = "", aside: str = "") -> str:
    return ('<html><head><title>Cranes delayed</title><script type="application/ld+json">'
            f'{{"@type": "NewsArticle", "datePublished": "{published}"}}</script></head><body><article>'
            f"<h1>Cranes delayed</h1>{header}{BODY}</article>{aside}</body></html>")


LOCAL_DAYS = [
    # a UTC moment late in the day, shown as the next day where the page is
    (page("2021-11-04T23:00Z", header="<p>5. November 2021</p>"), "2021-11-05"),
    (page("2020-12-05T23:15:0Z", header="<p>Domenica 06 Dicembre 2020 | 00:36</p>"), "2020-12-06"),
    # early in the day (UTC), shown as the day before in the west
    (page("2020-05-02T02:54:29.000Z", header="<p>May 1, 2020</p>"), "2020-05-01"),
    # the page shows the UTC day itself: it stays (a link to the next day's story does not count)
    (page("2020-08-18T19:35:33+00:00", header="<p>2020. 08. 18. 21:35</p>",
          aside="<ul><li>2020. 08. 19. Harbour reopens</li></ul>"), "2020-08-18"),
    # the page shows neither day: the UTC day, as found
    (page("2021-11-04T23:00Z"), "2021-11-04"),
    # a time in the page's own zone is its day, whatever it shows elsewhere
    (page("2021-11-04T23:00+01:00", header="<p>5. November 2021</p>"), "2021-11-04"),
]


@pytest.mark.parametrize("html, expected", LOCAL_DAYS)
def test_local_day_of_a_utc_timestamp(html, expected):
    assert article_from_html(html).date == expected


def plain_page(head: str = "", body: str = BODY) -> str:
    return f"<html><head><title>Cranes delayed</title>{head}</head><body><h1>Cranes delayed</h1>{body}</body></html>"


SEARCHED = [
    # markup without a date: the page's address ...
    (plain_page('<link rel="canonical" href="https://www.thelocal.se/20200428/cranes-delayed">'), "2020-04-28"),
    # ... else the first full date its text writes, in its language
    (plain_page(body=BODY + "<p>Port of Leith, 15 августа 2016</p><p>Next meeting: 3 October 2016</p>"),
     "2016-08-15"),
    (plain_page(body="<p>2020年07月03日</p>" + BODY), "2020-07-03"),
    # ... as a date line, not inside a sentence (a photograph's caption, a closure's end)
    (plain_page(body="<p>A soldier salutes during a ceremony at the air base near Orleans, France, January 16, "
                     "2020. Julien De Rosa/Pool via REUTERS</p>"
                     "<p>January 18, 2020</p>" + BODY), "2020-01-18"),
    (plain_page(body=BODY + "<p>The harbour tunnel is closed from 24 April to 2 October 2017, the board said.</p>"),
     None),
    (plain_page(body="<p>Karlsruhe, (12.11.2021). The harbour board said the cranes would arrive in the spring.</p>"
                     + BODY + "<p>Events: Sa. 13.11.2021 Open day</p>"), "2021-11-12"),
    # a date that reads two ways is no date; nor is a month or a year
    (plain_page(body=BODY + "<p>03/04/2019</p>"), None),
    (plain_page(body=BODY + "<footer>© 2016 Harbour Times · Archive: March 2020</footer>"), None),
]


@pytest.mark.parametrize("html, expected", SEARCHED)
def test_date_searched_in_the_page(html, expected):
    assert article_from_html(html).date == expected


def site_page(head: str = "", header: str = "", article: str = BODY) -> str:
    return (f"<html><head><title>Cranes delayed</title>{head}</head><body><header>{header}"
            "<nav><ul><li>Home</li><li>Politics</li><li>Business</li><li>Sport</li><li>Culture</li>"
            "<li>Weather</li><li>Opinion</li><li>Archive</li><li>Newsletters</li><li>Contact us</li>"
            "<li>Subscribe to the print edition</li><li>Jobs at the harbour board</li><li>Ferry timetables</li>"
            "<li>Letters to the editor</li><li>Obituaries</li></ul></nav></header>"
            f"<article><h1>Cranes delayed</h1>{article}</article></body></html>")


CHECKED = [
    # the site's header shows the day of the visit; the article's date line is below the headline
    (site_page(header="<time>Mittwoch, 8. Juli 2020</time>", article="<p>27.04.2020, 17:58 Uhr</p>" + BODY),
     "2020-04-27"),
    (site_page(head='<script type="application/ld+json">{"@type": "NewsArticle", '
                    '"dateCreated": "2019-10-18T18:11:44+02:00"}</script>',
               header="<time>Samstag, 19. Oktober 2019</time>", article=BODY + "<p>Harbour Times, 18.10.2019</p>"),
     "2019-10-18"),
    # ... also in a <time> element, and when the site's logo is the first <h1>
    (site_page(header='<time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time>',
               article="<p>Von Georg Kasch 31. Oktober 2023.</p>" + BODY), "2023-10-31"),
    (site_page(head="<title>Cranes delayed | Harbour Times</title>",
               header="<h1>Harbour Times</h1><p>Tuesday, (08 Dec 2020)</p>",
               article="<p>13 Oct 2020 18:29</p>" + BODY), "2020-10-13"),
    (site_page(head="<title>Cranes delayed - Harbour Times</title>",
               header="<h1>Harbour Times</h1><p>Tuesday, (08 Dec 2020)</p>",
               article="<p>13 Oct 2020 18:29</p>" + BODY).replace("h1>Cranes delayed</h1", "h2>Cranes delayed</h2"),
     "2020-10-13"),
    # ... the headline written with another dash than the title
    (site_page(head="<title>Queer Royal – Über Dragqueens</title>",
               header='<time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time>',
               article="<p>Von Georg Kasch 31. Oktober 2023.</p>" + BODY)
     .replace("h1>Cranes delayed</h1", "h2>Queer Royal - Über Dragqueens</h2"), "2023-10-31"),
    # the date line under the headline, over the day of readers' comments (their <time>s)
    (site_page(article="<p>von Marianne1 am 20.09.2020</p>" + BODY
               + '<div class="recipe-comment-box"><p>Super Tipp!</p>'
                 '<time datetime="2020-09-22T12:45:17+02:00">22.09.20 | 12:45</time></div>'), "2020-09-20"),
    # ... also where the markup names no date
    (site_page(header="<p>Donnerstag, 16. Februar 2012</p>").replace("<h1>", "<p>14. Februar 2012</p><h1>"),
     "2012-02-14"),
    # a date line right above the headline beats a comment's date and a generic <meta name="date">
    (("<html><head><title>Cranes delayed</title></head><body><nav><ul><li>Politique</li><li>Monde</li></ul></nav>"
      f"<p>Par Loïc Le Clerc | 30 septembre 2018</p><h1>Cranes delayed</h1>{BODY}"
      '<div class="comments"><p>Très bien.</p><strong>gabriel</strong> '
      '<abbr class="date" title="2018-09-11T10:57:27Z">Le 11 septembre 2018 à 12:57</abbr></div></body></html>'),
     "2018-09-30"),
    (('<html><head><title>Cranes delayed</title><meta name="date" content="2020-02-12"></head><body>'
      f"<p>Presse &gt; 05.02.2020 - Redaktion: Eberhard Fuhr</p><h1>Cranes delayed</h1>{BODY}</body></html>"),
     "2020-02-05"),
    # ... not over an explicit publication time (the line above may be a teaser's)
    (('<html><head><title>Cranes delayed</title><meta property="article:published_time" '
      'content="2019-10-01T09:00:00+02:00"></head><body><p>Reviews • Technik</p><p>22. September 2019</p>'
      f"<h1>Cranes delayed</h1>{BODY}</body></html>"), "2019-10-01"),
    # ... but a date line right above the headline is the article's own
    (f"<html><body><p>Freitag, 5. Juni 2015</p><h1>Cranes delayed</h1>{BODY * 3}"
     + "<p>Comment by Sana, 6. Juni 2015 um 10:23</p></body></html>", "2015-06-05"),
    # a generic <meta name="date"> (the day the page was generated) loses to the day its <time> shows
    (site_page(head='<meta name="date" content="2022-01-21T15:38:44+01:00">',
               article='<time datetime="2022-01-27">27.01.2022</time>' + BODY), "2022-01-27"),
    (site_page(head='<meta property="og:updated_time" content="2020-06-02T11:57:06+02:00">',
               article="<time>31.03.2020</time>" + BODY), "2020-03-31"),
    # ... not an explicit publication time, nor a <time> labelled as an update
    (site_page(head='<meta property="article:published_time" content="2019-10-18T16:06:50+02:00">',
               article='<time datetime="2019-04-21">Apr 21, 2019</time>' + BODY), "2019-10-18"),
    (site_page(head='<meta name="date" content="2022-01-21T15:38:44+01:00">',
               article="<time>Aktualisiert: 27.01.2022</time>" + BODY), "2022-01-21"),
]


@pytest.mark.parametrize("html, expected", CHECKED)
def test_date_checked_against_what_the_page_shows(html, expected):
    assert article_from_html(html).date == expected


def address_page(address: str, head: str, body: str = BODY, locale: str = "") -> str:
    return (f'<html><head><title>Cranes delayed</title><link rel="canonical" href="{address}">'
            f'{locale and f"<meta property=og:locale content={locale}>"}{head}</head>'
            f"<body><article><h1>Cranes delayed</h1>{body}</article></body></html>")


WHERE_THE_PAGE_IS = [
    # a UTC moment on another day everywhere in the page's country, the page showing no date
    (address_page("https://example.com/cranes", '<meta property="article:published_time" '
                  'content="2020-05-02T02:54:29.000Z">', locale="en_US"), "2020-05-01"),
    (address_page("https://example.ca/nouvelle/1728875", '<script type="application/ld+json">'
                  '{"@type": "NewsArticle", "datePublished": "2020-08-25T00:23:33.312Z"}</script>'), "2020-08-24"),
    # ... not where the country's clocks disagree on the day, nor where the country is unknown
    (address_page("https://example.com/cranes", '<meta property="article:published_time" '
                  'content="2020-05-02T16:54:29.000Z">', locale="en_US"), "2020-05-02"),
    (address_page("https://example.com/cranes", '<meta property="article:published_time" '
                  'content="2020-05-02T02:54:29.000Z">'), "2020-05-02"),
    # the day of the page's address (when it was made) loses to the explicit publication time,
    # local where the page is, when the page shows that day
    (address_page("https://example.es/elpais/2020/02/18/ciencia/1582045946.html",
                  '<meta property="article:published_time" content="2020-02-19T18:37:32+01:00">',
                  body=BODY * 2 + "<p>19 FEB 2020 - 18:37 CET</p>"), "2020-02-19"),
    (address_page("https://example.com/2020/07/08/politics/cranes/",
                  '<script type="application/ld+json">{"@type": "NewsArticle", '
                  '"datePublished": "2020-07-09T10:04:04Z"}</script>',
                  body=BODY * 2 + "<p>July 9, 2020 at 6:04 a.m. EDT</p>", locale="en_US"), "2020-07-09"),
    # ... also where the page names no country, when the address's day is nowhere shown
    (address_page("https://example.com/2020/07/08/politics/cranes/",
                  '<script type="application/ld+json">{"@type": "NewsArticle", '
                  '"datePublished": "2020-07-09T10:04:04Z"}</script>',
                  body=BODY * 2 + "<p>July 9, 2020 at 6:40 PM EDT</p>"), "2020-07-09"),
    # a number of the address's slug is no day ("/2023/10/3-questions-for-…")
    (('<html><head><title>3 Fragen an Tina Musil</title><link rel="canonical" '
     'href="https://example.de/2023/10/3-fragen-an-tina-musil/"><meta property="article:published_time" '
     'content="2023-10-31T08:47:16+00:00"></head><body><p>31. Oktober 2023 · Von Campact-Team</p>'
     f"<h1>3 Fragen an Tina Musil</h1>{BODY}</body></html>"), "2023-10-31"),
    # ... not a late-evening UTC time that is the address's day where the page is
    (address_page("https://example.com/2023/11/08/politics/cranes/",
                  '<meta property="article:published_time" content="2023-11-09T03:28:35Z">',
                  body=BODY * 2 + "<p>November 9, 2023</p>", locale="en_US"), "2023-11-08"),
    # a generic <meta name="date"> in the page's own zone loses to the date line under the headline
    (address_page("https://example.de/riesling", '<meta name="date" content="2021-12-20T11:02:44+01:00">',
                  body="<p>27.01.2022</p>" + BODY), "2022-01-27"),
]


@pytest.mark.parametrize("html, expected", WHERE_THE_PAGE_IS)
def test_local_day_where_the_page_is(html, expected):
    assert article_from_html(html).date == expected


def test_an_unknown_time_zone_name_reads_the_date_without_a_warning():
    # "IST" is no zone dateutil knows; the date is all that is read, and the user sees no
    # library warning on the terminal
    import warnings as _warnings
    from quotesearch.ingest.html_dates import iso_date
    with _warnings.catch_warnings(record=True) as caught:
        _warnings.simplefilter("always")
        assert iso_date("May 6, 2022 12:49 IST") == "2022-05-06"
    assert not caught
