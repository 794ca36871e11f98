"""End-to-end ``quotesearch ingest`` rate: the one-process path against the
parallel one (issue 17: articles searchable as fast as they are extracted).

    python bench/ingest.py [CORPUS] [--runs 2] [--jobs N] [--old-checkout DIR] [--baseline SECONDS]
    python bench/ingest.py --summary INDEX [--runs 3] [--old-checkout DIR]

Each run ingests CORPUS (default the PolNeAR train split, read in place) into a
fresh temporary index with the real command, once per path, the paths taking
turns so that both see the same load: *old* is ``--jobs 1`` (everything in
one process, as before worker processes wrote segments), or with
``--old-checkout DIR`` the plain ``ingest`` of another checkout (e.g. the main
branch before this change); *new* is this checkout's ``ingest`` (``--jobs N``,
default one per core). ``--baseline SECONDS`` skips the old runs and compares
with a time measured before. Prints each run's wall time, articles/s, the
best of each path, their ratio, and the machine's load average.

``--summary INDEX`` times instead the closing summary of ``ingest``
(`segment_counts.closing_stats`, or before it `index_stats` without sources)
on an existing index, in a fresh process per run that has imported what an
ingest has (old: the ``--old-checkout``, else skipped). The summary keeps
counts in the index folder (its first run counts them): give it a copy.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POLNEAR_TRAIN = "/work/shared/eval/polnear/train.jsonl"


def run(checkout: str, corpus: str, index: str, extra: list[str]) -> tuple[float, float, dict]:
    """Wall seconds, CPU seconds (the ingest and its workers) and the summary."""
    env = dict(os.environ, PYTHONPATH=checkout)
    command = [sys.executable, "-m", "quotesearch", "ingest", corpus, "--index", index, "--json", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, check=False, env=env, capture_output=True, text=True, cwd=checkout)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode not in (0, 1) or not done.stdout.strip():
        sys.exit(f"ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds, cpu, json.loads(done.stdout.strip().splitlines()[-1])


SUMMARY = """
import sys, time
import quotesearch.extract, quotesearch.index.build, quotesearch.index.topics
quotesearch.index.topics.zipf("word")
from quotesearch.index.store import QuoteIndex
from quotesearch.search import index_stats
try:        # the counts kept per segment (after issue 17's closing summary)
    from quotesearch.search.segment_counts import closing_stats
except ImportError:
    def closing_stats(index):
        return index_stats(index, count_sources=False)
index = QuoteIndex.open(sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
stats = closing_stats(index)
print(f"{time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f} {stats.quotes} {stats.speakers}")
"""


def time_summary(index: str, checkouts: dict[str, str], runs: int) -> None:
    for n in range(runs):
        for name, checkout in checkouts.items():
            done = subprocess.run([sys.executable, "-c", SUMMARY, index], check=True, text=True,
                                  capture_output=True, env=dict(os.environ, PYTHONPATH=checkout))
            seconds, cpu, quotes, speakers = done.stdout.split()
            print(f"run {n + 1} {name:>3}: closing summary {float(seconds):.2f} s, CPU {float(cpu):.2f} s "
                  f"({int(quotes):,} "
                  f"quotations, {int(speakers):,} speakers; load {os.getloadavg()[0]:.1f})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=POLNEAR_TRAIN)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=None, help="the new path's --jobs (default one per core)")
    parser.add_argument("--old-checkout", metavar="DIR",
                        help="run the old path as this checkout's plain ingest (default: --jobs 1 here)")
    parser.add_argument("--baseline", type=float, metavar="SECONDS",
                        help="the old path's time, measured before: no old runs")
    parser.add_argument("--summary", metavar="INDEX", help="time the closing summary on this index")
    args = parser.parse_args()
    if args.summary:
        checkouts = {"new": REPO} | ({"old": os.path.abspath(args.old_checkout)} if args.old_checkout else {})
        time_summary(args.summary, checkouts, args.runs)
        return
    paths = {"new": (REPO, ["--jobs", str(args.jobs)] if args.jobs else [])}
    if args.baseline is None:
        paths["old"] = (os.path.abspath(args.old_checkout), []) if args.old_checkout else (REPO, ["--jobs", "1"])
    times: dict[str, list[float]] = {name: [] for name in paths}
    cpus: dict[str, list[float]] = {name: [] for name in paths}
    summaries: dict[str, dict] = {}
    folder = tempfile.mkdtemp(prefix="qs-bench-ingest-")
    try:
        for n in range(args.runs):
            order = sorted(paths) if n % 2 else sorted(paths, reverse=True)
            for name in order:
                checkout, extra = paths[name]
                index = os.path.join(folder, f"{name}-{n}")
                seconds, cpu, summary = run(checkout, args.corpus, index, extra)
                shutil.rmtree(index, ignore_errors=True)
                times[name].append(seconds)
                cpus[name].append(cpu)
                summaries[name] = summary
                articles = summary["added"] + summary["replaced"]
                print(f"run {n + 1} {name:>3}: {seconds:6.1f} s  {articles / seconds:6.1f} articles/s  "
                      f"CPU {cpu:5.1f} s  "
                      f"({articles} articles, {summary['quotes']} quotations; "
                      f"load {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    new = min(times["new"])
    old = min(times["old"]) if "old" in times else args.baseline
    articles = summaries["new"]["added"] + summaries["new"]["replaced"]
    print(f"old path ({'baseline given' if args.baseline is not None else paths['old'][1] or args.old_checkout}): "
          f"{old:.1f} s, {articles / old:.1f} articles/s (best of {len(times.get('old', [])) or 'given'})")
    print(f"new path (jobs {args.jobs or os.cpu_count()}): {new:.1f} s, {articles / new:.1f} articles/s")
    if "old" in cpus:
        print(f"CPU seconds (ingest and its workers), best run: old {min(cpus['old']):.1f}, "
              f"new {min(cpus['new']):.1f}. The kernel shares CPU fairly between sessions "
              "(autogroup): on a busy machine a session's worker processes share its one "
              "share, so there the wall-clock ratio follows the CPU ratio, not the cores.")
    print(f"speed-up {old / new:.2f}x; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores")
    if "old" in summaries and summaries["old"]["index"] != summaries["new"]["index"]:
        print(f"WARNING: the two indexes differ: {summaries['old']['index']} vs {summaries['new']['index']}")


if __name__ == "__main__":
    main()
