"""The JSON API and exports: shapes, parameters, errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from conftest import REPO

from quotesearch.web.safety import public_quote


def test_api_search_is_the_cli_search_json(client, web_index):
    """The same answer, except that the web shows file names where the CLI (run
    on the server) shows the paths as ingested."""
    api = client.get("/api/search?q=terminal&sort=newest").get_json()
    cli = subprocess.run([sys.executable, "-m", "quotesearch", "search", "terminal", "--sort", "newest",
                          "--page-size", "20", "--json", "--index", web_index.path],
                         cwd=REPO, capture_output=True, timeout=120)
    local = json.loads(cli.stdout)
    assert local["results"][0]["sources"][0]["file"].startswith("/")
    local["results"] = [public_quote(r) for r in local["results"]]
    assert local == api
    assert {"total", "results", "facets"} <= set(api)


def test_api_search_facets_are_value_count_pairs(client):
    data = client.get("/api/search?q=&speaker=Zhang+Hanhui&speaker=Maria+Lindqvist").get_json()
    assert data["filters"] == {"speaker": ["Zhang Hanhui", "Maria Lindqvist"]}
    speakers = dict(map(tuple, data["facets"]["speaker"]))
    assert data["total"] == speakers["Zhang Hanhui"] + speakers["Maria Lindqvist"]


def test_api_quote_article_speaker_check_suggest(client):
    quote = client.get("/api/search?q=terminal").get_json()["results"][0]
    full = client.get(f"/api/quotes/{quote['id']}").get_json()
    assert [c["style"] for c in full["citations"]] == ["APA", "MLA", "Chicago", "Plain"]
    article = client.get(f"/api/articles/{quote['sources'][0]['article']}").get_json()
    assert article["text"].startswith("Terminal to double") and article["quotes"]
    speaker = client.get("/api/speakers/maria-lindqvist").get_json()
    assert speaker["name"] == "Maria Lindqvist" and speaker["quotes"] == 2
    check = client.get("/api/check?q=we+waited+a+decade+for+this+moment").get_json()
    assert check["matches"][0]["speaker"] == "Tomas Berg"
    suggest = client.get("/api/suggest?q=chinese+pres").get_json()
    assert suggest[0]["name"] == "Xi Jinping" and "Chinese President" in suggest[0]["alias"]
    assert client.get("/api/speakers?q=holm").get_json()[0]["name"] == "Anna Holm"


def test_api_errors_are_json(client):
    response = client.get("/api/search?page=0")
    assert response.status_code == 400 and "page" in response.get_json()["message"]
    assert client.get("/api/quotes/nope").status_code == 404
    assert client.get("/api/speakers/nobody").get_json()["error"] == "Not Found"


def test_exports_stream_every_match(client):
    total = client.get("/api/search?q=&size=1").get_json()["total"]
    assert total > 20                                     # more than one page
    rows = list(csv.reader(io.StringIO(client.get("/export.csv").get_data(as_text=True))))
    assert rows[0][:3] == ["id", "text", "speaker"] and len(rows) == total + 1
    lines = client.get("/export.jsonl?speaker=Zhang+Hanhui").get_data(as_text=True).splitlines()
    assert lines and all(json.loads(l)["speaker"] == "Zhang Hanhui" for l in lines)


def test_atom_feeds(client):
    feed = client.get("/feed.atom?q=fishing").get_data(as_text=True)
    assert feed.startswith("<?xml") and "<feed xmlns=\"http://www.w3.org/2005/Atom\">" in feed
    assert "<entry>" in feed and "Anna Holm" in feed
    speaker = client.get("/speakers/anna-holm/feed.atom")
    assert speaker.headers["Content-Type"].startswith("application/atom+xml")
    assert speaker.get_data(as_text=True).count("<entry>") == 2


def test_api_topics_and_stats(client):
    topics = client.get("/api/topics").get_json()
    assert topics and all(isinstance(t, str) and n >= 1 for t, n in topics)
    assert client.get("/api/topics?q=bilat").get_json()[0][0].lower().startswith("bilateral")
    stats = client.get("/api/stats").get_json()
    assert {"articles", "quotes", "speakers"} <= set(stats) and stats["articles"] == 10


def test_api_check_gives_the_verdict_with_the_similarity(client):
    match = client.get("/api/check?q=we+waited+a+decade+for+this+moment").get_json()
    assert match["verdict"] == "match" and match["similarity"] >= 0.8
    assert match["matches"][0]["verdict"] == "match"
    other = client.get("/api/check?q=the+capacity+of+the+stadium+will+double+by+2030").get_json()
    assert other["verdict"] == "no close match" and other["matches"]
    assert other["similarity"] == other["matches"][0]["similarity"] < 0.65
    nothing = client.get("/api/check?q=zzzz+qqqq").get_json()
    assert nothing == {"query": "zzzz qqqq", "verdict": "no close match", "similarity": None,
                       "matches": []}
