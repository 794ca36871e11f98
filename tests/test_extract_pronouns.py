"""Spec of `quotesearch.extract.pronouns`: whom "he" and "she" stand for.

A pronoun opening a sentence after the writer's sentence about a person described
("The duchess has hinted …") stands for that person, reached from where the
description stands, or for nobody; never for someone merely named inside that
sentence ("… during her interview with Winfrey …"). A "She" after a sentence opened by
"She" stands for whom that one did, even nobody.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

def texts_and_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(Article(id="p", text=text))]


DESCRIBED_SUBJECTS = [
    pytest.param(
        "What we learned from the royal interview\n\nThe duchess has hinted before that her health suffered, but during her interview "
        "with Ada Winfield she spoke for the first time about it.\n\nShe revealed that life in the palace was "
        "lonely.\n\nShe added that she raised those issues with the palace.",
        [("life in the palace was lonely", None), ("she raised those issues with the palace", None)],
        id="not-the-name-inside-the-sentence"),
    pytest.param(
        "Talks on the treaty will resume in Vienna\n\nHelen Marsh, a former ambassador, arrived in Vienna on "
        "Monday for a week of meetings with both delegations.\n\nThe 81-year-old has met Tom Reed twice this year "
        "to prepare the ground for the talks.\n\nShe said that the talks would resume in May.",
        [("the talks would resume in May", "Helen Marsh")], id="the-description-reaches-its-person"),
    pytest.param(
        "Hospital in Leeds will reopen in May\n\nThe duke met Anna Lee at the hospital in Leeds on Monday with "
        "local councillors and staff.\n\nShe said that the hospital would reopen.",
        [("the hospital would reopen", "Anna Lee")], id="a-duke-is-never-she"),
    pytest.param(
        "Thousands rally in Leeds for the hospital\n\nThe crowd cheered as Anna Lee arrived at the rally in "
        "Leeds on Monday with local councillors.\n\nShe said that the fight would go on.",
        [("the fight would go on", "Anna Lee")], id="a-crowd-is-no-one-person"),
    pytest.param(
        "Mayor faces a hard race\n\nSome of the other candidates have struggled.\n\nOthers who have tracked the "
        "mayor’s career see choppier waters ahead. Turnout in the city is notoriously low, they say.",
        [("Turnout in the city is notoriously low", "others who have tracked the mayor’s career")],
        id="they-are-others-who-have-done-something"),
    # a named person's family, after an opening adverbial, is who "they" are
    pytest.param(
        "Tribute to Cameron\n\nAfter the broadcast on Wednesday, Cameron's family issued a tribute for him.\n\n"
        "They said the police had been wonderful to them.",
        [("the police had been wonderful to them", "Cameron's family")], id="they-are-a-named-person's-family"),
    # the holder of an office the writer names, before a quotation and "he said", is someone
    # new: the speaker as described, not whoever was named last
    pytest.param(
        "Harbor shelters stand empty\n\nIn 1961, President Tom Reed urged families to build shelters.\n\n"
        "The city’s civil defense director found that most of the shelters had no supplies. “I have grave "
        "doubts about the plan,” he said.",
        [("families to build shelters", "Tom Reed"), ("I have grave doubts about the plan,", "the city’s civil defense director")],
        id="the-office-holder-described-before-a-quotation"),
    pytest.param(
        "Harbor shelters stand empty\n\nIn 1961, President Tom Reed urged families to build shelters.\n\n"
        "By 1966, the city’s civil defense director found that most of the shelters had no supplies. “I have "
        "grave doubts about the plan,” he said.",
        [("families to build shelters", "Tom Reed"), ("I have grave doubts about the plan,", "the city’s civil defense director")],
        id="the-office-holder-described-after-an-opening-year"),
    pytest.param(
        "Harbor talks\n\nTom Reed spoke on Monday. The veteran diplomat discussed the port with Ann Lee. “We must "
        "keep talking,” he said.",
        [("We must keep talking,", "Tom Reed")], id="an-epithet-before-a-quotation-is-the-person-named"),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_SUBJECTS)
def test_a_pronoun_after_a_sentence_about_someone_described(text, expected):
    assert texts_and_speakers(text) == expected


# An adjunct opening the pronoun's sentence that brings in someone unnamed ("In an FBI
# agent's testimony, he …") makes the pronoun that person's, whom no name stands for.
UNNAMED_IN_AN_ADJUNCT = [
    pytest.param("Court filing explained\n\nReporter Brad Heath read the filing on Monday.\n\nIn an FBI agent’s "
                 "unsworn testimony, he describes arresting a man on drug charges.",
                 [("arresting a man on drug charges", None)], id="in-an-agents-testimony-he"),
    pytest.param("Court filing explained\n\nReporter Brad Heath read the filing on Monday.\n\nAccording to a "
                 "witness at the scene, she saw the car leave at speed.",
                 [("she saw the car leave at speed", "a witness at the scene")], id="according-to-a-witness-she"),
    pytest.param("Court filing explained\n\nReporter Brad Heath read the filing on Monday.\n\nIn a statement, "
                 "he said the charges were false.", [("the charges were false", "Brad Heath")],
                 id="in-a-statement-he-is-still-him"),
    # one unnamed source close to a matter, just quoted, is whom "he" stands for (one close
    # to a person named leaves "she" to that person)
    pytest.param("Port news\n\nTom Reed, the port director, said the cranes were old.\n\n\"The plant will close,\" "
                 "said a source close to this inquiry. He added that workers had not been told.",
                 [("the cranes were old", "Tom Reed"), ("The plant will close,", "a source close to this inquiry"),
                  ("workers had not been told", "a source close to this inquiry")], id="a-source-close-to-a-matter-he"),
    pytest.param("Port news\n\nThe plant will close, according to a person close to Ann Lee. She told staff on Monday "
                 "that the cranes were old.",
                 [("The plant will close", "a person close to Ann Lee"), ("the cranes were old", "Ann Lee")],
                 id="a-person-close-to-someone-named-she"),
    # one the writer sets apart by what they wear or do is whom "he" stands for, not the
    # last person named (a bare "the man" may still be him)
    pytest.param("Port news\n\nTom Reed spoke first. The man in red shorts led the staff to believe his girlfriend "
                 "was coming. He says she wanted an appointment.",
                 [("she wanted an appointment", "the man in red shorts")], id="the-man-in-red-shorts-he"),
    # … and so after a scene opening the pronoun's sentence
    pytest.param("Port news\n\nTom Reed spoke first. The man in red shorts led the staff to believe his girlfriend "
                 "was coming. In the video, he says she wanted an appointment.",
                 [("she wanted an appointment", "the man in red shorts")], id="a-scene-then-he"),
    pytest.param("Harbor history\n\nTom Reed vowed to keep the old pier \u201cfor good.\u201d\n\n"
                 "Dan Fisk led the harbour board for twenty years. In a speech in 1980, he said:\n\n"
                 "\u201cThe pier is the heart of this town, and it stays.\u201d",
                 [("to keep the old pier \u201cfor good.\u201d", "Tom Reed"),
                  ("The pier is the heart of this town, and it stays.", "Dan Fisk")],
                 id="a-dated-scene-then-he-and-a-colon"),
    pytest.param("Port news\n\nTom Reed arrived late. The man was tired. He said the roads were bad.",
                 [("the roads were bad", "Tom Reed")], id="the-man-he-is-still-the-one-named"),
    # someone brought in with an indefinite article is someone new, not the last person named
    pytest.param("Fire in Harbor\n\nTom Reed, the fire chief, said the blaze started at noon.\n\nA neighbour had "
                 "called the police after smelling smoke. He said the flames reached the roof within minutes.",
                 [("the blaze started at noon", "Tom Reed"),
                  ("the flames reached the roof within minutes", "a neighbour")], id="a-neighbour-then-he"),
    pytest.param("Storm hits Kellard\n\nMayor Ann Lee said the town would recover.\n\nA local shopkeeper watched "
                 "the water rise. \"It came so fast,\" she said.",
                 [("the town would recover", "Ann Lee"), ("It came so fast,", "a local shopkeeper")],
                 id="a-shopkeeper-then-a-quotation-and-she"),
    pytest.param("Fire in Harbor\n\nTom Reed, the fire chief, said the blaze started at noon.\n\nA man in red "
                 "shorts ran into the house. He said the flames reached the roof within minutes.",
                 [("the blaze started at noon", "Tom Reed"),
                  ("the flames reached the roof within minutes", "a man in red shorts")], id="a-man-in-red-shorts-he"),
    # (but not a time, a named person, or a description "he" cannot stand for)
    pytest.param("Fire in Harbor\n\nTom Reed, the fire chief, said the blaze started at noon.\n\nAn hour later "
                 "the roof fell in. He said the flames reached the roof within minutes.",
                 [("the blaze started at noon", "Tom Reed"),
                  ("the flames reached the roof within minutes", "Tom Reed")], id="an-hour-later-he-is-the-one-named"),
    pytest.param("Fire in Harbor\n\nTom Reed, the fire chief, said the blaze started at noon.\n\nA spokesman for "
                 "the brigade, Dan Fisk, arrived later. He said the flames reached the roof within minutes.",
                 [("the blaze started at noon", "Tom Reed"),
                  ("the flames reached the roof within minutes", "Dan Fisk")], id="a-spokesman-named-then-he"),
    pytest.param("Fire in Harbor\n\nTom Reed, the fire chief, said the blaze started at noon.\n\nA woman in red "
                 "shorts ran into the house. He said the flames reached the roof within minutes.",
                 [("the blaze started at noon", "Tom Reed"),
                  ("the flames reached the roof within minutes", "Tom Reed")], id="a-woman-then-he-is-not-her"),
]


@pytest.mark.parametrize("text, expected", UNNAMED_IN_AN_ADJUNCT)
def test_someone_unnamed_brought_in_before_the_pronoun_is_whom_it_stands_for(text, expected):
    assert texts_and_speakers(text) == expected


# A pronoun opening a subordinate clause ("… as he urges") stands for the subject of the
# main clause its sentence opens with, not for a person named as its object in between;
# an abbreviation's period ("Feb. 1") ends no sentence.
MAIN_CLAUSE_SUBJECTS = [
    pytest.param(
        "Reed makes his case\n\nDan Fisk said the count was clean.\n\nOhio Sen. Tom Reed is highlighting his "
        "Kellard win over Ben Ortiz on March 3 as he urges moderates to rally behind him.",
        [("the count was clean", "Dan Fisk"), ("moderates to rally behind him", "Tom Reed")],
        id="as-he-urges-after-an-object-and-a-date"),
    pytest.param(
        "Fisk on the attack\n\nDan Fisk went after Ben Ortiz at the forum on Dec. 15, when he called the "
        "developer “reckless.”",
        [("the developer “reckless.”", "Dan Fisk")], id="when-he-called"),
    # someone of the other gender named in between is no rival for "he"; an apostrophe is
    # no quotation mark; a possessive is no subject
    pytest.param(
        "Caller pleads guilty\n\nPatrick Dorn Jr. pleaded guilty on Monday.\n\n“He made threats,” said U.S. "
        "Attorney James Kelly.\n\nDorn was arrested in April for a call he reportedly made to Rep. Ilsa "
        "Moran’s office, in which he said he’d hurt her.",
        [("He made threats,", "James Kelly"), ("he’d hurt her", "Patrick Dorn Jr.")],
        id="in-which-he-said-after-a-womans-office"),
    pytest.param(
        "Campaign shakeup\n\n“We are fine,” said Ben Carlson.\n\nBarry Benton denied the report. He pointed "
        "to Carlson’s updated comments and dismissed criticism from Giles.",
        [("We are fine,", "Ben Carlson"), ("criticism from Giles", "Barry Benton")],
        id="possessive-name-before-a-verb-is-no-subject"),
    # a one-word name the article gave in full, then an adverb before its verb: the man
    # named as the object after it is no rival, nor is the last speaker
    pytest.param(
        "Debate night\n\nGov. Tom Calder and Sen. Omar Pike took the stage.\n\nDan Reese promised to cut taxes."
        "\n\nCalder even blasted Pike for the plan, which he suggested is a waste of money.",
        [("to cut taxes", "Dan Reese"), ("is a waste of money", "Tom Calder")],
        id="surname-even-verb-object-then-which-he"),
]


@pytest.mark.parametrize("text, expected", MAIN_CLAUSE_SUBJECTS)
def test_a_pronoun_opening_a_subordinate_clause_is_the_main_subject(text, expected):
    assert texts_and_speakers(text) == expected


# A "he"/"she" subject of a clause that opens the sentence stands for the person the main
# clause after it names as its subject, not for whoever spoke before
MAIN_SUBJECTS_AFTER_THE_CLAUSE = [
    pytest.param(
        "A film in the making\n\n“It was a tough shoot,” director Ada Moss said of the film starring Leo Park.\n\n"
        "Although he said it was “wild” to see himself in the teaser, Park stopped short of revealing the plot.",
        [("It was a tough shoot,", "Ada Moss"), ("it was “wild” to see himself in the teaser", "Leo Park")],
        id="although-he-said-then-the-name"),
    pytest.param(
        "Port to close\n\n“We will fight this,” said union leader Ann Cole.\n\n"
        "When he said the port would close, Tom Reed, the harbour master, was not joking.",
        [("We will fight this,", "Ann Cole"), ("the port would close", "Tom Reed")], id="when-he-said-then-a-name-in-apposition"),
]


@pytest.mark.parametrize("text, expected", MAIN_SUBJECTS_AFTER_THE_CLAUSE)
def test_a_pronoun_in_a_clause_opening_the_sentence_is_the_main_subject_after_it(text, expected):
    assert texts_and_speakers(text) == expected


# A sentence opening on a person's life or lot ("Matie’s trajectory …") is about them: "He"
# after it is that person, not who was quoted before (it was Shadman); but a person of
# theirs ("Hale’s lawyer …") may be whom "He" means, and is not taken for the owner here
A_PERSONS_LOT_OPENING = [
    pytest.param(
        "Contractors in Helmand\n\nMatiullah Matie, a contractor, built roads for the Marines.\n\n"
        "Hikmatullah Shadman, a former interpreter, says the contractors made millions. “It was easy money,” "
        "Shadman says.\n\nMatie’s trajectory, however, has shifted. He’s gone from rags to riches to starting all "
        "over. He says his partner had cooked up a scheme with locals while he was away.",
        [("the contractors made millions", "Hikmatullah Shadman"), ("It was easy money,", "Hikmatullah Shadman"),
         ("his partner had cooked up a scheme with locals while he was away", "Matiullah Matie")],
        id="a-persons-trajectory"),
]


@pytest.mark.parametrize("text, expected", A_PERSONS_LOT_OPENING)
def test_a_sentence_opening_on_a_persons_lot_is_about_them(text, expected):
    assert texts_and_speakers(text) == expected


# ", who said" after a described person or people is them ("the waitress", "the police"),
# resolved as the article resolves the description; not a noun that names no one ("the rally")
WHO_AFTER_A_DESCRIPTION = [
    pytest.param("Dinner\n\nI apologised to the waitress, who said the kitchen had closed early.",
                 [("the kitchen had closed early", "the waitress")], id="the-waitress-who-said"),
    pytest.param("Break-in\n\nThe manager called the police, who said the man had fled on foot.",
                 [("the man had fled on foot", "the police")], id="called-the-police-who-said"),
    pytest.param("Flu season\n\nMayor Ann Lee spoke on Monday.\n\nReporters questioned the mayor, who said the "
                 "figures were rising.",
                 [("the figures were rising", "Ann Lee")], id="the-mayor-who-said"),
    pytest.param("Break-in\n\nHe spoke at the rally, who said the man had fled on foot.",
                 [("the man had fled on foot", None)], id="no-one-at-the-rally"),
]


@pytest.mark.parametrize("text, expected", WHO_AFTER_A_DESCRIPTION)
def test_who_after_a_description_is_whom_it_describes(text, expected):
    assert texts_and_speakers(text) == expected


# "there have been critics. … they contend": the people a sentence says exist
PEOPLE_SAID_TO_EXIST = [
    pytest.param("Harbour plan\n\nAll the while, there have been critics.\n\nThey contend that the port is too small.",
                 [("the port is too small", "critics")], id="there-have-been-critics"),
]


@pytest.mark.parametrize("text, expected", PEOPLE_SAID_TO_EXIST)
def test_they_after_a_sentence_saying_people_exist_is_those_people(text, expected):
    assert texts_and_speakers(text) == expected


# "In a new report, researchers at X looked … They believe …": the plural people the
# writer's sentence before opens on, with where they work, not a group quoted earlier
PLURAL_PEOPLE_BEFORE = [
    pytest.param("Spill study\n\n“We disagree with the estimate,” said experts from the federal agency.\n\n"
                 "In a newly released report, researchers at the University of Tarn (UT) looked at the survey and "
                 "reached different conclusions. They believe that much of the oil is still present.",
                 [("We disagree with the estimate,", "experts from the federal agency"),
                  ("much of the oil is still present", "researchers at the University of Tarn (UT)")],
                 id="in-a-report-researchers-at-a-body"),
    pytest.param("Lake study\n\n“We disagree with the estimate,” said experts from the federal agency.\n\n"
                 "Scientists have long studied the lake. They say it is warming.",
                 [("We disagree with the estimate,", "experts from the federal agency"),
                  ("it is warming", "scientists")],
                 id="scientists-have-long-studied"),
]


@pytest.mark.parametrize("text, expected", PLURAL_PEOPLE_BEFORE)
def test_they_after_a_sentence_opening_on_plural_people_is_those_people(text, expected):
    assert texts_and_speakers(text) == expected


# "X likened …: “…,” he said": the one whose clause introduced the quotation with a colon
INTRODUCED_WITH_A_COLON = [
    pytest.param(
        "Warming limits\n\nEconomist Tom Reed has studied the costs for decades.\n\n"
        "Harbour Institute climatologist Ben Cole likened the threshold to a speed limit: “It means you should "
        "slow down before the curve,” he said.",
        [("the threshold to a speed limit", "Ben Cole"), ("It means you should slow down before the curve,", "Ben Cole")],
        id="likened-then-a-colon"),
    # (named by the surname alone, after someone else's quotation)
    pytest.param(
        "Gun laws\n\nSen. Chris Murphy spoke for an hour.\n\n“We will win,” said Tom Baker.\n\nLater, Murphy "
        "followed up: “There is a ton of paperwork with this job,” he said.",
        [("We will win,", "Tom Baker"), ("There is a ton of paperwork with this job,", "Chris Murphy")],
        id="a-surname-then-a-colon-after-another-speaker"),
    pytest.param(
        "Gun laws\n\nSen. Chris Murphy spoke for an hour.\n\n“We will win,” said Tom Baker.\n\nMurphy "
        "followed up: “There is a ton of paperwork with this job,” he said.",
        [("We will win,", "Tom Baker"), ("There is a ton of paperwork with this job,", "Chris Murphy")],
        id="a-surname-opening-the-sentence"),
]


@pytest.mark.parametrize("text, expected", INTRODUCED_WITH_A_COLON)
def test_a_pronoun_after_a_quotation_a_colon_introduced_is_the_introducer(text, expected):
    assert texts_and_speakers(text) == expected


# A "he"/"she" opening a clause joined to the sentence before it (", though he", ", because
# she") stands for the one person named in that sentence whose gender fits, before any
# earlier speaker; not when someone named there has no known gender, nor when the
# sentence opens on a person described or a pronoun, who is whom it stands for
SOLE_FITTING_PERSON = [
    pytest.param(
        "Office space\n\n“We are growing fast,” a company spokesperson said on Monday.\n\nAn entity Adam Nolan "
        "controlled also sold the firm the rights to its name, though he later asked the firm to unwind the deal.",
        [("We are growing fast,", "a company spokesperson"), ("the firm to unwind the deal", "Adam Nolan")],
        id="though-he-after-a-relative-clause-subject"),
    pytest.param(
        "The interview\n\nThe presenter Emily Hart asked him about that night. “Were you there?” she asked.\n\n"
        "Peter spent a minute explaining how he could not have met Susan Vale that night, because she "
        "described him as sweating.",
        [("Were you there?", "Emily Hart"), ("him as sweating", "Susan Vale")],
        id="because-she-after-an-object"),
    pytest.param(
        "Trade plans\n\nDebbie Ward said the plan was a good start.\n\nLaura Finch has taken a mixed line on the "
        "ferry fee, but she has often said that she backs a $9 fee across the county.",
        [("the plan was a good start", "Debbie Ward"), ("she backs a $9 fee across the county", "Laura Finch")],
        id="but-she-after-the-subject"),
    # the sentence is about a person described: "he" is that one, not the man named as an object
    pytest.param(
        "Not ready\n\n“We need unity,” Paul Rand said.\n\nThe Wisconsin Republican did give Donald Tramp some credit, "
        "but he suggested the businessman is no Lincoln.",
        [("We need unity,", "Paul Rand"), ("the businessman is no Lincoln", "Paul Rand")],
        id="a-described-subject-is-whom-he-stands-for"),
    # two men named: "he" is the one the sentence opens on as its subject, not the one
    # named as its object, nor the last speaker, whom the sentence does not name
    pytest.param(
        "Talks\n\n“It went well,” Tom Reed said.\n\nMark Bell met John Hale on Monday, and he said the talks would go on.",
        [("It went well,", "Tom Reed"), ("the talks would go on", "Mark Bell")],
        id="two-who-fit-name-no-one"),
]

# A body as a clause's subject ("when Congress passed …") is never whom "he" stands for
CLAUSE_SUBJECTS_THAT_ARE_BODIES = [
    pytest.param(
        "Tax plans\n\nMr. Mark Dunmore, the Virginia Democrat, called the tax bill “a disaster.”\n\nIn 2009, however, "
        "when Congress passed a stimulus bill backed by the administration, he called it “a responsible mix.”",
        [("the tax bill “a disaster.”", "Mark Dunmore"), ("“a responsible mix.”", "Mark Dunmore")],
        id="when-congress-passed"),
]


# "it" after a quotation is not a body named inside that quotation
IT_AFTER_A_QUOTATION = [
    pytest.param(
        "Oil and the naira\n\nKestrel Intel, a Lagos intelligence firm, says Nigeria is at risk of another "
        "recession.\n\n“If oil demand continues to fall with no OPEC intervention, the economy will shrink,” it says.",
        [("Nigeria is at risk of another recession", "Kestrel Intel"),
         ("If oil demand continues to fall with no OPEC intervention, the economy will shrink,", "Kestrel Intel")],
        id="a-body-named-in-the-quotation"),
    # "it" after a quotation opening its sentence is the thing the writer's sentence before
    # opens on, not the body last quoted
    pytest.param(
        "Harbour news\n\nThe boy died last month, Fremont police say.\n\nHis mother posted an invitation to the "
        "funeral. The message included a collage of photos. “God’s Little Angel,” it said.",
        [("The boy died last month", "Fremont police"), ("God’s Little Angel,", "the message")],
        id="a-thing-opening-the-sentence-before"),
    pytest.param(
        "Results\n\nAcme Corp said on Monday that its profits rose in the spring. Shares fell sharply on the news. "
        "“We expect a better year,” it said.",
        [("its profits rose in the spring", "Acme Corp"), ("We expect a better year,", "Acme Corp")],
        id="no-thing-opening-the-sentence-before"),
]


# "It" opening a sentence is the body the sentence before opens on, whatever its verb's
# form ("didn’t agree" as much as "did not agree"), not the body quoted before
IT_AFTER_A_BODYS_SENTENCE = [
    pytest.param("Court news\n\nAcme argued that it was not liable.\n\nThe Appellate Court didn’t agree with Acme’s "
                 "stance. It noted that the law was clear.",
                 [("it was not liable", "Acme"), ("the law was clear", "Appellate Court")], id="a-contracted-negation"),
    pytest.param("Court news\n\nAcme argued that it was not liable.\n\nThe Appellate Court did not agree with Acme’s "
                 "stance. It noted that the law was clear.",
                 [("it was not liable", "Acme"), ("the law was clear", "Appellate Court")], id="did-not"),
]


@pytest.mark.parametrize("text, expected", IT_AFTER_A_BODYS_SENTENCE)
def test_it_after_a_sentence_opening_on_a_body_is_that_body(text, expected):
    assert texts_and_speakers(text) == expected


@pytest.mark.parametrize("text, expected", IT_AFTER_A_QUOTATION)
def test_it_after_a_quotation_is_not_a_body_named_inside_it(text, expected):
    assert texts_and_speakers(text) == expected


# A "He" opening its sentence after one whose subject is someone described, then named
# ("one of the engineers in the room, Ron Dolin, started yelling at Page"): that person,
# not the one the verb acts on, nor one named inside a phrase ("issues of Wall Street greed")
SUBJECT_OF_THE_SENTENCE_BEFORE = [
    pytest.param(
        "Staff meeting\n\nLarry Pagett spoke to the staff.\n\n“We will do better,” Pagett said.\n\nThe news was met "
        "with grumbling. Finally, one of the engineers in the room, Ron Dolin, started yelling at Pagett. He said a "
        "staff meeting was no place for a performance review.",
        [("We will do better,", "Larry Pagett"), ("a staff meeting was no place for a performance review", "Ron Dolin")],
        id="described-then-named-subject"),
    # a quotation opening the sentence, then "he said": the one person the writer's sentence
    # before names by surname (its opening a thing, no one's speech), whose first name fits
    pytest.param(
        "Quantum locks\n\nThe best answer came from Vadim Makarov, who heads a lab in Waterloo. Adam Langley said "
        "last year that Google would test a new algorithm.\n\nSuch flaws are worrying, but Makarov, "
        "during a panel discussion, drew the opposite conclusion. “It is a chicken-and-egg problem,” he said.",
        [("Google would test a new algorithm", "Adam Langley"), ("It is a chicken-and-egg problem,", "Vadim Makarov")],
        id="a-quotation-then-he-after-a-sentence-naming-one-person"),
    pytest.param(
        "Quantum locks\n\nThe best answer came from Vadim Makarov, who heads a lab in Waterloo. IBM said last year "
        "that it would test a new algorithm.\n\nSuch flaws are worrying, but Makarov, "
        "during a panel discussion, drew the opposite conclusion. “It is a chicken-and-egg problem,” she said.",
        [("it would test a new algorithm", "IBM"), ("It is a chicken-and-egg problem,", None)],
        id="not-one-the-pronoun-does-not-fit"),
    # the writer's "however" after the subject's name: still the one the sentence is about
    pytest.param(
        "Game streaming\n\n“Streaming is coming,” says Jack Buser, director for games at Google.\n\n“They need "
        "more games,” says Lewis Ward, an analyst at IDC.\n\nBuser, however, is counting on the new service. “This "
        "is where you will see the next big jump,” he says.",
        [("Streaming is coming,", "Jack Buser"), ("They need more games,", "Lewis Ward"),
         ("This is where you will see the next big jump,", "Jack Buser")],
        id="however-after-the-subjects-name"),
    # a surname after a courtesy title is a person "she" may stand for, never named in full
    pytest.param(
        "Holyrood\n\nLabour deputy leader Ann Baillie said “This timeline contradicts the minister.”\n\nMs Robison "
        "raised a point of order in Parliament. She said the inquiry had asked for more detail.",
        [("This timeline contradicts the minister.", "Ann Baillie"),
         ("the inquiry had asked for more detail", "Robison")],
        id="a-courtesy-titled-surname-before-she"),
    # a sentence about a thing, its subordinate clause's subject the one person named there
    pytest.param(
        "Holyrood\n\nLabour deputy leader Ann Baillie said “This timeline contradicts the minister.”\n\nThe timeline "
        "was published after Shona Robison raised a point of order. She said the inquiry had asked for more detail.",
        [("This timeline contradicts the minister.", "Ann Baillie"),
         ("the inquiry had asked for more detail", "Shona Robison")],
        id="a-thing-then-the-subject-of-its-subordinate-clause"),
    # a sentence about a thing and who made it: "he" is its maker
    pytest.param(
        "Port report\n\nAnn Lee spoke first. The report was written by Tom Reed in 2019. He said the port would "
        "close.", [("the port would close", "Tom Reed")], id="a-thing-made-by-someone-then-he"),
    # a description of where a role is held, then the name: she is the one named
    pytest.param(
        "Port report\n\n“He cries every time,” Yonas Berhe said. The mayor of Riverton, Tri Wulandari, comforted the "
        "relatives. “They are not ours,” she said.",
        [("He cries every time,", "Yonas Berhe"), ("They are not ours,", "Tri Wulandari")], id="the-mayor-of-a-place-name-then-she"),
    # a place's dotted abbreviation ending the sentence before is no part of a name
    pytest.param(
        "Port report\n\nTom Reed moved to Washington, D.C. He said the port would close.",
        [("the port would close", "Tom Reed")], id="dc-then-he-names-no-dc-he"),
    # a surname, an adjunct or apposition between commas, then its verb: that person is the
    # sentence's subject, whom "He" next means (not the last of two people named before)
    pytest.param(
        "Rocket hearing ends\n\nRetired executive Tom Young and astronaut Tom Stafford testified on Monday.\n\nYoung, in his "
        "testimony, didn’t address the rockets. He also said that the agency should drop some programs.",
        [("the agency should drop some programs", "Tom Young")], id="surname-comma-adjunct-comma-verb"),
    pytest.param(
        "Rocket hearing ends\n\nTom Young and Tom Stafford testified on Monday.\n\nYoung, a retired executive, disagreed. He "
        "said the plan was a waste.",
        [("the plan was a waste", "Tom Young")], id="surname-comma-apposition-comma-verb"),
    # one person noted there as the sentence's subject, though the last speaker was noted
    # after them
    pytest.param(
        "Debate night\n\nGov. Tom Calder, Sen. Dan Reese and Sen. Omar Pike took the stage. Dan Reese promised "
        "to cut taxes. Calder blasted the governor of Ohio.\n\n“He is wasting money,” he said.",
        [("to cut taxes", "Dan Reese"), ("He is wasting money,", "Tom Calder")],
        id="surname-subject-noted-before-the-speaker-then-he"),
    pytest.param(
        "Debate night\n\nGov. Tom Calder, Sen. Dan Reese and Sen. Omar Pike took the stage. Dan Reese promised "
        "to cut taxes. Calder even blasted the governor of Ohio.\n\n“He is wasting money,” he said.",
        [("to cut taxes", "Dan Reese"), ("He is wasting money,", "Tom Calder")],
        id="surname-adverb-verb-noted-before-the-speaker-then-he"),
    # a person the article calls by a given name alone, which the tables sex and which is no
    # everyday word, is who "he" and "she" stand for, not the full name given before
    pytest.param(
        "Saving early\n\nMany savers admire Dan Fisk, who retired at 40. “It was easy,” Fisk said.\n\n"
        "Tommy retired nearly ten years ago at 51. “It was hard,” he said.",
        [("It was easy,", "Dan Fisk"), ("It was hard,", "Tommy")],
        id="a-lone-given-name-then-he"),
    pytest.param(
        "Saving early\n\nMany savers admire Dan Fisk, who retired at 40. “It was easy,” Fisk said.\n\n"
        "Sarah, a nurse in Harbor, retired at 51. “It was hard,” she said.",
        [("It was easy,", "Dan Fisk"), ("It was hard,", "Sarah")],
        id="a-lone-given-name-in-apposition-then-she"),
    # an aside set off by dashes after the subject still leaves the sentence about them
    pytest.param(
        "Saving early\n\nMany savers admire Dan Fisk, who retired at 40. “It was easy,” Fisk said.\n\n"
        "Ann Lee — who goes by her first name online — retired at 51. She never earned a large salary, "
        "she wrote in a blog post.",
        [("It was easy,", "Dan Fisk"), ("She never earned a large salary", "Ann Lee")],
        id="a-dash-aside-after-the-subject-then-she"),
    # a body and an occupation before the subject's name: the sentence is about the person
    pytest.param(
        "Storm passes\n\n“We dodged a bullet,” said Dan Fisk, a spokesman for the Harbor roads agency.\n\n"
        "Kellard meteorologist Tom Reed predicted some snow over the lakes.\n\nBut, he added: “The worst is over.”",
        [("We dodged a bullet,", "Dan Fisk"), ("The worst is over.", "Tom Reed")],
        id="a-body-and-an-occupation-before-the-subjects-name-then-he"),
    # a given name that is also an everyday word may be no one's: nobody is guessed
    pytest.param(
        "Saving early\n\nMany savers admire Ann Fisk, who retired at 40. “It was easy,” Fisk said.\n\n"
        "Will retired at 51. “It was hard,” he said.",
        [("It was easy,", "Ann Fisk"), ("It was hard,", None)],
        id="an-everyday-word-as-a-given-name-then-he"),
]


# "“…,” he said" opening a paragraph stands for the one person the paragraph before opens
# on, past where and when it sets the scene and the person's age; not for the speaker
# quoted before that, nor for someone the sentence only names after a preposition
PERSON_OPENING_THE_PARAGRAPH_BEFORE = [
    pytest.param("Campus\n\n“The campus is changing,” said Jared Moss, a senior.\n\nOver drinks at a bar near campus, "
                 "21-year-old Ryan Dubicki rolled his eyes at the suggestion.\n\n“I know they would not stand for it,” "
                 "he said.",
                 [("The campus is changing,", "Jared Moss"), ("I know they would not stand for it,", "Ryan Dubicki")],
                 id="scene-and-age-before-the-name"),
    pytest.param("Campus\n\n“The campus is changing,” said Jared Moss, a senior.\n\nRyan Dubicki rolled his eyes."
                 "\n\n“I know they would not stand for it,” he said.",
                 [("The campus is changing,", "Jared Moss"), ("I know they would not stand for it,", "Ryan Dubicki")],
                 id="the-name-opening-the-paragraph"),
    pytest.param("Campus\n\n“The campus is changing,” said Jared Moss, a senior.\n\nAt the bar, friends of Ryan "
                 "Dubicki rolled their eyes.\n\n“I know they would not stand for it,” he said.",
                 [("The campus is changing,", "Jared Moss"), ("I know they would not stand for it,", "Jared Moss")],
                 id="named-after-a-preposition-is-no-subject"),
]


@pytest.mark.parametrize("text, expected", PERSON_OPENING_THE_PARAGRAPH_BEFORE)
def test_he_opening_a_paragraph_is_the_person_the_one_before_opens_on(text, expected):
    assert texts_and_speakers(text) == expected


# A sentence a closing attribution ends is the speaker's report: the person its report
# opens on is not who "he" means next; "X agreed." with nothing reported is about X
REPORT_OPENING_ON_SOMEONE_ELSE = [
    ("Drug checks\n\nFernando Caudevilla joined the group in 2014.\n\nClearly, Marta Roig believed that his "
     "reputation would carry over to the service, where one needs “credibility and transparency,” Caudevilla said. "
     "“We could not make mistakes,” he added.",
     [("We could not make mistakes,", "Fernando Caudevilla")]),
    ("Panel\n\nAnn Lee spoke first. Tom Reed agreed. “It is late,” he said.", [("It is late,", "Tom Reed")]),
]


@pytest.mark.parametrize("text, expected", REPORT_OPENING_ON_SOMEONE_ELSE)
def test_the_person_a_closed_report_opens_on_is_no_antecedent(text, expected):
    assert [pair for pair in texts_and_speakers(text) if pair[0].startswith(("We could", "It is"))] == expected


@pytest.mark.parametrize("text, expected", SUBJECT_OF_THE_SENTENCE_BEFORE)
def test_he_after_a_sentence_about_someone_named_in_apposition(text, expected):
    assert texts_and_speakers(text) == expected


@pytest.mark.parametrize("text, expected", CLAUSE_SUBJECTS_THAT_ARE_BODIES)
def test_a_body_subject_of_a_clause_is_no_antecedent_of_he(text, expected):
    assert texts_and_speakers(text) == expected


@pytest.mark.parametrize("text, expected", SOLE_FITTING_PERSON)
def test_a_pronoun_after_a_joined_clause_is_the_one_person_there_it_fits(text, expected):
    assert texts_and_speakers(text) == expected


# The writer, who speaks as "I" (a block of someone's words set off without marks reads
# so), is never whom "he" or "she" stands for
def test_he_never_stands_for_the_writer():
    text = ("Zuckerberg on deals\n\nBy Steven Marsh\n\nA key approach is building a long-term relationship "
            "with your target, Mark Zuckerberg said at the trial.\n\nI've been building relationships for years "
            "with the founders, which I think came to us instead of our competitors.\n\nHe also stressed the "
            "need to share a vision with the founders.")
    assert texts_and_speakers(text)[-1] == (
        "the need to share a vision with the founders", "Mark Zuckerberg")


# The subject of a sentence's second main clause (", but …", "; …") is the latest person
# it is about: a pronoun after it stands for them, not for an earlier subject
SECOND_CLAUSE_SUBJECTS = [
    pytest.param(
        "Storm season\n\nWhereas Ben Ode spent the winter in Maine, the forecasts were made in Miami.\n\n"
        "April is a difficult time to make predictions, but Harbour Weather lead forecaster Dan Kottle is "
        "secure in his forecast.\n\n“It will be a hectic season,” he said.",
        [("It will be a hectic season,", "Dan Kottle")], id="but-a-titled-name-is"),
    # a first name set off as someone's ("Trump’s wife, Melania,") is an antecedent, though one word
    pytest.param(
        "Convention\n\nFormer Gov. Jan Brewer said the party was united.\n\nOn Monday, Vale’s wife, "
        "Amelia, is scheduled to speak. She is often by his side. At a rally this spring, she described him "
        "as “kind.”",
        [("the party was united", "Jan Brewer"), ("him as “kind.”", "Amelia")], id="a-first-name-in-apposition"),
]


@pytest.mark.parametrize("text, expected", SECOND_CLAUSE_SUBJECTS)
def test_a_pronoun_after_a_second_clause_is_its_subject(text, expected):
    assert texts_and_speakers(text) == expected


def test_they_closing_a_sentence_opened_by_two_people_is_the_two():
    text = ("Debate night\n\nThe debate was hosted by Salem Radio Network. Chris Christie spoke first, then Nikki "
            "Haley.\n\nChristie and Haley would not say whether they would change the retirement age, they said.")
    quotes = extract_quotes(Article(id="p", text=text))
    assert [q.speaker for q in quotes] == ["Chris Christie and Nikki Haley"]


@pytest.mark.parametrize("sentence, expected", [
    ("While many port watchers expect Mr. Fisk to be renamed, they say he must fight hard to keep it.",
     "many port watchers"),
    ("Although some analysts doubted the plan, they now say it will pass the senate.", "some analysts"),
    # people a clause of the sentence has as its subject, then "what they say", not the body last quoted
    ("The vote came as her rivals pressed for an inquiry into what they say is a breach of the harbour rules.",
     "her rivals"),
])
def test_they_after_a_subordinate_clause_about_people_is_those_people(sentence, expected):
    text = "Bank news\n\nThe board announced it would soon choose a new chair for the harbour. " + sentence
    quotes = extract_quotes(Article(id="p", text=text))
    assert [q.speaker for q in quotes if q.cue == "say"] == [expected]


def test_he_never_stands_for_a_description_of_a_woman():
    # "a publisher's spokeswoman said …; he writes of …": not the spokeswoman
    text = ("Memoir out\n\nThe book went on sale on Monday, a Skyhorse spokeswoman said.\n\n"
            "“We couldn’t keep our hands off each other,” he writes of their early years.")
    quotes = extract_quotes(Article(id="p", text=text))
    assert [q.speaker for q in quotes] == ["a Skyhorse spokeswoman", None]


def test_a_word_opening_a_sentence_is_no_surname_of_a_name_still_to_come():
    # "Polo" long before "the Chestertons Polo event", and "polo" a word of the article:
    # no one the sentence is about, so "He" has nobody to stand for
    text = ("A day at the polo\n\nPolo is a complicated game, and most of the action happens far away. The story "
            "goes that an officer saw people riding with a stick in the right hand.\n\nHe concluded that it would "
            "be a fine training tool for the army. He retired to Hurlingham, where the Chestertons Polo "
            "event is now staged.")
    quotes = extract_quotes(Article(id="p", text=text))
    assert [(q.text, q.speaker) for q in quotes] == [("it would be a fine training tool for the army", None)]


def test_a_surname_before_its_full_name_still_opens_a_sentence_about_them():
    text = ("Senate race\n\nLind arrived in Dayton on Monday. Senator Eva Lind has led the polls for a month.\n\n"
            "She said the race was far from over.")
    quotes = extract_quotes(Article(id="p", text=text))
    assert [(q.text, q.speaker) for q in quotes] == [("the race was far from over", "Eva Lind")]


# "They" opening a sentence after the writer's sentence about people described ("The
# researchers studied …") stands for them
THEY_AFTER_DESCRIBED_PEOPLE = [
    pytest.param("Tools\n\nThe researchers studied the tool for a year. They note that making it took great effort.",
                 ["the researchers"], id="the-researchers-then-they"),
    pytest.param("Senate\n\nThe senators met Ann Lee on Monday. They said the bill would pass.", ["the senators"],
                 id="the-senators-then-they"),
]


@pytest.mark.parametrize("text, speakers", THEY_AFTER_DESCRIBED_PEOPLE)
def test_they_after_described_people(text, speakers):
    quotes = extract_quotes(Article(id="they", text=text))
    assert [q.speaker for q in quotes] == speakers


# "he"/"she" never stands for the person its own clause names ("he called Jones …" is not
# Jones): the subject before it in the sentence, or nobody
NAMED_IN_ITS_OWN_CLAUSE = [
    pytest.param("Union\n\nLee sent a wave of critics after Acme union leader Tom Burke with a May 3 tweet in which "
                 "he called Burke “terrible” at his job.", [None], id="a-tweet-in-which-he-called-the-man-named"),
    pytest.param("Union\n\nChuck Dale met the mayor on Monday. He said Dale would lose the vote.", [None],
                 id="he-said-the-man-named"),
    pytest.param("Union\n\nChuck Dale met the mayor on Monday. He said the union would lose the vote.",
                 ["Chuck Dale"], id="he-said-a-clause-naming-no-one"),
]


@pytest.mark.parametrize("text, speakers", NAMED_IN_ITS_OWN_CLAUSE)
def test_a_pronoun_is_not_the_person_its_own_clause_names(text, speakers):
    quotes = extract_quotes(Article(id="own", text=text))
    assert [q.speaker for q in quotes] == speakers


# "When I asked NAME about …, she said": the one asked answers, not whoever spoke before
THE_PERSON_ASKED = [
    pytest.param("Email at the network\n\nA network spokesperson said the chief did not recall this. When I asked "
                 "the network’s director of IT, Deborah Sadusingh, about email searches, she said, “I can’t "
                 "remember all the searches I’ve done.”",
                 [("the chief did not recall this", "a network spokesperson"),
                  ("I can’t remember all the searches I’ve done.", "Deborah Sadusingh")],
                 id="asked-a-title-then-the-name-in-apposition"),
    pytest.param("Budget talks\n\nSenator Mark Lee spoke first. When reporters asked Governor Tom Hale about the "
                 "budget, he said, “We will balance it.”",
                 [("We will balance it.", "Tom Hale")], id="when-reporters-asked-a-titled-name"),
    pytest.param("Budget talks\n\nSenator Mark Lee spoke first. After I asked Tom Hale whether the budget would "
                 "balance, he said it would.",
                 [("whether the budget would balance", None), ("it would", "Tom Hale")], id="after-i-asked-whether"),
    # guard: "she" does not stand for a man asked
    pytest.param("Budget talks\n\nSenator Mary Lee spoke first. When reporters asked Governor Tom Hale whether "
                 "the budget would balance, she said, “He will balance it.”",
                 [("whether the budget would balance", "reporters"), ("He will balance it.", "Mary Lee")],
                 id="she-is-not-the-man-asked"),
]


@pytest.mark.parametrize("text, expected", THE_PERSON_ASKED)
def test_a_pronoun_answering_a_question_put_to_someone_named_is_that_person(text, expected):
    assert texts_and_speakers(text) == expected


# "they"/"it" before an act only people do (vow, promise, insist, deny, joke) is no poll or
# report, whatever the sentence before opened on
PEOPLES_ACTS = [
    pytest.param("Primary day\n\nState polls show a close race for the runner-up spot. Though they all vowed to "
                 "stay in the race, the strain showed.",
                 [("a close race for the runner-up spot", "State polls"), ("to stay in the race", None)],
                 id="they-all-vowed-after-polls"),
    pytest.param("House\n\nNew polls show the majority slipping. The new majority did not, as it promised, fix the "
                 "roads.", [("the majority slipping", "New polls"),
                            ("The new majority did not, as it promised, fix the roads", None)],
                 id="as-it-promised-after-polls"),
    # guard: a report may still say or show
    pytest.param("Safety review\n\nThe state report came out on Monday. It says the plant is safe.",
                 [("the plant is safe", "the state report")], id="it-says-after-a-report"),
]


@pytest.mark.parametrize("text, expected", PEOPLES_ACTS)
def test_a_document_does_not_vow_or_promise(text, expected):
    assert texts_and_speakers(text) == expected


# A preposition opening a sentence is no part of the name after it ("Absent Reed's own plan"
# names Reed, not "Absent Reed"), so "she" is still the woman the sentence is about
OPENING_PREPOSITIONS = [
    pytest.param(f"Health debate\n\n“It is a general debate,” Ann Lee asked.\n\n{word} Reed's own harbor plan, which he "
                 "has yet to file, Lee pointed to the six times Reed has sketched a plan.\n\n“It would end all "
                 "kinds of care,” she said.",
                 [("It is a general debate,", "Ann Lee"), ("It would end all kinds of care,", "Ann Lee")],
                 id=f"{word.lower()}-then-a-surname")
    for word in ("Absent", "Barring", "Pending", "Given", "Including", "Regarding", "Despite", "Unlike")
]


@pytest.mark.parametrize("text, expected", OPENING_PREPOSITIONS)
def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(text, expected):
    assert texts_and_speakers(text) == expected
