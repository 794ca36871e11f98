"""Layout and metadata of plain-text articles, recovered only from what the text says.

Plain-text articles are copied from web pages with their page furniture: mastheads,
date bars, share buttons, footers, contact blocks. This module owns:

* paragraph splitting: blank-line blocks, one-paragraph-per-line texts, and
  hard-wrapped texts (wrapped lines are joined into one paragraph);
* the kind of every paragraph (``records.ParagraphKind``): headline, subhead,
  byline, caption, masthead, furniture or body, and the dateline that opens the
  first body paragraph ("MOSCOW, Feb. 1 (Xinhua) -- ");
* the article's title, byline, outlet, republished-from outlet and date.

Nothing is guessed: a field stays ``None`` unless a line of the text supports it.
Outlets come from a masthead, a footer ("©2024 Outlet", "Copyright ... Outlet"), a
news-exchange line, the byline, or the dateline's agency; republication from
"Excerpts: X", "Source: X", "Originally published by X" and the like. Outlets
*mentioned* in the body ("told the Global Times") are never taken. Dates come from
publication lines ("Published: ...", "Updated: ..."), a date line under the
headline, a dated byline, or the dateline; website date bars and bare "©2024"
do not count.

Everything is regular expressions over at most a few dozen paragraphs, with no
backtracking-heavy patterns, so a 5 KB article is laid out in well under 1 ms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date
from typing import Optional

from quotesearch.records import Article, Paragraph, ParagraphKind

__all__ = [
    "KNOWN_OUTLETS",
    "TextLayout",
    "describe_text",
    "is_furniture_line",
    "normalize_date",
    "with_metadata",
]

# Wire agencies and major papers. Only a supporting signal: a masthead line is
# recognised when it names one of these (or an outlet the footer/byline names).
KNOWN_OUTLETS: tuple[str, ...] = (
    # wire agencies
    "Xinhua", "Xinhua News Agency", "Reuters", "AP", "Associated Press", "AFP",
    "Agence France-Presse", "TASS", "RIA Novosti", "Sputnik", "Interfax", "UPI",
    "dpa", "Kyodo News", "Yonhap", "Anadolu Agency", "EFE", "ANSA", "PTI",
    "Press Trust of India", "IANS", "ANI", "Bernama", "Antara", "Bloomberg",
    # broadcasters
    "CNN", "BBC", "BBC News", "Al Jazeera", "CGTN", "CCTV", "NHK", "Deutsche Welle",
    "France 24", "NPR", "Fox News", "NBC News", "CBS News", "ABC News", "Sky News",
    # newspapers and magazines
    "China Daily", "Global Times", "People's Daily", "South China Morning Post",
    "The New York Times", "The Washington Post", "The Wall Street Journal",
    "The Guardian", "Financial Times", "The Economist", "The Telegraph", "Daily Mail",
    "The Independent", "USA Today", "Los Angeles Times", "Politico", "Newsweek",
    "Nikkei Asia", "The Japan Times", "The Korea Herald", "The Straits Times",
    "The Hindu", "Hindustan Times", "The Times of India", "The Indian Express",
    "The Kathmandu Post", "The Himalayan Times", "The Moscow Times", "Kommersant",
    "Izvestia", "Le Monde", "Der Spiegel", "The Diplomat", "Asia Times",
)

@dataclass(frozen=True)
class TextLayout:
    """What the text of one article says about its own layout and provenance."""

    title: Optional[str]
    byline: Optional[str]
    outlet: Optional[str]
    republished_from: Optional[str]
    date: Optional[str]              # ISO "YYYY-MM-DD"
    dateline: Optional[str]          # "MOSCOW, Feb. 1 (Xinhua) --" as written
    paragraphs: tuple[Paragraph, ...]


# --------------------------------------------------------------------------- text

# Every Unicode whitespace plus the zero-width characters web copies are full of.
_WS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b\u200c\u200d\u2060\ufeff"
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’»)]*"                      # may follow the final punctuation
_DOUBLE_QUOTES = re.compile(r"[\"“”«»„]")
_BULLET = re.compile(r"[•·▪◦●■□►▸‣⁃*\-–—]+\s*")
_BULLET_WITH_SPACE = re.compile(r"[•·▪◦●■□►▸‣⁃*\-–—]\s")

# Paragraph-level size limits of headings.
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 120
_HEADLINE_MAX_CHARS = 250
_FURNITURE_MAX_CHARS = 160

# Hard-wrapped text has lines of at most this many characters (tools wrap at 60-80).
_WRAP_MAX_WIDTH = 110
_WRAP_MIN_WIDTH = 30


def _flatten(text: str) -> str:
    """Newlines of a joined (hard-wrapped) paragraph as spaces, keeping offsets."""
    return text.replace("\n", " ").replace("\r", " ") if "\n" in text else text


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_WS).rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_END


def _ends_with_punctuation(text: str) -> bool:
    core = text.rstrip(_WS).rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…:;,"


# -------------------------------------------------------------------------- dates

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])")
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_MONTH_NUMBER = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# One pass finds "June 20, 2024", "June, 20,2024", "20 June 2024", "2024-06-20".
_FULL_DATE = re.compile(
    rf"(?<![\w-])(?:(?P<mdy_m>{_MONTH})\.?,?\s*(?P<mdy_d>{_DAY}),?\s*(?P<mdy_y>{_YEAR})"
    rf"|(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH})\.?,?\s*(?P<dmy_y>{_YEAR})"
    rf"|(?P<iso_y>{_YEAR})(?P<sep>[-/.])(?P<iso_m>\d{{1,2}})(?P=sep)(?P<iso_d>\d{{1,2}})(?!\d))"
)
_MONTH_DAY = re.compile(
    rf"(?P<m1>{_MONTH})\.?\s*(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
)
_WEEKDAY = re.compile(
    r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|rsday|sday|urday)?"
    r"(?![A-Za-z])\.?,?\s*"
)
# What may follow a date on a date-only line: a time and a time zone.
_TIME_TAIL = re.compile(
    r"[\s,|@–—-]*(?:(?:at\s+)?T?\d{1,2}[:.]\d\d(?::\d\d)?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"\s*\(?(?:Z|[A-Z]{2,5}|[+-]\d\d:?\d\d)?(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?)?\s*"
)
# Labels of explicit publication lines; "updated" ones count only as a last resort.
_DATE_LABEL = re.compile(
    r"(?<![\w])(?P<label>(?i:first\s+published|published|posted|publication\s+date|date|released"
    r"|last\s+updated|updated|last\s+modified|modified))(?![\w])(?:\s+(?:on|at))?\s*[:\-–|]?\s*"
)
_SECONDARY_LABELS = ("updated", "modified")
# "Originally published on <date> by X" dates the original, not this page.
_ORIGINALLY_BEFORE = re.compile(r"(?i:originally)\s+$")


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[name[:3].lower()]


def _valid_date(year: int, month: int, day: int) -> Optional[Date]:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _date_of(match: re.Match) -> Optional[Date]:
    """The calendar date of a ``_FULL_DATE`` match (None for "Feb. 30, 2024")."""
    g = match.group
    if g("mdy_y"):
        return _valid_date(int(g("mdy_y")), _month_number(g("mdy_m")), _day_number(g("mdy_d")))
    if g("dmy_y"):
        return _valid_date(int(g("dmy_y")), _month_number(g("dmy_m")), _day_number(g("dmy_d")))
    return _valid_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


def _day_number(day: str) -> int:
    return int(day.rstrip("stndrh"))


def _full_dates(text: str) -> list[Date]:
    found = (_date_of(m) for m in _FULL_DATE.finditer(text))
    return [d for d in found if d is not None]


def normalize_date(value: str) -> Optional[str]:
    """The first full date (day, month and year) written in ``value``, as ISO.

    "Updated: May 16, 2024 10:00" -> "2024-05-16"; "2024-05-16T07:09:00Z" ->
    "2024-05-16"; a value with no full date ("May 2024", "©2024") -> None.
    """
    for match in _FULL_DATE.finditer(value or ""):
        found = _date_of(match)
        if found:
            return found.isoformat()
    return None


def _labeled_date(text: str) -> Optional[tuple[bool, Date]]:
    """(is_primary, date) of the first "Published: <date>"-style label in ``text``."""
    for label in _DATE_LABEL.finditer(text):
        if _ORIGINALLY_BEFORE.search(text, max(0, label.start() - 12), label.start()):
            continue
        pos = label.end()
        weekday = _WEEKDAY.match(text, pos)
        if weekday:
            pos = weekday.end()
        match = _FULL_DATE.match(text, pos)
        found = match and _date_of(match)
        if found:
            name = label.group("label").lower()
            return (not name.endswith(_SECONDARY_LABELS), found)
    return None


def _date_only(text: str) -> Optional[Date]:
    """The date of a line holding nothing but a date ("Thursday, June 20, 2024 10:00")."""
    weekday = _WEEKDAY.match(text)
    match = _FULL_DATE.match(text, weekday.end() if weekday else 0)
    if match and _TIME_TAIL.fullmatch(text, match.end()):
        return _date_of(match)
    return None


def _infer_year(month: int, day: int, known: list[Date]) -> Optional[Date]:
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
        candidate = _valid_date(year, month, day)
        if candidate is None:
            continue
        gap = (candidate - anchor).days
        if best_gap is None or gap < best_gap or (gap == best_gap and candidate > best):
            best, best_gap = candidate, gap
    return best


# ---------------------------------------------------------------------- datelines

_CITY_UPPER = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}"
_CITY_TITLE = r"[A-Z][a-z'’.\-]+(?:\s(?:[A-Z][a-z'’.\-]+|de|del|da|do|al|el|la|es)){0,3}"
_CITY = rf"(?:{_CITY_UPPER}|{_CITY_TITLE})"
_REGION = rf"(?:,\s(?!{_MONTH}){_CITY})?"
_DATELINE_DATE = rf"(?P<md>(?:{_MONTH})\.?\s\d{{1,2}}(?!\d)|\d{{1,2}}\s(?:{_MONTH})\.?)(?:,?\s(?P<year>{_YEAR}))?"
_AGENCY = r"(?:\((?P<agency>[A-Z][A-Za-z.&'’ \-]{0,30})\)|/(?P<slash_agency>[A-Z][A-Za-z]{1,20})/\.?)"
_DASH = r"(?:--|[—–\-])"

# "MOSCOW, Feb. 1 (Xinhua) --", "LONDON (Reuters) -", "Paris (AFP) -",
# "MOSCOW, May 16. /TASS/.", "New Delhi, May 16 (IANS)"
_DATELINE_WIRE = re.compile(
    rf"(?P<place>{_CITY}){_REGION}(?:,\s{_DATELINE_DATE})?\.?\s?{_AGENCY}(?:\s?(?:{_DASH}|:))?\s+(?=\S)"
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
class _Dateline:
    text: str            # as written, without the trailing blank
    length: int          # characters to skip in the paragraph (blank included)
    agency: Optional[str]
    month_day: Optional[tuple[int, int]]
    year: Optional[int]


def _match_dateline(text: str) -> Optional[_Dateline]:
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
        md = _MONTH_DAY.match(groups["md"])
        if md.group("m1"):
            month_day = (_month_number(md.group("m1")), _day_number(md.group("d1")))
        else:
            month_day = (_month_number(md.group("m2")), _day_number(md.group("d2")))
    agency = groups.get("agency") or groups.get("slash_agency")
    year = int(groups["year"]) if groups.get("year") else None
    return _Dateline(text[:match.end()].rstrip(_WS), match.end(), agency and agency.strip(),
                     month_day, year)


# ------------------------------------------------------------- line classifiers

_BYLINE = re.compile(
    r"(?i:by|written\s+by|words\s+by|story\s+by|reported\s+by|author:|reporter:|correspondent:)"
    r"\s+(?P<first>[A-Z][\w.'’\-]*)"
)
_POSSESSIVE = re.compile(r"['’]s$")
# A "By ..." line opening a sentence ("By Thursday, the talks had ended.").
_NOT_BYLINE_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec this that these those then now next using contrast comparison midday noon late
early end mid last christmas
""".split())

_CAPTION_START = re.compile(
    r"(?i:(?:file\s+)?(?:photos?|pictures?|images?|video|graphic|illustration|cartoon|caption|credit))"
    r"(?:\s+(?i:credit|courtesy|by|source))?\s*[:/|]"
    r"|(?i:(?:photo|image)\s+(?:by|courtesy|credit)\b)"
)
_CAPTION_END = re.compile(
    r"(?:\((?:[A-Z][^()/]{0,40}/[^()]{1,60}|[^()]{0,40}\b(?i:photo|photos|file|image|pictures?)\b[^()]{0,40})\)"
    r"|\[(?i:photo|image|video|file)[^\]]{0,80}\]"
    r"|\b(?:Getty\s+Images|Shutterstock|iStock|Alamy)\)?)\.?$"
)

_CAPTION_CREDIT_MAX_CHARS = 130        # the credit at a caption's end is no longer

_COPYRIGHT = re.compile(
    r"(?i:copyright\b\s*(?:©|\(c\))?|©|\(c\)(?=\s*\d)|&copy;)\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*[,.]?)?\s*(?i:by\s+)?(?P<name>.*)"
)
_RIGHTS_RESERVED = re.compile(r"(?i:all\s+rights\s+reserved)")
_NEWS_EXCHANGE = re.compile(r"(?P<pair>.+?)\s+(?i:news[\s-]exchange\s+item)\.?")
_PAIR_SEPARATOR = re.compile(r"\s*[-–—/]\s*")
_REPUBLICATION = re.compile(
    r"(?:(?i:excerpts?|excerpted|source|sources|courtesy|via)\s*[:\-–—]"
    r"|(?i:excerpted|adapted|syndicated|republished|reprinted|reproduced)(?:\s+(?i:here|with\s+permission))*\s+(?i:from|of|by)"
    r"|(?i:this\s+(?:article|story|piece|report|content|post)\s+(?:was\s+|is\s+)?)?"
    r"(?i:(?:first|originally)\s+(?:appeared|published|posted|ran))\s+(?i:in|on|by|at)(?:\s+(?i:the\s+website\s+of))?"
    r"|\(?(?i:with\s+)?(?i:inputs?\s+from))"
    r"\s*(?P<name>.+)"
)

# Whole lines of page furniture (matched after a leading bullet is removed).
_FURNITURE_LINE = re.compile(r"""(?ix)
    (?: latest(?:\s+(?:news|updates|stories))? | breaking(?:\s+news)? | top\s+(?:stories|news)
      | trending(?:\s+now)? | most\s+(?:read|popular|viewed|shared) | editor'?s\s+picks?
      | related(?:\s+(?:news|articles?|stories|posts|content|topics|coverage))?
      | more\s+(?:news|stories|from\b.{0,60}) | recommended(?:\s+for\s+you)? | you\s+may\s+also\s+like
      | (?:read|see)\s+(?:more|also|next)\b.* | also\s+read\b.* | click\s+here\b.*
      | share(?:\s+(?:on|this|via|article|story)\b.*)? | tweet | print | e-?mail | facebook | twitter
      | whatsapp | linkedin | telegram | reddit | pinterest | copy\s+link
      | advertisement | sponsored(?:\s+content)? | subscribe\b.* | sign\s+(?:up|in)\b.*
      | log\s*in | follow\s+us\b.* | download\s+(?:our|the)\s+app\b.*
      | newspapers?\s+(?:in|from)\s+\S+(?:\s+\S+)? | .*pressreader.*
      | (?:printed\s+and\s+)?distributed\s+by\b.{0,60}
      | our\s+team | editorial\s+board | about\s+us | contact(?:\s+us)? | privacy\s+policy
      | terms\s+(?:of\s+(?:use|service)|and\s+conditions) | cookie\s+policy | disclaimer
      | (?:website|site|designed|developed|powered|hosted)\s+by\b.{0,50}
      | (?:tags?|keywords|topics|categories|filed\s+under)\s*:.*
      | comments?(?:\s+\(\d+\))? | leave\s+a\s+(?:comment|reply) | loading\W* | home | menu | search
      | back\s+to\s+top | editors?\s*:.{0,60}
      | (?:edited|(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s.{0,80}
      | \[?email\s*protected\]?
    )\W*""")
_EMAIL_ONLY = re.compile(r"(?i:e-?mail\s*:?\s*)?\S+@\S+\.\w+")
_PHONE_ONLY = re.compile(r"(?i:(?:tel|phone|fax|mobile|mob|call)\.?\s*:?\s*)?\+?[\d(][\d\s().,/+–\-]{5,}")
_URL_ONLY = re.compile(r"(?i:https?://|www\.)\S+")
# Contact details in a bulleted footer block ("• 01-4011122", "• Regd. No. ...").
_CONTACT_SIGNAL = re.compile(
    r"@|\[email|\b(?i:pvt|ltd|inc|llc|gmbh|regd|reg\.\s*no|p\.?\s?o\.?\s+box|tel|phone|fax|e-?mail)\b"
    r"|\d{5,}|\d{2,4}-\d{5,}"
)
# A company name alone on a line ("Nepal News Agency Pvt. Ltd.").
_COMPANY_LINE = re.compile(r".*\b(?i:pvt\.?\s*ltd|ltd|limited|inc|llc|gmbh|plc)\.?")

# Roles a line can have on its own, before its neighbours are looked at.
_BYLINE_ROLE = "byline"
_CAPTION_ROLE = "caption"
_DATE_ROLE = "date"                  # a line that is only a date
_PUBLISHED_ROLE = "published"        # "Published: <date>", "Updated: <date> ..."
_COPYRIGHT_ROLE = "copyright"
_EXCHANGE_ROLE = "exchange"          # "X-Y news exchange item"
_REPUBLICATION_ROLE = "republication"
_FURNITURE_ROLE = "furniture"
_FURNITURE_ROLES = frozenset({_DATE_ROLE, _PUBLISHED_ROLE, _COPYRIGHT_ROLE, _EXCHANGE_ROLE,
                              _REPUBLICATION_ROLE, _FURNITURE_ROLE})


def _strip_bullet(line: str) -> tuple[bool, str]:
    match = _BULLET.match(line)
    if match is None:
        return False, line
    return bool(_BULLET_WITH_SPACE.match(line)), line[match.end():]


def _is_byline(line: str, words: int) -> bool:
    match = _BYLINE.match(line)
    if match is None or words > 20 or len(line) > _FURNITURE_MAX_CHARS:
        return False
    if _POSSESSIVE.sub("", match.group("first")).strip(".,").lower() in _NOT_BYLINE_WORDS:
        return False
    # Bylines end in a name, a place or an address, not in a sentence's last word:
    # "By Xi's account, the talks went well." is prose.
    last_word = line.split()[-1]
    return not (_ends_sentence(line) and last_word[0].islower() and "@" not in last_word)


def _is_contact_line(line: str, bulleted: bool, words: int) -> bool:
    if _EMAIL_ONLY.fullmatch(line) or _PHONE_ONLY.fullmatch(line) or _URL_ONLY.fullmatch(line):
        return True
    if words <= 6 and _COMPANY_LINE.fullmatch(line):
        return True
    if not bulleted or words > 12 or _DOUBLE_QUOTES.search(line):
        return False
    return bool(_CONTACT_SIGNAL.search(line)) or not _ends_sentence(line)


def _line_role(line: str) -> Optional[str]:
    """What a paragraph is on its own (None: ordinary text, decided in context)."""
    bulleted, core = _strip_bullet(line)
    if not core:
        return _FURNITURE_ROLE
    words = len(core.split())
    if _is_byline(core, words):
        return _BYLINE_ROLE
    if len(core) <= _FURNITURE_MAX_CHARS:
        if _CAPTION_START.match(core):
            return _CAPTION_ROLE
        if _date_only(core):
            return _DATE_ROLE
        label = _DATE_LABEL.match(core)
        if label and words <= 16 and _labeled_date(core):
            return _PUBLISHED_ROLE
        if _COPYRIGHT.match(core) or _RIGHTS_RESERVED.search(core):
            return _COPYRIGHT_ROLE
        if _NEWS_EXCHANGE.fullmatch(core):
            return _EXCHANGE_ROLE
        if _republication_name(core):
            return _REPUBLICATION_ROLE
        if _FURNITURE_LINE.fullmatch(core) or _is_contact_line(core, bulleted, words):
            return _FURNITURE_ROLE
    if _CAPTION_END.search(core, max(0, len(core) - _CAPTION_CREDIT_MAX_CHARS)):
        return _CAPTION_ROLE
    return None


def is_furniture_line(line: str) -> bool:
    """True for a line of page furniture judged on its own: share buttons, "Latest
    News", date bars, copyright and site credits, "Source:"/"Excerpts:" lines,
    contact details. Captions and bylines are not furniture."""
    return _line_role(_flatten(line.strip(_WS))) in _FURNITURE_ROLES


# ---------------------------------------------------------------------- outlets

# Where an outlet's name ends in a footer line: a separator, " on <date>", or a
# new sentence ("Nepal Page. Website by ..."), but not "St. Petersburg Times".
_OUTLET_CUT = re.compile(
    r"\s*(?:[|,;(\[]|\s[-–—]\s|\s(?i:on|since|and\s+its|all\s+rights)\s"
    r"|\.\s+(?=[A-Z][\w’']*\s+[a-z]|(?i:all\s+rights)))"
)
_COMPANY_SUFFIX = re.compile(r"(?:,?\s+(?i:pvt\.?|private|ltd\.?|limited|inc\.?|llc|plc|co\.))+$")
_GENERIC_SOURCES = frozenset("""
agencies agency staff wires wire internet web desk online newsroom correspondent
correspondents reporter reporters bureau
""".split())


def _outlet_name(raw: str) -> Optional[str]:
    """A clean outlet name from the tail of a footer/source line, or None."""
    name = _OUTLET_CUT.split(raw.strip(_WS), 1)[0].strip(_WS + ".:-–—'\"()")
    name = _COMPANY_SUFFIX.sub("", name).strip(_WS + ".:-–—'\"()")
    if name.startswith("the "):
        name = name[4:]                      # "first appeared in the Diplomat"
    words = name.split()
    if not words or len(words) > 6 or not (name[0].isupper() or name[0].isdigit()):
        return None
    if not any(ch.isalpha() for ch in name) or all(w.lower() in _GENERIC_SOURCES for w in words):
        return None
    return name


_DATE_THEN_PREPOSITION = re.compile(r"[\s,]*(?:(?i:by|in|at|on)\s+)?")


def _republication_name(line: str) -> Optional[str]:
    """X of "Excerpts: X", "Originally published on May 5, 2024 by X", or None."""
    match = _REPUBLICATION.match(line)
    if match is None:
        return None
    name = match.group("name")
    date = _FULL_DATE.match(name) or _MONTH_DAY.match(name)
    if date:
        name = name[_DATE_THEN_PREPOSITION.match(name, date.end()).end():]
    return _outlet_name(name)


def _squash(name: str) -> str:
    """Letters and digits only, lower case, without a leading "the"."""
    squashed = "".join(ch for ch in name.lower() if ch.isalnum())
    return squashed[3:] if squashed.startswith("the") and len(squashed) > 6 else squashed


_KNOWN_BY_SQUASH = {_squash(name): name for name in KNOWN_OUTLETS}
_KNOWN_OUTLET_IN_TEXT = re.compile(
    r"(?<![\w@.])(?:" + "|".join(re.escape(n) for n in sorted(KNOWN_OUTLETS, key=len, reverse=True))
    + r")(?![\w])"
)
_EMAIL_DOMAIN = re.compile(r"@(?P<label>[A-Za-z0-9\-]+)\.")
_MASTHEAD_CUT = re.compile(r"\s*(?:[|•·]|\s[-–—]\s)")
_MASTHEAD_EXTRA_WORDS = 2          # "China Daily Hong Kong", "BBC News Online"


def _known_outlet_prefix(line: str) -> Optional[str]:
    """The known outlet a short line starts with ("CHINA DAILY", "China Daily Hong Kong").

    Words after the name must be capitalised, so "CNN anchor quits" is no masthead.
    """
    words = _MASTHEAD_CUT.split(line, 1)[0].split()
    for size in range(min(len(words), 5), 0, -1):
        extra = words[size:]
        if len(extra) > _MASTHEAD_EXTRA_WORDS or not all(w[0].isupper() for w in extra):
            continue
        known = _KNOWN_BY_SQUASH.get(_squash(" ".join(words[:size])))
        if known:
            return known
    return None


