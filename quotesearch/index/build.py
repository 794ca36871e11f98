"""From files to an up-to-date index: read, skip what is unchanged, extract, write.

`ingest_paths` is what ``quotesearch ingest`` (and anything else that indexes)
calls. Reading and the unchanged-check happen in this process; extraction, the
costly part, runs in ``jobs`` worker processes when asked; writing stays in this
process (Whoosh has one writer), batch by batch (see `writer`).
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from whoosh.query import Or, Prefix, Term

from ..extract import extract_article
from ..ingest import read_articles
from ..records import Article, ExtractedArticle, IngestError
from .failpoints import failpoint
from .schema import ARTICLE
from .store import QuoteIndex
from .topics import TopicLabeller, load_topic_file, topics_digest
from .writer import DEFAULT_BATCH, Batch, content_digest, source_key

TOPIC_FILE = "topics.txt"       # named topics kept with the index, used by every ingest


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    quotes: int = 0
    failed: list[IngestError] = field(default_factory=list)
    skipped: list[IngestError] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.replaced

    def to_json(self) -> dict:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
                "removed": self.removed, "quotes": self.quotes,
                "failed": [[e.file, e.reason] for e in self.failed],
                "skipped": [[e.file, e.reason] for e in self.skipped]}


Progress = Callable[[str, int], None]     # (event, count): "read", "done", "failed"


def labeller_for(index: QuoteIndex, topic_file: Optional[str] = None) -> tuple[TopicLabeller, str]:
    """The topic labeller of an index. A topic file given once is kept in the
    index folder (``topics.txt``) so later ingests label the same way."""
    kept = os.path.join(index.path, TOPIC_FILE)
    if topic_file:
        named = load_topic_file(topic_file)          # fails before anything is copied
        if os.path.realpath(topic_file) != os.path.realpath(kept):
            shutil.copyfile(topic_file, kept + ".tmp")
            os.replace(kept + ".tmp", kept)
    elif os.path.exists(kept):
        named = load_topic_file(kept)
    else:
        named = []
    return TopicLabeller(named), topics_digest(named)


def _extract(article: Article) -> ExtractedArticle | IngestError:
    try:
        return extract_article(article)
    except Exception as error:  # noqa: BLE001 - one article must not stop a batch
        return IngestError(article.file or article.id,
                           f"extraction failed: {type(error).__name__}: {error}")


def ingest_paths(index: QuoteIndex, paths: Iterable[str], *, jobs: int = 1,
                 topic_file: Optional[str] = None, batch_size: int = DEFAULT_BATCH,
                 progress: Optional[Progress] = None) -> IngestReport:
    """Extract and index every article under ``paths``."""
    return ingest_articles(index, read_articles(list(paths)), jobs=jobs, topic_file=topic_file,
                           batch_size=batch_size, progress=progress)


def ingest_articles(index: QuoteIndex, items: Iterable[Article | IngestError], *, jobs: int = 1,
                    topic_file: Optional[str] = None, batch_size: int = DEFAULT_BATCH,
                    progress: Optional[Progress] = None) -> IngestReport:
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)
    batch = Batch(index, labeller, topics_id)

    def to_extract() -> Iterator[Article]:
        for item in items:
            note("read", 1)
            if isinstance(item, IngestError):
                (report.skipped if item.reason.startswith("unsupported file type")
                 else report.failed).append(item)
                note("failed", 1)
                continue
            if batch.is_unchanged(source_key(item), content_digest(item.text, topics_id)):
                report.unchanged += 1
                note("done", 1)
                continue
            yield item

    def write(extracted: ExtractedArticle | IngestError) -> None:
        nonlocal batch
        if isinstance(extracted, IngestError):
            report.failed.append(extracted)
            note("failed", 1)
            return
        batch.add(extracted)
        note("done", 1)
        failpoint("article-added")
        if batch.size >= batch_size:
            _absorb(report, batch.commit())
            batch = Batch(index, labeller, topics_id)

    try:
        if jobs > 1:
            context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
            with context.Pool(jobs) as pool:
                for extracted in pool.imap(_extract, to_extract(), chunksize=4):
                    write(extracted)
        else:
            for article in to_extract():
                write(_extract(article))
        _absorb(report, batch.commit())
    except BaseException:
        batch.close()
        raise
    return report


def index_extracted(index: QuoteIndex, extracted: Iterable[ExtractedArticle], *,
                    batch_size: int = DEFAULT_BATCH, progress: Optional[Progress] = None,
                    topic_file: Optional[str] = None) -> IngestReport:
    """Index articles whose quotations were already extracted (elsewhere, or by a
    benchmark's generator): the writing half of `ingest_articles`."""
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)
    batch = Batch(index, labeller, topics_id)
    try:
        for item in extracted:
            batch.add(item)
            note("done", 1)
            if batch.size >= batch_size:
                _absorb(report, batch.commit())
                batch = Batch(index, labeller, topics_id)
        _absorb(report, batch.commit())
    except BaseException:
        batch.close()
        raise
    return report


def _absorb(report: IngestReport, batch_report) -> None:
    report.added += batch_report.added
    report.replaced += batch_report.replaced
    report.unchanged += batch_report.unchanged
    report.removed += batch_report.removed
    report.quotes += batch_report.quotes


def remove(index: QuoteIndex, target: str) -> list[str]:
    """Remove an article by id, or every article read from a file or folder path.
    Returns the ids removed (empty when nothing matched)."""
    with index.searcher() as searcher:
        ids = []
        if searcher.document(id="a:" + target) is not None:
            ids = [target]
        else:
            path = os.path.realpath(target)
            query = Term("kind", ARTICLE) & Or([Term("path", path), Prefix("path", path + os.sep)])
            ids = [searcher.stored_fields(n)["id"][2:] for n in searcher.docs_for_query(query)]
    if not ids:
        return []
    labeller, topics_id = labeller_for(index)
    batch = Batch(index, labeller, topics_id)
    for article_id in ids:
        batch.remove(article_id)
    batch.commit()
    return ids
