"""The HTML pages, through Flask's test client on a real index."""
from __future__ import annotations

import html
import re

import pytest

from quotesearch.web import create_app


def text_of(response) -> str:
    return response.get_data(as_text=True)


def test_search_page_shows_results_facets_and_chips(client):
    page = text_of(client.get("/?q=terminal&outlet=Bay+Courier"))
    assert "1 quotation" in page
    assert "<mark>terminal</mark>" in page
    assert "reported by 3 sources" in page
    assert 'href="/speakers/maria-lindqvist"' in page
    assert "Remove filter outlet: Bay Courier" in page          # the active filter chip
    assert 'aria-labelledby="facet-speaker"' in page
    assert "<svg" in page                                        # matches over time


def test_facet_links_toggle_values_in_the_url(client):
    page = text_of(client.get("/?q=&speaker=Zhang+Hanhui"))
    # the selected value's link removes it; another value's link adds it (OR)
    assert 'href="?sort=relevance' not in page
    links = re.findall(r'href="\?([^"]*)"', page)
    assert any("speaker=Zhang+Hanhui&amp;speaker=" in l or "speaker=Zhang+Hanhui&speaker=" in l
               for l in links)


def test_every_state_is_in_the_url(client):
    page = text_of(client.get("/?q=cooperation&sort=newest&page=2&size=5"))
    assert "Page 2 of" in page
    assert 'rel="prev" href="?q=cooperation&amp;sort=newest&amp;size=5"' in page


def test_malformed_query_shows_a_notice_not_an_error(client):
    response = client.get('/?q=%22container+terminal')
    assert response.status_code == 200
    assert "A quotation mark was not closed" in text_of(response)


def test_did_you_mean(client):
    assert "Did you mean" in text_of(client.get("/?q=fishng+quottas"))


def test_quotation_page_has_sources_and_citations(client):
    quote_id = client.get("/api/search?q=terminal").get_json()["results"][0]["id"]
    page = text_of(client.get(f"/quotes/{quote_id}"))
    assert "Maria Lindqvist" in page and "Sources" in page
    assert page.count('rel="noopener noreferrer"') >= 3               # the three originals
    for style in ("APA", "MLA", "Chicago", "Plain"):
        assert f"<dt>{style}</dt>" in page
    assert "Coastal Daily, 2023-03-01" in page                         # the plain line
    assert 'class="copy"' in page


def test_check_page_finds_the_speaker(client):
    page = text_of(client.get("/check?q=fishing+communities+cannot+survive+another+quota+cut"))
    assert "Anna Holm" in page and "<meter" in page


def test_speaker_page(client):
    page = text_of(client.get("/speakers/zhang-hanhui"))
    assert "<h1>Zhang Hanhui</h1>" in page
    assert "Also named: Zhang" in page
    assert "Chinese Ambassador to Russia" in page
    assert "<svg" in page and "feed.atom" in page
    within = text_of(client.get("/speakers/zhang-hanhui?q=trade"))
    assert "for “trade”" in within


def test_article_page_labels_each_quotation(client):
    quote = client.get("/api/search?q=fishing+quotas").get_json()["results"][0]
    page = text_of(client.get(f"/articles/{quote['sources'][0]['article']}"))
    assert 'class="mention direct"' in page
    assert '<span class="label">Anna Holm</span>' in page


def test_index_pages(client):
    assert "Zhang Hanhui" in text_of(client.get("/speakers"))
    assert "Maria Lindqvist" in text_of(client.get("/speakers?q=lind"))
    assert "bilateral trade" in text_of(client.get("/topics"))
    assert "date:[2022-01-01 TO 2022-12-31]" in text_of(client.get("/help"))


def test_markup_in_quotations_is_shown_as_text(client):
    page = text_of(client.get("/?q=welcome"))
    assert "&lt;script&gt;alert(" in page
    assert "<script>alert(" not in page
    quote_id = client.get("/api/search?q=welcome").get_json()["results"][0]["id"]
    page = text_of(client.get(f"/quotes/{quote_id}"))
    assert "<script>alert(" not in page and "<b>Outlet</b>" not in page


