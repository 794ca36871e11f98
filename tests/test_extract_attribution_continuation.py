"""Continuation (`attribution.continuation`): quotations interrupted by their
attribution, quotations over several paragraphs, and quotations with no cue that
take the speaker of the sentence, the paragraph or the quote they continue."""
from __future__ import annotations

import re

import pytest

from attribution_cases import INTRO, ZHANG, extract, triples
from quotesearch.extract import extract_quotes
from quotesearch.extract.attribution.continuation import _CAPITALISED_RUN
from quotesearch.records import Article


PATTERNS = [
    pytest.param(INTRO + "“Bilateral trade will keep growing,” Zhang said, “and new fields of cooperation "
                         "will open up.”",
                 [("direct", "Bilateral trade will keep growing,” Zhang said, “and new fields of cooperation "
                             "will open up.", ZHANG)],
                 id="interrupted-Q1-Zhang-said-Q2"),
    # the same, its cue inverted before a description of the speaker
    pytest.param("“I have known the mayor for many years,” added another city councillor, “and she is a fighter.”",
                 [("direct", "I have known the mayor for many years,” added another city councillor, “and she is a "
                             "fighter.", "another city councillor")],
                 id="interrupted-Q1-added-another-councillor-Q2"),
    # the same, its pronoun's cue "went on" closing the first piece's sentence
    pytest.param("Ann Lee sat by the bed. “I am shocked,” she went on. “I cannot say how I feel.”",
                 [("direct", "I am shocked,” she went on. “I cannot say how I feel.", "Ann Lee")],
                 id="interrupted-Q1-she-went-on-Q2"),
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


# A quotation that closes on a cue of its own is a second statement, not the rest of
# the one before it; a quotation whose only cue is the interruption's, or the colon's
# before it all, goes on with the first.
# A report goes on over the next sentence when that points back to it ("This …"); a
# sentence opening on "It" or on "Those who …" is as likely the writer's.
# The words of one report before its quotation and the quotation are one mixed report
PARTIAL_QUOTATIONS = [
    pytest.param("The U.S. relationship with Canada “transcends any particular president or government on both sides "
                 "of the border,” deputy spokesperson Vedant Patel said Thursday.",
                 [("mixed", "The U.S. relationship with Canada “transcends any particular president or government on "
                            "both sides of the border,”", "Vedant Patel")], id="subject-then-quoted-predicate"),
    pytest.param("Vivek Rao spoke next.\n\nHe described Haley, the only woman on the stage, as “Dick Cheney in "
                 "three-inch heels.”",
                 [("mixed", "Haley, the only woman on the stage, as “Dick Cheney in three-inch heels.”", "Vivek Rao")],
                 id="described-as-a-quotation"),
    # (a quotation after the report's sentence ended is its own)
    pytest.param("Dan Fisk said the port would grow. “We are ready,” he said.",
                 [("indirect", "the port would grow", "Dan Fisk"), ("direct", "We are ready,", "Dan Fisk")],
                 id="a-new-sentence-is-no-partial-quotation"),
]


@pytest.mark.parametrize("body, expected", PARTIAL_QUOTATIONS)
def test_a_partial_quotation_and_the_words_before_it_are_one_mixed_report(body, expected):
    assert triples(body) == expected


# An object cue's report and the participle saying what of it are one report, as the gold
# annotates them ("hailed relations …, saying they were …"); the object alone ("the
# party's actions") is a referent no one said. A clause after "said" stays its own.
OBJECT_THEN_ITS_GLOSS = [
    pytest.param("Dominic Raab defended the party's actions, saying the Twitter account was clearly linked to the "
                 "Conservatives.",
                 [("indirect", "the party's actions, saying the Twitter account was clearly linked to the Conservatives",
                   "Dominic Raab")], id="defended-saying"),
    pytest.param("Mayor Dan Fisk hailed relations between the two towns, saying they were at an “unprecedented "
                 "level.”",
                 [("mixed", "relations between the two towns, saying they were at an “unprecedented level.”", "Dan Fisk")],
                 id="hailed-saying-a-quotation"),
    pytest.param("Mayor Dan Fisk said the bridge would close, adding that repairs would take a year.",
                 [("indirect", "the bridge would close", "Dan Fisk"), ("indirect", "repairs would take a year", "Dan Fisk")],
                 id="said-adding-stays-two"),
]


@pytest.mark.parametrize("body, expected", OBJECT_THEN_ITS_GLOSS)
def test_an_object_and_the_participle_glossing_it_are_one_report(body, expected):
    assert triples(body) == expected


REPORTS_GOING_ON = [
    pytest.param("Mayor Dan Fisk said the pier would reopen in May. This shows the resolve of the whole town.",
                 [("indirect", "the pier would reopen in May. This shows the resolve of the whole town", "Dan Fisk")],
                 id="this-points-back"),
    pytest.param("The organizers said they do not know how many captains will take part. Those who have enrolled to "
                 "date all sail with the northern fleet.",
                 [("indirect", "they do not know how many captains will take part", "the organizers")],
                 id="those-who-is-the-writers"),
    pytest.param("Mayor Dan Fisk said the pier would reopen in May. It was not clear how the work would be paid for.",
                 [("indirect", "the pier would reopen in May", "Dan Fisk")], id="it-was-not-clear-is-the-writers"),
    # after a body's report, "It" is the body again, in the writer's words
    pytest.param("The Harbor Club says its polls show support for reopening the pier. It is sharing the data with "
                 "the council.",
                 [("indirect", "its polls show support for reopening the pier", "Harbor Club")], id="it-is-the-body"),
    pytest.param("Mayor Dan Fisk said the pier plan would fail. It has no money behind it.",
                 [("indirect", "the pier plan would fail. It has no money behind it", "Dan Fisk")],
                 id="it-after-a-persons-report-points-back"),
    # a share of those polled: the writer reads the poll in the next sentence
    pytest.param("Some 64 percent of voters say the port should stay open. That is a 10-point increase from May.",
                 [("indirect", "the port should stay open", "some 64 percent of voters")], id="a-share-polled"),
    pytest.param("Nearly a third say they do not know. That is more than on any other question.",
                 [("indirect", "they do not know", "Nearly a third")], id="a-fraction-polled"),
    # "Both sides" opening the next sentence is the writer's account of both, not a word back
    pytest.param("Mayor Dan Fisk has said he has plenty of time to fill the post. Both sides have spent the week "
                 "lobbing attacks at one another.",
                 [("indirect", "he has plenty of time to fill the post", "Dan Fisk")], id="both-sides-is-the-writers"),
    # "That’s when …" takes the writer's story on from the report
    pytest.param("Mayor Dan Fisk said he was victimized by the same man a week before the fire. That’s when someone "
                 "hacked into his email accounts.",
                 [("indirect", "he was victimized by the same man a week before the fire", "Dan Fisk")],
                 id="thats-when-is-the-writers"),
    # a belief is no speech that goes on: the next sentence is the writer's
    pytest.param("Roger Ver believes Savaged is the same person who called the police on the Finneys. This would "
                 "explain the timing of the raid.",
                 [("indirect", "Savaged is the same person who called the police on the Finneys", "Roger Ver")],
                 id="a-belief-does-not-go-on"),
]


@pytest.mark.parametrize("body, expected", REPORTS_GOING_ON)
def test_a_report_goes_on_only_over_a_sentence_pointing_back(body, expected):
    assert triples(body) == expected


SECOND_STATEMENTS = [
    pytest.param("“We each see it our own way,” Ben Ortiz, 61, told a neighbor walking past. "
                 "“We are like old shipmates,” he explained with a grin.",
                 [["We each see it our own way,"], ["We are like old shipmates,"]], id="a-cue-after-the-second"),
    pytest.param("“Thanks for welcoming these families,” said Asab Tabchi, an engineer who moved here "
                 "decades ago. “No thanks to the governor,” he added.",
                 [["Thanks for welcoming these families,"], ["No thanks to the governor,"]], id="he-added"),
    pytest.param("“Some people feel it will come at once,” Ann Lee said. “If he gets in, things will explode,” "
                 "she said.", [["Some people feel it will come at once,"], ["If he gets in, things will explode,"]],
                 id="the-same-cue-word-after-the-second"),
    pytest.param("Reed fired back: “As keepers of the harbour,” he wrote, “we can tell you are cheering for her.”",
                 [["As keepers of the harbour,", "we can tell you are cheering for her."]], id="colon-then-interrupted"),
    # a sentence of the writer's after the attribution introduces the next quotation
    pytest.param("Is the flood over? “I hope so,” Ann Lee said. Then she added warily: “There is always "
                 "something.”", [["I hope so,"], ["There is always something."]], id="then-she-added-warily"),
    pytest.param("Ann Lee said, “I own the mistake.” She followed that by saying, “Sailing was never my "
                 "strength.”", [["I own the mistake."], ["Sailing was never my strength."]],
                 id="a-closed-sentence-then-an-introduction"),
]


@pytest.mark.parametrize("body, pieces", SECOND_STATEMENTS)
def test_a_quotation_with_its_own_closing_cue_is_a_second_statement(body, pieces):
    text, quotes = extract(body)
    assert [[text[s:e] for s, e in q.fragments] or [q.text] for q in quotes] == pieces


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
    # "X agreed." reports nothing, but turns the paragraph to X: the quotation after it is X's
    pytest.param("“The others have failed to do what is necessary,” said Carl Robson, editor of a website.\n\n"
                 "Kellard State University’s Nora Vance agreed. “The harbour board is running short of time.”",
                 ("direct", "The harbour board is running short of time.", "Nora Vance"),
                 id="someone-agreed-then-a-quotation"),
    # a quotation opening a sentence after one of the writer's about a named person is
    # theirs, not the paragraph's last speaker's (an apposition or a party tag between)
    pytest.param("Gov. Ann Reyes praised the ferry deal. On the other side, Sen. Tom Hale (R-Tex.), a "
                 "candidate for president, tweeted a warning. “Remember in November the senators who "
                 "filibustered for thirty hours.”",
                 ("direct", "Remember in November the senators who filibustered for thirty hours.", "Tom Hale"),
                 id="a-named-subject-in-the-sentence-before"),
    pytest.param("“It comes in one side and leaves by the other,” Tom Reed said, pointing to his ears. Nora Reed "
                 "shook her head. “Tom is much calmer about it than I am.”",
                 ("direct", "Tom is much calmer about it than I am.", "Nora Reed"),
                 id="after-another-persons-quotation"),
    # but not when that sentence reports someone else's words, and initials end no sentence
    pytest.param("Joseph Hunter, a blogger in Chicago, will not vote for Ann Reyes. Also, Reyes isn't a "
                 "conservative, he said. “She is a liberal through and through!”",
                 ("direct", "She is a liberal through and through!", "Joseph Hunter"),
                 id="the-sentence-before-reports-another"),
    pytest.param("Nora Vance read the request. “Ask the pilot,” Ms. Vance answered, referring to Thomas K. "
                 "Reed, a Harbour Board official. “I am sure he knows him. I will talk to him.”",
                 ("direct", "Ask the pilot,” Ms. Vance answered, referring to Thomas K. Reed, a Harbour Board "
                  "official. “I am sure he knows him. I will talk to him.", "Nora Vance"),
                 id="an-initial-ends-no-sentence"),
    # nor past another person whose verb comes between: the quotation is not the earlier speaker's
    pytest.param("Senator Ben Ward spoke in Ames.\n\nHarbour Nurses United has reported putting over $2 "
                 "million into radio spots backing Ward. The rally ended as Ward hugged its members, giving the union "
                 "“one of the best thank-yous of my whole campaign, and I mean it.”",
                 ("direct", "one of the best thank-yous of my whole campaign, and I mean it.", None),
                 id="another-person-s-verb-between"),
    # a name and its apposition right after the quotation, the verb left out: theirs
    pytest.param("Stacy Elvy, a law professor, said the plans were unfair.\n\nNot everyone agrees. “I still hold the "
                 "view that the plans help consumers,” Tom Lenard, senior fellow at the Policy Institute, a think tank. "
                 "“These plans give consumers a choice.”",
                 ("direct", "These plans give consumers a choice.", "Tom Lenard"), id="a-name-after-the-close-no-verb"),
    # (a person only spoken of between them is no new speaker)
    pytest.param("“We thought only the senator was careless,” said Hiro Aida, a journalist. Ben Ward “sort of "
                 "slipped up. That is not a topic he ought to raise in public.”",
                 ("direct", "sort of slipped up. That is not a topic he ought to raise in public.", "Hiro Aida"),
                 id="a-person-spoken-of-between"),
]


