"""A paragraph's quotes get their last touches: a report read from inside a direct
quotation gives way to the quotation, and an indirect report does not end on a
subordinator its gerund was cut after."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.attribution.finishing import drop_nested_reports, trim_quote
from quotesearch.records import Article, Quote


def quotes_of(body: str) -> list[tuple[str, str]]:
    return [(q.type, q.text) for q in extract_quotes(Article(id="t", text="Council\n\n" + body))]


@pytest.mark.parametrize("body, expected", [
    pytest.param("Harper said: “These were 12 pages of laws – including some the council never read.”",
                 [("direct", "These were 12 pages of laws – including some the council never read.")],
                 id="a-report-inside-the-quotation"),
    pytest.param("Ann Lee said the council voted after arguing for hours.",
                 [("indirect", "the council voted")], id="a-dangling-subordinator"),
    pytest.param("Ann Lee said the mayor was \"strong in the debate\" when answering a question on taxes.",
                 [("mixed", "the mayor was \"strong in the debate\"")], id="a-dangling-subordinator-in-a-mixed-report"),
    pytest.param("Ann Lee said the plan was “a disaster” — the word the council had used a year before.",
                 [("mixed", "the plan was “a disaster”")], id="a-dash-after-the-quoted-words-opens-an-aside"),
    pytest.param("Ann Lee said the plan to “fix the port” — itself a reply to the council — was a slogan.",
                 [("mixed", "the plan to “fix the port” — itself a reply to the council — was a slogan")],
                 id="a-dash-of-a-pair-is-no-aside-after-the-report"),
])
def test_last_touches_on_a_paragraphs_quotes(body, expected):
    assert quotes_of(body) == expected


def test_a_report_inside_a_direct_quotation_is_dropped_and_others_kept():
    direct = Quote(text="These were 12 pages of laws", start=10, end=60, type="direct", speaker="Harper")
    inside = Quote(text="12 pages of laws", start=20, end=40, type="indirect", speaker="Harper")
    outside = Quote(text="the council voted", start=70, end=90, type="indirect", speaker="Harper")
    assert drop_nested_reports([direct, inside, outside]) == [direct, outside]


def test_trim_quote_strips_blanks_and_a_dangling_subordinator():
    text = "She said  the council voted after arguing for hours."
    start = text.index("  the") + 1
    end = text.index(" arguing")
    quote = Quote(text=text[start:end], start=start, end=end, type="indirect", speaker="Ann Lee")
    trim_quote(quote, text)
    assert quote.text == "the council voted"
