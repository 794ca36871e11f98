"""The kind of a speaker left as a description (`extract.description_kinds`): its head
noun says whether it is a person, a group, an organisation or a document."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.description_kinds import description_kind
from quotesearch.records import Article

DESCRIPTIONS = [
    # one person: a determiner of one and a noun for a person, whatever follows the head
    ("the man", "group", "person"),
    ("a dispatcher on the county police scanner", "group", "person"),
    ("a second vice-chancellor", "group", "person"),
    ("a person familiar with the talks", "group", "person"),
    ("a senior campaign source", "group", "person"),
    ("one of his senior aides", "group", "person"),
    ("the 81-year-old", "group", "person"),
    # a participle between the noun and its phrase: the noun before it is the head
    ("a source briefed on the inquiry", "group", "person"),
    ("an official involved in the Harbor talks", "group", "person"),
    ("the lawyers retained by the family", "person", "group"),
    # a news story, an essay: written things
    ("a separate story", "group", "document"),
    ("an essay in the Kellard Review", "group", "document"),
    # a guard, a reader, a commenter: one person whose noun no title table lists
    ("a guard", "group", "person"),
    ("a reader of this blog", "group", "person"),
    ("one commenter", "group", "person"),
    ("the guy", "group", "person"),
    ("the patriarch", "group", "person"),
    ("the dad of a man missing for a decade", "group", "person"),
    ("One survey respondent", "group", "person"),
    ("a study participant", "group", "person"),
    # nouns that say a person by their sex or rank, and a few people's roles
    ("the duchess", "group", "person"),
    ("the countess", "group", "person"),
    ("the heiress", "group", "person"),
    ("the duke", "group", "person"),
    ("a Clinton ally", "group", "person"),
    ("a campaign surrogate", "group", "person"),
    ("One academic", "group", "person"),
    # an occupation or creed by its suffix: "-ist", "-ian" (not "the playlist")
    ("the late neurologist", "group", "person"),
    ("a Dutch politician", "group", "person"),
    ("the playlist", "group", "group"),
    # documents: what was written, counted or filed
    ("the department notice", "group", "document"),
    ("the timeline", "group", "document"),
    ("a congressional timeline", "group", "document"),
    ("New data", "person", "document"),
    ("research on adolescent development", "person", "document"),
    ("the suit", "group", "document"),
    ("the results of the latest county poll", "group", "document"),
    ("the inquest", "group", "document"),
    ("the explanatory notes of the bill", "group", "document"),
    ("the change log", "group", "document"),
    ("search warrant papers", "group", "document"),
    ("court papers", "group", "document"),
    # "the paper" is as often the newspaper as a study: resolution's kind stands
    ("the paper", "organization", "organization"),
    ("the papers", "group", "group"),
    ("the 2009 paper", "organization", "document"),
    ("a working paper from the central bank", "group", "document"),
    # bodies and peoples
    ("the brokerage", "group", "organization"),
    ("the museum", "group", "organization"),
    ("the town", "group", "organization"),
    ("The French", "person", "group"),
    ("the Romanian", "person", "person"),
    # many people: a plural, a share or a pair stays a group
    ("a few people", "group", "group"),
    ("the couple", "group", "group"),
    ("the majority of voters", "person", "group"),
    ("workers at the assembly plant", "group", "group"),
    ("people close to the mayor", "person", "group"),
    # names, acronyms and coordinations keep the kind resolution gave them
    ("Donald Trump", "person", "person"),
    ("The Hill", "organization", "organization"),
    ("the CMO", "person", "person"),
    ("the book and the film", "group", "group"),
    (None, None, None),
]


@pytest.mark.parametrize("speaker, kind, expected", DESCRIPTIONS)
def test_a_description_has_the_kind_of_its_head_noun(speaker, kind, expected):
    assert description_kind(speaker, kind) == expected


def test_records_carry_the_kind_of_their_description():
    text = ("Salon harassment\n\nA man walked into the salon on Tuesday and sat down.\n\n"
            "“My girlfriend is trying to get an appointment,” the man could be heard saying.")
    quotes = extract_quotes(Article(id="k", text=text))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("the man", "person")]


# Capitalised plurals of people are groups ("Environmentalists said", "Roman Catholics
# argue"); a name that only ends like one is not ("World Athletics", "Caeneus Minerals",
# "Dottie Deans", "Bernie Sanders")
CAPITALISED_PLURALS = [
    pytest.param("Environmentalists", "person", "group", id="environmentalists"),
    pytest.param("Roman Catholics", "person", "group", id="roman-catholics"),
    pytest.param("Fact-checkers", "person", "group", id="fact-checkers"),
    pytest.param("Republicans", "person", "group", id="a-party-plural"),
    pytest.param("World Athletics", "organization", "organization", id="world-athletics"),
    pytest.param("Caeneus Minerals", "person", "person", id="a-firm-ending-in-als-keeps-its-kind"),
    pytest.param("Dottie Deans", "person", "person", id="a-surname-like-a-plural"),
    pytest.param("Bernie Sanders", "person", "person", id="sanders"),
    pytest.param("Senators representing Maryland and Virginia", "person", "group", id="plural-title-then-lower-case"),
]


@pytest.mark.parametrize("speaker, kind, expected", CAPITALISED_PLURALS)
def test_capitalised_plurals_of_people(speaker, kind, expected):
    assert description_kind(speaker, kind) == expected
