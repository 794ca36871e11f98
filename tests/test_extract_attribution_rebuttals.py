"""The writer answering a report in its own sentence (`attribution.rebuttals`): "…, which
he denied", "…, though in reality there was no such pact". The report ends before it."""
from __future__ import annotations

import pytest

from attribution_cases import extract

# (sentence, the report's speaker and words)
WRITERS_REBUTTALS = [
    pytest.param("And Haley once again accused Ramos of banning fracking in Florida, which he once again denied.",
                 [("Haley", "Ramos of banning fracking in Florida")], id="which-he-denied"),
    pytest.param("The minister said the figures were rigged, which is not true.",
                 [("the minister", "the figures were rigged")], id="which-is-not-true"),
    pytest.param("Friends said they were prepared to quit if Ailes was removed, though in reality there was no "
                 "such pact.", [("friends", "they were prepared to quit if Ailes was removed")], id="in-reality"),
    pytest.param("The company says its cars run at 60 frames a second on high settings, but the reality seems "
                 "to be somewhat different.",
                 [("the company", "its cars run at 60 frames a second on high settings")], id="the-reality-seems"),
    pytest.param("Uber claims its software can monitor drivers, but that's an entirely unproven assumption.",
                 [("Uber", "its software can monitor drivers")], id="but-thats-unproven"),
    pytest.param("Alibaba says it has no plans to do this, but most people do not believe this.",
                 [("Alibaba", "it has no plans to do this")], id="most-people-do-not-believe"),
    # the speaker's own words go on: a relative clause inside the report, a contrast of theirs
    pytest.param("Smith said the rumours, which he denied, would hurt the company.",
                 [("Smith", "the rumours, which he denied, would hurt the company")], id="which-inside"),
    pytest.param("The mayor said the annual budget report, which was false, had been leaked by a rival.",
                 [("the mayor", "the annual budget report, which was false, had been leaked by a rival")],
                 id="which-was-false-inside"),
    pytest.param("Lee said the budget would balance this year, but the deficit would grow again in 2027.",
                 [("Lee", "the budget would balance this year, but the deficit would grow again in 2027")],
                 id="but-of-the-speaker"),
]


@pytest.mark.parametrize("body, expected", WRITERS_REBUTTALS)
def test_a_report_ends_where_the_writer_answers_it(body, expected):
    _, quotes = extract(body)
    assert [(q.speaker, q.text) for q in quotes] == expected
