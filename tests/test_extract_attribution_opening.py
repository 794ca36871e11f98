"""Opening attributions (`attribution.opening`): the subject left of the cue, and the
clause it reports after it — "that", bare clauses, promises, adjuncts, conditionals,
asides, relative clauses and shares."""
from __future__ import annotations

import pytest

from attribution_cases import INTRO, ZHANG, triples
from quotesearch.extract import extract_quotes
from quotesearch.records import Article


PATTERNS = [
    # "to" before a quoted imperative introduces it as a comma would
    pytest.param("The harbour authority recently stated to “Expect delays on every ferry line this week.”",
                 [("direct", "Expect delays on every ferry line this week.", "the harbour authority")],
                 id="stated-to-a-quoted-imperative"),
    # a verb that reports only a clause or a quotation reports one after its adjuncts
    pytest.param(INTRO + "Zhang responded on Tuesday, “Why now? Trade is growing.”",
                 [("direct", "Why now? Trade is growing.", ZHANG)], id="responded-on-day-comma-Q"),
    pytest.param(INTRO + "Zhang replied to Anna Volkova with, “Why now? It is late.” Volkova then wrote back, "
                         "“Because we must.”",
                 [("direct", "Why now? It is late.", ZHANG), ("direct", "Because we must.", "Anna Volkova")],
                 id="replied-to-X-with-comma-Q"),
    pytest.param(INTRO + "Zhang responded to the criticism on Tuesday.", [], id="responded-to-a-thing-reports-nothing"),
    pytest.param(INTRO + "Zhang said that bilateral trade would keep growing this year.",
                 [("indirect", "bilateral trade would keep growing this year", ZHANG)],
                 id="Zhang-said-that-C"),
    pytest.param(INTRO + "Zhang said the visit would strengthen cooperation and benefit both peoples.",
                 [("indirect", "the visit would strengthen cooperation and benefit both peoples", ZHANG)],
                 id="Zhang-said-C-without-that"),
    pytest.param(INTRO + "Zhang said on Saturday that the two countries would resume production soon.",
                 [("indirect", "the two countries would resume production soon", ZHANG)],
                 id="Zhang-said-on-day-that-C"),
    pytest.param(INTRO + "Zhang called on the harbour board to stop delaying the new ferry routes.",
                 [("indirect", "the harbour board to stop delaying the new ferry routes", ZHANG)],
                 id="Zhang-called-on-X-to"),
]


# (sentence, speaker of its one quotation, or None when nobody may be named)
SUBJECTS = [
    # a clock's colon is no clause's end: the subject is after the subordinator, not "30 p.m."
    pytest.param("The fire began at around 7:30 p.m. when residents reported seeing smoke in the hall.", "residents",
                 id="a-clocks-colon"),
    # an event after "during" is when a participle's noun was made, not its speaker
    pytest.param("The Harbour Group published a study for the Wave Institute during the Kellard "
                 "Boat Show showing that riders want a new ferry.", None,
                 id="during-an-event-then-a-participle"),
    pytest.param("The union released a video during the Winter Games showing that the rink was unsafe.", None,
                 id="during-games-then-a-participle"),
    # a person described, then named in apposition, is the subject of a second predicate
    pytest.param("One of the men, Jess Elkin, 70, had served in the navy and said he was convinced the war was a "
                 "mistake.", "Jess Elkin", id="described-then-named"),
    # how long ago, between the subject and its verb, is no speaker
    pytest.param("The Harbour Board less than three weeks ago said that sealed records had passed "
                 "through the port office.", "Harbour Board", id="less-than-three-weeks-ago"),
    pytest.param("Senator Ann Ruiz a few days ago said that the bridge would reopen.", "Ann Ruiz", id="a-few-days-ago"),
    # nor the channel a body spoke through, nor the date
    pytest.param("The Kellard government through its Washington embassy on June 21 said the bridge would reopen.",
                 "Kellard government", id="through-its-embassy-on-a-date"),
    pytest.param("The Kellard government on June 21 said the bridge would reopen.", "Kellard government",
                 id="on-a-date"),
    pytest.param("The Kellard government, through its Washington embassy, said the bridge would reopen.",
                 "Kellard government", id="through-its-embassy-between-commas"),
    # nor the party and state tags of two people named together
    pytest.param("Tom Reed, D-Del., and Ann Lee, R-Fla., said the bridge would reopen.", "Tom Reed and Ann Lee",
                 id="two-names-with-party-tags"),
    pytest.param("While Fisk gave no details, Rep. Tom Reed, R-NY, says the bridge would reopen.", "Tom Reed",
                 id="a-party-tag-before-the-cue"),
    pytest.param("Former Rep. Tom Reed, R-Texas, a onetime rival who has endorsed Lee, said the bridge would reopen.",
                 "Tom Reed", id="one-name-a-party-tag-and-an-apposition"),
    # "only" between the subject and its verb is no part of the name
    pytest.param("Senator Ann Ruiz spoke on Monday. But Ruiz only briefly explained the plan to widen the bridge.",
                 "Ann Ruiz", id="only-before-the-verb"),
    # the state of a town ("Portland, Oregon") is no speaker, and the verb after it an infinitive
    pytest.param("For example, we helped the Jupiter Hotel in Portland, Oregon maintain its workforce as they "
                 "converted 81 rooms into a shelter.", None, id="a-town-and-its-state"),
    pytest.param("Cory Vance, 22, of Kellard, Mich., said the ferry must keep running.", "Cory Vance",
                 id="residence-is-no-speaker"),
    pytest.param("Paul Kim and Ann Lee of the University of Kellard, Harbor suggest that the "
                 "toll failed.", None, id="campus-is-no-speaker"),
    pytest.param("In a speech hosted by CNN, Trump said that he would not debate.", "Trump",
                 id="one-word-after-an-organisation"),
    pytest.param("Rita Gomez, an Ohio plumbing, heating and cooling contractor who helped with the rally, "
                 "said she urged marchers to stay in their cars.", "Rita Gomez", id="apposition-holding-a-list"),
    pytest.param("The loggers have since claimed that they heard two shots in the jungle.", "the loggers",
                 id="have-since-claimed"),
    pytest.param("Nora Vance, 24, a clerk at the ferry office, said her neighbours think the fare is too high.",
                 "Nora Vance", id="age-and-apposition"),
    pytest.param("Writing in the Daily Star Tom Hale said he does not sleep at night.", "Tom Hale",
                 id="writing-in-an-outlet-without-a-comma"),
    pytest.param("Writing in The Mirror Linda said she does not sleep at night.", "Linda",
                 id="the-outlet-written-with-its-capital-The"),
    pytest.param("In an interview with The Guardian Mary Hale said she does not sleep at night.", "Mary Hale",
                 id="in-an-interview-with-an-outlet-without-a-comma"),
    pytest.param("In an op-ed for the Toronto Star Mark Kelso wrote that the plan had failed.", "Mark Kelso",
                 id="in-an-op-ed-for-an-outlet-without-a-comma"),
    pytest.param("In an op-ed for The Washington Post Senator Mark Kelso wrote that the plan had failed.",
                 "Mark Kelso", id="an-outlet-then-a-title"),
    # a title in marks inside the speaker phrase
    pytest.param("“It is about the culture of big business,” union president and “The Nanny” star Fran "
                 "Dressler told reporters.", "Fran Dressler", id="a-show-title-in-the-role"),
    pytest.param("Jane Morrow, president of the Kellard Harbour Pilots Guild (KHPG) said the rules would help.",
                 "Jane Morrow", id="apposition-closed-by-an-acronym-not-a-comma"),
    # "that is why X says": X, not the words of the writer's own clause
    pytest.param("That is why critics say the mayor had planned to sell the ferry.", "critics", id="that-is-why"),
    pytest.param("That's why critics say the mayor had planned to sell the ferry.", "critics", id="thats-why"),
    # a clause of time between the subject and its verb is no apposition of it
    pytest.param("Fisk’s office, when contacted by Reuters about the ferry, said she could not recall the trip.",
                 "Fisk’s office", id="when-contacted-by-an-outlet"),
    pytest.param("The mayor's office, when asked about the plan, said it would respond later.",
                 "the mayor's office", id="when-asked-about"),
    # evidence described by what was done to it: the evidence, or the body that made it
    pytest.param("A Harbour Times poll released on Tuesday found that most islanders use the ferry every week.",
                 "a Harbour Times poll", id="a-poll-released-on-a-day-found"),
    pytest.param("Figures compiled by the Bank of England showed that lending to small firms fell sharply.",
                 "Bank of England", id="figures-compiled-by-a-body-showed"),
    # an author named as a person, and where the author works, is the author
    pytest.param("A 2018 survey by Ann Lee of the University of Leeds found that the firm closed 50 papers.",
                 "Ann Lee", id="a-survey-by-a-person-of-a-university-found"),
    # a compound adjective in -ed describes the speaker (but "the so-called Brexit vote" names a thing)
    pytest.param("The self-described harbour populist said he would carry the county vote if the ferry "
                 "ran on time.", "the self-described harbour populist", id="a-self-described-speaker"),
    pytest.param("A teary-eyed Mayor Ann Vale says she is proud of the campaign she ran.", "Ann Vale",
                 id="a-teary-eyed-speaker"),
    # a relative clause opened by a contraction is no part of the speaker
    pytest.param("Many local party leaders who’d rather be working on another campaign said they have rallied "
                 "behind the ticket.", "many local party leaders", id="who-would-contracted"),
    pytest.param("A White House official who’s familiar with the talks said the deal was close.",
                 "a White House official", id="who-is-contracted"),
]


