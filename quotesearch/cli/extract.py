"""The ``extract`` command: articles read (`quotesearch.ingest`) and extracted
(`quotesearch.extract`) one at a time and printed as a table or JSON Lines; or,
with ``--out``, ``--cluster`` or ``--jobs``, extracted by partitions
(`quotesearch.partitions`) into shards (`quotesearch.shards`), on a Dask
cluster (`quotesearch.cluster`) when one is asked for."""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from typing import Optional

from tqdm import tqdm

from ..cluster import ClusterError, dask_client, default_jobs
from .. import extract as extractor   # (its rules load on first use, not with the CLI)
from ..formatting import shorten
from ..ingest.urls import read_inputs
from ..partitions import plan_partitions
from ..records import Article, ExtractedArticle, IngestError, Quote
from ..shards import MANIFEST, extract_to_folder
from ..walk import SkippedEntries
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    UsageError,
    counted,
    one_line,
    report_error,
    stdout_for,
    terminal_width,
    wrap,
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
    inputs_of,
    refuse_urls_with,
    report_usage_error,
)

QUOTE_PREVIEW_CHARS = 100
PARAGRAPH_PREVIEW_CHARS = 240


def add_command(commands) -> None:
    extract = commands.add_parser(
        "extract",
        help="extract the quotations of articles and print them",
        description=(
            "Read articles (.txt, .html/.htm, .jsonl collections, directories walked "
            "recursively) and print every attributed quotation found in them."
        ),
    )
    extract.add_argument("paths", nargs="*", metavar="PATH|URL",
                         help="file or directory to read, or a web page's http(s) URL")
    extract.add_argument(
        "--format", choices=("table", "jsonl"), default="table",
        help="table: readable output (default); jsonl: one JSON object per article",
    )
    extract.add_argument(
        "--with-paragraph", action="store_true",
        help="also give each quote's surrounding paragraph",
    )
    extract.add_argument("--with-text", action="store_true",
                         help="jsonl: also give each article's text (what ingest needs)")
    extract.add_argument("--out", metavar="DIR",
                         help="write JSONL shards, one per partition of the input, with a "
                              "manifest, into DIR (re-running resumes); `ingest DIR` indexes them")
    add_cluster_options(extract, "extract")
    add_walk_options(extract)
    add_url_options(extract)
    extract.set_defaults(func=cmd_extract)


@dataclass
class _Tally:
    articles: int = 0
    quotes: int = 0
    failed: int = 0


def cmd_extract(args: argparse.Namespace) -> int:
    address = cluster_address(args)
    try:
        args.paths = inputs_of(args)
        refuse_urls_with(args.paths, "--out" if args.out else "--cluster/--jobs" if address else None)
    except UsageError as error:
        report_usage_error(args, error)
        return EXIT_USAGE
    if args.out:
        return _extract_to_folder(args, address)
    if address:
        print(f"{PROG}: error: --cluster and --jobs write shards: give --out DIR", file=sys.stderr)
        return EXIT_USAGE
    jsonl = args.format == "jsonl"
    out = stdout_for(jsonl)
    width = terminal_width()
    tally = _Tally()
    passed_over = SkippedEntries()
    for item in read_inputs(args.paths, fetcher_for(args), follow_links=args.follow_links,
                            skipped=passed_over):
        if isinstance(item, IngestError):
            tally.failed += 1
            report_error(item.file, item.reason)
            continue
        try:
            extracted = extractor.extract_article(item)
        except Exception as error:  # noqa: BLE001 - one article must not stop a batch
            tally.failed += 1
            report_error(_article_label(item), extractor.failure_reason(error))
            continue
        tally.articles += 1
        tally.quotes += len(extracted.quotes)
        if jsonl:
            out.write(json.dumps(extracted.to_json(with_paragraph=args.with_paragraph,
                                                   with_text=args.with_text),
                                 ensure_ascii=False) + "\n")
        else:
            out.write(format_article(extracted, width, with_paragraph=args.with_paragraph))
        out.flush()
    if not jsonl:
        print(f"{counted(tally.articles, 'article')}, {counted(tally.quotes, 'quote')}, "
              f"{tally.failed} failed", file=sys.stderr)
    report_passed_over(passed_over)
    return EXIT_FAILED if tally.failed else EXIT_OK


def _extract_to_folder(args: argparse.Namespace, address: Optional[str]) -> int:
    partitions, unreadable = [], []
    passed_over = SkippedEntries()
    for item in plan_partitions(args.paths, args.partition_size, follow_links=args.follow_links,
                                skipped=passed_over):
        (unreadable if isinstance(item, IngestError) else partitions).append(item)
    bar = tqdm(total=sum(p.size for p in partitions), unit=" articles", desc="extract",
               disable=None, file=sys.stderr, dynamic_ncols=True)
    failures = [0]

    def progress(report) -> None:
        failures[0] += len(report.failed)
        bar.set_postfix(failed=failures[0], refresh=False)
        bar.update(report.articles + len(report.failed))
    try:
        if address:
            with dask_client(address, args.jobs or default_jobs(),
                             dashboard_address=args.dashboard) as client:
                manifest = extract_to_folder(args.paths, partitions, unreadable, args.out,
                                             client=client, progress=progress)
        else:
            manifest = extract_to_folder(args.paths, partitions, unreadable, args.out,
                                         progress=progress)
    except (ClusterError, OSError) as error:
        bar.close()
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        bar.close()
    for file, reason in manifest["failed"]:
        report_error(file, reason)
    print(f"{counted(manifest['articles'], 'article')}, {counted(manifest['quotes'], 'quote')}, "
          f"{len(manifest['failed'])} failed; {counted(manifest['partitions'], 'shard')} in "
          f"{args.out} ({os.path.join(args.out, MANIFEST)})", file=sys.stderr)
    report_passed_over(passed_over)
    return EXIT_FAILED if manifest["failed"] else EXIT_OK


def _article_label(article: Article) -> str:
    return article.file or f"article {article.id}"


# ---------------------------------------------------------------------------
# Table format
# ---------------------------------------------------------------------------

def format_article(extracted: ExtractedArticle, width: int, with_paragraph: bool = False) -> str:
    """The readable block for one article: a header, then one entry per quote.

        Putin visit to China still on the cards
          outlet: China Daily · date: 2024-05-16 · file: seeds/000.txt · id: 6b1f369f31699ad5
          1. direct    Zhang Hanhui (China’s ambassador to Russia) · said · via TASS
                       “The potential visit by Russia’s leader will strengthen …”
    """
    a = extracted.article
    lines = wrap(a.title or "(untitled)", width, "", "  ")
    outlet = a.outlet or "unknown"
    if a.republished_from:
        outlet += f" (republished from {a.republished_from})"
    details = [f"outlet: {outlet}", f"date: {a.date or 'unknown'}"]
    if a.file:
        details.append(f"file: {a.file}")
    details.append(f"id: {a.id}")
    lines += wrap(" · ".join(details), width, "  ", "    ")
    if not extracted.quotes:
        lines.append("  (no quotes found)")
    number_width = len(str(len(extracted.quotes)))
    for number, quote in enumerate(extracted.quotes, 1):
        lines += _format_quote(quote, number, number_width, width, with_paragraph)
    return "\n".join(lines) + "\n\n"


def _format_quote(quote: Quote, number: int, number_width: int, width: int,
                  with_paragraph: bool) -> list[str]:
    label = f"  {number:>{number_width}}. {quote.type:<8} "
    indent = " " * len(label)
    who = quote.speaker or "(unknown speaker)"
    if quote.role:
        who += f" ({quote.role})"
    head = [who]
    if quote.cue:
        head.append(quote.cue)
    if quote.via:
        head.append(f"via {quote.via}")
    lines = wrap(" · ".join(head), width, label, indent + "  ")
    text = shorten(quote.quoted_text, QUOTE_PREVIEW_CHARS)
    if quote.type == "direct":
        text = f"“{text}”"
    lines += wrap(text, width, indent, indent)
    if with_paragraph and quote.paragraph:
        lines += wrap("¶ " + shorten(quote.paragraph, PARAGRAPH_PREVIEW_CHARS), width,
                       indent, indent + "  ")
    return lines
