"""Command-line pieces about URLs shared by ``extract``, ``ingest`` and ``follow``:
``--urls FILE``, the fetch options (``--delay``, ``--timeout``) and the inputs
a command reads, paths and URLs together (`quotesearch.ingest.urls`)."""
from __future__ import annotations

import argparse
import sys

from ..ingest.fetch import (
    DEFAULT_PER_HOST_DELAY,
    DEFAULT_TIMEOUT,
    Fetcher,
    FetchFailure,
    FetchPolicy,
    is_url,
    read_url_list,
)
from .common import PROG, UsageError


def non_negative_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {text!r}")
    return value


def add_fetch_options(command) -> None:
    command.add_argument("--delay", type=non_negative_seconds, default=DEFAULT_PER_HOST_DELAY,
                         metavar="SECONDS",
                         help=f"wait between two requests to one web site (default "
                              f"{DEFAULT_PER_HOST_DELAY:g})")
    command.add_argument("--timeout", type=non_negative_seconds, default=DEFAULT_TIMEOUT,
                         metavar="SECONDS",
                         help=f"give up on a web page that does not answer for this long "
                              f"(default {DEFAULT_TIMEOUT:g}; a whole page gets 3 times as long)")


def add_url_options(command) -> None:
    command.add_argument("--urls", metavar="FILE", action="append", default=[],
                         help="also read the web pages listed in FILE (one URL a line, "
                              "# starts a comment); repeatable")
    add_fetch_options(command)
    command.set_defaults(usage=command.format_usage)


def report_usage_error(args: argparse.Namespace, error: UsageError) -> None:
    """The command's usage line, then ``quotesearch: error: <what>``, on stderr."""
    usage = getattr(args, "usage", None)
    if usage is not None:
        sys.stderr.write(usage())
    print(f"{PROG}: error: {error}", file=sys.stderr)


def fetcher_for(args: argparse.Namespace) -> Fetcher:
    return Fetcher(FetchPolicy(timeout=args.timeout or DEFAULT_TIMEOUT,
                               per_host_delay=args.delay))


def inputs_of(args: argparse.Namespace) -> list[str]:
    """The paths and URLs a command reads: its arguments, then each ``--urls``
    file's lines; `UsageError` for an unreadable list or no input at all."""
    inputs = list(args.paths)
    for path in args.urls:
        try:
            inputs += read_url_list(path)
        except FileNotFoundError:
            raise UsageError(f"--urls {path}: no such file") from None
        except (OSError, FetchFailure) as error:
            raise UsageError(f"--urls {path}: {getattr(error, 'strerror', None) or error}") from None
    if not inputs:
        raise UsageError("give at least one PATH or URL (or --urls FILE)")
    return inputs


def has_urls(inputs: list[str]) -> bool:
    return any(is_url(item) for item in inputs)


def refuse_urls_with(inputs: list[str], option: str | None) -> None:
    """URLs are fetched in this process: not with options that send inputs elsewhere."""
    if option and has_urls(inputs):
        raise UsageError(f"URLs are read here, one by one: give them without {option}")
