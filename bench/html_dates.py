"""Publication dates of HTML pages, scored on htmldate's public evaluation set.

    git -C /work/.mirror/adbar+htmldate/repo archive HEAD tests | tar -x -C /tmp/htmldate
    python bench/html_dates.py /tmp/htmldate/tests [--reader quotesearch|htmldate] [--show-wrong N] [--show-none N]

The set (``tests/eval_default.json`` and ``tests/eval_mediacloud_2020.json``: 1,000
pages in ``tests/test_set``, ``tests/cache`` and ``tests/eval``) gives each page's
publication date as it shows it (a day, YYYY-MM-DD). Scored as htmldate's own
``tests/evaluation.py`` does: a date equal to the reference is right, any other date
wrong, none is none. The pages are read in place, never copied into this repository.

``quotesearch`` reads each page as an article (`Article.date`; a page without body
text still gives its metadata); ``htmldate`` is
``find_date(html, original_date=True, extensive_search=False)`` for comparison.
Speed is pages per second on one core for the whole reading (text and metadata for
``quotesearch``, the date alone for ``htmldate``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

SETS = ("eval_mediacloud_2020.json", "eval_default.json")


def _resolve(tests: str, filename: str) -> str | None:
    for sub in ("test_set", "cache", "eval"):
        path = os.path.join(tests, sub, filename)
        if os.path.isfile(path):
            return path
    return None


def quotesearch_reader():
    from quotesearch.ingest import IngestFailure
    from quotesearch.ingest.html import article_from_html_bytes

    def read(data: bytes):
        try:
            return article_from_html_bytes(data).date
        except IngestFailure:
            return None
    return read


def htmldate_reader():
    from htmldate import find_date

    from quotesearch.ingest.html import decode_html

    def read(data: bytes):
        return find_date(decode_html(data), original_date=True, extensive_search=False)
    return read


READERS = {"quotesearch": quotesearch_reader, "htmldate": htmldate_reader}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tests", help="the tests/ folder of an htmldate checkout")
    ap.add_argument("--reader", choices=sorted(READERS), default="quotesearch")
    ap.add_argument("--show-wrong", type=int, default=0, help="print N pages dated wrong")
    ap.add_argument("--show-none", type=int, default=0, help="print N pages left undated")
    ap.add_argument("--results", help="write every page's result to this JSON Lines file (to compare two runs)")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args(argv)
    reference = {}
    for name in SETS:
        with open(os.path.join(a.tests, name), encoding="utf-8") as f:
            reference.update(json.load(f))
    pages = []
    for url in sorted(reference):
        path = _resolve(a.tests, reference[url]["file"])
        if path is None or not reference[url].get("date"):
            continue
        with open(path, "rb") as f:
            pages.append((reference[url]["file"], reference[url]["date"], f.read()))
    if a.limit:
        pages = pages[: a.limit]
    read = READERS[a.reader]()
    right = wrong = none = 0
    shown_wrong, shown_none, results = [], [], []
    elapsed = 0.0
    for file, expected, data in pages:
        started = time.process_time()
        try:
            found = read(data)
        except Exception as error:  # noqa: BLE001 - a crash is no date, as in their scorer
            print(f"{file}: {type(error).__name__}: {error}", file=sys.stderr)
            found = None
        elapsed += time.process_time() - started
        if found is None:
            none += 1
            if len(shown_none) < a.show_none:
                shown_none.append(f"{file}: none, expected {expected}")
        elif found == expected:
            right += 1
        else:
            wrong += 1
            if len(shown_wrong) < a.show_wrong:
                shown_wrong.append(f"{file}: {found}, expected {expected}")
        results.append({"file": file, "expected": expected, "found": found})
    if a.results:
        with open(a.results, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(result) + "\n" for result in results)
    for line in shown_wrong + shown_none:
        print(line)
    total = len(pages)
    print(f"reader: {a.reader}; pages: {total}")
    print(f"date: right {100 * right / total:.1f}%, none {100 * none / total:.1f}%, wrong {100 * wrong / total:.1f}% "
          f"({right} / {none} / {wrong})")
    print(f"speed: {total / elapsed:.1f} pages/s on one core ({elapsed:.1f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
