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
]


@pytest.mark.parametrize("body, expected", PATTERNS)
def test_attribution_patterns(body, expected):
    assert triples(body) == expected
