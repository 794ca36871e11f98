"""Links (`quotesearch.web.links`) and feeds (`quotesearch.web.feeds`): ids with
'/' round-trip through URLs; feed links never come from an untrusted Host;
feeds stay XML whatever the data or the query hold."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.web import create_app

ODD_IDS = ["news/2024/17", "/leading-slash", "trailing/", "a//b", "sp ace?and#hash",
           "per%2Fcent", "ünï/cødé", "dots/../up"]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def odd_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd-ids")
    articles = [{"id": article_id, "title": f"Odd id {n}", "date": "2024-04-01",
                 "text": f"Odd id {n}\n\n\"Identifier number {n} must reach its page \x01 "
                         f"again,\" said Omar Idd{n}, an archivist.\n"}
                for n, article_id in enumerate(ODD_IDS)]
    stories = write_jsonl(folder / "odd.jsonl", articles)
    index = QuoteIndex.open(folder / "index", create=True)
    assert not ingest_paths(index, [str(stories)]).failed
    return index


@pytest.mark.parametrize("n, article_id", list(enumerate(ODD_IDS)))
def test_article_ids_round_trip_through_urls(odd_index, n, article_id):
    client = create_app(odd_index.path).test_client()
    quote = client.get(f"/api/search?q=identifier+number+{n}").get_json()["results"][0]
    assert quote["sources"][0]["article"] == article_id
    page = client.get(f"/quotes/{quote['id']}").get_data(as_text=True)
    link = re.search(r'href="(/articles/[^"#]*)#', page).group(1)
    article = client.get(link)
    assert article.status_code == 200 and f"Odd id {n}" in article.get_data(as_text=True)
    api = client.get("/api" + link)
    assert api.status_code == 200 and api.get_json()["id"] == article_id


def _feed(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200
    return ET.fromstring(response.get_data()), response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/feed.atom", "/feed.atom?q=%01", "/feed.atom?q=identifier%00%0b",
                                  "/feed.atom?q=%EF%BF%BE", "/feed.atom?q=" + "%1f" * 40])
def test_feeds_are_xml_whatever_the_data_and_query(odd_index, path):
    client = create_app(odd_index.path).test_client()
    root, _ = _feed(client, path)
    assert root.tag == ATOM + "feed"


def test_feed_links_ignore_an_untrusted_host(client):
    _, text = _feed(client, "/feed.atom?q=fishing", Host="evil.example")
    assert "evil.example" not in text
    root, _ = _feed(client, "/feed.atom?q=fishing", Host="evil.example")
    links = [link.get("href") for link in root.iter(ATOM + "link")]
    assert links and all(href.startswith("/") for href in links)


def test_feed_links_use_the_base_url_or_an_allowed_host(web_index):
    configured = create_app(web_index.path, base_url="https://quotes.example.org/qs/").test_client()
    root, text = _feed(configured, "/speakers/anna-holm/feed.atom", Host="evil.example")
    links = [link.get("href") for link in root.iter(ATOM + "link")]
    assert links and all(h.startswith("https://quotes.example.org/qs/") for h in links)
    assert "evil.example" not in text
    allowed = create_app(web_index.path, allowed_hosts=["quotes.example.net"]).test_client()
    _, text = _feed(allowed, "/feed.atom?q=fishing", Host="quotes.example.net")
    assert 'href="http://quotes.example.net/quotes/' in text
    _, text = _feed(allowed, "/feed.atom?q=fishing", Host="localhost:5000")
    assert 'href="http://localhost:5000/quotes/' in text


def test_entry_ids_do_not_depend_on_the_host(client):
    ids = [[e.text for e in _feed(client, "/feed.atom?q=fishing", Host=host)[0].iter(ATOM + "id")]
           for host in ("localhost", "evil.example")]
    assert ids[0] == ids[1] and all(i.startswith("tag:quotesearch,") for i in ids[0])


@pytest.mark.parametrize("base_url", ["javascript:alert(1)", "quotes.example.org", "https://x.org/?a=1"])
def test_a_bad_base_url_is_refused(web_index, base_url):
    with pytest.raises(ValueError, match="base URL"):
        create_app(web_index.path, base_url=base_url)
