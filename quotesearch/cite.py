"""Citations of a quotation: APA, MLA, Chicago and a plain line.

Each cites the quotation as it appeared in its earliest source (the article a
reader can check), with the speaker and role; missing parts (no date, no URL,
no outlet) are left out rather than invented.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Optional

from .formatting import shorten
from .records import IndexedQuote, Source

MAX_QUOTE_CHARS = 300
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
               "Nov.", "Dec."]


@dataclass(frozen=True)
class Citation:
    style: str          # "APA", "MLA", "Chicago", "Plain"
    text: str

    def to_json(self) -> dict:
        return {"style": self.style, "text": self.text}


def _parse(day: Optional[str]) -> Optional[Date]:
    try:
        return Date.fromisoformat(day) if day else None
    except ValueError:
        return None


def _quoted(quote: IndexedQuote) -> str:
    text = shorten(quote.text, MAX_QUOTE_CHARS).rstrip(",;: ")
    return f"“{text}”" if quote.type != "indirect" else text


def citations(quote: IndexedQuote, source: Optional[Source] = None) -> list[Citation]:
    """The four citations of ``quote`` as reported by ``source`` (default: the earliest)."""
    source = source or (quote.sources[0] if quote.sources else None)
    speaker = quote.speaker or "Unknown speaker"
    role = f", {quote.role}" if quote.role else ""
    title = (source.title if source else None) or "Untitled article"
    outlet = source.outlet if source else None
    url = source.url if source else None
    day = _parse(source.date if source else None)

    apa_date = f"({day.year}, {_MONTHS[day.month - 1]} {day.day})" if day else "(n.d.)"
    apa = f"{speaker}{role}. {apa_date}. Quoted in {title}"
    apa += f". {outlet}" if outlet else ""
    apa += f". {url}" if url else "."
    apa = f"{apa} — {_quoted(quote)}"

    mla_date = f"{day.day} {_MLA_MONTHS[day.month - 1]} {day.year}" if day else None
    mla = f"{speaker}{role}. Quoted in “{title}.” " + ", ".join(
        p for p in [outlet, mla_date, url] if p) + "."
    mla = f"{_quoted(quote)} {mla}"

    chicago_date = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if day else None
    chicago = f"{speaker}{role}, quoted in “{title},” " + ", ".join(
        p for p in [outlet, chicago_date] if p) + (f", {url}." if url else ".")
    chicago = f"{_quoted(quote)} {chicago}"

    plain = " — " + ", ".join(p for p in [speaker, quote.role, outlet,
                                          day.isoformat() if day else None, url] if p)
    plain = f"{_quoted(quote)}{plain}"
    return [Citation("APA", apa), Citation("MLA", mla), Citation("Chicago", chicago),
            Citation("Plain", plain)]
