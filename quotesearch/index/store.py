"""The on-disk index: opening it, and reading the records it stores.

`QuoteIndex` wraps one Whoosh index folder (default ``index/``). Writing goes
through `quotesearch.index.writer`; searching through `quotesearch.search`.
Every reader works on a snapshot (one Whoosh generation), so searches keep
working, and stay consistent, while an ingest commits new generations.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Iterator, Optional

from whoosh import index as whoosh_index

from ..records import Article, IndexedQuote, Source
from . import segfiles
from .schema import build_schema

segfiles.install()      # segments read in place, not copied (see segfiles)

INDEX_NAME = "quotes"
DEFAULT_INDEX_DIR = "index"
FORMAT_FILE = "QUOTESEARCH"        # marks a folder as ours, with the format version
FORMAT_VERSION = "1"


class IndexNotFound(Exception):
    """There is no index at the path given (and creating one was not asked for)."""


class IndexUnusable(Exception):
    """The path holds something that is not a QuoteSearch index of this version."""


@dataclass
class IndexedArticle:
    """An ingested article: its text and metadata, and the quotations found in it."""

    article: Article
    source_key: str                     # what identifies it across re-ingests
    quotes: list[dict]                  # {"quote", "start", "end", "speaker", "type"} in text order

    def pieces(self) -> list[tuple[str, Optional[dict]]]:
        """The article text cut at its quotations: (text, the quotation's mention
        or None), in order; overlapping quotations keep the first."""
        text, at, pieces = self.article.text, 0, []
        for mention in sorted(self.quotes, key=lambda m: (m["start"], -m["end"])):
            if mention["start"] < at:
                continue
            if mention["start"] > at:
                pieces.append((text[at:mention["start"]], None))
            pieces.append((text[mention["start"]:mention["end"]], mention))
            at = mention["end"]
        if at < len(text):
            pieces.append((text[at:], None))
        return pieces

    def to_json(self) -> dict:
        a = self.article
        return {"id": a.id, "file": a.file, "title": a.title, "outlet": a.outlet,
                "republished_from": a.republished_from, "date": a.date, "url": a.url,
                "byline": a.byline, "text": a.text, "quotes": self.quotes}


def quote_from_json(data: dict) -> IndexedQuote:
    sources = [Source(**s) for s in data.get("sources", [])]
    return IndexedQuote(
        id=data["id"], text=data["text"], speaker=data.get("speaker"),
        speaker_kind=data.get("speaker_kind"), type=data["type"], role=data.get("role"),
        cue=data.get("cue"), via=data.get("via"), topics=list(data.get("topics", [])),
        paragraph=data.get("paragraph", ""), date=data.get("date"), sources=sources,
    )


def quote_to_json(quote: IndexedQuote) -> dict:
    d = quote.to_json(max_sources=None)
    d.pop("source_count", None)
    d.pop("outlets", None)
    return d


class QuoteIndex:
    """One index folder. Cheap to create; open one per process and share it."""

    def __init__(self, path: str | os.PathLike, ix):
        self.path = os.fspath(path)
        self._ix = ix

    # -- opening ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike = DEFAULT_INDEX_DIR, create: bool = False) -> "QuoteIndex":
        """The index at ``path``; with ``create``, a new empty one if there is none."""
        path = os.fspath(path)
        if os.path.exists(path) and not os.path.isdir(path):
            raise IndexUnusable(f"{path}: not a folder")
        marker = os.path.join(path, FORMAT_FILE)
        if os.path.isdir(path) and whoosh_index.exists_in(path, indexname=INDEX_NAME):
            version = _read_marker(marker)
            if version != FORMAT_VERSION:
                raise IndexUnusable(
                    f"{path}: index format {version or 'unknown'}, this version reads "
                    f"{FORMAT_VERSION}; ingest into a new folder")
            return cls(path, _retry(lambda: whoosh_index.open_dir(path, indexname=INDEX_NAME)))
        if not create:
            raise IndexNotFound(f"{path}: no index here; run 'quotesearch ingest PATH --index {path}' first")
        ours = {FORMAT_FILE, FORMAT_FILE + ".tmp", "INGEST_LOCK"}   # left by a creation cut short
        if os.path.isdir(path) and any(not n.startswith(".") and n not in ours and
                                       not n.startswith(("_" + INDEX_NAME, INDEX_NAME))
                                       for n in os.listdir(path)):
            raise IndexUnusable(f"{path}: folder is not empty and holds no QuoteSearch index")
        os.makedirs(path, exist_ok=True)
        # The marker first: a folder with the marker and no index yet is one whose
        # creation was cut short, and is created again; the index appears at once
        # (Whoosh renames its first table of contents into place).
        _write_marker(marker)
        ix = whoosh_index.create_in(path, build_schema(), indexname=INDEX_NAME)
        return cls(path, ix)

    @property
    def whoosh(self):
        return self._ix

    def searcher(self):
        """A searcher on the newest committed generation."""
        return _retry(self._ix.searcher)

    def generation(self) -> int:
        return self._ix.latest_generation()

    # -- reading records ------------------------------------------------------

    def quote(self, quote_id: str, searcher=None) -> Optional[IndexedQuote]:
        stored = self._stored("q:" + quote_id, searcher)
        return quote_from_json(json.loads(stored["data"])) if stored else None

    def article(self, article_id: str, searcher=None) -> Optional[IndexedArticle]:
        stored = self._stored("a:" + article_id, searcher)
        if not stored:
            return None
        data = json.loads(stored["data"])
        fields = data["article"]
        return IndexedArticle(article=Article(**fields), source_key=data["key"],
                              quotes=data["quotes"])

    def iter_kind(self, kind: str, searcher) -> Iterator[dict]:
        """Every stored record of one kind (``quote``, ``article``)."""
        for docnum in searcher.document_numbers(kind=kind):
            yield json.loads(searcher.stored_fields(docnum)["data"])

    def _stored(self, doc_id: str, searcher=None) -> Optional[dict]:
        if searcher is not None:
            return searcher.document(id=doc_id)
        with self.searcher() as s:
            return s.document(id=doc_id)



def _read_marker(path: str) -> Optional[str]:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip() or None
    except OSError:
        return None


def _write_marker(path: str) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(FORMAT_VERSION + "\n")
    os.replace(temporary, path)


def _retry(open_fn, attempts: int = 5):
    """Open a reader, retrying briefly: a writer committing at that very moment
    may delete the files of the generation being opened (Whoosh cleans up old
    generations as it commits), which the next attempt no longer sees."""
    for attempt in range(attempts):
        try:
            return open_fn()
        except (OSError, EOFError, ValueError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))

