"""Specification of `quotesearch.ingest`: files in, `Article`s (or `IngestError`s) out.

Every test writes real files to `tmp_path`; article texts are invented for
these tests.
"""
from __future__ import annotations

import codecs
import json
import os
import pathlib
import time

import pytest

from quotesearch import ingest
from quotesearch.ingest import (
    MAX_FILE_BYTES,
    IngestFailure,
    article_from_html,
    article_id,
    decode_bytes,
    read_articles,
    read_text_file,
)
from quotesearch.records import Article, IngestError

MINISTER = "“Nous sommes prêts,” said the minister. The café near the ministry reopened on Monday."
AMBASSADOR_RU = "«Мы готовы к переговорам», — заявил посол в пятницу. Встреча пройдёт в Женеве."


def write(path: pathlib.Path, content: str | bytes) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def read_all(*paths: os.PathLike | str) -> list[Article | IngestError]:
    return list(read_articles(paths))


def read_one(path: os.PathLike | str) -> Article | IngestError:
    (result,) = read_all(path)
    return result


def assert_spans_match_text(article: Article) -> None:
    """Every paragraph span covers exactly one paragraph of the text."""
    assert article.paragraphs, "HTML articles carry their paragraph layout"
    assert [article.text[p.start:p.end] for p in article.paragraphs] == article.text.split("\n\n")


# ---------------------------------------------------------------------------
# Plain text: decoding
# ---------------------------------------------------------------------------

def test_utf8_text_is_read_unchanged(tmp_path):
    text = "  The ambassador said:\n\n\t“We will not leave.”  \nTalks resume in Geneva.\n"
    article = read_one(write(tmp_path / "a.txt", text))
    assert isinstance(article, Article)
    assert article.text == text


def test_utf8_bom_is_removed(tmp_path):
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + MINISTER.encode("utf-8"))
    assert read_one(path).text == MINISTER


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(tmp_path, encoding, bom):
    path = write(tmp_path / "wide.txt", bom + MINISTER.encode(encoding))
    assert read_one(path).text == MINISTER


def test_cp1252_curly_quotes_and_accents(tmp_path):
    path = write(tmp_path / "legacy.txt", MINISTER.encode("cp1252"))
    assert read_one(path).text == MINISTER


@pytest.mark.parametrize("encoding", ["koi8-r", "cp1251"])
def test_russian_legacy_encodings(tmp_path, encoding):
    text = AMBASSADOR_RU.replace("«", '"').replace("»", '"').replace("—", "-")  # KOI8-R has no « » —
    path = write(tmp_path / "ru.txt", text.encode(encoding))
    assert read_one(path).text == text


def test_polish_cp1250_is_not_read_as_cp1252(tmp_path):
    text = "Minister powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu."
    path = write(tmp_path / "pl.txt", text.encode("cp1250"))
    assert read_one(path).text == text


def test_valid_utf8_is_never_reinterpreted():
    # Bytes that are valid UTF-8 are UTF-8, whatever a detector might think.
    data = "Le ministre a dit « prêts » à Genève.".encode("utf-8")
    assert decode_bytes(data) == "Le ministre a dit « prêts » à Genève."


def test_newlines_are_normalised(tmp_path):
    path = write(tmp_path / "crlf.txt", b"First line.\r\nSecond line.\rThird line.\r\n")
    assert read_one(path).text == "First line.\nSecond line.\nThird line.\n"


def test_read_text_file_returns_the_decoded_text(tmp_path):
    path = write(tmp_path / "a.txt", MINISTER.encode("cp1252"))
    assert read_text_file(path) == MINISTER


# ---------------------------------------------------------------------------
# Plain text: the Article
# ---------------------------------------------------------------------------

def test_text_article_has_path_id_and_no_guessed_metadata(tmp_path):
    path = write(tmp_path / "envoy.txt", "Envoy recalled\n\nThe envoy was recalled on Friday, officials said.\n")
    article = read_one(path)
    assert article.file == str(path)
    assert article.id == article_id(article.text)
    assert (article.title, article.outlet, article.date, article.url, article.byline) == (None,) * 5
    assert article.paragraphs == ()


def test_path_objects_and_strings_are_both_accepted(tmp_path):
    path = write(tmp_path / "a.txt", "The minister spoke.")
    assert read_one(path).file == read_one(str(path)).file == str(path)


