"""Reported clauses (`attribution.reported`): what a speaker-first attribution reports
after its cue — past an audience, an adjunct or "that", up to where the writer turns
back to the speaker; nothing when only how or when it was said follows."""
from __future__ import annotations

import pytest

from attribution_cases import triples

CLAUSES = [
    # an adjunct opening the reported clause is not the whole report
    pytest.param("Mayor Dan Fisk said on Friday that on a trip to Kellard this spring, he would be obliged to "
                 "calm the ferry owners.",
                 [("indirect", "on a trip to Kellard this spring, he would be obliged to calm the ferry owners",
                   "Dan Fisk")], id="an-adjunct-then-the-main-clause"),
    # … but after an opening "as …" adjunct the pronoun's clause is the report's own main clause
    pytest.param("Mayor Ann Lee added that as the town’s first female mayor, she considers herself an advocate.",
                 [("indirect", "as the town’s first female mayor, she considers herself an advocate", "Ann Lee")],
                 id="as-an-adjunct-then-the-main-clause"),
    # the speaker's next act in a list of them, naming or attacking someone, ends the report
    pytest.param("Dan Fisk suggested the storm was behind the delay, called her “third-rate” and left.",
                 [("indirect", "the storm was behind the delay", "Dan Fisk")], id="a-list-of-acts-after-the-report"),
    pytest.param("Ann Lee said the firm hired workers, paid them and closed the plant.",
                 [("indirect", "the firm hired workers, paid them and closed the plant", "Ann Lee")],
                 id="the-reports-own-list-of-acts"),
    # "but" and the speaker's next predicate end the report; a passive after it is the
    # report's own subject's
    pytest.param("Ann Lee said the plan was sound but has withheld her vote.",
                 [("indirect", "the plan was sound", "Ann Lee")], id="but-has-the-speakers-next-act"),
    pytest.param("The mayor said the plan was sound but was vague about the cost.",
                 [("indirect", "the plan was sound", "the mayor")], id="but-was-an-adjective-the-speakers"),
    pytest.param("Police said the driver tried to flee but was caught by officers near the river.",
                 [("indirect", "the driver tried to flee but was caught by officers near the river", "police")],
                 id="but-was-a-passive-the-reports-own"),
    # where the act happened, and nothing said: no report ("argued outside the bar")
    pytest.param("The two men argued outside the bar.", [], id="argued-outside-a-place"),
    pytest.param("The mayor said outside the court that the ruling was wrong.",
                 [("indirect", "the ruling was wrong", "the mayor")], id="said-outside-a-place-that"),
    # "sometime" opens an adjunct like "later" does
    pytest.param("Tom Pike told police that sometime last week, he realized the boat was gone.",
                 [("indirect", "sometime last week, he realized the boat was gone", "Tom Pike")],
                 id="sometime-then-the-main-clause"),
    # a semicolon right after the cue: what was said is before it, the next clause the writer's
    pytest.param("To win the seat, candidates need about a third of the rural vote, analysts say; in 2012, "
                 "Dan Fisk won a fifth.",
                 [("indirect", "To win the seat, candidates need about a third of the rural vote", "analysts")],
                 id="a-semicolon-after-the-cue"),
    pytest.param("Mayor Dan Fisk said the pier would reopen, he appears uneasy about the cost.",
                 [("indirect", "the pier would reopen", "Dan Fisk")], id="the-writer-back-to-the-speaker"),
    pytest.param("Mayor Dan Fisk said both rivals are “non-entities in the council,” but he gave one a compliment.",
                 [("mixed", "both rivals are “non-entities in the council,”", "Dan Fisk")],
                 id="the-writer-back-to-the-speaker-after-a-quoted-phrase"),
    # (but a quotation's own closing attribution is no clause of the writer's)
    pytest.param("Mayor Dan Fisk asserted that the town had lost its way: “The town is no longer itself,” he claimed.",
                 [("indirect", "the town had lost its way", "Dan Fisk"),
                  ("direct", "The town is no longer itself,", "Dan Fisk")],
                 id="a-quotation-closed-by-its-own-pronoun-and-cue"),
    pytest.param("Mayor Dan Fisk vowed to rebuild the pier - redirecting the city's budget inward.",
                 [("indirect", "to rebuild the pier", "Dan Fisk")], id="an-infinitive-is-no-adjunct"),
    # an aside on the report's own subject, whose verb comes after it
    pytest.param("People close to the talks say that Gov. Nora Vance, who will cast the deciding vote, has "
                 "disclosed very little.",
                 [("indirect", "Gov. Nora Vance, who will cast the deciding vote, has disclosed very little",
                   "people close to the talks")], id="a-who-aside-inside-the-reported-subject"),
    # a report that opens on an adjunct goes on to its own subject, even one with a cue
    pytest.param("Tom Reed recalled that at one point during the protests, a demonstrator publicly called for a bounty.",
                 [("indirect", "at one point during the protests, a demonstrator publicly called for a bounty",
                   "Tom Reed")], id="that-an-adjunct-then-a-clause-with-a-cue"),
    pytest.param("Tom Reed said that when the storm came, officials warned residents to leave.",
                 [("indirect", "when the storm came, officials warned residents to leave", "Tom Reed")],
                 id="that-a-when-clause-then-a-clause-with-a-cue"),
    pytest.param("Tom Reed said in a radio chat on Friday that she did not want the job and predicted that Ann Lee will win.",
                 [("indirect", "she did not want the job", "Tom Reed"), ("indirect", "Ann Lee will win", "Tom Reed")],
                 id="an-adjunct-before-that-then-a-second-cue"),
    pytest.param("Mayor Dan Fisk praised the harbour master Ana Ruiz, who has rebuilt the pier.",
                 [("indirect", "the harbour master Ana Ruiz", "Dan Fisk")], id="a-who-aside-after-an-object-is-the-writers"),
    pytest.param("“We will pay whatever it costs,” said one councillor involved in the bidding, who asked "
                 "not to be named.",
                 [("direct", "We will pay whatever it costs,", "one councillor involved in the bidding")],
                 id="a-source-by-what-it-is-to-the-matter"),
    # a split report whose attribution has an adjunct: both halves, without the conjunction
    pytest.param("Turnout will be high across the region, Mayor Dan Fisk said on Monday, but the count will take days.",
                 [("indirect", "Turnout will be high across the region", "Dan Fisk"),
                  ("indirect", "the count will take days", "Dan Fisk")], id="a-split-report-after-an-adjunct"),
    # "…, but he said …": the second half has a subject and cue of its own
    pytest.param("“Scrutiny is fair enough,” Mayor Dan Fisk said, but he said he now faces questions about deals "
                 "from decades back.",
                 [("direct", "Scrutiny is fair enough,", "Dan Fisk"),
                  ("indirect", "he now faces questions about deals from decades back", "Dan Fisk")],
                 id="but-he-said-reports-for-itself"),
    pytest.param("Mayor Dan Fisk said the pier would reopen, but he said the money was short.",
                 [("indirect", "the pier would reopen", "Dan Fisk"), ("indirect", "the money was short", "Dan Fisk")],
                 id="but-he-said-after-a-report"),
    # after "wrote about …," a "but" clause is the writer's
    pytest.param("My colleague Ruth Pell wrote about this point in more detail, but it is worth stressing: most "
                 "unions have not endorsed anyone.", [], id="wrote-about-then-but"),
    # an adjunct between commas, then "that": the report starts after "that"
    pytest.param("The minister said, after the 2008 crash, that the planned cuts would be deeper than before.",
                 [("indirect", "the planned cuts would be deeper than before", "the minister")],
                 id="an-adjunct-between-commas-then-that"),
    pytest.param("Mayor Dan Fisk said, in an interview on Monday, that the pier would reopen.",
                 [("indirect", "the pier would reopen", "Dan Fisk")], id="in-an-interview-between-commas-then-that"),
    # a related-link box or a licence set all in capitals is no report
    pytest.param("THE SOFTWARE IS WARRANTED, IF AT ALL, ONLY ACCORDING TO THE TERMS OF THE LICENSE AGREEMENT.", [],
                 id="a-licence-in-capitals"),
    pytest.param("EXCEPT WHEN OTHERWISE STATED IN WRITING THE COPYRIGHT HOLDERS PROVIDE THE PROGRAM AS IS WITHOUT "
                 "WARRANTY OF ANY KIND.", [], id="a-licence-in-capitals-2"),
    # ", and has championed …": the speaker's next predicate, no part of the report
    pytest.param("Mayor Dan Fisk insists the port must stay a place of trade, and has backed a plan of new levies.",
                 [("indirect", "the port must stay a place of trade", "Dan Fisk")], id="and-has-then-a-participle"),
    # a relative clause on a report's object with a reporter of its own: its own report
    pytest.param("Mayor Dan Fisk criticized the harbour plan, which a council review said was badly flawed from the start.",
                 [("indirect", "the harbour plan", "Dan Fisk"),
                  ("indirect", "was badly flawed from the start", "a council review")], id="which-a-review-said"),
    # a report in a relative clause on the sentence's subject ends where the main verb comes back
    pytest.param("The ferry rules, which officials said will come into force over the coming weeks, will not cover "
                 "the fishing fleet or any of the boats tied up in the old harbour.",
                 [("indirect", "will come into force over the coming weeks", "officials")], id="which-officials-said-then-main-verb"),
    # … but inside a clause a speaker reports, the relative clause is the speaker's words
    pytest.param("Mayor Dan Fisk said the harbour plan, which some have argued was rushed, was an insult to the town.",
                 [("indirect", "the harbour plan, which some have argued was rushed, was an insult to the town",
                   "Dan Fisk")], id="which-some-argued-inside-a-report"),
    # "said it best": how well it was said; the words come after
    pytest.param("Ruth Pell said it best when she blogged: “Politics is a mess and nobody will clean it up.”",
                 [("direct", "Politics is a mess and nobody will clean it up.", "Ruth Pell")],
                 id="said-it-best-reports-nothing-itself"),
    pytest.param("Ruth Pell said this during the summit.", [], id="said-this-during"),
    pytest.param("James Madison, the father of our Constitution, put it very well and I am paraphrasing.", [],
                 id="put-it-very-well"),
    # an attribution inside brackets reports nothing outside them
    pytest.param("She worried whether her poor poll numbers (at one stage as poor as 19%, Dr. Ann Lee says) hurt her husband.", [],
                 id="an-aside-in-brackets"),
    # an aside interrupting a relative clause reports the rest of it, not the sentence before
    pytest.param("The mayor backed the new commission, which, critics say, does not include enough specialists.",
                 [("indirect", "does not include enough specialists", "critics")], id="which-critics-say"),
    pytest.param("The board hired Ana Ruiz, who, her colleagues said, had never run a port before.",
                 [("indirect", "had never run a port before", "her colleagues")], id="who-her-colleagues-said"),
    pytest.param("The panel will last six months and which, critics say, lacks a single doctor.",
                 [("indirect", "lacks a single doctor", "critics")], id="and-which-critics-say"),
    # a demonstrative "that" is the subject of the report, not a relative pronoun
    pytest.param("That, the strategists say, will be easier once the field narrows.",
                 [("indirect", "That, the strategists say, will be easier once the field narrows", "the strategists")],
                 id="that-the-strategists-say"),
    # what a verb of writing takes as a determined noun phrase is the thing written
    pytest.param("Reed said his partner Ben Ortiz wrote a batch of fresh tunes for the record.",
                 [("indirect", "his partner Ben Ortiz wrote a batch of fresh tunes for the record", "Reed")],
                 id="wrote-songs-inside-a-report"),
    pytest.param("The mayor wrote a commentary for the Harbor Ledger, the county's biggest paper.", [],
                 id="wrote-a-commentary"),
    pytest.param("The mayor wrote the deal is dead.", [("indirect", "the deal is dead", "the mayor")],
                 id="wrote-a-bare-clause"),
    # "what X says about Y": a free relative, what is said its object, unless a verb or a colon follows
    pytest.param("I am not able to see what the data says about me, let alone correct any mistakes.", [],
                 id="what-the-data-says-about-me"),
    pytest.param("Adults recognize what the research tells us: that youths struggle with long lists of rules.",
                 [("indirect", "youths struggle with long lists of rules", "the research")],
                 id="what-the-research-tells-us-colon"),
    # "that" after a preposition is a pronoun, never the start of the report
    pytest.param("Mayor Dan Fisk hopes to sell some of that at the market in December.", [],
                 id="some-of-that-is-a-pronoun"),
    pytest.param("Mayor Dan Fisk said at that time that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Dan Fisk")], id="at-that-time-that"),
    # a gerund after the cue's preposition is what was said, to the phrase's end
    pytest.param("From his first days in office, when Mayor Dan Fisk insisted on paying his own bills, the city has "
                 "trusted him.", [("indirect", "paying his own bills", "Dan Fisk")], id="insisted-on-a-gerund"),
    pytest.param("Mayor Dan Fisk insisted on Tuesday that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Dan Fisk")], id="insisted-on-a-weekday-that"),
    # a speech act whose object is a pronoun and at most a time, place or manner reports no words
    pytest.param("She brought new money to the Senate and defended it despite criticism.", [], id="defended-it-despite"),
    pytest.param("Mayor Dan Fisk praised him on Tuesday.", [], id="praised-him-on-a-day"),
    pytest.param("Mayor Dan Fisk thanked them publicly.", [], id="thanked-them-publicly"),
    pytest.param("Mayor Dan Fisk praised him for his courage.",
                 [("indirect", "him for his courage", "Dan Fisk")], id="praised-him-for-something"),
    pytest.param("Mayor Dan Fisk urged them to vote.", [("indirect", "them to vote", "Dan Fisk")], id="urged-them-to"),
    pytest.param("Mayor Dan Fisk accused him of lying.", [("indirect", "him of lying", "Dan Fisk")], id="accused-him-of"),
    pytest.param("Mayor Dan Fisk was calling him “the most careless man in the city.”",
                 [("mixed", "him “the most careless man in the city.”", "Dan Fisk")], id="calling-him-a-quoted-name"),
    # "that" with an auxiliary right after it is the report's demonstrative subject
    pytest.param("Critics blamed the rivalry. But Mayor Dan Fisk said that had nothing to do with his decision.",
                 [("indirect", "the rivalry", "critics"),
                  ("indirect", "that had nothing to do with his decision", "Dan Fisk")], id="said-that-had"),
    pytest.param("Mayor Dan Fisk told reporters that wasn't true.",
                 [("indirect", "that wasn't true", "Dan Fisk")], id="told-reporters-that-wasnt"),
    pytest.param("Mayor Dan Fisk answered with a retort that sounded borrowed from his opponent: “Stop whining at me.”",
                 [("direct", "Stop whining at me.", "Dan Fisk")], id="a-noun-then-a-relative-that"),
    pytest.param("Mayor Dan Fisk said that the bridge would reopen.",
                 [("indirect", "the bridge would reopen", "Dan Fisk")], id="said-that-a-clause"),
    pytest.param("Mayor Dan Fisk said that, if elected, he would cut taxes.",
                 [("indirect", "if elected, he would cut taxes", "Dan Fisk")], id="said-that-comma-a-clause"),
    # an intensifier before the subordinator: the main clause after its comma is still the report
    pytest.param("Mayor Dan Fisk said that even once he leaves office, he will keep pushing for the bridge.",
                 [("indirect", "even once he leaves office, he will keep pushing for the bridge", "Dan Fisk")],
                 id="said-that-even-after-a-clause"),
    pytest.param("Mayor Dan Fisk said just before the vote, the council would meet again.",
                 [("indirect", "just before the vote, the council would meet again", "Dan Fisk")],
                 id="said-just-before-a-clause"),
    # "soon after …" after a quotation's cue is when it was said
    pytest.param("“A great day for our town! We will win,” Mayor Dan Fisk tweeted soon after the council concluded "
                 "its third hearing on Tuesday.",
                 [("direct", "A great day for our town! We will win,", "Dan Fisk")], id="tweeted-soon-after"),
    pytest.param("Mayor Dan Fisk said soon the town would have a new bridge.",
                 [("indirect", "soon the town would have a new bridge", "Dan Fisk")], id="said-soon-a-clause"),
    # a shout or a whisper reports a clause or a quotation, not a thing shouted or what came next
    pytest.param("At the fair, audience members shouted out absurd questions and the host replied with jokes.", [],
                 id="shouted-out-questions"),
    pytest.param("The fisherman shouted and waved a sign that was soon snatched from him.", [], id="yelled-and-did"),
    pytest.param("Mayor Dan Fisk whispered something to his aide before leaving.", [], id="whispered-something"),
    pytest.param("I stood outside the door, as Mayor Dan Fisk methodically whispered words and dates to himself.", [],
                 id="whispered-words-closes-nothing"),
    pytest.param("The bridge is safe, Mayor Dan Fisk whispered to his aide.",
                 [("indirect", "The bridge is safe", "Dan Fisk")], id="whispered-to-someone-closes"),
    pytest.param("Mayor Dan Fisk yelled at the driver during the parade.", [], id="yelled-at-someone"),
    pytest.param("Mayor Dan Fisk shouted the vote had been rigged.",
                 [("indirect", "the vote had been rigged", "Dan Fisk")], id="shouted-a-clause"),
    pytest.param("Mayor Dan Fisk yelled at reporters that the vote had been rigged.",
                 [("indirect", "the vote had been rigged", "Dan Fisk")], id="yelled-at-someone-that"),
    # ", as he …" after the report is the writer describing the speaker again (not the
    # aside ", as he later explained,")
    pytest.param("Mayor Dan Fisk told lawmakers it was his duty to report the fault, as he deflected attacks on "
                 "his record.",
                 [("indirect", "it was his duty to report the fault", "Dan Fisk")], id="as-he-then-the-writers-clause"),
    # ", who …" after the report is the writer's aside, unless it quotes the speaker
    pytest.param("Mayor Dan Fisk said the money would go to Ann Lee, who has been battered by the floods.",
                 [("indirect", "the money would go to Ann Lee", "Dan Fisk")], id="who-the-writers-aside"),
    pytest.param("Mayor Dan Fisk points out that the college trains nurses, who need an education “which has to be "
                 "in person”.",
                 [("mixed", "the college trains nurses, who need an education “which has to be in person”", "Dan Fisk")],
                 id="who-quoting-the-speaker"),
    pytest.param("Mayor Dan Fisk said he learned much from his friend Ann Lee, who revealed “the prankster in him.”",
                 [("indirect", "he learned much from his friend Ann Lee", "Dan Fisk")], id="who-speaking-herself"),
    pytest.param("The harbour pilots say they will keep working alongside the new ferry crews, who have been criticised "
                 "by the union and by the port manager’s finding that they were “badly trained.”",
                 [("indirect", "they will keep working alongside the new ferry crews", "the harbour pilots")],
                 id="who-quoting-someone-later"),
    pytest.param("In the video, Mayor Dan Fisk says she wanted an appointment, and then he sits down.",
                 [("indirect", "she wanted an appointment", "Dan Fisk")], id="and-then-he-the-writers-clause"),
    pytest.param("Mayor Dan Fisk said the fare surge, as he later explained, was a balloon that might pop.",
                 [("indirect", "the fare surge, as he later explained, was a balloon that might pop", "Dan Fisk")],
                 id="as-he-explained-an-aside"),
    # how much was said is no report; a clause whose subject is the quantity is
    pytest.param("Mayor Dan Fisk didn't say anything to that.", [], id="didnt-say-anything"),
    pytest.param("Mayor Dan Fisk said nothing about the plan on Tuesday.", [], id="said-nothing-about"),
    pytest.param("If they did not come knocking, Mayor Dan Fisk would not say anything himself.", [],
                 id="not-say-anything-closes-nothing"),
    pytest.param("Mayor Dan Fisk said little has changed.",
                 [("indirect", "little has changed", "Dan Fisk")], id="said-little-has-changed"),
    pytest.param("Mayor Dan Fisk said much of the town would flood.",
                 [("indirect", "much of the town would flood", "Dan Fisk")], id="said-much-of-the-town"),
    # words said before, or the ones wanted, are no report of any; a clause about the same thing is
    pytest.param("Mayor Dan Fisk said the same thing about the plan.", [], id="said-the-same-thing"),
    pytest.param("Mayor Dan Fisk said much the same.", [], id="said-much-the-same"),
    pytest.param("Mayor Dan Fisk said all the right things.", [], id="said-all-the-right-things"),
    pytest.param("Mayor Dan Fisk said the same thing could happen here.",
                 [("indirect", "the same thing could happen here", "Dan Fisk")], id="said-the-same-thing-could"),
    pytest.param("Mayor Dan Fisk said the same rules apply to everyone.",
                 [("indirect", "the same rules apply to everyone", "Dan Fisk")], id="said-the-same-rules-apply"),
    # a noun's own "that" is no report ("announcement … that"), but the writing the words came
    # in is ("said in a statement that"); a time clause after a closed quotation is when
    pytest.param("“The bridge is safe,” Mayor Dan Fisk said, just prior to the council’s announcement Friday "
                 "that it would close the bridge.",
                 [("direct", "The bridge is safe,", "Dan Fisk")], id="said-just-prior-to-an-announcement-that"),
    pytest.param("Mayor Dan Fisk called a meeting on Monday, responding to news that the bridge had cracked.", [],
                 id="responding-to-news-that"),
    pytest.param("Mayor Dan Fisk said in a statement that ferry fares would hold.",
                 [("indirect", "ferry fares would hold", "Dan Fisk")], id="said-in-a-statement-that"),
    # an occasion's own relative "that" is no report: the report, if any, comes after it
    pytest.param("“The bridge is safe,” Mayor Dan Fisk told Harbor News during an interview that also included "
                 "his deputy.",
                 [("direct", "The bridge is safe,", "Dan Fisk")], id="an-interview-that-included"),
    pytest.param("“The bridge is safe,” Mayor Dan Fisk said in a video that was posted on Facebook.",
                 [("direct", "The bridge is safe,", "Dan Fisk")], id="a-video-that-was-posted"),
    pytest.param("Mayor Dan Fisk told Harbor News in an interview that aired Sunday that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Dan Fisk")], id="an-interview-that-aired-then-that"),
    pytest.param("Mayor Dan Fisk said in a statement that was released Monday that the bridge was safe.",
                 [("indirect", "the bridge was safe", "Dan Fisk")], id="a-statement-that-was-released-then-that"),
    pytest.param("Mayor Dan Fisk was curt, claiming with no proof at all that the council wanted 40,000 new berths.",
                 [("indirect", "the council wanted 40,000 new berths", "Dan Fisk")],
                 id="claiming-without-evidence-that"),
    # a chant reports its quoted words, and only those
    pytest.param("As Mayor Dan Fisk spoke, the protesters chanted, “Fix the bridge!” as they had all week.",
                 [("direct", "Fix the bridge!", "the protesters")], id="protesters-chanted"),
    pytest.param("The residents marched on the town hall, chanting “Fix the bridge,” raising fresh questions "
                 "about whether the mayor will survive the vote.",
                 [("direct", "Fix the bridge,", "the residents")], id="chanting-then-the-writers-participle"),
    pytest.param("The fans chanted his name for an hour.", [], id="chanted-a-name"),
    # ", a claim X denied": what X denied, not X's report
    pytest.param("The council spent the reserve on consultants, a claim Mayor Dan Fisk denied on Tuesday.", [],
                 id="a-claim-then-who-denied-it"),
    pytest.param("The mill closed because of the new rules, an allegation the company has denied.", [],
                 id="an-allegation-then-who-denied-it"),
    # what was explained or defended, then how: the words are the gerund's
    pytest.param("Mayor Dan Fisk explained the new rules by saying: “The harbour needs them.”",
                 [("direct", "The harbour needs them.", "Dan Fisk")], id="explained-the-rules-by-saying"),
    pytest.param("Mayor Dan Fisk defended the plan by arguing that the harbour needs a second dock.",
                 [("indirect", "the harbour needs a second dock", "Dan Fisk")], id="defended-the-plan-by-arguing"),
    # a speech act the subject was quick, keen or forced to make is made
    pytest.param("Mayor Dan Fisk was quick to add that ferry crossings would go on.",
                 [("indirect", "ferry crossings would go on", "Dan Fisk")], id="was-quick-to-add-that"),
    pytest.param("The forum was so quiet that Mayor Dan Fisk was prompted to say, “I cannot believe how civil "
                 "it has been.”", [("direct", "I cannot believe how civil it has been.", "Dan Fisk")],
                 id="was-prompted-to-say"),
    pytest.param("Mayor Dan Fisk was forced to admit, “We got this one wrong.”",
                 [("direct", "We got this one wrong.", "Dan Fisk")], id="was-forced-to-admit"),
    # but a habit described is no report
    pytest.param("Mayor Dan Fisk has become the council's resident critic, quick to point out errors and hand out "
                 "tips nobody requested.", [], id="a-habit-quick-to-point-out"),
    # a report does not end on the word leading to a gerund
    pytest.param("Mayor Dan Fisk said the council voted after arguing for hours.",
                 [("indirect", "the council voted", "Dan Fisk")], id="said-the-council-voted-after-arguing"),
    # a clause of the report's own before its "that" is no adjunct to skip
    pytest.param("Mayor Dan Fisk told the Record he hoped that the harbour would reopen in May.",
                 [("indirect", "he hoped that the harbour would reopen in May", "Dan Fisk")],
                 id="told-X-he-hoped-that"),
    pytest.param("Mayor Dan Fisk told the Record on Monday that the harbour would reopen in May.",
                 [("indirect", "the harbour would reopen in May", "Dan Fisk")], id="told-X-on-a-day-that"),
    # a "that" past a semicolon is another clause's: what was told is only the history
    pytest.param("Mayor Dan Fisk told us the history of the harbour, in loud tones; we feared that the council "
                 "would close it.", [], id="told-us-then-a-semicolon-then-that"),
]


