"""Reports their attribution interrupts (`attribution.interrupted`): "This season, he
says, is different.", "Instead, she said, her landlord told her …"."""
from __future__ import annotations

import pytest

from attribution_cases import extract


# An attribution set between commas inside its report ("Instead, she said, …") reports the
# rest of the sentence, a cue in it and all ("her landlord told her …" was read as the
# writer's report of the landlord and hers was lost); but not a clause of its own after it
# ("…, records show, and experts say …") nor a quotation a reporter relays
PARENTHETICAL_REPORTS = [
    pytest.param("Instead, Ms. Vance said, Tom Reed told her he had reserved a table on the ferry.",
                 [("indirect", "Tom Reed told her he had reserved a table on the ferry", "Vance")],
                 id="instead-she-said-he-told-her"),
    pytest.param("Last spring, the mayor said, her own staff told her the bridge was unsafe.",
                 [("indirect", "Last spring, the mayor said, her own staff told her the bridge was unsafe",
                   "the mayor")], id="last-spring-the-mayor-said"),
    pytest.param("The ferry was valued at $12 million in 2015, records show, and harbour surveyors say it is worth "
                 "$7 million.",
                 [("indirect", "The ferry was valued at $12 million in 2015", "records"),
                  ("indirect", "it is worth $7 million", "harbour surveyors")], id="records-show-and-experts-say"),
    # (a cue that reports only with a clause goes on with the report it interrupts)
    pytest.param("The central bank, Mayor Ann Lee continued, intervenes every fortnight to keep the rate stable.",
                 [("indirect", "The central bank, Mayor Ann Lee continued, intervenes every fortnight to keep the rate "
                   "stable", "Ann Lee")], id="the-bank-she-continued-intervenes"),
    pytest.param("A Kellard council, she vowed, would bring cheaper ferry fares.",
                 [("indirect", "A Kellard council, she vowed, would bring cheaper ferry fares", None)],
                 id="a-commissive-interrupting-its-report"),
    # an impersonal passive between commas is nobody's report
    pytest.param("The council released the plan. This, it was hoped, would keep rents low.", [],
                 id="it-was-hoped"),
]


@pytest.mark.parametrize("body, expected", PARENTHETICAL_REPORTS)
def test_an_attribution_between_commas_reports_the_rest_of_its_sentence(body, expected):
    _, quotes = extract(body)
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


def test_a_reporter_between_commas_relays_the_quotation_after_him():
    _, quotes = extract("As the band played, the Post's Tom Cole reported, his sister whispered to him: "
                        "“The docks are on your side.”")
    assert [(q.text, q.speaker) for q in quotes if q.type == "direct"] == [("The docks are on your side.", "his sister")]
