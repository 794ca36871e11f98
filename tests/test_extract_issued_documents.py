"""Spec of `quotesearch.extract.issued_documents`: reports and studies the article
credits to a named body, for "the report" to stand for later."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.issued_documents import documents_by_bodies
from quotesearch.records import Article

DOCUMENTS = [
    pytest.param("A recent report by the Harbor Institute stated costs rose.", ["Harbor Institute report"],
                 id="a-recent-report-by-the-body"),
    pytest.param("A new study from Kellard University found panels last longer.", ["Kellard University study"],
                 id="a-new-study-from"),
    pytest.param("according to a 2014 report from the World Bank.", ["World Bank report"], id="a-dated-report"),
    pytest.param("A report by the Office of the Harbor Auditor's team found gaps.",
                 ["Office of the Harbor Auditor report"], id="a-body-with-of-and-a-possessive"),
    # a person's study is the person's, no body's document
    pytest.param("A study by Ann Lee found panels last longer.", [], id="a-persons-study"),
    pytest.param("The report was late, officials said.", [], id="no-body-named"),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_documents_by_bodies(text, expected):
    assert [name for name, _ in documents_by_bodies(text, 0, len(text))] == expected


# "the report" after one credited to a body: that body's report
THE_REPORT = [
    pytest.param("Solar grows\n\nThe industry grew last year.\n\nA recent report by the Harbor Institute stated the "
                 "industry had a capacity of 8.69 GW. A further 17 makers, according to the report, had plants of "
                 "30-600 MW.", [("Harbor Institute", "organization"), ("Harbor Institute report", "document")],
                 id="according-to-the-report"),
    pytest.param("Solar grows\n\nThe industry grew last year.\n\nA new study from Kellard University found that "
                 "panels last longer. The study said costs fell by half.",
                 [("Kellard University", "organization"), ("Kellard University study", "document")],
                 id="the-study-said"),
]


@pytest.mark.parametrize("text, expected", THE_REPORT)
def test_the_report_is_the_bodys(text, expected):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(Article(id="d", text=text))] == expected
