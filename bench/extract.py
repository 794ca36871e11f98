"""Benchmark quotation extraction: articles/s and quotes/s on one core and on all cores.

    python bench/extract.py PATH [--jobs N] [--limit N] [--repeat K]

PATH is anything `quotesearch extract` reads: a JSON Lines collection (e.g. the
PolNeAR train split, ``../shared/eval/polnear/train.jsonl``, read in place, never
copied), a directory of articles, or single files. Articles are read once, up
front; only extraction (`extract_article`: layout, metadata and quotations) is
timed. ``--repeat K`` runs over the corpus K times for steadier figures.

The project's bar is >= 20 articles/s per core.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from multiprocessing import Pool

from quotesearch.extract import extract_article
from quotesearch.ingest import read_articles
from quotesearch.records import Article, IngestError

REQUIRED_ARTICLES_PER_SECOND_PER_CORE = 20.0
CHUNKSIZE = 16


def quote_count(article: Article) -> int:
    """Extract one article; only the count travels back from a worker process."""
    return len(extract_article(article).quotes)


def load(path: str, limit: int) -> tuple[list[Article], int]:
    articles, failed = [], 0
    for item in read_articles([path]):
        if isinstance(item, IngestError):
            failed += 1
            print(f"bench: skipped {item}", file=sys.stderr)
            continue
        articles.append(item)
        if limit and len(articles) >= limit:
            break
    return articles, failed


def one_core(articles: list[Article]) -> tuple[float, int]:
    started = time.perf_counter()
    quotes = sum(quote_count(article) for article in articles)
    return time.perf_counter() - started, quotes


def all_cores(articles: list[Article], jobs: int) -> tuple[float, int]:
    pool = Pool(jobs)
    try:
        started = time.perf_counter()
        quotes = sum(pool.imap_unordered(quote_count, articles, chunksize=CHUNKSIZE))
        elapsed = time.perf_counter() - started
        pool.close()
    finally:
        pool.terminate()
        pool.join()  # workers must be reaped for RUSAGE_CHILDREN to count them
    return elapsed, quotes


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", metavar="PATH", help="a .jsonl collection, a directory or a file")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="processes for the all-cores run (default: all cores)")
    ap.add_argument("--limit", type=int, default=0, help="read at most N articles")
    ap.add_argument("--repeat", type=int, default=1, help="run over the corpus K times")
    a = ap.parse_args(argv)

    corpus, failed = load(a.path, a.limit)
    if not corpus:
        print(f"bench: no readable articles in {a.path}", file=sys.stderr)
        return 1
    articles = corpus * max(1, a.repeat)
    chars = sum(len(article.text) for article in articles)
    print(f"corpus: {a.path}")
    print(f"  {len(corpus)} articles x {max(1, a.repeat)} = {len(articles)} articles, "
          f"{chars:,} characters ({chars / len(articles):,.0f} per article), {failed} unreadable")

    # One core first: it also warms up caches the forked workers then inherit.
    seconds, quotes = one_core(articles)
    rate = len(articles) / seconds
    print(f"one core:   {seconds:6.2f} s  {rate:7.1f} articles/s  {quotes / seconds:8.1f} quotes/s  "
          f"({quotes} quotes, {quotes / len(articles):.1f} per article)")

    jobs = max(1, a.jobs)
    seconds_all, quotes_all = all_cores(articles, jobs)
    rate_all = len(articles) / seconds_all
    print(f"all cores:  {seconds_all:6.2f} s  {rate_all:7.1f} articles/s  "
          f"{quotes_all / seconds_all:8.1f} quotes/s  "
          f"({jobs} processes, speed-up {rate_all / rate:.2f}x, "
          f"{rate_all / jobs:.1f} articles/s per process)")
    if quotes_all != quotes:
        print(f"warning: {quotes} quotes on one core but {quotes_all} on all cores", file=sys.stderr)

    print(f"peak memory: parent {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
          f"largest child {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")

    verdict = "PASS" if rate >= REQUIRED_ARTICLES_PER_SECOND_PER_CORE else "FAIL"
    print(f"{verdict}: {rate:.1f} articles/s on one core "
          f"(required >= {REQUIRED_ARTICLES_PER_SECOND_PER_CORE:g} articles/s per core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
