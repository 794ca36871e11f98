"""The on-disk index: opening it, and reading the records it stores.

`QuoteIndex` wraps one Whoosh index folder (default ``index/``). Writing goes
through `quotesearch.index.writer`; searching through `quotesearch.search`.
Every reader works on a snapshot (one Whoosh generation), so searches keep
working, and stay consistent, while an ingest commits new generations.
"""
from __future__ import annotations

import errno
import json
import os
import pickle
import re
import struct
import time
import zlib
from dataclasses import dataclass, replace
from typing import Iterator, Optional

from whoosh import index as whoosh_index

from ..records import (CUT_MARK, MAX_ARTICLE_TEXT_CHARS, MAX_TEXT_CHARS, Article, IndexedQuote,
                       Source, clip_text)
from . import safety, segfiles
from .schema import build_schema

segfiles.install()      # segments read in place, not copied (see segfiles)
safety.install()        # index files are data: no pickle in them may run code (see safety)

INDEX_NAME = "quotes"
DEFAULT_INDEX_DIR = "index"
FORMAT_FILE = "QUOTESEARCH"        # marks a folder as ours, with the format version
FORMAT_VERSION = "1"


class IndexNotFound(Exception):
    """There is no index at the path given (and creating one was not asked for)."""


class IndexUnusable(Exception):
    """The path holds something that is not a QuoteSearch index of this version."""


class IndexDamaged(IndexUnusable):
    """Files of the index are missing, cut short or garbled; the message names
    the file and how to recover."""


class IndexNotWritable(IndexUnusable):
    """Ingest or remove was asked of an index folder this process cannot write
    (no permission, a read-only file system, a path through a regular file)."""


# What the system answers when a folder cannot be written: permission denied
# (EACCES, EPERM), read-only file system (EROFS), a path through a file
# (ENOTDIR), a file or folder where one of ours should be (EISDIR, EEXIST).
NOT_WRITABLE_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR,
                                 errno.EISDIR, errno.EEXIST})


def not_writable(folder: str, error: OSError) -> Optional[IndexNotWritable]:
    """The one-line error for ``error`` met while writing the index ``folder``,
    or None when ``error`` is not about the folder being unwritable."""
    if error.errno not in NOT_WRITABLE_ERRNOS:
        return None
    reason = error.strerror or str(error)
    return IndexNotWritable(f"{folder}: cannot write to this index folder ({reason}); "
                            "ingest and remove need a folder you can write (see --index)")


class IndexUnsafe(IndexUnusable):
    """A file of the index holds a pickle naming something no Whoosh index
    holds (`safety`): it was crafted, and is refused."""


# What reading a cut, emptied or garbled Whoosh file raises.
DAMAGE_ERRORS = (OSError, EOFError, ValueError, TypeError, IndexError, KeyError, AssertionError,
                 struct.error, zlib.error, pickle.UnpicklingError)


def damage_error(path: str, file: str, error: BaseException) -> IndexUnusable:
    """The one-line error for a failure reading ``file`` of the index at ``path``."""
    if isinstance(error, safety.UnsafeIndexFile):
        return IndexUnsafe(f"{file}: {error}; do not use this index folder")
    if isinstance(error, PermissionError):
        return IndexUnusable(f"{file}: cannot read the index: permission denied")
    if isinstance(error, FileNotFoundError):
        file, reason = error.filename or file, "missing"
    else:
        reason = f"cut short or garbled ({type(error).__name__}: {error})" if str(error) else \
            f"cut short or garbled ({type(error).__name__})"
    if _TOC_NAME.search(os.path.basename(str(file))):
        # without its table of contents no segment can be listed, so repair has nothing to read
        return IndexDamaged(f"{file}: {reason}; the index's table of contents is lost, so nothing "
                            "in it can be read or repaired: ingest the articles again into a new "
                            "index folder (or restore a copy)")
    return IndexDamaged(f"{file}: {reason}; the index is damaged: 'quotesearch check-index "
                        f"--index {path}' lists the damage, 'quotesearch repair --index {path}' "
                        "rebuilds what can be saved")


