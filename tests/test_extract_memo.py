"""Spec of `quotesearch.extract.memo`: remembered answers of pure phrase readers.

A memoised reader answers as the plain function does, computes each distinct
question once, and hands out copies of mutable answers: a caller that changes
its answer does not change what the next caller gets.
"""
from __future__ import annotations

from dataclasses import dataclass

from quotesearch.extract.memo import memoized
from quotesearch.extract.mentions import parse_mention
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