@pytest.mark.parametrize("body, expected", UNCUED)
def test_quotations_without_any_attribution_take_the_sentence_or_paragraph_speaker(body, expected):
    quotes = extract_quotes(Article(id="uncued", text="Budget talks\n\n" + body))
    assert (quotes[-1].type, quotes[-1].text, quotes[-1].speaker) == expected


# A quotation closed by its own cue keeps no earlier voice when the cue's speaker cannot
# be read (a bare party, a garbled name): no speaker is better than the wrong one. A
# description of someone named ("the Texan", "another") may still go on in their voice.
OWN_CUE_UNREAD = [
    pytest.param("“The gap is large,” said Republican.", None, id="said-a-bare-party"),
    pytest.param("“The gap is large,” SarukhÃ¡n added.", None, id="a-garbled-name-added"),
    pytest.param("“The gap is large,” the Texan said.", "Tom Price", id="the-description-said"),
    pytest.param("“The gap is large,” which Price believes, “and growing.”", "Tom Price", id="a-relative-aside"),
    # several people, described by what they wrote, are not the one person quoted before (the
    # title in marks after its article is part of their description)
    pytest.param("“The gap is large,” wrote the authors of the “Fair Budget Project,” in 2013.", "the authors",
                 id="the-authors-of-a-quoted-title"),
    # words written and read out are the writing's, never the voice before them
    pytest.param("“The gap is large,” the sign on the door read.", None, id="a-sign-read"),
    pytest.param("“The gap is large,” read a note left on the counter.", None, id="read-a-note"),
    # (but someone who read something may still speak)
    pytest.param("“The gap is large,” the Texan who read the report said.", "Tom Price", id="who-read-the-report"),
]


@pytest.mark.parametrize("closing, speaker", OWN_CUE_UNREAD)
def test_a_quotation_whose_own_cue_names_no_one_readable_takes_no_earlier_voice(closing, speaker):
    text = ("Budget talks\n\nTom Price, the Texas governor, said the budget was short.\n\n"
            "“Nobody saw it coming,” Price said.\n\n" + closing)
    quotes = extract_quotes(Article(id="own-cue", text=text))
    assert (quotes[-1].text.startswith("The gap is large"), quotes[-1].speaker) == (True, speaker)


def test_a_capitalised_word_no_one_is_named_by_is_no_speaker_of_a_woven_quote():
    text = ("Budget talks\n\n"
            "Behind the podium hung a banner reading “A city that works for every single family.”")
    quotes = extract_quotes(Article(id="uncued", text=text))
    # (nor a quotation at all: no cue and no speaker, nothing a reader could cite)
    assert [(q.text, q.speaker) for q in quotes] == []


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
    pytest.param("Mayor Ann Cole said the bridge would reopen in May - but the council has not set a date.",
                 [("indirect", "the bridge would reopen in May", "Ann Cole")], id="dash-and-conjunction"),
    pytest.param("Mayor Ann Cole said the bridge would reopen in May, leaving drivers angry about the delay.",
                 [("indirect", "the bridge would reopen in May", "Ann Cole")], id="participle-clause-of-the-writer"),
    pytest.param("Mayor Ann Cole said the bridge would reopen in May, citing faster repairs.",
                 [("indirect", "the bridge would reopen in May", "Ann Cole")], id="the-speakers-participle"),
    pytest.param("Mayor Ann Cole said the council would approve the toll, marking a shift in her stance.",
                 [("indirect", "the council would approve the toll", "Ann Cole")], id="the-writers-gloss"),
    # … but a participle of the report's own clause stays in it
    pytest.param("Mayor Ann Cole warned that a day of reckoning is coming, exposing the city to a crisis.",
                 [("indirect", "a day of reckoning is coming, exposing the city to a crisis", "Ann Cole")],
                 id="a-participle-of-the-report"),
    pytest.param("Mayor Ann Cole said the two towns will deepen trade, forming a new partnership and building a "
                 "shared port.",
                 [("indirect", "the two towns will deepen trade, forming a new partnership and building a shared port",
                   "Ann Cole")], id="parallel-participles-of-the-report"),
    pytest.param("Mayor Ann Cole said 40 percent of drivers supported the toll, compared to 30 percent last year.",
                 [("indirect", "40 percent of drivers supported the toll", "Ann Cole")], id="comparison-of-the-writer"),
    pytest.param("Mayor Ann Cole said the bridge would reopen in May, and the council agreed.",
                 [("indirect", "the bridge would reopen in May", "Ann Cole")],
                 id="no-hanging-conjunction"),
    # a report its cue closes opens its own sentence: "That" is the report's first word
    pytest.param("That means freight rates will rise again next year, according to the Shipping Gazette.",
                 [("indirect", "That means freight rates will rise again next year", "Shipping Gazette")],
                 id="a-demonstrative-opening-a-closed-report"),
    pytest.param("That decision will raise freight rates, the port authority said.",
                 [("indirect", "That decision will raise freight rates", "the port authority")],
                 id="a-demonstrative-before-a-closing-said"),
    # a report inside a relative aside ends where the main clause's cue resumes
    pytest.param("Dale Mercer, who says the plan is doomed, said he would vote against it.",
                 [("indirect", "the plan is doomed", "Dale Mercer"),
                  ("indirect", "he would vote against it", "Dale Mercer")], id="aside-report-then-main-report"),
    pytest.param("Ann Kibbe, who estimates that her repair bills ran “well into six figures,” said she "
                 "would appeal.",
                 [("mixed", "her repair bills ran “well into six figures,”", "Ann Kibbe"),
                  ("indirect", "she would appeal", "Ann Kibbe")], id="aside-report-closing-on-a-quotation"),
    pytest.param("Ann Kibbe, who estimates that her repair bills ran ''well into six figures,'' described the "
                 "ruling as unfair.",
                 [("mixed", "her repair bills ran ''well into six figures,''", "Ann Kibbe"),
                  ("indirect", "the ruling as unfair", "Ann Kibbe")], id="aside-report-closing-on-doubled-apostrophes"),
]


@pytest.mark.parametrize("body, expected", CONTENT_BOUNDS)
def test_where_reported_content_ends(body, expected):
    assert triples(body) == expected


RUNS_AND_NEIGHBOURS = [
    pytest.param("Her father, Owen Pryce, said:\n\n“He was never happier than on the hill farm.\n\n"
                 "“Every spring he was out before dawn with the lambs.”",
                 [("direct", "He was never happier than on the hill farm.", "Owen Pryce"),
                  ("direct", "Every spring he was out before dawn with the lambs.", "Owen Pryce")],
                 id="quote-over-two-paragraphs-after-X-said-colon-keeps-X"),
    pytest.param("The warden, Rhys Bell, said the path was safe.\n\nHis sister Gwen said:\n\n"
                 "“He walked that path every day of his life.”",
                 [("indirect", "the path was safe", "Rhys Bell"),
                  ("direct", "He walked that path every day of his life.", "Gwen")],
                 id="a-relative-and-first-name-before-a-colon-speaks"),
    pytest.param("Okafor said the port would double its traffic by 2030. Shippers should get ready, "
                 "Okafor said. “The cranes we ordered last year will not be enough for that.” "
                 "Lena Marsh, who chairs the hauliers' group, said that drivers were scarce.",
                 [("indirect", "the port would double its traffic by 2030", "Okafor"),
                  ("indirect", "Shippers should get ready", "Okafor"),
                  ("direct", "The cranes we ordered last year will not be enough for that.", "Okafor"),
                  ("indirect", "drivers were scarce", "Lena Marsh")],
                 id="cue-less-quote-takes-the-attribution-before-when-the-next-opens-its-own-report"),
    pytest.param("“The cranes we ordered will not be enough.” “We need twice as many,” "
                 "Okafor said on Monday.",
                 [("direct", "The cranes we ordered will not be enough.” “We need twice as many,", "Okafor")],
                 id="cue-less-quote-before-a-closing-attribution-takes-it"),
    pytest.param("Okafor said the port would double its traffic by 2030. “The cranes we ordered last year "
                 "will not be enough for that.” Freight rates will rise again next year, according to the "
                 "Shipping Gazette.",
                 [("indirect", "the port would double its traffic by 2030", "Okafor"),
                  ("direct", "The cranes we ordered last year will not be enough for that.", "Okafor"),
                  ("indirect", "Freight rates will rise again next year", "Shipping Gazette")],
                 id="cue-less-quote-is-no-part-of-a-report-in-the-writers-words-after-it"),
    # the next sentence opens its own report after a connective and a time: the quotation
    # goes on in the voice before it
    pytest.param("“The port has always bothered the family,” Okafor said. “They never knew whether it would "
                 "reopen.” But years later his father told Okafor that “the cranes were never coming back.”",
                 [("direct", "The port has always bothered the family,” Okafor said. “They never knew whether it "
                   "would reopen.", "Okafor"),
                  ("direct", "the cranes were never coming back.", "his father")],
                 id="cue-less-quote-before-but-years-later-someone-told"),
]


@pytest.mark.parametrize("body, expected", RUNS_AND_NEIGHBOURS)
def test_runs_and_neighbouring_attributions(body, expected):
    quotes = extract_quotes(Article(id="runs", text="Port news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SENTENCE_HEADLINES = [
    pytest.param("Coach Nell Harper was furious after the final.\n\n"
                 "“We gave the game away in ten minutes,” she said. “Nobody in that room is happy.”",
                 [(["We gave the game away in ten minutes,", "Nobody in that room is happy."], "Nell Harper")],
                 id="a-headline-written-as-a-sentence-gives-the-first-pronoun-its-person"),
    pytest.param("“We gave the game away,” said coach Nell Harper. “Nobody is happy.”\n\n"
                 "The club plays again on Saturday.",
                 [(["We gave the game away,", "Nobody is happy."], "Nell Harper")],
                 id="a-cue-less-quote-after-a-named-one-in-a-headline-goes-on"),
]


@pytest.mark.parametrize("text, expected", SENTENCE_HEADLINES)
def test_headlines_that_are_sentences(text, expected):
    quotes = extract_quotes(Article(id="head", text=text))
    assert [([text[s:e] for s, e in q.fragments] or [q.text], q.speaker) for q in quotes] == expected


def test_a_lower_case_second_piece_of_an_interrupted_quotation_is_speech():
    """“With help,” she says, “nature can recover.”: the second piece is a quotation, not
    a fragment woven into a clause."""
    got = triples("Dr. Ann Lee studies forests.\n\n“With help,” she says, “nature can recover.”")
    assert all(kind == "direct" for kind, _, _ in got) and {s for _, _, s in got} == {"Ann Lee"}, got


def test_a_section_heading_ends_the_voice_of_the_section_before():
    """On a live page each item under its own heading speaks for itself: a quotation
    with no cue after a heading does not go on in the last item's speaker's voice."""
    text = ("Storm live updates\n\n"
            "Tom Reed, the clinic's director, spoke on Monday.\n\n"
            "“We are full and we are turning people away,” Reed said.\n\n"
            "Harbour Pool Reopens\n\n"
            "“Swimmers are welcome back from Saturday morning.”")
    quotes = extract_quotes(Article(id="live", text=text))
    # (left with no speaker and no cue, it is no quotation a reader could cite)
    assert [(q.text, q.speaker) for q in quotes] == [("We are full and we are turning people away,", "Tom Reed")]


@pytest.mark.parametrize("pointer, speaker", [
    pytest.param("See full tallies here.Read the newest updates below:", None, id="the-page's-updates"),
    pytest.param("Read his statement below:", "Tom Reed", id="his-statement"),
])
def test_a_page_pointing_its_reader_below_ends_the_voice_before_it(pointer, speaker):
    """"Read the latest updates below:" is the page's own line: the quotation after it is
    no longer the last speaker's, unless it points at someone's words ("his statement")."""
    text = ("Caucus night\n\n"
            "Tom Reed, the clinic's director, said he would suspend his campaign.\n\n" + pointer + "\n\n"
            "“The race was a virtual tie and we are proud of every single volunteer.”")
    quotes = extract_quotes(Article(id="live", text=text))
    found = [(q.text, q.speaker) for q in quotes if q.text.startswith("The race")]
    # (left with no speaker and no cue, it is no quotation a reader could cite)
    assert found == ([("The race was a virtual tie and we are proud of every single volunteer.", speaker)]
                     if speaker else [])


def test_a_closing_attribution_does_not_claim_a_sentence_about_its_speaker():
    body = ("Dr Ann Lee spoke at the clinic on Monday. Vaccination rates in the north have fallen "
            "for a third month, Dr Lee said.")
    assert triples(body) == [
        ("indirect", "Vaccination rates in the north have fallen for a third month", "Ann Lee")]


CLOSING_OVER_EARLIER_SENTENCES = [
    pytest.param("Trade with Russia grew by a third this year. This has made positive contributions to "
                 "stability in the region, Zhang said.",
                 [("indirect", "Trade with Russia grew by a third this year. This has made positive contributions "
                   "to stability in the region", "Zhang")],
                 id="a-closing-sentence-that-points-back-claims-the-one-before"),
    pytest.param("Cleaners at the airport are employed by a contractor. They have not decided when to "
                 "strike, union spokesman Marc Dorey said.",
                 [("indirect", "They have not decided when to strike", "Marc Dorey")],
                 id="otherwise-the-sentence-before-is-the-writer-s"),
]


@pytest.mark.parametrize("body, expected", CLOSING_OVER_EARLIER_SENTENCES)
def test_a_closing_attribution_claims_earlier_sentences_only_when_its_own_points_back(body, expected):
    assert triples(body) == expected


def test_quotation_paragraphs_after_a_paragraph_about_the_speaker_keep_the_voice():
    # news between two runs of one person's quotation, then a paragraph about that
    # person alone: the run after it is still theirs
    text = ("Father gives up hope\n\nSpeaking to the Courier, Peter Hale said: \"I don't think my son is "
            "alive.\n\n\"We are hoping this appeal brings some answers.\"\n\nPolice will hold a press "
            "conference on Friday.\n\nThe force has set up a phone line.\n\nPeter believes someone in "
            "Dunmore knows what happened to his son.\n\n\"It just doesn't add up. Somebody here knows "
            "something.\n\n\"The police have been very good to us.\"")
    speakers = [q.speaker for q in extract_quotes(Article(id="t", text=text))]
    assert speakers == ["Peter Hale"] * 4


def test_a_paragraph_naming_someone_else_breaks_the_voice():
    text = ("Father gives up hope\n\nSpeaking to the Courier, Peter Hale said: \"I don't think my son is "
            "alive.\"\n\nPolice will hold a press conference on Friday.\n\nThe force has set up a phone "
            "line.\n\nPeter met Inspector Jane Doe on Monday.\n\n\"It just doesn't add up.\"")
    speakers = [q.speaker for q in extract_quotes(Article(id="t", text=text))]
    assert speakers[0] == "Peter Hale" and "Peter Hale" not in speakers[1:]


def test_an_open_quotation_runs_on_past_a_line_of_the_page():
    text = ("Minister faces bill row\n\nOpposition chairman Tom Reid said: \"It is shocking that the public "
            "is paying this bill.\n\nMost read in News\n\n\"He should have used the hotel WiFi like "
            "everyone else.\n\n\"This shows total disregard for public money.\"")
    assert [q.speaker for q in extract_quotes(Article(id="t", text=text))] == ["Tom Reid"] * 3


def test_a_quotation_whose_sentence_goes_on_is_not_joined_to_the_next():
    # the writer's words end the first quotation's sentence before the next speaker's
    # attribution: two statements, even by one speaker
    text = ("Debate grows heated in Kellard\n\nAnn Lee and Tom Reed met on Thursday.\n\n"
            "Reed said \"I stood up to the ferry owners\" over the fares. Reed later shot back, "
            "\"Mayor Lee ignored them.\"")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.text for q in quotes if q.type == "direct"] == ["I stood up to the ferry owners",
                                                             "Mayor Lee ignored them."]


