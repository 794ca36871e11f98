"""A search that matches nothing is never a dead end: the closest search that
matches something, and what was given up to get it.

In order, the first that matches anything:

    drop the rarest word          "harbour ferry zeppelin" -> "harbour ferry"
    any of the words              "harbour OR ferry OR zeppelin"
    drop a filter                 the facet selection or field condition that
                                  excludes the most (speaker, year, …)

Spelling fixes are offered beside it (`engine._did_you_mean`), first.
"""
from __future__ import annotations

import re
from typing import Optional

from .limits import SearchBudget

# One clause of the query language: a field condition, a phrase, or a word.
_CLAUSE = re.compile(r'(?:[A-Za-z_]\w*:(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\}|\S+))|"[^"]*"|\S+')
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def relaxation(snap, parsed, filters: dict[str, list[str]],
               budget: SearchBudget) -> Optional[tuple[str, dict[str, list[str]], str]]:
    """(query, filters, what was relaxed) of the closest search that matches
    something; None when nothing does or the query is not plain clauses."""
    from .engine import _match
    from .query import parse_query
    reading = parsed.reading
    clauses = _CLAUSE.findall(reading)
    if any(c in _OPERATORS or c.startswith(("(", "-", "+")) for c in clauses):
        return None         # a query with operators says what it wants
    words = [c for c in clauses if ":" not in c and not c.startswith('"')]
    others = [c for c in clauses if c not in words]

    def matches(query: str, chosen: dict[str, list[str]]) -> int:
        _, _, final = _match(snap, parse_query(query), dict(chosen), budget)
        return int(final.sum())

    candidates: list[tuple[str, dict[str, list[str]], str]] = []
    if len(words) >= 2:
        reader = snap.searcher.reader()
        from .engine import _stem
        rarest = min(words, key=lambda w: reader.doc_frequency("text", _stem(w.lower())))
        kept = [w for w in words if w is not rarest]
        candidates.append((" ".join(kept + others), filters,
                           f"No quotation has all the words; left out “{rarest}”."))
        candidates.append((" ".join(["(" + " OR ".join(words) + ")"] + others), filters,
                           "No quotation has all the words; any of them."))
    # conditions other than who spoke first (a date range, a type), then the words
    # (the speaker asked about stays), then the speaker
    speaking = [c for c in others if c.lower().startswith("speaker:")]
    for clause in [c for c in others if ":" in c and c not in speaking]:
        rest = [c for c in clauses if c != clause]
        candidates.append((" ".join(rest), filters, f"Nothing matched with {clause}; left it out."))
    if speaking and (words or any(c.startswith('"') for c in others)):
        # the speaker and the other conditions (a date range) stay; the words go
        kept = [c for c in others if not c.startswith('"')]
        shown = " ".join(c for c in clauses if c not in kept)
        candidates.append((" ".join(kept), filters,
                           f"Nothing this speaker said matched “{shown}”; all of their quotations."))
    for clause in speaking:
        rest = [c for c in clauses if c != clause]
        candidates.append((" ".join(rest), filters, f"Nothing matched with {clause}; left it out."))
    if filters.get("speaker") and (words or any(c.startswith('"') for c in others)):
        kept = " ".join(c for c in others if not c.startswith('"'))
        shown = " ".join(c for c in clauses if c not in others or c.startswith('"'))
        candidates.append((kept, filters, f"Nothing this speaker said matched “{shown}”; "
                                          f"all of their quotations."))
    for name in sorted(filters):
        if name == "speaker" and not _known_speakers(snap, filters[name]):
            continue    # an unknown name: say nothing matched (and suggest one), not everyone
        fewer = {k: v for k, v in filters.items() if k != name}
        shown = ", ".join(filters[name])
        candidates.append((reading, fewer, f"Nothing matched with the {name} filter ({shown}); "
                                           f"left it out."))
    for query, chosen, how in candidates:
        if not query.strip() and chosen == filters:
            continue
        if (query.strip() or chosen != filters) and matches(query, chosen):
            return query, chosen, how
    return None


def _known_speakers(snap, values: list[str]) -> bool:
    from .engine import known_speaker
    return any(known_speaker(snap, v) for v in values)
