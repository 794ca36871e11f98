"""Search: a query, facet selections, a sort and a page in; typed results out.

`search` is the one function behind ``quotesearch search``, the web page and
``/api/search``. Matching is Whoosh's (stemmed full text, phrases, operators,
fields); which quotations match becomes a document mask, from which facet
counts, the timeline and date sorting are computed as array operations
(`quotesearch.search.facets`); relevance order comes from Whoosh's BM25F with
the facet selections as a filter.
"""
from __future__ import annotations

import difflib
import re
import json
from typing import Callable, Iterator, Optional

import numpy as np

from ..extract.names import GENERATIONS
from ..index.schema import TEXT_ANALYZER
from ..index.store import QuoteIndex, quote_from_json
from ..records import Highlight, IndexedQuote, QuoteHit, SearchResults
from .errors import SearchError
from .facets import FACET_NAMES
from .limits import EXPORT_SECONDS, SEARCH_SECONDS, SearchBudget, check_breadth
from .matching import DocSets
from .query import MAX_QUERY_CHARS, parse_query
from .questions import NameTable, is_query_language, read_question
from .relaxing import relaxation
from .snapshot import Snapshot, held, reading
from .speakers import canonical_value, identity_of_doc, registry, speaker_facet, speaker_selection
from .spelling import respell
from .timeline import month_counts, with_dates

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
FACET_LIMIT = 30


def search(index: QuoteIndex, query: str = "", *, filters: Optional[dict[str, list[str]]] = None,
           sort: str = "relevance", page: int = 1, page_size: int = 20,
           facet_limit: int = FACET_LIMIT, seconds: float = SEARCH_SECONDS,
           literal: bool = False, relax: bool = True,
           dates: Optional[tuple[Optional[str], Optional[str]]] = None) -> SearchResults:
    """Search the quotations of ``index``.

    ``filters`` maps facet names (speaker, outlet, topic, type, year) to the
    values selected: values of one facet are OR-ed, facets AND-ed. A query in
    plain words is read as a question (`questions`: "what did Trump say about
    Clinton") unless ``literal``; with ``relax``, a search matching nothing is
    relaxed (`relaxing`) and says how. ``dates`` (from, to: "2016", "2016-03"
    or "2016-03-14", either None) keeps the matches dated in that range. A query whose wildcards are too broad, or
    whose matching takes longer than ``seconds``, raises `QueryTooBroad`.
    """
    if hasattr(index, "searching"):         # a sharded index: fan-out and merge (`fanout`)
        return index.searching().search(query, filters=filters, sort=sort, page=page,
                                        page_size=page_size, facet_limit=facet_limit,
                                        seconds=seconds, literal=literal, relax=relax, dates=dates)
    filters = _checked(filters, sort)
    if not 1 <= page <= MAX_PAGE:
        raise SearchError(f"page must be between 1 and {MAX_PAGE}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}")
    with reading(index) as snap:
        # once per index generation, and not a search's own time: who is who
        identity_of_doc(snap)
        question = None if literal else understood(snap, query)
        parsed = parse_query(with_dates(question.query if question else query, dates))
        check_breadth(parsed.user_query)
        budget = SearchBudget(seconds)
        table = snap.facets
        sets = snap.docsets()
        matched, selections, final = _match(snap, parsed, filters, budget)
        facets = {}
        for name in FACET_NAMES:
            mask = facet_mask(matched, selections, name)
            if name == "speaker":
                facets[name] = speaker_facet(snap, mask, filters.get(name, []), facet_limit)
            else:
                facets[name] = table.counts(name, mask, filters.get(name, []), facet_limit)
        total = int(final.sum())
        start = (page - 1) * page_size
        ranked = _ordered(sets, table, parsed, final, sort, start + page_size, budget)
        hits = [_hit(snap, docnum, score, parsed.text_terms) for docnum, score in ranked[start:]]
        timeline = sorted(((v.value, v.count) for v in
                           table.counts("year", final, [], 10_000) if v.count), key=lambda t: t[0])
        results = SearchResults(
            query=query, total=total, hits=hits, facets=facets, page=page,
            page_size=page_size, sort=sort, filters=filters, message=parsed.message,
            corrected_query=parsed.reading if parsed.repaired else None, timeline=timeline,
            months=month_counts(table.date, final))
        results.question = question
        if total == 0 or _has_rare_word(snap, parsed.text_terms):
            results.did_you_mean = _did_you_mean(snap, parsed.reading, filters, query)
        respelled = results.did_you_mean if total == 0 and relax and results.did_you_mean and \
            not results.did_you_mean.startswith("speaker:") else None
        relaxed = relaxation(snap, parsed, filters, budget) if total == 0 and relax and not respelled \
            else None
        if total == 0 and not results.did_you_mean and relaxed is None:
            reader = snap.searcher.reader()
            absent = sorted({w for w in re.findall(r"[\w'’\-]+", parsed.reading) if ":" not in w
                             and _stem(w.lower()) in parsed.text_terms
                             and not reader.doc_frequency("text", _stem(w.lower()))})
            if absent:
                results.message = " ".join(filter(None, [results.message, "No quotation has the word" + (
                    "s " if len(absent) > 1 else " ") + ", ".join(f"“{t}”" for t in absent) + "."]))
        unknown = [v for v in filters.get("speaker", []) if not known_speaker(snap, v)]
        if unknown:
            results.message = " ".join(filter(None, [results.message, "No speaker is called " + ", ".join(
                f"“{v}”" for v in unknown) + "."]))
    if respelled is not None:
        # a misspelling first: the words as respelled, if they find something
        again = search(index, respelled, filters=filters, sort=sort, page=1, page_size=page_size,
                       facet_limit=facet_limit, seconds=seconds, literal=True, relax=False)
        if again.total:
            return as_respelled(again, query, question, respelled, parsed.reading)
        relaxed = relaxation_for(index, parsed, filters, seconds)
    if relaxed is not None:
        # nothing matched all of it: what matches the most of it, and say so
        query_relaxed, filters_relaxed, how = relaxed
        again = search(index, query_relaxed, filters=filters_relaxed, sort=sort, page=1,
                       page_size=page_size, facet_limit=facet_limit, seconds=seconds,
                       literal=True, relax=False)
        again.query, again.question, again.did_you_mean = query, question, results.did_you_mean
        again.relaxed = how
        return again
    return results


