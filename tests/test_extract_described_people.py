"""Spec of `quotesearch.extract.described_people`: the words before a name that describe
someone else, the unnamed speaker, by whom they serve or where they are."""
from __future__ import annotations

import pytest

from quotesearch.extract.described_people import described_before_a_name

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
    # a title of office, a body, or a kind of thing: the name after is theirs or its
    ("Secretary of State", False),
    ("former special envoy to Ukraine", False),
    ("the presidential campaign of Sen.", False),
    ("a company in the state of", False),
]


@pytest.mark.parametrize("words, expected", DESCRIPTIONS_BEFORE_A_NAME)
def test_words_before_a_name_that_describe_someone_else(words, expected):
    assert described_before_a_name(words.split()) is expected
