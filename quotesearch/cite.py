"""Citations of a quotation: APA 7, MLA 9, Chicago 17 (notes-bibliography) and
a plain line.

A quotation in QuoteSearch is one a news article reported, so each style cites
it in its manual's form for a source quoted in a secondary source: the speaker
is named in the writer's sentence, the citation points to the article ("as
cited in" in APA, "qtd. in" in MLA, "quoted in" in a Chicago note), and the
reference-list entry is the article's (author(s) from its byline, headline,
outlet, date, URL). Each citation is the sentence a writer would use and the
entry (Chicago: the sentence, the note and the bibliography entry).

- The quotation's words are given exactly; only its closing punctuation is the
  style's: a comma or period that closed it in the article becomes the period
  after the parenthetical citation (APA, MLA) or inside the closing quotation
  mark (Chicago); "?" and "!" stay.
- Quotation marks inside a direct quotation become single ones.
- An indirect quotation is a paraphrase: no quotation marks, introduced by the
  article's reporting verb ("said that", "urged"), cited as "paraphrased in".
  A mixed one (paraphrase with quoted words) keeps the quoted words' marks.
- Parts the index does not know (author, date, URL, outlet) are left out in
  the way each manual says: no author puts the title first (Chicago: the
  newspaper), no date is "n.d." in APA and an access date in MLA and Chicago
  when there is a URL.

Headlines are kept as published in APA (its sentence case cannot be made
without knowing which words are names) and put in title case in MLA and
Chicago (which only capitalises, never lowercases). The outlet is in italics:
`CitationLine.pieces` marks it for pages; the plain text has no markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from html import escape
from typing import Optional

from .bylines import Author, authors_of
from .formatting import shorten
from .records import IndexedQuote, Source

MAX_QUOTE_CHARS = 300
NOTE_MARK = "\u00b9"        # superscript one: the note's number in the sentence
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
               "Nov.", "Dec."]

Piece = tuple[str, bool]            # (text, in italics)


@dataclass(frozen=True)
class CitationLine:
    """One line of a citation: the sentence, the note or the reference entry."""

    label: str                      # "In text", "Reference", "Note", ...
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)

    @property
    def html(self) -> str:
        return "".join(f"<i>{escape(t)}</i>" if italic else escape(t) for t, italic in self.pieces)


@dataclass(frozen=True)
class Citation:
    style: str                      # "APA", "MLA", "Chicago", "Plain"
    lines: tuple[CitationLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def to_json(self) -> dict:
        return {"style": self.style, "text": self.text,
                "lines": [{"label": line.label, "text": line.text, "html": line.html}
                          for line in self.lines]}


# -- the parts of a citation ------------------------------------------------

@dataclass(frozen=True)
class CitedWork:
    """What a citation says of the article that reported a quotation."""

    authors: tuple[Author, ...]
    title: Optional[str]
    outlet: Optional[str]
    day: Optional[Date]
    year: Optional[int]
    url: Optional[str]
    accessed: Date

    @classmethod
    def of(cls, source: Optional[Source], accessed: Optional[Date] = None) -> "CitedWork":
        outlet = source.outlet if source else None
        day, year = _parse(source.date if source else None)
        return cls(authors=tuple(authors_of(source.byline if source else None, outlet)),
                   title=_one_line(source.title) if source else None, outlet=_one_line(outlet),
                   day=day, year=year, url=(source.url or None) if source else None,
                   accessed=accessed or Date.today())


def _one_line(text: Optional[str]) -> Optional[str]:
    return " ".join(text.split()) or None if text else None


def _parse(day: Optional[str]) -> tuple[Optional[Date], Optional[int]]:
    if not day:
        return None, None
    try:
        parsed = Date.fromisoformat(day[:10])
        return parsed, parsed.year
    except ValueError:
        year = re.match(r"^(\d{4})\b", day)
        return None, int(year.group(1)) if year else None


_MINOR_WORDS = frozenset("""a an the and but or nor for so yet as at by in of off on per to up via vs
vs. from into onto with over upon than""".split())


def title_case(title: str) -> str:
    """Headline-style capitals (MLA, Chicago): the first letter of each word but
    articles, conjunctions and short prepositions inside; words already holding a
    capital or a digit ("iPhone", "COVID-19") are kept as they are."""
    words = title.split(" ")
    out = []
    for i, word in enumerate(words):
        after_colon = i > 0 and words[i - 1].endswith((":", "?", "!", "\u2014"))
        lead = len(word) - len(word.lstrip("“”\"‘’'(["))
        bare = word[lead:]
        minor = bare.lower().strip("“”\"‘’'(),.;:") in _MINOR_WORDS
        if (minor and 0 < i < len(words) - 1 and not after_colon) or not bare[:1].isalpha() \
                or any(c.isupper() or c.isdigit() for c in bare):
            out.append(word)
        else:
            out.append(word[:lead] + bare[0].upper() + bare[1:])
    return " ".join(out)


def short_title(title: str) -> str:
    """A title as an in-text citation shortens it: whole up to five words, else
    its first four (before any colon), without a short word or punctuation at the end."""
    words = title.split(":")[0].split()
    if len(words) <= 5:
        return " ".join(words).rstrip(",;:.\u2014-")
    cut = words[:4]
    while len(cut) > 1 and cut[-1].lower() in _MINOR_WORDS:
        cut.pop()
    return " ".join(cut).rstrip(",;:.\u2014-")


# -- the quotation's words ----------------------------------------------------

_CLOSING = re.compile(r'(?P<punct>[.,;:!?]*)(?P<close>["”]?)(?P<after>[.,;:]*)$')
_OPENING_CONTEXT = " \t\n([{\u2014\u2013-/‘“"


def curly(text: str) -> str:
    """Straight double quotation marks as curly ones (opening after a space or
    a bracket, closing elsewhere)."""
    out = []
    for i, char in enumerate(text):
        if char == '"':
            char = "“" if i == 0 or text[i - 1] in _OPENING_CONTEXT else "”"
        out.append(char)
    return "".join(out)


def nested(text: str) -> str:
    """Double quotation marks inside a quotation, as single ones."""
    return curly(text).replace("“", "‘").replace("”", "’")


@dataclass(frozen=True)
class Words:
    """A quotation's words cut where its closing punctuation begins."""

    core: str                       # the words, without the closing punctuation
    mark: str                       # a closing "?" or "!", else ""
    closer: str                     # a quotation mark of quoted words closing it, else ""

    @classmethod
    def of(cls, text: str) -> "Words":
        text = shorten(text, MAX_QUOTE_CHARS)
        found = _CLOSING.search(text)
        punct = found.group("punct") + found.group("after")
        mark = "?" if "?" in punct else "!" if "!" in punct else ""
        return cls(text[:found.start()], mark, found.group("close"))

    def ended(self, end: str, inner: bool) -> str:
        """The words closed by ``end`` (a style's punctuation, or "" to leave it
        to the sentence), inner quotation marks single when ``inner``."""
        core = nested(self.core) if inner else curly(self.core)
        closer = ("’" if inner else "”") if self.closer else ""
        return f"{core}{self.mark or end}{closer}"


# Reporting verbs that take a that-clause; those that take an object ("urged",
# "praised", "called for") introduce the paraphrase directly.
_THAT_VERBS = frozenset("""said says told noted notes added adds warned warns stressed stresses underlined
emphasised emphasized suggested suggests maintained maintains agreed predicted argued argues claimed
claims insisted insists acknowledged admitted explained announced confirmed believes believed thinks
reported wrote writes recalled estimated observed promised vowed asserted concluded hoped feared
pointed out stated states declared""".split()) | {"pointed out"}
_OBJECT_VERBS = frozenset("""praised praises urged urges accused accuses criticised criticized criticises
criticizes defended defends proposed proposes advocated advocates voiced voices denied denies described
describes expressed expresses slammed slams welcomed welcomes condemned condemns rejected rejects
backed backs supported supports demanded demands""".split()) | {
    "called for", "calls for", "called on", "calls on", "pointed to"}
_ING_FORMS = {"saying": "said", "adding": "added", "noting": "noted", "stressing": "stressed",
              "warning": "warned", "arguing": "argued", "insisting": "insisted",
              "explaining": "explained", "praising": "praised", "urging": "urged",
              "expressing": "expressed", "slamming": "slammed", "accusing": "accused",
              "calling for": "called for", "describing": "described", "criticising": "criticised",
              "criticizing": "criticized", "claiming": "claimed", "emphasising": "emphasised",
              "emphasizing": "emphasized", "underlining": "underlined", "suggesting": "suggested"}
# Words that may open a paraphrase and are lower case inside a sentence.
_SENTENCE_OPENERS = frozenset("""the a an this that these those it its there their they he she we
his her our in on at for despite while although though as if when all some many most no both such
with without after before during since because unless until more further every each any one
another other only not also increasing growing""".split())


def _reporting_verb(cue: Optional[str]) -> tuple[str, bool]:
    """(verb, takes "that") for the article's cue; "said" when it is no verb
    a paraphrase can follow ("according to")."""
    verb = " ".join((cue or "").lower().split())
    verb = _ING_FORMS.get(verb, verb)
    if verb in _OBJECT_VERBS:
        return verb, False
    if verb in _THAT_VERBS:
        return verb, True
    return "said", True


def _paraphrase_opening(core: str) -> str:
    first = core.split(" ", 1)[0]
    if first.lower() in _SENTENCE_OPENERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + core[len(first):]
    return core


def _subject(quote: IndexedQuote) -> str:
    """The speaker as the sentence's subject: "Zhang Hanhui, Chinese Ambassador to Russia,"."""
    name = " ".join((quote.speaker or "").split()) or "An unidentified speaker"
    name = name[0].upper() + name[1:]
    role = " ".join((quote.role or "").split())
    return f"{name}, {role}," if role else name


def _speaker_name(quote: IndexedQuote) -> str:
    name = " ".join((quote.speaker or "").split()) or "An unidentified speaker"
    return name[0].upper() + name[1:]


def sentence(quote: IndexedQuote, source: Optional[Source], citation: str, chicago: bool = False) -> str:
    """The writer's sentence: speaker, the quotation (or paraphrase), and the
    in-text ``citation`` (for Chicago, the note's mark)."""
    words = Words.of(quote.text)
    if quote.type == "direct":
        if chicago:
            return f"{_subject(quote)} said, “{words.ended('.', inner=True)}”{citation}"
        return f"{_subject(quote)} said, “{words.ended('', inner=True)}” ({citation})."
    verb, that = _reporting_verb(source.cue if source and source.cue else quote.cue)
    core = _paraphrase_opening(words.core)
    if core.lower().startswith("that "):
        that = False
    words = Words(core, words.mark, words.closer)
    lead = f"{_subject(quote)} {verb} {'that ' if that else ''}"
    if chicago:
        return f"{lead}{words.ended('.', inner=False)}{citation}"
    return f"{lead}{words.ended('', inner=False)} ({citation})."


_CLOSING_MARKS = "”’\"'"


def _ended(text: str, mark: str = ".") -> str:
    """``text`` followed by ``mark`` unless it already ends a sentence; a period
    or comma goes inside closing quotation marks (“historic.”)."""
    bare = text.rstrip(_CLOSING_MARKS)
    closers = text[len(bare):]
    if bare.endswith((".", "?", "!")):
        return text
    if mark == "." and bare.endswith(","):
        bare = bare[:-1]
    return bare + mark + closers if closers and mark in ".," else text + mark


# -- APA 7 --------------------------------------------------------------------

def _apa_name(author: Author) -> str:
    if author.group or not author.given:
        return author.family
    return f"{author.family}, {author.initials}" + (f", {author.suffix}" if author.suffix else "")


def apa_authors(authors: tuple[Author, ...]) -> str:
    names = [_apa_name(a) for a in authors]
    if len(names) <= 1:
        return "".join(names)
    if len(names) <= 20:
        return ", ".join(names[:-1]) + ", & " + names[-1]
    return ", ".join(names[:19]) + ", . . . " + names[-1]


def _cited_authors(authors: tuple[Author, ...], both: str) -> str:
    """The authors as an in-text citation names them: "Ren", "Doe & Smith", "Silva et al."."""
    if len(authors) == 1:
        return authors[0].family
    if len(authors) == 2:
        return f"{authors[0].family} {both} {authors[1].family}"
    return f"{authors[0].family} et al."


def apa(quote: IndexedQuote, source: Optional[Source], work: CitedWork) -> Citation:
    year = str(work.year) if work.year else "n.d."
    title = work.title
    if work.authors:
        who = _cited_authors(work.authors, "&")
    else:
        who = f"“{title_case(short_title(title))},”" if title else "Untitled article,"
    how = "as cited in" if quote.type != "indirect" else "as paraphrased in"
    in_text = sentence(quote, source, f"{how} {who}{'' if who.endswith((',', ',”')) else ','} {year}")
    if work.day:
        when = f"({work.day.year}, {_MONTHS[work.day.month - 1]} {work.day.day})."
    else:
        when = f"({year})."
    title_text = _ended(curly(title) if title else "[Untitled article]")
    pieces: list[Piece] = []
    if work.authors:
        pieces.append((f"{_ended(apa_authors(work.authors))} {when} {title_text}", False))
    else:
        pieces.append((f"{title_text} {when}", False))
    if work.outlet:
        pieces += [(" ", False), (work.outlet, True), (".", False)]
    if work.url:
        pieces.append((f" {work.url}", False))
    return Citation("APA", (CitationLine("In text", ((in_text, False),)),
                            CitationLine("Reference", tuple(pieces))))


# -- MLA 9 --------------------------------------------------------------------

def mla_authors(authors: tuple[Author, ...]) -> str:
    if not authors:
        return ""
    if len(authors) == 1:
        return authors[0].inverted
    if len(authors) == 2:
        return f"{authors[0].inverted}, and {authors[1].name}"
    return f"{authors[0].inverted}, et al."


def _mla_date(day: Date) -> str:
    return f"{day.day} {_MLA_MONTHS[day.month - 1]} {day.year}"


def _without_scheme(url: str) -> str:
    return re.sub(r"^https?://", "", url, flags=re.IGNORECASE)


def mla(quote: IndexedQuote, source: Optional[Source], work: CitedWork) -> Citation:
    title = title_case(curly(work.title)) if work.title else None
    if work.authors:
        who = _cited_authors(work.authors, "and")
    else:
        who = f"“{short_title(title)}”" if title else "Untitled article"
    how = "qtd. in" if quote.type != "indirect" else "paraphrased in"
    in_text = sentence(quote, source, f"{how} {who}")
    pieces: list[Piece] = []
    if work.authors:
        pieces.append((_ended(mla_authors(work.authors)) + " ", False))
    pieces.append((f"“{_ended(nested(title))}” " if title else "Untitled article. ", False))
    container: list[Piece] = []
    if work.outlet:
        container.append((work.outlet, True))
    if work.day or work.year:
        container.append((_mla_date(work.day) if work.day else str(work.year), False))
    if work.url:
        container.append((_without_scheme(work.url), False))
    for i, piece in enumerate(container):
        pieces += [(", ", False)] * (i > 0) + [piece]
    if container:
        pieces.append((".", False))
    if work.url and not work.day:
        pieces.append((f" Accessed {_mla_date(work.accessed)}.", False))
    return Citation("MLA", (CitationLine("In text", ((in_text, False),)),
                            CitationLine("Works cited", _joined(pieces))))


def _joined(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Pieces without trailing space on the line."""
    pieces = [p for p in pieces if p[0]]
    if pieces and not pieces[-1][1]:
        pieces[-1] = (pieces[-1][0].rstrip(), False)
    return tuple(pieces)


# -- Chicago 17, notes and bibliography -------------------------------------

def _chicago_note_authors(authors: tuple[Author, ...]) -> str:
    names = [a.name for a in authors]
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) == 3:
        return f"{names[0]}, {names[1]}, and {names[2]}"
    return f"{names[0]} et al."


def chicago_authors(authors: tuple[Author, ...]) -> str:
    """The bibliography's authors: the first inverted, up to ten, else seven and et al."""
    if not authors:
        return ""
    names = [authors[0].inverted] + [a.name for a in authors[1:]]
    if len(names) > 10:
        return ", ".join(names[:7]) + ", et al"
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _chicago_date(day: Date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def chicago(quote: IndexedQuote, source: Optional[Source], work: CitedWork) -> Citation:
    title = title_case(curly(work.title)) if work.title else None
    in_text = sentence(quote, source, NOTE_MARK, chicago=True)
    when = _chicago_date(work.day) if work.day else str(work.year) if work.year else None
    accessed = f"accessed {_chicago_date(work.accessed)}" if work.url and not work.day else None

    how = "quoted in" if quote.type != "indirect" else "paraphrased in"
    # the note's elements, separated by commas (a title's comma inside its quotation marks)
    elements: list[list[Piece]] = [[(f"{_speaker_name(quote)}", False)]]
    if work.authors:
        elements.append([(f"{how} {_chicago_note_authors(work.authors)}", False)])
        titled = [(f"“{nested(title)}”" if title else "untitled article", False)]
        elements.append(titled)
    else:
        titled = [(f"{how} “{nested(title)}”" if title else f"{how} an untitled article", False)]
        elements.append(titled)
    if work.outlet:
        elements.append([(work.outlet, True)])
    elements += [[(part, False)] for part in (when, accessed, work.url) if part]
    note: list[Piece] = [("1. ", False)]
    for i, element in enumerate(elements):
        last = i == len(elements) - 1
        if element is titled and title:
            text = element[0][0]
            closed = text if text.endswith(("?”", "!”")) else _ended(text, "." if last else ",")
            note.append((closed if last else closed + " ", False))
            continue
        note += element
        note.append(("." if last else ", ", False))

    entry: list[Piece] = []
    if work.authors:
        entry.append((_ended(chicago_authors(work.authors)) + " ", False))
    elif work.outlet:
        entry += [(work.outlet, True), (". ", False)]
    entry.append((f"“{_ended(nested(title))}” " if title else "Untitled article. ", False))
    if work.authors and work.outlet:
        entry.append((work.outlet, True))
        entry.append((f", {when}. " if when else ". ", False))
    elif when:
        entry.append((f"{when}. ", False))
    if accessed:
        entry.append((f"Accessed {_chicago_date(work.accessed)}. ", False))
    if work.url:
        entry.append((f"{work.url}.", False))
    return Citation("Chicago", (CitationLine("In text", ((in_text, False),)),
                                CitationLine("Note", _joined(note)),
                                CitationLine("Bibliography", _joined(entry))))


# -- a plain line ---------------------------------------------------------------

def plain(quote: IndexedQuote, work: CitedWork) -> Citation:
    words = Words.of(quote.text)
    text = words.ended("", inner=quote.type == "direct")
    shown = f"“{text}”" if quote.type == "direct" else \
        f"{text} (paraphrased)" if quote.type == "indirect" else text
    parts = [quote.speaker or "Unknown speaker", quote.role, work.outlet,
             work.day.isoformat() if work.day else str(work.year) if work.year else None, work.url]
    line = f"{shown} — " + ", ".join(" ".join(p.split()) for p in parts if p)
    return Citation("Plain", (CitationLine("", ((line, False),)),))


def citations(quote: IndexedQuote, source: Optional[Source] = None,
              accessed: Optional[Date] = None) -> list[Citation]:
    """The citations of ``quote`` as reported by ``source`` (default: the
    earliest), in APA, MLA, Chicago and a plain line; ``accessed`` (default:
    today) is the access date of undated online articles."""
    source = source or (quote.sources[0] if quote.sources else None)
    work = CitedWork.of(source, accessed)
    return [apa(quote, source, work), mla(quote, source, work), chicago(quote, source, work),
            plain(quote, work)]
