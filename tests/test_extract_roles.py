"""Spec of `quotesearch.extract.roles`: the titles and appositions that give people roles.

`find_roles(text, spans)` yields (name as written, role, offset) for each role the
text states inside the given spans: a title in front of the name ("Chinese
Ambassador to Russia Zhang Hanhui") or an apposition after it ("Zhang Hanhui, the
Chinese ambassador to Russia,") or before it ("Russia's ambassador to China,
Andrey Denisov,"). Roles are given as written, without a leading article.
"""
from __future__ import annotations

import random

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.roles import _TITLE_PREFIX, _title_prefix, find_roles
from quotesearch.records import Article


def roles(sentence: str) -> list[tuple[str, str]]:
    found = list(find_roles(sentence, [(0, len(sentence))]))
    for name, _, offset in found:
        assert name in sentence[offset:], (name, offset)  # the offset is at or before the name
    return [(name, role) for name, role, _ in found]


TITLE_PREFIXES = [
    pytest.param("U.S. President Donald Trump has elevated the theory.", [("Donald Trump", "U.S. President")],
                 id="an-abbreviation-is-one-word-of-the-title"),
    pytest.param("He was joined by former U.N. Ambassador Nikki Haley.", [("Nikki Haley", "former U.N. Ambassador")],
                 id="an-abbreviation-inside-the-title"),
    pytest.param("The lakes are at risk, warns Northern Water Agency (NWA) Director Maria L. Ostrander.",
                 [("Maria L. Ostrander", "Northern Water Agency (NWA) Director")], id="an-acronym-in-brackets"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui spoke at the forum.",
                 [("Zhang Hanhui", "Chinese Ambassador to Russia")], id="ambassador-to"),
    pytest.param("Vice President of the Russian Export Center Alexey Solodov attended the talks.",
                 [("Alexey Solodov", "Vice President of the Russian Export Center")], id="vice-president-of"),
    pytest.param("Harbor Board press secretary Dan Fisk declined to comment.",
                 [("Dan Fisk", "Harbor Board press secretary")], id="lower-case-title"),
    pytest.param("Health and Human Services Secretary Ann Lee declined to comment.",
                 [("Ann Lee", "Health and Human Services Secretary")], id="an-office-holding-and"),
    pytest.param("Foreign Ministry spokesperson Wang Wenbin said the talks were fruitful.",
                 [("Wang Wenbin", "Foreign Ministry spokesperson")], id="ministry-spokesperson"),
    pytest.param("Chinese President Xi Jinping held talks with Russian President Vladimir Putin.",
                 [("Xi Jinping", "Chinese President"), ("Vladimir Putin", "Russian President")],
                 id="two-presidents"),
    pytest.param("He arrived with his brother, former President Walter Benning, on Monday.",
                 [("Walter Benning", "former President")], id="when-the-office-was-held"),
    pytest.param("They were joined by former Ohio Gov. Dan Reed on Monday.",
                 [("Dan Reed", "former Ohio Gov.")], id="when-a-placed-office-was-held"),
    pytest.param("Much like Mr. Benning did, she kept quiet.", [], id="not-a-modifier"),
    pytest.param("Prime Minister Dr Keith Mitchell led the celebrations on Monday.",
                 [("Keith Mitchell", "Prime Minister")], id="an-office-then-a-courtesy-title"),
    pytest.param("Last night deputy mayor Oliver Brandt made a claim on local radio.",
                 [("Oliver Brandt", "deputy mayor")], id="a-time-before-the-title"),
    pytest.param("He wrote on Friday for Supreme Court Justice Nora Vance.",
                 [("Nora Vance", "Supreme Court Justice")], id="a-day-before-the-title"),
    pytest.param("The plan led to what aide Ben Ortiz called a fresh start.",
                 [("Ben Ortiz", "aide")], id="a-relative-before-the-title"),
    pytest.param("He was eliminated in what host Tom Bergen described as a hard verdict.",
                 [("Tom Bergen", "host")], id="what-before-the-title"),
    # the title before an owner's name is the owner's; what he owns is no apposition of his
    pytest.param("President Tom Lund’s envoy to the talks, Ann Vale, will resign.", [("Tom Lund", "President")],
                 id="a-title-before-an-owner"),
    # (a surname alone may be a namesake's later: "President Obama’s" and "Michelle Obama")
    pytest.param("President Lund’s envoy to the talks, Ann Vale, will resign.", [], id="a-title-before-an-owners-surname"),
    # a body whose name holds "&", as one word or between its words
    pytest.param("Fox & Friends host Ann Lee praised the mayor.", [("Ann Lee", "Fox & Friends host")],
                 id="an-ampersand-between-words-of-a-show"),
    pytest.param("Procter & Gamble spokesman Tom Reed declined to comment.",
                 [("Tom Reed", "Procter & Gamble spokesman")], id="an-ampersand-between-words-of-a-firm"),
    pytest.param("AT&T chief executive Dan Fisk declined to comment.", [("Dan Fisk", "AT&T chief executive")],
                 id="an-ampersand-inside-a-word"),
]

