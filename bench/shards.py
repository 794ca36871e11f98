"""Benchmark a sharded index on a local Dask cluster against one index, in the same run.

    python bench/shards.py --quotes 100000 [--shards 1,2,4] [--workers 2] [--queries 100]
                           [--folder /tmp/qs-shards-N] [--reuse] [--single DIR]

Builds, from the same synthetic corpus (`corpus.py`), one index and a sharded
index of each number of shards (`ingest --shards N`: every article split
between the shards' writers in one process), printing each ingest rate; with
--reuse, only those not built before. ``--single DIR`` takes one index built
before from the same corpus (`bench/index_search.py --quotes N --index DIR`:
the same generator, seed and batches) instead of building it: its quotation
and article counts must equal every sharded index's. Then
times, over the same distinct queries drawn from the corpus:

    full search page   as bench/index_search.py: half browsing (no words), half a
                       word; results, every facet count, timeline; pages 1-3, sorts
    phrase             three consecutive words of a quotation, quoted

on the single index (in this process), and on each sharded index held by the
workers of a local cluster of ``--workers`` processes (`serve --cluster`'s
path: actors, fan-out, merge), checking that every answer's total equals the
single index's. Per-shard timings (each shard's part of a search, in this
process) feed the model printed at the end: how search latency and ingest
would grow to 100M quotations on N machines (see README, design notes).
"""
from __future__ import annotations

import argparse
import logging
import os
import random
import re
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import POLNEAR, synthetic_articles  # noqa: E402
from index_search import sample_quotes, words_of  # noqa: E402

from quotesearch.index import QuoteIndex  # noqa: E402
from quotesearch.index.build import index_extracted  # noqa: E402
from quotesearch.index.sharded import ShardedIndex, index_extracted_sharded  # noqa: E402
from quotesearch.search import QueryTooBroad, index_stats, search  # noqa: E402


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def build(path: str, shards: int, quotes: int, jobs: int, batch: int) -> float:
    """Builds the index (``shards`` 0: one plain index); quotations/s."""
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    articles = synthetic_articles(quotes, POLNEAR)
    if shards:
        index = ShardedIndex.open(path, create=True, shards=shards)
        report = index_extracted_sharded(index, articles, jobs=jobs, batch_size=batch)
    else:
        index = QuoteIndex.open(path, create=True)
        report = index_extracted(index, articles, jobs=jobs, batch_size=batch)
    seconds = time.perf_counter() - started
    rate = report.quotes / seconds
    print(f"  ingest {'one index' if not shards else f'{shards} shards':<10} {report.quotes:,} "
          f"quotations in {seconds:,.1f} s = {rate:,.0f} quotes/s", flush=True)
    return rate


def workload(single: QuoteIndex, n: int) -> tuple[list[dict], list[str]]:
    """(full-page searches, phrases), as bench/index_search.py draws them."""
    rng = random.Random(11)
    quotes = [q for q in sample_quotes(single, n * 3, rng) if len(words_of(q["text"])) >= 4][:n]
    pages, phrases = [], []
    for i, q in enumerate(quotes):
        term = rng.choice(words_of(q["text"]))
        tokens = q["text"].split()
        start = rng.randrange(max(1, len(tokens) - 3))
        phrases.append('"' + " ".join(re.sub(r"[^\w'’-]", "", t) for t in tokens[start:start + 3]) + '"')
        pages.append({"query": "" if i % 2 else term,
                      "filters": {"year": [q["date"][:4]]} if i % 4 == 1 and q.get("date") else {},
                      "sort": rng.choice(["relevance", "relevance", "newest", "oldest"]),
                      "page": rng.choice([1, 1, 1, 2, 3])})
    return pages, phrases


def run(index, pages: list[dict], phrases: list[str]) -> dict:
    """Milliseconds per search of each kind, and each search's total."""
    out = {"full page": [], "phrase": [], "totals": []}
    for kind, calls in (("full page", [dict(p) for p in pages]),
                        ("phrase", [{"query": p} for p in phrases])):
        for call in calls:
            query = call.pop("query")
            started = time.perf_counter()
            try:
                total = search(index, query, page_size=20, **call).total
            except QueryTooBroad:
                total = None
            out[kind].append((time.perf_counter() - started) * 1000)
            out["totals"].append(total)
    return out


