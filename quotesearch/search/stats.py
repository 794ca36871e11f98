"""What an index holds: counts of articles, quotations, speakers, sources."""
from __future__ import annotations

import json

from ..index.schema import ARTICLE
from ..index.store import QuoteIndex
from ..records import IndexStats
from .snapshot import reading
from .speakers import _iso, registry


def index_is_empty(index: QuoteIndex) -> bool:
    """Whether the index holds nothing yet (read from the cached snapshot, so it
    costs nothing on every page view)."""
    with reading(index) as snap:
        return snap.searcher.doc_count() == 0


def index_stats(index: QuoteIndex) -> IndexStats:
    with reading(index) as snap:
        table = snap.facets
        live = table.live
        dates = table.date[live]
        dates = dates[dates > 0]
        cached = snap.cache.get("articles")
        if cached is None:
            articles = sources = 0
            for stored in snap.searcher.documents(kind=ARTICLE):
                articles += 1
                sources += len(json.loads(stored["data"])["quotes"])
            cached = snap.cache["articles"] = (articles, sources)
        articles, sources = cached
        return IndexStats(
            articles=articles, quotes=int(live.sum()), speakers=len(registry(snap).identities),
            sources=sources, outlets=len(table.value_counts("outlet", live)),
            topics=len(table.value_counts("topic", live)),
            first_date=_iso(dates.min()) if len(dates) else None,
            last_date=_iso(dates.max()) if len(dates) else None)


def top_values(index: QuoteIndex, facet: str, limit: int = 200,
               prefix: str = "") -> list[tuple[str, int]]:
    """The values of a facet (topics, outlets …) over every quotation, most
    quoted first; with ``prefix``, those with a word starting with it."""
    wanted = prefix.casefold().strip()
    with reading(index) as snap:
        counts = snap.facets.value_counts(facet, snap.facets.live)
    found = [(v, n) for v, n in counts.items()
             if not wanted or any(w.startswith(wanted) for w in v.casefold().split())]
    return sorted(found, key=lambda t: (-t[1], t[0]))[:limit]
