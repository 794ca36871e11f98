"""Topic labels on a real corpus: the top topics and how many distinct ones.

    python bench/topics.py [--index DIR] [--top N] [CORPUS]

Ingests CORPUS (default: the PolNeAR train split, read in place, never copied)
into DIR (default /tmp/qs-topics, reused when it exists), then prints the N most
used topics (default 50) with their quotation counts, the count of distinct
topics against quotations, and the share of quotations with a topic. Judging
the top list by hand is the point: the counts only say how scattered it is.
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np

from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.search import index_stats
from quotesearch.search.snapshot import reading
from quotesearch.search.stats import top_values

POLNEAR = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "polnear", "train.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=POLNEAR)
    parser.add_argument("--index", default="/tmp/qs-topics")
    parser.add_argument("--top", type=int, default=50)
    args = parser.parse_args(argv)
    fresh = not os.path.isdir(args.index) or not os.listdir(args.index)
    if fresh and not os.path.exists(args.corpus):
        print(f"topics: error: {args.corpus}: no such corpus", file=sys.stderr)
        return 2
    index = QuoteIndex.open(args.index, create=fresh)
    if fresh:
        ingest_paths(index, [args.corpus])
    stats = index_stats(index, count_sources=False)
    with reading(index) as snap:
        table = snap.facets
        live = table.live
        docs, _ = table.multi["topic"]
        labelled = int(np.unique(docs[live[docs]]).size)
    for rank, (topic, count) in enumerate(top_values(index, "topic", limit=args.top), 1):
        print(f"{rank:3d}  {count:5d}  {topic}")
    print(f"distinct topics: {stats.topics}   quotations: {stats.quotes}   "
          f"topics per 100 quotations: {100 * stats.topics / max(1, stats.quotes):.1f}   "
          f"quotations with a topic: {labelled / max(1, stats.quotes):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
