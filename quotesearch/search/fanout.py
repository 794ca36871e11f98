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

import itertools
import json
import threading
from typing import Optional

import numpy as np

from ..identity import build_registry, overrides
from ..index.store import quote_from_json
from ..records import QuoteHit, SearchResults
from .engine import (FACET_LIMIT, MAX_PAGE, MAX_PAGE_SIZE, RARE_WORD, SORTS, _checked,
                     _did_you_mean, _stem, as_respelled, highlight)
from .errors import SearchError
from .facets import FACET_NAMES
from .limits import SEARCH_SECONDS, SearchBudget, check_breadth
from .query import MAX_QUERY_CHARS, parse_query
from .questions import NameTable, is_query_language, read_question
from .relaxing import relaxation
from .shard_merge import ShardVocabularies, best_hits, ordered, speaker_facet, summed_months, timeline
from .shard_part import (Collection, Overview, RegistryMissing, ShardPart, ShardRequest,
                         ShardSearcher, Stale)
from .snapshot import reading
from .speakers import UNATTRIBUTED, _find_loosely, identity_of_doc
from .timeline import with_dates

__all__ = ["ShardSearcher", "LocalShards", "FanoutSearch", "Collection", "ShardRequest",
           "ShardPart", "Overview", "RegistryMissing", "Stale", "SORTS", "attach_local"]


# searches redone when a shard is found at another generation than planned for
# (a commit meanwhile) before giving up: commits are minutes apart in practice
STALE_ATTEMPTS = 5


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
    `LocalShards`, or `cluster_search.ClusterShards`), merging as one index.
    ``fallback`` is the sharded index itself (its folder, shared with the
    shards' holders): its shards' word statistics are read here."""

    def __init__(self, shards, root: str, fallback=None):
        self.shards = shards
        self.root = root
        self.fallback = fallback          # the shards read as one index (the shared folder)
        self.registry = None
        self._names = None
        self._state = None                # (shard generations, overrides stamp) of the registry
        self._sizes: list[Optional[tuple[int, int]]] = []   # per shard: (documents, length)
        self._lexicon = None              # every shard's term tables, read as one
        self.vocabularies = ShardVocabularies()
        self._tokens = itertools.count(1)
        self.token = 0
        self.lock = threading.RLock()

    # -- the registry over every shard --------------------------------------------

    def lexicon(self):
        """A Whoosh reader of every shard's segments at their newest generations:
        how many documents hold a word, read here rather than asked of the shards."""
        if self._lexicon is None or not self._lexicon.up_to_date():
            from ..index.sharded import combined_searcher
            if self._lexicon is not None:
                self._lexicon.close()
            self._lexicon = combined_searcher(self.fallback.shards)
        return self._lexicon

    def refresh(self, generations: list[Optional[int]]) -> None:
        """Rebuild the registry when a shard's generation or the overrides changed
        since it was built, and give it to every shard."""
        state = (tuple(generations), overrides.stamp_of(self.root))
        if self.registry is not None and state == self._state:
            return
        answers: list[Optional[Overview]] = self.shards.call("overview")
        forms = [form for answer in answers if answer is not None for form in answer.forms]
        forms.sort(key=lambda form: form.name)
        self.registry = build_registry(forms, overrides.load(self.root))
        self._settle_counts()
        self._names = NameTable(self.registry)
        self._speaker_names = [UNATTRIBUTED] + [i.name for i in self.registry.identities]
        self.token = next(self._tokens)
        self.shards.call("use_registry", self.token, self.registry)
        self._sizes = [(a.documents, a.length) if a is not None else None for a in answers]
        # the generations the forms were read at (a part of another is from a newer
        # commit); a shard that did not answer is asked again at the next search
        self._state = None if None in answers else \
            (tuple(a.generation for a in answers), state[1])

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
                literal, relax, dates, attempt: int = 1) -> SearchResults:
        filters = _checked(filters, sort)
        if not 1 <= page <= MAX_PAGE:
            raise SearchError(f"page must be between 1 and {MAX_PAGE}")
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
        getattr(self.shards, "begin", lambda: None)()
        # one round trip per search: the words' statistics are read here, from the
        # shards' term tables at the generations the parts must then be of
        lexicon = self.lexicon()
        generations = list(lexicon.generations)
        self.refresh(generations)
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
        collection = self._collection(lexicon, terms)
        start = (page - 1) * page_size
        request = ShardRequest(searched, filters, sort, start + page_size, collection, self.token,
                               seconds, {shard.path: generation for shard, generation
                                         in zip(self.fallback.shards, generations)}, parsed)
        parts = self._parts(request)
        if any(isinstance(p, Stale) for p in parts):
            # a shard committed since this search read its words: once more, at the new generations
            if attempt >= STALE_ATTEMPTS:
                raise SearchError("the index changed during the search each time it was tried; "
                                  "try again")
            self._state = None
            if self._lexicon is not None:
                self._lexicon.close()
                self._lexicon = None
            return self._search(query, filters=filters, sort=sort, page=page, page_size=page_size,
                                facet_limit=facet_limit, seconds=seconds, literal=literal,
                                relax=relax, dates=dates, attempt=attempt + 1)
        # each shard kept to the budget in its own matching; a shard's first search
        # (its facet arrays loaded) is, as in one index, not the search's own time
        answered = [(n, p) for n, p in enumerate(parts) if p is not None]
        answered = self._learned(answered)
        total = sum(p.total for _, p in answered)
        facets = {name: self._facet(name, answered, filters.get(name, []), facet_limit)
                  for name in FACET_NAMES}
        results = SearchResults(
            query=query, total=total,
            hits=self._hits(lexicon, best_hits(answered, start, page_size), parsed.text_terms),
            facets=facets, page=page, page_size=page_size, sort=sort, filters=filters,
            message=parsed.message, corrected_query=parsed.reading if parsed.repaired else None,
            timeline=timeline(self.vocabularies, answered),
            months=summed_months([p for _, p in answered]))
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

    def _collection(self, lexicon, terms: list[str]) -> Collection:
        """BM25's statistics of every shard: sizes as of the registry's refresh,
        the words' document counts from the term tables."""
        if not terms:
            return Collection(1, 1.0, {})
        sizes = [s for s in self._sizes if s is not None]
        documents = sum(d for d, _ in sizes)
        length = sum(n for _, n in sizes)
        reader = lexicon.reader()
        return Collection(max(1, documents), length / documents if documents else 1.0,
                          {t: reader.doc_frequency("text", t) for t in terms})

    def _parts(self, request: ShardRequest) -> list[Optional[ShardPart | Stale]]:
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

    def _hits(self, lexicon, best: list[tuple[int, int, float]], terms: set[str]) -> list[QuoteHit]:
        """The page's hits, read from the shards' folders: a shard's document
        number is the lexicon's past the documents of the shards before it (the
        same generations: `Stale` saw to that)."""
        hits = []
        for number, doc, score in best:
            stored = lexicon.stored_fields(lexicon.bases[number] + doc)
            quote = quote_from_json(json.loads(stored["data"])).listed()
            hits.append(QuoteHit(quote=quote, score=score, highlight=highlight(quote.text, terms)))
        return hits

    def _learned(self, answered: list[tuple[int, ShardPart]]) -> list[tuple[int, ShardPart]]:
        """The parts whose facet value ids are known here (asking a shard for
        values it names for the first time); a shard that cannot say is left out."""
        known = []
        for number, part in answered:
            try:
                self.vocabularies.learn(number, part, lambda name, at, n=number:
                                        self.shards.call_one(n, "vocabulary", name, at))
            except Exception:           # noqa: BLE001 - its worker died meanwhile
                continue
            known.append((number, part))
        return known

    def _facet(self, name: str, parts: list[tuple[int, ShardPart]], selected: list[str],
               limit: int) -> list:
        """One facet's counts over every shard, cut and ordered as `FacetTable.counts`
        and `speakers.speaker_facet` order one index's."""
        if name == "speaker":
            counts = np.zeros(len(self.registry.identities) + 1, dtype=np.int64)
            for _, part in parts:
                part.facets[name].add_to(counts)
            return speaker_facet(counts, self._speaker_names, selected, limit)
        counts = self.vocabularies.summed(name, [(n, p.facets[name]) for n, p in parts])
        return ordered(counts, self.vocabularies.values(name), selected, limit,
                       newest_first=name == "year")


def _words(text: str) -> list[str]:
    import re
    return re.findall(r"[\w'’\-]+", text)




def attach_local(index) -> FanoutSearch:
    """Searches of the sharded ``index`` fan out over its shards, in this process."""
    index.fanout = FanoutSearch(LocalShards(index), index.path, fallback=index)
    return index.fanout

