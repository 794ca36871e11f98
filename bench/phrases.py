"""Phrase queries through the words column against the positions, on one index.

    python bench/phrases.py --index DIR [--queries 100]

Draws phrases as `index_search.py` does (three consecutive words of indexed
quotations, stop words included) and times each full search twice in the same
process, interleaved: once as searches run (phrases from the ``words`` column,
`quotesearch.search.sequences`) and once with phrases read from the positions
in the posting lists (as before the column, and as an index without it is
answered). Prints p50/p95/max of each and how many totals differ (must be 0).
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from index_search import sample_quotes  # noqa: E402

from quotesearch.index import QuoteIndex  # noqa: E402
from quotesearch.search import QueryTooBroad, search  # noqa: E402
from quotesearch.search.matching import DocSets  # noqa: E402
from quotesearch.search.snapshot import reading  # noqa: E402


def by_positions(index: QuoteIndex) -> None:
    """Make this index object's current snapshot match phrases from the positions."""
    with reading(index) as snap:
        sets = snap.docsets()
        if sets.sequences is not None:
            plain = DocSets(snap.searcher)
            plain.resolvers = sets.resolvers
            snap.cache["docsets"] = plain


def timed(index: QuoteIndex, typed: str) -> tuple[float, int | None]:
    started = time.perf_counter()
    try:
        total = search(index, typed).total
    except QueryTooBroad:
        total = None
    return (time.perf_counter() - started) * 1000, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()
    column, positions = QuoteIndex.open(args.index), QuoteIndex.open(args.index)
    rng = random.Random(11)
    phrases = []
    for q in sample_quotes(column, args.queries, rng):
        tokens = q["text"].split()
        start = rng.randrange(max(1, len(tokens) - 3))
        phrases.append(" ".join(re.sub(r"[^\w'’-]", "", t) for t in tokens[start:start + 3]))
    search(column, "government")
    search(positions, "government")
    times: dict[str, list[float]] = {"words column": [], "positions": []}
    differ = 0
    for phrase in phrases:
        by_positions(positions)
        a, total_a = timed(column, f'"{phrase}"')
        b, total_b = timed(positions, f'"{phrase}"')
        times["words column"].append(a)
        times["positions"].append(b)
        differ += total_b is not None and total_a != total_b
    for name, values in times.items():
        values.sort()
        print(f"phrase via {name:<13} p50 {statistics.median(values):7.1f} ms   "
              f"p95 {values[int(len(values) * 0.95)]:7.1f} ms   max {values[-1]:7.1f} ms   (n={len(values)})")
    print(f"totals that differ: {differ}")


if __name__ == "__main__":
    main()
