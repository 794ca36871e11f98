"""Compare Whoosh distributions (whoosh, whoosh-reloaded, whoosh3, whoosh-ng) for the quote index.

    python bench/whoosh_forks.py [--docs N] [--queries Q] [--seed S] [--workdir DIR] [--keep]

All four distributions install the same top-level package, ``whoosh``, so each one
lives in its own virtualenv and this script is run once with each interpreter:

    python3 -m venv /tmp/whoosh_cmp/whoosh3
    /tmp/whoosh_cmp/whoosh3/bin/pip install whoosh3
    /tmp/whoosh_cmp/whoosh3/bin/python bench/whoosh_forks.py --docs 50000

It needs only the standard library and whichever ``whoosh`` is installed (it does
not import QuoteSearch), and prints one JSON line on stdout (progress goes to
stderr) with:

* ``distribution`` / ``version``: the distribution that provides ``whoosh``.
* ``warnings``: warnings recorded with "always" semantics (like ``-W always``)
  while importing the whoosh modules the project uses (``import``) and while
  building, updating, querying and exercising the API (``use``); plus
  ``compile``: every ``.py`` file of the distribution byte-compiled from source
  with ``py_compile`` (into a scratch directory), which surfaces invalid escape
  sequences (DeprecationWarning on 3.11, SyntaxWarning from 3.12) that installed
  ``.pyc`` files hide at import time.
* ``static``: checks for later Pythons that need no such interpreter: imports of
  stdlib modules removed in 3.12/3.13, and ``return``/``break``/``continue`` inside
  ``finally`` (SyntaxWarning from 3.14, PEP 765).
* ``index``: build time of N synthetic quotes with one writer (documents added,
  then one commit), ``update_document`` of 1,000 existing quotes (committed
  without merging, so the index then has a second segment and deletions),
  ``optimize`` (merge into one segment) time, segment counts and size on disk.
* ``queries``: latency p50/p95 in ms over Q queries of each kind: single term,
  two-term AND, two-word phrase, term + speaker filter, and term with speaker
  facet counts (``groupedby=FieldFacet("speaker")``, ``maptype=Count``) over all
  hits. Each timed query is parse + search (top 10) + reading the stored fields
  of the hits (+ the facet counts); ``mean_hits`` is the mean total hit count.
* ``features``: whether the API the project needs works, each with a detail:
  date/numeric ranges via ``QueryParser`` and ``MultifieldParser``
  (``date:[2022-01-01 TO 2022-12-31]``, checked against the corpus), highlighting,
  ``Searcher.correct_query`` and the spelling corrector, ``AsyncWriter`` while
  another writer holds the lock, ``index.open_dir`` from a second process while a
  writer is open, and sorting by columns.

Corpus: N short "quotes" generated deterministically from a built-in word list
(Zipf-like word frequencies, so query terms range from rare to very common),
~300 speakers, 24 outlets, years 2015-2024, dates with a time of day.
Schema: id ID(stored, unique); text TEXT(StemmingAnalyzer, stored, for
highlighting); speaker ID(stored, sortable); outlet ID(stored, sortable);
year NUMERIC(int, stored, sortable); date DATETIME(stored).
"""
from __future__ import annotations

import argparse
import ast
import datetime as dt
import importlib
import importlib.metadata
import json
import os
import platform
import py_compile
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter

# The whoosh modules the project is expected to use; imported (and their import
# warnings recorded) before anything else touches whoosh.
WHOOSH_MODULES = [
    "whoosh",
    "whoosh.index",
    "whoosh.fields",
    "whoosh.analysis",
    "whoosh.qparser",
    "whoosh.qparser.dateparse",
    "whoosh.query",
    "whoosh.sorting",
    "whoosh.highlight",
    "whoosh.spelling",
    "whoosh.writing",
    "whoosh.searching",
    "whoosh.scoring",
    "whoosh.columns",
]

# Stdlib modules removed in Python 3.12 (PEP 632 and asyncore/asynchat/smtpd/imp)
# and 3.13 (PEP 594 "dead batteries").
REMOVED_STDLIB = {
    "3.12": {"asynchat", "asyncore", "distutils", "imp", "smtpd"},
    "3.13": {"aifc", "audioop", "cgi", "cgitb", "chunk", "crypt", "imghdr", "lib2to3",
             "mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "sndhdr",
             "spwd", "sunau", "telnetlib", "uu", "xdrlib"},
}

