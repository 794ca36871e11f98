"""Which segments a commit merges: a size-tiered policy with a ceiling.

Every batch commit writes one new Whoosh segment. Too many segments slow
searches (each term is looked up in each one); merging them costs as much as
indexing their documents again, because Whoosh re-reads and re-writes every
posting in Python. Whoosh's own policy (``MERGE_SMALL``) lets some twenty-five
segments pile up and then merges them *all*, the largest included, so a big
index is rewritten again and again as it grows: at a million quotations it
halved the ingest rate.

This policy merges like with like and leaves big segments alone:

* a segment's *tier* is the order of magnitude of its live documents
  (10–99, 100–999, …), so a tier's segments are within ten times of each other;
* when a tier holds ``FAN_IN`` segments, those are merged into one segment of
  the next tier: a document is rewritten at most once per tier it climbs;
* segments of ``FULL_DOCS`` documents or more are *full*: not merged during an
  ingest (see below for hollowed ones). A million quotations make ~20-40 such segments, which
  searches handle well (see ``bench/index_search.py``), instead of rewriting
  the index. Full at 25,000, not more: a bulk load's commit of some 60,000
  documents is then written as two full halves by two segment writers at once
  (`segment_batches.split`); at 50,000 it was one segment written by one
  process while the other core waited, the slowest step of an ingest at scale.

Deleted documents count against a segment's size (live documents, not all), so
a segment hollowed out by replacements drops a tier and is merged away with its
new peers, which drops the deleted documents from disk. A segment written full
is merged again only once more than half of it is deleted (`HOLLOW`) and what is
left is below full size (a tier's): reports of quotations
already indexed delete a few of every old segment's documents, and counting
full segments by live documents made a million-quotation build merge ten
segments of ~24,000 documents in the writing process (two minutes) to reclaim
a sixth of their space.
"""
from __future__ import annotations

import math

from whoosh.reading import SegmentReader

FAN_IN = 10
FULL_DOCS = 25_000
HOLLOW = 0.5       # a full segment merges again once this share of it is deleted


def tier_of(live_docs: int) -> int:
    return int(math.log10(max(live_docs, 1)))


def segments_to_merge(sizes: list[int], fan_in: int = FAN_IN, full_docs: int = FULL_DOCS,
                      written: list[int] | None = None) -> list[int]:
    """The positions in ``sizes`` (live documents per segment; ``written``: all
    documents written into each, deleted ones included, by default the same) of
    the segments one commit should merge: the smallest tier that has ``fan_in``
    mergeable segments, or nothing."""
    tiers: dict[int, list[int]] = {}
    for position, size in enumerate(sizes):
        total = written[position] if written is not None else size
        if total >= full_docs and size > total * HOLLOW:
            continue        # full, and not yet hollowed out
        if size < full_docs:
            tiers.setdefault(tier_of(size), []).append(position)
    for tier in sorted(tiers):
        if len(tiers[tier]) >= fan_in:
            return tiers[tier]
    return []


def merge_tiered(writer, segments):
    """A Whoosh ``mergetype``: merges the segments `segments_to_merge` picks
    into the segment being written, and returns the ones kept as they are."""
    chosen = set(segments_to_merge([segment.doc_count() for segment in segments],
                                   written=[segment.doc_count_all() for segment in segments]))
    for position, segment in enumerate(segments):
        if position in chosen:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
    return [segment for position, segment in enumerate(segments) if position not in chosen]
