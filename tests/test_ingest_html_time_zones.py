"""Specification of `quotesearch.ingest.html_time_zones`: the country a page is
from, and the day a UTC moment falls on everywhere in it. Tables of (input, expected)."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from lxml import html as lxml_html

from quotesearch.ingest.html_time_zones import page_region, regional_day


@pytest.mark.parametrize("page, url, region", [
    ("<html><head></head><body></body></html>", "https://www.example.de/a", "de"),
    ('<html lang="en-US"><head></head><body></body></html>', "https://example.com/a", "us"),
    ('<html><head><meta property="og:locale" content="en_AU"></head><body></body></html>', None, "au"),
    ('<html><head><meta property="og:url" content="https://example.co.uk/a"></head><body></body></html>',
     "/relative", "uk"),
    # a country domain we have no clocks for: its locale does not stand in
    ('<html lang="en-US"><head></head><body></body></html>', "https://example.ru/a", None),
    ('<html lang="en"><head></head><body></body></html>', "https://example.com/a", None),
])
def test_page_region(page, url, region):
    assert page_region(lxml_html.fromstring(page), url) == region


@pytest.mark.parametrize("moment, region, day", [
    (datetime(2020, 5, 2, 2, 54, tzinfo=UTC), "us", date(2020, 5, 1)),
    (datetime(2020, 5, 2, 16, 54, tzinfo=UTC), "us", date(2020, 5, 2)),
    (datetime(2020, 5, 2, 4, 30, tzinfo=UTC), "us", None),  # still the 1st in Hawaii, the 2nd in New York
    (datetime(2021, 11, 4, 23, 0, tzinfo=UTC), "de", date(2021, 11, 5)),
    (datetime(2021, 11, 4, 23, 0, tzinfo=UTC), "gb", None),
    (datetime(2021, 11, 4, 23, 0, tzinfo=UTC), None, None),
])
def test_regional_day(moment, region, day):
    assert regional_day(moment, region) == day
