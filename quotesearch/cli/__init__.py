"""The ``quotesearch`` command line: a thin layer over the library.

    quotesearch extract PATH|URL... [--urls FILE] [--format table|jsonl] [--with-paragraph] [--with-text]
    quotesearch extract PATH... --out DIR [--cluster ADDRESS|local] [--jobs N] [--partition-size N]
    quotesearch ingest PATH|URL...|SHARD-DIR [--urls FILE] [--index DIR] [--cluster ADDRESS|local] [--jobs N]
                       [--topics FILE] [--batch-size N]
    quotesearch follow FEEDS [--every 15m | --once] [--index DIR] [--max-new N]
    quotesearch remove ID|PATH... [--index DIR]
    quotesearch search QUERY [--speaker S] [--outlet O] [--topic T] [--type T] [--year Y]
                       [--sort relevance|newest|oldest] [--page N] [--json]
    quotesearch check "QUOTE" [--json]
    quotesearch speakers [PREFIX] [--json] | merge A B | split NAME | undo NAME | show ID
    quotesearch stats [--json]
    quotesearch serve [--index DIR] [--host 127.0.0.1] [--port 5000] [--threads 16]
                      [--base-url URL] [--allowed-host NAME]

No extraction logic lives here: the CLI reads articles with
`quotesearch.ingest.read_articles`, extracts them with
`quotesearch.extract.extract_article` and prints the results, one article at a
time (nothing is held in memory beyond the article being printed). With
``--out``, ``--cluster`` or ``--jobs``, extraction goes by partitions
(`quotesearch.partitions`) into shards (`quotesearch.shards`), on a Dask cluster
(`quotesearch.cluster`) when one is asked for.

Errors never stop a batch: every file that cannot be read (and every article
whose extraction fails) is reported on stderr as one line
``quotesearch: error: <file>: <reason>``. Exit status: 0 when everything was
read, 1 when anything failed, 2 for usage errors.

Each subcommand is one ``cmd_<name>`` function, in the module of its group,
whose parser `build_parser` registers (this module owns only `main` and the
parser): `quotesearch.cli.extract` (``extract`` and its table format),
`quotesearch.cli.indexing` (``ingest``, ``remove``, ``stats``),
`quotesearch.cli.queries` (``search``, ``check``, ``speakers``),
`quotesearch.cli.serve`, `quotesearch.cli.repair` (``check-index``,
``repair``); `quotesearch.cli.inputs` holds the input options extract and
ingest share, `quotesearch.cli.common` what every command shares.
The index folder comes from ``--index``, else ``$QUOTESEARCH_INDEX``, else ``index/``.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional

from .. import __version__
from ..index import IndexUnusable
from ..index.store import not_writable
from ..search.facets import FACET_NAMES
from . import extract, follow, indexing, queries, repair, serve
from .common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_USAGE,
    PROG,
    default_index_dir,
    one_line,
    silence_stdout,
    with_index,
)


def main(argv: Optional[list[str]] = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) and usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    undecodable = _undecodable_text_argument(args)
    if undecodable:
        print(f"{PROG}: error: {undecodable}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (`quotesearch extract ... | head`): stop quietly.
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2
    except IndexUnusable as error:   # damaged or crafted files met after opening
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:         # the index folder refused a write (inputs never raise)
        refusal = not_writable(args.index or default_index_dir(), error) \
            if args.command in ("ingest", "remove") else None
        if refusal is None:
            raise
        print(f"{PROG}: error: {one_line(str(refusal))}", file=sys.stderr)
        return EXIT_FAILED


# Arguments that are text to search for (not paths): bytes that are not valid
# UTF-8 in them cannot be matched or printed, so they are a usage error.
_TEXT_ARGUMENTS = ("query", "quote", "prefix", *FACET_NAMES)


def _undecodable_text_argument(args: argparse.Namespace) -> Optional[str]:
    for name in _TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and not _encodable(text):
                shown = os.fsencode(text).decode("utf-8", "backslashreplace")
                return f"{name} '{shown}' is not valid UTF-8 text"
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find attributed quotations (who said what, in what role) in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract.add_command(commands)
    indexing.add_ingest_commands(commands)
    follow.add_command(commands)
    queries.add_commands(commands)
    serve.add_command(commands)
    repair.add_commands(commands, with_index, default_index_dir)
    indexing.add_stats_command(commands)
    return parser
