"""Outlet and author of HTML pages, scored on the expectations of trafilatura's own tests.

    git -C /work/.mirror/adbar+trafilatura/repo archive HEAD tests | tar -x -C /tmp/traf
    python bench/html_metadata.py /tmp/traf/tests [--reader quotesearch|trafilatura] [--all-languages] [--show N]

Expected values come from the set itself, read in place (no page or excerpt is copied
into this repository):

- ``tests/evaldata.json``: the ``author`` (byline) and ``sitename`` fields it gives for
  real pages in ``tests/eval`` and ``tests/cache``;
- ``tests/realworld_tests.py``, ``test_pages``: its assertions on ``metadata.author`` and
  ``metadata.sitename`` for the pages of its ``MOCK_PAGES`` (read with ``ast``), and the
  value its comments give as the right one where the assertion records a known miss
  ("# actually 'Ben Knight'", "# originally 'the Guardian'", "# 'Pluralsight'"): either
  value counts as right.

Pages are English when ``<html lang>``, ``og:locale`` or ``content-language`` says so
(``--all-languages`` scores every page). Each page is read as QuoteSearch reads a
fetched page: its bytes and its URL (``article_from_html_bytes(data, url=...)``).

Outlet: right when it equals an expected site name (case and spacing aside);
"with a tagline or section" when it is the expected name followed by a separator or a
space and more ("Consett Magazine - Positive Local News").
Author: "found" when the page shows an author and one is read; "right" when the same
names come in the same order.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys

from lxml import html as lxml_html


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def _names(value) -> list[str]:
    """Names in order, compared without case, spacing or full stops ("T. V. Raman" is "T V Raman")."""
    if not value:
        return []
    parts = value if isinstance(value, list) else re.split(r"\s*[;/]\s*|,\s+(?:and\s+)?|\s+and\s+|\s*&\s*", value)
    names = [_norm(part.replace(".", " ")) for part in parts]
    return [name for name in names if name]


def _resolve(tests: str, filename: str) -> str | None:
    for sub in ("cache", "eval"):
        path = os.path.join(tests, sub, filename)
        if os.path.isfile(path):
            return path
    return None


class Expected:
    """What the set expects of one page: URL, accepted outlets and bylines."""

    def __init__(self, url: str, file: str):
        self.url, self.file = url, file
        self.outlets: list[str] = []
        self.authors: list[list[str]] = []      # each an accepted list of names, in order
        self.author_contains: list[str] = []    # names that must be among those read

    def add_outlet(self, value: str) -> None:
        if value and _norm(value) not in map(_norm, self.outlets):
            self.outlets.append(value)

    def add_author(self, value) -> None:
        names = _names(value)
        if names and names not in self.authors:
            self.authors.append(names)


_COMMENT_ALTERNATIVE = re.compile(r"#\s*(?:actually|originally)?\s*['\"]([^'\"]+)['\"]")


def _realworld_expectations(tests: str, pages: dict[str, Expected]) -> None:
    path = os.path.join(tests, "realworld_tests.py")
    with open(path, encoding="utf-8") as f:
        source = f.read()
    lines = source.splitlines()
    module = ast.parse(source)
    mock_pages: dict[str, str] = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "MOCK_PAGES" for t in node.targets):
            mock_pages = ast.literal_eval(node.value)
    test_pages = next(node for node in module.body if isinstance(node, ast.FunctionDef) and node.name == "test_pages")
    variables: dict[str, str] = {}
    current: Expected | None = None
    for statement in test_pages.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        variables[target.id] = node.value.value
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "load_mock_page_meta" and node.args:
                argument = node.args[0]
                url = argument.value if isinstance(argument, ast.Constant) else variables.get(getattr(argument, "id", ""))
                if url in mock_pages:
                    current = pages.setdefault(mock_pages[url], Expected(url, mock_pages[url]))
        if current is None or not isinstance(statement, ast.Assert):
            continue
        test = statement.test
        if not isinstance(test, ast.Compare) or len(test.comparators) != 1:
            continue
        left, operator, right = test.left, test.ops[0], test.comparators[0]
        line = lines[statement.lineno - 1]
        comment = _COMMENT_ALTERNATIVE.search(line[line.index("#"):]) if "#" in line else None
        if isinstance(operator, ast.Eq) and isinstance(right, ast.Constant) and isinstance(right.value, str):
            field = getattr(left, "attr", None)
            if field == "sitename":
                current.add_outlet(right.value)
                if comment:
                    current.add_outlet(comment.group(1))
            elif field == "author":
                current.add_author(right.value)
                if comment:
                    current.add_author(comment.group(1))
        elif isinstance(operator, ast.In) and getattr(right, "attr", None) == "author" and isinstance(left, ast.Constant):
            current.author_contains.append(_norm(left.value))


def load_expectations(tests: str) -> list[Expected]:
    pages: dict[str, Expected] = {}
    with open(os.path.join(tests, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    for url, item in evaldata.items():
        if not item.get("author") and not item.get("sitename"):
            continue
        page = pages.setdefault(item["file"], Expected(url, item["file"]))
        page.add_author(item.get("author"))
        page.add_outlet(item.get("sitename") or "")
    _realworld_expectations(tests, pages)
    return sorted(pages.values(), key=lambda page: page.file)


def page_language(data: bytes) -> str:
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - an unreadable page has no language
        return ""
    values = [tree.get("lang") or tree.get("xml:lang") or ""]
    values += tree.xpath("//meta[@property='og:locale']/@content")
    values += tree.xpath("//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content")
    for value in values:
        if value and value.strip():
            return value.strip().lower()[:2]
    return ""


def quotesearch_reader():
    from quotesearch.ingest import IngestFailure
    from quotesearch.ingest.html import article_from_html_bytes

    def read(data: bytes, url: str):
        try:
            article = article_from_html_bytes(data, url=url)
        except IngestFailure:
            return None, None
        return article.outlet, article.byline
    return read


def trafilatura_reader():
    from trafilatura import extract_metadata

    def read(data: bytes, url: str):
        document = extract_metadata(data, default_url=url)
        return (document.sitename, document.author) if document is not None else (None, None)
    return read


READERS = {"quotesearch": quotesearch_reader, "trafilatura": trafilatura_reader}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tests", help="the tests/ folder of a trafilatura checkout")
    ap.add_argument("--reader", choices=sorted(READERS), default="quotesearch")
    ap.add_argument("--all-languages", action="store_true", help="score every page, not only English ones")
    ap.add_argument("--show", type=int, default=0, help="print N pages read wrong")
    a = ap.parse_args(argv)
    read = READERS[a.reader]()
    outlets = outlets_right = outlets_tagged = 0
    authors = authors_found = authors_right = 0
    shown = 0
    for page in load_expectations(a.tests):
        path = _resolve(a.tests, page.file)
        if path is None:
            print(f"missing page: {page.file}", file=sys.stderr)
            continue
        with open(path, "rb") as f:
            data = f.read()
        if not a.all_languages and page_language(data) != "en":
            continue
        try:
            outlet, byline = read(data, page.url)
        except Exception as error:  # noqa: BLE001 - a crash is a page read wrong
            print(f"{page.file}: {type(error).__name__}: {error}", file=sys.stderr)
            outlet, byline = None, None
        wrong = []
        if page.outlets:
            outlets += 1
            right = _norm(outlet) in map(_norm, page.outlets)
            outlets_right += right
            tagged = not right and any(re.match(re.escape(_norm(name)) + r"\s*[|:·•»«,–—-]|\s", _norm(outlet))
                                       for name in page.outlets)
            outlets_tagged += tagged
            if not right:
                wrong.append(f"outlet {outlet!r}, expected {' or '.join(map(repr, page.outlets))}")
        if page.authors or page.author_contains:
            authors += 1
            names = _names(byline)
            authors_found += bool(names)
            right = (names in page.authors if page.authors else True) and all(
                name in names for name in page.author_contains)
            authors_right += right
            if not right:
                wrong.append(f"author {byline!r}, expected {' or '.join('; '.join(n) for n in page.authors) or page.author_contains}")
        if wrong and shown < a.show:
            shown += 1
            print(f"{page.file}\n  " + "\n  ".join(wrong))
    scope = "all languages" if a.all_languages else "English"
    print(f"reader: {a.reader}; pages ({scope}) with an expected outlet: {outlets}, with an expected author: {authors}")
    if outlets:
        print(f"outlet: {outlets_right}/{outlets} right ({100 * outlets_right / outlets:.1f}%), "
              f"{outlets_tagged} with a tagline or section")
    if authors:
        print(f"author: found {authors_found}/{authors} ({100 * authors_found / authors:.1f}%), "
              f"right {authors_right}/{authors} ({100 * authors_right / authors:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
