"""Recipients (`attribution.recipients`): "Zhang told reporters, “Q”", "X told the
Global Times that C", an audience then a clause without "that"."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    pytest.param(INTRO + "Zhang told reporters, “Bilateral trade will keep growing this year.”",
                 [("direct", "Bilateral trade will keep growing this year.", ZHANG)],
                 id="Zhang-told-reporters-comma-Q"),
    pytest.param("Li Haidong, a professor at the China Foreign Affairs University, told the Global Times on "
                 "Thursday that the visit would open a new chapter in relations.",
                 [("indirect", "the visit would open a new chapter in relations", "Li Haidong")],
                 id="X-told-the-Global-Times-that-C"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


RECIPIENT_THEN_CLAUSE = [
    # a determined noun and its past-tense verb open the report ("his team worked …")
    pytest.param("Lobbyist Tony Marsh told the AP his team worked alongside the ferry trust.",
                 [("indirect", "his team worked alongside the ferry trust", "Tony Marsh")], id="told-the-ap-his-team-worked"),
    # … or its present-tense verb and the verb's object ("his support … makes him …")
    pytest.param("Mr. Tom Hale told me his support for Ms. Lee makes him more honest than rivals.",
                 [("indirect", "his support for Ms. Lee makes him more honest than rivals", "Tom Hale")],
                 id="told-me-his-support-makes-him"),
    # … or an irregular past ("the visit went badly"), after a plain or a determined audience
    pytest.param("Mayor Ann Lee told reporters the talks went well.",
                 [("indirect", "the talks went well", "Ann Lee")], id="told-reporters-the-talks-went"),
    pytest.param("Mayor Ann Lee told the newspaper the visit went badly.",
                 [("indirect", "the visit went badly", "Ann Lee")], id="told-the-newspaper-the-visit-went"),
    pytest.param("Coach Dan Orr told his players the team lost focus in the second half.",
                 [("indirect", "the team lost focus in the second half", "Dan Orr")],
                 id="told-his-players-the-team-lost"),
    pytest.param("Mayor Ann Lee told the newspaper the visit failed.",
                 [("indirect", "the visit failed", "Ann Lee")], id="told-the-newspaper-the-visit-failed"),
    pytest.param("Ann Lee told her friends stories about the war.", [], id="told-friends-stories"),
    pytest.param("Mayor Ann Lee reminded the audience bathed in pink light of the promises made.", [],
                 id="an-audience-described-by-a-participle"),
    # who a named recipient is, between commas, is no part of the report
    pytest.param("Lawyer Ann Biller told Gov. Roy Cooper, a Democrat, that the charges were baseless.",
                 [("indirect", "the charges were baseless", "Ann Biller")], id="told-a-named-recipient-then-who-they-are"),
    pytest.param("Lawyer Ann Biller told Roy Cooper, the governor, the charges were baseless.",
                 [("indirect", "the charges were baseless", "Ann Biller")], id="told-a-named-recipient-the-governor"),
    pytest.param("Lawyer Ann Biller wrote to Gov. Roy Cooper, a Democrat, on behalf of the group.", [],
                 id="wrote-to-a-named-recipient-then-on-behalf"),
    pytest.param("Senator Ruth Pell told reporters this was the last chance to pass the bill.",
                 [("indirect", "this was the last chance to pass the bill", "Ruth Pell")],
                 id="told-reporters-then-a-demonstrative-subject"),
    pytest.param("Mayor Dan Fisk told a press briefing they are laying the groundwork to achieve that.",
                 [("indirect", "they are laying the groundwork to achieve that", "Dan Fisk")],
                 id="told-an-audience-then-a-pronoun-subject-and-a-closing-that"),
    pytest.param("Mayor Dan Fisk told a crowd they would rebuild the pier.",
                 [("indirect", "they would rebuild the pier", "Dan Fisk")],
                 id="a-pronoun-is-no-part-of-the-audience"),
    pytest.param("Senator Mona Reyes told students at the rally on Friday she would vote against the bill.",
                 [("indirect", "she would vote against the bill", "Mona Reyes")],
                 id="told-audience-where-and-when-then-clause"),
    pytest.param("Ben Ortiz, a nurse, told the paper the clinic had closed its maternity ward.",
                 [("indirect", "the clinic had closed its maternity ward", "Ben Ortiz")],
                 id="told-the-paper-then-a-noun-clause"),
    pytest.param("Finance Minister in the Ministry of Finance Brian Lowe reminded senators that the fund "
                 "was created in 2014.",
                 [("indirect", "the fund was created in 2014", "Brian Lowe")],
                 id="reminded-audience-that"),
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
    # an audience before "that" after cues other than "told"
    pytest.param("The fire service warned residents that the river could flood.",
                 [("indirect", "the river could flood", "the fire service")], id="warned-residents-that"),
    pytest.param("Mayor Ann Lee assured voters that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Ann Lee")], id="assured-voters-that"),
    pytest.param("The company informed staff that the plant would close.",
                 [("indirect", "the plant would close", "the company")], id="informed-staff-that"),
    pytest.param("The Belfast Giants have advised supporters that Saturday's game is off.",
                 [("indirect", "Saturday's game is off", "Belfast Giants")], id="advised-supporters-that"),
    # one hearer: a pronoun or a determined singular noun
    pytest.param("Larry Page met Doerr and informed him that he was leaving.",
                 [("indirect", "he was leaving", "Larry Page")], id="informed-him-that"),
    pytest.param("The agency notified the family that the body had been found.",
                 [("indirect", "the body had been found", "the agency")], id="notified-the-family-that"),
    pytest.param("Her aides continued to assure her that the ferry plan was worth the cost.",
                 [("indirect", "the ferry plan was worth the cost", "her aides")], id="assure-her-that"),
    # the subject of both verbs after a span of time or more than one opening phrase
    pytest.param("A couple of months after the deal closed, Larry Page called Doerr and informed the investor "
                 "that he had changed his mind.", [("indirect", "he had changed his mind", "Larry Page")],
                 id="a-span-of-time-opens-then-two-verbs"),
    pytest.param("After the deal closed, however, when there was no way out, Larry Page called Doerr and "
                 "informed the investor that he had changed his mind.",
                 [("indirect", "he had changed his mind", "Larry Page")], id="three-openers-then-two-verbs"),
    pytest.param("The hospital informed the family on Monday.", [], id="informed-without-a-report"),
    # an audience with no report after it
    ("Mara Quill told cheering supporters in Dayton on Monday.", []),
    # "her" and a noun are the audience; a pronoun then "that" is the audience, then the report
    pytest.param("The mayor told her staff she would resign.", [("indirect", "she would resign", "the mayor")],
                 id="told-her-staff-a-clause"),
    pytest.param("The mayor told her that the repair was not so easy.",
                 [("indirect", "the repair was not so easy", "the mayor")], id="told-her-that"),
    # "as …" after the audience is when it was said, not what
    pytest.param("“Nobody is talking about it,” Dan Quill told his supporters as he dismissed the debate.",
                 [("direct", "Nobody is talking about it,", "Dan Quill")], id="told-supporters-as"),
    # the reader addressed is an audience too ("you the quality of the cars …" was reported)
    pytest.param("Many riders will tell you the quality of the cars has declined over time.",
                 [("indirect", "the quality of the cars has declined over time", "many riders")], id="tell-you"),
    pytest.param("Many riders will tell you the quality of the driving, the cars, and the experience has declined.",
                 [("indirect", "the quality of the driving, the cars, and the experience has declined", "many riders")],
                 id="tell-you-a-long-subject"),
    pytest.param("The mayor told you the new bridge would open in May.",
                 [("indirect", "the new bridge would open in May", "the mayor")], id="told-you"),
    # a second report joined by "and that" goes on the first; it does not replace it
    pytest.param("Ann Lee told reporters the port would reopen and that no jobs would be lost.",
                 [("indirect", "the port would reopen and that no jobs would be lost", "Ann Lee")],
                 id="told-reporters-C1-and-that-C2"),
    pytest.param("Tom Reed told Kellard officials he had met the mayor and that the deal was close.",
                 [("indirect", "he had met the mayor and that the deal was close", "Tom Reed")],
                 id="told-officials-C1-and-that-C2"),
    # (but after an order given, "and that" opens the report)
    pytest.param("Tom Reed gave his crew a talk, telling them to keep going and that the port was safe.",
                 [("indirect", "the port was safe", "Tom Reed")], id="telling-them-to-and-that-C"),
]


@pytest.mark.parametrize("body, expected", RECIPIENT_THEN_CLAUSE)
def test_told_an_audience_then_a_clause_without_that(body, expected):
    quotes = extract_quotes(Article(id="told", text="County news\n\nThe county met.\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# An outlet's programme is one recipient, and a report may follow it without "that",
# its verb inside quotation marks
PROGRAMMES_AND_QUOTED_VERBS = [
    pytest.param("Dr Alan Pryce told NBC's Today show the final number of deaths would be lower.",
                 ("Alan Pryce", "the final number of deaths would be lower"), id="told-an-outlets-show"),
    pytest.param("Dr Alan Pryce, a member of the task force, told ABC News' Morning show the final number of "
                 "deaths \"looks more like 6,000\".",
                 ("Alan Pryce", "the final number of deaths \"looks more like 6,000\""),
                 id="told-a-show-then-a-quoted-verb"),
    # a programme's host after its title in marks is the audience too
    pytest.param("Asked why she named the group, Ruth Pell told “Harbour Morning” co-host Ann Diaz, “Because we "
                 "had to reckon with the tide.”",
                 ("Ruth Pell", "Because we had to reckon with the tide."), id="told-a-programmes-host"),
    # so are an outlet's founder or editor before their name, and a programme in marks after
    # the outlet's possessive
    pytest.param("Novelist Brad Orme told DailyWire founder Glen Bakely he would consider running for the seat.",
                 ("Brad Orme", "he would consider running for the seat"), id="told-an-outlets-founder-name"),
    pytest.param("Ruth Pell told ABC’s “Harbour Morning” on Friday the mood at the ferry talks was friendly.",
                 ("Ruth Pell", "the mood at the ferry talks was friendly"), id="told-an-outlets-programme-in-marks"),
]


@pytest.mark.parametrize("body, expected", PROGRAMMES_AND_QUOTED_VERBS)
def test_programmes_and_quoted_verbs(body, expected):
    quotes = extract_quotes(Article(id="t", text="Virus toll forecast lowered\n\n" + body))
    assert [(q.speaker, q.text) for q in quotes] == [expected]



# An outlet told is the via of the statement; a court, a committee or an inquiry told is
# where it was made, no outlet
VIA_RECIPIENTS = [
    ("The deal is dead, Lind told Reuters.", "Reuters"),
    ("Five of his relatives were taken from their homes, his lawyers told the court.", None),
    ("The deal is dead, Lind told the Senate Judiciary Committee.", None),
    # the sentence's full stop is no part of the outlet's name
    ("“The deal is dead,” Lind said in an interview with Stabroek News.", "Stabroek News"),
    ("“The deal is dead,” Lind told CNBC Saturday.", "CNBC"),
    # (a paper "of" its city is the paper; a body "of" a place is where it was said)
    ("“The deal is dead,” Lind told The Star-Ledger of Kellard on Monday.", "The Star-Ledger"),
    ("“The deal is dead,” Lind told the Council of Europe on Monday.", None),
    ("“The deal is dead,” Lind told a group of Associated Press editors.", None),
    # a body's people told are no outlet: "FBI agents" are the audience, not the FBI
    ("The clerk told FBI agents that he had never altered the ledger.", None),
    # an outlet's correspondent or host told: the statement came by the outlet
    ("Lind also told NPR correspondent Ann Bell that the deal is dead.", "NPR"),
]


@pytest.mark.parametrize("body, via", VIA_RECIPIENTS)
def test_an_outlet_told_is_the_via_a_court_is_not(body, via):
    quotes = extract_quotes(Article(id="t", text="Deal talks\n\n" + body))
    assert [q.via for q in quotes] == [via]


# When the audience was told, between the audience and a report without "that"
TOLD_THEN_WHEN = [
    pytest.param("Nora Vance told The Star-Ledger of Kellard last week she would sooner back the ferry plan.",
                 [("indirect", "she would sooner back the ferry plan", "Nora Vance")], id="told-a-paper-of-a-city-last-week"),
    pytest.param("The mayor told residents last week the bridge would close.",
                 [("indirect", "the bridge would close", "the mayor")], id="told-residents-last-week"),
    pytest.param("Nora Vance told Reuters Tuesday she would sooner back the ferry plan.",
                 [("indirect", "she would sooner back the ferry plan", "Nora Vance")], id="told-an-outlet-a-day"),
    pytest.param("The mayor told residents last week.", [], id="told-residents-last-week-no-report"),
]


@pytest.mark.parametrize("body, expected", TOLD_THEN_WHEN)
def test_told_an_audience_when_then_a_clause(body, expected):
    quotes = extract_quotes(Article(id="told", text="County news\n\nThe county met.\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected
