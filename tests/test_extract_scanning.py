"""Spec of `quotesearch.extract.scanning`: word alternations scanned fast, same matches.

`alternation_trie(words)` is a regex matching exactly the words listed;
`matches_via(candidates, pattern, text)` gives what `pattern.finditer(text)` gives,
trying ``pattern`` only where ``candidates`` matches; `matches_between(candidates,
pattern, text, start, end)` what `pattern.finditer(text, start, end)` gives.
"""
from __future__ import annotations

import re

import pytest

from quotesearch.extract.gender import (
    _MARK_CANDIDATE,
    _MARK_CANDIDATE_LOWER,
    _MARKED_NAME,
    marked_genders,
)
from quotesearch.extract.scanning import alternation_trie, matches_between, matches_of_word, matches_via
from quotesearch.extract.antecedents import _CAPITALISED, _NAME_RUN, name_runs

WORDS = ["say", "says", "said", "saying", "sad", "s", "told", "to", "a.m.", "co-op"]


@pytest.mark.parametrize("word, matches", [
    ("say", True), ("says", True), ("said", True), ("saying", True), ("sad", True), ("s", True),
    ("told", True), ("to", True), ("a.m.", True), ("co-op", True),
    ("sa", False), ("sayi", False), ("tol", False), ("am", False), ("co", False), ("", False),
])
def test_the_trie_matches_exactly_the_words(word, matches):
    assert bool(re.fullmatch("(?:" + alternation_trie(WORDS) + ")", word)) is matches


# (pattern, candidates, text): the candidates match wherever the pattern may start
SCANS = [
    pytest.param(r"(?<!\w)(?:said|says)\s+(\w+)", r"(?<!\w)sa", "He said so; she says no, essays said",
                 id="words-and-their-objects"),
    pytest.param(r"ab|b", r"a|b", "aab abab bbb", id="overlapping-candidates"),
    pytest.param(r"a+b", r"a", "aaab aaa b ab", id="a-failed-candidate-then-a-match-inside-it"),
    pytest.param(r"x", r"x", "", id="empty-text"),
]


@pytest.mark.parametrize("pattern, candidates, text", SCANS)
def test_matches_via_candidates_equal_finditer(pattern, candidates, text):
    full = re.compile(pattern)
    assert [(m.span(), m.groups()) for m in matches_via(re.compile(candidates), full, text)] == \
        [(m.span(), m.groups()) for m in full.finditer(text)]


MARKED = [
    pytest.param("Mr. Trump met Ms Clinton and spokeswoman Hope Hicks.", id="titles-and-roles"),
    pytest.param("MR. SMITH, mrs. Jones, Mister Grey, grandmother Ann Lee", id="case"),
    pytest.param("the Queen's son Charles; ex-wife Ivana; Mrs.Brown", id="glued"),
    pytest.param("Mrs. Mr. Mrs. Mr. Jones", id="runs-of-marks"),
]


@pytest.mark.parametrize("text", MARKED)
def test_gender_marks_are_found_as_a_full_scan_finds_them(text):
    assert [m.span() for m in matches_via(_MARK_CANDIDATE, _MARKED_NAME, text, _MARK_CANDIDATE_LOWER)] == \
        [m.span() for m in _MARKED_NAME.finditer(text)]


# A case-insensitive scan may run on the lower-cased text, except where case folding
# pairs a character with an ASCII letter other than its lower case ('ſ', 'ı', 'İ')
LOWERED = [
    pytest.param("Said Sam; SAID Sue; ‘said’ so", id="plain"),
    pytest.param("He ſaid; she said", id="long-s"),
    pytest.param("İstanbul: sAId, saıd", id="dotted-and-dotless-i"),
    pytest.param("The \u212aelvin sign lower-cases to k: said", id="kelvin-sign"),
]


@pytest.mark.parametrize("text", LOWERED)
def test_a_lower_cased_scan_finds_what_a_case_insensitive_one_finds(text):
    full = re.compile(r"(?<!\w)said\b", re.IGNORECASE)
    found = matches_via(re.compile(r"(?<!\w)sa", re.IGNORECASE), full, text, re.compile(r"(?<!\w)sa"))
    assert [m.span() for m in found] == [m.span() for m in full.finditer(text)]


def test_marked_genders_reads_titles_and_role_words():
    assert marked_genders("Mr. Trump met spokeswoman Hope Hicks.") == {
        "Trump": "male", "Hope": "female", "Hicks": "female"}


@pytest.mark.parametrize("pattern, candidates, text", SCANS)
@pytest.mark.parametrize("start, end", [(0, None), (1, -2), (3, 9)])
def test_matches_between_candidates_equal_bounded_finditer(pattern, candidates, text, start, end):
    full = re.compile(pattern)
    end = len(text) + end if end is not None and end < 0 else (len(text) if end is None else end)
    assert [(m.span(), m.groups()) for m in matches_between(re.compile(candidates), full, text, start, end)] == \
        [(m.span(), m.groups()) for m in full.finditer(text, start, end)]


# (word, text, start, end): a pattern built for one word, and a text it may or may not be in
WORD_SCANS = [
    ("Reed", "Tom Reed and Ann Reed’s aides; Reed said", 0, 41),
    ("Reed", "Tom Reed and Ann Reed’s aides; Reed said", 5, 25),
    ("Reed", "Tom Reed said", 0, 6),            # the word cut by the end: not there
    ("official", "A senior official said so. The official", 0, 39),
    ("official", "Officials said", 0, 14),
]


@pytest.mark.parametrize("word, text, start, end", WORD_SCANS)
def test_matches_of_word_equal_finditer_and_build_only_where_the_word_is(word, text, start, end):
    built = []

    def pattern_for(w):
        built.append(w)
        return re.compile(r"(?:[A-Z]\w*\s+)?" + re.escape(w) + r"\b")
    expected = [m.span() for m in pattern_for(word).finditer(text, start, end)]
    built.clear()
    assert [m.span() for m in matches_of_word(word, pattern_for, text, start, end)] == expected
    assert built == ([word] if word in text[start:end] else [])


# Runs of capitalised words (candidate names) in text whose bounds cut words and runs
NAME_TEXTS = [
    "Chinese President Xi Jinping met Mr. Putin and Vice President of the Export Center Alexey Solodov.",
    "O’Neill said McDonald's CEO Ann de la Cruz and Sen. J. R. Smith Jr. agreed; ÉLAN Group, x-Ray Co",
    "the report by Ludwig van Beethoven\nNew York Times' Ann Lee-Smith",
    "Mr.X Y, Dr. Ann la Fontaine, Luis de  Souza, Omar bin\nLaden, A. B. C. Jones; I, Ann",
    "The President said. He and She. US Sen. Bo Li-Wu’s aide O’Hara  Smith-Jones ran",
    "",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
@pytest.mark.parametrize("start, end", [(0, None), (5, -3), (10, 40)])
def test_name_runs_are_the_name_pattern_matches(text, start, end):
    end = len(text) if end is None else (len(text) + end if end < 0 else end)
    start = min(start, len(text))
    assert [m.span() for m in name_runs(text, start, end)] == [m.span() for m in _NAME_RUN.finditer(text, start, end)]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_capitalised_words_are_those_opening_a_word(text):
    opening = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*")   # the same, look-behind first
    assert _CAPITALISED.findall(text) == opening.findall(text)
    assert [m.span() for m in _CAPITALISED.finditer(text, 7)] == [m.span() for m in opening.finditer(text, 7)]


# The sentence-end pattern reads the stop first and the title look-behinds after it, so
# that `re` skips to stops; it finds what the look-behinds-first form finds.
_SENTENCE_END_PLAIN = re.compile(
    r"(?<!\b(?:Mr|Ms|Dr|Sr|Jr|Lt|St))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Adm))"
    r"[.!?][\"\u201d\u2019)\]]?\s+(?![a-z\d])|\n")


@pytest.mark.parametrize("text", [
    "Mr. Smith spoke. Mrs. Jones replied! Sen. Lee? Dr! Then X.\nNext line",
    "(Mr.) Mr.” Done. aMr. B. St. Louis. Gov.” A. Feb. 1 and U.S. officials. End.",
    "“It is done.” He left. Adm. Ray! Col? Sgt.” Rev.) Q",
    "",
])
def test_sentence_ends_equal_the_plain_pattern(text):
    from quotesearch.extract.antecedents import _SENTENCE_END
    for start, end in [(0, len(text)), (3, len(text)), (5, max(5, len(text) - 4))]:
        assert [m.span() for m in _SENTENCE_END.finditer(text, start, end)] == \
            [m.span() for m in _SENTENCE_END_PLAIN.finditer(text, start, end)]


def test_no_source_file_holds_a_control_character():
    # A pattern written "\b" outside a raw string is a backspace: it compiles, and
    # silently never matches (the event filter's pattern did for months).
    import pathlib
    package = pathlib.Path(__file__).resolve().parent.parent / "quotesearch"
    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    held = [f"{path.relative_to(package.parent)}:{n}"
            for path in sorted(package.rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if control.search(line)]
    assert held == []
