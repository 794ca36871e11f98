"""Which order a page writes its numeric dates in: "08/11/2023" is 8 November on a
British or Irish page and August 11 on an American one.

Owns the evidence, strongest first:

1. the page's own unambiguous numeric dates ("25/12/2023" can only be day first,
   "12/25/2023" only month first);
2. the date line itself: a time zone (GMT, BST, IST, CET, AEST ... day first; ET, EST,
   PDT ... month first) or a 24-hour clock past noon ("20:26"; American pages write
   12-hour times);
3. the page's spelling (British "colour", "centre", "organisation" against American
   "color", "center", "organization"), when one side clearly outnumbers the other.

Without evidence the order is month first, as most English pages on the web write it.
"""
from __future__ import annotations

import re
from typing import Optional

_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?:19|20)?\d\d(?![\d/.])")
_DAY_FIRST_ZONES = re.compile(r"\b(?:GMT|BST|UTC|WET|WEST|CET|CEST|EET|EEST|IST|SGT|HKT|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|MYT|PHT|WIB)\b")
_MONTH_FIRST_ZONES = re.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\b")
_CLOCK = re.compile(r"(?<![\d:])(?P<hour>\d{1,2}):\d\d(?!\d)")
# Words spelt one way on British, Irish, Indian and Australian pages, another on American ones.
_SPELLINGS = (
    ("colour", "color"), ("favourite", "favorite"), ("centre", "center"), ("labour", "labor"),
    ("honour", "honor"), ("neighbour", "neighbor"), ("behaviour", "behavior"), ("humour", "humor"),
    ("organisation", "organization"), ("organise", "organize"), ("realise", "realize"),
    ("recognise", "recognize"), ("apologise", "apologize"), ("criticise", "criticize"),
    ("analyse", "analyze"), ("defence", "defense"), ("offence", "offense"), ("travelled", "traveled"),
    ("cancelled", "canceled"), ("jewellery", "jewelry"), ("grey", "gray"), ("programme", "program"),
    ("theatre", "theater"), ("metre", "meter"), ("litre", "liter"), ("mum", "mom"),
)
_BRITISH = re.compile(r"\b(?:" + "|".join(b for b, _ in _SPELLINGS) + r")(?:s|d|ed|ing|al)?\b", re.IGNORECASE)
_AMERICAN = re.compile(r"\b(?:" + "|".join(a for _, a in _SPELLINGS) + r")(?:s|d|ed|ing|al)?\b", re.IGNORECASE)
_SPELLING_MARGIN = 2


def page_order(text: str) -> Optional[bool]:
    """True: the page writes its numeric dates day first; False: month first; None:
    its unambiguous numeric dates say nothing (none, or both orders)."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return day_first if day_first != month_first else None


def line_order(line: str) -> Optional[bool]:
    """What the date line's time zone or clock says about its order (None: nothing)."""
    if _DAY_FIRST_ZONES.search(line):
        return True
    if _MONTH_FIRST_ZONES.search(line):
        return False
    if any(int(m.group("hour")) > 12 for m in _CLOCK.finditer(line)):
        return True
    return None


def spelling_order(text: str) -> Optional[bool]:
    british, american = len(_BRITISH.findall(text)), len(_AMERICAN.findall(text))
    if british >= american + _SPELLING_MARGIN:
        return True
    if american >= british + _SPELLING_MARGIN:
        return False
    return None


def day_first(line: str, text: str) -> bool:
    """Whether the ambiguous numeric date on ``line`` of the page ``text`` is day first."""
    for evidence in (lambda: page_order(text), lambda: line_order(line), lambda: spelling_order(text)):
        found = evidence()
        if found is not None:
            return found
    return False
