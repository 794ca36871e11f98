"""Datelines: the "MOSCOW, Feb. 1 (Xinhua) --" that opens a wire story's first paragraph.

Owns the shapes of a dateline (place, optional region and month-day, optional
agency in brackets or slashes, then a dash or colon) and what it says: the agency,
the month and day, and the year when one is written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .dates import MONTH, MONTH_DAY, YEAR, day_number, month_number
from .lines import WS

# ---------------------------------------------------------------------- datelines

_CITY_UPPER = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}"
_CITY_TITLE = r"[A-Z][a-z'’.\-]+(?:\s(?:[A-Z][a-z'’.\-]+|de|del|da|do|al|el|la|es)){0,3}"
_CITY = rf"(?:{_CITY_UPPER}|{_CITY_TITLE})"
_REGION = rf"(?:,\s(?!{MONTH}){_CITY})?"
_DATELINE_DATE = rf"(?P<md>(?:{MONTH})\.?\s\d{{1,2}}(?!\d)|\d{{1,2}}\s(?:{MONTH})\.?)(?:,?\s(?P<year>{YEAR}))?"
# (a lower-case agency only before its dash: "London, Jun 11 (efe-epa).- The …")
_AGENCY = (r"(?:\((?P<agency>[A-Z][A-Za-z.&'’ \-]{0,30}|[a-z][a-z\-]{1,15}(?=\)\.?\s?(?:--|[—–\-])))\)\.?(?=\s?[—–\-:])|"
           r"\((?P<agency_upper>[A-Z][A-Za-z.&'’ \-]{0,30})\)|/(?P<slash_agency>[A-Z][A-Za-z]{1,20})/\.?)")
_DASH = r"(?:--|[—–\-])"

# "MOSCOW, Feb. 1 (Xinhua) --", "LONDON (Reuters) -", "Paris (AFP) -",
# "MOSCOW, May 16. /TASS/.", "New Delhi, May 16 (IANS)"
_DATELINE_WIRE = re.compile(
    rf"(?P<place>{_CITY}){_REGION}(?:,\s{_DATELINE_DATE})?\.?\s?{_AGENCY}(?:\s?(?:{_DASH}|:))?\s+(?=\S)"
)
# The same inside running text (a flattened page): a wire dateline with its dash.
_DATELINE_WIRE_DASHED = re.compile(
    rf"(?<![\w’'])(?P<place>{_CITY}){_REGION}(?:,\s{_DATELINE_DATE})?\.?\s?{_AGENCY}\s?{_DASH}\s+(?=[A-Z\"“‘'])"
)
# "BEIJING, May 16 --", "Beijing, May 16:"
_DATELINE_DATED = re.compile(
    rf"(?P<place>{_CITY}){_REGION},\s{_DATELINE_DATE}\.?\s?(?:{_DASH}|:)\s+(?=\S)"
)
# "BEIJING:", "KYIV, Ukraine —" (an upper-case city is a dateline on its own)
_DATELINE_UPPER = re.compile(rf"(?P<place>{_CITY_UPPER}){_REGION}\s?(?:{_DASH}|:)\s+(?=\S)")
# "Beijing: China's President ..." (title case needs the colon and a capital next)
_DATELINE_TITLE_COLON = re.compile(rf"(?P<place>{_CITY_TITLE}):\s+(?=[A-Z\"“‘'])")
# Words that open "Label: text" paragraphs and are not places.
_NOT_PLACES = frozenset("""
note notes update updated editor source sources excerpts excerpt photo photos video interview
opinion analysis commentary exclusive watch read related tags breaking live correction
disclaimer background summary highlights also keywords question answer q a warning
""".split())


@dataclass(frozen=True)
class Dateline:
    text: str            # as written, without the trailing blank
    length: int          # characters to skip in the paragraph (blank included)
    agency: Optional[str]
    month_day: Optional[tuple[int, int]]
    year: Optional[int]


def match_dateline(text: str) -> Optional[Dateline]:
    match = (_DATELINE_WIRE.match(text) or _DATELINE_DATED.match(text)
             or _DATELINE_UPPER.match(text))
    if match is None:
        match = _DATELINE_TITLE_COLON.match(text)
        if match is None or match.group("place").lower() in _NOT_PLACES:
            return None
    if text[match.end():match.end() + 1].islower():
        # "Sen. Jane Doe (D-Ore.) said …": a sentence goes on; a dateline opens one
        return None
    groups = match.groupdict()
    month_day = None
    if groups.get("md"):
        md = MONTH_DAY.match(groups["md"])
        if md.group("m1"):
            month_day = (month_number(md.group("m1")), day_number(md.group("d1")))
        else:
            month_day = (month_number(md.group("m2")), day_number(md.group("d2")))
    agency = groups.get("agency") or groups.get("agency_upper") or groups.get("slash_agency")
    year = int(groups["year"]) if groups.get("year") else None
    return Dateline(text[:match.end()].rstrip(WS), match.end(), agency and agency.strip(),
                     month_day, year)


def find_wire_dateline(text: str, start: int, end: int) -> Optional[int]:
    """Where the first "MOSCOW, Nov. 18 (Xinhua) --" in ``text[start:end]`` begins."""
    match = _DATELINE_WIRE_DASHED.search(text, start, end)
    return match.start() if match else None


# A place and its region, or a news site, and a dash opening a report: "New York, NY –
# The index rose …", "PanARMENIAN.Net - Verified footage shows …"
_DATELINE_PLACE_DASHED = re.compile(
    rf"(?:(?P<place>{_CITY_TITLE}),\s(?:[A-Z]{{2}}|{_CITY_TITLE})|[A-Za-z][\w\-]*\.(?:[Nn]et|com|org|info))"
    rf"\s(?:--|[—–]|-(?=\s))\s+(?=[A-Z])")


# An agency alone in brackets, then a dash, opening a paragraph: "(Reuters) — The …"
_AGENCY_DASHED = re.compile(rf"\([A-Z][A-Za-z.&'’\-]{{0,20}}\)\s?{_DASH}\s+(?=[A-Z\"“‘'])")


def wire_dateline_end(text: str, start: int) -> int:
    """Where the text after a dateline opening ``text[start:]`` begins ("BOSTON (WXYZ) -
    Two men were hurt …, police said", "New York, NY – The index rose …": the dateline is
    no part of what was said), or ``start`` when none opens it."""
    match = _DATELINE_WIRE_DASHED.match(text, start) or _DATELINE_PLACE_DASHED.match(text, start)
    if match:
        return match.end()
    if start == 0 or text[start - 1] == "\n":   # "VIENNA — The house …, the minister said": the paragraph's dateline
        dateline = match_dateline(text[start:start + 120])
        agency = _AGENCY_DASHED.match(text, start) if dateline is None else None
        return start + dateline.length if dateline else agency.end() if agency else start
    return start


def after_dateline(text: str) -> int:
    """Where a sentence's own words begin: after blanks and a dateline ("WASHINGTON -- ")."""
    dateline = match_dateline(text.lstrip())
    return len(text) - len(text.lstrip()) + (dateline.length if dateline else 0)
