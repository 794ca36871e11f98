"""Spec of `quotesearch.extract.memo`: remembered answers of pure phrase readers.

A memoised reader answers as the plain function does, computes each distinct
question once, and hands out copies of mutable answers: a caller that changes
its answer does not change what the next caller gets.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

import pytest

from quotesearch.extract.memo import memoized, shallow_copy
from quotesearch.extract.mentions import parse_mention
from quotesearch.extract.names import _split_title_name, split_title_name
from quotesearch.extract.text import word_tokens


@dataclass
class Answer:
    words: list


def test_each_question_is_computed_once():
    asked = []

    @memoized(maxsize=8)
    def read(phrase: str) -> Answer:
        asked.append(phrase)
        return Answer(phrase.split())

    assert read("the envoy said") == read("the envoy said") == Answer(["the", "envoy", "said"])
    assert asked == ["the envoy said"]


def test_a_changed_answer_does_not_reach_the_next_caller():
    @memoized(maxsize=8)
    def read(phrase: str) -> Answer:
        return Answer(phrase.split())

    first = read("Zhang Wei")
    first.words = ["changed"]
    assert read("Zhang Wei") == Answer(["Zhang", "Wei"])


def test_immutable_answers_are_shared():
    @memoized(maxsize=8)
    def read(phrase: str):
        return tuple(phrase.split()) if phrase else None

    assert read("a b") is read("a b")
    assert read("") is None


def test_parse_mention_answers_are_equal_copies():
    first, second = parse_mention("Senator Jane Roe"), parse_mention("Senator Jane Roe")
    assert first == second and first is not second
    first.role = "changed"
    assert parse_mention("Senator Jane Roe").role != "changed"


def test_word_tokens_are_a_fresh_list_each_time():
    tokens = word_tokens("Sen. Jane O’Neill-Roe, Jr.")
    tokens.append("extra")
    assert word_tokens("Sen. Jane O’Neill-Roe, Jr.") == ["Sen.", "Jane", "O’Neill-Roe", ",", "Jr."]


# --- shallow_copy: what copy.copy gives, faster for plain instances ------------------

@dataclass(slots=True)
class Slotted:
    words: list


class WithOwnCopy:
    def __init__(self, words):
        self.words = words

    def __copy__(self):
        return WithOwnCopy(["own copy"])


COPIED = [
    pytest.param(lambda: Answer(["a", "b"]), id="plain-dataclass"),
    pytest.param(lambda: parse_mention("Senator Jane Roe"), id="mention"),
    pytest.param(lambda: ["a", ["b"]], id="list"),
    pytest.param(lambda: {"a": [1]}, id="dict"),
    pytest.param(lambda: {"a", "b"}, id="set"),
    pytest.param(lambda: Slotted(["a"]), id="slotted-dataclass"),
    pytest.param(lambda: WithOwnCopy(["a"]), id="class-with-__copy__"),
]


@pytest.mark.parametrize("make", COPIED)
def test_shallow_copy_is_what_copy_copy_gives(make):
    original = make()
    fresh, expected = shallow_copy(original), copy.copy(original)
    assert type(fresh) is type(expected) and fresh is not original
    assert getattr(fresh, "__dict__", fresh) == getattr(expected, "__dict__", expected)
    if hasattr(original, "words"):
        assert fresh.words == expected.words
        assert (fresh.words is original.words) == (expected.words is original.words)   # shallow


# --- split_title_name: remembered, and the same as read afresh -----------------------

RUNS = [
    "Vice President of the Russian Export Center Alexey Solodov",
    "White House press secretary Tom Reed",
    "President Donald Trump’s",
    "Howard Dean",
    "Minister of Foreign Affairs Wang Yi",
    "Judge Neil Ford QC",
    "Republican Donald Trump",
    "Chief Financial Officer of Super Value Debra Symonette",
    "Donald Trump Jr.",
    "",
]


@pytest.mark.parametrize("run", RUNS)
def test_split_title_name_answers_as_read_afresh(run):
    toks = word_tokens(run)
    role, name = _split_title_name.__wrapped__(tuple(toks))
    assert split_title_name(toks) == split_title_name(list(toks)) == (list(role), list(name))


def test_split_title_name_gives_fresh_lists():
    role, name = split_title_name(["President", "Xi", "Jinping"])
    name.append("changed")
    role.clear()
    assert split_title_name(["President", "Xi", "Jinping"]) == (["President"], ["Xi", "Jinping"])
