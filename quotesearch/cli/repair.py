"""The ``check-index`` and ``repair`` commands: what is damaged in an index
folder, and rebuilding what can be saved (`quotesearch.index.repair`).

    quotesearch check-index [--index DIR] [--json]     exit 0 when whole, 1 when damaged
    quotesearch repair [--index DIR]                   exit 0 when rebuilt (or whole), 1 when not
"""
from __future__ import annotations

import argparse
import json
import sys

from ..index.repair import check_index, repair_index

PROG = "quotesearch"


def add_commands(commands, with_index, index_dir) -> None:
    check = with_index(commands.add_parser(
        "check-index", help="read every file of the index and list what is damaged"))
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=lambda args: cmd_check_index(args, index_dir()))
    repair = with_index(commands.add_parser(
        "repair", help="rebuild a damaged index from the article records it still holds "
                       "(the damaged folder is kept beside it)"))
    repair.set_defaults(func=lambda args: cmd_repair(args, index_dir()))


def cmd_check_index(args: argparse.Namespace, default: str) -> int:
    path = args.index or default
    from ..index.sharded import is_sharded_index
    if is_sharded_index(path):
        return _check_shards(args, path)
    health = check_index(path)
    if args.json:
        sys.stdout.write(json.dumps(health.to_json(), ensure_ascii=True) + "\n")
        return 0 if health.ok else 1
    if health.ok:
        print(f"index {path}: whole ({health.segments} segments, {health.documents} documents)")
        return 0
    for damage in health.damage:
        print(f"{PROG}: error: {damage.file}: {damage.reason}", file=sys.stderr)
    if health.readable_toc:
        print(f"index {path}: damaged; {health.documents} documents readable, "
              f"{health.lost_documents} in damaged segments. 'quotesearch repair --index {path}' "
              "rebuilds the readable articles")
    else:
        print(f"index {path}: damaged beyond repair (the table of contents is unreadable): "
              "ingest the sources again into a new folder")
    return 1


def _check_shards(args: argparse.Namespace, path: str) -> int:
    """check-index of a sharded index: each shard is an index of its own."""
    import os

    from ..index.sharded import read_manifest, shard_name
    try:
        shards = [os.path.join(path, shard_name(n)) for n in range(read_manifest(path))]
    except Exception as error:      # noqa: BLE001 - IndexUnusable, one line
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    healths = [check_index(shard) for shard in shards]
    ok = all(h.ok for h in healths)
    if args.json:
        sys.stdout.write(json.dumps({"ok": ok, "shards": [h.to_json() for h in healths]},
                                    ensure_ascii=True) + "\n")
        return 0 if ok else 1
    for shard, health in zip(shards, healths):
        for damage in health.damage:
            print(f"{PROG}: error: {damage.file}: {damage.reason}", file=sys.stderr)
        print(f"shard {shard}: " + (f"whole ({health.segments} segments, {health.documents} documents)"
                                    if health.ok else "damaged"))
    if not ok:
        print(f"index {path}: damaged; a sharded index is not repaired in place: ingest the "
              "sources again into a new folder (--shards N)")
    return 0 if ok else 1


def cmd_repair(args: argparse.Namespace, default: str) -> int:
    path = args.index or default
    from ..index.sharded import is_sharded_index
    if is_sharded_index(path):
        # each shard's article records hold whole articles: repairing one shard as an
        # index would put every quotation into it
        print(f"{PROG}: error: {path}: a sharded index is not repaired in place; "
              "'quotesearch check-index' names the damage; ingest the sources again into a "
              "new folder (--shards N)", file=sys.stderr)
        return 1
    try:
        report = repair_index(path)
    except (RuntimeError, OSError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    if report.health.ok:
        print(f"index {path}: whole, nothing to repair")
        return 0
    for error in report.failed:
        print(f"{PROG}: error: {error.file}: {error.reason}", file=sys.stderr)
    print(f"index {path}: rebuilt {report.articles} articles from the readable segments; "
          f"lost {report.health.lost_documents} documents of damaged segments "
          f"(re-ingest their sources to restore them); the damaged folder is kept as {report.kept_as}")
    return 0
