"""Adding up the shards' parts of a search (`shard_part.ShardPart`) into the
page one index would give: facet counts summed over one vocabulary, cut and
ordered as `facets.FacetTable.counts` orders one index's; timeline summed;
hits merged by their sort keys.

Each shard counts facets by its own value ids. `ShardVocabularies` keeps, per
facet, one vocabulary of every value any shard has named and, per shard, the
array that maps the shard's ids onto it; a shard's ids only grow, so a part
naming more values than known costs one call for the new ones (``fetch``),
and a shard opened afresh (another ``instance``) starts its map again.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from ..records import FacetValue
from .facets import Vocabulary

# the facets counted by the shards' own value ids ("year" also orders the timeline)
BY_VALUE = ("outlet", "topic", "type", "year")


class ShardVocabularies:
    """Every shard's facet value ids mapped onto one vocabulary per facet."""

    def __init__(self):
        self.vocabularies = {name: Vocabulary() for name in BY_VALUE}
        # shard number -> (instance, {facet: array of global ids by the shard's id})
        self.maps: dict[int, tuple[str, dict[str, np.ndarray]]] = {}

    def learn(self, number: int, part, fetch: Callable[[str, int], tuple[str, list[str]]]) -> None:
        """Know every value id ``part`` (of shard ``number``) counts, asking the shard
        (``fetch(facet, first unknown id)``) for the ones not seen yet."""
        instance, maps = self.maps.get(number, (None, {}))
        if instance != part.instance:
            instance, maps = part.instance, {}
            self.maps[number] = (instance, maps)
        for name in BY_VALUE:
            known = maps.setdefault(name, np.zeros(0, np.int64))   # a shard may know no value yet
            size = max(part.facets[name].size, part.years.size if name == "year" else 0)
            if size <= len(known):
                continue
            answered, values = fetch(name, len(known))
            if answered != instance:
                raise LookupError(f"shard {number} was reopened during the search")
            vocabulary = self.vocabularies[name]
            maps[name] = np.concatenate([known, np.asarray(vocabulary.ids_of(values), dtype=np.int64)])

    def summed(self, name: str, counts: list) -> np.ndarray:
        """(shard number, `shard_part.Counts` by its ids) of every shard, as
        counts by the one vocabulary's ids."""
        total = np.zeros(len(self.vocabularies[name].values), dtype=np.int64)
        for number, part_counts in counts:
            part_counts.add_to(total, self.maps[number][1][name])
        return total

    def values(self, name: str) -> list[str]:
        return self.vocabularies[name].values


def ordered(counts: np.ndarray, values: list, selected: list[str], limit: int,
            newest_first: bool = False) -> list[FacetValue]:
    """The nonzero ``counts`` as one facet's list (`FacetTable.counts`): most
    matches first, ties by value (``newest_first``: by value, descending, as
    years are), cut at ``limit``; a selected value stays listed, at 0."""
    nonzero = np.flatnonzero(counts)
    if newest_first:
        order = sorted(nonzero.tolist(), key=lambda i: values[i], reverse=True)
    else:
        if len(nonzero) > limit:
            # every value tied with the last one shown competes by name
            floor = np.partition(counts[nonzero], len(nonzero) - limit)[len(nonzero) - limit]
            nonzero = nonzero[counts[nonzero] >= floor]
        order = sorted(nonzero.tolist(), key=lambda i: (-counts[i], values[i], i))
    result = [FacetValue(values[i], int(counts[i]), values[i] in selected) for i in order[:limit]]
    for value in selected:
        if not any(v.value == value for v in result):
            result.append(FacetValue(value, 0, True))
    return result


def best_hits(parts: list[tuple[int, object]], start: int, size: int) -> list[tuple[int, int, float]]:
    """(shard number, document number in the shard, score) of hits ``start`` to
    ``start + size`` of every part's best, in the order one index gives (each
    part's are best first, with their sort keys)."""
    with_hits = [(n, p) for n, p in parts if len(p.keys)]
    if not with_hits:
        return []
    scores = np.concatenate([p.scores for _, p in with_hits])
    ranks = np.concatenate([p.ranks for _, p in with_hits])
    keys = np.concatenate([p.keys for _, p in with_hits])
    shards = np.concatenate([np.full(len(p.keys), n) for n, p in with_hits])
    docs = np.concatenate([p.docs for _, p in with_hits])
    order = np.lexsort((keys, ranks, -scores))[start:start + size]
    return [(int(shards[i]), int(docs[i]), float(scores[i])) for i in order.tolist()]


def summed_months(parts: list) -> list[tuple[str, int]]:
    """Matches per month (and per year for quotations dated by the year alone)."""
    months: dict[int, int] = {}
    for p in parts:
        for month, n in zip(p.months.tolist(), p.month_counts.tolist()):
            months[month] = months.get(month, 0) + n
    return [(f"{m // 100:04d}" + (f"-{m % 100:02d}" if m % 100 else ""), n)
            for m, n in sorted(months.items())]


def timeline(vocabularies: ShardVocabularies, parts: list[tuple[int, object]]) -> list[tuple[str, int]]:
    counts = vocabularies.summed("year", [(n, p.years) for n, p in parts])
    values = vocabularies.values("year")
    return sorted((values[i], int(counts[i])) for i in np.flatnonzero(counts))


def speaker_facet(counts: np.ndarray, names: list[str], selected: list[str],
                  limit: int) -> list[FacetValue]:
    """The speaker facet from counts per identity + 1 (0: unattributed, named
    ``names[0]``), ordered by matches, then name, then identity number
    (`speakers.speaker_facet`): a facet's order, over identities."""
    return ordered(counts, names, selected, limit)
