"""Shared fixtures: real on-disk indexes in temporary folders, built from the
seed articles and from short articles written for the tests."""
from __future__ import annotations

import json
import pathlib

import pytest

from quotesearch.index import QuoteIndex, ingest_paths

REPO = pathlib.Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Three outlets report one statement by the same speaker, worded slightly
# differently; a fourth article quotes someone else. Written for these tests.
WIRE_STORIES = [
    {"id": "harbor-1", "outlet": "Harbor Times", "date": "2023-03-02",
     "url": "https://harbor.example/port-deal", "title": "Port deal signed",
     "text": "Port deal signed\n\nThe harbour authority signed a new shipping agreement on Thursday.\n\n"
             "\"This agreement will double the capacity of our container terminal by 2026,\" "
             "said Maria Lindqvist, the director of the harbour authority.\n\n"
             "Lindqvist added that the expansion would create about 800 jobs in the region."},
    {"id": "coast-7", "outlet": "Coastal Daily", "date": "2023-03-01",
     "url": "https://coastal.example/lindqvist", "title": "Terminal to double",
     "text": "Terminal to double\n\n\"This agreement will double the capacity of our container "
             "terminal by the year 2026,\" Maria Lindqvist, director of the harbour authority, told reporters.\n\n"
             "Critics said the plan ignored the cost to local fishing communities."},
    {"id": "bay-3", "outlet": "Bay Courier", "date": "2023-03-05",
     "url": "https://bay.example/terminal", "title": "Capacity to double at terminal",
     "text": "Capacity to double at terminal\n\n\"This agreement will double the capacity of our "
             "container terminal by 2026\", Maria Lindqvist said.\n\n"
             "\"We have waited for this moment for a decade,\" said Tomas Berg, a dock worker."},
    {"id": "bay-9", "outlet": "Bay Courier", "date": "2024-06-11",
     "url": "https://bay.example/fishing", "title": "Fishing quotas cut",
     "text": "Fishing quotas cut\n\nThe ministry cut fishing quotas for the coming season.\n\n"
             "\"The fishing communities of this coast cannot survive another cut in quotas,\" "
             "said Anna Holm, chair of the regional fishing association.\n\n"
             "Holm said the association would appeal against the decision in court."},
]


def create_index_without_words(folder: pathlib.Path) -> QuoteIndex:
    """An index folder as created before the ``words`` column existed (its
    phrases are answered from the positions)."""
    from whoosh import index as whoosh_index

    from quotesearch.index.schema import build_schema
    from quotesearch.index.store import FORMAT_FILE, FORMAT_VERSION, INDEX_NAME
    from quotesearch.index.wordseq import FIELD
    folder.mkdir(parents=True)
    (folder / FORMAT_FILE).write_text(FORMAT_VERSION + "\n", encoding="utf-8")
    schema = build_schema()
    schema.remove(FIELD)
    whoosh_index.create_in(str(folder), schema, indexname=INDEX_NAME)
    return QuoteIndex.open(folder)


def write_jsonl(path: pathlib.Path, articles: list[dict]) -> pathlib.Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> QuoteIndex:
    """An index of the five seed articles (read-only for the tests using it)."""
    folder = tmp_path_factory.mktemp("seed-index")
    index = QuoteIndex.open(folder / "index", create=True)
    report = ingest_paths(index, [str(SEEDS)])
    assert report.added == 5 and not report.failed
    return index


@pytest.fixture(scope="session")
def wire_index(tmp_path_factory) -> QuoteIndex:
    """An index of the seeds and the wire stories (read-only for its tests)."""
    folder = tmp_path_factory.mktemp("wire-index")
    stories = write_jsonl(folder / "wire.jsonl", WIRE_STORIES)
    index = QuoteIndex.open(folder / "index", create=True)
    report = ingest_paths(index, [str(SEEDS), str(stories)])
    assert report.added == 5 + len(WIRE_STORIES) and not report.failed
    return index


HOSTILE_STORY = {
    "id": "hostile-1", "outlet": "Test <b>Outlet</b>", "date": "2024-01-02",
    "url": "javascript:alert(1)", "title": "Markup <script>alert('t')</script> in titles",
    "text": "Markup in quotes\n\n\"<script>alert('x')</script> is not welcome on this page,\" "
            "said Ida Marsh, the site editor.\n"}


@pytest.fixture(scope="session")
def web_index(tmp_path_factory) -> QuoteIndex:
    """Seeds, wire stories and an article whose quotation holds markup."""
    folder = tmp_path_factory.mktemp("web-index")
    stories = write_jsonl(folder / "wire.jsonl", WIRE_STORIES + [HOSTILE_STORY])
    index = QuoteIndex.open(folder / "index", create=True)
    report = ingest_paths(index, [str(SEEDS), str(stories)])
    assert not report.failed
    return index


@pytest.fixture(scope="session")
def app(web_index):
    from quotesearch.web import create_app
    return create_app(web_index.path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def empty_index(tmp_path) -> QuoteIndex:
    return QuoteIndex.open(tmp_path / "index", create=True)
