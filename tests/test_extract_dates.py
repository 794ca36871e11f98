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
    # date lines as users save them from web pages
    pytest.param("Bridge reopens\n\nNovember 8, 2023, 11:15 PM\n\n" + BODY, "2023-11-08", id="date-comma-time"),
    pytest.param("Bridge reopens\n\nUpdated 11/8/2023 10:46 PM\n\n" + BODY, "2023-11-08",
                 id="updated-us-numeric-date"),
    pytest.param("Bridge reopens\n\n16:23, Thu, Nov 2, 2023\n\n" + BODY, "2023-11-02", id="time-before-date"),
    pytest.param("Bridge reopens\n\nPublished: 10:55 EDT, 7 May 2020 | Updated: 12:40 EDT, 8 May 2020\n\n"
                 + BODY, "2020-05-07", id="published-and-updated-on-one-line"),
    pytest.param("Bridge reopens\n\n24 September 2019\n\n" + BODY, "2019-09-24", id="day-month-year-line"),
    pytest.param("# Bridge reopens\n\nPublished :`2024-07-27 16:38:29`\n\n---\n\n" + BODY, "2024-07-27",
                 id="markdown-published-stamp"),
    pytest.param("---\ntitle: Bridge reopens\ndate: \"2023-03-20\"\n---\n\n" + BODY, "2023-03-20",
                 id="front-matter-quoted-date"),
    pytest.param("---\ntitle: Bridge reopens\ndate: 2025-09-02 10:00:00 +0000\n---\n\n" + BODY, "2025-09-02",
                 id="front-matter-date-time-zone"),
    pytest.param("Bridge reopens ( Harbor News ) 08:30, June 4, 2022 HARBORTON, June 4 (Harbor News) -- "
                 "The bridge reopened on Saturday after two years of repairs, the city said. Most Viewed "
                 "1 Ferry fares cut May 2, 2022 2 Port expansion approved April 30, 2022 © 2022 Harbor News",
                 "2022-06-04", id="flattened-page-stamp-not-its-lists-or-copyright"),
    pytest.param("Bridge reopens\n\n" + BODY + "\n\nMost Viewed\n\nMay 2, 2022\n\n© 2022 Harbor News",
                 None, id="furniture-dates-are-no-publication-date"),
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
    ("11/8/2023", "2023-11-08"),
    ("25/12/2023", "2023-12-25"),
    # dotted numeric dates are day first
    ("22:57 GMT 28.04.2020", "2020-04-28"),
    # a web copy glues a label, a name or a time to the date
    ("Original Research7 April 2020", "2020-04-07"),
    ("BUSINESS01.11.2023 06:06 PM", "2023-11-01"),
    ("Ann RoeNovember 6, 2023", "2023-11-06"),
    ("By Ann Roe/June 12, 2020 9:49 am EST", "2020-06-12"),
    ("November 9, 20235:01 AM ET", "2023-11-09"),
    ("Casanova 12, 2023", None),
    ("May 2024", None),
    ("©2024", None),
    ("", None),
])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso
