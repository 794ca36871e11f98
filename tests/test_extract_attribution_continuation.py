"""Continuation (`attribution.continuation`): quotations interrupted by their
attribution, quotations over several paragraphs, and quotations with no cue that
take the speaker of the sentence, the paragraph or the quote they continue."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, extract, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    pytest.param(INTRO + "“Bilateral trade will keep growing,” Zhang said, “and new fields of cooperation "
                         "will open up.”",
                 [("direct", "Bilateral trade will keep growing,” Zhang said, “and new fields of cooperation "
                             "will open up.", ZHANG)],
                 id="interrupted-Q1-Zhang-said-Q2"),
    pytest.param(INTRO + "“The visit will strengthen cooperation between our two countries,” Zhang said.\n\n"
                         "“Trade has recovered strongly after the pandemic.”",
                 [("direct", "The visit will strengthen cooperation between our two countries,", ZHANG),
                  ("direct", "Trade has recovered strongly after the pandemic.", ZHANG)],
                 id="next-paragraph-quote-continues-the-speaker"),
    pytest.param(INTRO + "“The potential visit will strengthen cooperation in many fields.\n\n"
                         "“It will also benefit both peoples,” Zhang said.",
                 [("direct", "The potential visit will strengthen cooperation in many fields.", ZHANG),
                  ("direct", "It will also benefit both peoples,", ZHANG)],
                 id="multi-paragraph-quote-attributed-at-its-end"),
    pytest.param(INTRO + "“The potential visit will strengthen cooperation,” Zhang said. “It will also benefit "
                         "both peoples.\n\n“Trade will recover as production resumes.”",
                 [("direct", "The potential visit will strengthen cooperation,” Zhang said. “It will also "
                             "benefit both peoples.", ZHANG),
                  ("direct", "Trade will recover as production resumes.", ZHANG)],
                 id="multi-paragraph-quote-opened-mid-paragraph"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


def test_interrupted_quote_is_one_record_in_two_fragments():
    text, (quote,) = extract(INTRO + "“Bilateral trade will keep growing,” Zhang said, "
                                     "“and new fields of cooperation will open up.”")
    assert [text[s:e] for s, e in quote.fragments] == [
        "Bilateral trade will keep growing,", "and new fields of cooperation will open up."]
    assert quote.quoted_text == "Bilateral trade will keep growing, … and new fields of cooperation will open up."
    assert (quote.type, quote.speaker, quote.cue) == ("direct", ZHANG, "said")


def test_quote_split_over_two_sentences_is_one_record():
    text, quotes = extract(INTRO + "“Trade will recover,” Zhang said. “Both sides are working hard.” "
                                   "He added that the visit would take place soon.")
    assert [(q.type, q.speaker, [text[s:e] for s, e in q.fragments] or [q.text]) for q in quotes] == [
        ("direct", ZHANG, ["Trade will recover,", "Both sides are working hard."]),
        ("indirect", ZHANG, ["the visit would take place soon"]),
    ]


UNCUED = [
    pytest.param("Senator Maria Delgado spoke to farmers in Dubuque on Monday.\n\n"
                 "She has pushed for “a complete overhaul of the crop insurance program within a year.”",
                 ("direct", "a complete overhaul of the crop insurance program within a year.", "Maria Delgado"),
                 id="quote-woven-into-a-sentence-about-a-pronoun"),
    pytest.param("Tom Whitaker, the county treasurer, opened the meeting.\n\n"
                 "Whitaker then read from his notes: the budget was short. Whitaker saw “a hole of "
                 "several million dollars that nobody saw coming.”",
                 ("direct", "a hole of several million dollars that nobody saw coming.", "Tom Whitaker"),
                 id="quote-woven-into-a-sentence-about-a-named-person"),
    pytest.param("Mayor Ellen Park said the city would not raise taxes this year. For the agencies, that "
                 "means “every department will have to find its own savings on its own.”",
                 ("direct", "every department will have to find its own savings on its own.", "Ellen Park"),
                 id="later-quote-in-the-paragraph-keeps-its-speaker"),
]


@pytest.mark.parametrize("body, expected", UNCUED)
def test_quotations_without_any_attribution_take_the_sentence_or_paragraph_speaker(body, expected):
    quotes = extract_quotes(Article(id="uncued", text="Budget talks\n\n" + body))
    assert (quotes[-1].type, quotes[-1].text, quotes[-1].speaker) == expected


def test_a_capitalised_word_no_one_is_named_by_is_no_speaker_of_a_woven_quote():
    text = ("Budget talks\n\n"
            "Behind the podium hung a banner reading “A city that works for every single family.”")
    quotes = extract_quotes(Article(id="uncued", text=text))
    assert [(q.text, q.speaker) for q in quotes] == [("A city that works for every single family.", None)]


# Where reported content ends: at the writer's paired-dash aside, at ", while NAME …"
# opening someone else's clause, and not at a conjunction it leaves hanging; two speech
# acts joined by "and" are one report.
CONTENT_BOUNDS = [
    pytest.param("The rivals traded barbs, with Alvarez slamming the “paper promises” of the government "
                 "- a jab at the minister - while Novak praised the new pension law and accused the banks "
                 "of profiteering.",
                 [("mixed", "the “paper promises” of the government", "Alvarez"),
                  ("indirect", "the new pension law and accused the banks of profiteering", "Novak")],
                 id="dash-aside-then-while-another-speaker"),
    pytest.param("Mayor Ann Cole said the bridge would reopen in May, and the council agreed.",
                 [("indirect", "the bridge would reopen in May", "Ann Cole")],
                 id="no-hanging-conjunction"),
]


@pytest.mark.parametrize("body, expected", CONTENT_BOUNDS)
def test_where_reported_content_ends(body, expected):
    assert triples(body) == expected
