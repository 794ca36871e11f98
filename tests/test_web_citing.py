"""Citations on the web (`quotesearch.web.citing`): the quotation page and
/api/quotes/<id> cite the article's author from its byline, and offer BibTeX
and RIS files; on a real index built from files."""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.web import create_app
from quotesearch.web.citing import cited_source

STORY = {"id": "cite-1", "outlet": "China Daily", "date": "2024-02-01", "byline": "By REN QI in Moscow",
         "url": "https://www.chinadaily.com.cn/a/1.html", "title": "China, Russia ties reach new high",
         "text": "China, Russia ties reach new high\n\n\"Cooperation between our countries has grown in all "
                 "fields,\" said Zhang Hanhui, the Chinese Ambassador to Russia.\n"}


@pytest.fixture(scope="module")
def cited(tmp_path_factory):
    folder = tmp_path_factory.mktemp("citations")
    index = QuoteIndex.open(folder / "index", create=True)
    assert not ingest_paths(index, [str(write_jsonl(folder / "cite.jsonl", [STORY]))]).failed
    client = create_app(index.path).test_client()
    quote_id = client.get("/api/search?q=cooperation").get_json()["results"][0]["id"]
    return index, client, quote_id


def test_the_index_keeps_the_articles_byline_on_each_source(cited):
    index, client, quote_id = cited
    assert index.quote(quote_id).sources[0].byline == "By REN QI in Moscow"
    assert client.get(f"/api/quotes/{quote_id}").get_json()["sources"][0]["byline"] == "By REN QI in Moscow"


def test_an_index_made_before_bylines_were_kept_cites_the_articles_byline(cited):
    index, _, quote_id = cited
    quote = index.quote(quote_id)
    old = replace(quote, sources=[replace(quote.sources[0], byline=None)])
    assert cited_source(index, old).byline == "By REN QI in Moscow"


def test_quotation_page_cites_the_author_and_offers_citation_files(cited):
    _, client, quote_id = cited
    page = client.get(f"/quotes/{quote_id}").get_data(as_text=True)
    assert "Ren, Q. (2024, February 1). China, Russia ties reach new high. <i>China Daily</i>." in page
    assert "(as cited in Ren, 2024)." in page
    assert "Ren Qi. “China, Russia Ties Reach New High.” <i>China Daily</i>, 1 Feb. 2024" in page
    assert f'href="/quotes/{quote_id}/cite.bib"' in page and f'href="/quotes/{quote_id}/cite.ris"' in page


def test_api_quote_has_citation_lines_and_files(cited):
    _, client, quote_id = cited
    data = client.get(f"/api/quotes/{quote_id}").get_json()
    apa = data["citations"][0]
    assert apa["style"] == "APA" and [line["label"] for line in apa["lines"]] == ["In text", "Reference"]
    assert apa["lines"][1]["text"].startswith("Ren, Q. (2024, February 1).")
    assert data["citation_files"] == {"bib": f"/quotes/{quote_id}/cite.bib", "ris": f"/quotes/{quote_id}/cite.ris"}


def test_citation_files_download(cited):
    _, client, quote_id = cited
    bib = client.get(f"/quotes/{quote_id}/cite.bib")
    assert bib.status_code == 200 and bib.mimetype == "application/x-bibtex"
    assert bib.headers["Content-Disposition"] == f'attachment; filename="quote-{quote_id}.bib"'
    text = bib.get_data(as_text=True)
    assert text.startswith("@article{ren2024china,\n") and "  author = {Ren, Qi},\n" in text
    ris = client.get(f"/quotes/{quote_id}/cite.ris")
    assert ris.mimetype == "application/x-research-info-systems"
    assert ris.get_data(as_text=True).startswith("TY  - NEWS\r\nAU  - Ren, Qi\r\n")
    assert client.get(f"/quotes/{quote_id}/cite.doc").status_code == 404
    assert client.get("/quotes/nope/cite.bib").status_code == 404