@pytest.mark.parametrize("body, expected", CLAUSES)
def test_reported_clauses(body, expected):
    assert triples(body) == expected


# After a quotation closed by a comma, its attribution has reported it: where, when, to
# whom and how it was said follow, not a second report — unless a clause with its own
# subject and verb, a colon or "that" does, or the speaker's sentence goes on.
AFTER_A_CLOSED_QUOTATION = [
    pytest.param("“I am going to win this seat,” Mayor Dan Fisk said aboard the ferry on Monday as "
                 "he crossed the bay.",
                 [("direct", "I am going to win this seat,", "Dan Fisk")], id="where-and-when"),
    pytest.param("“This is one of her friends,” Tom Ebert told Ann Guess, who answered her door on Sunday.",
                 [("direct", "This is one of her friends,", "Tom Ebert")], id="to-whom-and-a-relative"),
    pytest.param("“We need steady hands,” Mayor Ann Lee told the dockworkers, her words lost beneath jeers.",
                 [("direct", "We need steady hands,", "Ann Lee")], id="how-it-went"),
    pytest.param("“We know the work ahead,” Mayor Ann Lee said, a trace of weariness in her tone.",
                 [("direct", "We know the work ahead,", "Ann Lee")], id="a-manner-phrase"),
    # a quotation trailing off into its attribution is closed as a comma closes it
    pytest.param("“We are just trying to stay one more year, but with this law ...” Mayor Ann Lee said, her voice "
                 "trailing off as she shook her head.",
                 [("direct", "We are just trying to stay one more year, but with this law ...", "Ann Lee")],
                 id="trailing-off-dots"),
    # "which" after the attribution: the writer's relative clause on what was said, with or
    # without its comma, quoted words in it or not
    pytest.param("“No product has suffered like this one,” Mayor Dan Fisk said which, given his history with "
                 "airlines, set off jokes online, taking “Fisk Air” to the top of the trends.",
                 [("direct", "No product has suffered like this one,", "Dan Fisk")], id="said-which-no-comma"),
    pytest.param("The plant will close, Mayor Ann Lee said, which would cost jobs in the “Harbor” area.",
                 [("indirect", "The plant will close", "Ann Lee")], id="said-comma-which-with-marks"),
    pytest.param("“We hoped for more…” Mayor Dan Fisk said, his hands shaking.",
                 [("direct", "We hoped for more…", "Dan Fisk")], id="trailing-off-ellipsis"),
    # a clause with its own subject and verb is reported after all
    pytest.param("“It is over,” Mayor Ann Lee told reporters the deal was dead.",
                 [("direct", "It is over,", "Ann Lee"), ("indirect", "the deal was dead", "Ann Lee")],
                 id="told-reporters-a-clause"),
    pytest.param("“This is the lie,” Mayor Ann Lee said: that the budget is balanced.",
                 [("direct", "This is the lie,", "Ann Lee"), ("indirect", "the budget is balanced", "Ann Lee")],
                 id="a-colon-then-that"),
    pytest.param("But “it is a smarter way to spend,” Mayor Dan Fisk added, to levy a mooring fee.",
                 [("direct", "it is a smarter way to spend,", "Dan Fisk"),
                  ("indirect", "to levy a mooring fee", "Dan Fisk")], id="the-sentence-goes-on"),
]


@pytest.mark.parametrize("body, expected", AFTER_A_CLOSED_QUOTATION)
def test_after_a_closed_quotation_only_a_clause_is_reported(body, expected):
    assert triples(body) == expected


# Between the cue and a clause without "that": how long it has been said ("for weeks"), in
# which writings ("in both listings"); and a clause may open on a share ("about half of …")
ADJUNCT_THEN_BARE_CLAUSE = [
    pytest.param("Senator Ann Cole has said for weeks she’s the only candidate who can win the seat.",
                 [("indirect", "she’s the only candidate who can win the seat", "Ann Cole")], id="has-said-for-weeks"),
    pytest.param("Tom Pike wrote in both listings the boat had always been kept dry.",
                 [("indirect", "the boat had always been kept dry", "Tom Pike")], id="wrote-in-both-listings"),
    pytest.param("The harbour board said about half of the shortfall came from lost ferry fares.",
                 [("indirect", "about half of the shortfall came from lost ferry fares", "the harbour board")],
                 id="said-about-half-of"),
    # (what was spoken about is no report)
    pytest.param("The mayor spoke about half an hour on the bridge.", [], id="spoke-about-half-an-hour"),
    # (nor is a predicate with no subject of its own: the cue was a relative clause's)
    pytest.param("Photos that the singer posted on Instagram, for instance, were met with a mixed response.", [],
                 id="a-relative-clauses-cue-then-the-main-predicate"),
    pytest.param("The letter that Ann Lee wrote last week, however, has not been answered.", [],
                 id="a-relative-clauses-cue-then-an-aside-and-the-main-predicate"),
    pytest.param("Ann Lee said on Monday, however, that the plan was dead.",
                 [("indirect", "the plan was dead", "Ann Lee")], id="an-aside-then-that"),
    # a participle's aside between commas, then "that": the speaker's manner or reason
    pytest.param("Ann Lee said, citing weaker demand, that the plant would close.",
                 [("indirect", "the plant would close", "Ann Lee")], id="a-participle-aside-then-that"),
    pytest.param("Tom Reed said, speaking slowly, that the talks had failed.",
                 [("indirect", "the talks had failed", "Tom Reed")], id="a-manner-aside-then-that"),
    # what is tweeted or posted may be a picture, and "out" is the verb's particle
    pytest.param("Ann Lee tweeted a photograph of the flooded pier on Monday.", [], id="tweeted-a-picture"),
    pytest.param("Ann Lee tweeted out a short video of the crowd.", [], id="tweeted-out-a-picture"),
    pytest.param("Ann Lee tweeted her thanks to the nurses.", [("indirect", "her thanks to the nurses", "Ann Lee")],
                 id="tweeted-her-thanks"),
    pytest.param("Ann Lee tweeted out that the plan was dead.",
                 [("indirect", "the plan was dead", "Ann Lee")], id="tweeted-out-that"),
    pytest.param("Ann Lee tweeted the deal was dead.", [("indirect", "the deal was dead", "Ann Lee")],
                 id="tweeted-a-clause"),
]