# Content words only (no English stop words, no two words sharing a Porter stem),
# most frequent first: word i is drawn with weight 1 / (i + 1) ** ZIPF_EXPONENT.
WORDS = """
government minister security economy policy people country president war trade
budget election talks peace support military reform crisis border agreement
future region sanctions energy market foreign public health national leader
important international cooperation development official economic political
community conflict challenge decision process progress response situation
stability strategy citizens committee congress democracy diplomat dialogue
alliance authority bank capital climate court defence deficit doctor drought
embassy emergency environment europe evidence export factory farmer finance
growth harbour hospital housing industry inflation interest investment island
justice labour law loan mayor migration mining navy nuclear ocean oil parliament
partner pension pipeline plan police port poverty prime province railway refugee
regulator research revenue river rural school science senate shipping soldier
space steel student summit supply tariff tax teacher technology territory
terrorism tourism transport treasury tribunal troops union university vaccine
village voter water weapons wheat worker youth agenda airport army asylum
audit bridge broadcast cabinet campaign cargo census charity coal coast
coalition colonel commander contract copper corruption crop currency customs
debt delegation desert disaster district drone earthquake embargo engineer
envoy famine festival fisheries flood forest fraud fuel gas glacier governor
grain highway hostage harvest infrastructure inquiry insurance ivory journalist
judge jungle kingdom landmine lawyer license lithium livestock lobby manifesto
marine merger monsoon mosque museum narcotics neighbour newspaper oasis
observatory orchard palace pandemic passport patrol pharmacy pilgrim plateau
protest quarantine quota radar reactor referendum reservoir rice ruling salary
satellite scandal seaport shipyard shortage silk smuggling spokesman stadium
statue subsidy subway surplus telescope temple textile timber tractor treaty
tunnel uranium vineyard volcano wage warehouse wildfire zinc
""".split()
ZIPF_EXPONENT = 0.9

FIRST_NAMES = ("Zhang Li Wang Maria John Ahmed Fatima Olga Pierre Hans Yuki Kwame "
               "Priya Carlos Ana Ivan Leila Omar Grace Chen Sofia David Amina Raj").split()
LAST_NAMES = ("Hanhui Wei Smith Garcia Petrov Dubois Muller Tanaka Mensah Sharma Silva "
              "Kowalski Haddad Okafor Nguyen Rossi Novak").split()
OUTLETS = ("GlobalTimes Reuters AP AFP Xinhua BBC CNN AlJazeera DW NHK TASS Yonhap "
           "Guardian NYTimes WashingtonPost LeMonde Spiegel ElPais Hindu DailyStar "
           "Nation Herald Tribune Observer").split()
YEARS = range(2015, 2025)

# Words for the feature checks; all are in WORDS and are unchanged by stemming.
SPELL_WORD, SPELL_TYPO = "budget", "buget"
RANGE_WORD = "budget"
SORT_WORD = "treaty"


def log(msg: str) -> None:
    print(f"[whoosh_forks] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- corpus

def make_corpus(n: int, seed: int) -> list[dict]:
    """N deterministic quote documents (plain dicts of field values)."""
    rng = random.Random(seed)
    word_weights = [1.0 / (i + 1) ** ZIPF_EXPONENT for i in range(len(WORDS))]
    speakers = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(speakers)
    speakers = speakers[:300]
    speaker_weights = [1.0 / (i + 1) for i in range(len(speakers))]
    docs = []
    for i in range(n):
        year = rng.choice(YEARS)
        date = (dt.datetime(year, 1, 1)
                + dt.timedelta(days=rng.randrange(365), seconds=rng.randrange(86400)))
        words = rng.choices(WORDS, word_weights, k=rng.randint(8, 20))
        docs.append({
            "id": f"q{i:07d}",
            "text": " ".join(words).capitalize() + ".",
            "speaker": rng.choices(speakers, speaker_weights)[0],
            "outlet": rng.choice(OUTLETS),
            "year": year,
            "date": date,
        })
    return docs


def make_schema():
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        text=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
        speaker=fields.ID(stored=True, sortable=True),
        outlet=fields.ID(stored=True, sortable=True),
        year=fields.NUMERIC(int, stored=True, sortable=True),
        date=fields.DATETIME(stored=True),
    )


