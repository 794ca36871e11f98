"""Participles and second predicates (`attribution.participles`): "…, adding that C",
"…, calling …", "… and say" (an infinitive, no second report)."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_article, extract_quotes
from quotesearch.records import Article


PATTERNS = [
    pytest.param(INTRO + "“The decline in trade was caused mainly by the fall in commodity prices,” Zhang said, "
                         "adding that trade would rise as production resumes.",
                 [("direct", "The decline in trade was caused mainly by the fall in commodity prices,", ZHANG),
                  ("indirect", "trade would rise as production resumes", ZHANG)],
                 id="Q-Zhang-said-adding-that-C"),
    pytest.param(INTRO + "Zhang told reporters that “trade will keep growing” - adding that Beijing was ready "
                         "to buy more Russian grain.",
                 [("direct", "trade will keep growing", ZHANG),
                  ("indirect", "Beijing was ready to buy more Russian grain", ZHANG)],
                 id="dash-adding-that-C"),
    # a participle's report on the noun opening the sentence ends where the sentence's own
    # verb comes
    pytest.param("A letter saying the plant would close was sent to workers on Monday.",
                 [("indirect", "the plant would close", "a letter")], id="a-letter-saying-C-was-sent"),
    pytest.param("A report showing that crime fell sharply last year was published on Monday.",
                 [("indirect", "crime fell sharply last year", "a report")], id="a-report-showing-that-C-was-published"),
    # … and a participle aside's report where the subject's own verb comes back
    pytest.param("Ann Lee, saying the plant had been closed for months, was angry at the council.",
                 [("indirect", "the plant had been closed for months", "Ann Lee")], id="name-comma-saying-C-comma-verb"),
]


# A wire dateline the page's first paragraph keeps (its title given apart, as an HTML page's
# is) is no subject: a participle opening the sentence after it reports for the subject after
# its clause, and a double hyphen ends the dateline
DATELINE_KEPT = [
    ("WASHINGTON -- Declaring that the soul of the corps is at stake, Defense Secretary Dan Roe ordered a review.",
     [("indirect", "the soul of the corps is at stake", "Dan Roe")]),
    ("WASHINGTON -- The defense secretary said the review would take a year.",
     [("indirect", "the review would take a year", "the defense secretary")]),
]


@pytest.mark.parametrize("body, expected", DATELINE_KEPT)
def test_a_dateline_kept_in_the_first_paragraph_is_no_subject(body, expected):
    article = extract_article(Article(id="t", text="Review ordered.\n\n" + body, title="Review ordered."))
    assert [(q["type"], q["text"], q["speaker"]) for q in article.to_json()["quotes"]] == expected


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


# A second predicate after "and" reports for the subject of the first, a described
# body or person as much as a named one.
SECOND_PREDICATES = [
    # an infinitive of purpose after the subject's own verb and its object
    pytest.param("Senator Nora Vance used a private harbour luncheon to complain that the repairs were delaying the "
                 "ferry's return.",
                 [("indirect", "the repairs were delaying the ferry's return", "Nora Vance")],
                 id="used-a-luncheon-to-complain-that"),
    pytest.param("Mayor Dan Fisk took pains to say that the harbour had turned a corner.",
                 [("indirect", "the harbour had turned a corner", "Dan Fisk")], id="took-pains-to-say-that"),
    # the infinitive of purpose may introduce a quotation as much as a clause
    pytest.param("Mayor Dan Fisk used a news conference on Monday to say, “We will rebuild the harbour.”",
                 [("direct", "We will rebuild the harbour.", "Dan Fisk")], id="used-a-conference-to-say-comma-quote"),
    # but not an infinitive its verb's object does, nor one right after its verb
    pytest.param("Mayor Dan Fisk sent an aide to say that the harbour would be rebuilt.", [],
                 id="sent-an-aide-to-say-that"),
    pytest.param("Mayor Dan Fisk hired a consultant last year to tell the council that the harbour mattered.", [],
                 id="hired-a-consultant-to-tell"),
    pytest.param("The mayor was expected to announce that the plant would close.", [], id="expected-to-announce"),
    # nor an infinitive after a clause's own verb ("all it took was")
    pytest.param("Again, all it took was one person to say, “Wait, look at this.”", [], id="all-it-took-was-one-person"),
    pytest.param("The court disagreed and said the city already spent more than most towns.",
                 [("indirect", "the city already spent more than most towns", "the court")],
                 id="the-court-disagreed-and-said"),
    pytest.param("The judge tapped her pen, and then said the filing was rather odd.",
                 [("indirect", "the filing was rather odd", "the judge")], id="the-judge-and-then-said"),
    # a comma and "then" join the second predicate too
    pytest.param("The mayor toured the plant, then said that the jobs would stay.",
                 [("indirect", "the jobs would stay", "the mayor")], id="the-mayor-comma-then-said"),
    pytest.param("Governor Ann Lee offered the man a job, then says she will welcome his advice.",
                 [("indirect", "she will welcome his advice", "Ann Lee")], id="a-named-subject-comma-then-says"),
    # a present-tense first predicate as much as a past one
    pytest.param("The company runs a ferry line in the south and says it has set up a fund for fishermen.",
                 [("indirect", "it has set up a fund for fishermen", "the company")], id="the-company-runs-and-says"),
    # a one-word opener and its comma before the subject
    pytest.param("There, the chairman declined to name the four trustees but said one was "
                 "a longtime friend of the mayor.",
                 [("indirect", "one was a longtime friend of the mayor", "the chairman")], id="there-comma-subject"),
    pytest.param("Separately, the agency reviewed the contract and said it had found no fault.",
                 [("indirect", "it had found no fault", "the agency")], id="separately-comma-subject"),
    # the first predicate's object is no part of the subject ("The judge cited interviews")
    pytest.param("The judge cited interviews and said that the guard had seen bruises.",
                 [("indirect", "the guard had seen bruises", "the judge")], id="the-judge-cited-things-and-said"),
    pytest.param("Beyond the dock logs, the affidavit cited letters from Ann Lee and said that the guard had "
                 "seen bruises.",
                 [("indirect", "the guard had seen bruises", "the affidavit")], id="beyond-comma-the-affidavit"),
    # a time with no comma before the subject
    pytest.param("Hours later the mayor toured the plant and said the jobs would stay.",
                 [("indirect", "the jobs would stay", "the mayor")], id="hours-later-the-mayor"),
    pytest.param("Party officials said the count would start at dusk. A few minutes later they changed course, "
                 "waved everyone aboard and said they will sign up members.",
                 [("indirect", "the count would start at dusk", "Party officials"),
                  ("indirect", "they will sign up members", "Party officials")], id="a-few-minutes-later-they"),
    pytest.param("Judge Ann Lee disagreed and said the city already spent more than most towns.",
                 [("indirect", "the city already spent more than most towns", "Ann Lee")], id="a-named-subject"),
    # a time between the conjunction and the verb
    pytest.param("Columnist Ann Lee has been harsh on the mayor but on Wednesday wrote that she shared his view "
                 "that the harbour matters.",
                 [("indirect", "she shared his view that the harbour matters", "Ann Lee")], id="but-on-tuesday-wrote"),
    pytest.param("The senator voted against the bill and last week said that it was a mistake.",
                 [("indirect", "it was a mistake", "the senator")], id="and-last-week-said"),
    # a party tag in brackets after the name, with or without the state
    pytest.param("Nelson voted no. In a statement, Gov. Ann Lee (R) disagreed and said the city already spent more.",
                 [("indirect", "the city already spent more", "Ann Lee")], id="a-party-in-brackets"),
    # after a comma, "and" goes back past a relative clause to the main clause's subject
    pytest.param("President Eva Lind apologized to the two clerks who accused her of negligence, and pledged to "
                 "form a commission on workplace safety.",
                 [("indirect", "to form a commission on workplace safety", "Eva Lind")], id="and-past-a-relative-clause"),
    pytest.param("Mayor Ann Lee thanked the volunteers who had warned of the flood, and said the town would rebuild "
                 "the bridge.",
                 [("indirect", "the volunteers who had warned of the flood", "Ann Lee"),
                  ("indirect", "the town would rebuild the bridge", "Ann Lee")], id="and-past-a-relative-clause-2"),
    # a name that only modifies the noun after it: the campaign, the ad, the official speak
    pytest.param("The Lind campaign hit Marsh for his remarks and said that he was unfit.",
                 [("indirect", "he was unfit", "Lind campaign")], id="a-named-campaign"),
    pytest.param("The Reed ad hits Marsh for taking ferry cash and claims that Harbor lenders kept him afloat.",
                 [("indirect", "Harbor lenders kept him afloat", "Reed ad")], id="a-named-ad"),
    pytest.param("A Lind campaign official soon played down the remarks, saying that Lind had no ferry deal in mind.",
                 [("indirect", "Lind had no ferry deal in mind", "a Lind campaign official")], id="a-campaign-official"),
    pytest.param("The attorney general for the county of Harbor is suing Marsh, claiming his ferry firm is a sham.",
                 [], id="no-speaker-cut-short-before-a-title"),   # (not "the attorney")
    # a party-and-state tag in brackets after the subject's name
    pytest.param("Sen. Dan Fisk (R-Ore.) declined to appear alongside Marsh, responding that he would not "
                 "discuss the ferry.",
                 [("indirect", "he would not discuss the ferry", "Dan Fisk")], id="a-bracketed-party-tag"),
]


@pytest.mark.parametrize("body, expected", SECOND_PREDICATES)
def test_a_second_predicate_reports_for_the_first_ones_subject(body, expected):
    assert triples(body) == expected


# A cue's base form after "and" is no second predicate of a past or third-person report:
# a noun ("chaos and fear"), or a plural subject's own verb; a form agreeing with the
# first cue still is one
BASE_FORM_AFTER_AND = [
    ("Mayor Dan Fisk said the decree had caused chaos and fear in a city of two million people.",
     [("indirect", "the decree had caused chaos and fear in a city of two million people", "Dan Fisk")]),
    ("Mayor Dan Fisk says the storm brought damage and hope to the harbour towns.",
     [("indirect", "the storm brought damage and hope to the harbour towns", "Dan Fisk")]),
    ("Mayor Dan Fisk said the harbour was safe and warned that more storms would come.",
     [("indirect", "the harbour was safe", "Dan Fisk"), ("indirect", "more storms would come", "Dan Fisk")]),
    # (a past that reads like a base form is a second predicate: "went on to say")
    ("Mayor Dan Fisk joked that Kellard was his pick, but went on to say, “Some docks here are not safe at night.”",
     [("indirect", "Kellard was his pick", "Dan Fisk"),
      ("direct", "Some docks here are not safe at night.", "Dan Fisk")]),
]


@pytest.mark.parametrize("body, expected", BASE_FORM_AFTER_AND)
def test_a_base_form_after_and_is_no_second_predicate_of_a_past_report(body, expected):
    assert triples(body) == expected


# A participle right after the occasion its subject began or ended ("started the debate
# saying …") is the subject's report, with no comma before it; any other object before a
# participle is what the participle describes ("started a company making …")
PARTICIPLE_AFTER_AN_OCCASION = [
    pytest.param("Mayor Ann Lee started the debate saying the budget was balanced.",
                 [("indirect", "the budget was balanced", "Ann Lee")], id="started-the-debate"),
    pytest.param("Mayor Ann Lee started out her third town hall saying “of course” taxes would rise.",
                 [("mixed", "“of course” taxes would rise", "Ann Lee")], id="started-out-a-named-occasion"),
    pytest.param("Senator Tom Reyes began his speech arguing that the port needed dredging.",
                 [("indirect", "the port needed dredging", "Tom Reyes")], id="began-his-speech"),
    pytest.param("Tom Reyes started a company selling the idea that ports need dredging.",
                 [], id="an-object-that-is-no-occasion"),
    # a described subject too
    pytest.param("The mayor closed the meeting warning that the budget was short.",
                 [("indirect", "the budget was short", "the mayor")], id="a-described-subject-closed-the-meeting"),
    pytest.param("A senator began her speech arguing that taxes were too high.",
                 [("indirect", "taxes were too high", "a senator")], id="a-described-subject-began"),
    pytest.param("The company started a firm selling the idea that ports need dredging.",
                 [], id="a-described-subject-and-no-occasion"),
]


@pytest.mark.parametrize("body, expected", PARTICIPLE_AFTER_AN_OCCASION)
def test_a_participle_after_an_occasion_reports_for_the_subject(body, expected):
    assert triples(body) == expected


# What a picture, a recording or a witness shows someone doing: the one shown speaks the
# participle, not the video or the ad (nor what its subject made: "recorded a message saying")
# A nationality opening the sentence describes the subject, it is not the subject: "The
# French luxury giant filed …, alleging" is the giant's, never "The French"
DESCRIBED_BY_A_NATIONALITY = [
    pytest.param("The French luxury giant filed a lawsuit in May, alleging that the rival sold fakes.",
                 [("indirect", "the rival sold fakes", "French luxury giant")], id="the-French-luxury-giant"),
    pytest.param("Kellard Holdings sued the site last year. The French luxury giant filed a new lawsuit in May, "
                 "alleging that the rival sold fakes.",
                 [("indirect", "the rival sold fakes", "Kellard Holdings")], id="the-giant-named-before"),
]


@pytest.mark.parametrize("body, expected", DESCRIBED_BY_A_NATIONALITY)
def test_a_nationality_before_a_description_is_no_subject(body, expected):
    assert triples(body) == expected


PARTICIPLE_OF_THE_ONE_SHOWN = [
    pytest.param("One campaign video featured a series of Harbor residents — young and old — declaring, "
                 "“I am on meth.”", [("direct", "I am on meth.", "a series of Harbor residents")],
                 id="a-video-featured-people-declaring"),
    pytest.param("A video posted on Monday showed protesters chanting, “No more wars in our name.”",
                 [("direct", "No more wars in our name.", "protesters")], id="a-video-showed-people-chanting"),
    pytest.param("The ad features Tom Reed saying, “I will fight for every one of you.”",
                 [("direct", "I will fight for every one of you.", "Tom Reed")], id="an-ad-features-a-person-saying"),
    pytest.param("Ann Lee saw her chance, saying the vote was hers.",
                 [("indirect", "the vote was hers", "Ann Lee")], id="saw-an-object-then-a-comma"),
]


@pytest.mark.parametrize("body, expected", PARTICIPLE_OF_THE_ONE_SHOWN)
def test_the_one_shown_speaks_the_participle_after_them(body, expected):
    assert triples(body) == expected


PARTICIPLE_AFTER_COMMA = [
    pytest.param("Campaign spokesman Leo Marsh responded on Twitter, calling the charge “pathetic and dangerous.”",
                 "Leo Marsh", id="not-the-medium-before-the-comma"),
    pytest.param("Dana Whitfield endorsed the governor at Oak Hall, his private club, saying that he "
                 "“cares deeply about this state.”",
                 "Dana Whitfield", id="not-the-place-and-its-apposition-before-the-comma"),
    pytest.param("Dana Whitfield, New Mexico’s sitting governor, repeated accusations that Ortiz recites the same lines, "
                 "calling him a “talented talker.”",
                 "Dana Whitfield", id="the-main-subject-with-a-possessive-apposition-not-the-accusation's"),
    # a preposition before the gerund: the clause's subject speaks
    pytest.param("Nora Falk, herself a friend of the senator, drew loud jeers upon saying, "
                 "“The senator listened to the dockworkers.”", "Nora Falk", id="upon-saying"),


    pytest.param("Walsh’s campaign brushed off the remarks, telling reporters, “Nobody on our team has "
                 "ever asked for his support.”",
                 "Walsh’s campaign", id="possessive-subject-of-the-clause"),
    # a conjunction without a comma opens the sentence before its subject
    pytest.param("And then Ortiz went straight at the council, saying, “Is the mayor going to resign at last?”",
                 "Ortiz", id="and-then-before-the-subject"),
    pytest.param("But Ortiz went on the attack, saying, “Is the mayor going to resign at last?”",
                 "Ortiz", id="but-before-the-subject"),
    # no comma: the participle goes on the report just made, across its verb's adjuncts
    pytest.param("Gina Ortiz responded to a neighbour’s comment on Facebook writing, “No, I won’t. That was a "
                 "clumsy way to put it.”", "Gina Ortiz", id="not-the-medium-without-a-comma"),
    pytest.param("Kelly pressed him hard. Dunn tried to shrug it off by interjecting, “Only on weekends.”",
                 "Dunn", id="by-interjecting"),
    # a people's or party's adjective opens the subject; the people speak, not the adjective
    pytest.param("Israeli forces confirmed a second day of airstrikes there, saying they had killed a commander.",
                 "Israeli forces", id="demonym-then-its-noun"),
    pytest.param("Republican lawmakers confirmed the vote, saying they had enough support to pass the bill.",
                 "Republican lawmakers", id="party-adjective-then-its-noun"),
    pytest.param("Syrian army troops pushed into the town on Monday, claiming they had defeated the rebels.",
                 "Syrian army troops", id="demonym-modifier-then-its-noun"),
    # "and" inside one body's name: the body, not its first words
    pytest.param("The Tornado and Storm Research Organisation has issued warnings, highlighting the areas at risk.",
                 "Tornado and Storm Research Organisation", id="and-inside-a-body-name"),
    # role words after a capitalised adjective lead to the name: the name, not "The Tory"
    pytest.param("The Tory historian Andrew Roberts, long an evangelist of the idea, has taken up the cause, "
                 "declaring that the vote cleared the ground.", "Andrew Roberts", id="the-adjective-role-then-a-name"),
    pytest.param("The Tory party has taken up the cause, declaring that the vote cleared the ground.",
                 "Tory party", id="the-adjective-party"),
    # a place before an office only says where the office is: the office holder speaks
    pytest.param("The former New York mayor announced his run for the Senate, saying he would win.",
                 "the former New York mayor", id="the-place-then-an-office"),
    pytest.param("A Texas senator filed the bill on Monday, saying the border was open.",
                 "a Texas senator", id="a-place-then-an-office"),
    # (a people's adjective that is also a surname is the person: "Judith French" before)
    pytest.param("Judith French is a lawyer in the city. French filed papers on Monday, saying the city had "
                 "broken the law.", "Judith French", id="surname-that-is-a-people"),
    # what the subject issued, then the participle: the issuer speaks, comma or not
    pytest.param("Shortly after the vote ended, Reed’s campaign sent out a brief release saying Vance owes "
                 "“Kellard an apology.”", "Reed’s campaign", id="issued-a-release-saying"),
    # a capitalised word before a plural noun of people only modifies it: the people speak
    pytest.param("Restaurant owners in Lyon protested outside the station on Saturday, saying that the rules "
                 "remain unclear.", "Restaurant owners", id="common-noun-then-its-people"),
    pytest.param("Alex Azar, the Health and Human Services secretary, spoke first. Health care providers have "
                 "protested the longer stays, warning that children would face more risks.", "Health care providers",
                 id="a-compound-noun-then-its-people"),
    # a concessive clause with a named person as subject just before the participle: theirs
    pytest.param("The council cut the budget, although Ann Lee was opposed, saying the cuts were too deep.",
                 "Ann Lee", id="a-named-person-in-the-concessive-clause-before"),
    pytest.param("Ann Lee cut the budget, although the council was divided, saying the cuts were needed.",
                 "Ann Lee", id="no-one-named-in-the-concessive-clause-before"),
    pytest.param("Acme employees walked out on Thursday, saying the company had ignored their complaints.",
                 "Acme employees", id="firm-then-its-employees"),
    # a second clause joined by "and" with its own named subject: the participle is its
    pytest.param("Prosecutors charged the deckhand with theft and Mayor Ann Ruiz fired her police chief, Leo Marsh, "
                 "acknowledging that residents had lost trust in the force.", "Ann Ruiz",
                 id="second-clause-subject-not-the-first-nor-the-apposition"),
    pytest.param("The union staged a strike and Acme Foods walked away from the talks, saying the demands were "
                 "unaffordable.", "Acme Foods", id="second-clause-body"),
    # after "but" and a verb of its own, the second clause's named subject
    pytest.param("Ortiz pivoted to talking about trade, but Wallace brought him back to the attacks, asking Ortiz to "
                 "explain his views on the tariffs.", "Wallace", id="but-a-second-clause-with-an-irregular-past"),
    # an absolute "with" clause: its noun phrase is the subject of its participles, the second
    # one after "and" too (not the sentence's subject)
    pytest.param("The harbour board stepped up pressure on Monday, with top port officials underlining "
                 "the fleet's size and vowing to stay the chief source of jobs on the coast.",
                 "top port officials", id="with-officials-underlining-and-vowing"),
    # a second predicate inside a relative clause is its antecedent's
    pytest.param("Ireland owns a 25 per cent stake in the airline, which posted a loss yesterday but said its "
                 "long-haul business had performed well.", "the airline", id="relative-clause-then-but-said"),
    # a bare plural after an opener is the first clause's subject; the name after "and" the
    # second's, not the name in apposition to its object
    pytest.param("Over the last ten days, prosecutors charged the skipper and Mayor Dan Fisk fired his police "
                 "chief, Ann Lee, acknowledging that trust in the force had been lost.", "Dan Fisk",
                 id="opener-bare-plural-and-a-second-clause"),
    pytest.param("On Tuesday, officials closed the bridge, saying it was unsafe.", "officials",
                 id="opener-bare-plural-subject"),
    # … after a comma and an auxiliary too
    pytest.param("Mayor Dan Fisk met the radio host Ann Berg, who backs the mayor, but has said that the "
                 "bridge is unsafe.", "Ann Berg", id="relative-clause-comma-but-has"),
    # (two names before one verb are one subject)
    pytest.param("Dana Whitfield and Leo Marsh met on Monday, saying the talks had gone well.", "Dana Whitfield",
                 id="two-names-one-subject"),
    # a clause joined after a comma has a subject of its own, the participle's: a body's
    # name after "the", or a body described
    pytest.param("The workers walked out on Monday, and the union has filed a complaint, saying the firm broke the law.",
                 "the union", id="comma-and-the-body-described"),
    pytest.param("The drivers stopped work at dawn, and the Transport Workers Union of Leeds filed a claim, "
                 "saying the cuts were unlawful.", "Transport Workers Union of Leeds", id="comma-and-the-body-named"),
    # a modal opens either clause's verb
    pytest.param("At meetings, Olaf Brandt would grow loud, and Mia Torres would calmly cut him off, saying the vote "
                 "was over.", "Mia Torres", id="comma-and-name-would"),
    pytest.param("Olaf Brandt could shout all day, but Mia Torres will simply wait, saying the vote is over.",
                 "Mia Torres", id="comma-but-name-will"),
]

# After a report, a second clause with its own subject gives the participle that subject,
# not the reporter's; the report ends where the clause begins
REPORT_THEN_SECOND_CLAUSE = [
    ("Residents say the new rules are meant to hide them, and the Tenants Association of Ohio has sued the city, "
     "saying the rules are unlawful.",
     [("indirect", "the new rules are meant to hide them", "residents"),
      ("indirect", "the rules are unlawful", "Tenants Association of Ohio")]),
    ("Voters say the roads are bad, and Mayor Ann Lee has sued the state, saying it owes the city money.",
     [("indirect", "the roads are bad", "voters"), ("indirect", "it owes the city money", "Ann Lee")]),
    # (no subject of its own: the reporter goes on)
    ("Clinton said the plan was sound, adding that it was late.",
     [("indirect", "the plan was sound", "Clinton"), ("indirect", "it was late", "Clinton")]),
    # (an adverb of the participle's after the comma)
    ("Clinton said the plan was sound, quickly adding that it was late.",
     [("indirect", "the plan was sound", "Clinton"), ("indirect", "it was late", "Clinton")]),
    ("Clinton said the plan was sound, later adding that it was late.",
     [("indirect", "the plan was sound", "Clinton"), ("indirect", "it was late", "Clinton")]),
    ("The plan is sound, the council said, quickly adding that it was late.",
     [("indirect", "The plan is sound", "the council"), ("indirect", "it was late", "the council")]),
]


@pytest.mark.parametrize("body, expected", REPORT_THEN_SECOND_CLAUSE)
def test_a_participle_after_a_second_clause_is_its_subjects(body, expected):
    quotes = extract_quotes(Article(id="part", text="City hall\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected



@pytest.mark.parametrize("body, speaker", PARTICIPLE_AFTER_COMMA)
def test_a_participle_after_a_comma_reports_for_the_subject_of_its_clause(body, speaker):
    quotes = extract_quotes(Article(id="part", text="Campaign trail\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]


def test_two_names_joined_in_a_phrase_are_no_second_clause():
    text = ("Campaign trail\n\nThe meeting between Ruiz and Marsh took on added weight, highlighting the concern "
            "over the strike.")
    assert "Marsh" not in [q.speaker for q in extract_quotes(Article(id="part", text=text))]


def test_an_infinitive_after_and_is_not_a_second_report():
    text = ("Rally heckler\n\n"
            "Tom Reed asked the man to step forward and say the name again.")
    quotes = extract_quotes(Article(id="inf", text=text))
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("the man to step forward and say the name again", "Tom Reed", "asked"),
    ]


def test_a_relative_clause_issuing_a_statement_gives_no_speaker_to_the_sentence_subject():
    text = ("Campaign trail\n\nHis case has drawn the interest of activists, including the rights group Open "
            "Courts, which also released a brief statement Monday questioning if the ferry ruling was sound.")
    assert [q.speaker for q in extract_quotes(Article(id="part", text=text))] in ([], [None])


# A participle after a letter, or after a message emailed or texted to its readers, is its
# senders', not the noun phrase just before it (the recipient); "it read" after a letter is
# the letter's.
LETTERS = [
    pytest.param("Mayor Ann Lee emailed supporters saying: “The harbour fight goes on.”",
                 [("direct", "The harbour fight goes on.", "Ann Lee")], id="emailed-its-readers"),
    pytest.param("The senators released joint statements Monday praising the deal.",
                 [("indirect", "the deal", "the senators")], id="statements-one-each"),
    pytest.param("The Vermont senator texted volunteers on Monday warning that the polls were tight.",
                 [("indirect", "the polls were tight", "the Vermont senator")], id="texted-its-readers"),
    pytest.param("Golden wrote a letter to Pelosi and Minority Leader Kevin McCarthy on Tuesday insisting that "
                 "Congress remain in Washington and get a deal on more relief.",
                 [("indirect", "Congress remain in Washington and get a deal on more relief", "Golden")],
                 id="not-the-recipient"),
    pytest.param("Senators representing Maine and Oregon sent a letter Thursday to the Office of Port "
                 "Management urging the agency to delay the reopening of the ferry docks.",
                 [("indirect", "the agency to delay the reopening of the ferry docks",
                   "Senators representing Maine and Oregon")],
                 id="not-the-office"),
    pytest.param("A coalition of nearly 30 fishing groups sent a letter on Friday urging the council to fund the harbour.\n\n“The fact that the council keeps "
                 "stalling would seem to show a striking lack of concern,” it read.",
                 [("indirect", "the council to fund the harbour", "a coalition of nearly 30 fishing groups"),
                  ("direct", "The fact that the council keeps stalling would seem to show a striking lack of concern,",
                   "a coalition of nearly 30 fishing groups")], id="senders-and-it-read"),
    # a message or a video recorded is its maker's, like one issued ("the senator recorded a
    # message" was read as one noun phrase, the speaker)
    pytest.param("The senator recorded a message saying he would not seek re-election.",
                 [("indirect", "he would not seek re-election", "the senator")], id="recorded-a-message"),
    # … but a clause after the verb's object may name who speaks
    pytest.param("The letter cited a spring summit where Harbor Authority Director Ann Lee said repairs would "
                 "take two more years.",
                 [("indirect", "repairs would take two more years", "Ann Lee")], id="a-clause-after-the-object"),
    pytest.param("The board hired the law firm Reed Barker after executive Tom Fisk told staff that the chief had "
                 "shouted at him.", [("indirect", "the chief had shouted at him", "Tom Fisk")],
                 id="after-and-a-named-subject"),
    pytest.param("Mayor Tom Reed wrote a short letter to Attorney General Nora E. Vance asking the department "
                 "to investigate the delays.",
                 [("indirect", "the department to investigate the delays", "Tom Reed")],
                 id="an-initial-in-the-recipients-name"),
]


@pytest.mark.parametrize("body, expected", LETTERS)
def test_a_participle_after_a_letter_is_its_senders(body, expected):
    quotes = extract_quotes(Article(id="l", text="Relief talks in Washington\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A group that names some of its members ("including …") is the sender, not the last
# member named; when the group is no speaker phrase, a member named still may be
INCLUSIONS = [
    pytest.param("Last month, a group of over 30 maritime scholars, including former secretary Ben "
                 "Ortiz and former deputy secretary Nora Vance, issued an open letter calling Reed unfit "
                 "to lead.",
                 [("indirect", "Reed unfit to lead", "a group of over 30 maritime scholars")],
                 id="a-group-including-members-issued-a-letter"),
    pytest.param("Four newspapers in Maine, including the Harbor Daily Press, said he is not fit to be mayor.",
                 [("indirect", "he is not fit to be mayor", "Harbor Daily Press")], id="a-member-of-no-speaker-phrase"),
    # examples are never the speaker, nor a comparison the speaker's role
    pytest.param("Even the council's loudest hawks, like Reed and Fisk, say the ferry should be run by the port.",
                 [("indirect", "the ferry should be run by the port", "the council's loudest hawks")],
                 id="a-group-like-its-examples"),
    pytest.param("Harbor economists, like their Kellard counterparts, say cheaper ferries help "
                 "trade.", [("indirect", "cheaper ferries help trade", "Harbor economists")],
                 id="a-group-like-another"),
]


@pytest.mark.parametrize("body, expected", INCLUSIONS)
def test_a_group_including_members_speaks_as_the_group(body, expected):
    assert triples(body) == expected


def test_a_comparison_after_a_name_is_no_role():
    quotes = extract_quotes(Article(id="like", text="Trade talks\n\nMr. Trump, like Mr. Cruz, said the deal was bad."))
    assert [(q.speaker, q.role) for q in quotes] == [("Trump", None)]


def test_a_subordinator_before_people_is_no_modifier_of_them():
    # "As residents lined up to vote, the campaign … accused": the campaign, never "As residents"
    body = ("As residents lined up to vote on Tuesday, the Lind campaign sent out an email and accused Marsh "
            "allies of being “traitors” to the party.")
    quotes = extract_quotes(Article(id="part", text="Campaign trail\n\n" + body))
    assert "residents" not in {q.speaker for q in quotes}


def test_the_writers_i_in_a_relative_clause_is_no_speaker():
    # "The editor I was speaking with" is the editor, named after it; never the writer
    body = ("Playbook\n\nThe editor I was speaking with, Ben Ortiz, interrupted me halfway through to announce "
            "that the ferry was sold.")
    assert "I" not in [q.speaker for q in extract_quotes(Article(id="i", text=body))]


# A participle right after the cue it goes on ("She responded saying …", no comma) is the
# subject's report, as after a comma; a gerund after a preposition inside a report ("… would
# be merciless in defending itself") is the report's own word, no second report
PARTICIPLE_AFTER_ITS_CUE = [
    pytest.param("Nikki Haley spoke in Iowa on Tuesday. She responded saying her heels are five inches tall.",
                 [("indirect", "her heels are five inches tall", "Nikki Haley")], id="responded-saying"),
    pytest.param("Nikki Haley spoke in Iowa on Tuesday. She fired back saying her heels are five inches tall.",
                 [("indirect", "her heels are five inches tall", "Nikki Haley")], id="fired-back-saying"),
    pytest.param("Mayor Ann Cole vowed that the town would be merciless in defending its harbour.",
                 [("indirect", "the town would be merciless in defending its harbour", "Ann Cole")],
                 id="in-defending-inside-a-report"),
    # (only after a reply: "acknowledged urging …" is what was acknowledged, no saying)
    pytest.param("Ben Carson spoke on Monday. He also acknowledged urging his staff to cut salaries.", [],
                 id="acknowledged-urging"),
    pytest.param("Mayor Ann Cole said the bridge would close before adding that it would reopen in May.",
                 [("indirect", "the bridge would close", "Ann Cole"), ("indirect", "it would reopen in May", "Ann Cole")],
                 id="before-adding-is-a-second-report"),
]


@pytest.mark.parametrize("body, expected", PARTICIPLE_AFTER_ITS_CUE)
def test_a_participle_after_its_cue(body, expected):
    assert triples(body) == expected


# A second predicate's subject opens the sentence, after a conjunction too ("But the court
# overruled and said …" gave nothing), and a body's name runs on with "of" and "for"
# ("The State Court of Claims for the 3rd District …" was "State Court")
SECOND_PREDICATE_SUBJECTS = [
    pytest.param("But the court overruled and said Harbor already ran enough late ferries.",
                 [("indirect", "Harbor already ran enough late ferries", "the court")], id="but-the-court-and-said"),
    pytest.param("The State Court of Claims for the 3rd District overruled and said Harbor already ran enough late "
                 "ferries.",
                 [("indirect", "Harbor already ran enough late ferries", "State Court of Claims")],
                 id="a-body-of-something-and-said"),
    pytest.param("The Department of Justice disagreed and said the law was clear.",
                 [("indirect", "the law was clear", "Department of Justice")], id="department-of-justice-and-said"),
    # a conjunction's lower-case "the" before the body's name
    pytest.param("But the State Court of Claims for the 3rd District overruled and said Harbor already ran enough "
                 "late ferries.", [("indirect", "Harbor already ran enough late ferries", "State Court of Claims")],
                 id="but-the-named-body-and-said"),
    pytest.param("But the Justice Department disagreed and said the law was clear.",
                 [("indirect", "the law was clear", "Justice Department")], id="but-the-department-and-said"),
]


@pytest.mark.parametrize("body, expected", SECOND_PREDICATE_SUBJECTS)
def test_a_second_predicates_subject_opens_the_sentence(body, expected):
    assert triples(body) == expected


# A second predicate's subject opening on "The", lower-case role words and a full name
# ("The district chairman Dan Holt declined … but said …" gave nothing: the lone
# "The" was not read as a determiner)
@pytest.mark.parametrize("body, speaker", [
    pytest.param("The district chairman Dan Holt declined to name the delegates but said one was a supporter.",
                 "Dan Holt", id="lower-case-role-words"),
    # (where the office sits may come first: "district", "party", "state")
    pytest.param("The district party chairman Dan Holt declined to name the delegates but said one was a supporter.",
                 "Dan Holt", id="the-offices-level-before-its-title"),
    # capitalised role words before the name too
    pytest.param("The district GOP Chairman Dan Holt declined to name the delegates but said one was a "
                 "supporter.", "Dan Holt", id="capitalised-role-words"),
    pytest.param("The former Virginia Governor Tom Quill declined to name the delegates but said one was a "
                 "supporter.", "Tom Quill", id="a-state-named-like-a-woman-in-the-role"),
])
def test_a_role_and_name_after_the_opening_a_second_predicate(body, speaker):
    assert triples(body) == [("indirect", "one was a supporter", speaker)]
