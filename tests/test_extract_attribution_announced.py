"""A statement announced in the paragraph before its words (`attribution.announced`):
the quotation paragraph after "X issued a statement …" is X's, not the last speaker's."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.attribution.announced import _ANNOUNCEMENT
from quotesearch.records import Article

EARLIER = "Mayor Tom Hale said on Monday that the city would cut spending.\n\n"

ANNOUNCED = [
    pytest.param("At the chair's direction, the Farmers Union issued a statement apologizing to the senator.\n\n"
                 "“On behalf of everyone in the union, we offer a sincere apology. These remarks do not "
                 "reflect our values.”", "Farmers Union", id="organisation-issued-a-statement"),
    pytest.param("Two hours later, Senator Ana Lima released a brief statement on the vote.\n\n"
                 "“Today the chamber failed the families who sent us here.”", "Ana Lima",
                 id="person-released-a-statement"),
    pytest.param("The ministry put out a statement overnight.\n\n"
                 "“The talks will resume once the border is open again.”", "ministry",
                 id="put-out-a-statement"),
    # the statement was announced by a relative clause: the sentence's subject issued nothing
    pytest.param("The union, which released a statement on Monday, has 300 members.\n\n"
                 "“We will fight this in every court.”", "Tom Hale", id="relative-clause-issued-it"),
    # no statement announced: the voice before goes on
    pytest.param("The council, led by Ana Lima, meets again in March.\n\n"
                 "“We will fight this in every court.”", "Tom Hale", id="nothing-announced"),
    # the paragraph's own closing cue still names its speaker
    pytest.param("Minutes later, the campaign issued a statement saying the remark was a joke.\n\n"
                 "“It was called a joke, and it was one,” senior adviser Ben Ortiz said in the statement.",
                 "Ben Ortiz", id="own-cue-wins"),
]


@pytest.mark.parametrize("body, speaker", ANNOUNCED)
def test_the_paragraph_after_an_announced_statement_is_its_issuers(body, speaker):
    quotes = extract_quotes(Article(id="announced", text="Budget talks\n\n" + EARLIER + body))
    assert quotes[-1].type == "direct"
    assert (quotes[-1].speaker or "").endswith(speaker)


@pytest.mark.parametrize("sentence, announces", [
    ("the HPA issued a statement apologizing", True),
    ("Gowdy released the following statement", True),
    ("the council sent out a joint letter", True),
    ("the company released its quarterly results", False),
    ("the police released the suspect", False),
])
def test_what_announces_a_statement(sentence, announces):
    assert bool(_ANNOUNCEMENT.search(sentence)) is announces
