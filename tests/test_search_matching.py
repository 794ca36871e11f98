"""Array evaluation of queries agrees with Whoosh's own matching."""
import numpy as np
import pytest

from quotesearch.search.matching import DocSets
from quotesearch.search.query import parse_query

QUERIES = [
    "cooperation", "bilateral trade", "trade OR economy", "trade NOT economy", "NOT trade",
    '"strategic partnership"', '"double the capacity terminal"~4', "coop*", "speaker:zhang",
    "speaker:zhang AND (trade OR visit)", "date:[2022 TO 2022]", "year:2023", "outlet:bay",
    "type:indirect AND NOT speaker:zhang", "capac?ty", "nothingmatchesthis", "*",
]


@pytest.mark.parametrize("typed", QUERIES)
def test_array_matching_equals_whoosh_matching(wire_index, typed):
    parsed = parse_query(typed)
    with wire_index.searcher() as searcher:
        ours = DocSets(searcher).docs(parsed.user_query)
        theirs = np.unique(np.fromiter(searcher.docs_for_query(parsed.user_query), dtype=np.int64))
        live = {n for n in searcher.document_numbers(kind="quote")}
    assert sorted(set(ours.tolist()) & live) == sorted(set(theirs.tolist()) & live)


def test_bm25_ranks_more_occurrences_and_rarer_words_higher(wire_index):
    with wire_index.searcher() as searcher:
        sets = DocSets(searcher)
        docs = sets.docs(parse_query("fishing").user_query)
        lengths = np.full(searcher.doc_count_all(), 12, dtype=np.int32)
        scores = sets.bm25({"fish"}, docs, lengths)
    assert len(docs) >= 2 and (scores > 0).all()
