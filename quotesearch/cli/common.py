"""What every command shares: the program name and exit statuses, the
one-line error report, output streams (UTF-8 JSON Lines, tables that never
crash a terminal), wrapping to the terminal's width, and the ``--index``
option with opening the index it names."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import textwrap
from typing import Optional, TextIO

from ..filenames import shown_name
from ..index import DEFAULT_INDEX_DIR, IndexNotFound, IndexUnusable, QuoteIndex

PROG = "quotesearch"


class UsageError(ValueError):
    """Arguments that cannot go together."""

EXIT_OK = 0
EXIT_FAILED = 1          # something in the batch could not be read or extracted
EXIT_USAGE = 2           # argparse's own status for bad arguments
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE

_WHITESPACE = re.compile(r"\s+")


def report_error(file: str, reason: str) -> None:
    """One line on stderr: ``quotesearch: error: <file>: <reason>``."""
    print(f"{PROG}: error: {one_line(shown_name(file))}: {one_line(reason)}", file=sys.stderr,
          flush=True)


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def wrap(text: str, width: int, first_indent: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=first_indent, subsequent_indent=indent,
        break_long_words=False, break_on_hyphens=False,
    ) or [first_indent.rstrip()]


def terminal_width() -> int:
    columns = shutil.get_terminal_size(fallback=(100, 24)).columns
    return max(40, min(columns, 120))


def stdout_for(jsonl: bool) -> TextIO:
    """stdout, made safe for what is written to it.

    JSON Lines are UTF-8 whatever the locale says; a table on a terminal that
    cannot show a character gets a replacement character instead of a crash.
    """
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        if jsonl:
            out.reconfigure(encoding="utf-8", errors="strict")
        else:
            out.reconfigure(errors="replace")
    return out


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", str(text)).strip()


def default_index_dir() -> str:
    return os.environ.get("QUOTESEARCH_INDEX") or DEFAULT_INDEX_DIR


def with_index(p):
    """The command parser `p` with the ``--index DIR`` option every index command takes."""
    p.add_argument("--index", default=None, metavar="DIR",
                   help="index folder (default: $QUOTESEARCH_INDEX or index/)")
    return p


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def open_index(args, create: bool = False, shards: Optional[int] = None) -> Optional[QuoteIndex]:
    """The index ``--index`` names (a sharded one read as one: `index.sharded`);
    with ``shards``, a sharded index of that many shards is created or checked."""
    path = args.index or default_index_dir()
    try:
        if shards is not None:
            from ..index.sharded import ShardedIndex
            return ShardedIndex.open(path, create=create, shards=shards)
        return QuoteIndex.open(path, create=create)
    except (IndexNotFound, IndexUnusable, OSError) as error:
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return None
