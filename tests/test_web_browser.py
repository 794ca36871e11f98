"""Real browser tests: headless Debian Chromium driven by Playwright against a
real `quotesearch serve` (waitress) on a real index. Screenshots go to
tests/screenshots/ (not in git). A missing browser fails the suite: the test
command installs it."""
from __future__ import annotations

import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from conftest import REPO

CHROMIUM = os.environ.get("QUOTESEARCH_CHROMIUM", "/usr/bin/chromium")
SHOTS = pathlib.Path(__file__).parent / "screenshots"
# Flags for a closed network and a root user (see ../shared/NOTES.md).
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(web_index):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "quotesearch", "serve", "--index", web_index.path,
                                "--port", str(port)], cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=5).close()
            break
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.fail(f"no browser at {CHROMIUM}: install Debian's chromium (make test does)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1200, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_search_then_click_a_facet_then_go_back(page):
    page.goto("/")
    page.get_by_label("Search quotations").fill("cooperation")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=cooperation")
    total = page.locator("h1.total").inner_text()
    assert "quotation" in total and page.locator("mark").first.inner_text().lower().startswith("cooperat")
    shot(page, "search")
    page.locator("#facet-speaker + ul a", has_text="Zhang Hanhui").click()
    page.wait_for_url("**speaker=Zhang+Hanhui**")
    assert page.get_by_role("link", name="Remove filter speaker: Zhang Hanhui").is_visible()
    speakers = page.locator(".results .who a").all_inner_texts()
    assert speakers and set(speakers) == {"Zhang Hanhui"}
    shot(page, "search-facet")
    page.go_back()
    page.wait_for_url("**/?q=cooperation")
    assert page.locator("h1.total").inner_text() == total


def test_open_a_speaker_from_a_result(page):
    page.goto("/?q=terminal")
    page.locator(".results .who a", has_text="Maria Lindqvist").first.click()
    page.wait_for_url("**/speakers/maria-lindqvist")
    assert page.get_by_role("heading", level=1).inner_text() == "Maria Lindqvist"
    assert "Also named: Lindqvist" in page.content()
    assert page.locator("svg.chart").count() == 1
    shot(page, "speaker")


def test_check_a_remembered_quote(page):
    page.goto("/check")
    page.get_by_label("Quotation as remembered").fill("the fishing communities can't survive another quota cut")
    page.get_by_role("button", name="Check").click()
    first = page.locator("section.match").first
    assert "Anna Holm" in first.inner_text()
    shot(page, "check")


@pytest.mark.parametrize("style", ["APA", "MLA", "Chicago"])
def test_copy_each_citation_style(page, style):
    page.goto("/?q=terminal")
    page.get_by_role("link", name="Cite").first.click()
    page.wait_for_url("**/quotes/**")
    cited = page.locator(".citation").filter(has=page.locator("dt", has_text=style))
    button = page.get_by_role("button", name=f"Copy the {style} citation")
    button.click()
    expect(button).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == cited.locator(".citation-text").inner_text().strip()
    assert "Maria Lindqvist" in copied and "Coastal Daily" in copied
    if style == "APA":
        shot(page, "quotation")


def test_speaker_autocomplete_suggests_by_alias(page):
    page.goto("/")
    page.get_by_label("Search quotations").press_sequentially("speaker:chinese pre", delay=20)
    # (no wait_for_function: the page's CSP forbids evaluating strings, as it should)
    page.locator("#speaker-suggestions option").first.wait_for(state="attached")
    values = page.eval_on_selector_all("#speaker-suggestions option", "os => os.map(o => o.value)")
    assert any('speaker:"Xi Jinping"' in v for v in values)


def test_readable_on_a_phone(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto("/?q=trade")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    shot(page, "phone")
    context.close()


# -- issue 16: questions, zero-result recovery, every facet value, the timeline, the phone drawer

def test_a_question_says_how_it_was_read_and_offers_the_literal_words(page):
    page.goto("/")
    page.get_by_label("Search quotations").fill("What did Maria Lindqvist say about the terminal?")
    page.get_by_role("button", name="Search").click()
    reading = page.locator("p.notice.reading")
    expect(reading).to_contain_text("Read as: Quotations by Maria Lindqvist")
    assert set(page.locator(".results .who a").all_inner_texts()) == {"Maria Lindqvist"}
    shot(page, "question")
    page.get_by_role("link", name="Search the words as typed instead").click()
    page.wait_for_url("**literal=1**")
    expect(page.locator("p.notice.reading")).to_have_count(0)


def test_a_search_matching_nothing_is_relaxed_and_says_so(page):
    page.goto("/")
    page.get_by_label("Search quotations").fill("terminal zeppelin")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("p.notice.relaxed")).to_have_text(
        "No quotation has all the words; left out “zeppelin”.")
    assert page.locator("h1.total").inner_text() != "0 quotations"
    assert page.locator(".results mark").first.inner_text().lower() == "terminal"
    shot(page, "relaxed")


def test_show_all_values_of_a_facet_filter_them_and_pick_one(page):
    page.goto("/?q=")
    shown = page.locator("#facet-topic + ul li").count()
    page.get_by_role("link", name="Show all topic values").click()
    page.wait_for_url("**/facets/topic**")
    assert page.locator(".all-values li").count() > shown
    page.get_by_label("Filter the values").fill("bilat")
    page.get_by_role("button", name="Filter").click()
    values = page.locator(".all-values .value").all_inner_texts()
    assert values and all(v.lower().startswith("bilateral") for v in values)
    shot(page, "facet-all")
    picked = values[0]            # "bilateral tie": topics are singular
    page.locator(".all-values a", has_text=picked).first.click()
    page.wait_for_url("**/?topic=" + picked.replace(" ", "+"))
    assert page.get_by_role("link", name=f"Remove filter topic: {picked}").is_visible()


def test_click_a_timeline_bar_to_keep_its_month(page):
    page.goto("/?q=")
    bar = page.get_by_role("link", name="Mar 2023: 4 quotations")
    bar.click()
    page.wait_for_url("**from=2023-03&to=2023-03")
    assert page.locator("h1.total").inner_text() == "4 quotations"
    assert page.get_by_role("link", name="Remove filter dates").inner_text().startswith("Dates: 2023-03")
    assert page.locator("#date-from").input_value() == "2023-03"
    assert {d[:7] for d in page.locator(".results time").all_inner_texts()} == {"2023-03"}
    shot(page, "timeline-click")


def test_phone_filters_open_in_a_drawer_above_the_results(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto("/?q=&speaker=Zhang+Hanhui")
    drawer = page.locator("aside#filters")
    opener = page.get_by_role("button", name="Filters (1)")
    expect(drawer).to_be_hidden()
    # the button is above the results, within the first screen
    button_top = opener.bounding_box()["y"]
    assert button_top < page.locator(".results .quote").first.bounding_box()["y"] and button_top < 740
    opener.click()
    expect(drawer).to_be_visible()
    assert opener.get_attribute("aria-expanded") == "true"
    # every count inside the screen, also of long values
    rights = page.eval_on_selector_all("aside#filters .count", "cs => cs.map(c => c.getBoundingClientRect().right)")
    assert rights and max(rights) <= 375
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    shot(page, "phone-drawer")
    page.get_by_role("button", name="Close").click()
    expect(drawer).to_be_hidden()
    opener.click()
    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
    context.close()
