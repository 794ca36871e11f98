"""The worker processes of a parallel ingest (``ingest --jobs N``, by default
one per core): they read nothing of the index's state and write nothing the
index lists; what needs the index stays in the ingesting process.

Two pools, both forked before the ingest takes the index's `IngestLock` (a
worker holding a copy of the lock's file would keep it held after a crash):

* *preparers* extract each article and prepare it (topics, duplicate
  signatures, speaker aliases: `prepare.prepare_article`), in input order;
* *segment writers* turn a batch's finished Whoosh documents into segments
  (`segment_batches`), which the ingesting process then lists in one commit.

Two pools, not one: a batch's segments are wanted at once, and in a shared
pool they would queue behind the next batch's extraction.

A worker whose parent dies exits (a killed ingest leaves no process behind),
and a worker that dies fails the ingest with `BrokenProcessPool` instead of
leaving it waiting for an answer that never comes.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .. import extract as extractor   # (its rules load on first use, not with the CLI)
from ..records import Article, ExtractedArticle, IngestError
from .prepare import PreparedArticle, prepare_article
from .topics import TopicLabeller


class WorkerDied(RuntimeError):
    """A worker process of the ingest died (killed, out of memory): the batch
    in flight was not written, and the next ingest redoes it."""


def worker_died(index_path: str, error: BrokenProcessPool) -> WorkerDied:
    return WorkerDied(f"{index_path}: ingest stopped: a worker process died (killed, or out of "
                      "memory); the batch in flight was not written, ingest again to finish")


# What a worker prepares with: given once, when it starts.
_labeller: TopicLabeller | None = None
_topics_id = ""


def start_worker(labeller: TopicLabeller | None, topics_id: str, parent: int | None = None) -> None:
    """A worker's (or, for a one-process ingest, this process's) preparation state."""
    global _labeller, _topics_id
    _labeller, _topics_id = labeller, topics_id
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    # Pool workers wait on a pipe the other workers also hold open, so they
    # would wait forever after a SIGKILL of the ingest: they look instead.
    while os.getppid() == parent:
        time.sleep(0.25)
    os._exit(1)


def extract_and_prepare(article: Article) -> PreparedArticle | IngestError:
    extracted = extractor.extract_or_error(article)
    if isinstance(extracted, IngestError):
        return extracted
    return prepare_article(extracted, _labeller, _topics_id)


def prepare_extracted(extracted: ExtractedArticle | IngestError) -> PreparedArticle | IngestError:
    if isinstance(extracted, IngestError):       # passed on to the report
        return extracted
    return prepare_article(extracted, _labeller, _topics_id)


def _map_chunk(fn: Callable, chunk: list) -> list:
    return [fn(item) for item in chunk]


# Read and prepared once before the workers are forked: what extraction and
# preparation load on first use (word frequencies, sentence models, name lists)
# is then loaded once and shared, instead of once in every worker.
_WARM_UP = Article(id="warm-up", text=(
    "Council approves the harbour budget\n\n"
    "\"We cannot postpone the new bridge for another two years,\" said Maria Lindqvist, "
    "a member of the city council, on Tuesday.\n\n"
    "Tomas Berg said that the plan would cost 40 million over a decade."))


def warm_up(labeller: TopicLabeller, topics_id: str) -> None:
    start_worker(labeller, topics_id)
    extract_and_prepare(_WARM_UP)


class WorkerPools:
    """The preparers and segment writers of one parallel ingest."""

    def __init__(self, jobs: int, labeller: TopicLabeller, topics_id: str):
        self.jobs = jobs
        warm_up(labeller, topics_id)
        context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
        parent = os.getpid()
        self.preparers = ProcessPoolExecutor(jobs, mp_context=context, initializer=start_worker,
                                             initargs=(labeller, topics_id, parent))
        self.segment_writers = ProcessPoolExecutor(jobs, mp_context=context, initializer=start_worker,
                                                   initargs=(None, "", parent))
        # fork every worker now, before the ingest takes its locks (the
        # executor would fork them lazily, later)
        for pool in (self.preparers, self.segment_writers):
            for future in [pool.submit(os.getpid) for _ in range(jobs)]:
                future.result()

    def prepared(self, fn: Callable, items: Iterable, chunksize: int, window: int) -> Iterator:
        """``fn`` over ``items`` in the preparers, in order, reading ``items``
        only as fast as results are taken (at most ``window`` chunks ahead)."""
        pending: deque = deque()
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, chunksize))
            if chunk:
                pending.append(self.preparers.submit(_map_chunk, fn, chunk))
            if pending and (len(pending) >= window or not chunk):
                yield from pending.popleft().result()
            elif not chunk:
                return

    def close(self, wait: bool = True) -> None:
        for pool in (self.preparers, self.segment_writers):
            pool.shutdown(wait=wait, cancel_futures=True)

