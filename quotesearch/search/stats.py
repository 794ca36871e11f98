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


def index_stats(index: QuoteIndex, count_sources: bool = True) -> IndexStats:
    """The counts of an index. Everything but ``sources`` comes from the facet
    arrays and the document count; ``sources`` (quotations as each article
    gives them, before duplicates are merged) means reading every stored
    article, so a caller that must answer at once (the end of ``ingest``)
    passes ``count_sources=False`` and gets None."""
    with reading(index) as snap:
        table = snap.facets
        live = table.live
        dates = table.date[live]
        dates = dates[dates > 0]
        # every live document is a quotation or an article
        articles = snap.searcher.doc_count() - int(live.sum())
        # a sharded index records each article in every shard (`index.sharded`)
        articles //= len(getattr(index, "shards", ())) or 1
        sources = snap.cache.get("sources")
        if sources is None and count_sources:
            sources = snap.cache["sources"] = sum(
                len(json.loads(stored["data"])["quotes"])
                for stored in snap.searcher.documents(kind=ARTICLE))
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
