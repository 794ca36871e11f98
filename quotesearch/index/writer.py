"""Writing the index: adding, replacing and removing articles, crash-safely.

Articles are written in batches; each batch is one Whoosh commit holding the
articles, the quotations they contribute and the speaker entries they change.
A Whoosh commit writes new segment files first and makes them visible by
renaming one table-of-contents file, so a process killed at any moment leaves
the previous generation intact: the batch in flight is simply not there, and
running the ingest again does it (unchanged articles already committed are
skipped by their content digest). Nothing is duplicated because every record
has a unique id that a re-write replaces.

Identity:

* an article's *source key* says which article a text is a version of
  (`quotesearch.index.prepare`): ingesting a source key again with other text
  replaces the article; with the same text it is skipped.
* a quotation's record (``q:…``) gathers every report of the same words by the
  same speaker (`quotesearch.index.dedup`), whichever outlets they came from.
* the speaker registry is not stored apart: each quotation record carries its
  speaker's aliases and roles as the articles gave them, and the registry is
  read from those (`quotesearch.search.speakers`), so removing an article can
  never leave a speaker entry out of step.

New records are added; a changed one is deleted and added again, so only
records that already exist pay for a deletion: a quotation by the document
number the batch found it at, an article by a term lookup through one searcher
per commit.

What a batch writes is built in `quotesearch.index.documents`; what the index
already holds is looked up through `quotesearch.index.known`.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Optional

from ..records import ExtractedArticle, Source
from . import dedup, tombstones
from .documents import (
    QuoteCluster,
    article_document,
    quote_document,
    speaker_id_of,  # noqa: F401 - re-exported: web/ and search/ import it from here
)
from .failpoints import failpoint
from .known import (
    KnownTerms,
    segment_leaves,
    term_hash,  # noqa: F401 - re-exported
)
from .merging import merge_tiered
from .prepare import (  # noqa: F401 - re-exported: build.py and tests import them from here
    PreparedArticle,
    content_digest,
    prepare_article,
    source_key,
    source_path,
)
from .store import QuoteIndex, quote_from_json
from .topics import TopicLabeller
from .wordseq import FIELD as WORDS_FIELD

# Articles per commit. A crash loses at most one batch of work (re-done by the
# next run); bigger batches make fewer segments and so fewer merges.
DEFAULT_BATCH = 2000
# Memory for a commit's postings before Whoosh sorts them on disk. Past it,
# Whoosh pickles runs of postings to temporary files and merges them back, which
# took a third of a 10,000-article commit; by Whoosh's own estimate (~150 bytes a
# posting) this keeps batches of up to ~40,000 articles in memory.
POSTINGS_MB = 1024


@dataclass
class BatchReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    quotes: int = 0                    # quotations (reports) written



class Batch:
    """The changes of one commit. Reads the committed index through one searcher."""

    def __init__(self, index: QuoteIndex, labeller: TopicLabeller, topics_id: str,
                 known: Optional[KnownTerms] = None):
        self.index = index
        self.known = known
        self.labeller = labeller
        self.topics_id = topics_id
        self.searcher = index.searcher()
        self.reader = self.searcher.reader()
        if known is not None:
            known.sync(self.reader)
        self.clusters: dict[str, QuoteCluster] = {}
        self.sig_owners: dict[str, set[str]] = {}      # signatures added in this batch
        self.articles: dict[str, Optional[dict]] = {}  # article id -> record (None: delete)
        self.keys: dict[str, str] = {}                  # source key -> article id, this batch
        self.emptied: dict[str, tuple[Optional[str], str]] = {}   # quotation id -> (speaker, text)
        self.report = BatchReport()

    def close(self) -> None:
        # once: a commit that failed closed it, and the ingest abandoning the batch closes it again
        if not self.searcher.is_closed:
            self.searcher.close()

    @property
    def size(self) -> int:
        return len(self.articles)

    # -- articles -------------------------------------------------------------

    def existing_article(self, key: str) -> Optional[dict]:
        """The committed (or batched) article record with this source key."""
        if key in self.keys:
            return self.articles.get(self.keys[key])
        stored = self._stored("file", key)      # only articles have a source key
        if stored is None:
            return None
        article_id = stored["id"][2:]
        if article_id in self.articles:
            return self.articles[article_id]
        return json.loads(stored["data"])

    def is_unchanged(self, key: str, digest: str) -> bool:
        old = self.existing_article(key)
        return old is not None and old["digest"] == digest

    def add(self, item: ExtractedArticle | PreparedArticle, key: Optional[str] = None) -> str:
        """Add (or replace) one article; returns "added", "replaced" or "unchanged"."""
        prepared = item if isinstance(item, PreparedArticle) else \
            prepare_article(item, self.labeller, self.topics_id, key)
        key, digest, article = prepared.key, prepared.digest, prepared.extracted.article
        old = self.existing_article(key)
        if old is not None and old["digest"] == digest:
            self.report.unchanged += 1
            return "unchanged"
        same_text = self._record_of(article.id)
        if same_text is not None and same_text["key"] != key:
            # The same text under another name (a copy of a file): one article.
            self.report.unchanged += 1
            return "unchanged"
        outcome = "added"
        if old is not None:
            self._remove_record(old)
            outcome = "replaced"
        self._add_record(prepared)
        if outcome == "added":
            self.report.added += 1
        else:
            self.report.replaced += 1
        return outcome

    def remove(self, article_id: str) -> bool:
        record = self._record_of(article_id)
        if record is None:
            return False
        self._remove_record(record)
        self.report.removed += 1
        return True

    def _record_of(self, article_id: str) -> Optional[dict]:
        if article_id in self.articles:
            return self.articles[article_id]
        stored = self._stored("id", "a:" + article_id)
        return json.loads(stored["data"]) if stored else None

    def _add_record(self, prepared: PreparedArticle) -> None:
        article = prepared.extracted.article
        mentions = []
        # An article repeating a quotation word for word (a pull quote, a text pasted
        # over and over) is one source of it: each repeat is a mention, not a report.
        reported: dict[str, QuoteCluster] = {}
        for quote, labels, signatures, exact in zip(prepared.extracted.quotes, prepared.topics,
                                                    prepared.signatures, prepared.exact_keys):
            if exact in reported:
                mentions.append({"quote": reported[exact].id, "start": quote.start, "end": quote.end,
                                 "speaker": quote.speaker, "type": quote.type})
                continue
            source = Source(
                article=article.id, text=quote.quoted_text, start=quote.start, end=quote.end,
                type=quote.type, role=quote.role, cue=quote.cue, via=quote.via,
                paragraph=quote.paragraph, outlet=article.outlet, date=article.date,
                url=article.url, title=article.title, file=article.file, byline=article.byline,
            )
            cluster = self._cluster_for(quote.speaker, quote.speaker_kind, source.text,
                                        signatures, exact)
            cluster.sources.append(source)
            reported[exact] = cluster
            cluster.topics[article.id] = labels
            known = cluster.signatures.setdefault(article.id, [])
            for sig in signatures:
                if sig not in known:
                    known.append(sig)
                self.sig_owners.setdefault(sig, set()).add(cluster.id)
            if quote.speaker:
                cluster.aliases[article.id] = prepared.aliases[quote.speaker]
                if quote.speaker in prepared.namesakes:
                    cluster.namesakes[article.id] = prepared.namesakes[quote.speaker]
            mentions.append({"quote": cluster.id, "start": quote.start, "end": quote.end,
                             "speaker": quote.speaker, "type": quote.type})
            self.report.quotes += 1
        fields = {name: getattr(article, name) for name in
                  ("id", "text", "file", "title", "outlet", "republished_from", "date", "url", "byline")}
        record = {"article": fields, "key": prepared.key, "digest": prepared.digest,
                  "path": source_path(article), "quotes": mentions,
                  "stored": self._record_is_stored(article.id)}
        self.articles[article.id] = record
        self.keys[prepared.key] = article.id

    def _remember_written(self) -> None:
        _remember(self.known, self.articles, self.clusters)

    def _record_is_stored(self, article_id: str) -> bool:
        return self._docnum("id", "a:" + article_id) is not None

    def _docnum(self, field: str, value: str) -> Optional[int]:
        """The live document with this term (a direct term-table lookup: much
        cheaper than a query, and most lookups here find nothing)."""
        for docnum in self._live_docs(field, value):
            return docnum
        return None

    def _live_docs(self, field: str, value: str):
        """The live documents with this term, looked up only in the segments
        that may hold it (see `KnownTerms`)."""
        places = segment_leaves(self.reader) if self.known is None else self.known.places(field, value)
        for leaf, base in places:
            if (field, value) in leaf:
                for docnum in leaf.postings(field, value).all_ids():
                    if not leaf.is_deleted(docnum):
                        yield base + docnum

    def _stored(self, field: str, value: str) -> Optional[dict]:
        docnum = self._docnum(field, value)
        return None if docnum is None else self.reader.stored_fields(docnum)

    def _remove_record(self, record: dict) -> None:
        article_id = record["article"]["id"]
        for mention in record["quotes"]:
            cluster = self._load_cluster(mention["quote"])
            if cluster is None:
                continue
            remaining = [s for s in cluster.sources if s.article != article_id]
            if cluster.sources and not remaining and cluster.stored:
                self.emptied.setdefault(cluster.id, (cluster.speaker, cluster.record().text))
            cluster.sources = remaining
            cluster.topics.pop(article_id, None)
            cluster.signatures.pop(article_id, None)
            cluster.aliases.pop(article_id, None)
            cluster.namesakes.pop(article_id, None)
        self.articles[article_id] = None
        self.keys.pop(record["key"], None)

    # -- clusters -------------------------------------------------------------

    def _load_cluster(self, cluster_id: str) -> Optional[QuoteCluster]:
        if cluster_id in self.clusters:
            return self.clusters[cluster_id]
        docnum = self._docnum("id", "q:" + cluster_id)
        if docnum is None:
            return None
        data = json.loads(self.reader.stored_fields(docnum)["data"])
        quote = quote_from_json(data)
        cluster = QuoteCluster(cluster_id, quote.speaker, quote.speaker_kind, list(quote.sources),
                           {k: list(v) for k, v in data.get("source_topics", {}).items()},
                           {k: list(v) for k, v in data.get("source_signatures", {}).items()},
                           {k: list(v) for k, v in data.get("source_aliases", {}).items()},
                           {k: list(v) for k, v in data.get("source_namesakes", {}).items()},
                           stored=True, docnum=docnum)
        self.clusters[cluster_id] = cluster
        return cluster

    def _cluster_for(self, speaker: Optional[str], kind: Optional[str], text: str,
                     sigs: list[str], exact: str) -> QuoteCluster:
        candidates: dict[str, None] = {exact: None}
        for sig in sigs:
            for cid in self.sig_owners.get(sig, ()):
                candidates.setdefault(cid)
            # most signatures are new: one term lookup, no query, settles it
            for docnum in self._live_docs("dupsig", sig):
                candidates.setdefault(self.reader.stored_fields(docnum)["id"][2:])
        wanted = dedup.speaker_key(speaker)
        for cid in candidates:
            cluster = self._load_cluster(cid)
            if cluster is None or not cluster.sources or dedup.speaker_key(cluster.speaker) != wanted:
                continue
            if any(dedup.same_quotation(s.text, text) for s in cluster.sources):
                return cluster
        cid = exact
        taken = self._load_cluster(cid)
        while taken is not None and taken.sources:     # taken by a differently worded cluster
            cid = hashlib.blake2b(cid.encode(), digest_size=8).hexdigest()
            taken = self._load_cluster(cid)
        if taken is not None:
            # emptied in this batch (its article was edited or removed): the same words
            # of the same speaker take their id back, so permalinks outlive an edit
            taken.speaker, taken.speaker_kind = speaker, kind
            return taken
        cluster = QuoteCluster(cid, speaker, kind, [], {}, {}, {})
        self.clusters[cid] = cluster
        return cluster

    # -- commit ---------------------------------------------------------------

    def commit(self) -> BatchReport:
        failpoint("before-commit")
        writer = self.index.whoosh.writer(limitmb=POSTINGS_MB)
        # Replacing is delete-then-add through one searcher for the whole commit:
        # Whoosh's update_document opens a new reader of every segment per call.
        existing = writer.searcher()
        try:
            for article_id, record in self.articles.items():
                if record is None or record.pop("stored", True):
                    writer.delete_by_term("id", "a:" + article_id, searcher=existing)
                if record is not None:
                    writer.add_document(**article_document(record))
            # The batch found each stored quotation's document number in the
            # generation this writer starts from (nothing else writes while an
            # ingest holds the lock): deleting by number spares a term lookup
            # in every segment per replaced quotation.
            read = self.reader.generation()
            same_generation = read is not None and getattr(writer, "generation", None) == read + 1
            # an index created before the words column: its schema has no such field
            has_words = WORDS_FIELD in writer.schema
            for cluster in self.clusters.values():
                if cluster.stored and cluster.docnum is not None and same_generation:
                    writer.delete_document(cluster.docnum)
                elif cluster.stored:
                    writer.delete_by_term("id", "q:" + cluster.id, searcher=existing)
                if cluster.sources:
                    document = quote_document(cluster)
                    if not has_words:
                        del document[WORDS_FIELD]
                    writer.add_document(**document)
            existing.close()
            self._record_tombstones()
            failpoint("before-whoosh-commit")
            writer.commit(mergetype=merge_tiered)
            if self.known is not None:
                self._remember_written()
        except BaseException:
            existing.close()
            writer.cancel()
            raise
        finally:
            self.close()
        failpoint("after-commit")
        return self.report

    def _record_tombstones(self) -> None:
        tombstones.record_batch(self.index.path, self.emptied, self.clusters.values())


def _remember(known: KnownTerms, articles: dict, clusters: dict) -> None:
    for article_id, record in articles.items():
        if record is not None:
            known.add("id", "a:" + article_id)
            known.add("file", record["key"])
    for cluster in clusters.values():
        if cluster.sources:
            known.add("id", "q:" + cluster.id)
            for sigs in cluster.signatures.values():
                for sig in sigs:
                    known.add("dupsig", sig)