APPOSITIONS_AFTER = [
    # the employer after "manager at" is no titled person of its own
    pytest.param("Ann Lee, manager at Super Value, said prices rose.", [("Ann Lee", "manager at Super Value")],
                 id="an-apposition-naming-the-employer"),
    # an office whose list the comma goes on with is one office
    pytest.param("Mira Tal, head of research, evaluation and learning at the Institute of Education, said so.",
                 [("Mira Tal", "head of research, evaluation and learning at the Institute of Education")],
                 id="an-office-listing-its-portfolios"),
    pytest.param("Ben Ross, a debt expert who has written books, reports and columns about the harbour, said so.",
                 [("Ben Ross", "debt expert")], id="a-list-inside-a-relative-clause-is-no-office"),
    pytest.param("Ben Ortiz, a former aide to Mr. Reed, said he was pleased.",
                 [("Ben Ortiz", "former aide to Mr. Reed")], id="a-courtesy-title-inside-the-apposition"),
    pytest.param("Ann Ode, a law professor at Kellard College in St. Louis, said so.",
                 [("Ann Ode", "law professor at Kellard College in St. Louis")], id="St-Louis"),
    pytest.param("Zhang Hanhui, the Chinese ambassador to Russia, spoke at the forum.",
                 [("Zhang Hanhui", "Chinese ambassador to Russia")], id="definite"),
    pytest.param("Li Haidong, a professor at the China Foreign Affairs University, said the talks went well.",
                 [("Li Haidong", "professor at the China Foreign Affairs University")], id="indefinite"),
    pytest.param("Trade grew, said Maria Zakharova, spokeswoman for the Russian Foreign Ministry.",
                 [("Maria Zakharova", "spokeswoman for the Russian Foreign Ministry")], id="bare-at-sentence-end"),
    pytest.param("Alexey Maslov, director of the Institute of Asian and African Studies of Moscow State "
                 "University, said trade would grow.",
                 [("Alexey Maslov",
                   "director of the Institute of Asian and African Studies of Moscow State University")],
                 id="long-bare"),
    pytest.param("Cui Heng, a scholar from the Shanghai-based China National Institute for SCO International "
                 "Exchange and Judicial Cooperation, told the Global Times that the delegation was large.",
                 [("Cui Heng", "scholar from the Shanghai-based China National Institute for SCO "
                               "International Exchange and Judicial Cooperation")], id="very-long"),
    pytest.param("Sandy Ching, president of the Academy of Pediatrics said children need more sleep.",
                 [("Sandy Ching", "president of the Academy of Pediatrics")], id="missing-comma-ends-at-the-verb"),
    # a relative clause whose role opens on a body's possessive
    pytest.param("The venue is ready, said Tom Reed, who is Harbor State's director of athletics.",
                 [("Tom Reed", "Harbor State's director of athletics")], id="who-is-a-body's-officer"),
    pytest.param("Ann Lee, who was Kellard Bank’s chief economist, said rates would rise.",
                 [("Ann Lee", "Kellard Bank’s chief economist")], id="who-was-a-body's-officer"),
    # kin or a hope after the possessive is no office
    pytest.param("Ann Lee, who is Tom Reed's daughter, said the house was sold.", [], id="who-is-someone's-kin"),
    pytest.param("Ann Lee, who is Harbor's best hope, said so.", [], id="who-is-a-place's-hope"),
]

APPOSITIONS_BEFORE = [
    pytest.param("Grenada’s Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Keith Mitchell has "
                 "voiced his support.", [("Keith Mitchell", "Grenada’s Prime Minister and Chairman of the OECS "
                                          "Authority")], id="a-style-of-address-and-a-long-title"),
    pytest.param("Barbados Prime Minister, the Hon. Mia Mottley, spoke on Monday.",
                 [("Mia Mottley", "Barbados Prime Minister")], id="the-Hon"),
    pytest.param("A witness said the head of the division, Russ Pittman, left early.", [], id="a-clause-is-no-title"),
    pytest.param("Russia's ambassador to China, Andrey Denisov, said the visit was likely.",
                 [("Andrey Denisov", "Russia's ambassador to China")], id="straight-apostrophe"),
    pytest.param("Russia’s ambassador to China, Andrey Denisov, said the visit was likely.",
                 [("Andrey Denisov", "Russia’s ambassador to China")], id="curly-apostrophe"),
    pytest.param("The visit is still on the cards, says China’s ambassador to Russia, Zhang Hanhui.",
                 [("Zhang Hanhui", "China’s ambassador to Russia")], id="after-an-inverted-cue"),
    pytest.param("Talks ended early.\n\nThe mayor, Ann Kibbe, spoke to reporters.",
                 [("Ann Kibbe", "mayor")], id="paragraph-start"),
    pytest.param("Talks ended early. The mayor, Ann Kibbe, spoke to reporters.",
                 [("Ann Kibbe", "mayor")], id="sentence-start"),
    # a clause of the writer's before the titled noun phrase is no part of the role
    pytest.param("The navy gave a toll, although other media later quoted the head of the rescue agency, "
                 "Bambang Soelistyo, as saying only three were found.",
                 [("Bambang Soelistyo", "head of the rescue agency")], id="a-clause-before-the-title"),
    pytest.param("After the video came out, prosecutors charged the officer and the mayor fired his police chief, Garry Moss, on Monday.",
                 [("Garry Moss", "police chief")], id="a-clause-before-a-possessive-title"),
    pytest.param("Worried by the rumors, she went to Ailes’s PR chief, Brian Lewis, for help.",
                 [("Brian Lewis", "Ailes’s PR chief")], id="a-clause-before-a-name-possessive-title"),
]

