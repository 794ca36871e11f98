"""Spec of `quotesearch.extract.outlets`: which publisher a plain-text page names.

Read through `describe_text`, as (text, outlet, republished_from) cases written in the
style of real pages (wire copy, newspaper sites, aggregators)."""
from __future__ import annotations

import pytest

from layout_checks import BODY, assert_well_formed
from quotesearch.extract.metadata import KNOWN_OUTLETS, describe_text
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


OUTLET_CASES = [
    pytest.param("Port grows - Bay Herald Online Home News >> Port grows ( Coast TV ) 08:52, June 7, 2022 "
                 "The port grew by a tenth last year, its director said on Monday. (Web editor: Kim Ha) "
                 "Most Viewed 1 Ferry fares cut 2 Port approved About Us | Contact © Bay Herald Online",
                 "Bay Herald Online", "Coast TV", id="flattened-page-footer-and-stamp-source"),
    pytest.param("Port grows - Bay Herald Online Home News >> Port grows ( Bay Herald ) 08:52, June 7, 2022 "
                 "The port grew by a tenth last year, its director said on Monday. (Web editor: Kim Ha) "
                 "Most Viewed 1 Ferry fares cut 2 Port approved About Us | Contact © Bay Herald Online",
                 "Bay Herald Online", None, id="stamp-source-is-the-site-itself"),
    pytest.param("---\ntitle: Port grows\ndate: 2022-06-07\nauthor: someone\n---\n\n" + BODY, None, None,
                 id="front-matter-names-no-outlet"),
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
    # (two different body paragraphs: a repeated one would be a pull quote, furniture)
    pytest.param("Trade rises\n\n" + BODY + "\n\nSource: National Bureau of Statistics\n\n"
                 "Exports grew faster than imports, the ministry added.",
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


def test_known_outlets_is_a_curated_tuple():
    assert isinstance(KNOWN_OUTLETS, tuple)
    assert {"Xinhua", "Reuters", "AP", "AFP", "TASS", "CNN", "China Daily", "Global Times"} <= set(KNOWN_OUTLETS)


# (sentence, speaker, kind, via): a regional paper's name speaks for the paper in its
# editorial and is the via of an interview; its last word alone ("Sun") is no one's name
PAPERS_QUOTED = [
    pytest.param("“Visitors should leave their cars at home,” the Baltimore Sun wrote in an editorial.",
                 "Baltimore Sun", "organization", None, id="a-papers-editorial"),
    pytest.param("“We will stay in Kellard,” Ann Lee told the Des Moines Register on Monday.",
                 "Ann Lee", "person", "Des Moines Register", id="told-a-regional-paper"),
    pytest.param("“The harbour stays open,” Tom Reed told Le Figaro.",
                 "Tom Reed", "person", "Le Figaro", id="told-a-european-paper"),
]


@pytest.mark.parametrize("sentence, speaker, kind, via", PAPERS_QUOTED)
def test_a_known_paper_speaks_as_a_body_or_relays(sentence, speaker, kind, via):
    quotes = extract_quotes(Article(id="p", text="Harbour news\n\n" + sentence))
    assert [(q.speaker, q.speaker_kind, q.via) for q in quotes] == [(speaker, kind, via)]


@pytest.mark.parametrize("name, squashed", [
    ("The Guardian", "guardian"), ("the Times", "times"), ("The Sun", "thesun"), ("Al-Jazeera_English", "aljazeeraenglish"),
    ("İstanbul Post", "istanbulpost"), ("Ⅻ News²", "ⅻnews²"), ("٣ Daily", "٣daily"), ("", ""),
])
def test_squash_keeps_letters_and_digits_only(name, squashed):
    from quotesearch.extract.outlets import squash
    plain = "".join(ch for ch in name.lower() if ch.isalnum())   # (the definition, spelled out)
    assert squash(name) == squashed == (plain[3:] if plain.startswith("the") and len(plain) > 6 else plain)


# Magazines and sites that interview people are outlets, never a "she" or a speaker of
# what their interviewee answers ("When Vogue asked Dion …, she said …" was Vogue's)
MAGAZINES_AS_INTERVIEWERS = [
    ("Celine Dion spoke to Vogue. When Vogue asked Dion about her plans, she said she wanted rest.",
     [("indirect", "she wanted rest", "Celine Dion", None)]),
    ("“I am happy,” Celine Dion told Vanity Fair.", [("direct", "I am happy,", "Celine Dion", "Vanity Fair")]),
]


@pytest.mark.parametrize("body, expected", MAGAZINES_AS_INTERVIEWERS)
def test_magazines_interviewing_people_are_outlets(body, expected):
    from quotesearch.extract import extract_quotes
    from quotesearch.records import Article
    quotes = extract_quotes(Article(id="mag", text="Star news of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected
