"""Finding the input files: named paths, glob patterns and folder walks.

This module owns which files a run reads, and which entries it passes over:

* a path the user names is read as given (a named symlink is followed: the
  user chose its target), a named special file is an error;
* a folder is walked recursively in sorted order (each folder's files, then
  its subfolders); hidden entries and files of unsupported types are passed
  over silently;
* symbolic links met inside a folder are not followed: a folder of articles
  could otherwise show ``/etc/passwd`` or ``/proc/self/status`` as articles.
  With ``follow_links`` they are followed only when their target lies inside
  the folder given (each folder is walked once, so a link loop ends);
* special files met in a walk (FIFOs, sockets, devices) are skipped: reading
  a FIFO would block the run.

Entries skipped for a reason the user may want to know about (links, special
files) are counted in a `SkippedEntries` tally, which the command line prints
as ``2 skipped: 1 link, 1 special file``.

Files are yielded as the raw paths that open them; errors carry the file's
shown name (`quotesearch.filenames`).
"""
from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Optional, Union

from .filenames import shown_name
from .records import IngestError

PathArg = Union[str, os.PathLike]

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown"})   # Markdown reposts are text
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl"})
WARC_EXTENSIONS = frozenset({".warc", ".warc.gz"})      # web archives: `quotesearch.ingest.warc`
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | WARC_EXTENSIONS

# Reasons for skipping, with their plural, in the order the summary lists them.
LINK = "link"
LINK_OUTSIDE = "link out of the folder"
BROKEN_LINK = "broken link"
LINK_LOOP = "link to a folder already read"
SPECIAL_FILE = "special file"
_PLURALS = {LINK: "links", LINK_OUTSIDE: "links out of the folder", BROKEN_LINK: "broken links",
            LINK_LOOP: "links to a folder already read", SPECIAL_FILE: "special files"}


@dataclass
class SkippedEntries:
    """How many entries of the walked folders were passed over, by reason."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """``2 skipped: 1 link, 1 special file`` (empty when nothing was skipped)."""
        if not self.total:
            return ""
        parts = [f"{n} {reason if n == 1 else _PLURALS[reason]}"
                 for reason, n in sorted(self.counts.items(), key=lambda item: list(_PLURALS).index(item[0]))]
        return f"{self.total} skipped: {', '.join(parts)}"

    def to_json(self) -> dict[str, int]:
        return dict(self.counts)


def extension(path: str) -> str:
    lowered = path.lower()
    if lowered.endswith(".warc.gz"):     # the one double extension read
        return ".warc.gz"
    return os.path.splitext(lowered)[1]


def input_files(paths: Iterable[PathArg], *, follow_links: bool = False,
                skipped: Optional[SkippedEntries] = None) -> Iterator[str | IngestError]:
    """The supported files ``paths`` name, in reading order, or why one cannot be
    read. A path that does not exist but holds a glob pattern (``feeds/*.jsonl``,
    ``archive/**/*.html``, quoted so the shell leaves it) is expanded, in sorted
    order; its matches are entries of the folder before the first wildcard."""
    walker = _Walker(follow_links, skipped if skipped is not None else SkippedEntries())
    for path in paths:
        path = os.fspath(path)
        if not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.iglob(path, recursive=True))
            if not matches:
                yield IngestError(shown_name(path), "no file matches this pattern")
            root = _glob_root(path)
            for match in matches:
                yield from walker.matched(match, root)
        else:
            yield from walker.named(path)


def _glob_root(pattern: str) -> str:
    """The folder a pattern's matches lie in: its path before the first wildcard."""
    head, parts = pattern, []
    while glob.has_magic(head):
        head, tail = os.path.split(head)
        parts.append(tail)
    return head or "."