_TOC_NAME = re.compile(r"_%s_(\d+)\.toc$" % INDEX_NAME)


def _has_toc(path: str) -> bool:
    # not whoosh's exists_in: it opens the index and lets a damaged TOC's error escape
    try:
        return any(_TOC_NAME.match(name) for name in os.listdir(path))
    except OSError:
        return False


def toc_file(path: str) -> str:
    """The newest table-of-contents file of the index at ``path``."""
    try:
        found = [(int(m.group(1)), n) for n in os.listdir(path) if (m := _TOC_NAME.match(n))]
    except OSError:
        found = []
    return os.path.join(path, max(found)[1] if found else f"_{INDEX_NAME}_N.toc")


@dataclass
class IndexedArticle:
    """An ingested article: its text and metadata, and the quotations found in it."""

    article: Article
    source_key: str                     # what identifies it across re-ingests
    quotes: list[dict]                  # {"quote", "start", "end", "speaker", "type"} in text order

    def listed(self) -> "IndexedArticle":
        """The article as an answer shows it: its text cut to `MAX_ARTICLE_TEXT_CHARS`
        (extraction's bound, so only articles made elsewhere, such as hand-made
        shards, are cut) and its metadata to `MAX_TEXT_CHARS` (`clip_text`);
        quotations past the cut are left out."""
        a = self.article
        if len(a.text) <= MAX_ARTICLE_TEXT_CHARS and not any(
                isinstance(v, str) and len(v) > MAX_TEXT_CHARS for v in a.__dict__.values()):
            return self
        text = clip_text(a.text, MAX_ARTICLE_TEXT_CHARS)
        kept = len(text) if text == a.text else text.rfind(CUT_MARK)     # the article's own chars
        meta = {k: clip_text(v) for k, v in a.__dict__.items()
                if k not in ("id", "text") and isinstance(v, str)}
        return replace(self, article=replace(a, text=text, **meta),
                       quotes=[m for m in self.quotes if m["end"] <= kept])

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
        from .sharded import ShardedIndex, is_sharded_index
        if is_sharded_index(path):            # a folder of shards, read as one index
            return ShardedIndex.open(path)
        marker = os.path.join(path, FORMAT_FILE)
        if os.path.isdir(path) and _has_toc(path):
            version = _read_marker(marker)
            if version != FORMAT_VERSION:
                raise IndexUnusable(
                    f"{path}: index format {version or 'unknown'}, this version reads "
                    f"{FORMAT_VERSION}; ingest into a new folder")
            try:
                ix = _retry(lambda: whoosh_index.open_dir(path, indexname=INDEX_NAME))
            except DAMAGE_ERRORS as error:
                raise damage_error(path, toc_file(path), error) from None
            return cls(path, ix)
        if not create:
            raise IndexNotFound(f"{path}: no index here; run 'quotesearch ingest PATH --index {path}' first")
        ours = {FORMAT_FILE, FORMAT_FILE + ".tmp", "INGEST_LOCK"}   # left by a creation cut short
        if os.path.isdir(path) and any(not n.startswith(".") and n not in ours and
                                       not n.startswith(("_" + INDEX_NAME, INDEX_NAME))
                                       for n in os.listdir(path)):
            raise IndexUnusable(f"{path}: folder is not empty and holds no QuoteSearch index")
        try:
            os.makedirs(path, exist_ok=True)
            # The marker first: a folder with the marker and no index yet is one whose
            # creation was cut short, and is created again; the index appears at once
            # (Whoosh renames its first table of contents into place).
            _write_marker(marker)
            ix = whoosh_index.create_in(path, build_schema(), indexname=INDEX_NAME)
        except OSError as error:
            raise (not_writable(path, error) or error) from None
        return cls(path, ix)

    @property
    def whoosh(self):
        return self._ix

    def searcher(self):
        """A searcher on the newest committed generation; `IndexDamaged` naming
        the file when one of its segments cannot be read."""
        try:
            return _retry(self._ix.searcher)
        except DAMAGE_ERRORS as error:
            from .repair import first_damaged_file
            raise damage_error(self.path, first_damaged_file(self.path) or toc_file(self.path),
                               error) from None

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

