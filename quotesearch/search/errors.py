"""The errors a search answers with: the caller's mistake, never a crash."""
from __future__ import annotations


class SearchError(ValueError):
    """A parameter out of bounds (page, page size, sort, facet) or a query too
    broad to answer: the caller's mistake, with a message saying what to change."""