NO_ROLES = [
    pytest.param("Zhang Hanhui arrived in Moscow on Friday.", [], id="name-alone"),
    pytest.param("The talks in Beijing ended on Friday.", [], id="no-person"),
    # a scene opening the sentence is when or where, not someone the description names
    pytest.param("On Tuesday, the owner said the salon would reopen.", [], id="a-weekday-scene"),
    pytest.param("Last Friday, the mayor said the port was safe.", [], id="a-last-weekday-scene"),
    pytest.param("In Kellard, the mayor said the port was safe.", [], id="a-place-scene"),
    pytest.param("Xi Jinping met Vladimir Putin, who arrived on Thursday.", [], id="relative-clause"),
    # a clause opening the sentence is no apposition of the name after it
    pytest.param("Talks ended. A witness interviewed by staff said the head of the division, Russ Pittman, "
                 "gave the order.", [], id="clause-at-sentence-start"),
    # a title followed by its verb is a clause's subject, not an apposition of the name
    pytest.param("The next day, according to Paul Brandt, the mayor made further demands.", [],
                 id="clause-after-the-name"),
    # (with a speech verb too: the name is the object of "according to", "told", "with")
    pytest.param("According to Paul Brandt, the mayor said the bridge would close.", [],
                 id="according-to-name-then-the-mayor-said"),
    pytest.param("The deal was agreed with Paul Brandt, the mayor told reporters.", [],
                 id="with-name-then-the-mayor-told"),
    pytest.param("Ahead of the vote, said Paul Brandt, the senator has changed her mind.", [],
                 id="auxiliary-after-the-title"),
    pytest.param("Despite the defeat, the mayor remains committed to the plan, Tad Morrow said.", [],
                 id="present-tense-after-the-title"),
    # a title and a preposition before a capitalised run: where someone works, no one titled
    pytest.param("She thanked the manager at Super Value for the help.", [], id="title-at-an-employer"),
    pytest.param("Shoppers wrote to the director of Harbor Lane about the prices.", [], id="title-of-an-employer"),
]


@pytest.mark.parametrize("sentence, expected", TITLE_PREFIXES)
def test_title_before_the_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", APPOSITIONS_AFTER)
def test_apposition_after_the_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", APPOSITIONS_BEFORE)
def test_apposition_before_the_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", NO_ROLES)
def test_no_role_stated(sentence, expected):
    assert roles(sentence) == expected


def test_coordinated_people_keep_their_own_roles():
    sentence = ("Russia's ambassador to China, Andrey Denisov, and Chinese Ambassador to Russia "
                "Zhang Hanhui spoke at the forum.")
    assert roles(sentence) == [("Andrey Denisov", "Russia's ambassador to China"),
                               ("Zhang Hanhui", "Chinese Ambassador to Russia")]


def test_only_the_given_spans_are_read():
    text = "Chinese President Xi Jinping arrived.\n\nRussian President Vladimir Putin met him."
    second = text.index("Russian")
    assert [(n, r) for n, r, _ in find_roles(text, [(second, len(text))])] == [
        ("Vladimir Putin", "Russian President")]


# (text before a name): the title words found backwards from the name are what the
# forward pattern finds: at most eight words, brackets around an acronym, no line break
TITLE_WINDOWS = [
    "said the White House press secretary ",
    "Northern Water Agency (NWA) Director ",
    "one two three four five six seven eight nine ten ",
    "hello, former President ",
    "the line\nChief Executive ",
    "ends at a line break \n",
    "two breaks\n\n",
    "odd (brackets)) here ",
    "x(word ",
    "a)b ",
    "no space at the end",
    "",
    "   ",
    "O’Neill-Roe's aide ",
]


def _forward(text: str, start: int, end: int):
    m = _TITLE_PREFIX.search(text, start, end)
    return m.group(1) if m else None


@pytest.mark.parametrize("window", TITLE_WINDOWS)
def test_title_prefix_read_backwards_is_the_forward_patterns(window):
    for start in range(len(window) + 1):
        assert _title_prefix(window, start, len(window)) == _forward(window, start, len(window))


def test_title_prefix_agrees_on_generated_windows():
    rng = random.Random(17)   # fixed: the same windows every run
    alphabet = "ab( )  \n.-’',x\tZ)"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _title_prefix(text, start, end) == _forward(text, start, end), (text, start, end)


def test_a_description_after_a_scene_is_still_the_speaker():
    # with "On Tuesday" read as a name given the role, "the owner" stood for it and the
    # report was dropped as nobody's
    text = "Salon news\n\nOn Tuesday, the owner said the salon would reopen."
    quotes = extract_quotes(Article(id="r", text=text))
    assert [(q.speaker, q.text) for q in quotes] == [("the owner", "the salon would reopen")]
