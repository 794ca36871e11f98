"""What ``quotesearch follow`` remembers between polls, kept in the index folder.

One JSON file, ``follow-state.json``, written whole and atomically (a temporary
file in the same folder, flushed to disk, then renamed over the old one), so a
crash or a full disk leaves either the old state or the new one, never half of
each. Per followed address it holds the feed or sitemap discovered for it, the
``ETag``/``Last-Modified`` of the last complete poll, the entries already
ingested and how often each failed entry has failed.

The order of events is what keeps anything from being lost or duplicated:
entries are marked seen only after the ingest holding their articles has
committed, and the validators (ETag) are kept only when every entry of that
listing is done (a 304 must not hide an entry that still has to be fetched).
A crash between the commit and the save makes the next poll fetch those pages
again, which the index then skips as unchanged (same URL, same text).
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field

STATE_FILE = "follow-state.json"
STATE_VERSION = 1
MAX_SEEN_PER_FEED = 20_000      # far more than any feed lists; the oldest go first
MAX_ATTEMPTS = 5                # polls an entry's page may fail before it is given up


class FeedStateError(ValueError):
    """The state file exists but cannot be used (damaged, or written by a newer version)."""


@dataclass
class FollowedFeed:
    read_from: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    seen: dict[str, str] = field(default_factory=dict)         # entry key -> when (ISO)
    failures: dict[str, int] = field(default_factory=dict)     # entry key -> failed polls
    last_poll: str | None = None
    last_error: str | None = None

    def mark_seen(self, key: str) -> None:
        self.seen.pop(key, None)
        self.seen[key] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.failures.pop(key, None)
        while len(self.seen) > MAX_SEEN_PER_FEED:
            del self.seen[next(iter(self.seen))]

    def mark_failed(self, key: str) -> bool:
        """Count a failure; True when the entry is now given up (and marked seen)."""
        self.failures[key] = self.failures.get(key, 0) + 1
        if self.failures[key] >= MAX_ATTEMPTS:
            self.mark_seen(key)
            return True
        return False


@dataclass
class FollowState:
    path: str
    feeds: dict[str, FollowedFeed] = field(default_factory=dict)

    @classmethod
    def load(cls, index_folder: str) -> FollowState:
        path = os.path.join(index_folder, STATE_FILE)
        try:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as error:
            raise FeedStateError(f"{STATE_FILE} in the index cannot be read: {error}") from None
        if not isinstance(data, dict) or not isinstance(data.get("feeds"), dict):
            raise FeedStateError(f"{STATE_FILE} in the index is not a follow state")
        if data.get("version", 0) > STATE_VERSION:
            raise FeedStateError(f"{STATE_FILE} was written by a newer QuoteSearch")
        feeds = {}
        for source, value in data["feeds"].items():
            try:
                feeds[source] = FollowedFeed(**value)
            except TypeError:
                raise FeedStateError(f"{STATE_FILE}: the entry of {source} is damaged") from None
        return cls(path, feeds)

    def feed(self, source: str) -> FollowedFeed:
        return self.feeds.setdefault(source, FollowedFeed())

    def save(self) -> None:
        folder = os.path.dirname(self.path) or "."
        data = {"version": STATE_VERSION,
                "feeds": {source: asdict(feed) for source, feed in self.feeds.items()}}
        fd, temporary = tempfile.mkstemp(prefix=".follow-state.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=1)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise
        _sync_folder(folder)


def _sync_folder(folder: str) -> None:
    """The rename itself made durable (POSIX; elsewhere there is nothing to open)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
