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


# -- long posting lists: several blocks of 128, some documents deleted ----------

@pytest.fixture(scope="module")
def long_lists_index(tmp_path_factory):
    """Six hundred quotations that all have "the", "of" and "to" (posting lists of
    several blocks), a few of them a rarer phrase; some articles removed."""
    from conftest import write_jsonl
    from quotesearch.index import QuoteIndex, ingest_paths, remove
    folder = tmp_path_factory.mktemp("long-lists")
    rare = {7, 130, 131, 300, 555, 590}
    articles = []
    for i in range(600):
        middle = "the harbour of the ferry line" if i in rare else f"the plan number {i} of the town"
        articles.append({"id": f"a{i}", "outlet": "Ledger", "date": "2024-01-01", "title": f"T{i}",
                         "text": f"T{i}.\n\n“We want to talk about {middle} to everyone,” "
                                 f"Mayor Ann Lee said on day {i}.\n"})
    index = QuoteIndex.open(folder / "index", create=True)
    ingest_paths(index, [str(write_jsonl(folder / "long.jsonl", articles))])
    for i in (130, 200, 201):
        remove(index, f"a{i}")
    return index


@pytest.mark.parametrize("phrase", ['"harbour of the ferry"', '"to talk about the"', '"of the town"',
                                    '"the harbour"', '"number 42 of the"'])
def test_phrases_over_long_lists_equal_whoosh_and_full_scores(long_lists_index, phrase):
    import quotesearch.search.matching as matching
    parsed = parse_query(phrase)
    with long_lists_index.searcher() as searcher:
        live = {n for n in searcher.document_numbers(kind="quote")}
        ours = set(DocSets(searcher).docs(parsed.user_query).tolist()) & live
        theirs = set(searcher.docs_for_query(parsed.user_query)) & live
        assert ours == theirs and ours
        docs = np.array(sorted(ours), dtype=np.int64)
        lengths = np.full(searcher.doc_count_all(), 15, dtype=np.int32)
        sparse = DocSets(searcher).bm25(parsed.text_terms, docs, lengths)
        saved, matching.SPARSE = matching.SPARSE, 10 ** 9        # every list read whole
        try:
            whole = DocSets(searcher).bm25(parsed.text_terms, docs, lengths)
        finally:
            matching.SPARSE = saved
    assert np.allclose(sparse, whole)
