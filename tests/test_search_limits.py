"""Bounds on one search's work: wildcards, expansion, time (`quotesearch.search.limits`)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO
from quotesearch.search import QueryTooBroad, SearchError, search
from quotesearch.search import limits

# (query, refused) — a wildcard needs two letters before its first * or ?
BREADTH = [
    ("*e*", True),
    ("e*", True),
    ("?ar", True),
    ("*", False),                      # everything: no expansion, one array
    ("co*", False),
    ("ter?inal", False),
    ("te?t*", False),
    ("cooperation", False),
    ('"container terminal"', False),
    ("date:[2023 TO 2024]", False),     # a date range expands to days, not words
    ("text:[a TO z]", True),            # a range over words is a wildcard in disguise
    (" OR ".join(f"w{i}x*" for i in range(limits.MAX_WILDCARD_TERMS)), False),
    (" OR ".join(f"w{i}x*" for i in range(limits.MAX_WILDCARD_TERMS + 1)), True),
    (" OR ".join(["*a*", "*b*", "*c*"]), True),
    ("?" * 59, True),
]


@pytest.mark.parametrize("query, refused", BREADTH)
def test_wildcards_need_a_literal_prefix_and_are_few(wire_index, query, refused):
    if refused:
        with pytest.raises(QueryTooBroad, match="^query too broad: "):
            search(wire_index, query)
    else:
        search(wire_index, query)


def test_too_broad_is_a_search_error(wire_index):
    with pytest.raises(SearchError):
        search(wire_index, "*e*")


def test_expansion_is_capped(wire_index, monkeypatch):
    found = search(wire_index, "co*").total
    assert found > 0
    monkeypatch.setattr(limits, "MAX_EXPANDED_TERMS", 3)
    with pytest.raises(QueryTooBroad, match="more than 3 different words"):
        search(wire_index, "co*")


def test_a_search_past_its_time_budget_is_refused(wire_index):
    with pytest.raises(QueryTooBroad, match="longer than"):
        search(wire_index, "cooperation OR trade", seconds=0)
    assert search(wire_index, "cooperation OR trade").total > 0


def test_cli_says_query_too_broad_in_one_line(wire_index):
    done = subprocess.run([sys.executable, "-m", "quotesearch", "search", "*e*", "--index",
                           wire_index.path], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "quotesearch: error: query too broad: '*e*' needs at least 2 letters before * or ?"]


@pytest.mark.parametrize("path", ["/?q=*e*", "/speakers/zhang-hanhui?q=*e*", "/feed.atom?q=*e*",
                                  "/export.csv?q=*e*", "/export.jsonl?q=%3F%3F%3F"])
def test_pages_say_query_too_broad_with_the_form(client, path):
    response = client.get(path)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Query too broad" in page and "needs at least 2 letters" in page
    if path.startswith("/?"):
        assert 'name="q"' in page and 'value="*e*"' in page      # searching again is one edit away


def test_api_says_query_too_broad(client):
    response = client.get("/api/search?q=*a*+OR+*b*")
    assert response.status_code == 400
    assert response.get_json()["error"] == "Query too broad"
