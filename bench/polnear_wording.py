"""Find wording shared with PolNeAR's text in the repository's files.

PolNeAR is for research use only: its sentences, and excerpts of them, must stay out
of the repository (tests, fixtures, comments, README). This lists every line of the
given files (default: every tracked .py and .md file) whose words start a run of six
words that also occurs in PolNeAR train, the runs matched case-insensitively and
across line breaks. The corpus is read in place; nothing of it is written anywhere.

    .venv/bin/python bench/polnear_wording.py [FILE ...] [--gold PATH] [--summary]
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")
RUN = 6
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text.lower().replace("’", "'")))


def corpus_runs(gold: str) -> set[str]:
    runs: set[str] = set()
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            words = [m.group(0) for m in _words(json.loads(line)["text"])]
            runs.update(" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


def shared_lines(path: str, runs: set[str]) -> dict[int, set[str]]:
    """Line number -> the shared runs starting on it."""
    text = open(path, encoding="utf-8").read()
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    words = _words(text)
    found: dict[int, set[str]] = {}
    for i in range(len(words) - RUN + 1):
        run = " ".join(m.group(0) for m in words[i:i + RUN])
        if run in runs:
            found.setdefault(bisect.bisect_left(breaks, words[i].start()) + 1, set()).add(run)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--gold", default=os.path.join(SHARED, "eval", "polnear", "train.jsonl"))
    ap.add_argument("--summary", action="store_true", help="one line per file: how many lines share a run")
    args = ap.parse_args()
    if not os.path.exists(args.gold):
        print(f"polnear_wording: no PolNeAR train file at {args.gold}", file=sys.stderr)
        return 2
    files = args.files or [f for f in subprocess.run(["git", "-C", ROOT, "ls-files", "*.py", "*.md"],
                                                      capture_output=True, text=True).stdout.split()]
    runs = corpus_runs(args.gold)
    total = 0
    for name in files:
        path = name if os.path.isabs(name) else os.path.join(ROOT, name)
        found = shared_lines(path, runs)
        total += len(found)
        if found and args.summary:
            print(f"{len(found):5}  {name}")
        elif found:
            lines = open(path, encoding="utf-8").read().split("\n")
            for number in sorted(found):
                print(f"{name}:{number}: {lines[number - 1].strip()[:120]}\n    runs: {sorted(found[number])[:3]}")
    print(f"{total} lines share a {RUN}-word run with PolNeAR train")
    return 0


if __name__ == "__main__":
    sys.exit(main())
