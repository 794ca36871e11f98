"""Spec of `quotesearch.extract.epithet_hints`: what an epithet's own sentence and the
headline say about whom "the 38-year-old" or "the singer" means when the people named
around it leave a choice. Articles are invented: a headline, then paragraphs.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.epithet_hints import headline_subject, trailing_pronoun_sex
from quotesearch.records import Article


def speakers(article: str) -> list[tuple[str | None, str]]:
    quotes = extract_quotes(Article(id="t", text=article))
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in quotes]


TRAILING_PRONOUNS = [
    ("“We are ready,” the 38-year-old said as he left the stage.", "male"),
    ("The 61-year-old said after her appointment: “I am thrilled.”", "female"),
    ("“It was hard,” the singer said of his years on the road.", "male"),
    # a capitalised word between: the pronoun may be someone else's
    ("“We are ready,” the 38-year-old said, and Tom Reed said his team agreed.", None),
    # the pronoun inside the next quotation is the speaker's words, not the writer's
    ("The 38-year-old said: “He never called me.”", None),
    # too far after the epithet to be about it
    ("“We are ready,” the 38-year-old said on a long and windy evening in the old harbour town when he left.", None),
]


@pytest.mark.parametrize("sentence, expected", TRAILING_PRONOUNS)
def test_a_pronoun_soon_after_an_epithet_gives_its_sex(sentence, expected):
    at = sentence.index("the ") if "the 38" in sentence or "the singer" in sentence else sentence.index("The ")
    epithet = ("singer",) if "singer" in sentence else (sentence[at:].split()[1],)
    assert trailing_pronoun_sex(sentence, at, epithet) == expected


HEADLINES = [
    ("Jose Lima agrees deal to join Kellard", ["Jose Lima", "Ann Ortez"], "Jose Lima"),
    ("Lima’s move to Kellard confirmed", ["Ann Ortez", "Jose Lima"], "Jose Lima"),
    # a person named later in the headline is not what it is about
    ("Kellard sacks Ann Ortez after ten years", ["Ann Ortez"], None),
]


@pytest.mark.parametrize("headline, people, expected", HEADLINES)
def test_the_headline_subject_is_the_person_opening_it(headline, people, expected):
    assert headline_subject(headline, [(0, len(headline))], people) == expected


EPITHETS = [
    # a man's pronoun after the epithet picks the man of the two just named
    ("Reed spars with Lee at forum\n\nTom Reed clashed with Ann Lee on stage on Wednesday night.\n\n"
     "“You have your friends propping you up,” the 38-year-old said as he tried to go on.",
     [("Tom Reed", "You have your")]),
    # with two women named, a woman's pronoun picks neither
    ("Debate night in Harbor\n\nAnn Lee clashed with Mary Cole on stage on Wednesday night.\n\n"
     "“You have your friends propping you up,” the 38-year-old said as she tried to go on.",
     [("the 38-year-old", "You have your")]),
    # no one in view: the person the headline is about, named before
    ("Jose Lima agrees deal to replace Dan Ortez as Kellard manager\n\n"
     "Jose Lima has agreed a deal to replace Dan Ortez as Kellard's manager.\n\n"
     "Ortez was sacked last night after five years in charge.\n\n"
     "Talks between the club and Lima's agents went on for days.\n\n"
     "The Portuguese coach had been out of work since December.\n\n"
     "The 56-year-old said after his appointment: “I am excited to be joining this club.”",
     [("Jose Lima", "I am excited")]),
    # someone else is given that age: not the headline's person
    ("Jose Lima agrees deal to replace Dan Ortez as Kellard manager\n\n"
     "Jose Lima has agreed a deal to replace Dan Ortez, 56, as Kellard's manager.\n\n"
     "Talks between the club and Lima's agents went on for days.\n\n"
     "The club had been without a win since December.\n\n"
     "The 56-year-old said after his dismissal: “I am sad to be leaving this club.”",
     [("Dan Ortez", "I am sad")]),
    # other men in view may be meant: the epithet stays as written
    ("Jose Lima agrees deal to replace Dan Ortez as Kellard manager\n\n"
     "Jose Lima has agreed a deal with Kellard.\n\n"
     "Talks went on for days.\n\n"
     "Dan Ortez and his assistant Ben Cole were sacked last night.\n\n"
     "The 56-year-old said after his exit: “I am sad to be leaving this club.”",
     [("the 56-year-old", "I am sad")]),
    # a part in the events ("the judge") is someone else, never the headline's person
    ("Tom Reed jailed for fraud at Harbor court\n\n"
     "Tom Reed was jailed for six years on Monday.\n\n"
     "The scheme ran for a decade.\n\n"
     "The hearing lasted two days.\n\n"
     "The judge said: “This was a cruel and calculated fraud.”",
     [("the judge", "This was a")]),
]


@pytest.mark.parametrize("article, expected", EPITHETS)
def test_an_epithet_left_open_by_the_people_in_view(article, expected):
    assert speakers(article) == expected


ECHOED_INTRODUCTIONS = [
    # the epithet repeats the clause that introduced the person who just spoke
    ("Stadium plans\n\nThe hope is to land an outfit, said Tom Reed, who is Harbor State's director of athletics.\n\n"
     "“We want them to help,” he said.\n\nThe athletics executive believes the venue is suited for soccer.",
     [("Tom Reed", "The hope is"), ("Tom Reed", "We want them"), ("Tom Reed", "the venue is")]),
    ("Clinic opens\n\nAnn Lee, who teaches cardiology at Harbor University, said the unit would open. "
     "“It is overdue,” she said. The cardiology professor added that staff were ready.",
     [("Ann Lee", "the unit would"), ("Ann Lee", "It is overdue,"), ("Ann Lee", "staff were ready")]),
    # nothing said of her echoes "nursing": someone else, left as written
    ("Clinic opens\n\nAnn Lee, who teaches cardiology at Harbor University, said the unit would open. "
     "“It is overdue,” she said. The nursing director added that staff were ready.",
     [("Ann Lee", "the unit would"), ("Ann Lee", "It is overdue,"), ("the nursing director", "staff were ready")]),
    # the echo is of a coach, the epithet of an executive: no echo, no resolution
    ("Stadium plans\n\nThe hope is to land an outfit, said Tom Reed, the coach.\n\n"
     "“We want them to help,” he said.\n\nThe athletics executive believes the venue is suited for soccer.",
     [("Tom Reed", "The hope is"), ("Tom Reed", "We want them"), ("the athletics executive", "the venue is")]),
    # two people the epithet echoes: the one just quoted
    ("Stadium plans\n\nThe hope is to land an outfit, said Tom Reed, who is Harbor State's director of athletics.\n\n"
     "“We want them to help,” said Dan Fisk, who is Kellard College's director of athletics.\n\n"
     "The athletics executive believes the venue is suited for soccer.",
     [("Tom Reed", "The hope is"), ("Dan Fisk", "We want them"), ("Dan Fisk", "the venue is")]),
    # a capitalised modifier names whom the title serves or where: no echo of her
    ("Harbor talks\n\nAnn Lee, a lawyer who worked for Senator Tom Reed, said the deal was near. "
     "“It is close,” she said. The senior Reed adviser added that staff were ready.",
     [("Ann Lee", "the deal was"), ("Ann Lee", "It is close,"), ("the senior Reed adviser", "staff were ready")]),
    ("Vote in Paris\n\nThe French president, Marc Dufour, spoke on Monday. "
     "“It will pass,” he said. The French premier added that the vote would come in May.",
     [("Marc Dufour", "It will pass,"), ("the French premier", "the vote would")]),
]


@pytest.mark.parametrize("article, expected", ECHOED_INTRODUCTIONS)
def test_an_epithet_echoing_the_introduction_of_the_person_just_quoted_is_theirs(article, expected):
    assert speakers(article) == expected
