"""Spec of `quotesearch.extract.attribution.quoted_as`: "Reuters quoted the minister as
saying …" is the minister's report, relayed by Reuters."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article


def extract(body: str):
    return extract_quotes(Article(id="quoted-as", text="Harbour news today\n\n" + body))


# "Reuters quoted the minister as saying …": the one quoted speaks, the outlet relays
QUOTED_AS_SAYING = [
    pytest.param("Reuters quoted a senior official as saying the talks had failed.",
                 ("indirect", "the talks had failed", "a senior official", "Reuters"), id="outlet-first"),
    pytest.param("The harbour will stay shut until spring, the Interfax news agency quoted Deputy Minister Ivan "
                 "Rudov as saying.",
                 ("indirect", "The harbour will stay shut until spring", "Ivan Rudov", "the Interfax news agency"),
                 id="closing-a-report"),
    pytest.param("“We regret nothing,” local newspapers quote Ana Salinas as saying.",
                 ("direct", "We regret nothing,", "Ana Salinas", "local newspapers"), id="closing-a-quotation"),
    pytest.param("Other media later quoted the head of the rescue agency, Ana Salinas, as saying the plane had been found.",
                 ("indirect", "the plane had been found", "Ana Salinas", "other media"), id="the-one-quoted-in-apposition"),
]


@pytest.mark.parametrize("body, expected", QUOTED_AS_SAYING)
def test_an_outlet_quoting_someone_as_saying_relays_them(body, expected):
    quotes = extract(body)
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == [expected]
