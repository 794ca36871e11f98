"""Questions in plain words, read as searches: "What did Trump say about
Clinton?" is quotations by Donald Trump mentioning Clinton.

A query written in the query language (fields, operators, parentheses,
wildcards) is left as it is. Otherwise the words are read against the speaker
registry (`quotesearch.search.speakers`):

    a speaker's name or name form     a speaker filter ("Trump" -> Donald Trump), unless it
                                      follows "about", "on", "regarding"… (then it is
                                      what the quotation mentions)
    a year, "in March 2016", "since 2022", "before 2020", "last year"
                                      a date range
    "what", "did", "say", "about"…    not searched: the words of a question
    "quoted words", 'quoted words'    a phrase ("who said 'back-to-back support'")

`QuestionReading` says how the question was read ("Quotations by Donald Trump
mentioning clinton") and holds the query-language string searched, so the
same reading runs in the web page, ``quotesearch search`` and ``/api/search``;
``literal`` searches the words as typed instead.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Optional

from ..extract.names import GENERATIONS
from ..identity.registry import Registry, fold

_QUERY_LANGUAGE = re.compile(r"\b[A-Za-z_]\w*:\S|\b(?:AND|OR|NOT)\b|[()*?]\S|\S[*]|~\d")
_PHRASE = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]|(?<![\w’'])['‘]([^'‘’]+?)['’](?![\w’'])")
_WORD = re.compile(r"[\w][\w’'\-.]*[\w]|\w")

# The words a question is made of: never what a quotation is searched for.
_QUESTION_WORDS = frozenset("""
what whats what's who whom whose which when where why how did does do done has have had is
are was were be been will would could should can say says said saying tell tells told telling
talk talks talked talking speak speaks spoke speaking think thinks thought claim claims claimed
quote quotes quoted quotation quotations statement statements comment comments remark remarks
words view views opinion opinions stance position anything something everything people anyone
someone everyone everybody anybody somebody they
the a an of to me us please show find give list all any ever really actually
about on regarding concerning mentioning re over against
mr mrs ms dr sen rep gov
""".split())
# Words that make a query a question; without one, the weaker question words above
# ("quote", "statement", "views") are searched like any other.
_ASKING = frozenset("""what whats what's who whom whose which did does say says said tell told
think thinks thought about how why talk talked speak spoke regarding concerning""".split())
# Words after which a name is what the quotation is about, not who said it.
_TOPIC_MARKERS = frozenset({"about", "on", "regarding", "concerning", "mentioning", "re",
                            "over", "against", "of", "to", "with", "criticizing", "criticising",
                            "praising", "attacking"})
# Words before which a name is who spoke ("Trump said", "did Trump say").
_SPEECH_VERBS = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "think",
                           "thinks", "thought", "claim", "claims", "claimed", "talk", "talks",
                           "talked", "speak", "speaks", "spoke", "quote", "quotes", "on",
                           "about"})
_SUBJECT_BEFORE = frozenset({"did", "does", "do", "has", "have", "had", "would", "will", "is",
                             "was", "has", "can", "could", "by", "from"})

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MAX_NAME_WORDS = 4


@dataclass
class QuestionReading:
    asked: str                                   # what was typed
    query: str                                   # what is searched, in the query language
    description: str                             # "Quotations by Donald Trump mentioning clinton"
    speakers: list[tuple[str, str]] = field(default_factory=list)   # (id, name)
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"asked": self.asked, "query": self.query, "read_as": self.description,
                "speakers": [{"id": i, "name": n} for i, n in self.speakers],
                "date_from": self.date_from, "date_to": self.date_to,
                "words": self.words, "phrases": self.phrases}


def is_query_language(text: str) -> bool:
    return bool(_QUERY_LANGUAGE.search(text))


class NameTable:
    """Every name form of the registry's speakers as folded word tuples; a word
    that is someone's surname wins over one that is someone else's first name
    ("Paul": Rand Paul before Paul Ryan), then the most quoted."""

    def __init__(self, registry: Registry):
        self.owners: dict[tuple[str, ...], tuple[int, int]] = {}   # words -> (identity, quotes)
        ranks: dict[tuple[str, ...], tuple[int, int]] = {}
        for at, identity in enumerate(registry.identities):
            last = fold(identity.name.split()[-1]) if identity.name.split() else ""
            forms = {identity.name, *(f.name for f in identity.forms)}
            parts = identity.name.split()
            if identity.kind == "person" and len(parts) > 2 and \
                    parts[-1].lower().strip(".") in GENERATIONS:
                forms.add(f"{parts[-2]} {parts[-1]}")           # "Trump Jr."
                last = fold(parts[-2])
            for name in forms:
                words = tuple(_words(fold(name)))
                if not words or len(words) > _MAX_NAME_WORDS:
                    continue
                rank = (len(words) > 1 or words[0] == last, identity.quotes)
                if words not in ranks or rank > ranks[words]:
                    ranks[words] = rank
                    self.owners[words] = (at, identity.quotes)


def _words(text: str) -> list[str]:
    return [w.strip(".").replace("’", "'") for w in _WORD.findall(text)]


def read_question(text: str, registry: Registry, names: NameTable,
                  today: Optional[datetime.date] = None) -> Optional[QuestionReading]:
    """How a plain-words query reads as a search; None when it is written in the
    query language or reads as nothing but its own words."""
    asked = " ".join((text or "").split())
    if not asked or is_query_language(asked):
        return None
    phrases = [a or b for a, b in _PHRASE.findall(asked)]
    rest = _PHRASE.sub(" ", asked)
    tokens = _words(rest)
    lowered = [_as_question_word(fold(t)) for t in tokens]
    used = [False] * len(tokens)
    date_from, date_to = _dates(lowered, used, today or datetime.date.today())
    speakers: list[int] = []
    mentioned: list[str] = []
    i = 0
    while i < len(tokens):
        if used[i]:
            i += 1
            continue
        found = None
        for n in range(min(_MAX_NAME_WORDS, len(tokens) - i), 0, -1):
            if any(used[i:i + n]):
                continue
            owner = names.owners.get(tuple(lowered[i:i + n]))
            if owner is not None and _is_a_name_here(tokens, lowered, i, n):
                found = (n, owner[0])
                break
        if found is None:
            i += 1
            continue
        n, at = found
        identity = registry.identities[at]
        if i and not used[i - 1] and tokens[i - 1][:1].isupper() and n == 1 and \
                _misspelled_name_word(tokens[i - 1], identity.name, 0):
            i, n = i - 1, 2         # "Berni Sanders": Bernie Sanders, misspelled
        elif i + n < len(tokens) and not used[i + n] and tokens[i + n][:1].isupper() and \
                _misspelled_name_word(tokens[i + n], identity.name, -1):
            n += 1                  # "Zhang Hanhi", "Bernie Sandrs"
        run = i + n
        while run < len(tokens) and tokens[run][:1].isupper() and not used[run] and \
                lowered[run] not in _QUESTION_WORDS and not _names_at(names, lowered, run):
            run += 1
        if run > i + n:
            # "Black Lives Matter", "Trump Tower", "Clinton Foundation": a name's words
            # inside another proper name are what the quotation mentions
            phrases.append(" ".join(tokens[i:run]))
            for k in range(i, run):
                used[k] = True
            i = run
            continue
        if identity.kind != "person" and not _said_after(lowered, i + n) and \
                not (i and lowered[i - 1] in _SUBJECT_BEFORE):
            # an organisation or a country speaks only where the question says so
            # ("what did Iran say"); "Iran deal" is about Iran
            (phrases.append(" ".join(tokens[i:i + n])) if n > 1 else mentioned.append(tokens[i]))
            for k in range(i, i + n):
                used[k] = True
            i += n
            continue
        k = i - 1
        while k >= 0 and lowered[k] in ("the", "a", "an", "his", "her", "their"):
            k -= 1          # "about the Supreme Court"
        before = lowered[k] if k >= 0 else ""
        joined = before in ("and", "or", "&") and speakers and used[i - 2] if i > 1 else False
        if (before in _TOPIC_MARKERS or (speakers and not joined)) and not _said_after(lowered, i + n):
            # what the quotation mentions ("about Clinton", "Putin Trump"): a person by the
            # surname, anything else by its whole name ("the Supreme Court")
            if registry.identities[at].kind == "person" or n == 1:
                mentioned.append(tokens[i + n - 1])
            else:
                phrases.append(" ".join(tokens[i:i + n]))
        elif at not in speakers:
            speakers.append(at)           # who spoke ("Trump and Clinton on trade": both)
            if joined:
                used[i - 1] = True
        for k in range(i, i + n):
            used[k] = True
        i += n
    questioned = any(low in _ASKING for low, u in zip(lowered, used) if not u)
    dropped = _QUESTION_WORDS if questioned or speakers else _ASKING
    words = [t for t, low, u in zip(tokens, lowered, used) if not u and low not in dropped]
    if not speakers and date_from is None and date_to is None and \
            not (questioned and (words or phrases or mentioned)):
        return None
    words = mentioned + words
    parts = [_term(w) for w in words] + [f'"{p}"' for p in phrases]
    identities = [registry.identities[at] for at in speakers]
    if identities:
        parts.append(" OR ".join(f'speaker:"{_quoted(i.name)}"' for i in identities)
                     if len(identities) == 1 else
                     "(" + " OR ".join(f'speaker:"{_quoted(i.name)}"' for i in identities) + ")")
    if date_from or date_to:
        parts.append(f"date:[{date_from or '0001-01-01'} TO {date_to or '9999-12-31'}]")
    query = " ".join(p for p in parts if p)
    return QuestionReading(
        asked=asked, query=query,
        description=_describe([i.name for i in identities], words, phrases, date_from, date_to),
        speakers=[(i.id, i.name) for i in identities], date_from=date_from, date_to=date_to,
        words=words, phrases=phrases)


def _as_question_word(word: str) -> str:
    """A question word typed with one letter wrong ("wat", "abot") as meant."""
    if word in _QUESTION_WORDS or len(word) < 3 or not word.isalpha():
        return word
    from rapidfuzz.distance import OSA
    from wordfreq import zipf_frequency
    if zipf_frequency(word, "en") >= 3.5:
        return word                 # a word of its own ("was", "bout")
    for asked in ("what", "about", "say", "said", "says", "did", "does", "who", "think"):
        if len(asked) >= 3 and OSA.distance(word, asked) == 1:
            return asked
    return word


def _is_a_name_here(tokens: list[str], lowered: list[str], i: int, n: int) -> bool:
    """A one-word name ("trump", "hope", "will") is a name only where a name
    stands: capitalised, after "did"/"by", before "said", or a rare word."""
    if n > 1:
        return True
    word = lowered[i]
    if word in _QUESTION_WORDS or len(word) < 3:
        return False
    if tokens[i][:1].isupper() and i > 0:
        return True
    if (i and (lowered[i - 1] in _SUBJECT_BEFORE or lowered[i - 1] in _TOPIC_MARKERS)) or \
            (i + 1 < len(lowered) and lowered[i + 1] in _SPEECH_VERBS):
        return True
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en") < 4.0 or tokens[i][:1].isupper()


def _misspelled_name_word(word: str, name: str, at: int) -> bool:
    """Whether ``word`` is the first (``at`` 0) or last (-1) word of ``name``
    misspelled ("Berni", "Sandrs", "Hanhi")."""
    from rapidfuzz.distance import OSA
    parts = name.split()
    if len(parts) < 2:
        return False
    target = parts[at].lower().strip(".,")
    word = word.lower()
    return target != word and target[:1] == word[:1] and \
        OSA.distance(target, word) <= (1 if len(target) <= 5 else 2)


def _names_at(names: NameTable, lowered: list[str], at: int) -> bool:
    return any(tuple(lowered[at:at + n]) in names.owners for n in range(1, _MAX_NAME_WORDS + 1))


def _said_after(lowered: list[str], at: int) -> bool:
    return at < len(lowered) and lowered[at] in _SPEECH_VERBS - {"on", "about"}


def _dates(lowered: list[str], used: list[bool], today: datetime.date) -> tuple[Optional[str], Optional[str]]:
    """The date range a question names, marking the words it used."""
    date_from = date_to = None
    n = len(lowered)
    i = 0
    while i < n:
        word = lowered[i]
        if word in ("last", "this") and i + 1 < n and lowered[i + 1] == "year":
            year = today.year - (word == "last")
            date_from, date_to = f"{year}-01-01", f"{year}-12-31"
            _use(used, i - 1 if i and lowered[i - 1] in ("in", "during") else i, i + 2)
            i += 2
            continue
        if word == "between" and i + 3 < n and _YEAR.match(lowered[i + 1]) and \
                lowered[i + 2] in ("and", "to") and _YEAR.match(lowered[i + 3]):
            date_from, date_to = f"{lowered[i + 1]}-01-01", f"{lowered[i + 3]}-12-31"
            _use(used, i, i + 4)
            i += 4
            continue
        month = _MONTHS.get(word)
        year_at = i + 1 if month and i + 1 < n and _YEAR.match(lowered[i + 1]) else \
            (i if _YEAR.match(word) else None)
        if year_at is None:
            i += 1
            continue
        year = int(lowered[year_at])
        start = i
        before = lowered[start - 1] if start else ""
        if month:
            last_day = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
            low, high = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last_day:02d}"
        else:
            low, high = f"{year}-01-01", f"{year}-12-31"
        if before in ("since", "after", "from"):
            date_from = low if before != "after" else _next_day(high)
            start -= 1
        elif before in ("before", "until", "till", "through"):
            date_to = high if before in ("until", "till", "through") else _previous_day(low)
            start -= 1
        else:
            date_from, date_to = low, high
            if before in ("in", "during", "of"):
                start -= 1
        _use(used, start, year_at + 1)
        i = year_at + 1
    return date_from, date_to


def _use(used: list[bool], start: int, end: int) -> None:
    for k in range(max(0, start), min(len(used), end)):
        used[k] = True


def _next_day(iso: str) -> str:
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


def _previous_day(iso: str) -> str:
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


def _term(word: str) -> str:
    # a word that is also an operator or has the query language's characters stays a word
    cleaned = re.sub(r"[^\w'’\-]", "", word)
    return f'"{cleaned}"' if cleaned.upper() in ("AND", "OR", "NOT") else cleaned


def _quoted(name: str) -> str:
    return name.replace('"', "")


def _describe(speakers: list[str], words: list[str], phrases: list[str],
              date_from: Optional[str], date_to: Optional[str]) -> str:
    text = "Quotations"
    if speakers:
        text += " by " + " or ".join(speakers)
    mentions = ([" ".join(words)] if words else []) + [f"“{p}”" for p in phrases]
    if mentions:
        text += " mentioning " + " and ".join(mentions)
    if date_from and date_to:
        if date_from[:4] == date_to[:4] and date_from.endswith("-01-01") and date_to.endswith("-12-31"):
            text += f", in {date_from[:4]}"
        else:
            text += f", from {date_from} to {date_to}"
    elif date_from:
        text += f", since {date_from}"
    elif date_to:
        text += f", until {date_to}"
    if not speakers and phrases and not words:
        text += ", by any speaker"
    return text
