"""From files to an up-to-date index: read, skip what is unchanged, extract, write.

`ingest_paths` is what ``quotesearch ingest`` (and anything else that indexes)
calls. Reading and the unchanged-check happen in this process; extraction, the
costly part, runs in ``jobs`` worker processes when asked; writing stays in this
process (Whoosh has one writer), batch by batch (see `writer`).
"""
from __future__ import annotations

import os
import shutil
import sys
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from whoosh.query import Or, Prefix, Term

from ..filenames import shown_name
from ..ingest import read_articles
from ..partitions import Partition
from ..records import Article, ExtractedArticle, IngestError
from ..shards import extract_partition
from ..walk import SkippedEntries
from . import workers
from .failpoints import failpoint
from .known import KnownTerms
from .prepare import PreparedArticle, content_digest, prepare_article, source_key
from .schema import ARTICLE
from .segment_batches import SegmentBatch
from .store import QuoteIndex, not_writable
from .topics import TopicLabeller, load_topic_file, topics_digest
from .workers import WorkerPools
from .writer import DEFAULT_BATCH, Batch, BatchReport

TOPIC_FILE = "topics.txt"       # named topics kept with the index, used by every ingest


@dataclass
class IngestReport(BatchReport):
    """The counts of every batch of one ingest, and what could not be read."""

    failed: list[IngestError] = field(default_factory=list)
    skipped: list[IngestError] = field(default_factory=list)
    # Entries of the walked folders passed over on purpose (links, special files).
    passed_over: SkippedEntries = field(default_factory=SkippedEntries)

    @property
    def articles(self) -> int:
        return self.added + self.replaced

    def to_json(self) -> dict:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged,
                "removed": self.removed, "quotes": self.quotes,
                "failed": [[e.file, e.reason] for e in self.failed],
                "skipped": [[e.file, e.reason] for e in self.skipped],
                "skipped_entries": self.passed_over.to_json()}


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


# One-process ingest prepares here, with the functions the workers use.
_extract_and_prepare = workers.extract_and_prepare
_prepare = workers.prepare_extracted


def _map_chunk(fn, chunk: list) -> list:
    return [fn(item) for item in chunk]


def bounded_imap(pool, fn, items: Iterable, chunksize: int = 8, window: int = 16) -> Iterator:
    """``pool.imap(fn, items)`` in order, but reading ``items`` only as fast as
    results are taken: Pool.imap's feeder would pull the whole input into memory
    (a corpus of any size), in a thread competing with the writer."""
    pending: deque = deque()
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, chunksize))
        if chunk:
            pending.append(pool.apply_async(_map_chunk, (fn, chunk)))
        if pending and (len(pending) >= window or not chunk):
            yield from pending.popleft().get()
        elif not chunk:
            return


class _Writer:
    """Feeds prepared articles to batches, committing every ``batch_size``."""

    def __init__(self, index: QuoteIndex, labeller: TopicLabeller, topics_id: str,
                 batch_size: int, report: IngestReport, note: Progress,
                 pools: WorkerPools | None = None):
        self.index, self.labeller, self.topics_id = index, labeller, topics_id
        self.batch_size, self.report, self.note = batch_size, report, note
        self.pools = pools
        self.lock = IngestLock(index.path)
        self.known = None
        self.batch = self._new_batch()
        self.known = KnownTerms(self.batch.reader, index.path)
        self.batch.known = self.known

    def _new_batch(self) -> Batch:
        if self.pools is None:
            return Batch(self.index, self.labeller, self.topics_id, self.known)
        # the segments of each commit written by the workers (`segment_batches`)
        return SegmentBatch(self.index, self.labeller, self.topics_id, self.known,
                            pool=self.pools.segment_writers, parts=self.pools.jobs)

    def write(self, item: PreparedArticle | IngestError) -> None:
        if isinstance(item, IngestError):
            self.report.failed.append(item)
            self.note("failed", 1)
            return
        self.batch.add(item)
        self.note("done", 1)
        failpoint("article-added")
        if self.batch.size >= self.batch_size:
            _absorb(self.report, self.batch.commit())
            self.batch = self._new_batch()

    def finish(self) -> None:
        try:
            if self.batch.articles:
                _absorb(self.report, self.batch.commit())
            else:       # nothing changed: no new generation (readers keep theirs)
                self.batch.close()
            # place (and save) the last commit's terms, as the next batch would
            # have: the next ingest then starts from the saved hashes
            with self.index.searcher() as searcher:
                self.known.sync(searcher.reader())
        finally:
            self.lock.release()

    def abandon(self) -> None:
        self.batch.close()
        self.lock.release()


class IngestLock:
    """One ingest at a time per index: the writer keeps what it knows of the
    index in memory between commits (`KnownTerms`), which another writer would
    make stale. A second ingest waits, saying so. The lock is an ``flock``,
    released by the kernel if the process dies."""

    def __init__(self, folder: str):
        self.file = None
        try:
            import fcntl
        except ImportError:        # not POSIX: Whoosh's own commit lock still applies
            return
        try:
            self.file = open(os.path.join(folder, "INGEST_LOCK"), "a+")
        except OSError as error:
            raise (not_writable(folder, error) or error) from None
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"quotesearch: another ingest is writing {folder}; waiting for it to finish",
                  file=sys.stderr, flush=True)
            fcntl.flock(self.file, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.file is not None:
            self.file.close()          # closing releases the flock
            self.file = None


def ingest_paths(index: QuoteIndex, paths: Iterable[str], *, jobs: int = 1,
                 topic_file: Optional[str] = None, batch_size: int = DEFAULT_BATCH,
                 progress: Optional[Progress] = None, follow_links: bool = False) -> IngestReport:
    """Extract and index every article under ``paths`` (links inside folders
    followed only with ``follow_links``, see `quotesearch.walk`)."""
    passed_over = SkippedEntries()
    report = ingest_articles(index, read_articles(list(paths), follow_links=follow_links,
                                                  skipped=passed_over),
                             jobs=jobs, topic_file=topic_file, batch_size=batch_size,
                             progress=progress)
    report.passed_over = passed_over
    return report


def changed_articles(items: Iterable[Article | IngestError], writer, topics_id: str,
                     report: IngestReport, note) -> Iterator[Article]:
    """The articles of ``items`` the index does not already hold as they are (the read
    errors among them recorded in ``report``, the unchanged counted and skipped)."""
    for item in _recording_read_errors(items, report, note):
        if writer.batch.is_unchanged(source_key(item), content_digest(item.text, topics_id)):
            report.unchanged += 1
            note("done", 1)
            continue
        yield item


def ingest_articles(index: QuoteIndex, items: Iterable[Article | IngestError], *, jobs: int = 1,
                    topic_file: Optional[str] = None, batch_size: int = DEFAULT_BATCH,
                    progress: Optional[Progress] = None) -> IngestReport:
    """Extract and index articles (and report the read errors among ``items``)."""
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)

    def to_extract(writer: _Writer) -> Iterator[Article]:
        return changed_articles(items, writer, topics_id, report, note)

    _drive(index, labeller, topics_id, batch_size, report, note, _extract_and_prepare,
           to_extract, jobs, chunksize=4)
    return report


def index_extracted(index: QuoteIndex, extracted: Iterable[ExtractedArticle | IngestError], *, jobs: int = 1,
                    batch_size: int = DEFAULT_BATCH, progress: Optional[Progress] = None,
                    topic_file: Optional[str] = None) -> IngestReport:
    """Index articles whose quotations were already extracted (elsewhere, or by a
    benchmark's generator): the writing half of `ingest_articles`. With ``jobs``,
    the per-article preparation (topics, signatures, aliases) runs in workers."""
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    _drive(index, labeller, topics_id, batch_size, report, progress or (lambda event, n: None),
           _prepare, lambda writer: extracted, jobs, chunksize=16)
    return report


def _recording_read_errors(items: Iterable, report: IngestReport, note: Progress) -> Iterator:
    """``items`` without the inputs that could not be read, which go to the report
    (files of an unsupported type as skipped, the rest as failed)."""
    for item in items:
        note("read", 1)
        if isinstance(item, IngestError):
            (report.skipped if item.reason.startswith("unsupported file type")
             else report.failed).append(item)
            note("failed", 1)
        else:
            yield item


def prepare_partition(partition: Partition, labeller: TopicLabeller,
                      topics_id: str) -> list[PreparedArticle | IngestError]:
    """Read, extract and prepare one partition: the task a cluster worker runs
    for ``ingest --cluster`` (`quotesearch.cluster`)."""
    extracted, failed = extract_partition(partition)
    return [*failed, *(prepare_article(e, labeller, topics_id) for e in extracted)]


def ingest_on_cluster(index: QuoteIndex, client, partitions: Iterable[Partition | IngestError], *,
                      topic_file: Optional[str] = None, batch_size: int = DEFAULT_BATCH,
                      progress: Optional[Progress] = None,
                      writer_class: Optional[Callable] = None) -> IngestReport:
    """Extract partitions on a Dask cluster and index what the workers send back,
    in partition order, here: the one Whoosh writer stays in this process.
    Unchanged articles are extracted again (the workers cannot see the index)
    and then skipped by their digest, as in every ingest. ``writer_class``
    (`sharded.ShardedWriter`) writes into another kind of index."""
    from ..cluster import map_ordered
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)
    writer = (writer_class or _Writer)(index, labeller, topics_id, batch_size, report, note)
    try:
        shared = client.scatter(labeller, broadcast=True)
        to_send = _recording_read_errors(partitions, report, note)
        for prepared in map_ordered(client, prepare_partition, to_send, shared, topics_id):
            for item in prepared:
                writer.write(item)
        writer.finish()
    except BaseException:
        writer.abandon()
        raise
    return report


def _drive(index: QuoteIndex, labeller: TopicLabeller, topics_id: str, batch_size: int,
           report: IngestReport, note: Progress, prepare: Callable,
           items_for: Callable[[_Writer], Iterable], jobs: int, chunksize: int,
           writer_for: Optional[Callable] = None) -> None:
    """Prepare the items ``items_for(writer)`` gives (in ``jobs`` worker
    processes, or here) and write them; with workers, they also write each
    batch's segments (`segment_batches`). ``writer_for(pools)`` makes another
    writer (the shards' one, `sharded.ShardedWriter`) instead of this index's."""
    pools = WorkerPools(jobs, labeller, topics_id) if jobs > 1 else None
    finished = started = False
    try:
        writer = writer_for(pools) if writer_for is not None else \
            _Writer(index, labeller, topics_id, batch_size, report, note, pools)
        started = True
        try:
            if pools is not None:
                # Up to a batch in flight: the workers prepare the next batch while
                # this process commits the last one.
                window = max(16, batch_size // chunksize)
                for prepared in pools.prepared(prepare, items_for(writer), chunksize, window):
                    writer.write(prepared)
            else:
                workers.start_worker(labeller, topics_id)
                for item in items_for(writer):
                    writer.write(prepare(item))
            writer.finish()
            finished = True
        except BaseException:
            writer.abandon()
            raise
    except BrokenProcessPool as error:
        raise workers.worker_died(index.path, error) from None
    finally:
        if pools is not None:
            # idle workers (the writer could not even take the index's lock) are shut
            # down cleanly: left to the interpreter's exit, their pipes may already be
            # closed ("Bad file descriptor" after the one-line error)
            pools.close(wait=finished or not started)


def _absorb(report: IngestReport, batch_report) -> None:
    report.added += batch_report.added
    report.replaced += batch_report.replaced
    report.unchanged += batch_report.unchanged
    report.removed += batch_report.removed
    report.quotes += batch_report.quotes


def remove(index: QuoteIndex, target: str) -> list[str]:
    """Remove an article by id, or every article read from a file or folder path.
    Returns the ids removed (empty when nothing matched)."""
    # Stored ids and paths are shown names (`quotesearch.filenames`): a target
    # that is not valid UTF-8 is looked up by its shown name, as it was stored.
    shown = shown_name(target)
    with index.searcher() as searcher:
        ids = []
        if searcher.document(id="a:" + shown) is not None:
            ids = [shown]
        else:
            path = os.path.realpath(shown)
            query = Term("kind", ARTICLE) & Or([Term("path", path), Prefix("path", path + os.sep)])
            ids = [searcher.stored_fields(n)["id"][2:] for n in searcher.docs_for_query(query)]
    if not ids:
        return []
    labeller, topics_id = labeller_for(index)
    lock = IngestLock(index.path)     # not while an ingest keeps its view of the index
    try:
        batch = Batch(index, labeller, topics_id)
        for article_id in ids:
            batch.remove(article_id)
        batch.commit()
    finally:
        lock.release()
    return ids