class _Walker:
    def __init__(self, follow_links: bool, skipped: SkippedEntries):
        self.follow_links = follow_links
        self.skipped = skipped

    def named(self, path: str) -> Iterator[str | IngestError]:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            yield IngestError(shown_name(path), "no such file or directory")
            return
        except OSError as error:
            yield IngestError(shown_name(path), cannot_read(error))
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self.folder(path, os.path.realpath(path))
        elif not stat.S_ISREG(info.st_mode):
            # FIFOs and devices would block or never end when read.
            yield IngestError(shown_name(path), "not a regular file")
        elif extension(path) not in SUPPORTED_EXTENSIONS:
            yield IngestError(shown_name(path), unsupported_reason(path))
        else:
            yield path

    def matched(self, path: str, root: str) -> Iterator[str | IngestError]:
        """A glob match: an entry of ``root``, under the walk's link rules."""
        root_real = os.path.realpath(root)
        real = os.path.realpath(path)
        through_link = real != os.path.normpath(os.path.join(root_real, os.path.relpath(path, root)))
        try:
            info = os.stat(path)
        except OSError:
            if through_link:
                self._skip_link(path, BROKEN_LINK, is_dir=False)
            return
        is_dir = stat.S_ISDIR(info.st_mode)
        if through_link and not self._may_follow(real, root_real, path, is_dir):
            return
        if is_dir:
            yield from self.folder(path, root_real)
        elif not stat.S_ISREG(info.st_mode):
            if extension(path) in SUPPORTED_EXTENSIONS:
                self.skipped.add(SPECIAL_FILE)
        elif extension(path) in SUPPORTED_EXTENSIONS:  # a pattern may match other files too
            yield path

    def folder(self, directory: str, root_real: str) -> Iterator[str | IngestError]:
        """Supported files below ``directory``: depth first, each folder's files
        (sorted by name) before its subfolders (sorted by name)."""
        seen = {_identity(directory)}
        pending = [directory]
        while pending:
            current = pending.pop()
            try:
                with os.scandir(current) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as error:
                yield IngestError(shown_name(current), cannot_read(error))
                continue
            subfolders = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_symlink():
                        kind = self._linked(entry, root_real)
                    elif entry.is_dir(follow_symlinks=False):
                        kind = "dir"
                    elif entry.is_file(follow_symlinks=False):
                        kind = "file"
                    else:
                        kind = "special"
                except OSError as error:
                    yield IngestError(shown_name(entry.path), cannot_read(error))
                    continue
                supported = extension(entry.name) in SUPPORTED_EXTENSIONS
                if kind == "dir":
                    identity = _identity(entry.path) if self.follow_links else None
                    if identity in seen and identity is not None:
                        self.skipped.add(LINK_LOOP)
                    else:
                        seen.add(identity)
                        subfolders.append(entry.path)
                elif kind == "file" and supported:
                    yield entry.path
                elif kind == "special" and supported:
                    self.skipped.add(SPECIAL_FILE)
            # The stack pops from the end: push in reverse to visit in sorted order.
            pending.extend(reversed(subfolders))

    def _linked(self, entry: os.DirEntry, root_real: str) -> Optional[str]:
        """What a link in a walk counts as: "dir", "file", "special", or None
        when it is not followed (and counted as skipped if it mattered)."""
        try:
            info = entry.stat(follow_symlinks=True)
        except OSError:
            self._skip_link(entry.name, BROKEN_LINK, is_dir=False)
            return None
        is_dir = stat.S_ISDIR(info.st_mode)
        if not self._may_follow(os.path.realpath(entry.path), root_real, entry.name, is_dir):
            return None
        if is_dir:
            return "dir"
        return "file" if stat.S_ISREG(info.st_mode) else "special"

    def _may_follow(self, real: str, root_real: str, name: str, is_dir: bool) -> bool:
        if not self.follow_links:
            self._skip_link(name, LINK, is_dir)
            return False
        if not _inside(real, root_real):
            self._skip_link(name, LINK_OUTSIDE, is_dir)
            return False
        return True

    def _skip_link(self, name: str, reason: str, is_dir: bool) -> None:
        # Only links that would have been read count: a link named like an
        # image is passed over as silently as the image itself.
        if is_dir or extension(name) in SUPPORTED_EXTENSIONS:
            self.skipped.add(reason)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _identity(path: str) -> Optional[tuple[int, int]]:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def unsupported_reason(path: str) -> str:
    expected = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    return f"unsupported file type {extension(path) or '(none)'} (expected one of {expected})"


def cannot_read(error: OSError) -> str:
    # str(OSError) repeats the file name, which IngestError already carries.
    if error.errno is not None and error.strerror:
        return f"cannot read: [Errno {error.errno}] {error.strerror}"
    return f"cannot read: {error}"
