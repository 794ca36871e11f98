"""A sharded index: one folder holding N ordinary index folders (shards), and
writing into it.

Layout: ``INDEXDIR/SHARDS.json`` (the format and the number of shards) and
``INDEXDIR/shard-00`` … ``shard-NN``, each a whole QuoteSearch index. Topic
definitions (``topics.txt``) and merges and splits by hand (``speakers.json``)
are kept once, in ``INDEXDIR``.

What goes where:

* a quotation goes to the shard of a stable hash of its speaker key (the part
  of its duplicate key that every report of it shares: `dedup.exact_key` and
  the MinHash signatures are both prefixed by it), so recognising the same
  quotation from several outlets never needs another shard;
* every shard holds a record of every article, with the quotations the article
  gave to that shard: replacing or removing an article is then a change inside
  each shard, as in one index. Shard 0's records answer "is this article
  unchanged?" and count the articles.

`ShardedIndex` is a `QuoteIndex` whose searcher reads every shard's segments
as one (a Whoosh MultiReader over all of them), so every read command works on
it unchanged and gives what one index built from the same articles gives;
`quotesearch.search.fanout` searches the shards one by one and merges, which is
what a Dask cluster does with shards held by its workers
(`quotesearch.cluster_search`).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from typing import Iterable, Iterator, Optional

from whoosh.reading import EmptyReader, MultiReader
from whoosh.searching import Searcher

from ..records import Article, ExtractedArticle, IngestError
from . import dedup
from .prepare import PreparedArticle
from .store import (DAMAGE_ERRORS, IndexedArticle, IndexNotFound, IndexUnusable, QuoteIndex,
                    damage_error)

MANIFEST = "SHARDS.json"
FORMAT = "quotesearch-index-shards/1"
MAX_SHARDS = 256


def shard_name(number: int) -> str:
    return f"shard-{number:02d}"


def shard_of(speaker: Optional[str], shards: int) -> int:
    """The shard of a quotation: a stable hash (the same on every machine and
    Python, unlike ``hash``) of its speaker key."""
    digest = hashlib.blake2b(dedup.speaker_key(speaker).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def is_sharded_index(path: str) -> bool:
    return os.path.isfile(os.path.join(path, MANIFEST))


def read_manifest(path: str) -> int:
    """The number of shards of the sharded index at ``path``."""
    manifest = os.path.join(path, MANIFEST)
    try:
        with open(manifest, encoding="utf-8") as f:
            data = json.load(f)
        count = int(data["shards"])
        if data.get("format") != FORMAT or not 1 <= count <= MAX_SHARDS:
            raise ValueError("not a shard manifest of this version")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexUnusable(f"{manifest}: cannot read the shard manifest ({error})") from None
    return count


def split_prepared(prepared: PreparedArticle, shards: int) -> list[PreparedArticle]:
    """One article per shard, each with the quotations that shard holds (possibly
    none: the shard still records the article, so that a later version can
    replace what it gave there)."""
    chosen: list[list[int]] = [[] for _ in range(shards)]
    for at, quote in enumerate(prepared.extracted.quotes):
        chosen[shard_of(quote.speaker, shards)].append(at)
    parts = []
    for ats in chosen:
        quotes = [prepared.extracted.quotes[at] for at in ats]
        speakers = {q.speaker for q in quotes if q.speaker}
        parts.append(replace(
            prepared, extracted=replace(prepared.extracted, quotes=quotes),
            topics=[prepared.topics[at] for at in ats],
            signatures=[prepared.signatures[at] for at in ats],
            exact_keys=[prepared.exact_keys[at] for at in ats],
            aliases={s: a for s, a in prepared.aliases.items() if s in speakers},
            namesakes={s: n for s, n in prepared.namesakes.items() if s in speakers}))
    return parts


class CombinedSearcher(Searcher):
    """A Whoosh searcher over every segment of every shard, as one index
    (`combined_searcher`); up to date while no shard committed a newer generation."""

    shard_indexes: list = []
    generations: list = []
    bases: list = []            # each shard's first document number here

    def up_to_date(self) -> bool:
        return [s.generation() for s in self.shard_indexes] == self.generations


def combined_searcher(shard_indexes: list[QuoteIndex]) -> CombinedSearcher:
    readers, generations, bases, base = [], [], [], 0
    for shard in shard_indexes:
        try:
            reader = shard.whoosh.reader()
        except DAMAGE_ERRORS as error:
            raise damage_error(shard.path, shard.path, error) from None
        generations.append(reader.generation())
        bases.append(base)
        base += reader.doc_count_all()
        readers.extend(leaf for leaf, _ in reader.leaf_readers() if leaf.doc_count_all())
    searcher = CombinedSearcher(MultiReader(readers) if readers else
                                EmptyReader(shard_indexes[0].whoosh.schema))
    searcher.shard_indexes, searcher.generations, searcher.bases = shard_indexes, generations, bases
    return searcher


class ShardedIndex(QuoteIndex):
    """A folder of shards (see the module doc), read as one index."""

    def __init__(self, path: str, shard_indexes: list[QuoteIndex]):
        super().__init__(path, None)
        self.shards = shard_indexes
        # set by `quotesearch.search.fanout` / `quotesearch.cluster_search`: who answers searches
        self.fanout = None

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = False,
             shards: Optional[int] = None) -> "ShardedIndex":
        """The sharded index at ``path``; with ``create`` and ``shards``, a new one
        when there is none (an existing one keeps its number of shards: giving
        another is an error)."""
        path = os.fspath(path)
        if is_sharded_index(path):
            count = read_manifest(path)
            if shards is not None and shards != count:
                raise IndexUnusable(f"{path}: a sharded index of {count} shards, not {shards}; "
                                    "ingest into a new folder to change the number of shards")
        elif not create or shards is None:
            raise IndexNotFound(f"{path}: no sharded index here")
        else:
            if os.path.isdir(path) and any(not n.startswith(".") for n in os.listdir(path)):
                raise IndexUnusable(f"{path}: folder is not empty and holds no sharded index")
            if not 1 <= shards <= MAX_SHARDS:
                raise IndexUnusable(f"{path}: --shards must be between 1 and {MAX_SHARDS}")
            count = shards
            os.makedirs(path, exist_ok=True)
            for number in range(count):          # the shards first, the manifest last
                QuoteIndex.open(os.path.join(path, shard_name(number)), create=True)
            temporary = os.path.join(path, MANIFEST + ".tmp")
            with open(temporary, "w", encoding="utf-8") as f:
                json.dump({"format": FORMAT, "shards": count}, f)
            os.replace(temporary, os.path.join(path, MANIFEST))
        return cls(path, [QuoteIndex.open(os.path.join(path, shard_name(n))) for n in range(count)])

    def searching(self):
        """Who answers `search` for this index: a fan-out over its shards, in this
        process unless a cluster's was attached (`quotesearch.cluster_search`)."""
        if self.fanout is None:
            from ..search.fanout import attach_local
            attach_local(self)
        return self.fanout

    @property
    def whoosh(self):
        raise IndexUnusable(f"{self.path}: a sharded index is written shard by shard")

    def searcher(self):
        return combined_searcher(self.shards)

    def generation(self) -> int:
        # one number that changes whenever any shard commits
        return hash(tuple(s.generation() for s in self.shards)) & 0x7FFFFFFFFFFF

    def article(self, article_id: str, searcher=None) -> Optional[IndexedArticle]:
        """The article with the quotations of every shard (each shard's record
        lists those it holds)."""
        found = [s.article(article_id) for s in self.shards]
        if found[0] is None:
            return None
        mentions = [m for a in found if a is not None for m in a.quotes]
        mentions.sort(key=lambda m: (m["start"], m["end"]))
        return replace(found[0], quotes=mentions)


# -- writing -------------------------------------------------------------------------

class ShardedWriter:
    """What `build._drive` feeds for a sharded index: one `build._Writer` per shard, each article
    split between them (`split_prepared`)."""

    def __init__(self, index: ShardedIndex, labeller, topics_id: str, batch_size: int,
                 report, note):
        from .build import IngestReport, _Writer
        self.index, self.labeller, self.topics_id = index, labeller, topics_id
        self.batch_size, self.report, self.note = batch_size, report, note
        self.writers = []
        try:
            for number, shard in enumerate(index.shards):
                # shard 0's counts are the articles'; every shard adds its quotations
                self.writers.append(_Writer(shard, labeller, topics_id, batch_size,
                                            report if number == 0 else IngestReport(),
                                            note if number == 0 else (lambda event, n: None)))
        except BaseException:
            for writer in self.writers:
                writer.abandon()
            raise

    @property
    def batch(self):
        return self.writers[0].batch       # "is this article unchanged?"

    def write(self, item: PreparedArticle | IngestError) -> None:
        if isinstance(item, IngestError):
            self.writers[0].write(item)
            return
        for writer, part in zip(self.writers, split_prepared(item, len(self.writers))):
            writer.write(part)

    def finish(self) -> None:
        try:
            for writer in self.writers:
                writer.finish()
        finally:
            for writer in self.writers[1:]:
                self.report.quotes += writer.report.quotes

    def abandon(self) -> None:
        for writer in self.writers:
            writer.abandon()


def ingest_sharded(index: ShardedIndex, items: Iterable[Article | IngestError], *, jobs: int = 1,
                   topic_file: Optional[str] = None, batch_size: int = 2000, progress=None):
    """`build.ingest_articles` into the shards of ``index``."""
    from .build import IngestReport, _drive, changed_articles, labeller_for
    from .workers import extract_and_prepare
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)

    def to_extract(writer: ShardedWriter) -> Iterator[Article]:
        return changed_articles(items, writer, topics_id, report, note)

    # (each shard's segments are written in this process: the workers only prepare)
    _drive(index, labeller, topics_id, batch_size, report, note, extract_and_prepare, to_extract,
           jobs, chunksize=4,
           writer_for=lambda pools: ShardedWriter(index, labeller, topics_id, batch_size, report, note))
    return report


def index_extracted_sharded(index: ShardedIndex, extracted: Iterable[ExtractedArticle | IngestError], *,
                            jobs: int = 1, batch_size: int = 2000, progress=None,
                            topic_file: Optional[str] = None):
    """`build.index_extracted` into the shards of ``index``."""
    from .build import IngestReport, _drive, labeller_for
    from .workers import prepare_extracted
    labeller, topics_id = labeller_for(index, topic_file)
    report = IngestReport()
    note = progress or (lambda event, n: None)
    _drive(index, labeller, topics_id, batch_size, report, note, prepare_extracted, lambda writer: extracted,
           jobs, chunksize=16,
           writer_for=lambda pools: ShardedWriter(index, labeller, topics_id, batch_size, report, note))
    return report


def remove_sharded(index: ShardedIndex, target: str) -> list[str]:
    """``remove`` in every shard; the ids removed (from shard 0's records)."""
    from .build import remove
    removed = [remove(shard, target) for shard in index.shards]
    return removed[0]


def ingest_paths(index: ShardedIndex, paths: Iterable[str], *, jobs: int = 1,
                 topic_file: Optional[str] = None, batch_size: int = 2000, progress=None,
                 follow_links: bool = False):
    """`build.ingest_paths` into the shards of ``index``."""
    from ..ingest import read_articles
    from ..walk import SkippedEntries
    passed_over = SkippedEntries()
    report = ingest_sharded(index, read_articles(list(paths), follow_links=follow_links,
                                                 skipped=passed_over),
                            jobs=jobs, topic_file=topic_file, batch_size=batch_size,
                            progress=progress)
    report.passed_over = passed_over
    return report


def ingest_on_cluster(index: ShardedIndex, client, partitions, *, topic_file: Optional[str] = None,
                      batch_size: int = 2000, progress=None):
    """`build.ingest_on_cluster` into the shards of ``index``: the workers extract
    and prepare; this process splits each article between the shards' writers."""
    from . import build
    return build.ingest_on_cluster(index, client, partitions, topic_file=topic_file, batch_size=batch_size,
                                   progress=progress, writer_class=ShardedWriter)


# the names `quotesearch.cli.indexing` calls, for a sharded index
ingest_articles = ingest_sharded
index_extracted = index_extracted_sharded
remove = remove_sharded
