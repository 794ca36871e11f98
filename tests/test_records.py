"""Records crossing stage boundaries: a quotation's JSON answer is of bounded size."""
from __future__ import annotations

from quotesearch.index.store import quote_to_json
from quotesearch.records import MAX_SOURCES_LISTED, IndexedQuote, Source


def quote_with_sources(n: int) -> IndexedQuote:
    sources = [Source(article=f"a{i:04d}", text="We will keep fighting", start=0, end=21,
                      outlet=f"Outlet {i}", date="2024-01-01") for i in range(n)]
    return IndexedQuote(id="q", text="We will keep fighting", speaker="Ann Lee", speaker_kind="person",
                        type="direct", role=None, cue="said", via=None, topics=[], paragraph="",
                        date="2024-01-01", sources=sources)


def test_an_answer_lists_the_earliest_sources_and_counts_them_all():
    data = quote_with_sources(MAX_SOURCES_LISTED + 50).to_json()
    assert len(data["sources"]) == MAX_SOURCES_LISTED
    assert data["sources"][0]["article"] == "a0000"
    assert data["source_count"] == MAX_SOURCES_LISTED + 50


def test_a_quotation_of_few_sources_lists_them_all():
    data = quote_with_sources(3).to_json()
    assert [s["article"] for s in data["sources"]] == ["a0000", "a0001", "a0002"]
    assert data["source_count"] == 3


def test_the_index_stores_every_source():
    assert len(quote_to_json(quote_with_sources(MAX_SOURCES_LISTED + 50))["sources"]) == MAX_SOURCES_LISTED + 50
