"""The ``quotesearch`` command line: a thin layer over the library.

    quotesearch extract PATH... [--format table|jsonl] [--with-paragraph] [--with-text]
    quotesearch extract PATH... --out DIR [--cluster ADDRESS|local] [--jobs N] [--partition-size N]
    quotesearch ingest PATH...|SHARD-DIR [--index DIR] [--cluster ADDRESS|local] [--jobs N]
                       [--topics FILE] [--batch-size N]
    quotesearch remove ID|PATH... [--index DIR]
    quotesearch search QUERY [--speaker S] [--outlet O] [--topic T] [--type T] [--year Y]
                       [--sort relevance|newest|oldest] [--page N] [--json]
    quotesearch check "QUOTE" [--json]
    quotesearch speakers [PREFIX] [--json]
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

Each subcommand is one ``cmd_<name>`` function registered in `build_parser`.
The index folder comes from ``--index``, else ``$QUOTESEARCH_INDEX``, else ``index/``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass
from typing import Optional, TextIO

from tqdm import tqdm

from . import __version__, cli_repair
from .cli_inputs import add_walk_options, report_passed_over
from .filenames import shown_name
from .extract import extract_article, failure_reason
from .formatting import shorten
from .index import DEFAULT_INDEX_DIR, IndexNotFound, IndexUnusable, QuoteIndex, ingest_paths, remove
from .index.store import not_writable
from .index.build import index_extracted, ingest_on_cluster
from .index.topics import TopicFileError
from .partitions import ARTICLES_PER_PARTITION, plan_partitions
from .shards import MANIFEST, extract_to_folder, is_shard_folder, read_shards
from .cluster import DEFAULT_DASHBOARD, LOCAL, ClusterError, dask_client, default_jobs
from .index.writer import DEFAULT_BATCH
from .search import SORTS, SearchError, check_quote, find_speakers, index_stats, search
from .search.facets import FACET_NAMES
from .ingest import read_articles
from .records import Article, ExtractedArticle, IngestError, Quote
from .walk import SkippedEntries

PROG = "quotesearch"


class UsageError(ValueError):
    """Arguments that cannot go together."""

EXIT_OK = 0
EXIT_FAILED = 1          # something in the batch could not be read or extracted
EXIT_USAGE = 2           # argparse's own status for bad arguments
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE

QUOTE_PREVIEW_CHARS = 100
PARAGRAPH_PREVIEW_CHARS = 240


# ---------------------------------------------------------------------------
# Entry point and parser
# ---------------------------------------------------------------------------

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
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2
    except IndexUnusable as error:   # damaged or crafted files met after opening
        print(f"{PROG}: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:         # the index folder refused a write (inputs never raise)
        refusal = not_writable(args.index or default_index_dir(), error) \
            if args.command in ("ingest", "remove") else None
        if refusal is None:
            raise
        print(f"{PROG}: error: {_one_line(str(refusal))}", file=sys.stderr)
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

    extract = commands.add_parser(
        "extract",
        help="extract the quotations of articles and print them",
        description=(
            "Read articles (.txt, .html/.htm, .jsonl collections, directories walked "
            "recursively) and print every attributed quotation found in them."
        ),
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="file or directory to read")
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
    _add_cluster_options(extract, "extract")
    add_walk_options(extract)
    extract.set_defaults(func=cmd_extract)

    _add_index_commands(commands)
    return parser


# ---------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------

@dataclass
class _Tally:
    articles: int = 0
    quotes: int = 0
    failed: int = 0


def _add_cluster_options(command, what: str) -> None:
    command.add_argument("--cluster", metavar="ADDRESS",
                         help=f"{what} on a Dask cluster: a scheduler's tcp://HOST:8786, or "
                              "'local' for worker processes on this machine (see --jobs)")
    command.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                         help=f"{what} in N worker processes of a local Dask cluster "
                              "(with --cluster local: default one per core)")
    command.add_argument("--dashboard", default=DEFAULT_DASHBOARD, metavar="HOST:PORT",
                         help="where a local cluster's Dask dashboard listens (default "
                              f"{DEFAULT_DASHBOARD}: this machine only, a free port)")
    command.add_argument("--partition-size", type=_positive_int, default=ARTICLES_PER_PARTITION,
                         metavar="N", help="articles (files or JSONL lines) per task sent to the "
                                           f"cluster and per shard (default {ARTICLES_PER_PARTITION})")


def _cluster_address(args: argparse.Namespace) -> Optional[str]:
    """Where to run extraction: None here in this process, else a Dask address
    ('local' for a local cluster)."""
    if args.cluster:
        return args.cluster
    return LOCAL if args.jobs else None


def cmd_extract(args: argparse.Namespace) -> int:
    address = _cluster_address(args)
    if args.out:
        return _extract_to_folder(args, address)
    if address:
        print(f"{PROG}: error: --cluster and --jobs write shards: give --out DIR", file=sys.stderr)
        return EXIT_USAGE
    jsonl = args.format == "jsonl"
    out = _stdout_for(jsonl)
    width = _terminal_width()
    tally = _Tally()
    passed_over = SkippedEntries()
    for item in read_articles(args.paths, follow_links=args.follow_links, skipped=passed_over):
        if isinstance(item, IngestError):
            tally.failed += 1
            report_error(item.file, item.reason)
            continue
        try:
            extracted = extract_article(item)
        except Exception as error:  # noqa: BLE001 - one article must not stop a batch
            tally.failed += 1
            report_error(_article_label(item), failure_reason(error))
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
        print(f"{_count(tally.articles, 'article')}, {_count(tally.quotes, 'quote')}, "
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
        print(f"{PROG}: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        bar.close()
    for file, reason in manifest["failed"]:
        report_error(file, reason)
    print(f"{_count(manifest['articles'], 'article')}, {_count(manifest['quotes'], 'quote')}, "
          f"{len(manifest['failed'])} failed; {_count(manifest['partitions'], 'shard')} in "
          f"{args.out} ({os.path.join(args.out, MANIFEST)})", file=sys.stderr)
    report_passed_over(passed_over)
    return EXIT_FAILED if manifest["failed"] else EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def report_error(file: str, reason: str) -> None:
    """One line on stderr: ``quotesearch: error: <file>: <reason>``."""
    print(f"{PROG}: error: {_one_line(shown_name(file))}: {_one_line(reason)}", file=sys.stderr,
          flush=True)


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
    lines = _wrap(a.title or "(untitled)", width, "", "  ")
    outlet = a.outlet or "unknown"
    if a.republished_from:
        outlet += f" (republished from {a.republished_from})"
    details = [f"outlet: {outlet}", f"date: {a.date or 'unknown'}"]
    if a.file:
        details.append(f"file: {a.file}")
    details.append(f"id: {a.id}")
    lines += _wrap(" · ".join(details), width, "  ", "    ")
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
    lines = _wrap(" · ".join(head), width, label, indent + "  ")
    text = shorten(quote.quoted_text, QUOTE_PREVIEW_CHARS)
    if quote.type == "direct":
        text = f"“{text}”"
    lines += _wrap(text, width, indent, indent)
    if with_paragraph and quote.paragraph:
        lines += _wrap("¶ " + shorten(quote.paragraph, PARAGRAPH_PREVIEW_CHARS), width,
                       indent, indent + "  ")
    return lines


_WHITESPACE = re.compile(r"\s+")


def _wrap(text: str, width: int, first_indent: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=first_indent, subsequent_indent=indent,
        break_long_words=False, break_on_hyphens=False,
    ) or [first_indent.rstrip()]


def _terminal_width() -> int:
    columns = shutil.get_terminal_size(fallback=(100, 24)).columns
    return max(40, min(columns, 120))


# ---------------------------------------------------------------------------
# Output streams
# ---------------------------------------------------------------------------

def _stdout_for(jsonl: bool) -> TextIO:
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


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", str(text)).strip()


# ---------------------------------------------------------------------------
# Index commands: ingest, remove, search, check, speakers, stats
# ---------------------------------------------------------------------------

def default_index_dir() -> str:
    return os.environ.get("QUOTESEARCH_INDEX") or DEFAULT_INDEX_DIR


def _add_index_commands(commands) -> None:
    def with_index(p):
        p.add_argument("--index", default=None, metavar="DIR",
                       help="index folder (default: $QUOTESEARCH_INDEX or index/)")
        return p

    ingest = with_index(commands.add_parser(
        "ingest", help="extract articles and add them to the index",
        description="Extract the quotations of articles and index them. Unchanged articles "
                    "are skipped; changed ones replace their earlier version."))
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    _add_cluster_options(ingest, "extract")
    add_walk_options(ingest)
    ingest.add_argument("--topics", metavar="FILE",
                        help="named topics, one 'Name: keyword, keyword' per line; kept in the index")
    ingest.add_argument("--batch-size", type=_positive_int, default=DEFAULT_BATCH, metavar="N",
                        help=f"articles per commit (default {DEFAULT_BATCH}); a crash loses at "
                             "most the batch in flight, which the next ingest redoes")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    ingest.set_defaults(func=cmd_ingest)

    remove_ = with_index(commands.add_parser(
        "remove", help="remove articles (by id, or all read from a file or folder)"))
    remove_.add_argument("targets", nargs="+", metavar="ID|PATH")
    remove_.set_defaults(func=cmd_remove)

    search_ = with_index(commands.add_parser(
        "search", help="search the indexed quotations",
        description="Search quotations. Query language: words (stemmed), \"exact phrases\", "
                    "\"near words\"~3, AND OR NOT ( ), fields speaker: role: outlet: topic: "
                    "type: cue: via: title: year:2024 date:[2022-01-01 TO 2022-12-31]."))
    search_.add_argument("query", nargs="?", default="", metavar="QUERY")
    for facet in FACET_NAMES:
        search_.add_argument(f"--{facet}", action="append", default=[], metavar=facet.upper(),
                             help=f"only this {facet} (repeat to allow several)")
    search_.add_argument("--sort", choices=SORTS, default="relevance")
    search_.add_argument("--page", type=_positive_int, default=1)
    search_.add_argument("--page-size", type=_positive_int, default=10)
    search_.add_argument("--json", action="store_true",
                         help='print {"total", "results", "facets", ...} as JSON')
    search_.set_defaults(func=cmd_search)

    check = with_index(commands.add_parser(
        "check", help="find who really said a quotation, and where first"))
    check.add_argument("quote", metavar="QUOTE")
    check.add_argument("--limit", type=_positive_int, default=5)
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)

    speakers = with_index(commands.add_parser(
        "speakers", help="list speakers, or those with a name or alias starting with PREFIX"))
    speakers.add_argument("prefix", nargs="?", default="")
    speakers.add_argument("--limit", type=_positive_int, default=50)
    speakers.add_argument("--json", action="store_true")
    speakers.set_defaults(func=cmd_speakers)

    serve = with_index(commands.add_parser(
        "serve", help="serve the web UI and JSON API (waitress, a production WSGI server)"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--threads", type=_positive_int, default=16,
                       help="requests served at once (default 16; exports use at most 8)")
    serve.add_argument("--base-url", metavar="URL",
                       help="the site's public address, for feed links (e.g. https://quotes.example.org)")
    serve.add_argument("--allowed-host", metavar="NAME", action="append", default=None,
                       help="a Host header to trust for feed links without --base-url (repeatable)")
    serve.add_argument("--connection-limit", type=_positive_int, default=None,
                       help="connections open at once (default 256)")
    serve.add_argument("--channel-timeout", type=_positive_int, default=None,
                       help="seconds an idle connection is kept (default 10)")
    serve.set_defaults(func=cmd_serve)

    cli_repair.add_commands(commands, with_index, default_index_dir)

    stats = with_index(commands.add_parser("stats", help="what the index holds"))
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def _open_index(args, create: bool = False) -> Optional[QuoteIndex]:
    path = args.index or default_index_dir()
    try:
        return QuoteIndex.open(path, create=create)
    except (IndexNotFound, IndexUnusable, OSError) as error:
        print(f"{PROG}: error: {_one_line(str(error))}", file=sys.stderr)
        return None


def cmd_ingest(args: argparse.Namespace) -> int:
    index = _open_index(args, create=True)
    if index is None:
        return EXIT_FAILED
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
    address = _cluster_address(args)
    passed_over = SkippedEntries()
    try:
        if shard_folders:
            if len(shard_folders) != len(args.paths):
                raise UsageError("give extraction shard folders (extract --out) alone, "
                                 "without other files")
            extracted = (item for folder in shard_folders for item in read_shards(folder))
            report = index_extracted(index, extracted, topic_file=args.topics,
                                     batch_size=args.batch_size, progress=progress)
        elif address:
            partitions = list(plan_partitions(args.paths, args.partition_size,
                                              follow_links=args.follow_links, skipped=passed_over))
            bar.total = sum(1 if isinstance(p, IngestError) else p.size for p in partitions)
            with dask_client(address, args.jobs or default_jobs(),
                             dashboard_address=args.dashboard) as client:
                report = ingest_on_cluster(index, client, partitions, topic_file=args.topics,
                                           batch_size=args.batch_size, progress=progress)
        else:
            report = ingest_paths(index, args.paths, topic_file=args.topics,
                                  batch_size=args.batch_size, progress=progress,
                                  follow_links=args.follow_links)
            passed_over = report.passed_over
    except (TopicFileError, ClusterError, UsageError) as error:
        bar.close()
        print(f"{PROG}: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        bar.close()
    report.passed_over = passed_over
    report_passed_over(passed_over)
    for error in report.failed:
        report_error(error.file, error.reason)
    stats = index_stats(index)
    if args.json:
        summary = report.to_json()
        summary["index"] = stats.to_json()
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"ingested {_count(report.added, 'new article')}, {report.replaced} replaced, "
              f"{report.unchanged} unchanged; {_count(report.quotes, 'quotation')} written")
        for skipped in report.skipped:
            print(f"  skipped {skipped.file}: {skipped.reason}")
        if report.failed:
            print(f"  {_count(len(report.failed), 'file')} failed (reasons above)")
        print(f"index {shown_name(index.path)}: {_count(stats.articles, 'article')}, "
              f"{_count(stats.quotes, 'quotation')}, {_count(stats.speakers, 'speaker')}")
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index is None:
        return EXIT_FAILED
    status = EXIT_OK
    for target in args.targets:
        removed = remove(index, target)
        if removed:
            print(f"removed {_count(len(removed), 'article')} ({shown_name(target)})")
        else:
            report_error(target, "no indexed article has this id or came from this path")
            status = EXIT_FAILED
    return status


_FILTER_EXAMPLES = {"year": "2024", "speaker": "'Maria Lindqvist'", "outlet": "Reuters",
                    "type": "direct", "topic": "trade"}


def cmd_search(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index is None:
        return EXIT_FAILED
    filters = {facet: getattr(args, facet) for facet in FACET_NAMES if getattr(args, facet)}
    for facet, values in filters.items():
        if not all(value.strip() for value in values):
            print(f"{PROG}: error: --{facet}: empty value (give one, e.g. "
                  f"--{facet}={_FILTER_EXAMPLES.get(facet, 'VALUE')})", file=sys.stderr)
            return EXIT_USAGE
    try:
        results = search(index, args.query, filters=filters, sort=args.sort, page=args.page,
                         page_size=min(args.page_size, 100))
    except SearchError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    out = _stdout_for(args.json)
    if args.json:
        out.write(json.dumps(results.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    width = _terminal_width()
    if results.message:
        out.write(f"note: {results.message}\n")
    if results.did_you_mean:
        out.write(f"did you mean: {results.did_you_mean}\n")
    first = (results.page - 1) * results.page_size + 1
    last = first + len(results.hits) - 1
    out.write(f"{_count(results.total, 'quotation')}" +
              (f", showing {first}-{last}" if results.hits else "") + "\n")
    for number, hit in enumerate(results.hits, first):
        out.write("\n".join(_format_indexed(hit.quote, number, width,
                                             hit.highlight.marked("[", "]"))) + "\n")
    for name, values in results.facets.items():
        if values:
            shown = ", ".join(f"{v.value} ({v.count})" for v in values[:8])
            out.write("\n".join(_wrap(f"{name}: {shown}", width, "", "    ")) + "\n")
    return EXIT_OK


def _format_indexed(quote, number: int, width: int, text: Optional[str] = None) -> list[str]:
    label = f"{number:>3}. "
    indent = " " * len(label)
    shown = shorten(text or quote.text, 240)
    # reported speech is not the speaker's words: no quotation marks
    lines = _wrap(shown if quote.type == "indirect" else f"“{shown}”", width, label, indent)
    who = quote.speaker or "(unknown speaker)"
    if quote.role:
        who += f", {quote.role}"
    lines += _wrap(f"— {who} · {quote.type}", width, indent, indent + "  ")
    sources = quote.sources
    reported = f"reported by {_count(quote.source_count, 'source')}: " if quote.source_count > 1 else ""
    where = "; ".join(" ".join(filter(None, [s.outlet or "unknown outlet", s.date, s.url]))
                      for s in sources[:3])
    lines += _wrap(reported + where, width, indent, indent + "  ")
    lines.append(f"{indent}id: {quote.id}")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index is None:
        return EXIT_FAILED
    matches = check_quote(index, args.quote, limit=args.limit)
    out = _stdout_for(args.json)
    if args.json:
        out.write(json.dumps({"query": args.quote, "matches": [m.to_json() for m in matches]},
                             ensure_ascii=False) + "\n")
        return EXIT_OK
    if not matches:
        out.write("no indexed quotation is close to this one\n")
    width = _terminal_width()
    for number, match in enumerate(matches, 1):
        out.write(f"similarity {match.similarity:.2f}\n")
        out.write("\n".join(_format_indexed(match.quote, number, width)) + "\n")
    return EXIT_OK


def cmd_speakers(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index is None:
        return EXIT_FAILED
    found = find_speakers(index, args.prefix, limit=args.limit)
    out = _stdout_for(args.json)
    if args.json:
        out.write(json.dumps([s.to_json() for s in found], ensure_ascii=False) + "\n")
        return EXIT_OK
    for speaker in found:
        also = f" (also: {', '.join(speaker.aliases[:4])})" if speaker.aliases else ""
        out.write(f"{speaker.quotes:>5}  {speaker.name}{also}  [{speaker.id}]\n")
    if not found:
        out.write("no speaker found\n")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .web import create_app
    from .web.server import serve
    path = args.index or default_index_dir()
    try:
        app = create_app(path, base_url=args.base_url, allowed_hosts=args.allowed_host)
    except ValueError as error:
        print(f"{PROG}: error: --base-url: {error}", file=sys.stderr)
        return EXIT_USAGE
    limits = {name: value for name, value in (("connection_limit", args.connection_limit),
                                              ("channel_timeout", args.channel_timeout))
              if value is not None}
    print(f"QuoteSearch on http://{args.host}:{args.port}/ (index: {path}; Ctrl-C stops)",
          file=sys.stderr, flush=True)
    serve(app, host=args.host, port=args.port, threads=args.threads, **limits)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    index = _open_index(args)
    if index is None:
        return EXIT_FAILED
    stats = index_stats(index)
    out = _stdout_for(args.json)
    if args.json:
        out.write(json.dumps(stats.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    for key, value in stats.to_json().items():
        out.write(f"{key:>11}: {value if value is not None else '-'}\n")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
