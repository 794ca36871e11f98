"""Checking an index folder for damage, and rebuilding what can be saved.

An index is a table of contents (``_quotes_N.toc``: the schema and the list of
segments) and one compound file per segment (``quotes_<id>.seg``). Commits are
atomic, so damage comes from outside: a disk that filled or failed, a copy cut
short, a file deleted by hand. `check_index` opens every part the way a search
does and reads every stored record, and lists each file that fails and why.

`repair_index` rebuilds the index from the article records (each article's
text and metadata is stored whole in the index) of every segment that can
still be read: the articles are extracted again into a new folder, which then
takes the old one's place; the damaged folder is kept beside it
(``<index>.damaged-<time>``). What was in unreadable segments is lost, and the
report says how many documents that was; a table of contents that cannot be
read loses the list of segments, and then nothing can be rebuilt (re-ingest the
sources).
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader

from ..records import Article, ExtractedArticle, IngestError
from .store import DAMAGE_ERRORS, FORMAT_FILE, INDEX_NAME, QuoteIndex, toc_file


@dataclass
class Damage:
    file: str
    reason: str


@dataclass
class IndexHealth:
    """What `check_index` found."""

    path: str
    segments: int = 0
    documents: int = 0
    damage: list[Damage] = field(default_factory=list)
    lost_documents: int = 0              # documents of unreadable segments
    readable_toc: bool = False

    @property
    def ok(self) -> bool:
        return not self.damage

    def to_json(self) -> dict:
        return {"path": self.path, "ok": self.ok, "segments": self.segments,
                "documents": self.documents, "lost_documents": self.lost_documents,
                "damage": [[d.file, d.reason] for d in self.damage]}


def _reason(error: BaseException) -> str:
    if isinstance(error, FileNotFoundError):
        return "missing"
    text = str(error)
    return f"cut short or garbled ({type(error).__name__}{': ' + text if text else ''})"


def _read_toc(path: str):
    return whoosh_index.TOC.read(FileStorage(path), INDEX_NAME)


def _segment_file(path: str, segment) -> str:
    return os.path.join(path, segment.make_filename(".seg"))


def _readable_segments(path: str, toc, health: IndexHealth | None = None) -> Iterator[SegmentReader]:
    """Open readers of the segments that read whole; the others go to ``health``."""
    storage = FileStorage(path)
    for segment in toc.segments:
        reader = None
        try:
            reader = SegmentReader(storage, toc.schema, segment, generation=toc.generation)
            for _ in reader.iter_docs():            # every stored record
                pass
            for fieldname in ("kind", "id"):
                for _ in reader.lexicon(fieldname):
                    pass
        except DAMAGE_ERRORS as error:
            if reader is not None:
                _close(reader)
            if health is not None:
                health.damage.append(Damage(_segment_file(path, segment), _reason(error)))
                health.lost_documents += segment.doc_count()
            continue
        yield reader


def _close(reader) -> None:
    try:
        reader.close()
    except Exception:  # noqa: BLE001 - a damaged reader may fail to close; it is dropped
        pass


def check_index(path: str) -> IndexHealth:
    """Every file of the index at ``path`` read as a search reads it."""
    path = os.fspath(path)
    health = IndexHealth(path)
    if not os.path.isdir(path) or not os.path.exists(os.path.join(path, FORMAT_FILE)):
        health.damage.append(Damage(path, "no QuoteSearch index here"))
        return health
    try:
        toc = _read_toc(path)
    except DAMAGE_ERRORS as error:
        health.damage.append(Damage(toc_file(path), _reason(error)))
        return health
    health.readable_toc = True
    health.segments = len(toc.segments)
    for reader in _readable_segments(path, toc, health):
        health.documents += reader.doc_count()
        _close(reader)
    return health


def first_damaged_file(path: str) -> str | None:
    health = check_index(path)
    return health.damage[0].file if health.damage else None


def _saved_articles(path: str, toc) -> Iterator[tuple[str, Article]]:
    """(source key, article) of every live article record in readable segments."""
    for reader in _readable_segments(path, toc):
        try:
            for docnum, stored in reader.iter_docs():
                if stored.get("kind") != "article":
                    continue
                data = json.loads(stored["data"])
                yield data["key"], Article(**data["article"])
        finally:
            _close(reader)


@dataclass
class RepairReport:
    health: IndexHealth
    articles: int = 0                    # articles rebuilt
    kept_as: str | None = None        # where the damaged folder now is
    failed: list[IngestError] = field(default_factory=list)


def repair_index(path: str, progress: Callable[[str, int], None] | None = None) -> RepairReport:
    """Rebuild the index at ``path`` from the article records still readable
    (see the module doc). Raises `RuntimeError` when nothing can be rebuilt."""
    from ..extract import extract_or_error
    from .build import TOPIC_FILE, IngestLock, _Writer, labeller_for
    from .prepare import prepare_article
    from .writer import DEFAULT_BATCH
    path = os.fspath(path).rstrip(os.sep) or os.sep
    health = check_index(path)
    report = RepairReport(health)
    if health.ok:
        return report
    if not health.readable_toc:
        raise RuntimeError(
            f"{health.damage[0].file}: {health.damage[0].reason}; without the table of contents "
            "the segments cannot be listed and nothing can be rebuilt: ingest the sources again "
            "into a new folder")
    lock = IngestLock(path)               # no ingest writes while the folder is swapped
    try:
        rebuilt = f"{path}.repair-{os.getpid()}"
        shutil.rmtree(rebuilt, ignore_errors=True)
        index = QuoteIndex.open(rebuilt, create=True)
        if os.path.exists(os.path.join(path, TOPIC_FILE)):
            shutil.copyfile(os.path.join(path, TOPIC_FILE), os.path.join(rebuilt, TOPIC_FILE))
        labeller, topics_id = labeller_for(index)
        from .build import IngestReport
        ingest = IngestReport()
        writer = _Writer(index, labeller, topics_id, DEFAULT_BATCH, ingest,
                         progress or (lambda event, n: None))
        try:
            for key, article in _saved_articles(path, _read_toc(path)):
                extracted = extract_or_error(article)
                if isinstance(extracted, ExtractedArticle):
                    writer.write(prepare_article(extracted, labeller, topics_id, key=key))
                else:
                    writer.write(extracted)
            writer.finish()
        except BaseException:
            writer.abandon()
            raise
        report.articles, report.failed = ingest.articles, ingest.failed
        report.kept_as = f"{path}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
        os.rename(path, report.kept_as)
        os.rename(rebuilt, path)
    finally:
        lock.release()
    return report
