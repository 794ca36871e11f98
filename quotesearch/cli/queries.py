"""The commands that read the index: ``search`` (the query language, facet
filters, pages), ``check`` (who really said a remembered quotation) and
``speakers`` (the registry, by name prefix); tables or JSON."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from ..formatting import shorten
from ..search import SORTS, SearchError, check_quote, find_speakers, search
from ..search.check import overall_verdict, verdict
from ..search.facets import FACET_NAMES
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    counted,
    open_index,
    positive_int,
    stdout_for,
    terminal_width,
    with_index,
    wrap,
)


def add_commands(commands) -> None:
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
    search_.add_argument("--page", type=positive_int, default=1)
    search_.add_argument("--page-size", type=positive_int, default=10)
    search_.add_argument("--literal", action="store_true",
                         help="search the words as typed, not read as a question "
                              "('what did Trump say about Clinton' -> by Donald Trump, mentioning Clinton)")
    search_.add_argument("--json", action="store_true",
                         help='print {"total", "results", "facets", "question", ...} as JSON')
    search_.set_defaults(func=cmd_search)

    check = with_index(commands.add_parser(
        "check", help="find who really said a quotation, and where first"))
    check.add_argument("quote", metavar="QUOTE")
    check.add_argument("--limit", type=positive_int, default=5)
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)

    speakers = with_index(commands.add_parser(
        "speakers", help="list speakers, or those with a name or alias starting with PREFIX; "
                         "merge or split speakers by hand",
        description="List speakers (most quoted first), or those with a name or name form "
                    "starting with PREFIX. By hand: 'speakers merge A B' makes two speakers "
                    "one (ids, names or name forms); 'speakers split NAME' takes a name form "
                    "out of its speaker; 'speakers undo NAME' forgets the merges and splits "
                    "naming it; 'speakers show ID' lists a speaker's name forms and why. "
                    "Decisions are kept in the index folder (speakers.json) and applied "
                    "after every ingest."))
    speakers.add_argument("prefix", nargs="*", metavar="PREFIX | merge A B | split NAME | undo NAME | show ID")
    speakers.add_argument("--limit", type=positive_int, default=50)
    speakers.add_argument("--json", action="store_true")
    speakers.set_defaults(func=cmd_speakers)


_FILTER_EXAMPLES = {"year": "2024", "speaker": "'Maria Lindqvist'", "outlet": "Reuters",
                    "type": "direct", "topic": "trade"}


def cmd_search(args: argparse.Namespace) -> int:
    index = open_index(args)
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
                         page_size=min(args.page_size, 100), literal=args.literal)
    except SearchError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    out = stdout_for(args.json)
    if args.json:
        out.write(json.dumps(results.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    width = terminal_width()
    if results.question is not None:
        out.write(f"read as: {results.question.description} (--literal for the words as typed)\n")
    if results.relaxed:
        out.write(f"note: {results.relaxed}\n")
    if results.message:
        out.write(f"note: {results.message}\n")
    if results.did_you_mean:
        out.write(f"did you mean: {results.did_you_mean}\n")
    first = (results.page - 1) * results.page_size + 1
    last = first + len(results.hits) - 1
    out.write(f"{counted(results.total, 'quotation')}" +
              (f", showing {first}-{last}" if results.hits else "") + "\n")
    for number, hit in enumerate(results.hits, first):
        out.write("\n".join(_format_indexed(hit.quote, number, width,
                                             hit.highlight.marked("[", "]"))) + "\n")
    for name, values in results.facets.items():
        if values:
            shown = ", ".join(f"{v.value} ({v.count})" for v in values[:8])
            out.write("\n".join(wrap(f"{name}: {shown}", width, "", "    ")) + "\n")
    return EXIT_OK


def _format_indexed(quote, number: int, width: int, text: Optional[str] = None) -> list[str]:
    label = f"{number:>3}. "
    indent = " " * len(label)
    shown = shorten(text or quote.text, 240)
    # reported speech is not the speaker's words: no quotation marks
    lines = wrap(shown if quote.type == "indirect" else f"“{shown}”", width, label, indent)
    who = quote.speaker or "(unknown speaker)"
    if quote.role:
        who += f", {quote.role}"
    lines += wrap(f"— {who} · {quote.type}", width, indent, indent + "  ")
    sources = quote.sources
    reported = f"reported by {counted(quote.source_count, 'source')}: " if quote.source_count > 1 else ""
    where = "; ".join(" ".join(filter(None, [s.outlet or "unknown outlet", s.date, s.url]))
                      for s in sources[:3])
    lines += wrap(reported + where, width, indent, indent + "  ")
    lines.append(f"{indent}id: {quote.id}")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    index = open_index(args)
    if index is None:
        return EXIT_FAILED
    matches = check_quote(index, args.quote, limit=args.limit)
    out = stdout_for(args.json)
    found = overall_verdict(matches)
    if args.json:
        out.write(json.dumps({"query": args.quote, "verdict": found,
                              "similarity": matches[0].similarity if matches else None,
                              "matches": [dict(m.to_json(), verdict=verdict(m.similarity))
                                          for m in matches]},
                             ensure_ascii=False) + "\n")
        return EXIT_OK
    if not matches:
        out.write("verdict: no close match (no indexed quotation shares its words)\n")
    else:
        out.write(f"verdict: {found} (best similarity {matches[0].similarity:.2f})\n")
    width = terminal_width()
    for number, match in enumerate(matches, 1):
        out.write(f"similarity {match.similarity:.2f} ({verdict(match.similarity)})\n")
        out.write("\n".join(_format_indexed(match.quote, number, width)) + "\n")
    return EXIT_OK


_SPEAKER_ACTIONS = {"merge": 2, "split": 1, "undo": 1, "show": 1}


def cmd_speakers(args: argparse.Namespace) -> int:
    words = args.prefix
    action = words[0] if words and words[0] in _SPEAKER_ACTIONS else None
    if action and len(words) != _SPEAKER_ACTIONS[action] + 1:
        shape = {"merge": "merge A B", "split": "split NAME", "undo": "undo NAME", "show": "show ID"}
        print(f"{PROG}: error: speakers {action}: expected 'speakers {shape[action]}' "
              f"(quote names with spaces)", file=sys.stderr)
        return EXIT_USAGE
    index = open_index(args)
    if index is None:
        return EXIT_FAILED
    if action:
        return _speaker_action(index, action, words[1:], args.json)
    found = find_speakers(index, " ".join(words), limit=args.limit)
    out = stdout_for(args.json)
    if args.json:
        out.write(json.dumps([s.to_json() for s in found], ensure_ascii=False) + "\n")
        return EXIT_OK
    for speaker in found:
        also = f" (also: {', '.join(speaker.aliases[:4])})" if speaker.aliases else ""
        out.write(f"{speaker.quotes:>5}  {speaker.name}{also}  [{speaker.id}]\n")
    if not found:
        out.write("no speaker found\n")
    return EXIT_OK


def _speaker_action(index, action: str, names: list[str], as_json: bool) -> int:
    from ..identity import OverridesError
    from ..search.profiles import speaker_profile
    from ..search.speakers import (SpeakerDecisionError, merge_speakers, resolve_speaker,
                                   split_speaker, undo_speaker_decisions)
    out = stdout_for(as_json)
    try:
        if action == "merge":
            speaker_id, name = merge_speakers(index, names[0], names[1])
            out.write(f"merged: {name} [{speaker_id}] (kept in {index.path}/speakers.json)\n")
        elif action == "split":
            speaker_id, name = split_speaker(index, names[0])
            out.write(f"split: {name} [{speaker_id}] is a speaker of its own\n")
        elif action == "undo":
            removed = undo_speaker_decisions(index, names[0])
            out.write(f"forgot {counted(removed, 'decision')} naming {names[0]!r}\n")
        else:
            found = resolve_speaker(index, names[0])
            profile = speaker_profile(index, found[0]) if found else None
            if profile is None:
                print(f"{PROG}: error: no speaker is called {names[0]!r}", file=sys.stderr)
                return EXIT_FAILED
            if as_json:
                out.write(json.dumps(profile.to_json(), ensure_ascii=False) + "\n")
                return EXIT_OK
            hand = " · merged or split by hand" if profile.by_hand else ""
            out.write(f"{profile.name} [{profile.id}]: {counted(profile.quotes, 'quotation')}{hand}\n")
            for form, count, reason in profile.forms:
                out.write(f"{count:>6}  {form}  ({reason})\n")
            if profile.names_used:
                out.write("also named in its articles:\n")
                for form, count, reason in profile.names_used:
                    out.write(f"{count:>6}  {form}  ({reason})\n")
    except (SpeakerDecisionError, OverridesError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"{PROG}: error: {index.path}: cannot write the speakers merged or split by hand "
              f"({error.strerror or error})", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
