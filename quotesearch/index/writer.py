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

* an article's *source key* says which article a text is a version of: its URL
  when known, else ``id:`` plus the id a collection gave it, else its file's
  real path. Ingesting a source key again with other text replaces the article;
  with the same text (and the same extractor and topics) it is skipped.
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
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .. import __version__
from ..extract.aliases import ArticleNames
from ..filenames import is_shown, shown_name
from ..records import ExtractedArticle, Source
from . import dedup, tombstones
from .failpoints import failpoint
from .merging import merge_tiered
from .schema import ARTICLE, QUOTE
from .store import QuoteIndex, quote_from_json, quote_to_json
from .topics import TopicLabeller

# Articles per commit. A crash loses at most one batch of work (re-done by the
# next run); bigger batches make fewer segments and so fewer merges.
DEFAULT_BATCH = 2000
# Memory for a commit's postings before Whoosh sorts them on disk. Past it,
# Whoosh pickles runs of postings to temporary files and merges them back, which
# took a third of a 10,000-article commit; by Whoosh's own estimate (~150 bytes a
# posting) this keeps batches of up to ~40,000 articles in memory.
POSTINGS_MB = 1024
_WORDS = re.compile(r"\w+(?:['’\-]\w+)*")     # the text analyser's tokens


def source_key(extracted_or_article) -> str:
    """What identifies an article across re-ingests (see the module doc)."""
    article = getattr(extracted_or_article, "article", extracted_or_article)
    if article.url:
        return "url:" + article.url
    file = shown_name(article.file or "")
    path, sep, line = file.rpartition(":")
    if sep and line.isdigit() and path.endswith(".jsonl"):
        return "id:" + article.id
    if file:
        return "file:" + os.path.realpath(file)
    return "id:" + article.id


def source_path(article) -> Optional[str]:
    """The real path of the file an article came from (for ``remove PATH``)."""
    file = shown_name(article.file or "")
    path, sep, line = file.rpartition(":")
    if sep and line.isdigit() and path.endswith(".jsonl"):
        file = path
    return os.path.realpath(file) if file else None


def content_digest(text: str, topics: str = "") -> str:
    """Changes when the text, the extractor version or the topic definitions do."""
    h = hashlib.blake2b(digest_size=10)
    for part in (__version__, topics, text):
        h.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    return h.hexdigest()


@dataclass
class PreparedArticle:
    """An extracted article with everything the writer needs that depends on the
    article alone (topics, duplicate signatures, aliases): computed where the
    article was extracted, possibly in a worker process, so that the single
    writing process only does what needs the index."""

    extracted: ExtractedArticle
    key: str
    digest: str
    topics: list[list[str]]
    signatures: list[list[str]]
    exact_keys: list[str]
    aliases: dict[str, list[str]]


def prepare_article(extracted: ExtractedArticle, labeller: TopicLabeller, topics_id: str,
                    key: Optional[str] = None) -> PreparedArticle:
    article = extracted.article
    if article.file and not is_shown(article.file):
        # A file name that is not valid UTF-8 reached us raw (a library caller,
        # a shard's \udcXX escape): Whoosh stores UTF-8 only (`quotesearch.filenames`).
        article = dataclasses.replace(article, file=shown_name(article.file))
        extracted = dataclasses.replace(extracted, article=article)
    names = ArticleNames(article.text)
    aliases: dict[str, list[str]] = {}
    for quote in extracted.quotes:
        if quote.speaker and quote.speaker not in aliases:
            aliases[quote.speaker] = [quote.speaker] + (
                names.aliases(quote.speaker) if quote.speaker_kind == "person" else [])
    return PreparedArticle(
        extracted=extracted, key=key or source_key(extracted),
        digest=content_digest(article.text, topics_id),
        topics=labeller.label_article(extracted),
        signatures=[dedup.signatures(q.speaker, q.quoted_text) for q in extracted.quotes],
        exact_keys=[dedup.exact_key(q.speaker, q.quoted_text) for q in extracted.quotes],
        aliases=aliases)


