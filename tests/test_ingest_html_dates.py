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
    # a date that reads two ways is no date; nor is a month or a year
    (plain_page(body=BODY + "<p>03/04/2019</p>"), None),
    (plain_page(body=BODY + "<footer>© 2016 Harbour Times · Archive: March 2020</footer>"), None),
]


@pytest.mark.parametrize("html, expected", SEARCHED)
def test_date_searched_in_the_page(html, expected):
    assert article_from_html(html).date == expected
