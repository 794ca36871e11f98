"""``extract URL``, ``ingest URL`` and ``--urls FILE`` (`quotesearch.cli.urls`),
run as real subprocesses against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import json

import pytest
from local_site import LocalSite, article_page
from test_cli_index import run


@pytest.fixture()
def site():
    with LocalSite() as running:
        running.put("/bridge.html", article_page("Bridge backed", "Ann Lee", "We will build the bridge"))
        running.put("/ferry.html", article_page("Ferry cut", "Bo Chen", "The ferry costs too much"))
        running.redirect("/go/ferry", "/ferry.html", status=301)
        running.put("/logo.png", b"\x89PNG\r\n", content_type="image/png")
        yield running


def test_extract_reads_urls_and_reports_each_failure_while_the_batch_goes_on(site):
    result = run("extract", "--format", "jsonl", "--delay", "0", site.url("/bridge.html"),
                 site.url("/missing.html"), site.url("/logo.png"), site.url("/go/ferry"))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["url"] for r in records] == [site.url("/bridge.html"), site.url("/ferry.html")]
    assert all(r["file"] is None for r in records)
    assert [q["speaker"] for r in records for q in r["quotes"]] == ["Ann Lee", "Bo Chen"]
    assert result.stderr.decode().splitlines() == [
        f"quotesearch: error: {site.url('/missing.html')}: HTTP 404 Not Found",
        (f"quotesearch: error: {site.url('/logo.png')}: unsupported content type image/png "
        "(expected HTML or plain text)")]
    assert result.returncode == 1


def test_ingest_from_a_url_list_twice_adds_each_page_once(site, tmp_path):
    listing = tmp_path / "reading.txt"
    listing.write_text(f"# this week\n{site.url('/bridge.html')}\n\n{site.url('/go/ferry')}  # ferry\n",
                       encoding="utf-8")
    first = run("ingest", "--index", tmp_path / "index", "--urls", listing, "--delay", "0", "--json")
    again = run("ingest", "--index", tmp_path / "index", "--urls", listing, "--delay", "0", "--json")
    assert first.returncode == 0 and again.returncode == 0, first.stderr + again.stderr
    first_summary, again_summary = json.loads(first.stdout), json.loads(again.stdout)
    assert (first_summary["added"], first_summary["index"]["articles"]) == (2, 2)
    assert (again_summary["added"], again_summary["unchanged"]) == (0, 2)
    assert again_summary["index"]["articles"] == 2


def test_urls_and_files_ingest_together(site, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Note\n\n\"It works,\" said Cy Park, an engineer.\n", encoding="utf-8")
    result = run("ingest", "--index", tmp_path / "index", note, site.url("/bridge.html"),
                 "--delay", "0")
    assert result.returncode == 0, result.stderr
    assert "ingested 2 new articles" in result.stdout.decode()


@pytest.mark.parametrize(("args", "message"), [
    (["extract"], "give at least one PATH or URL (or --urls FILE)"),
    (["extract", "--urls", "/nonexistent/urls.txt"], "--urls /nonexistent/urls.txt: no such file"),
    (["extract", "--out", "shards", "https://a.example/x"],
     "URLs are read here, one by one: give them without --out"),
    (["ingest", "--jobs", "2", "https://a.example/x"],
     "URLs are read here, one by one: give them without --cluster/--jobs"),
])
def test_usage_errors_show_the_usage_and_one_error_line(tmp_path, args, message):
    result = run(*args, "--index" if args[0] == "ingest" else "--delay", tmp_path / "ix"
                 if args[0] == "ingest" else "0")
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert lines[0].startswith(f"usage: quotesearch {args[0]}")
    assert lines[-1] == f"quotesearch: error: {message}"
