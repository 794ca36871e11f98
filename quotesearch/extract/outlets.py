"""Outlet names: which publisher a line of the page names, and how to clean the name.

Owns the curated ``KNOWN_OUTLETS``, the line shapes that name an outlet (copyright
footers, "X-Y news exchange item", "Excerpts:/Source:/Originally published by X",
a page title bar "Headline - Outlet"), mastheads that start with a known name, and
outlets named in a byline or its e-mail domain. Outlets merely *mentioned* in the
body ("told the Global Times") are never read here.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .dates import FULL_DATE, MONTH_DAY
from .lines import WS, strip_bullet

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
    # US, UK, Irish, Canadian, Australian and Caribbean news; none that a common word,
    # a surname or a people's name could be once "The" is dropped ("Time", "People",
    # "The Hill", "Forbes", "The Australian")
    "CNBC", "MSNBC", "PBS", "C-SPAN", "HuffPost", "Huffington Post", "Axios",
    "The Atlantic", "The New Yorker", "The Daily Beast", "BuzzFeed News", "Breitbart",
    "Chicago Tribune", "The Boston Globe", "The Philadelphia Inquirer", "Miami Herald",
    "The Dallas Morning News", "Houston Chronicle", "San Francisco Chronicle", "Tampa Bay Times",
    "The Atlanta Journal-Constitution", "The Seattle Times", "Star Tribune", "The Denver Post",
    "New York Post", "New York Daily News", "Newsday", "Business Insider", "Bloomberg News",
    "Medical News Today", "Psychology Today", "India Today", "ESPN", "The Athletic", "Rolling Stone",
    "The Hollywood Reporter",
    # magazines and sites quoted as interviewers ("told Vogue", "Vogue asked Dion"); not one
    # whose name is a common word that opens sentences ("Salon", "Variety", "Reason")
    "Vogue", "Teen Vogue", "Vanity Fair", "Elle", "GQ", "Esquire", "Entertainment Weekly", "Us Weekly",
    "Billboard", "Wired", "The Verge", "TechCrunch", "Mashable", "Gizmodo", "Engadget", "Ars Technica",
    "Mother Jones", "National Review", "The Intercept", "ProPublica", "Vox", "Slate", "The Daily Caller",
    "The Federalist", "RealClearPolitics", "Fox Business", "Yahoo News", "NBC", "CBS", "ABC",
    "The Mirror", "Daily Mirror", "The Sun", "The Times", "The Sunday Times", "The Observer",
    "Daily Express", "Evening Standard", "The Scotsman", "Daily Record", "Belfast Telegraph",
    "Belfast Live", "Manchester Evening News", "ITV News", "Channel 4 News", "LBC", "GB News",
    "The Irish Times", "Irish Independent", "RTÉ", "CBC", "CBC News", "The Globe and Mail",
    "Toronto Star", "The Sydney Morning Herald",
    # US regional papers that national news quotes, and European papers quoted in English news
    "The Plain Dealer", "New Hampshire Union Leader", "The Des Moines Register", "The Arizona Republic",
    "Detroit Free Press", "The Detroit News", "Las Vegas Review-Journal", "The Sacramento Bee", "Orlando Sentinel",
    "St. Louis Post-Dispatch", "Milwaukee Journal Sentinel", "The Courier-Journal", "The Oregonian",
    "The Baltimore Sun", "Pittsburgh Post-Gazette", "The Charlotte Observer", "The Kansas City Star",
    "The Salt Lake Tribune", "The Tennessean", "Boston Herald", "Chicago Sun-Times",
    "The Post and Courier", "The Columbus Dispatch", "The Cincinnati Enquirer", "The Indianapolis Star",
    "Le Figaro", "Libération", "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Die Welt", "Bild",
    "Die Zeit", "El País", "El Mundo", "La Repubblica", "Corriere della Sera", "Haaretz", "The Jerusalem Post",
    "The Times of Israel", "Al Arabiya",
    "Jamaica Gleaner", "The Gleaner", "Jamaica Observer", "Trinidad Express", "Trinidad Guardian",
    "Barbados Today", "Nation News", "Stabroek News", "Kaieteur News",
)

COPYRIGHT = re.compile(
    r"(?i:copyright\b\s*(?:©|\(c\))?|©|\(c\)(?=\s*\d)|&copy;)\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*[,.]?)?\s*(?i:by\s+)?(?P<name>.*)"
)
RIGHTS_RESERVED = re.compile(r"(?i:all\s+rights\s+reserved)")
NEWS_EXCHANGE = re.compile(r"(?P<pair>.+?)\s+(?i:news[\s-]exchange\s+item)\.?")
_PAIR_SEPARATOR = re.compile(r"\s*[-–—/]\s*")
_REPUBLICATION = re.compile(
    r"(?:(?i:excerpts?|excerpted|source|sources|courtesy|via)\s*[:\-–—]"
    r"|(?i:excerpted|adapted|syndicated|republished|reprinted|reproduced)(?:\s+(?i:here|with\s+permission))*\s+(?i:from|of|by)"
    r"|(?i:this\s+(?:article|story|piece|report|content|post)\s+(?:was\s+|is\s+)?)?"
    r"(?i:(?:first|originally)\s+(?:appeared|published|posted|ran))\s+(?i:in|on|by|at)(?:\s+(?i:the\s+website\s+of))?"
    r"|\(?(?i:with\s+)?(?i:inputs?\s+from))"
    r"\s*(?P<name>.+)"
)

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


def outlet_name(raw: str) -> Optional[str]:
    """A clean outlet name from the tail of a footer/source line, or None."""
    name = _OUTLET_CUT.split(raw.strip(WS), 1)[0].strip(WS + ".:-–—'\"()")
    name = _COMPANY_SUFFIX.sub("", name).strip(WS + ".:-–—'\"()")
    if name.startswith("the "):
        name = name[4:]                      # "first appeared in the Diplomat"
    words = name.split()
    if not words or len(words) > 6 or not (name[0].isupper() or name[0].isdigit()):
        return None
    if not any(ch.isalpha() for ch in name) or all(w.lower() in _GENERIC_SOURCES for w in words):
        return None
    return name


_DATE_THEN_PREPOSITION = re.compile(r"[\s,]*(?:(?i:by|in|at|on)\s+)?")


def republication_name(line: str) -> Optional[str]:
    """X of "Excerpts: X", "Originally published on May 5, 2024 by X", or None."""
    match = _REPUBLICATION.match(line)
    if match is None:
        return None
    name = match.group("name")
    date = FULL_DATE.match(name) or MONTH_DAY.match(name)
    if date:
        name = name[_DATE_THEN_PREPOSITION.match(name, date.end()).end():]
    return outlet_name(name)


# (`\w` is `str.isalnum` and the underscore)
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=8192)   # (the same candidate names are tried many times per article)
def squash(name: str) -> str:
    """Letters and digits only, lower case, without a leading "the"."""
    squashed = _NOT_LETTER_OR_DIGIT.sub("", name.lower())
    return squashed[3:] if squashed.startswith("the") and len(squashed) > 6 else squashed


_KNOWN_BY_SQUASH = {squash(name): name for name in KNOWN_OUTLETS}


def is_known_outlet(name: str) -> bool:
    """Whether ``name`` is one of ``KNOWN_OUTLETS`` however written ("Al Jazeera", "the Guardian")."""
    return squash(name) in _KNOWN_BY_SQUASH


def known_outlet_words(words: list[str]) -> int:
    """How many of ``words`` open with a known outlet's name ("The Mirror Linda Nolan"
    → 2), leaving at least one word after it; 0 when none does."""
    return next((size for size in range(min(len(words) - 1, 5), 0, -1)
                 if is_known_outlet(" ".join(words[:size]))), 0)


_KNOWN_OUTLET_IN_TEXT = re.compile(
    r"(?<![\w@.])(?:" + "|".join(re.escape(n) for n in sorted(KNOWN_OUTLETS, key=len, reverse=True))
    + r")(?![\w])"
)
EMAIL_DOMAIN = re.compile(r"@(?P<label>[A-Za-z0-9\-]+)\.")
MASTHEAD_CUT = re.compile(r"\s*(?:[|•·]|\s[-–—]\s)")
_MASTHEAD_EXTRA_WORDS = 2          # "China Daily Hong Kong", "BBC News Online"


def known_outlet_prefix(line: str) -> Optional[str]:
    """The known outlet a short line starts with ("CHINA DAILY", "China Daily Hong Kong").

    Words after the name must be capitalised, so "CNN anchor quits" is no masthead.
    """
    words = MASTHEAD_CUT.split(line, 1)[0].split()
    for size in range(min(len(words), 5), 0, -1):
        extra = words[size:]
        if len(extra) > _MASTHEAD_EXTRA_WORDS or not all(w[0].isupper() for w in extra):
            continue
        known = _KNOWN_BY_SQUASH.get(squash(" ".join(words[:size])))
        if known:
            return known
    return None


def byline_outlet(byline: str) -> Optional[str]:
    """A known outlet named in a byline, by name or by its e-mail domain."""
    named = _KNOWN_OUTLET_IN_TEXT.search(byline)
    if named:
        return named.group(0)
    for domain in EMAIL_DOMAIN.finditer(byline):
        known = _KNOWN_BY_SQUASH.get(domain.group("label").lower().replace("-", ""))
        if known:
            return known
    return None


def exchange_pair(line: str) -> Optional[tuple[str, str]]:
    """(publisher, source) of "The Daily Mail-China Daily news exchange item".

    The outlet that prints the line names itself first, its partner second.
    Among several dashes the split that yields a known outlet is preferred.
    """
    match = NEWS_EXCHANGE.fullmatch(strip_bullet(line)[1])
    if match is None:
        return None
    pair = match.group("pair").strip(WS)
    if pair[:4].lower() == "the ":
        pair = pair[4:]
    splits = [(pair[:m.start()], pair[m.end():]) for m in _PAIR_SEPARATOR.finditer(pair)]
    splits = [(a, b) for a, b in splits if outlet_name(a) and outlet_name(b)]
    if not splits:
        return None
    for host, source in splits:
        if squash(host) in _KNOWN_BY_SQUASH or squash(source) in _KNOWN_BY_SQUASH:
            return outlet_name(host), outlet_name(source)
    host, source = splits[0]
    return outlet_name(host), outlet_name(source)


# "( CGTN ) 08:52, November 18, 2020": the source label of a portal's time stamp.
_STAMP_SOURCE = re.compile(r"\(\s*(?P<name>[A-Z][\w.&'’ \-]{0,40}?)\s*\)\s*\d{1,2}:\d\d")


def stamp_source(line: str) -> Optional[str]:
    """The outlet of a time stamp's source label, or None."""
    match = _STAMP_SOURCE.match(line)
    return match and outlet_name(match.group("name"))


def same_outlet(a: str, b: str) -> bool:
    """"City Daily" and "City Daily Online", "Reuters" and "REUTERS" are one outlet."""
    a, b = squash(a), squash(b)
    return a == b or (a + "online") == b or (b + "online") == a
