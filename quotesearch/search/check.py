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

import numpy as np

from ..index.schema import TEXT_ANALYZER
from ..index.store import QuoteIndex, quote_from_json
from ..records import CheckMatch
from .snapshot import reading

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


def _stems(text: str) -> list[str]:
    return [t.text for t in TEXT_ANALYZER(text)]


def check_quote(index: QuoteIndex, remembered: str, limit: int = 5) -> list[CheckMatch]:
    """The indexed quotations closest to ``remembered``, most similar first."""
    remembered = (remembered or "")[:MAX_CHECK_CHARS]
    words = _stems(remembered)
    content = [w for w in words if w not in _FILLER]
    if not content:      # nothing but "the and of": nothing to go by
        return []
    with reading(index) as snap:
        sets = snap.docsets()
        table = snap.facets
        # The rarest words find a quotation best; a few rare posting lists cost
        # a fraction of all of them.
        known = [w for w in dict.fromkeys(content) if sets.doc_frequency("text", w)]
        rare = sorted(known, key=lambda w: sets.doc_frequency("text", w))[:RAREST]
        if not rare:
            return []
        # the union as a mask over all documents: sorting the concatenated lists
        # cost ~0.1 s when the rarest words are common ones at a million quotations
        holding = np.zeros(table.size, dtype=bool)
        for w in rare:
            holding[sets.holding("text", w)] = True
        docs = np.flatnonzero(holding & table.live)
        scores = sets.bm25(set(known), docs, table.length)
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
