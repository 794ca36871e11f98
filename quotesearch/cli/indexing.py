"""The commands that change or describe the index: ``ingest`` (files,
extraction shards, or a Dask cluster's work into the index:
`quotesearch.index.build`), ``remove`` and ``stats``."""
from __future__ import annotations

import argparse
import json
import os
import sys

from tqdm import tqdm

from ..cluster import ClusterError, dask_client, default_jobs
from ..filenames import shown_name
from ..index.topics import TopicFileError
from ..index.workers import WorkerDied
from ..index.writer import DEFAULT_BATCH
from ..ingest.urls import read_inputs
from ..input_size import count_in_background
from ..partitions import plan_partitions
from ..records import IngestError
from ..search import index_stats
from ..search.segment_counts import closing_stats
from ..shards import is_shard_folder, read_shards
from ..walk import SkippedEntries
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    UsageError,
    counted,
    one_line,
    open_index,
    positive_int,
    report_error,
    stdout_for,
    with_index,
)
from .inputs import (
    add_cluster_options,
    add_walk_options,
    cluster_address,
    report_passed_over,
)
from .urls import (
    add_url_options,
    fetcher_for,
    has_urls,
    inputs_of,
    refuse_urls_with,
    report_usage_error,
)


def add_ingest_commands(commands) -> None:
    ingest = with_index(commands.add_parser(
        "ingest", help="extract articles and add them to the index",
        description="Extract the quotations of articles and index them. Unchanged articles "
                    "are skipped; changed ones replace their earlier version."))
    ingest.add_argument("paths", nargs="*", metavar="PATH|URL",
                        help="file, folder, extraction shard folder, or a web page's http(s) URL")
    add_cluster_options(ingest, "extract")
    for option in ingest._actions:
        if option.dest == "jobs":
            option.help = ("extract, prepare and write segments in N worker processes "
                           "(default one per core; 1: all in this process); with --cluster "
                           "local, N Dask workers")
    add_walk_options(ingest)
    add_url_options(ingest)
    ingest.add_argument("--topics", metavar="FILE",
                        help="named topics, one 'Name: keyword, keyword' per line; kept in the index")
    ingest.add_argument("--batch-size", type=positive_int, default=DEFAULT_BATCH, metavar="N",
                        help=f"articles per commit (default {DEFAULT_BATCH}); a crash loses at "
                             "most the batch in flight, which the next ingest redoes")
    ingest.add_argument("--shards", type=positive_int, default=None, metavar="N",
                        help="create the index as N shards (by speaker; searched by fan-out, "
                             "e.g. on a Dask cluster with 'serve --cluster'); an existing "
                             "sharded index keeps its number")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    ingest.set_defaults(func=cmd_ingest)

    remove_ = with_index(commands.add_parser(
        "remove", help="remove articles (by id, or all read from a file or folder)"))
    remove_.add_argument("targets", nargs="+", metavar="ID|PATH")
    remove_.set_defaults(func=cmd_remove)


def add_stats_command(commands) -> None:
    stats = with_index(commands.add_parser("stats", help="what the index holds"))
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)


