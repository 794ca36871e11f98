"""Content regions cut into quotes (`attribution.spans`): where a reported clause ends
and the writer takes over, the words before a colon that introduce a quotation, the
brackets around a report."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article

PATTERNS = [
    # a dash inside a quotation after a colon is the quotation's own: no report of its first half
    pytest.param(INTRO + "Zhang told him: “These were twelve pages of new rules – including duties on every "
                         "exporter with heavy penalties.”",
                 [("direct", "These were twelve pages of new rules – including duties on every exporter with heavy "
                   "penalties.", ZHANG)], id="a-dash-inside-the-quotation-after-a-colon"),
    pytest.param(INTRO + "Zhang says the emails were personal, but for his critics, they are a smoking gun.",
                 [("indirect", "the emails were personal", ZHANG)], id="but-for-another-side-ends-it"),
    # a second clause with its own source and verb of saying ends the first report
    pytest.param("A hospital director said hundreds of people were killed and Ruritania claims dozens of rebels died.",
                 [("indirect", "hundreds of people were killed", "a hospital director"),
                  ("indirect", "dozens of rebels died", "Ruritania")], id="and-another-source-claims"),
    pytest.param(INTRO + "Zhang said the plan would fail - a jab at the minister - while Novak praised it.",
                 [("indirect", "the plan would fail", ZHANG)], id="the-writers-dash-aside-and-while-end-it"),
    # nor does a dash before a second that-clause of the same report (but "— and that was …"
    # and "— and the crowd cheered" are the writer's)
    pytest.param(INTRO + "Zhang has pointed out that the port is never idle – and that this is the time when it "
                         "works hardest.",
                 [("indirect", "the port is never idle – and that this is the time when it works hardest", ZHANG)],
                 id="a-dash-and-a-second-that-clause"),
    pytest.param(INTRO + "Zhang said that the port is never idle — and that was the end of the debate.",
                 [("indirect", "the port is never idle", ZHANG)], id="a-dash-and-that-was"),
    # a dash before "but only" is the report's own proviso, not the writer taking over
    pytest.param(INTRO + "Zhang explained that the buses would not stop for cars – but only going one way.",
                 [("indirect", "the buses would not stop for cars – but only going one way", ZHANG)],
                 id="a-dash-and-but-only"),
    pytest.param(INTRO + "Zhang said the buses would not stop for cars — but the drivers disagreed.",
                 [("indirect", "the buses would not stop for cars", ZHANG)], id="a-dash-and-but-the-writer"),
    # a pair of dashes around an aside inside the clause does not end it
    pytest.param(INTRO + "Zhang said officials found those old - and previously unreported - emails last spring.",
                 [("indirect", "officials found those old - and previously unreported - emails last spring", ZHANG)],
                 id="a-paired-dash-aside-inside-the-clause"),
    pytest.param(INTRO + "Zhang said the council had cut the debates — but not the hearings — to save money.",
                 [("indirect", "the council had cut the debates — but not the hearings — to save money", ZHANG)],
                 id="a-paired-dash-aside-opening-with-but"),
    # words before a colon are the report when the speaker's cue opened them
    pytest.param(INTRO + "Zhang told the Daily Ledger that despite the excitement, he didn't think the casino "
                         "would last: “Once the cold winds blow, it won't make it.”",
                 [("indirect", "despite the excitement, he didn't think the casino would last", ZHANG),
                  ("direct", "Once the cold winds blow, it won't make it.", ZHANG)],
                 id="a-report-before-a-colon-after-its-cue"),
    pytest.param(INTRO + "Zhang tells the tale of the night he first met the envoy and recites the line: “We will keep "
                         "trading with everyone.”",
                 [("direct", "We will keep trading with everyone.", ZHANG)],
                 id="no-clause-before-the-colon-no-report"),
    # after an object, ", but" opens the writer's next clause
    pytest.param(INTRO + "Zhang called on the ministry to block the deal, but the unions were not the only ones "
                         "worried.",
                 [("indirect", "the ministry to block the deal", ZHANG)], id="but-after-an-object"),
    # a subordinate clause with an irregular past before the subject: its noun is no speaker
    pytest.param("Kasich spoke after a woman in Worcester told him she worries he is too nice.",
                 [("indirect", "she worries he is too nice", "a woman in Worcester")],
                 id="an-irregular-past-before-the-subordinator"),
    pytest.param(INTRO + "Zhang emphasised China's role as a trading partner while the tariffs kept rising.",
                 [("indirect", "China's role as a trading partner", ZHANG)], id="while-after-an-object"),
    pytest.param(INTRO + "Another leader had to defend himself: “I am no thief and never was one,” Zhang said.",
                 [("direct", "I am no thief and never was one,", ZHANG)],
                 id="words-before-a-colon-are-the-writers"),
    pytest.param(INTRO + "(Zhang says the plan will fail.)",
                 [("indirect", "the plan will fail", ZHANG)], id="not-the-closing-bracket"),
    pytest.param(INTRO + "“We will keep trading,” Zhang said, adding that the two countries had signed eleven "
                         "new agreements this week.",
                 [("direct", "We will keep trading,", ZHANG),
                  ("indirect", "the two countries had signed eleven new agreements this week", ZHANG)],
                 id="slot-and-reported-clause"),
    pytest.param(INTRO + "While most adults have had two doses, we must now “double our efforts to reach the "
                         "elderly,” as soon as possible, Zhang said.",
                 [("mixed", "While most adults have had two doses, we must now “double our efforts to reach the "
                            "elderly,” as soon as possible", ZHANG)], id="words-woven-into-a-closed-report"),
    pytest.param(INTRO + "Zhang said the plan is “trying to please everyone at once.”",
                 [("mixed", "the plan is “trying to please everyone at once.”", ZHANG)],
                 id="words-woven-after-a-clause-subject"),
    pytest.param(INTRO + "Zhang said the premier and his deputy, Li Wen, “must set the record straight at once”.",
                 [("mixed", "the premier and his deputy, Li Wen, “must set the record straight at once”", ZHANG)],
                 id="words-woven-after-the-subjects-apposition"),
    pytest.param(INTRO + "Zhang says that while he condemns the attacks, they show “a community pushed to its limit”.",
                 [("mixed", "while he condemns the attacks, they show “a community pushed to its limit”", ZHANG)],
                 id="words-woven-into-a-report-already-open"),
    # a study's finding opens a report as a speaker's words do
    pytest.param(INTRO + "Another study found that there is “limited evidence” of vitamins helping older patients "
                         "“for the prevention of heart disease.”",
                 [("mixed", "there is “limited evidence” of vitamins helping older patients “for the prevention of "
                            "heart disease.”", "Another study")], id="words-woven-into-a-findings-report"),
    # a quotation opening the clause whose sentence goes on in lower case after it, or filling
    # a noun's slot after a preposition: one mixed report, the whole clause
    pytest.param(INTRO + "Zhang said in an affidavit that “anyone with enough determination to escape” from the "
                         "prison could do so.",
                 [("mixed", "“anyone with enough determination to escape” from the prison could do so", ZHANG)],
                 id="quotation-opening-a-clause-that-goes-on"),
    pytest.param(INTRO + "Zhang said the problem isn’t the app necessarily but stopping U.S. firms from “turning "
                         "over data to foreign companies.”",
                 [("mixed", "the problem isn’t the app necessarily but stopping U.S. firms from “turning over data "
                            "to foreign companies.”", ZHANG)], id="quotation-after-a-preposition"),
    # a closing cue claims no words before a colon: they introduce what it closes
    pytest.param("Finally, with the vote looming, the mayor intervened: If Quill would debate on Friday, Brandt "
                 "tweeted, the city would host it.",
                 [("indirect", "If Quill would debate on Friday, Brandt tweeted, the city would host it", "Brandt")],
                 id="a-colon-before-a-closed-report"),
    pytest.param("At 5:30 p.m. the bridge was closed, Brandt said.",
                 [("indirect", "At 5:30 p.m. the bridge was closed", "Brandt")], id="a-clock-time-is-no-colon"),
    # a quotation and its attribution between dashes: the words before the dash are the writer's,
    # unless the speaker's own cue opened them
    pytest.param("Neither man was impressed by the mayor - “Born with a silver spoon,” Mr. Elkins said - but "
                 "they could not back her rival.",
                 [("direct", "Born with a silver spoon,", "Elkins")], id="a-dash-aside-with-its-attribution"),
    pytest.param("Mr. Elkins praised his brother's “deep faith” - “faith that shows in good works,” he said - "
                 "and argued for a winner.",
                 [("mixed", "his brother's “deep faith”", "Elkins"),
                  ("direct", "faith that shows in good works,", "Elkins")], id="a-dash-aside-after-a-report"),
    # a clause that names the speaker by surname is the writer's, not the speaker's
    pytest.param("Nora Quill stars in the show. That curiosity prompted Quill to read the classics, and, she said, "
                 "“the songs started coming on my radio.”",
                 [("direct", "the songs started coming on my radio.", "Nora Quill")], id="a-clause-about-the-speaker"),
    pytest.param("Nora Vance spoke on Monday. Vance said: “I have admitted that closing the ferry was an error,” "
                 "but in truth Vance closed only one route.",
                 [("direct", "I have admitted that closing the ferry was an error,", "Nora Vance")],
                 id="the-writers-words-about-the-speaker-after-the-quotation"),
    pytest.param("Nora Quill spoke on Monday. A Quill presidency, she said, would bring better jobs.",
                 [("indirect", "A Quill presidency, she said, would bring better jobs", "Nora Quill")],
                 id="the-surname-as-an-adjective-is-no-narrative"),
    pytest.param("Eric Brandt spoke on Monday. Walter Brandt will win the state easily, he said.",
                 [("indirect", "Walter Brandt will win the state easily", "Eric Brandt")],
                 id="a-relative-of-the-same-name"),
    pytest.param(INTRO + "Zhang did say however that visits would be allowed at the end of life.",
                 [("indirect", "visits would be allowed at the end of life", ZHANG)],
                 id="the-writers-however-before-that"),
    pytest.param(INTRO + "Zhang said, though, that the plan would fail.",
                 [("indirect", "the plan would fail", ZHANG)], id="the-writers-though-between-commas"),
    pytest.param(INTRO + "Zhang said, somewhat sheepishly, that the plan would fail.",
                 [("indirect", "the plan would fail", ZHANG)], id="the-writers-manner-adverb-between-commas"),
    pytest.param(INTRO + "Zhang would say only that the plan would fail.",
                 [("indirect", "the plan would fail", ZHANG)], id="the-writers-only-before-that"),
    pytest.param(INTRO + "The growers have rejected the council offer of a new tariff and have instead demanded "
                         "that the old tariff be restored at once.",
                 [("indirect", "the council offer of a new tariff", "the growers"),
                  ("indirect", "the old tariff be restored at once", "the growers")],
                 id="a-second-report-after-and-have-instead"),
    pytest.param(INTRO + "She spoke first.\n\nBOSTON (WXYZ) - Two men were hurt in a crash on Main Street on "
                         "Friday night, Zhang said.",
                 [("indirect", "Two men were hurt in a crash on Main Street on Friday night", ZHANG)],
                 id="a-wire-dateline-is-no-part-of-the-report"),
    pytest.param(INTRO + "She spoke first.\n\nNew York, NY – Two men were hurt in a crash on Main Street on "
                         "Friday night, Zhang said.",
                 [("indirect", "Two men were hurt in a crash on Main Street on Friday night", ZHANG)],
                 id="a-place-and-region-dateline-is-no-part-of-the-report"),
    pytest.param(INTRO + "She spoke first.\n\nHarbourNews.Net - Two men were hurt in a crash on Main Street on "
                         "Friday night, Zhang said.",
                 [("indirect", "Two men were hurt in a crash on Main Street on Friday night", ZHANG)],
                 id="a-news-sites-dateline-is-no-part-of-the-report"),
    pytest.param(INTRO + "She spoke first.\n\nVIENNA — The house will be turned into a police station, Zhang said.",
                 [("indirect", "The house will be turned into a police station", ZHANG)],
                 id="a-capitalised-city-dateline-is-no-part-of-the-report"),
    pytest.param(INTRO + "She spoke first.\n\n(Reuters) — The house will be turned into a police station, "
                         "according to two people familiar with the plan.",
                 [("indirect", "The house will be turned into a police station", "two people familiar with the plan")],
                 id="an-agency-alone-is-no-part-of-the-report"),
    pytest.param(INTRO + "She spoke first.\n\n(AP) - The house will be turned into a police station, Zhang said.",
                 [("indirect", "The house will be turned into a police station", ZHANG)],
                 id="an-agency-alone-with-a-hyphen-is-no-part-of-the-report"),
    # a source closing the sentence is no part of the report, even one no name parses
    pytest.param(INTRO + "Zhang told her that the deal was far from done, according to a summary she gave to reporters.",
                 [("indirect", "the deal was far from done", ZHANG)], id="according-to-a-summary-she-gave"),
    pytest.param(INTRO + "Zhang told her that the deal was far from done, according to an aide.",
                 [("indirect", "the deal was far from done", ZHANG)], id="according-to-an-aide"),
    pytest.param(INTRO + "Zhang said revenues reached close to $10 billion in 2016, per Harbor Business Weekly.",
                 [("indirect", "revenues reached close to $10 billion in 2016", ZHANG)], id="per-a-source"),
    # an infinitive reported is a verb phrase: ", but" and a subject of its own is the writer's clause
    pytest.param(INTRO + "Zhang vowed to bring order to procurement, but transparency may be hard to achieve.",
                 [("indirect", "to bring order to procurement", ZHANG)], id="infinitive-then-but-a-bare-subject"),
    pytest.param(INTRO + "Zhang promised to cut tariffs on steel, but the budget may not allow it.",
                 [("indirect", "to cut tariffs on steel", ZHANG)], id="infinitive-then-but-a-determined-subject"),
    pytest.param(INTRO + "Zhang promised to cut tariffs on steel, but not on grain.",
                 [("indirect", "to cut tariffs on steel, but not on grain", ZHANG)], id="infinitive-then-but-not"),
    pytest.param(INTRO + "Zhang said tariffs would fall, but the budget may not allow it.",
                 [("indirect", "tariffs would fall, but the budget may not allow it", ZHANG)],
                 id="a-clause-reported-goes-on-after-but"),
    pytest.param(INTRO + "Zhang called for further talks on the tariffs, the Harbour Ledger reports.",
                 [("indirect", "further talks on the tariffs", ZHANG)], id="an-outlet-reports-closing-an-object"),
    pytest.param(INTRO + "She spoke first.\n\nNATO — the alliance — will expand, Zhang said.",
                 [("indirect", "NATO — the alliance — will expand", ZHANG)],
                 id="a-capitalised-subject-and-its-dashed-aside-stay"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("sentence, pieces", [
    ("This press event, the Daily Courier said, was also supposed to show voters that the ship was steady.",
     "This press event … was also supposed to show voters that the ship was steady"),
    ("The plan, Zhang said, would cut costs by a third.", "The plan … would cut costs by a third"),
])
def test_a_report_interrupted_by_its_attribution_is_two_pieces(sentence, pieces):
    quotes = extract_quotes(Article(id="t", text="Budget talks\n\n" + sentence))
    assert [q.quoted_text for q in quotes] == [pieces]


# Where a report ends on real pages: the closing mark of a quotation it holds is kept;
# an adjunct after a closing "she said," is the writer's; so is an absolute phrase
# after a quoted description.
ENDS_OF_REPORTS = [
    pytest.param("Nora Falk spoke on Sunday. There were several \"talks about how she might look,\" she said, "
                 "in one of the most stunning moments of the interview.",
                 [("mixed", "There were several \"talks about how she might look,\"", "Nora Falk")],
                 id="closing-mark-kept-adjunct-after-she-said-dropped"),
    pytest.param("Even Tom Hale, the current Farm Secretary, has described welfare laws in the US as \"woefully "
                 "weak\", with up to a million hens crammed together in vast sheds on some farms.",
                 [("mixed", "welfare laws in the US as \"woefully weak\"", "Tom Hale")],
                 id="absolute-phrase-after-a-quoted-description"),
    # a comparison the writer adds ends the report whole, its "when" too
    pytest.param("The study suggested the city might not be the job engine it thinks it is, when compared to "
                 "other cities.",
                 [("indirect", "the city might not be the job engine it thinks it is", "the study")],
                 id="when-compared-to-after-a-report"),
    # ", meaning …" after a report is the writer's gloss on it
    pytest.param("Ann Lee said the plan had failed, meaning the town would have to borrow.",
                 [("indirect", "the plan had failed", "Ann Lee")], id="meaning-after-a-report"),
]


ENDS_OF_REPORTS += [
    pytest.param("Beijing has not criticised the war. It has been accused of aiding Moscow's war effort - which "
                 "Beijing denies - through its supply of dual-use goods.",
                 [], id="a-cue-inside-a-dash-aside-reports-nothing-after-it"),
    pytest.param("Reed alleged - again falsely - that Vance planned to sell 40,000 harbour permits.",
                 [("indirect", "again falsely - that Vance planned to sell 40,000 harbour permits", "Reed")],
                 id="a-dash-aside-right-after-the-cue"),
]

ENDS_OF_REPORTS += [
    pytest.param("A group of chefs today urged the Prime Minister to block cheap imports, as Opposition MPs are "
                 "expected to back the plan.",
                 [("indirect", "the Prime Minister to block cheap imports", "a group of chefs")],
                 id="the-writers-as-clause-after-a-report"),
    pytest.param("Zhang said the economy would keep growing, as it has for years.",
                 [("indirect", "the economy would keep growing, as it has for years", "Zhang")],
                 id="an-as-clause-of-the-reports-own"),
    pytest.param("Aviation analysts called it the “end of an era,” as the industry’s symbol of excess and luxury "
                 "flight was sidelined for smaller planes.",
                 [("mixed", "the “end of an era,”", "Aviation analysts")], id="the-writers-as-clause-after-a-quoted-name"),
    # after an act's object, a semicolon and a named subject with its verb are the writer's
    pytest.param("Mayor Dan Fisk calls for a free year-round ferry service; Ms. Lee aims to build on the "
                 "current timetable.",
                 [("indirect", "a free year-round ferry service", "Dan Fisk")], id="object-then-semicolon-and-a-name"),
    # a report in the relative clause of an opening adjunct ends where the main clause begins
    pytest.param("At a time when many economists say growth is slowing, the bank raised its rates.",
                 [("indirect", "growth is slowing", "many economists")], id="at-a-time-when-economists-say"),
    pytest.param("And in a budget year in which most voters say they distrust the mayor, even some allies "
                 "questioned why.",
                 [("indirect", "they distrust the mayor", "most voters")], id="in-a-year-in-which-voters-say"),
    # after a direct quotation, "and" with the subject's next act is the writer's
    pytest.param("Ortiz wrote to his followers, “It is time she stepped aside,” and posted a photo from the pier.",
                 [("direct", "It is time she stepped aside,", "Ortiz")], id="quotation-then-and-the-next-act"),
    pytest.param("Ortiz said, “It is time she stepped aside,” and that he would run again in the fall.",
                 [("direct", "It is time she stepped aside,", "Ortiz"),
                  ("indirect", "and that he would run again in the fall", "Ortiz")], id="quotation-then-and-that"),
    # an opening subordinate clause's report ends at the main clause, after a quotation too
    pytest.param("When Rosa Diaz said, “We will win this,” the crowd cheered.",
                 [("direct", "We will win this,", "Rosa Diaz")], id="when-then-a-quotation-then-the-main-clause"),
    pytest.param("When Rosa Diaz pointed out that the council calls the levy “a tax on work,” the mayor changed the "
                 "subject.", [("mixed", "the council calls the levy “a tax on work,”", "Rosa Diaz")],
                 id="when-then-a-quoted-phrase-then-the-main-clause"),
    pytest.param("When he said he would \"protect our harbour workers,\" the crowd cheered at length.",
                 [("mixed", "he would \"protect our harbour workers,\"", None)],
                 id="when-then-a-quoted-phrase-closing-on-a-straight-mark"),
    # … after a sentence adverb too
    pytest.param("Ultimately, while experts told the Herald that Haley made a good impression, no one would stop "
                 "Trump.", [("indirect", "Haley made a good impression", "experts")], id="adverb-then-while"),
    pytest.param("Ultimately, Lee said that while the plan was sound, the council would vote it down.",
                 [("indirect", "while the plan was sound, the council would vote it down", "Lee")],
                 id="adverb-then-the-report's-own-while"),
    # a quotation opening on a modal after the subject's aside is that subject's predicate
    pytest.param("Striking workers, like those at Acme, “will return to work on Monday,” the union said.",
                 [("mixed", "Striking workers, like those at Acme, “will return to work on Monday,”", "the union")],
                 id="subject-aside-then-a-quoted-predicate"),
    # a dash and "but" with the subject's pronoun open a report of its own after a quoted name
    pytest.param("Dan Fisk praised Ortiz, calling it \"a remarkable comeback\" - but he said the moment has come to "
                 "end the feud.", [("mixed", "it \"a remarkable comeback\"", "Dan Fisk"),
                                   ("indirect", "the moment has come to end the feud", "Dan Fisk")],
                 id="quoted-name-then-dash-but-he-said"),
    pytest.param("“What I believe,” former secretary Tom Reed told the Times in 2014, “is that the ferry keeps this "
                 "town alive.”", [("direct", "What I believe,” former secretary Tom Reed told the Times in 2014, “is that "
                                         "the ferry keeps this town alive.", "Tom Reed")],
                 id="the-second-piece-of-an-interrupted-quotation-stays-speech"),
    # the writer's contrast with another named source's report ends the first report
    pytest.param("Senator Ada Vale claimed the tax cuts would pay for themselves even as the Congressional Budget "
                 "Office estimated that they would add $250 billion to the deficit.",
                 [("indirect", "the tax cuts would pay for themselves", "Ada Vale")],
                 id="even-as-another-source-estimated"),
    # when the words were said, after the cue closing a quotation, is no report of its own
    pytest.param("“I cannot believe how calm the hall has stayed,” Ann Roe said 30 minutes into the hearing.",
                 [("direct", "I cannot believe how calm the hall has stayed,", "Ann Roe")], id="said-30-minutes-into"),
    pytest.param("Ann Roe said two days ago the plan had failed.",
                 [("indirect", "two days ago the plan had failed", "Ann Roe")], id="but-a-clause-after-the-time"),
    # a second predicate "but added" is a second report
    pytest.param("The office said another 30 people had been injured, but added the exact circumstances remained "
                 "unclear.", [("indirect", "another 30 people had been injured", "the office"),
                              ("indirect", "the exact circumstances remained unclear", "the office")],
                 id="said-but-added"),
    # nor is the writer's adjunct of manner or concession around it
    pytest.param("“Some of our politics is not good,” Ann Roe said, without referring to any of the candidates.",
                 [("direct", "Some of our politics is not good,", "Ann Roe")], id="said-without-referring"),
    pytest.param("“His normal demeanor is grumpy,” Ann Roe said, but despite the tone, “I expect he will manage it,” "
                 "she said.",
                 [("direct", "His normal demeanor is grumpy,", "Ann Roe"), ("direct", "I expect he will manage it,", "Ann Roe")],
                 id="but-despite-between-quotations"),
    # an adjunct with no verb leading into the quoted words is one mixed report with them
    pytest.param("Aside from wartime or a deep downturn, “it is rare for growth to stall this long,” said Tom Reed, "
                 "an economist.",
                 [("mixed", "Aside from wartime or a deep downturn, “it is rare for growth to stall this long,”",
                   "Tom Reed")], id="an-adjunct-then-the-quotation-said-x"),
    pytest.param("Tom Reed said that once the council breaks for the summer, “I plan to help wherever I am needed.”",
                 [("mixed", "once the council breaks for the summer, “I plan to help wherever I am needed.”", "Tom Reed")],
                 id="said-that-a-time-clause-then-the-quotation"),
    pytest.param("Growth in the region slowed sharply, “and it will not recover soon,” said Tom Reed, an economist.",
                 [("indirect", "Growth in the region slowed sharply", "Tom Reed"),
                  ("direct", "and it will not recover soon,", "Tom Reed")], id="a-clause-then-the-quotation"),
    # a quotation that opens on its own subordinate clause keeps its comma, after a cue in one too
    pytest.param("Ann Lee argues that the party is split, before conceding that “as long as the town feels "
                 "threatened, there will be a backlash.”",
                 [("indirect", "the party is split", "Ann Lee"),
                  ("mixed", "“as long as the town feels threatened, there will be a backlash.”", "Ann Lee")],
                 id="before-conceding-that-a-quotation-opening-on-as-long-as"),
    # a report inside a subordinate clause between commas ends where the sentence goes on
    pytest.param("His popularity, even after Tom Hale criticized the mayor, shows how the party misjudged voters.",
                 [("indirect", "the mayor", "Tom Hale")], id="even-after-criticized-then-the-main-verb"),
    # the speaker's next act after the quoted words and a comma is no part of the report
    pytest.param("Ann Lee said the regulator “will want a consistent base”, but questioned the timescale.",
                 [("mixed", "the regulator “will want a consistent base”", "Ann Lee")], id="quoted-words-comma-but-past"),
    pytest.param("Ann Lee said the union “betrayed” and abandoned its workers.",
                 [("mixed", "the union “betrayed” and abandoned its workers", "Ann Lee")], id="quoted-word-and-past"),
]


@pytest.mark.parametrize("body, expected", ENDS_OF_REPORTS)
def test_ends_of_reports(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# An act's object ends where its occasion begins (when, in what, at which event), unless
# what follows says more than that or the object is a clause whose time is its own.
OCCASIONS_AFTER_AN_OBJECT = [
    pytest.param("Governor Nora Vance defended her budget this week on her weekly call-in show.",
                 [("indirect", "her budget", "Nora Vance")], id="this-week-on-his-show"),
    pytest.param("Senator Ted Cruz called the group “abhorrent” in a tweet Sunday.",
                 [("mixed", "the group “abhorrent”", "Ted Cruz")], id="in-a-tweet"),
    pytest.param("Ann Lee criticized the board for scheduling the repairs in the busiest week of the season.",
                 [("indirect", "the board for scheduling the repairs in the busiest week of the season", "Ann Lee")],
                 id="a-time-inside-the-object"),
    pytest.param("Ann Lee voiced frustration in a radio chat this spring that neighbours were riding the ferry for free.",
                 [("indirect", "frustration in a radio chat this spring that neighbours were riding the ferry for free",
                   "Ann Lee")], id="a-that-clause-after-the-time"),
    pytest.param("Dan Moore reiterated his view that although the ally may defend itself, aid should be phased out.",
                 [("indirect", "although the ally may defend itself, aid should be phased out",
                   "Dan Moore")], id="a-that-clause-holds-its-subordinate-clause"),
    pytest.param("Ann Lee predicted support will fall further if the senator is the nominee this year.",
                 [("indirect", "support will fall further if the senator is the nominee this year", "Ann Lee")],
                 id="a-clause-keeps-its-time"),
]


@pytest.mark.parametrize("body, expected", OCCASIONS_AFTER_AN_OBJECT)
def test_an_objects_occasion_is_no_part_of_it(body, expected):
    assert triples(body) == expected


# An object's report ends before "in comments to X, which quoted him as saying": where it
# was said, and the outlet's relay of the quotation after it
OCCASION_AND_RELAY_AFTER_AN_OBJECT = [
    pytest.param("Lee called Egypt's actions “outrageous” in comments to Foreign Policy magazine, which quoted him "
                 "as saying “we will not accept it.”",
                 [("mixed", "Egypt's actions “outrageous”"), ("direct", "we will not accept it.")],
                 id="in-comments-to-which-quoted-him"),
]


@pytest.mark.parametrize("body, expected", OCCASION_AND_RELAY_AFTER_AN_OBJECT)
def test_occasion_and_relay_after_an_object(body, expected):
    quotes = extract_quotes(Article(id="occ", text="County news today\n\n" + body))
    assert [(q.type, q.text) for q in quotes] == expected


# ", but Patel has repeatedly objected …", ", but Democrats have pushed for …": another
# named actor's past act after the report is the writer's (not ", but Congress has to …")
OTHER_NAMED_ACTORS_AFTER_A_REPORT = [
    pytest.param("Lee said the plan was good, but Patel has repeatedly objected to this idea.",
                 [("indirect", "the plan was good")], id="but-X-has-objected"),
    pytest.param("Republicans have argued that the tax should be cut, but Democrats have pushed hard for new ferry spending.",
                 [("indirect", "the tax should be cut")], id="but-Democrats-have-pushed"),
    pytest.param("Lee said the plan was good, but Congress has to pass it.",
                 [("indirect", "the plan was good, but Congress has to pass it")], id="but-X-has-to-is-still-reported"),
    # a noun phrase reported, then ", and" and another subject's act: the writer's next clause
    pytest.param("In a tweet, the council urged people to stay off the pier, and the photo was soon everywhere.",
                 [("indirect", "people to stay off the pier")], id="and-another-subject-after-an-object"),
    # but a list of subjects, and their verb, is one report; and a clause may go on with "and"
    pytest.param("Riders say the quality of the driving, the cars, and the service has declined.",
                 [("indirect", "the quality of the driving, the cars, and the service has declined")],
                 id="a-list-then-its-verb"),
    pytest.param("Lee said he and Patel were working on the plan.",
                 [("indirect", "he and Patel were working on the plan")], id="he-and-X-is-the-reports-subject"),
]


@pytest.mark.parametrize("body, expected", OTHER_NAMED_ACTORS_AFTER_A_REPORT)
def test_other_named_actors_after_a_report(body, expected):
    quotes = extract_quotes(Article(id="but", text="County news today\n\n" + body))
    assert [(q.type, q.text) for q in quotes] == expected


# A report in a restrictive clause ("critics who say …") ends where the sentence's own
# verb follows the reported clause's; a second verb joined by "and" stays in the report
REPORTS_IN_A_RESTRICTIVE_CLAUSE = [
    pytest.param("Critics who say the plan is flawed have a point.", [("indirect", "the plan is flawed")],
                 id="who-say-then-have"),
    pytest.param("Riders who said they might switch to the bus were a minority.",
                 [("indirect", "they might switch to the bus")], id="who-said-then-were"),
    pytest.param("Critics who say the plan is flawed and is too costly have a point.",
                 [("indirect", "the plan is flawed and is too costly have a point")], id="and-keeps-the-clause"),
]


@pytest.mark.parametrize("body, expected", REPORTS_IN_A_RESTRICTIVE_CLAUSE)
def test_reports_in_a_restrictive_clause(body, expected):
    quotes = extract_quotes(Article(id="rw", text="County news today\n\n" + body))
    assert [(q.type, q.text) for q in quotes] == expected


# A second relative clause on the writer's noun ("… but which …") is the writer's, not the report's
REPORTS_BEFORE_A_SECOND_RELATIVE = [
    pytest.param("The talks turn on enrichment, a program Iran says it needs to fuel reactors but which can also "
                 "make warhead material.", [("indirect", "it needs to fuel reactors")], id="but-which"),
    pytest.param("The bill funds the wall, which Mayor Ann Cole says will stop crime, and which critics call a waste.",
                 [("indirect", "will stop crime")], id="comma-and-which"),
    pytest.param("The council hired a contractor Mayor Ann Cole says had cut costs elsewhere but who later quit.",
                 [("indirect", "had cut costs elsewhere")], id="but-who"),
    # guards: a relative clause of the report's own, and one in quotation marks
    pytest.param("Mayor Ann Cole said the plan, which starts in May and which the council backs, will cut costs.",
                 [("indirect", "the plan, which starts in May and which the council backs, will cut costs")],
                 id="the-reports-own-relatives"),
]


@pytest.mark.parametrize("body, expected", REPORTS_BEFORE_A_SECOND_RELATIVE)
def test_a_report_ends_before_a_second_relative_clause(body, expected):
    quotes = extract_quotes(Article(id="rw", text="County news today\n\n" + body))
    assert [(q.type, q.text) for q in quotes] == expected


def test_a_dashed_aside_before_the_main_clause_ends_the_subordinate_report():
    # "While A say X - the writer's aside - others say Y": the first report ends before the aside
    # (and "others" after "some neighbours" are other neighbours)
    body = ("While some neighbours say Mr. Lee would sail faster if he rowed more - a summer habit - others say he "
            "has never sailed better.")
    assert triples(body) == [("indirect", "Mr. Lee would sail faster if he rowed more", "some neighbours"),
                             ("indirect", "he has never sailed better", "other neighbours")]


# A report in a subordinate clause ends where the main clause begins, whether the clause
# opens the sentence (after a conjunction, "But while …", or a colon) or follows a comma and one
# (", and while …"), and whether the main clause opens on a noun or a pronoun
REPORTS_IN_A_JOINED_SUBORDINATE_CLAUSE = [
    pytest.param("But while Jones said the plan would fail, it passed.",
                 [("indirect", "the plan would fail", "Jones")], id="but-while-then-pronoun"),
    pytest.param("While Jones said the plan would fail, it passed easily.",
                 [("indirect", "the plan would fail", "Jones")], id="while-then-pronoun"),
    pytest.param("Senator Ruth Amos is crucial to the bill, and while she said she would hold a hearing, it is "
                 "unlikely to win her support.",
                 [("indirect", "she would hold a hearing", "Ruth Amos")], id="comma-and-while"),
    pytest.param("The board met on Monday, but although its chairman Tom Reyes said the vote was fair, critics "
                 "disagreed.",
                 [("indirect", "the vote was fair", "Tom Reyes")], id="comma-but-although"),
    pytest.param("There was one more twist: When Jones said the plan would fail, it passed anyway.",
                 [("indirect", "the plan would fail", "Jones")], id="after-a-colon"),
    pytest.param("The mayor spoke on Monday, and she said the budget was balanced, if tight.",
                 [("indirect", "the budget was balanced, if tight", None)], id="no-subordinator-no-cut"),
]


@pytest.mark.parametrize("body, expected", REPORTS_IN_A_JOINED_SUBORDINATE_CLAUSE)
def test_reports_in_a_joined_subordinate_clause(body, expected):
    assert triples(body) == expected


# A report ends before the speaker's next act: "and" and a verb in the past with its object
# after a bare verb (after "to" or a modal), which it cannot be joined to, and the speaker
# declining to say more
SPEAKERS_NEXT_ACT = [
    pytest.param("Jack Conway promised to protect Medicaid and hammered Bevin on his plan for work requirements.",
                 [("indirect", "to protect Medicaid", "Jack Conway")], id="infinitive-then-and-a-past-act"),
    pytest.param("Ann Lee said the plan would fail and walked out of the room.",
                 [("indirect", "the plan would fail", "Ann Lee")], id="modal-then-and-a-past-act"),
    # only the speaker declines to say more
    pytest.param("Ann Lee said the plan was working but declined to elaborate.",
                 [("indirect", "the plan was working", "Ann Lee")], id="but-declined-to-elaborate"),
    pytest.param("Ann Lee said the plan was working, but refused to give details.",
                 [("indirect", "the plan was working", "Ann Lee")], id="but-refused-to-give-details"),
    pytest.param("State police reported at least 5,000 people entered the fair, but the agency didn't estimate how "
                 "many were on the grounds.",
                 [("indirect", "at least 5,000 people entered the fair", "State police")],
                 id="but-the-agency-didnt-estimate"),
    pytest.param("Ann Lee said officials refused to give details of the plan.",
                 [("indirect", "officials refused to give details of the plan", "Ann Lee")],
                 id="someone-else-refusing-is-reported"),
    # a past verb joins a past one; a participle before a noun is an object's adjective
    pytest.param("Ann Lee said the company grew and hired 200 workers.",
                 [("indirect", "the company grew and hired 200 workers", "Ann Lee")], id="past-joins-past"),
    pytest.param("Ann Lee vowed to protect Medicaid and increased funding for schools.",
                 [("indirect", "to protect Medicaid and increased funding for schools", "Ann Lee")],
                 id="participle-adjective-before-a-noun"),
    # … or the writer's gloss, after a quotation whose comma stands inside its marks
    pytest.param("Ann Lee stressed that the service “is not intended to be a control of drug quality,” meaning a "
                 "vetting process for sellers, but that is how people use it.",
                 [("mixed", "the service “is not intended to be a control of drug quality,”", "Ann Lee")],
                 id="a-gloss-after-the-quotations-comma"),
    pytest.param("Ann Lee said the harbor was “closed for good,” prompting talk across the town.",
                 [("mixed", "the harbor was “closed for good,”", "Ann Lee")], id="a-next-act-after-the-quotations-comma"),
]


@pytest.mark.parametrize("body, expected", SPEAKERS_NEXT_ACT)
def test_a_report_ends_before_the_speakers_next_act(body, expected):
    assert triples(body) == expected


# What an object cue calls someone ends at the quotation's closing mark; a clause of its
# own after it is the writer's (a speech cue's report goes on)
AFTER_A_CHARACTERISATION = [
    pytest.param("Ann Lee called him a member of the cast of “Planet of the Apes,” and the network fired her.",
                 [("mixed", "him a member of the cast of “Planet of the Apes,”", "Ann Lee")], id="called-then-and-a-clause"),
    pytest.param("Ann Lee said the plan was “dead on arrival,” and the talks would collapse by Friday.",
                 [("mixed", "the plan was “dead on arrival,” and the talks would collapse by Friday", "Ann Lee")],
                 id="said-then-and-a-clause-goes-on"),
]


@pytest.mark.parametrize("body, expected", AFTER_A_CHARACTERISATION)
def test_a_characterisation_ends_at_its_quotation(body, expected):
    assert triples(body) == expected


# Where a report's words begin: the writer's connective opening the sentence of a report
# its cue closes is the writer's ("For example," "But"); so is the attitude an expressing
# cue voices before its that-clause ("voiced the hope that"), but not a concern someone
# dismissed, nor a connective without its comma that is the clause's own ("So far", "Still Republicans")
STARTS_OF_REPORTS = [
    pytest.param(INTRO + "For example, the ministry revoked the visas of 1,000 students, Zhang said.",
                 [("indirect", "the ministry revoked the visas of 1,000 students", ZHANG)], id="for-example-comma"),
    pytest.param(INTRO + "In addition, building a strong local team is more critical than ever, Zhang said.",
                 [("indirect", "building a strong local team is more critical than ever", ZHANG)], id="in-addition-comma"),
    pytest.param(INTRO + "But the tariffs will stay in place until spring, Zhang said.",
                 [("indirect", "the tariffs will stay in place until spring", ZHANG)], id="but-opening"),
    pytest.param(INTRO + "And yet the talks went ahead, Zhang said.",
                 [("indirect", "the talks went ahead", ZHANG)], id="and-yet-opening"),
    pytest.param(INTRO + "Already, exports fell by a third, according to Zhang.",
                 [("indirect", "exports fell by a third", ZHANG)], id="already-before-according-to"),
    pytest.param(INTRO + "Instead, Zhang said, the ministry had booked a room for the envoy.",
                 [("indirect", "the ministry had booked a room for the envoy", ZHANG)],
                 id="only-the-connective-before-the-attribution"),
    pytest.param(INTRO + "So far, exports have fallen by a third, Zhang said.",
                 [("indirect", "So far, exports have fallen by a third", ZHANG)], id="so-far-is-the-clauses-own"),
    pytest.param(INTRO + "Still Republicans could treat the scheme as cover, Zhang said.",
                 [("indirect", "Still Republicans could treat the scheme as cover", ZHANG)],
                 id="an-adverb-without-its-comma-stays"),
    pytest.param(INTRO + "That means the plan is dead, according to Zhang.",
                 [("indirect", "That means the plan is dead", ZHANG)], id="a-demonstrative-subject-stays"),
    pytest.param(INTRO + "Zhang expressed the hope that the liaison network will be launched soon.",
                 [("indirect", "the liaison network will be launched soon", ZHANG)], id="expressed-the-hope-that"),
    pytest.param(INTRO + "Zhang reiterated his view that the sanctions had failed.",
                 [("indirect", "the sanctions had failed", ZHANG)], id="reiterated-his-view-that"),
    pytest.param(INTRO + "Zhang voiced cautious optimism that a deal could still be reached.",
                 [("indirect", "a deal could still be reached", ZHANG)], id="voiced-cautious-optimism-that"),
    pytest.param(INTRO + "Zhang dismissed concerns that the plan would fail.",
                 [("indirect", "concerns that the plan would fail", ZHANG)], id="dismissed-concerns-keeps-them"),
    pytest.param(INTRO + "Zhang expressed hope that was shared by many in the room.",
                 [("indirect", "hope that was shared by many in the room", ZHANG)],
                 id="that-as-a-relative-pronoun-stays"),
]


@pytest.mark.parametrize("body, expected", STARTS_OF_REPORTS)
def test_where_a_reports_words_begin(body, expected):
    assert triples(body) == expected