def test_the_writers_clause_after_an_attribution_ends_the_quotation():
    text = ("Voters weigh their choices\n\nDan Fisk spoke at the diner.\n\n"
            "Neither man was won over by Mrs. Vance - \"She never worked a hard day in her life,\" Mr. Fisk "
            "said - but they still would not warm to Mr. Ortiz. \"I won't be voting for Ortiz,\" "
            "Mr. Fisk said.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.text for q in quotes if q.type == "direct"] == ["She never worked a hard day in her life,",
                                                             "I won't be voting for Ortiz,"]



@pytest.mark.parametrize("text", [
    "Peter Hall met O’Neill and McDonald's CEO. Then Ann\nLee left; x-Ray Co and (Bo Li) spoke",
    "ÉLAN Group's Ann-Marie Cruz. the U.S. Senate",
    "",
])
def test_capitalised_runs_are_those_opening_a_word(text):
    opening = re.compile(r"(?<![\w’'])[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")   # look-behind first
    for start in (0, 5):
        assert [m.span() for m in _CAPITALISED_RUN.finditer(text, start)] == \
            [m.span() for m in opening.finditer(text, start)]


# A title-case headline's speaker is one only if the story writes it as a name too
_STORY = ("The county has voted with the winner in every election since 1956, according to an atlas "
          "that examines bellwether states and counties. Voters there say the economy matters most this "
          "year, and turnout at the spring primary was the highest in two decades.")
HEADLINE_SPEAKERS = [
    pytest.param("Bellwether County Says Fisk Should Win Ferry Vote\n\n" + _STORY, [],
                 id="a-title-case-phrase-the-story-writes-in-lower-case"),
    pytest.param("Lisa Marsh Says Fisk Should Win Ferry Vote\n\n" + _STORY + " Marsh, the county clerk, agreed.",
                 [("Fisk Should Win Ferry Vote", "Lisa Marsh")], id="a-person-the-story-names"),
    # a first line in sentence case: its capitals mark names, whatever the story says next
    pytest.param("“We will keep fighting,” Ann Lee said on Tuesday.\n\n" + _STORY,
                 [("We will keep fighting,", "Ann Lee")], id="a-sentence-case-first-line"),
    pytest.param("Rabbis vow to shun the governor's speech\n\n" + _STORY.replace("Voters", "Rabbis"),
                 [("to shun the governor's speech", "Rabbis")], id="a-group-is-read-as-written"),
]


