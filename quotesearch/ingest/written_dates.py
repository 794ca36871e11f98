"""Full calendar dates as web pages write them, in the languages of the web:
"2024-03-07", "2024. 03. 07.", "07.03.2024", "7 March 2024", "7. März 2024", "7 de marzo de 2024",
"March 7th, 2024", "15 августа 2016", "2024年03月07日", "3/7/2024". Owns the month-name table and the written shapes;
which written date is the page's publication date is `html_dates`' business.

A numeric date whose day could be its month ("03/07/2024") has two readings; both
are kept, and the caller decides (or declines) with other evidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as Date

# Month names and their usual short forms, by month, across the languages of
# the pages we read (English, German, French, Spanish, Italian, Portuguese,
# Dutch, Scandinavian; Russian and Ukrainian in the genitive a date takes;
# Arabic as written in Egypt and the Levant's press). Short forms may take a full
# stop ("Jan.", "Mär.").
_MONTH_NAMES = {
    1: "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari"
       " января січня يناير",
    2: "february feb februar feber février févr fevrier fevr febrero febbraio fevereiro fev februari"
       " февраля лютого فبراير",
    3: "march mar märz mär maerz mars marzo março marco maart марта березня مارس",
    4: "april apr avril avr abril abr aprile апреля квітня أبريل ابريل",
    5: "may mai mayo maggio mag maio mei maj мая травня مايو",
    6: "june jun juni juin junio giugno giu junho июня червня يونيو",
    7: "july jul juli juillet juil julio luglio lug julho июля липня يوليو",
    8: "august aug août aout agosto ago augusti августа серпня أغسطس اغسطس",
    9: "september sep sept septembre septiembre setiembre settembre set setembro сентября вересня سبتمبر",
    10: "october oct oktober octobre octubre ottobre ott outubro out okt октября жовтня أكتوبر اكتوبر",
    11: "november nov novembre noviembre novembro ноября листопада نوفمبر",
    12: "december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro декабря грудня ديسمبر",
}
MONTH_BY_NAME = {name: month for month, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTH_BY_NAME), key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_OF = r"(?:\s+(?:de|del|of)\s+|[\s,]+)"  # "7 de marzo de 2024", "7 of March, 2024"

_WRITTEN = re.compile(
    rf"(?<![\w.])(?:(?P<iso_y>{_YEAR})(?P<iso_sep>[-/.])\s?(?P<iso_m>[01]?\d)(?P=iso_sep)\s?(?P<iso_d>[0-3]?\d)(?!\d|[-–~～]\d)"
    rf"|(?P<num_a>{_DAY})(?P<num_sep>[./-])\s?(?P<num_b>{_DAY})(?P=num_sep)\s?(?P<num_y>{_YEAR})"
    rf"|(?P<dm_d>{_DAY})(?:\.|er|st|nd|rd|th)?{_OF}(?P<dm_m>{_MONTH}){_OF}(?P<dm_y>{_YEAR})"
    rf"|(?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})(?:st|nd|rd|th)?,?\s+(?P<md_y>{_YEAR})"
    rf"|(?P<cjk_y>{_YEAR})\s*年\s*(?P<cjk_m>[01]?\d)\s*月\s*(?P<cjk_d>[0-3]?\d)\s*日)",
    re.IGNORECASE,
)


def _valid(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _readings(match: re.Match) -> tuple[Date, ...]:
    g = match.group
    if g("iso_y"):
        found = _valid(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return (found,) if found else ()
    if g("cjk_y"):
        found = _valid(int(g("cjk_y")), int(g("cjk_m")), int(g("cjk_d")))
        return (found,) if found else ()
    if g("num_y"):
        first, second, year = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        if g("num_sep") == ".":
            found = _valid(year, second, first)  # "07.03.2024" is day first wherever it is written
            return (found,) if found else ()
        readings = {_valid(year, second, first), _valid(year, first, second)}
        return tuple(sorted(reading for reading in readings if reading))
    if g("dm_y"):
        found = _valid(int(g("dm_y")), MONTH_BY_NAME[g("dm_m").rstrip(".").lower()], int(g("dm_d")))
    else:
        found = _valid(int(g("md_y")), MONTH_BY_NAME[g("md_m").rstrip(".").lower()], int(g("md_d")))
    return (found,) if found else ()


def written_dates(text: str) -> Iterator[tuple[tuple[Date, ...], int]]:
    """Each full date written in `text`: (its readings, where it starts). A date
    with day and month in numbers either way round has two readings."""
    for readings, start, _ in date_spans(text):
        yield readings, start


def date_spans(text: str) -> Iterator[tuple[tuple[Date, ...], int, int]]:
    """Each full date written in `text`: (its readings, where it starts and ends)."""
    for match in _WRITTEN.finditer(text):
        readings = _readings(match)
        if readings:
            yield readings, match.start(), match.end()


# "/2020/04/28/", "/20200428/", "-2020-04-28-" in a page's address
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?![\d])")


def url_date(url: str | None) -> Date | None:
    """The full date a page's address gives ("/2020/04/28/", "/20200428/"), if any."""
    match = _URL_DATE.search(url or "")
    return _valid(int(match.group(1)), int(match.group(3)), int(match.group(4))) if match else None


_A_YEAR = re.compile(_YEAR)


def dates_by_year(text: str) -> Iterator[tuple[Date, ...]]:
    """The readings of each full date in `text`, in the order of their years: as
    `written_dates`, but only the text around each year is read (fast on a long
    page: the month names make the full pattern slow to try at every character)."""
    for year in _A_YEAR.finditer(text):
        offset = max(0, year.start() - _BEFORE_YEAR)
        for readings, start, end in date_spans(text[offset:year.end() + _AFTER_YEAR]):
            if offset + start <= year.start() < offset + end:
                yield readings
                break


def is_written(day: Date, text: str) -> bool:
    """Whether `text` writes `day` in full (day, month and year), in any reading."""
    # Every full date holds its year: only the text around each occurrence of the
    # year is read (a page's text is long, the year is seldom in it).
    year = str(day.year)
    at = text.find(year)
    while at >= 0:
        window = text[max(0, at - _BEFORE_YEAR):at + _AFTER_YEAR]
        if any(day in readings for readings, _, _ in date_spans(window)):
            return True
        at = text.find(year, at + 4)
    return False


# How far a full date reaches around its year: "30. September 2024" before it,
# "-09-30" or ". 09. 30." after it.
_BEFORE_YEAR = 24
_AFTER_YEAR = 14
