"""Spec of `quotesearch.extract.employers`: names an article gives as where someone works.

A capitalised run after a title and "of", "at", "for" or "with" ("manager at Super
Value") is a body, even with no organisation word in it; the article's other uses
of the same name ("Later, Super Value said …") speak for that body, not a person.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.employers import employer_names
from quotesearch.records import Article

EMPLOYERS = [
    pytest.param("Ann Lee, manager at Super Value, said so.", ["Super Value"], ["Super Value"], id="title-at-a-name"),
    pytest.param("Tom Reed, director of Harbor Lane, said so.", ["Harbor Lane"], ["Harbor Lane"], id="title-of-a-name"),
    # a run opening with a first name is a person the title serves
    pytest.param("A spokesman for Dan Fisk said so.", ["Dan Fisk"], [], id="spokesman-for-a-person"),
    # no title before the preposition: a person ("the daughter of …")
    pytest.param("The daughter of Kellard Reed said so.", ["Kellard Reed"], [], id="daughter-of-a-name"),
]


@pytest.mark.parametrize("text, names, expected", EMPLOYERS)
def test_employer_names(text, names, expected):
    found = employer_names(text, [(text.index(name), name) for name in names])
    assert found == {name: text.index(name) for name in expected}


# The same name elsewhere in the article speaks as the body
SPEAKING_EMPLOYERS = [
    pytest.param("Prices climb\n\nShoppers were worried on Monday.\n\nAnn Lee, manager at Super Value, said prices "
                 "rose sharply in May.\n\nEarlier this month, Super Value revealed that supply chain issues still "
                 "exist. Still, the grocery giant said it has about six months supply.",
                 [("Ann Lee", "person", "manager at Super Value"), ("Super Value", "organization", None),
                  ("Super Value", "organization", None)], id="employer-then-its-description"),
    pytest.param("Talks go on\n\nA spokesman for Tom Reed said the talks would go on for days. Reed said he was "
                 "tired of the talks.",
                 [("a spokesman for Tom Reed", "person", None), ("Tom Reed", "person", None)],
                 id="a-person-a-spokesman-serves"),
]


@pytest.mark.parametrize("text, expected", SPEAKING_EMPLOYERS)
def test_an_employer_speaks_as_a_body(text, expected):
    quotes = extract_quotes(Article(id="e", text=text))
    assert [(q.speaker, q.speaker_kind, q.role) for q in quotes] == expected
