"""Command-line pieces about inputs shared by ``extract`` and ``ingest``: the
``--follow-links`` option, the line saying which folder entries were passed
over (`quotesearch.walk`), and how file names are printed
(`quotesearch.filenames`).
"""
from __future__ import annotations

import sys

from .walk import SkippedEntries

PROG = "quotesearch"


def add_walk_options(command) -> None:
    command.add_argument(
        "--follow-links", action="store_true",
        help="follow symbolic links met inside the folders given, when their target lies "
             "inside that folder (default: links inside folders are skipped; a path you "
             "name yourself is always read)")


def report_passed_over(skipped: SkippedEntries) -> None:
    """``quotesearch: 2 skipped: 1 link, 1 special file`` on stderr, when anything was."""
    if skipped.total:
        print(f"{PROG}: {skipped.summary()}", file=sys.stderr, flush=True)
