"""According-to sources and relays (`attribution.according`): "According to X, C.",
"C, according to X.", outlets that relayed a statement, interviews as via."""
from __future__ import annotations

import pytest

from attribution_cases import triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    # a colon ends the writer's clause: the source after it opens the report
    pytest.param("The ferry plan is in trouble: according to recent polls, the council keeps barely 19 percent of its support.",
                 [("indirect", "the council keeps barely 19 percent of its support", "recent polls")],
                 id="a-colon-then-according-to-X-comma-C"),
    # a verb that reports nothing ("said little") leaves the whole sentence the source's
    pytest.param("The harbour master came in late and said little, according to two clerks.",
                 [("indirect", "The harbour master came in late and said little", "two clerks")],
                 id="said-little-according-to-X"),
    pytest.param("According to the Russian Export Center, agricultural exports to China rose sharply last year.",
                 [("indirect", "agricultural exports to China rose sharply last year", "Russian Export Center")],
                 id="according-to-X-comma-C"),
    pytest.param("Agricultural exports to China rose sharply last year, according to the Russian Export Center.",
                 [("indirect", "Agricultural exports to China rose sharply last year", "Russian Export Center")],
                 id="C-comma-according-to-X"),
    pytest.param("Harbour traffic fell by 12 percent last year, according to the Coastal Freight Survey, "
                 "released along with the ministry's annual report.",
                 [("indirect", "Harbour traffic fell by 12 percent last year", "Coastal Freight Survey")],
                 id="participle-after-the-source-describes-it"),
    pytest.param("The port is now the busiest on the coast, according to a report released on Monday. "
                 "Container volumes rose by a fifth, said the Annual Report on Coastal Shipping.",
                 [("indirect", "The port is now the busiest on the coast", "Annual Report on Coastal Shipping"),
                  ("indirect", "Container volumes rose by a fifth", "Annual Report on Coastal Shipping")],
                 id="a-report-titled-in-the-next-sentence"),
    # a source inside the writer's aside between dashes: the whole sentence is its report,
    # and the dash ends the source's name
    pytest.param("Most ferry riders - 58 percent in 2016, according to the Kellard report - still favour the route.",
                 [("indirect", "Most ferry riders - 58 percent in 2016, according to the Kellard report - still favour the route",
                   "Kellard report")],
                 id="C1-dash-according-to-X-dash-C2"),
    pytest.param("Most voters—63 percent last year, according to the Gallup survey—still back the plan.",
                 [("indirect", "Most voters—63 percent last year, according to the Gallup survey—still back the plan",
                   "Gallup survey")],
                 id="C1-em-dash-according-to-X-em-dash-C2"),
    pytest.param("The council has so far rejected calls — including from Ann Lee, according to two aides — to cancel the vote.",
                 [("indirect", "The council has so far rejected calls — including from Ann Lee, according to two aides — "
                   "to cancel the vote",
                   "two aides")],
                 id="C1-dash-short-aside-according-to-X-dash-C2"),
    # a long aside between the dashes is a claim of its own: the source's report is the aside
    pytest.param("Given that history -- and the fact that the mayor has made more than 300 false claims since "
                 "taking office, according to the Harbor Gazette -- there is every reason to doubt the story.",
                 [("indirect", "and the fact that the mayor has made more than 300 false claims since taking office",
                   "Harbor Gazette")],
                 id="long-aside-between-dashes-is-the-source-s-report"),
    pytest.param("The plan failed, according to Paul Ross - a former envoy - and the unions agree.",
                 [("indirect", "The plan failed", "Paul Ross")],
                 id="an-apposition-between-dashes-is-not-the-source-s-name"),
    # people a reporter consulted are the source, not the reporter's outlet
    pytest.param("But according to tax experts interviewed by the Harbor Gazette, the firm is hardly unique.",
                 [("indirect", "the firm is hardly unique", "tax experts")],
                 id="according-to-people-interviewed-by-an-outlet"),
    # an act still to come has not been said: the source tells of the whole sentence (but a
    # quotation of prepared words is still the speaker's)
    pytest.param("The council will propose investing $40 million a year in the ferry, according to a port official.",
                 [("indirect", "The council will propose investing $40 million a year in the ferry", "a port official")],
                 id="will-propose-according-to-an-official"),
    pytest.param("“No one is ever ready for the harbour,” the governor will say, according to excerpts released by her staff.",
                 [("direct", "No one is ever ready for the harbour,", "the governor")],
                 id="prepared-words-the-governor-will-say"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


RELAYED = [
    pytest.param("Russian Foreign Minister Sergei Lavrov said on Sunday that Moscow values its "
                 "partnership with Beijing, TASS reported.",
                 ("indirect", "Moscow values its partnership with Beijing", "Sergei Lavrov", "TASS"),
                 id="C-comma-TASS-reported"),
    pytest.param("“Our relations are at their highest level in history,” Sergei Lavrov said, "
                 "according to TASS.",
                 ("direct", "Our relations are at their highest level in history,", "Sergei Lavrov", "TASS"),
                 id="Q-said-according-to-TASS"),
    # "As X reports," before another's report: the outlet relays it, even one the article
    # names by a single word
    pytest.param("Rideco had a response to the law. As Techwire reports, the company announced that it would "
                 "charge a minimum of $100 for rides.",
                 ("indirect", "it would charge a minimum of $100 for rides", "the company", "Techwire"),
                 id="as-X-reports-comma"),
    # people an outlet consulted, or reports it cited: the source speaks, the outlet relays
    pytest.param("But according to tax experts interviewed by the Harbor Gazette, the firm is hardly unique.",
                 ("indirect", "the firm is hardly unique", "tax experts", "Harbor Gazette"),
                 id="according-to-people-interviewed-by-an-outlet"),
    pytest.param("According to reports cited by Kellard News, more than 104,000 people lost power.",
                 ("indirect", "more than 104,000 people lost power", "reports", "Kellard News"),
                 id="according-to-reports-cited-by-an-outlet"),
    # (a person citing is no outlet)
    pytest.param("According to a study cited by Ann Lee, the firm is hardly unique.",
                 ("indirect", "the firm is hardly unique", "a study", None),
                 id="according-to-a-study-cited-by-a-person"),
    # unnamed people and groups whom an outlet closing the sentence relays, as it relays a name
    pytest.param("A person familiar with the talks said the deal was close, the Harbor Gazette reported.",
                 ("indirect", "the deal was close", "a person familiar with the talks", "Harbor Gazette"),
                 id="an-unnamed-person-said-C-outlet-reported"),
    pytest.param("Kellard officials said that the port would reopen in May, Reuters reported on Tuesday.",
                 ("indirect", "the port would reopen in May", "Kellard officials", "Reuters"),
                 id="a-group-said-C-outlet-reported-on-a-day"),
    # (a body reporting something inside the content relays nothing)
    pytest.param("Kellard officials said the harbor company reported record profits last year.",
                 ("indirect", "the harbor company reported record profits last year", "Kellard officials", None),
                 id="a-body-reporting-inside-the-content"),
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


ACCORDING_TO_SOURCES = [
    # a bracket after the source is the writer's; a clock time opening the sentence is when
    ("Vance took 61 percent of ferry workers, according to exit polls (a clear lead, but narrower than his).",
     [("indirect", "Vance took 61 percent of ferry workers", "exit polls")]),
    ("About 11:47 p.m., according to a harbour board log, the crew set off for the pier.",
     [("indirect", "the crew set off for the pier", "a harbour board log")]),
    # people placed by where they speak
    ("According to some on Twitter, the anchor was incognito at the tower.",
     [("indirect", "the anchor was incognito at the tower", "some on Twitter")]),
    # "According to details," (South Asian news): the details of a report nobody is named for
    ("According to details, the newborn children died due to a lack of oxygen at the hospital.", []),
    # a standard or definition is what something is measured by, not a source of words
    ("The field holds the largest reserves in the region, according to the Russian classification.", []),
    # an opening source inside brackets, after "In addition,", or with when it saw it
    ("(According to the Kellard Port Authority, it has no records of ferry delays.)",
     [("indirect", "it has no records of ferry delays", "Kellard Port Authority")]),
    ("In addition, according to the board, roughly four thousand more riders will be covered by the new "
     "ferry pass.",
     [("indirect", "roughly four thousand more riders will be covered by the new ferry pass",
       "the board")]),
    ("According to the pilot in charge of the ferry that evening, the account in the novel is wholly false.",
     [("indirect", "the account in the novel is wholly false", "the pilot in charge of the ferry")]),
    ("Each group will play a semifinal and a final for a place at the tournament according to the league as part "
     "of the playoffs, with each path having one berth.",
     [("indirect", "Each group will play a semifinal and a final for a place at the tournament", "the league")]),
    # an opening source claims its sentence: a supposed act inside it is no report
    ("According to the Post, harbour staff looked at what might follow if their chairman announced she "
     "would step down.",
     [("indirect", "harbour staff looked at what might follow if their chairman announced she would "
       "step down", "Post")]),
    # a work by its title in marks: a document, whatever its colon or comma
    ("The company lost money for years, according to “The Big Short,” a book by Michael Lewis.",
     [("indirect", "The company lost money for years", "Big Short")]),
    ("She met her crew in early 2003, according to \"Steady Hands: Nora Vance and the Rebuilding of the "
     "Harbor Line\" by Tom Reed.",
     [("indirect", "She met her crew in early 2003",
       "Steady Hands: Nora Vance and the Rebuilding of the Harbor Line")]),
    ("Of 40 names put forward by Mr. Quill, the board took just two, according to Mr. Quill's office.",
     [("indirect", "Of 40 names put forward by Mr. Quill, the board took just two", "Mr. Quill's office")]),
    ("Road deaths fell by a third in 2019, according to the Highway Patrol's data.",
     [("indirect", "Road deaths fell by a third in 2019", "the Highway Patrol's data")]),
    ("Road deaths fell by a third in 2019, according to DOT data.",
     [("indirect", "Road deaths fell by a third in 2019", "DOT data")]),
    ("Road deaths fell by a third in 2019, according to official figures.", []),
    ("The singer has been isolating at home, according to spokesman.",
     [("indirect", "The singer has been isolating at home", "a spokesman")]),
    ("Quill leads the race with 31%, according to a Dayton Herald/WHIO poll released Sunday.",
     [("indirect", "Quill leads the race with 31%", "a Dayton Herald / WHIO poll")]),
    ("According to initial results of exit polls conducted on behalf of two stations by a survey group, most "
     "riders were pleased.",
     [("indirect", "most riders were pleased",
       "initial results of exit polls")]),
    ("The plan was rushed, according to council members who worked on it.",
     [("indirect", "The plan was rushed", "council members")]),
    ("In addition, according to the county, nearly 900 more homes will be connected.",
     [("indirect", "nearly 900 more homes will be connected", "the county")]),
    ("Exports rose sharply last year, according to Anna Berg, an analyst at the center.",
     [("indirect", "Exports rose sharply last year", "Anna Berg")]),
    # a time phrase opening the sentence, with or without a connective: the report follows
    ("The board met on Monday. But the following morning, according to Paul Brandt, the mayor made further demands.",
     [("indirect", "the mayor made further demands", "Paul Brandt")]),
    ("The board met on Monday. Two weeks later, according to the county, the plan was dropped.",
     [("indirect", "the plan was dropped", "the county")]),
    ("One Friday in early 2003, according to the book, Ann Fisk sat alone on the pier.",
     [("indirect", "Ann Fisk sat alone on the pier", "the book")]),
    # a work by its title and its author: the author is the source's, not the report's
    ("One Friday in 2003, according to “Harbor Lights” by Tom Reed, Ann Fisk sat alone on the pier.",
     [("indirect", "Ann Fisk sat alone on the pier", "Harbor Lights")]),
    # the source's head noun decides: officials of law enforcement are people, the law is not
    ("According to law enforcement officials, a ferry pass was tied to a stolen card.",
     [("indirect", "a ferry pass was tied to a stolen card", "law enforcement officials")]),
    ("The account was closed in May, according to the law.", []),
    ("According to the rules of the chamber, the vote was void.", []),
    ("Prices rose, according to the law passed in 2010.", []),
    ("The vote was void, according to the plan approved by the council.", []),
    ("As Techwire reports, the Oslo firm is the world's largest maker of drive platters.",
     [("indirect", "the Oslo firm is the world's largest maker of drive platters", "Techwire")]),
    ("The ferry company was registered in 2015, according to the county's licensing records.",
     [("indirect", "The ferry company was registered in 2015", "the county's licensing records")]),
    # a website's address is one name: its dot ends neither the source nor the sentence
    ("According to fan site StarFans.net, rumors abound that the studio might re-release the films.",
     [("indirect", "rumors abound that the studio might re-release the films", "StarFans.net")]),
    ("The average party cost $1,200, according to Partyplanner.com; $700 of that was for food.",
     [("indirect", "The average party cost $1,200", "Partyplanner.com")]),
    # a bracket closing after the source ends it
    ("She made a claim about fares (the real figure is nearer to 9 percent, according to Checkfacts.org). "
     "She repeated it.", [("indirect", "the real figure is nearer to 9 percent", "Checkfacts.org")]),
    ("Turnout rose in the harbour ward (81 percent of voters there were renters, according to exit polls).",
     [("indirect", "81 percent of voters there were renters", "exit polls")]),
    # an apposition, an age or a relative clause after the source names it; the content follows
    ("According to Ann Lee, the mayor, the bridge is safe.", [("indirect", "the bridge is safe", "Ann Lee")]),
    ("According to Dan Moss, 45, the bridge is safe.", [("indirect", "the bridge is safe", "Dan Moss")]),
    ("According to Matt Rojan, director of the Harbour Institute, who has made a special study of the practice, "
     "“there are firms that specialize in bribing judges.”",
     [("direct", "there are firms that specialize in bribing judges.", "Matt Rojan")]),
    # … but a thing, an adjunct or a possessed subject after the comma is the content's
    ("According to Tom Fisk, the bridge, built in 1920, is safe.",
     [("indirect", "the bridge, built in 1920, is safe", "Tom Fisk")]),
    ("According to the Fire Database, 8,668 fires have been detected.",
     [("indirect", "8,668 fires have been detected", "Fire Database")]),
    ("According to Tina Swift, her former label Big Note, which owns her masters, is blocking her.",
     [("indirect", "her former label Big Note, which owns her masters, is blocking her", "Tina Swift")]),
    # a participle describing the source between commas is the source's
    ("According to the study, published in the Harbor Medical Journal, the man had months of dizziness.",
     [("indirect", "the man had months of dizziness", "the study")]),
    ("According to the report, released Tuesday, the county lost 300 jobs.",
     [("indirect", "the county lost 300 jobs", "the report")]),
    # the source between a subject and its verb interrupts one report: the whole sentence
    ("Other major splits, according to the poll, include age and education.",
     [("indirect", "Other major splits, according to the poll, include age and education", "the poll")]),
    ("The county economy, according to the report, grew by 3 percent.",
     [("indirect", "The county economy, according to the report, grew by 3 percent", "the report")]),
    # (not a clause already, nor a participle describing the source)
    ("The bill passed, according to the clerk, released by the Senate.",
     [("indirect", "The bill passed", "the clerk")]),
]


@pytest.mark.parametrize("body, expected", ACCORDING_TO_SOURCES)
def test_according_to_names_records_polls_and_people(body, expected):
    quotes = extract_quotes(Article(id="acc", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# "In X's words", "in his own words", "in the words of X": X is the source of the words after
WORDS_OF = [
    ("Dr. Ann Lee of the city hospital led the study.\n\nIn Dr. Lee’s words, “The brain keeps working at rest.”",
     [("direct", "The brain keeps working at rest.", "Ann Lee")]),
    ("Mayor Dan Fisk spoke last. In his own words, “I never wanted to be a politician.”",
     [("direct", "I never wanted to be a politician.", "Dan Fisk")]),
    ("The plan was, in the words of one aide, “a disaster waiting to happen.”",
     [("direct", "a disaster waiting to happen.", "one aide")]),
    ("He chose his words carefully. In other words, nothing changed.", []),
    # after a quoted word, the source vouches for that word only: nothing after it is theirs
    ("Mayor Dan Fisk distrusts “shortcuts,” in the words of two clerks, and snapped when staff objected.", []),
    # "according to X's remarks": X is the source, and "he" goes on in X's voice
    ("Foreign Minister Miguel Rivera met Prime Minister Tomás Ortega on Monday.\n\nThe meeting aims to "
     "“set a clear agenda for the ministers,” according to Rivera’s remarks. The agreement should include "
     "“firm deadlines for every party,” he added.",
     [("mixed", "The meeting aims to “set a clear agenda for the ministers,”", "Miguel Rivera"),
      ("mixed", "The agreement should include “firm deadlines for every party,”", "Miguel Rivera")]),
    ("Mayor Dan Fisk met the council. The deal was off, according to Fisk's account of the meeting.",
     [("indirect", "The deal was off", "Dan Fisk")]),
    # (but X's people speak for themselves)
    ("Mayor Dan Fisk met the council. The deal was off, according to Fisk's lawyers.",
     [("indirect", "The deal was off", "Fisk's lawyers")]),
]


@pytest.mark.parametrize("body, expected", WORDS_OF)
def test_in_someones_words_names_a_source(body, expected):
    quotes = extract_quotes(Article(id="w", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# An outlet is a speaker only when it speaks for itself: "CNN reported that X said …"
# makes CNN the via of X's words.
OUTLET_RELAYS = [
    pytest.param("CNN reported that Senator Ann Lee said the bill would pass.",
                 [("indirect", "the bill would pass", "Ann Lee", "CNN")], id="outlet-reported-that-X-said"),
    # someone recounting another's quoted words: the words are the other's
    pytest.param("The woman told the Harbor Post that Tom Reed said, “You look like the women in here.”",
                 [("direct", "You look like the women in here.", "Tom Reed", None)], id="told-that-X-said-a-quotation"),
    pytest.param("Ann Lee said that Tom Reed told her: “You look like the women in here.”",
                 [("direct", "You look like the women in here.", "Tom Reed", None)], id="said-that-X-told-her-a-quotation"),
    # (but what X said, reported without quotation marks, is the teller's report)
    pytest.param("Ann Lee said that Tom Reed told her the plant would close.",
                 [("indirect", "Tom Reed told her the plant would close", "Ann Lee", None)],
                 id="said-that-X-told-her-a-clause"),
    pytest.param("The Post said in a statement that it stood by its reporting.",
                 [("indirect", "it stood by its reporting", "Post", None)], id="outlet-speaking-for-itself"),
    pytest.param("The minister reports that exports rose by a fifth.",
                 [("indirect", "exports rose by a fifth", "the minister", None)], id="reports-that"),
    # what a paper printed is the paper's: its editorial is its own voice
    pytest.param("“There are fences with more spine than the senator,” reads a Monday editorial in The "
                 "Lakeside Register.",
                 [("direct", "There are fences with more spine than the senator,", "Lakeside Register", None)],
                 id="reads-an-editorial-in-a-paper"),
    pytest.param("“The levy will fail,” said a report in the Boston Globe.",
                 [("direct", "The levy will fail,", "Boston Globe", None)], id="said-a-report-in-a-paper"),
    pytest.param("“Thank you for your service,” reads the letter.",
                 [("direct", "Thank you for your service,", "the letter", None)], id="reads-the-letter"),
]


# A poll opening the sentence of its respondents' report relayed it, as "according to the
# poll" does: the share polled speaks, the poll is the via
IN_A_POLL = [
    ("In a September Harbor Times poll, 75 percent of residents said the council could not be trusted.",
     [("indirect", "the council could not be trusted", "75 percent of residents", "a September Harbor Times poll")]),
    ("In a recent poll conducted by the Harbor Times, only 37 percent of riders said they trusted the ferry board.",
     [("indirect", "they trusted the ferry board", "only 37 percent of riders",
       "a recent poll conducted by the Harbor Times")]),
    # (an interview is no poll, and a person polled nobody)
    ("In an interview, the mayor said the bill would pass.",
     [("indirect", "the bill would pass", "the mayor", None)]),
]


@pytest.mark.parametrize("body, expected", IN_A_POLL)
def test_a_poll_opening_the_sentence_relays_its_respondents(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected


@pytest.mark.parametrize("body, expected", OUTLET_RELAYS)
def test_outlets_relay_or_speak_for_themselves(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected


# Other phrases that name a source the way "according to" does.
AS_CONFIRMED_BY = [
    pytest.param("The border will reopen on Monday, as confirmed by the Ministry of Security.",
                 [("indirect", "The border will reopen on Monday", "Ministry of Security")], id="as-confirmed-by"),
    pytest.param("As noted by the central bank, inflation fell in May.",
                 [("indirect", "inflation fell in May", "the central bank")], id="as-noted-by"),
]


@pytest.mark.parametrize("body, expected", AS_CONFIRMED_BY)
def test_as_confirmed_by_names_a_source(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A list of sources: the named person who heads it, not the last body in it; a role
# joined by "and" is still one person's
SOURCE_LISTS = [
    pytest.param("The men are charged with running a betting ring, according to Chief Prosecutor Ada Kerr and "
                 "officials from the National Crime Agency and the Leeds Police.", "Ada Kerr",
                 id="a-person-then-bodies"),
    pytest.param("According to Dover Times contributor and maritime historian Ben Marsh, ferry fares have "
                 "doubled four times since the war.", "Ben Marsh", id="two-roles-one-person"),
]


@pytest.mark.parametrize("body, speaker", SOURCE_LISTS)
def test_lists_of_sources(body, speaker):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]



def test_a_person_relaying_evidence_is_whom_the_next_he_stands_for():
    # "According to Mr. Mahfood, data … have shown …": he speaks; a reporter's sign-off
    # ("Wayne Walker reports.") before it is no antecedent for "He says …"
    text = ("Exports to the region\n\nPresident of the exporters' association John Mahfood says makers should "
            "export more to the region.\n\nWayne Walker reports.\n\nAccording to Mr. Mahfood, data from STATIN "
            "have shown that there has always been an imbalance in trade.\n\nHe says local "
            "manufacturers shouldn’t rely on the government.")
    quotes = extract_quotes(Article(id="acc", text=text))
    assert [q.speaker for q in quotes if "rely on the government" in q.text] == ["John Mahfood"]


# A source's phrase, then a conjunction and a clause with its own subject: the source tells
# of the clause before it and relays nothing after ("…, according to her father, and the
# complaint alleges …" gave the complaint's report the father as its via)
SOURCE_BEFORE_ANOTHER_CLAUSE = [
    ("One worker’s arm was badly burned, according to her father, and the complaint alleges that another "
     "worker lost an eye.",
     [("indirect", "One worker’s arm was badly burned", "her father", None),
      ("indirect", "another worker lost an eye", "the complaint", None)]),
    ("One worker’s arm was badly burned, according to Tom Hale, but the company says the plant is safe.",
     [("indirect", "One worker’s arm was badly burned", "Tom Hale", None),
      ("indirect", "the plant is safe", "the company", None)]),
    # (a source before the report it relays, an aside and all, stays its via)
    ("According to Tom Hale, Mayor Ann Lee said the bridge would close.",
     [("indirect", "the bridge would close", "Ann Lee", "Tom Hale")]),
    ("According to Tom Hale, and to two other aides, Mayor Ann Lee said the bridge would close.",
     [("indirect", "the bridge would close", "Ann Lee", "Tom Hale")]),
    # (the source is not the "senator" who speaks after it)
    ("According to Tom Hale, the senator said the bridge would close.",
     [("indirect", "the bridge would close", "the senator", "Tom Hale")]),
]


@pytest.mark.parametrize("body, expected", SOURCE_BEFORE_ANOTHER_CLAUSE)
def test_a_source_before_another_clause_relays_nothing(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected


# A source closing its sentence tells all of it when the report in it is only a part: a
# subordinate clause, a noun clause on "what" or a relative clause. A report that is the
# sentence's main clause, or a clause joined to it, is relayed (the last rows).
REPORT_INSIDE_WHAT_THE_SOURCE_TELLS = [
    ("After a reporter raised the fire with them, the couple grew “furious” when the microphones were switched "
     "off, according to a neighbour of theirs.",
     [("mixed", "After a reporter raised the fire with them, the couple grew “furious” when the microphones were "
                "switched off", "a neighbour of theirs", None)]),
    ("What Reed tells friends about the mayor is another matter entirely, according to Dan Fisk, a former councillor.",
     [("indirect", "What Reed tells friends about the mayor is another matter entirely", "Dan Fisk", None)]),
    ("Ann Lee did well among harbor voters who believe that the port is a boon, according to Dan Fisk.",
     [("indirect", "Ann Lee did well among harbor voters who believe that the port is a boon", "Dan Fisk", None)]),
    ("When Ann Lee said the port would close, the dockers walked out, according to Dan Fisk.",
     [("indirect", "When Ann Lee said the port would close, the dockers walked out", "Dan Fisk", None)]),
    ("Mayor Ann Lee said the port would close, according to Dan Fisk.",
     [("indirect", "the port would close", "Ann Lee", "Dan Fisk")]),
    ("The harbor was closed, and the port authority said it had checked every crane, according to Dan Fisk.",
     [("indirect", "it had checked every crane", "the port authority", "Dan Fisk")]),
    ("When Ann Lee saw the cranes, she remarked to her deputy, “They look old,” according to an aide.",
     [("direct", "They look old,", "Ann Lee", "an aide")]),
    ("Officials, who asked not to be named, said the port would close, according to Dan Fisk.",
     [("indirect", "the port would close", "officials", "Dan Fisk")]),
    ("“We will close the port,” Mayor Ann Lee said, according to the Harbor Gazette.",
     [("direct", "We will close the port,", "Ann Lee", "Harbor Gazette")]),
]


@pytest.mark.parametrize("body, expected", REPORT_INSIDE_WHAT_THE_SOURCE_TELLS)
def test_a_source_closing_its_sentence_tells_the_report_inside_it(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected
