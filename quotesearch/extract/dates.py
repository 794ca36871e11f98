"""Calendar dates written in plain text: what a date looks like, and which lines carry one.

Owns the spellings of a full date ("June 20, 2024", "20 June 2024", "2024-06-20",
"11/8/2023" read month first), date-only lines ("Thursday, June 20, 2024 10:00",
"16:23, Thu, Nov 2, 2023"), labelled publication lines ("Published: ...",
"Updated ...", "Published :`2024-07-27 16:38:29`"), and the year of a year-less
dateline (``infer_year``). Which of a page's dates is the publication date is
decided by the layout (``metadata``), which knows where each line stands.
"""
from __future__ import annotations

import re
from datetime import date as Date
from typing import Optional

MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])")
# A year ends at a non-digit, or runs into the time a web copy glued to it
# ("November 9, 20235:01 AM ET": two elements of the page with no blank between).
YEAR = r"(?:19|20)\d\d(?:(?!\d)|(?=\d{1,2}:\d\d(?!\d)))"
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_MONTH_NUMBER = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# One pass finds "June 20, 2024", "June, 20,2024", "20 June 2024", "2024-06-20",
# "11/8/2023" (month first, as English pages write it, unless the month cannot be)
# and "28.04.2020" (day first: dotted dates are). A form opening with a digit may
# follow a letter, as a web copy glues a label to its date ("Research7 April 2020",
# "BUSINESS01.11.2023"); a month name only when its capital shows the seam
# ("Shana RoeNovember 6, 2023", "By Ann Roe/June 12, 2020"; "Casanova 12, 2023" is no date).
FULL_DATE = re.compile(
    rf"(?:(?:(?<![\w/-])|(?<=[a-z/])(?=[A-Z]))(?P<mdy_m>{MONTH})\.?,?\s*(?P<mdy_d>{_DAY}),?\s*(?P<mdy_y>{YEAR})"
    rf"|(?<![\d/.\-])(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{MONTH})\.?,?\s*(?P<dmy_y>{YEAR})"
    rf"|(?<![\d/.\-])(?P<iso_y>{YEAR})(?P<sep>[-/.])(?P<iso_m>\d{{1,2}})(?P=sep)(?P<iso_d>\d{{1,2}})(?!\d)"
    rf"|(?<![\d/.\-])(?P<us_m>\d{{1,2}})/(?P<us_d>\d{{1,2}})/(?P<us_y>{YEAR})"
    rf"|(?<![\d/.\-])(?P<eu_d>\d{{1,2}})\.(?P<eu_m>\d{{1,2}})\.(?P<eu_y>{YEAR}))"
)
MONTH_DAY = re.compile(
    rf"(?P<m1>{MONTH})\.?\s*(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{MONTH})"
)
_WEEKDAY = re.compile(
    r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|rsday|sday|urday)?"
    r"(?![A-Za-z])\.?,?\s*"
)
_TIME = r"T?\d{1,2}[:.]\d\d(?::\d\d)?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?"
_ZONE = r"\(?(?:Z|[A-Z]{2,5}|[+-]\d\d:?\d\d)?(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?"
# What may follow a date on a date-only line: a time and a time zone ("10:46 PM EDT").
_TIME_TAIL = re.compile(rf"[\s,|@–—\-`'\"]*(?:(?:at\s+)?{_TIME}\s*{_ZONE})?[\s`'\"]*")
# A time written before the date: "16:23, Thu, Nov 2, 2023", "10:55 EDT, 7 May 2020".
_TIME_HEAD = re.compile(rf"{_TIME}\s*(?:[A-Z]{{2,5}}\b)?\s*[,|]?\s*")

# A source label before a time stamp: "( Xinhua ) 17:28, November 18, 2020".
_SOURCE_LABEL = re.compile(r"\(\s*[A-Z][\w.&'’ \-]{0,40}?\s*\)\s*")

# Labels of explicit publication lines, by strength: a primary label dates the
# page; a secondary one ("Updated") counts only when nothing else does.
PRIMARY_DATE_LABELS = ("first published", "published", "posted", "publication date", "date",
                       "released")
SECONDARY_DATE_LABELS = ("last updated", "updated", "last modified", "modified")
DATE_LABEL = re.compile(
    r"(?<![\w])(?P<label>(?i:" + "|".join(
        label.replace(" ", r"\s+") for label in sorted(PRIMARY_DATE_LABELS + SECONDARY_DATE_LABELS,
                                                       key=len, reverse=True))
    + r"))(?![\w])(?:\s+(?:on|at))?\s*[:\-–|]?\s*[`'\"]?"
)
# "Originally published on <date> by X" dates the original, not this page.
_ORIGINALLY_BEFORE = re.compile(r"(?i:originally)\s+$")


def month_number(name: str) -> int:
    return _MONTH_NUMBER[name[:3].lower()]


def valid_date(year: int, month: int, day: int) -> Optional[Date]:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def date_of(match: re.Match) -> Optional[Date]:
    """The calendar date of a ``FULL_DATE`` match (None for "Feb. 30, 2024")."""
    g = match.group
    if g("mdy_y"):
        return valid_date(int(g("mdy_y")), month_number(g("mdy_m")), day_number(g("mdy_d")))
    if g("dmy_y"):
        return valid_date(int(g("dmy_y")), month_number(g("dmy_m")), day_number(g("dmy_d")))
    if g("eu_y"):
        return valid_date(int(g("eu_y")), int(g("eu_m")), int(g("eu_d")))
    if g("us_y"):
        month, day = int(g("us_m")), int(g("us_d"))
        if month > 12:
            month, day = day, month          # "25/12/2023" can only be day first
        return valid_date(int(g("us_y")), month, day)
    return valid_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


def day_number(day: str) -> int:
    return int(day.rstrip("stndrh"))


def full_dates(text: str) -> list[Date]:
    found = (date_of(m) for m in FULL_DATE.finditer(text))
    return [d for d in found if d is not None]


def normalize_date(value: str) -> Optional[str]:
    """The first full date (day, month and year) written in ``value``, as ISO.

    "Updated: May 16, 2024 10:00" -> "2024-05-16"; "2024-05-16T07:09:00Z" ->
    "2024-05-16"; a value with no full date ("May 2024", "©2024") -> None.
    """
    for match in FULL_DATE.finditer(value or ""):
        found = date_of(match)
        if found:
            return found.isoformat()
    return None


def _date_match(text: str, pos: int) -> Optional[re.Match]:
    """The full date at ``pos``, after an optional source label, time and weekday
    ("16:23, Thu, Nov 2, 2023", "( Xinhua ) 17:28, November 18, 2020")."""
    for skip in (_SOURCE_LABEL, _TIME_HEAD, _WEEKDAY):
        found = skip.match(text, pos)
        if found:
            pos = found.end()
    return FULL_DATE.match(text, pos)


def labeled_date(text: str) -> Optional[tuple[bool, Date]]:
    """(is_primary, date) of the first "Published: <date>"-style label in ``text``."""
    for label in DATE_LABEL.finditer(text):
        if _ORIGINALLY_BEFORE.search(text, max(0, label.start() - 12), label.start()):
            continue
        match = _date_match(text, label.end())
        found = match and date_of(match)
        if found:
            name = " ".join(label.group("label").lower().split())
            return (name not in SECONDARY_DATE_LABELS, found)
    return None


def date_only(text: str) -> Optional[Date]:
    """The date of a line holding nothing but a date ("Thursday, June 20, 2024 10:00",
    "November 8, 2023, 11:15 PM", "16:23, Thu, Nov 2, 2023")."""
    match = _date_match(text, 0)
    if match and _TIME_TAIL.fullmatch(text, match.end()):
        return date_of(match)
    return None


def infer_year(month: int, day: int, known: list[Date]) -> Optional[Date]:
    """Place a year-less dateline ("Feb. 1") after the explicit dates of the text.

    Rule: for each full date F written in the text, the dateline falls on the first
    (month, day) on or after F; the F giving the shortest gap wins (ties: the later
    date). Articles report on the recent past, so the closest preceding date is the
    best evidence of the year ("Jan. 12, 2022" in a caption -> "Feb. 1" is
    2022-02-01; "Dec. 28, 2021" -> "Jan. 3" is 2022-01-03). No full date, no year.
    """
    best: Optional[Date] = None
    best_gap = None
    for anchor in known:
        year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
        candidate = valid_date(year, month, day)
        if candidate is None:
            continue
        gap = (candidate - anchor).days
        if best_gap is None or gap < best_gap or (gap == best_gap and candidate > best):
            best, best_gap = candidate, gap
    return best