# (sentence, (speaker, the words reported))
PLAIN_REPORTS = [
    # a platform's verb with its capital is still the writer's verb
    ("Ann Lee, the paper's editor, Tweeted that the interview would run on Sunday.",
     ("Ann Lee", "the interview would run on Sunday")),
    # a report in a clause after the writer's "This comes … after"
    ("This comes less than a week after Bloomberg reported the port is the subject of an inquiry.",
     ("Bloomberg", "the port is the subject of an inquiry")),
    # a time opening the sentence without its comma, then a determined subject
    ("Last week the mayor said the bridge would reopen in May.", ("the mayor", "the bridge would reopen in May")),
    ("Years later the boy's father told reporters that the checks kept coming.",
     ("the boy's father", "the checks kept coming")),
    # … or a name: the time is no part of it
    ("Late Saturday Sanders announced he supported the repeal.", ("Sanders", "he supported the repeal")),
    ("Early Monday Mayor Ann Lee said the bridge would reopen in May.", ("Ann Lee", "the bridge would reopen in May")),
    ("On Friday Ann Lee told the council the budget was balanced.", ("Ann Lee", "the budget was balanced")),
    # … or a short phrase of place, occasion or manner, no comma after it either
    ("In a statement the mayor said the bridge would reopen in May.", ("the mayor", "the bridge would reopen in May")),
    ("In an interview Ann Lee said the budget was balanced.", ("Ann Lee", "the budget was balanced")),
    ("At that point the host insisted that he had never met her.", ("the host", "he had never met her")),
    ("At which point the late night host insisted that he had never met her.",
     ("the late night host", "he had never met her")),
    ("By then the senator said she would not run again.", ("the senator", "she would not run again")),
    ("In the end Mayor Ann Lee said the budget was balanced.", ("Ann Lee", "the budget was balanced")),
    # an acronym in commas restates the body before it: no subject of a verb inside the report
    ("Ann Lee says data from the Statistical Institute of Jamaica, STATIN, show that imports rose.",
     ("Ann Lee", "data from the Statistical Institute of Jamaica, STATIN, show that imports rose")),
    ("The Kellard Port Health Authority, KPHA, said the fever was spreading fast.",
     ("Kellard Port Health Authority", "the fever was spreading fast")),
    # an aside between double hyphens before the subject is no part of it
    ("Closing the primaries with a formal speech -- complete with teleprompter -- Ann Lee told supporters that "
     "the party was united.", ("Ann Lee", "the party was united")),
    ("In a talk from Harbor -- which holds its ferry vote on Friday -- Ann Lee argued she is the better choice.",
     ("Ann Lee", "she is the better choice")),
    # where and when it was said, then a clause with no "that"
    ("Acme Group said in a statement Sunday night they removed the ferry timetable from the site.",
     ("Acme Group", "they removed the ferry timetable from the site")),
    ("The mayor said in an interview Friday the bridge would reopen in May.",
     ("the mayor", "the bridge would reopen in May")),
    ("Acme Group said Thursday night they pulled the listing from the site.",
     ("Acme Group", "they pulled the listing from the site")),
    pytest.param("Bruce Harlan, author of the 2015 essay “The Case for Empire,” argued that the old regime "
                 "was kinder than many others.",
                 ("Bruce Harlan", "the old regime was kinder than many others"),
                 id="an-apposition-holding-a-title-in-marks"),
    pytest.param("Mayor Dwight Harlow, who seems touchy about his trips, noted you can do other things at a "
                 "golf club.",
                 ("Dwight Harlow", "you can do other things at a golf club"), id="noted-you-can"),
    pytest.param("The United Nations said the hospital would close on Friday.",
                 ("United Nations", "the hospital would close on Friday"), id="united-nations"),
    pytest.param("Police said about 42 people were hurt.", ("police", "about 42 people were hurt"),
                 id="said-about-a-count"),
    pytest.param("Regional health authorities say at least 4,217 people have been treated.",
                 ("Regional health authorities", "at least 4,217 people have been treated"),
                 id="say-at-least-a-count"),
    pytest.param("Dr Alan Webb told reporters the final number of deaths would be close to 600.",
                 ("Alan Webb", "the final number of deaths would be close to 600"),
                 id="told-recipient-clause-without-that"),
    pytest.param("Dan Moore told host Sean Hale a loss is increasingly likely.",
                 ("Dan Moore", "a loss is increasingly likely"), id="told-a-titled-host-then-a-clause"),
    pytest.param("But engineers note that despite the higher tolls, new harbour berths are still being built.",
                 ("engineers", "despite the higher tolls, new harbour berths are still being built"), id="note-that"),
    pytest.param("Ann Hale acknowledged the rule, but noted the port doesn’t use it to fine sailors.",
                 ("Ann Hale", "the port doesn’t use it to fine sailors"),
                 id="noted-a-clause-with-a-negated-verb"),
    pytest.param("Carter asked Julia whether they moved abroad because of the press.",
                 ("Carter", "whether they moved abroad because of the press"), id="asked-someone-whether"),
    pytest.param("Anna Reyes asked whether the question of funding had been settled.",
                 ("Anna Reyes", "whether the question of funding had been settled"), id="asked-whether-the-question"),
    pytest.param("The host asks you if you would like to take the job.",
                 ("the host", "if you would like to take the job"), id="asks-you-if"),
    pytest.param("The notice, included in a court filing, said that he enjoys full immunity.",
                 ("the notice", "he enjoys full immunity"), id="document-with-a-past-participle-aside"),
    pytest.param("John Amari alleged he was targeted for abuse.", ("John Amari", "he was targeted for abuse"),
                 id="alleged-a-bare-clause"),
    pytest.param("Ann Lee believes teachers have been underpaid for years.",
                 ("Ann Lee", "teachers have been underpaid for years"), id="believes-a-bare-plural-clause"),
    pytest.param("Scientists estimate that 8,900 buildings have been damaged.",
                 ("scientists", "8,900 buildings have been damaged"), id="estimate-that"),
]


# verbs that report only with a clause or a quotation
NOT_REPORTS = [
    # a subordinate clause's pronoun is its verb's subject, not the main clause before it
    pytest.param("We consider what people on these sites and networks want to learn or read about when we write new "
                 "blog posts or create ebooks.", id="when-we-write"),
    # a cue word after an adjective is a noun ("childish rebukes to his rivals")
    pytest.param("Mayor Dan Fisk swings between jabs at bankers and ferrymen and childish rebukes to his rivals.",
                 id="an-adjective-then-rebukes"),
    pytest.param("The hosts from Radio North pressed the five candidates on housing.", id="pressed-someone-on"),
    pytest.param("The mayor has offered no formal endorsement to the campaign.",
                 id="offered-an-object"),
    pytest.param("But as heavy rain continues, and flooding spreads within the county, the damage grows.",
                 id="continues-as-an-event"),
    # "that" as a demonstrative: a thing echoed or shared, not a clause
    # an indefinite description of the subject opening the sentence says who, not what
    pytest.param("A longtime critic of the mayor, Ann Lee complained of the budget cuts.",
                 id="a-description-of-the-subject-first"),
    pytest.param("Throgs Neck resident Mike Lopez shared that sentiment on Wednesday.", id="shared-that-sentiment"),
    pytest.param("The mayor echoed that message at a rally in the Bronx.", id="echoed-that-message"),
    # "that" as a pronoun, with only how often or when after it
    pytest.param("The mayor has said that more than once.", id="said-that-more-than-once"),
    pytest.param("The mayor said that again on Monday.", id="said-that-again-on-monday"),
    # … or a time with no clause after it, whatever verb comes later in the sentence
    pytest.param("The mayor told staff later that afternoon with her deputy at her side (the governor had gone "
                 "home early).", id="told-staff-that-afternoon"),
    pytest.param("And a few summers later, he echoed that remark, recalling a trip to the shipyard.",
                 id="a-time-opening-is-no-report"),
    # a comparison or a supposition reports nothing
    pytest.param("It is more complicated than Tom Reed suggests, but he appears to be in the ballpark.",
                 id="than-someone-suggests"),
    pytest.param("The costs are higher than the mayor claims.", id="than-the-mayor-claims"),
    pytest.param("The clerk paused over my question, as if I had asked him something profound.",
                 id="as-if-I-had-asked"),
    # an aside's cue with only a topic, before the main clause's verb
    pytest.param("Ryan Suter, who joked about his friend's habit of changing sticks, could see the frustration.",
                 id="who-joked-about-then-the-main-verb"),
    # what something says of someone is no speech
    pytest.param("Backhanded comments say more about you than the people you say them to.", id="say-more-about"),
    pytest.param("The ruling says a lot about the court.", id="says-a-lot-about"),
    # what is sung is a report only as a quotation or a clause
    pytest.param("She sang the national anthem before the game.", id="sang-a-song"),
    # a capitalised cue word inside a sentence in lower case is a title's word
    pytest.param("The episode was a Murder, She Wrote crossover. That exists, and fans loved it.",
                 id="a-titles-verb-inside-a-sentence"),
    pytest.param("Fans of the Simon Says Club meet on Fridays, and the club is growing fast.",
                 id="a-names-verb-inside-a-sentence"),
]


def test_that_before_a_time_opens_no_clause():
    quotes = extract_quotes(Article(id="t", text="Talks\n\nThe mayor said that week the bill would pass easily."))
    assert [(q.speaker, q.text) for q in quotes] == [("the mayor", "the bill would pass easily")]


@pytest.mark.parametrize("sentence", NOT_REPORTS)
def test_verbs_that_need_a_clause(sentence):
    assert extract_quotes(Article(id="t", text="Talks\n\n" + sentence)) == []


def test_a_participle_after_the_cue_and_its_adjunct_is_the_writers():
    text = ("Talks\n\n“You put more officers on the corners and the problem goes away,” he said at the "
            "time, boasting of the drop in burglaries he had achieved.")
    assert [q.text for q in extract_quotes(Article(id="t", text=text))] == [
        "You put more officers on the corners and the problem goes away,"]


def test_a_coordinated_predicate_keeps_the_first_subject():
    # "…, then says": the subject is the first clause's, never a name inside its object
    text = ("Talks\n\nFisk offered the clerk a post as Harbour Master, then says he will welcome "
            "advice from anyone.\n\nHe says, “that is how you learn the trade.”")
    assert [(q.speaker, q.text) for q in extract_quotes(Article(id="t", text=text))] == [
        ("Fisk", "he will welcome advice from anyone"), ("Fisk", "that is how you learn the trade.")]


@pytest.mark.parametrize("sentence, expected", PLAIN_REPORTS)
def test_plain_reported_speech(sentence, expected):
    quotes = extract_quotes(Article(id="t", text="Talks\n\n" + sentence))
    assert [(q.speaker, q.text) for q in quotes] == [expected]


@pytest.mark.parametrize("sentence, speaker", SUBJECTS)
def test_subject_left_of_the_cue(sentence, speaker):
    quotes = extract_quotes(Article(id="t", text="Talks\n\n" + sentence))
    assert [q.speaker for q in quotes if q.speaker] == ([speaker] if speaker else [])


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected


FURTHER_ATTRIBUTIONS = [
    # a time between "but" (or a semicolon) and a pronoun opens the speaker's next report
    ("Mara Quill defended the vote, but late Saturday she announced she would back a repeal.",
     [("indirect", "the vote", "Mara Quill"), ("indirect", "she would back a repeal", "Mara Quill")]),
    ("Mara Quill said the budget was fine, but on Saturday she announced that it would be cut.",
     [("indirect", "the budget was fine", "Mara Quill"), ("indirect", "it would be cut", "Mara Quill")]),
    ("Mara Quill said the budget was fine; last week she announced that it would be cut.",
     [("indirect", "the budget was fine", "Mara Quill"), ("indirect", "it would be cut", "Mara Quill")]),
    # what was cited ends at a colon; a capitalised pronoun after it opens the next report
    ("Mara Quill cites the packed ferries as a sign: She says the papers undercount her supporters.",
     [("indirect", "the packed ferries as a sign", "Mara Quill"),
      ("indirect", "the papers undercount her supporters", "Mara Quill")]),
    # after a quotation, "and" and a pronoun open the speaker's next report
    ("Mara Quill told supporters that “we close one chapter and begin another,” and she vowed to carry the "
     "party's banner.",
     [("direct", "we close one chapter and begin another,", "Mara Quill"),
      ("indirect", "to carry the party's banner", "Mara Quill")]),
    # (but a description of a thing before a closing cue is what was said)
    ("A huge win for the county, Mara Quill said of the vote.",
     [("indirect", "A huge win for the county", "Mara Quill")]),
    ("Mara Quill chairs the board. A new treasurer, she said, could bring fresh habits to the board.",
     [("indirect", "A new treasurer, she said, could bring fresh habits to the board", "Mara Quill")]),
    # "…, to which X replied": the relative clause is X's report, and ends the one before it
    ("Mara Quill chairs the board. Mayor Dan Fisk said the budget was balanced, to which Quill replied: "
     "“It is not balanced at all.”",
     [("indirect", "the budget was balanced", "Dan Fisk"), ("direct", "It is not balanced at all.", "Mara Quill")]),
    ("Mayor Dan Fisk said the budget was balanced, to which the treasurer Mara Quill replied that it was not.",
     [("indirect", "the budget was balanced", "Dan Fisk"), ("indirect", "it was not", "Mara Quill")]),
    # an interrupted report is one quotation whose span covers the interruption
    ("Mara Quill chairs the board.\n\nThe budget, Quill says, is balanced for once.",
     [("indirect", "The budget, Quill says, is balanced for once", "Mara Quill")]),
    ("Mara Quill chairs the board. The county must cut costs - every office, she said, will lose staff.",
     [("indirect", "every office, she said, will lose staff", "Mara Quill")]),
    ("Mara Quill sells old maps. Few of them are ever reprinted, and demand for them, Quill says, is steady.",
     [("indirect", "demand for them, Quill says, is steady", "Mara Quill")]),
    # a name after the quotation, its apposition running to the cue with no closing comma
    ("Mara Quill sells old maps. “If I see one on sale,” Quill, a collector of atlases, globes and old books says.",
     [("direct", "If I see one on sale,", "Mara Quill")]),
    # how or when it was said is no report
    ("“We won the county tonight,” Mara Quill said as she left the stage.",
     [("direct", "We won the county tonight,", "Mara Quill")]),
    ("“We won the county tonight,” Quill said calmly when a reporter asked.",
     [("direct", "We won the county tonight,", "Quill")]),
    # a conditional clause before the main clause of the report
    ("Mara Quill said, if elected, she would close the plant.",
     [("indirect", "if elected, she would close the plant", "Mara Quill")]),
    ("Mara Quill said that when the vote comes, she will oppose the bill.",
     [("indirect", "when the vote comes, she will oppose the bill", "Mara Quill")]),
    # an aside that ends in a quotation mark
    # (its naming verb reports the name it gives, as "called" does)
    ("Quill, who calls the plan a “disaster,” said she will vote against it.",
     [("mixed", "the plan a “disaster,”", "Quill"), ("indirect", "she will vote against it", "Quill")]),
    # shares of those polled
    ("Just 31 percent of islanders said they trusted the council.",
     [("indirect", "they trusted the council", "Just 31 percent of islanders")]),
    ("Some 40 percent of residents polled said the roads had got worse.",
     [("indirect", "the roads had got worse", "some 40 percent of residents polled")]),
    ("By a wide margin, those surveyed say the city should build more housing.",
     [("indirect", "the city should build more housing", "those surveyed")]),
    # when, between the cue and its quotation: the quotation is the cue's, and the reply
    # after it is someone else's
    ("Trust member Ruth Sato asked last week “Why has the audit taken four months?” Mr. Okafor responded "
     "that “the audit was thorough.”",
     [("direct", "Why has the audit taken four months?", "Ruth Sato"), ("direct", "the audit was thorough.", "Okafor")]),
    ("The governor said on Tuesday: “We will rebuild the bridge.”",
     [("direct", "We will rebuild the bridge.", "the governor")]),
    # a singer's words quoted
    ("The album came out in 1986. “These are the days of miracle and wonder,” Paul Simon once sang.",
     [("direct", "These are the days of miracle and wonder,", "Paul Simon")]),
    ("As Bob Dylan sang back in the 1960s, “The times they are a-changin’.”",
     [("direct", "The times they are a-changin’.", "Bob Dylan")]),
    ("Ann Lee asked back in 2019, “Why has the audit taken four months?” Critics agreed.",
     [("direct", "Why has the audit taken four months?", "Ann Lee")]),
    # how and at whom before the comma: the quotations are the voice's just named
    ("Mayor Dan Fisk described the county as broke. The dockers chanted back at him, “Cut the pay,” and “Sell the "
     "jet.” And Fisk decried the unions.",
     [("indirect", "the county as broke", "Dan Fisk"), ("direct", "Cut the pay,", "the dockers"),
      ("direct", "Sell the jet.", "the dockers"), ("indirect", "the unions", "Dan Fisk")]),
    # the writer's hedge on the words, then the quotation
    ("Neither would take part. Then Dan Fisk said something like, “Boys, I need your attention now.”",
     [("direct", "Boys, I need your attention now.", "Dan Fisk")]),
    ("Dan Fisk said words to the effect of, “We need to sell the trucks.”",
     [("direct", "We need to sell the trucks.", "Dan Fisk")]),
    ("Mayor Dan Fisk spoke for an hour. The fans shouted out, “We want more!”",
     [("direct", "We want more!", "the fans")]),
    # "that" and a colon bring the quotation ("that" alone with a time is a pronoun)
    ("The panel's report also adds that: “Emissions will rise through 2030.”",
     [("direct", "Emissions will rise through 2030.", "the panel's report")]),
    # to whom, then the comma: the quotation is the cue's, though a source closes on it
    ("When Mayor Ann Lee saw the crowd, she remarked to her deputy Tom Reed, “Look at all of them,” according to an "
     "aide who was there.", [("direct", "Look at all of them,", "Ann Lee")]),
    # a demonstrative and its noun open a sentence of their own: a new report, not the last one going on
    ("A source close to the mayor said she would not run. That person said the decision was final.",
     [("indirect", "she would not run", "a source close to the mayor"),
      ("indirect", "the decision was final", "that person")]),
    ("One aide said the bill was dead. This aide added that no vote was planned.",
     [("indirect", "the bill was dead", "One aide"), ("indirect", "no vote was planned", "this aide")]),
    # (but "That is why …" is the writer's, and "that" inside a report opens a clause)
    ("That is why critics say the plan failed.", [("indirect", "the plan failed", "critics")]),
]


@pytest.mark.parametrize("body, expected", FURTHER_ATTRIBUTIONS)
def test_interruptions_adjuncts_conditionals_and_shares(body, expected):
    quotes = extract_quotes(Article(id="more", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SPEAKER_INSIDE_A_RELATIVE_CLAUSE = [
    # "who" as the subject of the reported clause: the subject after it speaks, not the noun before
    ("The council hired Tom Reed, a contractor who Mayor Ann Cole says has cut costs elsewhere.",
     [("indirect", "has cut costs elsewhere", "Ann Cole")]),
    ("The council hired Tom Reed, who officials say has cut costs elsewhere.",
     [("indirect", "has cut costs elsewhere", "officials")]),
    ("Officers are looking for a man who police said had fled the scene.",
     [("indirect", "had fled the scene", "police")]),
    ("The talks collapsed, showing what most observers said was a lack of trust on both sides.",
     [("indirect", "was a lack of trust on both sides", "most observers")]),
    ("She got less credit than her aides say she deserves for the new budget.",
     [("indirect", "she deserves for the new budget", "her aides")]),
    ("It was a ferry which even rivals say was the fastest on the coast.",
     [("indirect", "was the fastest on the coast", "rivals")]),
    ("The mayor faces a city in which 60 percent of residents say taxes are too high.",
     [("indirect", "taxes are too high", "60 percent of residents")]),
    ("Ms. Quill has gained ground, with 35 percent of voters saying they would back her.",
     [("indirect", "they would back her", "35 percent of voters")]),
    # … or of anyone, right after its comma, and a second one joined by "and"
    ("The talks collapsed, with the union saying the offer was too low and the company insisting that it could "
     "not pay more.",
     [("indirect", "the offer was too low", "the union"), ("indirect", "it could not pay more", "the company")]),
    ("The clinic is at the centre of the row, with the army saying rebels used it as a base and the charity "
     "firing back that it treats only civilians.",
     [("indirect", "rebels used it as a base", "the army"), ("indirect", "it treats only civilians", "the charity")]),
    # an object in the relative clause is no speaker; "with" a body is no share
    ("The plan is what the mayor called a giveaway to developers.", []),
    ("They started a petition with a civic group on Monday asking Quill to drop the plan.", []),
    # a cue coordinated inside a relative clause opened after the last cue is the antecedent's
    ("“This is one of her friends,” Tom Ebert told Ann Guess, who answered her door on Sunday and said she "
     "would caucus for Reyes.",
     [("direct", "This is one of her friends,", "Tom Ebert"), ("indirect", "she would caucus for Reyes", "Ann Guess")]),
    ("Mayor Tom Ebert thanked the nurses, who work nights and said the ward was full.",
     [("indirect", "the nurses", "Tom Ebert"), ("indirect", "the ward was full", "the nurses")]),
    # (a relative clause closed before the cue leaves it the main subject's)
    ("Tom Ebert, who runs the shelter, thanked the staff and said it was full.",
     [("indirect", "the staff", "Tom Ebert"), ("indirect", "it was full", "Tom Ebert")]),
    # a restrictive "whose" clause describes the subject, as "who" does
    ("The county officials whose rules were struck down say the courts have changed.",
     [("indirect", "the courts have changed", "the county officials")]),
    ("Parents whose children attend the school said they were never told.",
     [("indirect", "they were never told", "parents")]),
]


@pytest.mark.parametrize("body, expected", SPEAKER_INSIDE_A_RELATIVE_CLAUSE)
def test_speakers_inside_relative_clauses_and_absolute_phrases(body, expected):
    quotes = extract_quotes(Article(id="rel", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


PROMISES = [
    ("Mara Quill pledged to keep the library open on weekends.",
     [("indirect", "to keep the library open on weekends", "Mara Quill")]),
    ("Quill promised Monday to repave every road in the county.",
     [("indirect", "to repave every road in the county", "Quill")]),
    ("The mayor vowed again to veto any new tax.", [("indirect", "to veto any new tax", "the mayor")]),
    ("Quill has promised that taxes will fall.", [("indirect", "taxes will fall", "Quill")]),
    # a promise with an object is no report
    ("Quill promised a new library.", []),
]


@pytest.mark.parametrize("body, expected", PROMISES)
def test_promises_report_their_infinitive(body, expected):
    quotes = extract_quotes(Article(id="vow", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SUBJECTS_WITH_ASIDES_AND_ADVERBS = [
    ("Tom Whitaker, who chairs the finance committee, also noted that the fund is empty.",
     [("indirect", "the fund is empty", "Tom Whitaker")]),
    ("Ann Berg, the county treasurer, has repeatedly warned that the fund is empty.",
     [("indirect", "the fund is empty", "Ann Berg")]),
    ("Supporters of the harbour fee, for their part, argued that the ferry needs the money.",
     [("indirect", "the ferry needs the money", "supporters of the harbour fee")]),
    ("Local officials, however, said they expected the road to reopen by June.",
     [("indirect", "they expected the road to reopen by June", "Local officials")]),
    # (a subject with its own relative clause before the aside: read as without the aside)
    pytest.param("The judges who blocked the harbor law, however, said the problem was not the fee itself.",
                 [("indirect", "the problem was not the fee itself", "the judges")], id="relative-clause-then-however"),
    ("Her harbour volunteers here said they had visited every berth in the marina.",
     [("indirect", "they had visited every berth in the marina", "her harbour volunteers")]),
    ("(Ann Berg says the fund will run dry before the autumn ferry season.)",
     [("indirect", "the fund will run dry before the autumn ferry season", "Ann Berg")]),
    # an aside that ends in a quotation closed by two marks (newspaper and wire styles)
    pytest.param("Ann Berg, citing ''the strong backing of the council,'' said the fund will last.",
                 [("indirect", "the fund will last", "Ann Berg")], id="aside-ends-in-doubled-apostrophes"),
    pytest.param("Ann Berg, citing ‘‘the strong backing of the council,’’ said the fund will last.",
                 [("indirect", "the fund will last", "Ann Berg")], id="aside-ends-in-doubled-curly-marks"),
    pytest.param("Ann Berg, citing “the strong backing of the council,” said the fund will last.",
                 [("indirect", "the fund will last", "Ann Berg")], id="aside-ends-in-one-mark"),
    # a time before the verb, after the apposition; the determined noun, not its indefinite apposition
    pytest.param("Ann Berg, the county treasurer, this past week announced plans for two harbour ferries.",
                 [("indirect", "plans for two harbour ferries", "Ann Berg")], id="this-past-week-announced"),
    pytest.param("The treasurer, a Democrat, last week said the fund is empty.",
                 [("indirect", "the fund is empty", "the treasurer")], id="the-noun-not-its-indefinite-apposition"),
    # the writer's connective between the subject and its verb is no part of the name
    pytest.param("Ann Berg therefore said the fund is empty.", [("indirect", "the fund is empty", "Ann Berg")],
                 id="a-connective-after-the-name"),
    pytest.param("The senators nonetheless argued that the fund is empty.",
                 [("indirect", "the fund is empty", "the senators")], id="a-connective-after-a-group"),
    # an aside between hyphens set as dashes
    pytest.param("Tom Hale, director of Fund the Parks - which was founded in 2004 and which has backed Ann Berg - "
                 "said the fund is empty.", [("indirect", "the fund is empty", "Tom Hale")],
                 id="an-aside-between-hyphens"),
    # a comma inside a number parts nothing
    pytest.param("More than 1,000 nurses across the state said the fund is empty.",
                 [("indirect", "the fund is empty", "More than 1,000 nurses across the state")], id="more-than-1,000"),
    pytest.param("Some 15,000 workers said the fund is empty.",
                 [("indirect", "the fund is empty", "some 15,000 workers")], id="some-15,000"),
    pytest.param("Democrats -- including Ann Berg -- quickly accused the mayor of emptying the fund.",
                 [("indirect", "the mayor of emptying the fund", "Democrats")], id="a-dashed-aside-then-an-adverb"),
    # a restrictive "that" clause inside the subject is the noun's, not a report's opening
    pytest.param("Groups that have endorsed Ann Berg say they believe the fund is empty.",
                 [("indirect", "they believe the fund is empty", "Groups")], id="that-clause-in-the-subject"),
    pytest.param("Tom Hale, the head of a union that has endorsed Ann Berg, said the fund is empty.",
                 [("indirect", "the fund is empty", "Tom Hale")], id="that-clause-in-the-apposition"),
    pytest.param("Ann Berg gave two speeches, remarks that were echoed and amplified by her staff.",
                 [], id="a-passive-relative-clause-reports-nothing"),
    pytest.param("The fund is empty. That is why critics say the levy must pass.",
                 [("indirect", "the levy must pass", "critics")], id="that-is-why"),
    # a person placed by town and state: the person speaks; never the state, nor where it happened
    pytest.param("Ann Berg, during a public forum in Dayton, Ohio, said the fund is empty.",
                 [("indirect", "the fund is empty", "Ann Berg")], id="during-a-meeting-in-town-state"),
    pytest.param("The record of the ferry vote in Kellard, California, shows that the name was "
                 "announced early.", [], id="the-state-is-no-source"),
    # an adjunct with no comma before a pronoun subject
    pytest.param("Ann Berg spoke in Ames. At the dock meeting on Friday she said the fund was empty.",
                 [("indirect", "the fund was empty", "Ann Berg")], id="adjunct-then-pronoun-subject"),
    pytest.param("Ann Berg spoke in Ames. Later she said the fund was empty.",
                 [("indirect", "the fund was empty", "Ann Berg")], id="adverb-then-pronoun-subject"),
    pytest.param("Ann Berg spoke in Ames. Voters never saw the savings she promised to deliver to the county.",
                 [], id="an-object-relative-is-no-adjunct"),
    pytest.param("Ann Berg spoke in Ames. After Berg visited the mayor who he thought would win, she smiled.",
                 [], id="a-clause-of-its-own-is-no-adjunct"),
]


# A participle's aside between the subject and its verb neither speaks nor reports
SUBJECTS_WITH_ASIDES_AND_ADVERBS += [
    pytest.param("A mother whose daughter is a student at the high school, recounting what her child told her to "
                 "the Herald, said the boys were acting weird on Monday.",
                 [("indirect", "the boys were acting weird on Monday", "a mother")], id="aside-participle-after-whose"),
    pytest.param("Ann Berg, recounting what her child told her to the Herald, said the boys were acting weird.",
                 [("indirect", "the boys were acting weird", "Ann Berg")], id="aside-participle-after-a-name"),
    pytest.param("The Herald, citing leaked ledgers, reported that the ferry line loses money on every crossing.",
                 [("indirect", "the ferry line loses money on every crossing", "Herald")], id="citing-aside"),
]
# A list of members after "of" is no subject: the body it lists speaks
SUBJECTS_WITH_ASIDES_AND_ADVERBS += [
    pytest.param("A coalition of farmers, unions and charities urged the minister to block cheap imports.",
                 [("indirect", "the minister to block cheap imports", "a coalition of farmers")],
                 id="a-body-of-listed-members"),
    pytest.param("Groups representing colleges, local governments and charities expressed concerns about the cost.",
                 [("indirect", "concerns about the cost", "Groups representing colleges")],
                 id="groups-representing-a-list"),
]
# The passive of being heard, filmed or quoted before a participle: its subject said it
SUBJECTS_WITH_ASIDES_AND_ADVERBS += [
    pytest.param("The treasurer was quoted as saying the fund would be empty by June.",
                 [("indirect", "the fund would be empty by June", "the treasurer")], id="quoted-as-saying"),
    pytest.param("Ann Berg was quoted by the county paper as saying that the fund would be empty by June.",
                 [("indirect", "the fund would be empty by June", "Ann Berg")], id="quoted-by-a-paper-as-saying"),
    pytest.param("“Get out of the car,” a police officer can be heard saying in the video.",
                 [("direct", "Get out of the car,", "a police officer")], id="can-be-heard-saying"),
    pytest.param("Ann Berg was caught on camera telling aides that the levy was dead.",
                 [("indirect", "the levy was dead", "Ann Berg")], id="caught-on-camera-telling"),
]


@pytest.mark.parametrize("body, expected", SUBJECTS_WITH_ASIDES_AND_ADVERBS)
def test_subjects_behind_asides_adverbs_and_brackets(body, expected):
    quotes = extract_quotes(Article(id="subj", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# Subjects with an apposition before the cue: a relative clause inside it, a missing
# closing comma, an age before the name; and what never becomes a subject.
APPOSITIONS = [
    # a participle describing the subject between commas: the noun before it speaks
    pytest.param("The charity, founded by Ann Lee in 1990, said it would hire 200 workers.",
                 [("indirect", "it would hire 200 workers", "the charity")], id="founded-by-between-commas"),
    pytest.param("The harbour website, run by Dan Fisk, a professor at the university, said turnout was up.",
                 [("indirect", "turnout was up", "the harbour website")], id="run-by-then-an-apposition"),
    # two people a relative clause is about speak together
    pytest.param("Ann Lee and Tom Fisk, who run the shop, said that it would close.",
                 [("indirect", "it would close", "Ann Lee and Tom Fisk")], id="two-names-who-run-then-said"),
    pytest.param("The model was drafted by Tannenbaum and Schmidt, who argued that leaders should adapt.",
                 [("indirect", "leaders should adapt", "Tannenbaum and Schmidt")], id="by-two-names-who-argued"),
    # who paid for the work did not make it: the work speaks, not its funder nor a name in the aside
    pytest.param("The research, supported by the Harbour Trust and the Wildlife Society as part of the Bushmeat "
                 "Research Initiative, reveals that 36 percent of the meat was sold illegally.",
                 [("indirect", "36 percent of the meat was sold illegally", "the research")], id="supported-by-then-reveals"),
    pytest.param("A harbour document filed Friday says that the ferry master will not be charged.",
                 [("indirect", "the ferry master will not be charged", "a harbour document")],
                 id="a-document-filed-then-says"),
    pytest.param("The lawsuit filed by an aide whom Dan Fisk, R-Ore., fired in June alleges a string of safety breaches.",
                 [], id="a-party-tag-before-a-participle-is-no-subject"),
    pytest.param("The port operator, a company whose cranes handle most of the cargo, said it would hire "
                 "200 workers.",
                 [("indirect", "it would hire 200 workers", "the port operator")],
                 id="apposition-with-relative-clause"),
    pytest.param("Joy Baker, a midwife based in Georgia told the paper the clinic had closed.",
                 [("indirect", "the clinic had closed", "Joy Baker")],
                 id="apposition-missing-its-closing-comma"),
    pytest.param("“The sea is shallow,” Erik van Sebille, a physical oceanographer at the University of Kellard "
                 "told reporters.", [("direct", "The sea is shallow,", "Erik van Sebille")],
                 id="apposition-missing-its-closing-comma-after-a-surname-particle"),
    pytest.param("“The air will clear by Friday,” Asha Menon, a research analyst at the Council on Energy, Environment "
                 "and Water think tank told reporters.",
                 [("direct", "The air will clear by Friday,", "Asha Menon")],
                 id="apposition-missing-its-closing-comma-with-a-list-in-a-name"),
    pytest.param("On the morning show, Sen. Ada Quill (D-NY), a supporter of the governor’s 2026 bid for the presidency "
                 "told the host she believed the governor would release the transcript.",
                 [("indirect", "the governor would release the transcript", "Ada Quill")],
                 id="apposition-missing-its-closing-comma-after-a-party-tag"),
    # an apposition counting the people before it ("many of them …") is no subject
    pytest.param("His critics in Kellard, many of them retired sailors, argue that the mayor "
                 "is a harbour politician.",
                 [("indirect", "the mayor is a harbour politician", "his critics in Kellard")],
                 id="many-of-them-apposition"),
    pytest.param("The workers, most of them Filipino nurses, said they were not paid for months.",
                 [("indirect", "they were not paid for months", "the workers")],
                 id="most-of-them-apposition"),
    pytest.param("81-year-old Tom Reed, a retired ferryman, said that the port would close by winter.",
                 [("indirect", "the port would close by winter", "Tom Reed")],
                 id="age-before-the-name"),
    # the fronted topic is not the subject: the aide said it
    pytest.param("Fisk, a top aide said, “is quite sure about the vote.”",
                 [], id="fronted-topic-then-unnamed-subject"),
    pytest.param("Marley Anderson, 21, a student from Reno, said she would caucus for Sanders.",
                 [("indirect", "she would caucus for Sanders", "Marley Anderson")],
                 id="age-and-indefinite-apposition"),
    # a description after "X in/for PLACE" describes the place, not the ones who speak
    pytest.param("Officials in Ohio, the state next to Indiana, said the roads would reopen on Monday.",
                 [("indirect", "the roads would reopen on Monday", "officials in Ohio")],
                 id="officials-in-a-place-then-the-place-s-description"),
    pytest.param("Authorities in West-Kellard Vale, the Danish county next to Harbor, announced stricter "
                 "ferry checks on Friday.",
                 [("indirect", "stricter ferry checks on Friday", "authorities in West-Kellard Vale")],
                 id="authorities-in-a-state-with-a-capitalised-adjective"),
    pytest.param("The Harbour Institute for Rivers, a research group founded by the late shipping magnate Paul "
                 "Harbour, has called for "
                 "stricter limits on dredging.",
                 [("indirect", "stricter limits on dredging", "Harbour Institute for Rivers")],
                 id="a-body-s-whole-name-then-its-description"),
    pytest.param("The U.S. envoy to Chile, the former senator Max Baucus, said the talks would go on.",
                 [("indirect", "the talks would go on", "Max Baucus")],
                 id="a-title-then-a-described-name"),
]


# A quoted title in the subject's apposition, the comma inside its closing mark, and more
# of the apposition after it: the name before speaks, the title is part of the role
TITLES_IN_APPOSITIONS = [
    ("Dan Fisk, the co-author of “Open Water,” a history of the port, said the days of cheap freight are gone.",
     [("Dan Fisk", "co-author of “Open Water”", "the days of cheap freight are gone")]),
    ("Dan Fisk, author of the book \"Open Water,\" which tells the history of the port, said the days of cheap "
     "freight are gone.",
     [("Dan Fisk", "author of the book \"Open Water\"", "the days of cheap freight are gone")]),
    # (a mixed report whose quoted words close before the speaker is no title)
    ("The mayor will help the port by fostering an environment of \"risk-taking and investment,\" Ann Lee said.",
     [("Ann Lee", None, "The mayor will help the port by fostering an environment of \"risk-taking and investment,\"")]),
]


@pytest.mark.parametrize("body, expected", TITLES_IN_APPOSITIONS)
def test_a_quoted_title_in_an_apposition_belongs_to_the_role(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.speaker, q.role, q.text) for q in quotes] == expected


@pytest.mark.parametrize("body, expected", APPOSITIONS)
def test_subjects_with_appositions(body, expected):
    got = triples(body)
    for want in expected:
        assert want in got, got
    assert all(speaker != "Clinton" for _, _, speaker in got), got


# A verb in a relative clause inside the subject's apposition reports nothing when the
# sentence's own cue follows ("a resident who tweeted about it, said"); a relative clause
# that reports a clause of its own still does.
RELATIVE_CLAUSE_VERBS = [
    pytest.param("“It was terrifying,” Ana Silva, a resident who tweeted about it, said.",
                 [("direct", "It was terrifying,", "Ana Silva")], id="aside-verb-is-no-cue"),
    # an object relative clause: what its verb takes is the noun before it
    pytest.param("Rona Daley, whom Ramirez called on to resign, said she was not bothered by the attacks.",
                 [("indirect", "she was not bothered by the attacks", "Rona Daley")], id="whom-X-called-on"),
    pytest.param("Despite an array of legal troubles, which he denies, Trump retains a very large polling edge.",
                 [], id="which-he-denies"),
    pytest.param("The mayor spoke kindly of Rona Daley, whom he attacked bitterly during the ferry strike.",
                 [], id="whom-he-attacked-then-adjuncts"),
    pytest.param("The mayor was fined for hiding the funds, which she has denied and which the auditor dropped.",
                 [], id="which-she-has-denied-and-which"),
    pytest.param("She wants to prove her crew has heard what riders are saying, and that she is still strong.",
                 [], id="what-riders-are-saying"),
    # (but a prepositional relative reports: "an ad in which he declares, “…”")
    pytest.param("Senator Marco Rubio is airing a new ad, in which he declares, “Our purpose is to serve.”",
                 [("direct", "Our purpose is to serve.", "Marco Rubio")], id="in-which-he-declares"),
]


@pytest.mark.parametrize("body, expected", RELATIVE_CLAUSE_VERBS)
def test_verbs_in_a_subjects_relative_clause(body, expected):
    assert triples(body) == expected


# A speaker's relative clause that reports a name and its past tense is a report, whatever
# the main verb after it; the report ends where that main verb comes back
REPORTING_RELATIVE_CLAUSES = [
    pytest.param("June Broad, who said Tom Hale struck her car in 2019, recounted the crash.",
                 [("indirect", "Tom Hale struck her car in 2019", "June Broad")], id="who-said-a-name-and-its-past"),
    pytest.param("June Broad, who says Tom Hale lied to her, recounted the incident.",
                 [("indirect", "Tom Hale lied to her", "June Broad")], id="who-says-a-name-and-its-past"),
    pytest.param("Ann Lee, who said the plant would close, left the meeting early.",
                 [("indirect", "the plant would close", "Ann Lee")], id="ends-where-an-irregular-past-comes-back"),
    # (where or when the relative clause's report was made, before its "that")
    pytest.param("Tom Reed, who said on the radio that the contract was never his, recalled that the mayor "
                 "called him twice.",
                 [("indirect", "the contract was never his", "Tom Reed"),
                  ("indirect", "the mayor called him twice", "Tom Reed")], id="who-said-on-the-radio-that"),
    pytest.param("Tom Reed, who said at a hearing that the fees were too high, recalled that the mayor agreed.",
                 [("indirect", "the fees were too high", "Tom Reed"),
                  ("indirect", "the mayor agreed", "Tom Reed")], id="who-said-at-a-hearing-that"),
    # (not a relative clause's "that" far into a topic: "of his pull with the dockers that …")
    pytest.param("Tom Reed, who has bragged of his pull with the many dockers that work the night shift, did "
                 "more business with the firm.", [], id="a-topic-holding-a-relative-that"),
    pytest.param("Ann Lee, who wrote last year that the port was failing, now runs it.",
                 [("indirect", "the port was failing", "Ann Lee")], id="who-wrote-last-year-that"),
    # guard: an aside with only a topic reports nothing
    pytest.param("“It was terrifying,” Ana Silva, a resident who tweeted about Tom Hale, said.",
                 [("direct", "It was terrifying,", "Ana Silva")], id="aside-with-a-topic"),
]


@pytest.mark.parametrize("body, expected", REPORTING_RELATIVE_CLAUSES)
def test_a_speakers_relative_clause_that_reports(body, expected):
    assert triples(body) == expected


def test_a_relative_clause_that_reports_is_still_a_report():
    got = triples("Tom Reed, who said he votes Democratic, said the mayor had done well.")
    assert got and got[0][1].startswith("he votes Democratic") and {s for _, _, s in got} == {"Tom Reed"}


# An adverb or a time between the cue and "that" is neither content nor an object.
ADVERBS_BEFORE_THAT = [
    pytest.param("The company announced last Thursday that it would close the plant.",
                 [("indirect", "it would close the plant", "the company")], id="time-before-that"),
    pytest.param("Ann Lee said backstage that she was tired.",
                 [("indirect", "she was tired", "Ann Lee")], id="adverb-before-that"),
]


@pytest.mark.parametrize("body, expected", ADVERBS_BEFORE_THAT)
def test_adverbs_before_that_are_no_content(body, expected):
    assert triples(body) == expected


# How, where or when a quotation was said, after the cue that closes it, is no report:
# a manner adverb before a place or a time, an adjunct holding a date's comma, a
# subordinate clause after the adjunct.
ADJUNCTS_AFTER_A_CLOSING_CUE = [
    # a gerund right after a closing cue says how or to whom the quotation was said
    pytest.param("“I said it to the family,” Ann Lee recalled telling the royals.",
                 [("direct", "I said it to the family,", "Ann Lee")], id="recalled-telling-after-a-quotation"),
    pytest.param("“We will keep going,” Ann Lee said onstage Tuesday night. “We want to be free.”",
                 [("direct", "We will keep going,” Ann Lee said onstage Tuesday night. “We want to be free.",
                   "Ann Lee")], id="onstage-then-a-time"),
    pytest.param("“How are you today?” Eva Morgan said pleasantly into the phone. “We are calling supporters.”",
                 [("direct", "How are you today?” Eva Morgan said pleasantly into the phone. “We are calling "
                   "supporters.", "Eva Morgan")], id="adverb-then-a-preposition"),
    pytest.param("“Thanks for the help,” Dan Moore wrote in an October 4, 2015 email to the crew.",
                 [("direct", "Thanks for the help,", "Dan Moore")], id="a-date-comma-in-the-adjunct"),
    pytest.param("“We came to win,” Ann Lee said slowly, as the crowd filed out of the hall.",
                 [("direct", "We came to win,", "Ann Lee")], id="adverb-then-an-as-clause"),
    pytest.param("Nora Vance said on Twitter on Friday, in a note about her old boat, a sloop built June 9, "
                 "2013, “This summer, Juniper is getting a new mast!”",
                 [("direct", "This summer, Juniper is getting a new mast!", "Nora Vance")],
                 id="adjunct-after-adjunct-then-the-quotation"),
    pytest.param("Ann Lee said on Monday, in her first interview, the plan had failed.",
                 [("indirect", "the plan had failed", "Ann Lee")], id="adjunct-after-adjunct-then-the-report"),
    pytest.param("“We are winning,” Ann Lee said of her rival, before taking aim at the banks, the oil industry "
                 "and the lobbyists.", [("direct", "We are winning,", "Ann Lee")], id="the-writers-narrative-after"),
    pytest.param("Dan Moore wrote in a June 3, 2015 letter, the agency had failed its workers.",
                 [("indirect", "the agency had failed its workers", "Dan Moore")], id="report-after-a-dated-adjunct"),
    # how long after something it was said, after the closing cue's day: when, no report
    pytest.param("Ann Lee won the harbour vote, the wire service declared on Thursday, three days after the ferry "
                 "strike ended.", [("indirect", "Ann Lee won the harbour vote", "the wire service")],
                 id="a-span-of-days-after-the-closing-cue"),
]


@pytest.mark.parametrize("body, expected", ADJUNCTS_AFTER_A_CLOSING_CUE)
def test_adjuncts_after_a_closing_cue_are_no_report(body, expected):
    assert triples(body) == expected


# A report may open on its own adverbial: the subject after its comma and that subject's
# quoted predicate are the report's words, not a second attribution.
REPORTS_OPENING_ON_AN_ADVERBIAL = [
    pytest.param('Fisk said that by avoiding the phrase "ferry crisis," councillors are "pretending the boats '
                 'run on time."',
                 [("mixed", 'by avoiding the phrase "ferry crisis," councillors are "pretending the boats run on '
                   'time."', "Fisk")], id="by-refusing-then-a-quoted-predicate"),
    pytest.param("Ann Lee said that after the vote, the unions claimed victory.",
                 [("indirect", "after the vote, the unions claimed victory", "Ann Lee")], id="after-then-a-claim"),
]


@pytest.mark.parametrize("body, expected", REPORTS_OPENING_ON_AN_ADVERBIAL)
def test_a_report_opening_on_an_adverbial_is_one_report(body, expected):
    assert triples(body) == expected


# A condition is no report: what "If X says …" supposes was never said, and a clause the
# writer opens with it is not what "… will believe it" reports.
CONDITIONS = [
    pytest.param("If Trump says the election is rigged, his voters will believe it.", [],
                 id="believe-it-after-a-condition"),
    pytest.param("If Congress fails to act, Obama said he would use his executive authority.",
                 [("indirect", "he would use his executive authority", "Obama")], id="a-report-after-a-condition"),
    pytest.param("If such a club seems unlikely - Kellard shipowner Ben Ortiz believes that is because "
                 "people do not know the port.",
                 [("indirect", "that is because people do not know the port", "Ben Ortiz")],
                 id="a-report-after-a-dashed-condition"),
]


@pytest.mark.parametrize("body, expected", CONDITIONS)
def test_a_condition_is_no_report(body, expected):
    assert triples(body) == expected


def test_a_headline_condition_is_no_report():
    text = "Fact-Check: If Fisk Says It, It’s Wrong\n\nIf voters choose not to trust Fisk, the checkers will help."
    assert extract_quotes(Article(id="if", text=text)) == []


# An opening made only of adverbials (when, how, a subordinate or purpose clause) is no
# report of the speaker who follows; a main clause among them is.
OPENING_ADVERBIALS = [
    pytest.param("Six weeks later, when the mayor won a run of council votes, Harbor Press agreed "
                 "to reprint the book.", [], id="time-then-when-clause"),
    pytest.param("Quite suddenly, after the ferry sank, Nora Vance said, “Ann phoned and said she "
                 "could not come back.”",
                 [("direct", "Ann phoned and said she could not come back.", "Nora Vance")],
                 id="manner-then-after-clause"),
    pytest.param("And as if to give the council fresh reasons to fret, his office offered a clumsy reply.",
                 [], id="as-if-to"),
    pytest.param("Because the economy is weak, rates will fall, Ann Lee said.",
                 [("indirect", "Because the economy is weak, rates will fall", "Ann Lee")], id="a-main-clause-among-them"),
]


@pytest.mark.parametrize("body, expected", OPENING_ADVERBIALS)
def test_an_opening_of_adverbials_is_no_report(body, expected):
    assert triples(body) == expected


# What a demonstrative stands for was said before: "Putin said this during the summit"
# reports nothing new; an object is a noun phrase, and a writer's "while" clause after
# it is no part of it.
NOTHING_NEW = [
    pytest.param("Putin said this during the 12th summit, which was held by video link.", [],
                 id="said-this-during"),
    pytest.param("Xi has emphasised China's role as a stable trading partner while tariffs have upended trade.",
                 [("indirect", "China's role as a stable trading partner", "Xi")], id="object-then-while"),
]


@pytest.mark.parametrize("body, expected", NOTHING_NEW)
def test_demonstratives_and_object_boundaries(body, expected):
    assert triples(body) == expected


# Clauses a thought or memory verb reports without "that", and names ending in -ing.
CLAUSES_WITHOUT_THAT = [
    pytest.param("Ann Lee mentioned her government would cut taxes.",
                 [("indirect", "her government would cut taxes", "Ann Lee")], id="mentioned-a-clause"),
    pytest.param("Manning recalled this facility was closed in 2010.",
                 [("indirect", "this facility was closed in 2010", "Manning")], id="a-surname-ending-in-ing"),
    pytest.param("Ann Lee asked ministers to act before the summer.",
                 [("indirect", "ministers to act before the summer", "Ann Lee")], id="asked-a-plural-to"),
]


@pytest.mark.parametrize("body, expected", CLAUSES_WITHOUT_THAT)
def test_clauses_without_that(body, expected):
    assert triples(body) == expected


# "called X “Y”": the quoted description is the report, however short, and the subject
# is the speaker even when a relative pronoun stands for the object; the subject's next
# act and the writer's participle after the quotation are no part of it.
CALLED_WITH_QUOTED_WORDS = [
    pytest.param("Governor Ann Pike called it “predatory.”",
                 [("mixed", "“predatory.”", "Ann Pike")], id="called-it-one-quoted-word"),
    pytest.param("Campaign manager Jeff Moss called that “beyond preposterous.”",
                 [("mixed", "“beyond preposterous.”", "Jeff Moss")], id="called-that-quoted"),
    pytest.param("Tom Reyes, a senator from Dover, spoke. He called her “timid” and said she had failed.",
                 [("mixed", "her “timid”", "Tom Reyes"), ("indirect", "she had failed", "Tom Reyes")],
                 id="called-her-quoted-and-said"),
    pytest.param("Governor Ann Pike called the ferry contract “a shabby bargain” and ranked Reyes among the worst "
                 "mayors in the state.",
                 [("mixed", "the ferry contract “a shabby bargain”", "Ann Pike")], id="next-act-after-the-quotation"),
    pytest.param("Ann Pike, the governor, called the levy a “tax machine,” voiced in a speech in Dover.",
                 [("mixed", "the levy a “tax machine,”", "Ann Pike")], id="writers-participle-after-it"),
    pytest.param("Much of the anger was directed at Reyes, who Ann Pike on Wednesday called “a reckless, "
                 "shameless harbour boss.”",
                 [("direct", "a reckless, shameless harbour boss.", "Ann Pike")], id="who-X-called"),
    pytest.param("The estimate was $2 billion, which Ann Pike called “a disgrace.”",
                 [("mixed", "“a disgrace.”", "Ann Pike")], id="which-X-called"),
    pytest.param("A third option would be what Jeff Moss called a “let every harbour set its own fares” approach.",
                 [("mixed", "a “let every harbour set its own fares” approach", "Jeff Moss")], id="what-X-called"),
    # a title in lower case before the name, with or without a possessive
    pytest.param("The plan led to what aide Ben Ortiz called “a turning point for the harbour.”",
                 [("direct", "a turning point for the harbour.", "Ben Ortiz")], id="what-aide-X-called"),
    pytest.param("The plan led to what his aide Ben Ortiz called “a turning point for the harbour” in a book.",
                 [("direct", "a turning point for the harbour", "Ben Ortiz")], id="what-his-aide-X-called"),
    # where the quoted words were written, after them, is no second report
    pytest.param("The plan led to what Ben Ortiz called “a turning point for the harbour” in his 2004 memoir "
                 "Harbor Days.",
                 [("direct", "a turning point for the harbour", "Ben Ortiz")], id="called-then-in-his-book"),
    pytest.param("Ann Pike wrote, “We will win,” in a letter to supporters on Monday.",
                 [("direct", "We will win,", "Ann Pike")], id="wrote-then-in-a-letter"),
    # guard: a book inside an accusation is what was said
    pytest.param("Ann Pike accused the label of holding back the music in an upcoming documentary about her life.",
                 [("indirect", "the label of holding back the music in an upcoming documentary about her life",
                   "Ann Pike")], id="a-documentary-inside-the-accusation"),
    # "as X calls it", present tense as "called it"
    pytest.param("Satellites became, as Ann Pike calls it, “cell towers in the sky.”",
                 [("direct", "cell towers in the sky.", "Ann Pike")], id="as-x-calls-it"),
    pytest.param("Drones became, as the Drone Industry Association calls them, “taxis in the sky.” That came in "
                 "2012, with the launch of the D1, which the Dutch firm Aerolift describes as “the first true taxi.”",
                 [("direct", "taxis in the sky.", "Drone Industry Association"),
                  ("mixed", "as “the first true taxi.”", "Aerolift")], id="as-x-calls-them-then-another-source"),
    # a semicolon ends the name given; a list after "called for" goes on
    pytest.param("Governor Ann Pike calls it her “duty to the town”; rivals call it stubbornness.",
                 [("mixed", "her “duty to the town”", "Ann Pike")], id="calls-it-then-a-semicolon"),
    pytest.param("Governor Ann Pike called for higher taxes; more police; and better schools.",
                 [("indirect", "higher taxes; more police; and better schools", "Ann Pike")], id="called-for-a-list"),
]

# naming, not speech: nobody calls these anything in the sentence
NAMED_THINGS = [
    pytest.param("A ferry captain in Dover built a website called “Sail Away If Pike Wins” that promotes the "
                 "harbour as a refuge.", id="a-website-called"),
    pytest.param("Pike has pointed to research that could lead to what’s today called “regenerative "
                 "medicine.”", id="whats-today-called"),
    pytest.param("There is also a weekly column, called “Dock Talk,” in which the mayor writes.",
                 id="a-series-called"),
    pytest.param("A Facebook group called 'We support Dr Lind & co', referring to the epidemiologist, has "
                 "garnered some 85,000 members.", id="a-group-called-a-sentence-in-marks"),
    pytest.param("A Facebook group called “We support Dr Lind”, referring to the epidemiologist, has garnered "
                 "some 85,000 members.", id="a-group-called-a-sentence-in-double-marks"),
]


@pytest.mark.parametrize("body, expected", CALLED_WITH_QUOTED_WORDS)
def test_called_with_quoted_words(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("body", NAMED_THINGS)
def test_things_called_by_a_name_are_no_quotations(body):
    assert extract_quotes(Article(id="t", text="County news\n\n" + body)) == []


# an adverb after an apposition or an aside: "X, a critic, later said"
ADVERB_AFTER_AN_APPOSITION = [
    pytest.param("Senator Al Moss, a longtime critic, later said he would vote for the plan.",
                 [("indirect", "he would vote for the plan", "Al Moss")], id="apposition-later-said"),
    pytest.param("Senator Al Moss, who has often clashed with the governor, then said he would vote for it.",
                 [("indirect", "he would vote for it", "Al Moss")], id="aside-then-said"),
    pytest.param("His remarks were derided by Tom Reed, the chair of the ferry union in North Kellard, "
                 "who suggested that the mayor stay silent.",
                 [("indirect", "the mayor stay silent", "Tom Reed")], id="who-after-a-description"),
    pytest.param("The position was backed by Sen. Nora Vance of Dover, the ranking Democrat on the "
                 "harbour panel, who said not one of the memos came from her.",
                 [("indirect", "not one of the memos came from her", "Nora Vance")],
                 id="who-after-name-of-place-and-description"),
]


ADVERB_AFTER_AN_APPOSITION += [
    pytest.param("At a news conference today, officials in Marion County, Oregon — where Salem is located — "
                 "announced that they have spent more than $11 million on cameras.",
                 [("indirect", "they have spent more than $11 million on cameras", "officials in Marion County")],
                 id="a-state-after-a-comma-closes-the-place"),
    pytest.param("Ann Lee of Kellard, South Carolina says she truly thinks Fisk can win.",
                 [("indirect", "she truly thinks Fisk can win", "Ann Lee")], id="a-resident-of-town-state"),
    pytest.param("In Paris, France said it would not sign the deal.",
                 [("indirect", "it would not sign the deal", "France")], id="a-country-after-an-opener"),
]


@pytest.mark.parametrize("body, expected", ADVERB_AFTER_AN_APPOSITION)
def test_subjects_before_an_adverb_or_a_who_clause(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A second report inside the phrase that names the speaker, and a day's possessive
# that is the reported clause's subject, not an adjunct
SECOND_REPORTS_AND_DAY_POSSESSIVES = [
    # "more than half", "more than 4 in 10": a share of people opening the second report
    pytest.param("Most voters said they were worried, and more than half said the mayor would be best.",
                 [("indirect", "they were worried", "most voters"),
                  ("indirect", "the mayor would be best", "more than half")], id="and-more-than-half-said"),
    pytest.param("Three-quarters of the riders said they were anxious, and more than 3 in 10 said the ferry should be sold.",
                 [("indirect", "they were anxious", "Three-quarters of the riders"),
                  ("indirect", "the ferry should be sold", "more than 3 in 10")], id="and-more-than-3-in-10-said"),
    # "and" with no comma: a second speaker's report once the first has its verb
    pytest.param("In the poll, 21 percent said they were unsure and 14 percent said they would skip the ballot.",
                 [("indirect", "they were unsure", "21 percent"), ("indirect", "they would skip the ballot", "14 percent")],
                 id="and-14-percent-said"),
    pytest.param("Many Teamsters said they will not join the strike and others said they are not interested.",
                 [("indirect", "they will not join the strike", "Many Teamsters"),
                  ("indirect", "they are not interested", "others")], id="and-others-said-after-will"),
    # … but a subject of two parts inside the report is no second speaker
    pytest.param("Pollster Dan Fisk said his phone surveys and other data show that riders back the plan.",
                 [("indirect", "his phone surveys and other data show that riders back the plan", "Dan Fisk")],
                 id="a-report-whose-subject-has-two-parts"),
    pytest.param("“I don't want to anger the harbour master,” said one former deckhand, who said he "
                 "quit on friendly terms.",
                 [("direct", "I don't want to anger the harbour master,", "one former deckhand"),
                  ("indirect", "he quit on friendly terms", "one former deckhand")],
                 id="closing-speaker-who-said"),
    pytest.param("“Sales are up a little,” said Tom Harvey, who noted that the price of some farms had "
                 "fallen by half.",
                 [("direct", "Sales are up a little,", "Tom Harvey"),
                  ("indirect", "the price of some farms had fallen by half", "Tom Harvey")],
                 id="closing-named-speaker-who-noted"),
    pytest.param("“Sales are up a little,” said Tom Harvey, though he added that the price of some farms had "
                 "fallen by half.",
                 [("direct", "Sales are up a little,", "Tom Harvey"),
                  ("indirect", "the price of some farms had fallen by half", "Tom Harvey")],
                 id="closing-named-speaker-though-he-added"),
    pytest.param("But this will not be enough, said Ruth Abel, a senior analyst at Pell, who added that the "
                 "company has vowed to cut costs.",
                 [("indirect", "this will not be enough", "Ruth Abel"),
                  ("indirect", "the company has vowed to cut costs", "Ruth Abel")],
                 id="closing-named-speaker-and-apposition-who-added"),
    pytest.param("“It was a mistake,” said Lena Ortiz, who declined to say who she plans to vote for.",
                 [("direct", "It was a mistake,", "Lena Ortiz")], id="named-speaker-who-declined-to-say"),
    pytest.param("“It was a mistake,” said one official, who asked not to be named.",
                 [("direct", "It was a mistake,", "one official")], id="who-asked-not-to-be-named"),
    pytest.param("The plan drew protests from Ben Ortiz, a pilot from Kellard, who said he is close "
                 "to the owners.",
                 [("indirect", "he is close to the owners", "Ben Ortiz")],
                 id="who-after-a-name-after-a-preposition-and-its-apposition"),
    # the perfect between "who" and the cue: the antecedent still speaks
    pytest.param("But the council sided with Mayor Ruth Oduya, who has said she does not support raising the levy.",
                 [("indirect", "she does not support raising the levy", "Ruth Oduya")], id="who-has-said"),
    pytest.param("Dan Fisk, who had long said he would debate the governor, changed course on Monday.",
                 [("indirect", "he would debate the governor", "Dan Fisk")], id="who-had-long-said"),
    pytest.param("“Sales are up a little,” said Tom Harvey, who has argued that farm prices are too low.",
                 [("direct", "Sales are up a little,", "Tom Harvey"),
                  ("indirect", "farm prices are too low", "Tom Harvey")], id="closing-named-speaker-who-has-argued"),
    # … and a clause without "that" whose subject is a noun phrase with an auxiliary
    pytest.param("“Sales are up a little,” said Tom Harvey, who said most local growers would not survive the winter.",
                 [("direct", "Sales are up a little,", "Tom Harvey"),
                  ("indirect", "most local growers would not survive the winter", "Tom Harvey")],
                 id="closing-named-speaker-who-said-a-clause-without-that"),
    pytest.param("Fisk and others who hope to scrap the levy said Monday's ruling would make the choice "
                 "even clearer.",
                 [("indirect", "Monday's ruling would make the choice even clearer", "Fisk and others")],
                 id="said-Mondays-decision"),
]


@pytest.mark.parametrize("body, expected", SECOND_REPORTS_AND_DAY_POSSESSIVES)
def test_second_reports_and_day_possessives(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A sentence opening with a subordinate clause: what that clause reports ends where
# the main clause begins, and a participle after the main clause is its subject's.
SUBORDINATE_OPENINGS = [
    pytest.param("When Carla Mendes asked if he could share the questions, Prince Tomas declined, saying "
                 "“I am not comfortable with sharing that.”",
                 [("indirect", "if he could share the questions", "Carla Mendes"),
                  ("direct", "I am not comfortable with sharing that.", "Tomas")], id="when-X-asked-Y-declined-saying"),
    pytest.param("As The Hill reported, Ann Pike was also accused of breaking the rules.",
                 [("indirect", "Ann Pike was also accused of breaking the rules", "The Hill")],
                 id="as-X-reported-still-reports-the-main-clause"),
    pytest.param("After Lee testified, Reed and his staff seemed to turn their attention to her deputies.",
                 [], id="a-cue-ending-the-opening-clause-reports-nothing"),
    pytest.param("While most of her rivals called for a larger naval force to guard the Gulf shipping lanes, "
                 "Mayor Ida Kern leaned toward the governor's approach, noting that the two navies are rivals.",
                 [("indirect", "a larger naval force to guard the Gulf shipping lanes", "most of her rivals"),
                  ("indirect", "the two navies are rivals", "Ida Kern")],
                 id="long-while-clause-then-main-clause-participle"),
    pytest.param("In a March debate, while most of her rivals called for a larger naval force, also known as "
                 "the blue fleet, Kern leaned toward the governor's approach, noting that the two navies are rivals.",
                 [("indirect", "a larger naval force", "most of her rivals"),
                  ("indirect", "the two navies are rivals", "Kern")],
                 id="phrase-of-when-before-while-clause"),
    pytest.param("After modest increases in fares during the coming three years, the harbour board said, they will climb "
                 "sharply after 2029.",
                 [("indirect", "they will climb sharply after 2029", "the harbour board")],
                 id="an-opening-phrase-without-a-verb-is-the-reports-own"),
]


@pytest.mark.parametrize("body, expected", SUBORDINATE_OPENINGS)
def test_subordinate_openings(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# Reports on real pages that had no attribution: a clause without "that" whose subject
# is a long noun phrase, a day between the cue and the clause, an outlet closing the
# sentence with "reports" (not when the sentence already quotes someone else).
MORE_PLAIN_REPORTS = [
    pytest.param("Shopwell confirmed the card details of several customers were compromised.",
                 [("indirect", "the card details of several customers were compromised", "Shopwell")],
                 id="confirmed-a-long-subject-without-that"),
    pytest.param("Shopwell confirmed on Friday the card details of several customers were compromised.",
                 [("indirect", "the card details of several customers were compromised", "Shopwell")],
                 id="confirmed-on-a-day-then-a-clause"),
    pytest.param("The district is considering a new camera system for $600,000, the Lakeside Herald reports.",
                 [("indirect", "The district is considering a new camera system for $600,000",
                   "Lakeside Herald")], id="outlet-reports-closing"),
    pytest.param("He urged the United States to formally declare war on the group that has seized the town.",
                 [("indirect", "the United States to formally declare war on the group that has seized the town",
                   None)], id="declare-war-is-no-report"),
]


MORE_PLAIN_REPORTS += [
    pytest.param("Wary Republicans in the county quickly speculated that Ella Marsh had advance notice.",
                 [("indirect", "Ella Marsh had advance notice", "Wary Republicans in the county")],
                 id="speculated-that"),
    pytest.param("Some board members questioned whether the system will meet the standard it promised.",
                 [("indirect", "whether the system will meet the standard it promised", "some board members")],
                 id="questioned-whether"),
    pytest.param("The suspect was questioned by police for three hours.", [], id="questioned-by-police"),
    pytest.param("Online records revealed her campaign website had been registered in October.",
                 [("indirect", "her campaign website had been registered in October", "Online records")],
                 id="records-revealed-without-that"),
]


@pytest.mark.parametrize("body, expected", MORE_PLAIN_REPORTS)
def test_more_plain_reports(body, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


def test_an_outlet_reporting_a_quoted_sentence_relays_it():
    text = ("County news\n\nKellard High School fans also chanted, “Save the ferry,” referring to the "
            "mayor’s pledge, the Chicago Tribune reports.")
    quotes = extract_quotes(Article(id="t", text=text))
    chant = [q for q in quotes if q.type == "direct"]
    assert [q.text for q in chant] == ["Save the ferry,"]
    assert chant[0].speaker.startswith("Kellard High School")   # the fans' words; the Tribune relays them


# A clause fronted inside the report ("said that every day he came home, he would …")
# is part of it: the writer does not turn back to the speaker at its comma
FRONTED_CLAUSES = [
    pytest.param("Prince Tomas said that every day he came home from work, he would find his wife in tears.",
                 "every day he came home from work, he would find his wife in tears", id="every-day"),
    pytest.param("Ann Pike said that whenever the river rose, she moved the car.",
                 "whenever the river rose, she moved the car", id="whenever"),
]


@pytest.mark.parametrize("body, report", FRONTED_CLAUSES)
def test_fronted_clauses_stay_in_the_report(body, report):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + body))
    assert [q.text for q in quotes] == [report]


# The subject a report's clause really has, not a name inside an object or a list
SUBJECTS_NOT_OBJECTS = [
    # a list of places after "workers in": the workers demanded, not the last cities
    pytest.param("Ms. Vale did support workers in Leeds, Hull and York who demanded a higher minimum wage.",
                 [("indirect", "a higher minimum wage", "workers")], id="workers-in-a-list-of-places-who"),
    # a name after "of" inside a clause is no speaker of the participle after it: the
    # clause's subject is
    pytest.param("Chairman Dale Orton sent the file to the attorney for the District of Kellard, asking "
                 "him to review the fares.",
                 [("indirect", "him to review the fares", "Dale Orton")], id="the-district-of-columbia-asking"),
    # a "who" aside that ends in another body's description: the name it is about speaks
    # ("Ft." ends no sentence)
    pytest.param("Tom Reed, who in those days was a Ft. Kellard member of the Saltmarsh, a club of sailors, "
                 "said that the vote was changing minds.",
                 [("indirect", "the vote was changing minds", "Tom Reed")], id="a-who-aside-then-a-description"),
    # a state after a town closes where someone is: it is no speaker; the person placed is
    pytest.param("Mr. Orton is calming voters after a woman in Kellard, Massachusetts, told him she worries.",
                 [("indirect", "she worries", "a woman")], id="a-woman-in-a-town-and-state-told"),
    # an attitude to the people a restrictive clause describes: they speak, not the attitude
    pytest.param("Mr. Orton and Ms. Vale were both sternly critical of Democrats who suggest the levy is too low.",
                 [("indirect", "the levy is too low", "Democrats")], id="critical-of-people-who-suggest"),
    # someone of the subject's own after a verb and its preposition: they speak, not the verb's words
    pytest.param("She then confides in her husband who believes that the reunion is possible.",
                 [("indirect", "the reunion is possible", "her husband")], id="confides-in-her-husband-who-believes"),
    # a place after "in" is where, never who
    pytest.param("Some skippers at the regatta in Portsmouth said they were glad the issue was raised.",
                 [("indirect", "they were glad the issue was raised",
                   "some skippers at the regatta in Portsmouth")], id="skippers-at-a-regatta-in-a-city"),
    # a report inside a report: the phrase before the inner verb holds the outer cue, and
    # the name it gives comes after that cue, so the inner verb is part of what was said
    pytest.param("In his new book and in an interview, Mr. Hunt said Mr. Ruiz had told party leaders that he "
                 "would not run again.",
                 [("indirect", "Mr. Ruiz had told party leaders that he would not run again", "Hunt")],
                 id="said-someone-had-told"),
    # (a capitalised cue word inside a name is no cue the phrase holds)
    pytest.param("Earlier this month, Super Value revealed that supply chain issues still exist.",
                 [("indirect", "supply chain issues still exist", "Super Value")], id="a-cue-word-in-a-name"),
]


@pytest.mark.parametrize("body, expected", SUBJECTS_NOT_OBJECTS)
def test_the_subject_of_the_report_not_a_name_in_its_object(body, expected):
    assert [q for q in triples(body) if q[2] != ZHANG] == expected


# What follows a cue's adjunct may be no report at all: the adjunct noun's relative clause,
# a second verb of the same subject, an outlet relaying the sentence.
AFTER_AN_ADJUNCT = [
    pytest.param("“Leave my daughter out of this,” Nora Haley shot back in a response that drew a loud cheer "
                 "from the crowd at the arena.",
                 [("direct", "Leave my daughter out of this,", "Nora Haley", None)], id="relative-that-of-the-adjunct"),
    pytest.param("Mara Quill said in a statement that ferry service would resume on Monday.",
                 [("indirect", "ferry service would resume on Monday", "Mara Quill", None)],
                 id="said-in-a-statement-that-C-still-reports"),
    pytest.param("“We will win,” Mara Quill said in a speech that could decide the race for the county seat.",
                 [("direct", "We will win,", "Mara Quill", None)], id="relative-that-with-a-modal"),
    pytest.param("Granted, most voters would have preferred a mayor who tweeted with more care, and spared "
                 "the council from his insults.", [], id="a-second-verb-is-no-report"),
    pytest.param("The receptionist had been battling anxiety before her death, the inquest at Stoke Town Hall "
                 "heard on November 1, reported The Mirror.",
                 [("indirect", "The receptionist had been battling anxiety before her death",
                   "the inquest at Stoke Town Hall", "Mirror")], id="closing-relayed-by-an-outlet"),
    pytest.param("Fighters emerged from tunnels to fire at tanks, residents said and videos from both groups showed.",
                 [("indirect", "Fighters emerged from tunnels to fire at tanks", "residents", None)],
                 id="closing-with-a-second-source"),
    pytest.param("Firms set goals after Mayor Ann Lee announced in 2017 her decision to leave the compact, the "
                 "regional pact on roads.", [("indirect", "her decision to leave the compact, the regional pact on "
                                               "roads", "Ann Lee", None)], id="announced-a-date-then-what"),
]


@pytest.mark.parametrize("body, expected", AFTER_AN_ADJUNCT)
def test_what_follows_an_adjunct_after_the_cue(body, expected):
    quotes = extract_quotes(Article(id="adj", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected


def test_the_second_half_of_a_split_report_after_an_adjunct_is_still_read():
    body = "Roads will close for a week, the council says by a wide margin, and buses will run all night."
    quotes = extract_quotes(Article(id="adj", text="County news\n\n" + body))
    assert any("buses will run all night" in q.text and q.speaker == "the council" for q in quotes)


# "…”; he also notes that …" and "…; she calls for …": a semicolon and a pronoun start a
# report of its own, in the voice of the sentence's subject
SEMICOLON_REPORTS = [
    pytest.param("Kevin Rudd declared that the crash called the orthodoxy into question.\n\nThe economist Joseph "
                 "Stiglitz comments that “rapid liberalization was the cause of the crisis”; he also notes that the "
                 "fund’s policies “exacerbated the downturns.”",
                 [("indirect", "the crash called the orthodoxy into question", "Kevin Rudd"),
                  ("direct", "rapid liberalization was the cause of the crisis", "Joseph Stiglitz"),
                  ("mixed", "the fund’s policies “exacerbated the downturns.”", "Joseph Stiglitz")],
                 id="comments-that-then-he-notes"),
    pytest.param("Senator Ben Ray wants new roads. Governor Ann Lee wants new rail.\n\nRay proposes breaking up the "
                 "road agency; she calls for $275 billion in rail spending.",
                 [("indirect", "breaking up the road agency", "Ben Ray"),
                  ("indirect", "$275 billion in rail spending", "Ann Lee")], id="semicolon-then-she"),
]


@pytest.mark.parametrize("body, expected", SEMICOLON_REPORTS)
def test_a_semicolon_and_a_pronoun_start_a_report_of_their_own(body, expected):
    quotes = extract_quotes(Article(id="semi", text="Economic policy debate\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# Between the subject and its cue: "has long", "has always", "is continuing to",
# "continued to"; a subject with a negated relative clause ("who didn't wish to be
# named"); one of a people ("Another Muslim"); "claims he's" (a contracted verb makes
# the clause). Not "Brock Long said" (a name), nor "polls continuing to show" (a participle).
SUBJECTS_BEFORE_ASPECT_WORDS = [
    pytest.param("Mr. Reed has long said that the port should buy the ferry.",
                 [("indirect", "the port should buy the ferry", "Reed")], id="has-long-said"),
    pytest.param("Mr. Reed has always said the port should buy the ferry.",
                 [("indirect", "the port should buy the ferry", "Reed")], id="has-always-said"),
    pytest.param("Former FEMA chief Brock Long said about 90 percent of staff were deployed.",
                 [("indirect", "about 90 percent of staff were deployed", "Brock Long")], id="Long-is-a-name"),
    pytest.param("Mr. Reed, long said to be a fan, declined to comment.", [], id="long-said-to-be-is-passive"),
    pytest.param("Ann Lee is continuing to insist she can fix the timetable.",
                 [("indirect", "she can fix the timetable", "Ann Lee")], id="is-continuing-to-insist"),
    pytest.param("Ann Lee continued to argue that the tax was unfair.",
                 [("indirect", "the tax was unfair", "Ann Lee")], id="continued-to-argue"),
    pytest.param("The move reflects her fear of polls continuing to show rising anger.", [],
                 id="polls-continuing-to-show-is-a-participle"),
    pytest.param("A deckhand who didn't wish to be named said he would quit the ferry.",
                 [("indirect", "he would quit the ferry", "a deckhand")], id="who-didnt-wish-to-be-named"),
    pytest.param("Another Texan who fished at the pier said he heard the captain shout.",
                 [("indirect", "he heard the captain shout", "Another Texan")], id="another-of-a-people"),
    pytest.param("Fisk claims he's owed $40 million.",
                 [("indirect", "he's owed $40 million", "Fisk")], id="claims-hes"),
]


@pytest.mark.parametrize("body, expected", SUBJECTS_BEFORE_ASPECT_WORDS)
def test_subjects_before_aspect_words(body, expected):
    quotes = extract_quotes(Article(id="asp", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A report inside a subordinate clause that opens the sentence ends where the main
# clause begins; after a gerund, ", and, …," opens the writer's next clause.
REPORTS_IN_AN_OPENING_SUBORDINATE_CLAUSE = [
    pytest.param("While Ann Lee wrongly claimed that the logbooks exist, auditors doubt it.",
                 [("indirect", "the logbooks exist", "Ann Lee")], id="while-X-claimed"),
    pytest.param("Because the mayor said the bridge was safe, drivers kept using it.",
                 [("indirect", "the bridge was safe", "the mayor")], id="because-X-said"),
    pytest.param("When Ann Lee said the videos exist, in her view, nobody believed her.",
                 [("indirect", "the videos exist, in her view", "Ann Lee")], id="when-X-said-then-an-adjunct"),
    pytest.param("As Ann Lee said, the videos exist.",
                 [("indirect", "the videos exist", "Ann Lee")], id="as-X-said-reports-the-main-clause"),
    pytest.param("Ann Lee has denied taking the money, and, as she has said before, the audit was flawed.",
                 [("indirect", "taking the money", "Ann Lee")], id="gerund-then-and-comma"),
]


@pytest.mark.parametrize("body, expected", REPORTS_IN_AN_OPENING_SUBORDINATE_CLAUSE)
def test_reports_in_an_opening_subordinate_clause(body, expected):
    quotes = extract_quotes(Article(id="sub", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# "warned against X", "warned of X": a speech act whose content is its object
WARNED_AGAINST_AND_OF = [
    pytest.param("Pike warned against the old feuds once again stirring in Kellard.",
                 [("indirect", "the old feuds once again stirring in Kellard", "Pike")], id="warned-against"),
    pytest.param("Fisk warned against the “wild fantasies” of a harbour bailout.",
                 [("mixed", "the “wild fantasies” of a harbour bailout", "Fisk")], id="warned-against-a-fragment"),
    pytest.param("The skipper, who backs Fisk, warned of a “brutal” fight ahead that could sink the union.",
                 [("mixed", "a “brutal” fight ahead that could sink the union", "the skipper")], id="warned-of"),
    pytest.param("The weather service issued a warning of severe storms on Tuesday.", [], id="a-warning-of-is-a-noun"),
]


@pytest.mark.parametrize("body, expected", WARNED_AGAINST_AND_OF)
def test_warned_against_and_of(body, expected):
    quotes = extract_quotes(Article(id="warn", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A subject with an apposition holding its own relative clause ("Acme, a company that
# makes shoes, said …"): the name speaks, and what follows "said" is never read as a
# speaker ("bookings fell 90 percent" was one)
APPOSITIONS_WITH_A_THAT_CLAUSE = [
    pytest.param("Acme, a company that makes shoes, said the plant would close.",
                 [("indirect", "the plant would close", "Acme")], id="company-that-makes"),
    pytest.param("Zorblax, a nonprofit that tracks prices, said bookings fell 90 percent this spring.",
                 [("indirect", "bookings fell 90 percent this spring", "Zorblax")], id="nonprofit-that-tracks"),
    pytest.param("Critics say that the plan, a scheme that costs billions, is flawed.",
                 [("indirect", "the plan, a scheme that costs billions, is flawed", "critics")],
                 id="inside-a-report-stays-in-it"),
]


@pytest.mark.parametrize("body, expected", APPOSITIONS_WITH_A_THAT_CLAUSE)
def test_appositions_with_a_that_clause(body, expected):
    quotes = extract_quotes(Article(id="app", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# "her" before a noun is a possessive, as "his" is: "Her spokesman said …" names a
# speaker (it was read as the object pronoun, and the quotation went to the last speaker);
# "that night" is a time inside the subject's aside, not a clause's "that"
POSSESSIVE_AND_DEMONSTRATIVE_SUBJECTS = [
    pytest.param("Ann Lee, the mayor, spoke on Monday. Her spokesman said the bridge would close.",
                 [("indirect", "the bridge would close", "her spokesman")], id="her-spokesman-said"),
    pytest.param("Ann Lee spoke on Monday. “Don’t forget the bridge,” her son said.",
                 [("direct", "Don’t forget the bridge,", "her son")], id="quote-her-son-said"),
    pytest.param("Ann Lee, recounting what happened that night, said the bridge was shaking.",
                 [("indirect", "the bridge was shaking", "Ann Lee")], id="aside-with-that-night"),
    pytest.param("The mother, recounting what her son told her that night, said the bridge was shaking.",
                 [("indirect", "the bridge was shaking", "the mother")], id="what-her-son-told-her"),
    # (a report after "what he said": his, the verb taking a clause)
    pytest.param("Ann Lee spoke on Monday. She focused on what she said were the failures of the council.",
                 [("indirect", "were the failures of the council", "Ann Lee")], id="what-she-said-were"),
    pytest.param("Officials said that day care centers would close.",
                 [("indirect", "day care centers would close", "officials")], id="said-that-day-care"),
]


@pytest.mark.parametrize("body, expected", POSSESSIVE_AND_DEMONSTRATIVE_SUBJECTS)
def test_possessive_and_demonstrative_subjects(body, expected):
    quotes = extract_quotes(Article(id="her", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A share named by its fraction, with its percentage as an apposition, says what those
# polled said ("Just over a quarter, 27 percent, say …" gave nothing)
SHARES_AS_SUBJECTS = [
    pytest.param("Just over a quarter, 27 percent, say they will ride the ferry less.",
                 [("indirect", "they will ride the ferry less", "Just over a quarter")], id="just-over-a-quarter"),
    pytest.param("About two-thirds of voters say they will vote for the mayor.",
                 [("indirect", "they will vote for the mayor", "About two-thirds of voters")], id="about-two-thirds"),
]


@pytest.mark.parametrize("body, expected", SHARES_AS_SUBJECTS)
def test_shares_by_their_fraction_as_subjects(body, expected):
    quotes = extract_quotes(Article(id="share", text="Poll news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A name with its role before it, then an apposition counting it among others ("one of the
# signatories"): the named person speaks (was no report)
ONE_OF_APPOSITIONS = [
    pytest.param("The Kellard poet Nora Vance, one of the signatories, told listeners at a book fair "
                 "in Harbor last week that the remarks were shameful.",
                 [("indirect", "the remarks were shameful", "Nora Vance")], id="role-name-one-of-the"),
    # (a description alone before it is read no further)
    pytest.param("The novelist, one of the signatories, said the comments were intolerable.", [],
                 id="description-one-of-the"),
]


@pytest.mark.parametrize("body, expected", ONE_OF_APPOSITIONS)
def test_a_name_before_a_one_of_apposition_speaks(body, expected):
    quotes = extract_quotes(Article(id="one", text="County news today\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# An occasion of speaking opening the sentence without its comma, then a pronoun: the
# pronoun is the subject, whom the sentence before names
OCCASION_BEFORE_A_PRONOUN = [
    pytest.param("Health Minister Colm Ready was asked about the row. Speaking on Morning Radio he bypassed the "
                 "question, saying “It is not about who is right.”",
                 [("It is not about who is right.", "Colm Ready")], id="speaking-on-a-programme-he-then-saying"),
    pytest.param("Health Minister Colm Ready was asked about the row. Writing in the Dublin Herald he said the plan "
                 "would fail.", [("the plan would fail", "Colm Ready")], id="writing-in-a-paper-he-said"),
    pytest.param("Tom Reed spoke first. Speaking to reporters on Monday he warned that the plan would fail.",
                 [("the plan would fail", "Tom Reed")], id="speaking-to-reporters-on-a-day-he-warned"),
]


@pytest.mark.parametrize("text, expected", OCCASION_BEFORE_A_PRONOUN)
def test_an_occasion_without_its_comma_leaves_the_pronoun_the_subject(text, expected):
    quotes = extract_quotes(Article(id="occasion", text="Row\n\n" + text))
    assert [(q.text, q.speaker) for q in quotes] == expected