def per_shard(index: ShardedIndex, pages: list[dict], phrases: list[str]) -> list[list[float]]:
    """Each shard's own time for its part of every search (ms), in this process."""
    from quotesearch.search.fanout import LocalShards
    fanout = index.searching()
    local: LocalShards = fanout.shards
    timings: list[list[float]] = [[] for _ in local.searchers]
    original = [s.part for s in local.searchers]

    def timed_part(number):
        def part(request):
            started = time.perf_counter()
            try:
                return original[number](request)
            finally:
                timings[number].append((time.perf_counter() - started) * 1000)
        return part
    for number, searcher in enumerate(local.searchers):
        searcher.part = timed_part(number)
    run(index, pages, phrases)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--shards", default="1,2,4")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queries", type=int, default=100, help="searches of each kind")
    parser.add_argument("--folder", default=None, help="where the indexes go (default /tmp/qs-shards-N)")
    parser.add_argument("--reuse", action="store_true", help="reuse indexes built before")
    parser.add_argument("--single", default=None,
                        help="one index of the same corpus built before (bench/index_search.py)")
    parser.add_argument("--jobs", type=int, default=2, help="processes preparing articles for the writer")
    parser.add_argument("--batch", type=int, default=10_000, help="articles per commit")
    args = parser.parse_args()
    counts = [int(n) for n in args.shards.split(",")]
    folder = args.folder or f"/tmp/qs-shards-{args.quotes}"
    os.makedirs(folder, exist_ok=True)
    print(f"{args.quotes:,} reports, shards {counts}, a local cluster of {args.workers} workers; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    rates = {}
    for shards in [0, *counts]:
        path = args.single if shards == 0 and args.single else os.path.join(folder, f"shards-{shards}")
        if not (args.reuse or (shards == 0 and args.single)) or not os.path.isdir(path):
            rates[shards] = build(path, shards, args.quotes, args.jobs, args.batch)
    single = QuoteIndex.open(args.single or os.path.join(folder, "shards-0"))
    stats = index_stats(single, count_sources=False)
    print(f"  {stats.quotes:,} quotations, {stats.articles:,} articles, {stats.speakers:,} speakers"
          + (f" (one index: {args.single})" if args.single else ""))
    for shards in counts:
        other = index_stats(QuoteIndex.open(os.path.join(folder, f"shards-{shards}")), count_sources=False)
        if (other.quotes, other.articles) != (stats.quotes, stats.articles):
            sys.exit(f"{shards} shards hold {other.quotes:,} quotations of {other.articles:,} articles, "
                     f"the one index {stats.quotes:,} of {stats.articles:,}: not the same corpus")
    pages, phrases = workload(single, args.queries)
    started = time.perf_counter()
    search(single, "")
    search(single, "zzzqqq")        # nothing matches: did-you-mean and relaxation warmed too
    print(f"first search of one index (loads facet arrays): {(time.perf_counter() - started) * 1000:,.0f} ms")
    rows = [("one index, this process", run(single, pages, phrases))]
    expected = rows[0][1]["totals"]
    shard_times = {}
    from distributed import Client, LocalCluster

    from quotesearch.cluster_search import attach_cluster
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        for shards in counts:
            path = os.path.join(folder, f"shards-{shards}")
            index = QuoteIndex.open(path)
            attach_cluster(index, client)
            started = time.perf_counter()
            search(index, "")
            search(index, "zzzqqq")    # the shards read as one, for did-you-mean, opened here
            print(f"first search of {shards} shards on the cluster (workers load facet arrays): "
                  f"{(time.perf_counter() - started) * 1000:,.0f} ms", flush=True)
            measured = run(index, pages, phrases)
            wrong = sum(a != b for a, b in zip(measured["totals"], expected))
            rows.append((f"{shards} shards, {args.workers} workers", measured))
            print(f"  {shards} shards: {wrong} of {len(expected)} totals differ from one index", flush=True)
            shard_times[shards] = per_shard(QuoteIndex.open(path), pages, phrases)
    print("\nlatency (ms)                        full page p50    p95     phrase p50    p95")
    for name, measured in rows:
        fp, ph = percentiles(measured["full page"]), percentiles(measured["phrase"])
        print(f"  {name:<32} {fp[0]:8.1f} {fp[1]:8.1f}     {ph[0]:8.1f} {ph[1]:8.1f}")
    print("\nper shard, in this process (each shard's part of every search of both kinds):")
    for shards, timings in shard_times.items():
        flat = [t for shard in timings for t in shard]
        p50, p95 = percentiles(flat)
        print(f"  {shards} shards of ~{stats.quotes // shards:,} quotations: part p50 {p50:.1f} ms, "
              f"p95 {p95:.1f} ms")
    if rates:
        print("\ningest (quotes/s): " + ", ".join(
            f"{'one index' if s == 0 else f'{s} shards'} {r:,.0f}" for s, r in rates.items()))


if __name__ == "__main__":
    main()
