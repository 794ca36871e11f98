"""The typed records that cross the pipeline's stage boundaries.

Every stage (ingest -> extract -> index -> search -> web/CLI) speaks in these
dataclasses and nothing else; they are defined here once.

Offsets (`start`, `end`) are always Python ``str`` indices into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Literal, Optional

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "group", "document"]
ParagraphKind = Literal[
    "body",        # article text: the only kind quotes are extracted from
    "headline",    # the article's title line
    "subhead",     # a short section heading inside the body
    "byline",      # "By REN QI in Moscow ..."
    "caption",     # photo caption or credit
    "masthead",    # the outlet's name on top of the page
    "furniture",   # share buttons, related lists, addresses, site credits, date bars
]


@dataclass(frozen=True)
class Article:
    """One news article as ingested: its text and whatever metadata is known.

    Fields left ``None`` are unknown; nothing is ever guessed into them.
    """

    id: str
    text: str
    file: Optional[str] = None          # path the article came from (jsonl: "path:line")
    title: Optional[str] = None
    outlet: Optional[str] = None
    republished_from: Optional[str] = None
    date: Optional[str] = None          # ISO "YYYY-MM-DD"
    url: Optional[str] = None
    byline: Optional[str] = None
    # Paragraph layout, when the reader already knows it (HTML); plain text is laid
    # out by `quotesearch.extract.metadata`.
    paragraphs: tuple["Paragraph", ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article's text and what part of the page it is.

    ``start`` may lie after the paragraph's first character when a dateline
    ("MOSCOW, Feb. 1 (Xinhua) -- ") opens it: the body starts after the dateline.
    """

    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass
class Quote:
    """One attributed quotation found in an article."""

    text: str
    start: int
    end: int
    type: QuoteType
    speaker: Optional[str]
    speaker_kind: Optional[SpeakerKind] = None
    role: Optional[str] = None
    cue: Optional[str] = None
    via: Optional[str] = None
    paragraph: str = ""                 # the surrounding paragraph's text
    # A quotation interrupted by its attribution ("X," Zhang said, "Y.") is one
    # quotation in several pieces: ``fragments`` holds the (start, end) of each piece
    # and start/end/text span them all, interruption included (the PARC/PolNeAR
    # convention). Empty for a quotation in one piece.
    fragments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def quoted_text(self) -> str:
        """The quoted words alone: the pieces of an interrupted quotation joined by " … "."""
        if not self.fragments:
            return self.text
        return " … ".join(self.text[s - self.start:e - self.start] for s, e in self.fragments)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class ExtractedArticle:
    """An article with the quotations extracted from it."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)

    def to_json(self, with_paragraph: bool = False, with_text: bool = False) -> dict:
        """The ``extract --format jsonl`` record. With ``with_paragraph`` and
        ``with_text`` it holds everything the index needs (extraction shards,
        `quotesearch.shards`), and `from_json` reads it back."""
        a = self.article
        quotes = []
        for q in self.quotes:
            d = q.to_json()
            if not with_paragraph:
                d.pop("paragraph")
            quotes.append(d)
        record = {
            "id": a.id, "file": a.file, "title": a.title, "outlet": a.outlet,
            "republished_from": a.republished_from, "date": a.date, "url": a.url,
            "byline": a.byline, "quotes": quotes,
        }
        if with_text:
            record["text"] = a.text
        return record

    @classmethod
    def from_json(cls, record: dict) -> "ExtractedArticle":
        """An article back from a ``to_json(with_paragraph=True, with_text=True)`` record."""
        if not isinstance(record.get("text"), str):
            raise ValueError("the record has no article text (written without --with-text)")
        article = Article(id=record["id"], text=record["text"],
                          **{name: record.get(name) for name in (
                              "file", "title", "outlet", "republished_from", "date", "url", "byline")})
        quotes = [Quote(**{**q, "fragments": [tuple(f) for f in q.get("fragments") or []]})
                  for q in record.get("quotes") or []]
        return cls(article, quotes)


@dataclass(frozen=True)
class IngestError:
    """A file (or line of a collection) that could not be read, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