class KnownTerms:
    """Which ids, source keys and signatures the index already holds, and in
    which segments, kept in memory for the length of one ingest.

    Most lookups while writing ask for something that is not there (a new
    quotation's signatures, a new article's id), and asking the index costs a
    term lookup in every segment; a lookup that finds something (a report of a
    quotation already indexed) also costs one per segment, and a million
    quotations make twenty segments. So the terms are read once, segment by
    segment, as sorted 64-bit hashes (24 MB per million quotations): a miss
    here is certain, and a hit (or a hash collision) is looked up only in the
    segments whose hashes have it.

    Terms written during the ingest are added as batches commit: `sync`, at the
    start of each batch, gives them to the segment the last commit created (the
    one segment a Whoosh commit writes, holding what it added and what it
    merged). A segment whose terms are not known is always searched. Another
    writer committing meanwhile would make all of this stale, which is why an
    ingest holds the index's `IngestLock`. Terms of deleted records may stay,
    which only costs a lookup.

    A segment's terms never change once written, so its hashes are saved in the
    index folder's ``known/`` subfolder by segment id (stable hashes, not
    Python's salted ``hash``): reading them from the segments took 10-20 s at
    the start of every ingest into a million-quotation index.
    """

    FIELDS = ("id", "file", "dupsig")

    def __init__(self, reader=None, folder: Optional[str] = None):
        self.folder = os.path.join(folder, "known") if folder else None
        self.segments: dict[str, Optional[np.ndarray]] = {}   # segment id -> its hashes (None: unknown)
        self.leaves: list[tuple[object, int]] = []
        self.pending: list[int] = []        # written by the last commit, not yet placed
        # every placed term's hash, sorted, and which of `leaves` holds it: one
        # binary search answers both "is it anywhere?" and "where?"
        self.hashes = np.array([], dtype=np.int64)
        self.owners = np.array([], dtype=np.int32)
        self.always: list[tuple[object, int]] = []     # leaves to search for any term
        for leaf, _ in _leaves(reader):
            segment_id = leaf.segment().segment_id()
            hashes = self._load(segment_id)
            if hashes is None:
                # segment by segment: the reader's own lexicon merges the
                # segments' sorted term lists in Python (30 s at a million quotations)
                hashes = np.unique(np.array([
                    term_hash(field, term.decode("utf-8") if isinstance(term, bytes) else term)
                    for field in self.FIELDS for term in leaf.lexicon(field)], dtype=np.int64))
                self._save(segment_id, hashes)
            self.segments[segment_id] = hashes
        self._forget_files_except(set(self.segments))
        if reader is not None:
            self.sync(reader)

    # -- saved hashes, one file per segment

    def _path(self, segment_id: str) -> str:
        return os.path.join(self.folder, f"{segment_id}.npy")

    def _load(self, segment_id: str) -> Optional[np.ndarray]:
        if not self.folder:
            return None
        try:
            hashes = np.load(self._path(segment_id), allow_pickle=False)
        except (OSError, ValueError):
            return None
        return hashes if hashes.dtype == np.int64 and hashes.ndim == 1 else None

    def _save(self, segment_id: str, hashes: np.ndarray) -> None:
        if not self.folder:
            return
        path = self._path(segment_id)
        try:
            os.makedirs(self.folder, exist_ok=True)
            with open(path + ".tmp", "wb") as f:
                np.save(f, hashes, allow_pickle=False)
            os.replace(path + ".tmp", path)       # whole or absent, whatever stops us
        except OSError:
            pass        # a read-only index folder: read the segments next time

    def _forget_files_except(self, keep: set[str]) -> None:
        if not self.folder or not os.path.isdir(self.folder):
            return
        for name in os.listdir(self.folder):
            if name.endswith(".tmp") or name.split(".", 1)[0] not in keep:
                try:
                    os.remove(os.path.join(self.folder, name))
                except OSError:
                    pass

    def may_contain(self, field: str, text: str) -> bool:
        return bool(self.places(field, text))

    def add(self, field: str, text: str) -> None:
        self.pending.append(term_hash(field, text))

    def sync(self, reader) -> None:
        """Follow the index to ``reader``'s generation: place the terms of the
        last commit in the segment it created, and forget merged segments."""
        leaves = _leaves(reader)
        ids = [leaf.segment().segment_id() for leaf, _ in leaves]
        created = [i for i in ids if i not in self.segments]
        gone = [i for i in self.segments if i not in set(ids)]
        if len(created) == 1:
            parts = [self.segments[i] for i in gone] + [np.array(self.pending, dtype=np.int64)]
            self.segments[created[0]] = None if any(p is None for p in parts) else \
                np.unique(np.concatenate(parts))
            if self.segments[created[0]] is not None:
                # a superset of the segment's terms (merged-away deletions
                # included): safe, it only costs a lookup
                self._save(created[0], self.segments[created[0]])
        else:
            # not the one segment of one commit: search them for every term
            self.segments.update((i, None) for i in created)
            if self.pending:
                self.segments.update((i, None) for i in ids)
        for i in gone:
            del self.segments[i]
        self.pending = []
        if created or gone or not self.leaves:
            self._place(ids)
        self.leaves = leaves
        self.always = [place for place, i in zip(leaves, ids) if self.segments[i] is None]

    def _place(self, ids: list[str]) -> None:
        arrays = [(n, self.segments[i]) for n, i in enumerate(ids) if self.segments[i] is not None]
        if not arrays:
            self.hashes, self.owners = np.array([], dtype=np.int64), np.array([], dtype=np.int32)
            return
        hashes = np.concatenate([a for _, a in arrays])
        owners = np.concatenate([np.full(len(a), n, dtype=np.int32) for n, a in arrays])
        order = np.argsort(hashes, kind="stable")     # sorted runs: a merge, not a sort
        self.hashes, self.owners = hashes[order], owners[order]

    def places(self, field: str, text: str) -> list:
        """The (segment reader, first document number) pairs that may hold the
        term: none for most terms, else usually one."""
        h = term_hash(field, text)
        at = int(self.hashes.searchsorted(h))
        found = list(self.always)
        hashes = self.hashes
        while at < len(hashes) and int(hashes[at]) == h:
            found.append(self.leaves[int(self.owners[at])])
            at += 1
        return found