# ---------------------------------------------------------------------------
# Bad input becomes an IngestError, never an exception
# ---------------------------------------------------------------------------

def test_empty_file(tmp_path):
    assert read_one(write(tmp_path / "empty.txt", b"")) == IngestError(str(tmp_path / "empty.txt"), "empty file")


def test_whitespace_only_file(tmp_path):
    error = read_one(write(tmp_path / "blank.txt", " \n\n \t\n"))
    assert isinstance(error, IngestError)
    assert "only whitespace" in error.reason


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048)
    error = read_one(write(tmp_path / "photo.txt", png))
    assert error == IngestError(str(tmp_path / "photo.txt"), "binary file (not text)")


def test_control_bytes_without_nul_are_binary():
    with pytest.raises(IngestFailure, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 50)


def test_huge_file_is_refused_quickly_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written, none read
    started = time.perf_counter()
    error = read_one(path)
    assert time.perf_counter() - started < 1
    assert error == IngestError(str(path), "file too large: 50.0 MB (limit 20 MB)")


def test_unsupported_extension_named_explicitly(tmp_path):
    error = read_one(write(tmp_path / "report.pdf", b"%PDF-1.7"))
    assert isinstance(error, IngestError)
    assert error.reason.startswith("unsupported file type .pdf")


def test_missing_path(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert read_one(missing) == IngestError(str(missing), "no such file or directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "The minister spoke.")
    path.chmod(0)
    assert read_one(path) == IngestError(str(path), "cannot read: [Errno 13] Permission denied")


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    first = write(tmp_path / "1.txt", "The minister resigned on Monday.")
    broken = write(tmp_path / "2.txt", b"\x00\x01\x02\x03")
    last = write(tmp_path / "3.html", "<p>The ambassador returned to Paris.</p>")
    results = read_all(first, broken, tmp_path / "missing.txt", last)
    assert [type(result) for result in results] == [Article, IngestError, IngestError, Article]
    assert results[0].text == "The minister resigned on Monday."
    assert results[3].text == "The ambassador returned to Paris."


# ---------------------------------------------------------------------------
# Directories
# ---------------------------------------------------------------------------

def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", "Second article.")
    write(tmp_path / "a.txt", "First article.")
    write(tmp_path / "sub" / "c.html", "<p>Third article.</p>")
    write(tmp_path / "sub" / "deeper" / "d.jsonl", '{"id": "d1", "text": "Fourth article."}\n')
    write(tmp_path / ".hidden.txt", "Hidden file.")
    write(tmp_path / ".git" / "e.txt", "Inside a hidden directory.")
    write(tmp_path / "notes.csv", "Unsupported extension, skipped silently.")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0")

    results = read_all(tmp_path)
    assert all(isinstance(result, Article) for result in results)
    assert [result.text for result in results] == ["First article.", "Second article.", "Third article.", "Fourth article."]
    assert results[3].file == str(tmp_path / "sub" / "deeper" / "d.jsonl") + ":1"


def test_bad_file_inside_a_directory_is_reported(tmp_path):
    write(tmp_path / "a.txt", "The minister spoke.")
    write(tmp_path / "b.txt", b"")
    results = read_all(tmp_path)
    assert isinstance(results[0], Article)
    assert results[1] == IngestError(str(tmp_path / "b.txt"), "empty file")


# ---------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------

def test_ids_are_stable_and_content_derived():
    text = "The ambassador said talks would continue."
    assert article_id(text) == article_id(text)
    assert article_id(text) == article_id("  The ambassador said\ntalks  would continue.\n")
    assert article_id(text) != article_id("The ambassador said talks would end.")
    assert len(article_id(text)) == 16 and int(article_id(text), 16) >= 0


def test_reingesting_a_file_gives_the_same_id(tmp_path):
    first = read_one(write(tmp_path / "a.txt", "The minister spoke.\n"))
    again = read_one(write(tmp_path / "copy" / "a.txt", "The minister spoke.\r\n"))
    assert first.id == again.id


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html><head>
<title>Envoy says talks will go on | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta property="og:title" content="Envoy says talks will go on">
<meta property="article:published_time" content="2024-03-05T22:30:00+08:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://planet.example/world/envoy-talks">
<style>p { color: red }</style>
<script>var tracker = "script text must not appear";</script>
</head>
<body>
<header><a href="/">The Daily Planet</a></header>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
  <h1>Envoy says talks will go on</h1>
  <p class="byline">By Jane Doe</p>
  <p>The ambassador said on Tuesday that <b>talks</b> with the
     delegation would continue next week.</p>
  <figure><img src="envoy.jpg"><figcaption>The ambassador in Geneva.</figcaption></figure>
  <h2>Next steps</h2>
  <blockquote><p>“We are ready to listen,” he said.</p></blockquote>
  <ul><li>A first meeting in Geneva.</li><li>A second one in Vienna.</li></ul>
  <div class="share-buttons"><p>Share this article</p></div>
</article>
<aside><p>Most read: a minister resigns.</p></aside>
<div id="comments"><p>Great article!</p></div>
<footer><p>Copyright The Daily Planet</p></footer>
</body></html>
"""


def test_html_article_text_and_layout(tmp_path):
    article = read_one(write(tmp_path / "envoy.html", NEWS_PAGE))
    assert article.text.split("\n\n") == [
        "Envoy says talks will go on",
        "By Jane Doe",
        "The ambassador said on Tuesday that talks with the delegation would continue next week.",
        "Next steps",
        "“We are ready to listen,” he said.",
        "A first meeting in Geneva.",
        "A second one in Vienna.",
    ]
    assert [p.kind for p in article.paragraphs] == ["headline", "byline", "body", "subhead", "body", "body", "body"]
    assert_spans_match_text(article)


def test_html_boilerplate_is_dropped(tmp_path):
    text = read_one(write(tmp_path / "envoy.html", NEWS_PAGE)).text
    for furniture in ("script text", "color", "Home", "World", "Share this", "Most read", "Great article",
                      "Copyright", "The ambassador in Geneva"):
        assert furniture not in text


BODY_SENTENCE = "The mayor said on Tuesday that the council would vote on the new road plan next month."


def furniture_page(furniture: str, body_extra: str = "") -> str:
    """An invented article page with `furniture` inside its <article>."""
    return f"""<html><head><title>Council to vote on roads</title></head><body><article>
<h1>Council to vote on roads</h1>
<p>{BODY_SENTENCE}</p>
{furniture}
<p>Residents have complained about traffic on the bridge for years, officials say.</p>
{body_extra}
</article></body></html>"""


@pytest.mark.parametrize("furniture, dropped", [
    ('<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">The mayor at the council.</p></div>',
     "The mayor at the council."),
    ('<figure><img src="a.jpg"><span>Photo by Jane Roe for the paper</span></figure>', "Photo by Jane Roe"),
    ('<aside class="pullquote"><p>The council would vote on the new road plan</p></aside>', "would vote on the new road plan\n"),
    ('<div class="pull-quote"><p>“Roads are full,” the mayor said.</p></div>', "Roads are full"),
    ('<div class="recirculation"><p>How the bridge was built in 1932 and why it matters now.</p></div>', "bridge was built"),
    ('<div class="read-more"><p>Minister resigns after a row over spending on schools.</p></div>', "Minister resigns"),
    ('<div class="article-tags"><p>Tagged: roads, council, traffic</p></div>', "Tagged"),
    ('<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>', "morning briefing"),
    ('<div style="display: none"><span>Close menu and search the site</span></div>', "Close menu"),
    ('<div aria-hidden="true">Skip to main content</div>', "Skip to main"),
])
def test_html_furniture_inside_the_article_is_dropped(furniture, dropped):
    article = article_from_html(furniture_page(furniture))
    assert dropped not in article.text + "\n"
    assert BODY_SENTENCE in article.text
    assert "Residents have complained" in article.text


@pytest.mark.parametrize("body_extra, kept", [
    # a figure holding a quotation is an embedded post, not a photo
    ('<figure><blockquote><p>“The bridge is closed until Monday,” the city wrote.</p></blockquote></figure>',
     "The bridge is closed until Monday"),
    # a styled quotation mark named "pullquote" is part of the quotation
    ('<blockquote><p><span class="pullquote">“</span>We will fix the bridge this year,” she said.</p></blockquote>',
     "“We will fix the bridge this year,” she said."),
    # a hidden gallery slide holding paragraphs is content shown on a click
    ('<div class="slide" style="display:none"><p>The second slide shows the bridge at night, lit up.</p></div>',
     "The second slide shows the bridge at night"),
])
def test_html_content_that_looks_like_furniture_is_kept(body_extra, kept):
    assert kept in article_from_html(furniture_page("", body_extra)).text


def test_html_wrapper_named_like_furniture_keeps_the_article():
    # Layout classes ("sidebar-and-content-body", "overflow-hidden") say nothing;
    # a furniture word on the element holding most of the article does not remove it.
    page = furniture_page("").replace("<article>", '<article><div class="share-layout-body">', 1).replace(
        "</article>", "</div></article>", 1)
    assert BODY_SENTENCE in article_from_html(page).text


def test_html_link_dense_blocks_are_furniture():
    page = furniture_page('<p><a href="/a">Minister resigns after a row over schools</a></p>'
                          '<ul><li><a href="/b">Bridge closed for repairs until Monday</a></li></ul>')
    article = article_from_html(page)
    kinds = {article.text[p.start:p.end]: p.kind for p in article.paragraphs}
    assert kinds["Minister resigns after a row over schools"] == "furniture"
    assert kinds["Bridge closed for repairs until Monday"] == "furniture"
    assert kinds[BODY_SENTENCE] == "body"


def test_html_paragraph_divs_are_paragraphs():
    # CNN-style bodies: <div class="zn-body__paragraph"> instead of <p>.
    page = ("<html><body><div class='nav-links'><p>Home</p><p>World</p></div><article>"
            "<h1>Bridge to reopen</h1>"
            "<div class='zn-body__paragraph'>The bridge will reopen on Monday after two years of repairs.</div>"
            "<div class='zn-body__paragraph'>“It was worth the wait,” the mayor said.</div>"
            "</article></body></html>")
    article = article_from_html(page)
    assert article.text.split("\n\n")[1:] == [
        "The bridge will reopen on Monday after two years of repairs.", "“It was worth the wait,” the mayor said."]
    assert [p.kind for p in article.paragraphs][1:] == ["body", "body"]


def test_html_metadata(tmp_path):
    article = read_one(write(tmp_path / "envoy.html", NEWS_PAGE))
    assert article.file == str(tmp_path / "envoy.html")
    assert article.title == "Envoy says talks will go on"
    assert article.outlet == "The Daily Planet"
    assert article.date == "2024-03-05"  # the publisher's own date, not converted to UTC
    assert article.url == "https://planet.example/world/envoy-talks"
    assert article.byline == "Jane Doe"
    assert article.id == article_id(article.text)


def test_html_json_ld_metadata():
    page = """<html><head><title>Minister visits port - Harbour Times</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "harbour"},
      {"@type": "NewsArticle", "datePublished": "2023-11-02T08:15:00Z",
       "publisher": {"@type": "Organization", "name": "Harbour Times"},
       "author": [{"@type": "Person", "name": "Ana Silva"}, {"@type": "Person", "name": "Li Wei"}]}
    ]}
    </script></head>
    <body><div class="story"><p>The minister visited the port on Thursday.</p>
    <p>She promised new cranes by spring.</p></div></body></html>"""
    article = article_from_html(page)
    assert article.date == "2023-11-02"
    assert article.outlet == "Harbour Times"
    assert article.byline == "Ana Silva, Li Wei"
    assert article.title == "Minister visits port"  # <title> without its " - Site" suffix
    assert article.text == "Minister visits port\n\nThe minister visited the port on Thursday.\n\nShe promised new cranes by spring."
    assert_spans_match_text(article)


def test_html_time_element_and_partial_dates():
    page = """<html><head><meta name="date" content="March 2024"></head><body>
    <article><h1>Council votes</h1><time datetime="2024-03-07">7 March</time>
    <p>The council voted to approve the budget.</p></article></body></html>"""
    assert article_from_html(page).date == "2024-03-07"
    # A date missing its day is not a date: nothing is invented.
    undated = page.replace('<time datetime="2024-03-07">7 March</time>', "")
    assert article_from_html(undated).date is None


def test_html_densest_block_is_the_article_without_markup():
    page = """<html><body>
    <div class="menu"><p>Home</p><p>World</p><p>Sport</p></div>
    <div class="content"><p>The mayor said the bridge would reopen in June.</p>
    <p>Engineers have worked on it since last winter.</p></div>
    <div class="related-links"><p>Other stories</p></div></body></html>"""
    article = article_from_html(page)
    assert article.text == "The mayor said the bridge would reopen in June.\n\nEngineers have worked on it since last winter."
    assert [p.kind for p in article.paragraphs] == ["body", "body"]


def test_html_page_wrapped_in_a_form_still_has_its_text():
    # ASP.NET sites wrap the whole page in a <form>; a class may mention cookies.
    page = """<html><body><form id="aspnetForm"><div class="page cookie-consent">
    <div class="menu"><p>Home</p></div>
    <div id="story"><p>The governor said the dam was safe.</p><p>Inspectors agreed on Friday.</p></div>
    </div></form></body></html>"""
    assert article_from_html(page).text == "The governor said the dam was safe.\n\nInspectors agreed on Friday."


def test_html_without_paragraph_markup_uses_line_breaks():
    page = "<html><body><div>The senator said the vote would pass.<br><br>Her aides were less sure.</div></body></html>"
    article = article_from_html(page)
    assert article.text == "The senator said the vote would pass.\n\nHer aides were less sure."
    assert_spans_match_text(article)


def test_truncated_html_yields_what_can_be_recovered():
    page = NEWS_PAGE[: NEWS_PAGE.index("<blockquote>")] + '<blockquote><p class="qu'  # cut mid-tag
    article = article_from_html(page)
    assert "The ambassador said on Tuesday" in article.text
    assert article.text.endswith("Next steps")
    assert_spans_match_text(article)


def test_html_without_text(tmp_path):
    path = write(tmp_path / "blank.html", "<html><body><nav><p>Home</p></nav></body></html>")
    assert read_one(path) == IngestError(str(path), "no article text found")
    with pytest.raises(IngestFailure, match="no article text found"):
        article_from_html("<html><body><script>var a = 1;</script></body></html>")


def test_html_legacy_charset_declaration(tmp_path):
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{AMBASSADOR_RU}</p></body></html>'
    assert read_one(write(tmp_path / "ru.htm", page.encode("cp1251"))).text == AMBASSADOR_RU


# A <meta charset> naming a codec that is no text encoding (bytes-to-bytes,
# text-to-text, escape codecs) or no codec at all is ignored: detection decides.
@pytest.mark.parametrize("charset", [
    "rot13", "rot_13", "base64", "zlib", "hex", "bz2", "uu", "quopri", "unicode_escape",
    "raw_unicode_escape", "idna", "punycode", "undefined", "no-such-codec", "utf-7",
])
def test_html_charset_that_is_not_a_text_encoding_falls_back_to_detection(tmp_path, charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{MINISTER}</p></body></html>'
    article = read_one(write(tmp_path / "page.html", page.encode("cp1252")))
    assert isinstance(article, Article), article
    assert article.text == MINISTER


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------

def jsonl(*records: dict | str) -> str:
    return "".join((record if isinstance(record, str) else json.dumps(record)) + "\n" for record in records)


def test_jsonl_articles_with_ids_and_text(tmp_path):
    path = write(tmp_path / "batch.jsonl", jsonl(
        {"id": "a1", "text": "The minister resigned.", "title": "Minister quits", "outlet": "Harbour Times",
         "date": "March 5, 2024", "url": "https://harbour.example/a1", "byline": "Ana Silva"},
        "",
        {"id": 42, "text": "The ambassador returned.", "date": "sometime soon"},
    ))
    first, second = read_all(path)
    assert first == Article(id="a1", text="The minister resigned.", file=f"{path}:1", title="Minister quits",
                            outlet="Harbour Times", date="2024-03-05", url="https://harbour.example/a1",
                            byline="Ana Silva")
    assert (second.id, second.file, second.date) == ("42", f"{path}:3", None)


def test_jsonl_byline_may_list_several_authors(tmp_path):
    record = {"id": "b1", "text": "The envoy spoke.", "byline": ["Ana Silva", "Li Wei"]}
    (article,) = read_all(write(tmp_path / "a.jsonl", jsonl(record)))
    assert article.byline == "Ana Silva, Li Wei"


def test_jsonl_line_without_id_gets_a_content_id(tmp_path):
    (article,) = read_all(write(tmp_path / "a.jsonl", jsonl({"text": "The envoy spoke."})))
    assert article.id == article_id("The envoy spoke.")


def test_jsonl_html_line_with_explicit_fields_overriding(tmp_path):
    record = {"id": "h1", "html": NEWS_PAGE, "outlet": "Planet Wire", "date": "2024-03-06"}
    (article,) = read_all(write(tmp_path / "html.jsonl", jsonl(record)))
    assert article.id == "h1"
    assert article.outlet == "Planet Wire" and article.date == "2024-03-06"
    assert article.title == "Envoy says talks will go on"  # from the HTML
    assert "The ambassador said on Tuesday" in article.text
    assert_spans_match_text(article)


def test_jsonl_bad_lines_are_reported_and_the_rest_is_read(tmp_path):
    path = write(tmp_path / "mixed.jsonl", jsonl(
        {"id": "ok1", "text": "The minister spoke."},
        '{"id": "broken", "text": "unterminated',
        {"id": "no-text", "title": "Only a title"},
        "[1, 2, 3]",
        {"id": "ok2", "text": "The ambassador replied."},
    ))
    results = read_all(path)
    assert [type(result) for result in results] == [Article, IngestError, IngestError, IngestError, Article]
    assert results[1].file == str(path)
    assert results[1].reason == "line 2: not valid JSON: Unterminated string starting at column 26"
    assert results[2].reason == "line 3: needs 'text' or 'html'"
    assert results[3].reason == "line 4: expected a JSON object, got an array"
    assert results[4].id == "ok2"


def test_jsonl_is_read_lazily(tmp_path):
    path = write(tmp_path / "big.jsonl", jsonl(*({"id": str(n), "text": f"Statement {n}."} for n in range(1000))))
    results = read_articles([path])
    assert next(results).id == "0"
    assert next(results).id == "1"


def test_jsonl_line_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest.files, "MAX_FILE_BYTES", 100)
    path = write(tmp_path / "long.jsonl", jsonl(
        {"id": "long", "text": "word " * 50},
        {"id": "short", "text": "The minister spoke."},
    ))
    error, article = read_all(path)
    assert error == IngestError(str(path), f"line 1: too large (limit {100 / 2**20:g} MB)")
    assert article.id == "short"


def test_empty_jsonl(tmp_path):
    path = write(tmp_path / "none.jsonl", "\n\n")
    assert read_all(path) == [IngestError(str(path), "empty file")]


def test_max_file_bytes_is_20_mb():
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_soft_hyphens_and_zero_width_characters_are_removed(tmp_path):
    """A typesetter's soft hyphens split names for the extractor, not for a reader."""
    from quotesearch.extract import extract_article
    from quotesearch.ingest import read_articles
    page = tmp_path / "soft.html"
    page.write_text("<html><head><title>Hack</title></head><body><article><p>“We were hit,” said "
                    "Mas\u00adsy Stores chief Gervase War\u00adner on Monday, adding the cy\u00adber\u00adat"
                    "\u200btack was contained.</p></article></body></html>", encoding="utf-8")
    text_file = tmp_path / "soft.txt"
    text_file.write_text("Hack\n\n“We were hit,” said chief Gervase War\u00adner.", encoding="utf-8")
    for article in read_articles([str(page), str(text_file)]):
        assert "\u00ad" not in article.text and "\u200b" not in article.text
        quotes = extract_article(article).quotes
        assert quotes[0].speaker == "Gervase Warner", quotes


