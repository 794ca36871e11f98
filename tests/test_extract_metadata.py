"""Spec of `quotesearch.extract.metadata`: layout and metadata read from plain text.

Short texts written in the style of real pages (wire copy, newspaper sites,
aggregators), then the five seed articles. The single-concept modules have their
own specs (test_extract_dates, _datelines, _outlets, _furniture, _paragraphs).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from layout_checks import BODY, assert_well_formed, kinds_of
from quotesearch.extract.metadata import describe_text, with_metadata
from quotesearch.records import Article, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/gold/seeds.jsonl")


# ------------------------------------------------------------ paragraph kinds

KIND_CASES = [
    pytest.param(
        "China Daily\n\nPutin visit still on the cards\n\n- By LI MING in Moscow liming@example.com\n\n"
        "Officials remain in close contact over the visit, the ambassador says.\n\n"
        "Back on track\n\n“Trade will recover,” Li said.\n\nNewspapers in English",
        {"China Daily": "masthead", "Putin visit still on the cards": "headline",
         "- By LI MING in Moscow liming@example.com": "byline", "Back on track": "subhead",
         "“Trade will recover,” Li said.": "body", "Newspapers in English": "furniture"},
        id="newspaper-reader-page"),
    pytest.param(
        "Saturday, March, 9,2024\n\nLatest News\n\nMinisters agree on new trade rules\n\n"
        "Kathmandu: Ministers agreed on new rules on Friday, officials said.\n\n Share on\n\nRelated News",
        {"Saturday, March, 9,2024": "furniture", "Latest News": "furniture",
         "Ministers agree on new trade rules": "headline", "Share on": "furniture",
         "Related News": "furniture"},
        id="website-header-and-share-bar"),
    pytest.param(
        "Leaders hold talks\n\nBoth sides find ‘a new path’\n\nPhoto: Xinhua\n\n"
        "The leaders held talks on Thursday, analysts said.\n\n"
        "A minister speaks in Beijing on March 3, 2024. (Xinhua/Li Ming)\n\n"
        "[Photo/China Daily]\n\n“It was a good day,” he said.\n\n"
        "Excerpts: Global Times\n\n  • Valley News Pvt. Ltd.\n\n  • Main Road, Kathmandu\n\n"
        "  • 01-4455667, 01-4455668\n\n  • [email\u00a0protected]\n\n"
        "©2024 Valley News | Website by example.com\n\nOur Team\n\nEditorial Board",
        {"Both sides find ‘a new path’": "subhead", "Photo: Xinhua": "caption",
         "A minister speaks in Beijing on March 3, 2024. (Xinhua/Li Ming)": "caption",
         "[Photo/China Daily]": "caption", "“It was a good day,” he said.": "body",
         "Excerpts: Global Times": "furniture", "• Valley News Pvt. Ltd.": "furniture",
         "• Main Road, Kathmandu": "furniture", "• 01-4455667, 01-4455668": "furniture",
         "• [email protected]": "furniture", "©2024 Valley News | Website by example.com": "furniture",
         "Our Team": "furniture", "Editorial Board": "furniture"},
        id="excerpt-site-with-contact-footer"),
    pytest.param(
        "Talks stall\n\nBy Thursday, the talks had ended without a deal and both sides went home.\n\n"
        "“We will win,” he said.\n\nThe next round\n\nNo date was set.\n\nMore from Asia\n\nAbout the author",
        {"Talks stall": "headline",
         "By Thursday, the talks had ended without a deal and both sides went home.": "body",
         "“We will win,” he said.": "body", "The next round": "subhead", "No date was set.": "body",
         "More from Asia": "furniture", "About the author": "furniture"},
        id="sentences-quotes-and-trailing-links"),
    pytest.param(
        BODY + "\n\n" + BODY,
        {BODY: "body"},
        id="no-headline-when-text-opens-with-prose"),
]


@pytest.mark.parametrize("text, expected", KIND_CASES)
def test_paragraph_kinds(text, expected):
    kinds = kinds_of(text)
    for paragraph, kind in expected.items():
        assert kinds.get(paragraph) == kind, (paragraph, kinds)


# ---------------------------------------------------------------- with_metadata

def test_with_metadata_fills_only_unknown_fields():
    text = "China Daily\n\nTrade rises\n\nBy Li Ming\n\nBEIJING, May 16, 2024 (Xinhua) -- " + BODY
    filled = with_metadata(Article(id="a", text=text, title="Given title"))
    assert filled.title == "Given title"
    assert (filled.outlet, filled.republished_from, filled.date, filled.byline) == (
        "China Daily", "Xinhua", "2024-05-16", "By Li Ming")
    assert filled.paragraphs and filled.id == "a"

    html_paragraphs = (Paragraph(0, 11, "masthead"),)
    kept = with_metadata(Article(id="b", text=text, outlet="Other", paragraphs=html_paragraphs))
    assert kept.outlet == "Other" and kept.paragraphs == html_paragraphs


# ------------------------------------------------------------------- the seeds

SEED_EXPECTATIONS = {
    "000": dict(outlet="China Daily", republished_from=None, date=None,
                title="Putin visit to China still on the cards",
                kinds={"China Daily": "masthead", "- By REN QI in Moscow renqi@chinadaily.com.cn": "byline",
                       "Return to normal": "subhead", "Newspapers in English": "furniture",
                       "Newspapers from Hong Kong": "furniture"}),
    "001": dict(outlet="Daily Mail", republished_from="China Daily", date=None,
                title="Xi’s Russia trip to cement global stability",
                kinds={"–The Daily Mail-China Daily news exchange item": "furniture"}),
    "002": dict(outlet="Xinhua", republished_from=None, date="2022-02-01",
                title="Interview: Mutual visits of Xi, Putin during Winter Olympics strengthen ties, "
                      "says Chinese ambassador",
                kinds={"Chinese Ambassador to Russia Zhang Hanhui receives an interview with Xinhua in "
                       "Moscow, Russia, on Jan. 12, 2022. (Xinhua/Bai Xueqi)": "caption"}),
    "003": dict(outlet=None, republished_from=None, date=None,
                title="Xi-Putin sign, issue joint statement on deepening China-Russia ties",
                kinds={"Thursday, June, 20,2024": "furniture", "Latest News": "furniture",
                       "Share on": "furniture", "Related News": "furniture"}),
    "004": dict(outlet="Nepal Page", republished_from="Global Times", date=None,
                title="Xi, Putin hold talks, sign joint statement on deepening ties",
                kinds={"China, Russia have found ‘new path for major countries’": "subhead",
                       "Photo: Xinhua": "caption", "More and more cooperation": "subhead",
                       "On international affairs": "subhead", "Excerpts: Global Times": "furniture",
                       "• Nepal News Agenacy Pvt. Ltd.": "furniture",
                       "• Putalisadak, Kathmandu Nepal": "furniture",
                       "• 01-4011122, 01-4011124": "furniture", "• [email protected]": "furniture",
                       "©2024 Nepal Page | Website by appharu.com": "furniture",
                       "Our Team": "furniture", "Editorial Board": "furniture"}),
}
SEED_DATELINES = {"001": "BEIJING:", "002": "MOSCOW, Feb. 1 (Xinhua) --", "003": "Beijing:"}
QUOTE_MARK = re.compile(r"[“”\"]")


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed(prefix):
    expected = SEED_EXPECTATIONS[prefix]
    text = seed_text(prefix)
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert (layout.outlet, layout.republished_from, layout.date, layout.title) == (
        expected["outlet"], expected["republished_from"], expected["date"], expected["title"])
    assert layout.dateline == SEED_DATELINES.get(prefix)
    kinds = {" ".join(text[p.start:p.end].split()): p.kind for p in layout.paragraphs}
    assert kinds[expected["title"]] == "headline"
    for paragraph, kind in expected["kinds"].items():
        assert kinds.get(" ".join(paragraph.split())) == kind, paragraph
    # Every paragraph quoting someone (quotation marks or "said") is body text.
    for para in layout.paragraphs:
        chunk = text[para.start:para.end]
        if para.kind != "headline" and (QUOTE_MARK.search(chunk) or " said" in chunk):
            assert para.kind == "body", chunk[:80]
    if prefix in SEED_DATELINES:
        first_body = next(p for p in layout.paragraphs if p.kind == "body")
        assert text[first_body.start - len(SEED_DATELINES[prefix]) - 1:first_body.start].strip() \
            == SEED_DATELINES[prefix]


@pytest.mark.skipif(not GOLD.exists(), reason="gold annotations not available")
def test_seed_gold_quotes_lie_in_body_paragraphs():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (SEEDS / gold["file"]).read_text(encoding="utf-8")
        layout = describe_text(text)
        assert (layout.outlet, layout.date) == (gold["outlet"], gold["date"]), gold["file"]
        for quote in gold["quotes"]:
            holders = [p for p in layout.paragraphs if p.start <= quote["start"] and quote["end"] <= p.end]
            assert [p.kind for p in holders] == ["body"], (gold["file"], quote["text"][:60])


# ------------------------------------------------- paragraphs laid out by a reader

def test_reader_paragraphs_get_furniture_kinds_from_their_text():
    """HTML paragraphs the markup called body: furniture lines, captions, bylines
    and pull quotes take their kinds from the text (text and HTML alike)."""
    blocks = [("Council to vote on roads", "headline"), ("By Jane Roe", "body"),
              ("“We cannot keep building roads and hoping for less traffic,” Mayor Rosa Diaz said.", "body"),
              ("READ MORE: Bridge to close for repairs", "body"),
              ("“We cannot keep building roads and hoping for less traffic”", "body"),
              ("The mayor at the council. Photograph: Jane Roe/Reuters", "body"),
              ("Share this article Facebook Twitter Email", "body"),
              ("The council votes next month.", "body")]
    text, paragraphs, offset = "\n\n".join(t for t, _ in blocks), [], 0
    for block, kind in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block), kind))
        offset += len(block) + 2
    article = with_metadata(Article(id="x", text=text, paragraphs=tuple(paragraphs)))
    assert [p.kind for p in article.paragraphs] == [
        "headline", "byline", "body", "furniture", "furniture", "caption", "furniture", "body"]


@pytest.mark.parametrize("opening, body", [
    pytest.param("London, Jun 11 (efe-epa).- The pandemic has shown how much the country relies on them.",
                 "The pandemic has shown how much the country relies on them.", id="lower-case-agency-dot-dash"),
    pytest.param("MOSCOW, Feb. 1 (Xinhua) -- The talks went on.", "The talks went on.", id="wire-dateline"),
    pytest.param("The talks went on (Reuters) - until dawn.", "The talks went on (Reuters) - until dawn.",
                 id="no-dateline"),
])
def test_reader_paragraphs_start_the_body_after_its_dateline(opening, body):
    """The first body paragraph of a page starts after its dateline, as in plain text."""
    blocks = [("Workers after Brexit", "headline"), (opening, "body"), ("Ann Lee said she would stay.", "body")]
    text, paragraphs, offset = "\n\n".join(t for t, _ in blocks), [], 0
    for block, kind in blocks:
        paragraphs.append(Paragraph(offset, offset + len(block), kind))
        offset += len(block) + 2
    article = with_metadata(Article(id="x", text=text, paragraphs=tuple(paragraphs)))
    first = article.paragraphs[1]
    assert text[first.start:first.end] == body
    assert text[article.paragraphs[2].start:article.paragraphs[2].end] == "Ann Lee said she would stay."
