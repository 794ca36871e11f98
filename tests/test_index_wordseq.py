"""The words column holds the terms the text field indexes, position by position."""
import numpy as np
import pytest

from quotesearch.index.schema import TEXT_ANALYZER, build_schema
from quotesearch.index.wordseq import FIELD, encode, term_hash

# (text, the terms it holds in order): what the analyser (Porter stems) makes of it
TEXTS = [
    ("One of the best", ["on", "of", "the", "best"]),
    ("Russia’s back-to-back talks", ["russia’", "back-to-back", "talk"]),
    ("They're RUNNING, running; ran.", ["they're", "runn", "runn", "ran"]),
    ("12,000 jobs at 3.5%", ["12", "000", "job", "at", "3", "5"]),
    ("  --  ", []),
    ("", []),
    ("École Straße İstanbul", ["école", "straße", "i̇stanbul"]),
    ("the the the", ["the", "the", "the"]),
]


@pytest.mark.parametrize("text, terms", TEXTS)
def test_a_text_is_its_terms_hashed_in_order(text, terms):
    assert np.frombuffer(encode(text), dtype="<u8").tolist() == [term_hash(t) for t in terms]


@pytest.mark.parametrize("text, _", TEXTS)
def test_the_column_follows_the_analysers_positions(text, _):
    tokens = [(t.pos, t.text) for t in TEXT_ANALYZER(text, positions=True)]
    hashes = np.frombuffer(encode(text), dtype="<u8")
    assert [p for p, _ in tokens] == list(range(len(hashes)))
    assert hashes.tolist() == [term_hash(t) for _, t in tokens]


def test_new_indexes_have_the_column():
    assert FIELD in build_schema()
