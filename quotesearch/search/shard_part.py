"""One shard's part of a search (`fanout`): what a shard holds open, and what
it answers, in compact form.

`ShardSearcher` holds one shard (`quotesearch.index.sharded`) open, in this
process (`fanout.LocalShards`) or as a Dask actor on a worker
(`quotesearch.cluster_search`), and answers:

* ``overview``: its generation, its speaker name forms (for the registry over
  every shard) and its collection size for BM25 (documents, total length);
* ``part``: its part of one search, checked against the generation the
  coordinator planned it for: match counts per facet value, per year and
  month, and its best hits in the page's order with their sort keys (as
  document numbers: the coordinator reads the page's few quotations itself).

A part crosses the wire as arrays, not dicts of strings nor quotations: each
facet's counts are a NumPy array indexed by the shard's own value ids (its facet
vocabulary, which only ever grows), the speaker facet's by identity number of
the coordinator's registry, and the hits' sort keys are three columns the
coordinator merges with one ``lexsort``. The coordinator learns a shard's
vocabulary once (``vocabulary``: the values from a given id on) and keeps it
while the same searcher (``instance``) answers.
"""
from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..identity import overrides
from ..index.store import QuoteIndex
from .engine import _match, facet_mask
from .facets import FACET_NAMES, FACETS
from .limits import SEARCH_SECONDS, SearchBudget
from .query import ParsedQuery, parse_query
from .snapshot import reading
from .speakers import _forms, identity_of_doc, speaker_counts


@dataclass
class Collection:
    """What BM25 needs of the whole collection: scored documents, their mean
    length, and how many documents hold each word."""

    documents: int
    average: float
    frequencies: dict[str, int]


@dataclass
class Overview:
    """A shard at one generation: its speaker name forms and its size for BM25."""

    generation: int
    forms: list
    documents: int                      # documents with a length (quotations)
    length: int                         # their words, summed


@dataclass
class ShardRequest:
    query: str                          # the query as searched (question read, dates added)
    filters: dict[str, list[str]]
    sort: str
    limit: int                          # hits wanted: the page's last
    collection: Collection
    registry_token: int
    seconds: float = SEARCH_SECONDS     # each shard's budget (`limits.SearchBudget`)
    # shard folder -> the generation the coordinator's word statistics were read
    # at; a shard at another answers `Stale` (empty: any generation)
    generations: dict[str, int] = field(default_factory=dict)
    parsed: Optional[ParsedQuery] = None    # ``query`` as the coordinator parsed it


@dataclass
class Stale:
    """The shard committed since the coordinator planned the search."""

    generation: int


@dataclass
class Counts:
    """Matches per id (a facet value's, or an identity's + 1), nonzero ones only
    when they are few (a topic's thousands of values, most unmatched)."""

    size: int                           # the ids counted over: the vocabulary's size
    ids: Optional[np.ndarray]           # None: every id, ``counts`` dense
    counts: np.ndarray

    @classmethod
    def of(cls, counts: np.ndarray) -> "Counts":
        nonzero = np.flatnonzero(counts)
        if len(nonzero) * 2 < len(counts):
            return cls(len(counts), nonzero.astype(np.int32), counts[nonzero].astype(np.int32))
        return cls(len(counts), None, counts.astype(np.int32))

    def add_to(self, total: np.ndarray, ids: Optional[np.ndarray] = None) -> None:
        """Adds these counts into ``total``, whose index of id i is ``ids[i]``
        (each id its own place: no two ids of one shard share one)."""
        at = self.ids if self.ids is not None else np.arange(self.size)
        total[at if ids is None else ids[at]] += self.counts


@dataclass
class ShardPart:
    generation: int
    instance: str                       # the searcher answering: whose vocabularies the ids are
    total: int
    # each facet's matches per value id of this shard's vocabulary; the speaker
    # facet's per identity of the registry + 1 (0: unattributed)
    facets: dict[str, Counts]
    years: Counts                       # matches per value id of the year vocabulary
    months: np.ndarray                  # YYYYMM (YYYY00: the year alone) of matched months
    month_counts: np.ndarray
    # the best hits, best first: their document numbers in the shard and their
    # sort keys (negated score, then rank: the date, negated when newest first,
    # then the quotation's stable key). The page's hits are read by the
    # coordinator, from the shared folder (`FanoutSearch.lexicon`).
    docs: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    ranks: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    keys: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))


class RegistryMissing(RuntimeError):
    """The shard has not been given the registry the request names."""


class ShardSearcher:
    """One shard, open for searching (see the module doc)."""

    def __init__(self, path: str, root: Optional[str] = None):
        self.index = QuoteIndex.open(path)
        self.root = root or path        # where merges and splits by hand are kept
        self.registry = None
        self.token = None
        self.instance = uuid.uuid4().hex

    def generation(self) -> int:
        return self.index.generation()

    def overview(self) -> Overview:
        with reading(self.index) as snap:
            lengths = snap.facets.length
            known = lengths[lengths > 0]
            return Overview(snap.generation, _forms(snap), len(known),
                            int(known.sum(dtype=np.int64)))

    def forms(self) -> tuple[int, list]:
        with reading(self.index) as snap:
            return snap.generation, _forms(snap)

    def use_registry(self, token: int, registry) -> None:
        self.token, self.registry = token, registry

    def vocabulary(self, name: str, start: int) -> tuple[str, list[str]]:
        """Facet ``name``'s values from id ``start`` on, and whose they are."""
        with reading(self.index) as snap:
            return self.instance, list(snap.facets.vocabulary(name).values[start:])

    def part(self, request: ShardRequest) -> ShardPart | Stale:
        if request.registry_token != self.token:
            raise RegistryMissing(self.index.path)
        with reading(self.index) as snap:
            expected = request.generations.get(self.index.path)
            if expected is not None and snap.generation != expected:
                return Stale(snap.generation)
            self._settle(snap)
            table = snap.facets
            parsed = request.parsed or parse_query(request.query)
            budget = SearchBudget(request.seconds)
            matched, selections, final = _match(snap, parsed, dict(request.filters), budget)
            facets = {}
            for name in FACET_NAMES:
                mask = facet_mask(matched, selections, name)
                if name == "speaker":
                    # by identity (1 + its index; 0: unattributed): two people may share a name
                    counts = speaker_counts(snap, mask)
                else:
                    counts = FACETS[name].count(table, mask)
                facets[name] = Counts.of(counts)
            months, month_counts = np.unique(table.date[final] // 100, return_counts=True)
            dated = months > 0
            part = ShardPart(snap.generation, self.instance, int(final.sum()), facets,
                             Counts.of(FACETS["year"].count(table, final)),
                             months[dated].astype(np.int32), month_counts[dated].astype(np.int32))
            self._best(snap, parsed, final, request, part)
            return part

    def inferred_counts(self, registry) -> tuple[list[int], dict]:
        """A shard's quotations per identity, and per inferred name form, under the
        coordinator's ``registry`` (see `FanoutSearch._settle_counts`)."""
        with reading(self.index) as snap:
            own = copy.deepcopy(registry)
            snap.cache["registry"] = (overrides.stamp_of(snap.index.path), own)
            snap.cache.pop("identity_of_doc", None)
            snap.cache.pop("fanout_token", None)
            identity_of_doc(snap)
            forms = {}
            for member, at in own.inferred.items():
                for form in own.identities[at].forms:
                    if form.name == member and form.as_speaker:
                        forms[(at, member)] = form.quotes
            return [i.quotes for i in own.identities], forms

    def _settle(self, snap) -> None:
        """This snapshot reads speakers through the coordinator's registry (a copy:
        `identity_of_doc` settles counts of inferred names on it, per shard)."""
        if snap.cache.get("fanout_token") == self.token:
            return
        for key in ("identity_of_doc", "speaker_names", "question_names"):
            snap.cache.pop(key, None)
        snap.cache["registry"] = (overrides.stamp_of(snap.index.path), copy.deepcopy(self.registry))
        identity_of_doc(snap)
        snap.cache["fanout_token"] = self.token

    def _best(self, snap, parsed, final: np.ndarray, request: ShardRequest, part: ShardPart) -> None:
        """The shard's first ``limit`` hits with their keys (`engine._ranked` and
        `engine._by_date`, whose orders these keys reproduce across shards)."""
        table = snap.facets
        docs = np.flatnonzero(final)
        if not len(docs) or request.limit <= 0:
            return
        dates = table.date[docs].astype(np.int64)
        limit = request.limit
        if request.sort == "relevance" and parsed.text_terms:
            scores = snap.docsets().bm25(parsed.text_terms, docs, table.length,
                                         collection=request.collection)
            if limit < len(docs) // 4:
                # only what can be among the first ``limit`` is sorted in full (ties kept)
                threshold = scores[np.argpartition(-scores, limit - 1)[:limit]].min()
                keep = np.flatnonzero(scores >= threshold)
                docs, scores, dates = docs[keep], scores[keep], dates[keep]
            keys = table.key[docs]
            order = np.lexsort((keys, -dates, -scores))[:limit]
            part.scores, part.ranks = scores[order], -dates[order]
        else:
            newest = request.sort != "oldest"
            rank = np.where(dates == 0, -1 if newest else 99_999_999, dates)
            rank = -rank if newest else rank
            if limit < len(docs) // 4:
                keep = np.flatnonzero(rank <= np.partition(rank, limit - 1)[limit - 1])
                docs, rank = docs[keep], rank[keep]
            keys = table.key[docs]
            order = np.lexsort((keys, rank))[:limit]
            part.scores, part.ranks = np.zeros(len(order), np.float32), rank[order]
        part.keys, part.docs = keys[order], docs[order]