def relaxation_for(index: QuoteIndex, parsed, filters: dict, seconds: float):
    with reading(index) as snap:
        return relaxation(snap, parsed, filters, SearchBudget(seconds))


def known_speaker(snap: Snapshot, value: str) -> bool:
    from .speakers import UNATTRIBUTED, _find_loosely
    return value == UNATTRIBUTED or _find_loosely(registry(snap), value) is not None


def understood(snap: Snapshot, query: str):
    """The question a plain-words query asks (`questions.read_question`), or None."""
    if not query or not isinstance(query, str) or is_query_language(query):
        return None
    found = registry(snap)
    names = snap.cache.get("question_names")
    if names is None or names[0] is not found:
        names = snap.cache["question_names"] = (found, NameTable(found))
    return read_question(query[:MAX_QUERY_CHARS], found, names[1])


def _checked(filters: Optional[dict[str, list[str]]], sort: str) -> dict[str, list[str]]:
    filters = {k: [v for v in dict.fromkeys(vs) if v] for k, vs in (filters or {}).items() if vs}
    for name in filters:
        if name not in FACET_NAMES:
            raise SearchError(f"unknown facet {name!r} (facets: {', '.join(FACET_NAMES)})")
    if sort not in SORTS:
        raise SearchError(f"unknown sort {sort!r} (sorts: {', '.join(SORTS)})")
    return filters


def as_respelled(again: SearchResults, query: str, question, respelled: str, reading: str) -> SearchResults:
    """The results of the respelled words, saying what was typed and what is shown."""
    again.query, again.question, again.did_you_mean = query, question, respelled
    before = [w for w in reading.split() if ":" not in w]
    after = [w for w in respelled.split() if ":" not in w]
    typed = " ".join(w for w in before if w not in after)
    meant = " ".join(w for w in after if w not in before)
    again.relaxed = (f"Nothing matched “{typed}”; showing “{meant}” instead." if typed and meant
                     else f"Nothing matched as typed; showing “{respelled}”.")
    return again


def facet_mask(matched, selections: dict, name: str):
    """The documents a facet counts: those matched and selected by every other facet."""
    mask = matched.copy()
    for other, selected in selections.items():
        if other != name:
            mask &= selected
    return mask


def _match(snap: Snapshot, parsed, filters: dict[str, list[str]], budget: SearchBudget):
    """(matches of the query, each facet's selection, matches of both)."""
    table = snap.facets
    if filters.get("speaker"):
        # an id, an older id, an alias or a name form: the speaker it belongs to
        filters["speaker"] = list(dict.fromkeys(canonical_value(snap, v) for v in filters["speaker"]))
    if parsed.is_everything or parsed.user_query is None:
        matched = table.mask_of(None)
    else:
        matched = table.mask_of(snap.docsets().docs(parsed.user_query, budget))
    selections = {name: (speaker_selection(snap, values) if name == "speaker"
                         else table.selection(name, values)) for name, values in filters.items()}
    final = matched.copy()
    for selected in selections.values():
        final &= selected
    return matched, selections, final


def _ordered(sets: DocSets, table, parsed, final: np.ndarray, sort: str, limit: int,
             budget: SearchBudget) -> list[tuple[int, float]]:
    """The first ``limit`` matches in the order ``sort`` asks for."""
    if sort == "relevance" and parsed.text_terms:
        budget.check()
        return _ranked(sets, table, parsed.text_terms, final, limit)
    # relevance without words to rank by: newest first
    return _by_date(table, final, newest=sort != "oldest", limit=limit)


def _ranked(sets: DocSets, table, terms: set[str], final: np.ndarray,
            limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` matches by BM25 over the quotation text; ties (and
    queries without words, only filters) newest first."""
    docs = np.flatnonzero(final)
    if limit <= 0 or not len(docs):
        return []
    scores = sets.bm25(terms, docs, table.length)
    dates = table.date[docs]
    if len(docs) > limit * 4:
        # only the candidates that can be on the page are sorted in full
        keep = np.argpartition(-scores, limit - 1)[:limit] if limit < len(docs) else slice(None)
        threshold = scores[keep].min()
        keep = np.flatnonzero(scores >= threshold)
        docs, scores, dates = docs[keep], scores[keep], dates[keep]
    # ties by the quotation's id, not its document number: the same in every build
    order = np.lexsort((table.key[docs], -dates.astype(np.int64), -scores))[:limit]
    return [(int(docs[i]), float(scores[i])) for i in order]


def _by_date(table, final: np.ndarray, newest: bool, limit: int) -> list[tuple[int, float]]:
    docs = np.flatnonzero(final)
    if not len(docs):
        return []
    dates = table.date[docs].astype(np.int64)
    # undated quotations last, in either order; ties by the quotation's id (not
    # its document number, which differs between two builds of the same articles)
    key = np.where(dates == 0, -1 if newest else 99_999_999, dates)
    rank = -key if newest else key
    if 0 < limit < len(docs) // 4:
        # only what can be on the page is sorted in full: every date up to the
        # limit-th (ties included, so the cut is the same as a full sort's)
        last = np.partition(rank, limit - 1)[limit - 1]
        keep = np.flatnonzero(rank <= last)
        docs, rank = docs[keep], rank[keep]
    order = np.lexsort((table.key[docs], rank))
    return [(int(d), 0.0) for d in docs[order[:limit]]]


def _hit(snap: Snapshot, docnum: int, score: float, terms: set[str]) -> QuoteHit:
    quote = quote_from_json(json.loads(snap.searcher.stored_fields(docnum)["data"])).listed()
    return QuoteHit(quote=quote, score=score, highlight=highlight(quote.text, terms))


def highlight(text: str, terms: set[str]) -> Highlight:
    """``text`` cut into pieces, the words whose stems are in ``terms`` marked."""
    if not terms:
        return Highlight(((text, False),))
    pieces, at = [], 0
    for token in TEXT_ANALYZER(text, chars=True, mode="query"):
        if token.text in terms:
            if token.startchar > at:
                pieces.append((text[at:token.startchar], False))
            pieces.append((text[token.startchar:token.endchar], True))
            at = token.endchar
    if at < len(text):
        pieces.append((text[at:], False))
    return Highlight(tuple(pieces))


def _did_you_mean(snap: Snapshot, reading: str, filters: dict, asked: str = "") -> Optional[str]:
    """A respelling of the query that the index knows: a speaker's name for a
    misspelled one when the query looks like a name ("Zhang Hanhi", "Lindkvist"),
    else the query with its unknown words corrected against the index's words."""
    import re
    for value in filters.get("speaker", []):
        better = closest_speaker(snap, value)
        if better and better != value:
            return f'speaker:"{better}"'
    typed = " ".join((asked or reading or "").split()).strip('"')
    if typed and len(typed.split()) > 1 and _looks_like_a_name(typed):
        better = closest_speaker(snap, typed)
        if better and better.lower() != typed.lower():
            return f'speaker:"{better}"'
    changed = False
    reader = snap.searcher.reader()
    out = []
    # field conditions and phrases stay whole ('speaker:"Bernie Sanders"', "date:[… TO …]")
    for piece in re.findall(r'[A-Za-z_]\w*:"[^"]*"|[A-Za-z_]\w*:[\[{][^\]}]*[\]}]|"[^"]*"|\S+|\s+', reading):
        word = piece.lower()
        speaker = re.fullmatch(r'speaker:"?([^"]+)"?', piece)
        if speaker:
            better = closest_speaker(snap, speaker.group(1))
            if better and better.lower() != speaker.group(1).lower():
                out.append(f'speaker:"{better}"')
                changed = True
                continue
        elif (re.fullmatch(r"[a-z][a-z'\-]{2,}", word) and word not in ("and", "or", "not")
                and reader.doc_frequency("text", _stem(word)) <= RARE_WORD):
            suggestion = respell(word, lambda w: reader.doc_frequency("text", _stem(w)))
            if suggestion:
                out.append(suggestion)
                changed = True
                continue
        out.append(piece)
    return "".join(out) if changed else None


def _generation(name: str) -> str:
    last = name.split()[-1].lower().strip(".,") if name.split() else ""
    return last if last in GENERATIONS else ""


def _looks_like_a_name(text: str) -> bool:
    """One to four capitalised words and nothing else ("Zhang Hanhi", "Hilary
    Clinton"): a speaker's name may be meant; "immigraton" is a word."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w’'\-.]*", w) for w in words)


RARE_WORD = 3      # a word in at most this many quotations may be a misspelling ("Hilary")


def _has_rare_word(snap: Snapshot, terms: set[str]) -> bool:
    reader = snap.searcher.reader()
    return any(reader.doc_frequency("text", t) <= RARE_WORD for t in terms)


def _stem(word: str) -> str:
    tokens = [t.text for t in TEXT_ANALYZER(word, mode="query")]
    return tokens[0] if tokens else word


def closest_speaker(snap: Snapshot, name: str) -> Optional[str]:
    """The registry's speaker whose name (or a word of it) is closest to ``name``;
    never across a generation ("Donald Trump Jr." is not close to Donald Trump)."""
    generation = _generation(name)
    names = [identity.name for identity in registry(snap).identities
             if _generation(identity.name) == generation]
    lowered = {n.lower(): n for n in reversed(names)}
    match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.75)
    if not match:
        # a misspelled surname alone ("Zhnag") against each name's words
        words = {w.lower(): n for n in reversed(names) for w in n.split() if len(w) > 2}
        match_word = difflib.get_close_matches(name.lower(), list(words), n=1, cutoff=0.75)
        return words[match_word[0]] if match_word else None
    return lowered[match[0]]


EXPORT_CHUNK = 500


class RowCache:
    """Encoded export rows of one index generation, by document number, up to
    ``limit_bytes`` in all: an unchanged index exports a second time without
    reading and encoding its records again. Lives in the generation's
    `Snapshot.cache`, so a commit drops it with the snapshot."""

    def __init__(self, limit_bytes: int):
        self.rows: dict[int, bytes] = {}
        self.limit = limit_bytes
        self.size = 0

    def keep(self, docnum: int, row: bytes) -> bytes:
        if self.size + len(row) <= self.limit:
            self.rows[docnum] = row         # one dict store: safe without a lock
            self.size += len(row)
        return row


class MatchStream:
    """Every quotation matching a search, in its order, for exports: the search
    runs once, when the stream is made (so a query too broad is refused before
    anything is sent); the records are then read a chunk at a time, the index
    lock held only while a chunk is read, so other searches go on between
    chunks and memory stays flat however many match. Close it (or use it as a
    context manager) to release the index generation it reads."""

    def __init__(self, index: QuoteIndex, query: str = "", *,
                 filters: Optional[dict[str, list[str]]] = None, sort: str = "relevance",
                 seconds: float = EXPORT_SECONDS, literal: bool = False,
                 dates: Optional[tuple[Optional[str], Optional[str]]] = None):
        filters = _checked(filters, sort)
        self._holding = held(index)
        self._snap = self._holding.__enter__()
        try:
            with self._snap.lock:
                identity_of_doc(self._snap)
                # the same reading as the page the export was asked from
                question = None if literal else understood(self._snap, query)
                parsed = parse_query(with_dates(question.query if question else query, dates))
                check_breadth(parsed.user_query)
                budget = SearchBudget(seconds)
                _, _, final = _match(self._snap, parsed, filters, budget)
                ranked = _ordered(self._snap.docsets(), self._snap.facets, parsed, final, sort,
                                  int(final.sum()), budget)
        except BaseException:
            self.close()
            raise
        self.docnums = np.fromiter((d for d, _ in ranked), dtype=np.int64, count=len(ranked))
        self.total = len(self.docnums)

    def __iter__(self) -> Iterator[IndexedQuote]:
        try:
            for start in range(0, self.total, EXPORT_CHUNK):
                with self._snap.lock:
                    chunk = [self._snap.searcher.stored_fields(int(d))["data"]
                             for d in self.docnums[start:start + EXPORT_CHUNK]]
                for data in chunk:
                    yield quote_from_json(json.loads(data))
        finally:
            self.close()

    def encoded(self, kind: str, encode: Callable[[dict], bytes], cache_bytes: int,
                limit: Optional[int] = None) -> Iterator[list[bytes]]:
        """The first ``limit`` matches (None: all) as ``encode(stored record)``, a
        chunk (list) at a time. Rows are cached per generation and ``kind`` (see
        `RowCache`); the stored records of the rest are read in bulk, the index
        lock held only while reading them, and decoded as plain JSON (no
        `IndexedQuote`)."""
        cache = self._snap.cache.get(("rows", kind))
        if cache is None:
            cache = self._snap.cache.setdefault(("rows", kind), RowCache(cache_bytes))
        count = self.total if limit is None else min(self.total, limit)
        try:
            for start in range(0, count, EXPORT_CHUNK):
                docs = self.docnums[start:min(count, start + EXPORT_CHUNK)].tolist()
                rows = [cache.rows.get(d) for d in docs]
                missing = [i for i, row in enumerate(rows) if row is None]
                if missing:
                    with self._snap.lock:
                        stored = [self._snap.searcher.stored_fields(docs[i])["data"]
                                  for i in missing]
                    for i, data in zip(missing, stored):
                        rows[i] = cache.keep(docs[i], encode(json.loads(data)))
                yield rows
        finally:
            self.close()

    def close(self) -> None:
        if self._holding is not None:
            holding, self._holding = self._holding, None
            holding.__exit__(None, None, None)

    def __enter__(self) -> "MatchStream":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def iter_matches(index: QuoteIndex, query: str = "", *,
                 filters: Optional[dict[str, list[str]]] = None,
                 sort: str = "relevance", literal: bool = False) -> Iterator[IndexedQuote]:
    """Every quotation matching a search, in its order (see `MatchStream`)."""
    return iter(MatchStream(index, query, filters=filters, sort=sort, literal=literal))