@pytest.mark.parametrize("body, expected", ADJUNCT_THEN_BARE_CLAUSE)
def test_an_adjunct_then_a_clause_without_that(body, expected):
    assert triples(body) == expected


def test_a_posted_picture_keeps_its_quoted_caption():
    quotes = triples("The police tweeted the photo of a man with the caption, “Please help us find him!”")
    assert ("direct", "Please help us find him!", "the police") in quotes


# An aside right after the reported clause's "that" belongs to the clause, whose subject
# and verb come after it ("say it is only right that, after …, she now faces …" ended on
# "that"); a long adjunct aside after the subject is no subject of its own
ASIDES_INSIDE_THE_REPORT = [
    pytest.param("Her aides say it is only right that, after so many setbacks, she now faces a strong rival.",
                 [("indirect", "it is only right that, after so many setbacks, she now faces a strong rival",
                   "her aides")], id="fitting-that-comma-adjunct"),
    pytest.param("Her aides say it is fitting that, having overcome obstacles, she now faces a tough opponent.",
                 [("indirect", "it is fitting that, having overcome obstacles, she now faces a tough opponent",
                   "her aides")], id="fitting-that-comma-participle"),
    pytest.param("The Harbor Authority, in a sweeping bid to raise the wages of dock crews that has drawn "
                 "complaints from shippers, has said it would let more of its staff claim extra holiday pay.",
                 [("indirect", "it would let more of its staff claim extra holiday pay", "Harbor Authority")],
                 id="long-adjunct-aside-after-the-subject"),
    # a dash before a preposition in -ing opens the report's own list, not the writer's
    # participle clause (which "- essentially conceding …" is)
    pytest.param("The mayor said the city faces many problems – including a shortage of teachers – and needs help.",
                 [("indirect", "the city faces many problems – including a shortage of teachers", "the mayor")],
                 id="dash-including"),
    pytest.param("The mayor said the plan was sound - essentially conceding the point to her rival.",
                 [("indirect", "the plan was sound", "the mayor")], id="dash-participle-of-the-writer"),
    # a relative aside closed by its comma, then a verb: the report's own subject's
    pytest.param("Ann Lee said the change came when radical groups, who had been banned, won the right to march.",
                 [("indirect", "the change came when radical groups, who had been banned, won the right to march",
                   "Ann Lee")], id="who-aside-then-the-verb-of-its-noun"),
    pytest.param("Ann Lee said radical groups, who had been banned, won the right to march.",
                 [("indirect", "radical groups, who had been banned, won the right to march", "Ann Lee")],
                 id="who-aside-after-the-reports-subject"),
    pytest.param("The deal is good for the city, said Ann Lee, who has backed it since 2019.",
                 [("indirect", "The deal is good for the city", "Ann Lee")], id="who-aside-on-the-speaker"),
    # a second "that" opened by an adjunct: its subject and verb come after the comma
    pytest.param("Ann Lee said she saw the two talks as separate but that in retrospect, he understood how "
                 "officials could be confused.",
                 [("indirect", "she saw the two talks as separate but that in retrospect, he understood how "
                   "officials could be confused", "Ann Lee")], id="but-that-adjunct-comma-he"),
    pytest.param("Ann Lee said the plan was sound and that after the vote, she would review it.",
                 [("indirect", "the plan was sound and that after the vote, she would review it", "Ann Lee")],
                 id="and-that-adjunct-comma-she"),
    # … but the writer turning back to the speaker still ends the report
    pytest.param("Ann Lee said the plan was sound, and she left the room.",
                 [("indirect", "the plan was sound", "Ann Lee")], id="and-she-the-writers-clause"),
]


@pytest.mark.parametrize("body, expected", ASIDES_INSIDE_THE_REPORT)
def test_asides_inside_the_report(body, expected):
    assert triples(body) == expected


# "echoing" someone names whose words the subject repeats, not a report of the subject's;
# echoing a claim or a view reports it
ECHOES = [
    pytest.param("Tom Reed mocked Fisk's views, echoing some dockside commentators who have suggested that "
                 "Fisk is gentler at home.", [("indirect", "Fisk's views", "Tom Reed")], id="echoing-people"),
    pytest.param("Ted Cruz mocked Rubio's views, echoing Donald Trump.", [("indirect", "Rubio's views", "Ted Cruz")],
                 id="echoing-a-person"),
    pytest.param("Ted Cruz attacked the deal, echoing Trump's claim that the vote was rigged.",
                 [("indirect", "the deal", "Ted Cruz"),
                  ("indirect", "Trump's claim that the vote was rigged", "Ted Cruz")], id="echoing-a-claim"),
]


@pytest.mark.parametrize("body, expected", ECHOES)
def test_echoing_someone_reports_nothing_of_the_subject(body, expected):
    assert triples(body) == expected
