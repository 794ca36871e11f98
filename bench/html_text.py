"""Main text (and author) of HTML pages, scored on trafilatura's public evaluation set.

    git -C /work/.mirror/adbar+trafilatura/repo archive HEAD tests | tar -x -C /tmp/traf
    python bench/html_text.py /tmp/traf/tests [--reader quotesearch|trafilatura] [--show-misses N]

The set (``tests/evaldata.json``: 990 pages in ``tests/eval`` and ``tests/cache``)
gives, for each page, up to six passages that must be in the main text ("with") and
up to six that must not ("without"). Scored the way trafilatura's own
``tests/eval_common.py`` does: whitespace runs collapsed, a passage counts when it is
a substring of the text read; a page that cannot be read misses all its "with"
passages. Precision, recall and F1 over all passages. The pages are read in place,
never copied into this repository.

``quotesearch`` scores `Article.text` (headline, body, subheads...), as indexed;
``trafilatura`` is its ``extract()`` with the settings of its own benchmark
(``fast=False, include_comments=False, include_tables=True``), for comparison.
The author figure is over the pages the set gives an author for: the same names in
the same order. Speed is pages read per second on one core (reading alone: the
bytes are in memory; decoding, parsing, text and metadata are counted).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _names(value) -> list[str]:
    if not value:
        return []
    parts = value if isinstance(value, list) else re.split(r"\s*;\s*|,\s+(?:and\s+)?|\s+and\s+", value)
    return [_norm(part).lower() for part in parts if _norm(part)]


def _resolve(tests: str, filename: str) -> str | None:
    for sub in ("cache", "eval"):
        path = os.path.join(tests, sub, filename)
        if os.path.isfile(path):
            return path
    return None


def quotesearch_reader():
    from quotesearch.ingest import IngestFailure
    from quotesearch.ingest.html import article_from_html_bytes

    def read(data: bytes):
        try:
            article = article_from_html_bytes(data)
        except IngestFailure:
            return None, None
        return article.text, article.byline
    return read


def trafilatura_reader():
    from trafilatura import bare_extraction

    def read(data: bytes):
        document = bare_extraction(data, fast=False, include_comments=False, include_tables=True,
                                   with_metadata=True)
        if document is None:
            return None, None
        return document.text, document.author
    return read


READERS = {"quotesearch": quotesearch_reader, "trafilatura": trafilatura_reader}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tests", help="the tests/ folder of a trafilatura checkout")
    ap.add_argument("--reader", choices=sorted(READERS), default="quotesearch")
    ap.add_argument("--show-misses", type=int, default=0, help="print N pages with errors")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args(argv)
    with open(os.path.join(a.tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    pages = []
    for url in sorted(evaldata):
        path = _resolve(a.tests, evaldata[url]["file"])
        if path is None:
            print(f"missing page: {evaldata[url]['file']}", file=sys.stderr)
            continue
        with open(path, "rb") as f:
            pages.append((url, evaldata[url], f.read()))
    if a.limit:
        pages = pages[: a.limit]
    read = READERS[a.reader]()
    tp = fp = fn = tn = unread = 0
    authors_total = authors_right = 0
    misses = []
    elapsed = 0.0
    for url, item, data in pages:
        started = time.process_time()
        try:
            text, author = read(data)
        except Exception as error:  # noqa: BLE001 - a crash is a page not read, as in their scorer
            print(f"{item['file']}: {type(error).__name__}: {error}", file=sys.stderr)
            text, author = None, None
        elapsed += time.process_time() - started
        if text is None:
            unread += 1
        result = _norm(text or "")
        found = [w for w in item["with"] if _norm(w) in result]
        kept = [w for w in item["without"] if _norm(w) in result]
        tp += len(found)
        fp += len(kept)
        fn += len(item["with"]) - len(found)
        tn += len(item["without"]) - len(kept)
        if item.get("author"):
            authors_total += 1
            authors_right += _names(author) == _names(item["author"])
        if (len(found) < len(item["with"]) or kept) and len(misses) < a.show_misses:
            misses.append((item["file"], [w for w in item["with"] if w not in found], kept))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    for file, lost, kept in misses:
        print(f"{file}\n  lost: {lost}\n  kept: {kept}")
    print(f"reader: {a.reader}; pages: {len(pages)}, not read: {unread}")
    print(f"main text: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f} "
          f"(passages: {tp} found, {fn} lost, {fp} furniture kept, {tn} left out)")
    if authors_total:
        print(f"author: {authors_right}/{authors_total} right ({100 * authors_right / authors_total:.1f}%)")
    print(f"speed: {len(pages) / elapsed:.1f} pages/s on one core ({elapsed:.1f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
