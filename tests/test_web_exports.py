"""Exports (`quotesearch.web.exports`): one search streamed, cells that cannot
run as formulas, a bounded number at once."""
from __future__ import annotations

import csv
import datetime
import io
import json
import re
import threading

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.search import MatchStream
from quotesearch.web import create_app
from quotesearch.web.server import server_options

FORMULAS = ["=1+1", "+44 20", "-2 degrees", "@SUM(A1)", "=HYPERLINK(\"https://evil.example\")"]


@pytest.fixture(scope="module")
def formula_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formulas")
    articles = [{"id": f"f-{n}", "outlet": value, "url": value, "date": "2024-03-0" + str(n + 1),
                 "title": value,
                 "text": f"Formula {n}\n\n\"{value} is what the sheet showed on day {n},\" "
                         f"said {['Ada', 'Ben', 'Cy', 'Di', 'Ed'][n]} Marsh, an accountant.\n"}
                for n, value in enumerate(FORMULAS)]
    stories = write_jsonl(folder / "formulas.jsonl", articles)
    index = QuoteIndex.open(folder / "index", create=True)
    assert not ingest_paths(index, [str(stories)]).failed
    return index


def test_csv_cells_never_start_a_formula(formula_index):
    client = create_app(formula_index.path).test_client()
    rows = list(csv.reader(io.StringIO(client.get("/export.csv").get_data(as_text=True))))
    assert len(rows) == len(FORMULAS) + 1
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    texts = {row[1] for row in rows[1:]}
    assert any(t.startswith("'=1+1 is what") for t in texts)
    assert {row[9] for row in rows[1:]} >= {"'=1+1", "'@SUM(A1)", "'-2 degrees"}


def test_export_reads_one_generation_while_an_ingest_commits(tmp_path):
    """An export runs its search once: what it streams is the index as it was
    when it began, even when a commit comes between its chunks."""
    index = QuoteIndex.open(tmp_path / "index", create=True)
    first = write_jsonl(tmp_path / "first.jsonl", [
        {"id": f"n-{n}", "text": f"N {n}\n\n\"Number {n} of many quotations in this export,\" "
                                  f"said Nora Quist{n}, a clerk.\n"} for n in range(250)])
    assert ingest_paths(index, [str(first)]).added == 250
    with MatchStream(index, "quotations export", sort="newest") as stream:
        assert stream.total == 250
        seen = []
        for quote in stream:
            seen.append(quote.id)
            if len(seen) == 50:        # between chunks: another commit lands
                later = write_jsonl(tmp_path / "later.jsonl", [
                    {"id": "late", "text": "Late\n\n\"One more of the quotations in this export,\" "
                                           "said Lars Late, a clerk.\n"}])
                assert ingest_paths(index, [str(later)]).added == 1
    assert len(seen) == len(set(seen)) == 250
    with MatchStream(index, "quotations export") as stream:
        assert stream.total == 251


def test_exports_beyond_the_queue_are_turned_away_not_queued(formula_index):
    app = create_app(formula_index.path)
    app.config.update(EXPORT_SLOTS=1, EXPORT_QUEUE=0, EXPORT_WAIT_SECONDS=0.2)
    client = app.test_client()
    running = client.get("/export.jsonl", buffered=False)     # holds its slot until closed
    assert running.status_code == 200
    busy = client.get("/export.csv")
    assert busy.status_code == 503 and busy.headers["Retry-After"] == "5"
    assert client.get("/?q=sheet").status_code == 200          # pages are not held up
    running.close()
    again = client.get("/export.jsonl")
    assert again.status_code == 200
    assert len([json.loads(line) for line in again.get_data(as_text=True).splitlines()]) == 5


def test_an_export_beyond_the_running_ones_waits_for_a_slot_instead_of_a_503(formula_index):
    app = create_app(formula_index.path)
    app.config.update(EXPORT_SLOTS=1, EXPORT_QUEUE=1, EXPORT_WAIT_SECONDS=30)
    running = app.test_client().get("/export.jsonl", buffered=False)
    assert running.status_code == 200
    waited = {}

    def second_export():
        waited["response"] = app.test_client().get("/export.csv")

    waiting = threading.Thread(target=second_export)
    waiting.start()
    waiting.join(0.5)
    assert waiting.is_alive()                      # queued, not turned away
    running.close()
    waiting.join(30)
    response = waited["response"]
    assert response.status_code == 200
    assert len(list(csv.reader(io.StringIO(response.get_data(as_text=True))))) == len(FORMULAS) + 1


def test_exports_have_server_threads_of_their_own():
    from quotesearch.web.exports import EXPORT_QUEUE, EXPORT_SLOTS
    assert server_options(16)["threads"] == 16 + EXPORT_SLOTS + EXPORT_QUEUE
    app = create_app()
    app.config.update(EXPORT_SLOTS=3, EXPORT_QUEUE=5)
    assert server_options(4, app)["threads"] == 12


