"""Server-drawn charts (`quotesearch.web.charts`): the timeline at real time scale."""
from __future__ import annotations

import re

import pytest

from quotesearch.web.charts import periods_of, timeline_chart


@pytest.mark.parametrize("counts, slots", [
    # months when the span is three years or less, every month of it, gaps as 0
    ([("2023-11", 2), ("2024-02", 5)], [("2023-11", 2), ("2023-12", 0), ("2024-01", 0), ("2024-02", 5)]),
    ([("2024-02", 1)], [("2024-02", 1)]),
    # years past that: 2015, 2016, 2022, 2025 are not side by side
    ([("2015-01", 1), ("2016-06", 2), ("2022-03", 3), ("2025-12", 4)],
     [("2015", 1), ("2016", 2)] + [(str(y), 0) for y in range(2017, 2022)] + [("2022", 3), ("2023", 0),
                                                                          ("2024", 0), ("2025", 4)]),
    # matches dated by year alone, on a long span, count in their year
    ([("2015", 3), ("2020-05", 1)], [(str(y), n) for y, n in zip(range(2015, 2021), (3, 0, 0, 0, 0, 1))]),
    ([], []),
])
def test_periods(counts, slots):
    assert [(p.key, p.count) for p in periods_of(counts)[0]] == slots


def test_year_only_dates_on_a_month_timeline_are_counted_apart():
    slots, unplaced = periods_of([("2023", 4), ("2023-05", 1), ("2023-07", 2)])
    assert [p.key for p in slots] == ["2023-05", "2023-06", "2023-07"] and unplaced == 4


def test_bars_are_links_with_counts_at_their_time():
    svg = timeline_chart([("2015-01", 1), ("2016-06", 20), ("2025-12", 4)], "Matches",
                         lambda key: f"?from={key}&to={key}")
    bars = re.findall(r'<a class="bar" href="([^"]+)" aria-label="([^"]+)"><rect x="([\d.]+)"', svg)
    assert [(href, label) for href, label, _ in bars] == [
        ("?from=2015&amp;to=2015", "2015: 1 quotation"), ("?from=2016&amp;to=2016", "2016: 20 quotations"),
        ("?from=2025&amp;to=2025", "2025: 4 quotations")]
    x = [float(b[2]) for b in bars]
    assert abs((x[2] - x[1]) - 9 * (x[1] - x[0])) < 0.5           # 9 years apart, not 1
    assert ">20</text>" in svg


def test_labels_are_escaped_once():
    svg = timeline_chart([("2024-01", 1)], "Quotations of AT&T <Inc> over time", lambda key: "?")
    assert "<title>Quotations of AT&amp;T &lt;Inc&gt; over time: Jan 2024: 1</title>" in svg
    assert "&amp;amp;" not in svg and "&lt;title&gt;" not in svg


def test_nothing_dated_draws_nothing():
    assert str(timeline_chart([], "Matches", lambda key: "?")) == ""