def make_queries(docs: list[dict], count: int, seed: int) -> dict[str, list]:
    """Query strings (and filters) of each kind, sampled from the corpus so that
    every query matches something and common words come up as often as they occur."""
    rng = random.Random(seed + 1)
    queries: dict[str, list] = {"term": [], "and": [], "phrase": [], "term_speaker_filter": [],
                                "term_groupby_speaker": []}
    for _ in range(count):
        for kind in queries:
            doc = rng.choice(docs)
            words = doc["text"].rstrip(".").lower().split()
            if kind == "and":
                a, b = rng.sample(words, 2)
                queries[kind].append((f"{a} AND {b}", None))
            elif kind == "phrase":
                j = rng.randrange(len(words) - 1)
                queries[kind].append((f'"{words[j]} {words[j + 1]}"', None))
            elif kind == "term_speaker_filter":
                queries[kind].append((rng.choice(words), doc["speaker"]))
            else:
                queries[kind].append((rng.choice(words), None))
    return queries


# --------------------------------------------------------------------------- helpers

def dir_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(root, name))
               for root, _dirs, names in os.walk(path) for name in names)


def segment_count(ix) -> int:
    with ix.reader() as reader:
        return len(reader.leaf_readers())


def percentile(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def summarize_warnings(records) -> dict:
    by_category = Counter(w.category.__name__ for w in records)
    examples = sorted({f"{w.category.__name__}: {str(w.message)[:120]} "
                       f"({os.path.basename(str(w.filename))}:{w.lineno})" for w in records})
    return {"count": len(records), "by_category": dict(by_category), "examples": examples[:8]}


def distribution_of_whoosh() -> tuple[str, str]:
    names = importlib.metadata.packages_distributions().get("whoosh", [])
    name = names[0] if names else "whoosh"
    return name, importlib.metadata.version(name)


def distribution_py_files(dist_name: str) -> list[str]:
    files = importlib.metadata.files(dist_name) or []
    return sorted(str(f.locate()) for f in files if str(f).endswith(".py"))


# --------------------------------------------------------------------------- static checks

def compile_warnings(py_files: list[str]) -> dict:
    """Byte-compile every file from source (into a scratch dir) and record warnings."""
    per_package: dict[str, list] = {}
    errors = []
    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        for i, path in enumerate(py_files):
            before = len(rec)
            try:
                py_compile.compile(path, cfile=os.path.join(scratch, f"{i}.pyc"), doraise=True)
            except py_compile.PyCompileError as exc:
                errors.append(f"{os.path.basename(path)}: {exc.msg[:120]}")
            package = _top_package(path)
            per_package.setdefault(package, []).extend(rec[before:])
    whoosh_records = per_package.pop("whoosh", [])
    result = summarize_warnings(whoosh_records)
    result["files_with_warnings"] = len({w.filename for w in whoosh_records})
    result["invalid_escapes"] = sum("invalid escape" in str(w.message)
                                    or "invalid octal" in str(w.message) for w in whoosh_records)
    result["other_packages"] = {pkg: len(recs) for pkg, recs in per_package.items()}
    result["compile_errors"] = errors
    return result


def _top_package(path: str) -> str:
    parts = path.replace(os.sep, "/").split("/site-packages/", 1)[-1].split("/")
    return parts[0].removesuffix(".py")


def static_checks(py_files: list[str]) -> dict:
    """Constructs that break or warn on later Pythons, found with ast (no execution)."""
    removed: dict[str, set] = {}
    finally_flow = []
    for path in py_files:
        try:
            with open(path, "rb") as fh:
                tree = ast.parse(fh.read(), path)
        except (SyntaxError, ValueError):
            continue
        rel = path.replace(os.sep, "/").split("/site-packages/", 1)[-1]
        in_functions = {id(node) for func in ast.walk(tree)
                        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
                        for node in ast.walk(func)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                modules = []
            for module in modules:
                for version, names in REMOVED_STDLIB.items():
                    if module.split(".")[0] in names:
                        # an import inside a function only fails when that function runs
                        where = "in a function" if id(node) in in_functions else "at import"
                        key = f"{module} (removed in {version}, {where})"
                        removed.setdefault(key, set()).add(f"{rel}:{node.lineno}")
            if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
                for stmt in node.finalbody:
                    for hit in _control_flow_escaping(stmt):
                        finally_flow.append(f"{rel}:{hit.lineno}")
    return {
        "removed_stdlib_imports": {k: sorted(v)[:5] for k, v in sorted(removed.items())},
        "finally_control_flow_py314": len(finally_flow),
        "finally_control_flow_examples": finally_flow[:5],
    }


def _control_flow_escaping(node, in_loop: bool = False):
    """return/break/continue statements under `node` that would leave a finally block."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
        return
    if isinstance(node, ast.Return) or (isinstance(node, (ast.Break, ast.Continue)) and not in_loop):
        yield node
    loop = isinstance(node, (ast.For, ast.AsyncFor, ast.While))
    for child in ast.iter_child_nodes(node):
        # a loop's else-clause is not inside the loop for break/continue purposes
        inner = in_loop or (loop and child not in getattr(node, "orelse", []))
        yield from _control_flow_escaping(child, inner)


# --------------------------------------------------------------------------- index

def build_index(path: str, docs: list[dict]) -> tuple:
    from whoosh import index

    ix = index.create_in(path, make_schema())
    start = time.perf_counter()
    writer = ix.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    build_s = time.perf_counter() - start
    return ix, build_s


def update_documents(ix, docs: list[dict], count: int, seed: int) -> float:
    """Replace `count` existing quotes (same id, edited text) in one writer."""
    rng = random.Random(seed + 2)
    chosen = rng.sample(docs, min(count, len(docs)))
    start = time.perf_counter()
    writer = ix.writer()
    for doc in chosen:
        writer.update_document(**{**doc, "text": doc["text"] + " Updated statement."})
    writer.commit(merge=False)
    return time.perf_counter() - start


def optimize(ix) -> float:
    start = time.perf_counter()
    ix.optimize()
    return time.perf_counter() - start


def time_queries(ix, queries: dict[str, list]) -> dict:
    from whoosh import query as Q
    from whoosh import sorting
    from whoosh.qparser import QueryParser

    parser = QueryParser("text", ix.schema)
    out = {}
    with ix.searcher() as searcher:
        for kind, items in queries.items():
            for qstring, _ in items[:5]:  # warm-up (caches, column readers)
                searcher.search(parser.parse(qstring), limit=10)
            latencies, hits = [], []
            for qstring, speaker in items:
                start = time.perf_counter()
                q = parser.parse(qstring)
                if kind == "term_speaker_filter":
                    results = searcher.search(q, filter=Q.Term("speaker", speaker), limit=10)
                elif kind == "term_groupby_speaker":
                    results = searcher.search(q, limit=10, maptype=sorting.Count,
                                              groupedby={"speaker": sorting.FieldFacet("speaker")})
                    groups = results.groups("speaker")
                else:
                    results = searcher.search(q, limit=10)
                _stored = [hit.fields() for hit in results]
                latencies.append(time.perf_counter() - start)
                if kind == "term_groupby_speaker":
                    hits.append(sum(groups.values()))
                elif len(hits) < 50:  # counting all hits re-runs the query: sample it
                    hits.append(len(results))
            latencies.sort()
            out[kind] = {
                "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
                "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
                "mean_hits": round(statistics.mean(hits)),
            }
    return out


# --------------------------------------------------------------------------- features

def check(name: str, results: dict, func, *args) -> None:
    """Run one feature check; record ok/detail, never let it stop the benchmark."""
    try:
        ok, detail = func(*args)
    except Exception as exc:  # noqa: BLE001 - any failure is a finding
        ok, detail = False, f"{type(exc).__name__}: {str(exc)[:200]}"
    results[name] = {"ok": bool(ok), "detail": detail}
    log(f"feature {name}: {'ok' if ok else 'FAILED'} ({detail})")


def feature_ranges(ix, docs: list[dict]):
    from whoosh.qparser import MultifieldParser, QueryParser

    # The update step only appended words outside WORDS, so `docs` still gives
    # the expected counts.
    live = docs
    expect_date = sum(d["date"].year == 2022 for d in live)
    expect_year = sum(2020 <= d["year"] <= 2021 for d in live)
    expect_multi = sum(d["date"].year == 2022 and RANGE_WORD in _words(d) for d in live)
    with ix.searcher() as s:
        qp = QueryParser("text", ix.schema)
        mp = MultifieldParser(["text", "speaker", "outlet"], ix.schema)
        got_date = len(s.search(qp.parse("date:[2022-01-01 TO 2022-12-31]"), limit=None))
        got_year = len(s.search(qp.parse("year:[2020 TO 2021]"), limit=None))
        q_multi = mp.parse(f"{RANGE_WORD} date:[2022-01-01 TO 2022-12-31]")
        got_multi = len(s.search(q_multi, limit=None))
    ok = (got_date, got_year, got_multi) == (expect_date, expect_year, expect_multi)
    return ok, (f"date 2022 {got_date}/{expect_date}, year 2020-21 {got_year}/{expect_year}, "
                f"multifield '{RANGE_WORD}'+date {got_multi}/{expect_multi}")


def feature_highlight(ix):
    from whoosh.qparser import QueryParser

    with ix.searcher() as s:
        results = s.search(QueryParser("text", ix.schema).parse("minister"), limit=3)
        if results.is_empty():
            return False, "no hits for 'minister'"
        snippet = results[0].highlights("text")
    return 'class="match' in snippet, snippet[:100]


def feature_spelling(ix):
    from whoosh.qparser import QueryParser

    with ix.searcher() as s:
        qstring = f"{SPELL_TYPO} minister"
        corrected = s.correct_query(QueryParser("text", ix.schema).parse(qstring), qstring)
        suggestions = s.corrector("text").suggest(SPELL_TYPO, limit=3)
    ok = SPELL_WORD in corrected.string and SPELL_WORD in suggestions
    return ok, f"'{qstring}' -> '{corrected.string}', suggest({SPELL_TYPO!r}) = {suggestions}"


def feature_sorting(ix):
    from whoosh import sorting
    from whoosh.qparser import QueryParser

    with ix.searcher() as s:
        q = QueryParser("text", ix.schema).parse(SORT_WORD)
        by_year = [h["year"] for h in s.search(q, sortedby="year", reverse=True, limit=200)]
        multi = s.search(q, limit=200, sortedby=[sorting.FieldFacet("outlet"),
                                                  sorting.FieldFacet("year", reverse=True)])
        keys = [(h["outlet"], -h["year"]) for h in multi]
        by_speaker = [h["speaker"] for h in s.search(q, sortedby="speaker", limit=200)]
        columns = all(s.reader().has_column(f) for f in ("speaker", "outlet", "year"))
    ok = (columns and len(by_year) > 1 and by_year == sorted(by_year, reverse=True)
          and keys == sorted(keys) and by_speaker == sorted(by_speaker))
    return ok, (f"columns={columns}, {len(by_year)} hits; year desc {by_year[:3]}...; "
                f"outlet, year desc {keys[:2]}...; speaker {by_speaker[:2]}...")


def feature_concurrency(ix, path: str):
    """open_dir in another process while a writer is open; AsyncWriter while locked.

    Returns two (ok, detail) results: (open_dir_while_writing, async_writer)."""
    from whoosh.writing import AsyncWriter

    probe = ("import sys, json; from whoosh import index; from whoosh.qparser import QueryParser\n"
             "ix = index.open_dir(sys.argv[1])\n"
             "with ix.searcher() as s:\n"
             "    q = QueryParser('text', ix.schema).parse('minister')\n"
             "    print(json.dumps([s.doc_count(), len(s.search(q, limit=None))]))\n")
    with ix.searcher() as s:
        before = s.doc_count()
    writer = ix.writer()
    try:
        writer.add_document(id="concurrent-1", text="Concurrent minister statement.",
                            speaker="Test Speaker", outlet="Test", year=2024,
                            date=dt.datetime(2024, 5, 1))
        proc = subprocess.run([sys.executable, "-c", probe, path], capture_output=True,
                              text=True, timeout=120)
        reader_ok = proc.returncode == 0
        answer = json.loads(proc.stdout) if reader_ok else proc.stderr.strip().splitlines()[-1:]
        reader_ok = reader_ok and answer[0] == before and answer[1] > 0

        async_writer = AsyncWriter(ix, delay=0.05)
        deferred = async_writer.writer is None  # lock held by `writer`
        async_writer.add_document(id="concurrent-2", text="Asynchronous minister statement.",
                                  speaker="Test Speaker", outlet="Test", year=2024,
                                  date=dt.datetime(2024, 5, 2))
        async_writer.commit()
    finally:
        writer.commit()
    if async_writer.ident is not None:  # it had to wait for the lock in its thread
        async_writer.join(timeout=60)
    with ix.searcher() as s:
        after = s.doc_count()
        found = {doc_id: s.document(id=doc_id) is not None
                 for doc_id in ("concurrent-1", "concurrent-2")}
    open_dir_result = (reader_ok and found["concurrent-1"],
                       f"other process saw [doc_count, hits] {answer} while writing "
                       f"(before={before}); after commit doc_count={after}")
    async_result = (deferred and found["concurrent-2"] and after == before + 2,
                    f"deferred while locked={deferred}, committed after lock release="
                    f"{found['concurrent-2']}")
    return open_dir_result, async_result


def _words(doc: dict) -> set[str]:
    return set(doc["text"].rstrip(".").lower().split())


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--docs", type=int, default=50_000, help="number of quotes (default 50000)")
    ap.add_argument("--queries", type=int, default=200, help="queries per kind (default 200)")
    ap.add_argument("--updates", type=int, default=1_000, help="documents replaced (default 1000)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workdir", default=None, help="where the index is built (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the index directory")
    args = ap.parse_args(argv)

    report: dict = {"python": platform.python_version(), "docs": args.docs}

    # 1. Import the whoosh modules the project uses, recording every warning.
    with warnings.catch_warnings(record=True) as import_records:
        warnings.simplefilter("always")
        import_errors = {}
        for module in WHOOSH_MODULES:
            try:
                importlib.import_module(module)
            except Exception as exc:  # noqa: BLE001
                import_errors[module] = f"{type(exc).__name__}: {exc}"
    dist_name, dist_version = distribution_of_whoosh()
    report.update(distribution=dist_name, version=dist_version)
    log(f"{dist_name} {dist_version} on Python {report['python']}, {args.docs} docs")

    # 2. Static checks over the distribution's source files.
    py_files = distribution_py_files(dist_name)
    compiled = compile_warnings(py_files)
    report["static"] = {"py_files": len(py_files), **static_checks(py_files)}
    if import_errors:
        report["import_errors"] = import_errors
        report["warnings"] = {"import": summarize_warnings(import_records), "compile": compiled}
        print(json.dumps(report))
        return 1

    # 3. Build, update, optimize, query, exercise features -- recording warnings.
    docs = make_corpus(args.docs, args.seed)
    queries = make_queries(docs, args.queries, args.seed)
    workdir = args.workdir or tempfile.mkdtemp(prefix="whoosh_forks_")
    path = os.path.join(workdir, f"index-{dist_name}")
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    features: dict = {}
    use_records: list = []
    try:
        with warnings.catch_warnings(record=True) as use_records:
            warnings.simplefilter("always")
            ix, build_s = build_index(path, docs)
            log(f"built in {build_s:.1f} s")
            size_built = dir_size(path)
            update_s = update_documents(ix, docs, args.updates, args.seed)
            segments_before = segment_count(ix)
            size_before = dir_size(path)
            optimize_s = optimize(ix)
            log(f"update {update_s:.2f} s, optimize {optimize_s:.2f} s")
            report["index"] = {
                "build_s": round(build_s, 2),
                "docs_per_s": round(args.docs / build_s),
                "update_1000_s": round(update_s, 3),
                "optimize_s": round(optimize_s, 2),
                "segments_before_optimize": segments_before,
                "segments_after_optimize": segment_count(ix),
                "size_mb_built": round(size_built / 2**20, 2),
                "size_mb_before_optimize": round(size_before / 2**20, 2),
                "size_mb": round(dir_size(path) / 2**20, 2),
            }
            report["queries"] = time_queries(ix, queries)
            log("queries done")

            check("ranges_queryparser_multifield", features, feature_ranges, ix, docs)
            check("highlight", features, feature_highlight, ix)
            check("correct_query_spelling", features, feature_spelling, ix)
            check("sort_by_column", features, feature_sorting, ix)
            try:
                open_dir_result, async_result = feature_concurrency(ix, path)
            except Exception as exc:  # noqa: BLE001
                open_dir_result = async_result = (False, f"{type(exc).__name__}: {exc}")
            check("open_dir_while_writing", features, lambda: open_dir_result)
            check("async_writer", features, lambda: async_result)
            ix.close()
    except Exception as exc:  # noqa: BLE001 - report what was measured so far
        report["error"] = f"{type(exc).__name__}: {str(exc)[:300]}"
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    report["features"] = features
    report["features_ok"] = f"{sum(f['ok'] for f in features.values())}/{len(features)}"
    report["warnings"] = {
        "import": summarize_warnings(import_records),
        "use": summarize_warnings(use_records),
        "compile": compiled,
    }
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(report))
    return 0 if "error" not in report else 1


if __name__ == "__main__":
    sys.exit(main())
