"""Request parameters of the web pages and the JSON API: read, bounded, and
turned back into URLs (every state of a page lives in its URL)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from ..search import SORTS
from ..search.engine import MAX_PAGE, MAX_PAGE_SIZE
from ..search.facets import FACET_NAMES
from ..search.query import MAX_QUERY_CHARS
from ..search.timeline import is_date_bound, upper_bound

MAX_VALUES_PER_FACET = 20
MAX_VALUE_CHARS = 300
DEFAULT_PAGE_SIZE = 20


class BadParameter(BadRequest):
    """A parameter out of bounds: answered with 400 and the message, never a 500."""

    def __init__(self, message: str):
        super().__init__(description=message)


def _int(args: MultiDict, name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"'{name}' must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadParameter(f"'{name}' must be between {low} and {high}")
    return value


def text_param(args: MultiDict, name: str, limit: int = MAX_QUERY_CHARS) -> str:
    value = args.get(name, "")
    if len(value) > limit:
        raise BadParameter(f"'{name}' is longer than {limit} characters")
    return value


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    literal: bool = False           # search the words as typed, not as a question
    date_from: str = ""             # "2016", "2016-03" or "2016-03-14" (the date control)
    date_to: str = ""

    @classmethod
    def from_args(cls, args: MultiDict) -> "SearchParams":
        q = text_param(args, "q")
        filters = {}
        for name in FACET_NAMES:
            values = [v for v in args.getlist(name) if v]
            if len(values) > MAX_VALUES_PER_FACET:
                raise BadParameter(f"at most {MAX_VALUES_PER_FACET} values of '{name}'")
            if any(len(v) > MAX_VALUE_CHARS for v in values):
                raise BadParameter(f"a value of '{name}' is longer than {MAX_VALUE_CHARS} characters")
            if values:
                filters[name] = list(dict.fromkeys(values))
        sort = args.get("sort") or "relevance"
        if sort not in SORTS:
            raise BadParameter(f"'sort' must be one of {', '.join(SORTS)}")
        return cls(q=q, filters=filters, sort=sort,
                   page=_int(args, "page", 1, 1, MAX_PAGE),
                   page_size=_int(args, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
                   literal=args.get("literal") in ("1", "true", "yes"),
                   date_from=_ordered_dates(args)[0], date_to=_ordered_dates(args)[1])

    @property
    def dates(self) -> Optional[tuple[Optional[str], Optional[str]]]:
        """The date range asked for, as `search` takes it (None: any date)."""
        if not self.date_from and not self.date_to:
            return None
        return (self.date_from or None, self.date_to or None)

    def pairs(self, **changes) -> list[tuple[str, str]]:
        """The parameters as (name, value) pairs, with ``changes`` applied."""
        state = {"q": self.q, "sort": self.sort, "page": self.page, "size": self.page_size,
                 "literal": self.literal, "date_from": self.date_from, "date_to": self.date_to,
                 **changes}
        filters = changes.get("filters", self.filters)
        pairs = [("q", state["q"])] if state["q"] else []
        for name in FACET_NAMES:
            pairs += [(name, v) for v in filters.get(name, [])]
        if state["date_from"]:
            pairs.append(("from", state["date_from"]))
        if state["date_to"]:
            pairs.append(("to", state["date_to"]))
        if state["sort"] != "relevance":
            pairs.append(("sort", state["sort"]))
        if state["page"] != 1:
            pairs.append(("page", str(state["page"])))
        if state["size"] != DEFAULT_PAGE_SIZE:
            pairs.append(("size", str(state["size"])))
        if state["literal"]:
            pairs.append(("literal", "1"))
        return pairs

    def query_string(self, **changes) -> str:
        return urlencode(self.pairs(**changes))

    def toggled(self, facet: str, value: str) -> str:
        """The query string with ``value`` of ``facet`` added or removed (page 1)."""
        filters = {k: list(v) for k, v in self.filters.items()}
        values = filters.setdefault(facet, [])
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self.query_string(filters=filters, page=1)

    def active(self) -> list[tuple[str, str, str]]:
        """(facet, value, query string without it) of every active filter."""
        return [(name, value, self.toggled(name, value))
                for name, values in self.filters.items() for value in values]


def _ordered_dates(args: MultiDict) -> tuple[str, str]:
    start, end = _date(args, "from"), _date(args, "to")
    if start and end and start > upper_bound(end):
        raise BadParameter(f"'from' ({start}) is after 'to' ({end})")
    return start, end


def _date(args: MultiDict, name: str) -> str:
    value = (args.get(name) or "").strip()
    if value and not is_date_bound(value):
        raise BadParameter(f"'{name}' must be a date like 2016, 2016-03 or 2016-03-14, "
                           f"not {value[:40]!r}")
    return value


def optional_text(args: MultiDict, name: str, limit: int = MAX_QUERY_CHARS) -> Optional[str]:
    value = text_param(args, name, limit)
    return value or None
