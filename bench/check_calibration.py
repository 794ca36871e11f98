"""Calibrate the quote check's verdict: reworded quotations against unrelated ones.

    python bench/check_calibration.py [--index DIR] [--held-out N] [--samples N] [CORPUS]

Ingests all but the last N articles of CORPUS (a JSONL file; default: the
PolNeAR train split, read in place, never copied into the repo) into DIR
(default /tmp/qs-check-calibration, reused when it exists). Then:

* true matches: indexed quotations of eight or more words, each reworded as
  people remember quotations (words dropped, neighbours swapped, a synonym,
  case and punctuation lost, only a part remembered); a true match is found
  when the check's first answer is the quotation reworded;
* unrelated: quotations of the N held-out articles (other speakers, other
  articles, not in the index) and the held-out articles' own narrative
  sentences.

Prints each threshold's true-match recall (found, at or above the threshold)
and false-match rate (an unrelated text whose best match is at or above it),
and the thresholds the check uses (`quotesearch.search.check.MATCH_AT`,
`CLOSE_AT`) with their figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile

from quotesearch.extract import extract_article
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.store import quote_from_json
from quotesearch.ingest import read_articles
from quotesearch.search import check_quote
from quotesearch.search.check import CLOSE_AT, MATCH_AT
from quotesearch.search.snapshot import reading

POLNEAR = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "polnear", "train.jsonl")

# Words people swap for one another when they remember a quotation.
SYNONYMS = {
    "big": "large", "large": "big", "people": "folks", "country": "nation", "nation": "country",
    "very": "really", "really": "very", "think": "believe", "believe": "think", "going": "about",
    "great": "huge", "huge": "great", "want": "wish", "important": "crucial", "said": "stated",
    "help": "assist", "begin": "start", "start": "begin", "end": "finish", "buy": "purchase",
    "job": "work", "jobs": "work", "tell": "say", "get": "obtain", "need": "require",
    "americans": "citizens", "america": "the country", "problem": "issue", "issue": "problem",
    "money": "cash", "fight": "battle", "strong": "powerful", "bad": "terrible", "good": "fine",
    "make": "create", "happen": "occur", "never": "not ever", "always": "forever", "maybe": "perhaps",
}


def reword(text: str, rng: random.Random, heavy: bool = False) -> str:
    """``text`` as someone might remember it: one or two slips (``heavy``: three
    or four, and a quarter of the words lost at each drop)."""
    words = text.split()
    slips = rng.sample(["drop", "swap", "synonym", "plain", "part"], rng.choice([3, 4] if heavy else [1, 2]))
    for slip in slips:
        if slip == "drop" and len(words) > 6:
            for _ in range(max(1, len(words) // (4 if heavy else 8))):
                del words[rng.randrange(len(words))]
        elif slip == "swap" and len(words) > 3:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif slip == "synonym":
            found = [i for i, w in enumerate(words) if w.lower().strip(".,!?") in SYNONYMS]
            for i in found[:2]:
                words[i] = SYNONYMS[words[i].lower().strip(".,!?")]
        elif slip == "plain":
            words = re.sub(r"[^\w\s']", "", " ".join(words)).lower().split()
        elif slip == "part" and len(words) > 12:
            start = rng.randrange(len(words) // 3)
            words = words[start:start + max(8, int(len(words) * 0.6))]
    return " ".join(words)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 8 <= len(s.split()) <= 40]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=POLNEAR)
    parser.add_argument("--index", default="/tmp/qs-check-calibration")
    parser.add_argument("--held-out", type=int, default=200)
    parser.add_argument("--samples", type=int, default=400)
    args = parser.parse_args(argv)
    if not os.path.exists(args.corpus):
        print(f"check_calibration: error: {args.corpus}: no such corpus", file=sys.stderr)
        return 2
    with open(args.corpus, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    indexed, held_out = lines[:-args.held_out], lines[-args.held_out:]
    fresh = not os.path.isdir(args.index) or not os.listdir(args.index)
    index = QuoteIndex.open(args.index, create=fresh)
    with tempfile.TemporaryDirectory() as work:
        if fresh:
            part = os.path.join(work, "indexed.jsonl")
            with open(part, "w", encoding="utf-8") as f:
                f.writelines(indexed)
            ingest_paths(index, [part])
        other = os.path.join(work, "held-out.jsonl")
        with open(other, "w", encoding="utf-8") as f:
            f.writelines(held_out)
        unrelated_articles = [extract_article(a) for a in read_articles([other])]

    rng = random.Random(16)
    with reading(index) as snap:
        quotes = [quote_from_json(json.loads(s["data"])) for s in snap.searcher.documents(kind="quote")]
    quotes = [q for q in quotes if len(q.text.split()) >= 8]
    indexed_texts = {q.text.lower() for q in quotes}
    chosen = rng.sample(quotes, min(args.samples, len(quotes)))
    # similarity of the reworded quotation's own match, 0 when it is not the first answer
    light, heavy = [], []
    for quote in chosen:
        for scores, hard in ((light, False), (heavy, True)):
            matches = check_quote(index, reword(quote.text, rng, hard), limit=1)
            first = matches[0] if matches else None
            scores.append(first.similarity if first and first.quote.id == quote.id else 0.0)
    unrelated = [q.text for e in unrelated_articles for q in e.quotes
                 if len(q.text.split()) >= 8 and q.text.lower() not in indexed_texts]
    narrative = [s for e in unrelated_articles for s in _sentences(e.article.text)
                 if "“" not in s and '"' not in s]
    unrelated = rng.sample(unrelated, min(args.samples // 2, len(unrelated))) + \
        rng.sample(narrative, min(args.samples // 2, len(narrative)))
    false_scores = []
    for text in unrelated:
        matches = check_quote(index, text, limit=1)
        false_scores.append(matches[0].similarity if matches else 0.0)

    for name, scores in (("light", light), ("heavy", heavy)):
        print(f"reworded indexed quotations, {name} slips: {len(scores)}; "
              f"first answer is the quotation: {sum(s > 0 for s in scores) / len(scores):.1%}")
    print(f"unrelated texts (held-out quotations and sentences): {len(false_scores)}")
    print("threshold  recall (light)  recall (heavy)  false-match rate")
    for step in range(30, 100, 5):
        t = step / 100
        print(f"   {t:.2f}      {_share(light, t):6.1%}          {_share(heavy, t):6.1%}          "
              f"{_share(false_scores, t):6.1%}")
    for name, t in (("match", MATCH_AT), ("close", CLOSE_AT)):
        print(f"verdict '{name}' at >= {t:.2f}: recall {_share(light, t):.1%} light, "
              f"{_share(heavy, t):.1%} heavy; false-match rate {_share(false_scores, t):.1%}")
    return 0


def _share(scores: list[float], threshold: float) -> float:
    return sum(s >= threshold for s in scores) / max(1, len(scores))


if __name__ == "__main__":
    sys.exit(main())
