"""Quote check: who really said this, and where first?

People remember quotations loosely: words dropped, swapped, reworded. The
check finds candidates the way search does (any of the remembered words, BM25),
then scores each candidate's wording against what was remembered:

* coverage: the share of remembered content words (stemmed) the quotation has;
* order: how well the remembered words line up with the best-matching stretch
  of the quotation (difflib's ratio over word stems), so a shortened quotation
  scores as well as the whole one.

similarity = 0.7 coverage + 0.3 order, between 0 and 1.

The verdict says plainly what a similarity means: "match" (the quotation,
remembered with slips), "close" (much of its wording: worth reading) or "no
close match". The thresholds are calibrated by ``bench/check_calibration.py``
on reworded indexed quotations against unrelated quotations and sentences.
"""
from __future__ import annotations

import difflib
import json
import re

import numpy as np

from ..index.schema import TEXT_ANALYZER, WORD_PATTERN
from ..index.store import QuoteIndex, quote_from_json
from ..records import CheckMatch
from .matching import candidate_lengths, collection_of, idf_of, length_norms, term_scores
from .snapshot import reading
from .wordpostings import WordPostings, word_postings

MAX_CHECK_CHARS = 2000
CANDIDATES = 40
RAREST = 8
MIN_SIMILARITY = 0.3
# Calibrated by bench/check_calibration.py on PolNeAR (640 articles indexed, 200
# held out): at 0.80, 98% of lightly and 90% of heavily reworded quotations are
# a "match"; at 0.70, 99.8% and 98% are at least "close", while 0.8% of
# unrelated texts reach it (most of those are the same words quoted in another
# article). Short remembered texts whose every word a long quotation holds
# reach 0.65-0.75: below 0.70 they are no close match.
MATCH_AT = 0.8
CLOSE_AT = 0.7

MATCH, CLOSE, NO_CLOSE_MATCH = "match", "close", "no close match"

_FILLER = frozenset("""a an the and or but of to in on at for with by from as is are was were be been
it its this that these those i we you he she they our your their his her will would can could
""".split())


_WORD = re.compile(WORD_PATTERN, re.UNICODE)      # as the analyser's tokenizer compiles it
_STEM_CACHE_LIMIT = 200_000
_stem_of: dict[str, str] = {}


def _stems(text: str) -> list[str]:
    """The text analyser's terms of ``text``. Its filters (lower case, stemming)
    work token by token, so each token's term is analysed once and remembered:
    a check analyses the texts of its forty candidates and their sources."""
    stems = []
    for word in _WORD.findall(text):
        stem = _stem_of.get(word)
        if stem is None:
            terms = [t.text for t in TEXT_ANALYZER(word)]
            if len(terms) != 1:     # never for the analyser's own tokens; to be safe
                return [t.text for t in TEXT_ANALYZER(text)]
            if len(_stem_of) >= _STEM_CACHE_LIMIT:
                _stem_of.clear()
            stem = _stem_of[word] = terms[0]
        stems.append(stem)
    return stems


def check_quote(index: QuoteIndex, remembered: str, limit: int = 5) -> list[CheckMatch]:
    """The indexed quotations closest to ``remembered``, most similar first."""
    remembered = (remembered or "")[:MAX_CHECK_CHARS]
    words = _stems(remembered)
    content = [w for w in words if w not in _FILLER]
    if not content:      # nothing but "the and of": nothing to go by
        return []
    with reading(index) as snap:
        posted = word_postings(snap)
        if posted is not None:
            docs, scores = _scored_from_arrays(snap, posted, content)
        else:
            docs, scores = _scored_from_postings(snap, content)
        if docs is None:
            return []
        if len(docs) > CANDIDATES:
            docs = docs[np.argpartition(-scores, CANDIDATES - 1)[:CANDIDATES]]
        candidates = [quote_from_json(json.loads(snap.searcher.stored_fields(int(d))["data"]))
                      for d in docs]
    matches = []
    wanted = set(content)
    for quote in candidates:
        best = 0.0
        # each source's wording counts: an outlet may have the remembered form
        for text in dict.fromkeys([quote.text] + [s.text for s in quote.sources]):
            stems = _stems(text)
            coverage = len(wanted & set(stems)) / len(wanted)
            best = max(best, 0.7 * coverage + 0.3 * _order(words, stems))
        if best >= MIN_SIMILARITY:
            matches.append(CheckMatch(quote, round(best, 3)))
    matches.sort(key=lambda m: (-m.similarity, m.quote.date or "9999", m.quote.id))
    return [CheckMatch(m.quote.listed(), m.similarity) for m in matches[:limit]]


def _rarest(frequency: dict[str, int]) -> tuple[list[str], list[str]]:
    """(the words the index knows, the rarest of them): the rarest words find a
    quotation best, and a few rare posting lists cost a fraction of all of them."""
    known = [w for w in frequency if frequency[w]]
    return known, sorted(known, key=frequency.get)[:RAREST]


def _frequencies(snap, content: list[str]) -> dict[str, int]:
    """How many documents hold each word (Whoosh's count, which BM25 has
    always used), remembered for the snapshot: the common words of one check
    come back in the next."""
    known = snap.cache.get("check_frequencies")
    if known is None or len(known) > 100_000:
        known = snap.cache["check_frequencies"] = {}
    sets = snap.docsets()
    for w in dict.fromkeys(content):
        if w not in known:
            known[w] = sets.doc_frequency("text", w)
    return {w: known[w] for w in dict.fromkeys(content)}


def _scored_from_postings(snap, content: list[str]) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The live documents holding one of the rarest ``content`` words, and their
    BM25 scores for all of them, read from Whoosh's posting lists (an index
    without the words column); (None, None) when the index knows none."""
    sets, table = snap.docsets(), snap.facets
    known, rare = _rarest(_frequencies(snap, content))
    if not rare:
        return None, None
    # the union as a mask over all documents: sorting the concatenated lists
    # cost ~0.1 s when the rarest words are common ones at a million quotations
    holding = np.zeros(table.size, dtype=bool)
    for w in rare:
        holding[sets.holding("text", w)] = True
    docs = np.flatnonzero(holding & table.live)
    return docs, sets.bm25(set(known), docs, table.length)


def _scored_from_arrays(snap, posted: WordPostings,
                        content: list[str]) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The same documents and scores, to the bit, from the segments' posting
    arrays: the same document frequencies (an array's length is Whoosh's count
    of the term), the same BM25 arithmetic (`matching.term_scores`) over the
    terms in the same order. A candidate without a term gains 0 from it, so
    only those holding it are added to."""
    table = snap.facets
    postings = posted.lookup(list(dict.fromkeys(content)))
    holding_count = {w: len(docs) for w, (docs, _) in postings.items()}
    known, rare = _rarest(holding_count)
    if not rare:
        return None, None
    # per-snapshot buffers over all documents, left all False / -1 after use:
    # allocating them for each check cost more than the check's arithmetic
    buffers = snap.cache.get("check_buffers")
    if buffers is None:
        buffers = snap.cache["check_buffers"] = (np.zeros(table.size, dtype=bool),
                                                 np.full(table.size, -1, dtype=np.int32))
    holding, place = buffers
    try:
        for w in rare:
            holding[postings[w][0]] = True
        docs = np.flatnonzero(holding)
    finally:
        holding.fill(False)
    docs = docs[table.live[docs]]
    scores = np.zeros(len(docs), dtype=np.float32)
    if not len(docs):
        return docs, scores
    collection = snap.cache.get("bm25_collection")
    if collection is None:
        collection = snap.cache["bm25_collection"] = collection_of(table.length)
    n, average = collection
    norms = length_norms(candidate_lengths(table.length, docs, average), average)
    place[docs] = np.arange(len(docs), dtype=np.int32)     # each candidate's place
    try:
        for term in set(known):
            holders, counts = postings[term]
            at = place[holders]
            inside = at >= 0
            at = at[inside]
            scores[at] += term_scores(idf_of(n, holding_count[term]),
                                      counts[inside].astype(np.float32), norms[at])
    finally:
        place[docs] = -1
    return docs, scores


def _order(remembered: list[str], stems: list[str]) -> float:
    if not remembered or not stems:
        return 0.0
    width = min(len(stems), len(remembered) + 4)
    best = 0.0
    step = max(1, width // 4)
    for start in range(0, max(1, len(stems) - width + 1), step):
        window = stems[start:start + width]
        best = max(best, difflib.SequenceMatcher(None, remembered, window, autojunk=False).ratio())
    return best


def verdict(similarity: float | None) -> str:
    """What a similarity means to a reader (None: nothing was found)."""
    if similarity is None or similarity < CLOSE_AT:
        return NO_CLOSE_MATCH
    return MATCH if similarity >= MATCH_AT else CLOSE


def overall_verdict(matches: list[CheckMatch]) -> str:
    """The verdict of a check: that of its best match."""
    return verdict(matches[0].similarity if matches else None)
