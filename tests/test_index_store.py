"""`quotesearch.index.store`: an index folder that cannot be written. Ingest and
remove say so in one line naming the folder (exit 1) instead of a
``PermissionError … INGEST_LOCK`` traceback; searching it still works.

Tests may run as root, for whom ``chmod`` denies nothing, so each way a folder
can refuse writes is made real in a way root meets too: a path through a
regular file (ENOTDIR), a read-only bind mount in a user namespace (EROFS, when
``unshare`` is allowed), and permissions (EACCES, when not root)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

STORY = ("Port deal signed\n\n“This agreement will double the capacity of our container terminal "
         "by 2026,” said Maria Lindqvist, the director of the harbour authority.\n")
MORE = ("Fishing quotas cut\n\n“The fishing communities of this coast cannot survive another cut "
        "in quotas,” said Anna Holm, chair of the regional fishing association.\n")


def command(*args) -> list[str]:
    return [sys.executable, "-m", "quotesearch", *map(str, args)]


def run(*args, prefix=()) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment.pop("QUOTESEARCH_INDEX", None)
    return subprocess.run([*prefix, *command(*args)], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def built(tmp_path):
    """An index holding one article, and a second article to ingest."""
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more.txt").write_text(MORE, encoding="utf-8")
    index = tmp_path / "index"
    assert run("ingest", tmp_path / "story.txt", "--index", index).returncode == 0
    return tmp_path, index


def assert_one_line_naming(result: subprocess.CompletedProcess, folder, reason: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("quotesearch: error:")]
    assert lines == [f"quotesearch: error: {folder}: cannot write to this index folder ({reason}); "
                     "ingest and remove need a folder you can write (see --index)"], result.stderr


def test_ingest_into_a_path_through_a_regular_file(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "plain-file").write_text("not a folder", encoding="utf-8")
    index = tmp_path / "plain-file" / "index"
    result = run("ingest", tmp_path / "story.txt", "--index", index)
    assert_one_line_naming(result, index, "Not a directory")


def test_ingest_and_remove_when_the_lock_cannot_be_written(built):
    """INGEST_LOCK made a link into a path through a regular file: the lock's
    open fails with ENOTDIR, as root too, exactly where EACCES struck."""
    folder, index = built
    (folder / "plain-file").write_text("not a folder", encoding="utf-8")
    os.remove(index / "INGEST_LOCK")
    os.symlink(folder / "plain-file" / "lock", index / "INGEST_LOCK")
    assert_one_line_naming(run("ingest", folder / "more.txt", "--index", index), index,
                           "Not a directory")
    assert_one_line_naming(run("remove", folder / "story.txt", "--index", index), index,
                           "Not a directory")
    found = run("search", "container", "--index", index)
    assert found.returncode == 0 and "1 quotation" in found.stdout


def _read_only_mount(folder) -> list[str]:
    """A command prefix running its command with ``folder`` mounted read-only
    (a bind mount in a new user and mount namespace), or [] when not allowed."""
    unshare = shutil.which("unshare")
    if not unshare:
        return []
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    prefix = [unshare, "-rm", "sh", "-c", script, str(folder)]
    probe = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True, text=True)
    return prefix if probe.returncode != 0 and "Read-only" in probe.stderr else []


def test_ingest_and_remove_on_a_read_only_file_system(built):
    folder, index = built
    prefix = _read_only_mount(folder)
    if not prefix:
        pytest.skip("no unprivileged read-only bind mounts here (unshare -rm)")
    assert_one_line_naming(run("ingest", folder / "more.txt", "--index", index, prefix=prefix),
                           index, "Read-only file system")
    assert_one_line_naming(run("remove", folder / "story.txt", "--index", index, prefix=prefix),
                           index, "Read-only file system")
    found = run("search", "container", "--index", index, prefix=prefix)
    assert found.returncode == 0 and "1 quotation" in found.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root is not denied by permissions")
def test_ingest_and_remove_without_write_permission(built):
    folder, index = built
    modes = {path: os.stat(path).st_mode for path in [index, *index.iterdir()]}
    try:
        for path in modes:
            os.chmod(path, 0o555 if path == index else 0o444)
        assert_one_line_naming(run("ingest", folder / "more.txt", "--index", index), index,
                               "Permission denied")
        assert_one_line_naming(run("remove", folder / "story.txt", "--index", index), index,
                               "Permission denied")
    finally:
        for path, mode in modes.items():
            os.chmod(path, mode)
