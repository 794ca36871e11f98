"""The query language: parsing what people type, and repairing what is malformed.

    climate change              both words (stemmed: "change" finds "changes")
    "back-to-back support"      an exact phrase; "mutual support"~3 within 3 words
    trade OR economy, NOT war   operators; parentheses group
    speaker:putin               field filters: speaker role outlet topic type cue via title
    date:[2022-01-01 TO 2022-12-31]   date ranges (a year or month as a bound works too)
    year:2024  date:>2023-06-01

A query is never an error: what cannot be read as written (an unknown field,
an unbalanced quotation mark or parenthesis, a broken range, an unknown quote
type) is repaired, and `ParsedQuery.message` says what was changed and how the
query was read instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from whoosh import query as wq
from whoosh.qparser import GtLtPlugin, QueryParser

from ..index.schema import DEFAULT_FIELDS, QUERY_FIELDS, QUOTE, build_schema

MAX_QUERY_CHARS = 1000
QUOTE_TYPES = ("direct", "indirect", "mixed")
_SCHEMA = build_schema()

_FIELD = re.compile(r"(?<![\w\"])([A-Za-z_]\w*):(?=\S)")
_RANGE = re.compile(r"\b(date|year):([\[{])\s*(\S*)\s+TO\s+(\S*?)\s*([\]}])", re.IGNORECASE)
_OPEN_RANGE = re.compile(r"\b(date|year):[\[{][^\]}]*$", re.IGNORECASE)
_TYPE = re.compile(r"\btype:(\"?)(\w*)\1", re.IGNORECASE)


@dataclass
class ParsedQuery:
    text: str                        # what was typed
    reading: str                     # what was searched (differs when repaired)
    query: wq.Query                  # restricted to quotation documents
    is_everything: bool              # no condition at all: every quotation matches
    user_query: Optional[wq.Query] = None   # the condition alone (None: everything)
    messages: list[str] = field(default_factory=list)
    text_terms: set[str] = field(default_factory=set)   # analysed words of the text field

    @property
    def message(self) -> Optional[str]:
        return " ".join(self.messages) if self.messages else None

    @property
    def repaired(self) -> bool:
        return self.reading != self.text.strip()


def _parser() -> QueryParser:
    parser = QueryParser(DEFAULT_FIELDS[0], _SCHEMA)
    parser.add_plugin(GtLtPlugin())
    return parser


_PARSER = _parser()


def parse_query(text: str) -> ParsedQuery:
    """The Whoosh query for what a person typed, repaired where needed."""
    messages: list[str] = []
    original = text if isinstance(text, str) else ""
    reading = " ".join(original.split())
    if len(reading) > MAX_QUERY_CHARS:
        reading = reading[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        messages.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    reading = _repair_fields(reading, messages)
    reading = _repair_ranges(reading, messages)
    reading = _repair_types(reading, messages)
    reading = _repair_quotes(reading, messages)
    reading = _repair_parentheses(reading, messages)
    reading = _repair_dangling_operators(reading, messages)
    if not reading.strip():
        return ParsedQuery(original, "", wq.Term("kind", QUOTE), True, messages=messages)
    try:
        parsed = _PARSER.parse(reading)
    except Exception as error:  # noqa: BLE001 - Whoosh's parser may raise on odd input
        words = re.findall(r"\w+", reading)
        messages.append(f"The query could not be read ({type(error).__name__}); "
                        f"searched for its words instead.")
        reading = " ".join(words)
        parsed = _PARSER.parse(reading) if words else wq.NullQuery
    if _has_errors(parsed):
        words = re.findall(r"[\w\-]+", reading)
        messages.append("Part of the query could not be read; searched for its words instead.")
        reading = " ".join(words)
        parsed = _PARSER.parse(reading) if words else wq.NullQuery
    terms = {t.decode("utf-8") if isinstance(t, bytes) else t
             for f, t in parsed.iter_all_terms() if f == "text"} if parsed is not wq.NullQuery else set()
    restricted = wq.And([wq.Term("kind", QUOTE), parsed]) if parsed is not wq.NullQuery \
        else wq.Term("kind", QUOTE)
    return ParsedQuery(original, reading, restricted.normalize(), parsed is wq.NullQuery,
                       messages=messages, text_terms=terms,
                       user_query=None if parsed is wq.NullQuery else parsed)


def _has_errors(q: wq.Query) -> bool:
    for node in q.leaves() if q.is_leaf() is False else [q]:
        if isinstance(node, wq.Query) and type(node).__name__ in ("ErrorQuery",):
            return True
    return "ErrorQuery" in repr(q)


def _repair_fields(text: str, messages: list[str]) -> str:
    unknown = []

    def fix(m: re.Match) -> str:
        name = m.group(1)
        if name.lower() in QUERY_FIELDS:
            return name.lower() + ":"
        unknown.append(name)
        return name + " "
    text = _FIELD.sub(fix, text)
    if unknown:
        fields = ", ".join(f for f in QUERY_FIELDS if f != "text")
        messages.append(f"Unknown field {', '.join(repr(u) for u in dict.fromkeys(unknown))} "
                        f"(known: {fields}); searched as words.")
    return text


def _pad_bound(value: str, upper: bool) -> str:
    """Dates compare as text: "2023" as an upper bound means the whole of 2023."""
    value = value.strip("'\"")
    if value.lower() in ("", "*"):
        return ""
    if re.fullmatch(r"\d{4}(-\d{2})?", value) and upper:
        return value + ("-99-99" if len(value) == 4 else "-99")
    return value


def _repair_ranges(text: str, messages: list[str]) -> str:
    def fix(m: re.Match) -> str:
        name, opening, low, high, closing = m.groups()
        name = name.lower()
        for bound in (low, high):
            if bound not in ("", "*") and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", bound.strip("'\"")):
                messages.append(f"Date bounds look like 2024, 2024-05 or 2024-05-16; "
                                f"the range {m.group(0)!r} was left out.")
                return ""
        if name == "year":
            name = "date"
        low_value, high_value = _pad_bound(low, False), _pad_bound(high, True)
        return f"{name}:{opening}{low_value} TO {high_value}{closing}"
    text = _RANGE.sub(fix, text)
    if _OPEN_RANGE.search(text):
        messages.append("A date range was not closed (expected date:[FROM TO UNTIL]); it was left out.")
        text = _OPEN_RANGE.sub("", text)
    return text


def _repair_types(text: str, messages: list[str]) -> str:
    def fix(m: re.Match) -> str:
        value = m.group(2).lower()
        if value in QUOTE_TYPES:
            return f"type:{value}"
        messages.append(f"Quote types are {', '.join(QUOTE_TYPES)}; 'type:{m.group(2)}' was left out.")
        return ""
    return _TYPE.sub(fix, text)


def _repair_quotes(text: str, messages: list[str]) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("„", '"').replace("«", '"').replace("»", '"')
    if text.count('"') % 2:
        at = text.rfind('"')
        text = text[:at] + text[at + 1:]
        messages.append("A quotation mark was not closed; it was left out.")
    return text


def _repair_parentheses(text: str, messages: list[str]) -> str:
    out, depth, dropped = [], 0, False
    in_phrase = False
    for ch in text:
        if ch == '"':
            in_phrase = not in_phrase
        elif not in_phrase and ch == "(":
            depth += 1
        elif not in_phrase and ch == ")":
            if depth == 0:
                dropped = True
                continue
            depth -= 1
        out.append(ch)
    text = "".join(out)
    while depth:
        at = text.rfind("(")
        text = text[:at] + text[at + 1:]
        depth -= 1
        dropped = True
    if dropped:
        messages.append("Unbalanced parentheses were left out.")
    return text


_DANGLING = re.compile(r"^\s*(AND|OR)\b\s*|\s*\b(AND|OR|NOT)\s*$")


def _repair_dangling_operators(text: str, messages: list[str]) -> str:
    fixed = text
    while True:
        new = _DANGLING.sub("", fixed)
        if new == fixed:
            break
        fixed = new
    if fixed != text:
        messages.append("An operator (AND, OR, NOT) had nothing on one side; it was left out.")
    return fixed
