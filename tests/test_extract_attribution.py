"""Spec of `quotesearch.extract.attribution`, end to end through `extract_quotes`:
the reader and its units (speech vs. fragments, speakers and their kinds, mixed
content, pronouns, the fields of a quote, bounded reading of run-on text).

The cases of each construction are in `test_extract_attribution_<module>.py`;
`attribution_cases` says how a case reads and holds the shared helpers.
"""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, extract, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    pytest.param("Analysts from both countries said the visit would reinforce bilateral ties.",
                 [("indirect", "the visit would reinforce bilateral ties", "analysts from both countries")],
                 id="group-speaker"),
    pytest.param("China's General Administration of Customs says trade over the two spring quarters was "
                 "worth $49 billion.",
                 [("indirect", "trade over the two spring quarters was worth $49 billion",
                   "China's General Administration of Customs")],
                 id="organization-speaker"),
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
    pytest.param(INTRO + "Bilateral trade will recover before the autumn harvest, Zhang said.\n\n"
                         "He noted that agricultural exports had become a new highlight of the relationship.",
                 [("indirect", "Bilateral trade will recover before the autumn harvest", ZHANG),
                  ("indirect", "agricultural exports had become a new highlight of the relationship", ZHANG)],
                 id="He-noted-that-C-is-the-previous-speaker"),
    pytest.param(INTRO + "The two leaders signed a “no limits” partnership at the summit in Beijing.\n\n"
                         "The so-called “golden era” of ties began a decade ago.",
                 [], id="unattributed-scare-quotes"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


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
    pytest.param(INTRO + "Zhang called on the harbour board to stop turning away Chinese cargo ships.",
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
                        "China's General Administration of Customs says trade over the two spring quarters "
                        "was worth $49 billion.\n\n"
                        "Zhang Hanhui, the Chinese ambassador to Russia, said trade would recover this year.")
    assert [q.speaker_kind for q in quotes] == ["group", "organization", "person"]


def test_quote_carries_its_paragraph():
    body = INTRO + "Bilateral trade will keep growing this year, Zhang said."
    _, (quote,) = extract(body)
    assert quote.paragraph == "Bilateral trade will keep growing this year, Zhang said."


def test_run_on_text_without_sentence_ends_is_read_in_bounded_pieces():
    # hostile input: one 36,000-character "sentence" of attributions; every quote found
    # must still point exactly into the text
    body = "Trade will grow, said Zhang" + ", said Zhang" * 3000 + "."
    article = Article(id="run-on", text="Run-on text\n\n" + body)
    quotes = extract_quotes(article)
    assert quotes
    assert all(article.text[q.start:q.end] == q.text for q in quotes)


def test_a_page_quoting_with_straight_single_quotes():
    text = ("Cup exit\n\nManager Sean Doyle was blunt after the defeat.\n\n"
            "'We were poor from the first minute,' he said. 'It's the players' job to fix it.'\n\n"
            "Doyle said he wasn't worried about his own job.")
    quotes = extract_quotes(Article(id="single", text=text))
    assert [([text[s:e] for s, e in q.fragments] or [q.text], q.type, q.speaker) for q in quotes] == [
        (["We were poor from the first minute,", "It's the players' job to fix it."], "direct", "Sean Doyle"),
        (["he wasn't worried about his own job"], "indirect", "Sean Doyle"),
    ]


# Constructions from a review of unseen news pages (the sentences are invented).
UNSEEN_PAGE_CONSTRUCTIONS = [
    pytest.param("We expect that further research will shed more light on the question.", [],
                 id="writer-we-is-no-speaker"),
    pytest.param("The Herald: You argue that small towns recover faster than cities. Why?", [],
                 id="interviewer-you-is-no-speaker"),
    pytest.param("The polls suggest that’s a good thing for the mayor.",
                 [("indirect", "that’s a good thing for the mayor", "the polls")],
                 id="that-s-is-no-conjunction"),
    pytest.param("Judge Ann Ruiz explained that in casting her vote, regarding an amendment to the motion, "
                 "the aim was to keep the motion in its original form.",
                 [("indirect", "in casting her vote, regarding an amendment to the motion, the aim was to keep "
                   "the motion in its original form", "Ann Ruiz")],
                 id="regarding-is-no-boundary"),
    pytest.param("According to forecasters, next week will be the coldest of the year. This warning comes "
                 "before a busy holiday weekend.",
                 [("indirect", "next week will be the coldest of the year", "forecasters")],
                 id="according-to-does-not-run-on-into-the-writer-s-next-sentence"),
]


@pytest.mark.parametrize("body, expected", UNSEEN_PAGE_CONSTRUCTIONS)
def test_constructions_from_unseen_pages(body, expected):
    assert triples(body) == expected


MORE_UNSEEN_PAGE_CONSTRUCTIONS = [
    pytest.param("As the power outage continued, the utility had not issued a statement about the cause.", [],
                 id="continued-in-a-clause-of-time-is-an-event"),
    pytest.param("Harbour traffic fell sharply last year. Intelligence reports seen by the Herald suggest that "
                 "the port lost a third of its trade.",
                 [("indirect", "the port lost a third of its trade", "Intelligence reports")],
                 id="records-seen-by-an-outlet-speak-not-the-outlet"),
    pytest.param("Mayor Ann Lee said little about the harbour plan on Monday.", [],
                 id="said-little-about-is-how-much-not-what"),
    pytest.param("Mayor Ann Lee said nothing would change at the harbour.",
                 [("indirect", "nothing would change at the harbour", "Ann Lee")],
                 id="said-nothing-would-change-is-a-report"),
    pytest.param("The group claimed credit for the blockade but officials said they do not think the "
                 "crew was paid.",
                 [("indirect", "credit for the blockade", "the group"),
                  ("indirect", "they do not think the crew was paid", "officials")],
                 id="but-and-a-new-subject-report-apart"),
    pytest.param("“If she wants to be governor, Ann Lee should act like one,” the editorial read.",
                 [("direct", "If she wants to be governor, Ann Lee should act like one,", "the editorial")],
                 id="an-editorial-reads-its-words"),
    pytest.param("When someone in the crowd shouted, “Reed,” Fisk joked, again using a drawl, “Welcome, "
                 "friend! Step on up!”",
                 [("direct", "Reed,", "someone in the crowd"), ("direct", "Welcome, friend! Step on up!", "Fisk")],
                 id="a-quotation-right-after-a-cue-is-its-though-the-next-closes-on-it"),
    pytest.param("The list shows the name of Mr. Varga, described as one of Hungary's “most successful "
                 "businessmen,” among the guests.", [], id="a-name-described-as-is-no-speaker"),
    pytest.param("The project's website, run by Mel Dorsey, an associate professor at the university, said the "
                 "turnout was estimated from the ballots counted.",
                 [("indirect", "the turnout was estimated from the ballots counted", "the project's website")],
                 id="an-apposition-of-a-name-after-by-is-not-the-subject"),
    pytest.param("“He just stopped and asked, ‘How do we win the county?’” Bill Estrada, the party chairman there, "
                 "said of the meeting.",
                 [("direct", "He just stopped and asked, ‘How do we win the county?’", "Bill Estrada")],
                 id="a-quoted-question-then-a-name-apposition-and-said"),
    pytest.param("Senate Majority Leader Tom Carrow, R-Ky., delivered a terse message to Dunn: “It's time to "
                 "stop picking fights and stick to the plan.”",
                 [("direct", "It's time to stop picking fights and stick to the plan.", "Tom Carrow")],
                 id="a-party-state-tag-then-a-message-to-someone"),
    pytest.param("The issue came up after Mr. Fisk, asked about the closures of ferries under Mr. Ortiz, had "
                 "said, “Our harbour shuts plenty of routes too.”",
                 [("direct", "Our harbour shuts plenty of routes too.", "Fisk")],
                 id="not-the-name-inside-the-question-put"),
    pytest.param("Roy Cass wrote the speech for Pat Smith. Smith, delivering Cass’ speech, asked the Kellard crowd "
                 "“If Ann Lee can't keep the ferry running, how will she run the port?”",
                 [("direct", "If Ann Lee can't keep the ferry running, how will she run the port?", "Pat Smith")],
                 id="asked-an-audience-then-the-quotation"),
    pytest.param("The old ferry house was repainted. Said Nora Vance, who sailed with him on the harbour, "
                 "“We all cheered when he came home.”",
                 [("direct", "We all cheered when he came home.", "Nora Vance")], id="said-opening-its-sentence"),
    pytest.param("Sailors remember the storm (Tom Reed, who named the gale, once said, “It struck the "
                 "harbour again and again.”). However, one town does not.",
                 [("direct", "It struck the harbour again and again.", "Tom Reed")], id="a-speaker-inside-brackets"),
    pytest.param("Polling shows that “voters are tired of the race,” said Mary Olson.",
                 [("direct", "voters are tired of the race,", "Mary Olson")],
                 id="a-quotation-before-an-inverted-attribution-is-its-speakers"),
    pytest.param("Mr. Kline, whose newest company, Fabrikon, sells software, said “we will grow next year.”",
                 [("direct", "we will grow next year.", "Kline")], id="not-a-name-inside-a-whose-clause"),
    pytest.param("Most Republican voters in Maine, Ohio and Oregon said they felt let down by the council.",
                 [("indirect", "they felt let down by the council", "most Republican voters in Maine")],
                 id="a-group-placed-in-a-list-of-states-is-no-state"),
    pytest.param("“There are so many piers closing,” Nora Vance said.\n\n“Safety,” said Vance, a supporter. "
                 "“Safety on every deck, for all of us.”",
                 # (the one-word piece is hers too: one quotation her attribution interrupts)
                 [("direct", "There are so many piers closing,", "Nora Vance"),
                  ("direct", "Safety,” said Vance, a supporter. “Safety on every deck, for all of us.", "Nora Vance")],
                 id="a-quoted-word-is-no-subject"),
    pytest.param("Near the end of the programme, after the Fisk interview concluded, Reed stated of the affair that "
                 "the audit “wasn’t fair.”",
                 [("mixed", "the audit “wasn’t fair.”", "Reed")],
                 id="an-interview-that-concluded-reports-nothing-and-stated-of-that"),
    pytest.param("“It is the job of the harbour police,” Ben Ortiz said.\n\nReed cannot say that “from his viewpoint,” Ortiz "
                 "added, saying it should be “left to the board.”",
                 [("direct", "It is the job of the harbour police,", "Ben Ortiz"),
                  ("mixed", "Reed cannot say that “from his viewpoint,”", "Ben Ortiz"),
                  ("mixed", "it should be “left to the board.”", "Ben Ortiz")],
                 id="a-name-and-cannot-is-no-speaker"),
    pytest.param("“I'd rather bail out a leaking ferry than sit one more year on the board.” That quote from Kellard "
                 "Harbour Commissioner Tom Reed appeared on the front page in 1980.",
                 [("direct", "I'd rather bail out a leaking ferry than sit one more year on the board.", "Tom Reed")],
                 id="that-quote-from-names-the-speaker-after"),
    pytest.param("Former Vermont Gov. Dan Fisk, for his part, is labeling the closures “a reckless, needless "
                 "waste of money.”",
                 [("direct", "a reckless, needless waste of money.", "Dan Fisk")], id="is-labeling-X-quoted-name"),
    pytest.param("Thrift is tied to the town, one which Harbor State University historian Nora Vance "
                 "called “a pillar of our civic life.”",
                 [("direct", "a pillar of our civic life.", "Nora Vance")],
                 id="which-a-titled-name-called"),
    pytest.param("The memos turned up in shared folders lately labeled “restricted” by the council.",
                 [], id="labeled-by-is-a-passive"),
    pytest.param("The captain labeled “a skipper who has weathered rough winter crossings” continues to lead the "
                 "fleet.", [], id="a-name-labeled-right-after-a-noun-is-a-passive"),
    pytest.param("On Sunday, Tom Dunn issued a statement saying that Vance was “a tireless captain.”",
                 [("mixed", "Vance was “a tireless captain.”", "Tom Dunn")], id="issued-a-statement-saying"),
    # a notice or an advisory issued says it too, "stating" as well as "saying"
    pytest.param("The ministry issued a notice stating that all schools would close on Monday.",
                 [("indirect", "all schools would close on Monday", "the ministry")], id="issued-a-notice-stating"),
    pytest.param("The report described the impacts as “devastating,” stating, “there is no certainty that we can adapt.”",
                 [("mixed", "the impacts as “devastating,”", "the report"),
                  ("direct", "there is no certainty that we can adapt.", "the report")], id="stating-then-a-quotation"),
    pytest.param("Ann Lee has touted a cautious stance, stating in an interview on Harbor Radio that the port "
                 "was in a fragile position.",
                 [("indirect", "a cautious stance", "Ann Lee"),
                  ("indirect", "the port was in a fragile position", "Ann Lee")], id="stating-in-an-interview-that"),
    # an email blasted out says what it says; the sender is the sentence's subject
    pytest.param("The Hale campaign blasted out a short email to donors saying, “Lee joins the list of critics.”",
                 [("direct", "Lee joins the list of critics.", "Hale campaign")], id="blasted-out-an-email-saying"),
    pytest.param("The riders were told to keep away, BFM TV reported.\n\nIn Kellard, President Nora Vance released a "
                 "statement Friday evening condemning “what seems a reckless and pointless act.”",
                 [("indirect", "The riders were told to keep away", "BFM TV"),
                  ("direct", "what seems a reckless and pointless act.", "Nora Vance")],
                 id="released-a-statement-condemning"),
    # an email or a memo sent is issued too; a finding inside what it says is no report of its own
    pytest.param("The Hale campaign sent a donor email Tuesday saying that the returns in Maine and Ohio "
                 "show Hale and Ruiz are now level at the top.",
                 [("indirect", "the returns in Maine and Ohio show Hale and Ruiz are now level at the top", "Hale campaign")],
                 id="sent-an-email-saying"),
    pytest.param("The paper reported last week Reed had ordered the crews to repair the pier.",
                 [("indirect", "Reed had ordered the crews to repair the pier", "the paper")],
                 id="a-time-phrase-before-the-report"),
    pytest.param("“Sort of puzzling,” Dan Axel wrote last spring after the Kellard Gazette published an article.",
                 [("direct", "Sort of puzzling,", "Dan Axel")], id="a-time-phrase-and-an-adjunct-report-nothing"),
    # a verb inside the speaker's quoted words is theirs, not a second attribution
    pytest.param("Ian Marsh warned that while ''reason would suggest that a storm pulls the towns closer,'' "
                 "the closures ''may stir resentment.''",
                 [("mixed", "while ''reason would suggest that a storm pulls the towns closer,'' the closures "
                   "''may stir resentment.''", "Ian Marsh")], id="a-cue-inside-quoted-words"),
    pytest.param("Both leaders \"stressed the importance of diplomacy in resolving regional issues\" in the call, "
                 "per the readout.",
                 [("mixed", "the importance of diplomacy in resolving regional issues", "both leaders")],
                 id="a-quotation-opening-on-its-cue"),
    # "and" after a closing quotation mark goes on with the writer's sentence: no speaker there
    # ("other harbour" had been); the sentence before names whose words they are
    pytest.param("Ortiz spoke first. “What they care about is that she is lowering fares for the ferry "
                 "riders” and other harbour matters.",
                 [("direct", "What they care about is that she is lowering fares for the ferry riders", "Ortiz")],
                 id="the-writers-sentence-goes-on-after-the-quotation"),
    # a quotation that ends its sentence is not the next sentence's speaker's, when that
    # speaker reports a clause of their own: it is the writer of the sentence before
    pytest.param("Ian Marsh wrote to Ms. Lind in June. “You are a first-rate skipper and the ferry needs you!” She replied "
                 "to him that she would be glad to help.",
                 [("direct", "You are a first-rate skipper and the ferry needs you!", "Ian Marsh"),
                  ("indirect", "she would be glad to help", None)], id="a-new-sentence-after-the-quotation"),
    pytest.param("Ian Marsh spoke last. “It is done.” He said it with a smile.",
                 [("direct", "It is done.", "Ian Marsh"), ("indirect", "it with a smile", "Ian Marsh")],
                 id="he-said-it-is-the-quotation"),
    # a programme's title in doubled apostrophes ends its sentence: the next quotation's
    # closing attribution does not reach back over it
    pytest.param("Tom Reed stood by her on CBS' ''60 Minutes.'' ''I doubt it did the port any harm,'' he said.",
                 [("direct", "I doubt it did the port any harm,", "Tom Reed")],
                 id="a-programme-title-then-a-quotation"),
]


@pytest.mark.parametrize("body, expected", MORE_UNSEEN_PAGE_CONSTRUCTIONS)
def test_more_constructions_from_unseen_pages(body, expected):
    assert triples(body) == expected


# A quotation right before a role noun and a name is the title of a work, not words
# anyone said; one before a cue is still a quotation.
TITLES_BEFORE_ROLES = [
    pytest.param("“Harbor Nights” star Nora Vance opened up about her stage fright.", [],
                 id="a-shows-star"),
    pytest.param("“Harbour Lights” host Ann Berg said the show would end in May.",
                 [("indirect", "the show would end in May", "Ann Berg")], id="a-shows-host-speaks"),
    pytest.param("Ben Ortiz, author of “Tides of the Harbor,” a sharp new book skeptical of the way we "
                 "fund our ports, first pointed out the plan to me. He wondered why the mayor said nothing.",
                 [("indirect", "why the mayor said nothing", "Ben Ortiz")],
                 id="an-apposition-calls-it-a-book"),
    pytest.param("“We will not close the ferry,” said Ann Berg, the harbour master.",
                 [("direct", "We will not close the ferry,", "Ann Berg")], id="a-quotation-before-its-cue"),
]


@pytest.mark.parametrize("body, expected", TITLES_BEFORE_ROLES)
def test_a_title_before_a_role_is_no_quotation(body, expected):
    assert triples(body) == expected


# Words in quotation marks with no speaker, no cue and no verb of saying in their
# paragraph are no quotation: an example, a line imagined, a title
UNATTRIBUTED_WORDS = [
    pytest.param("3. Put a clear plan forward.\n\n“I don't even know where to start with this project.”", [],
                 id="an-example-line-under-a-tip"),
    pytest.param("Behind the stage hung a banner: “Building a harbour that works for every family.”", [],
                 id="a-banner"),
    # but a quotation closed by a cue stays, even when its speaker cannot be read
    pytest.param("“The budget is balanced and the port will stay open,” Republican said.",
                 [("direct", "The budget is balanced and the port will stay open,", None)], id="closed-by-a-cue"),
]


@pytest.mark.parametrize("body, expected", UNATTRIBUTED_WORDS)
def test_words_no_one_is_said_to_have_said_are_no_quotation(body, expected):
    _, quotes = extract(body)
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected



# A quotation that opens on a verb of saying is the words of whoever its closing
# attribution names ('Border agents "say you have to …," he said': his, not the agents')
QUOTATION_OPENING_ON_A_CUE = [
    pytest.param("Rep. Dan Moss spoke on Monday. Border agents “say you have to watch this border,” he said.",
                 [("mixed", "Border agents “say you have to watch this border,”", "Dan Moss")], id="closed-by-he-said"),
    pytest.param("Both leaders “stressed the importance of cooperation,” per the readout.",
                 [("mixed", "the importance of cooperation", "both leaders")], id="no-closing-attribution"),
]


@pytest.mark.parametrize("body, expected", QUOTATION_OPENING_ON_A_CUE)
def test_a_quotation_opening_on_a_cue_is_its_closing_speakers(body, expected):
    _, quotes = extract(body)
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected
