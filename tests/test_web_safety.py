"""Article data made safe where it leaves the server (`quotesearch.web.safety`):
links, spreadsheet cells, XML text, file names; and the pages that use them."""
from __future__ import annotations

import re

import pytest

from conftest import SEEDS, write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.web import create_app
from quotesearch.web.safety import csv_cell, public_file, safe_url, xml_text

# (value, link target or None)
URLS = [
    ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
    ("http://example.org", "http://example.org"),
    ("HTTPS://Example.org/x", "HTTPS://Example.org/x"),
    ("  https://example.org/padded  ", "https://example.org/padded"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("\tjavascript:alert(1)", None),
    ("\x01\x02javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("java\nscript:alert(1)", None),
    ("vbscript:msgbox(1)", None),
    ("VBScript:msgbox(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("DATA:text/html;base64,PHNjcmlwdD4=", None),
    ("file:///etc/passwd", None),
    ("//evil.example/x", None),
    ("/relative/path", None),
    ("https://", None),
    ("https://exa mple.org", None),
    ("https://example.org/\x00x", None),
    ("", None),
    (None, None),
    (42, None),
]


@pytest.mark.parametrize("value, expected", URLS)
def test_only_http_urls_become_links(value, expected):
    assert safe_url(value) == expected


# (value, cell) — OWASP: a leading = + - @ tab or CR gets a single quote
CELLS = [
    ("=1+1", "'=1+1"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-2", "'-2"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("plain words", "plain words"),
    ("a = b", "a = b"),
    ("", ""),
    (None, ""),
    (3, "3"),
]


@pytest.mark.parametrize("value, expected", CELLS)
def test_csv_cells_cannot_start_a_formula(value, expected):
    assert csv_cell(value) == expected


# (text, XML-safe text)
XML_TEXTS = [
    ("plain", "plain"),
    ("tab\tline\ncr\r", "tab\tline\ncr\r"),
    ("a\x00b\x01c\x08d\x0be\x0cf\x1fg", "abcdefg"),
    ("\ufffe\uffff", ""),
    ("lone \ud800 surrogate", "lone  surrogate"),
    ("emoji \U0001F600 and é", "emoji \U0001F600 and é"),
]


@pytest.mark.parametrize("text, expected", XML_TEXTS)
def test_xml_text_drops_what_xml_forbids(text, expected):
    assert xml_text(text) == expected


# (path as ingested, what the web shows)
FILES = [
    ("/home/alice/news/seeds/000_x.txt", "000_x.txt"),
    ("seeds/000_x.txt", "000_x.txt"),
    ("/srv/feeds/wire.jsonl:12", "wire.jsonl:12"),
    ("C:\\Users\\bob\\a.html", "a.html"),
    ("/data/h/caf\\xe9.txt", "caf\\xe9.txt"),     # a name shown with an escape keeps it
    ("caf\udce9.txt", "caf\ufffd.txt"),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("path, shown", FILES)
def test_file_names_not_server_paths(path, shown):
    assert public_file(path) == shown


# ---------------------------------------------------------------------------
# The pages: one article per hostile URL, each quoting its own speaker
# ---------------------------------------------------------------------------

HOSTILE_URLS = [u for u, target in URLS if isinstance(u, str) and u and target is None]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-urls")
    articles = [{"id": f"url-{n}", "outlet": "Link Test", "date": "2024-02-0" + str(n % 9 + 1),
                 "url": url, "title": f"Link test {n}",
                 "text": f"Link test {n}\n\n\"Every link on this page must be safe to follow, "
                         f"number {n},\" said Lena Fisk{n}, a tester.\n"}
                for n, url in enumerate(HOSTILE_URLS)]
    articles.append({"id": "url-ok", "outlet": "Link Test", "url": "https://ok.example/story",
                     "title": "Good link", "text": "Good link\n\n\"Every link on this page must "
                     "be safe to follow, a real one,\" said Lena Good, a tester.\n"})
    stories = write_jsonl(folder / "links.jsonl", articles)
    index = QuoteIndex.open(folder / "index", create=True)
    assert not ingest_paths(index, [str(stories)]).failed
    return create_app(index.path).test_client(), folder


def _hrefs(page: str) -> list[str]:
    return re.findall(r'(?:href|src|action)="([^"]*)"', page)


def _assert_safe_links(page: str) -> None:
    for href in _hrefs(page):
        assert href.startswith(("/", "?", "#", "http://", "https://")), href
        assert not href.startswith("//"), href


def test_pages_link_only_http_urls(hostile):
    client, _ = hostile
    quotes = client.get("/api/search?q=link+safe+follow&size=100").get_json()["results"]
    assert len(quotes) == len(HOSTILE_URLS) + 1
    pages = []
    for quote in quotes:
        pages.append(client.get(f"/quotes/{quote['id']}").get_data(as_text=True))
        pages.append(client.get(f"/articles/{quote['sources'][0]['article']}").get_data(as_text=True))
    for remembered in ("every link on this page must be safe to follow",
                       "every link on this page must be safe to follow a real one"):
        pages.append(client.get("/check", query_string={"q": remembered}).get_data(as_text=True))
    for page in pages:
        _assert_safe_links(page)
        assert not re.search(r"href=\"\s*(javascript|vbscript|data):", page, re.IGNORECASE)
    # the good link is still a link, on each kind of page
    assert sum('href="https://ok.example/story"' in page for page in pages) >= 3
    assert 'href="https://ok.example/story"' in pages[-1]


def test_article_pages_and_api_show_file_names_not_paths(hostile):
    client, folder = hostile
    article = client.get("/api/articles/url-ok").get_json()
    assert article["file"].startswith("links.jsonl:")
    quote = client.get("/api/search?q=real+one").get_json()["results"][0]
    assert quote["sources"][0]["file"].startswith("links.jsonl:")
    page = client.get("/articles/url-ok").get_data(as_text=True)
    exports = client.get("/export.jsonl").get_data(as_text=True)
    for text in (page, exports, client.get("/api/quotes/" + quote["id"]).get_data(as_text=True),
                 client.get("/api/check?q=real+one").get_data(as_text=True)):
        assert str(folder) not in text and "links.jsonl" in text


def test_seed_paths_are_not_shown(client):
    quote = client.get("/api/search?q=&size=1").get_json()["results"][0]
    page = client.get(f"/articles/{quote['sources'][0]['article']}").get_data(as_text=True)
    assert str(SEEDS) not in page and "<dt>File</dt>" in page


# ---------------------------------------------------------------------------
# No absolute path of the server's files in any page, API answer or export
# ---------------------------------------------------------------------------

PLAIN_STORY = ("Council approves budget\n\nBy Jane Roe\n\n\"The budget protects every library in the city,\" "
               "said Mayor Olga Berg on Tuesday.\n\nBerg said the council would meet again in May.\n")
HTML_STORY = ("<html><head><title>Harbour plan unveiled</title><meta name=\"author\" content=\"Li Wei\">"
              "<link rel=\"canonical\" href=\"https://harbour.example/plan\"></head><body><article>"
              "<h1>Harbour plan unveiled</h1><p>\"The harbour will be open to every ship by spring,\" said "
              "Tomas Berg, the harbour master.</p></article></body></html>")


def test_no_server_path_in_pages_api_or_exports(tmp_path):
    folder = tmp_path / "srv" / "newsroom" / "articles"
    folder.mkdir(parents=True)
    (folder / "budget.txt").write_text(PLAIN_STORY, encoding="utf-8")
    (folder / "harbour.html").write_text(HTML_STORY, encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "srv" / "index", create=True)
    report = ingest_paths(index, [str(folder)])
    assert report.added == 2 and not report.failed
    client = create_app(index.path).test_client()
    quotes = client.get("/api/search?q=&size=100").get_json()["results"]
    assert len(quotes) >= 2
    urls = ["/", "/?q=budget", "/speakers", "/topics", "/about", "/help", "/check?q=library+budget",
            "/feed.atom?q=", "/api/search?q=harbour", "/api/speakers", "/api/topics", "/api/stats",
            "/api/check?q=harbour+open", "/api/suggest?q=ber", "/export.csv?bom=1", "/export.jsonl",
            "/quotes/nope", "/api/quotes/nope"]
    for quote in quotes:
        article = quote["sources"][0]["article"]
        urls += [f"/quotes/{quote['id']}", f"/api/quotes/{quote['id']}", f"/quotes/{quote['id']}/cite.bib",
                 f"/quotes/{quote['id']}/cite.ris", f"/articles/{article}", f"/api/articles/{article}"]
    speakers = client.get("/api/speakers").get_json()
    urls += [f"/speakers/{s['id']}" for s in speakers] + [f"/api/speakers/{s['id']}" for s in speakers]
    shown = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        shown[url] = response.get_data(as_text=True)
    for url, text in shown.items():
        assert str(tmp_path) not in text, url
        assert "/srv/newsroom" not in text and "/srv/index" not in text, url
    # the names are still there to tell the files apart
    assert "budget.txt" in shown[f"/api/articles/{quotes[0]['sources'][0]['article']}"] or \
        "harbour.html" in shown[f"/api/articles/{quotes[0]['sources'][0]['article']}"]
    assert all(name in shown["/export.jsonl"] for name in ("budget.txt", "harbour.html"))
