"""Quote check: a quotation as remembered finds who really said it, and where first."""
import pytest

from quotesearch.search import check_quote

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
