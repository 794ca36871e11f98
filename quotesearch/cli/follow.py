"""The ``follow`` command: poll RSS/Atom feeds (or sites' discovered feeds and
sitemaps) listed in a file and ingest their new articles
(`quotesearch.index.following`), every ``--every`` or ``--once`` (for cron).

The feeds file is read again before each poll, so addresses added to it are
followed from the next poll on without a restart.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time

from ..index.following import (
    DEFAULT_MAX_NEW,
    FeedPoll,
    FollowBusy,
    FollowLock,
    poll_feed,
)
from ..ingest.feed_state import FeedStateError, FollowState
from ..ingest.fetch import FetchFailure, read_url_list
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    counted,
    one_line,
    open_index,
    positive_int,
    report_error,
    with_index,
)
from .urls import add_fetch_options, fetcher_for

DEFAULT_EVERY = 15 * 60
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?", re.IGNORECASE)
_UNIT_SECONDS = {None: 60, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def duration(text: str) -> float:
    """'90s', '15m', '1h', '1d'; a bare number is minutes."""
    found = _DURATION.fullmatch(text.strip())
    if not found:
        raise argparse.ArgumentTypeError(f"not a duration (like 90s, 15m, 1h): {text!r}")
    unit = found.group(2).lower() if found.group(2) else None
    seconds = float(found.group(1)) * _UNIT_SECONDS[unit]
    if seconds < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 second: {text!r}")
    return seconds


def add_command(commands) -> None:
    follow = with_index(commands.add_parser(
        "follow", help="poll RSS/Atom feeds (or sites) and ingest their new articles",
        description="Poll the feeds listed in FEEDS (one address a line, # starts a comment): "
                    "RSS or Atom feeds, sitemaps, or sites' pages whose feed link (or "
                    "/sitemap.xml) is found. Only articles not seen before are fetched and "
                    "ingested; what was seen is kept in the index folder."))
    follow.add_argument("feeds_file", metavar="FEEDS")
    when = follow.add_mutually_exclusive_group()
    when.add_argument("--every", type=duration, default=DEFAULT_EVERY, metavar="DURATION",
                      help="time between polls, e.g. 90s, 15m, 1h (default 15m)")
    when.add_argument("--once", action="store_true",
                      help="poll once and exit (for cron); exit status 1 when anything failed")
    follow.add_argument("--max-new", type=positive_int, default=DEFAULT_MAX_NEW, metavar="N",
                        help=f"articles fetched per feed per poll (default {DEFAULT_MAX_NEW}); "
                             "more wait for the next poll")
    add_fetch_options(follow)
    follow.add_argument("--json", action="store_true",
                        help="print one JSON line per feed and poll instead of a summary")
    follow.set_defaults(func=cmd_follow)


def cmd_follow(args: argparse.Namespace) -> int:
    sources = _read_feeds_file(args.feeds_file)
    if sources is None:
        return EXIT_USAGE
    index = open_index(args, create=True)
    if index is None:
        return EXIT_FAILED
    try:
        lock = FollowLock(index.path)
        state = FollowState.load(index.path)
    except (FollowBusy, FeedStateError) as error:
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    fetcher = fetcher_for(args)
    try:
        while True:
            started = time.monotonic()
            failed = False
            for source in sources:
                poll = poll_feed(index, source, state, fetcher, max_new=args.max_new)
                failed |= _report(poll, args.json)
            if args.once:
                return EXIT_FAILED if failed else EXIT_OK
            time.sleep(max(0.0, args.every - (time.monotonic() - started)))
            sources = _read_feeds_file(args.feeds_file) or sources
    finally:
        lock.release()


def _read_feeds_file(path: str) -> list[str] | None:
    try:
        sources = read_url_list(path)
    except FileNotFoundError:
        report_error(path, "no such file")
        return None
    except (OSError, FetchFailure) as error:
        report_error(path, getattr(error, "strerror", None) or str(error))
        return None
    if not sources:
        report_error(path, "no feed addresses in this file")
        return None
    return sources


def _report(poll: FeedPoll, as_json: bool) -> bool:
    """Print what one poll of one feed did; True when anything failed."""
    if poll.error:
        report_error(poll.source, poll.error)
    for error in poll.failed:
        report_error(error.file, error.reason)
    for url in poll.given_up:
        report_error(url, "given up after repeated failures; not fetched again")
    if as_json:
        print(json.dumps(poll.to_json(), ensure_ascii=False), flush=True)
    elif not poll.error:
        if poll.not_modified:
            what = "not modified"
        else:
            what = (f"{poll.listed} listed, {poll.new} new: {poll.added} added, "
                    f"{poll.replaced} replaced, {poll.unchanged} unchanged, "
                    f"{len(poll.failed)} failed; {counted(poll.quotes, 'quotation')}")
            if poll.waiting:
                what += f"; {poll.waiting} waiting for the next poll"
        print(f"{poll.source}: {what}", flush=True)
    return bool(poll.error or poll.failed)
