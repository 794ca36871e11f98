"""Bounds on the work one search may do, so that no query holds a server thread
for long.

A wildcard with nothing before its ``*`` (``*e*``) matches nearly every word of
the index: finding those words means testing the whole vocabulary, and their
posting lists cover nearly every quotation. Three bounds keep such queries
cheap, each answered with `QueryTooBroad` (a `SearchError`: the web answers
400 with its message, the CLI a one-line error):

    MIN_WILDCARD_PREFIX   letters a wildcard or prefix term must start with
    MAX_WILDCARD_TERMS    wildcard or prefix terms in one query
    MAX_EXPANDED_TERMS    index words a query's wildcards may expand to, together
    SearchBudget          a time limit on matching (checked between steps)

Date ranges are not wildcards: they expand to at most one term per day.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from whoosh import query as wq

from .errors import SearchError

MIN_WILDCARD_PREFIX = 2
MAX_WILDCARD_TERMS = 8
MAX_EXPANDED_TERMS = 2000
SEARCH_SECONDS = 2.0                  # a page, an API call, a CLI search
EXPORT_SECONDS = 10.0                 # the one search behind an export
_RANGE_FIELDS = ("date", "year")      # ranges over dates expand to days, not words


class QueryTooBroad(SearchError):
    """The query would match too much to answer quickly; the message says why
    and how to narrow it."""

    def __init__(self, reason: str):
        super().__init__(f"query too broad: {reason}")
        self.reason = reason


@dataclass
class SearchBudget:
    """A deadline for one search's matching work, plus its count of expanded
    wildcard words."""

    seconds: float = SEARCH_SECONDS
    started: float = field(default_factory=time.perf_counter)
    expanded: int = 0

    def check(self) -> None:
        if time.perf_counter() - self.started > self.seconds:
            raise QueryTooBroad(f"it took longer than {self.seconds:g} s to match; "
                                "add words or filters, or drop wildcards")

    def expand(self, query: wq.Query) -> None:
        """Counts one more index word a wildcard of ``query`` stands for."""
        if getattr(query, "fieldname", None) in _RANGE_FIELDS:
            return
        self.expanded += 1
        if self.expanded > MAX_EXPANDED_TERMS:
            raise QueryTooBroad(f"its wildcards match more than {MAX_EXPANDED_TERMS:,} "
                                "different words; make them longer")
        if not self.expanded % 64:
            self.check()


def _literal_prefix(node: wq.Query) -> str | None:
    """The letters before the first wildcard of a wildcard or prefix term
    (None: not such a term)."""
    if isinstance(node, wq.Prefix):
        return node.text
    if isinstance(node, wq.Wildcard):
        text = node.text
        cut = min((i for i in (text.find("*"), text.find("?")) if i >= 0), default=len(text))
        return text[:cut]
    if isinstance(node, wq.TermRange) and node.fieldname not in _RANGE_FIELDS:
        return ""
    return None


def check_breadth(query: wq.Query | None) -> None:
    """Refuses (`QueryTooBroad`) a query whose wildcards could expand to most of
    the vocabulary, before any matching starts."""
    if query is None:
        return
    nodes = [query] if query.is_leaf() else list(query.leaves())
    wildcards = 0
    for node in nodes:
        prefix = _literal_prefix(node)
        if prefix is None:
            continue
        wildcards += 1
        if isinstance(node, wq.TermRange):
            raise QueryTooBroad(f"ranges work on dates only ({node.fieldname}:[…] "
                                "would match too many words)")
        if len(prefix) < MIN_WILDCARD_PREFIX:
            shown = getattr(node, "text", "")
            raise QueryTooBroad(f"'{shown}{'*' if isinstance(node, wq.Prefix) else ''}' "
                                f"needs at least {MIN_WILDCARD_PREFIX} letters before * or ?")
    if wildcards > MAX_WILDCARD_TERMS:
        raise QueryTooBroad(f"at most {MAX_WILDCARD_TERMS} wildcard words in one query "
                            f"(this one has {wildcards})")
