"""Removed quotations: what a permalink of a quotation no longer indexed answers.

A quotation's id is cited; when its last report goes (its article edited so that
its words changed, or removed) the id is kept here with the quotation's speaker,
the start of its words, when it went and, when the same batch indexed a close
rewording of it (same speaker, most words alike), that quotation's id: the web
answers 410 Gone and links the successor.

The store is one small JSON file in the index folder, ``REMOVED_QUOTES.json``,
rewritten whole (temporary file, then rename) before the commit that removes the
quotations: a crash leaves either the old or the new file, and an id listed here
that is still live is simply live (lookups try the index first). It keeps the
newest `MAX_TOMBSTONES` ids.
"""
from __future__ import annotations

import datetime as _dt
import difflib
import json
import os
from dataclasses import dataclass
from typing import Iterable, Optional

from . import dedup

FILE_NAME = "REMOVED_QUOTES.json"
MAX_TOMBSTONES = 50_000
TEXT_CHARS = 300
# A successor is a rewording by the same speaker (or the same one named more or less
# fully: "Marsh", "Ida Marsh") with most words alike.
SUCCESSOR_RATIO = 0.6


@dataclass(frozen=True)
class Tombstone:
    id: str
    speaker: Optional[str]
    text: str                    # the start of the quotation's words
    removed: str                 # ISO date
    successor: Optional[str]     # id of a close rewording indexed when it went

    def to_json(self) -> dict:
        return {"id": self.id, "speaker": self.speaker, "text": self.text,
                "removed": self.removed, "successor": self.successor}


def closest(speaker: Optional[str], text: str,
            candidates: Iterable[tuple[str, Optional[str], str]]) -> Optional[str]:
    """The id of the candidate (id, speaker, text) that rewords ``text`` most closely,
    if any is close enough to stand in for it."""
    words = dedup.words(text)
    who = set(dedup.speaker_key(speaker).split())
    best, best_ratio = None, 0.0
    for cid, other_speaker, other_text in candidates:
        other = set(dedup.speaker_key(other_speaker).split())
        if not (who <= other or other <= who) or bool(who) != bool(other):
            continue
        ratio = difflib.SequenceMatcher(None, words, dedup.words(other_text), autojunk=False).ratio()
        if ratio >= SUCCESSOR_RATIO and ratio > best_ratio:
            best, best_ratio = cid, ratio
    return best


def _path(index_path: str) -> str:
    return os.path.join(index_path, FILE_NAME)


def _read(index_path: str) -> dict[str, dict]:
    try:
        with open(_path(index_path), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}       # none yet, or unreadable: a removed id then answers "not found"
    return data if isinstance(data, dict) else {}


_cache: dict[str, tuple[tuple[int, int], dict[str, dict]]] = {}


def lookup(index_path: str, quote_id: str) -> Optional[Tombstone]:
    """The tombstone of a removed quotation id, or None (the store is read again
    only when its file changed)."""
    try:
        stat = os.stat(_path(index_path))
    except OSError:
        return None
    version = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(index_path)
    if cached is None or cached[0] != version:
        cached = _cache[index_path] = (version, _read(index_path))
    entry = cached[1].get(quote_id)
    if not isinstance(entry, dict):
        return None
    return Tombstone(id=quote_id, speaker=entry.get("speaker"), text=str(entry.get("text", "")),
                     removed=str(entry.get("removed", "")), successor=entry.get("successor"))


def record(index_path: str, removed: dict[str, tuple[Optional[str], str, Optional[str]]],
           live: Iterable[str] = ()) -> None:
    """Add tombstones for ``removed`` (id -> (speaker, text, successor)) and drop those
    of ``live`` ids (a quotation indexed again)."""
    live = set(live)
    data = _read(index_path)
    if not removed and not (live & data.keys()):
        return
    for quote_id in live:
        data.pop(quote_id, None)
    today = _dt.date.today().isoformat()
    for quote_id, (speaker, text, successor) in removed.items():
        data.pop(quote_id, None)    # re-inserted last: the newest are kept
        data[quote_id] = {"speaker": speaker, "text": text[:TEXT_CHARS], "removed": today,
                          "successor": successor}
    if len(data) > MAX_TOMBSTONES:
        data = dict(list(data.items())[-MAX_TOMBSTONES:])
    path = _path(index_path)
    try:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(path + ".tmp", path)
    except OSError:
        pass            # a read-only folder: removed ids then answer "not found"


def record_batch(index_path: str, emptied: dict[str, tuple[Optional[str], str]], clusters) -> None:
    """After a batch: tombstones for the quotations it emptied (id -> (speaker, text)
    as they were) and left empty, each with its closest new rewording among the
    batch's ``clusters``; ids indexed anew lose theirs."""
    clusters = list(clusters)
    by_id = {c.id: c for c in clusters}
    gone = {cid: seen for cid, seen in emptied.items() if not by_id[cid].sources}
    new = [c for c in clusters if c.sources and not c.stored]
    fresh = [(c.id, c.speaker, c.record().text) for c in new] if gone else []
    record(index_path, {cid: (speaker, text, closest(speaker, text, fresh))
                        for cid, (speaker, text) in gone.items()},
           live=[c.id for c in new])