# ---------------------------------------------------------------------------
# Index and search records: what the index stores and what searches return.
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One article that reported a quotation, with the quotation as it worded it."""

    article: str                        # the article's id in the index
    text: str                           # the quotation as this source gave it
    start: int
    end: int
    type: QuoteType = "direct"
    role: Optional[str] = None
    cue: Optional[str] = None
    via: Optional[str] = None
    paragraph: str = ""
    outlet: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    file: Optional[str] = None
    byline: Optional[str] = None        # the article's byline (None in indexes made before it was kept)

    def to_json(self) -> dict:
        return dict(self.__dict__)


# What one answer (a page, an API answer, an export row) holds of a quotation, so
# that a record of any size makes an answer of bounded size. The index keeps all.
MAX_SOURCES_LISTED = 100     # sources listed, earliest first (source_count counts all)
MAX_OUTLETS_LISTED = 100     # outlets listed (outlet_count counts all)
MAX_TEXT_CHARS = 12_000      # any text of a record: extraction's paragraph bound, so
                             # only records from elsewhere (shards, old indexes) are cut
MAX_ARTICLE_TEXT_CHARS = 150_000     # an article's text (extraction's article bound)
CUT_MARK = " \u2026 [cut: "          # how a cut text ends: " … [cut: 45,678 characters in all]"


def clip_text(text: Optional[str], limit: int = MAX_TEXT_CHARS) -> Optional[str]:
    """``text`` cut to ``limit`` characters, ending in a marker that says it was
    cut and how long it was; the result is exactly ``limit`` long, so clipping
    again changes nothing."""
    if text is None or len(text) <= limit:
        return text
    marker = f"{CUT_MARK}{len(text):,} characters in all]"
    return text[:max(0, limit - len(marker))] + marker


@dataclass
class IndexedQuote:
    """A quotation as indexed: one record however many articles reported it.

    The text, type, role, cue and paragraph are those of the earliest source;
    ``sources`` lists every source, earliest first.
    """

    id: str
    text: str
    speaker: Optional[str]
    speaker_kind: Optional[SpeakerKind]
    type: QuoteType
    role: Optional[str]
    cue: Optional[str]
    via: Optional[str]
    topics: list[str]
    paragraph: str
    date: Optional[str]                 # the earliest source's date
    sources: list[Source]

    @property
    def source_count(self) -> int:
        """How many distinct articles reported the quotation."""
        return len({s.article for s in self.sources})

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for s in self.sources:
            if s.outlet:
                seen.setdefault(s.outlet)
        return list(seen)

    def listed(self) -> "IndexedQuote":
        """The quotation as an answer shows it: text, paragraph and every string of
        its first `MAX_SOURCES_LISTED` sources cut to `MAX_TEXT_CHARS` (`clip_text`).
        The sources beyond stay as they are (they are counted, not shown)."""
        shown = [_listed_source(s) for s in self.sources[:MAX_SOURCES_LISTED]]
        return replace(self, text=clip_text(self.text), paragraph=clip_text(self.paragraph),
                       speaker=clip_text(self.speaker), role=clip_text(self.role),
                       cue=clip_text(self.cue), via=clip_text(self.via),
                       sources=shown + self.sources[MAX_SOURCES_LISTED:])

    def to_json(self, max_sources: Optional[int] = MAX_SOURCES_LISTED) -> dict:
        """The quotation as JSON. For an answer (the default): its earliest
        ``max_sources`` sources and `MAX_OUTLETS_LISTED` outlets, texts cut by
        `listed`, ``source_count`` and ``outlet_count`` counting every one. With
        ``max_sources=None``: everything, as the index stores it."""
        # by hand rather than asdict(): this runs for every quotation written
        quote = self if max_sources is None else self.listed()
        sources = quote.sources if max_sources is None else quote.sources[:max_sources]
        outlets = quote.outlets
        data = {
            "id": quote.id, "text": quote.text, "speaker": quote.speaker,
            "speaker_kind": quote.speaker_kind, "type": quote.type, "role": quote.role,
            "cue": quote.cue, "via": quote.via, "topics": list(quote.topics),
            "paragraph": quote.paragraph, "date": quote.date,
            "sources": [s.to_json() for s in sources],
            "source_count": quote.source_count, "outlets": outlets,
        }
        if max_sources is not None:
            data["outlets"] = outlets[:MAX_OUTLETS_LISTED]
            data["outlet_count"] = len(outlets)
        return data


def _listed_source(source: Source) -> Source:
    changes = {name: clip_text(value) for name, value in source.__dict__.items()
               if isinstance(value, str) and len(value) > MAX_TEXT_CHARS}
    return replace(source, **changes) if changes else source


@dataclass(frozen=True)
class Highlight:
    """A quotation's text cut into pieces, the pieces matching the query marked.

    Kept as plain pieces (not markup) so that each front end escapes and marks
    them its own way.
    """

    pieces: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.pieces)

    def marked(self, before: str = "[", after: str = "]") -> str:
        return "".join(f"{before}{p}{after}" if hit else p for p, hit in self.pieces)


@dataclass
class QuoteHit:
    """One search result: a quotation, its score and its highlighted text."""

    quote: IndexedQuote
    score: float
    highlight: Highlight

    def to_json(self) -> dict:
        d = self.quote.to_json()
        d["score"] = round(self.score, 4)
        d["highlight"] = self.highlight.marked("<mark>", "</mark>") if any(
            hit for _, hit in self.highlight.pieces) else None
        return d


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    """The whole answer to a search: one page of hits, the total and facet counts
    over all matches."""

    query: str
    total: int
    hits: list[QuoteHit]
    facets: dict[str, list[FacetValue]]
    page: int = 1
    page_size: int = 20
    sort: str = "relevance"
    filters: dict[str, list[str]] = field(default_factory=dict)
    message: Optional[str] = None       # what was wrong with the query, and how it was read
    corrected_query: Optional[str] = None   # the reading that was searched instead
    did_you_mean: Optional[str] = None      # a better-spelled query worth offering
    timeline: list[tuple[str, int]] = field(default_factory=list)  # (year, matches)
    months: list[tuple[str, int]] = field(default_factory=list)    # (YYYY-MM or YYYY, matches)
    question: Optional[object] = None       # how a plain-words query was read (`QuestionReading`)
    relaxed: Optional[str] = None           # what was relaxed when nothing matched all of it

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def to_json(self) -> dict:
        return {
            "query": self.query, "total": self.total,
            "page": self.page, "page_size": self.page_size, "pages": self.pages,
            "sort": self.sort, "filters": self.filters,
            "results": [h.to_json() for h in self.hits],
            "facets": {name: [[v.value, v.count] for v in values]
                       for name, values in self.facets.items()},
            "message": self.message, "corrected_query": self.corrected_query,
            "did_you_mean": self.did_you_mean,
            "question": self.question.to_json() if self.question is not None else None,
            "relaxed": self.relaxed,
            "timeline": [list(t) for t in self.timeline],
        }


@dataclass
class CheckMatch:
    """An indexed quotation close to a remembered one, and how close (0 to 1)."""

    quote: IndexedQuote
    similarity: float

    def to_json(self) -> dict:
        d = self.quote.to_json()
        d["similarity"] = round(self.similarity, 3)
        return d


@dataclass
class SpeakerProfile:
    """A speaker registry entry: names, roles over time and what they said where."""

    id: str
    name: str
    kind: Optional[SpeakerKind]
    aliases: list[tuple[str, int]]              # (alias as written, times seen)
    roles: list[tuple[str, Optional[str], Optional[str]]]  # (role, first seen, last seen)
    quotes: int
    outlets: list[tuple[str, int]]
    topics: list[tuple[str, int]]
    years: list[tuple[str, int]]
    # the speaker strings it holds: (as written, quotations, why it is this speaker);
    # their quotations add up to ``quotes``
    forms: list[tuple[str, int, str]] = field(default_factory=list)
    # other names its articles used for it: (name, quotations of those articles, why)
    names_used: list[tuple[str, int, str]] = field(default_factory=list)
    by_hand: bool = False                       # a person merged or split it by hand

    def to_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind,
            "aliases": [list(a) for a in self.aliases],
            "forms": [{"name": n, "quotes": c, "reason": r} for n, c, r in self.forms],
            "names_used": [{"name": n, "quotes": c, "reason": r} for n, c, r in self.names_used],
            "by_hand": self.by_hand,
            "roles": [{"role": r, "first_seen": a, "last_seen": b} for r, a, b in self.roles],
            "quotes": self.quotes,
            "outlets": [list(o) for o in self.outlets],
            "topics": [list(t) for t in self.topics],
            "years": [list(y) for y in self.years],
        }


@dataclass
class IndexStats:
    articles: int
    quotes: int
    speakers: int
    sources: Optional[int]       # None: not counted (`quotesearch.search.stats.index_stats`)
    outlets: int
    topics: int
    first_date: Optional[str]
    last_date: Optional[str]

    def to_json(self) -> dict:
        return asdict(self)
