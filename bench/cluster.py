"""Benchmark extraction at corpus scale: one process, the plain multiprocessing
path, and a local Dask cluster; the client's peak memory as the corpus grows.

    python bench/cluster.py [--articles 20000] [--jobs 2] [--memory-at 20000,100000]
                            [--single-articles 1680] [--source ../shared/eval/polnear/train.jsonl]

The corpus is the PolNeAR train split (840 real news articles) read in place
from ../shared, never copied: the same file is named as many times as needed to
reach ``--articles`` (25 times for 21,000), which is what replicating it would
give without writing a copy anywhere.

Each measurement runs in its own process, so each peak memory is that run's:

    single    `shards.write_shard` over the partitions in this process (on the
              first ``--single-articles`` articles: one core is slow)
    mp        the multiprocessing path ingest used before Dask: a process Pool
              fed by `bounded_imap`, records written by the parent
    cluster   ``extract --jobs N --out DIR``'s code: a local Dask cluster of N
              worker processes writing shards, the client recording them

Then the cluster's run again at each ``--memory-at`` size, for the client's
peak memory, and an estimate of the rate with more workers, simulated from the
per-partition worker times of the cluster run (each partition placed on the
worker that frees up first, plus the measured per-task overhead).

Bar (issue 6): the 2-worker cluster >= 1.7x the single-process rate; the
client's peak memory flat from 20k to 100k articles.
"""
from __future__ import annotations

import argparse
import heapq
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
POLNEAR = os.path.join(HERE, "..", "..", "shared", "eval", "polnear", "train.jsonl")


def corpus(source: str, articles: int) -> list[str]:
    with open(source, "rb") as f:
        per_copy = sum(1 for line in f if line.strip())
    return [source] * -(-articles // per_copy)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_single(paths: list[str], limit: int, out: str) -> dict:
    from quotesearch.partitions import plan_partitions
    from quotesearch.shards import write_shard
    done, started = 0, time.perf_counter()
    for partition in plan_partitions(paths):
        done += write_shard(partition, out).articles
        if done >= limit:
            break
    return {"articles": done, "seconds": time.perf_counter() - started}


def run_mp(paths: list[str], jobs: int, out: str) -> dict:
    import multiprocessing
    from quotesearch.extract import extract_article
    from quotesearch.index.build import bounded_imap
    from quotesearch.ingest import read_articles
    from quotesearch.records import IngestError
    articles = (a for a in read_articles(paths) if not isinstance(a, IngestError))
    done, started = 0, time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool, \
            open(os.path.join(out, "records.jsonl"), "w", encoding="utf-8") as f:
        for extracted in bounded_imap(pool, extract_article, articles, chunksize=16):
            f.write(json.dumps(extracted.to_json(with_paragraph=True, with_text=True),
                               ensure_ascii=False) + "\n")
            done += 1
    return {"articles": done, "seconds": time.perf_counter() - started}


def run_cluster(paths: list[str], jobs: int, out: str) -> dict:
    from quotesearch.cluster import dask_client
    from quotesearch.partitions import plan_partitions
    from quotesearch.shards import extract_to_folder
    with dask_client(None, jobs, quiet=True) as client:
        started = time.perf_counter()     # the cluster's start-up is timed apart
        parts = list(plan_partitions(paths))
        manifest = extract_to_folder(paths, parts, [], out, client=client)
        seconds = time.perf_counter() - started
    return {"articles": manifest["articles"], "seconds": seconds,
            "partition_seconds": [s["seconds"] for s in manifest["shards"]],
            "partition_articles": [s["articles"] for s in manifest["shards"]]}


def child(mode: str, articles: int, jobs: int, source: str, single_articles: int) -> None:
    paths = corpus(source, articles)
    out = tempfile.mkdtemp(prefix=f"qs-bench-{mode}-")
    try:
        if mode == "single":
            result = run_single(paths, single_articles, out)
        elif mode == "mp":
            result = run_mp(paths, jobs, out)
        else:
            result = run_cluster(paths, jobs, out)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    result.update(mode=mode, peak_mb=peak_mb())
    print(json.dumps(result))


def measure(mode: str, articles: int, args) -> dict:
    command = [sys.executable, os.path.abspath(__file__), "--child", mode, "--articles", str(articles),
               "--jobs", str(args.jobs), "--source", args.source,
               "--single-articles", str(args.single_articles)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["rate"] = result["articles"] / result["seconds"]
    return result


def simulate(seconds: list[float], articles: int, workers: int, overhead: float) -> float:
    """Articles/s with ``workers``: each partition goes to the first worker free."""
    free = [0.0] * workers
    for s in seconds:
        heapq.heappush(free, heapq.heappop(free) + s + overhead)
    return articles / max(free)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--memory-at", default="20000,100000",
                        help="corpus sizes at which to measure the cluster client's peak memory")
    parser.add_argument("--single-articles", type=int, default=1680)
    parser.add_argument("--source", default=POLNEAR)
    parser.add_argument("--child", choices=("single", "mp", "cluster"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.articles, args.jobs, args.source, args.single_articles)
        return
    if not os.path.exists(args.source):
        sys.exit(f"bench: {args.source} not found (the PolNeAR train split is read from ../shared)")
    print(f"corpus: {args.source} named {len(corpus(args.source, args.articles))} times "
          f"(>= {args.articles:,} articles); {os.cpu_count()} cores; {args.jobs} workers")
    results = {}
    for mode in ("single", "mp", "cluster"):
        results[mode] = r = measure(mode, args.articles, args)
        print(f"  {mode:<8} {r['articles']:>7,} articles in {r['seconds']:7.1f} s = "
              f"{r['rate']:6.1f} articles/s   peak memory of this process {r['peak_mb']:6.0f} MB",
              flush=True)
    single = results["single"]["rate"]
    print(f"speed-up over one process: mp {results['mp']['rate'] / single:.2f}x, "
          f"cluster {results['cluster']['rate'] / single:.2f}x (bar 1.7x)")

    cluster = results["cluster"]
    busy = sum(cluster["partition_seconds"])
    overhead = max(0.0, (cluster["seconds"] * args.jobs - busy) / len(cluster["partition_seconds"]))
    print(f"per partition: {busy / len(cluster['partition_seconds']):.2f} s of work on average, "
          f"{overhead * 1000:.0f} ms of overhead per task ({args.jobs} workers busy "
          f"{busy / (cluster['seconds'] * args.jobs):.0%} of the time)")
    print("estimated rate with more workers (from the per-partition times):")
    for workers in (1, 2, 4, 8, 16, 32, 64):
        rate = simulate(cluster["partition_seconds"], cluster["articles"], workers, overhead)
        print(f"  {workers:>3} workers: {rate:8,.0f} articles/s")

    print("cluster client's peak memory by corpus size:")
    for size in (int(s) for s in args.memory_at.split(",") if s):
        r = cluster if size == args.articles else measure("cluster", size, args)
        print(f"  {r['articles']:>8,} articles: {r['peak_mb']:6.0f} MB  ({r['rate']:.1f} articles/s)",
              flush=True)


if __name__ == "__main__":
    main()
