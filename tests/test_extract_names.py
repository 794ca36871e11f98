"""Spec of `quotesearch.extract.names`: the person inside a subject phrase, told from
the title or role around it.

`split_title_name` cuts a phrase's words into role words and name words; `_role_text`
reads words beside a name as a role (or not); `_is_kin` tells a relation ("her mum")
before a first name.
"""
from __future__ import annotations

import pytest

from quotesearch.extract.names import _is_kin, _role_text, split_title_name, tokens

# (phrase, (role, name)): the name is the capitalised run after the last title,
# organisation or place word
TITLE_AND_NAME = [
    pytest.param("Vice President of the Russian Export Center Alexey Solodov",
                 ("Vice President of the Russian Export Center", "Alexey Solodov"), id="long-title"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui",
                 ("Chinese Ambassador to Russia", "Zhang Hanhui"), id="title-with-a-place"),
    pytest.param("Judge Neil Ford QC", ("Judge", "Neil Ford"), id="post-nominal-letters-dropped"),
    pytest.param("former Ohio Gov. Howard Dean", ("former Ohio Gov.", "Howard Dean"),
                 id="a-title-word-as-surname"),
    pytest.param("Martin Luther King Jr.", ("", "Martin Luther King Jr."), id="suffix-kept"),
    pytest.param("Charles de Gaulle", ("", "Charles de Gaulle"), id="particle-inside-the-name"),
    pytest.param("Head of Communications Jane Doe", ("Head of Communications", "Jane Doe"),
                 id="office-name-ends-before-the-person"),
    pytest.param("President and Chief Financial Officer of Super Value Debra Symonette",
                 ("President and Chief Financial Officer of Super Value", "Debra Symonette"),
                 id="first-name-starts-the-person"),
    pytest.param("Senator Mary Ann Smith", ("Senator", "Mary Ann Smith"), id="two-first-names"),
    pytest.param("the Conservative MP", ("the Conservative MP", ""), id="a-description-has-no-name"),
]


@pytest.mark.parametrize("phrase, expected", TITLE_AND_NAME)
def test_split_title_name(phrase, expected):
    role, name = split_title_name(tokens(phrase))
    assert (" ".join(role), " ".join(name)) == expected


ROLES = [
    pytest.param("the Chinese ambassador to Russia", "Chinese ambassador to Russia", id="determiner-dropped"),
    pytest.param("spokeswoman for the Russian Foreign Ministry", "spokeswoman for the Russian Foreign Ministry",
                 id="bare-role"),
    pytest.param("Mr.", None, id="a-courtesy-is-no-role"),
    pytest.param("after listening to", None, id="an-adverbial-is-no-role"),
    pytest.param("a Kansas Republican", None, id="no-title-word"),
]


@pytest.mark.parametrize("words, role", ROLES)
def test_role_text(words, role):
    assert _role_text(tokens(words)) == role


@pytest.mark.parametrize("words, kin", [
    ("her mum", True), ("his younger brother", True), ("their friend", True), ("the mum", False),
])
def test_a_relation_before_a_name(words, kin):
    assert _is_kin(tokens(words)) is kin
