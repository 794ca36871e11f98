"""Spec of `quotesearch.extract.dates`: dates written in plain text, and which one is
the publication date (read through `describe_text`) as (text, date) cases."""
from __future__ import annotations

import pytest

from layout_checks import BODY
from quotesearch.extract.metadata import describe_text, normalize_date


DATE_CASES = [
    pytest.param("Deals signed\n\nBEIJING, May 16, 2024 (Xinhua) -- Ten deals were signed.",
                 "2024-05-16", id="dateline-with-year"),
    pytest.param("Talks end\n\nBEIJING, May 16 -- The talks ended on Thursday.", None,
                 id="dateline-without-year-and-no-other-date"),
    pytest.param("Envoy interviewed\n\nThe envoy speaks in Moscow on Jan. 12, 2022. (Xinhua/Li Ming)\n\n"
                 "MOSCOW, Feb. 1 (Xinhua) -- The envoy said ties were strong.",
                 "2022-02-01", id="year-from-caption-date"),
    pytest.param("Summit opens\n\nLeaders arrive in Tokyo on Dec. 28, 2023. (Xinhua/Li Ming)\n\n"
                 "TOKYO, Jan. 3 (Xinhua) -- The summit opened on Wednesday.",
                 "2024-01-03", id="year-across-new-year"),
    pytest.param("Summit ends\n\nBEIJING, Dec. 10 (Xinhua) -- The meeting held on Nov. 30, 2024 agreed "
                 "to meet again on March 3, 2025, officials said.",
                 "2024-12-10", id="closest-preceding-date-wins-over-future-date"),
    pytest.param("Trade rises\n\nPublished: 2024-05-16\n\n" + BODY, "2024-05-16", id="published-line"),
    pytest.param("Trade rises\n\nUpdated: May 16, 2024 10:00\n\n" + BODY, "2024-05-16", id="updated-line"),
    pytest.param("Trade rises\n\nPublished: May 15, 2024\nUpdated: May 16, 2024 10:00\n\n" + BODY,
                 "2024-05-15", id="published-beats-updated"),
    pytest.param("Trade rises\n\nFirst published on Thu 16 May 2024 10.00 BST\n\n" + BODY, "2024-05-16",
                 id="first-published-line"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nOriginally published on May 5, 2024 by Nikkei Asia.",
                 None, id="date-of-the-original-is-not-this-page's"),
    pytest.param("Trade rises\n\nBy Jane Roe | 16 May 2024\n\n" + BODY, "2024-05-16", id="dated-byline"),
    pytest.param("Trade rises\n\nFriday, 17 May 2024\n\n" + BODY, "2024-05-17", id="date-under-headline"),
    pytest.param("Friday, May 17, 2024\n\nLatest News\n\nTrade rises\n\n" + BODY, None,
                 id="website-date-bar"),
    pytest.param("Trade rises\n\n" + BODY + "\n\n©2024 Hill Gazette", None, id="copyright-year-only"),
    pytest.param("Trade rises\n\n" + BODY + " The plan runs to 2030.", None, id="no-date"),
    pytest.param("Trade rises\n\nPublished: Feb. 30, 2024\n\n" + BODY, None, id="impossible-date"),
]


@pytest.mark.parametrize("text, date", DATE_CASES)
def test_date(text, date):
    assert describe_text(text).date == date


@pytest.mark.parametrize("value, iso", [
    ("Updated: May 16, 2024 10:00", "2024-05-16"),
    ("2024-05-16T07:09:00Z", "2024-05-16"),
    ("Thursday, June, 20,2024", "2024-06-20"),
    ("16th May 2024", "2024-05-16"),
    ("Sept. 3, 2021", "2021-09-03"),
    ("May 2024", None),
    ("©2024", None),
    ("", None),
])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso
