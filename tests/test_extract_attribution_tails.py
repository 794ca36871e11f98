"""What trails a report (`attribution.tails`): a numbered reference, a dangling
conjunction and the closing punctuation are no part of the report; a bracket of words
and counts beside names are."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.attribution.tails import untrailed_end
from quotesearch.records import Article

# (the words after a report's start, what remains of them)
UNTRAILED = [
    ("yoga decreased anxiety (13).", "yoga decreased anxiety"),
    ("the drug cut deaths by half [4, 5].", "the drug cut deaths by half"),
    ("the risk fell (2-4)", "the risk fell"),
    ("BIS is more accurate than BIA (14, 15).", "BIS is more accurate than BIA"),
    ("the seats went to Ann Lee (4) and Tom Reed (2).", "the seats went to Ann Lee (4) and Tom Reed (2)"),
    ("the vote was 12 to 3 (with 2 abstentions).", "the vote was 12 to 3 (with 2 abstentions)"),
    ("the plan would fail - a jab at the minister - while", "the plan would fail"),
    ("Tom Reed to tell the board to stop because", "Tom Reed to tell the board to stop"),
    ("the plan will fail.)", "the plan will fail"),   # (a bracketed sentence: not its closing bracket)
]


@pytest.mark.parametrize("words, expected", UNTRAILED)
def test_what_trails_a_report_is_dropped(words, expected):
    text = "Lead. " + words
    assert text[6:untrailed_end(text, 6, len(text))] == expected


REPORTS = [
    pytest.param("Another study in 20 girls found that yoga decreased anxiety (13).",
                 [("indirect", "yoga decreased anxiety", "Another study in 20 girls")], id="a-reference-number"),
    pytest.param("The clerk said the seats went to Ann Lee (4) and Tom Reed (2).",
                 [("indirect", "the seats went to Ann Lee (4) and Tom Reed (2)", "the clerk")], id="counts-beside-names"),
    # a report cut where a second one begins keeps no dangling subordinator
    pytest.param("Ann Lee asked Tom Reed to tell the board to stop because she thought the board might listen.",
                 [("indirect", "Tom Reed to tell the board to stop", "Ann Lee"),
                  ("indirect", "the board might listen", "Ann Lee")], id="a-cut-before-because"),
    # (a quotation after the subordinator goes on the report)
    pytest.param("Ann Lee said she disagrees with the ruling, because “I cannot find anything fair in it.”",
                 [("mixed", "she disagrees with the ruling, because “I cannot find anything fair in it.”", "Ann Lee")],
                 id="because-then-a-quotation"),
]


@pytest.mark.parametrize("body, expected", REPORTS)
def test_reports_end_before_what_trails_them(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected
