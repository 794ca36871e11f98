"""Publication dates of real news saved as text, the way users save them.

    python bench/text_dates.py /tmp/htmldate/tests /tmp/traf/tests [--cache /tmp/text_dates]
        [--variant page|article] [--show-misses N] [--gold]

Users meet the web in a browser and keep what it shows: "select all, copy, paste into
a .txt", or "save as text". Both give the page's rendered text, which is what
``document.body.innerText`` returns. This bench renders every English page of the
public evaluation sets of htmldate (``eval_default.json``, ``eval_mediacloud_2020.json``)
and trafilatura (``evaldata.json``, the pages with a ``date``) in Debian's chromium
(through Playwright, offline: scripts off, every network request refused, so the page
looks as its saved HTML does without its remote style sheets), saves the text under
``--cache`` (never in this repository), and reads each text file with the reader
``quotesearch extract``/``ingest`` use for a ``.txt`` file
(``article_from_text_file`` then ``with_metadata``). Variant ``article`` saves only
the text of the page's ``<article>`` (else ``<main>``), what a user copies who
selects only the story; pages with neither are left out of that variant.

Which pages count. A page is English when at least 15% of its first 2,000 words are
common English function words. Its saved text *visibly shows* the expected date when
the date is written in it in one of the forms of ``visible_forms`` below (ISO
2023-11-08 or 2023/11/08, "November 8, 2023", "Nov. 8th, 2023", "8 Nov 2023",
"8th of November, 2023", "11/8/2023", "8/11/2023", "11/08/23", "8.11.2023"); this
filter is written here, independently of the reader's patterns. A page has a
*visible date line* when a line of its text (the text split at line breaks) that
shows the date is at most 150 characters long: a date line, a stamp, a byline with
its date; a date written only inside a long paragraph is not a date line.

Scored as htmldate's evaluation does: the reader's date equal to the expected one is
right, another date wrong, none is none. The bar (issue 15): right >= 95% among the
pages with a visible date line. ``--gold`` also scores the saved news articles of
``/work/shared/gold`` (news-dev and seeds, gold dates in their JSON Lines).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date as Date
from typing import Optional

HTMLDATE_SETS = ("eval_default.json", "eval_mediacloud_2020.json")
TRAFILATURA_SET = "evaldata.json"
GOLD = "/work/shared/gold"
SEEDS = "/work/shared/seeds"
CHROMIUM = os.environ.get("QUOTESEARCH_CHROMIUM", "/usr/bin/chromium")
DATE_LINE_MAX_CHARS = 150

_ENGLISH = frozenset(["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "on", "was", "with", "as", "by", "at", "from", "be", "this", "are", "have", "has", "had", "not", "but", "or", "an", "were", "which", "their", "his", "her", "they", "we", "you", "he", "she", "its", "been", "will", "would", "said"])
_WORD = re.compile(r"[A-Za-z]+")

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def is_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)[:2000]]
    return len(words) >= 80 and sum(w in _ENGLISH for w in words) >= 0.15 * len(words)


def visible_forms(day: Date) -> re.Pattern:
    """A pattern matching ``day`` written in any common form (see the module doc)."""
    name = _MONTHS[day.month - 1]
    month = "|".join(sorted({re.escape(name), re.escape(name[:3]) + r"\.?",
                             *((r"sept\.?",) if day.month == 9 else ())}, key=len, reverse=True))
    month = rf"(?:{month})(?![a-z])"
    d = rf"0?{day.day}(?:st|nd|rd|th)?(?!\d)"
    m = rf"0?{day.month}"
    y, yy = str(day.year), f"{day.year % 100:02d}"
    sep = r"[\s\xa0]*"
    forms = [
        rf"{month}{sep},?{sep}{d}{sep},?{sep}{y}",                 # November 8, 2023
        rf"{d}{sep}(?:of{sep})?{month}{sep},?{sep}{y}",            # 8 Nov 2023, 8th of November, 2023
        rf"{y}(?P<s1>[-/.]){m}(?P=s1){d}",                                    # 2023-11-08
        rf"{m}/{d}/(?:{y}|{yy})(?!\d)",                            # 11/8/2023, 11/08/23
        rf"{d}(?P<s2>[/.]){m}(?P=s2)(?:{y}|{yy})(?!\d)",                      # 8/11/2023, 8.11.2023
    ]
    return re.compile(r"(?<![\d])(?:" + "|".join(forms) + ")", re.IGNORECASE)


def date_line(text: str, expected: str) -> tuple[bool, Optional[str]]:
    """(shown anywhere, the shortest line showing it when one is a date line)."""
    pattern = visible_forms(Date.fromisoformat(expected))
    lines = [line.strip() for line in text.splitlines() if pattern.search(line)]
    if not lines:
        return False, None
    shortest = min(lines, key=len)
    return True, shortest if len(shortest) <= DATE_LINE_MAX_CHARS else None


# ------------------------------------------------------------------ the pages

@dataclass(frozen=True)
class Page:
    name: str          # set and file name
    path: str          # the saved HTML page, read in place
    expected: str      # YYYY-MM-DD


def public_pages(htmldate_tests: Optional[str], traf_tests: Optional[str]) -> list[Page]:
    pages: dict[str, Page] = {}
    if htmldate_tests:
        for set_name in HTMLDATE_SETS:
            with open(os.path.join(htmldate_tests, set_name), encoding="utf-8") as f:
                for entry in json.load(f).values():
                    path = next((p for sub in ("test_set", "cache", "eval")
                                 if os.path.isfile(p := os.path.join(htmldate_tests, sub, entry["file"]))), None)
                    if path and _is_iso(entry.get("date")):
                        pages.setdefault(_content_key(path), Page("htmldate/" + entry["file"], path, entry["date"]))
    if traf_tests:
        with open(os.path.join(traf_tests, TRAFILATURA_SET), encoding="utf-8") as f:
            for entry in json.load(f).values():
                path = next((p for sub in ("eval", "cache")
                             if os.path.isfile(p := os.path.join(traf_tests, sub, entry["file"]))), None)
                if path and _is_iso(entry.get("date")):
                    pages.setdefault(_content_key(path), Page("trafilatura/" + entry["file"], path, entry["date"]))
    unique: dict[str, Page] = {}
    for page in sorted(pages.values(), key=lambda page: page.name):
        unique.setdefault(os.path.basename(page.path), page)   # one page saved twice by the two sets
    return sorted(unique.values(), key=lambda page: page.name)


def _is_iso(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value) is not None


def _content_key(path: str) -> str:
    """Pages held by both sets (same bytes or same file name) count once."""
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def _looks_english_html(path: str) -> bool:
    """A cheap look at the raw page before rendering it (the rendered text decides)."""
    with open(path, "rb") as f:
        raw = f.read().decode("utf-8", "ignore")
    lang = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]+)", raw, re.IGNORECASE)
    if lang and not lang.group(1).lower().startswith("en"):
        return False
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>|<[^>]+>", " ", raw)
    return is_english(body)


_SCRIPT = """(variant) => {
  if (variant === 'article') {
    const node = document.querySelector('article') || document.querySelector('main');
    return node ? node.innerText : null;
  }
  return document.body ? document.body.innerText : null;
}"""


def render(pages: list[Page], cache: str, variant: str) -> dict[str, Optional[str]]:
    """The saved text of each page (cached under ``cache``), None when it has none."""
    os.makedirs(cache, exist_ok=True)
    saved, todo = {}, []
    for page in pages:
        key = hashlib.sha1(page.path.encode()).hexdigest()[:16]
        target = os.path.join(cache, f"{variant}-{key}.txt")
        if os.path.exists(target):
            saved[page.name] = target if os.path.getsize(target) else None
        else:
            todo.append((page, target))
    if not todo:
        return saved
    from playwright.sync_api import sync_playwright
    flags = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=flags)
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
        context.route("**/*", lambda route: route.abort() if route.request.url.startswith(("http:", "https:"))
                      else route.continue_())
        tab = context.new_page()
        for done, (page, target) in enumerate(todo, 1):
            text = None
            if _looks_english_html(page.path):
                try:
                    tab.goto("file://" + os.path.abspath(page.path), wait_until="domcontentloaded", timeout=15000)
                    text = tab.evaluate(_SCRIPT, variant)
                except Exception as error:  # noqa: BLE001 - a page that will not render is left out
                    print(f"{page.name}: not rendered: {type(error).__name__}", file=sys.stderr)
                    tab.close()
                    tab = context.new_page()
            with open(target, "w", encoding="utf-8") as out:
                out.write(text if text and is_english(text) else "")
            saved[page.name] = target if text and is_english(text) else None
            if done % 100 == 0:
                print(f"rendered {done}/{len(todo)}", file=sys.stderr)
        browser.close()
    return saved


# ------------------------------------------------------------------ scoring

def read_date(path: str) -> Optional[str]:
    """The date QuoteSearch gives a .txt file, as `extract` and `ingest` read it."""
    from quotesearch.extract.metadata import with_metadata
    from quotesearch.ingest.files import article_from_text_file
    return with_metadata(article_from_text_file(path)).date


@dataclass
class Tally:
    pages: int = 0
    shown: int = 0
    lined: int = 0
    right: int = 0
    wrong: int = 0
    none: int = 0
    unlined_dated: int = 0     # pages with no visible date line that the reader dated anyway
    unlined_wrong: int = 0

    def line(self, label: str) -> str:
        total = self.lined or 1
        return (f"{label}: pages {self.pages}, date shown {self.shown}, visible date line {self.lined}: "
                f"right {self.right} ({100 * self.right / total:.1f}%) / wrong {self.wrong} "
                f"({100 * self.wrong / total:.1f}%) / none {self.none} ({100 * self.none / total:.1f}%); "
                f"without a date line: {self.pages - self.lined}, dated {self.unlined_dated}, "
                f"{self.unlined_wrong} of them wrong")


def score(items: list[tuple[str, str, str]], show: int, results: Optional[list] = None,
          every_shown: bool = False) -> Tally:
    """``items``: (name, text file, expected date); ``every_shown`` scores every text
    showing the date, on a date line or not (a flattened one-line page has no short line)."""
    tally, misses = Tally(), []
    for name, path, expected in items:
        tally.pages += 1
        with open(path, encoding="utf-8") as f:
            text = f.read()
        shown, line = date_line(text, expected)
        tally.shown += shown
        if line is None and every_shown and shown:
            line = "(inside a long line)"
        if line is None:
            # No date line to read: any date given is a guess, and a wrong one misleads.
            found = read_date(path)
            tally.unlined_dated += found is not None
            tally.unlined_wrong += found is not None and found != expected
            continue
        tally.lined += 1
        found = read_date(path)
        if results is not None:
            results.append({"page": name, "expected": expected, "found": found})
        if found == expected:
            tally.right += 1
            continue
        if found is None:
            tally.none += 1
        else:
            tally.wrong += 1
        if len(misses) < show:
            taken = date_line(text, found)[1] or "(not on a line of the text)" if found else ""
            misses.append(f"{name}: {found or 'none'}, expected {expected}\n    date line: {line[:150]!r}"
                          + (f"\n    taken from: {taken[:150]!r}" if found else ""))
    for miss in misses:
        print(miss)
    return tally


def gold_items() -> list[tuple[str, str, str]]:
    items = []
    for gold, folder in ((os.path.join(GOLD, "news-dev", "gold.jsonl"), os.path.join(GOLD, "news-dev", "articles")),
                         (os.path.join(GOLD, "seeds.jsonl"), SEEDS)):
        with open(gold, encoding="utf-8") as f:
            for row in map(json.loads, f):
                if row.get("date"):
                    items.append((row["file"], os.path.join(folder, row["file"]), row["date"]))
    return items


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("htmldate_tests", nargs="?", help="the tests/ folder of an htmldate checkout")
    ap.add_argument("traf_tests", nargs="?", help="the tests/ folder of a trafilatura checkout")
    ap.add_argument("--cache", default="/tmp/text_dates", help="where the saved texts go (outside the repo)")
    ap.add_argument("--variant", choices=("page", "article"), default="page")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--results", help="write each scored page's result to this JSON Lines file")
    ap.add_argument("--gold", action="store_true", help="also score news-dev and seeds (gold dates)")
    a = ap.parse_args(argv)
    if a.htmldate_tests or a.traf_tests:
        pages = public_pages(a.htmldate_tests, a.traf_tests)
        saved = render(pages, a.cache, a.variant)
        items = [(p.name, saved[p.name], p.expected) for p in pages if saved.get(p.name)]
        results: list = []
        tally = score(items, a.show_misses, results)
        print(f"public sets: {len(pages)} dated pages, {len(items)} English with saved text ({a.variant} variant)")
        print(tally.line("saved text"))
        if a.results:
            with open(a.results, "w", encoding="utf-8") as out:
                out.writelines(json.dumps(r) + "\n" for r in results)
    if a.gold:
        print(score(gold_items(), a.show_misses, every_shown=True).line("news-dev + seeds (gold, date shown anywhere)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