def test_kept_rows_are_those_of_the_generation_exported(tmp_path):
    """Rows are kept per index generation: exporting again gives the same bytes,
    and an ingest (a new generation) is seen by the next export."""
    index = QuoteIndex.open(tmp_path / "index", create=True)
    story = {"id": "k-1", "text": "K\n\n\"The ferry timetable changes in May,\" said Kai Lund, a clerk.\n"}
    ingest_paths(index, [str(write_jsonl(tmp_path / "one.jsonl", [story]))])
    client = create_app(index.path).test_client()
    first = client.get("/export.csv").get_data()
    assert client.get("/export.csv").get_data() == first
    assert first.count(b"\n") == 2
    edited = {**story, "text": story["text"].replace("May", "June")}
    later = {"id": "k-2", "text": "L\n\n\"The harbour opens at dawn,\" said Lea Lund, a guard.\n"}
    ingest_paths(index, [str(write_jsonl(tmp_path / "two.jsonl", [edited, later]))])
    again = client.get("/export.csv").get_data(as_text=True)
    assert "changes in June" in again and "changes in May" not in again
    assert "harbour opens at dawn" in again


# ---------------------------------------------------------------------------
# What an export holds: title, permalink, article id, each source's outlet and
# date; a byte-order mark on request; a file name from the search
# ---------------------------------------------------------------------------

WIRE = [
    {"id": "w-1", "outlet": "Coastal Daily", "date": "2023-03-01", "title": "Terminal to double",
     "url": "https://coastal.example/t",
     "text": "Terminal to double\n\n\"This agreement will double the capacity of our container terminal,\" "
             "said Maria Lindqvist, director of the harbour authority.\n"},
    {"id": "w-2", "outlet": "Harbor Times", "date": "2023-03-02", "title": "Port deal signed",
     "text": "Port deal signed\n\n\"This agreement will double the capacity of our container terminal,\" "
             "said Maria Lindqvist, director of the harbour authority.\n"},
    {"id": "w-3", "outlet": "Bay Courier", "date": "2024-06-11", "title": "=Quotas cut",
     "text": "Quotas cut\n\n\"Fishing communities cannot survive another cut in quotas,\" "
             "said Anna Holm, chair of the fishing association.\n"},
]


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-wire")
    index = QuoteIndex.open(folder / "index", create=True)
    assert not ingest_paths(index, [str(write_jsonl(folder / "wire.jsonl", WIRE))]).failed
    return create_app(index.path).test_client()


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_csv_has_title_permalink_article_id_and_each_sources_outlet_and_date(wire):
    rows = {row["speaker"]: row for row in _rows(wire.get("/export.csv"))}
    lindqvist = rows["Maria Lindqvist"]
    assert lindqvist["title"] == "Terminal to double" and lindqvist["article_id"] == "w-1"
    assert lindqvist["permalink"] == f"http://localhost/quotes/{lindqvist['id']}"
    assert lindqvist["source_outlets_dates"] == "Coastal Daily 2023-03-01; Harbor Times 2023-03-02"
    assert wire.get(lindqvist["permalink"].removeprefix("http://localhost")).status_code == 200
    assert rows["Anna Holm"]["title"] == "'=Quotas cut"            # still no formula


def test_csv_byte_order_mark_on_request_and_on_the_search_pages_link(wire):
    assert not wire.get("/export.csv").get_data().startswith(b"\xef\xbb\xbf")
    with_bom = wire.get("/export.csv?q=terminal&bom=1").get_data()
    assert with_bom.startswith(b"\xef\xbb\xbfid,text,speaker") and with_bom.count(b"\xef\xbb\xbf") == 1
    page = wire.get("/?q=terminal").get_data(as_text=True)
    assert re.search(r'href="/export\.csv\?[^"]*bom=1"', page)
    assert not re.search(r'href="/export\.jsonl\?[^"]*bom=1"', page)


@pytest.mark.parametrize("query, name", [
    ("", "quotes-{day}.csv"),
    ("q=container+terminal", "quotes-container-terminal-{day}.csv"),
    ("q=terminal&speaker=Maria+Lindqvist&year=2023", "quotes-terminal-speaker-maria-lindqvist-year-2023-{day}.csv"),
    ("q=%22caf%C3%A9%22+%2F..%2Fetc%2Fpasswd", "quotes-cafe-etc-passwd-{day}.csv"),
    ("q=" + "long+" * 40, "quotes-" + "-".join(["long"] * 16) + "-{day}.csv"),
])
def test_export_file_name_comes_from_the_search(wire, query, name):
    response = wire.get(f"/export.csv?{query}")
    expected = name.format(day=datetime.date.today().isoformat())
    assert response.headers["Content-Disposition"] == f'attachment; filename="{expected}"'
    assert re.fullmatch(r"[a-z0-9.-]+", expected)
    jsonl = wire.get(f"/export.jsonl?{query}").headers["Content-Disposition"]
    assert jsonl == f'attachment; filename="{expected[:-4]}.jsonl"'


def test_jsonl_records_have_permalinks_and_file_names_only(wire):
    records = [json.loads(line) for line in wire.get("/export.jsonl").get_data(as_text=True).splitlines()]
    assert len(records) == 2
    for record in records:
        assert record["permalink"] == f"http://localhost/quotes/{record['id']}"
        assert all(s["file"].startswith("wire.jsonl:") for s in record["sources"])
