"""Spec of `quotesearch.extract.speakers`: a mention resolved within its article.

`SpeakerResolver` resolves the mentions `mentions.parse_mention` reads: partial
names to the fullest name used, pronouns to the last speaker, descriptions ("the
envoy") to the person whose role fits, joint subjects to both people. It is
exercised here through `extract_quotes` on short articles.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.speakers import SpeakerResolver
from quotesearch.records import Article

HEADLINE = "China and Russia pledge closer trade ties"


# ------------------------------------------------------------------ resolution in an article

def quotes_of(body: str, article_id: str = "a") -> list[tuple[str, str, str | None]]:
    text = f"{HEADLINE}\n\n{body}"
    quotes = extract_quotes(Article(id=article_id, text=text))
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return [(q.type, q.text, q.speaker) for q in quotes]


RESOLUTION = [
    pytest.param(
        "Chinese Ambassador to Russia Zhang Hanhui met business leaders in Moscow on Friday.\n\n"
        "“Trade between our countries will keep growing,” Zhang said.",
        [("direct", "Trade between our countries will keep growing,", "Zhang Hanhui")],
        id="surname-to-full-name-named-earlier"),
    pytest.param(
        "Russian President Vladimir Putin arrived in Beijing on Thursday.\n\n"
        "“Relations between Russia and China are not opportunistic,” President Putin said.",
        [("direct", "Relations between Russia and China are not opportunistic,", "Vladimir Putin")],
        id="title-and-surname-to-full-name"),
    pytest.param(
        "Zhang Hanhui, the Chinese ambassador to Russia, spoke in Moscow on Friday.\n\n"
        "“We will keep working together,” he said.",
        [("direct", "We will keep working together,", "Zhang Hanhui")],
        id="he-to-the-person-named-before"),
    pytest.param(
        "Ben Ortiz, the Chilean ambassador to Russia, spoke at a forum in Moscow on Friday.\n\n"
        "Ferry traffic will pick up in the later months of the year, Ortiz said.\n\n"
        "He noted that fish exports had become a bright spot in the partnership.",
        [("indirect", "Ferry traffic will pick up in the later months of the year", "Ben Ortiz"),
         ("indirect", "fish exports had become a bright spot in the partnership", "Ben Ortiz")],
        id="he-to-the-last-speaker"),
    pytest.param(
        "Russian and Chinese diplomats spoke at a forum in Moscow on Friday.\n\n"
        "Andrey Denisov said that the visit would take place in the autumn.\n\n"
        "Zhang Hanhui said that trade had recovered strongly this year.\n\n"
        "He added that agricultural exports had become a new highlight.",
        [("indirect", "the visit would take place in the autumn", "Andrey Denisov"),
         ("indirect", "trade had recovered strongly this year", "Zhang Hanhui"),
         ("indirect", "agricultural exports had become a new highlight", "Zhang Hanhui")],
        id="he-to-the-latest-of-two-speakers"),
    pytest.param(
        "Experts said the talks would focus on energy and trade.\n\n"
        "They noted that the two sides had signed several agreements in recent years.",
        [("indirect", "the talks would focus on energy and trade", "experts"),
         ("indirect", "the two sides had signed several agreements in recent years", "experts")],
        id="they-to-the-last-group"),
    pytest.param(
        "Chinese Ambassador to Russia Zhang Hanhui spoke at a forum in Moscow on Friday.\n\n"
        "The envoy stressed that the two countries would keep working together on energy projects.",
        [("indirect", "the two countries would keep working together on energy projects", "Zhang Hanhui")],
        id="the-envoy-to-the-ambassador"),
    pytest.param(
        "Chinese Ambassador to Russia Zhang Hanhui spoke at the forum on Friday.\n\n"
        "“Our cooperation has a bright future,” the envoy said.",
        [("direct", "Our cooperation has a bright future,", "Zhang Hanhui")],
        id="inverted-the-envoy-to-the-ambassador"),
    pytest.param(
        "Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing.\n\n"
        "The minister stressed that both sides oppose unilateral sanctions.",
        [("indirect", "both sides oppose unilateral sanctions", "Wang Yi")],
        id="the-minister-to-the-foreign-minister"),
    pytest.param(
        "Voters came out in the rain.\n\n"
        "“She has done as much for the harbor as anyone,” Mr. Harding said.",
        [("direct", "She has done as much for the harbor as anyone,", "Harding")],
        id="courtesy-title-makes-an-ing-word-a-surname"),
    pytest.param(
        "Voters came out in the rain.\n\n"
        "“He is calmer than he used to be,” said Gail Ferrer, 58, of Dover, after hearing Mr. Lutz "
        "speak on Sunday.",
        [("direct", "He is calmer than he used to be,", "Gail Ferrer")],
        id="adverbial-after-the-speaker-is-no-role"),
    pytest.param(
        "The Dodd-Frank Act was classically technocratic. Dodd-Frank still fell prey to the technocratic "
        "ideology.\n\n"
        "The central problem, as she noted in her memoirs, was that “there was a revolution still to be "
        "made.”",
        [("mixed", "“there was a revolution still to be made.”", None)],
        id="a-law-is-no-one-a-she-stands-for"),
    # "then" says when the title was held, not which holder
    pytest.param(
        "Prime Minister Ann Lowe met the unions in 1986.\n\nThe then prime minister concluded that the plan would fail.",
        [("indirect", "the plan would fail", "Ann Lowe")], id="the-then-prime-minister"),
    # a surname's particle capitalised to open a sentence is still that person's surname
    pytest.param(
        "The philosopher Luis de Miranda wrote a history of neon.\n\nDe Miranda evokes the lights of Paris.\n\n"
        "“Neon has seen every change of the century,” de Miranda writes.\n\n“Today it is a relic,” De Miranda said.",
        [("direct", "Neon has seen every change of the century,", "Luis de Miranda"),
         ("direct", "Today it is a relic,", "Luis de Miranda")], id="a-capitalised-particle-opening-a-sentence"),
    pytest.param(
        "Robert De Niro spoke in Moscow on Monday.\n\n“I am happy to be here,” De Niro said.",
        [("direct", "I am happy to be here,", "Robert De Niro")], id="a-particle-written-capitalised-everywhere"),
]


# A bare surname two namesakes share is the one just named in full in its paragraph,
# when the one named most is not named since; else the one named most
NAMESAKES = [
    pytest.param(
        "Designer Tom Fordham will not dress Melania Grant. “I declined,” Fordham said. Melania Grant smiled.\n\n"
        "Melania Grant’s husband was not amused.\n\n"
        "President-elect Donald Grant is filling his Cabinet with rich people. On Wednesday, Grant announced "
        "Steve Minton as his choice for treasury secretary.",
        [("direct", "I declined,", "Tom Fordham"),
         ("indirect", "Steve Minton as his choice for treasury secretary", "Donald Grant")],
        id="the-namesake-just-named"),
    pytest.param(
        "Melania Grant spoke at the gala. Melania Grant’s husband was not there.\n\n"
        "President-elect Donald Grant spent the day in New York.\n\n"
        "Grant said on Wednesday that she would keep working.",
        [("indirect", "she would keep working", "Melania Grant")],
        id="in-another-paragraph-the-one-named-most"),
]


# A clause opened by "Once", "Whenever" or "Until" before a surname names no one "Once Kheradpir"
SUBORDINATOR_BEFORE_A_SURNAME = [
    pytest.param(
        "Executives showed off new features on Monday.\n\n"
        "“We built the TV service as a cloud product,” Kheradpir said.\n\n"
        "Once Kheradpir started using the app, he watched it all the time.",
        [("direct", "We built the TV service as a cloud product,", "Kheradpir")],
        id="once-before-a-surname"),
    pytest.param(
        "Mayor Dana Oyelaran opened the bridge.\n\n“It is safe,” Oyelaran said.\n\n"
        "Until Oyelaran spoke, nobody knew.",
        [("direct", "It is safe,", "Dana Oyelaran")],
        id="until-before-a-surname"),
    pytest.param(
        "Wherever Dana Oyelaran goes, the media goes.\n\nShe also posted a message saying, if elected, she "
        "would put new rules in place for the bridge.",
        [("indirect", "if elected, she would put new rules in place for the bridge", "Dana Oyelaran")],
        id="wherever-before-a-full-name"),
]


# A hyphenated title is a title whole: "the president-elect" is whoever the article calls
# "President-elect" (not only a "president")
HYPHENATED_TITLES = [
    pytest.param(
        "President-elect Dana Moreau has named Li Wei, the manager of her campaign, as counselor.\n\n"
        "“She is a tireless advocate of my agenda,” the president-elect said in a statement.",
        [("direct", "She is a tireless advocate of my agenda,", "Dana Moreau")],
        id="the-president-elect"),
    pytest.param(
        "Under-secretary Tom Okafor opened the new embassy on Monday.\n\n"
        "“It belongs to the town as much as to us,” the under-secretary said.",
        [("direct", "It belongs to the town as much as to us,", "Tom Okafor")],
        id="the-under-secretary"),
]


# A capitalised word opening a sentence before a name is no part of it: an imperative, an
# inverted cue, the writer's epithet for the person
OPENING_WORDS_BEFORE_A_NAME = [
    pytest.param(
        "Ask Damien Okoro, the director, about musicals and he lights up.\n\n"
        "“How else do you begin a musical?” he asks, laughing.",
        [("direct", "How else do you begin a musical?", "Damien Okoro")], id="an-imperative"),
    pytest.param(
        "Longtime Dana Moreau adviser Rudy Ferris has withdrawn.\n\n“Rudy is a great patriot,” Moreau said.",
        [("direct", "Rudy is a great patriot,", "Dana Moreau")], id="an-epithet"),
    pytest.param(
        "Replied Stephen Jones, “Turn it in.”\n\n“We took it too far,” Stephen said.",
        [("direct", "Turn it in.", "Stephen Jones"), ("direct", "We took it too far,", "Stephen Jones")],
        id="an-inverted-cue"),
    pytest.param("Reportedly Reed said the harbour deal was dead.", [("indirect", "the harbour deal was dead", "Reed")],
                 id="a-sentence-adverb-before-a-surname"),
    pytest.param("Apparently Lena Holt said she would return to the stage.",
                 [("indirect", "she would return to the stage", "Lena Holt")], id="a-sentence-adverb-before-a-name"),
    # someone introducing themself; the writer's praise
    pytest.param("I'm Haoyu Zhang-Demir, and I run the lab.\n\n“We will win,” Zhang-Demir said.",
                 [("direct", "We will win,", "Haoyu Zhang-Demir")], id="I'm-before-a-name"),
    pytest.param("Proud Maria Lopez said the team would win.",
                 [("indirect", "the team would win", "Maria Lopez")], id="a-writer's-adjective-before-a-name"),
    # a headline's verb in title case after the name is no word of it
    pytest.param("Tom Brady Compared the NFL to a Military Deployment on Monday.",
                 [("indirect", "the NFL to a Military Deployment", "Tom Brady")], id="a-title-case-verb-after-a-name"),
    # … whatever title-case words follow it: the heading names the person in full for the body
    pytest.param("Tom Hayek Described His Experience Being Turned Away.\n\nHayek confirmed it and said, “It was wrong.”",
                 [("direct", "It was wrong.", "Tom Hayek")], id="a-title-case-verb-then-title-case-words"),
]


@pytest.mark.parametrize("body, expected", OPENING_WORDS_BEFORE_A_NAME)
def test_a_word_opening_the_sentence_is_no_part_of_a_name(body, expected):
    assert quotes_of(body) == expected


@pytest.mark.parametrize("body, expected", HYPHENATED_TITLES)
def test_a_hyphenated_title_stands_for_its_holder(body, expected):
    assert quotes_of(body) == expected


@pytest.mark.parametrize("body, expected", SUBORDINATOR_BEFORE_A_SURNAME)
def test_a_subordinator_before_a_surname_is_no_first_name(body, expected):
    assert quotes_of(body) == expected


@pytest.mark.parametrize("body, expected", NAMESAKES)
def test_a_surname_of_namesakes_is_the_one_just_named(body, expected):
    assert quotes_of(body) == expected


@pytest.mark.parametrize("body, expected", RESOLUTION)
def test_speaker_resolution(body, expected):
    assert quotes_of(body) == expected


def test_roles_reach_later_quotes_of_the_same_person():
    text = (f"{HEADLINE}\n\nZhang Hanhui, the Chinese ambassador to Russia, spoke in Moscow on Friday.\n\n"
            "“We will keep working together,” Zhang said.")
    (quote,) = extract_quotes(Article(id="a", text=text))
    assert (quote.speaker, quote.speaker_kind, quote.role) == ("Zhang Hanhui", "person",
                                                               "Chinese ambassador to Russia")


SAME_PERSON_IN_TWO_ARTICLES = [
    pytest.param(
        "Chinese Ambassador to Russia Zhang Hanhui met business leaders in Moscow on Friday.\n\n"
        "“Trade between our countries will keep growing,” Zhang said.",
        "Trade between China and Russia will keep growing, Zhang Hanhui said on Friday.",
        "Zhang Hanhui", id="surname-vs-full-name"),
    pytest.param(
        "Russian President Vladimir Putin arrived in Beijing on Thursday.\n\n"
        "Putin said that relations with China were at their best in history.",
        "President Vladimir Putin said that relations with China were at their best in history.",
        "Vladimir Putin", id="surname-vs-titled-full-name"),
]


@pytest.mark.parametrize("body_a, body_b, speaker", SAME_PERSON_IN_TWO_ARTICLES)
def test_same_person_gets_the_same_speaker_string_in_different_articles(body_a, body_b, speaker):
    speakers_a = {s for _, _, s in quotes_of(body_a, "first")}
    speakers_b = {s for _, _, s in quotes_of(body_b, "second")}
    assert speakers_a == speakers_b == {speaker}


def test_resolution_does_not_leak_between_articles():
    """An article naming only "Zhang" is not completed from a name seen in another one."""
    quotes_of("Chinese Ambassador to Russia Zhang Hanhui met business leaders in Moscow on Friday.\n\n"
              "“Trade between our countries will keep growing,” Zhang said.", "first")
    assert quotes_of("“Trade between our countries will keep growing,” Zhang said.", "second") == [
        ("direct", "Trade between our countries will keep growing,", "Zhang")]


# ------------------------------------------------------------------ the resolver itself

def test_canonical_is_the_fullest_name_in_the_article():
    text = "Zhang Hanhui met Andrey Denisov and Vladimir Putin in Moscow."
    resolver = SpeakerResolver.for_article(text, [(0, len(text))])
    assert resolver.canonical("Zhang") == "Zhang Hanhui"
    assert resolver.canonical("Denisov") == "Andrey Denisov"
    assert resolver.canonical("Putin") == "Vladimir Putin"
    assert resolver.canonical("Wang") == "Wang"


# A one-word name is a surname before it is a first word: "Bundy" is Ammon Bundy, not "the
# Bundy Ranch"; "Jack" is Brian Jack, not Jack Dalrymple; a name written surname first is
# found by its first word only when no name ends with it ("Zhang" of "Zhang Hanhui")
SURNAME_BEFORE_FIRST_WORD = [
    ("At the Bundy Ranch in 2014 Santilli met Ammon Bundy.", "Bundy", "Ammon Bundy"),
    ("Gov. Jack Dalrymple stayed neutral. Brian Jack runs the delegate operation.", "Jack", "Brian Jack"),
    ("Zhang Hanhui met the press.", "Zhang", "Zhang Hanhui"),
    # a title that is also a first name, before a surname the article gives in full
    ("Dean Vikram Amar spoke at the law school.", "Dean Amar", "Vikram Amar"),
    # … and so is a word the article sets in lower case before the full name
    ("Prices fell, according to realtor Shaun Ghulam.", "Realtor Ghulam", "Shaun Ghulam"),
    ("Prices fell, according to Shaun Ghulam.", "Realtor Ghulam", "Realtor Ghulam"),
    # a quantity of people opening a sentence is no first name ("Other Republican leaders")
    ("Other Republican leaders met on Thursday. Some Democratic senators stayed away.", "Republican", "Republican"),
    ("Other Republican leaders met on Thursday. Some Democratic senators stayed away.", "Democratic", "Democratic"),
]


# "I" after a name is a regnal numeral ("Elizabeth I") unless a verb follows it: "the only
# Cyrus I see" names Cyrus, and no "Cyrus I" the article's descriptions could stand for
REGNAL_NUMERAL_OR_PRONOUN = [
    ("He is the only Darius I see fulfilling the prophecy.", False),
    ("The statue of Darius I stands in the square.", True),
    ("Darius I ruled Persia for decades.", True),
]


@pytest.mark.parametrize("text, named", REGNAL_NUMERAL_OR_PRONOUN)
def test_the_pronoun_i_after_a_name_is_no_part_of_it(text, named):
    resolver = SpeakerResolver.for_article(text, [(0, len(text))])
    assert ("Darius I" in resolver.full_names) is named


@pytest.mark.parametrize("text, name, expected", SURNAME_BEFORE_FIRST_WORD)
def test_a_one_word_name_is_a_surname_before_a_first_word(text, name, expected):
    resolver = SpeakerResolver.for_article(text, [(0, len(text))])
    assert resolver.canonical(name) == expected


# A person's own writing speaks for its writer when the article names them
OWN_WRITINGS = [
    pytest.param("Marsh’s Final Column Praises The Mayor\n\nAnn Marsh, who died Monday at 88, used her last "
                 "column to praise the mayor. Marsh’s final column says the mayor “kept the harbour open”.",
                 "Ann Marsh", id="a-column-of-a-named-writer"),
    # … and so does "his statement", when the pronoun stands for a name
    pytest.param("Schools to close\n\nCounty Executive Tom Reed said in a statement that schools would close. "
                 "His statement continued: “We are in close contact with the harbour schools.”",
                 "Tom Reed", id="his-statement-continued"),
    pytest.param("Schools to close\n\nThe storm reached the coast on Monday. His statement continued: “We are in "
                 "close contact with the harbour schools.”", "his statement", id="his-statement-with-no-one-named"),
]


# A one-word name the article gives no one, reporting what "it" has or plans: a body
ITS_OWN_PLANS = [
    pytest.param("Kenya payments\n\nM-Pesa says it has 17 million customers.", ("M-Pesa", "organization"),
                 id="says-it-has"),
    pytest.param("Investment\n\nSoftBank said it plans to invest $50 billion.", ("SoftBank", "organization"),
                 id="said-it-plans"),
    # (not what "it" was: "Purcell said it was a money-saving step" is a person's view)
    pytest.param("County budget\n\nPurcell said it was a money-saving step.", ("Purcell", "person"),
                 id="said-it-was"),
]


@pytest.mark.parametrize("text, expected", ITS_OWN_PLANS)
def test_a_one_word_name_reporting_its_own_plans_is_a_body(text, expected):
    assert [(q.speaker, q.speaker_kind) for q in extract_quotes(Article(id="b", text=text))] == [expected]


@pytest.mark.parametrize("text, speaker", OWN_WRITINGS)
def test_a_persons_own_writing_speaks_for_them(text, speaker):
    quotes = extract_quotes(Article(id="w", text=text))
    assert [q.speaker for q in quotes if "harbour" in q.text] == [speaker]


# "The pair", "the two leaders": the last two people the article named in full; "both
# airlines": the last two bodies of that kind
THE_PAIR = [
    pytest.param("President Anna Lind met President Ivan Orlov in Minsk on Tuesday. Lind said ties were strong. "
                 "Orlov said trade was growing.\n\nThe pair have touted their relationship as a “partnership "
                 "with no limits”.", "Anna Lind and Ivan Orlov", id="the-pair-after-two-leaders"),
    pytest.param("The bank is not listed. Mr. Ebbe and Mr. Pruitt run it. Both men said they had no plans "
                 "to list it.", "both men", id="both-men-never-named-in-full"),
    # two bodies of the kind named together: "both airlines", "the two companies"
    pytest.param("Harbor Airlines and Kellard Airways cut flights on Monday. Both airlines said there were no plans "
                 "to restore them.", "Harbor Airlines and Kellard Airways", id="both-airlines-named-together"),
    pytest.param("Kellard Holdings and Harbor Group merged on Monday. The two companies said there were no plans "
                 "to cut jobs.", "Kellard Holdings and Harbor Group", id="the-two-companies-named-together"),
    pytest.param("Tom Reed and Ann Lee met on Monday. Both airlines said there were no plans to cut flights.",
                 "both airlines", id="both-airlines-not-two-people"),
    # a spouse named right after "her husband": the couple is the two of them
    pytest.param("Ann Lee and her husband Tom Reed run the harbor cafe. The couple said there were no plans to "
                 "sell it.", "Ann Lee and Tom Reed", id="the-couple-a-name-and-her-husband"),
]


@pytest.mark.parametrize("text, speaker", THE_PAIR)
def test_the_pair_is_the_last_two_people_named(text, speaker):
    quotes = extract_quotes(Article(id="p", text="Summit\n\n" + text))
    assert [q.speaker for q in quotes if "no limits" in q.text or "no plans" in q.text] == [speaker]


SENTENCE_FIRST_WORDS = [
    # "Footage" opens a sentence and is an ordinary word of the article: no speaker
    ("The footage was shown on Monday.\n\nFootage showed that the fire started in the kitchen.", []),
    # an unknown capitalised word opening a sentence may be a name the article never introduced
    ("Voters met on Monday.\n\nEarhardt asked whether the vote would be close.",
     [("indirect", "whether the vote would be close", "Earhardt")]),
]


@pytest.mark.parametrize("body, expected", SENTENCE_FIRST_WORDS)
def test_a_sentence_first_word_names_someone_only_if_no_ordinary_word(body, expected):
    quotes = extract_quotes(Article(id="t", text="Headline of the day\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# Two named speakers acting together are one joint speaker, each by the fullest name
# the article uses.
JOINT_SPEAKERS = [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin on Tuesday.\n\n"
     "Xi and Putin criticised Western sanctions at the summit.",
     [("indirect", "Western sanctions at the summit", "Xi Jinping and Vladimir Putin")]),
    ("Senator Ted Cruz and Carly Fiorina campaigned in Indiana.\n\nBoth Cruz and Fiorina said the race was open.",
     [("indirect", "the race was open", "Ted Cruz and Carly Fiorina")]),
]


@pytest.mark.parametrize("body, expected", JOINT_SPEAKERS)
def test_joint_speakers(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# The person behind a description: a role given in a relative clause ("who serves as
# general manager of …"), an employer named in a role, a relation before a name.
DESCRIBED_PEOPLE = [
    ("Davide Rossi, who serves as general manager of Chiesi Pharmaceutical, spoke first.\n\n"
     "Companies must invest in China, the general manager said.",
     [("indirect", "Companies must invest in China", "Davide Rossi")]),
    ("Zhao Wei, managing director of Porsche Consulting, spoke first.\n\n"
     "Customers have changed, the Porsche executive said.",
     [("indirect", "Customers have changed", "Zhao Wei")]),
    # a former holder is not "the" holder: no one else named fits, so the description stays
    ("Former Republican Senate candidate Dan Fisk spoke at the pier on Monday.\n\n"
     "The seawall will be rebuilt, the GOP candidate insisted.",
     [("indirect", "The seawall will be rebuilt", "the GOP candidate")]),
    ("Former Republican Senate candidate Dan Fisk spoke at the pier on Monday.\n\n"
     "The seawall was a blunder, the former GOP candidate said.",
     [("indirect", "The seawall was a blunder", "Dan Fisk")]),
    # a title no one named so far holds stands for the one holder named further on (an
    # abstract before the story), never for one of two ("the president" was Walter J. Benning,
    # named later in passing, when the article's president is Mr. Hale)
    ("While the president has often said he opposes sending ships to distant waters, his "
     "staff keep finding exceptions.\n\nPresident Reed recently ordered three frigates to Kellard.",
     [("indirect", "he opposes sending ships to distant waters", "Reed")]),
    ("Staff were taken by surprise by the news, which Ms. Lind and Mr. Hale had kept quiet. "
     "But the president said Ms. Lind had told him six months ago that she wanted a break.\n\n"
     "Ms. Lind served at the harbour board under President Walter J. Benning and met President Ivan Orlov.",
     [("indirect", "Ms. Lind had told him six months ago that she wanted a break", "the president")]),
    # an acronym of the title a role runs ("Ireland’s chief medical officer" is "the CMO")
    ("Ireland’s chief medical officer, Dr Tony Holohan, said cases were rising.\n\nThe CMO said people should "
     "stay at home.",
     [("indirect", "cases were rising", "Tony Holohan"), ("indirect", "people should stay at home", "Tony Holohan")]),
    ("Ann Lee, chief financial officer of Acme, said sales fell in the spring.\n\nThe CEO said the plan would work.",
     [("indirect", "sales fell in the spring", "Ann Lee"), ("indirect", "the plan would work", "the CEO")]),
    # a party-and-state tag after a name gives the words a description may single them out by
    ("Sen. Ted Cruz (R-Texas) spoke on Monday. Sen. Bernie Sanders (I-Vt.) spoke after him.\n\n"
     "The wall will be built, the Texas senator said.\n\nThe banks must be broken up, the senator from "
     "Vermont said.",
     [("indirect", "The wall will be built", "Ted Cruz"), ("indirect", "The banks must be broken up", "Bernie Sanders")]),
    ("Gen. Dan Fisk, a retired Army general and former Kellard base commander, spoke on Monday.\n\n"
     "The plan is wrong, the retired general said.",
     [("indirect", "The plan is wrong", "Dan Fisk")]),
    # where the office is held, which the role leaves out, still fits its one holder
    ("Mayor Steven Ortiz signed the order on Monday.\n\n"
     "The mayor of Riverton explained that the order would protect workers.",
     [("indirect", "the order would protect workers", "Steven Ortiz")]),
    # … but not when two hold it, nor a share of people ("the majority of …")
    ("Mayor Steven Ortiz and Mayor Ann Bell signed the order on Monday.\n\n"
     "The mayor of Riverton explained that the order would protect workers.",
     [("indirect", "the order would protect workers", "the mayor of Riverton")]),
    # the one senator the article names is "the senator from" somewhere, as she is "the mayor of" somewhere
    ("Ann Reyes pressed Sen. Tom Reed on ferries at the forum on Sunday.\n\n"
     "The senator from Maine said the ferry fares were unfair.",
     [("indirect", "the ferry fares were unfair", "Tom Reed")]),
    # two titles joined by "and" are one person's; either may say who
    ("Sen. Tom Reed answered first, laying into the harbour board on Tuesday evening.\n\n"
     "“The port is run by amateurs,” the Maine senator and former presidential candidate said.",
     [("direct", "The port is run by amateurs,", "Tom Reed")]),
    # a party member described by state is a description, never the name "Republican"
    ("Senate Majority Leader Dan Fisk (R-Ky.) said Congress will watch the new rules closely.\n\n"
     "The Kentucky Republican dismissed the president’s plan to tighten gun sales.",
     [("indirect", "Congress will watch the new rules closely", "Dan Fisk"),
      ("indirect", "the president’s plan to tighten gun sales", "Dan Fisk")]),
    # an epithet for the person the sentences before are about, though she has not spoken yet …
    ("Ann Vale spoke out against bullying in a video for a charity. Speaking French, she discussed her own "
     "experiences. “I was a victim of bullying at school,” the singer said.",
     [("direct", "I was a victim of bullying at school,", "Ann Vale")]),
    # … but not one a relative clause introduces as someone new
    ("Ann Vale spoke out against bullying in a video for a charity. Speaking French, she discussed her own "
     "experiences. “I was a victim of bullying at school,” said the singer, who works for another label.",
     [("direct", "I was a victim of bullying at school,", "the singer")]),
    # a title epithet for the one person named so far, who has no role of another kind
    ("Dan Fisk has bought shares in the firms he attacks, according to his filing. In the filing, the presumptive "
     "Republican nominee reported owning shares in Acme Corp.",
     [("indirect", "Dan Fisk has bought shares in the firms he attacks", "his filing"),
      ("indirect", "owning shares in Acme Corp", "Dan Fisk")]),
    # (not one whose role is another: a mayor is no senator)
    ("Mayor Dan Fisk signed the bill on Monday. The Texas senator said it was a mistake.",
     [("indirect", "it was a mistake", "the Texas senator")]),
    # a title only a race gives, bare, for the person just quoted and named last …
    ("Dan Fisk spoke in Ohio on Friday. “A deal would help,” Fisk told reporters. “I like the plan,” the "
     "candidate said.",
     [("direct", "A deal would help,", "Dan Fisk"), ("direct", "I like the plan,", "Dan Fisk")]),
    ("Ann Reyes spoke in Ohio on Friday. “A deal would help,” Reyes told reporters. The front-runner said the "
     "plan would work.",
     [("direct", "A deal would help,", "Ann Reyes"), ("indirect", "the plan would work", "Ann Reyes")]),
    # … not when someone else was named since
    ("Dan Fisk and Ann Reyes spoke in Ohio on Friday. “A deal would help,” Fisk told reporters. Ann Reyes "
     "smiled. The candidate said the plan would work.",
     [("direct", "A deal would help,", "Dan Fisk"), ("indirect", "the plan would work", "the candidate")]),
    # … nor after a question the last speaker put to someone, who may be the one meant
    ("Gov. Dan Fisk spoke in Ohio on Friday. Ann Reyes asked Fisk to name his running mate. The candidate said no "
     "rival would win.",
     [("indirect", "Fisk to name his running mate", "Ann Reyes"), ("indirect", "no rival would win", "the candidate")]),
    # … and never a bare office another person may hold outright
    ("Dan Fisk spoke in Ohio on Friday. “A deal would help,” Fisk told reporters. “I like the plan,” the "
     "president said.",
     [("direct", "A deal would help,", "Dan Fisk"), ("direct", "I like the plan,", "the president")]),
]


# An unnamed person just brought in ("a reporter") is no one an epithet stands for: the
# named person in view is
DESCRIBED_PEOPLE += [
    ("Dan Fisk, the Republican front-runner, spoke in Kellard on Thursday.\n\n"
     "“Should there be a registry?” a reporter asked Fisk after the event.\n\n"
     "“There should be many checks,” the businessman replied.\n\n"
     "“I would surely put that in place,” he added.",
     [("direct", "Should there be a registry?", "a reporter"),
      ("direct", "There should be many checks,", "Dan Fisk"),
      ("direct", "I would surely put that in place,", "Dan Fisk")]),
]


# A paragraph's quotations without a cue are resolved after those with one: "He" in the
# next paragraph is still who spoke last in the text (it was Bridenstine, whose quotation
# came earlier in the paragraph, not Serra)
READ_OUT_OF_ORDER = [
    ("Rep. Tom Aderholt pushed for more rockets. “I understand there is a growing confidence among the "
     "contractors,” he said. “What do you think?”“It depends on what Boeing is willing to invest, quite "
     "frankly,” responded NASA administrator Jim Bridenstine. Rep. Tom Serra, chairman of the subcommittee, "
     "was skeptical. “It’s hard to justify any extra spending this year,” Serra said.\n\n"
     "He suggested pushing back the date of the first landing to 2028.",
     [("direct", "It depends on what Boeing is willing to invest, quite frankly,", "Jim Bridenstine"),
      ("direct", "It’s hard to justify any extra spending this year,", "Tom Serra"),
      ("indirect", "pushing back the date of the first landing to 2028", "Tom Serra")]),
]


@pytest.mark.parametrize("body, expected", READ_OUT_OF_ORDER)
def test_a_pronoun_after_a_paragraph_means_who_spoke_last_in_it(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes][-3:] == expected


@pytest.mark.parametrize("body, expected", DESCRIBED_PEOPLE)
def test_descriptions_reach_the_person_they_describe(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# Speakers named the British and local way: the head of the phrase, not a place or body
# in it; titles and letters around a name are no part of it.
NAMED_THE_LOCAL_WAY = [
    ("Jane Roe, the MP for Northfield, who backs the plan, said the vote would be close.",
     [("indirect", "the vote would be close", "Jane Roe")]),
    ("“We need more buses,” said Councillor Ann Diaz of Lake County.",
     [("direct", "We need more buses,", "Ann Diaz")]),
    ("The county spoke first.\n\n“The pier is unsafe,” said Tom Reed who is the harbour manager.",
     [("direct", "The pier is unsafe,", "Tom Reed")]),
    ("Mr Parish, chairman of the transport committee, said: “We will review the decision.”",
     [("direct", "We will review the decision.", "Parish")]),
    ("Gayle King interviewed the author on Monday.\n\n“Is it hard?” King asked.",
     [("direct", "Is it hard?", "Gayle King")]),
    ("Industry analyst Ken Doctor has followed the sale.\n\n“Is it over?” Doctor asks.",
     [("direct", "Is it over?", "Ken Doctor")]),
    ("Tory MP John Smith spoke in the Commons.\n\n"
     "Speaking in the Commons, the Conservative MP said: “This is a disgrace.”",
     [("direct", "This is a disgrace.", "John Smith")]),
    ("Superintendent Audley Peters spoke to reporters.\n\n“We have two suspects,” Supt Peters said.",
     [("direct", "We have two suspects,", "Audley Peters")]),
    ("“The sentence is just,” His Honour Judge Neil Ford QC said.",
     [("direct", "The sentence is just,", "Neil Ford")]),
    ("“We want safer streets,” Throgs Neck resident Dennise Laboy said.",
     [("direct", "We want safer streets,", "Dennise Laboy")]),
    ("The regulations state that drivers must stop.",
     [("indirect", "drivers must stop", "the regulations")]),
    ("The legislation makes clear that fees are capped.",
     [("indirect", "fees are capped", "the legislation")]),
    # a participle that describes a relative ("estranged", "now-deceased") is no verb of theirs
    ("Ann Lee spoke on Monday. “I am innocent,” her now-estranged husband said.",
     [("direct", "I am innocent,", "her now-estranged husband")]),
    ("Ann Lee spoke on Monday. Her estranged husband told reporters that he was innocent.",
     [("indirect", "he was innocent", "her estranged husband")]),
    ("“Turnout will be low,” said a GOP insider in the early primary state of New Hampshire.",
     [("direct", "Turnout will be low,", "a GOP insider in the early primary state of New Hampshire")]),
    ("A spokesman for Mayor Frank Okafor of Cleveland said the police were ready.",
     [("indirect", "the police were ready", "a spokesman for Mayor Frank Okafor of Cleveland")]),
    ("A spokesperson for the Department of Health said: “We are working with the NHS.”",
     [("direct", "We are working with the NHS.", "spokesperson for the Department of Health")]),
    ("In a statement, the family said: “He was a loving father.”",
     [("direct", "He was a loving father.", "the family")]),
    ("Tegnell laughed and simply said the plan was working.",
     [("indirect", "the plan was working", "Tegnell")]),
]


@pytest.mark.parametrize("body, expected", NAMED_THE_LOCAL_WAY)
def test_speakers_named_the_local_way(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# From a second review on unseen news: times after "announced", a capitalised given name
# that is also a particle elsewhere, an adverbial after a closing cue, a title in marks
# before a descriptor and a name.
SECOND_REVIEW = [
    ("Two men were arrested, police announced Tuesday.",
     [("indirect", "Two men were arrested", "police")]),
    ("The company announced last Monday that it would close the plant.",
     [("indirect", "it would close the plant", "the company")]),
    ("Di Li, a researcher at the institute, said the model was wrong.",
     [("indirect", "the model was wrong", "Di Li")]),
    ("Dr Ann Roe, director of Acme and Beta Systems, said the merger was off.",
     [("indirect", "the merger was off", "Ann Roe")]),
    ("Acting Attorney for the District of Ohio Jo Poe said the charges would stand.",
     [("indirect", "the charges would stand", "Jo Poe")]),
    ("'Quiz Night' actress Ann Roe said the prize should have gone to another show.",
     [("indirect", "the prize should have gone to another show", "Ann Roe")]),
]


@pytest.mark.parametrize("body, expected", SECOND_REVIEW)
def test_constructions_from_the_second_review(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


def test_an_adverbial_after_a_closing_cue_is_no_second_quotation():
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "Ann Lee won.\n\n“We were excellent,” she said, in the night's biggest surprise."))
    assert [(q.type, q.text) for q in quotes] == [("direct", "We were excellent,")]


def test_a_headline_title_stands_for_the_person_given_it():
    text = ("Lakes at risk of algae as summer heats up, NWA Director warns\n\n"
            "The lakes cannot ignore the risk of algae, warns Northern Water Agency (NWA) Director Maria L. "
            "Ostrander.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.speaker for q in quotes] == ["Maria L. Ostrander", "Maria L. Ostrander"]


# A statement speaks for whoever issued it.
STATEMENTS = [
    pytest.param("A statement from the Belfast Giants said the game could not go ahead.",
                 [("indirect", "the game could not go ahead", "Belfast Giants")], id="a-statement-from-X"),
    pytest.param("The Belfast Giants issued a statement on Friday night.\n\n“The game cannot go ahead,” the "
                 "statement read.",
                 [("direct", "The game cannot go ahead,", "Belfast Giants")], id="X-issued-a-statement"),
    pytest.param("The Belfast Giants said in a statement on Friday that the game was off. “Tickets stay valid,” the "
                 "statement said.",
                 [("indirect", "the game was off", "Belfast Giants"),
                  ("direct", "Tickets stay valid,", "Belfast Giants")], id="X-said-in-a-statement"),
    pytest.param("“Tickets stay valid,” the statement said.",
                 [("direct", "Tickets stay valid,", "the statement")], id="nobody-issued-one"),
    # "the release" is a named body's that announced the news just before; "the statement" is not
    pytest.param("The seizure was part of a wider operation, Customs and Border Protection announced "
                 "Tuesday.\n\nAgents inspected the vessel at the ramp, according to the release.",
                 [("indirect", "The seizure was part of a wider operation", "Customs and Border Protection"),
                  ("indirect", "Agents inspected the vessel at the ramp", "Customs and Border Protection")],
                 id="X-announced-then-the-release"),
    pytest.param("The seizure was part of a wider operation, the Harbor Police announced Tuesday.\n\n"
                 "“Agents inspected the vessel,” the statement said.",
                 [("indirect", "The seizure was part of a wider operation", "Harbor Police"),
                  ("direct", "Agents inspected the vessel,", "the statement")],
                 id="X-announced-then-the-statement"),
    # … and paragraphs further on, when the article has one body issue one (two: nobody)
    pytest.param("The seizure was part of a wider operation, Customs and Border Protection announced "
                 "Tuesday.\n\nThe estimated value is $4.3 million.\n\nThe boat was towed to a ramp in Fajardo.\n\n"
                 "The agency protects the border by sea and air, according to the release.",
                 [("indirect", "The seizure was part of a wider operation", "Customs and Border Protection"),
                  ("indirect", "The agency protects the border by sea and air", "Customs and Border Protection")],
                 id="X-announced-then-the-release-paragraphs-on"),
    pytest.param("The seizure was part of a wider operation, Customs and Border Protection announced "
                 "Tuesday.\n\nThe Harbor Police issued a statement on Wednesday.\n\nThe boat was towed to a ramp.\n\n"
                 "The estimated value is $4.3 million.\n\nThe agency protects the border by sea and air, according "
                 "to the release.",
                 [("indirect", "The seizure was part of a wider operation", "Customs and Border Protection"),
                  ("indirect", "The agency protects the border by sea and air", "the release")],
                 id="two-issued-one-paragraphs-before"),
    pytest.param("Vanguard issued a statement on Friday.\n\nThe estimated value is $4.3 million.\n\n"
                 "The boat was towed to a ramp in Fajardo.\n\nHe was a respected colleague who worked there for eight "
                 "years, the statement added.",
                 [("indirect", "He was a respected colleague who worked there for eight years", "the statement")],
                 id="a-statement-paragraphs-on-is-no-ones"),
]


@pytest.mark.parametrize("body, expected", STATEMENTS)
def test_a_statement_speaks_for_its_issuer(body, expected):
    assert quotes_of(body) == expected


# A surname stands for the full name whatever generation closes it, but not for a
# son when his namesake is named too.
GENERATIONS_CASES = [
    pytest.param("Allan Bryant, from Glenrothes, vanished in 2013.\n\nHis dad, Allan Bryant Snr, 58, spoke on "
                 "Friday.\n\nThe appeal may bring closure, Allan Snr said.\n\nThe police did well, Bryant said.",
                 [("indirect", "The appeal may bring closure", "Allan Bryant Snr"),
                  ("indirect", "The police did well", "Allan Bryant")], id="first-name-and-Snr-is-the-father"),
    pytest.param("Vice President Thomas R. Reed Jr. spoke in Kellard.\n\n“We keep the harbour open,” "
                 "Mr. Reed said.",
                 [("direct", "We keep the harbour open,", "Thomas R. Reed Jr.")], id="Mr-Reed-is-Reed-Jr"),
    pytest.param("Donald Trump Jr. spoke in Ohio. Donald Trump spoke in Iowa.\n\n“We will win,” Mr. Trump said.",
                 [("direct", "We will win,", "Donald Trump")], id="Mr-Trump-is-not-the-son"),
]


@pytest.mark.parametrize("body, expected", GENERATIONS_CASES)
def test_a_surname_before_a_generation(body, expected):
    assert quotes_of(body) == expected


# A bare surname shared by several people is the principal's, not the namesake the writer
# introduces as someone's relative; a relation that names the other person ("the daughter
# of X") introduces the principal by way of X and demotes no one.
SHARED_SURNAMES = [
    pytest.param("Rep. Tom Hale’s retirement surprised his party. Jo Hale, the congressman's wife, backs Ann Ray. "
                 "Jo Hale spoke in Asheville.\n\nIn announcing his retirement, Hale said he never planned to stay "
                 "long.",
                 [("indirect", "he never planned to stay long", "Tom Hale")], id="not-the-wife-named-more-often"),
    pytest.param("Mayor Tom Hale spoke on Monday. Ben Hale, who is the brother of the mayor, stood by.\n\n"
                 "The council will vote in May, Hale said.",
                 [("indirect", "The council will vote in May", "Tom Hale")], id="not-the-brother-in-a-relative-clause"),
    pytest.param("Singer Ada Brook performed. Her mother, Mia Brook, watched.\n\n"
                 "The tour will go on, Brook said.",
                 [("indirect", "The tour will go on", "Ada Brook")], id="not-her-mother"),
    pytest.param("Liz Vane, the daughter of former Governor Dick Vane, won the primary. Liz Vane, 50, took 40 percent. "
                 "Dick Vane served two terms.\n\nThe state needs change, Vane said.",
                 [("indirect", "The state needs change", "Liz Vane")], id="daughter-of-a-named-person-is-the-principal"),
    # "the first lady, X" is introduced as a relative too: the bare surname is the president's
    pytest.param("President Tom Hale spoke on Monday.\n\nThe first lady, Mia Hale, hosted guests. Mia Hale greeted "
                 "them. Mia Hale smiled.\n\nThe council will vote in May, Hale said.",
                 [("indirect", "The council will vote in May", "Tom Hale")], id="not-the-first-lady-named-more-often"),
    pytest.param("His wife, Mia Hale, hosted guests on Monday.\n\nThe council will vote in May, Mrs. Hale said.",
                 [("indirect", "The council will vote in May", "Mia Hale")], id="the-wife-by-her-courtesy-title"),
    # a relative named in full by the end of someone else's longer name is still someone else
    pytest.param("Among the dead was student Lina Marwan Haddad, 20. Her father, Marwan Haddad, has said: "
                 "“This is what we expected.”",
                 [("direct", "This is what we expected.", "Marwan Haddad")], id="her-father-by-the-end-of-her-name"),
    pytest.param("Stephen Jones runs the club. His son, Jack Stephen Jones, plays for the school team.\n\n"
                 "The season went well, Stephen Jones said.",
                 [("indirect", "The season went well", "Stephen Jones")], id="not-the-son-whose-name-holds-his"),
    pytest.param("Tom Reed spoke on Monday for his new wife, Ann Lee Reed.\n\n“I want to run for the council,” "
                 "Ann Lee replied at the time.",
                 [("direct", "I want to run for the council,", "Ann Lee Reed")], id="the-wife-by-her-maiden-name"),
]


@pytest.mark.parametrize("body, expected", SHARED_SURNAMES)
def test_a_shared_surname_is_the_principals(body, expected):
    assert quotes_of(body) == expected


# "Reuters' Brad Heath", "Rep. Mark Meadows' retirement": an s-possessive ends with the mark alone
# "Arcade announced" after "Arcade Publishing will release …": the one body named so
def test_a_body_by_its_first_word():
    body = "Arcade Publishing will release the memoir in March.\n\nThe book is a candid account, Arcade announced."
    assert quotes_of(body) == [("indirect", "The book is a candid account", "Arcade Publishing")]


def test_an_adjective_is_no_body_named_after_it():
    body = ("The Democratic Party praised the move.\n\nDemocratic front-runner Ann Lee was the first to weigh in, "
            "tweeting her thanks on Friday.")
    assert all(speaker != "Democratic Party" for _, text, speaker in quotes_of(body) if "thanks" in text)


S_POSSESSIVES = [
    pytest.param("J.J. Vance, a scholar of ferry routes, spoke on Monday.\n\nThe board wants a subsidy, Vance said.",
                 [("indirect", "The board wants a subsidy", "J.J. Vance")], id="initials-without-spaces"),
    pytest.param("RealClearPolitics’ Dan Byler wrote the piece.\n\nThe race is open, Byler said.",
                 [("indirect", "The race is open", "Dan Byler")], id="owner-ending-in-s"),
    pytest.param("Lena Marks' plan was approved on Monday.\n\nThe plan is sound, Marks said.",
                 [("indirect", "The plan is sound", "Lena Marks")], id="surname-ending-in-s"),
]


# A surname that is also a body's word ("Guardian", "Press") after a title and a first
# name is that person's, then and later; "the Guardian" stays the newspaper.
BODY_WORD_SURNAMES = [
    pytest.param("“All attention helps the port,” said Harbor City Mayor Tom Guardian.\n\n"
                 "“The ferry will be fine,” Guardian said. The Guardian reported that the terminal would close.",
                 [("direct", "All attention helps the port,", "Tom Guardian"),
                  ("direct", "The ferry will be fine,", "Tom Guardian"),
                  ("indirect", "the terminal would close", "Guardian")], id="mayor-guardian"),
    pytest.param("Ferry riders carried lanterns, KING-TV reported, while in Evanston the vigil began with a "
                 "slow hymn, the Chicago Sun-Times reported.",
                 [("indirect", "Ferry riders carried lanterns", "KING-TV"),
                  ("indirect", "in Evanston the vigil began with a slow hymn", "Chicago Sun-Times")],
                 id="hyphened-outlets-two-reports"),
]


# A role is a noun phrase: a clause the apposition reader took for one is no role
CLAUSES_AS_ROLES = [
    pytest.param("Paul Manafort, he was becoming chairman of the campaign, met donors.\n\n"
                 "The race is close, Manafort said.", "Paul Manafort", None, id="a-pronoun-and-its-verb"),
    pytest.param("Jeremy Boreing, email was sent from the club, met donors.\n\n"
                 "The race is close, Boreing said.", "Jeremy Boreing", None, id="a-noun-and-its-verb"),
    pytest.param("Nora Vance, minister of ports at the time, met donors.\n\n"
                 "The race is close, Vance said.", "Nora Vance", "minister of ports at the time", id="a-role"),
]


@pytest.mark.parametrize("body, speaker, role", CLAUSES_AS_ROLES)
def test_a_clause_is_no_role(body, speaker, role):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]


def test_a_fuller_role_holding_the_first_ones_word_replaces_it():
    # a headline's one-word role ("Republican Fundraiser Reyes") gives way to the body's fuller one
    text = ("Republican Fundraiser Reyes Backs Fisk on Trade\n\n"
            "Veteran Republican fundraiser Sal Reyes said on Friday he would back Dan Fisk.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.speaker, q.role) for q in quotes] == [("Sal Reyes", "Republican fundraiser")]


@pytest.mark.parametrize("body, expected", BODY_WORD_SURNAMES)
def test_a_surname_that_is_a_bodys_word(body, expected):
    assert quotes_of(body) == expected


# A later form of a name goes to the one who held it: a title given only before an owner's
# name, a surname that is also a city
LATER_NAME_FORMS = [
    # "the president" is the one the article titled so first, though he was titled only as
    # an owner, not a president named after the report
    pytest.param("President Tom Lund’s envoy to the talks, Ann Vale, will resign. Mr. Lund praised her.\n\n"
                 "But the president said Ms. Vale had told him months ago that she wanted a break.\n\n"
                 "She had served under President Walter Benning too.",
                 [("indirect", "Ms. Vale had told him months ago that she wanted a break", "Tom Lund")],
                 id="the-president-titled-as-an-owner"),
    # a bare surname two people share, one named in full and one titled "Mr.": not hers
    pytest.param("Carla Vale hosted the dinner at the residence. President Vale greeted the guests. Rep. Ann Lee "
                 "told Mr. Vale that he should act.\n\nThe president told her that the matter was more complex.",
                 [("indirect", "he should act", "Ann Lee"), ("indirect", "the matter was more complex", "Vale")],
                 id="a-surname-shared-with-a-namesake-of-the-other-gender"),
    # (but not when the namesake is titled less often than he is; and a surname of someone
    # named in full is never the body named after him)
    pytest.param("Donald Lund welcomed guests to the new Lund National Golf Club on Sunday. Mr. Lund spoke "
                 "first. The former Mrs. Lund was not invited.\n\nLund said the club was the finest in the state.",
                 [("indirect", "the club was the finest in the state", "Donald Lund")],
                 id="a-surname-and-a-body-named-after-him"),
    # a surname that is also a city, its first name one the name lists do not hold
    pytest.param("Joaquin Phoenix won the award on Sunday.\n\n“It was a long night,” Phoenix said.",
                 [("direct", "It was a long night,", "Joaquin Phoenix")], id="surname-a-city-first-name-unlisted"),
]


@pytest.mark.parametrize("body, expected", LATER_NAME_FORMS)
def test_a_later_name_form_goes_to_its_holder(body, expected):
    assert quotes_of(body) == expected


@pytest.mark.parametrize("body, expected", S_POSSESSIVES)
def test_an_s_possessive_is_no_part_of_the_name(body, expected):
    assert quotes_of(body) == expected


# A surname after "The" or after an epithet is the person the article names in full.
SURNAMES_WITH_WORDS_BEFORE = [
    pytest.param("The Hallam administration unveiled its ban on Thursday. Mayor Gil Hallam announced it in May. "
                 "On Tuesday, Hallam said of the ban, “We're going to protect our kids.”",
                 [("direct", "We're going to protect our kids.", "Gil Hallam")], id="The-Hallam-administration"),
    pytest.param("Mayor Gil Hallam announced the ban in May.\n\nIn a radio address, the tired-looking Hallam said "
                 "“the coming weeks will be hard on the shops.”",
                 [("direct", "the coming weeks will be hard on the shops.", "Gil Hallam")], id="the-tired-looking-Hallam"),
    pytest.param("“Dario can barely climb the stairs,” said Lucia Moreno Baptiste, his mother.\n\n“Maybe a doctor "
                 "can help him,” Moreno said.",
                 [("direct", "Dario can barely climb the stairs,", "Lucia Moreno Baptiste"),
                  ("direct", "Maybe a doctor can help him,", "Lucia Moreno Baptiste")], id="a-first-surname"),
    pytest.param("“It was a good night,” said Rachel Maddow Show producer Tim Lee.\n\n“We won,” Maddow said.",
                 [("direct", "It was a good night,", "Tim Lee"), ("direct", "We won,", "Maddow")],
                 id="a-show-is-no-name"),
    pytest.param("Tom Reed hired Dan Fisk.\n\nFisk knows nothing of ferries, said a longtime adviser to Reed.",
                 [("indirect", "Fisk knows nothing of ferries", "a longtime adviser to Reed")], id="an-adviser-to-Reed-is-not-Reed"),
]


@pytest.mark.parametrize("body, expected", SURNAMES_WITH_WORDS_BEFORE)
def test_a_surname_with_words_before_it(body, expected):
    assert quotes_of(body) == expected


# Science, business, court and anonymous-source shapes.
MORE_SHAPES = [
    ("An unnamed campaign staffer said that the candidate is “tired and angry all the time.”",
     [("mixed", "the candidate is “tired and angry all the time.”", "an unnamed campaign staffer")]),
    ("Ten groups asked Ann Lee to disown the backing of a retired admiral who suggested that the city "
     "should shut its harbor.",
     [("indirect", "the city should shut its harbor", "a retired admiral")]),
    ("“They have to listen,” Ben Carson said on Monday.\n\n“We can do better,” the retired neurosurgeon "
     "told the station.",
     [("direct", "They have to listen,", "Ben Carson"), ("direct", "We can do better,", "Ben Carson")]),
    ("“It was cancelled,” said April Ryan, a White House correspondent.",
     [("direct", "It was cancelled,", "April Ryan")]),
    ("The Centers for Disease Control and Prevention said the measles cases were climbing.",
     [("indirect", "the measles cases were climbing", "Centers for Disease Control and Prevention")]),
    ("“We were surprised,” said study co-author Li Wei of Peking University.",
     [("direct", "We were surprised,", "Li Wei")]),
    # the one body named in the sentence, or the one before, is "the company"
    ("Shares of Acme fell 5% after the company said quarterly profit would miss forecasts.",
     [("indirect", "quarterly profit would miss forecasts", "Acme")]),
    ("The state attorney general is investigating WeWork amid layoffs. The company confirmed that it had been "
     "contacted by her office.", [("indirect", "it had been contacted by her office", "WeWork")]),
    ("Millions of people use the services that CVS Health offers. The company said it would open 300 clinics.",
     [("indirect", "it would open 300 clinics", "CVS Health")]),
    ("First, Qualcomm’s execution looks unmatched. For example, the company said it would ship 40 million chips.",
     [("indirect", "it would ship 40 million chips", "Qualcomm")]),
    ("JPMorgan Chase earned $4.9 billion in the fourth quarter of 2014, the company announced on Wednesday.",
     [("indirect", "JPMorgan Chase earned $4.9 billion in the fourth quarter of 2014", "JPMorgan Chase")]),
    # (not when two bodies are named, nor a person or a common word opening a sentence)
    ("The SEC sued Tesla on Monday. The company said the suit had no merit at all.",
     [("indirect", "the suit had no merit at all", "the company")]),
    ("Xi Jinping visited the plant on Monday. The company said it would hire 200 workers.",
     [("indirect", "it would hire 200 workers", "the company")]),
    # (nor a product's model, a nationality or a thing named with "the")
    ("Zentrix currently has a gaming desktop with an RTX 3090, and the company told reporters that more models "
     "would follow.", [("indirect", "more models would follow", "Zentrix")]),
    ("Harbor Technologies is not suffering the way the American shipyards or Korean rivals are. But the company says "
     "it worries it may lag behind.", [("indirect", "it worries it may lag behind", "Harbor Technologies")]),
    ("Ben Ortiz, once a salesman for the Harbor Bar, has vowed to shun the snack. The company says it will keep "
     "the plant open.", [("indirect", "to shun the snack", "Ben Ortiz"),
                         ("indirect", "it will keep the plant open", "the company")]),
    # a bare brand that just spoke is "the company", not a "Group" named before it
    ("The Harbor Analysis Group tracks the market.\n\nTwitter acknowledged that the matter stayed thorny. "
     "“We have always tried to find a middle path,” the company said.",
     [("indirect", "the matter stayed thorny", "Twitter"),
      ("direct", "We have always tried to find a middle path,", "Twitter")]),
    # a bare brand opening the sentence, its verb after it, is "the company" later in it
    ("Zentrix currently sells a costly gaming desktop, and the company told reporters that more models would follow.",
     [("indirect", "more models would follow", "Zentrix")]),
    # (not a surname the article gives in full, nor an everyday word)
    ("Elon Reed runs the firm.\n\nReed has long criticized regulators, and the company said it would appeal.",
     [("indirect", "it would appeal", "the company")]),
    ("Shares fell on Monday, and the company said it would cut prices.",
     [("indirect", "it would cut prices", "the company")]),
    # another body opening a sentence after the last one to speak is "the company" next
    ("Alibaba said its sales rose 20 per cent.\n\nThe upmarket clothing company Ralph Lauren saw sales climb 1 per "
     "cent in the quarter. The company said it opened several stores.",
     [("indirect", "its sales rose 20 per cent", "Alibaba"), ("indirect", "it opened several stores", "Ralph Lauren")]),
    ("Alibaba said its sales rose 20 per cent.\n\nAcme Apparel Inc. saw sales climb 1 per cent. The company said it "
     "opened several stores.",
     [("indirect", "its sales rose 20 per cent", "Alibaba"), ("indirect", "it opened several stores", "Acme Apparel Inc.")]),
    # (not a common noun opening the writer's sentence)
    ("Alibaba said its sales rose 20 per cent. Analysts expected more. The company said it opened several stores.",
     [("indirect", "its sales rose 20 per cent", "Alibaba"), ("indirect", "it opened several stores", "Alibaba")]),
    # an event named like a body is no company: "the automaker" is not the show it exhibits at
    ("The car was shown off at the Harbor Auto Show this week.\n\nThe automaker says it will build it in Ohio.",
     [("indirect", "it will build it in Ohio", "the automaker")]),
    # (but an outlet relaying the news is not the company it reports on)
    ("As Harbor Wire reports, the company announced that it would raise its fares.",
     [("indirect", "it would raise its fares", "the company")]),
    ("Lawyers for Mr. Reed argued that the evidence was obtained illegally.",
     [("indirect", "the evidence was obtained illegally", "lawyers for Mr. Reed")]),
    ("The plaintiffs allege that the company knew about the defect.",
     [("indirect", "the company knew about the defect", "the plaintiffs")]),
    ("According to a person familiar with the matter, the ferry sale could be unveiled on Friday.",
     [("indirect", "the ferry sale could be unveiled on Friday", "a person familiar with the matter")]),
]


@pytest.mark.parametrize("body, expected", MORE_SHAPES)
def test_science_business_court_and_anonymous_shapes(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


def test_it_stands_for_a_body_or_a_document_never_for_people():
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "Critics said the platform was vague.\n\n"
                                    "It called for lower taxes on small firms."))
    assert [q.speaker for q in quotes if q.text.startswith("lower taxes")] in ([], [None])


# In an interview's turn ("McKelvey: …") "I" is the one whose turn it is, not the writer;
# a letter's salutation ("DEAR ABBY: …") is no turn
TURNS = [
    ("By Seth Fiegerman\n\nJim McKelvey co-founded the firm with Jack Dorsey in 2009.\n\nMcKelvey: I called Jack "
     "up and said we need to fix the payments world.", "Jim McKelvey"),
    ("Abigail Van Buren answers readers.\n\nDEAR ABBY: My sister locked me in the shed. I asked her several "
     "times to let me out.", None),
]


@pytest.mark.parametrize("body, speaker", TURNS)
def test_i_in_an_interviews_turn_is_the_one_whose_turn_it_is(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [q.speaker for q in quotes][:1] in ([speaker], [] if speaker is None else [speaker])


# The noun of an act stands for the one its participle's "by" named just before: "a car
# driven by Ann Lee … the driver"; no one when nobody was named so
AGENT_OF_AN_ACT = [
    ("A vehicle driven by Ann Lee, 23, of Quincy, was southbound on Route 29 when the driver said she lost "
     "control of the car.", "Ann Lee"),
    ("A car driven by Tom Fisk hit a truck on Monday. The driver said he had not seen it.", "Tom Fisk"),
    ("The bakery, owned by Dana Ruiz since 2010, closed on Friday. The owner said rents had doubled.", "Dana Ruiz"),
    ("A car hit a truck on Monday. The driver said he had not seen it.", "the driver"),
]


@pytest.mark.parametrize("body, speaker", AGENT_OF_AN_ACT)
def test_the_noun_of_an_act_is_the_one_its_participle_named(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [q.speaker for q in quotes] == [speaker]


# A quantifier alone as a subject ("Some noted …") stands for the people it last counted
# in the paragraph or the one before; alone, or after a count of no people, it stays
QUANTIFIERS_ALONE = [
    ("Amid the dispute, some council members and staff have voiced hope for a deal. Some noted that the vote "
     "could slip to May.", "some council members"),
    ("While many farmers have complained about the rules, many said on Monday that the new plan is fair.",
     "many farmers"),
    ("Some years ago the plan failed. Some said the plan was fine.", "some"),
    ("There is some worry among students. Some wrote that the tests were unfair.", "some"),
    # … or some of the people the sentence before opens on
    ("Council members asked to see the plan again. Some questioned whether the system would work.",
     "some council members"),
    ("Researchers at Harbor University studied the river. Many said it was clean.",
     "many researchers at Harbor University"),
    ("The plan was late. Some questioned whether the system would work.", "some"),
    ("The Republican candidates would cut the budget. Several said the schools would get less.",
     "several Republican candidates"),
    # "Others" after "some" people: other people of that noun; after anyone else, others as written
    ("Some harbor workers said the plan was fair. Others said it went too far.", "other harbor workers"),
    ("Some readers suggested a longer route. Still others recommended taking the ferry.", "other readers"),
    ("On a forum, some wrote that pupils were unhappy — or even that they felt watched — while others said the "
     "cameras helped.", "others"),
    ("Council members asked to see the plan again. Some questioned the cost. Others said the plan was fine.",
     "Others"),
]


@pytest.mark.parametrize("body, speaker", QUANTIFIERS_ALONE)
def test_a_quantifier_alone_stands_for_the_people_it_counted(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [q.speaker for q in quotes][-1:] == [speaker]


# "It" opening a sentence after one about a described thing is that thing, when the
# article names it, never an organisation that spoke paragraphs before
IT_AFTER_A_DESCRIBED_THING = [
    ("The Herald said the plan was bold.\n\nThe Republican Party platform was written in Tampa. It called for "
     "abolishing federal student loans.", "Republican Party platform"),
    ("Acme Corp. makes anvils. The company was founded in 1920. It said sales would rise.", "Acme Corp"),
    ("The Herald said the plan was bold. It added that taxes would rise.", "Herald"),
    # (a year and a writer's aside between the thing and its verb)
    ("A study by The Herald found that voters were angry.\n\nThe Republican Party platform in 2012, for example, "
     "called for weaker rules. It called for abolishing federal student loans.", "Republican Party platform"),
]


@pytest.mark.parametrize("body, speaker", IT_AFTER_A_DESCRIBED_THING)
def test_it_is_the_thing_the_sentence_before_is_about(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert quotes[-1].speaker == speaker


# A pronoun that opens a clause after a comma in the writer's own sentence is the
# subject of the clause before it; a closing "…, he said." stays with the last speaker.
PRONOUN_AFTER_A_CLAUSE = [
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "After Baines arrived at the port, he urged dockers to \"keep the cranes moving.\"",
                 "Tom Baines", id="after-X-arrived-he-urged"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "The forum followed a visit that Baines hosted in Dover, where he urged dockers to "
                 "\"keep the cranes moving.\"",
                 "Tom Baines", id="relative-clause-subject-then-where-he"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "Baines's plan is too slow, she said.",
                 "Ruth Adler", id="closing-she-said-is-the-last-speaker"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "Asked whether Baines was right, she said the plan needed work.",
                 "Ruth Adler", id="asked-whether-X-then-she-is-the-addressee"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "Governor Tom Baines was famous for his scorn of what he called the “tax machine.”",
                 "Tom Baines", id="titled-subject-then-what-he-called"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "Baines stayed away because he said the port was “not ready.”",
                 "Tom Baines", id="subject-then-because-he-said"),
    pytest.param("Prince Tomas and his wife Zelphine spoke to talk host Carla Mendes. \"Were you silent?\" "
                 "Mendes asked. When Zelphine joined the family, she said \"that was the last time I saw my "
                 "passport.\"", "Zelphine", id="a-one-name-person-as-a-clauses-subject"),
    # (but a title the article names no person by is no clause's person: a film, a show)
    pytest.param("As a boy, Tom Baines was the only boy in his dance troupe. So, when Harbor Lights Forever came "
                 "around, he feared that moviegoers might not accept it.", "Tom Baines",
                 id="a-films-title-as-a-clauses-subject"),
    pytest.param("Mayor Ruth Adler met Governor Tom Baines on Friday. Adler said the talks went well. "
                 "Dockers reacted with fury to threats by the transport minister, Paul Doyle, to cut their pay "
                 "because of what he called the “chaos” in the port.",
                 "Paul Doyle", id="a-named-apposition-then-what-he-called"),
    # a pronoun opening its sentence after a writer's sentence about no one that names one person
    pytest.param("“It was a long shot,” said Stephen Vardy of the law school.\n\n"
                 "That may seem odd to those who heard Director Tom Reed’s remarks on Tuesday. "
                 "He called her care of the ferry logs “plainly sloppy.”",
                 "Tom Reed", id="the-one-person-of-an-impersonal-sentence-before"),
    pytest.param("“It was a long shot,” said Stephen Vardy of the law school.\n\n"
                 "The former dean also discussed the gap between Ann Ruiz and Governor James Colby. "
                 "He said the files were handled with “extreme care.”",
                 "Stephen Vardy", id="not-after-a-sentence-about-someone-described"),
    # "Then there’s X." brings X in; "Former X operatives" names no one called "Former X"
    pytest.param("Former Obern adviser Dan Axel criticized her. Former Obern operatives have been supportive of "
                 "her bid. Obern himself has made supportive comments.\n\nThen there’s Axel.\n\n“Sort of "
                 "puzzling that her people would spell out their plan,” he wrote.",
                 "Dan Axel", id="then-theres-X"),
]


@pytest.mark.parametrize("body, speaker", PRONOUN_AFTER_A_CLAUSE)
def test_a_pronoun_after_a_clause_is_that_clauses_subject(body, speaker):
    assert quotes_of(body)[-1][2] == speaker


def test_an_everyday_word_that_opens_a_sentence_names_nobody():
    resolver = SpeakerResolver.for_article("Evidence suggests the plan works. Kasich said so.", [(0, 50)])
    assert not resolver.names_someone("Evidence", "person")
    assert resolver.names_someone("Kasich", "person")

# A description goes to the person last remembered before it whose role fits,
# however often others were named since (each person is read once, not each mention).
LATEST_FITTING = [
    ("Senator Ann Lee, a senator from Ohio, spoke first. Tom Reed, the mayor, spoke next.\n\n"
     + "Tom Reed waved to the crowd in the square. " * 30 + "\n\nTaxes must fall, the senator said.",
     [("indirect", "Taxes must fall", "Ann Lee")]),
]


@pytest.mark.parametrize("body, expected", LATEST_FITTING)
def test_a_description_finds_the_latest_person_it_fits(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


SUBJECT_OF_THE_SENTENCE_BEFORE = [
    pytest.param("Mayor Ruth Adler called the plan “a start.”\n\nSenator Tom Baines, a Dover Republican who "
                 "opposed the plan, nevertheless voted for it on Friday.\n\n“It is a risk worth taking,” he said.",
                 "Tom Baines", id="a-person-introduced-with-an-apposition-is-the-next-he"),
    pytest.param("Tom Baines, chairman of the harbour board, once summed up the problem with a metaphor. "
                 "“It is not the storm, it is the rust.”",
                 "Tom Baines", id="a-quotation-after-a-sentence-about-a-named-person"),
]


@pytest.mark.parametrize("body, speaker", SUBJECT_OF_THE_SENTENCE_BEFORE)
def test_a_sentence_about_a_named_person_sets_the_next_speaker(body, speaker):
    assert quotes_of(body)[-1][2] == speaker


COURTESY_TITLES = [
    pytest.param("Bill Clinton and Hillary Clinton greeted the guests.\n\n“It was lovely,” Mrs. Clinton said.",
                 "Hillary Clinton", id="mrs-is-the-woman-of-the-surname"),
    pytest.param("Hillary Clinton and Bill Clinton greeted the guests.\n\n“It was lovely,” Mr. Clinton said.",
                 "Bill Clinton", id="mr-is-the-man-of-the-surname"),
    pytest.param("Finance Minister Lou Jiwei spoke in Beijing.\n\n“The world applauded,” Mr. Lou said.",
                 "Lou Jiwei", id="a-surname-that-comes-first"),
    pytest.param("Donald Trump grew up near Trump Village.\n\n“I learned from him,” Mr. Trump said.",
                 "Donald Trump", id="not-a-place-named-after-the-family"),
]


@pytest.mark.parametrize("body, speaker", COURTESY_TITLES)
def test_a_courtesy_title_picks_the_person_of_its_gender(body, speaker):
    assert quotes_of(body)[-1][2] == speaker


# (body, [(speaker, kind, role)]): the speaker is the person's name; what describes
# them is the role; a word that names nobody leaves the quotation unattributed or unfound
def speakers_of(body: str) -> list[tuple]:
    quotes = extract_quotes(Article(id="a", text=f"{HEADLINE}\n\n{body}"))
    return [(q.speaker, q.speaker_kind, q.role) for q in quotes]


NAMES_NOT_DESCRIPTORS = [
    pytest.param("“We will carry the state,” Republican Walter Brandt said on Friday.",
                 [("Walter Brandt", "person", "Republican")], id="party-before-the-name"),
    pytest.param("“We will carry the state,” Democrat Nora Quill said on Friday.",
                 [("Nora Quill", "person", "Democrat")], id="party-noun-before-the-name"),
    pytest.param("Billionaire Walter Brandt said the tower would be finished next year.",
                 [("Walter Brandt", "person", "Billionaire")], id="epithet-as-title"),
    pytest.param("Comedian Nora Quill said the show would go on.",
                 [("Nora Quill", "person", "Comedian")], id="occupation-as-title"),
    pytest.param("“The film is finished,” said Actor Jim Alder.",
                 [("Jim Alder", "person", "Actor")], id="inverted-occupation"),
    pytest.param("Republican front-runner Walter Brandt said the wall would be built.",
                 [("Walter Brandt", "person", "Republican front-runner")], id="party-and-epithet"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui said trade would keep growing.",
                 [("Zhang Hanhui", "person", "Chinese Ambassador to Russia")], id="nationality-and-office"),
    pytest.param("Neither Walter J. Brandt nor his aides answered.\n\n"
                 "“We never comment on polls,” Mr. Brandt said.",
                 [("Walter J. Brandt", "person", None)], id="a-conjunction-is-no-part-of-the-full-name"),
    pytest.param("Brandt in his launch speech called the tax plan a disgrace.",
                 [("Brandt", "person", None)], id="an-adjunct-after-the-name"),
    pytest.param("“The budget is balanced,” Sen. Ray Tolliver, R-Ky., told reporters.",
                 [("Ray Tolliver", "person", "Sen.")], id="party-state-tag-is-an-aside"),
    pytest.param("“Polls can be wrong,” said Ben Dunne, 41, of Kellard, N.C., who had also been asked.",
                 [("Ben Dunne", "person", None)], id="a-state-abbreviation-is-no-speaker"),
    pytest.param("The town has voted for the winner since 1956, according to Politico.",
                 [("Politico", "organization", None)], id="an-outlet-is-an-organisation"),
    pytest.param("Politico, in a long look at the campaign’s last days, described the candidate as aggrieved.",
                 [("Politico", "organization", None)], id="an-outlet-speaking-for-itself-with-an-aside"),
    # (the quotation is still one, closed by its own cue: kept, with no speaker)
    pytest.param("“The budget is balanced,” Republican said.", [(None, None, None)], id="a-bare-party-is-nobody"),
    pytest.param("“The budget is balanced,” Sen said.", [(None, None, None)], id="a-clipped-title-is-nobody"),
]


@pytest.mark.parametrize("body, expected", NAMES_NOT_DESCRIPTORS)
def test_speakers_are_names_and_descriptors_are_roles(body, expected):
    assert speakers_of(body) == expected


def test_a_role_is_never_a_preposition_and_a_courtesy():
    body = ("Hope Lind, a spokeswoman for Mr. Brandt, declined to comment.\n\n"
            "“We have nothing to add,” Mr. Brandt said on Tuesday.")
    roles = [role for _, _, role in speakers_of(body)]
    assert roles and all(role is None or not role.startswith(("for ", "of ", "to ")) for role in roles)


# ------------------------------------------------------------------ generations and plural subjects

def speakers_and_kinds(body: str) -> list[tuple[str | None, str | None]]:
    quotes = extract_quotes(Article(id="a", text=f"{HEADLINE}\n\n{body}"))
    return [(q.speaker, q.speaker_kind) for q in quotes]


GENERATIONS_AND_GROUPS = [
    # a suffix names another person: the father is not a shorter form of the son
    ("“The tariffs on steel will stay for years,” Donald Trump told reporters on Monday.\n\n"
     "His son Donald Trump Jr. disagreed. “My father has not decided anything yet,” "
     "Donald Trump Jr. said.",
     [("Donald Trump", "person"), ("Donald Trump Jr.", "person")]),
    # a plural noun that starts its sentence is a group described, not a person (a listed
    # group noun is written as a description, "proponents", like "critics")
    ("Proponents say the ferry line would pay for itself within a decade.",
     [("proponents", "group")]),
    ("Dockworkers said the harbour should stay open at night, and most dockworkers agreed.",
     [("Dockworkers", "group")]),
    # a family name that looks plural is still a person
    ("Senator Ann Williams opened the hearing. Williams said the port needs a new crane.",
     [("Ann Williams", "person")]),
]


@pytest.mark.parametrize("body, expected", GENERATIONS_AND_GROUPS)
def test_generations_and_plural_subjects(body, expected):
    assert speakers_and_kinds(body) == expected


def test_a_possessive_ends_the_name_before_it():
    # "Kerala's Wayanad district" names no one; "CNN's Gloria Borger" names Gloria Borger
    text = ("Murals\n\nA teacher in Kerala's Wayanad district is painting walls. Ravi Menon has painted 30 "
            "so far.\n\n“Every wall is a lesson,” he said. “I plan to paint the whole district,” he said.\n\n"
            "CNN's Gloria Borger asked about it. “It is art,” Borger said.")
    speakers = [q.speaker for q in extract_quotes(Article(id="t", text=text))]
    assert set(speakers) == {"Ravi Menon", "Gloria Borger"} and speakers[-1] == "Gloria Borger"


# Descriptions of people and bodies the article has named: two people named together
# are "the pair"; "the company" is the one trading name before it, whatever its last
# word; a title before a name is the role, not part of the name.
NAMED_BEFORE_THEIR_DESCRIPTION = [
    pytest.param("Tomas Brandt and Nora Falk spoke to reporters in Lyon on Monday.\n\n"
                 "The pair insisted they \"never left\" the firm.",
                 [("Tomas Brandt and Nora Falk", "group")], id="the-pair"),
    pytest.param("Hollin Bakeries was forced to close all 40 of its shops on Friday.\n\n"
                 "The company confirmed in a statement that sales could not happen at any of its shops.",
                 [("Hollin Bakeries", "organization")], id="the-company-trading-name"),
    pytest.param("Workers walked out at Verizon. The Communications Workers of America backed them.\n\n"
                 "The company had argued that it needed the flexibility to move its workers.",
                 [("Verizon", "organization")], id="a-union-is-no-company"),
    pytest.param("\"It will be a win for the whole county,\" said Supervisor Alan Pruett of Lake County.",
                 [("Alan Pruett", "person")], id="supervisor-title"),
    pytest.param("Massy Stores closed three branches on Monday after a cyber attack.\n\n"
                 "Massy said it would work to rectify the situation as soon as possible.",
                 [("Massy Stores", "organization")], id="a-trading-names-own-word"),
    # … its own words however many (it was the person "Big Machine"); not a person's full
    # name a firm is named after
    pytest.param("Big Machine Records issued a statement on Monday.\n\n"
                 "Big Machine said the claims were shocking and false.",
                 [("Big Machine Records", "organization")], id="a-trading-names-own-words"),
    pytest.param("Tom Hale Productions made the film. Tom Hale said the film would open in May.",
                 [("Tom Hale", "person")], id="a-persons-name-a-firm-bears"),
]


@pytest.mark.parametrize("body, expected", NAMED_BEFORE_THEIR_DESCRIPTION)
def test_descriptions_of_people_and_bodies_named_before(body, expected):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


# "he" and "she" never reach a name inside a quotation, nor a person the first-name
# table marks as the other gender
PRONOUNS_AND_WHAT_THEY_CANNOT_BE = [
    pytest.param("Solair has signed a deal with Eurair to link its flights.\n\n"
                 "\"This deal, thanks to which our links with the Pacific Islands grow, will help,\" he said.",
                 [None], id="a-name-inside-the-quotation"),
    pytest.param("Prince Tomas said he would not name the relative.\n\n"
                 "On Monday, Carla Mendes told a radio station that Tomas had said it was not the king.\n\n"
                 "\"But it was right at the beginning,\" he added.",
                 ["Tomas", "Carla Mendes", "Tomas"], id="carla-is-no-he"),
    pytest.param("Oprah Banks met Tomas Reed on Monday.\n\n"
                 "\"It was a long talk,\" she said.",
                 ["Oprah Banks"], id="oprah-is-a-she"),
]


@pytest.mark.parametrize("body, speakers", PRONOUNS_AND_WHAT_THEY_CANNOT_BE)
def test_pronouns_skip_quoted_names_and_the_other_gender(body, speakers):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [q.speaker for q in quotes] == speakers


def test_a_person_brought_in_after_a_time_opener_is_the_next_he():
    # "Last night deputy mayor Oliver Brandt made a claim …": no comma after the time,
    # a lower-case title before the name, and no cue; "He said:" is Brandt
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "Health chief Dr Martin Kessel wrote: \"The board cannot support this plan.\"\n\n"
                                    "Last night deputy mayor Oliver Brandt made a strong claim on local radio.\n\n"
                                    "He said: \"We asked them what we should tell the workers.\""))
    assert [(q.speaker, q.role) for q in quotes][-1] == ("Oliver Brandt", "deputy mayor")


def test_a_document_description_is_a_document():
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "The men ran the ring from two flats, according to a criminal complaint "
                                    "affidavit from the National Crime Agency.\n\n"
                                    "Often players were \"lured\" with free drinks, the affidavit said."))
    assert (quotes[-1].speaker, quotes[-1].speaker_kind) == ("the affidavit", "document")


def test_a_manifesto_is_a_document():
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\nThe manifesto said: ‘In all of our trade "
                                                           "negotiations, we will not compromise on our standards.’"))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("the manifesto", "document")]


def test_a_former_governor_named_after_lower_case_titles_is_the_next_she():
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "Ann Lee spoke first.\n\n"
                                    "Former Arizona governor Nora Vance, an early backer, calls the port a "
                                    "priority.\n\nShe predicts it could outweigh other worries."))
    assert quotes[-1].speaker == "Nora Vance"


# "it" inside its own sentence stands for the one organisation named before it there;
# a sentence that opens with "It" keeps the article's last subject
IT_IN_ITS_SENTENCE = [
    pytest.param("The State Department has been criticised over the emails.\n\n"
                 "Files from the Harbor Workers Union began spreading after it announced a hack "
                 "that seems to have been carried out by outside actors.",
                 "Harbor Workers Union", id="after-it-announced"),
    pytest.param("The lawsuit contends that the flooding was caused by neglect.\n\n"
                 "It goes on to fault the upkeep of the seawall at the harbour board, saying every gate "
                 "along it had rusted.",
                 "the lawsuit", id="it-opening-the-sentence"),
]


@pytest.mark.parametrize("body, speaker", IT_IN_ITS_SENTENCE)
def test_it_in_its_own_sentence(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert quotes[-1].speaker == speaker


def test_a_possessors_named_apposition_is_the_sentence_subject():
    # "Ms Lane's lawyer, Jeremy Ross, had a more succinct statement. “…”": the quotation
    # after the sentence about him is his
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n"
                                    "Ms Lane's lawyer, Jeremy Ross, had a more succinct statement after the ruling "
                                    "on Thursday. \"It is impossible to overstate the size of this ruling.\""))
    assert [q.speaker for q in quotes] == ["Jeremy Ross"]



# (a word, whether it is a word of some full name the article uses): as reading each
# name's words, also after more names are added
@pytest.mark.parametrize("word, expected", [("Sanders", True), ("Bernie", True), ("Bern", False),
                                            ("Williams", True), ("Jr.", True), ("sanders", False), ("", False)])
def test_a_word_of_a_full_name(word, expected):
    text = "Bernie Sanders met Serena Williams. Sanders spoke."
    resolver = SpeakerResolver.for_article(text, [(0, len(text))])
    assert resolver.in_a_full_name(word) is (expected and word != "Jr.")
    resolver.full_names["Hank Williams Jr."] += 1   # a name added later is read too
    assert resolver.in_a_full_name(word) is expected
    assert resolver.in_a_full_name(word) == any(word in full.split() for full in resolver.full_names)


# What never becomes a speaker's name: a determiner standing for one of a group, a
# weekday after a name, an adverb opening the sentence, an epithet before a name
NOT_PART_OF_A_NAME = [
    pytest.param("Rectors reacted with fury this week. One, who asked not to be named, said: \"The government "
                 "looked to us to sort out the mess.\"", [None], id="one-of-them"),
    pytest.param("Island Governor Peter Vance Thursday called for calm after the arrest. \"I realise this will be shocking "
                 "news,\" Governor Peter Vance said.", ["Peter Vance", "Peter Vance"], id="a-weekday-after-a-name"),
    pytest.param("Currently, said Dr. Samir Haddad, the director of the hospital, there are 70 patients.", [],
                 id="an-adverb-opening-the-sentence"),
    pytest.param("\"That is not what the answers said,\" said a skeptical Carl Brandt, the board's chairman. "
                 "He asked that the county send them early.", ["Carl Brandt", "Carl Brandt"],
                 id="an-epithet-before-a-full-name"),
    pytest.param("To answer this question, the scientists asked six volunteers to watch dots on a screen.", [],
                 id="a-purpose-clause-is-no-report"),
]


NOT_PART_OF_A_NAME += [
    pytest.param("There is no end in sight for rising prices, President and Chief Executive of Fresh Basket Maria "
                 "Lowe said yesterday.", ["Maria Lowe"], id="an-employer-before-the-name"),
    pytest.param("More than half of the clinics have closed, according to the Health Ministry. The Central Clinic "
                 "is one of 16 that have shut, according to the Health Ministry in Tarsa.",
                 ["Health Ministry", "Health Ministry"], id="a-body-in-a-place"),
]


@pytest.mark.parametrize("body, speakers", NOT_PART_OF_A_NAME)
def test_words_that_are_not_part_of_a_speakers_name(body, speakers):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert [q.speaker for q in quotes] == speakers


# People a sentence is about though it reports nothing: a name with an age after it,
# a possessor opening the sentence ("In Lina Haddad's case, she …")
SUBJECTS_WITHOUT_A_CUE = [
    pytest.param("\"Some women cannot reach the hospital,\" said Dr. Karim Saleh, an obstetrician.\n\n"
                 "Rana Aziz, 25, was seven months pregnant. \"I am from the city,\" she said.",
                 "Rana Aziz", id="a-name-and-an-age"),
    pytest.param("Dr. Sara Nasser, a surgeon, explained that 14 infants were in the ward.\n\n"
                 "In Lina Haddad's case, she decided to stay near her baby. \"I am afraid of losing him,\" "
                 "she continued.", "Lina Haddad", id="in-Xs-case-she"),
]


SUBJECTS_WITHOUT_A_CUE += [
    pytest.param("Harlan Voss's campaign countered that he fought unfair lending while mayor.\n\n"
                 "Some analysts see rougher waters ahead. Turnout in city elections is notoriously low, they say.",
                 "some analysts", id="some-analysts-then-they-say"),
    pytest.param("Scientists from Harbor University tested the water in May. They said the river was clean.",
                 "scientists from Harbor University", id="a-placed-group-then-they-say"),
    # a document by its author, past an aside, is what "it" stands for: its author
    pytest.param("A report says Harbor teachers are overworked.\n\nThe report by the Harbor College Union, "
                 "published on Monday, surveyed 2,000 staff. It calls on ministers to cap workloads.",
                 "Harbor College Union", id="a-report-by-its-author-then-it-calls"),
    # a person's own words as the subject make the sentence about that person (not
    # "Ruiz's lawyer …": someone else)
    pytest.param("Justice Carl Ruiz wrote for the court. Justice Tom Hale joined him.\n\n"
                 "It is possible that Ruiz pushed Hale to the left. In March, Ruiz's comments from the bench "
                 "drew wide attention.\n\nHe said some pupils might do better at a smaller school.",
                 "Carl Ruiz", id="a-persons-comments-as-subject"),
]


@pytest.mark.parametrize("body, speaker", SUBJECTS_WITHOUT_A_CUE)
def test_subjects_of_sentences_without_a_cue(body, speaker):
    quotes = extract_quotes(Article(id="t", text=HEADLINE + "\n\n" + body))
    assert quotes[-1].speaker == speaker



_OPENINGS_TEXT = ("Ana Lima said so. Then Mr. Tan spoke.\nNext came Ms. Ruiz: “We won,” she said.  "
                  "“Good,” said Ben (Lima’s aide). ‘Yes’ - Kay Lo! Why? Because Dr. Ito, “Hello”\n“Who” "
                  "He did.\tShe left.) Ok. [Sic] Fine]  Next—Then Rep. Al Moss left\nDone \u2019 Zed \"Quoted\" Again")


def test_a_position_the_quick_look_rules_out_is_no_sentence_start():
    """The cheap check before `_SENTENCE_START_BEFORE` only ever rules out positions the
    pattern itself would not match before (so the words read as mid-sentence are the
    same), at every position of a text of sentence openings."""
    from quotesearch.extract.speakers import _SENTENCE_START_BEFORE, _may_open_a_sentence
    text = _OPENINGS_TEXT
    wrongly_ruled_out = [start for start in range(len(text)) if not _may_open_a_sentence(text, start)
                         and _SENTENCE_START_BEFORE.search(text, max(0, start - 12), start)]
    assert wrongly_ruled_out == []


# (story, the speaker of its last quotation): once "he" has stood for a person whose
# first name says nothing of their gender, "she" no longer may, and the other way round
PRONOUN_GENDER_LEARNED = [
    ("Debate night\n\nVivek Ramaswamy spent the debate attacking Nikki Haley.\n\n"
     "He described Haley as “a politician in three-inch heels.”\n\n"
     "She fired back, saying her heels were for ammunition and not for fashion.", None),
    ("Debate night\n\nKai Dorran spent the debate attacking Sam Ruiz.\n\n"
     "She described Ruiz as “a career politician with no plan.”\n\n"
     "He fired back, saying the attacks were a distraction from the real issues.", None),
    ("Debate night\n\nVivek Ramaswamy spent the debate attacking Nikki Haley.\n\n"
     "He described Haley as “a politician in three-inch heels.”\n\n"
     "He went on, saying the debate had shown who was ready to lead.", "Vivek Ramaswamy"),
]


@pytest.mark.parametrize("text, speaker", PRONOUN_GENDER_LEARNED)
def test_a_pronoun_never_stands_for_one_the_other_pronoun_stood_for(text, speaker):
    quotes = extract_quotes(Article(id="t", text=text))
    assert quotes[-1].speaker == speaker


# "they" stands for people or a body, never for one thing described ("the episode")
THEY_NOT_A_SINGULAR_THING = [
    ("Family tribute\n\nThe episode was broadcast on Wednesday evening.\n\n"
     "They said: “This has been the most terrible time for our family and for our friends.”", None),
    ("Rents\n\nThe letter said that rents rose sharply in the city last year.\n\n"
     "They said: “This has been the most terrible time for our town and for our friends.”", "the letter"),
    ("Rescue\n\nThe children said that they had been trapped in the cave for hours.\n\n"
     "They said: “This has been the most terrible time for us and for our friends.”", "the children"),
    ("Rents\n\nThe protesters said that rents rose sharply in the city last year.\n\n"
     "They said: “This has been the most terrible time for our town and for our friends.”", "the protesters"),
]


@pytest.mark.parametrize("text, speaker", THEY_NOT_A_SINGULAR_THING)
def test_they_is_never_a_singular_description(text, speaker):
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.speaker for q in quotes] == [speaker]


def test_a_tabloids_opening_capitals_are_the_persons_full_name():
    text = ("Kelly blasts Harry\n\nKELLY Osbourne has blasted Prince Harry for portraying himself as a victim.\n\n"
            "The 38-year-old star slammed the prince and explained she lashed out because she felt disappointed.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert {q.speaker for q in quotes} == {"Kelly Osbourne"}


def test_a_long_opening_adverbial_still_gives_the_sentence_subject_for_the_next_pronoun():
    text = ("Winery\n\nBrigitta Stodden runs the cellar in the village.\n\nFollowing the death of his respected and "
            "influential father Gerhard in January, Alexander Stodden has since taken over the family winery, which "
            "has been in operation since 1900. Although he is currently producing just one single-vineyard wine, he "
            "agrees that it's a fickle but rewarding variety.")
    quotes = extract_quotes(Article(id="t", text=text))
    assert [q.speaker for q in quotes] == ["Alexander Stodden"]


# A pronoun after a clause whose subject the writer described in passing ("a hoarse-voiced
# Sanders"), or after a source that came from someone: that person, not someone named before
PRONOUNS_AFTER_DESCRIBED_SUBJECTS = [
    pytest.param("Debate night\n\nMayor Ann Ruiz met Senator Tom Hale at the debate. Ruiz put Hale on the defensive, "
                 "but a hoarse-voiced Hale landed several jabs. He accused Ruiz of being too close to the banks.",
                 ["Tom Hale"], id="a-mood-before-the-second-clauses-subject"),
    pytest.param("Debate night\n\nMayor Ann Ruiz met Senator Tom Hale. A defensive Hale said his critics misread the "
                 "budget.", ["Tom Hale"], id="a-mood-before-the-sentences-subject"),
    pytest.param("Coverage\n\nMayor Ann Ruiz spoke on Monday. The paper will cover the race, according to a post "
                 "from Lena Ortiz.\n\n“We will cover the campaign as news, not as entertainment,” she wrote.",
                 ["Lena Ortiz"], id="a-post-from-someone-then-she"),
]


@pytest.mark.parametrize("text, speakers", PRONOUNS_AFTER_DESCRIBED_SUBJECTS)
def test_pronouns_after_described_subjects(text, speakers):
    quotes = extract_quotes(Article(id="p", text=text))
    assert [q.speaker for q in quotes if q.speaker_kind == "person"] == speakers


# Descriptions: an office with its domain ("the former secretary of state") resolves to
# the one the article gives that title; a hyphenated epithet ("the three-term president")
# needs no word of the role, but "vice-presidential" is part of the office; an unresolved
# description keeps its words without the auxiliary before the cue ("The senator has
# said"); "I" unresolved is one person.
DESCRIBED_OFFICE_HOLDERS = [
    pytest.param("Emails\n\nFormer Secretary of State Ann Lee spoke on Monday. The former secretary of state said "
                 "she would run.", [("Ann Lee", "person")], id="secretary-of-state"),
    pytest.param("Emails\n\nSecretary of Homeland Security Tom Hale spoke on Monday. The secretary of state said the "
                 "plan would work.", [("the secretary of state", "person")], id="another-office"),
    pytest.param("Speech\n\nPresident Tom Hale will speak on Wednesday. The three-term president will say that the "
                 "port is thriving.", [("Tom Hale", "person")], id="three-term-president"),
    pytest.param("Rally\n\nTom Hale, the 2012 Republican nominee, was there. Ann Lee showed a clip. “Allow me to lend "
                 "a hand,” the Republican vice-presidential nominee said.",
                 [("the Republican vice-presidential nominee", "person")], id="vice-presidential-is-the-office"),
    pytest.param("Emails\n\nAnn Lee pulled a surprise on Thursday.\n\nThe senator has said that she complied with the "
                 "rules.", [("the senator", "person")], id="unresolved-description-before-has"),
    pytest.param("Memo\n\nI continue to hope that you and your families are well.", [(None, "person")],
                 id="unresolved-I-is-a-person"),
    pytest.param("Rally\n\nA Texan in the crowd said the war was over.", [("a Texan in the crowd", "person")],
                 id="a-Texan-in-the-crowd"),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_OFFICE_HOLDERS)
def test_described_office_holders_and_descriptions_kept(text, expected):
    quotes = extract_quotes(Article(id="d", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


# Someone unnamed brought in by "according to a senior official" is "the official" after
# it, not the spokesman named before; "this source" is a description; a participle after
# a clause whose subject is a description ("the justice lashed out at Hale, saying") is
# that subject's, not the name in its object.
UNNAMED_SOURCES_AND_DESCRIBED_SUBJECTS = [
    pytest.param("FBI\n\n“We will look at it,” said Tom Hale, a campaign spokesman.\n\nThe FBI has interviewed a "
                 "former staffer, according to a senior port security official.\n\nThe official said the bureau had "
                 "obtained his help.",
                 [("Tom Hale", "person"), ("a senior port security official", "person"), ("the official", "person")],
                 id="according-to-an-official-then-the-official"),
    pytest.param("Campaign\n\nMembers of the family soured on Lee, the Post reported, citing another source.\n\n“The "
                 "children cannot stand him,” this source told the Post.",
                 [("Post", "organization"), ("this source", "person")], id="this-source-told"),
    pytest.param("Justice apologizes for remarks\n\nJustice Ann Lee apologized on Thursday. “I regret making them,” Lee said.\n\nIn three "
                 "interviews, the justice lashed out at Tom Hale, saying she did not want to picture it.",
                 [("Ann Lee", "person"), ("Ann Lee", "person")], id="the-justice-sounded-off-saying"),
    pytest.param("Crash\n\nA witness said the ferry sped up. The witness said the pilot never slowed.",
                 [("a witness", "person"), ("the witness", "person")], id="the-witness-is-one-person"),
]


@pytest.mark.parametrize("text, expected", UNNAMED_SOURCES_AND_DESCRIBED_SUBJECTS)
def test_unnamed_sources_and_described_subjects(text, expected):
    quotes = extract_quotes(Article(id="u", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


# Bodies and their pronouns: a body only described ("the brokerage") is what "it" after its
# report stands for; "It" after the writer's sentence whose subject is a named body is that
# body; "The Justice Department" is a body, not a justice described; firms named like people
# ("Goldman Sachs") are firms; a job before a name is a role ("bus driver Jomhs Jaramillo",
# "Agent Scott Rance"); "sources close to …" are many people; "a copy of the letter" a document.
BODIES_ROLES_AND_KINDS = [
    pytest.param("Brokerage cuts its growth forecast\n\nThe brokerage said demand had collapsed.\n\n“The fiscal math will be dented,” it said.",
                 [("the brokerage", "organization"), ("the brokerage", "organization")], id="described-body-then-it"),
    pytest.param("Brokerage cuts its growth forecast\n\nThe man said demand had collapsed.\n\n“The fiscal math will be dented,” it said.",
                 [("the man", "person"), (None, "group")], id="a-described-person-is-never-it"),
    pytest.param("Virus\n\nThe Palestinian Health Ministry has recorded 3,000 new cases. It says at least 714 people "
                 "have died.", [("Palestinian Health Ministry", "organization")], id="named-body-subject-then-It"),
    pytest.param("Markets\n\nAnn Lee met the board on Monday. It said demand had collapsed.", [(None, "group")],
                 id="a-person-subject-is-never-It"),
    pytest.param("Merger\n\nThe Justice Department said the merger would raise prices.",
                 [("Justice Department", "organization")], id="the-Justice-Department"),
    pytest.param("Markets\n\nGoldman Sachs said demand had collapsed.", [("Goldman Sachs", "organization")],
                 id="a-firm-named-like-a-person"),
    # where a body is based is no part of its name, nor a person's first name
    pytest.param("Papers\n\nSacramento-based Arlo, a chain of 30 newspapers, is shrinking. Arlo reported a loss of "
                 "$3 million in the quarter.", [("Arlo", "organization")], id="a-place-based-body-by-its-name"),
    pytest.param("Buses\n\n“Right now we feel very supported,” bus driver Jomhs Jaramillo tells Efe.",
                 [("Jomhs Jaramillo", "person")], id="bus-driver-before-a-name"),
    pytest.param("Dinosaurs\n\nAgent Scott Rance said the backyard was a hit.", [("Scott Rance", "person")],
                 id="Agent-before-a-name"),
    pytest.param("Transfers\n\nSources close to Real Madrid said a swap deal would not be easy.",
                 [("sources close to Real Madrid", "group")], id="sources-close-to"),
    pytest.param("Letters\n\n“We will not yield,” a copy of the letter said.", [("a copy of the letter", "document")],
                 id="a-copy-of-the-letter"),
    # a note is written; a name opening with "World" or "Global" is a body's
    pytest.param("Ransomware\n\nThe ransom note warns that the files will be lost after 72 hours.",
                 [("the ransom note", "document")], id="the-ransom-note"),
    pytest.param("Athletics\n\n“The new schedule will prevent a clash,” World Athletics said in a statement.",
                 [("World Athletics", "organization")], id="World-Athletics"),
    pytest.param("Aid\n\nGlobal Witness said the mines were funding the war.", [("Global Witness", "organization")],
                 id="Global-Witness"),
    # a name ending in a watchdog's, a research firm's or an advocate's word is a body's;
    # a charity's one-word name is a body's
    pytest.param("Aid\n\nHuman Rights Watch said the soldiers fired on the crowd.",
                 [("Human Rights Watch", "organization")], id="Human-Rights-Watch"),
    pytest.param("TV\n\nForrester Research says spending will reach $84 billion by 2015.",
                 [("Forrester Research", "organization")], id="Forrester-Research"),
    pytest.param("Clinics\n\nPlanned Parenthood said the clinics would stay open.",
                 [("Planned Parenthood", "organization")], id="Planned-Parenthood"),
    pytest.param("Famine\n\nOxfam warned that the harvest had failed.", [("Oxfam", "organization")], id="Oxfam"),
    # a police force named is a body, and "the police" after it stands for it
    pytest.param("Road closures\n\nDelhi Traffic Police on Sunday appealed to commuters to avoid the route. The traffic "
                 "police said the border was open only to motorcycles.", [("Delhi Traffic Police", "organization")],
                 id="the-traffic-police-after-the-named-force"),
    pytest.param("Road closures\n\nTraffic advice for commuters entering Delhi Delhi Traffic Police on Sunday appealed to "
                 "commuters to avoid the route. The traffic police said the border was open only to motorcycles.",
                 [("Delhi Traffic Police", "organization")], id="a-flattened-heading-glued-to-the-force's-name"),
    pytest.param("Arrests\n\nThe Metropolitan Police said both men had been released on bail.",
                 [("Metropolitan Police", "organization")], id="a-named-police-force"),
    # a people's adjective before a name describes; the page's misspelt country ends the office
    pytest.param("Envoy backs Baku\n\nThe offensive is self-defence under international law, Pakistani Ambassador to "
                 "Azerbaijani Bilal Hayee told News.Az.", [("Bilal Hayee", "person")], id="ambassador-to-a-misspelt-country"),
    pytest.param("Envoy backs Baku\n\nArmenian Bilal Hayee said the talks had failed.", [("Bilal Hayee", "person")],
                 id="a-people's-adjective-before-a-name"),
    pytest.param("Arrests\n\nHouston police said both men had been released on bail.",
                 [("Houston police", "organization")], id="a-city's-police"),
    pytest.param("Arrests\n\nPolice said both men had been released on bail.", [("police", "group")],
                 id="police-unnamed"),
    # a site named with inner capitals is a body; data, research and rules are written
    pytest.param("Flu season\n\n“The flu is back,” reported WebMD.", [("WebMD", "organization")], id="WebMD"),
    pytest.param("Flights\n\nFlights fell 40 percent, according to FlightStats schedule data.",
                 [("FlightStats schedule data", "document")], id="a-site's-data"),
    pytest.param("Roofs\n\nThe regulations make clear that landlords must repair the roofs.",
                 [("the regulations", "document")], id="the-regulations"),
    pytest.param("Rent\n\nFEC filings show the rent rose to $72,800 in May.", [("FEC filings", "document")],
                 id="FEC-filings"),
    # a county and a district's public schools speak as bodies; "the county" stands for
    # the county the article names (not "a survey by the Board of the Harbor City Schools")
    pytest.param("Bridge\n\nCarroll County will widen the Route 9 bridge. The county said Friday it expects the "
                 "permits by March.", [("Carroll County", "organization")], id="the-county-after-its-name"),
    pytest.param("Crash\n\nBroward County Public Schools confirmed that both victims are students.",
                 [("Broward County Public Schools", "organization")], id="a-district's-public-schools"),
    # (the document by its body and kind, the name "the study" later stands for)
    pytest.param("Tests\n\nPupils sit 60 exams before graduating, a survey by the Board of the Harbor "
                 "City Schools found.", [("Board of the Harbor City Schools survey", "document")],
                 id="a-study-by-a-council-of-schools"),
    pytest.param("Campuses\n\nBroward County Public Schools closed two campuses. The district said both would "
                 "reopen on Friday.", [("Broward County Public Schools", "organization")], id="the-district-after-its-schools"),
    pytest.param("Tax\n\nCarroll County voters approved the tax. The organization said it was pleased.",
                 [("the organization", "organization")], id="the-organization-is-no-county"),
    # a family, a couple, a crew are groups; what instruments record is written
    pytest.param("Recovery\n\nRonnie's family said he was out of the coma.", [("Ronnie's family", "group")],
                 id="a-named-person's-family"),
    pytest.param("Move\n\nThe couple said they were moving to Leeds.", [("the couple", "group")], id="the-couple"),
    pytest.param("Storm\n\nRadar readings indicated that the storm had weakened.", [("Radar readings", "document")],
                 id="radar-readings"),
]


@pytest.mark.parametrize("text, expected", BODIES_ROLES_AND_KINDS)
def test_bodies_roles_and_kinds(text, expected):
    quotes = extract_quotes(Article(id="b", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


# "Fact-checkers soon noted": "soon" is no part of the speaker; "the activist group Harbor
# Watch" is a body; "A company called Kellard Enterprises gave …" names a company, no one
# reporting.
ADVERBS_GROUPS_AND_NAMINGS = [
    pytest.param("Videos\n\nFact-checkers soon noted that she may have meant a hypothetical case.",
                 [("Fact-checkers", "group")], id="fact-checkers-soon"),
    pytest.param("Port news\n\nAccording to the local activist group Harbor Watch, at least 12 ferries have been idled.",
                 [("Harbor Watch", "organization")], id="activist-group-then-its-name"),
    pytest.param("Donations\n\nA company called Kellard Enterprises gave $2,500 to the committee on June 3, 2015, campaign "
                 "finance records show.", [("campaign finance records", "document")], id="a-company-called-X-gave"),
]


@pytest.mark.parametrize("text, expected", ADVERBS_GROUPS_AND_NAMINGS)
def test_adverbs_groups_and_namings(text, expected):
    quotes = extract_quotes(Article(id="ag", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == expected


BRANDS_WRITTEN_IN_LOWER_CASE = [
    pytest.param("eBay said it would cut 1,000 jobs next year.", [("eBay", "organization")], id="opening-a-sentence"),
    pytest.param("“We will cut 1,000 jobs next year,” easyJet said.", [("easyJet", "organization")],
                 id="after-a-quotation"),
    pytest.param("Research firm eMarketer reported that mobile payments reached $1.6 billion.",
                 [("eMarketer", "organization")], id="after-its-description"),
    pytest.param("The mRNA vaccine said to work in mice was never tested in people.", [], id="no-brand-in-mrna"),
]


@pytest.mark.parametrize("body, expected", BRANDS_WRITTEN_IN_LOWER_CASE)
def test_a_brand_written_with_a_small_first_letter_is_a_name(body, expected):
    assert speakers_and_kinds(body) == expected


NAMES_OPENING_WITH_ACCENTED_CAPITALS = [
    pytest.param("Party founder Abdullah Öcalan wrote a pamphlet in prison.\n\n"
                 "“The question is why man is so jealous of his freedom,” Öcalan writes.",
                 [("Abdullah Öcalan", "person")], id="a-surname-with-an-umlaut"),
    pytest.param("Commission vice-president Maroš Šefčovič met ministers on Monday.\n\n"
                 "“We have to find a solution on the protocol,” Šefčovič said.",
                 [("Maroš Šefčovič", "person")], id="a-surname-with-a-caron"),
]


@pytest.mark.parametrize("body, expected", NAMES_OPENING_WITH_ACCENTED_CAPITALS)
def test_a_surname_opening_with_an_accented_capital_is_the_full_name(body, expected):
    assert speakers_and_kinds(body) == expected


# A one-word name the article shows to be a body ("announced its new imprint") speaks as
# that body, not as a person called so
@pytest.mark.parametrize("body, name", [
    ("Hachette announced its new imprint on Monday. Hachette said the books would ship in May.", "Hachette"),
    ("Aldermoor announced its quarterly results. Later Aldermoor said prices would rise.", "Aldermoor"),
])
def test_a_one_word_body_speaks_as_an_organisation(body, name):
    quotes = extract_quotes(Article(id="body", text="Books\n\n" + body))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [(name, "organization")]


# A counted description of people ("Two Labour councillors") stands for the people the
# writer's next sentence names together, exactly that many, with titles of the same noun
COUNTED_THEN_NAMED = [
    pytest.param("Council row\n\nTwo Labour councillors have called on the leader to resign. Burnley council leader "
                 "Ann Lee and Pendle council leader Tom Reed quit the party on Monday.",
                 [("the leader to resign", "Ann Lee and Tom Reed")], id="two-councillors-then-two-council-leaders"),
    # (a title's period before the names ends no sentence)
    pytest.param("Council row\n\nTwo senators said the talks had failed. Sen. Ann Lee and Sen. Tom Reed, both senators "
                 "since 2019, spoke on Monday.",
                 [("the talks had failed", "Ann Lee and Tom Reed")], id="titles-with-periods-before-the-names"),
    # (people named next who are not those counted: no title of the same noun, or not that many)
    pytest.param("Council row\n\nTwo officers said the man had fled. Tom Reed and Ann Lee were not hurt.",
                 [("the man had fled", "two officers")], id="two-officers-then-two-others"),
    pytest.param("Council row\n\nThree councillors said the vote was unfair. Council leaders Ann Lee and Tom Reed "
                 "agreed.", [("the vote was unfair", "three councillors")], id="three-counted-two-named"),
]


@pytest.mark.parametrize("text, expected", COUNTED_THEN_NAMED)
def test_a_counted_description_is_the_people_named_next(text, expected):
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.text, q.speaker) for q in quotes] == expected


# "he and Mr. Fisk said": the one "he" stands for and the one named, together; a "he"
# fitting no one else (only the name beside it) leaves the pair unnamed, not "Fisk and Fisk"
PRONOUN_AND_NAME = [
    pytest.param("Papers\n\nMr. Tom Reed runs the ferry line.\n\nThe harbor needs a second ferry, he and Mr. Fisk said.",
                 [("The harbor needs a second ferry", "Tom Reed and Fisk")],
                 id="he-and-a-named-man"),
    pytest.param("Papers\n\nThe ferry is old.\n\nThe harbor needs a second ferry, he and Mr. Fisk said.",
                 [("The harbor needs a second ferry", None)], id="he-fitting-no-one-else"),
    # a pronoun and that person's own people or spouse
    pytest.param("Papers\n\nTom Reed is a professor at Kellard. In a 1987 paper, he and his co-authors predicted "
                 "“a shift toward markets.”", [("a shift toward markets.", "Tom Reed and his co-authors")],
                 id="he-and-his-co-authors"),
    pytest.param("Papers\n\nTom Reed wrote a seminal paper. It was 1987, yet he and his co-authors predicted "
                 "“a shift toward markets”.", [("a shift toward markets", "Tom Reed and his co-authors")],
                 id="yet-he-and-his-co-authors"),
    pytest.param("Papers\n\nAnn Lee runs the ferry line. She and her husband said the harbor needs a second ferry.",
                 [("the harbor needs a second ferry", "Ann Lee and her husband")], id="she-and-her-husband"),
]


@pytest.mark.parametrize("text, expected", PRONOUN_AND_NAME)
def test_a_pronoun_and_a_name_speak_together(text, expected):
    quotes = extract_quotes(Article(id="t", text=text))
    assert [(q.text, q.speaker) for q in quotes] == expected


# "“…,” she recalls him saying": the words are the one remembered speaking, not the one
# remembering; a pronoun for no one named leaves the speaker unknown rather than hers
REMEMBERED_SPEAKERS = [
    pytest.param("Harbor days\n\nAnn Lee met Mr. Tom Reed in 1990. “You are going to be a star,” she recalls Reed saying.",
                 [("Tom Reed", "You are going to be a star,")], id="recalls-a-surname-saying"),
    pytest.param("Harbor days\n\nAnn Lee met Mr. Tom Reed in 1990. Mr. Reed invited her for a drink. “You are going to "
                 "be a star,” she recalls him saying.",
                 [("Tom Reed", "You are going to be a star,")], id="recalls-him-saying"),
    pytest.param("Harbor days\n\nAnn Lee met the harbour master in 1990. “You are going to be a star,” she recalls him "
                 "saying.", [(None, "You are going to be a star,")], id="recalls-him-saying-with-no-man-named"),
    # (what she recalls herself stays hers)
    pytest.param("Harbor days\n\nAnn Lee met Mr. Tom Reed in 1990. “I was going to be a star,” she recalls.",
                 [("Ann Lee", "I was going to be a star,")], id="she-recalls"),
]


@pytest.mark.parametrize("text, expected", REMEMBERED_SPEAKERS)
def test_the_one_remembered_speaking_said_the_words(text, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(Article(id="r", text=text))] == expected


CLAUSES_BEFORE_A_NAME = [
    # a clause read before the name is no role of the speaker's
    ("I read the series after the novelist Ann Lee said it was good.", "Ann Lee", None),
    ("Last year the chef Tom Reed said the menu would change.", "Tom Reed", "chef"),
]


@pytest.mark.parametrize("sentence, speaker, role", CLAUSES_BEFORE_A_NAME)
def test_a_clause_before_the_name_is_no_role(sentence, speaker, role):
    quotes = extract_quotes(Article(id="r", text=HEADLINE + "\n\n" + sentence))
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]

