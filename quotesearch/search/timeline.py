"""Dates of matches: the date range a page's from/to control asks for, as the
query language's own condition, and the months the matches fall in, for the
timeline.

A bound is a year, a month or a day ("2016", "2016-03", "2016-03-14"); an upper
bound means the whole of its year or month. The range becomes a
``date:[FROM TO UNTIL]`` clause ANDed with the query after a question is read,
so relaxing a search that matches nothing can drop it like any other condition.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np

DATE_BOUND = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def is_date_bound(text: str) -> bool:
    return bool(DATE_BOUND.fullmatch(text))


def upper_bound(text: str) -> str:
    """The last date an upper bound includes, as text that compares right:
    "2016" -> "2016-99-99", "2016-03" -> "2016-03-99"."""
    return text + ("-99-99" if len(text) == 4 else "-99" if len(text) == 7 else "")


def date_clause(start: Optional[str], end: Optional[str]) -> str:
    """The query-language condition for matches dated ``start`` to ``end``
    (either may be None: open); "" when both are."""
    if not start and not end:
        return ""
    for bound in (start, end):
        if bound and not is_date_bound(bound):
            raise ValueError(f"a date bound looks like 2016, 2016-03 or 2016-03-14, not {bound[:40]!r}")
    return f"date:[{start or '0001-01-01'} TO {upper_bound(end) if end else '9999-12-31'}]"


def with_dates(query: str, dates: Optional[tuple[Optional[str], Optional[str]]]) -> str:
    """``query`` ANDed with the date range ``dates`` (from, to)."""
    clause = date_clause(*dates) if dates else ""
    if not clause:
        return query
    if not query.strip():
        return clause
    # AND binds tighter than OR: "a OR b" needs its parentheses to keep the range whole
    return f"({query}) {clause}" if re.search(r"\bOR\b", query) else f"{query} {clause}"


def month_counts(dates: np.ndarray, mask: np.ndarray) -> list[tuple[str, int]]:
    """("YYYY-MM", matches) of every month that has a dated match, in order, and
    ("YYYY", matches) of matches dated by their year alone; ``dates`` are
    YYYYMMDD numbers (0: undated, YYYY0000: only the year known)."""
    months = dates[mask] // 100
    months = months[months > 0]
    if not len(months):
        return []
    values, counts = np.unique(months, return_counts=True)
    return [(f"{v // 100:04d}" + (f"-{v % 100:02d}" if v % 100 else ""), int(n))
            for v, n in zip(values.tolist(), counts.tolist())]
