"""The typed records that cross the pipeline's stage boundaries.

Every stage (ingest -> extract -> index -> search -> web/CLI) speaks in these
dataclasses and nothing else; they are defined here once.

Offsets (`start`, `end`) are always Python ``str`` indices into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "group"]
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

    def to_json(self, with_paragraph: bool = False) -> dict:
        a = self.article
        quotes = []
        for q in self.quotes:
            d = q.to_json()
            if not with_paragraph:
                d.pop("paragraph")
            quotes.append(d)
        return {
            "id": a.id, "file": a.file, "title": a.title, "outlet": a.outlet,
            "republished_from": a.republished_from, "date": a.date, "url": a.url,
            "byline": a.byline, "quotes": quotes,
        }


@dataclass(frozen=True)
class IngestError:
    """A file (or line of a collection) that could not be read, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"
