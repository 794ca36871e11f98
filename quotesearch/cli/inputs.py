"""Command-line pieces about inputs shared by ``extract`` and ``ingest``: the
``--follow-links`` option, the line saying which folder entries were passed
over (`quotesearch.walk`), how file names are printed
(`quotesearch.filenames`), and the options choosing where extraction runs
(``--cluster``, ``--jobs``, ``--dashboard``, ``--partition-size``).
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional

from ..cluster import DEFAULT_DASHBOARD, LOCAL
from ..partitions import ARTICLES_PER_PARTITION
from ..walk import SkippedEntries
from .common import positive_int

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


def add_cluster_options(command, what: str) -> None:
    command.add_argument("--cluster", metavar="ADDRESS",
                         help=f"{what} on a Dask cluster: a scheduler's tcp://HOST:8786, or "
                              "'local' for worker processes on this machine (see --jobs)")
    command.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                         help=f"{what} in N worker processes of a local Dask cluster "
                              "(with --cluster local: default one per core)")
    command.add_argument("--dashboard", default=DEFAULT_DASHBOARD, metavar="HOST:PORT",
                         help="where a local cluster's Dask dashboard listens (default "
                              f"{DEFAULT_DASHBOARD}: this machine only, a free port)")
    command.add_argument("--partition-size", type=positive_int, default=ARTICLES_PER_PARTITION,
                         metavar="N", help="articles (files or JSONL lines) per task sent to the "
                                           f"cluster and per shard (default {ARTICLES_PER_PARTITION})")


def cluster_address(args: argparse.Namespace) -> Optional[str]:
    """Where to run extraction: None here in this process, else a Dask address
    ('local' for a local cluster)."""
    if args.cluster:
        return args.cluster
    return LOCAL if args.jobs else None
