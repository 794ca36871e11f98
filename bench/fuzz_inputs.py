"""Fuzz the readers: hostile files through `quotesearch extract` and `ingest`.

    python bench/fuzz_inputs.py [--full] [--seed N] [--keep] [--timeout S]

Generates, in a temporary folder (never in the repository), at least 1,000
hostile inputs - empty, binary, non-UTF-8 file names, wrong encodings, bad
``<meta charset>``, deeply nested and huge HTML, unbalanced and countless
quotation marks, repeated sentences, run-on lines, millions of tiny sentences,
broken JSON Lines, control characters, symlinks (to system files, loops,
nowhere), a FIFO - plus 20 good articles spread among them. Files are grouped
in folders; each folder is read by ``quotesearch extract --format jsonl`` and
then ingested into one index by ``quotesearch ingest``, each run in its own
process with a time limit (default 60 s). Printed: runs, tracebacks (and
"internal error" reports, a traceback caught), hangs, the peak memory of any
run, and how many good articles the index holds.

Target: 0 tracebacks, 0 hangs, peak <= 1 GB, 20/20 good articles.
Default sizes stay under ~2 MB per file so the run takes a few minutes;
``--full`` adds the 20 MB inputs (at and just over the file size limit).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_PEAK_MB = 1024
GOOD_ARTICLES = 20
MIN_HOSTILE = 1000

SENTENCE = "“We will keep fighting,” the senator said on Tuesday. "
WORDS = ("the senator minister said told reporters on Tuesday that government will policy economy "
         "we they Ann Lee John Smith of in and for council budget vote").split()


# -- the inputs ---------------------------------------------------------------------

@dataclass
class Input:
    name: bytes                 # file name (bytes: some are not valid UTF-8)
    data: bytes | None = None   # None: made by ``make`` (a symlink, a FIFO)
    make: Callable[[bytes], None] | None = None


@dataclass
class Group:
    kind: str
    inputs: list[Input] = field(default_factory=list)


def good_article(n: int) -> Input:
    text = (f"Council backs plan for clean water number {n}\n\n"
            f"Mayor Jane Doe{n} spoke to residents on Tuesday in the town of Riverside{n}.\n\n"
            f"“Clean water is a right for every family in district {n},” Doe{n} said.\n\n"
            f"The council will vote on the budget next week, officials said.\n")
    return Input(f"good_{n:02d}.txt".encode(), text.encode("utf-8"))


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _article(rng: random.Random, paragraphs: int = 5) -> str:
    out = []
    for _ in range(paragraphs):
        out.append(f"{_words(rng, 30).capitalize()}. “{_words(rng, 12)},” "
                   f"{rng.choice(['Ann Lee', 'John Smith', 'the senator', 'she'])} said.")
    return "\n\n".join(out) + "\n"


def hostile(rng: random.Random, full: bool) -> Iterator[Group]:
    """Groups of hostile inputs, by kind; heavy kinds in small groups."""
    big = 2_000_000

    yield Group("empty", [Input(f"empty{i}{ext}".encode(), b"" if i % 2 else b" \n\t\n" * i)
                          for i in range(20) for ext in (".txt", ".html", ".jsonl")])
    yield Group("binary", [Input(f"bin{i}{rng.choice(['.txt', '.html', '.jsonl'])}".encode(),
                                 rng.randbytes(rng.choice([1, 17, 4096, 65536])))
                           for i in range(60)])
    yield Group("nul-and-control", [Input(f"ctl{i}.txt".encode(), (
        _article(rng, 2) + "".join(chr(rng.randrange(0, 32)) for _ in range(rng.randrange(1, 200)))
        + _article(rng, 2)).encode("utf-8")) for i in range(50)])
    yield Group("non-utf8-names", [Input(b"caf\xe9" + str(i).encode() + ext, _article(rng, 2).encode())
                                   for i in range(20) for ext in (b".txt", b".html")]
                + [Input(b"\xff\xfe" + str(i).encode() + b".txt", _article(rng, 1).encode()) for i in range(10)])
    encodings = ["cp1252", "latin-1", "utf-16-le", "utf-16-be", "utf-32", "shift_jis", "koi8-r",
                 "cp1251", "iso-8859-7", "gb18030", "big5", "cp437", "mac_roman"]
    yield Group("wrong-encodings", [Input(f"enc{i}_{e}.txt".encode(), (
        "«Ça va», dit-il. “Привет,” said Иван. " * rng.randrange(1, 50) + _article(rng, 2))
        .encode(e, "replace")) for i, e in enumerate(encodings * 5)])
    yield Group("bad-utf8", [Input(f"badutf{i}.txt".encode(), _article(rng, 2).encode() + seq + _article(rng, 1).encode())
                             for i, seq in enumerate([b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80",
                                                      b"\x80\x80", b"\xe2\x80", b"\xf4\x90\x80\x80"] * 8)])
    charsets = ["rot13", "base64", "zlib", "hex", "bz2", "uu", "quopri", "x-unknown", "utf-7", "utf-32",
                "idna", "punycode", "", "utf8\x00", "../../etc", "a" * 300]
    yield Group("bad-meta-charset", [Input(f"meta{i}.html".encode(), (
        f'<html><head><meta charset="{c}"><title>T{i}</title></head><body><article>'
        f"<p>{_article(rng, 2)}</p></article></body></html>").encode("utf-8", "replace"))
        for i, c in enumerate(charsets * 4)])
    for depth in (1_000, 10_000, 50_000, 200_000):
        yield Group(f"nested-html-{depth}", [Input(f"nest{depth}_{tag}.html".encode(), (
            "<html><body>" + ("<" + tag + ">") * depth + "“Hi,” Ann Lee said."
            + ("</" + tag + ">") * depth + "</body></html>").encode()) for tag in ("div", "p", "b")])
    yield Group("html-oddities", [Input(f"odd{i}.html".encode(), doc.encode("utf-8", "replace")) for i, doc in enumerate([
        "<html>", "</html></html>", "<!-- " * 1000, "<![CDATA[" + "x" * 10000, "<script>" + "“a” " * 5000,
        "<html><body><p>" + "“" * 10000, "<p>" * 30000, "<table>" + "<tr><td>x" * 5000,
        "<html><body><article><p>" + _article(rng, 3) + "</p><p>" * 10 + "</article>",
        "<meta charset=utf-8><p>" + "a" * 500_000 + "</p>", "<svg><foreignObject><p>“Hi,” said Al.",
        "<p>&#0;&#xD800;&#x110000;&#99999999999; “x,” said Bo.</p>", "<" * 100_000, ">" * 100_000,
        "<a href='javascript:alert(1)'>x</a><p>“Hi,” Ann Lee said.</p>",
    ] * 3)])
    yield Group("html-one-line", [Input(f"line{i}.html".encode(), (
        "<html><body>" + "<p>“Hello,” Ann Lee said. </p>" * n + "</body></html>").encode())
        for i, n in enumerate([1_000, 10_000, 39_000, 60_000])])
    yield Group("unbalanced-quotes", [Input(f"unbal{i}.txt".encode(), "".join(
        rng.choice(["“", "”", '"', "'", "‘", "’", "«", "»", " said Ann. ", _words(rng, 3), "\n\n"])
        for _ in range(rng.randrange(10, 5000))).encode()) for i in range(80)])
    yield Group("many-quote-marks", [Input(f"marks{i}.txt".encode(), (mark * n).encode())
                                     for i, (mark, n) in enumerate(
                                         [(m, n) for m in ("“", '"', "”", "“a” ", "'", "„")
                                          for n in (10, 1000, 100_000, 190_000)])])
    for n in (10, 100, 1_000, 3_000):
        yield Group(f"repeated-sentence-{n}", [Input(f"rep{n}_{j}.txt".encode(), (
            "".join(f"{lead}{SENTENCE * 20}\n{sep}" for lead, sep in [(("" if j == 0 else f"Item {k}: "),
                                                                       "\n" if j == 2 else "")
                                                                      for k in range(n)])).encode())
            for j in range(3)])
    yield Group("run-on", [Input(f"runon{i}.txt".encode(), (_words(rng, 1) + " ") .encode() * n)
                           for i, n in enumerate([1000, 10_000, 40_000, 400_000])]
                + [Input(b"runon_said.txt", b"the senator said we will keep fighting and " * 4_000),
                   Input(b"longword.txt", b"a" * big)])
    yield Group("tiny-sentences", [Input(f"tiny{i}.txt".encode(), (unit * n).encode())
                                   for i, (unit, n) in enumerate([("A. ", 1000), ("A.\n", 1000), ("A. ", 60_000),
                                                                  ("A.\n", 60_000), ("A. ", 1_000_000),
                                                                  ("“A.” ", 40_000)])])
    yield Group("newlines", [Input(f"nl{i}.txt".encode(), _article(rng, 3).replace("\n", nl).encode())
                             for i, nl in enumerate(["\r", "\r\n", "\u2028", "\u2029", "\x0c", "\x0b", "\x85"] * 6)])
    yield Group("scripts", [Input(f"script{i}.txt".encode(), ("".join(
        chr(rng.choice([0x0627, 0x05D0, 0x4E00, 0x0301, 0x200F, 0x202E, 0xFEFF, 0x1F600]) + rng.randrange(0, 40))
        for _ in range(rng.randrange(10, 3000))) + "“x,” said Ann.").encode("utf-8", "surrogatepass"))
        for i in range(50)])
    jsonl_lines = [b"{", b"[]", b"null", b"42", b'"text"', b'{"text": 5}', b'{"text": null}', b'{"id": null, "text": "x"}',
                   b'{"text": ""}', b'{"text": "\\ud800 said Ann"}', b'{"text": {"a": 1}}', b'{"title": [1], "text": "\\u201cHi,\\u201d Al said."}',
                   b"[" * 100_000 + b"]" * 100_000, b'{"text": "' + b"a" * 1_000_000 + b'"}',
                   b"\xef\xbb\xbf" + b'{"text": "\xe2\x80\x9cHi,\xe2\x80\x9d Ann Lee said."}', b"\x00" * 100,
                   b'{"id": "../../etc/passwd", "text": "\xe2\x80\x9cHi,\xe2\x80\x9d Ann Lee said."}',
                   b'{"id": "a/b", "text": "\xe2\x80\x9cHi,\xe2\x80\x9d Ann Lee said.", "date": "not a date", "url": "javascript:x"}']
    yield Group("jsonl", [Input(f"bad{i}.jsonl".encode(), b"\n".join(rng.sample(jsonl_lines, rng.randrange(1, 6))))
                          for i in range(60)])
    pieces = [_article(rng, 1), "“", "”", SENTENCE, "\n", "\n\n", "Mr. ", "U.S. ", "—", "…", ":", ";",
              "the senator", "he said", "according to", "told reporters", "\t"]
    yield Group("mixed-text", [Input(f"mix{i}.txt".encode(), "".join(
        rng.choice(pieces) for _ in range(rng.randrange(50, 600))).encode()) for i in range(200)])
    yield Group("fake-extensions", [Input(f"fake{i}{ext}".encode(), data) for i, (ext, data) in enumerate([
        (".txt", b"%PDF-1.4\n" + rng.randbytes(2000)), (".html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000)),
        (".jsonl", b"PK\x03\x04" + rng.randbytes(2000)), (".htm", b"GIF89a" + rng.randbytes(500)),
        (".TXT", _article(rng).encode()), (".Html", b"<p>" + _article(rng).encode() + b"</p>"),
    ] * 8)])

    def symlinks(folder: bytes) -> None:
        targets = [b"/etc/passwd", b"/proc/self/status", b"/dev/zero", b"/dev/null", b"/nonexistent/x",
                   b"loop.txt", b"/", b".."]
        for i, target in enumerate(targets):
            for ext in (b".txt", b".html", b".jsonl"):
                try:
                    os.symlink(target, os.path.join(folder, b"link%d%s" % (i, ext)))
                except OSError:
                    pass
        try:
            os.symlink(b"loop.txt", os.path.join(folder, b"loop.txt"))
            os.symlink(folder, os.path.join(folder, b"self"))
            os.mkfifo(os.path.join(folder, b"fifo.txt"))
        except OSError:
            pass
    yield Group("links-and-specials", [Input(b"(links)", make=symlinks)])
    sizes = [big // 2, big]
    if full:
        sizes += [20 * 1024 * 1024 - 4096, 20 * 1024 * 1024 + 1]
    for size in sizes:
        yield Group(f"huge-{size}", [
            Input(f"huge{size}.txt".encode(), (_article(rng, 50).encode() * (size // 8000 + 1))[:size]),
            Input(f"huge{size}.jsonl".encode(), json.dumps({"id": "h", "text": _article(rng, 50) * (size // 8000 + 1)})
                  .encode()[:size]),
            Input(f"huge{size}.html".encode(), ("<html><body><article>" + "<p>" + _article(rng, 50)
                                                * (size // 8000 + 1))[:size].encode())])


# -- running ------------------------------------------------------------------------

@dataclass
class Run:
    what: str
    seconds: float
    peak_mb: float
    status: int | None            # None: killed at the time limit
    stderr: str


def run(args: list[str], timeout: float, env: dict) -> Run:
    """One CLI run in its own process group, its own peak memory from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "quotesearch", *args], stdout=out, stderr=err,
                                 env=env, cwd=REPO, start_new_session=True)
        status = None
        while True:
            pid, wait_status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wait_status)
                break
            if time.perf_counter() - started > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                _, _, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.02)
        child.returncode = status if status is not None else -9   # reaped here, not by Popen
        elapsed = time.perf_counter() - started
        err.seek(0)
        return Run(" ".join(args[:1]), elapsed, usage.ru_maxrss / 1024, status,
                   err.read().decode("utf-8", "replace"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true", help="also the 20 MB inputs")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (a hang past it)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder, and say where")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    groups = list(hostile(rng, a.full))
    # the good articles go among the hostile ones: a bad file must not stop its folder
    for n in range(GOOD_ARTICLES):
        groups[n * len(groups) // GOOD_ARTICLES].inputs.append(good_article(n))
    hostile_count = 0
    work = tempfile.mkdtemp(prefix="quotesearch-fuzz-")
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    index = os.path.join(work, "index")
    runs: list[tuple[str, Run]] = []
    started = time.perf_counter()
    try:
        for i, group in enumerate(groups):
            folder = os.path.join(work.encode(), b"%03d-%s" % (i, group.kind.encode()))
            os.makedirs(folder)
            for item in group.inputs:
                if item.make is not None:
                    item.make(folder)
                else:
                    with open(os.path.join(folder, item.name), "wb") as f:
                        f.write(item.data)
            hostile_count += len(os.listdir(folder)) - sum(item.name.startswith(b"good_") for item in group.inputs)
            path = os.fsdecode(folder)
            for args in (["extract", "--format", "jsonl", path], ["ingest", path, "--index", index]):
                result = run(args, a.timeout, env)
                runs.append((group.kind, result))
                mark = "HANG" if result.status is None else ("TRACEBACK" if "Traceback" in result.stderr else "")
                print(f"  {group.kind:<24} {args[0]:<8} {result.seconds:6.1f} s {result.peak_mb:7.0f} MB "
                      f"exit {result.status}  {mark}", flush=True)
        good = good_indexed(index, env)
    finally:
        if a.keep:
            print(f"inputs and index kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    report(runs, hostile_count, good, time.perf_counter() - started)
    return 0


def good_indexed(index: str, env: dict) -> int:
    """How many of the good articles the index holds, with their quotation."""
    code = ("import sys, json\nfrom quotesearch.index import QuoteIndex\nfrom quotesearch.search import search\n"
            "ix = QuoteIndex.open(sys.argv[1])\nfound = set()\n"
            "for n in range(int(sys.argv[2])):\n"
            "    hits = search(ix, f'\"every family in district {n}\"').hits\n"
            "    if any(h.quote.speaker == f'Jane Doe{n}' for h in hits): found.add(n)\n"
            "print(len(found))\n")
    done = subprocess.run([sys.executable, "-c", code, index, str(GOOD_ARTICLES)], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    try:
        return int(done.stdout.strip())
    except ValueError:
        print(done.stderr, file=sys.stderr)
        return 0


def report(runs: list[tuple[str, Run]], hostile_count: int, good: int, seconds: float) -> None:
    tracebacks = [(k, r) for k, r in runs if "Traceback" in r.stderr]
    internal = [(k, r) for k, r in runs if "internal error" in r.stderr]
    hangs = [(k, r) for k, r in runs if r.status is None]
    peak_kind, peak = max(runs, key=lambda kr: kr[1].peak_mb)
    self_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print()
    for kind, r in tracebacks:
        print(f"--- traceback: {kind} ({r.what})")
        print("\n".join(r.stderr.strip().splitlines()[-6:]))
    for kind, r in internal:
        lines = [line for line in r.stderr.splitlines() if "internal error" in line]
        print(f"--- internal error: {kind} ({r.what}): {len(lines)} file(s), e.g. {lines[0][:200]}")
    print()
    print(f"inputs:        {hostile_count} hostile + {GOOD_ARTICLES} good, {len(runs)} runs in {seconds:.0f} s")
    print(f"tracebacks:    {len(tracebacks)}   (internal errors reported: {len(internal)} runs)")
    print(f"hangs:         {len(hangs)}   {', '.join(sorted({k for k, _ in hangs}))}")
    print(f"peak memory:   {peak.peak_mb:.0f} MB ({peak_kind}, {peak.what}); any child: {self_peak:.0f} MB")
    print(f"good indexed:  {good}/{GOOD_ARTICLES}")
    ok = not tracebacks and not hangs and peak.peak_mb <= TARGET_PEAK_MB and good == GOOD_ARTICLES
    print("PASS" if ok else "FAIL", "(target: 0 tracebacks, 0 hangs, peak <= 1 GB, 20/20 good)")


if __name__ == "__main__":
    sys.exit(main())