def test_security_headers(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_external_assets(client):
    for path in ("/", "/speakers/zhang-hanhui", "/check"):
        page = text_of(client.get(path))
        assert not re.search(r'(src|href)="(https?:)?//', page.split("<main", 1)[0]), path


@pytest.mark.parametrize("path", ["/?page=0", "/?page=abc", "/?size=1000", "/?sort=random",
                                  "/?q=" + "x" * 1001, "/check?q=" + "x" * 2001])
def test_bad_parameters_get_400_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "Traceback" not in text_of(response) and "must" in text_of(response) or "longer" in text_of(response)


@pytest.mark.parametrize("path", ["/quotes/nope", "/speakers/nobody", "/articles/none", "/no/such/page"])
def test_friendly_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Back to search" in text_of(response)


def test_empty_index_page_says_how_to_ingest(tmp_path):
    client = create_app(str(tmp_path / "nothing-here")).test_client()
    page = text_of(client.get("/"))
    assert "No quotations indexed yet" in page and "quotesearch ingest" in page


def test_about_page_counts_the_index(client):
    page = text_of(client.get("/about"))
    assert "<dt>Articles</dt><dd>10</dd>" in page


def test_article_from_a_file_name_that_is_not_utf8(tmp_path):
    """Issue 13 item 1: the name is stored and shown escaped, never as raw bytes."""
    import os

    from quotesearch.index import QuoteIndex, ingest_paths
    folder = tmp_path / "d"
    folder.mkdir()
    raw = os.fsdecode(os.fsencode(folder) + b"/caf\xe9.txt")
    with open(raw, "w", encoding="utf-8") as f:
        f.write("Port deal signed\n\n“This agreement will double the capacity of our container "
                "terminal by 2026,” said Maria Lindqvist, the director of the harbour authority.\n")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    assert not ingest_paths(index, [str(folder)]).failed
    client = create_app(index.path).test_client()
    quote = client.get("/api/search?q=container").get_json()["results"][0]
    article_id = quote["sources"][0]["article"]
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 200
    page = text_of(response)
    assert "Maria Lindqvist" in page
    assert "\ufffd" not in page and ("caf" not in page or "caf\\xe9.txt" in page)
    for url in (f"/api/articles/{article_id}", "/export.jsonl?q=container", "/export.csv?q=container"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.get_data().decode("utf-8")
        assert "\\udce9" not in body.lower() and "\ufffd" not in body, url


def test_a_damaged_index_is_a_503_that_says_so_without_server_paths(web_index, tmp_path):
    import glob
    import os
    import shutil
    folder = tmp_path / "damaged"
    shutil.copytree(web_index.path, folder)
    for toc in glob.glob(str(folder / "*.toc")):
        open(toc, "wb").close()
    client = create_app(str(folder)).test_client()
    for url in ("/", "/api/search?q=trade", "/feed.atom"):
        response = client.get(url)
        assert response.status_code == 503, url
        body = response.get_data(as_text=True)
        assert "damaged" in body and str(tmp_path) not in body and os.sep + "damaged" not in body


@pytest.mark.parametrize("remembered, verdict, bar", [
    ("we+waited+a+decade+for+this+moment", "Match:", True),
    ("the+capacity+of+the+stadium+will+double+by+2030", "No close match:", False),
    ("zzzz+qqqq", "No close match:", False),
])
def test_check_page_gives_a_verdict_and_no_bar_for_a_non_match(client, remembered, verdict, bar):
    page = text_of(client.get("/check?q=" + remembered))
    assert f'role="status"><strong>{verdict}</strong>' in page
    assert ("<meter" in page) is bar


# -- browsing: pages clamped, honest counts, the timeline, dates, every facet value

def test_a_page_past_the_end_shows_the_last_page_and_says_so(client):
    last = client.get("/api/search?q=&size=5").get_json()["pages"]
    page = text_of(client.get("/?q=&size=5&page=999"))
    assert "Page 999 of" not in page
    assert f"Page {last} of {last}" in page
    assert f"only {last} pages of results, not 999" in page
    speaker = text_of(client.get("/speakers/zhang-hanhui?size=5&page=999"))
    assert "Page 999" not in speaker and "not 999" in speaker


def test_speaker_page_counts_what_it_shows_of_how_many(client):
    total = client.get("/api/search?speaker=zhang-hanhui").get_json()["total"]
    assert total > 20
    page = text_of(client.get("/speakers/zhang-hanhui"))
    assert f"Showing 1–20 of {total} quotations." in page
    assert f"{total} shown" not in page
    assert f"Showing 21–{total} of {total}" in text_of(client.get("/speakers/zhang-hanhui?page=2"))


def test_chart_titles_are_escaped_once(client):
    for url, label in (("/speakers/zhang-hanhui", "Quotations of Zhang Hanhui over time"),
                       ("/?q=", "Matching quotations over time")):
        page = text_of(client.get(url))
        assert f"<title>{label}: " in page
        assert "&lt;title&gt;" not in page and "&amp;lt;" not in page


def test_timeline_is_at_real_time_scale_with_counts_and_links(client):
    page = text_of(client.get("/?q="))
    svg = re.search(r'<svg class="chart timeline".*?</svg>', page, re.DOTALL).group(0)
    bars = re.findall(r'<a class="bar" href="\?from=([\d-]+)&amp;to=([\d-]+)" aria-label="([^"]+)">'
                      r'<rect x="([\d.]+)"', svg)
    months = [b[0] for b in bars]
    # the seeds are of February 2022, the wire stories of March 2023, January and June 2024
    assert months == ["2022-02", "2023-03", "2024-01", "2024-06"]
    assert all(start == end for start, end, _, _ in bars)
    assert bars[0][2] == "Feb 2022: 12 quotations"
    x = [float(b[3]) for b in bars]
    # 13 months between the first two bars, 10 between the next two, 5 between the last
    per_month = (x[1] - x[0]) / 13
    assert abs((x[2] - x[1]) - 10 * per_month) < 0.5 and abs((x[3] - x[2]) - 5 * per_month) < 0.5
    assert '<text class="n"' in svg and ">12</text>" in svg


def test_date_range_keeps_matches_of_the_period(client):
    march = client.get("/api/search?q=&from=2023-03&to=2023-03").get_json()
    assert march["total"] == 4
    assert {r["date"][:7] for r in march["results"]} == {"2023-03"}
    page = text_of(client.get("/?q=&from=2023-03&to=2023-03"))
    assert "4 quotations" in page and "Remove filter dates" in page
    assert 'name="from" type="text" inputmode="numeric" value="2023-03"' in page
    # day precision, an open end, and the range kept by other links of the page
    assert client.get("/api/search?q=&from=2023-03-02&to=2023-03-05").get_json()["total"] == 2
    assert client.get("/api/search?q=&from=2024").get_json()["total"] == 3
    assert "from=2023-03&amp;to=2023-03" in text_of(client.get("/?q=&from=2023-03&to=2023-03&sort=newest"))


@pytest.mark.parametrize("query, message", [
    ("from=2023-13", "'from' must be a date like 2016, 2016-03 or 2016-03-14"),
    ("to=yesterday", "'to' must be a date like"),
    ("from=2024&to=2023", "'from' (2024) is after 'to' (2023)"),
])
def test_bad_date_bounds_are_refused_by_name(client, query, message):
    response = client.get("/?q=&" + query)
    assert response.status_code == 400 and message in html.unescape(text_of(response))


def test_every_facet_value_is_reachable_with_a_filter_box(client):
    top = client.get("/api/search?q=").get_json()["facets"]["topic"]
    page = text_of(client.get("/?q="))
    assert 'href="/facets/topic?"' in page and "Show all topic values" in page
    listed = text_of(client.get("/facets/topic"))
    values = re.findall(r'<span class="value">([^<]*)</span>', listed)
    assert len(values) > len(top) == 30          # more than the search page could ever show
    assert "Filter the values" in listed
    filtered = text_of(client.get("/facets/speaker?prefix=al"))
    assert re.findall(r'<span class="value">([^<]*)</span>', filtered) == ["Alexey Maslov", "Alexey Solodov"]
    # a value's link goes back to the search with the value added
    assert 'href="/?q=trade&amp;speaker=Xi+Jinping"' in text_of(client.get("/facets/speaker?q=trade&prefix=xi"))


def test_a_selected_value_stays_visible_with_no_matches(client):
    page = text_of(client.get("/?q=fishing&speaker=Zhang+Hanhui&topic=China"))
    assert re.search(r'class="selected" aria-current="true">\s*<span class="box" aria-hidden="true">☑</span> '
                     r'<span class="value">Zhang Hanhui</span> <span class="count">0</span>', page)
    # past the ten values shown, a selected one is still listed (the 30th topic here)
    last_topic = client.get("/api/search?q=").get_json()["facets"]["topic"][-1][0]
    page = text_of(client.get("/?q=&topic=" + last_topic))
    assert f'<span class="value">{last_topic}</span>' in page
    listed = text_of(client.get("/facets/speaker?q=fishing&speaker=Zhang+Hanhui&prefix=xyz"))
    assert '<span class="value">Zhang Hanhui</span> <span class="count">0</span>' in listed
