"""Searching a sharded index by fan-out and merge: each shard computes its part
of a search, this module adds the parts up into the page one index of every
shard would give.

Who does what:

* `ShardSearcher` holds one shard (`quotesearch.index.sharded`) open and
  answers three questions about it: its speaker name forms (`forms`), the
  collection statistics BM25 needs for the query's words (`collection`), and
  its part of a search (`part`): match counts per facet value, per year and
  month, and its best hits in the page's order. It runs in this process
  (`LocalShards`) or in a Dask worker (`quotesearch.cluster_search`).
* `FanoutSearch` (the coordinator) builds the speaker registry over every
  shard's name forms (a speaker string lives in exactly one shard, so the
  union of the shards' forms is the whole index's), gives it to each shard,
  reads the query as `engine.search` does, sums the shards' document
  counts, lengths and term frequencies so that every shard scores with the
  whole collection's BM25 statistics, and merges the parts: totals and facet
  counts summed (the cut and order of each facet as `FacetTable.counts`
  makes them), timeline summed, hits merged by the same sort keys.

So a search gives what one index built from the same articles gives (the
tests compare them). Did-you-mean and relaxation (a search matching nothing,
or naming a word almost no quotation has) read the shards as one index
(``fallback``, the shared folder) as `engine.search` does.

A shard that does not answer (its worker died) is left out of the merge and
the page says so ("results from 3 of 4 shards"); the transport reopens it.
"""
from __future__ import annotations

import copy
import itertools
import threading
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..identity import build_registry, overrides
from ..index.store import QuoteIndex
from ..records import FacetValue, QuoteHit, SearchResults
from .engine import (FACET_LIMIT, MAX_PAGE, MAX_PAGE_SIZE, RARE_WORD, SORTS, _checked,
                     _did_you_mean, _hit, _match, _stem, as_respelled, facet_mask)
from .errors import SearchError
from .facets import FACET_NAMES
from .limits import SEARCH_SECONDS, SearchBudget, check_breadth
from .query import MAX_QUERY_CHARS, parse_query
from .questions import NameTable, is_query_language, read_question
from .relaxing import relaxation
from .snapshot import reading
from .speakers import UNATTRIBUTED, _find_loosely, _forms, identity_of_doc
from .timeline import with_dates

__all__ = ["ShardSearcher", "LocalShards", "FanoutSearch", "Collection", "ShardRequest",
           "ShardPart", "SORTS", "attach_local"]


@dataclass
class Collection:
    """What BM25 needs of the whole collection: scored documents, their mean
    length, and how many documents hold each word."""

    documents: int
    average: float
    frequencies: dict[str, int]


@dataclass
class CollectionPart:
    generation: int
    documents: int
    length: int
    frequencies: dict[str, int]


@dataclass
class ShardRequest:
    query: str                          # the query as searched (question read, dates added)
    filters: dict[str, list[str]]
    sort: str
    limit: int                          # hits wanted: the page's last
    collection: Collection
    registry_token: int
    seconds: float = SEARCH_SECONDS     # each shard's budget (`limits.SearchBudget`)


@dataclass
class ShardPart:
    generation: int
    total: int
    # every nonzero count of every facet; the speaker facet's by identity number
    facets: dict[str, dict]
    years: dict[str, int]
    months: dict[int, int]              # YYYYMM (YYYY00: the year alone) -> matches
    # (sort key, hit), best first: the key orders hits of all shards as one index would
    hits: list[tuple[tuple, QuoteHit]] = field(default_factory=list)


class RegistryMissing(RuntimeError):
    """The shard has not been given the registry the request names."""


class ShardSearcher:
    """One shard, open for searching (see the module doc)."""

    def __init__(self, path: str, root: Optional[str] = None):
        self.index = QuoteIndex.open(path)
        self.root = root or path        # where merges and splits by hand are kept
        self.registry = None
        self.token = None

    def generation(self) -> int:
        return self.index.generation()

    def forms(self) -> tuple[int, list]:
        with reading(self.index) as snap:
            return snap.generation, _forms(snap)

    def use_registry(self, token: int, registry) -> None:
        self.token, self.registry = token, registry

    def collection(self, terms: list[str]) -> CollectionPart:
        with reading(self.index) as snap:
            lengths = snap.facets.length
            known = lengths[lengths > 0]
            sets = snap.docsets()
            return CollectionPart(snap.generation, len(known), int(known.sum(dtype=np.int64)),
                                  {t: sets._frequency("text", t) for t in terms})

    def part(self, request: ShardRequest) -> ShardPart:
        if request.registry_token != self.token:
            raise RegistryMissing(self.index.path)
        with reading(self.index) as snap:
            self._settle(snap)
            table = snap.facets
            parsed = parse_query(request.query)
            budget = SearchBudget(request.seconds)
            matched, selections, final = _match(snap, parsed, dict(request.filters), budget)
            facets = {}
            for name in FACET_NAMES:
                mask = facet_mask(matched, selections, name)
                if name == "speaker":
                    # by identity (1 + its index; 0: unattributed): two people may share a name
                    of_doc = identity_of_doc(snap)[mask]
                    counts = np.bincount(of_doc + 1, minlength=len(self.registry.identities) + 1)
                    facets[name] = {int(i): int(counts[i]) for i in np.flatnonzero(counts)}
                else:
                    facets[name] = table.value_counts(name, mask)
            months, counts = np.unique(table.date[final] // 100, return_counts=True)
            part = ShardPart(snap.generation, int(final.sum()), facets,
                             table.value_counts("year", final),
                             {int(m): int(n) for m, n in zip(months.tolist(), counts.tolist()) if m > 0})
            part.hits = self._best(snap, parsed, final, request)
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

    def _best(self, snap, parsed, final: np.ndarray, request: ShardRequest) -> list:
        """The shard's first ``limit`` hits with their keys (`engine._ranked` and
        `engine._by_date`, whose orders these keys reproduce across shards)."""
        table = snap.facets
        docs = np.flatnonzero(final)
        if not len(docs) or request.limit <= 0:
            return []
        dates = table.date[docs].astype(np.int64)
        keys = table.key[docs]
        if request.sort == "relevance" and parsed.text_terms:
            scores = snap.docsets().bm25(parsed.text_terms, docs, table.length,
                                         collection=request.collection)
            order = np.lexsort((keys, -dates, -scores))[:request.limit]
            return [((-float(scores[i]), -int(dates[i]), int(keys[i])),
                     _hit(snap, int(docs[i]), float(scores[i]), parsed.text_terms)) for i in order]
        newest = request.sort != "oldest"
        rank = np.where(dates == 0, -1 if newest else 99_999_999, dates)
        rank = -rank if newest else rank
        order = np.lexsort((keys, rank))[:request.limit]
        return [((int(rank[i]), int(keys[i])), _hit(snap, int(docs[i]), 0.0, parsed.text_terms))
                for i in order]


class LocalShards:
    """The shards of a sharded index, each open in this process."""

    def __init__(self, index):
        self.root = index.path
        self.searchers = [ShardSearcher(shard.path, index.path) for shard in index.shards]

    @property
    def count(self) -> int:
        return len(self.searchers)

    def call(self, method: str, *args) -> list:
        """``method(*args)`` on every shard: its answer, or None when it failed."""
        return [getattr(searcher, method)(*args) for searcher in self.searchers]

    def call_one(self, number: int, method: str, *args):
        return getattr(self.searchers[number], method)(*args)


class FanoutSearch:
    """Answers `search` for a sharded index by fan-out over ``shards`` (a
    `LocalShards`, or `cluster_search.ClusterShards`), merging as one index."""

    def __init__(self, shards, root: str, fallback=None):
        self.shards = shards
        self.root = root
        self.fallback = fallback          # the shards read as one index (the shared folder)
        self.registry = None
        self._names = None
        self._state = None                # (shard generations, overrides stamp) of the registry
        self._tokens = itertools.count(1)
        self.token = 0
        self.lock = threading.RLock()

    # -- the registry over every shard --------------------------------------------

    def refresh(self, generations: list[Optional[int]]) -> None:
        """Rebuild the registry when a shard's generation or the overrides changed
        since it was built, and give it to every shard."""
        state = (tuple(generations), overrides.stamp_of(self.root))
        if self.registry is not None and state == self._state:
            return
        answers = self.shards.call("forms")
        forms = [form for answer in answers if answer is not None for form in answer[1]]
        forms.sort(key=lambda form: form.name)
        self.registry = build_registry(forms, overrides.load(self.root))
        self._settle_counts()
        self._names = NameTable(self.registry)
        self.token = next(self._tokens)
        self.shards.call("use_registry", self.token, self.registry)
        # the generations the forms were read at: a part of another is from a newer commit
        self._state = (tuple(a[0] if a is not None else None for a in answers), state[1])

    def _settle_counts(self) -> None:
        """A speaker's quotations over every shard: only inferred names ("Obama")
        change counts per document, which each shard settles on its copy."""
        if not self.registry.inferred:
            return
        totals = self.shards.call("inferred_counts", self.registry)
        identity_totals = np.zeros(len(self.registry.identities), dtype=np.int64)
        form_totals: dict[tuple[int, str], int] = {}
        for answer in totals:
            if answer is None:
                continue
            identity_counts, form_counts = answer
            identity_totals += np.asarray(identity_counts, dtype=np.int64)
            for key, n in form_counts.items():
                form_totals[key] = form_totals.get(key, 0) + n
        for at, identity in enumerate(self.registry.identities):
            identity.quotes = int(identity_totals[at])
        for (at, name), n in form_totals.items():
            for form in self.registry.identities[at].forms:
                if form.name == name and form.as_speaker:
                    form.quotes = n

    # -- searching ------------------------------------------------------------------

    def search(self, query: str = "", *, filters: Optional[dict[str, list[str]]] = None,
               sort: str = "relevance", page: int = 1, page_size: int = 20,
               facet_limit: int = FACET_LIMIT, seconds: float = SEARCH_SECONDS,
               literal: bool = False, relax: bool = True,
               dates: Optional[tuple[Optional[str], Optional[str]]] = None) -> SearchResults:
        """`engine.search` over every shard (same arguments, same answer). One
        search at a time, as on one index (`snapshot.reading` holds its lock):
        the registry and the shards lost during a search are shared state."""
        with self.lock:
            return self._search(query, filters=filters, sort=sort, page=page, page_size=page_size,
                                facet_limit=facet_limit, seconds=seconds, literal=literal,
                                relax=relax, dates=dates)

    def _search(self, query: str, *, filters, sort, page, page_size, facet_limit, seconds,
                literal, relax, dates) -> SearchResults:
        filters = _checked(filters, sort)
        if not 1 <= page <= MAX_PAGE:
            raise SearchError(f"page must be between 1 and {MAX_PAGE}")
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
        getattr(self.shards, "begin", lambda: None)()
        if self.registry is None:
            self.refresh(self.shards.call("generation"))
        question = None
        if not literal and query and isinstance(query, str) and not is_query_language(query):
            question = read_question(query[:MAX_QUERY_CHARS], self.registry, self._names)
        searched = with_dates(question.query if question else query, dates)
        parsed = parse_query(searched)
        check_breadth(parsed.user_query)
        budget = SearchBudget(seconds)
        if filters.get("speaker"):
            filters["speaker"] = list(dict.fromkeys(self._canonical(v) for v in filters["speaker"]))
        terms = sorted(parsed.text_terms)
        # two round trips with words to rank by (the collection's statistics, then
        # the parts), one without; each answer says which generation it read
        collection = self._collection(terms) if terms else Collection(1, 1.0, {})
        start = (page - 1) * page_size
        request = ShardRequest(searched, filters, sort, start + page_size, collection, self.token,
                               seconds)
        parts = self._parts(request)
        if self._changed([p.generation if p is not None else None for p in parts]):
            # a shard committed since the registry was built: once more, with a new one
            return self.search(query, filters=filters, sort=sort, page=page, page_size=page_size,
                               facet_limit=facet_limit, seconds=seconds, literal=literal,
                               relax=relax, dates=dates)
        # each shard kept to the budget in its own matching; a shard's first search
        # (its facet arrays loaded) is, as in one index, not the search's own time
        answered = [p for p in parts if p is not None]
        total = sum(p.total for p in answered)
        facets = {name: self._facet(name, answered, filters.get(name, []), facet_limit)
                  for name in FACET_NAMES}
        hits = [hit for _, hit in sorted((h for p in answered for h in p.hits),
                                         key=lambda pair: pair[0])[start:start + page_size]]
        years: dict[str, int] = {}
        months: dict[int, int] = {}
        for p in answered:
            for value, n in p.years.items():
                years[value] = years.get(value, 0) + n
            for value, n in p.months.items():
                months[value] = months.get(value, 0) + n
        results = SearchResults(
            query=query, total=total, hits=hits, facets=facets, page=page, page_size=page_size,
            sort=sort, filters=filters, message=parsed.message,
            corrected_query=parsed.reading if parsed.repaired else None,
            timeline=sorted((y, n) for y, n in years.items() if n),
            months=[(f"{m // 100:04d}" + (f"-{m % 100:02d}" if m % 100 else ""), n)
                    for m, n in sorted(months.items())])
        results.question = question
        missing = len(parts) - len(answered)
        respelled = relaxed = None
        rare = any(collection.frequencies[t] <= RARE_WORD for t in terms)
        if (total == 0 or rare) and self.fallback is not None and not missing:
            with reading(self.fallback) as snap:
                identity_of_doc(snap)
                results.did_you_mean = _did_you_mean(snap, parsed.reading, filters, query)
                respelled = results.did_you_mean if total == 0 and relax and results.did_you_mean \
                    and not results.did_you_mean.startswith("speaker:") else None
                relaxed = relaxation(snap, parsed, filters, budget) \
                    if total == 0 and relax and not respelled else None
        if total == 0 and not results.did_you_mean and relaxed is None and not missing:
            absent = sorted({w for w in _words(parsed.reading) if ":" not in w
                             and _stem(w.lower()) in parsed.text_terms
                             and not collection.frequencies.get(_stem(w.lower()))})
            if absent:
                results.message = " ".join(filter(None, [results.message, "No quotation has the word" + (
                    "s " if len(absent) > 1 else " ") + ", ".join(f"“{t}”" for t in absent) + "."]))
        unknown = [v for v in filters.get("speaker", [])
                   if v != UNATTRIBUTED and _find_loosely(self.registry, v) is None]
        if unknown:
            results.message = " ".join(filter(None, [results.message, "No speaker is called " + ", ".join(
                f"“{v}”" for v in unknown) + "."]))
        if missing:
            results.message = " ".join(filter(None, [
                results.message, f"Results from {len(answered)} of {len(parts)} shards: "
                                 f"{missing} did not answer and {'is' if missing == 1 else 'are'} "
                                 "being reopened; the counts leave out what "
                                 f"{'it holds' if missing == 1 else 'they hold'}."]))
        results.shards = (len(answered), len(parts))
        if respelled is not None:
            again = self.search(respelled, filters=filters, sort=sort, page=1, page_size=page_size,
                                facet_limit=facet_limit, seconds=seconds, literal=True, relax=False)
            if again.total:
                return as_respelled(again, query, question, respelled, parsed.reading)
            with reading(self.fallback) as snap:
                relaxed = relaxation(snap, parsed, filters, SearchBudget(seconds))
        if relaxed is not None:
            query_relaxed, filters_relaxed, how = relaxed
            again = self.search(query_relaxed, filters=filters_relaxed, sort=sort, page=1,
                                page_size=page_size, facet_limit=facet_limit, seconds=seconds,
                                literal=True, relax=False)
            again.query, again.question, again.did_you_mean = query, question, results.did_you_mean
            again.relaxed = how
            return again
        return results

    def _canonical(self, value: str) -> str:
        if value == UNATTRIBUTED:
            return value
        identity = _find_loosely(self.registry, value)
        return identity.name if identity is not None else value

    def _changed(self, generations: list[Optional[int]]) -> bool:
        """Whether a shard's generation (or the overrides) changed since the
        registry was built; if so the registry is rebuilt."""
        if self._state is not None and (tuple(generations), overrides.stamp_of(self.root)) == self._state:
            return False
        self.refresh(generations)
        return True

    def _collection(self, terms: list[str]) -> Collection:
        answers = self.shards.call("collection", terms)
        if self._changed([p.generation if p is not None else None for p in answers]):
            answers = self.shards.call("collection", terms)
        parts = [p for p in answers if p is not None]
        documents = sum(p.documents for p in parts)
        length = sum(p.length for p in parts)
        return Collection(max(1, documents), length / documents if documents else 1.0,
                          {t: sum(p.frequencies[t] for p in parts) for t in terms})

    def _parts(self, request: ShardRequest) -> list[Optional[ShardPart]]:
        parts = self.shards.call("part", request)
        for number, part in enumerate(parts):
            if part is None and getattr(self.shards, "lost_registry", lambda n: False)(number):
                # a shard reopened since the registry was given out: give it again
                self.shards.call_one(number, "use_registry", self.token, self.registry)
                try:
                    parts[number] = self.shards.call_one(number, "part", request)
                except Exception:       # noqa: BLE001 - reported as a shard that did not answer
                    parts[number] = None
        return parts

    def _facet(self, name: str, parts: list[ShardPart], selected: list[str],
               limit: int) -> list[FacetValue]:
        """One facet's counts over every shard, cut and ordered as `FacetTable.counts`
        and `speakers.speaker_facet` order one index's."""
        counts: dict = {}
        for part in parts:
            for value, n in part.facets[name].items():
                counts[value] = counts.get(value, 0) + n
        if name == "speaker":
            names = [UNATTRIBUTED] + [identity.name for identity in self.registry.identities]
            order = sorted(counts, key=lambda i: (-counts[i], names[i], i))
            result = [FacetValue(names[i], counts[i], names[i] in selected) for i in order[:limit]]
        else:
            order = sorted(counts, reverse=True) if name == "year" else \
                sorted(counts, key=lambda v: (-counts[v], v))
            result = [FacetValue(v, counts[v], v in selected) for v in order[:limit]]
        for value in selected:
            if not any(v.value == value for v in result):
                result.append(FacetValue(value, 0, True))
        return result


def _words(text: str) -> list[str]:
    import re
    return re.findall(r"[\w'’\-]+", text)




def attach_local(index) -> FanoutSearch:
    """Searches of the sharded ``index`` fan out over its shards, in this process."""
    index.fanout = FanoutSearch(LocalShards(index), index.path, fallback=index)
    return index.fanout

