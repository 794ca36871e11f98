"""Exports (`quotesearch.web.exports`): one search streamed, cells that cannot
run as formulas, a bounded number at once."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.search import MatchStream
from quotesearch.web import create_app

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
