"""Score extraction on PolNeAR (research use only: read from ../shared, never copied).

    python bench/eval_polnear.py [--gold ../shared/eval/polnear/train.jsonl] [--split all|dev|holdout]
                                 [--show-errors N] [--limit N]

Articles are split deterministically by a hash of their id: ``dev`` (~70%) is what
rules are tuned on, ``holdout`` (~30%) is only looked at to check that tuning
generalises. Predictions go to a temporary file and are scored by the shared
scorer with ``--lenient-speaker`` (PolNeAR's gold speakers are mentions as written).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time

from quotesearch.extract import extract_article
from quotesearch.records import Article

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def in_split(article_id: str, split: str) -> bool:
    if split == "all":
        return True
    bucket = int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 10
    return (bucket < 7) == (split == "dev")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(SHARED, "eval", "polnear", "train.jsonl"))
    ap.add_argument("--split", choices=("all", "dev", "holdout"), default="all")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pred", help="keep predictions in this file")
    a = ap.parse_args(argv)
    gold_tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    pred_path = a.pred or tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False).name
    n = 0
    started = time.perf_counter()
    with open(a.gold, encoding="utf-8") as src, open(pred_path, "w", encoding="utf-8") as out:
        for line in src:
            rec = json.loads(line)
            if not in_split(str(rec["id"]), a.split):
                continue
            gold_tmp.write(line)
            article = Article(id=str(rec["id"]), text=rec["text"], title=rec.get("title"),
                              outlet=rec.get("outlet"), date=rec.get("date"))
            out.write(json.dumps(extract_article(article).to_json()) + "\n")
            n += 1
            if a.limit and n >= a.limit:
                break
    gold_tmp.close()
    elapsed = time.perf_counter() - started
    print(f"{n} articles ({a.split}) extracted in {elapsed:.1f} s: {n / elapsed:.1f} articles/s")
    cmd = [sys.executable, os.path.join(SHARED, "eval", "score.py"), gold_tmp.name, pred_path,
           "--lenient-speaker", "--show-errors", str(a.show_errors)]
    result = subprocess.run(cmd)
    os.unlink(gold_tmp.name)
    if not a.pred:
        os.unlink(pred_path)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