def cmd_ingest(args: argparse.Namespace) -> int:
    try:
        args.paths = inputs_of(args)
        refuse_urls_with(args.paths, "--cluster/--jobs" if cluster_address(args) else None)
    except UsageError as error:
        report_usage_error(args, error)
        return EXIT_USAGE
    index = open_index(args, create=True, shards=args.shards)
    if index is None:
        return EXIT_FAILED
    writing = _writing(index)
    bar = tqdm(unit=" articles", desc="ingest", disable=None, file=sys.stderr,
               dynamic_ncols=True)

    failures = [0]

    def progress(event: str, n: int) -> None:
        if event == "failed":
            failures[0] += n
            bar.set_postfix(failed=failures[0], refresh=False)
        if event in ("done", "failed"):
            bar.update(n)
    shard_folders = [p for p in args.paths if is_shard_folder(p)]
    # --jobs alone: worker processes of this ingest (`index.workers`), by
    # default one per core; Dask only with --cluster
    address = args.cluster
    jobs = args.jobs or default_jobs()
    passed_over = SkippedEntries()
    try:
        if shard_folders:
            if len(shard_folders) != len(args.paths):
                raise UsageError("give extraction shard folders (extract --out) alone, "
                                 "without other files")
            extracted = (item for folder in shard_folders for item in read_shards(folder))
            report = writing.index_extracted(index, extracted, topic_file=args.topics, jobs=jobs,
                                     batch_size=args.batch_size, progress=progress)
        elif address:
            partitions = list(plan_partitions(args.paths, args.partition_size,
                                              follow_links=args.follow_links, skipped=passed_over))
            bar.total = sum(1 if isinstance(p, IngestError) else p.size for p in partitions)
            with dask_client(address, args.jobs or default_jobs(),
                             dashboard_address=args.dashboard) as client:
                report = writing.ingest_on_cluster(index, client, partitions, topic_file=args.topics,
                                           batch_size=args.batch_size, progress=progress)
        elif has_urls(args.paths):
            report = writing.ingest_articles(index, read_inputs(args.paths, fetcher_for(args),
                                                        follow_links=args.follow_links,
                                                        skipped=passed_over),
                                     topic_file=args.topics, batch_size=args.batch_size,
                                     progress=progress)
        else:
            if not bar.disable:
                count_in_background(args.paths, args.follow_links,
                                    lambda total: _set_total(bar, total))
            report = writing.ingest_paths(index, args.paths, topic_file=args.topics, jobs=jobs,
                                  batch_size=args.batch_size, progress=progress,
                                  follow_links=args.follow_links)
            passed_over = report.passed_over
    except (TopicFileError, ClusterError, UsageError, WorkerDied) as error:
        bar.close()
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        if isinstance(error, WorkerDied):
            # A broken worker pool's threads and pipes may still complain at interpreter
            # shutdown ("OSError: [Errno 9] Bad file descriptor" after the one line), so
            # leave at once: what the ingest wrote is crash-safe, its lock dies with us.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_FAILED)
        return EXIT_FAILED
    finally:
        bar.close()
    report.passed_over = passed_over
    report_passed_over(passed_over)
    for error in report.failed:
        report_error(error.file, error.reason)
    # answered at once from the counts kept per segment: no pass over every
    # stored article, no facet table of the whole index
    stats = closing_stats(index)
    if args.json:
        summary = report.to_json()
        summary["index"] = stats.to_json()
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"ingested {counted(report.added, 'new article')}, {report.replaced} replaced, "
              f"{report.unchanged} unchanged; {counted(report.quotes, 'quotation')} written")
        for skipped in report.skipped:
            print(f"  skipped {skipped.file}: {skipped.reason}")
        if report.failed:
            print(f"  {counted(len(report.failed), 'file')} failed (reasons above)")
        print(f"index {shown_name(index.path)}: {counted(stats.articles, 'article')}, "
              f"{counted(stats.quotes, 'quotation')}, {counted(stats.speakers, 'speaker')}")
    return EXIT_FAILED if report.failed else EXIT_OK


def _writing(index):
    """The ingest and remove functions for ``index``: one Whoosh index, or shards."""
    from ..index import build, sharded
    if isinstance(index, sharded.ShardedIndex):
        return sharded
    return build


def _set_total(bar: tqdm, total: int) -> None:
    """The bar's total once the inputs are counted (never below what is done)."""
    bar.total = max(total, bar.n)
    bar.refresh()


def cmd_remove(args: argparse.Namespace) -> int:
    index = open_index(args)
    if index is None:
        return EXIT_FAILED
    status = EXIT_OK
    for target in args.targets:
        removed = _writing(index).remove(index, target)
        if removed:
            print(f"removed {counted(len(removed), 'article')} ({shown_name(target)})")
        else:
            report_error(target, "no indexed article has this id or came from this path")
            status = EXIT_FAILED
    return status


def cmd_stats(args: argparse.Namespace) -> int:
    index = open_index(args)
    if index is None:
        return EXIT_FAILED
    stats = index_stats(index)
    out = stdout_for(args.json)
    if args.json:
        out.write(json.dumps(stats.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    for key, value in stats.to_json().items():
        out.write(f"{key:>11}: {value if value is not None else '-'}\n")
    return EXIT_OK
