"""Spec of `attribution.panel_answers`: a panel's answers set out as "Name, role: answer"
lines, read only where a page has two such lines or more. Articles are invented."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

PANEL = ("Panel: what next for the port?\n\nWe asked three people what comes next.\n\n"
         "Ann Lee, mayor of Harbor: We will rebuild, and the port will be bigger than before.\n\n"
         "Tom Reed, union leader: The workers need guarantees before anything else happens.\n\n")

PANEL_ANSWERS = [
    pytest.param(PANEL, [("Ann Lee", "mayor of Harbor", "We will rebuild, and the port will be bigger than before."),
                         ("Tom Reed", "union leader", "The workers need guarantees before anything else happens.")],
                 id="two-answers"),
    # one such line alone is a caption or a credit, not a panel
    pytest.param("Port news\n\nThe port closed on Monday.\n\n"
                 "Ann Lee, mayor of Harbor: We will rebuild, and the port will be bigger than before.\n\n",
                 [], id="one-line-alone"),
    # a short line after the colon is a credit or a list's item
    pytest.param("Credits\n\nAnn Lee, photographer: Harbor port at dawn.\n\nTom Reed, editor: Kellard desk.\n\n",
                 [], id="credits"),
    # a label whose first word is no first name is a place or a body's listing
    pytest.param("Results\n\nKellard County, District 4: Turnout rose in every ward and in every age group this year.\n\n"
                 "Harbor City, District 9: Turnout fell in every ward and in every age group this year.\n\n",
                 [], id="places-and-districts"),
    # a role that reports something is a sentence, read by the other rules
    pytest.param("Port news\n\nAnn Lee, who said on Monday: We will rebuild, and the port will be bigger than before.\n\n"
                 "Tom Reed, who told us: The workers need guarantees before anything else happens.\n\n",
                 [], id="a-role-that-reports"),
]


@pytest.mark.parametrize("article, expected", PANEL_ANSWERS)
def test_panel_answers_are_their_speakers_words(article, expected):
    quotes = [q for q in extract_quotes(Article(id="p", text=article)) if q.cue == ":"]
    assert [(q.speaker, q.role, q.text) for q in quotes] == expected
