"""Spec of `quotesearch.extract.portal`: a news portal's page flattened to one line by
a crawler is cut into headline, stamp, caption, body and furniture (invented pages)."""
from __future__ import annotations

import pytest

from layout_checks import assert_well_formed
from quotesearch.extract import extract_article
from quotesearch.extract.metadata import describe_text
from quotesearch.extract.portal import cut_portal_line
from quotesearch.records import Article

BODY = ("The mayor on Tuesday said the harbour bridge would reopen in June. \"We have waited long "
        "enough,\" Mayor Ana Ruiz told reporters.")
PAGE = ("Harbour bridge to reopen - Bay Herald Online loadScript('menu.js'); Tuesday, Jun 7, 2022 "
        "Home News Business Sport English >> Harbour bridge to reopen ( Harbor Wire ) 14:05, June 7, 2022 "
        "Workers repair the bridge in Bayport, June 6, 2022. (Harbor Wire/Li Na) "
        "BAYPORT, June 7 (Harbor Wire) -- " + BODY + " (Web editor: Tom Lee) Add your comment "
        "Editor's Picks Mayor praises volunteers Council calls for calm over fares Trending Night market "
        "lifts local economy Most Viewed 1 Port expansion approved 2 Ferry fares cut Spotlight Fishermen "
        "keep a tradition while fighting drought About Us | Contact © Bay Herald Online")


def kinds(text):
    layout = describe_text(text)
    assert_well_formed(text, layout)
    return [(p.kind, text[p.start:p.end]) for p in layout.paragraphs]


def test_page_is_cut_into_its_parts():
    parts = kinds(PAGE)
    assert ("headline", "Harbour bridge to reopen") in parts
    assert ("caption", "Workers repair the bridge in Bayport, June 6, 2022. (Harbor Wire/Li Na)") in parts
    assert [t for k, t in parts if k == "body"] == [BODY]          # the dateline is cut off
    assert parts[0][0] == "furniture" and parts[0][1].startswith("Harbour bridge to reopen - Bay Herald")
    after = [k for k, t in parts[parts.index(("body", BODY)) + 1:]]
    assert after and set(after) == {"furniture"}
    assert ("furniture", "© Bay Herald Online") in parts


def test_metadata_of_the_page():
    layout = describe_text(PAGE)
    assert (layout.title, layout.outlet, layout.date, layout.republished_from) == (
        "Harbour bridge to reopen", "Bay Herald Online", "2022-06-07", "Harbor Wire")
    assert layout.dateline == "BAYPORT, June 7 (Harbor Wire) --"


def test_furniture_yields_no_quotations():
    quotes = extract_article(Article(id="p", text=PAGE)).quotes
    body_start = PAGE.index(BODY)
    assert quotes and all(body_start <= q.start and q.end <= body_start + len(BODY) for q in quotes)


@pytest.mark.parametrize("text", [
    pytest.param(BODY * 5, id="long-line-without-a-stamp"),
    pytest.param("Short line ( Wire ) 10:00, June 7, 2022 A story.", id="too-short"),
    pytest.param(PAGE.replace(" ", "\n", 3), id="several-lines"),
])
def test_other_lines_are_left_alone(text):
    assert cut_portal_line(text, 0, len(text)) is None


@pytest.mark.parametrize("body_end, after", [
    pytest.param("the city said.", " Trending Night market lifts the economy", id="list-heading"),
    pytest.param("the city said.", " (Web editor: Kim Ha)", id="web-editor-credit"),
    pytest.param("the city said.", " © Bay Herald Online", id="copyright"),
    pytest.param("the city said.", " 【1】 【2】 (For the latest news, follow us)", id="pager"),
])
def test_body_ends_at_trailing_furniture(body_end, after):
    story = "The bridge will reopen in June after two years of repairs, " + body_end
    text = ("Bridge to reopen - Bay Herald English >> Bridge to reopen ( Bay Herald ) 09:00, June 7, 2022 "
            + story + " Trending topics were not discussed, the mayor said." * 0 + after + " " + "x " * 150)
    parts = kinds(text)
    assert ("body", story) in parts


def test_a_list_word_inside_the_story_does_not_end_it():
    story = ("The bridge will reopen in June, the city said. Trending upward, traffic on the ferry "
             "doubled, officials said.")
    text = ("Bridge to reopen - Bay Herald English >> Bridge to reopen ( Bay Herald ) 09:00, June 7, 2022 "
            + story + " Most Viewed 1 Ferry fares cut 2 Port approved " + "x " * 150)
    assert ("body", story) in kinds(text)
