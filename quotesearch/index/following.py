"""Following feeds into an index: one poll of every followed address, ingesting
the articles not seen before (what ``quotesearch follow`` runs, once or on a
schedule).

A poll of one address: list its entries (`quotesearch.ingest.feeds`), fetch the
pages of those not yet seen, ingest them (`ingest_articles`, under the index's
ingest lock), then record them as seen (`quotesearch.ingest.feed_state`) and
save the state. Why that order loses and duplicates nothing is said in
`feed_state`. An unreachable feed or page is reported and retried at the next
poll; the other feeds go on. One ``follow`` per index at a time (`FollowLock`).
"""
from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..ingest.feed_state import FollowedFeed, FollowState
from ..ingest.feeds import FeedEntry, list_entries
from ..ingest.fetch import Fetcher
from ..ingest.urls import read_url
from ..records import Article, IngestError
from .build import Progress, ingest_articles
from .failpoints import failpoint
from .store import QuoteIndex, not_writable

DEFAULT_MAX_NEW = 100           # pages fetched per address per poll; the rest wait a poll


@dataclass
class FeedPoll:
    """What one poll of one followed address did."""

    source: str
    read_from: str | None = None
    listed: int = 0
    new: int = 0                  # entries not seen before, fetched this poll
    waiting: int = 0              # new entries left for the next poll (over max_new)
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    not_modified: bool = False
    error: str | None = None      # the address itself could not be read
    failed: list[IngestError] = field(default_factory=list)
    given_up: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = dataclasses.asdict(self)
        data["failed"] = [[e.file, e.reason] for e in self.failed]
        return data


class FollowLock:
    """One ``follow`` per index: two would share one state file. An ``flock``,
    released by the kernel if the process dies."""

    def __init__(self, folder: str):
        self.file = None
        try:
            import fcntl
        except ImportError:
            return
        try:
            self.file = open(os.path.join(folder, "FOLLOW_LOCK"), "a+")  # noqa: SIM115 - held until release()
        except OSError as error:
            raise (not_writable(folder, error) or error) from None
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.close()
            self.file = None
            raise FollowBusy(f"another 'quotesearch follow' is following into {folder}") from None

    def release(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


class FollowBusy(RuntimeError):
    pass


def poll_feeds(index: QuoteIndex, sources: list[str], state: FollowState, fetcher: Fetcher, *,
               max_new: int = DEFAULT_MAX_NEW, progress: Progress | None = None) -> Iterator[FeedPoll]:
    """Poll every address once, in order, yielding what each poll did (the
    state is saved after each)."""
    for source in sources:
        yield poll_feed(index, source, state, fetcher, max_new=max_new, progress=progress)


def poll_feed(index: QuoteIndex, source: str, state: FollowState, fetcher: Fetcher, *,
              max_new: int = DEFAULT_MAX_NEW, progress: Progress | None = None) -> FeedPoll:
    followed = state.feed(source)
    result = FeedPoll(source)
    try:
        listing = list_entries(source, fetcher, followed.read_from, followed.etag,
                               followed.last_modified)
    except ValueError as failure:         # FetchFailure, IngestFailure: one line each
        result.error = followed.last_error = str(failure)
        if followed.read_from and followed.read_from != source:
            followed.read_from = None     # the discovered feed may have moved: look again
        _stamp(followed)
        state.save()
        return result
    followed.last_error = None
    result.read_from = followed.read_from = listing.read_from
    result.not_modified = listing.not_modified
    result.listed = len(listing.entries)
    pending, seen_now = [], set()
    for entry in listing.entries:
        if entry.key in followed.seen or entry.key in seen_now:
            continue
        seen_now.add(entry.key)
        pending.append(entry)
    todo, result.waiting = pending[:max_new], max(0, len(pending) - max_new)
    result.new = len(todo)

    read: list[FeedEntry] = []
    failed: list[tuple[FeedEntry, IngestError]] = []

    def articles() -> Iterator[Article | IngestError]:
        for entry in todo:
            item = read_url(entry.url, fetcher)
            if isinstance(item, IngestError):
                failed.append((entry, item))
            else:
                read.append(entry)
                item = _with_feed_metadata(item, entry)
            yield item

    if todo:
        report = ingest_articles(index, articles(), progress=progress)
        result.added, result.replaced, result.unchanged = report.added, report.replaced, report.unchanged
        result.quotes = report.quotes
        result.failed = list(report.failed)
        failpoint("follow-ingested")
    for entry in read:
        followed.mark_seen(entry.key)
    for entry, _ in failed:
        if followed.mark_failed(entry.key):
            result.given_up.append(entry.url)
    # the validators only when nothing of this listing is left to do: a 304 at the
    # next poll must not hide an entry still to be fetched
    if not result.waiting and all(entry.key in followed.seen for entry in pending):
        followed.etag, followed.last_modified = listing.etag, listing.last_modified
    elif not listing.not_modified:
        followed.etag = followed.last_modified = None
    _stamp(followed)
    state.save()
    return result


def _with_feed_metadata(article: Article, entry: FeedEntry) -> Article:
    """The feed's title and date where the page gave none."""
    changes = {}
    if not article.date and entry.date:
        changes["date"] = entry.date
    if not article.title and entry.title:
        changes["title"] = entry.title
    return dataclasses.replace(article, **changes) if changes else article


def _stamp(followed: FollowedFeed) -> None:
    followed.last_poll = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