def test_html_page_of_more_elements_than_any_news_page_is_refused(tmp_path):
    page = tmp_path / "huge.html"
    page.write_text("<html><body>" + "<p>“Hello,” Ann Lee said.</p>" * (ingest.MAX_HTML_ELEMENTS + 1)
                    + "</body></html>", encoding="utf-8")
    (result,) = list(read_articles([page]))
    assert isinstance(result, IngestError)
    assert result.reason == f"HTML page too large to read: over {ingest.MAX_HTML_ELEMENTS:,} elements"


# The id reads whitespace runs as one space; a long text is hashed in pieces, never
# cutting a run, so its id is that of the whole text collapsed at once.
SAME_IDS = [
    ("a  b", "a b"),
    ("a \n\t b", "a b"),
    ("  lead and trail \n", "lead and trail"),
    ("x\u00a0\u2003y", "x y"),
    ("w " * 40, ("w " * 40).strip()),
]


@pytest.mark.parametrize("text, canonical", SAME_IDS)
def test_article_id_reads_whitespace_runs_as_one_space_across_pieces(monkeypatch, text, canonical):
    import hashlib
    expected = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    for piece in (1, 2, 3, 5, 1 << 20):
        monkeypatch.setattr(ingest.ids, "_ID_CHUNK_CHARS", piece)
        assert ingest.article_id(text) == expected
