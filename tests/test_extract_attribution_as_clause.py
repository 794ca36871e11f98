"""As-clauses (`attribution.as_clause`): "…“the collective society,” as Thatcher put it,
…" attributes the quoted words beside the clause, not the writer's sentence."""
from __future__ import annotations

import pytest

from attribution_cases import triples

PATTERNS = [
    pytest.param("The reform and its distrust of “the society of committees,” as Mayor Ann Lee put it, "
                 "also had costs for the town.",
                 [("direct", "the society of committees,", "Ann Lee")],
                 id="quoted-words-then-as-X-put-it"),
    pytest.param("The plan is, as Mayor Ann Lee said, “dead on arrival.”",
                 [("direct", "dead on arrival.", "Ann Lee")],
                 id="as-X-said-then-the-quoted-words-that-end-the-sentence"),
    pytest.param("As Mayor Ann Lee put it on Monday, the town “cannot afford to wait.”",
                 [("mixed", "the town “cannot afford to wait.”", "Ann Lee")],
                 id="as-X-put-it-then-a-clause-with-a-fragment-is-read-as-usual"),
    pytest.param("The port operator, Ruth Adler, put it simply: Tourism “is not the problem” this year.",
                 [("mixed", "Tourism “is not the problem” this year", "Ruth Adler")],
                 id="put-it-simply-colon-is-no-part-of-the-report"),
    # the as-clause ends at its comma: a "that" after it is the main clause's own
    pytest.param("As Dr. Ann Lee noted at the time, the patient's disease meant that the risk was moderate.",
                 [("indirect", "the patient's disease meant that the risk was moderate", "Ann Lee")],
                 id="as-X-noted-then-a-clause-holding-that"),
    pytest.param("Dr. Ann Lee noted at the time, on television, that the risk was moderate.",
                 [("indirect", "the risk was moderate", "Ann Lee")], id="adjuncts-then-that-without-as"),
    # (an as-clause inside the sentence: the "that" after the main verb opens what was noted)
    pytest.param("The central problem, as Ann Lee noted in her memoirs, was that “the reform came too late.”",
                 [("mixed", "“the reform came too late.”", "Ann Lee")], id="as-X-noted-inside-the-sentence"),
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected
