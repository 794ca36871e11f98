"""What looks like a report and is not (`attribution.filters`): no cue, page
furniture, a headline, an opening adverbial, two words that make no report."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
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
    pytest.param(INTRO + "Zhang said Beijing “backed every effort that brings peace” – the first time China "
                         "has spoken on the dispute.",
                 [("mixed", "Beijing “backed every effort that brings peace”", ZHANG)],
                 id="a-dash-after-quoted-words-ends-the-report"),
    pytest.param(INTRO + "Zhang's team published a paper titled: “Grain corridors in a warming world” last year.",
                 [], id="a-title-after-titled-colon-is-no-quotation"),
    pytest.param("The two leaders met in the Great Hall of the People on Tuesday, CCTV reported.",
                 [], id="an-outlet-recounting-what-the-leaders-did-is-no-report"),
    pytest.param("Both sides signed four agreements on energy, Xinhua reported.",
                 [], id="an-outlet-recounting-what-both-sides-did-is-no-report"),
    pytest.param("The two leaders are ready to sign four agreements, CCTV reported.",
                 [("indirect", "The two leaders are ready to sign four agreements", "CCTV")],
                 id="an-outlet-reporting-a-state-is-a-report"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


def test_headline_is_not_read_for_quotes():
    text = "‘Trade will keep growing,’ says Chinese envoy\n\nThe forum in Moscow drew hundreds of guests."
    assert extract_quotes(Article(id="h", text=text)) == []


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
    # where, or how much: the scene, not what was said
    ("Here in Dayton, Mara Quill stepped up her attacks on the plan, saying, “We are not done yet.”",
     [("direct", "We are not done yet.", "Mara Quill")]),
    ("Worst of all, Mara Quill is revealing the plan's weakness.", []),
    # a clause of time alone before the attribution: when, no report (but a reason may be one)
    ("As the crowd cheered, Mara Quill shouted.", []),
    ("As the mayor faced criticism this month, one councillor reassured him.", []),
    ("Because the bridge was unsafe, Mara Quill explained.",
     [("indirect", "Because the bridge was unsafe", "Mara Quill")]),
    ("As she entered her twenties her parents were still worried, Mara Quill says.",
     [("indirect", "As she entered her twenties her parents were still worried", "Mara Quill")]),
    ("As she left the office, Mara Quill says, the manager tried to stop her.",
     [("indirect", "As she left the office, Mara Quill says, the manager tried to stop her", "Mara Quill")]),
    ("When the strike ends, the plant will reopen, Mara Quill said.",
     [("indirect", "When the strike ends, the plant will reopen", "Mara Quill")]),
    # the question put to the speaker is no report of theirs, whatever short answer follows
    ("Asked whether the campaign had been hard, Mara Quill said no.", []),
    ("Asked about the vote, Mara Quill said the plant would reopen.",
     [("indirect", "the plant would reopen", "Mara Quill")]),
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


# Documents, records, surveys and hearings as sources: the source closes the sentence
# ("…, said the 2022 National Survey of Pay"), publishes the study ("a study by X
# concluded"), keeps the records ("according to court records") or heard the evidence
# ("the inquest heard").
DOCUMENT_SOURCES = [
    pytest.param("Teachers in rural districts earned 18 percent less, said the 2022 National Survey of Pay.",
                 [("indirect", "Teachers in rural districts earned 18 percent less", "2022 National Survey of Pay")],
                 id="said-the-survey"),
    pytest.param("A study published last month by the Green Streets Trust, a conservation charity, concluded "
                 "that one in four city trees is at risk.",
                 [("indirect", "one in four city trees is at risk", "Green Streets Trust")],
                 id="a-study-by-an-organisation"),
    pytest.param("A new study published in the journal Nature suggests that the ice shelf is melting faster.",
                 [("indirect", "the ice shelf is melting faster", "a new study published in the journal Nature")],
                 id="a-study-in-a-journal"),
    pytest.param("The suspect rented the van two days before the robbery, according to court records.",
                 [("indirect", "The suspect rented the van two days before the robbery", "court records")],
                 id="according-to-court-records"),
    pytest.param("Mr Hale had been drinking before the crash, the inquest heard.",
                 [("indirect", "Mr Hale had been drinking before the crash", "the inquest")],
                 id="the-inquest-heard"),
    pytest.param("The lorry driver had been awake for 20 hours, the inquest at Leeds Town Hall heard.",
                 [("indirect", "The lorry driver had been awake for 20 hours", "the inquest at Leeds Town Hall")],
                 id="the-inquest-somewhere-heard"),
    # a person who heard something is no source of it, nor is a programme that is heard
    pytest.param("Tom Hale heard that the plant would close.", [], id="a-person-heard"),
    pytest.param("On his blog and his nightly radio show heard on 60 stations, Hale pushes strange theories.", [],
                 id="a-programme-heard"),
    # "official data" names no source
    pytest.param("Prices rose by 4 percent, according to official data.", [], id="according-to-official-data"),
    # (but data from a body does, its name in camel case too)
    pytest.param("Riders spent nine minutes a day on the app, according to recent data from dockMetrics.",
                 [("indirect", "Riders spent nine minutes a day on the app", "dockMetrics")],
                 id="according-to-data-from-a-camel-case-body"),
    # a place's case bears something out; it says nothing (but its government may speak)
    pytest.param("Denver showed that a crowded festival can also be a calm one.", [], id="a-city-showed"),
    pytest.param("Norway underscores that there is a cheap way to cut emissions.", [], id="a-country-underscores"),
    pytest.param("Portugal highlights that a small country can lead on wind power.", [], id="a-country-highlights"),
    pytest.param("Germany showed last year that open borders can work.", [], id="a-country-showed-last-year"),
    pytest.param("Norway insisted that it had done nothing wrong.",
                 [("indirect", "it had done nothing wrong", "Norway")], id="a-country-insisted"),
    pytest.param("Mayor Lena Ortiz underscored that the city had no other way out.",
                 [("indirect", "the city had no other way out", "Lena Ortiz")], id="a-person-underscored"),
    # people whose trade is finding out report a finding with "that", as a study does;
    # anyone else finding something, or a researcher finding a thing, reports nothing
    pytest.param("Researchers at the university found that the drug cut deaths by a third.",
                 [("indirect", "the drug cut deaths by a third", "researchers at the university")],
                 id="researchers-found-that"),
    pytest.param("Two economists, Ann Lee and Tom Ford, found in 2019 that rents rose fastest near new stations.",
                 [("indirect", "rents rose fastest near new stations", "Ann Lee and Tom Ford")],
                 id="two-economists-named-found-that"),
    pytest.param("The researchers found the bones in a cave near the river.", [], id="researchers-found-a-thing"),
    pytest.param("The researchers found a tool with no handle—a flint that was sharp on one side.", [],
                 id="researchers-found-a-thing-that"),
    pytest.param("Police found that the door had been forced.", [], id="police-found-that"),
    pytest.param("The economist found a new job in Lisbon.", [], id="an-economist-found-a-job"),
]


@pytest.mark.parametrize("body, expected", DOCUMENT_SOURCES)
def test_documents_records_and_hearings_as_sources(body, expected):
    assert triples(body) == expected


# Words in marks that are a title or a name, not speech: "Once Upon A Time in Hollywood",
# "CBS This Morning".
TITLES_IN_MARKS = [
    pytest.param("Ann Lee appeared on “CBS This Morning” on Monday.", [], id="programme-name"),
    pytest.param("Laura Dern thanked the cast of “Once Upon A Time in Hollywood” at the ceremony.", [],
                 id="film-title"),
    pytest.param("The hackers used malware dubbed “Red Fox,” the firm said.", [], id="dubbed-a-name"),
    pytest.param("Every company needs a China strategy, panelists said at a seminar titled “Hints for a "
                 "successful strategy,” which was organized by a foundation.", [], id="titled-a-seminar"),
    pytest.param("“We Will Win,” Ann Lee said.", [("direct", "We Will Win,", "Ann Lee")],
                 id="a-quotation-in-title-case-closing-with-a-comma-is-speech"),
    pytest.param("Mr. Osei, who has starred in “Harbour Lights” and “Kings of the Valley,” posted the clip "
                 "to YouTube late on Thursday.", [], id="the-second-title-of-a-list"),
    pytest.param("PSA—“Until June ends you can claim free ferry passes,” by the Ledger's "
                 "Nora Quill: “You still have two weeks left to grab one.”",
                 [("direct", "You still have two weeks left to grab one.", "Nora Quill")], id="a-headline-and-its-byline"),
    # a name or term after its article, with the comma of the writer's clause
    pytest.param("Several sources confirmed that she was a “Friend of the Mayor,” with special protection at city "
                 "hall.", [], id="a-term-after-its-article"),
    pytest.param("The memoir recalls his films “Radio Days” and “Hannah and Her Sisters.”", [],
                 id="a-title-after-a-kind-of-work-closing-the-sentence"),
    pytest.param("Castro's revolution dampened plans to return home, Ann Lee said in her 2012 book, "
                 "“An American Daughter.” So they stayed.", [], id="a-book-title-after-the-closing-adjunct"),
    # a word or two in marks right after the kind of work they name, mid-sentence
    pytest.param("Both had written songs for the television show “Kellard,” Reed's co-writers Ann Lee and Dan "
                 "Fisk came to the project. “It is a different muscle,” Fisk said.",
                 [("direct", "It is a different muscle,", "Dan Fisk")], id="a-one-word-show-title-with-a-comma"),
    pytest.param("Her hit song “Harbor Nights,” Tom Reed recalled, was written in a week.", [],
                 id="a-song-title-then-a-cue"),
    # … but not words said on a show
    pytest.param("He said on his show “We will not back down,” and the crowd cheered.", [],
                 id="said-on-a-show-is-no-title"),
]


@pytest.mark.parametrize("body, expected", TITLES_IN_MARKS)
def test_titles_in_marks_are_no_quotations(body, expected):
    assert [q for q in triples(body) if q[0] == "direct"] == expected


# Words in marks between a determiner or an owner and the noun they name ("the state’s
# “Meth. We’re on it.” campaign") are a name: no quotation, and no sentence ends inside them.
NAMES_BEFORE_THEIR_NOUN = [
    pytest.param("Ann Lee, who ran the state’s “Meth. We’re on it.” campaign, said the ads worked.",
                 [("indirect", "the ads worked", "Ann Lee")], id="a-slogan-naming-a-campaign"),
    pytest.param("“We will win,” the campaign said on Monday.", [("direct", "We will win,", "the campaign")],
                 id="a-campaign-speaking-is-no-name-in-marks"),
]


@pytest.mark.parametrize("body, expected", NAMES_BEFORE_THEIR_NOUN)
def test_words_in_marks_naming_the_noun_after_them(body, expected):
    assert triples(body) == expected


# From the third review: acts are no speech, hypotheticals are nobody's report, and the
# writer's words before a colon are no part of the quotation after it.
ACTS_AND_HYPOTHETICALS = [
    pytest.param("The council rejected two amendments tabled by the opposition.", [], id="rejected-a-vote"),
    pytest.param("The ministry rejected the allegations as baseless.",
                 [("indirect", "the allegations as baseless", "the ministry")], id="rejected-a-claim"),
    pytest.param("The mayor posted a photo of the flooded street.", [], id="posted-a-photo"),
    pytest.param("Rep. Jared Golden wrote a letter to party leaders on Tuesday.", [], id="wrote-a-letter"),
    pytest.param("Mayor Ann Lee wrote that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Ann Lee")], id="wrote-that"),
    pytest.param("Putin oversaw an exercise. Russian state television showed Putin directing the drill.", [],
                 id="television-showed-pictures"),
    pytest.param("A poll showed that turnout would fall.",
                 [("indirect", "turnout would fall", "a poll")], id="survey-showed-a-finding"),
    # evidence is what the phrase's head is, not a word in the clause after it
    pytest.param("The vertical lines extending from the data points show what statisticians call the "
                 "standard error.", [], id="lines-extending-from-data-show"),
    pytest.param("The newest polling in Maine shows Vance narrowing the gap.",
                 [("indirect", "Vance narrowing the gap", "the newest polling in Maine")],
                 id="polling-in-a-state-shows"),
    pytest.param("Republicans have pushed back on that idea, citing worries over the deficit.", [],
                 id="pushed-back-on-an-idea"),
    pytest.param("Later, Haley pushed back when DeSantis proclaimed his support for drilling.", [],
                 id="pushed-back-when"),
    pytest.param("Critics loved the films “Radio Days” and “Hannah and Her Sisters.” But the book turns bitter, "
                 "as he recalls his quarrel with the studio.", [], id="as-he-recalls-a-referent"),
    pytest.param("Storm Bella claimed the lives of four people on Sunday.", [], id="claimed-the-lives"),
    pytest.param("Ann Lee claimed that the storm was weakening.",
                 [("indirect", "the storm was weakening", "Ann Lee")], id="claimed-that"),
    pytest.param("Satellite images suggested the storm was weakening.", [], id="images-suggested"),
    pytest.param("Eerie video credited to Reuters showed fighters with heavy weapons.", [],
                 id="video-credited-to-an-agency-showed"),
    # a graphic or a map shows; whoever provided it says nothing
    pytest.param("A map from the Census Bureau shows the counties that grew fastest.", [], id="a-map-from-a-body-shows"),
    pytest.param("An infographic provided by Acme Research shows the states that allow it.", [],
                 id="an-infographic-provided-by-a-body-shows"),
    # a name given is no speech act; a characterisation is
    pytest.param("The discovery of an offshore field called Pobeda in the Kara Sea lifted reserves.", [],
                 id="a-field-called-a-name-then-where"),
    pytest.param("The kit ships a package manager called conda, and a new file format.", [],
                 id="a-tool-called-a-lower-case-name"),
    pytest.param("A freshly launched super PAC called Harbour Future ran its first ads in Maine.", [],
                 id="a-pac-called-a-name-ran"),
    pytest.param("On a small, rainy planet called Zebes, the last colony had watched the stars.", [],
                 id="listed-adjectives-then-called"),
    pytest.param("The film unfolds at a purple-painted, $35-a-night motel called the Magic Castle down the street.",
                 [], id="called-the-name"),
    pytest.param("The best buyer is an informed one, and there is this thing called the Internet with a lot on it.",
                 [], id="this-thing-called"),
    pytest.param("A spokesman called Mayor Ortiz a liar.", [("indirect", "Mayor Ortiz a liar", "a spokesman")],
                 id="a-spokesman-called-someone-a-liar"),
    # … a name in quotation marks too, after "another" with no noun
    pytest.param("One fan group has 85,000 members, while another called 'Harbour Fan Club' has more than 29,000.",
                 [], id="another-called-a-quoted-name"),
    # an object report ends where "when" says when it was made
    pytest.param("Ortiz and Vale greeted each other as “dear friend” when they met in Lisbon on Monday.",
                 [("mixed", "each other as “dear friend”", "Ortiz and Vale")], id="greeted-as-then-when"),
    pytest.param("Kim accused Dale of cutting funds, which he denied.",
                 [("indirect", "Dale of cutting funds", "Kim")], id="which-he-denied"),
    pytest.param("Paul Ode, a former navy diver who claimed in May that wrecks were under-reported, also attended.",
                 [("indirect", "wrecks were under-reported", "Paul Ode")], id="a-relative-clause-in-an-apposition"),
    pytest.param("The newest is Rep. Tom Reed, the Maine congressman who yelled “Not true!” at the governor.",
                 [("direct", "Not true!", "Tom Reed")], id="a-name-closing-a-clause-then-its-description-who"),
    pytest.param("In Washington, the congressman who chairs the panel said the bill was dead.",
                 [("indirect", "the bill was dead", "the congressman")], id="a-place-then-a-description-who"),
    # what may, would or can be said: nobody's report
    pytest.param("Readers who never rode the line may wonder, “What is the fuss about?”", [], id="may-wonder-a-question"),
    pytest.param("Others, though, might argue that the plan costs too much.", [], id="others-might-argue"),
    pytest.param("But if the ledgers show that he moved the money, one of the clerks could face questions.", [],
                 id="but-if-the-ledgers-show"),
    pytest.param("If we had forgotten the empty case, the compiler would complain.", [], id="if-then-would-complain"),
    pytest.param("Static analysis can tell you where your code is slow.", [], id="can-tell-you"),
    pytest.param("Ann Lee would later tell reporters that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Ann Lee")], id="would-later-tell-is-narration"),
    # "called" and a name that ends the clause: a name given (or a number dialled)
    pytest.param("The plan is a partnership between the schools and the county probation department called "
                 "the Youth Accountability Team (YAT).", [], id="department-called-a-name-and-its-acronym"),
    pytest.param("Betty Ruiz called Mrs. Lowe an “enemy of the family.”",
                 [("mixed", "Mrs. Lowe an “enemy of the family.”", "Betty Ruiz")], id="called-mrs-someone-a-name"),
    # a request of its own after the verb: no closing attribution of the clause before it
    pytest.param("They were so happy with that cake, Sharon asked for a second one.", [], id="asked-for-something"),
    # "told him why": the reason is what was told, never the sentence before it
    pytest.param("When Paige later mentioned to a room full of people that he was seeing fewer pop-ups, Chan told him why.",
                 [("indirect", "he was seeing fewer pop-ups", "Paige")], id="told-him-why"),
    pytest.param("Most people would assume the bridge is safe.", [], id="most-people-would-assume"),
    pytest.param("You might think they would learn from the last flood.", [], id="you-might-think"),
    # the writer counted among those who think it: a generalisation, no one's report
    pytest.param("Most of us think we eat too much at dinner.", [], id="most-of-us-think"),
    pytest.param("Another leader had to defend himself: “I'm no thief,” the president told editors.",
                 [("direct", "I'm no thief,", "the president")], id="narration-before-a-colon"),
]


@pytest.mark.parametrize("body, expected", ACTS_AND_HYPOTHETICALS)
def test_acts_hypotheticals_and_narration(body, expected):
    assert triples(body) == expected


# Nouns spelt like cues: "states", "claims", "reports" before a relative "that", and
# "shows" after a word that carries no finding, are no one's report
NOUNS_SPELT_LIKE_CUES = [
    pytest.param("Voters cast ballots in Iowa and Ohio, farm belt states that have lost thousands of jobs.",
                 [], id="states-that-have"),
    pytest.param("The claims that were made against the mayor in May turned out to be false.",
                 [], id="claims-that-were-made"),
    pytest.param("The audit states that the council overspent by a third.",
                 [("indirect", "the council overspent by a third", "the audit")], id="states-that-a-clause"),
    pytest.param("On the Harbor and Kellard morning shows, roughly one in four of the callers were fishermen.",
                 [], id="morning-shows"),
    pytest.param("A new survey of voters under 35 years old shows a wide divide on the issue.",
                 [("indirect", "a wide divide on the issue", "a new survey of voters under 35 years old")],
                 id="a-survey-shows"),
    pytest.param("Related:\n\nThe Harbor Hour Takes A Long Look At The Ferry Plan So You Don’t Need To.",
                 [], id="a-tv-show-in-a-title"),
]


@pytest.mark.parametrize("body, expected", NOUNS_SPELT_LIKE_CUES)
def test_nouns_spelt_like_cues_are_no_reports(body, expected):
    assert triples(body) == expected


# What a motion or a bill asks is an act of a chamber, no one's report; what a statement
# says is its issuer's
@pytest.mark.parametrize("body, speakers", [
    ("A motion by Independent Senator Amrita Deonarine calling on government to bring a forex policy to "
     "Parliament within six months was defeated in the Senate on Tuesday.", []),
    ("A bill from Senator Ann Lee urging banks to cut fees failed on Monday.", []),
    ("The mayor issued a statement on Monday calling for calm in the city.", ["the mayor"]),
])
def test_a_motion_calling_on_is_no_report(body, speakers):
    quotes = extract_quotes(Article(id="m", text="Senate votes\n\n" + body))
    assert [q.speaker for q in quotes] == speakers


# "Michael Fitton, defending, said …": counsel's role between commas in a British court
# report, no report of its own
@pytest.mark.parametrize("body, expected", [
    ("Michael Fitton, defending, said Hartley had twenty years of experience in the trade.",
     [("Hartley had twenty years of experience in the trade", "Michael Fitton", "said")]),
    ("James Townsend, prosecuting, said: “It is obvious what effect the death has had on the family.”",
     [("It is obvious what effect the death has had on the family.", "James Townsend", "said")]),
])
def test_counsel_defending_or_prosecuting_is_a_role(body, expected):
    quotes = extract_quotes(Article(id="c", text="Plumber jailed at crown court\n\n" + body))
    assert [(q.text, q.speaker, q.cue) for q in quotes] == expected


# A title in title case after "host of", "the cast of the", "co-host of" is a work, not
# a quotation (a lower-case phrase there still is one)
TITLES_AFTER_A_PART_IN_A_WORK = [
    pytest.param("Tom Hale spoke on Monday. “We love it,” he said. He has since become host of “Harbor Nights with Tom "
                 "Hale.”", ["We love it,"], id="host-of-a-show"),
    pytest.param("Ann Lee spoke on Monday. “We love it,” she said. She compared him to a clown from the cast of the "
                 "“Kings of the Harbor,” and the network fired her.",
                 ["We love it,", "him to a clown from the cast of the “Kings of the Harbor,”"], id="cast-of-the-film"),
]


@pytest.mark.parametrize("body, texts", TITLES_AFTER_A_PART_IN_A_WORK)
def test_titles_after_a_part_in_a_work_are_no_quotations(body, texts):
    quotes = extract_quotes(Article(id="tw", text="Television news today\n\n" + body))
    assert [q.text for q in quotes] == texts


# An event that points to a conclusion ("The trip suggests that …") is the writer's
# inference, nobody's report; a document, a person or a body that suggests still reports
EVENTS_AS_EVIDENCE = [
    pytest.param("The trip suggests that Mayor Lee is looking ahead to a second term.", [], id="the-trip-suggests"),
    pytest.param("The fight in the council underscored the determination of the mayor's allies to win.", [],
                 id="the-fight-in-a-place-underscored"),
    pytest.param("That disproportionate impact suggests the port might do well to rethink its fees.", [],
                 id="a-demonstrative-event-without-its-determiner"),
    pytest.param("Her decision suggests the talks are over.", [], id="her-decision-suggests"),
    pytest.param("The rivals were odious, but Lee’s fusillade in the council underscored the importance of "
                 "good manners.", [], id="a-possessive-event-after-but"),
    pytest.param("The report suggests that Mayor Lee is looking ahead to a second term.",
                 [("indirect", "Mayor Lee is looking ahead to a second term", "the report")], id="a-report-suggests"),
    pytest.param("Mayor Ann Lee suggested that the council was looking ahead.",
                 [("indirect", "the council was looking ahead", "Ann Lee")], id="a-person-suggests"),
]


@pytest.mark.parametrize("body, expected", EVENTS_AS_EVIDENCE)
def test_events_as_evidence_report_nothing(body, expected):
    assert triples(body) == expected


# A report nobody made is no record: "none has said …", "nobody claims …"
NOBODY_SAID = [
    pytest.param("All four bidders spoke, and none has said they plan to withdraw.", [], id="and-none-has-said"),
    pytest.param("The rivals met on Monday, but neither has said the race is over.", [], id="but-neither-has-said"),
    pytest.param("Mayor Ann Lee said none of the bridges would close.",
                 [("indirect", "none of the bridges would close", "Ann Lee")], id="none-in-the-content-is-fine"),
]


@pytest.mark.parametrize("body, expected", NOBODY_SAID)
def test_a_report_nobody_made_is_no_record(body, expected):
    assert triples(body) == expected
