"""Size limits of answers (`quotesearch.records`: `MAX_TEXT_CHARS`,
`MAX_SOURCES_LISTED`, `MAX_OUTLETS_LISTED`; `quotesearch.web.exports`:
`EXPORT_MAX_ROWS`): whatever a record holds, no page, API answer or export row
is larger than its stated limit, and each says what it left out.

The records are made by real ingests: one quotation reported by 130 outlets
(generated articles), and one quotation of 30,000 characters from an
extraction shard folder, in an article of over 200,000 characters (shards are
data anyone can hand over; extraction itself never makes a paragraph over
12,000 characters, nor reads an article over 150,000)."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import write_jsonl
from quotesearch.cli import main as cli
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.records import (MAX_ARTICLE_TEXT_CHARS, MAX_OUTLETS_LISTED, MAX_SOURCES_LISTED,
                                 MAX_TEXT_CHARS)
from quotesearch.web import create_app

OUTLETS = 130
LONG_CHARS = 30_000
ARTICLE_PADDING = 30_000          # "\n\nMore." times: the article is over 200,000 characters
STATEMENT = "The bridge will reopen to traffic before the winter storms arrive"
SENTENCE = "The council will examine every single line of the harbour budget. "


def _outlet_articles() -> list[dict]:
    return [{"id": f"bridge-{n}", "outlet": f"Gazette {n:03d}", "date": f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}",
             "url": f"https://gazette{n}.example/bridge", "title": f"Bridge news {n}",
             "text": f"Bridge news {n}\n\nCrews in district {n} worked through the night on "
                     f"section {n * 7} of the span.\n\n\"{STATEMENT},\" said Olga Brenner, "
                     "the city's transport commissioner.\n"}
            for n in range(OUTLETS)]


@pytest.fixture(scope="module")
def limits_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("limits")
    index = QuoteIndex.open(folder / "index", create=True)
    report = ingest_paths(index, [str(write_jsonl(folder / "outlets.jsonl", _outlet_articles()))])
    assert report.added == OUTLETS and not report.failed

    # a shard whose quotation (and its paragraph) is far longer than extraction makes
    articles = folder / "long"
    articles.mkdir()
    (articles / "budget.txt").write_text(
        "Harbour budget\n\n\u201c" + SENTENCE * 10 + "\u201d Ivo Marsh, the treasurer, said.\n",
        encoding="utf-8")
    shards = folder / "shards"
    assert cli(["extract", str(articles), "--out", str(shards)]) == 0
    [shard] = shards.glob("part-*.jsonl")
    [record] = [json.loads(line) for line in shard.read_text(encoding="utf-8").splitlines()]
    [quote] = record["quotes"]
    long_text = (SENTENCE * (LONG_CHARS // len(SENTENCE) + 1))[:LONG_CHARS]
    record["text"] = record["text"].replace(quote["text"], long_text) + "\n\nMore." * ARTICLE_PADDING
    quote.update(text=long_text, paragraph=long_text, end=quote["start"] + LONG_CHARS)
    shard.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert cli(["ingest", str(shards), "--index", index.path]) == 0
    return index


def _quote_id(client, query: str) -> str:
    [hit] = client.get("/api/search", query_string={"q": query}).get_json()["results"]
    return hit["id"]


def test_the_records_really_exceed_the_limits(limits_index):
    """(Else the tests below would prove nothing.)"""
    client = create_app(limits_index.path).test_client()
    many = limits_index.quote(_quote_id(client, "bridge reopen winter storms"))
    long = limits_index.quote(_quote_id(client, "harbour budget treasurer OR examine"))
    assert len(many.outlets) == OUTLETS > MAX_OUTLETS_LISTED
    assert len(many.sources) == OUTLETS > MAX_SOURCES_LISTED
    assert len(long.text) == LONG_CHARS > MAX_TEXT_CHARS
    assert len(long.paragraph) >= LONG_CHARS


def test_api_answers_list_at_most_100_outlets_and_sources_and_count_all(limits_index):
    client = create_app(limits_index.path).test_client()
    quote_id = _quote_id(client, "bridge reopen winter storms")
    for data in (client.get(f"/api/quotes/{quote_id}").get_json(),
                 client.get("/api/search?q=bridge+reopen").get_json()["results"][0]):
        assert len(data["outlets"]) == MAX_OUTLETS_LISTED and data["outlet_count"] == OUTLETS
        assert len(data["sources"]) == MAX_SOURCES_LISTED and data["source_count"] == OUTLETS


@pytest.mark.parametrize("path", ["/api/quotes/{id}", "/api/search?q=examine+harbour",
                                  "/api/check?q=examine+every+single+line+of+the+harbour+budget",
                                  "/export.jsonl?q=examine"])
def test_texts_in_api_answers_are_cut_with_a_marker(limits_index, path):
    client = create_app(limits_index.path).test_client()
    response = client.get(path.format(id=_quote_id(client, "examine harbour")))
    body = response.get_data(as_text=True)
    data = json.loads(body.splitlines()[0]) if path.startswith("/export") else response.get_json()
    data = data.get("results", data.get("matches", [data]))[0] if "text" not in data else data
    for text in (data["text"], data["paragraph"], data["sources"][0]["text"],
                 data["sources"][0]["paragraph"]):
        assert len(text) == MAX_TEXT_CHARS
        assert text.endswith(f"[cut: {LONG_CHARS:,} characters in all]")
    assert len(body) < 6 * MAX_TEXT_CHARS


@pytest.mark.parametrize("path", ["/quotes/{id}", "/?q=examine+harbour", "/check?q=examine+every+single+line"])
def test_pages_show_cut_texts(limits_index, path):
    client = create_app(limits_index.path).test_client()
    response = client.get(path.format(id=_quote_id(client, "examine harbour")))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f"[cut: {LONG_CHARS:,} characters in all]" in page
    assert len(page) < 5 * MAX_TEXT_CHARS        # not the 30,000 characters twice over


def test_csv_cells_are_cut_and_the_outlets_cell_lists_at_most_100(limits_index):
    client = create_app(limits_index.path).test_client()
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").get_data(as_text=True))))
    [long] = [row for row in rows if row["text"].startswith("The council")]
    [many] = [row for row in rows if row["speaker"] == "Olga Brenner"]
    assert len(long["text"]) == MAX_TEXT_CHARS and long["text"].endswith("characters in all]")
    outlets = many["outlets"].split("; ")
    listed = outlets[:MAX_OUTLETS_LISTED]          # earliest sources' outlets first
    assert len(set(listed)) == MAX_OUTLETS_LISTED and all(o.startswith("Gazette ") for o in listed)
    assert outlets[MAX_OUTLETS_LISTED:] == [f"\u2026 and {OUTLETS - MAX_OUTLETS_LISTED} more"]
    assert many["sources"] == str(OUTLETS)


@pytest.mark.parametrize(("max_rows", "sent", "truncated"), [
    (None, 2, False),         # the default (1,000,000) is far above this index
    (5, 2, False),
    (2, 2, False),
    (1, 1, True),
])
def test_an_export_stops_at_its_row_limit_and_says_so(limits_index, max_rows, sent, truncated):
    app = create_app(limits_index.path)
    if max_rows is not None:
        app.config["EXPORT_MAX_ROWS"] = max_rows
    client = app.test_client()
    for path in ("/export.csv", "/export.jsonl"):
        response = client.get(path)
        lines = list(csv.reader(io.StringIO(response.get_data(as_text=True))))[1:] \
            if path.endswith("csv") else response.get_data(as_text=True).splitlines()
        assert len(lines) == sent
        assert response.headers["X-Total-Count"] == "2"
        assert response.headers["X-Export-Rows"] == str(sent)
        assert ("X-Truncated" in response.headers) is truncated
        if truncated:
            assert response.headers["X-Truncated"].startswith(f"{sent} of 2 matching quotations")


@pytest.mark.parametrize(("query", "status"), [
    ("size=100", 200),
    ("size=101", 400),
    ("size=100000", 400),
    ("page=10000", 200),
    ("page=10001", 400),
])
def test_pages_of_results_are_bounded(limits_index, query, status):
    client = create_app(limits_index.path).test_client()
    assert client.get(f"/api/search?{query}").status_code == status
    assert client.get(f"/?{query}").status_code == status


def test_article_answers_cut_the_text_and_keep_its_quotations(limits_index):
    client = create_app(limits_index.path).test_client()
    article_id = client.get("/api/search?q=examine+harbour").get_json()["results"][0]["sources"][0]["article"]
    assert len(limits_index.article(article_id).article.text) > 200_000
    data = client.get(f"/api/articles/{article_id}").get_json()
    assert len(data["text"]) == MAX_ARTICLE_TEXT_CHARS and data["text"].endswith("characters in all]")
    assert len(data["quotes"]) == 1
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "characters in all]" in page and 'class="mention' in page
    assert len(page) < MAX_ARTICLE_TEXT_CHARS + 20_000