def _byline_outlet(byline: str) -> Optional[str]:
    """A known outlet named in a byline, by name or by its e-mail domain."""
    named = _KNOWN_OUTLET_IN_TEXT.search(byline)
    if named:
        return named.group(0)
    for domain in _EMAIL_DOMAIN.finditer(byline):
        known = _KNOWN_BY_SQUASH.get(domain.group("label").lower().replace("-", ""))
        if known:
            return known
    return None


def _exchange_pair(line: str) -> Optional[tuple[str, str]]:
    """(publisher, source) of "The Daily Mail-China Daily news exchange item".

    The outlet that prints the line names itself first, its partner second.
    Among several dashes the split that yields a known outlet is preferred.
    """
    match = _NEWS_EXCHANGE.fullmatch(_strip_bullet(line)[1])
    if match is None:
        return None
    pair = match.group("pair").strip(_WS)
    if pair[:4].lower() == "the ":
        pair = pair[4:]
    splits = [(pair[:m.start()], pair[m.end():]) for m in _PAIR_SEPARATOR.finditer(pair)]
    splits = [(a, b) for a, b in splits if _outlet_name(a) and _outlet_name(b)]
    if not splits:
        return None
    for host, source in splits:
        if _squash(host) in _KNOWN_BY_SQUASH or _squash(source) in _KNOWN_BY_SQUASH:
            return _outlet_name(host), _outlet_name(source)
    host, source = splits[0]
    return _outlet_name(host), _outlet_name(source)


# ------------------------------------------------------------------ paragraphs

_Line = tuple[int, int, int]          # (start, end, indent) of a trimmed non-blank line


def _columns(line: _Line) -> int:
    """The line's length as a wrapping tool counts it, indentation included."""
    start, end, indent = line
    return end - start + indent


