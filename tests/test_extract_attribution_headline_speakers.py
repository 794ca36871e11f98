"""Spec of `quotesearch.extract.attribution.headline_speakers`: a headline's report
stands only when it names its speaker, and a description the headline gives its
speaker ("…, Kellard envoy says") is the one person the story gives that role.
Articles are invented: (headline and body, expected (speaker, role) of the
headline's report, or None when the headline yields none)."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

HEADLINE_SPEAKERS = [
    pytest.param("Talks must resume soon, Pakistani envoy says\n\nTalks must resume soon to end the fighting, "
                 "Pakistani Ambassador to Azerbaijan Tom Reed told reporters.\n\nThe diplomat said the attacks "
                 "were a concern.", ("Tom Reed", "Pakistani Ambassador to Azerbaijan"), id="nationality-and-envoy"),
    pytest.param("Harbor chair dismisses the claims\n\nHarbor Committee Chair Ann Lee dismissed the claims on "
                 "Monday. The claims were false, she said.", ("Ann Lee", "Harbor Committee Chair"),
                 id="body-and-chair"),
    # no one in the story holds the role: the description stays as written
    pytest.param("Talks must resume soon, Pakistani envoy says\n\nTalks must resume soon to end the fighting, "
                 "officials told reporters on Monday.", ("Pakistani envoy", None), id="no-holder-in-the-story"),
    # two who could be meant: the description stays
    pytest.param("Talks must resume soon, Pakistani envoy says\n\nTalks must resume soon, Pakistani Ambassador to "
                 "Azerbaijan Tom Reed told reporters. Pakistani Ambassador to Turkey Dan Fisk agreed.",
                 ("Pakistani envoy", None), id="two-holders"),
    # a pronoun names no one in a headline
    pytest.param("He says talks must resume soon\n\nTom Reed, an envoy, said talks must resume soon.", None,
                 id="a-pronoun-yields-nothing"),
]


@pytest.mark.parametrize("text, expected", HEADLINE_SPEAKERS)
def test_a_headline_description_is_the_storys_role_holder(text, expected):
    headline_end = text.index("\n\n")
    quotes = [q for q in extract_quotes(Article(id="h", text=text)) if q.start < headline_end]
    assert ((quotes[0].speaker, quotes[0].role) if quotes else None) == expected
