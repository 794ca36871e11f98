"""A batch whose Whoosh segments are written by worker processes.

In a one-process ingest, `writer.Batch.commit` analyses every document and
writes its postings itself: half the time of an ingest besides extraction,
all of it in the one writing process. `SegmentBatch` resolves its articles and
quotations exactly as `Batch` does (duplicates, replacements, ids: what needs
the index), then hands the finished documents, cut into ``parts``, to the
segment writers (`workers.WorkerPools`); each writes one complete segment
without touching the index's table of contents. This process meanwhile
applies the batch's deletions and the merges its commit calls for, and then
lists the new segments in one table of contents: the commit.

Crash safety is Whoosh's, as for any commit: the segments are written while
this process holds the index's write lock, and nothing refers to them until
the new table of contents is renamed into place. A crash before that leaves
unlisted segment files, which the next commit deletes (`whoosh.index.clean_files`),
and the previous generation intact.
"""
from __future__ import annotations

import numpy as np
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from ..search.segment_counts import write_new_segment
from .documents import QuoteCluster, article_document, quote_document
from .failpoints import failpoint
from .known import KnownTerms, term_hash
from .merging import FULL_DOCS, merge_tiered
from .store import INDEX_NAME, QuoteIndex
from .topics import TopicLabeller
from .writer import POSTINGS_MB, Batch, BatchReport

# Below this many documents a batch is one segment: a part is worth a process
# only when it is big enough to outweigh sending it there.
MIN_PART_DOCS = 400


def write_segment(path: str, documents: list, limitmb: int = POSTINGS_MB):
    """Write ``documents`` as one new segment of the index at ``path``, listed
    nowhere (a segment writer's task). Returns the segment and the hashes of its
    `KnownTerms` terms. A document may be given as what it is made from (an
    article's record, a `QuoteCluster`): the worker then makes it, not the
    ingesting process."""
    failpoint("segment-writing")
    documents = [as_document(item) for item in documents]
    ix = whoosh_index.open_dir(path, indexname=INDEX_NAME)
    # _lk=False: the ingesting process holds the write lock for this commit
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
    # Not writer.commit/cancel/_finish: they would list the segment, or
    # delete the temporary folder every writer of this index shares (the
    # ingesting process's writer deletes it when it commits).
    try:
        for document in documents:
            writer.add_document(**document)
        segment = writer._finalize_segment()
    except BaseException:
        writer._close_segment()
        raise
    finally:
        writer.is_closed = True
    # its facet arrays and counts, from the documents in hand: the closing
    # summary and the first search then read no facets column back
    write_new_segment(path, segment.segment_id(), documents)
    return segment, known_hashes(documents)


def as_document(item) -> dict:
    """The Whoosh document of an article record or a quotation's `QuoteCluster`
    (a document as it is)."""
    if isinstance(item, QuoteCluster):
        return quote_document(item)
    if "article" in item and "kind" not in item:
        return article_document(item)
    return item


def known_hashes(documents: list[dict]) -> np.ndarray:
    """The sorted hashes of the terms `KnownTerms` follows, in ``documents``."""
    hashes = []
    for document in documents:
        hashes.append(term_hash("id", document["id"]))
        if document.get("file"):
            hashes.append(term_hash("file", document["file"]))
        for sig in (document.get("dupsig") or "").split():
            hashes.append(term_hash("dupsig", sig))
    return np.unique(np.array(hashes, dtype=np.int64))


def split(documents: list[dict], parts: int) -> list[list[dict]]:
    """``documents`` in at most ``parts`` runs of near-equal length. A batch
    big enough to make a full segment (`merging.FULL_DOCS`, not merged until hollowed) is
    cut only into full segments: cut smaller, its parts would be merged again."""
    n = len(documents)
    parts = min(parts, n // MIN_PART_DOCS if n < FULL_DOCS else n // FULL_DOCS)
    parts = max(1, parts)
    size, extra = divmod(n, parts)
    runs, start = [], 0
    for n in range(parts):
        end = start + size + (1 if n < extra else 0)
        runs.append(documents[start:end])
        start = end
    return [run for run in runs if run]


class SegmentBatch(Batch):
    """A `Batch` whose commit has its segments written by ``pool``'s workers."""

    def __init__(self, index: QuoteIndex, labeller: TopicLabeller, topics_id: str,
                 known: KnownTerms | None = None, *, pool=None, parts: int = 2):
        super().__init__(index, labeller, topics_id, known)
        self.pool, self.parts = pool, parts

    def commit(self) -> BatchReport:
        failpoint("before-commit")
        writer = self.index.whoosh.writer(limitmb=POSTINGS_MB)
        existing = None
        try:
            documents, deleted = self._documents()
            tasks = [self.pool.submit(write_segment, self.index.path, run)
                     for run in split(documents, self.parts)]
            # while the workers write: deletions, tombstones, merges
            existing = writer.searcher()
            self._delete(writer, existing, deleted)
            existing.close()
            self._record_tombstones()
            kept = writer._merge_segments(merge_tiered, None, None)
            written = [task.result() for task in tasks]
            failpoint("segments-written")
            segments = kept + [segment for segment, _ in written]
            if writer._added:           # the segments merged into this writer's own
                segments.append(writer._finalize_segment())
            else:
                writer._close_segment()
            failpoint("before-whoosh-commit")
            writer._commit_toc(segments)
            writer._finish()
            if self.known is not None:
                for segment, hashes in written:
                    self.known.incoming[segment.segment_id()] = hashes
        except BaseException:
            if existing is not None:
                existing.close()
            if not writer.is_closed:
                writer.cancel()
            raise
        finally:
            self.close()
        failpoint("after-commit")
        return self.report

    def _documents(self) -> tuple[list, list]:
        """What the batch's new documents are made from (article records and
        quotation clusters, made into documents by the segment writers:
        `as_document`), and what its commit deletes: ("a", article id) or
        ("q", cluster), as `Batch.commit` writes them."""
        documents, deleted = [], []
        for article_id, record in self.articles.items():
            if record is None or record.pop("stored", True):
                deleted.append(("a", article_id))
            if record is not None:
                documents.append(record)
        for cluster in self.clusters.values():
            if cluster.stored:
                deleted.append(("q", cluster))
            if cluster.sources:
                documents.append(cluster)
        return documents, deleted

    def _delete(self, writer, existing, deleted: list) -> None:
        # by number where the batch found the document in the generation this
        # writer starts from (see `Batch.commit`), else by id
        read = self.reader.generation()
        same_generation = read is not None and getattr(writer, "generation", None) == read + 1
        for kind, what in deleted:
            if kind == "a":
                writer.delete_by_term("id", "a:" + what, searcher=existing)
            elif what.docnum is not None and same_generation:
                writer.delete_document(what.docnum)
            else:
                writer.delete_by_term("id", "q:" + what.id, searcher=existing)
