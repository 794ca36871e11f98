"""Spec of `quotesearch.extract.described_people`: the words before a name that describe
someone else, the unnamed speaker, by whom they serve or where they are."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.described_people import described_before_a_name, member_of_a_body
from quotesearch.records import Article

DESCRIPTIONS_BEFORE_A_NAME = [
    # one person's noun, then whom they serve
    ("a spokeswoman for Governor", True),
    ("an aide to Senator", True),
    ("senior adviser to Mr.", True),
    ("longtime adviser to", True),
    ("a lawyer with", True),
    # after "a"/"one", where they are
    ("a GOP insider in the state of", True),
    ("one voter in the small town of", True),
    ("a Democrat from", True),
    # people described by whom they are close to
    ("Sources close to Ms.", True),
    ("People close to Gov.", True),
    ("Those close to Mr.", True),
    ("a person close to", True),
    ("an official close to", True),
    # a title of office, a body, or a kind of thing: the name after is theirs or its
    ("Secretary of State", False),
    ("former special envoy to Ukraine", False),
    ("the presidential campaign of Sen.", False),
    ("a company in the state of", False),
]


@pytest.mark.parametrize("words, expected", DESCRIPTIONS_BEFORE_A_NAME)
def test_words_before_a_name_that_describe_someone_else(words, expected):
    assert described_before_a_name(words.split()) is expected


NEAR_SOMEONE = [
    # (sentence, speaker, kind): the people close to someone speak, not that someone
    ("Nora Vance quit on Tuesday. People close to Ms. Vance insisted she was weary of the post.",
     "people close to Ms. Vance", "group"),
    ("Nora Vance quit on Tuesday. Sources close to Ms. Vance said she was weary of the post.",
     "sources close to Ms. Vance", "group"),
    ("Nora Vance quit on Tuesday. Those close to Ms. Vance said she was weary of the post.",
     "those close to Ms. Vance", "group"),
    ("Nora Vance quit on Tuesday. A person close to Ms. Vance said she was weary of the post.",
     "a person close to Ms. Vance", "person"),
    # guards: an aide to someone, and the person herself
    ("Nora Vance quit on Tuesday. An aide to Ms. Vance said she was weary of the post.",
     "an aide to Ms. Vance", "person"),
    ("Nora Vance quit on Tuesday. Ms. Vance said she was weary of the post.", "Nora Vance", "person"),
]


@pytest.mark.parametrize("sentence, speaker, kind", NEAR_SOMEONE)
def test_people_close_to_someone_are_the_speakers(sentence, speaker, kind):
    quotes = extract_quotes(Article(id="near", title="Vance steps down from the harbour board", text=sentence))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [(speaker, kind)]


def test_a_pronoun_after_a_source_close_to_someone_is_not_that_source():
    text = ("Ann Lee grew so uneasy that she went to the press chief, Tom Reed, according to a "
            "person close to Lee. She told Reed that Fisk was being careless.")
    quotes = extract_quotes(Article(id="near", title="The ferry years, told by the crew", text=text))
    told = next(q for q in quotes if q.cue == "told")
    assert told.speaker != "a person close to Lee"


MEMBERS_OF_A_BODY = [
    # (speaker phrase, (speaker, kind)): one person described by the body whose name has
    # "of" or "for" in it, not the body (which was read as "A Ministry", "University")
    ("A Ministry of Defence spokesman", ("a Ministry of Defence spokesman", "person")),
    ("the University of Surrey expert", ("the University of Surrey expert", "person")),
    ("a Department of Health and Social Care spokesperson",
     ("a Department of Health and Social Care spokesperson", "person")),
    ("An Office for National Statistics official", ("an Office for National Statistics official", "person")),
    ("a University of Leeds professor who studies ports", ("a University of Leeds professor", "person")),
    ("Bank of Canada officials", ("Bank of Canada officials", "group")),
    # the body itself, a title and a name, a body's name ending in a plain noun: not one person
    ("The Bank of England", None),
    ("Director of Public Health Jane Doe", None),
    ("the Museum of Modern Art collection", None),
]


@pytest.mark.parametrize("phrase, expected", MEMBERS_OF_A_BODY)
def test_a_person_described_by_a_body_with_of_in_its_name(phrase, expected):
    assert member_of_a_body(phrase) == expected


def test_a_ministry_spokesman_speaks_for_the_ministry_as_one_person():
    quotes = extract_quotes(Article(id="mod", title="Base to stay open",
                                    text="A Ministry of Defence spokesman said the base would stay open."))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("a Ministry of Defence spokesman", "person")]
