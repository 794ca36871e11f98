"""Dates of matches (`quotesearch.search.timeline`): the from/to control as a
query-language condition, and the months matches fall in."""
from __future__ import annotations

import numpy as np
import pytest

from quotesearch.search import search
from quotesearch.search.timeline import date_clause, month_counts, with_dates


@pytest.mark.parametrize("start, end, clause", [
    ("2016", "2016", "date:[2016 TO 2016-99-99]"),
    ("2016-03", "2016-05", "date:[2016-03 TO 2016-05-99]"),
    ("2016-03-14", "2016-03-20", "date:[2016-03-14 TO 2016-03-20]"),
    ("2016-03", None, "date:[2016-03 TO 9999-12-31]"),
    (None, "2016", "date:[0001-01-01 TO 2016-99-99]"),
    (None, None, ""),
])
def test_date_clause(start, end, clause):
    assert date_clause(start, end) == clause


@pytest.mark.parametrize("bound", ["2016-13", "16", "2016-3", "2016-03-32", "yesterday"])
def test_a_bad_bound_is_refused(bound):
    with pytest.raises(ValueError, match="looks like 2016, 2016-03 or 2016-03-14"):
        date_clause(bound, None)


@pytest.mark.parametrize("query, dates, combined", [
    ("trade", ("2016", None), "trade date:[2016 TO 9999-12-31]"),
    ("", ("2016", "2016"), "date:[2016 TO 2016-99-99]"),
    ("trade OR tariffs", ("2016", None), "(trade OR tariffs) date:[2016 TO 9999-12-31]"),
    ("trade", None, "trade"),
])
def test_with_dates(query, dates, combined):
    assert with_dates(query, dates) == combined


def test_month_counts():
    dates = np.array([20220214, 20220201, 20230301, 20230000, 0, 20240611], dtype=np.int32)
    mask = np.array([True, True, True, True, True, False])
    assert month_counts(dates, mask) == [("2022-02", 2), ("2023", 1), ("2023-03", 1)]
    assert month_counts(dates, np.zeros(6, dtype=bool)) == []


def test_search_within_dates(wire_index):
    everything = search(wire_index, "", page_size=100)
    march = search(wire_index, "", dates=("2023-03", "2023-03"), page_size=100)
    assert march.total == sum(1 for h in everything.hits if (h.quote.date or "").startswith("2023-03"))
    assert march.months == [("2023-03", march.total)]
    # a question's own reading and the range both hold
    asked = "what did Maria Lindqvist say about the terminal"
    assert search(wire_index, asked, dates=("2023", "2023")).total == 1
    assert search(wire_index, asked, dates=("2024", None), relax=False).total == 0


def test_a_range_matching_nothing_is_relaxed_and_said(wire_index):
    results = search(wire_index, "terminal", dates=("2010", "2011"))
    assert results.total > 0 and "date:[2010 TO 2011-99-99]" in results.relaxed
