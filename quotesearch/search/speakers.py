"""The speaker registry: listing and autocompleting speakers by any alias, and a
speaker's profile (names, roles over time, what they said where).

There is no separate registry to fall out of step: every quotation record
carries its speaker's aliases and roles as its sources gave them, and the
registry is computed from the facet arrays of the current snapshot (once per
index generation; a few hundred milliseconds at a million quotations).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..index.documents import speaker_id_of
from ..index.store import QuoteIndex
from ..records import SpeakerProfile
from .snapshot import Snapshot, reading

MAX_PREFIX_CHARS = 200


@dataclass
class SpeakerSummary:
    id: str
    name: str
    kind: Optional[str]
    aliases: list[str]
    quotes: int
    matched_alias: Optional[str] = None     # the alias a prefix matched, when not the name

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "quotes": self.quotes, "matched_alias": self.matched_alias}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _pair_counts(snap: Snapshot, facet: str, mask: np.ndarray) -> dict[int, list[tuple[int, int]]]:
    """For each speaker id, (value id, quotations) of a multi-valued facet."""
    table = snap.facets
    docs, values = table.multi[facet]
    keep = mask[docs]
    speakers = table.single["speaker"][docs[keep]].astype(np.int64)
    values = values[keep].astype(np.int64)
    known = speakers >= 0
    width = max(1, len(table.vocabulary(facet).values))
    pairs, counts = np.unique(speakers[known] * width + values[known], return_counts=True)
    grouped: dict[int, list[tuple[int, int]]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist()):
        grouped.setdefault(pair // width, []).append((pair % width, count))
    return grouped


def _registry(snap: Snapshot) -> list[SpeakerSummary]:
    cached = snap.cache.get("registry")
    if cached is not None:
        return cached
    table = snap.facets
    names = table.vocabulary("speaker").values
    aliases = table.vocabulary("alias").values
    kinds = table.vocabulary("speaker_kind").values
    ids = table.single["speaker"][table.live]
    counts = np.bincount(ids[ids >= 0], minlength=len(names))
    kind_of = {}
    speaker_ids = table.single["speaker"]
    kind_ids = table.single["speaker_kind"]
    live = table.live & (speaker_ids >= 0) & (kind_ids >= 0)
    if live.any():
        for speaker, kind in np.unique(np.stack([speaker_ids[live], kind_ids[live]]), axis=1).T:
            kind_of.setdefault(int(speaker), kinds[int(kind)])
    alias_counts = _pair_counts(snap, "alias", table.live)
    entries = []
    for speaker in np.flatnonzero(counts).tolist():
        name = names[speaker]
        seen = sorted(alias_counts.get(speaker, []), key=lambda t: (-t[1], aliases[t[0]]))
        entries.append(SpeakerSummary(speaker_id_of(name), name, kind_of.get(speaker),
                                      [aliases[a] for a, _ in seen if aliases[a] != name],
                                      int(counts[speaker])))
    entries.sort(key=lambda e: (-e.quotes, e.name))
    snap.cache["registry"] = entries
    snap.cache["registry_by_id"] = {e.id: e for e in entries}
    return entries


def find_speakers(index: QuoteIndex, prefix: str = "", limit: int = 50) -> list[SpeakerSummary]:
    """Speakers whose name or an alias has a word starting with ``prefix``
    ("zh", "Chinese Amb", "putin"), most quoted first."""
    wanted = _fold(" ".join((prefix or "")[:MAX_PREFIX_CHARS].split()))
    with reading(index) as snap:
        found = []
        for entry in _registry(snap):
            if not wanted:
                found.append(entry)
            else:
                for name in [entry.name, *entry.aliases]:
                    folded = _fold(name)
                    if folded.startswith(wanted) or f" {wanted}" in f" {folded}":
                        alias = None if name == entry.name else name
                        found.append(SpeakerSummary(entry.id, entry.name, entry.kind,
                                                    entry.aliases, entry.quotes, alias))
                        break
            if len(found) >= limit:
                break
        return found


def speaker_count(index: QuoteIndex) -> int:
    with reading(index) as snap:
        return len(_registry(snap))


def speaker_profile(index: QuoteIndex, speaker_id: str) -> Optional[SpeakerProfile]:
    with reading(index) as snap:
        _registry(snap)
        entry = snap.cache["registry_by_id"].get(speaker_id)
        if entry is None:
            return None
        table = snap.facets
        mask = table.selection("speaker", [entry.name]) & table.live
        roles_vocab = table.vocabulary("role").values
        docs, values = table.multi["role"]
        keep = mask[docs]
        roles = []
        for role in np.unique(values[keep]).tolist():
            dates = table.date[docs[keep][values[keep] == role]]
            dates = dates[dates > 0]
            roles.append((roles_vocab[role], _iso(dates.min()) if len(dates) else None,
                          _iso(dates.max()) if len(dates) else None))
        roles.sort(key=lambda r: (r[1] or "9999", r[0]))
        alias_counts = table.value_counts("alias", mask)

        def top(name: str) -> list[tuple[str, int]]:
            return sorted(table.value_counts(name, mask).items(), key=lambda t: (-t[1], t[0]))
        return SpeakerProfile(
            id=speaker_id, name=entry.name, kind=entry.kind,
            aliases=sorted(((a, n) for a, n in alias_counts.items() if a != entry.name),
                           key=lambda t: (-t[1], t[0])),
            roles=roles, quotes=int(mask.sum()), outlets=top("outlet"), topics=top("topic")[:20],
            years=sorted(table.value_counts("year", mask).items()))


def _iso(value) -> str:
    text = str(int(value))
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
