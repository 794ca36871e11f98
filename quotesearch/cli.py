"""The ``quotesearch`` command line: a thin layer over the library.

    quotesearch extract PATH... [--format table|jsonl] [--with-paragraph]

No extraction logic lives here: the CLI reads articles with
`quotesearch.ingest.read_articles`, extracts them with
`quotesearch.extract.extract_article` and prints the results, one article at a
time (nothing is held in memory beyond the article being printed).

Errors never stop a batch: every file that cannot be read (and every article
whose extraction fails) is reported on stderr as one line
``quotesearch: error: <file>: <reason>``. Exit status: 0 when everything was
read, 1 when anything failed, 2 for usage errors.

Each subcommand is one ``cmd_<name>`` function registered in `build_parser`;
``ingest``, ``search`` and ``serve`` are planned.
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

from . import __version__
from .extract import extract_article
from .ingest import read_articles
from .records import Article, ExtractedArticle, IngestError, Quote

PROG = "quotesearch"

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
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (`quotesearch extract ... | head`): stop quietly.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 128 + 2


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
    extract.set_defaults(func=cmd_extract)

    # Later subcommands (ingest, search, serve) register here, each with its own cmd_ function.
    return parser


# ---------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------

@dataclass
class _Tally:
    articles: int = 0
    quotes: int = 0
    failed: int = 0


def cmd_extract(args: argparse.Namespace) -> int:
    jsonl = args.format == "jsonl"
    out = _stdout_for(jsonl)
    width = _terminal_width()
    tally = _Tally()
    for item in read_articles(args.paths):
        if isinstance(item, IngestError):
            tally.failed += 1
            report_error(item.file, item.reason)
            continue
        try:
            extracted = extract_article(item)
        except Exception as error:  # noqa: BLE001 - one article must not stop a batch
            tally.failed += 1
            report_error(_article_label(item), f"extraction failed: {type(error).__name__}: {error}")
            continue
        tally.articles += 1
        tally.quotes += len(extracted.quotes)
        if jsonl:
            out.write(json.dumps(extracted.to_json(with_paragraph=args.with_paragraph),
                                 ensure_ascii=False) + "\n")
        else:
            out.write(format_article(extracted, width, with_paragraph=args.with_paragraph))
        out.flush()
    if not jsonl:
        print(f"{_count(tally.articles, 'article')}, {_count(tally.quotes, 'quote')}, "
              f"{tally.failed} failed", file=sys.stderr)
    return EXIT_FAILED if tally.failed else EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def report_error(file: str, reason: str) -> None:
    """One line on stderr: ``quotesearch: error: <file>: <reason>``."""
    print(f"{PROG}: error: {_one_line(file)}: {_one_line(reason)}", file=sys.stderr, flush=True)


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


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most about `limit` characters + "…"."""
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


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


if __name__ == "__main__":
    sys.exit(main())