@pytest.mark.parametrize("text, expected", HEADLINE_SPEAKERS)
def test_a_headline_speaker_is_one_the_story_names(text, expected):
    quotes = extract_quotes(Article(id="head", text=text))
    assert [(q.text, q.speaker) for q in quotes if q.start < text.index("\n")] == expected


def test_a_run_of_quotation_paragraphs_after_a_paragraph_about_the_speaker_stays_theirs():
    # "Allan Snr believes …" between quotation paragraphs: all of them his, however many
    text = ("Father gives up hope\n\nThe dad of a man missing for a decade has given up hope.\n\n"
            "His dad, Allan Bryant Snr, 58, hopes a police appeal will bring closure.\n\n"
            "Speaking to the Record, Allan Snr said: \"I don't think Allan is alive. I have given up all hope.\"\n\n"
            "Police are set to hold a press conference about the case in Fife on Friday.\n\n"
            "Allan Snr believes someone in the town must know what happened to his son.\n\n"
            "\"It just doesn't add up and someone in this town knows something about it.\"\n\n"
            "\"So much has happened over the past ten years, from searching ponds to appeals.\"\n\n"
            "\"We hoped it would all have been over by now. We are just so tired of it all.\"\n\n"
            "\"The police have been really supportive and are checking in with us all the time.\"\n\n"
            "\"I'd just like to thank everyone else who has helped us over the past ten years.\"\n")
    quotes = extract_quotes(Article(id="run", text=text))
    assert [q.speaker for q in quotes if q.type == "direct"] == ["Allan Bryant Snr"] * 6


def test_a_quotation_after_as_if_to_say_is_nobodys():
    text = ("Loneliest\n\nBy Tim Anderson\n\nI had always thought that Nancy was a little insensitive. But she was "
            "just keeping the record company at bay. And the video ends on a positive note: the ladies looking at "
            "each other as if to say, “We’re gonna get through this, and girl, you are gorgeous.”")
    quotes = extract_quotes(Article(id="asif", text=text))
    # (the writer's own "I had always thought …" is no quotation, `writers_voice`)
    assert [(q.type, q.speaker) for q in quotes] == [("direct", None)]


def test_a_sentence_opening_on_most_such_is_the_writers():
    text = ("Neanderthal tools\n\nThe tool is 50,000 years old. The researchers note that making it took great "
            "effort. Most such tools would have decayed long ago, and this one is unique.")
    quotes = extract_quotes(Article(id="such", text=text))
    assert [(q.text, q.speaker) for q in quotes] == [("making it took great effort", "the researchers")]


# A quotation with no cue right after an attributed one goes on in that voice when a
# sentence of the writer's stands between it and the next attribution (which brings in
# someone else)
WRITERS_SENTENCE_BETWEEN = [
    pytest.param("Andrew Hall and Ralf Grone led the design team.\n\n“We are not here to show off our work, we "
                 "are here to make awesome products,” says Hall. “I think that is super important.” It is a belief "
                 "that is shared by Grone, too. “If the work is not good inside, the product cannot be good on the "
                 "outside,” he says.",
                 [("I think that is super important.", "Andrew Hall"),
                  ("If the work is not good inside, the product cannot be good on the outside,", "Ralf Grone")],
                 id="a-belief-shared-by-the-next-speaker"),
]


@pytest.mark.parametrize("body, expected", WRITERS_SENTENCE_BETWEEN)
def test_an_uncued_quotation_keeps_the_voice_before_a_writers_sentence(body, expected):
    quotes = extract_quotes(Article(id="between", text="Design notes\n\n" + body))
    speakers = {}
    for q in quotes:
        for piece in [q.text[s - q.start:e - q.start] for s, e in q.fragments] or [q.text]:
            speakers[piece] = q.speaker
    assert [(text, speakers.get(text)) for text, _ in expected] == expected


# A quotation a second speaker's cue introduces inside the first one's sentence ("…,” Lee
# said as a protester shouted: “…”) is the second speaker's, described or named; a
# subordinate clause without a quotation of its own stays in the first report
SECOND_VOICE_IN_THE_SENTENCE = [
    pytest.param("“We are ready,” Lee said as a protester shouted: “Resign now!”",
                 [("direct", "We are ready,", "Lee"), ("direct", "Resign now!", "a protester")],
                 id="as-a-described-speaker-colon"),
    pytest.param("“Thank you all,” Lee said while the heckler yelled, “Go home!”",
                 [("direct", "Thank you all,", "Lee"), ("direct", "Go home!", "the heckler")],
                 id="while-a-described-speaker-comma"),
    pytest.param("Mayor Ann Cole said the bridge would reopen in May as the council agreed.",
                 [("indirect", "the bridge would reopen in May as the council agreed", "Ann Cole")],
                 id="no-quotation-no-second-voice"),
    # a named second speaker's "that" and a quotation
    pytest.param("“It is misleading,” Ann Cole tweeted after Tom Reyes argued for the second time that “we "
                 "saved the port.”",
                 [("direct", "It is misleading,", "Ann Cole"), ("mixed", "“we saved the port.”", "Tom Reyes")],
                 id="after-a-named-speaker-that"),
    # (a pronoun there may stand for anyone: the clause stays in the first report)
    pytest.param("“It is misleading,” Ann Cole tweeted after he argued that “we saved the port.”",
                 [("direct", "It is misleading,", "Ann Cole"), ("mixed", "“we saved the port.”", "Ann Cole")],
                 id="after-a-pronoun-that"),
]


