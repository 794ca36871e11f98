"""Spec of `quotesearch.extract.cues`: the verbs and phrases that introduce reported speech.

`find_cues(text)` lists every cue occurrence left to right, with its kind:
"speech" (the content is a clause), "object" (the content is the object of a
speech act: "called on X to …"), "according" ("according to X") and "evidence"
("data show …"). It is lexical: whether a cue has a speaker is decided later,
but passive and adjectival uses are never cues.
"""
from __future__ import annotations

import pytest

from quotesearch.extract.cues import find_cues


def cues(sentence: str) -> list[tuple[str, str]]:
    found = find_cues(sentence)
    for cue in found:
        assert sentence[cue.start:cue.end] == cue.text
    return [(c.text, c.kind) for c in found]


CUES = [
    pytest.param("The economist Joseph Stiglitz comments that the crisis had one cause.",
                 [("comments", "speech")], id="comments-that"),
    # "claims" is a verb after a singular subject and before a clause, without "that"
    pytest.param("And he claims his editor is pleased with the ferry plan.", [("claims", "speech")], id="he-claims-a-clause"),
    pytest.param("Trump claims Obama is weak.", [("claims", "speech")], id="name-claims-a-clause"),
    pytest.param("And Ruritania claims dozens of rebels died.", [("claims", "speech")], id="name-claims-a-count"),
    pytest.param("Ruritania claims dozens of islands.", [], id="name-claims-territory"),
    # "stating" before a report or a quotation, not before its object
    pytest.param("The notice was posted online, stating that schools would close.", [("stating", "speech")],
                 id="stating-that"),
    pytest.param("He was stating the obvious.", [], id="stating-the-obvious"),
    # "wrote that" and a clause whose subject names a kind of writing: a report, not "that law" written
    pytest.param("Tom Reed wrote that the law was clear.", [("wrote", "speech")], id="wrote-that-the-law-was"),
    pytest.param("Ann Lee wrote that her letters were lost.", [("wrote", "speech")], id="wrote-that-her-letters"),
    # the base forms "claim" and "charge" report before "that" (or a quotation resuming);
    # after a determiner, a possessive or a preposition they are nouns
    pytest.param("Many voters claim that the primary was rigged.", [("claim", "speech")], id="voters-claim-that"),
    pytest.param("Critics charge that the audit was rushed.", [("charge", "speech")], id="critics-charge-that"),
    pytest.param("Their claim that the primary was rigged is false.", [], id="their-claim-that-noun"),
    pytest.param("The charge that he rigged it is false.", [], id="the-charge-that-noun"),
    pytest.param("He is in charge of the count.", [], id="in-charge-of"),
    pytest.param("Prosecutors filed a charge that he bribed officials.", [], id="a-charge-that-noun"),
    pytest.param("Both parties claim the seat.", [], id="claim-a-thing"),
    # a share in something and a contest given up are no words
    pytest.param("The newest setback adds to the turmoil that has dogged the harbour board.", [], id="adds-to-the-drama"),
    pytest.param("Ortiz is conceding the race in Kellard.", [], id="conceding-the-race"),
    pytest.param("The family claimed Ford's body and cleaned out his apartment.", [], id="claimed-someones-body"),
    pytest.param("The mayor conceded defeat on Tuesday.", [], id="conceded-defeat"),
    pytest.param("The mayor conceded that the bridge was unsafe.", [("conceded", "speech")], id="conceded-that"),
    pytest.param("“It is unsafe,” the mayor added to the crowd.", [("added", "speech")], id="added-to-the-crowd"),
    # "calls" gives a quoted name, as "called" does
    pytest.param("The swings are what Taylor calls “mini-cycles of cooling.”", [("calls", "object")],
                 id="what-X-calls-a-quoted-name"),
    pytest.param("The mayor calls the police whenever the harbour floods.", [], id="calls-the-police"),
    pytest.param("She urged him on Tuesday to drop the plan.", [("urged", "object")], id="urged-him-on-a-day"),
    pytest.param("The Trump claims were false.", [], id="the-claims-a-noun"),
    # a tweet is a noun after a possessive, a report after its subject
    pytest.param("His late-night tweet came after an earlier post.", [], id="his-mid-morning-tweet-a-noun"),
    pytest.param("The mayor tweets that the harbour is closed.", [("tweets", "speech")], id="the-mayor-tweets-that"),
    pytest.param("The claims he made were false.", [], id="claims-before-a-relative-clause"),
    # speech verbs, before and after their content
    pytest.param("Bilateral trade will keep growing next year, Zhang said.",
                 [("said", "speech")], id="said-after-content"),
    pytest.param("“We are ready to work with Russia,” added Zhang.",
                 [("added", "speech")], id="inverted-added-name"),
    # a surname that is also an adverb of time ("has long said") is still a subject
    pytest.param("“This is the most battle-hardened agency that ever existed,” Long said.",
                 [("said", "speech")], id="Long-said-is-a-surname"),
    pytest.param("The United Nations estimates that 160,000 people are sheltering in schools.",
                 [("estimates", "speech")], id="estimates-that"),
    pytest.param("Nora Vance has increasingly decried the problem of pollution.", [("decried", "object")],
                 id="an-adverb-of-the-verb-is-no-degree"),
    pytest.param("Officials in Moscow say the visit is still on the cards.",
                 [("say", "speech")], id="say-present"),
    pytest.param("The ambassador pointed out that bilateral trade had recovered.",
                 [("pointed out", "speech")], id="pointed-out"),
    pytest.param("The minister stressed that cooperation would deepen.",
                 [("stressed", "speech")], id="stressed"),
    pytest.param("Analysts noted that the sanctions had little effect on trade.",
                 [("noted", "speech")], id="noted"),
    pytest.param("He added that the two sides would meet again in the autumn.",
                 [("added", "speech")], id="added-that"),
    pytest.param("She warned that new sanctions would backfire.",
                 [("warned", "speech")], id="warned"),
    pytest.param("Denisov told reporters that the visit was likely.",
                 [("told", "speech")], id="told-reporters"),
    pytest.param("Li told the Global Times on Thursday that the visit was a milestone.",
                 [("told", "speech")], id="told-an-outlet"),
    pytest.param("The two leaders held talks, the Kremlin said in a statement.",
                 [("said", "speech")], id="said-in-a-statement"),
    pytest.param("“The potential visit will benefit both peoples,” Zhang said, adding that trade would recover.",
                 [("said", "speech"), ("adding", "speech")], id="said-then-adding"),
    # speech acts whose content is their object
    pytest.param("Zhang called on Washington to stop working against Chinese companies.",
                 [("called on", "object")], id="called-on"),
    pytest.param("Ann Lee called on the United States government to stop fining Kellard ferries.",
                 [("called on", "object")], id="called-on-the-United-States"),
    pytest.param("The envoy urged both sides to exercise restraint.",
                 [("urged", "object")], id="urged"),
    pytest.param("Beijing has dismissed the accusations as baseless.",
                 [("dismissed", "object")], id="dismissed"),
    # speech acts that report a proposition as their object, and only then
    pytest.param("Finance Minister Clara Vogt underlined the importance of a stable currency.",
                 [("underlined", "object")], id="underlined-the-importance"),
    pytest.param("Senator Ana Lima has advocated raising the minimum wage.",
                 [("advocated", "object")], id="advocated-a-gerund"),
    pytest.param("The minister voiced hope for an early deal.",
                 [("voiced", "object")], id="voiced-hope"),
    pytest.param("Xi expressed China's support for the plan.",
                 [("expressed", "object")], id="expressed-possessor-support"),
    pytest.param("Putin cautioned against rushing the vote.",
                 [("cautioned against", "object")], id="cautioned-against"),
    pytest.param("He stressed the need for calm.", [("stressed", "object")], id="stressed-the-need"),
    pytest.param("She reminded senators that the fund was created in 2014.",
                 [("reminded", "speech")], id="reminded-that"),
    pytest.param("She outlined three key points.", [], id="outlined-a-referent"),
    # figures a body or a filing reports are its report; a thing reported is not
    pytest.param("The ferry line reported a profit of $2.64 per share.", [("reported", "object")], id="reported-a-profit"),
    pytest.param("Harbor police reported 906 burglaries last year.", [("reported", "object")], id="reported-a-count"),
    pytest.param("Mr. Lee reported raising about $9 million in March.", [("reported", "object")],
                 id="reported-raising-money"),
    pytest.param("The soldier reported for duty on Monday.", [], id="reported-for-duty"),
    pytest.param("CNN reported the story first.", [], id="reported-a-story"),
    pytest.param("The firm paid a reported $5 million for the site.", [], id="a-reported-sum"),
    pytest.param("Most of Ann Lee’s reported gifts came from women.", [], id="someones-reported-gifts"),
    # what was cited as a reason or a sign, or a finding that …; never a plain referent
    pytest.param("The critics cited the remark as evidence that she did not care.", [("cited", "object")],
                 id="cited-as-evidence"),
    pytest.param("Ann Lee cited the vote as a sign that the party was changing.", [("cited", "object")],
                 id="cited-as-a-sign"),
    pytest.param("The analyst cited reports that the plant would close.", [("cited", "speech"), ("reports", "speech")],
                 id="cited-reports-that"),
    pytest.param("Kellard cited a 1998 memo drafted by the harbour board.", [], id="cited-a-referent"),
    pytest.param("The complaint cites a newly passed bylaw that makes it an offence.", [], id="cites-a-referent-that"),
    # "added to" and an infinitive with its object: a thing added for a purpose, no report
    pytest.param("It also held phenacetin, a painkiller added to increase the product’s weight; lidocaine, an "
                 "anesthetic that numbs the gums; and caffeine.", [], id="added-to-an-infinitive"),
    pytest.param("The study was cited by the court.", [], id="was-cited-by"),
    # advice to its hearers, as "urged" takes it (but asking not to be named is no report)
    pytest.param("The club has advised supporters not to travel to the match.", [("advised", "object")],
                 id="advised-hearers-not-to"),
    pytest.param("The mayor requested the council to delay the vote.", [("requested", "object")],
                 id="requested-hearers-to"),
    pytest.param("The firm advised its clients on the merger.", [], id="advised-clients-on"),
    pytest.param("Two officials requested anonymity to discuss the talks.", [], id="requested-anonymity"),
    # a cue word that ends a name before its verb; a debt or an idea written off
    pytest.param("During disruption, Northline Express will ensure that a bus is provided.", [],
                 id="a-name-ending-in-a-cue-word"),
    pytest.param("I first wrote it off as a fad.", [], id="wrote-it-off"),
    pytest.param("The bank wrote off the debt in May.", [], id="wrote-off"),
    # a kind of writing, bare, is what was written, not what it says
    pytest.param("Tom Reed, a Leeds native who writes poetry at weekends, runs the data team.", [],
                 id="writes-poetry"),
    pytest.param("She wrote songs for the band before she ran for office.", [], id="wrote-songs"),
    pytest.param("Tom Reed wrote that law in 1990.", [], id="wrote-that-law"),
    pytest.param("Ann Lee wrote a new law on water.", [], id="wrote-a-new-law"),
    pytest.param("The firm added another 200 jobs.", [], id="added-another-thing"),
    pytest.param("The senator described a visit to the plant in 2019.", [], id="described-a-topic"),
    pytest.param("Militants attacked bars and art galleries in the old town.", [], id="attacked-places"),
    pytest.param("Gunmen attacked a police convoy near the border.", [], id="attacked-a-convoy"),
    pytest.param("Describing a trip to the coast in 1992, the author smiles.", [],
                 id="describing-a-topic-opening-the-sentence"),
    pytest.param("Page wrote down his rules for management.", [], id="wrote-down-a-thing"),
    pytest.param("About 60,000 nurses went on strike on Monday.", [], id="went-on-strike"),
    pytest.param("All told, the group raised $4 million in February.", [], id="all-told"),
    pytest.param("The mayor called the police on Monday.", [], id="called-the-police"),
    pytest.param("Her toast called to mind the hope of renewal.", [], id="called-to-mind"),
    pytest.param("Her counterpart at Kellard called with a generous offer.", [], id="called-with-an-offer"),
    pytest.param("The minister called around to friends at noon.", [], id="called-around"),
    pytest.param("As Tom Reed called the program up on his computer, Ann watched.", [], id="called-a-program-up-on"),
    # a number dialled, or someone rung how often or when: a call, nothing said of anyone
    pytest.param("He called the family’s home number nine times after the attack.", [], id="called-a-number"),
    pytest.param("She called her mother every day.", [], id="called-someone-every-day"),
    pytest.param("She called the plan a disaster on Monday.", [("called", "object")], id="called-the-plan-a-disaster"),
    # "claims" reports with a clause, or where its quotation resumes after it
    pytest.param("“I had capital,” Ann Lee claims, “and then I spent it.”", [("claims", "speech")],
                 id="claims-then-the-quotation-resumes"),
    pytest.param("The claims, “false and baseless,” were dropped.", [], id="the-claims-then-a-quoted-aside"),
    # a name called and nothing said of its bearer: a telephone call or a name given
    pytest.param("After the debate, Trump called Ailes and screamed about Kelly.", [], id="called-a-name-and"),
    pytest.param("The president called Turkish President Recep Erdogan later that day.", [], id="called-a-name-later"),
    pytest.param("Costs grew (a trend called Edge Computing) across the sector.", [], id="called-a-name-in-brackets"),
    pytest.param("Bernie Sanders called Trump a liar.", [("called", "object")], id="called-a-name-a-liar"),
    pytest.param("Nikki Haley called Vivek Ramaswamy “scum” on Tuesday.", [("called", "object")], id="called-a-name-quoted"),
    pytest.param("The margin continues to widen thanks to a large gain in the south.", [], id="thanks-to"),
    pytest.param("MPs adding pressure to bolster food protections.", [], id="adding-pressure"),
    pytest.param("NASA announced that it was adding five companies to a contract for moon landers.", [("announced", "speech")],
                 id="adding-a-count-to-a-thing"),
    pytest.param("She said the storm had passed, adding five people had died.", [("said", "speech"), ("adding", "speech")],
                 id="adding-a-count-who-died"),
    pytest.param("Stir and taste it before adding the fruit pectin powder.", [], id="adding-an-ingredient"),
    pytest.param("The tour kicks off June 9th in West Palm Beach and concludes October 10th in Houston.", [],
                 id="a-tour-concludes-on-a-date"),
    pytest.param("The study concluded that older drivers were safer.", [("concluded", "speech")], id="concluded-that"),
    pytest.param("He said the storm had passed, adding the state would recover.", [("said", "speech"), ("adding", "speech")],
                 id="adding-the-state-would-recover"),
    pytest.param("Prior to September, I would have said the standard was too new.", [], id="would-have-said"),
    pytest.param("She might have told them the plan was dead.", [], id="might-have-told"),
    pytest.param("Since then, studies have found them in the lining of almost every organ.", [], id="found-them-in-a-place"),
    pytest.param("The storm was not as bad as critics thought it would be, nor as long.", [], id="as-bad-as-critics-thought"),
    pytest.param("Sales rose as much as analysts had expected.", [], id="as-much-as-analysts-expected"),
    pytest.param("As many as two-thirds of them tell canvassers they distrust her.", [("tell", "speech")],
                 id="as-many-as-a-share-of-them-tell"),
    pytest.param("Amazon Prime Video is showing the tournament this year.", [], id="showing-a-tournament"),
    pytest.param("Cristiano Ronaldo put it away in the second half.", [], id="put-it-away"),
    pytest.param("Norway’s oil production beat forecasts and the potential oversupply, combined with worries over "
                 "demand, sent prices lower.", [], id="beat-forecasts"),
    pytest.param("Profits came in below analysts’ estimates for the quarter.", [], id="below-estimates"),
    pytest.param("Reporters who fear for their jobs keep quiet.", [], id="fear-for"),
    pytest.param("He spoke on Monday, adding that the plan had failed.", [("adding", "speech")], id="adding-that"),
    pytest.param("She thanks voters for their support.", [("thanks", "object")], id="thanks-someone"),
    pytest.param("One Sunday in late 2001, she called her team in.", [], id="called-someone-in"),
    pytest.param("The president called the envoy back to Washington for talks.", [], id="called-someone-back"),
    pytest.param("As Lind called the program up, the screen went dark.", [], id="called-something-up"),
    pytest.param("Mayor Ott added Rosa Lund to his transition team.", [], id="added-someone-to-a-team"),
    pytest.param("Mayor Ott added, to the crowd’s delight, that the pool would reopen.", [("added", "speech")],
                 id="added-an-aside-then-that"),
    # a cue word ending a name, its verb after it, even at the sentence's start
    pytest.param("Super Value revealed that it would cut 200 jobs.", [("revealed", "speech")],
                 id="a-name-ending-in-a-cue-word-then-its-verb"),
    # (a phone call: the participle or infinitive after it may be a cue of its own)
    pytest.param("ABC13 called the Harris County Sheriff's Office asking whether deputies knew.", [("asking", "speech")],
                 id="called-an-office-asking"),
    pytest.param("She called the Harbor Police Department to complain about the noise.", [("complain", "speech")],
                 id="called-a-department-to-complain"),
    pytest.param("Vance called Mrs. Fisk a ''Harbor Queen.''", [("called", "object")],
                 id="called-someone-a-name"),
    pytest.param("The affidavit listed measurements, showing pictures of the women.", [], id="showing-pictures"),
    pytest.param("State television showed footage of the parade on Monday.", [], id="showed-footage"),
    pytest.param("The affidavit showed that the money had been moved.", [("showed", "evidence")],
                 id="showed-that"),
    pytest.param("A deal to end the war continues to elude the president.", [], id="continues-to"),
    pytest.param("Team game notes: the striker is injured.", [], id="notes-as-a-label"),
    pytest.param("The foundation's website notes: the wage is for new workers.", [("notes", "speech")],
                 id="notes-introducing"),
    pytest.param("The paper notes the council monitors ferries.", [("notes", "speech")],
                 id="notes-a-bare-clause"),
    pytest.param("“We will rebuild,” he continued.", [("continued", "speech")], id="he-continued"),
    pytest.param("Zhao said, stressing three key elements of such a strategy.", [("said", "speech")],
                 id="stressing-a-referent-after-a-comma"),
    pytest.param("The senator declared victory on Tuesday night.", [], id="declared-victory"),
    pytest.param("The governor announced the global pact at the summit.", [], id="announced-a-referent"),
    pytest.param("The governor announced plans to expand the port.", [("announced", "object")],
                 id="announced-plans"),
    pytest.param("The governor announced on Monday that the port would expand.", [("announced", "speech")],
                 id="announced-that"),
    pytest.param("The senator wrote back that the bill was dead.", [("wrote back", "speech")], id="wrote-back"),
    pytest.param("“We will win,” added one party official.", [("added", "speech")], id="added-after-a-quotation"),
    pytest.param("The senator described the plan as a disaster.", [("described", "object")], id="described-as"),
    pytest.param("The senator attacked the plan as reckless.", [("attacked", "object")], id="attacked-a-plan"),
    pytest.param("She described how the water rose.", [("described", "object")], id="described-how"),
    pytest.param("Reed went on to say that the ferry deal was off.", [("went on", "speech"), ("say", "speech")],
                 id="went-on-to-say"),
    pytest.param("He thanked his spokeswoman, Hope Hicks, and his wife.", [("thanked", "object")],
                 id="a-name-not-a-verb"),
    pytest.param("He cited a report by the central bank.", [], id="cited-a-referent"),
    pytest.param("They identified the building as a school.", [], id="identified-a-referent"),
    pytest.param("The council applauded during the meeting.", [], id="applauded-no-object"),
    # according to
    pytest.param("According to the ministry, trade rose by 5 percent.",
                 [("According to", "according")], id="according-to-first"),
    pytest.param("Trade rose by 5 percent, according to customs figures.",
                 [("according to", "according")], id="according-to-last"),
    pytest.param("The paper observes that the ship is steady.", [("observes", "speech")], id="observes-that"),
    pytest.param("Then she charged, “You're just scum.”", [("charged", "speech")], id="charged-comma-quote"),
    pytest.param("Dana Kolt branded the plan “a disgrace”.", [("branded", "object")], id="branded-a-name"),
    # likening or comparing someone to something characterises them
    pytest.param("Ann Lee likened the ferry plan to a slow shipwreck.", [("likened", "object")], id="likened-to"),
    pytest.param("The senator compared Trump to former Gov. Pete Wilson.", [("compared", "object")],
                 id="compared-to"),
    pytest.param("The mayor referred to her as “an honest broker”.", [("referred to", "object")],
                 id="referred-to-as"),
    # speech-act summaries
    pytest.param("Ann Lee lauded the deal as a turning point.", [("lauded", "object")], id="lauded"),
    pytest.param("Ann Lee flayed the council leader for his careless words.", [("flayed", "object")], id="flayed"),
    pytest.param("Tom Reed hailed the ruling as a victory for workers.", [("hailed", "object")], id="hailed"),
    # findings of documents
    pytest.param("Customs data show trade fell by 5 percent in the first half.",
                 [("show", "evidence")], id="data-show"),
    pytest.param("Rafael Ortiz, deputy manager of Solair, highlights that the deal will cut waiting times.",
                 [("highlights", "speech")], id="highlights-that"),
    pytest.param("He called out the board, who he accused of feeding on the worries of tenants.",
                 [("called out", "object"), ("accused", "object")], id="accused-of-after-an-object-relative"),
    pytest.param("The speaker shared with the crowd that he believes the mayor will win.",
                 [("shared", "speech"), ("believes", "speech")], id="shared-with-an-audience-that"),
    pytest.param("Ann Lee shared that the plant would close in May.", [("shared", "speech")], id="shared-that"),
    pytest.param("Ann Lee touted her record as mayor.", [("touted", "object")], id="touted"),
    pytest.param("The two leaders greeted each other as “dear friend”.", [("greeted", "object")],
                 id="greeted-as-a-quoted-name"),
    pytest.param("The minister welcomed the decision to cut rates.", [("welcomed", "object")], id="welcomed-a-decision"),
    # talking or speaking about how or why something is: what was said
    pytest.param("The clerk spoke about how the warehouse had been flooded.", [("spoke about", "speech")],
                 id="spoke-about-how"),
    pytest.param("The brothers talked about why they had come.", [("talked about", "speech")], id="talked-about-why"),
    pytest.param("The singer spoke of how her family had fled.", [("spoke of", "speech")], id="spoke-of-how"),
    pytest.param("Nora Vance spoke about the importance of tidal data.", [("spoke about", "object")],
                 id="spoke-about-the-importance-of"),
    # a clause without "that" after "noted": a subject and its verb, or its quoted predicate
    # "states" and "claims" closing a report after a determined source
    pytest.param("Indigenous peoples manage a quarter of the land, the paper states.", [("states", "speech")],
                 id="the-paper-states-closing"),
    pytest.param("The rules were broken, the lawsuit claims.", [("claims", "speech")], id="the-lawsuit-claims-closing"),
    pytest.param("The actress went on in her statement, “I have grown to embrace it.”", [("went on", "speech")],
                 id="went-on-in-her-statement"),
    # "“…,” she went on.": a pronoun's cue closing a quotation (not "The night went on.")
    pytest.param("“I am shocked,” she went on. “I cannot say how I feel.”", [("went on", "speech")],
                 id="quotation-she-went-on"),
    pytest.param("The night went on. Nobody slept.", [], id="the-night-went-on"),
    pytest.param("Sen. Lindsey Graham called out his rival for alienating Hispanics.", [("called out", "object")],
                 id="called-out-someone"),
    pytest.param("Hollande noted the nominee was wrong.", [("noted", "speech")], id="noted-a-clause"),
    pytest.param("Dan Fisk noted the mayor “makes everyone want to leave.”", [("noted", "speech")],
                 id="noted-a-quoted-predicate"),
    pytest.param("The deal is poor, he said, noting the new harbour chief “makes everyone want to leave.”",
                 [("said", "speech"), ("noting", "speech")], id="noting-a-quoted-predicate"),
    # "states" or "claims" before a colon and a quotation, after a determined source, introduces it
    pytest.param("The article states: “Lending widely breaks century-old taboos.”", [("states", "speech")],
                 id="the-article-states-colon-quote"),
    # "demanding"/"demands" report before "that" (not "a demanding job", "the union's demands")
    pytest.param("A ferry union is demanding that the board members resign.", [("demanding", "speech")],
                 id="is-demanding-that"),
    pytest.param("The union demands that the company restore the pensions.", [("demands", "speech")],
                 id="demands-that"),
    # "dismissed" reports what it dismisses, and whom "as" something
    pytest.param("The senator dismissed the charges as a political stunt.", [("dismissed", "object")],
                 id="dismissed-the-charges-as"),
    pytest.param("Reed dismissed Kellard Gov. Dan Fisk as a weak manager.", [("dismissed", "object")],
                 id="dismissed-a-titled-name-as"),
    pytest.param("Trump called again for the president to resign.", [("called", "object")], id="called-again-for"),
    pytest.param("Fisk, 32, noted the Harbor Department returned the boat to him.", [("noted", "speech")],
                 id="noted-a-named-body-and-its-past-verb"),
    # "reported", "noted" closing a report before "late"/"early" and a time
    pytest.param("She kept a second ledger, the Kellard Herald reported late Thursday.", [("reported", "speech")],
                 id="reported-late-thursday"),
    pytest.param("Talks stalled, the agency reported early on Friday.", [("reported", "speech")],
                 id="reported-early-on-friday"),
    # someone's words in marks right after "called" (not a name given: "a technique called “…”")
    pytest.param("The port faces what Ben Ortiz called “the busiest season in living memory.”",
                 [("called", "object")], id="what-someone-called-in-marks"),
    pytest.param("He later called “a disgrace” the deal his rival made.", [("called", "object")],
                 id="he-later-called-in-marks"),
    # a report closed after a quotation or a comma, by a determined noun and an adjunct
    pytest.param("“We implore you to allow the clinic,” the physicians stated in the letter.", [("stated", "speech")],
                 id="stated-in-after-a-quotation"),
    pytest.param("Prices will rise, the ministry said on Monday.", [("said", "speech")], id="said-on-after-a-comma"),
    pytest.param("He then trimmed that a little and asked for up to $50 billion.", [("asked", "speech")],
                 id="and-is-no-noun"),
    # … but a clause after the thing is the report
    pytest.param("The mayor tweeted the video was fake.", [("tweeted", "speech")], id="tweeted-a-clause"),
    pytest.param("The mayor explained the decision was made by the board.", [("explained", "speech")],
                 id="explained-a-clause"),
    pytest.param("The senator explained his reasoning: the bill costs too much.", [("explained", "speech")],
                 id="explained-his-reasoning-then-a-colon"),
    pytest.param("The police tweeted the photo of a man with the caption, “Please help us find him!”",
                 [("tweeted", "speech")], id="tweeted-a-photo-and-its-quoted-caption"),
    pytest.param("The study found the drug reduced deaths by a third.", [("found", "evidence")],
                 id="found-a-clause"),
    # "it" and its verb after "reported", "noted": a clause (not "reported it to the police")
    pytest.param("The port reported it handled $12.7 billion in cargo.", [("reported", "speech")],
                 id="reported-it-sold"),
    pytest.param("The firm reported it had lost $2 million in the quarter.", [("reported", "speech")],
                 id="reported-it-had-lost"),
]


@pytest.mark.parametrize("sentence, expected", CUES)
def test_cues_are_found(sentence, expected):
    assert cues(sentence) == expected


NOT_CUES = [
    # a participle after its noun, then the noun's own verb across a short adjunct
    pytest.param("The plan outlined that morning was unusual because the council had hesitated.",
                 id="strategy-outlined-that-day-was"),
    pytest.param("The cuts announced on Monday will close three libraries.", id="cuts-announced-on-monday-will"),
    pytest.param("The person who shouted was a steward.", id="person-who-shouted-was"),
    # a name given to an object after its indefinite noun: no words reported
    pytest.param("The district offers a package & environment manager called conda for its pupils.",
                 id="a-manager-called-a-name"),
    pytest.param("Fair warning: some of these entries disclose the plot.", id="a-label-ending-in-warning"),
    pytest.param("Spoiler warning: the hero dies.", id="a-spoiler-warning"),
    pytest.param("She asks him questions and compliments his hands.", id="asks-him-questions"),
    pytest.param("Rapoport, believe it or not, laments his station.", id="believe-it-or-not"),
    pytest.param("His wife urged him on — he spotted the moon the next night.", id="urged-him-on"),
    pytest.param("Prosecutors dismissed charges after investigators began to doubt the statements.",
                 id="dismissed-charges-without-a-determiner"),
    pytest.param("He asked the council a few questions about the port.", id="asked-a-few-questions"),
    pytest.param("Each of the locations identified had the potential to introduce bugs.", id="a-participle-after-its-noun"),
    pytest.param("The number of new coronavirus cases reported in a single day surpassed 60,000.",
                 id="cases-reported-a-participle"),
    pytest.param("Deaths confirmed by the ministry rose to 40 on Friday.", id="deaths-confirmed-a-participle"),
    pytest.param("A lower court found in Louisiana's favor.", id="found-in-someones-favor"),
    # a thing found, posted or a speaker silenced: no report
    pytest.param("The council found the message, reported it to the police and deleted it.",
                 id="found-a-thing-then-acts"),
    pytest.param("The campaign tweeted a video of the rally on Thursday.", id="tweeted-a-video"),
    pytest.param("The mayor tweeted a photo of the flooded street.", id="tweeted-a-photo"),
    pytest.param("The mayor was heckled and shouted down by the dockworkers.", id="shouted-down"),
    pytest.param("The senator explained his vote on Tuesday.", id="explained-his-vote"),
    pytest.param("The mayor explained her decision to close the schools in a letter.", id="explained-her-decision"),
    # a thing explained, by its pronoun: no words reported
    pytest.param("I read the books after the novelist Ann Lee explained them to me.", id="explained-them-to-me"),
    pytest.param("The coach explained it all again before the game.", id="explained-it-all-again"),
    pytest.param("The campaign has shown signs of life nationally.", id="shown-signs-of-life"),
    pytest.param("Hiring showed no sign of slowing in March.", id="showed-no-sign"),
    pytest.param("She wrote an angry post about it on Twitter.", id="wrote-a-post"),
    pytest.param("Everyone can be a part of shaping it — adding knowledge about their culture.", id="adding-knowledge"),
    pytest.param("The judge found for the plaintiffs in March.", id="found-for-the-plaintiffs"),
    # a verdict is no report
    pytest.param("A jury found him guilty of manslaughter after a two-week trial.", id="found-him-guilty"),
    pytest.param("The court found Tom Reed not guilty of fraud.", id="found-a-name-not-guilty"),
    pytest.param("The judge found the company liable for the spill.", id="found-the-company-liable"),
    pytest.param("The memoir has found a new home at another publisher.", id="found-a-new-home"),
    pytest.param("His comments were widely shared on Monday.", id="comments-a-noun"),
    pytest.param("Government estimates that were published last year put the cost at $5 billion.",
                 id="estimates-a-noun-before-a-relative-clause"),
    pytest.param("The 14 states that the board classifies as coastal hold 90 ferry ports.", id="states-counted"),
    pytest.param("All three reports that the agency released were late.", id="reports-counted"),
    pytest.param("The attack remains so politically charged that the senator made it his theme.",
                 id="so-charged-an-adjective"),
    pytest.param("The so called Harbor Renewal Plan was launched by the council.", id="so-called-unhyphenated"),
    pytest.param("Last year, port fees shot back up and climbed by 4.1 percent.", id="shot-back-up-a-rise"),
    pytest.param("Roughly 2,300 private shipper names weren’t disclosed.", id="a-negated-passive"),
    pytest.param("He called out to the crowd from the stage.", id="called-out-to-someone"),
    pytest.param("The money goes to schools in the Western states.", id="states-a-noun-at-a-sentence-end"),
    pytest.param("Funds went to the cities, the 50 states.", id="the-50-states"),
    pytest.param("The noted author “Jane Roe” signed books.", id="noted-an-adjective-before-a-quoted-name"),
    pytest.param("She is noting the “sort of delays” his crew had.", id="noting-a-quoted-word-of-a-referent"),
    pytest.param("The reporter spoke about her family.", id="spoke-about-a-referent"),
    pytest.param("Nora Vance wrote the introduction to a harbour guide.", id="wrote-an-introduction"),
    pytest.param("Fisk is attacked in the local press.", id="is-attacked"),
    pytest.param("A shipping firm that, under Nora Vance, asserted itself into local politics.", id="asserted-itself"),
    pytest.param("The councillor is riding a wave of anger to contend for the mayoralty.", id="contend-for"),
    pytest.param("Farmers contend with rising costs every year.", id="contend-with"),
    pytest.param("On Monday's Harbor News Daily show on Kellard Radio, guests will speak.", id="a-daily-show-on"),
    pytest.param("The premier called snap parliamentary elections for March.", id="called-snap-elections"),
    pytest.param("Tom Reed denied Dan Fisk a closing-day picture of harmony.", id="denied-someone-something"),
    pytest.param("The court denies him a temporary injunction against Spain.", id="denies-him-something"),
    pytest.param("The judge denied her bail on Friday.", id="denied-her-bail"),
    pytest.param("The talks about how the plant would be sold stalled on Monday.", id="talks-a-noun"),
    pytest.param("She talked about how to fix the port.", id="talked-about-how-to"),
    pytest.param("One of the jobs Ortiz talks about often is that he swept the docks.", id="what-he-talks-about"),
    pytest.param("The visit is expected to take place in the autumn.", id="passive-is-expected-to"),
    pytest.param("He is widely believed to favour closer ties with Moscow.", id="passive-widely-believed"),
    pytest.param("The deal was said to be worth $10 billion.", id="passive-was-said-to"),
    pytest.param("The summit was called off at the last minute.", id="passive-called-off"),
    pytest.param("The so-called partnership has deep roots.", id="so-called"),
    pytest.param("The so-called “no limits” partnership was discussed.", id="so-called-before-quote"),
    pytest.param("The meeting took on added significance after the summit.", id="added-significance"),
    pytest.param("The added value of the agreement is clear.", id="added-value"),
    # a participle after an owner's name, or pointing elsewhere on the page, qualifies a noun
    pytest.param("Players on Harbor's recommended console get a smoother picture.", id="owners-recommended"),
    pytest.param("The companies' stated aims are higher profits and more jobs.", id="plural-owners-stated"),
    pytest.param("While the post shown above gives one figure, other users offer different ones.", id="shown-above"),
    pytest.param("The figures cited below come from the county.", id="cited-below"),
    # a rule or a rite kept
    pytest.param("The firm is a responsible user of resources, strictly observing all of its license commitments.",
                 id="observing-its-commitments"),
    pytest.param("The town observed a minute’s silence on Monday.", id="observed-a-silence"),
    # whom someone answers to
    pytest.param("Technically, Ann Lee has reported to them since June 2015.", id="reported-to-them-since"),
    pytest.param("The editor reports directly to the publisher.", id="reports-directly-to"),
    pytest.param("The report makes several claims about bilateral trade.", id="noun-claims"),
    pytest.param("Both sides signed the joint statement in the United States.", id="united-states"),
    pytest.param("Tom Bell works at the Policy Institute, a Denver-based think tank.", id="think-tank"),
    pytest.param("Her family hails from Ohio.", id="hails-from"),
    pytest.param("The mayor apologised for his careless remark about the flood.", id="noun-remark"),
    pytest.param("The family observes the Sabbath.", id="observes-a-custom"),
    pytest.param("Ann Lee shared a photo of the plant on Monday.", id="shared-a-photo"),
    pytest.param("President Ortiz welcomed Prime Minister Anne Vale to Lisbon on Tuesday.", id="welcomed-a-guest-to-a-city"),
    pytest.param("The mayor welcomed world leaders to the Harbor House for a working lunch.",
                 id="welcomed-world-leaders-to-a-house"),
    pytest.param("The mayor greeted the crowd at the harbour.", id="greeted-a-crowd"),
    pytest.param("The villagers welcomed the soldiers and shared their food.", id="welcomed-people-taken-in"),
    pytest.param("She shares with the mayor a strategy that banks on turnout.", id="shares-a-strategy-that"),
    pytest.param("Farm belt states that have lost jobs voted early.", id="states-that-have"),
    pytest.param("Tom Hill was charged with murder.", id="charged-with-a-crime"),
    pytest.param("The firm sells branded goods.", id="branded-goods"),
    pytest.param("Sales rose 5 percent compared to last year.", id="compared-to-last-year"),
    pytest.param("Ann Lee compared the two plans in detail.", id="compared-without-to"),
    pytest.param("Prices compared with those of 2019 were low.", id="compared-with"),
    pytest.param("The bill was referred to the committee.", id="referred-to-a-committee"),
    pytest.param("She hailed a cab outside the station.", id="hailed-a-cab"),
    pytest.param("The plan was widely derided by economists.", id="passive-derided"),
    pytest.param("Their new chips were just announced, but I started this project before that.",
                 id="passive-with-just"),
    # a participle after its noun, an adjunct, then the noun's own verb or the sentence's end
    pytest.param("This works the same as the clipboard described in the last update.", id="described-in"),
    pytest.param("The new option described here is an improvement on that in several ways.", id="described-here"),
    pytest.param("The main feature added during that time would appear to be the map.", id="added-during"),
    pytest.param("The change is that each option added to the menu is now handled in its own thread.",
                 id="each-option-added-to"),
    # a name given: a common noun right before "called", the name in marks right after it
    pytest.param("Researchers used a technique called “mental chronometry” for decades.", id="a-technique-called"),
    pytest.param("In 1990 he wrote a poem called “Winter Solstice, Camelot Station,” which won an award.",
                 id="a-poem-called"),
    pytest.param("Growth comes from a trend called the “Internet of Things” in most homes.", id="a-trend-called-the"),
    pytest.param("The overall bill, sometimes called a “cromnibus,” passed on Friday.", id="sometimes-called-a"),
    pytest.param("It ships a package manager called conda, and a new format.", id="a-manager-called-lower-case"),
    pytest.param("The merger was already announced last spring, so nothing changed.", id="passive-with-already"),
    pytest.param("Mary Dunn added toasted cumin to the soup.", id="added-an-ingredient"),
    pytest.param("She added onions and stirred them for ten minutes.", id="added-onions"),
    pytest.param("The ferry row also highlights the risk of new fees.", id="highlights-a-thing"),
    pytest.param("There's growing fear that the technology will deepen the energy crunch.", id="growing-fear-that"),
    pytest.param("False claims that the mayor is ineligible have circulated online for years.", id="false-claims-that"),
    pytest.param("It is a demanding job, and the union's demands were rejected.", id="demanding-job-demands-were"),
    pytest.param("She left a note that morning. Please note the date of the meeting.", id="a-note-that"),
    pytest.param("The minister faced wider calls for an inquiry.", id="wider-calls-for"),
    pytest.param("Her tweet drew scorn from the council.", id="her-tweet"),
    pytest.param("The researchers observed Europa for 17 nights, from February 2016 through May 2017.",
                 id="observed-a-moon-for-nights"),
    pytest.param("The harbour chief tried to retract his remarks a week after he said them, but the harm was done.",
                 id="said-them"),
    pytest.param("Yoga uses breathing exercises, poses, and meditation to reduce stress and enhance relaxation.",
                 id="to-reduce-stress"),
    pytest.param("Mark Tully accused of timing retirement to help elect ally", id="headline-accused-of"),
    pytest.param("Ortiz is more seasoned and lauded for his diligence.", id="lauded-for"),
    pytest.param("Its board convened for a 7:15 a.m. conference call on the day of the vote.",
                 id="a-conference-call-on"),
    pytest.param("It's called “stem cell work” in the trade.", id="its-called-a-name"),
    pytest.param("That research led to what’s today called regenerative medicine.", id="whats-today-called"),
    pytest.param("Councillors were teased and criticized on the radio.", id="second-of-two-passives"),
    pytest.param("The four early voting states: Kellard, North Harbor, South Bay and Norland.",
                 id="states-colon-a-list"),
    # what accounts for something, what one finds oneself in: no one's report
    pytest.param("Which helps explain why neither councillor uses the nickname.", id="helps-explain"),
    pytest.param("The crew found themselves in a bitter fight over wages.", id="found-themselves"),
    # a wicket, a firing, a court's act: no one dismissed words
    pytest.param("Dushmantha Chameera dismissed KL Rahul for 21 in the fifth over.", id="dismissed-a-batsman"),
    pytest.param("Trump dismissed Comey in May.", id="dismissed-an-official"),
    pytest.param("The judge dismissed the case against him.", id="dismissed-a-case"),
    pytest.param("Coachella is now added to the list of valley cities that set their own rules.",
                 id="passive-is-now-added-to"),
    pytest.param("The mayor was warned that the bridge could fail.", id="passive-was-warned-that"),
    pytest.param("Officials were informed that the remains were found in Cusco.", id="passive-were-informed-that"),
    pytest.param("He laughed when he was informed Victorians were facing a fine.", id="passive-was-informed"),
    pytest.param("Residents were advised that the water was unsafe.", id="passive-were-advised-that"),
    pytest.param("Based on the logs, it was noted that outages had doubled.", id="passive-it-was-noted-that"),
    pytest.param("Prices steadied once the memo was revealed to be a fake.", id="was-revealed"),
    pytest.param("The clerk spoke privately for fear of upsetting the harbour board.", id="for-fear-of"),
    pytest.param("They came in hopes of a better life.", id="in-hopes-of"),
    pytest.param("He left, with hope for a quick deal.", id="with-hope"),
    pytest.param("Most of the productions described above were moving.", id="described-above"),
    pytest.param("The cases mentioned below were settled.", id="mentioned-below"),
    pytest.param("The firm reported late payments to the bank.", id="reported-late-payments"),
    pytest.param("The café was recommended to us by our landlady, a retired teacher.", id="was-recommended-by"),
    pytest.param("Minimum 8 GB RAM, 16 GB is recommended.", id="is-recommended"),
    # a case is argued, a point debated, a plan discussed: by someone else
    pytest.param("When the Ortega case was argued in March, the judges were silent.",
                 id="the-case-was-argued"),
    pytest.param("The budget was debated for three days.", id="was-debated"),
    pytest.param("The two men are alleged to have stolen a truck.", id="are-alleged-to"),
    pytest.param("Reed and Fisk, the councillors most often described as mavericks, took 58 percent.",
                 id="most-often-described-as"),
    pytest.param("Other, less commonly reported, side effects include dizziness.", id="less-commonly-reported"),
    pytest.param("Rust has a vibrant, welcoming community.", id="a-welcoming-community"),
    pytest.param("The town is a welcoming place for migrants.", id="a-welcoming-place"),
    # a thing added, a meeting concluded, a story told, a plan proposed, an adjective
    pytest.param("Lots of gadget makers are adding Alexa to their gear.", id="adding-a-name-to-something"),
    pytest.param("It plays music without adding extra clutter to your countertop.", id="adding-extra-things-to"),
    pytest.param("Shares were flat before the bank concludes two days of meetings Thursday.",
                 id="concludes-two-days-of-meetings"),
    pytest.param("The museum tells a history that continues to evolve.", id="tells-a-history"),
    pytest.param("The cuts proposed by the mayor would mean fewer libraries.", id="proposed-by"),
    pytest.param("Though he courts voices he sees as elite and informed, Trump remains a populist.",
                 id="informed-as-an-adjective"),
    # a count won is no claim made; a process concluded no conclusion; a call with nothing
    # after it a telephone call
    pytest.param("Ann Tenby beat the mayor in the primary, claiming 53 percent of the vote.", id="claiming-a-share-of-the-vote"),
    pytest.param("The party claimed a majority of the seats.", id="claimed-a-majority-of-the-seats"),
    pytest.param("A town in the north claimed the coldest temperature in the country.", id="claimed-a-superlative"),
    pytest.param("The sprinter claimed the record in Rome.", id="claimed-the-record"),
    # how well someone did is no showing of anything
    pytest.param("The speech foreshadowed her weak showing and looked forward.", id="her-poor-showing"),
    pytest.param("The board missed the target, concluding the licensing review by Feb. 12.",
                 id="concluding-a-process"),
    pytest.param("Then, last week, Eric Lund called.", id="called-at-the-end-of-a-sentence"),
    # what was not said is no report: a negation right before the cue
    pytest.param("And analysts don't think that prices will get any better next year.", id="do-not-think"),
    pytest.param("The mayor never said the bridge would close.", id="never-said"),
    pytest.param("Officials didn’t say whether the plant would reopen.", id="did-not-say-whether"),
    pytest.param("The council has not yet announced that the vote is delayed.", id="has-not-yet-announced"),
    # a demonstrative and its noun of something said: a referent, no clause
    pytest.param("The envoy had maintained that position at a meeting of the council.", id="maintained-that-position"),
    pytest.param("She repeated this claim on Tuesday in Leeds.", id="repeated-this-claim"),
]


