"""Colons and labelled lines (`attribution.colon`): "Zhang said: “Q”", quotations
introduced without a listed cue, the clause before a colon, transcript turns and
headline claims after a name and a colon."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    pytest.param(INTRO + "Zhang said: “Bilateral trade will keep growing this year.”",
                 [("direct", "Bilateral trade will keep growing this year.", ZHANG)],
                 id="Zhang-said-colon-Q"),
    pytest.param(INTRO + "Zhang said: “The potential visit will strengthen cooperation in many fields.\n\n"
                         "“It will also benefit both peoples.”",
                 [("direct", "The potential visit will strengthen cooperation in many fields.", ZHANG),
                  ("direct", "It will also benefit both peoples.", ZHANG)],
                 id="multi-paragraph-quote-opened-after-colon"),
    # an upper-case place and a colon open a story: a dateline, not a speaker's turn
    pytest.param("Two patients die at Mardale clinic\n\nBy W.P. Report staff.\n\nMARDALE: In what was blamed on "
                 "negligence, two patients died at a clinic in Mardale district on Sunday.",
                 [], id="a-dateline-with-a-colon"),
    # a sentence glued to the closing mark before it (a lost paragraph break) has its own subject
    pytest.param("On Sunday Dale posted a photo of a pie. “The best pies are made here!”Former senator Ann Lee broke "
                 "down what was wrong with it to the Dutch newspaper De Telegraaf: “It was so clumsy.”",
                 # (the pie's quotation, after Dale's post, is Dale's: as with "On Sunday, Dale posted")
                 [("direct", "The best pies are made here!", "Dale"), ("direct", "It was so clumsy.", "Ann Lee")],
                 id="a-sentence-glued-to-a-closing-mark"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


INTRODUCED = [
    # the question named before the colon is no report of its own: the quotation is the question
    pytest.param("Anna Reyes asked the same question she had asked before: “Who are you?”",
                 ("direct", "Who are you?", "Anna Reyes", ":"), id="asked-the-same-question-colon"),
    # a verb outside the cue list after the quotation is no part of the speaker's name
    pytest.param("“We need to do something crazy,” jokes Ralf Groene, responding to my question.",
                 ("direct", "We need to do something crazy,", "Ralf Groene", "jokes"),
                 id="verb-outside-the-cue-list-then-name-then-participle"),
    pytest.param("Hours later, Tom Reed returned the compliment, telling Reuters, “Dan and I have worked "
                 "side by side for many years.”",
                 ("direct", "Dan and I have worked side by side for many years.", "Tom Reed", "telling"),
                 id="participle-after-an-opening-time-phrase"),
    pytest.param("During their first debate, Nora Vance cracked, “I'm a harbour kid who wants the ferries "
                 "running.”",
                 ("direct", "I'm a harbour kid who wants the ferries running.", "Nora Vance", "cracked"),
                 id="verb-outside-the-cue-list-then-comma"),
    pytest.param("As Ben Ortiz, a professor of maritime law at Kellard, put it, “A modest "
                 "ferry plan now could serve the port well.”",
                 ("direct", "A modest ferry plan now could serve the port well.", "Ben Ortiz", "put it"),
                 id="as-X-put-it"),
    # an addressee named between the cue and the quotation
    pytest.param("At the hearing, a reporter asked Montoya-Lewis, “What is the biggest problem in the courts?”",
                 ("direct", "What is the biggest problem in the courts?", "a reporter", "asked"),
                 id="asked-a-named-addressee-then-comma"),
    pytest.param("Trump also embraced harsher methods -- “I think the rules are far too weak.”",
                 ("direct", "I think the rules are far too weak.", "Trump", "--"),
                 id="dash-introduced-quote"),
    # "!" and "?" end the quotation, not the sentence its attribution closes
    pytest.param("“We will win this race!” Trump snapped.", ("direct", "We will win this race!", "Trump", "snapped"),
                 id="exclamation-then-a-verb-outside-the-cue-list"),
    pytest.param("“Will we win this race?” the senator wondered aloud.",
                 ("direct", "Will we win this race?", "the senator", "wondered"), id="question-then-a-verb"),
    # a description the article never names speaks as written, as after a cue of the list
    pytest.param("“Everything you said has overlapped,” the judge exclaimed.",
                 ("direct", "Everything you said has overlapped,", "the judge", "exclaimed"),
                 id="an-unnamed-description-then-a-verb"),
    pytest.param("“It is over,” the lawyer snapped.", ("direct", "It is over,", "the lawyer", "snapped"),
                 id="an-unnamed-agent-noun-then-a-verb"),
]


# … but a quotation filling a noun's slot in the writer's sentence is no one's turn for the
# verb after it ("proclaims the article a “…,” Clinton fixates on …")
def test_a_quoted_phrase_after_a_determiner_is_not_closed_by_the_next_verb():
    quotes = extract_quotes(Article(id="intro", text="Emails\n\nWhile Ann Hale proclaims the report a “splendid "
                                                     "essay and worth every minute,” Tom Reed fixates on the “pivot” line."))
    assert "Tom Reed" not in [q.speaker for q in quotes]


# "he" or "she" that fits no one in a closing "“…,” he claims." leaves that quotation and
# the one after it unnamed: the last speaker (a woman here) is not whom the pronoun means
UNFITTING_PRONOUN_AFTER_A_QUOTATION = [
    pytest.param("Ann Lee loved the shoot. “That sequence was fun,” Lee says. For Reyes, the hardest part was a "
                 "dinner scene. “It is a long conversation,” he claims. “We rehearsed it most.”",
                 [("That sequence was fun,", "Ann Lee"), ("It is a long conversation,", None),
                  ("We rehearsed it most.", None)], id="he-claims-after-a-woman"),
    pytest.param("Tom Reed found the dinner scene hardest. “It is a long conversation,” he claims.",
                 [("It is a long conversation,", "Tom Reed")], id="he-claims-after-the-man-it-fits"),
]


@pytest.mark.parametrize("body, expected", UNFITTING_PRONOUN_AFTER_A_QUOTATION)
def test_a_pronoun_fitting_no_one_after_a_quotation_leaves_it_unnamed(body, expected):
    quotes = extract_quotes(Article(id="pronoun", text="Filming\n\n" + body))
    assert [(q.text, q.speaker) for q in quotes] == expected


# … but words around a quotation that are no speaker and verb name no one: a noun in -s
# before the comma, a count of times, an adverb after it, a participle the writer's
# sentence goes on with, a linking verb that says how the words land
NO_SPEAKER_AROUND_A_QUOTATION = [
    pytest.param("Admiral at sea\n\nHe talks about readiness.\n\nOne of his recent picks, “The Long Harbor,” is "
                 "about Kellard.", id="a-noun-before-the-comma"),
    pytest.param("Slogans\n\nNow the council can repeat, 5,000 times, “Ferries On Time,” “Fair and Open,” and, "
                 "yes, “Calm.”", id="a-count-of-times"),
    pytest.param("Intelligence\n\n“They haven’t checked anything near a full audit,” perhaps only 12%, he "
                 "quoted one inspector.", id="an-adverb-after-the-quotation"),
    pytest.param("Road signs\n\nConsider this 2014 entry — “Don’t jerk and drive,” meant to discourage drivers from "
                 "jerking the wheel.", id="an-imperative-then-a-participle"),
    pytest.param("Grammar\n\nThe past form is “Ich war müde”. Compare the perfect tense of the other reading: “Ich bin "
                 "müde gewesen”.", id="compare-colon"),
    pytest.param("Grammar\n\nContrast the wrong form: “Er ist gegangen worden”.", id="contrast-colon"),
    pytest.param("Remakes\n\n“Harbour Watch,” the 1970s procedural that the network revived in 2012, is a case "
                 "study.", id="a-title-then-a-description-with-its-relative-verb"),
    pytest.param("Factories\n\n“I am fully committed to bringing back the night ferry” sounds great in Kellard, "
                 "Maine, before a primary.", id="a-linking-verb-after-the-quotation"),
    # a quotation inside the writer's clause is closed by no verb outside the cue list
    pytest.param("Satellites\n\nOrbitel, which notes it “is the only firm that offers truly global coverage,” employs a "
                 "network of 66 satellites.", id="a-quotation-inside-a-relative-clause-then-the-main-verb"),
    # a page's label before a colon is no one's name
    pytest.param("How people talk now\n\nPeople use the word literally in a loose way these days.\n\nExample: “That "
                 "was so funny I literally cried.”",
                 id="an-example-label"),
    # nor is a field's label, a noun phrase whose head names no one who could speak
    pytest.param("Hallie Heald\n\nThe ideal conversation-starter scenario: “It is a great ice-breaker at parties.”",
                 id="a-field-label"),
    pytest.param("Verdicts\n\nHis verdict: “It is over.”", id="a-possessed-label"),
    # nor an imperative opening the words before it
    pytest.param("Skin care\n\nAllow the dermatologist to repeat that: “Yes, dead skin cells help the skin.”",
                 id="an-imperative-before-the-colon"),
]


# "reported" after a quotation and a one-word name no one in the article has: a publication
REPORTED_BY_A_ONE_WORD_NAME = [
    pytest.param("“Several studies have found that multivitamins can improve memory,” reported Healthline.",
                 ("Healthline", "organization"), id="reported-a-one-word-name"),
    pytest.param("“Several studies have found that multivitamins can improve memory,” reported Jane Healy.",
                 ("Jane Healy", "person"), id="reported-a-full-name"),
]


@pytest.mark.parametrize("body, expected", REPORTED_BY_A_ONE_WORD_NAME)
def test_a_one_word_name_that_reported_a_quotation_is_a_publication(body, expected):
    quotes = extract_quotes(Article(id="rep", text="Memory and vitamins\n\n" + body))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [expected]


@pytest.mark.parametrize("text", NO_SPEAKER_AROUND_A_QUOTATION)
def test_words_around_a_quotation_that_name_no_speaker(text):
    quotes = extract_quotes(Article(id="intro", text=text))
    assert [q.speaker for q in quotes if q.speaker] == []


@pytest.mark.parametrize("body, expected", INTRODUCED)
def test_quotations_introduced_without_a_listed_cue_before_them(body, expected):
    quotes = extract_quotes(Article(id="intro", text="Candidates spar\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.cue) for q in quotes] == [expected]


CLAUSE_SUBJECT_BEFORE_COLON = [
    # words that "came from" someone are theirs; two names alone as a label are both speakers
    pytest.param("Then a question came from a member of the audience: “Why did you vote for the bill?”",
                 "a member of the audience", id="a-question-came-from"),
    pytest.param("The mayor spoke first. A sharp reply came from Senator Ann Lee: “We will never accept this plan.”",
                 "Ann Lee", id="a-reply-came-from-a-name"),
    pytest.param("Our Tom Fisk and Ann Lee: “The bill is dead for this session.”",
                 "Tom Fisk and Ann Lee", id="two-names-as-a-label"),
    pytest.param("The timing was so odd that a spokeswoman for the mayor could only quip: “I guess the "
                 "holiday was booked.”",
                 "a spokeswoman for the mayor", id="subject-after-that"),
    pytest.param("Late on Tuesday night, her campaign sent a short note to volunteers: “We have just been "
                 "named the winner in Kellard!”",
                 "her campaign", id="subject-after-an-opening-phrase"),
    pytest.param("A note in the report makes the limits clear: “These figures do not apply to senior staff.”",
                 "a note in the report", id="document-subject"),
    # a name's owner noun is part of the subject: the campaign, not "The Vance"
    pytest.param("The Vance campaign, in a written Q&A about the ferry dispute, phrased it still more cautiously: "
                 "“Her habit was to write to officials at their council addresses.”",
                 "Vance campaign", id="a-name-and-its-campaign-before-an-adjunct"),
    # the subject of the clause the colon ends: the second conjunct's, or two names together
    pytest.param("Eich stepped down on April 3 and Mitchell Baker, executive chairwoman of the firm, posted a "
                 "statement on the blog: “We did not move fast enough to engage with people.”",
                 "Mitchell Baker", id="second-conjunct-with-an-apposition"),
    pytest.param("Ann Lee and Tom Fisk posted a statement: “We are sorry for the delay.”", "Ann Lee and Tom Fisk",
                 id="two-names-before-the-verb"),
    # one heard or seen speaking is the speaker, not the one who heard them
    pytest.param("It was 3:05 a.m. Anthony Rodriguez, who lives across the street, heard an officer yell: "
                 "“Come down! Come down!”", "an officer", id="heard-an-officer-yell"),
    # a name whose relative clause holds the speech verb speaks, not the sentence's subject
    pytest.param("Any decision to close the mill would involve Mayor Ann Lee, who told the council when asked "
                 "in March about the mill: “That matter is in the hands of the auditors.”",
                 "Ann Lee", id="a-name-then-who-told-when-asked"),
    # a subject inside a report before the colon is not the speaker: the report's is, unnamed here
    pytest.param("Another said he prayed with his “whole soul” that Dale Hunt wins the race: “That way I can "
                 "enjoy the show for a few years.”",
                 None, id="a-subject-inside-the-report-before-the-colon"),
]


@pytest.mark.parametrize("body, speaker", CLAUSE_SUBJECT_BEFORE_COLON)
def test_the_subject_of_the_clause_before_a_colon_speaks_the_quotation(body, speaker):
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]


# A paragraph ending in a colon introduces the next paragraph's quotation: its clause's
# subject speaks it, the one named last in the paragraph (not one reported earlier in it),
# or the one the writer quotes
PARAGRAPH_ENDING_IN_A_COLON = [
    pytest.param("Dana Ruiz stated that the goal was a green deal. In an article, Greta Lund said:\n\n"
                 "“The time for small steps is long gone.”", "Greta Lund", id="after-a-report-in-the-paragraph"),
    pytest.param("Dana Ruiz stated that the goal was a green deal. Greta Lund states the following:\n\n"
                 "“The time for small steps is long gone.”", "Greta Lund", id="states-the-following"),
    pytest.param("Tom Frank wrote a book about the port. Frank quotes former Vance adviser Dan Fisk:\n\n"
                 "“I would like the ferry owners to earn less.”", "Dan Fisk", id="the-writer-quotes-someone"),
]


@pytest.mark.parametrize("body, speaker", PARAGRAPH_ENDING_IN_A_COLON)
def test_a_paragraph_ending_in_a_colon_introduces_the_next_ones_quotation(body, speaker):
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\n" + body))
    assert [q.speaker for q in quotes if q.type == "direct"] == [speaker]


# The noun that announces the quotation after the colon is no report of its own: what
# the quotation says is
@pytest.mark.parametrize("body", [
    pytest.param("Sam Reed points out the obvious problem:\n\n“Nobody is going to go on record when they count "
                 "on his friends for their PR.”", id="points-out-the-problem-then-a-paragraph"),
    pytest.param("Sam Reed raised the key question: “Who will pay for the bridge when the tolls run out?”",
                 id="raised-the-question-then-a-quotation"),
])
def test_the_noun_before_a_colon_and_a_quotation_is_no_report(body):
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\n" + body))
    assert [(q.type, q.speaker) for q in quotes] == [("direct", "Sam Reed")]


def test_a_passive_clause_before_a_colon_names_no_speaker():
    quotes = extract_quotes(Article(id="colon", text="Campaign trail\n\nIn the interview the governor was "
                                                    "asked: “Which of the two candidates would you pick today?”"))
    # (nor does anyone else: a question put by no one named is no quotation to cite)
    assert [q.speaker for q in quotes] == []


def labelled(text: str) -> list[tuple[str, str, str | None]]:
    quotes = extract_quotes(Article(id="label", text=text))
    return [(q.type, q.text, q.speaker) for q in quotes]


def test_a_transcript_turn_is_its_speakers():
    text = ("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
            "BERG: So the budget is short again this year, is it not?\n\n"
            "QUILL: It is short, and every department will feel it.")
    assert labelled(text) == [
        ("direct", "So the budget is short again this year, is it not?", "Ann Berg"),
        ("direct", "It is short, and every department will feel it", "Tom Quill"),
    ]


# A turn's own reports ("I think …", "a man who said …") have no speaker of their own: the
# turn is the label's person's, whole
TURNS_HOLDING_REPORTS = [
    # a short turn is a turn where its label opens other lines too, in any case
    pytest.param("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
                 "Quill: Every department will feel the cuts this year.\n\n"
                 "Berg: Well, cuts are bad.\n\n"
                 "Quill: We will cope with them.\n\n"
                 "Berg: That sounds hopeful.",
                 [("direct", "Every department will feel the cuts this year", "Tom Quill"),
                  ("direct", "Well, cuts are bad", "Ann Berg"),
                  ("direct", "We will cope with them", "Tom Quill"),
                  ("direct", "That sounds hopeful", "Ann Berg")],
                 id="short-turns-of-a-repeated-label"),
    # (a count or a list of names after a repeated label is no turn)
    pytest.param("Delegates\n\nThe count is in.\n\nAnn Berg: 2,316\n\nTom Quill: 1,547\n\nAnn Berg: 2,400\n\n"
                 "Tom Quill: Jamie Amos, Pat Kennedy", [], id="counts-after-repeated-labels"),
    pytest.param("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
                 "BERG: Is the budget short again?\n\n"
                 "QUILL: I think every department will feel it. I think we will cope.",
                 [("direct", "Is the budget short again?", "Ann Berg"),
                  ("direct", "I think every department will feel it. I think we will cope", "Tom Quill")],
                 id="first-person-think-inside-a-turn"),
    pytest.param("Radio hour\n\nHost Ann Berg spoke with the campaign's Joel Marr.\n\n"
                 "ANN BERG: Why not debate him in New York?\n\n"
                 "JOEL MARR: This is a candidate who said he would never run a negative ad. He has run them for weeks.",
                 [("direct", "Why not debate him in New York?", "Ann Berg"),
                  ("direct", "This is a candidate who said he would never run a negative ad. He has run them for weeks",
                   "Joel Marr")],
                 id="a-nameless-report-inside-a-turn"),
    # a capitalised full name in one turn ("ANN BERG: …", too short a turn to quote) is the
    # person a later turn's surname names
    pytest.param("Radio hour\n\nThe campaign says it will not debate.\n\n"
                 "ANN BERG: Why not?\n\n"
                 "JOEL MARR: This is a candidate who said he would never run a negative ad. He has run them for weeks.\n\n"
                 "BERG: You said in January you were open to more debates. Why not debate in Kellard?\n\n"
                 "MARR: Senator Dale does not get to choose the debate dates. Not while he runs a negative campaign.",
                 [("indirect", "it will not debate", "the campaign"),
                  ("direct", "This is a candidate who said he would never run a negative ad. He has run them for weeks",
                   "Joel Marr"),
                  ("direct", "You said in January you were open to more debates. Why not debate in Kellard?",
                   "Ann Berg"),
                  ("direct", "Senator Dale does not get to choose the debate dates. Not while he runs a negative "
                             "campaign", "Joel Marr")],
                 id="a-surname-turn-after-a-capitalised-full-name"),
    # what the turn's speaker relays from someone named is kept beside the turn
    pytest.param("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
                 "BERG: Has the governor been fair?\n\n"
                 "QUILL: I think she has tried. Governor Maria Lind talked about how hard the winter was. "
                 "I think that is her intent.",
                 [("direct", "Has the governor been fair?", "Ann Berg"),
                  ("direct", "I think she has tried. Governor Maria Lind talked about how hard the winter was. "
                             "I think that is her intent", "Tom Quill"),
                  ("indirect", "how hard the winter was", "Maria Lind")],
                 id="a-named-report-inside-a-turn"),
    # (a pronoun's guess is not kept: "she" is not Ann Berg)
    pytest.param("Radio hour\n\nHost Ann Berg spoke with the mayor, Tom Quill.\n\n"
                 "BERG: Has the governor been fair?\n\n"
                 "QUILL: I think she has tried. She talked about how hard the winter was.",
                 [("direct", "Has the governor been fair?", "Ann Berg"),
                  ("direct", "I think she has tried. She talked about how hard the winter was", "Tom Quill")],
                 id="a-pronouns-report-inside-a-turn"),
]


@pytest.mark.parametrize("text, expected", TURNS_HOLDING_REPORTS)
def test_a_transcript_turn_holds_the_reports_it_makes(text, expected):
    assert labelled(text) == expected


def test_an_interview_turn_in_the_first_person_is_direct():
    text = ("Why groups are smarter than their members\n\nThomas Malone is a professor of management.\n\n"
            "Mr Malone: Markets are one of the kinds of decision-making I describe in the book.")
    assert labelled(text) == [
        ("direct", "Markets are one of the kinds of decision-making I describe in the book", "Thomas Malone")]


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
    "Tech Enabled: County news chronicles the ways technology helps people every single day.",
    "Harbour Watch: Update after death of a man who appeared in the Harbour Watch series.",
    # a storm names no speaker
    "Storm Ciarán: Hurricane-force winds bash the coast as dozens of flood warnings are issued.",
    # a paper's sections
    "Disclosures: Drs. Anderson, Dobkin, and Gorry report grants from the National Institute on Aging.",
    "Reproducible Research Statement: Study protocol: Not available. Statistical code: Available from the authors.",
    # an advice column's salutation: whom the columnist answers
    "DEAR HEARTBROKEN MOM: Your sister has no right to read your mail, and you should tell her so.",
])
def test_labels_that_name_nobody_or_too_little_give_no_quote(line):
    text = f"County news\n\nThe county board met on Monday.\n\n{line}"
    assert labelled(text) == []


HEADLINE_LABELS = [
    pytest.param("Nora Vance: Harbour ferry to stop running after 60 years\n\n"
                 "The harbour ferry will stop running in May, the operator said on Monday.",
                 [("indirect", "The harbour ferry will stop running in May", "the operator")],
                 id="a-name-the-story-never-mentions-again-is-a-columns-label"),
    pytest.param("Vance: Harbour Ferry Cuts ‘Will Strand Islanders’\n\n"
                 "Councillor Nora Vance spoke at the harbour on Monday.",
                 [("mixed", "Harbour Ferry Cuts ‘Will Strand Islanders’", "Nora Vance")],
                 id="a-headline-claim-with-a-quoted-fragment-is-read"),
    # a short claim, three words and a verb; a short label of a title is no claim
    pytest.param("Vance: Ferry plan threatens jobs\n\nCouncillor Nora Vance spoke at the harbour on Monday.",
                 [("indirect", "Ferry plan threatens jobs", "Nora Vance")], id="a-short-headline-claim-with-a-verb"),
    pytest.param("Nora Vance: Queen of the Harbour\n\nCouncillor Nora Vance ran the mayor's campaign last year.",
                 [], id="a-short-headline-title-is-no-claim"),
    pytest.param("Survey: Most islanders use the ferry every week\n\n"
                 "The ferry has run since 1964.",
                 [("indirect", "Most islanders use the ferry every week", "survey")],
                 id="a-document-label-still-reports"),
    pytest.param("Feds: Ferry operator misled the islanders for years\n\n"
                 "The ferry has run since 1964.",
                 [("indirect", "Ferry operator misled the islanders for years", "feds")],
                 id="a-plural-naming-people-speaks-as-a-group"),
    # a description of the person the label names is no claim of theirs
    pytest.param("Nora Vance: The woman behind the mayor's comeback\n\n"
                 "Councillor Nora Vance ran the mayor's campaign last year.",
                 [], id="a-profile-title-is-no-claim"),
    pytest.param("Harbor Surface Studio: the engineering beneath floating pixels\n\n"
                 "The Harbor Surface Studio is a desktop computer with a 28-inch screen.",
                 [], id="a-products-description-is-no-claim"),
    # a quotation right after the label is the labelled person's words
    pytest.param("Vance: ‘We Will Not Let The Ferry Go Without A Fight.’\n\n"
                 "Councillor Nora Vance spoke at the harbour on Monday.",
                 [("direct", "We Will Not Let The Ferry Go Without A Fight.", "Nora Vance")],
                 id="a-quotation-after-the-label"),
    # … and quoted words opening a longer claim make it mixed
    pytest.param("Vance: ‘Not Too Much’ To Hope For A Second Ferry\n\n"
                 "Councillor Nora Vance spoke at the harbour on Monday.",
                 [("mixed", "‘Not Too Much’ To Hope For A Second Ferry", "Nora Vance")],
                 id="quoted-words-opening-a-longer-claim"),
    pytest.param("Harbour Chief On Vance: “We Will Not Let The Ferry Go.”\n\n"
                 "Councillor Nora Vance spoke at the harbour on Monday.",
                 [], id="a-label-about-someone-is-no-speaker"),
    pytest.param("Live: “We Will Not Let The Ferry Go.”\n\n"
                 "Councillor Nora Vance spoke at the harbour on Monday.",
                 [], id="a-section-label-is-no-speaker"),
    # … and so is a section's or a programme's name before its item's title
    pytest.param("Sailing Podcast: Harbour regatta returns and the crews are split\n\n"
                 "On this week’s Sailing Podcast, the hosts talk about the regatta.", [], id="a-podcasts-name"),
    pytest.param("Harbour Focus: Why some ferries thrive and others never sail\n\n"
                 "This week’s Harbour Focus looks at the ferries.", [], id="a-columns-name"),
    pytest.param("Letters: Ferry fares | Harbour lights | Bus stops\n\nThe ferry has run since 1964.",
                 [], id="letters-to-the-editor"),
    pytest.param("WEEKLY ADDRESS: Happy New Year from the Mayor and her family\n\n"
                 "In this Weekly Address, the mayor spoke about the new year.", [], id="a-weekly-address"),
    pytest.param("Box Office: It Is Good to Be Strange\n\nThe film took $28 million. More Box Office reports "
                 "follow on Monday.", [], id="a-box-office-report"),
    # a work's title and subtitle, named in the headline and again in the story
    pytest.param("Harbour Saga: Ferry Wars review - a slow crossing with a storm at the end\n\n"
                 "Harbour Saga: Ferry Wars is a game that asks a lot of its players before it pays them back.",
                 [], id="a-works-title-and-subtitle-is-no-claim"),
    # … and so is a label of ordinary words before a subtitle in title case
    pytest.param("Strange Beasts: A Nice Place to Visit\n\n"
                 "The Strange Beasts films have a fine cast. Strange Beasts is the best of them.",
                 [], id="ordinary-words-then-a-subtitle-in-title-case"),
    pytest.param("Police: Man Hurt In Harbour Crash Near Ferry\n\nA man was hurt on Monday.",
                 [("indirect", "Man Hurt In Harbour Crash Near Ferry", "police")],
                 id="people-then-a-claim-in-title-case"),
]


@pytest.mark.parametrize("text, expected", HEADLINE_LABELS)
def test_a_headline_label_is_a_speaker_only_when_the_story_bears_it_out(text, expected):
    assert labelled(text) == expected


SIGNED = [
    pytest.param("Shoppers on the high street had their say.\n\n"
                 "“We just want the buses back on time.” ― Priya Nair, 41, florist",
                 [("direct", "We just want the buses back on time.", "Priya Nair")],
                 id="vox-pop-quote-signed-with-a-dash-and-a-name"),
    pytest.param("Shoppers on the high street had their say.\n\n"
                 "“Nobody asked the traders first.” — Colm Doyle",
                 [("direct", "Nobody asked the traders first.", "Colm Doyle")],
                 id="em-dash-and-a-bare-name"),
]


@pytest.mark.parametrize("body, expected", SIGNED)
def test_a_quotation_signed_by_a_dash_and_a_name(body, expected):
    assert labelled("High street\n\n" + body) == expected


# (transcript quoted turn by turn, expected (speaker, text) of each turn): a quotation
# that opens its paragraph with a speaker's label is that speaker's turn, whoever
# introduced the transcript; a title's subtitle, a place addressed or a chant is not
QUOTED_TURNS = [
    pytest.param("At the debate, candidate Rosa Linde said the critics were “absolutely wrong.” Moderator "
                 "Jorge Ruiz put the questions.\n\nPartial transcript as follows:\n\n"
                 "\"RUIZ: Secretary Linde, on the night of the storm, you wrote a letter to your brother.\n\n"
                 "\"LINDE: I feel deep sorrow for the families of the three lost ferry crewmen.",
                 [("Jorge Ruiz", "Secretary Linde, on the night of the storm, you wrote a letter to your brother."),
                  ("Rosa Linde", "I feel deep sorrow for the families of the three lost ferry crewmen.")],
                 id="upper-case-labels-after-an-introduction"),
    pytest.param("Tom Marsh and Ann Price argued that the plan grows out of naivete.\n\n"
                 "\"Tom Marsh: Seriously, seriously about this. The senator says he will pay for it.\"",
                 [("Tom Marsh", "Seriously, seriously about this. The senator says he will pay for it.")],
                 id="a-full-name-label"),
    pytest.param("The book sold well.\n\n“Crippled Nation: How to Make the Country Great Again,” said "
                 "the publisher Ann Price.",
                 [("Ann Price", "Crippled Nation: How to Make the Country Great Again,")],
                 id="a-subtitle-is-no-turn"),
    # (a chant is its chanters' words, never a turn of the name it opens with)
    pytest.param("Tom Marsh met protesters.\n\nThe protesters chanted “Tom Marsh: bad for the county, bad for "
                 "you” outside.",
                 [("the protesters", "Tom Marsh: bad for the county, bad for you")],
                 id="a-chant-inside-a-sentence-is-no-turn"),
]


def test_the_words_after_a_writers_dash_introduce_the_quotation():
    body = ("Signs of a late shift were visible for weeks - More from Tom Smith: “Voters moved late in the "
            "race and we saw it.”")
    quotes = extract_quotes(Article(id="dash", text="Polls\n\n" + body))
    assert [(q.speaker, q.text) for q in quotes] == [("Tom Smith", "Voters moved late in the race and we saw it.")]
    glued = body.replace(" - More", " -More")   # the dash written against the next word
    quotes = extract_quotes(Article(id="dash", text="Polls\n\n" + glued))
    assert [(q.speaker, q.text) for q in quotes] == [("Tom Smith", "Voters moved late in the race and we saw it.")]


@pytest.mark.parametrize("body, expected", QUOTED_TURNS)
def test_a_quoted_transcript_turn_is_the_labels_speakers(body, expected):
    quotes = extract_quotes(Article(id="turns", text="Debate night\n\n" + body))
    assert [(q.speaker, q.text) for q in quotes if q.type == "direct"] == expected


# (article, expected (speaker, text) of the direct quotations): a line that only signs
# the quotation of the paragraph before ("- Sanders.") names its speaker
SIGNED = [
    pytest.param("The campaign has not released the speeches.\n\n“I went to the harbour board before the flood. I was "
                 "the first to say the old sea wall would fail.”\n\n- Ann Marlow.\n\nMarlow tends to overstate "
                 "her record.",
                 [("Ann Marlow", "I went to the harbour board before the flood. I was the first to say the old "
                                 "sea wall would fail.")], id="dash-and-name"),
    pytest.param("“He can have the files,” Fisk said. “But I expect they are blank.”\n\n"
                 "“Fine speech. She's steady. She's prepared. She never stops.”\n\n"
                 "-President Tom Obern, tweeting after the speech.",
                 [("Fisk", "He can have the files,” Fisk said. “But I expect they are blank."),
                  ("Tom Obern", "Fine speech. She's steady. She's prepared. She never stops.")],
                 id="dash-title-name-and-an-aside"),
]


@pytest.mark.parametrize("body, expected", SIGNED)
def test_a_signature_line_names_the_quotations_speaker(body, expected):
    quotes = extract_quotes(Article(id="signed", text="Fact check\n\n" + body))
    assert [(q.speaker, q.text) for q in quotes if q.type == "direct"] == expected


# "From X's Facebook post: “…”": the owner of the words speaks, not the platform
OWNERS_WORDS = [
    pytest.param("Aides say the former governor will back Ruiz. From Bell's Facebook post: “For the good of "
                 "our harbour, we must get past the bitterness of this contest.”",
                 "Bell", id="from-a-persons-facebook-post"),
    pytest.param("Aides say the former governor will back Ruiz. In Dana Bell's statement on Monday: “For the "
                 "good of our harbour, we must get past the bitterness of this contest.”",
                 "Dana Bell", id="in-a-persons-statement"),
]


def test_a_list_of_names_after_a_label_is_no_claim():
    text = ("Who our insiders are\n\nThese are the members of the panels in Ohio and Iowa.\n\n"
            "Ohio: Tim Alder, Brad Ames, Rob Barr, Jeff Boyd and Dave Cole.")
    assert labelled(text) == []


@pytest.mark.parametrize("body, speaker", OWNERS_WORDS)
def test_the_owner_of_a_post_or_statement_speaks_after_a_colon(body, speaker):
    quotes = [q for q in triples("Governor backs Ruiz\n\n" + body) if q[0] == "direct"]
    assert [q[2] for q in quotes] == [speaker]


# A box of links under capitalised labels of everyday words is page furniture, not a
# transcript; a transcript's tags name people the story names or first names
LABEL_BOXES = [
    ("AVOIDING CONTACT: The rules on self-isolation and exercise at home\n\n"
     "LOOK-UP TOOL: Check the number of cases in your area today\n\n"
     "STRESS: How to look after your mental health this winter", []),
    ("Senator Ana Lima spoke to the station on Monday.\n\n"
     "LIMA: We will not accept a budget that cuts the hospitals again.",
     [("Ana Lima", "We will not accept a budget that cuts the hospitals again")]),
    ("The mayor joined Jake Morrow on the evening show.\n\n"
     "MORROW: Welcome back to the programme, it is good to have you here tonight.",
     [("Jake Morrow", "Welcome back to the programme, it is good to have you here tonight")]),
    # a list's or a glossary's terms in mixed case, however often they recur
    ("Advantages: Skinfold calipers are affordable, and measurements are quick to take.\n\n"
     "Disadvantages: The method requires practice and some knowledge of anatomy.\n\n"
     "Translations: Where the county provides a translation, the English version governs.", []),
    ("Positioning: Line Width – User Specifies how compact the team will keep its shape.\n\n"
     "Positioning: Fullback Positioning – User Sets how far the fullbacks will push forward.", []),
    # a broadcast segment's bare document label says no one's words
    ("Temperatures will drop again on Wednesday.\n\nReport: People out on the streets were seen wearing layers "
     "throughout the day as the cold set in.", []),
    # a word used again and again as a label only names nobody ...
    ("Skinfold calipers are cheap.\n\nDisadvantages: The method requires practice and some knowledge of anatomy.\n\n"
     "Tape measures are cheaper still.\n\nDisadvantages: The equations may not be accurate for everyone.", []),
    # ... but a surname the first turn gives in full names its bearer
    ("Das Interview in voller Länge:\n\nKarin Vale: Professor Lima, thank you for joining us on the show tonight.\n\n"
     "Vale: Why do you think the plan failed so badly this year in the county?",
     [("Karin Vale", "Professor Lima, thank you for joining us on the show tonight"),
      ("Karin Vale", "Why do you think the plan failed so badly this year in the county?")]),
    # an address is no turn, though a real person's name labels it
    ("Dr. Ana Lima of Riverside College wrote the report.\n\n"
     "Dr. Lima: 441 Engineering Hall, Riverside College, 1156 High Street, Riverside, CA 95064.", []),
    # a plural that names people speaks as a group; a surname the story names in full, as its bearer
    ("The county board met on Monday.\n\nOfficials: We will rebuild the bridge within a year and it will cost less than feared.",
     [("officials", "We will rebuild the bridge within a year and it will cost less than feared")]),
    ("Anna Gates joined the panel on Monday.\n\n"
     "Gates: The bridge will be rebuilt within a year, and it will cost less than feared.",
     [("Anna Gates", "The bridge will be rebuilt within a year, and it will cost less than feared")]),
]


@pytest.mark.parametrize("body, expected", LABEL_BOXES)
def test_labels_of_everyday_words_are_no_speakers(body, expected):
    quotes = extract_quotes(Article(id="t", text="Budget talks\n\n" + body))
    assert [(q.speaker, q.text) for q in quotes] == expected


# (label word, expected): a label word that is an everyday English word and names no one
# the story names elsewhere; first names, titles and the words of full names do name someone
COMMON_LABEL_WORDS = [
    ("Contact", True), ("Stress", True), ("Look-Up", True), ("Tool", True),
    ("Brown", False),      # "Senator Sherrod Brown" below
    ("Jake", False),       # a first name
    ("Senator", False),    # a title
    ("Tapper", False),     # no everyday word
    ("Positioning", False),  # too rare an English word to tell from a surname
]


@pytest.mark.parametrize("word, expected", COMMON_LABEL_WORDS)
def test_common_label_words(word, expected):
    from quotesearch.extract.attribution.colon import _common_word
    from quotesearch.extract.speakers import SpeakerResolver
    text = "Senator Sherrod Brown spoke to Jake Tapper about the budget on Sunday."
    resolver = SpeakerResolver.for_article(text, [(0, len(text))])
    assert _common_word(word, resolver, "AVOIDING CONTACT".title()) is expected


@pytest.mark.parametrize("text, expected", [
    # a text that reads something is no speaker's phrase with its verb in it
    ("Birthday\n\nMina Hawk posted a photo on Sunday. The caption of her post reads: “It's his birthday today!”",
     [("direct", "It's his birthday today!", "the caption of her post")]),
    ("Roads\n\nThe sign reads: “No entry after dark.”", [("direct", "No entry after dark.", "the sign")]),
    # a dash alone before a quotation introduces it from no one, and reading it fails nothing
    ("Rally\n\n— “We will win in November.”", []),
])
def test_what_a_text_reads(text, expected):
    assert labelled(text) == expected