@pytest.mark.parametrize("body, expected", SECOND_VOICE_IN_THE_SENTENCE)
def test_second_voice_in_the_sentence(body, expected):
    assert triples(body) == expected


def test_a_heckler_is_one_person():
    _, quotes = extract("“Thank you for coming,” Lee said as the heckler yelled: “Go home!”")
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Lee", "person"), ("the heckler", "person")]


# A writer's clause after an attribution, with a subject of its own, ends the quotation
# ("…,” Vance said, and her son cut in. “…”" was one quotation of hers); a clause in
# which someone described takes the turn hands the next quotation to them
TURNS_TAKEN = [
    pytest.param("“We promised you a picture,” Nora Vance said, and her son cut in. “Don’t forget Tom.”",
                 [("direct", "We promised you a picture,", "Nora Vance"), ("direct", "Don’t forget Tom.", "her son")],
                 id="and-her-son-cut-in"),
    pytest.param("“We promised you a picture,” Nora Vance said. Her son interjected. “Don’t forget Tom.”",
                 [("direct", "We promised you a picture,", "Nora Vance"), ("direct", "Don’t forget Tom.", "her son")],
                 id="her-son-interjected"),
    # (a clause that takes no turn leaves the voice where it was)
    pytest.param("“We promised you a picture,” Nora Vance said, and her son laughed. “Don’t forget Tom.”",
                 [("direct", "We promised you a picture,", "Nora Vance"), ("direct", "Don’t forget Tom.", "Nora Vance")],
                 id="and-her-son-laughed"),
]


@pytest.mark.parametrize("body, expected", TURNS_TAKEN)
def test_a_described_person_taking_the_turn_speaks_next(body, expected):
    assert triples(body) == expected


# A report goes on over a next sentence that points back to it ("These tools have been
# tested …"), but not over one in which the writer speaks as "I" (a reported speaker is
# "he" or "they" outside quotation marks)
REPORT_GOES_ON = [
    pytest.param("The mayor argued that the plan is safe. However, my experience with these tools isn't a "
                 "positive one.",
                 [("indirect", "the plan is safe", "the mayor")], id="writer-as-I-after-a-report"),
    pytest.param("The mayor argued that the plan is safe. These tools have been tested for years.",
                 [("indirect", "the plan is safe. These tools have been tested for years", "the mayor")],
                 id="pointing-back-goes-on"),
]


@pytest.mark.parametrize("body, expected", REPORT_GOES_ON)
def test_a_report_goes_on_only_in_the_speakers_voice(body, expected):
    assert triples(body) == expected


# A quotation closed by a user's handle is the handle's, not the paragraph's last speaker's
def test_a_quotation_closed_by_a_users_handle_is_theirs():
    body = ("Tom Pike runs the forum. “We ban bad dealers,” Pike said.\n\n"
            "“It’s our job to police the market,” elmo666 wrote in a forum post.")
    assert triples(body) == [("direct", "We ban bad dealers,", "Tom Pike"),
                             ("direct", "It’s our job to police the market,", "elmo666")]


# An apposition going on with "and a …" is no clause of someone else's: a title in marks
# after it is no quotation of its own
def test_a_title_after_an_apposition_going_on_is_no_quotation():
    _, quotes = extract("“I would expect more,” said Ann Ferriss, an English professor, and a co-editor of "
                        "“Harbor Lit: The New Fiction.”")
    assert [q.speaker for q in quotes] == ["Ann Ferriss"]
    assert not any(q.text.startswith("Harbor Lit") for q in quotes)


# Who replies to a quotation with words of their own did not say it
REPLIES_TO_A_QUOTATION = [
    ("The sign on the gate read “Closed for repairs.” Mr. Okafor responded that “the repairs were overdue.”",
     [("direct", "the repairs were overdue.", "Okafor")]),
    ("A voter shouted “When will the road be fixed?” Mayor Ann Lee replied that “the work starts in spring.”",
     [("direct", "When will the road be fixed?", "a voter"), ("mixed", "“the work starts in spring.”", "Ann Lee")]),
    # (a quotation of the speaker before goes on in their voice)
    ("“We will win this race,” the mayor said. “The polls are wrong about us.” Ann Lee replied that “the polls "
     "are right.”",
     [("direct", "We will win this race,” the mayor said. “The polls are wrong about us.", "the mayor"),
      ("direct", "the polls are right.", "Ann Lee")]),
]


@pytest.mark.parametrize("body, expected", REPLIES_TO_A_QUOTATION)
def test_a_reply_is_not_the_quotation_it_answers(body, expected):
    quotes = extract_quotes(Article(id="reply", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected

