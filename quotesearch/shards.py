"""Extraction shards: a folder of JSONL files, one per partition, and its manifest.

``quotesearch extract PATH... --out DIR`` writes, for each partition
(`quotesearch.partitions`), ``DIR/part-NNNNNN-<signature>.jsonl``: one record
per article, the ``extract --format jsonl`` record with the surrounding
paragraphs and the article text, so that ``quotesearch ingest DIR`` can index
them without extracting again. Beside each shard, a small ``.done`` file holds
its counts and failures.

Crash safety and resuming: a shard is written under a temporary name and
renamed when whole, then its ``.done`` file the same way; a partition counts
as finished only when its ``.done`` file exists, so a worker killed half-way
leaves at most a temporary file, which the next run deletes and redoes. The
shard's name carries its partition's signature: a re-run of the same command
skips finished partitions, and an input that changed since is read again.
``manifest.json`` lists every shard, its inputs and counts, and the failures
with their reasons; it is rewritten (atomically) as shards finish and once more
at the end, with ``"complete": true`` when every partition is done.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from . import __version__
from . import extract as extractor   # (its rules load on first use, not with the CLI)
from .partitions import Partition, read_partition
from .records import Article, ExtractedArticle, IngestError

MANIFEST = "manifest.json"
FORMAT = "quotesearch-shards/1"
MANIFEST_EVERY = 2.0          # seconds between manifest rewrites during a run
_SHARD_FILE = re.compile(r"^(part-\d{6}-[0-9a-f]{10})\.(?:jsonl|done)$")


@dataclass
class ShardReport:
    """What one partition gave: counts, and the articles that failed with why."""

    name: str
    reads: dict
    articles: int = 0
    quotes: int = 0
    failed: list[list[str]] = field(default_factory=list)
    seconds: float = 0.0         # the worker's time on it: how the work would spread over more workers

    def to_json(self) -> dict:
        return {"shard": self.name + ".jsonl", "reads": self.reads, "articles": self.articles,
                "quotes": self.quotes, "failed": self.failed, "seconds": round(self.seconds, 3)}

    @classmethod
    def from_json(cls, data: dict) -> "ShardReport":
        return cls(data["shard"].removesuffix(".jsonl"), data["reads"], data["articles"],
                   data["quotes"], [list(f) for f in data["failed"]], data.get("seconds", 0.0))


def extract_partition(partition: Partition) -> tuple[list[ExtractedArticle], list[IngestError]]:
    """Read and extract one partition. A bad article is reported, never fatal."""
    extracted, failed = [], []
    for item in read_partition(partition):
        if isinstance(item, Article):
            item = extractor.extract_or_error(item)
        (failed if isinstance(item, IngestError) else extracted).append(item)
    return extracted, failed


def write_shard(partition: Partition, out: str) -> ShardReport:
    """Extract a partition into its shard (the task a worker runs)."""
    started = time.perf_counter()
    extracted, failed = extract_partition(partition)
    lines = (json.dumps(e.to_json(with_paragraph=True, with_text=True), ensure_ascii=False) + "\n"
             for e in extracted)
    _write_atomically(os.path.join(out, partition.name + ".jsonl"), lines)
    report = ShardReport(partition.name, partition.describe(), len(extracted),
                         sum(len(e.quotes) for e in extracted), [[e.file, e.reason] for e in failed],
                         time.perf_counter() - started)
    _write_atomically(os.path.join(out, partition.name + ".done"),
                      [json.dumps(report.to_json(), ensure_ascii=False)])
    return report


def finished(partition: Partition, out: str) -> Optional[ShardReport]:
    """The report of a partition already extracted into ``out``, if it was."""
    done = os.path.join(out, partition.name + ".done")
    if not (os.path.exists(done) and os.path.exists(os.path.join(out, partition.name + ".jsonl"))):
        return None
    try:
        with open(done, encoding="utf-8") as f:
            return ShardReport.from_json(json.load(f))
    except (OSError, ValueError, KeyError):
        return None          # unreadable: do it again


def remove_temporary_files(out: str) -> None:
    """What killed writers left behind."""
    for name in os.listdir(out):
        if name.startswith(".tmp-"):
            try:
                os.remove(os.path.join(out, name))
            except OSError:
                pass


def write_manifest(out: str, inputs: list[str], shards: list[ShardReport],
                   unreadable: list[IngestError], complete: bool) -> dict:
    manifest = {
        "format": FORMAT, "quotesearch": __version__, "inputs": inputs, "complete": complete,
        "partitions": len(shards),
        "articles": sum(s.articles for s in shards), "quotes": sum(s.quotes for s in shards),
        "failed": [[e.file, e.reason] for e in unreadable] + [f for s in shards for f in s.failed],
        "shards": [s.to_json() for s in shards],
    }
    _write_atomically(os.path.join(out, MANIFEST), [json.dumps(manifest, ensure_ascii=False, indent=1)])
    return manifest


def extract_to_folder(inputs: list[str], partitions: list[Partition], unreadable: list[IngestError],
                      out: str, client=None, progress: Optional[Callable[[ShardReport], None]] = None) -> dict:
    """Extract every partition not yet finished in ``out`` (on a Dask ``client``,
    or here), then write the manifest. Returns the manifest."""
    _prepare_folder(out)
    note = progress or (lambda report: None)
    reports: dict[str, ShardReport] = {}
    todo = []
    for partition in partitions:
        report = finished(partition, out)
        if report is None:
            todo.append(partition)
        else:
            reports[partition.name] = report
            note(report)
    if client is not None:
        from .cluster import map_unordered
        results = map_unordered(client, write_shard, todo, out)
    else:
        results = (write_shard(partition, out) for partition in todo)
    last_written = time.monotonic()
    for report in results:
        reports[report.name] = report
        note(report)
        if time.monotonic() - last_written > MANIFEST_EVERY:
            write_manifest(out, inputs, [reports[p.name] for p in partitions if p.name in reports],
                           unreadable, complete=False)
            last_written = time.monotonic()
    _remove_stale_shards(out, {p.name for p in partitions})
    return write_manifest(out, inputs, [reports[p.name] for p in partitions], unreadable, complete=True)


def _prepare_folder(out: str) -> None:
    names = os.listdir(out) if os.path.isdir(out) else []
    if names and MANIFEST not in names and not any(_SHARD_FILE.match(name) for name in names):
        raise OSError(f"{out} holds other files: give an empty or new folder for shards")
    os.makedirs(out, exist_ok=True)
    remove_temporary_files(out)


def _remove_stale_shards(out: str, current: set[str]) -> None:
    """Shards of an earlier plan (inputs changed since): not part of this run."""
    for name in os.listdir(out):
        match = _SHARD_FILE.match(name)
        if match and match.group(1) not in current:
            os.remove(os.path.join(out, name))


def is_shard_folder(path: str) -> bool:
    manifest = os.path.join(path, MANIFEST)
    if not (os.path.isdir(path) and os.path.isfile(manifest)):
        return False
    try:
        with open(manifest, encoding="utf-8") as f:
            return json.load(f).get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        return False


def read_shards(folder: str) -> Iterator[ExtractedArticle | IngestError]:
    """The extracted articles of a shard folder, shard by shard as the manifest
    lists them (lazily), then the failures it recorded."""
    with open(os.path.join(folder, MANIFEST), encoding="utf-8") as f:
        manifest = json.load(f)
    for shard in manifest["shards"]:
        path = os.path.join(folder, shard["shard"])
        try:
            file = open(path, encoding="utf-8")
        except OSError as error:
            yield IngestError(path, f"cannot read shard: {error.strerror or error}")
            continue
        with file:
            for number, line in enumerate(file, 1):
                try:
                    yield ExtractedArticle.from_json(json.loads(line))
                except (ValueError, KeyError, TypeError) as error:
                    yield IngestError(f"{path}:{number}", f"not a shard record: {error}")
    for file, reason in manifest["failed"]:
        yield IngestError(file, reason)


def _write_atomically(path: str, lines: Iterable[str]) -> None:
    folder = os.path.dirname(path) or "."
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise
