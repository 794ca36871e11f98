"""Spec of `quotesearch.extract.clauses`: what in the words before a cue is no subject
phrase, and the edges trimmed from one that is.
"""
from __future__ import annotations

import pytest

from quotesearch.extract.clauses import _clean, _drop_edges, _has_contracted_verb, _is_predicate
from quotesearch.extract.names import tokens


@pytest.mark.parametrize("phrase, cleaned", [
    ("Hillary Clinton on Tuesday", "Hillary Clinton"),
    ("(She", "She"),
    ("the agency director also", "the agency director"),
    ("Zhang (pictured)", "Zhang"),
])
def test_clean(phrase, cleaned):
    assert _clean(phrase) == cleaned


@pytest.mark.parametrize("phrase, kept", [
    ("Cruz gingerly", "Cruz"),
    ("John Rankin Thursday", "John Rankin"),
    ("Klein elsewhere", "Klein"),
    ("Reyes didn’t", "Reyes"),
    ("although Smith", "Smith"),
    ("so far Canova", "Canova"),
    ("USA Today", "USA Today"),
    ("the officials will", "the officials"),
    ("Reed more recently has", "Reed"),
    ("the union most often", "the union"),
    ("the agency less publicly", "the agency"),
    ("Another reader rather bluntly", "Another reader"),
    ("Dan Rather", "Dan Rather"),
    ("Ann More", "Ann More"),
])
def test_drop_edges(phrase, kept):
    assert " ".join(_drop_edges(tokens(phrase))) == kept


@pytest.mark.parametrize("phrase, predicate", [
    ("repeated his warning and", True),
    ("released a statement", True),
    ("reportedly mailed glossy", True),
    ("the envoy", False),
    ("nearly half", False),
    ("Officials", False),
])
def test_is_predicate(phrase, predicate):
    assert _is_predicate(tokens(phrase)) is predicate


@pytest.mark.parametrize("phrase, clause", [
    ("often they’re", True), ("I’m", True), ("the ones we’ve", True), ("Stewart", False),
])
def test_a_contracted_verb_makes_a_clause(phrase, clause):
    assert _has_contracted_verb([t.lower() for t in tokens(phrase)]) is clause
