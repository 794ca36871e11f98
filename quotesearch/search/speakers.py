"""The speaker registry as read: listing and autocompleting speakers by any
alias, and a speaker's profile (names, roles over time, what they said where).

Registry entries (``s:…`` documents) hold aliases and roles; counts of
quotations, outlets, topics and years come from the facet arrays, so they are
always those of the quotations currently indexed.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Optional

from ..index.schema import SPEAKER
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


def _registry(snap: Snapshot) -> list[SpeakerSummary]:
    cached = snap.cache.get("registry")
    if cached is not None:
        return cached
    counts = snap.facets.value_counts("speaker", snap.facets.live)
    entries = []
    for stored in snap.searcher.documents(kind=SPEAKER):
        record = json.loads(stored["data"])
        aliases = sorted(record["aliases"], key=lambda a: (-record["aliases"][a], a))
        entries.append(SpeakerSummary(stored["id"][2:], record["name"], record.get("kind"),
                                      [a for a in aliases if a != record["name"]],
                                      counts.get(record["name"], 0)))
    entries.sort(key=lambda e: (-e.quotes, e.name))
    snap.cache["registry"] = entries
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


def speaker_profile(index: QuoteIndex, speaker_id: str) -> Optional[SpeakerProfile]:
    with reading(index) as snap:
        stored = snap.searcher.document(id="s:" + speaker_id)
        if stored is None:
            return None
        record = json.loads(stored["data"])
        table = snap.facets
        mask = table.selection("speaker", [record["name"]])
        mask = (mask if mask is not None else table.live.copy() & False) & table.live
        roles: dict[str, list] = {}
        for key, _count in record["roles"].items():
            role, _, date = key.partition("\x1f")
            first_last = roles.setdefault(role, [None, None])
            if date:
                first_last[0] = min(filter(None, [first_last[0], date]))
                first_last[1] = max(filter(None, [first_last[1], date]))
        ordered_roles = sorted(((r, a, b) for r, (a, b) in roles.items()),
                               key=lambda t: (t[1] or "9999", t[0]))
        aliases = sorted(record["aliases"].items(), key=lambda a: (-a[1], a[0]))

        def top(name: str) -> list[tuple[str, int]]:
            return sorted(table.value_counts(name, mask).items(), key=lambda t: (-t[1], t[0]))
        years = sorted(table.value_counts("year", mask).items())
        return SpeakerProfile(
            id=speaker_id, name=record["name"], kind=record.get("kind"),
            aliases=[(a, n) for a, n in aliases if a != record["name"]], roles=ordered_roles,
            quotes=int(mask.sum()), outlets=top("outlet"), topics=top("topic")[:20], years=years)
