"""Spec of `quotesearch.extract.metadata`: layout and metadata read from plain text.

Short texts written in the style of real pages (wire copy, newspaper sites,
aggregators), then the five seed articles.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotesearch.extract.metadata import (
    KNOWN_OUTLETS,
    TextLayout,
    describe_text,
    is_furniture_line,
    normalize_date,
    with_metadata,
)
from quotesearch.records import Article, Paragraph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/gold/seeds.jsonl")

BODY = "Trade between the two countries rose by 5 percent last year, the ministry said."


def assert_well_formed(text: str, layout: TextLayout) -> None:
    """Spans lie inside the text, in order, without overlap, trimmed of blanks."""
    previous_end = 0
    for para in layout.paragraphs:
        assert 0 <= para.start < para.end <= len(text), para
        assert para.start >= previous_end, f"{para} overlaps the paragraph before"
        assert not text[para.start].isspace() and not text[para.end - 1].isspace(), para
        previous_end = para.end


def kinds_of(text: str) -> dict[str, str]:
    """Paragraph text (newlines as spaces) -> kind."""
    layout = describe_text(text)
    assert_well_formed(text, layout)
    return {" ".join(text[p.start:p.end].split()): p.kind for p in layout.paragraphs}


# ------------------------------------------------------------------ outlets

OUTLET_CASES = [
    pytest.param("Oil prices climb\n\nLONDON (Reuters) - Oil prices rose on Tuesday, traders said.",
                 "Reuters", None, id="reuters-dateline"),
    pytest.param("Senate passes bill\n\nWASHINGTON (AP) — The Senate passed the bill late on Friday.",
                 "AP", None, id="ap-dateline"),
    pytest.param("Xi hosts Putin\n\nBeijing (CNN) — Chinese leader Xi Jinping welcomed Putin on Thursday.",
                 "CNN", None, id="title-case-city-agency"),
    pytest.param("Putin meets Xi\n\nMOSCOW, May 16. /TASS/. Putin met Xi in Beijing, the Kremlin said.",
                 "TASS", None, id="tass-slashes"),
    pytest.param("REUTERS\n\nTrade rises\n\n" + BODY, "Reuters", None, id="upper-case-masthead"),
    pytest.param("China Daily\n\nChina, Russia sign deals\n\n"
                 "BEIJING, May 16 (Xinhua) -- China and Russia signed ten deals, officials said.",
                 "China Daily", "Xinhua", id="paper-carrying-wire-copy"),
    pytest.param("Trade rises\n\n" + BODY + "\n\n© 2024 Valley Herald. All rights reserved.",
                 "Valley Herald", None, id="copyright-sign-footer"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nCopyright © 2023 The Kathmandu Post. All rights reserved.",
                 "The Kathmandu Post", None, id="copyright-word-footer"),
    pytest.param("Trade rises\n\n" + BODY + "\n\n©2025 Hill Gazette | Website by example.com\n\nOur Team",
                 "Hill Gazette", None, id="copyright-with-site-credit"),
    pytest.param("Ties deepen\n\n" + BODY + "\n\n—The Lake Times-Global Times news exchange item",
                 "Lake Times", "Global Times", id="news-exchange-item"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nSource: Xinhua", None, "Xinhua", id="source-line"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nExcerpts: Global Times", None, "Global Times",
                 id="excerpts-line"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nThis article first appeared in The Diplomat.",
                 None, "The Diplomat", id="first-appeared-in"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nOriginally published by Nikkei Asia on May 5, 2024.",
                 None, "Nikkei Asia", id="originally-published-by"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nOriginally published on May 5, 2024 by Nikkei Asia.",
                 None, "Nikkei Asia", id="originally-published-on-date-by"),
    pytest.param("Modi leaves for Moscow\n\nNew Delhi, July 8 (IANS) Prime Minister Modi left on Monday."
                 "\n\n(With inputs from PTI)", "IANS", "PTI", id="with-inputs-from"),
    pytest.param("Experts hail ties\n\nBy Liu Xin, Global Times\n\n" + BODY, "Global Times", None,
                 id="outlet-in-byline"),
    pytest.param("Experts hail ties\n\nBy Wang Lei wanglei@chinadaily.com.cn\n\n" + BODY, "China Daily",
                 None, id="byline-email-domain"),
    pytest.param("Experts hail ties\n\nLi Hai told the Global Times the ties were strong.\n\n"
                 "CNN reported the visit, according to Xinhua.", None, None, id="outlets-mentioned-in-body"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nSource: National Bureau of Statistics\n\n" + BODY,
                 None, None, id="source-of-a-chart-inside-body"),
    pytest.param("US sanctions draw rebuke\n\nGlobal Times\n\n" + BODY, "Global Times", None,
                 id="outlet-line-under-the-headline"),
    pytest.param("US sanctions draw rebuke\n\n" + BODY + "\n\nGlobal Times", "Global Times", None,
                 id="outlet-line-closing-the-page"),
    pytest.param("US sanctions draw rebuke\n\nTrade talks\n\n" + BODY, None, None,
                 id="a-subhead-is-no-outlet"),
]


@pytest.mark.parametrize("text, outlet, republished_from", OUTLET_CASES)
def test_outlet(text, outlet, republished_from):
    layout = describe_text(text)
    assert (layout.outlet, layout.republished_from) == (outlet, republished_from)
    assert_well_formed(text, layout)


# -------------------------------------------------------------------- dates

DATE_CASES = [
    pytest.param("Deals signed\n\nBEIJING, May 16, 2024 (Xinhua) -- Ten deals were signed.",
                 "2024-05-16", id="dateline-with-year"),
    pytest.param("Talks end\n\nBEIJING, May 16 -- The talks ended on Thursday.", None,
                 id="dateline-without-year-and-no-other-date"),
    pytest.param("Envoy interviewed\n\nThe envoy speaks in Moscow on Jan. 12, 2022. (Xinhua/Li Ming)\n\n"
                 "MOSCOW, Feb. 1 (Xinhua) -- The envoy said ties were strong.",
                 "2022-02-01", id="year-from-caption-date"),
    pytest.param("Summit opens\n\nLeaders arrive in Tokyo on Dec. 28, 2023. (Xinhua/Li Ming)\n\n"
                 "TOKYO, Jan. 3 (Xinhua) -- The summit opened on Wednesday.",
                 "2024-01-03", id="year-across-new-year"),
    pytest.param("Summit ends\n\nBEIJING, Dec. 10 (Xinhua) -- The meeting held on Nov. 30, 2024 agreed "
                 "to meet again on March 3, 2025, officials said.",
                 "2024-12-10", id="closest-preceding-date-wins-over-future-date"),
    pytest.param("Trade rises\n\nPublished: 2024-05-16\n\n" + BODY, "2024-05-16", id="published-line"),
    pytest.param("Trade rises\n\nUpdated: May 16, 2024 10:00\n\n" + BODY, "2024-05-16", id="updated-line"),
    pytest.param("Trade rises\n\nPublished: May 15, 2024\nUpdated: May 16, 2024 10:00\n\n" + BODY,
                 "2024-05-15", id="published-beats-updated"),
    pytest.param("Trade rises\n\nFirst published on Thu 16 May 2024 10.00 BST\n\n" + BODY, "2024-05-16",
                 id="first-published-line"),
    pytest.param("Trade rises\n\n" + BODY + "\n\nOriginally published on May 5, 2024 by Nikkei Asia.",
                 None, id="date-of-the-original-is-not-this-page's"),
    pytest.param("Trade rises\n\nBy Jane Roe | 16 May 2024\n\n" + BODY, "2024-05-16", id="dated-byline"),
    pytest.param("Trade rises\n\nFriday, 17 May 2024\n\n" + BODY, "2024-05-17", id="date-under-headline"),
    pytest.param("Friday, May 17, 2024\n\nLatest News\n\nTrade rises\n\n" + BODY, None,
                 id="website-date-bar"),
    pytest.param("Trade rises\n\n" + BODY + "\n\n©2024 Hill Gazette", None, id="copyright-year-only"),
    pytest.param("Trade rises\n\n" + BODY + " The plan runs to 2030.", None, id="no-date"),
    pytest.param("Trade rises\n\nPublished: Feb. 30, 2024\n\n" + BODY, None, id="impossible-date"),
]


@pytest.mark.parametrize("text, date", DATE_CASES)
def test_date(text, date):
    assert describe_text(text).date == date


@pytest.mark.parametrize("value, iso", [
    ("Updated: May 16, 2024 10:00", "2024-05-16"),
    ("2024-05-16T07:09:00Z", "2024-05-16"),
    ("Thursday, June, 20,2024", "2024-06-20"),
    ("16th May 2024", "2024-05-16"),
    ("Sept. 3, 2021", "2021-09-03"),
    ("May 2024", None),
    ("©2024", None),
    ("", None),
])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


# ---------------------------------------------------------------- datelines

DATELINE_CASES = [
    ("MOSCOW, Feb. 1 (Xinhua) -- ", "MOSCOW, Feb. 1 (Xinhua) --"),
    ("LONDON (Reuters) - ", "LONDON (Reuters) -"),
    ("WASHINGTON (AP) — ", "WASHINGTON (AP) —"),
    ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine (AP) —"),
    ("BEIJING: ", "BEIJING:"),
    ("Beijing: ", "Beijing:"),
    ("NEW DELHI, May 16 -- ", "NEW DELHI, May 16 --"),
    ("", None),
    ("Note: ", None),
]


@pytest.mark.parametrize("opening, dateline", DATELINE_CASES)
def test_dateline_is_cut_from_the_first_body_paragraph(opening, dateline):
    text = f"Leaders meet\n\n{opening}The leaders met on Thursday, officials said.\n\nMore talks follow."
    layout = describe_text(text)
    assert layout.dateline == dateline
    first_body = next(p for p in layout.paragraphs if p.kind == "body")
    expected_start = "The leaders" if dateline else opening + "The leaders"
    assert text[first_body.start:].startswith(expected_start)


@pytest.mark.parametrize("opening", [
    "Sen. Mara Quill (D-Ore.) said",
    "Gov. Tom Eckart (R) signed",
    "Rep. Ana Ruiz (D-N.M.) and",
])
def test_a_name_with_its_party_in_brackets_is_no_dateline(opening):
    text = f"Budget fight\n\n{opening} the bill would pass.\n\nMore talks follow."
    layout = describe_text(text)
    assert layout.dateline is None
    first_body = next(p for p in layout.paragraphs if p.kind == "body")
    assert text[first_body.start:].startswith(opening)


def test_dateline_only_opens_the_first_body_paragraph():
    text = "Leaders meet\n\nThe leaders met on Thursday.\n\nBEIJING: officials said more talks follow."
    layout = describe_text(text)
    assert layout.dateline is None
    assert all(text[p.start] != " " for p in layout.paragraphs)


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


@pytest.mark.parametrize("line, furniture", [
    ("Share on", True), ("Latest News", True), ("Related News", True), ("Newspapers from Hong Kong", True),
    ("Thursday, June, 20,2024", True), ("Updated: 2024-05-16 07:09", True),
    ("©2024 Hill Gazette | Website by example.com", True), ("Copyright 2024 Example Media", True),
    ("Excerpts: Global Times", True), ("Source: Xinhua", True), ("Website by example.com", True),
    ("• 01-4011122, 01-4011124", True), ("[email\u00a0protected]", True), ("news@example.com", True),
    ("Our Team", True), ("Editorial Board", True), ("Reporting by Jane Roe; Editing by John Doe", True),
    ("The leaders met on Thursday.", False), ("Return to normal", False), ("Photo: Xinhua", False),
    ("By REN QI in Moscow", False), ("Share prices fell sharply on Monday.", False),
    ("Editors at the paper said the report was wrong.", False),
])
def test_is_furniture_line(line, furniture):
    assert is_furniture_line(line) is furniture


# ------------------------------------------------------------ paragraph splitting

def test_blank_line_blocks_and_one_paragraph_per_line():
    text = "Title of the story\n\nFirst paragraph here, he said.\nSecond one follows.\n“Third,” she said.\n"
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert [text[p.start:p.end] for p in layout.paragraphs] == [
        "Title of the story", "First paragraph here, he said.", "Second one follows.", "“Third,” she said."]


WRAPPED = (
    "Talks stall in Geneva\n"
    "GENEVA (Reuters) - Talks between the two sides stalled on Thursday\n"
    "after negotiators failed to agree on the text of a joint statement,\n"
    "officials from both delegations said late in the evening.\n"
    "\"We are still far apart,\" one diplomat said, asking not to be named\n"
    "because the talks were private.\n"
    "\n"
    "    Another said the gap was narrowing, though few details emerged\n"
    "from the closed-door sessions held at the UN offices in the city.\n"
    "    A third round is planned for next month, the hosts said in a\n"
    "statement released after midnight on Friday.\n"
)


def test_hard_wrapped_lines_are_joined():
    layout = describe_text(WRAPPED)
    assert_well_formed(WRAPPED, layout)
    texts = [" ".join(WRAPPED[p.start:p.end].split()) for p in layout.paragraphs]
    assert texts == [
        "Talks stall in Geneva",
        "Talks between the two sides stalled on Thursday after negotiators failed to agree on the "
        "text of a joint statement, officials from both delegations said late in the evening.",
        "\"We are still far apart,\" one diplomat said, asking not to be named because the talks "
        "were private.",
        "Another said the gap was narrowing, though few details emerged from the closed-door "
        "sessions held at the UN offices in the city.",
        "A third round is planned for next month, the hosts said in a statement released after "
        "midnight on Friday.",
    ]
    assert layout.title == "Talks stall in Geneva"
    assert layout.dateline == "GENEVA (Reuters) -" and layout.outlet == "Reuters"
    assert "\n" in WRAPPED[layout.paragraphs[1].start:layout.paragraphs[1].end]


@pytest.mark.parametrize("text", ["", "   \n\n\u00a0\n", "One line only."])
def test_degenerate_texts(text):
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert (layout.title, layout.outlet, layout.date) == (None, None, None)


def test_crlf_text():
    text = "Xi meets Putin\r\n\r\nBEIJING (Reuters) - Xi met Putin on Thursday.\r\n"
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert (layout.title, layout.outlet) == ("Xi meets Putin", "Reuters")


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


def test_known_outlets_is_a_curated_tuple():
    assert isinstance(KNOWN_OUTLETS, tuple)
    assert {"Xinhua", "Reuters", "AP", "AFP", "TASS", "CNN", "China Daily", "Global Times"} <= set(KNOWN_OUTLETS)


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
