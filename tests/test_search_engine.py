"""Search results, facets, sorting and pages, checked against the records."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import WIRE_STORIES
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.schema import TEXT_ANALYZER
from quotesearch.search import UNATTRIBUTED, SearchError, resolve_speaker, search


def every_quote(index: QuoteIndex):
    with index.searcher() as s:
        return list(index.iter_kind("quote", s))


def brute_force(records, word=None, speaker_of=lambda name: name, **filters):
    """Facet counts computed the slow, obvious way over the stored records
    (speakers counted under what ``speaker_of`` says each name is)."""
    chosen = []
    for q in records:
        if word and _stem(word) not in {t.text for t in TEXT_ANALYZER(q["text"])}:
            continue
        outlets = {s["outlet"] for s in q["sources"] if s["outlet"]}
        if "speaker" in filters and q["speaker"] not in filters["speaker"]:
            continue
        if "outlet" in filters and not outlets & set(filters["outlet"]):
            continue
        chosen.append(q)
    counts = {"speaker": Counter(speaker_of(q["speaker"]) for q in chosen),
              "outlet": Counter(o for q in chosen for o in {s["outlet"] for s in q["sources"] if s["outlet"]}),
              "topic": Counter(t for q in chosen for t in set(q["topics"])),
              "type": Counter(q["type"] for q in chosen),
              "year": Counter(q["date"][:4] for q in chosen if q["date"])}
    return len(chosen), counts


def _stem(word):
    return next(iter(TEXT_ANALYZER(word))).text


def facet_dict(results, name):
    return {v.value: v.count for v in results.facets[name] if v.count}


@pytest.mark.parametrize("word", [None, "cooperation", "relations", "capacity"])
def test_facet_counts_equal_a_brute_force_count(wire_index, word):
    def speaker_of(name):
        # one row per registry speaker; a description ("analysts from both countries")
        # or no speaker at all counts as unattributed
        found = resolve_speaker(wire_index, name) if name else None
        return found[1] if found else UNATTRIBUTED
    total, expected = brute_force(every_quote(wire_index), word, speaker_of)
    results = search(wire_index, word or "", facet_limit=10_000)
    assert results.total == total
    for name in ("speaker", "outlet", "topic", "type", "year"):
        assert facet_dict(results, name) == dict(expected[name]), name


def test_values_of_one_facet_are_ored_and_facets_anded(wire_index):
    records = every_quote(wire_index)
    both = search(wire_index, "", filters={"speaker": ["Zhang Hanhui", "Maria Lindqvist"]})
    total, _ = brute_force(records, speaker={"Zhang Hanhui", "Maria Lindqvist"})
    assert both.total == total == (search(wire_index, "", filters={"speaker": ["Zhang Hanhui"]}).total
                                   + search(wire_index, "", filters={"speaker": ["Maria Lindqvist"]}).total)
    anded = search(wire_index, "", filters={"speaker": ["Zhang Hanhui", "Maria Lindqvist"],
                                            "outlet": ["China Daily"]})
    total, _ = brute_force(records, speaker={"Zhang Hanhui", "Maria Lindqvist"}, outlet={"China Daily"})
    assert anded.total == total and 0 < total < both.total
    # a facet's own counts ignore its own selection, so other speakers stay offered
    speakers = facet_dict(anded, "speaker")
    assert len(speakers) > 2 and all(v.selected == (v.value in ("Zhang Hanhui", "Maria Lindqvist"))
                                     for v in anded.facets["speaker"])


@pytest.mark.parametrize("query, expected_speakers", [
    ('"container terminal"', {"Maria Lindqvist"}),
    ("speaker:lindqvist", {"Maria Lindqvist"}),
    ('speaker:"anna holm"', {"Anna Holm"}),
    ("fishing AND quotas", {"Anna Holm"}),
    ("fishing NOT quotas", {"critics"}),
    ('"double the capacity terminal"~4', {"Maria Lindqvist"}),
    ("outlet:coastal", {"Maria Lindqvist", "critics"}),
    ("year:2024", {"Anna Holm"}),
    ("date:[2024-01-01 TO 2024-12-31]", {"Anna Holm"}),
    ("date:[2023 TO 2023]", {"Maria Lindqvist", "critics", "Tomas Berg"}),
    ("type:indirect AND outlet:harbor", {"Maria Lindqvist"}),
    ('role:"harbour authority"', {"Maria Lindqvist"}),
    ("cue:told AND outlet:coastal", {"Maria Lindqvist"}),
])
def test_query_language_finds_what_it_says(wire_index, query, expected_speakers):
    results = search(wire_index, query, page_size=100)
    assert results.message is None
    assert {h.quote.speaker for h in results.hits} == expected_speakers


def test_a_speaker_is_found_and_filtered_by_any_alias(wire_index):
    by_title = search(wire_index, 'speaker:"chinese president"', page_size=100)
    assert {h.quote.speaker for h in by_title.hits} == {"Xi Jinping"}
    by_alias = search(wire_index, "", filters={"speaker": ["Lindqvist"]})
    assert by_alias.filters["speaker"] == ["Maria Lindqvist"] and by_alias.total == 2


def test_stemming_finds_other_forms(wire_index):
    # "waited" is in Tomas Berg's quotation; "waiting" finds it by its stem
    assert [h.quote.speaker for h in search(wire_index, "waiting").hits] == ["Tomas Berg"]


def test_malformed_queries_get_a_message_and_results_for_the_repaired_reading(wire_index):
    results = search(wire_index, '"container terminal')
    assert results.total == 1 and "quotation mark" in results.message
    assert results.corrected_query == "container terminal"
    results = search(wire_index, "capacity)) AND")
    assert results.total >= 1 and results.message


def test_sorting_by_date_and_paging(wire_index):
    newest = search(wire_index, "", sort="newest", page_size=100)
    dates = [h.quote.date for h in newest.hits if h.quote.date]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-06-11"
    oldest = search(wire_index, "", sort="oldest", page_size=100)
    dated = [h.quote.date for h in oldest.hits if h.quote.date]
    assert dated == sorted(dated)
    # undated quotations come last either way
    assert all(h.quote.date is None for h in newest.hits[len(dates):])
    pages = [search(wire_index, "", sort="oldest", page=p, page_size=7) for p in (1, 2, 3)]
    ids = [h.quote.id for r in pages for h in r.hits]
    assert ids == [h.quote.id for h in oldest.hits][:21]
    assert pages[0].pages == -(-oldest.total // 7)


def test_relevance_puts_the_best_match_first(wire_index):
    results = search(wire_index, "fishing communities quotas")
    assert results.hits[0].quote.speaker == "Anna Holm"
    assert results.hits[0].score >= results.hits[-1].score


def test_matching_words_are_highlighted(wire_index):
    hit = search(wire_index, "doubling capacity").hits[0]
    marked = hit.highlight.marked("[", "]")
    assert "[double]" in marked and "[capacity]" in marked
    assert hit.highlight.text == hit.quote.text


def test_did_you_mean_for_misspelled_words_and_speakers(wire_index):
    assert search(wire_index, "fishng quottas").did_you_mean == "fishing quotas"
    assert search(wire_index, "speaker:Lindkvist").did_you_mean == 'speaker:"Maria Lindqvist"'
    # a misspelt name read as a question is the speaker meant, at once
    misspelt = search(wire_index, "Zhang Hanhi")
    assert misspelt.question.speakers == [("zhang-hanhui", "Zhang Hanhui")] and misspelt.total
    assert search(wire_index, "", filters={"speaker": ["Ana Holm"]}).did_you_mean == 'speaker:"Anna Holm"'


def test_a_quotation_reported_three_times_is_returned_once(wire_index):
    results = search(wire_index, "terminal", page_size=100)
    ids = [h.quote.id for h in results.hits]
    assert len(ids) == len(set(ids)) == results.total
    assert results.hits[0].quote.source_count == 3


def test_timeline_counts_matches_per_year(wire_index):
    results = search(wire_index, "")
    assert results.timeline == sorted((v.value, v.count) for v in results.facets["year"])


@pytest.mark.parametrize("kwargs", [
    {"page": 0}, {"page": 10_001}, {"page_size": 0}, {"page_size": 101}, {"sort": "random"},
    {"filters": {"colour": ["red"]}},
])
def test_out_of_bounds_parameters_are_refused_clearly(wire_index, kwargs):
    with pytest.raises(SearchError):
        search(wire_index, "trade", **kwargs)


def test_json_shape_matches_the_cli_contract(wire_index):
    data = search(wire_index, "capacity").to_json()
    assert {"total", "results", "facets"} <= set(data)
    assert set(data["facets"]) == {"speaker", "outlet", "topic", "type", "year"}
    assert all(isinstance(pair, list) and len(pair) == 2 for pair in data["facets"]["speaker"])
    result = data["results"][0]
    assert {"id", "text", "speaker", "role", "type", "sources", "source_count", "topics"} <= set(result)


def test_wire_stories_all_indexed(wire_index):
    assert {a["id"] for a in WIRE_STORIES} <= {
        s.article for h in search(wire_index, "", page_size=100).hits for s in h.quote.sources}


# ---------------------------------------------------------------------------
# Ties are ordered by the quotation's id: two builds of the same articles
# (ingested in a different order) browse and count the same
# ---------------------------------------------------------------------------

TIED = [{"id": f"tie-{n}", "outlet": f"Tie Outlet {n % 7}",
         **({"date": "2024-05-01"} if n % 3 else {}),
         "text": f"Tie {n}\n\n\"Statement number {n} ties with all the others today,\" "
                 f"said Tess Tie{n:02d}, a spokeswoman.\n"} for n in range(24)]


def _build(folder, articles):
    from conftest import write_jsonl
    index = QuoteIndex.open(folder / "index", create=True)
    for n, article in enumerate(articles):       # one commit each: document numbers follow the order
        ingest_paths(index, [str(write_jsonl(folder / f"{n}.jsonl", [article]))])
    return index


def test_ties_are_ordered_the_same_in_two_builds(tmp_path):
    forward = _build(tmp_path / "forward", TIED)
    backward = _build(tmp_path / "backward", TIED[::-1])
    for sort in ("newest", "oldest", "relevance"):
        for query in ("", "statement ties"):
            a = search(forward, query, sort=sort, page_size=100, facet_limit=5)
            b = search(backward, query, sort=sort, page_size=100, facet_limit=5)
            assert [h.quote.id for h in a.hits] == [h.quote.id for h in b.hits], (sort, query)
            assert a.facets == b.facets, (sort, query)
    # the cut among 24 speakers tied at one quotation each falls by name
    speakers = [v.value for v in search(backward, "", facet_limit=5).facets["speaker"]]
    assert speakers == [f"Tess Tie{n:02d}" for n in range(5)]


@pytest.mark.parametrize("newest", [True, False])
def test_date_order_of_a_page_equals_a_full_sort(newest):
    """Only the dates that can be on the page are sorted in full: the page is the
    same as sorting everything (ties by id, undated last)."""
    import numpy as np
    from types import SimpleNamespace
    from quotesearch.search.engine import _by_date
    rng = np.random.default_rng(7)
    n = 5000
    table = SimpleNamespace(date=rng.choice([0, 20240101, 20240102, 20240103, 20231231], size=n).astype(np.int32),
                            key=rng.permutation(n).astype(np.uint64))
    final = rng.random(n) < 0.8
    docs = np.flatnonzero(final)
    dates = table.date[docs].astype(np.int64)
    key = np.where(dates == 0, -1 if newest else 99_999_999, dates)
    full = docs[np.lexsort((table.key[docs], -key if newest else key))]
    for limit in (1, 20, 60, 1000):
        assert [d for d, _ in _by_date(table, final, newest, limit)] == full[:limit].tolist()
