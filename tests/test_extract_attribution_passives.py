"""Passive reports (`attribution.passives`): the agent after "by" is the speaker, and
the report follows the word the verb takes ("of", "for", "as"); a passive without an
agent, or without a report, names nobody."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

# (sentence, [(speaker, report)])
PASSIVES = [
    pytest.param("The ferry line has been accused by the Kellard government of hiding a crack in its hull.",
                 [("Kellard government", "hiding a crack in its hull")], id="accused-by-X-of"),
    pytest.param("The mayor was criticised by residents for closing the library early.",
                 [("residents", "closing the library early")], id="criticised-by-X-for"),
    pytest.param("Nora Vance has been sharply criticized by many skippers for not cutting fares soon enough.",
                 [("many skippers", "not cutting fares soon enough")], id="adverb-before-the-passive"),
    pytest.param("The plan was described by economists as “reckless” on Monday.",
                 [("economists", "“reckless” on Monday")], id="described-by-X-as"),
    pytest.param("It has been accused by the US and its allies of aiding Moscow's war effort - which it denies - "
                 "through its supply of dual-use goods.",
                 [("US and its allies", "aiding Moscow's war effort - which it denies - through its supply of "
                                        "dual-use goods")], id="a-denial-aside-inside-the-report"),
    # "told by X that": X's report, never the hearers' (two adverbs before the participle too)
    pytest.param("Several students were told by school administrators that boys had named them.",
                 [("school administrators", "boys had named them")], id="told-by-X-that"),
    pytest.param("Several students were also reportedly told by school administrators that boys had named them.",
                 [("school administrators", "boys had named them")], id="also-reportedly-told-by-X-that"),
    pytest.param("The plant was told by regulators on Monday that it must close.",
                 [("regulators", "it must close")], id="told-by-X-on-a-day-that"),
    pytest.param("Workers were told by managers to leave the building.", [], id="told-by-X-to-is-an-order"),
    # a passive inside someone's report is part of it, not a report of its own
    pytest.param("Dana Mills said her daughter was told by the school that her photo was used.",
                 [("Dana Mills", "her daughter was told by the school that her photo was used")],
                 id="told-by-X-inside-a-report"),
    pytest.param("The coalition said employees were told by the firm to sign the contract by Monday.",
                 [("the coalition", "employees were told by the firm to sign the contract by Monday")],
                 id="told-by-X-to-inside-a-report"),
    pytest.param("The plan was criticised by residents.", [], id="no-report-after-the-agent"),
    pytest.param("The plan was criticised for its cost.", [], id="no-agent"),
    # a participle of blame or praise with its agent, no auxiliary: it describes, and a
    # closing attribution claims the sentence round it
    pytest.param("Its messaging, launched in June and derided by some critics, has been slow to catch on.", [],
                 id="derided-by-X-describes"),
    pytest.param("A local professor, accused by the government of coordinating the protest, is at the center "
                 "of the donations, an analysis by the Harbor Times shows.",
                 [("Harbor Times", "A local professor, accused by the government of "
                   "coordinating the protest, is at the center of the donations")], id="accused-by-X-inside-a-report"),
]


@pytest.mark.parametrize("sentence, expected", PASSIVES)
def test_passive_reports(sentence, expected):
    quotes = extract_quotes(Article(id="t", text="County news\n\n" + sentence))
    assert [(q.speaker, q.text) for q in quotes] == expected