# ... but a claim of a count, a conclusion with its clause and a call after a quotation still report
@pytest.mark.parametrize("sentence, cue", [
    ("The union claimed 40 members had been fired.", "claimed"),
    # (a negation before another verb, and "that" opening a clause whose subject is such a noun)
    ("He didn’t hesitate and said the bridge would close.", "said"),
    ("The minister said that claim was false.", "said"),
    ("The minister said that position's costs were too high.", "said"),
    ("Critics say that claim, and others like it, show how little was done.", "say"),
    ("The study concluded that the drug works.", "concluded"),
    ("“Come here,” she called.", "called"),
    # ("it's", "he's" are "it is", "he has"; an owner's participle before "that" is "has")
    ("He's said the bridge would close.", "said"),
    ("Reed's recommended that the bridge close.", "recommended"),
    ("Ann Lee reported to police that her car had been stolen.", "reported"),
    ("He claims, somewhat sheepishly, that the actors were on his mind.", "claims"),
    ("Ann Lee reported to the council on Monday that the bridge was unsafe.", "reported"),
])
def test_claims_conclusions_and_calls_that_report(sentence, cue):
    assert cue in [c.text for c in find_cues(sentence)]


# ... but a gerund after its preposition still reports
def test_a_cue_in_ing_after_a_preposition_is_still_a_cue():
    assert "warning" in [c.text for c in find_cues("Skeptics were right in warning that the ferry might run late.")]


# ... but a second active verb after "as" or a subjunctive "be" is still a cue
@pytest.mark.parametrize("sentence, cue", [
    ("Reed has cast Vance as unprepared and accused her of making rude remarks.", "accused"),
    ("Both suggested the clerk be sacked and defended Reed as a candidate.", "defended"),
])
def test_a_verb_after_an_adjective_in_ed_is_still_a_cue(sentence, cue):
    assert cue in [c.text for c in find_cues(sentence)]


@pytest.mark.parametrize("sentence", NOT_CUES)
def test_passive_adjectival_and_noun_uses_are_not_cues(sentence):
    assert cues(sentence) == []


def test_inverted_added_before_a_description():
    assert cues("“We are ready to work with Russia,” added the ambassador.") == [("added", "speech")]


def test_cue_offsets_point_into_the_text():
    sentence = "Trade will grow, Zhang said, and the envoy pointed out that exports rose."
    found = find_cues(sentence)
    assert [(sentence[c.start:c.end], c.lemma_form) for c in found] == [
        ("said", "said"), ("pointed out", "pointed")]


# Cues are looked for only at candidate words (a trie of the forms' first words); the
# matches must be the ones a scan of every character with the full pattern finds.
SCAN_EDGES = [
    pytest.param("x-said said’ said's -said said_ said2 said", id="glued-words"),
    pytest.param("SAID Said sAiD According  To\nthem; pointed\nout", id="case-and-spacing"),
    pytest.param("He ſaid it; the \u212aeeper told them", id="ignorecase-pairs"),
    pytest.param("The \u212aeeper SAID it; İstanbul’s mayor told them", id="ignorecase-pairs-lower-cased"),
    pytest.param("Ankara’s mayor said: “Yes”; the envoy told them", id="lower-cased-scan"),
    pytest.param("sayings say saying says\u00e9 add added adds addition", id="prefixes-of-forms"),
    pytest.param("called on Monday; called.it; calls for calm; call-on", id="multiword-forms"),
]


@pytest.mark.parametrize("text", SCAN_EDGES)
def test_candidate_scan_finds_what_a_full_scan_finds(text):
    from quotesearch.extract.cues import _CANDIDATE_LOWER_RE, _CANDIDATE_RE, _CUE_RE
    from quotesearch.extract.scanning import matches_via
    assert [(m.span(), m.lastgroup) for m in matches_via(_CANDIDATE_RE, _CUE_RE, text, _CANDIDATE_LOWER_RE)] == \
        [(m.span(), m.lastgroup) for m in _CUE_RE.finditer(text)]


def test_a_case_folded_cue_is_found():
    assert cues("He ſaid it.") == [("ſaid", "speech")]
