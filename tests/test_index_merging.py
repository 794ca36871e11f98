"""The merge policy: like-sized segments are merged in tens, full ones never."""
from __future__ import annotations

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.merging import FAN_IN, FULL_DOCS, segments_to_merge, tier_of
from quotesearch.search import index_stats, search

# (live documents per segment, positions of the segments one commit merges)
MERGE_CASES = [
    ([], []),
    ([7] * 9, []),                                       # a tier not yet full
    ([7] * 10, list(range(10))),                         # ten of a tier: merged
    ([7] * 10 + [40_000], list(range(10))),              # a big segment stays out
    ([300] * 10 + [4] * 10, list(range(10, 20))),        # the smallest tier first
    ([12, 95, 40, 10, 99, 13, 50, 60, 70, 80], list(range(10))),   # 10–99 is one tier
    ([9, 12, 95, 40, 10, 99, 13, 50, 60, 70], []),       # 9 is a tier below
    ([FULL_DOCS] * 30, []),                              # full segments are never merged
    ([FULL_DOCS - 1] * 10, list(range(10))),
]


@pytest.mark.parametrize("sizes, expected", MERGE_CASES)
def test_a_commit_merges_ten_segments_of_one_tier(sizes, expected):
    assert segments_to_merge(sizes) == expected


# (live documents, documents written) per segment -> positions merged
HOLLOWED_CASES = [
    # a sixth of each full segment deleted (quotations reported again later):
    # still full, never merged
    ([(24_000, 30_000)] * 10, []),
    ([(FULL_DOCS - 1, FULL_DOCS + 1)] * 10, []),
    # half or more deleted: merged with its peers of the tier its live documents make
    ([(14_000, 30_000)] * 10, list(range(10))),
    ([(15_000, 30_000)] * 9 + [(14_999, 14_999)], list(range(10))),
    ([(16_000, 30_000)] * 10, []),              # not yet half
    # small segments count by live documents, whatever was deleted
    ([(5, 900)] * 10, list(range(10))),
]


@pytest.mark.parametrize("segments, expected", HOLLOWED_CASES)
def test_a_full_segment_merges_again_only_once_half_of_it_is_deleted(segments, expected):
    live = [size for size, _ in segments]
    written = [total for _, total in segments]
    assert segments_to_merge(live, written=written) == expected


@pytest.mark.parametrize("docs, tier", [(0, 0), (1, 0), (9, 0), (10, 1), (99, 1), (100, 2), (52_000, 4)])
def test_a_tier_is_an_order_of_magnitude(docs, tier):
    assert tier_of(docs) == tier


def harbour_story(n: int) -> dict:
    # written for this test: one quotation per article, each with its own figure
    return {"id": f"berths-{n}", "outlet": "Harbor Times", "date": f"2023-04-{n % 28 + 1:02d}",
            "url": f"https://harbor.example/berths-{n}", "title": f"Berth plan {n}",
            "text": f"Berth plan {n}\n\n\"We will open {n + 3} new berths before the winter season,\" "
                    "said Maria Lindqvist, the director of the harbour authority.\n\n"
                    "The authority did not say what the berths would cost."}


def test_many_small_commits_leave_few_segments_and_lose_nothing(tmp_path):
    stories = [harbour_story(n) for n in range(3 * FAN_IN)]
    index = QuoteIndex.open(tmp_path / "index", create=True)
    report = ingest_paths(index, [str(write_jsonl(tmp_path / "berths.jsonl", stories))], batch_size=1)
    assert report.added == len(stories)
    with index.whoosh.reader() as reader:
        segments = len(reader.leaf_readers()) if not reader.is_atomic() else 1
    # one segment per commit without merging (30); with it, fewer than ten per
    # tier, and these articles fill two tiers (2 and ~20 documents a segment)
    assert segments <= 2 * (FAN_IN - 1)
    stats = index_stats(index)
    assert (stats.articles, stats.quotes) == (len(stories), len(stories))
    hits = search(index, '"new berths"', page_size=100)
    assert hits.total == len(stories)
    assert sorted(h.quote.text for h in hits.hits) == sorted(
        f"We will open {n + 3} new berths before the winter season," for n in range(len(stories)))
