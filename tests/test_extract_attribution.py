"""Spec of `quotesearch.extract.attribution`, end to end through `extract_quotes`.

Each case is a short article: a headline line, a blank line, then body
paragraphs. What comes back is a list of quotations in text order:

* direct: the words inside the marks (a comma or period inside them is kept);
* indirect: the reported clause without speaker, cue, "that" or final punctuation;
* mixed: a reported clause holding a quoted fragment: the whole clause.

Speakers are the fullest name the article uses. Every quotation's offsets point
into the article text, and scare quotes or page furniture give no quotation.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article, Quote

HEADLINE = "China and Russia pledge closer trade ties"
# Introduces the ambassador with his full name and role, as an article would.
INTRO = "Zhang Hanhui, the Chinese ambassador to Russia, spoke at a forum in Moscow on Friday.\n\n"
ZHANG = "Zhang Hanhui"
QUOTE_MARKS = "“”\"«»„"


def extract(body: str, article_id: str = "t") -> tuple[str, list[Quote]]:
    text = f"{HEADLINE}\n\n{body}"
    quotes = extract_quotes(Article(id=article_id, text=text))
    check_offsets(text, quotes)
    return text, quotes


def check_offsets(text: str, quotes: list[Quote]) -> None:
    """Offsets are exact; pieces of an interrupted quote lie inside it, in order."""
    for q in quotes:
        assert text[q.start:q.end] == q.text, q
        if q.fragments:
            assert q.fragments[0][0] == q.start and q.fragments[-1][1] == q.end, q
            assert all(a[1] <= b[0] for a, b in zip(q.fragments, q.fragments[1:])), q
        if q.type == "direct":
            for s, e in q.fragments or [(q.start, q.end)]:
                assert text[s - 1] in QUOTE_MARKS, f"direct quote not right after a mark: {q}"
        if q.type == "indirect":
            assert not any(m in q.text for m in QUOTE_MARKS), q
            assert q.text[-1:] not in ".,;:", q
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def triples(body: str) -> list[tuple[str, str, str | None]]:
    _, quotes = extract(body)
    return [(q.type, q.text, q.speaker) for q in quotes]


# ------------------------------------------------------------------ the pattern table

PATTERNS = [
    # direct quotations
    pytest.param(INTRO + "“Bilateral trade will keep growing this year,” Zhang said.",
                 [("direct", "Bilateral trade will keep growing this year,", ZHANG)],
                 id="Q-comma-Zhang-said"),
    pytest.param(INTRO + "“Bilateral trade will keep growing this year,” said Zhang.",
                 [("direct", "Bilateral trade will keep growing this year,", ZHANG)],
                 id="Q-comma-said-Zhang"),
    pytest.param(INTRO + "“We are ready to work with Russia on energy projects,” Zhang said on Saturday.",
                 [("direct", "We are ready to work with Russia on energy projects,", ZHANG)],
                 id="Q-comma-Zhang-said-on-day"),
    pytest.param(INTRO + "Zhang said: “Bilateral trade will keep growing this year.”",
                 [("direct", "Bilateral trade will keep growing this year.", ZHANG)],
                 id="Zhang-said-colon-Q"),
    pytest.param(INTRO + "Zhang told reporters, “Bilateral trade will keep growing this year.”",
                 [("direct", "Bilateral trade will keep growing this year.", ZHANG)],
                 id="Zhang-told-reporters-comma-Q"),
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
    # indirect reports
    pytest.param(INTRO + "Zhang said that bilateral trade would keep growing this year.",
                 [("indirect", "bilateral trade would keep growing this year", ZHANG)],
                 id="Zhang-said-that-C"),
    pytest.param(INTRO + "Zhang said the visit would strengthen cooperation and benefit both peoples.",
                 [("indirect", "the visit would strengthen cooperation and benefit both peoples", ZHANG)],
                 id="Zhang-said-C-without-that"),
    pytest.param(INTRO + "Zhang said on Saturday that the two countries would resume production soon.",
                 [("indirect", "the two countries would resume production soon", ZHANG)],
                 id="Zhang-said-on-day-that-C"),
    pytest.param(INTRO + "Bilateral trade will keep growing this year, Zhang said.",
                 [("indirect", "Bilateral trade will keep growing this year", ZHANG)],
                 id="C-comma-Zhang-said"),
    pytest.param("Bilateral trade will keep growing this year, says China's ambassador to Russia, Zhang Hanhui.",
                 [("indirect", "Bilateral trade will keep growing this year", ZHANG)],
                 id="C-says-apposition-name"),
    pytest.param(INTRO + "Agricultural products have become a new highlight in bilateral trade, Zhang said, "
                         "and collaboration in emerging fields will be promoted.",
                 [("indirect", "Agricultural products have become a new highlight in bilateral trade", ZHANG),
                  ("indirect", "collaboration in emerging fields will be promoted", ZHANG)],
                 id="C1-Zhang-said-and-C2"),
    pytest.param("According to the Russian Export Center, agricultural exports to China rose sharply last year.",
                 [("indirect", "agricultural exports to China rose sharply last year", "Russian Export Center")],
                 id="according-to-X-comma-C"),
    pytest.param("Agricultural exports to China rose sharply last year, according to the Russian Export Center.",
                 [("indirect", "Agricultural exports to China rose sharply last year", "Russian Export Center")],
                 id="C-comma-according-to-X"),
    pytest.param("Li Haidong, a professor at the China Foreign Affairs University, told the Global Times on "
                 "Thursday that the visit would open a new chapter in relations.",
                 [("indirect", "the visit would open a new chapter in relations", "Li Haidong")],
                 id="X-told-the-Global-Times-that-C"),
    pytest.param(INTRO + "Zhang called on the United States to stop working against Chinese companies.",
                 [("indirect", "the United States to stop working against Chinese companies", ZHANG)],
                 id="Zhang-called-on-X-to"),
    pytest.param("Analysts from both countries said the visit would reinforce bilateral ties.",
                 [("indirect", "the visit would reinforce bilateral ties", "analysts from both countries")],
                 id="group-speaker"),
    pytest.param("China's General Administration of Customs says trade in the first half of the year was "
                 "worth $49 billion.",
                 [("indirect", "trade in the first half of the year was worth $49 billion",
                   "China's General Administration of Customs")],
                 id="organization-speaker"),
    # a direct and an indirect quote in one sentence
    pytest.param(INTRO + "“The decline in trade was caused mainly by the fall in commodity prices,” Zhang said, "
                         "adding that trade would rise as production resumes.",
                 [("direct", "The decline in trade was caused mainly by the fall in commodity prices,", ZHANG),
                  ("indirect", "trade would rise as production resumes", ZHANG)],
                 id="Q-Zhang-said-adding-that-C"),
    # mixed
    pytest.param("Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.\n\n"
                 "Xi said relations between the two countries have \"stood the test of time\" and should be "
                 "\"cherished\" by both sides.",
                 [("mixed", "relations between the two countries have \"stood the test of time\" and should be "
                            "\"cherished\" by both sides", "Xi Jinping")],
                 id="mixed-straight-marks"),
    pytest.param("Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.\n\n"
                 "Xi said relations between the two countries have “stood the test of time” and should be "
                 "“cherished” by both sides.",
                 [("mixed", "relations between the two countries have “stood the test of time” and should be "
                            "“cherished” by both sides", "Xi Jinping")],
                 id="mixed-curly-marks"),
    # pronouns
    pytest.param(INTRO + "Bilateral trade will recover in the second half of the year, Zhang said.\n\n"
                         "He noted that agricultural exports had become a new highlight of the relationship.",
                 [("indirect", "Bilateral trade will recover in the second half of the year", ZHANG),
                  ("indirect", "agricultural exports had become a new highlight of the relationship", ZHANG)],
                 id="He-noted-that-C-is-the-previous-speaker"),
    # nothing to extract
    pytest.param(INTRO + "The two leaders signed a “no limits” partnership at the summit in Beijing.\n\n"
                         "The so-called “golden era” of ties began a decade ago.",
                 [], id="unattributed-scare-quotes"),
    pytest.param(INTRO + "The visit is expected to take place in the autumn.",
                 [], id="is-expected-to-is-no-report"),
    pytest.param(INTRO + "Zhang has long maintained close ties with Russian officials.",
                 [], id="maintained-ties-is-no-report"),
    pytest.param(INTRO + "Bilateral trade will keep growing this year, Zhang said.\n\n"
                         "Related News\n\n"
                         "Trade with Russia will recover later this year, says Chinese envoy Zhang Hanhui\n\n"
                         "Share on Twitter: “Trade will keep growing,” says Chinese envoy Zhang Hanhui",
                 [("indirect", "Bilateral trade will keep growing this year", ZHANG)],
                 id="page-furniture-gives-no-quote"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


HARDER_PATTERNS = [
    pytest.param(INTRO + "Trade with Russia will recover later this year, added the ambassador.",
                 [("indirect", "Trade with Russia will recover later this year", ZHANG)],
                 id="C-comma-added-the-ambassador"),
    pytest.param(INTRO + "“The potential visit will strengthen cooperation in many fields.\n\n"
                         "“It will also benefit both peoples,” Zhang said.",
                 [("direct", "The potential visit will strengthen cooperation in many fields.", ZHANG),
                  ("direct", "It will also benefit both peoples,", ZHANG)],
                 id="multi-paragraph-quote-attributed-at-its-end"),
    pytest.param(INTRO + "Zhang said: “The potential visit will strengthen cooperation in many fields.\n\n"
                         "“It will also benefit both peoples.”",
                 [("direct", "The potential visit will strengthen cooperation in many fields.", ZHANG),
                  ("direct", "It will also benefit both peoples.", ZHANG)],
                 id="multi-paragraph-quote-opened-after-colon"),
    pytest.param(INTRO + "“The potential visit will strengthen cooperation,” Zhang said. “It will also benefit "
                         "both peoples.\n\n“Trade will recover as production resumes.”",
                 [("direct", "The potential visit will strengthen cooperation,” Zhang said. “It will also "
                             "benefit both peoples.", ZHANG),
                  ("direct", "Trade will recover as production resumes.", ZHANG)],
                 id="multi-paragraph-quote-opened-mid-paragraph"),
    pytest.param("Senator Rita Vance spoke first.\n\n“Who pays for all of this?” Governor Paul Ortiz asked.",
                 [("direct", "Who pays for all of this?", "Paul Ortiz")],
                 id="quoted-question-then-capitalised-speaker"),
    pytest.param("Senator Rita Vance spoke first.\n\n“We will never give up this fight!” Ortiz said. "
                 "The crowd cheered.",
                 [("direct", "We will never give up this fight!", "Ortiz")],
                 id="quoted-exclamation-then-capitalised-speaker"),
]


@pytest.mark.parametrize("body, expected", HARDER_PATTERNS)
def test_harder_attribution_patterns(body, expected):
    assert triples(body) == expected


# ------------------------------------------------------------------ fields beyond the triple

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


CUE_VIA_ROLE = [
    pytest.param(INTRO + "“Bilateral trade will keep growing this year,” Zhang said.",
                 ("said", None, "Chinese ambassador to Russia"), id="role-from-the-intro"),
    pytest.param("Bilateral trade will keep growing this year, says China's ambassador to Russia, Zhang Hanhui.",
                 ("says", None, "China's ambassador to Russia"), id="role-from-the-attribution"),
    pytest.param("Li Haidong, a professor at the China Foreign Affairs University, told the Global Times on "
                 "Thursday that the visit would open a new chapter in relations.",
                 ("told", "Global Times", "professor at the China Foreign Affairs University"),
                 id="told-the-Global-Times-is-via"),
    pytest.param(INTRO + "Zhang said in an interview with Xinhua that the visit would strengthen cooperation.",
                 ("said", "Xinhua", "Chinese ambassador to Russia"), id="interview-with-Xinhua-is-via"),
    pytest.param("Russian President Vladimir Putin arrived in Beijing on Thursday.\n\n"
                 "Putin told TASS that relations between Russia and China were not opportunistic.",
                 ("told", "TASS", "Russian President"), id="told-TASS-that"),
    pytest.param("Russian President Vladimir Putin arrived in Beijing on Thursday.\n\n"
                 "“Relations between Russia and China are at their best,” Putin told Xinhua on Wednesday.",
                 ("told", "Xinhua", "Russian President"), id="Q-Putin-told-Xinhua-on-day"),
    pytest.param("Russian President Vladimir Putin arrived in Beijing on Thursday.\n\n"
                 "“Relations between Russia and China are not opportunistic,” Putin told TASS.",
                 ("told", "TASS", "Russian President"),
                 id="Q-Putin-told-TASS-at-sentence-end"),
    pytest.param(INTRO + "Zhang called on the United States to stop working against Chinese companies.",
                 ("called on", None, "Chinese ambassador to Russia"), id="called-on-cue"),
    pytest.param("According to the Russian Export Center, agricultural exports to China rose sharply last year.",
                 ("According to", None, None), id="according-to-cue-organization-has-no-role"),
]


@pytest.mark.parametrize("body, expected", CUE_VIA_ROLE)
def test_cue_via_and_role(body, expected):
    _, quotes = extract(body)
    assert len(quotes) == 1
    (quote,) = quotes
    assert (quote.cue, quote.via, quote.role) == expected


def test_speaker_kinds():
    _, quotes = extract("Analysts from both countries said the visit would reinforce bilateral ties.\n\n"
                        "China's General Administration of Customs says trade in the first half of the year "
                        "was worth $49 billion.\n\n"
                        "Zhang Hanhui, the Chinese ambassador to Russia, said trade would recover this year.")
    assert [q.speaker_kind for q in quotes] == ["group", "organization", "person"]


def test_quote_carries_its_paragraph():
    body = INTRO + "Bilateral trade will keep growing this year, Zhang said."
    _, (quote,) = extract(body)
    assert quote.paragraph == "Bilateral trade will keep growing this year, Zhang said."


def test_headline_is_not_read_for_quotes():
    text = "‘Trade will keep growing,’ says Chinese envoy\n\nThe forum in Moscow drew hundreds of guests."
    assert extract_quotes(Article(id="h", text=text)) == []


def test_run_on_text_without_sentence_ends_is_read_in_bounded_pieces():
    # hostile input: one 36,000-character "sentence" of attributions; every quote found
    # must still point exactly into the text
    body = "Trade will grow, said Zhang" + ", said Zhang" * 3000 + "."
    article = Article(id="run-on", text="Run-on text\n\n" + body)
    quotes = extract_quotes(article)
    assert quotes
    assert all(article.text[q.start:q.end] == q.text for q in quotes)


RELAYED = [
    pytest.param("Russian Foreign Minister Sergei Lavrov said on Sunday that Moscow values its "
                 "partnership with Beijing, TASS reported.",
                 ("indirect", "Moscow values its partnership with Beijing", "Sergei Lavrov", "TASS"),
                 id="C-comma-TASS-reported"),
    pytest.param("“Our relations are at their highest level in history,” Sergei Lavrov said, "
                 "according to TASS.",
                 ("direct", "Our relations are at their highest level in history,", "Sergei Lavrov", "TASS"),
                 id="Q-said-according-to-TASS"),
]


@pytest.mark.parametrize("body, expected", RELAYED)
def test_outlet_relaying_a_statement_is_its_via_not_its_speaker(body, expected):
    article = Article(id="relay", text="Lavrov praises ties\n\n" + body)
    quotes = extract_quotes(article)
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == [expected]


def test_interview_named_before_the_speaker_is_the_via_and_an_aside_is_not_a_speaker():
    text = ("Merz attacks budget\n\n"
            "In an interview with ZDF, Friedrich Merz said the plans were built on sand.\n\n"
            "“It's a gamble,” said one senior official, who asked not to be named.")
    quotes = extract_quotes(Article(id="aside", text=text))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == [
        ("indirect", "the plans were built on sand", "Friedrich Merz", "ZDF"),
        ("direct", "It's a gamble,", "one senior official", None),
    ]


INTRODUCED = [
    pytest.param("Hours later, Trump returned the compliment, telling Reuters, “Sheldon and I have been "
                 "friends for a long time.”",
                 ("direct", "Sheldon and I have been friends for a long time.", "Trump", "telling"),
                 id="participle-after-an-opening-time-phrase"),
    pytest.param("During their first debate, Hillary Clinton cracked, “I'm a progressive who likes to get "
                 "things done.”",
                 ("direct", "I'm a progressive who likes to get things done.", "Hillary Clinton", "cracked"),
                 id="verb-outside-the-cue-list-then-comma"),
    pytest.param("As Akhil Amar, a professor of constitutional law at Yale, put it, “A compromise "
                 "candidate today may be far better.”",
                 ("direct", "A compromise candidate today may be far better.", "Akhil Amar", "put it"),
                 id="as-X-put-it"),
    pytest.param("Trump also embraced harsher methods -- “I think the rules are far too weak.”",
                 ("direct", "I think the rules are far too weak.", "Trump", "--"),
                 id="dash-introduced-quote"),
]


@pytest.mark.parametrize("body, expected", INTRODUCED)
def test_quotations_introduced_without_a_listed_cue_before_them(body, expected):
    quotes = extract_quotes(Article(id="intro", text="Candidates spar\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.cue) for q in quotes] == [expected]


PARTICIPLE_AFTER_COMMA = [
    pytest.param("Campaign spokesman Leo Marsh responded on Twitter, calling the charge “pathetic and dangerous.”",
                 "Leo Marsh", id="not-the-medium-before-the-comma"),
    pytest.param("Dana Whitfield endorsed the governor at Oak Hall, his private club, saying that he "
                 "“cares deeply about this state.”",
                 "Dana Whitfield", id="not-the-place-and-its-apposition-before-the-comma"),


    pytest.param("Walsh’s campaign brushed off the remarks, telling reporters, “Nobody on our team has "
                 "ever asked for his support.”",
                 "Walsh’s campaign", id="possessive-subject-of-the-clause"),
]

CLAUSE_SUBJECT_BEFORE_COLON = [
    pytest.param("The timing was so odd that a spokeswoman for the mayor could only quip: “I guess the "
                 "holiday was booked.”",
                 "a spokeswoman for the mayor", id="subject-after-that"),
    pytest.param("Late on Tuesday night, her campaign sent out a text message to supporters: “We were just "
                 "declared the winner in Ohio!”",
                 "her campaign", id="subject-after-an-opening-phrase"),
    pytest.param("A note in the report makes the limits clear: “These figures do not apply to senior staff.”",
                 "a note in the report", id="document-subject"),
]


@pytest.mark.parametrize("body, speaker", CLAUSE_SUBJECT_BEFORE_COLON)
def test_the_subject_of_the_clause_before_a_colon_speaks_the_quotation(body, speaker):
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]


def test_a_passive_clause_before_a_colon_names_no_speaker():
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\nIn the interview the governor was "
                                                    "asked: “Which of the two candidates would you pick today?”"))
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("body, speaker", PARTICIPLE_AFTER_COMMA)
def test_a_participle_after_a_comma_reports_for_the_subject_of_its_clause(body, speaker):
    quotes = extract_quotes(Article(id="part", text="Campaign trail\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]


def test_questions_put_to_someone_are_reported_with_the_asker_unknown():
    text = ("Rubio hedges\n\n"
            "Asked whether he would support the nominee, Marco Rubio said he would wait.")
    quotes = extract_quotes(Article(id="asked", text=text))
    assert [(q.type, q.text, q.speaker) for q in quotes] == [
        ("indirect", "whether he would support the nominee", None),
        ("indirect", "he would wait", "Marco Rubio"),
    ]


def test_the_answer_after_a_question_opening_is_the_subjects_not_the_askers():
    text = ("Rubio hedges\n\n"
            "When asked whom she backed, Ms. Ortega smiled and said, “I am still waiting for a candidate.”")
    quotes = extract_quotes(Article(id="asked", text=text))
    assert [(q.type, q.speaker) for q in quotes] == [("indirect", None), ("direct", "Ortega")]


def test_an_infinitive_after_and_is_not_a_second_report():
    text = ("Rally heckler\n\n"
            "Donald Trump asked the woman to raise her voice and say the word louder.")
    quotes = extract_quotes(Article(id="inf", text=text))
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("the woman to raise her voice and say the word louder", "Donald Trump", "asked"),
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


RECIPIENT_THEN_CLAUSE = [
    ("Mara Quill told the Daily Ledger she has already hired two lawyers.",
     [("indirect", "she has already hired two lawyers", "Mara Quill")]),
    ("Quill told The Evening Courier the county was out of money.",
     [("indirect", "the county was out of money", "Quill")]),
    ("Last Tuesday, Mara Quill told an Ohio audience that the plant is closing in June.",
     [("indirect", "the plant is closing in June", "Mara Quill")]),
    ("Mara Quill told a crowd in Dayton the vote was rigged.",
     [("indirect", "the vote was rigged", "Mara Quill")]),
    ("Mara Quill tells audiences she will close the plant.",
     [("indirect", "she will close the plant", "Mara Quill")]),
    ("Mara Quill told local donors that the plant would stay open.",
     [("indirect", "the plant would stay open", "Mara Quill")]),
    # an audience with no report after it
    ("Mara Quill told cheering supporters in Dayton on Monday.", []),
]


@pytest.mark.parametrize("body, expected", RECIPIENT_THEN_CLAUSE)
def test_told_an_audience_then_a_clause_without_that(body, expected):
    quotes = extract_quotes(Article(id="told", text="County news\n\nThe county met.\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


INTRODUCTORY_ADVERBIAL = [
    ("Speaking on a radio show last week, Mara Quill said her band had finished a new album.",
     [("indirect", "her band had finished a new album", "Mara Quill")]),
    ("Friday morning, as the parade went by, the Ledger reported at least six planes circled overhead.",
     []),
    ("At a rally in Dayton on Monday, Quill said, “We are not done yet, not by a long way.”",
     [("direct", "We are not done yet, not by a long way.", "Quill")]),
    ("Though she has rarely spoken on trade, Mara Quill promised that tariffs would fall.",
     [("indirect", "tariffs would fall", "Mara Quill")]),
    ("At a forum last July, Mara Quill said:", []),
    # the report comes first and the cue closes the sentence: the opening words are content
    ("In Dayton, the plant will close in June, Mara Quill said.",
     [("indirect", "In Dayton, the plant will close in June", "Mara Quill")]),
    # an interrupted report goes on after the cue
    ("Raising taxes too soon, most economists say, slowed the recovery for years.",
     [("indirect", "Raising taxes too soon, most economists say, slowed the recovery for years",
       "most economists")]),
]


@pytest.mark.parametrize("body, expected", INTRODUCTORY_ADVERBIAL)
def test_an_opening_adverbial_is_no_report_when_the_sentence_goes_on(body, expected):
    quotes = extract_quotes(Article(id="adv", text="County news\n\nThe county met.\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


FURTHER_ATTRIBUTIONS = [
    # an interrupted report is one quotation whose span covers the interruption
    ("Mara Quill chairs the board.\n\nThe budget, Quill says, is balanced for once.",
     [("indirect", "The budget, Quill says, is balanced for once", "Mara Quill")]),
    ("Mara Quill chairs the board. The county must cut costs - every office, she said, will lose staff.",
     [("indirect", "every office, she said, will lose staff", "Mara Quill")]),
    # how or when it was said is no report
    ("“We won the county tonight,” Mara Quill said as she left the stage.",
     [("direct", "We won the county tonight,", "Mara Quill")]),
    ("“We won the county tonight,” Quill said calmly when a reporter asked.",
     [("direct", "We won the county tonight,", "Quill")]),
    # a conditional clause before the main clause of the report
    ("Mara Quill said, if elected, she would close the plant.",
     [("indirect", "if elected, she would close the plant", "Mara Quill")]),
    ("Mara Quill said that when the vote comes, she will oppose the bill.",
     [("indirect", "when the vote comes, she will oppose the bill", "Mara Quill")]),
    # an aside that ends in a quotation mark
    ("Quill, who calls the plan a “disaster,” said she will vote against it.",
     [("indirect", "she will vote against it", "Quill")]),
    # shares of those polled
    ("Just 28 percent of voters said they trusted the council.",
     [("indirect", "they trusted the council", "Just 28 percent of voters")]),
    ("Some 40 percent of residents polled said the roads had got worse.",
     [("indirect", "the roads had got worse", "some 40 percent of residents polled")]),
    ("By a wide margin, those surveyed say the city should build more housing.",
     [("indirect", "the city should build more housing", "those surveyed")]),
]


@pytest.mark.parametrize("body, expected", FURTHER_ATTRIBUTIONS)
def test_interruptions_adjuncts_conditionals_and_shares(body, expected):
    quotes = extract_quotes(Article(id="more", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


ACCORDING_TO_SOURCES = [
    ("Of 40 names put forward by Mr. Quill, the board took just two, according to Mr. Quill's office.",
     [("indirect", "Of 40 names put forward by Mr. Quill, the board took just two", "mr. Quill's office")]),
    ("Road deaths fell by a third in 2019, according to the Highway Patrol's data.",
     [("indirect", "Road deaths fell by a third in 2019", "the Highway Patrol's data")]),
    ("Road deaths fell by a third in 2019, according to DOT data.",
     [("indirect", "Road deaths fell by a third in 2019", "DOT data")]),
    ("Road deaths fell by a third in 2019, according to official figures.", []),
    ("Quill leads the race with 31%, according to a Dayton Herald/WHIO poll released Sunday.",
     [("indirect", "Quill leads the race with 31%", "a Dayton Herald / WHIO poll released Sunday")]),
    ("According to early results of exit polls conducted for the networks by a research firm, most voters "
     "were angry.",
     [("indirect", "most voters were angry",
       "early results of exit polls conducted for the networks by a research firm")]),
    ("The plan was rushed, according to council members who worked on it.",
     [("indirect", "The plan was rushed", "council members")]),
    ("In addition, according to the county, nearly 900 more homes will be connected.",
     [("indirect", "nearly 900 more homes will be connected", "the county")]),
    ("Exports rose sharply last year, according to Anna Berg, an analyst at the center.",
     [("indirect", "Exports rose sharply last year", "Anna Berg")]),
]


@pytest.mark.parametrize("body, expected", ACCORDING_TO_SOURCES)
def test_according_to_names_records_polls_and_people(body, expected):
    quotes = extract_quotes(Article(id="acc", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SPEAKER_INSIDE_A_RELATIVE_CLAUSE = [
    ("The talks collapsed, showing what most observers said was a lack of trust on both sides.",
     [("indirect", "was a lack of trust on both sides", "most observers")]),
    ("She got less credit than her aides say she deserves for the new budget.",
     [("indirect", "she deserves for the new budget", "her aides")]),
    ("It was a speech which even critics say was the best of the campaign.",
     [("indirect", "was the best of the campaign", "critics")]),
    ("The mayor faces a city in which 60 percent of residents say taxes are too high.",
     [("indirect", "taxes are too high", "60 percent of residents")]),
    ("Ms. Quill has gained ground, with 35 percent of voters saying they would back her.",
     [("indirect", "they would back her", "35 percent of voters")]),
    # an object in the relative clause is no speaker; "with" a body is no share
    ("The plan is what the mayor called a giveaway to developers.", []),
    ("They started a petition with a civic group on Monday asking Quill to drop the plan.", []),
]


@pytest.mark.parametrize("body, expected", SPEAKER_INSIDE_A_RELATIVE_CLAUSE)
def test_speakers_inside_relative_clauses_and_absolute_phrases(body, expected):
    quotes = extract_quotes(Article(id="rel", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


PROMISES = [
    ("Mara Quill pledged to keep the library open on weekends.",
     [("indirect", "to keep the library open on weekends", "Mara Quill")]),
    ("Quill promised Monday to repave every road in the county.",
     [("indirect", "to repave every road in the county", "Quill")]),
    ("The mayor vowed again to veto any new tax.", [("indirect", "to veto any new tax", "the mayor")]),
    ("Quill has promised that taxes will fall.", [("indirect", "taxes will fall", "Quill")]),
    # a promise with an object is no report
    ("Quill promised a new library.", []),
]


@pytest.mark.parametrize("body, expected", PROMISES)
def test_promises_report_their_infinitive(body, expected):
    quotes = extract_quotes(Article(id="vow", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


QUOTED_WORDS_BEFORE_AN_INVERTED_CUE = [
    ("The plan is “not a serious proposal,” said Mr. Quill.",
     [("mixed", "The plan is “not a serious proposal,”", "Quill")]),
    ("The plan is ''not a serious proposal,'' said Mr. Quill.",
     [("mixed", "The plan is ''not a serious proposal,''", "Quill")]),
    ("This is a “hard year,” said the spokesman Tom Whitaker, a longtime ally of the mayor.",
     [("mixed", "This is a “hard year,”", "Tom Whitaker")]),
]


@pytest.mark.parametrize("body, expected", QUOTED_WORDS_BEFORE_AN_INVERTED_CUE)
def test_a_quoted_fragment_then_said_and_the_speaker(body, expected):
    quotes = extract_quotes(Article(id="inv", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


def labelled(text: str) -> list[tuple[str, str, str | None]]:
    quotes = extract_quotes(Article(id="label", text=text))
    return [(q.type, q.text, q.speaker) for q in quotes]


def test_a_transcript_turn_is_its_speakers():
    text = ("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
            "BERG: So the budget is short again this year, is it not?\n\n"
            "QUILL: It is short, and every department will feel it.")
    assert labelled(text) == [
        ("indirect", "So the budget is short again this year, is it not?", "Ann Berg"),
        ("indirect", "It is short, and every department will feel it", "Tom Quill"),
    ]


def test_a_headline_claim_after_a_name_and_colon():
    text = ("Quill: Budget Cuts ‘Will Hurt Every Department’ This Year\n\n"
            "Mayor Tom Quill warned council members on Monday about the budget.")
    assert labelled(text)[:1] == [
        ("mixed", "Budget Cuts ‘Will Hurt Every Department’ This Year", "Tom Quill")]


@pytest.mark.parametrize("line", [
    "Note: This story was updated with new figures from the county.",
    "Bombshell: The plan would cost the county a billion dollars.",
    "Big Win For Quill: County Board Backs The Library Plan Today.",
    "Quill: Win in a walk.",
])
def test_labels_that_name_nobody_or_too_little_give_no_quote(line):
    text = f"County news\n\nThe county board met on Monday.\n\n{line}"
    assert labelled(text) == []


UNNAMED_ASKER = [
    ("Mara Quill was asked what had happened to the library fund.",
     [("indirect", "what had happened to the library fund", None)]),
    ("At the forum, the treasurer was asked whether the county could pay its bills.",
     [("indirect", "whether the county could pay its bills", None)]),
    # "asked to" is a request put to the subject, not a question reported
    ("Mara Quill was asked to leave the meeting early.", []),
]


@pytest.mark.parametrize("body, expected", UNNAMED_ASKER)
def test_a_question_put_by_an_unnamed_asker(body, expected):
    quotes = extract_quotes(Article(id="ask", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SUBJECTS_WITH_ASIDES_AND_ADVERBS = [
    ("Tom Whitaker, who chairs the finance committee, also noted that the fund is empty.",
     [("indirect", "the fund is empty", "Tom Whitaker")]),
    ("Ann Berg, the county treasurer, has repeatedly warned that the fund is empty.",
     [("indirect", "the fund is empty", "Ann Berg")]),
    ("Supporters of the levy, on the other hand, argued that the schools need the money.",
     [("indirect", "the schools need the money", "supporters of the levy")]),
    ("Local officials, however, said they expected the road to reopen by June.",
     [("indirect", "they expected the road to reopen by June", "Local officials")]),
    ("Her campaign workers here said they had knocked on every door in the ward.",
     [("indirect", "they had knocked on every door in the ward", "her campaign workers")]),
    ("(Ann Berg says the fund will be empty by the end of the year.)",
     [("indirect", "the fund will be empty by the end of the year", "Ann Berg")]),
]


@pytest.mark.parametrize("body, expected", SUBJECTS_WITH_ASIDES_AND_ADVERBS)
def test_subjects_behind_asides_adverbs_and_brackets(body, expected):
    quotes = extract_quotes(Article(id="subj", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


TWO_WORD_REPORTS = [
    ("Ann Berg said she would.", [("indirect", "she would", "Ann Berg")]),
    ("Tom Whitaker praised her effort.", [("indirect", "her effort", "Tom Whitaker")]),
    # time words after the cue are no report
    ("“The fund is empty and nobody will fill it,” Ann Berg said last week.",
     [("direct", "The fund is empty and nobody will fill it,", "Ann Berg")]),
    ("“The fund is empty and nobody will fill it,” Ann Berg said, and then left.",
     [("direct", "The fund is empty and nobody will fill it,", "Ann Berg")]),
]


@pytest.mark.parametrize("body, expected", TWO_WORD_REPORTS)
def test_two_word_reports(body, expected):
    quotes = extract_quotes(Article(id="two", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected
