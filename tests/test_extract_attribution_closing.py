"""Closing attributions (`attribution.closing`): "“Q,” Zhang said.", "C, said Zhang.",
"…, said Zhang, and C2", a quoted fragment before an inverted cue."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    # an inverted bare "say" has plural speakers; after one thing it means "for example"
    pytest.param("In some cases one base is substituted for another, say adenine instead of guanine.", [],
                 id="say-for-example"),
    pytest.param("Rates will rise next year, say analysts at the bank.",
                 [("indirect", "Rates will rise next year", "analysts at the bank")], id="say-analysts"),
    pytest.param("Students from abroad accounted for 34.6 percent of all enrolments, said the 2022 "
                 "Report on International Study.",
                 [("indirect", "Students from abroad accounted for 34.6 percent of all enrolments",
                   "2022 Report on International Study")],
                 id="clause-comma-said-the-titled-report"),
    pytest.param(INTRO + "“Bilateral trade will keep growing this year,” Zhang said.",
                 [("direct", "Bilateral trade will keep growing this year,", ZHANG)],
                 id="Q-comma-Zhang-said"),
    pytest.param(INTRO + "“Bilateral trade will keep growing this year,” said Zhang.",
                 [("direct", "Bilateral trade will keep growing this year,", ZHANG)],
                 id="Q-comma-said-Zhang"),
    pytest.param(INTRO + "“We are ready to work with Russia on energy projects,” Zhang said on Saturday.",
                 [("direct", "We are ready to work with Russia on energy projects,", ZHANG)],
                 id="Q-comma-Zhang-said-on-day"),
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
    # … but a verb with no subject after ", and" goes on describing the speaker
    pytest.param(INTRO + "Trade will keep growing this year, said Zhang, who served in Moscow before 2010, and "
                         "helped negotiate the new agreements on energy.",
                 [("indirect", "Trade will keep growing this year", ZHANG)], id="C-said-Zhang-who-and-a-predicate"),
    pytest.param(INTRO + "Trade with Russia will recover later this year, added the ambassador.",
                 [("indirect", "Trade with Russia will recover later this year", ZHANG)],
                 id="C-comma-added-the-ambassador"),
    pytest.param("Senator Rita Vance spoke first.\n\n“Who pays for all of this?” Governor Paul Ortiz asked.",
                 [("direct", "Who pays for all of this?", "Paul Ortiz")],
                 id="quoted-question-then-capitalised-speaker"),
    pytest.param("Senator Rita Vance spoke first.\n\n“We will never give up this fight!” Ortiz said. "
                 "The crowd cheered.",
                 [("direct", "We will never give up this fight!", "Ortiz")],
                 id="quoted-exclamation-then-capitalised-speaker"),
    # a subject and its verb after the cue: no inverted speaker ("her office" did not say the words before);
    # the spokesperson before the cue, the party tag set aside, reports the clause
    pytest.param("A spokesperson for Sen. Ann Ruiz, D-California, said her office is working to bring back 100 "
                 "residents.", [("indirect", "her office is working to bring back 100 residents",
                                 "a spokesperson for Sen. Ann Ruiz")], id="said-then-a-clause-is-no-inverted-speaker"),
    # (and a subject whose apposition holds a quoted title speaks before its cue)
    pytest.param("Ann Lee, the author of “Open Water,” a book about harbors, said the days of cheap freight are "
                 "gone.", [("indirect", "the days of cheap freight are gone", "Ann Lee")],
                 id="said-then-a-long-subject-and-its-verb-is-no-inverted-speaker"),
    pytest.param("Island fishermen, who mostly vote for Mayor Fisk's party, said the EU quota policy paved the way "
                 "for bigger trawlers.",
                 [("indirect", "the EU quota policy paved the way for bigger trawlers", "Island fishermen")],
                 id="said-then-a-determined-noun-and-its-past-verb-is-no-inverted-speaker"),
    # a phrase its comma sets off before the quotation is where or for whom, no report
    pytest.param("For the island's small ferry industry, “2020 will be about getting the new boats out,” "
                 "harbour master Lewis Ward said.",
                 [("direct", "2020 will be about getting the new boats out,", "Lewis Ward")],
                 id="a-phrase-set-off-before-the-quotation-is-no-report"),
    pytest.param("In his parents' old fishing village, “the harbour and the chapel are the whole town,” "
                 "Lewis Ward said.",
                 [("direct", "the harbour and the chapel are the whole town,", "Lewis Ward")],
                 id="a-place-set-off-before-the-quotation-is-no-report"),
    # a subordinate clause after the comma is the writer's, not a closing attribution ("as" is one)
    pytest.param(INTRO + "Mayor Dan Fisk's wife appears to be backing the bid, though she has offered no formal "
                 "endorsement.", [], id="though-she-has-offered-closes-nothing"),
    # a short sentence quoted after the cue's audience or manner is still the speaker's
    pytest.param('Mayor Dan Fisk told the Harbor news agency simply, "We sank."',
                 [("direct", "We sank.", "Dan Fisk")], id="told-the-agency-simply-a-short-sentence"),
    pytest.param('Mayor Dan Fisk said simply, “We lost.”', [("direct", "We lost.", "Dan Fisk")],
                 id="said-simply-a-short-sentence"),
    # an adjunct after a closing cue is how it was said, no second report
    pytest.param("“Let me be quite plain. I will not stay silent,” Mayor Dan Fisk said, in a fresh jab aimed at the ferry board.",
                 [("direct", "Let me be quite plain. I will not stay silent,", "Dan Fisk")], id="in-a-fresh-jab"),
    pytest.param("Ignoring the progress of the last decade carries risks, as the mayor's supporters point out.",
                 [("indirect", "Ignoring the progress of the last decade carries risks", "the mayor's supporters")],
                 id="as-they-point-out-closes"),
    # an inverted attribution inside dashes: the closing dash ends the speaker, and the
    # writer's words before the opening dash are no report
    pytest.param("While the old man is known as the visionary—“Jerry sees around corners,” says former "
                 "league manager Bill Polian—his son handles the details.",
                 [("direct", "Jerry sees around corners,", "Bill Polian")], id="inverted-inside-unspaced-dashes"),
    pytest.param("He is known as the visionary — “Jerry sees around corners,” said Bill Polian — and he likes it.",
                 [("direct", "Jerry sees around corners,", "Bill Polian")], id="inverted-inside-spaced-dashes"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


QUOTED_WORDS_BEFORE_AN_INVERTED_CUE = [
    ("The plan is “not a serious proposal,” said Mr. Quill.",
     [("mixed", "The plan is “not a serious proposal,”", "Quill")]),
    ("The plan is ''not a serious proposal,'' said Mr. Quill.",
     [("mixed", "The plan is ''not a serious proposal,''", "Quill")]),
    ("This is a “hard year,” said the spokesman Tom Whitaker, a longtime ally of the mayor.",
     [("mixed", "This is a “hard year,”", "Tom Whitaker")]),
]


# "… wrote another": someone else unnamed, whose quotation is no piece of the one before
# (the two fans' comments were one record, the first fan's)
ANOTHER_UNNAMED = [
    ("“Her voice still rocks,” one person wrote. “She looks pretty good to me,” wrote another.",
     [("direct", "Her voice still rocks,", "one person"), ("direct", "She looks pretty good to me,", None)]),
    ("“Her voice still rocks,” said one fan. “She looks pretty good to me,” another said.",
     [("direct", "Her voice still rocks,", "one fan"), ("direct", "She looks pretty good to me,", None)]),
]


@pytest.mark.parametrize("body, expected", ANOTHER_UNNAMED)
def test_another_unnamed_speaks_for_themself(body, expected):
    quotes = extract_quotes(Article(id="another", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("body, expected", QUOTED_WORDS_BEFORE_AN_INVERTED_CUE)
def test_a_quoted_fragment_then_said_and_the_speaker(body, expected):
    quotes = extract_quotes(Article(id="inv", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A closing attribution claims its whole sentence: verbs inside the content it closes
# ("welcomed", "urges") are part of the report, not attributions of their own.
CLOSING_CLAIMS_ITS_SENTENCE = [
    pytest.param("The two governments signed four deals, and both parliaments welcomed them, "
                 "Prime Minister Eva Lind said.",
                 [("indirect", "The two governments signed four deals, and both parliaments welcomed them",
                   "Eva Lind")], id="inner-verb-welcomed"),
    pytest.param("Our government urges every party to “put the ceasefire first,” said Foreign Minister Ilse Berg.",
                 [("mixed", "Our government urges every party to “put the ceasefire first,”", "Ilse Berg")],
                 id="inner-verb-urges-before-inverted-cue"),
    pytest.param("Gas has problems — but replacing coal with gas cut emissions, Ann Roe said.",
                 [("indirect", "Gas has problems — but replacing coal with gas cut emissions", "Ann Roe")],
                 id="a-dash-inside-the-closed-sentence"),
    pytest.param("The tricks that Ann Roe accused the council of are not the same, the candidate said Friday.",
                 [("indirect", "The tricks that Ann Roe accused the council of are not the same", "the candidate")],
                 id="a-description-closing-after-an-object-relative"),
    pytest.param("Officials in the capital denied the claims, the agency reported.",
                 [], id="a-relaying-outlet-does-not-claim-the-sentence"),
    # an interruption is no closing: "Sweet noted" sits inside what Chad Sweet said
    pytest.param("Chad Sweet, the campaign's chairman, said the attacks, Sweet noted, had come first.",
                 [("indirect", "had come first", "Chad Sweet")],
                 id="interruption-is-no-closing"),
    # a name in apposition to a subordinate clause's subject closes nothing: the verb after
    # it is that clause's
    pytest.param("The group said it had dropped the plan when a news station, KRNT, asked about it.",
                 [("indirect", "it had dropped the plan when a news station, KRNT, asked about it", "the group")],
                 id="apposition-in-a-when-clause"),
    # … but a subordinate clause that ends the report is no subject: the speaker after it closes
    pytest.param("The grid will fail if the lights go out, Ann Lee said.",
                 [("indirect", "The grid will fail if the lights go out", "Ann Lee")],
                 id="a-report-ending-on-an-if-clause"),
    pytest.param("The plan will stall when the money runs out, the company said on Monday.",
                 [("indirect", "The plan will stall when the money runs out", "the company")],
                 id="a-report-ending-on-a-when-clause"),
    # the speaker's words opening the sentence and the writer's going on after them: one
    # mixed report of the whole sentence
    pytest.param("“It sounds dramatic” if the lights go out, Ann Lee said.",
                 [("mixed", "“It sounds dramatic” if the lights go out", "Ann Lee")],
                 id="a-quotation-opens-the-closed-sentence"),
    pytest.param("“Some computers crashed” and only a third of the staff could work, Ann Lee said.",
                 [("mixed", "“Some computers crashed” and only a third of the staff could work", "Ann Lee")],
                 id="a-quotation-then-and-a-clause"),
    # (a title's period before the speaker's name ends no sentence)
    pytest.param("“It sounds dramatic” if the lights go out, Mr. Lee said.",
                 [("mixed", "“It sounds dramatic” if the lights go out", "Lee")],
                 id="a-quotation-opens-the-sentence-mr-closes-it"),
    # a quoted word inside the writer's clause does not stop the closing attribution's claim,
    # and the participle after the first verb is part of what it closes
    pytest.param("Her friends have mocked the mayor’s campaign, calling him “an orange buffoon,” Susan Hale said "
                 "as she turned around.",
                 [("mixed", "Her friends have mocked the mayor’s campaign, calling him “an orange buffoon,”",
                   "Susan Hale")], id="a-quoted-word-then-the-closing-attribution"),
    # … but a quotation of its own before it is all the attribution closes
    pytest.param("Dan Roff told the Journal that the casino would not last: “Once the cold winds blow, it won't "
                 "make it,” Roff predicted.",
                 [("indirect", "the casino would not last", "Dan Roff"),
                  ("direct", "Once the cold winds blow, it won't make it,", "Dan Roff")],
                 id="a-quotation-after-a-colon-then-the-closing-attribution"),
    # a report inside the report a closing attribution claims: the closing one claims it whole
    pytest.param(INTRO + "Officials warned that delays were likely, he said.",
                 [("indirect", "Officials warned that delays were likely", ZHANG)],
                 id="a-report-inside-the-closed-sentence"),
    pytest.param(INTRO + "Voters told him the economy was weak, he said on Monday.",
                 [("indirect", "Voters told him the economy was weak", ZHANG)], id="told-him-inside-the-closed-sentence"),
    pytest.param("Several students were told by teachers that boys had named them, parents said, though the school "
                 "declined to comment.",
                 [("indirect", "Several students were told by teachers that boys had named them", "parents")],
                 id="a-closing-attribution-then-the-writers-clause"),
    # "as X put it" names who put a phrase, not who said the sentence
    pytest.param("Tom Reed urged a firm line, saying that otherwise the harbour board would “roll right over "
                 "us,” as Mrs. Vance put it in her memoir.",
                 [("mixed", "a firm line, saying that otherwise the harbour board would “roll right over us,”",
                   "Tom Reed")], id="as-someone-put-it-claims-no-sentence"),
    # a subject of eight words after a quotation is still the main clause's own
    pytest.param("But even as Dale Hunt claimed on Tuesday that “the captain got off lightly,” one of the "
                 "longtime lawyers for Nora Vance said the two wrecks were not alike.",
                 [("direct", "the captain got off lightly,", "Dale Hunt"),
                  ("indirect", "the two wrecks were not alike", "one of the longtime lawyers for Nora Vance")],
                 id="a-long-subject-after-a-quotation"),
]


# Not closing attributions: a report in a subordinate clause, a reply introducing its own
# quotation, a verb with words of its own after it
NOT_CLOSING_A_REPORT = [
    ("After the host asked the author who would win, Dan Reed replied, “Ann Lee will.”",
     [("indirect", "who would win", "the host"), ("direct", "Ann Lee will.", "Dan Reed")]),
    ("When the Pentagon claimed there were no troops in the town, the reporters kept telling the story.",
     [("indirect", "there were no troops in the town", "the Pentagon")]),
    # "as" giving a reason, its cue's report the object after it
    pytest.param("The quarter was not a complete disappointment, as most of the firms reported in-line results.",
                 [], id="as-giving-a-reason-with-an-object"),
    # (but an as-clause after its report still closes it, with or without a hearer)
    pytest.param("The bridge will have to close for the winter, as Ann Lee told the council last week.",
                 [("indirect", "The bridge will have to close for the winter", "Ann Lee")], id="as-lee-told-the-council"),
    pytest.param("The bridge will have to close for the winter, as Ann Lee said on Monday.",
                 [("indirect", "The bridge will have to close for the winter", "Ann Lee")], id="as-lee-said-on-monday"),
]


@pytest.mark.parametrize("body, expected", NOT_CLOSING_A_REPORT)
def test_no_closing_attribution_claims_the_report_before_it(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("body, expected", CLOSING_CLAIMS_ITS_SENTENCE)
def test_a_closing_attribution_claims_its_sentence(body, expected):
    got = triples(body)
    for want in expected:
        assert want in got, got
    if not expected:
        assert all(speaker != "Officials" for _, _, speaker in got), got


# A quotation opening the sentence stays the speaker's own words when its attribution
# follows the closing mark with no comma, or when a second quotation follows in the sentence
@pytest.mark.parametrize("body, opening, speaker", [
    pytest.param("“For weeks the crew has been forced to wait while rumors spread a false story” said Ben Ortiz, a "
                 "ferry spokesman.", "For weeks the crew has", "Ben Ortiz", id="said-right-after-the-mark"),
    pytest.param("“If there had been no such rescue” by the coast guard and other crews, Nora Vance said on "
                 "Monday, “we would be counting far more losses out at sea.”", "If there had been no",
                 "Nora Vance", id="a-second-quotation-follows-in-the-sentence"),
    pytest.param("Dan Fisk spoke on Monday.\n\n“Dr. Fisk asked both Tom and me over to the harbor office today” the "
                 "paper's senior city editor Ray Kellard responded.", "Dr. Fisk asked", "Ray Kellard",
                 id="a-described-speaker-right-after-the-mark"),
])
def test_a_quotation_opening_the_sentence_keeps_its_attribution(body, opening, speaker):
    got = triples(body)
    assert any(text.lstrip("“").startswith(opening) and who == speaker for _, text, who in got), got


def test_a_quotation_going_on_after_a_closed_attribution_is_no_new_mixed_report():
    # the cue of the sentence before closes the first piece; the second piece is the same
    # speaker's, joined to it, not a report of a sentence of its own
    got = triples("Ann Lee lost the vote.\n\n“Residents have good reason to be upset,” Lee said in a brief speech. "
                  "“Where do we go from here? That is the case we are bringing” to the rest of the county.")
    assert [who for _, _, who in got] == ["Ann Lee"], got
    assert "Where do we go from here" in got[0][1], got


# After a closing attribution, a participle or subordinate clause says how or why it was
# said, not more of what was said.
ADJUNCTS_AFTER_CLOSING = [
    pytest.param("Inflation slowed to 3.1 percent in May, the central bank said, citing weaker demand.",
                 [("indirect", "Inflation slowed to 3.1 percent in May", "the central bank")],
                 id="citing-after-closing"),
    pytest.param("Consumption will be hit badly by the lockdown, the brokerage said, sharply revising its forecast.",
                 [("indirect", "Consumption will be hit badly by the lockdown", "the brokerage")],
                 id="adverb-and-participle-after-closing"),
    pytest.param("“We will not be rushed,” the coach said, when pressed about his contract.",
                 [("direct", "We will not be rushed,", "the coach")], id="when-pressed-after-closing"),
    pytest.param("The lakes cannot ignore the risk of algae, warns Water Agency Director Maria L. Ostrander as "
                 "she urged councils to stay alert.",
                 [("indirect", "The lakes cannot ignore the risk of algae", "Maria L. Ostrander"),
                  ("indirect", "councils to stay alert", "Maria L. Ostrander")], id="inverted-speaker-then-as-clause"),
    pytest.param("“We can win on Friday,” said Fisk as he closed out.",
                 [("direct", "We can win on Friday,", "Fisk")], id="said-X-as-he-closed"),
    pytest.param("“He was the right man at the right time,” Mara Lind said, going on to attack how the "
                 "debt grew.",
                 [("direct", "He was the right man at the right time,", "Mara Lind")], id="going-on-after-closing"),
    pytest.param("“Nobody voted for this,” Mara Lind said, using a nickname for the plan.",
                 [("direct", "Nobody voted for this,", "Mara Lind")], id="using-after-closing"),
    # the day and its date, then a participle: when it was said, and how
    pytest.param("The union has reached a preliminary agreement, the two sides said Saturday, October 28, allowing "
                 "members to go back to work.",
                 [("indirect", "The union has reached a preliminary agreement", "the two sides")],
                 id="said-a-day-a-date-then-a-participle"),
    # the adjunct's apposition ends the sentence: where it was said, nothing more of what
    pytest.param("“These are grim times,” Ann Lee wrote in an essay last week in the Harbor Ledger, a weekly newspaper.",
                 [("direct", "These are grim times,", "Ann Lee")], id="an-apposition-after-the-adjunct"),
    pytest.param("“We will hold the line,” Dan Fisk said on Fox News, a cable channel.",
                 [("direct", "We will hold the line,", "Dan Fisk")], id="an-apposition-after-on-outlet"),
    # a clock time's colon introduces nothing
    pytest.param("Main Street is closed due to a water main break, Dayton police reported at 4:45 p.m. on Tuesday.",
                 [("indirect", "Main Street is closed due to a water main break", "Dayton police")],
                 id="reported-at-a-clock-time"),
    pytest.param("The launch was postponed, NASA said at 10:05 a.m.",
                 [("indirect", "The launch was postponed", "NASA")], id="said-at-a-clock-time"),
    # a dash after the closing attribution opens the writer's aside on the report
    pytest.param("The economy is in excess demand, despite the outlook, the IMF report says — also in line with "
                 "the bank’s take.",
                 [("indirect", "The economy is in excess demand, despite the outlook", "IMF report")],
                 id="a-dash-aside-after-closing"),
    pytest.param("Prices will rise again in June, Ann Lee said -- a view the bank shares.",
                 [("indirect", "Prices will rise again in June", "Ann Lee")], id="a-double-hyphen-aside-after-closing"),
]


@pytest.mark.parametrize("body, expected", ADJUNCTS_AFTER_CLOSING)
def test_adjuncts_after_a_closing_attribution_are_no_content(body, expected):
    assert triples(body) == expected


# What an opening adverbial leaves: the report before a closing "X told OUTLET", or
# nothing at all when the adverbial is all there is before the cue.
OPENING_ADVERBIALS = [
    pytest.param("After the defeat, Ortiz remains committed to the plan, Tad Morrow told the Harbor Times.",
                 [("indirect", "After the defeat, Ortiz remains committed to the plan", "Tad Morrow")],
                 id="the-recipient-closes-the-sentence"),
    pytest.param("After the vote, Ortiz told reporters.", [], id="a-prepositional-phrase-is-no-report"),
    pytest.param("In a statement, the mayor said.", [], id="in-a-statement-alone"),
    pytest.param("Under the plan fees rise, the mayor said.",
                 [("indirect", "Under the plan fees rise", "the mayor")], id="a-clause-after-a-preposition"),
    pytest.param("But the record has been challenged, the mayor said.",
                 [("indirect", "the record has been challenged", "the mayor")],
                 id="a-connective-opens-a-clause"),
    # a time or an exception before a cue whose own sentence goes on with what was written
    pytest.param("Late last month, the ferry line wrote a long, four-page letter to the harbour board's chair.", [],
                 id="late-last-month-then-a-letter"),
    pytest.param("Aside from this blog, I write a monthly newsletter on the same topics.", [],
                 id="aside-from-then-a-newsletter"),
    # an act of praise, blame or hope has its report as its object; it closes a sentence
    # only with nothing after it
    pytest.param("Amid the bickering, the senators expressed optimism.", [],
                 id="amid-then-expressed-an-object"),
    pytest.param("Early in his campaign, Mayor Tom Reyes attacked the council for its spending.",
                 [("indirect", "the council for its spending", "Tom Reyes")],
                 id="early-in-then-attacked-an-object"),
    pytest.param("Grow up and get serious about the business, Donald scolded.",
                 [("indirect", "Grow up and get serious about the business", "Donald")],
                 id="a-blame-verb-ending-its-sentence-closes-it"),
]


# A relative clause's verb after a comma ("…, a voter who claimed …") is inside the
# writer's sentence: it closes nothing before it
RELATIVE_CLAUSES_CLOSE_NOTHING = [
    pytest.param("The mayor opened the morning by stooping, practically pleading with a voter who claimed to be wavering "
                 "to back his plan.", [], id="a-voter-who-claimed-to-be"),
    pytest.param("The stew is so tender it falls apart, a stunning counter to anyone who has ever complained "
                 "about goat being tough.", [], id="anyone-who-has-ever-complained"),
    pytest.param("The talks will resume next week, diplomats who attended the meeting said.",
                 [("indirect", "The talks will resume next week", "diplomats")], id="but-a-relative-inside-the-subject"),
    # nor does a comparison's participle ("rather than anything said …")
    pytest.param("The campaign focused on the rally in Hialeah, rather than anything said on the debate stage.", [],
                 id="rather-than-anything-said"),
]


@pytest.mark.parametrize("body, expected", RELATIVE_CLAUSES_CLOSE_NOTHING)
def test_a_relative_clause_after_a_comma_closes_nothing(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("body, expected", OPENING_ADVERBIALS)
def test_an_opening_adverbial_is_no_report_of_its_own(body, expected):
    assert triples(body) == expected


@pytest.mark.parametrize("text, expected", [
    # a short answer that opens its sentence, closed by who gave it
    ("“Yes, absolutely,” Julia Carter said.", [("Julia Carter", "Yes, absolutely,")]),
    ("“Pretty much,” she replied.", [(None, "Pretty much,")]),
    ("Tom Lee was asked about the move. “Absolutely,” Lee said.", [("Tom Lee", "Absolutely,")]),
    # … or by a description, and an adverb of when
    ("“It hurt,” one of the shift managers present said later.", [("one of the shift managers present", "It hurt,")]),
    ("“Absolutely not,” the mayor replied.", [("the mayor", "Absolutely not,")]),
    # … by a title and name and its party tag, an irregular verb, or the cue first
    ("“Full steam!” Rep. Tom Reed, R-Pa., said of the ferry plan.", [("Tom Reed", "Full steam!")]),
    ("“Full steam,” Rep. Tom Reed told reporters.", [("Tom Reed", "Full steam,")]),
    ("“Full steam,” said Rep. Tom Reed.", [("Tom Reed", "Full steam,")]),
    ("“But how?” reporter Nora Vance asked him.", [("Nora Vance", "But how?")]),
    # a programme's or paper's name in marks is no answer
    ("Rubio spoke on ABC's “This Week,” Rubio said.", []),
    ("Brooks told “PBS NewsHour.” The show aired late.", []),
    ("In a letter to the board and the “Harbor community,” Jobs said he would step down.", []),
    ("Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said the ticket would win.", []),
])
def test_short_answers_closed_by_their_speaker(text, expected):
    quotes = extract_quotes(Article(id="t", text="Talks\n\n" + text))
    assert [(q.speaker, q.text) for q in quotes if len(q.text.split()) <= 2] == expected


def test_an_inverted_speaker_with_a_participle_is_the_noun_before_it():
    text = ("Talks\n\nThousands of nurses are being treated as temporary workers, says a report "
            "highlighting the “steep rise of agency labour” in the health service.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("a report", "document")]


def test_a_relative_clause_after_an_inverted_speaker_is_no_part_of_it():
    text = ("Candidates clash in Ohio\n\nStrategists who spoke to reporters after the debate said the race "
            "had not changed.\n\n"
            "“Nobody moved the needle tonight,” said a veteran party strategist who is not aligned with "
            "any campaign.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.speaker for q in quotes] == ["strategists", "a veteran party strategist"]


@pytest.mark.parametrize("text, expected", [
    # one of a group, and its relative clause: that one person (not "one")
    ("Zoo\n\n“The herd has quite the life,” said one of the keepers who cared for the wolf.",
     [("one of the keepers", "person")]),
    ("Zoo\n\n“It was a long night,” said two of the nurses who worked the shift.", [("two of the nurses", "group")]),
])
def test_a_share_of_a_group_after_an_inverted_cue_is_no_bare_number(text, expected):
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


# (speaker phrase after "said", expected speaker): where and how the words were said
# is no part of who said them; a preposition inside a name or a description stays
SPEAKERS_BEFORE_A_CIRCUMSTANCE = [
    ("House Speaker Paula Reyes in a statement", ("Paula Reyes", "House Speaker")),
    ("Reyes during a virtual chat with reporters on Wednesday", ("Reyes", None)),
    ("Senate Minority Whip Dale Burke in an interview", ("Dale Burke", "Senate Minority Whip")),
    ("party spokesman Sean Tully in a Friday tweet", ("Sean Tully", "party spokesman")),
    ("Ana Lima on Twitter", ("Ana Lima", None)),
    ("Ana Lima to reporters after the vote", ("Ana Lima", None)),
    ("Josh Crane with the Harbor Alliance", ("Josh Crane", None)),
    ("a spokesman for the port authority during a briefing", ("a spokesman for the port authority", None)),
    ("an official at the embassy", ("an official at the embassy", None)),
    ("the 2022 Survey of Pay in Public Schools", ("2022 Survey of Pay in Public Schools", None)),
    ("Marta van der Berg in Brussels", ("Marta van der Berg", None)),
    ("Dora Pike, who grew up with Tom on the waterfront", ("Dora Pike", None)),
    ("Dora Pike, whom the mayor appointed, and who now chairs the board", ("Dora Pike", None)),
    ("the Institute for the Safety of Ferries", ("Institute for the Safety of Ferries", None)),   # an organisation's own "for"
    ("Secretary of State for the Home Department Jane Cole", ("Jane Cole", "Secretary of State for the Home Department")),
    ("an Iowa Democrat", ("an Iowa Democrat", None)),   # one member of a party, not someone named "Democrat"
    ("a New Hampshire Republican", ("a New Hampshire Republican", None)),
    # a named medium, school or employer after a person's name is where, not who
    ("Larry Olson on Hot Air", ("Larry Olson", None)),
    ("Dana Whitfield in The Atlantic", ("Dana Whitfield", None)),
    ("Professor Alan Birch at Georgetown", ("Alan Birch", "Professor")),
    ("Nadia Fox from Greenpeace Canada", ("Nadia Fox", None)),
    ("Ana Lima to Harbor Radio", ("Ana Lima", None)),
    # how the reporter reached them is no part of the speaker
    ("a Harbor Trust spokesperson when contacted by the Ledger", ("a Harbor Trust spokesperson", None)),
    ("Ana Lima when reached by phone", ("Ana Lima", None)),
    # (a preposition inside an organisation's name stays)
    ("the Council on Foreign Relations", ("Council on Foreign Relations", None)),
    ("the Commission on Presidential Debates", ("Commission on Presidential Debates", None)),
]


@pytest.mark.parametrize("phrase, expected", SPEAKERS_BEFORE_A_CIRCUMSTANCE)
def test_the_speaker_after_an_inverted_cue_stops_where_the_circumstance_starts(phrase, expected):
    text = ("Port deal approved\n\nThe council approved the port deal on Tuesday after months of talks.\n\n"
            f"“This deal will bring hundreds of jobs back to the harbor,” said {phrase}.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.speaker, q.role) for q in quotes] == [expected]


# A noun phrase after the closing attribution that sums the report up is the writer's
# word on it; a clause after it is more of the report.
SUMMING_UP_AFTER_CLOSING = [
    pytest.param("Some 5,000 jobs will be added over the contract, Shawn Fain said, a turnaround from the job "
                 "cuts of last year.", [("indirect", "Some 5,000 jobs will be added over the contract", "Shawn Fain")],
                 id="a-turnaround"),
    pytest.param("Inflation will rise beyond what the bank expects, the Harbor Reserve said, no change from its "
                 "view last month.", [("indirect", "Inflation will rise beyond what the bank expects",
                                       "Harbor Reserve")], id="no-change-after-a-clause-without-a-comma"),
    # an inverted attribution interrupting a report, whose own predicate follows it
    pytest.param("The problem with the new plan, said Dr. Ann Haddad, is that nobody pays for the repairs.",
                 [("indirect", "The problem with the new plan, said Dr. Ann Haddad, is that nobody pays for the "
                   "repairs", "Ann Haddad")], id="an-inverted-attribution-interrupts-the-report"),
    pytest.param("Saturday’s peak demand, said Tom Marcus, reached 44,947 megawatts, much lower than on Friday.",
                 [("indirect", "Saturday’s peak demand, said Tom Marcus, reached 44,947 megawatts, much lower than on "
                   "Friday", "Tom Marcus")], id="a-subject-then-a-past-predicate"),
    pytest.param("The new plan, said Ann Haddad, who has led the clinic since 2010, does not pay for repairs.",
                 [("indirect", "The new plan, said Ann Haddad, who has led the clinic since 2010, does not pay for "
                   "repairs", "Ann Haddad")],
                 id="an-inverted-attribution-and-its-aside-interrupt-the-report"),
    pytest.param("The deal is dead, Shawn Fain said, and a strike will follow.",
                 [("indirect", "The deal is dead", "Shawn Fain"), ("indirect", "a strike will follow", "Shawn Fain")],
                 id="a-clause-goes-on"),
]


@pytest.mark.parametrize("body, expected", SUMMING_UP_AFTER_CLOSING)
def test_a_summing_up_after_a_closing_attribution_is_no_report(body, expected):
    assert triples(body) == expected


# A court's opinion or ruling speaks as a document
@pytest.mark.parametrize("body, expected", [
    ("“The panel takes no position on the substance” of the appeal, the unsigned opinion said.",
     [("mixed", "“The panel takes no position on the substance” of the appeal", "the unsigned opinion", "document")]),
    ("“The panel takes no position on the substance,” the ruling said.",
     [("direct", "The panel takes no position on the substance,", "the ruling", "document")]),
])
def test_a_courts_opinion_speaks_as_a_document(body, expected):
    quotes = extract_quotes(Article(id="t", text="Court news\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.speaker_kind) for q in quotes] == expected


# A clause joined by "and" is no closing attribution: "…, and Trump fired back." reports
# nothing of the clause before it, whose own cue stays.
COORDINATED_CLAUSES_ARE_NOT_CLOSINGS = [
    pytest.param("Cruz called him a “moderate,” and Trump fired back.", [("mixed", "him a “moderate,”", "Cruz")],
                 id="and-X-fired-back"),
    pytest.param("Sailors are furious, and I agree with them.", [], id="and-I-agree"),
    pytest.param("Kellard Foods was rebuffed, and Harbor Mills soon agreed to be bought by Ortiz Group.", [],
                 id="and-X-agreed-to-be-bought"),
    # a verb of thinking with its own clause after it closes nothing before it
    pytest.param("Due to our obsession with speed, I think many developers are forgetting the basics.", [],
                 id="adjunct-then-I-think-a-clause"),
    pytest.param("The tax is a mistake, Mary Dunn believes.", [("indirect", "The tax is a mistake", "Mary Dunn")],
                 id="closing-believes"),
    # ", while X said …" after an inverted attribution: another speaker's clause, no apposition of the first
    pytest.param("“We will keep going,” said union leader Tom Reed, while Mayor Ann Lee said the talks had failed.",
                 [("direct", "We will keep going,", "Tom Reed"), ("indirect", "the talks had failed", "Ann Lee")],
                 id="inverted-cue-then-while-X-said"),
]


@pytest.mark.parametrize("body, expected", COORDINATED_CLAUSES_ARE_NOT_CLOSINGS)
def test_coordinated_clauses_are_not_closings(body, expected):
    quotes = extract_quotes(Article(id="co", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# After an attribution closing a quotation, what follows is the story going on, not a
# second report: ", and the children followed close behind", "said during a forum in Port Kellard,
# N.Y., accompanied by …"; but a quotation, a clause with a modal, or a participle after it
# is still the speaker's. A promise's infinitive is what was promised, not a later "that".
AFTER_A_QUOTATIONS_ATTRIBUTION = [
    pytest.param("Tom Fisk spoke first. “You are just scum,” Ann Gil interjected underneath Fisk’s words.",
                 [("direct", "You are just scum,", "Ann Gil")], id="a-place-phrase-after-the-verb"),
    pytest.param("“Come with me,” Ann Gil said, and the children, curious, followed close behind.",
                 [("direct", "Come with me,", "Ann Gil")], id="and-the-story-goes-on"),
    pytest.param("“We will win,” Ann Gil said, and the party would fight on to the end.",
                 [("direct", "We will win,", "Ann Gil"), ("indirect", "the party would fight on to the end", "Ann Gil")],
                 id="and-a-modal-clause-is-reported"),
    pytest.param("“This ferry contract must be honored,” Ann Gil said, and “firm penalties for every breach.”",
                 [("direct", "This ferry contract must be honored,", "Ann Gil"),
                  ("mixed", "“firm penalties for every breach.”", "Ann Gil")], id="and-a-quotation"),
    pytest.param("“The fuel comes from Harbor,” Ann Gil said during a forum in Port Kellard, N.Y., accompanied by "
                 "two deckhands.", [("direct", "The fuel comes from Harbor,", "Ann Gil")], id="adjuncts-then-narrative"),
    pytest.param("“It will leave the harbor paying the bill,” Ann Gil said in a written statement, calling on the council to act.",
                 [("direct", "It will leave the harbor paying the bill,", "Ann Gil"),
                  ("indirect", "calling on the council to act", "Ann Gil")], id="adjunct-then-a-reporting-participle"),
    pytest.param("“It will leave taxpayers holding the bag,” Ann Gil said in August, referring to the merger.",
                 [("direct", "It will leave taxpayers holding the bag,", "Ann Gil")], id="adjunct-then-referring-to"),
    pytest.param("Ann Gil has vowed to push to scrap the levy, a charge that funds the harbour board.",
                 [("indirect", "to push to scrap the levy, a charge that funds the harbour board", "Ann Gil")],
                 id="vowed-to-then-a-relative-that"),
    pytest.param("Ann Gil pledged to the trust in July that the department would track the standard.",
                 [("indirect", "the department would track the standard", "Ann Gil")], id="pledged-to-the-X-that"),
]


@pytest.mark.parametrize("body, expected", AFTER_A_QUOTATIONS_ATTRIBUTION)
def test_after_a_quotations_attribution(body, expected):
    quotes = extract_quotes(Article(id="aq", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# "says that" opens a report: the words after it are no inverted speaker ("…, a booking
# agency, says that Reed, who …, has lost …" gave Reed his agency's words); a
# demonstrative and its noun still are ("said that official")
SAYS_THAT_IS_NO_INVERSION = [
    pytest.param("Rolling Tide Bookings, a music and comedy booking agency, says that Reed, who asks "
                 "anywhere from $5,000 to $8,000 for each show, has lost nearly $40,000.",
                 [("indirect", "Reed, who asks anywhere from $5,000 to $8,000 for each show, has lost "
                   "nearly $40,000", "a music and comedy booking agency")],
                 id="agency-says-that-name-comma"),
    pytest.param("The bridge, said that official, is unsafe.",
                 [("indirect", "The bridge, said that official, is unsafe", "that official")],
                 id="said-that-official"),
]


@pytest.mark.parametrize("body, expected", SAYS_THAT_IS_NO_INVERSION)
def test_says_that_is_no_inversion(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A cue inverted to open its sentence names its speaker after it, before a comma or a
# colon ("Concluded the researchers: “…”" was given to "Concluded"; "Added the mayor:"
# read "added" as an adjective); "Noted" before a name is an adjective
OPENING_INVERTED_CUES = [
    pytest.param("Ann Lee and Tom Fisk studied the data.\n\nConcluded the researchers: “It takes repeated "
                 "surprises to move prices.”",
                 [("direct", "It takes repeated surprises to move prices.", "the researchers")],
                 id="concluded-the-researchers-colon"),
    pytest.param(INTRO + "Added the mayor: “We will rebuild the bridge.”",
                 [("direct", "We will rebuild the bridge.", "the mayor")], id="added-the-mayor-colon"),
    pytest.param(INTRO + "Said the mayor, “We will rebuild the bridge.”",
                 [("direct", "We will rebuild the bridge.", "the mayor")], id="said-the-mayor-comma"),
    pytest.param(INTRO + "Replied Zhang: “Not a chance.”",
                 [("direct", "Not a chance.", ZHANG)], id="replied-the-name-colon"),
    pytest.param("Noted Harvard economist Ann Lee said the plan would fail.",
                 [("indirect", "the plan would fail", "Ann Lee")], id="noted-is-an-adjective-before-a-name"),
    pytest.param("Asked by Tom Fisk, of the Coalition, whether the candidates would strike Iran, Ann Lee replied in "
                 "the affirmative.", [], id="asked-by-opens-a-participle-no-inversion"),
    pytest.param(INTRO + "Asked a Pennsylvania Republican: “Is it just me?”",
                 [("direct", "Is it just me?", "a Pennsylvania Republican")], id="asked-a-description-colon"),
]


@pytest.mark.parametrize("body, expected", OPENING_INVERTED_CUES)
def test_a_cue_opening_its_sentence_names_its_speaker_after_it(body, expected):
    assert triples(body) == expected
