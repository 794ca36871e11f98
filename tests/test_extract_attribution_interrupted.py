"""Reports their attribution interrupts (`attribution.interrupted`): "This campaign, he
says, is different.", "Instead, she said, her boss told her …"."""
from __future__ import annotations

import pytest

from attribution_cases import extract


# An attribution set between commas inside its report ("Instead, she said, …") reports the
# rest of the sentence, a cue in it and all ("her boss told her …" was read as the
# writer's report of the boss and hers was lost); but not a clause of its own after it
# ("…, records show, and experts say …") nor a quotation a reporter relays
PARENTHETICAL_REPORTS = [
    pytest.param("Instead, Ms. Ripert said, Tom Hale told her he had booked a room for them.",
                 [("indirect", "Tom Hale told her he had booked a room for them", "Ripert")],
                 id="instead-she-said-he-told-her"),
    pytest.param("Last spring, the mayor said, her own staff told her the bridge was unsafe.",
                 [("indirect", "Last spring, the mayor said, her own staff told her the bridge was unsafe",
                   "the mayor")], id="last-spring-the-mayor-said"),
    pytest.param("The jet was insured for $35 million in 2011, records show, and aviation experts say it is worth "
                 "$18 million.",
                 [("indirect", "The jet was insured for $35 million in 2011", "records"),
                  ("indirect", "it is worth $18 million", "aviation experts")], id="records-show-and-experts-say"),
    # (a cue that reports only with a clause goes on with the report it interrupts)
    pytest.param("The central bank, Mayor Ann Lee continued, intervenes every fortnight to keep the rate stable.",
                 [("indirect", "The central bank, Mayor Ann Lee continued, intervenes every fortnight to keep the rate "
                   "stable", "Ann Lee")], id="the-bank-she-continued-intervenes"),
    pytest.param("A Clinton presidency, she vowed, would bring better-paying jobs.",
                 [("indirect", "A Clinton presidency, she vowed, would bring better-paying jobs", None)],
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
    _, quotes = extract("As the crowd cheered, the Post's Tom Cole reported, his wife whispered to him: "
                        "“They’re still with you.”")
    assert [(q.text, q.speaker) for q in quotes if q.type == "direct"] == [("They’re still with you.", "his wife")]
