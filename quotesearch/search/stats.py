"""What an index holds: counts of articles, quotations, speakers, sources."""
from __future__ import annotations

import numpy as np

from ..index.schema import ARTICLE, SPEAKER
from ..index.store import QuoteIndex
from ..records import IndexStats
from .snapshot import reading


def index_stats(index: QuoteIndex) -> IndexStats:
    with reading(index) as snap:
        table = snap.facets
        live = table.live
        dates = table.date[live]
        dates = dates[dates > 0]

        def iso(value: int) -> str:
            text = str(int(value))
            return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
        searcher = snap.searcher
        articles = sum(1 for _ in searcher.document_numbers(kind=ARTICLE))
        speakers = sum(1 for _ in searcher.document_numbers(kind=SPEAKER))
        sources = snap.cache.get("sources")
        if sources is None:
            sources = snap.cache["sources"] = _count_sources(searcher)
        return IndexStats(
            articles=articles, quotes=int(live.sum()), speakers=speakers, sources=sources,
            outlets=len(table.value_counts("outlet", live)), topics=len(table.value_counts("topic", live)),
            first_date=iso(dates.min()) if len(dates) else None,
            last_date=iso(dates.max()) if len(dates) else None)


def _count_sources(searcher) -> int:
    """Reports of quotations: every article's quotation count, summed."""
    import json
    return int(np.sum([len(json.loads(d["data"])["quotes"]) for d in searcher.documents(kind=ARTICLE)]
                      or [0]))
