"""The query language: what people type, how it is read, and what is repaired."""
import pytest

from quotesearch.search.query import parse_query

READINGS = [
    # (typed, searched as, message mentions)
    ("bilateral trade", "bilateral trade", None),
    ('"back-to-back support"', '"back-to-back support"', None),
    ("trade OR economy NOT war", "trade OR economy NOT war", None),
    ("speaker:putin visit", "speaker:putin visit", None),
    ("Speaker:Putin", "speaker:Putin", None),
    ("date:[2022-01-01 TO 2022-12-31]", "date:[2022-01-01 TO 2022-12-31]", None),
    ("date:[2022 TO 2023]", "date:[2022 TO 2023-99-99]", None),
    ("year:[2020 TO 2024]", "date:[2020 TO 2024-99-99]", None),
    ("foo:bar trade", "foo bar trade", "Unknown field 'foo'"),
    ("kind:article", "kind article", "Unknown field 'kind'"),
    ('"unbalanced phrase', "unbalanced phrase", "quotation mark"),
    ("((trade", "trade", "parentheses"),
    ("trade)", "trade", "parentheses"),
    ("AND trade", "trade", "operator"),
    ("trade OR", "trade", "operator"),
    ("date:[2022 TO", "", "range was not closed"),
    ("date:[soon TO 2022]", "", "Date bounds"),
    ("type:quoted", "", "Quote types"),
    ("“curly quotes”", '"curly quotes"', None),
]


@pytest.mark.parametrize("typed, reading, message", READINGS)
def test_queries_are_read_or_repaired(typed, reading, message):
    parsed = parse_query(typed)
    assert parsed.reading == reading
    if message is None:
        assert parsed.message is None
    else:
        assert message in parsed.message


def test_words_are_stemmed():
    assert parse_query("changes").text_terms == parse_query("changing").text_terms == {"chang"}


def test_an_overlong_query_is_cut_with_a_message():
    parsed = parse_query("trade " * 500)
    assert len(parsed.reading) <= 1000 and "cut" in parsed.message


@pytest.mark.parametrize("typed", ["", "   ", "NOT", ":::", '""', "()", "[", "*"])
def test_empty_or_meaningless_queries_never_raise(typed):
    parse_query(typed)
