"""Benchmark the index and search at scale: ingest rate, index size, query latency.

    python bench/index_search.py --quotes 100000 [--index DIR] [--reuse] [--jobs 2]

Builds (or, with --reuse, reopens) an index of a synthetic corpus (`corpus.py`:
quotation texts from real news sentences, thousands of speakers, 40 outlets,
ten years of dates), then times, over distinct queries drawn from the corpus:

    single term         a word of a quotation (searched as typed: --literal)
    two-term AND        two words of one quotation (as typed)
    phrase              three consecutive words of a quotation, quoted
    term + speaker      a word, and a speaker selected in the facet
    question            "what did <speaker's surname> say about <a word>", read as a
                        question against the speaker registry (issue 16)
    quote check         a quotation with words dropped and swapped
    full search page    the page as the web shows it: a query (half of them
                        empty: browsing), results, every facet count, timeline

Every search computes all facet counts over all matches (`quotesearch.search.search`
always does). Latency is wall time per call in this process, after the first
query has loaded the facet arrays (that load is printed separately).

Bars (issue 4) at 1M quotations on 2 cores: full page p95 <= 300 ms and p50 <=
100 ms; ingest >= 1,000 quotes/s.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import POLNEAR, synthetic_articles  # noqa: E402

from quotesearch.index import QuoteIndex  # noqa: E402
from quotesearch.index.build import index_extracted  # noqa: E402
from quotesearch.search import QueryTooBroad, check_quote, index_stats, search  # noqa: E402

_WORD = re.compile(r"[A-Za-z]{4,}")
_COMMON = frozenset("""that this with from have they their there were would about which been will
said what when more also into than them only other some could after over just says said like""".split())


def folder_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(path) for f in files)


def build(path: str, quotes: int, jobs: int, batch: int) -> None:
    shutil.rmtree(path, ignore_errors=True)
    index = QuoteIndex.open(path, create=True)
    done = [0]
    started = time.perf_counter()

    def progress(event: str, n: int) -> None:
        done[0] += n
        if done[0] % 20_000 == 0:
            rate = done[0] * 5 / (time.perf_counter() - started)
            print(f"  {done[0]:,} articles, ~{rate:,.0f} quotes/s", file=sys.stderr, flush=True)
    report = index_extracted(index, synthetic_articles(quotes, POLNEAR), jobs=jobs,
                             batch_size=batch, progress=progress)
    seconds = time.perf_counter() - started
    print(f"ingest: {report.quotes:,} quotations ({report.added:,} articles) in {seconds:,.1f} s = "
          f"{report.quotes / seconds:,.0f} quotes/s (jobs={jobs}, batch={batch} articles)")


def sample_quotes(index: QuoteIndex, n: int, rng: random.Random) -> list[dict]:
    import json
    with index.searcher() as s:
        total = s.doc_count_all()
        picked = []
        while len(picked) < n:
            docnum = rng.randrange(total)
            if s.reader().is_deleted(docnum):
                continue
            fields = s.stored_fields(docnum)
            if fields.get("kind") == "quote":
                picked.append(json.loads(fields["data"]))
        return picked


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _COMMON]


def timed(fn) -> float:
    """Milliseconds of one call; a search refused as too broad (over its time
    budget) counts at the time it took to be refused."""
    started = time.perf_counter()
    try:
        fn()
    except QueryTooBroad:
        TOO_BROAD[0] += 1
    return (time.perf_counter() - started) * 1000


TOO_BROAD = [0]


def report(name: str, times: list[float]) -> None:
    times = sorted(times)
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"  {name:<18} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {times[-1]:7.1f} ms   (n={len(times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--index", default=None, help="index folder (default /tmp/qs-bench-N)")
    parser.add_argument("--reuse", action="store_true", help="reuse an index built before")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=10_000, help="articles per commit (a bulk load)")
    parser.add_argument("--queries", type=int, default=200, help="queries per kind")
    args = parser.parse_args()
    path = args.index or f"/tmp/qs-bench-{args.quotes}"
    if not (args.reuse and os.path.isdir(path)):
        build(path, args.quotes, args.jobs, args.batch)
    index = QuoteIndex.open(path)
    print(f"index: {folder_size(path) / 1e6:,.0f} MB on disk at {path}")
    load = timed(lambda: search(index, "government"))
    stats = index_stats(index)
    print(f"holds: {stats.quotes:,} quotations, {stats.articles:,} articles, "
          f"{stats.speakers:,} speakers, {stats.outlets} outlets, {stats.topics:,} topics")
    print(f"first query (opens the index, loads facet arrays): {load:,.0f} ms")

    rng = random.Random(11)
    quotes = [q for q in sample_quotes(index, args.queries * 3, rng) if len(words_of(q["text"])) >= 4]
    speakers = [q["speaker"] for q in quotes if q["speaker"]]
    results: dict[str, list[float]] = {k: [] for k in (
        "single term", "two-term AND", "phrase", "term + speaker", "question", "quote check",
        "full search page")}
    totals = []
    for i, q in enumerate(quotes[:args.queries]):
        words = words_of(q["text"])
        term = rng.choice(words)
        a, b = rng.sample(words, 2)
        tokens = q["text"].split()
        start = rng.randrange(max(1, len(tokens) - 3))
        phrase = " ".join(re.sub(r"[^\w'’-]", "", t) for t in tokens[start:start + 3])
        results["single term"].append(timed(lambda: totals.append(search(index, term, literal=True).total)))
        results["two-term AND"].append(timed(lambda: search(index, f"{a} {b}", literal=True)))
        results["phrase"].append(timed(lambda: search(index, f'"{phrase}"')))
        speaker = speakers[i % len(speakers)]
        results["term + speaker"].append(timed(lambda: search(index, term, filters={"speaker": [speaker]},
                                                              literal=True)))
        asked = f"what did {speaker.split()[-1]} say about {term}"
        results["question"].append(timed(lambda: search(index, asked, page_size=20)))
        remembered = [w for w in q["text"].split() if rng.random() > 0.2]
        if len(remembered) > 3:
            j = rng.randrange(len(remembered) - 1)
            remembered[j], remembered[j + 1] = remembered[j + 1], remembered[j]
        results["quote check"].append(timed(lambda: check_quote(index, " ".join(remembered))))
        page = rng.choice([1, 1, 1, 2, 3])
        sort = rng.choice(["relevance", "relevance", "newest", "oldest"])
        browse = "" if i % 2 else term
        filters = {"year": [q["date"][:4]]} if i % 4 == 1 and q.get("date") else {}
        results["full search page"].append(timed(lambda: search(
            index, browse, filters=filters, sort=sort, page=page, page_size=20)))
    print(f"latency over {len(quotes[:args.queries])} distinct queries per kind "
          f"(single-term matches: median {statistics.median(totals):,.0f}, max {max(totals):,}):")
    for name, times in results.items():
        report(name, times)
    if TOO_BROAD[0]:
        print(f"  ({TOO_BROAD[0]} queries refused as too broad, counted at their time)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
