"""Quote check: a quotation as remembered finds who really said it, and where first."""
import pytest

from quotesearch.search import check_quote
from quotesearch.search.check import (
    CLOSE,
    CLOSE_AT,
    MATCH,
    MATCH_AT,
    MIN_SIMILARITY,
    NO_CLOSE_MATCH,
    overall_verdict,
    verdict,
)

REMEMBERED = [
    # (as someone remembers it, who said it)
    ("this deal will double our container terminal's capacity", "Maria Lindqvist"),
    ("the fishing communities can't survive another quota cut", "Anna Holm"),
    ("we waited a decade for this moment", "Tomas Berg"),
    ("China and Russia provide back to back support to each other", "Li Haidong"),
    ("the visit of Russia's leader will strengthen bilateral cooperation and benefit both peoples",
     "Zhang Hanhui"),
]


@pytest.mark.parametrize("remembered, speaker", REMEMBERED)
def test_a_reworded_quotation_finds_its_speaker_first(wire_index, remembered, speaker):
    matches = check_quote(wire_index, remembered)
    assert matches and matches[0].quote.speaker == speaker
    assert 0 < matches[0].similarity <= 1
    assert all(a.similarity >= b.similarity for a, b in zip(matches, matches[1:]))


def test_check_lists_every_source_earliest_first(wire_index):
    best = check_quote(wire_index, "double the capacity of the container terminal by 2026")[0]
    assert [s.outlet for s in best.quote.sources] == ["Coastal Daily", "Harbor Times", "Bay Courier"]
    assert best.similarity > 0.8


def test_the_exact_words_score_higher_than_a_rewording(wire_index):
    exact = check_quote(wire_index, "We have waited for this moment for a decade")[0]
    loose = check_quote(wire_index, "we waited a decade for this moment")[0]
    assert exact.quote.id == loose.quote.id and exact.similarity > loose.similarity


@pytest.mark.parametrize("nonsense", ["", "   ", "the and of", "zzzz qqqq xxxx"])
def test_nothing_close_gives_nothing(wire_index, nonsense):
    assert all(m.similarity < 0.5 for m in check_quote(wire_index, nonsense))


# -- the verdict: "match", "close" or "no close match", at the calibrated thresholds --

@pytest.mark.parametrize("similarity, expected", [
    (None, NO_CLOSE_MATCH),
    (0.0, NO_CLOSE_MATCH),
    (0.58, NO_CLOSE_MATCH),              # the non-match, once shown with a green bar
    (CLOSE_AT - 0.001, NO_CLOSE_MATCH),
    (CLOSE_AT, CLOSE),
    (MATCH_AT - 0.001, CLOSE),
    (MATCH_AT, MATCH),
    (1.0, MATCH),
])
def test_the_verdict_changes_at_the_calibrated_thresholds(similarity, expected):
    assert verdict(similarity) == expected


def test_thresholds_are_ordered_above_what_unrelated_text_reaches():
    assert MIN_SIMILARITY < CLOSE_AT < MATCH_AT < 1


UNRELATED = [
    # shares words with an indexed quotation ("This agreement will double the
    # capacity of our container terminal"), says something else
    "this agreement with the farmers will double our milk prices",
    "the capacity of the stadium will double by 2030",
    "the weather was grey and the ships stayed in the harbor all week long",
]


@pytest.mark.parametrize("remembered, expected", [
    ("We have waited for this moment for a decade", MATCH),
    ("we waited a decade for this moment", MATCH),
    *[(text, NO_CLOSE_MATCH) for text in UNRELATED],
    ("zzzz qqqq xxxx", NO_CLOSE_MATCH),
])
def test_a_check_says_plainly_whether_anything_matches(wire_index, remembered, expected):
    assert overall_verdict(check_quote(wire_index, remembered)) == expected


def test_an_unrelated_text_still_lists_its_nearest_quotations_below_the_threshold(wire_index):
    for text in UNRELATED[:2]:
        matches = check_quote(wire_index, text)
        assert matches and all(MIN_SIMILARITY <= m.similarity < CLOSE_AT for m in matches)
