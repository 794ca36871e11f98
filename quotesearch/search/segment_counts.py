"""Counts kept per segment, so that what an index holds is summed, not recounted.

The closing summary of ``ingest`` (articles, quotations, speakers, outlets,
topics, first and last date) used to build the facet table of the whole index
(every segment's arrays concatenated) and count over it: about two seconds at
a million quotations. A segment never changes once written except by
deletions, so its counts are kept next to its facet arrays, in the index
folder's ``facets/`` subfolder (``<segment>.counts.json``), stamped with the
number of its documents deleted when they were counted:

* written with the segment by the worker that writes it (`write_new_segment`,
  from the documents in hand, together with its facet arrays), or
* counted from the segment's facet arrays the first time a summary meets a
  segment without them (merged segments, a one-process ingest, an older index)
  or whose deletions changed since, and saved.

The speaker count is the registry's, built from the speaker strings' name
forms (`identity.build_registry`); what `search.speakers` reads from the facet
arrays for it (each string's quotations, kinds, years, aliases, namesakes) is
kept per segment too and summed here, so no array of the whole index is built.
`closing_stats` equals `stats.index_stats(..., count_sources=False)`
(``tests/test_search_segment_counts.py``).
"""
from __future__ import annotations

import json
import os

import numpy as np

from ..identity import SpeakerForm, overrides
from ..identity.registry import count_speakers
from ..records import IndexStats
from .facets import SegmentCache, Vocabulary, _atomic_write, _SegmentArrays, stable_key

SUFFIX = ".counts.json"


# The registry's inputs per speaker string: (facet, kind of facet) pairs counted
# per (speaker, value) over the segment's live quotations with a speaker.
_PAIRS = (("speaker_kind", "single"), ("year", "single"), ("alias", "multi"),
          ("namesake", "multi"))


def _local(ids: np.ndarray, values: list[str]) -> tuple[np.ndarray, list[str]]:
    """``ids`` renumbered 0.. over the values they use, and those values."""
    used, local = np.unique(ids, return_inverse=True)
    return local.astype(np.int64), [values[i] for i in used.tolist()]


def _pair_counts(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each distinct (left, right) pair and how often it occurs."""
    if not len(left):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    width = int(right.max()) + 1
    keys, n = np.unique(left.astype(np.int64) * width + right, return_counts=True)
    return keys // width, keys % width, n


def counts_of(arrays: _SegmentArrays, cache: SegmentCache, live: np.ndarray) -> dict:
    """A segment's counts over its ``live`` quotations (its arrays' value ids
    are ``cache``'s), with value strings local to the segment: lists of ints
    and strings, read back fast."""
    def values(name: str) -> list[str]:
        return cache.vocabularies[name].values

    counts: dict = {"quotes": int(live.sum())}
    dates = arrays.date[live]
    dates = dates[dates > 0]
    counts["dates"] = [int(dates.min()), int(dates.max())] if len(dates) else None
    for name in ("outlet", "topic"):
        docs, ids = arrays.multi[name]
        counts[name] = [values(name)[i] for i in np.unique(ids[live[docs]]).tolist()]
    speaker_ids = arrays.single["speaker"]
    spoken = live & (speaker_ids >= 0)
    speakers, names = _local(speaker_ids[spoken], values("speaker"))
    local_of = np.full(len(values("speaker")) + 1, -1, dtype=np.int64)
    local_of[np.unique(speaker_ids[spoken])] = np.arange(len(names))
    each, n = np.unique(speakers, return_counts=True)
    counts["speakers"] = {"names": names, "quotes": n.tolist()}
    shared = np.zeros(len(live), dtype=bool)
    shared[arrays.multi["namesake"][0]] = True
    each, n = np.unique(local_of[speaker_ids[spoken & shared]], return_counts=True)
    counts["shared"] = [each.tolist(), n.tolist()]
    for name, kind in _PAIRS:
        if kind == "single":
            ids = arrays.single[name]
            both = spoken & (ids >= 0)
            left, right = local_of[speaker_ids[both]], ids[both]
        else:
            docs, ids = arrays.multi[name]
            keep = spoken[docs]
            left, right = local_of[speaker_ids[docs[keep]]], ids[keep]
        right, strings = _local(right, values(name))
        left, right, n = _pair_counts(left, right)
        counts[name] = [strings, left.tolist(), right.tolist(), n.tolist()]
    return counts


def _path(cache: SegmentCache, key: str) -> str | None:
    return os.path.join(cache.folder, key + SUFFIX) if cache.folder else None


def save_counts(cache: SegmentCache, key: str, deleted: int, counts: dict) -> None:
    path = _path(cache, key)
    if path is None:
        return
    try:
        os.makedirs(cache.folder, exist_ok=True)
        _atomic_write(path, json.dumps({"deleted": deleted, **counts},
                                       ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass        # a read-only index folder: counted again next time


def segment_counts(reader, cache: SegmentCache) -> dict:
    """The counts of the segment ``reader`` reads: kept, or counted and kept."""
    segment = reader.segment()
    key = segment.segment_id() if segment is not None else None
    deleted = segment.deleted_count() if segment is not None else 0
    path = _path(cache, key) if key is not None else None
    if path is not None:
        try:
            with open(path, encoding="utf-8") as f:
                kept = json.load(f)
            if kept.get("deleted") == deleted:
                return kept
        except (OSError, ValueError):
            pass
    arrays = cache.arrays(reader)
    live = arrays.quote.copy()
    if reader.has_deletions():
        live[np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)] = False
    counts = counts_of(arrays, cache, live)
    if key is not None:
        save_counts(cache, key, deleted, counts)
    return counts


def speaker_forms(per_segment: list[dict]) -> list[SpeakerForm]:
    """The registry's name forms, as `search.speakers` reads them from the
    whole facet table, summed over the segments' kept counts."""
    vocabularies = {name: Vocabulary() for name in ("speaker",) + tuple(n for n, _ in _PAIRS)}
    speaker_vocabulary = vocabularies["speaker"]
    quotes: tuple[list, list] = ([], [])
    shared: tuple[list, list] = ([], [])
    pairs = {name: ([], [], []) for name, _ in _PAIRS}
    for counts in per_segment:
        to_global = np.array(speaker_vocabulary.ids_of(counts["speakers"]["names"]), dtype=np.int64)
        quotes[0].append(to_global)
        quotes[1].append(np.asarray(counts["speakers"]["quotes"], dtype=np.int64))
        shared[0].append(to_global[np.asarray(counts["shared"][0], dtype=np.int64)])
        shared[1].append(np.asarray(counts["shared"][1], dtype=np.int64))
        for name, _ in _PAIRS:
            strings, left, right, n = counts[name]
            value_of = np.array(vocabularies[name].ids_of(strings), dtype=np.int64)
            into = pairs[name]
            into[0].append(to_global[np.asarray(left, dtype=np.int64)])
            into[1].append(value_of[np.asarray(right, dtype=np.int64)])
            into[2].append(np.asarray(n, dtype=np.int64))
    size = len(speaker_vocabulary.values)

    def summed_by(parts: tuple[list, list]) -> np.ndarray:
        if not parts[0]:
            return np.zeros(size, dtype=np.int64)
        return np.bincount(np.concatenate(parts[0]), weights=np.concatenate(parts[1]),
                           minlength=size).astype(np.int64)
    total, shared_total = summed_by(quotes), summed_by(shared)
    summed: dict[str, dict[int, dict[str, int]]] = {}
    for name, _ in _PAIRS:
        by_speaker: dict[int, dict[str, int]] = {}
        if pairs[name][0]:
            left, right, n = (np.concatenate(part) for part in pairs[name])
            width = max(1, len(vocabularies[name].values))
            keys, inverse = np.unique(left * width + right, return_inverse=True)
            sums = np.bincount(inverse, weights=n).astype(np.int64).tolist()
            strings = vocabularies[name].values
            for speaker, value, count in zip((keys // width).tolist(), (keys % width).tolist(), sums):
                found = by_speaker.get(speaker)
                if found is None:
                    found = by_speaker[speaker] = {}
                found[strings[value]] = count
        summed[name] = by_speaker
    forms = []
    for speaker in np.flatnonzero(total).tolist():
        name = speaker_vocabulary.values[speaker]
        years = summed["year"].get(speaker, {})
        forms.append(SpeakerForm(
            name=name, kind=best_kind(summed["speaker_kind"].get(speaker, {})),
            quotes=int(total[speaker]),
            aliases={a: n for a, n in summed["alias"].get(speaker, {}).items() if a != name},
            years=frozenset(int(y) for y in years if y.isdigit()),
            namesakes=summed["namesake"].get(speaker, {}),
            shared_surname=int(shared_total[speaker])))
    forms.sort(key=lambda form: form.name)
    return forms


def best_kind(kinds: dict[str, int]) -> str | None:
    """The kind most of a speaker string's quotations give it; a tie goes to
    the first by name (not to the one a process happened to read first)."""
    if not kinds:
        return None
    return min(kinds, key=lambda kind: (-kinds[kind], kind))


def closing_stats(index, cache: SegmentCache | None = None) -> IndexStats:
    """`index_stats` without sources, from the counts kept per segment."""
    from .snapshot import _state
    from .stats import index_stats
    if getattr(index, "shards", None):        # a sharded index (`index.sharded`)
        return index_stats(index, count_sources=False)
    cache = cache or _state(index).segments
    with index.searcher() as searcher:
        reader = searcher.reader()
        leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
        per_segment = [segment_counts(leaf, cache) for leaf, _ in leaves
                       if leaf.doc_count_all()]
        documents = searcher.doc_count()
        if searcher.up_to_date():
            # the files of segments merged away (workers write them with every
            # segment, so an index only ever ingested into would gather them)
            cache.forget_files_except({leaf.segment().segment_id() for leaf, _ in leaves
                                       if leaf.segment() is not None})
    quotes = sum(c["quotes"] for c in per_segment)
    dates = [c["dates"] for c in per_segment if c["dates"]]
    outlets = {v for c in per_segment for v in c["outlet"]}
    topics = {v for c in per_segment for v in c["topic"]}
    speakers = count_speakers(speaker_forms(per_segment), overrides.load(index.path))
    return IndexStats(
        articles=documents - quotes, quotes=quotes, speakers=speakers,
        sources=None, outlets=len(outlets), topics=len(topics),
        first_date=_iso(min(d[0] for d in dates)) if dates else None,
        last_date=_iso(max(d[1] for d in dates)) if dates else None)


def _iso(value: int) -> str:
    from .speakers import _iso as iso
    return iso(value)


def write_new_segment(folder: str, key: str, documents: list[dict]) -> None:
    """Keep the facet arrays and counts of a segment just written from
    ``documents`` (in document-number order): what `SegmentCache` would read
    from its facets column, without reading it back."""
    cache = SegmentCache(folder)
    arrays = arrays_of_documents(documents, cache)
    cache._save(key, arrays)
    save_counts(cache, key, 0, counts_of(arrays, cache, arrays.quote.copy()))


def arrays_of_documents(documents: list[dict], cache: SegmentCache) -> _SegmentArrays:
    """`SegmentCache._read` of a segment holding ``documents``, from the
    documents themselves."""
    raw = [document.get("facets") or b"" for document in documents]
    keys = np.zeros(len(documents), dtype=np.uint64)
    for docnum, document in enumerate(documents):
        if document["id"].startswith("q:"):
            keys[docnum] = stable_key(document["id"][2:])
    return cache.arrays_from_column(raw, keys)