def term_hash(field: str, text: str) -> int:
    """A 64-bit hash of an indexed term, the same in every process."""
    digest = hashlib.blake2b(f"{field}\x1f{text}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _leaves(reader) -> list:
    """A reader's segment readers with their first document numbers (none for
    an empty index)."""
    if reader is None:
        return []
    leaves = [(reader, 0)] if reader.is_atomic() else list(reader.leaf_readers())
    return [(leaf, base) for leaf, base in leaves if leaf.segment() is not None]


@dataclass
class BatchReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    quotes: int = 0                    # quotations (reports) written


# ---------------------------------------------------------------------------
# Clusters (quotation records) being changed by a batch
# ---------------------------------------------------------------------------

@dataclass
class _Cluster:
    id: str
    speaker: Optional[str]
    speaker_kind: Optional[str]
    sources: list[Source]
    topics: dict[str, list[str]]       # article id -> that source's topic labels
    signatures: dict[str, list[str]]   # article id -> that source's signatures
    aliases: dict[str, list[str]]      # article id -> names it gave the speaker
    stored: bool = False               # already in the index (replace, not add)
    docnum: Optional[int] = None       # its document in the batch's generation

    def record(self):
        from ..records import IndexedQuote
        ordered = sorted(self.sources, key=lambda s: (s.date or "9999-99-99", s.article, s.start))
        first = ordered[0]
        topics: dict[str, None] = {}
        for s in ordered:
            for t in self.topics.get(s.article, ()):
                topics.setdefault(t)
        return IndexedQuote(
            id=self.id, text=first.text, speaker=self.speaker, speaker_kind=self.speaker_kind,
            type=first.type, role=first.role, cue=first.cue, via=first.via,
            topics=list(topics)[:5], paragraph=first.paragraph, date=first.date,
            sources=ordered,
        )


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
        self.clusters: dict[str, _Cluster] = {}
        self.sig_owners: dict[str, set[str]] = {}      # signatures added in this batch
        self.articles: dict[str, Optional[dict]] = {}  # article id -> record (None: delete)
        self.keys: dict[str, str] = {}                  # source key -> article id, this batch
        self.emptied: dict[str, tuple[Optional[str], str]] = {}   # quotation id -> (speaker, text)
        self.report = BatchReport()

    def close(self) -> None:
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
        reported: dict[str, _Cluster] = {}
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
                url=article.url, title=article.title, file=article.file,
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
        places = _leaves(self.reader) if self.known is None else self.known.places(field, value)
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
        self.articles[article_id] = None
        self.keys.pop(record["key"], None)

    # -- clusters -------------------------------------------------------------

    def _load_cluster(self, cluster_id: str) -> Optional[_Cluster]:
        if cluster_id in self.clusters:
            return self.clusters[cluster_id]
        docnum = self._docnum("id", "q:" + cluster_id)
        if docnum is None:
            return None
        data = json.loads(self.reader.stored_fields(docnum)["data"])
        quote = quote_from_json(data)
        cluster = _Cluster(cluster_id, quote.speaker, quote.speaker_kind, list(quote.sources),
                           {k: list(v) for k, v in data.get("source_topics", {}).items()},
                           {k: list(v) for k, v in data.get("source_signatures", {}).items()},
                           {k: list(v) for k, v in data.get("source_aliases", {}).items()},
                           stored=True, docnum=docnum)
        self.clusters[cluster_id] = cluster
        return cluster

    def _cluster_for(self, speaker: Optional[str], kind: Optional[str], text: str,
                     sigs: list[str], exact: str) -> _Cluster:
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
        cluster = _Cluster(cid, speaker, kind, [], {}, {}, {})
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
            for cluster in self.clusters.values():
                if cluster.stored and cluster.docnum is not None and same_generation:
                    writer.delete_document(cluster.docnum)
                elif cluster.stored:
                    writer.delete_by_term("id", "q:" + cluster.id, searcher=existing)
                if cluster.sources:
                    writer.add_document(**quote_document(cluster))
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


def speaker_id_of(name: str) -> str:
    """The registry id of a speaker: readable, URL-safe, case-folded."""
    key = dedup.speaker_key(name)
    return "-".join(key.split()) or hashlib.blake2b(name.encode(), digest_size=6).hexdigest()


# ---------------------------------------------------------------------------
# Whoosh documents
# ---------------------------------------------------------------------------

def article_document(record: dict) -> dict:
    a = record["article"]
    return {"id": "a:" + a["id"], "kind": ARTICLE, "file": record["key"],
            "data": json.dumps(record, ensure_ascii=False),
            "path": record.get("path") or ""}


def quote_document(cluster: _Cluster) -> dict:
    quote = cluster.record()
    data = quote_to_json(quote)
    data["source_topics"] = cluster.topics
    data["source_signatures"] = cluster.signatures
    data["source_aliases"] = cluster.aliases
    outlets = quote.outlets
    facets = {"speaker": quote.speaker, "outlet": outlets, "topic": quote.topics,
              "type": quote.type, "year": (quote.date or "")[:4] or None, "date": quote.date,
              "n": len(_WORDS.findall(quote.text)),     # text length, for BM25
              # what the speaker registry is read from
              "speaker_kind": quote.speaker_kind,
              "alias": list(dict.fromkeys(a for names in cluster.aliases.values() for a in names)),
              "role": list(dict.fromkeys(s.role for s in quote.sources if s.role))}
    sigs = {sig for per_article in cluster.signatures.values() for sig in per_article}
    return {
        "id": "q:" + quote.id, "kind": QUOTE, "text": quote.text,
        # every name the sources used, so `speaker:` finds the speaker by any of them
        "speaker": " ; ".join(dict.fromkeys(
            [quote.speaker or ""] + [a for names in cluster.aliases.values() for a in names])),
        "role": " ; ".join(dict.fromkeys(s.role for s in quote.sources if s.role)) or None,
        "outlet": " ; ".join(outlets) or None, "topic": " ; ".join(quote.topics) or None,
        # None, not "": Whoosh skips a None field instead of analysing nothing
        "type": quote.type, "cue": quote.cue or None,
        "via": " ; ".join(dict.fromkeys(s.via for s in quote.sources if s.via)) or None,
        "date": quote.date or None, "year": (quote.date or "")[:4] or None,
        "dupsig": " ".join(sorted(sigs)),
        "facets": json.dumps(facets, ensure_ascii=False).encode("utf-8"),
        "data": json.dumps(data, ensure_ascii=False),
    }
