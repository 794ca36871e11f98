"""Specification of full dates as pages write them (`quotesearch.ingest.written_dates`):
each table is (text, expected dates)."""
from __future__ import annotations

from datetime import date

import pytest

from quotesearch.ingest.written_dates import (
    dates_by_year,
    is_written,
    url_date,
    written_dates,
)

WRITTEN = [
    ("Erschienen am: 01.11.2023", [(date(2023, 11, 1),)]),
    ("7 March 2024", [(date(2024, 3, 7),)]),
    ("7. März 2024", [(date(2024, 3, 7),)]),
    ("26. Jan 2022", [(date(2022, 1, 26),)]),
    ("06. Mär. 2023", [(date(2023, 3, 6),)]),
    ("Publié le 7 mars 2024", [(date(2024, 3, 7),)]),
    ("7 de marzo de 2024", [(date(2024, 3, 7),)]),
    ("Domenica 06 Dicembre 2020 | 00:36", [(date(2020, 12, 6),)]),
    ("November 9, 2023 3:02am EST", [(date(2023, 11, 9),)]),
    ("March 7th, 2024", [(date(2024, 3, 7),)]),
    ("15 августа 2016, 13:43", [(date(2016, 8, 15),)]),
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", [(date(2020, 10, 7),)]),
    ("2020年07月03日", [(date(2020, 7, 3),)]),
    ("2024-03-07T10:00:00+01:00", [(date(2024, 3, 7),)]),
    ("2024/03/07", [(date(2024, 3, 7),)]),
    ("2020. 08. 18. 21:35", [(date(2020, 8, 18),)]),
    # day and month in numbers either way round: both readings
    ("11/01/2023 12:43:42", [(date(2023, 1, 11), date(2023, 11, 1))]),
    ("25/12/2023", [(date(2023, 12, 25),)]),
    # no full date: a month, a year, a copyright line, an impossible day
    ("March 2024", []),
    ("© 2016 Harbour Times", []),
    ("31.02.2024", []),
    # a range of days is no one day
    ("(2020/7/11-12, 18 winners)", []),
    ("ISBN 978-3-16-148410-0, tel. 030 2024 1122", []),
]


@pytest.mark.parametrize("text, expected", WRITTEN)
def test_written_dates(text, expected):
    assert [readings for readings, _ in written_dates(text)] == expected


@pytest.mark.parametrize("text", [text for text, _ in WRITTEN])
def test_dates_by_year_finds_what_written_dates_finds(text):
    assert list(dates_by_year(text)) == [readings for readings, _ in written_dates(text)]


def test_dates_by_year_in_order_on_a_long_page():
    text = "menu " * 2000 + "Port of Leith, 15 августа 2016. " + "text " * 2000 + "Next: 2016-10-03, © 2016"
    assert list(dates_by_year(text)) == [(date(2016, 8, 15),), (date(2016, 10, 3),)]


def test_is_written_needs_day_month_and_year():
    assert is_written(date(2022, 2, 3), "Bern, 3. Februar 2022 – Der Bund")
    assert not is_written(date(2016, 1, 1), "© 2016 Harbour Times")


URLS = [
    ("https://www.thelocal.se/20200428/meet-the-swede", date(2020, 4, 28)),
    ("https://example.org/2019/12/09/pour-le-neoliberalisme/", date(2019, 12, 9)),
    ("https://example.org/news/2019-12-09-title", date(2019, 12, 9)),
    ("https://example.org/2023/10/3-fragen-an-tina/", None),
    ("https://example.org/article/20201399", None),
    (None, None),
]


@pytest.mark.parametrize("url, expected", URLS)
def test_url_date(url, expected):
    assert url_date(url) == expected