def _first_word_length(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    return (space if space >= 0 else end) - start


def _is_full(text: str, line: _Line, following: _Line, width: int) -> bool:
    """A wrapping tool broke this line: the next line's first word did not fit on it."""
    return _columns(line) + 1 + _first_word_length(text, following[0], following[1]) > width


def _continues(text: str, line: _Line, following: _Line, width: int) -> bool:
    """The next line carries on this line's sentence."""
    if text[following[0]].islower():
        return True
    return _is_full(text, line, following, width) and not _ends_sentence(text[line[0]:line[1]])


def _is_hard_wrapped(text: str, block: list[_Line], width: int) -> bool:
    """Lines of one width that mostly stop mid-sentence were wrapped by a tool."""
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return False
    continued = sum(_continues(text, line, following, width) for line, following in zip(block, block[1:]))
    return continued * 2 >= len(block) - 1


def _block_paragraphs(text: str, block: list[_Line], width: int) -> list[tuple[int, int]]:
    """Paragraph spans of one blank-line-separated block of lines."""
    if len(block) == 1:
        return [block[0][:2]]
    width = max(width, max(_columns(line) for line in block))
    if not _is_hard_wrapped(text, block, width):
        return [(start, end) for start, end, _ in block]      # one paragraph per line
    paragraphs = []
    base_indent = min(indent for _, _, indent in block)
    para_start = block[0][0]
    for line, following in zip(block, block[1:]):
        # A line the next word would have fitted on ends its paragraph (so do
        # headings); an indented or bulleted line opens one.
        if (not _is_full(text, line, following, width) or following[2] > base_indent
                or _BULLET_WITH_SPACE.match(text, following[0])):
            paragraphs.append((para_start, line[1]))
            para_start = following[0]
    paragraphs.append((para_start, block[-1][1]))
    return paragraphs


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed (start, end) spans of the non-blank paragraphs of ``text``."""
    blocks: list[list[_Line]] = [[]]
    pos, size = 0, len(text)
    while pos <= size:
        newline = text.find("\n", pos)
        if newline < 0:
            newline = size
        line = text[pos:newline]
        core = line.strip(_WS)
        if core:
            indent = len(line) - len(line.lstrip(_WS))
            blocks[-1].append((pos + indent, pos + indent + len(core), indent))
        elif blocks[-1]:
            blocks.append([])
        pos = newline + 1
    # The wrap width of the text: its longest line that could be a wrapped one.
    width = max((_columns(line) for block in blocks for line in block
                 if _columns(line) <= _WRAP_MAX_WIDTH), default=0)
    return [span for block in blocks if block for span in _block_paragraphs(text, block, width)]


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str                 # the span's text, newlines turned into spaces
    words: int
    role: Optional[str]       # what the line is on its own (see _line_role)
    kind: ParagraphKind = "body"
    skip: int = 0             # dateline characters at the start


def _is_heading_like(para: _Para) -> bool:
    """Short, no final punctuation, no quotation: "Return to normal"."""
    return (0 < para.words <= _HEADING_MAX_WORDS and len(para.text) <= _HEADING_MAX_CHARS
            and not _ends_with_punctuation(para.text) and not _DOUBLE_QUOTES.search(para.text)
            and (para.text[0].isupper() or para.text[0].isdigit() or para.text[0] in "‘'"))


def _is_headline_like(para: _Para) -> bool:
    if para.words < 2 or len(para.text) > _HEADLINE_MAX_CHARS:
        return False
    return not (para.text.rstrip(_WS).endswith(".") and para.words > _HEADING_MAX_WORDS)


def _is_prose(para: _Para) -> bool:
    return para.role is None and (para.words > _HEADING_MAX_WORDS or _ends_sentence(para.text))


# ------------------------------------------------------------------ the layout

@dataclass
class _Provenance:
    """The outlet signals found on the page, strongest first in `_resolve_outlets`."""

    republished_from: Optional[str] = None
    footer_outlet: Optional[str] = None
    exchange_outlet: Optional[str] = None
    byline_outlet: Optional[str] = None
    masthead_outlet: Optional[str] = None


def _read_provenance(paras: list[_Para], last_prose: int) -> _Provenance:
    """Outlet signals of the footer, news-exchange lines and bylines."""
    found = _Provenance()
    for index, para in enumerate(paras):
        line = _strip_bullet(para.text)[1]
        if para.role == _COPYRIGHT_ROLE and index > last_prose and found.footer_outlet is None:
            # Only a footer after the article: a "© Getty Images" by a photo is a credit.
            match = _COPYRIGHT.match(line)
            found.footer_outlet = match and _outlet_name(match.group("name"))
        elif para.role == _EXCHANGE_ROLE and found.exchange_outlet is None:
            pair = _exchange_pair(line)
            if pair:
                found.exchange_outlet, exchange_source = pair
                found.republished_from = found.republished_from or exchange_source
        elif para.role == _BYLINE_ROLE and found.byline_outlet is None:
            found.byline_outlet = _byline_outlet(line)
    return found


def _republication_source(paras: list[_Para]) -> Optional[str]:
    """X of the first "Excerpts: X", "Source: X", "Originally published by X" line
    above or below the body (between body paragraphs it credits a chart or figure)."""
    body = [index for index, para in enumerate(paras) if para.kind == "body"]
    first_body, last_body = (body[0], body[-1]) if body else (len(paras), -1)
    for index, para in enumerate(paras):
        if para.role == _REPUBLICATION_ROLE and not first_body < index < last_body:
            return _republication_name(_strip_bullet(para.text)[1])
    return None


def _masthead_outlet(para: _Para, confirmed: dict[str, str], byline_domains: set[str]) -> Optional[str]:
    line = _strip_bullet(para.text)[1]
    if para.words > 8:
        return None
    known = _known_outlet_prefix(line)
    if known:
        return known
    squashed = _squash(_MASTHEAD_CUT.split(line, 1)[0])
    if squashed in confirmed:
        return confirmed[squashed]
    if squashed in byline_domains:
        return _MASTHEAD_CUT.split(line, 1)[0].strip(_WS)
    return None


def _assign_kinds(paras: list[_Para], provenance: _Provenance) -> Optional[int]:
    """Set every paragraph's kind; returns the headline's index (None: no headline)."""
    confirmed = {_squash(name): name for name in
                 (provenance.footer_outlet, provenance.exchange_outlet, provenance.byline_outlet) if name}
    byline_domains = {m.group("label").lower().replace("-", "")
                      for p in paras if p.role == _BYLINE_ROLE for m in _EMAIL_DOMAIN.finditer(p.text)}
    headline = None
    # The header: mastheads, date bars and section labels, then the headline; a
    # text opening with prose has no headline.
    for index, para in enumerate(paras):
        if para.role is not None:
            continue
        outlet = _masthead_outlet(para, confirmed, byline_domains)
        if outlet:
            para.kind = "masthead"
            provenance.masthead_outlet = provenance.masthead_outlet or outlet
        elif _is_headline_like(para) and index + 1 < len(paras):
            para.kind = "headline"
            headline = index
            break
        elif _is_prose(para):
            break
        else:
            para.kind = "furniture"          # "World", "Opinion" above the headline
    has_body_after = [False] * (len(paras) + 1)
    for index in range(len(paras) - 1, -1, -1):
        has_body_after[index] = has_body_after[index + 1] or _is_prose(paras[index])
    body_from = 0 if headline is None else headline + 1
    for index, para in enumerate(paras):
        if para.role is not None:
            para.kind = _role_kind(para.role)
        elif index < body_from or para.kind != "body":
            continue
        elif _is_heading_like(para):
            # A heading introduces text; one with nothing after it is a footer link.
            # A line that is nothing but a known outlet's name, under the headline or
            # closing the page, is the outlet's masthead or source line, not a heading.
            outlet = _whole_line_outlet(para)
            if outlet and (index == body_from or not has_body_after[index + 1]):
                para.kind = "masthead"
                provenance.masthead_outlet = provenance.masthead_outlet or outlet
            else:
                para.kind = "subhead" if has_body_after[index + 1] else "furniture"
    return headline


def _whole_line_outlet(para: _Para) -> Optional[str]:
    line = _strip_bullet(para.text)[1].strip(_WS + ".")
    squashed = _squash(line)
    return next((name for name in KNOWN_OUTLETS if _squash(name) == squashed), None)


def _role_kind(role: str) -> ParagraphKind:
    if role in (_BYLINE_ROLE, _CAPTION_ROLE):
        return role
    return "furniture"


def _set_dateline(paras: list[_Para]) -> Optional[_Dateline]:
    """Find the dateline opening the first body paragraph and start the body after it."""
    for para in paras:
        if para.kind == "body":
            dateline = _match_dateline(para.text)
            if dateline:
                para.skip = dateline.length     # text follows: the pattern looks ahead for it
            return dateline
    return None


def _publication_date(paras: list[_Para], headline: Optional[int],
                      dateline: Optional[_Dateline]) -> Optional[str]:
    """The publication date, by decreasing strength of evidence:

    1. a "Published:/Posted:/Date:" line (anywhere outside the body);
    2. a date-only line in the header (between headline and body, or just above
       the headline when no furniture separates them: a date bar above "Latest
       News" is the website's clock, not the article's date), or a dated byline;
    3. the dateline's date, its year inferred when missing (see ``_infer_year``);
    4. an "Updated:/Modified:" line.
    """
    first_body = next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))
    primary = header = secondary = None
    for index, para in enumerate(paras):
        if para.kind in ("body", "caption", "subhead", "headline"):
            continue
        labeled = _labeled_date(para.text)
        if labeled:
            is_primary, found = labeled
            if is_primary and primary is None:
                primary = found
            elif not is_primary and secondary is None:
                secondary = found
        elif para.role == _DATE_ROLE and header is None and index < first_body:
            below_headline = headline is not None and index > headline
            above_headline = index + 1 < len(paras) and paras[index + 1].kind in ("headline", "byline")
            if below_headline or above_headline:
                header = _date_only(_strip_bullet(para.text)[1])
        elif para.role == _BYLINE_ROLE and header is None:
            match = _FULL_DATE.search(para.text)
            header = match and _date_of(match)
    chosen = primary or header or _dateline_date(paras, dateline) or secondary
    return chosen.isoformat() if chosen else None


def _dateline_date(paras: list[_Para], dateline: Optional[_Dateline]) -> Optional[Date]:
    if dateline is None or dateline.month_day is None:
        return None
    month, day = dateline.month_day
    if dateline.year:
        return _valid_date(dateline.year, month, day)
    # Dates in furniture (a website's date bar) say nothing about the article.
    known = [d for p in paras if p.kind != "furniture" and p.kind != "masthead"
             for d in _full_dates(p.text)]
    return _infer_year(month, day, known)


def _resolve_outlets(provenance: _Provenance, dateline: Optional[_Dateline]) -> tuple[Optional[str], Optional[str]]:
    """(outlet, republished_from): masthead > footer > news exchange > byline > dateline agency.

    A wire agency in the dateline of a paper's page is where the text came from.
    """
    agency = dateline.agency if dateline else None
    outlet = (provenance.masthead_outlet or provenance.footer_outlet
              or provenance.exchange_outlet or provenance.byline_outlet or agency)
    source = provenance.republished_from
    if source is None and agency and outlet and _squash(agency) != _squash(outlet):
        source = agency
    if source and outlet and _squash(source) == _squash(outlet):
        source = None
    return outlet, source


def describe_text(text: str) -> TextLayout:
    """Lay out a plain-text article and read its metadata from the text alone."""
    paras = []
    for start, end in _paragraph_spans(text):
        flat = _flatten(text[start:end])
        paras.append(_Para(start, end, flat, len(flat.split()), _line_role(flat)))
    last_prose = next((i for i in range(len(paras) - 1, -1, -1) if _is_prose(paras[i])), len(paras))
    provenance = _read_provenance(paras, last_prose)
    headline = _assign_kinds(paras, provenance)
    dateline = _set_dateline(paras)
    provenance.republished_from = provenance.republished_from or _republication_source(paras)
    outlet, republished_from = _resolve_outlets(provenance, dateline)
    byline = next((_strip_bullet(p.text)[1] for p in paras if p.kind == "byline"), None)
    return TextLayout(
        title=" ".join(paras[headline].text.split()) if headline is not None else None,
        byline=" ".join(byline.split()) if byline else None,
        outlet=outlet,
        republished_from=republished_from,
        date=_publication_date(paras, headline, dateline),
        dateline=dateline.text if dateline else None,
        paragraphs=tuple(Paragraph(p.start + p.skip, p.end, p.kind) for p in paras),
    )


def with_metadata(article: Article) -> Article:
    """A copy of ``article`` with unknown fields filled from its text.

    Values the reader already has (HTML meta, JSONL fields, HTML paragraphs) win.
    """
    layout = describe_text(article.text)
    return replace(
        article,
        title=article.title if article.title is not None else layout.title,
        byline=article.byline if article.byline is not None else layout.byline,
        outlet=article.outlet if article.outlet is not None else layout.outlet,
        republished_from=(article.republished_from if article.republished_from is not None
                          else layout.republished_from),
        date=article.date if article.date is not None else layout.date,
        paragraphs=article.paragraphs or layout.paragraphs,
    )
