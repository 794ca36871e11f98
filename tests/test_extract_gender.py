"""Spec of `quotesearch.extract.gender`: "he"/"she" never reach a person the article
marks as the other gender; unknown people stay candidates, and when the nearest person
is ruled out the pronoun goes further back only to someone marked as a match."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.gender import agrees, gender_of, listed_gender_of, marked_genders
from quotesearch.records import Article


@pytest.mark.parametrize("name, text, gender", [
    ("Hillary Clinton", "Hillary Clinton spoke.", "female"),
    ("Steven Ginsberg", "Steven Ginsberg spoke.", "male"),
    ("Xu Ping", "Later, Ms. Ping said little.", "female"),
    ("Ode Ato", "Mr. Ato said little.", "male"),
    ("Ode Ato", "Ode Ato said little.", None),
    ("Rey Hicks", "his spokeswoman Rey Hicks", "female"),
    ("a young man", "A young man asked her.", "male"),      # a description by its noun
    ("the woman", "The woman left.", "female"),
    ("Ode Ato", "the man Ode Ato hired", None),             # but "man" marks no name after it
    ("Ode Ato", "Ode Ato and his wife were there.", "male"),   # a possessive of kin after the name
    ("Ode Ato", "Ode Ato and her husband were there.", "female"),
    ("Ode Ato", "Ode Ato met the Chief and his wife.", None),   # (the name just before "and" is another's)
])
def test_gender_from_first_names_titles_and_role_words(name, text, gender):
    assert gender_of(name, marked_genders(text)) == gender


# (full name, gender): a first name gender-guesser's list gives one gender everywhere it
# lists it; names given to both anywhere, one word (a surname?) and no first name stay unknown
LISTED = [
    ("Walid Abu Hatab", "male"), ("Hakeem Jeffries", "male"), ("Giorgia Meloni", "female"),
    ("Jean Carroll", None),            # male in France, female in the US
    ("Haley", None),                   # one word may be a surname
    ("One California delegate", None), ("Judge Lance Ito", None), ("General Motors", None),
    ("Nesma Hajjaj", None),            # not listed
]


@pytest.mark.parametrize("name, gender", LISTED)
def test_listed_first_names(name, gender):
    assert listed_gender_of(name) == gender


def test_unknown_gender_agrees_with_either_pronoun():
    assert agrees("he", None) and agrees("she", None)
    assert not agrees("she", "male") and agrees("she", "female")


PRONOUNS = [
    # "she" passes over the man last named to the woman before him
    ("Mayor Linda Park opened the bridge. Steven Moss, the engineer, watched.\n\n"
     "“It took ten years,” she said.",
     [("direct", "It took ten years,", "Linda Park")]),
    # nobody earlier is marked as a woman: unresolved rather than wrong
    ("Steven Moss, the engineer, watched.\n\n“It took ten years,” she said.",
     [("direct", "It took ten years,", None)]),
    # a first name only gender-guesser's list knows: "she" is not Dr. Walid Hatab, but the
    # woman the sentence before names
    ("Dr. Walid Hatab said the ward was full.\n\nOne of the mothers was Nesma Haj, 25. "
     "“I am from the north,” she said.",
     [("indirect", "the ward was full", "Walid Hatab"), ("direct", "I am from the north,", "Nesma Haj")]),
]


@pytest.mark.parametrize("body, expected", PRONOUNS)
def test_pronouns_agree_in_gender(body, expected):
    quotes = extract_quotes(Article(id="t", text="Bridge opens after a decade\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected
