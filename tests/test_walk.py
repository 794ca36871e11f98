"""Specification of `quotesearch.walk`: which files a run reads, and which
folder entries it passes over. Real files, links and FIFOs in temporary folders."""
from __future__ import annotations

import os
import pathlib
import socket
import threading

import pytest

from quotesearch.ingest import read_articles
from quotesearch.records import IngestError
from quotesearch.walk import (
    BROKEN_LINK,
    LINK,
    LINK_LOOP,
    LINK_OUTSIDE,
    SPECIAL_FILE,
    SkippedEntries,
    input_files,
)

STORY = "“We will keep the port open,” said Maria Lindqvist, the harbour director."


def files(*paths, follow_links=False):
    skipped = SkippedEntries()
    found = list(input_files([str(p) for p in paths], follow_links=follow_links, skipped=skipped))
    names = [item if isinstance(item, IngestError) else os.path.relpath(item, paths[0])
             for item in found]
    return names, skipped.counts


@pytest.fixture
def folder(tmp_path) -> pathlib.Path:
    """articles/ with one real story, and a secret outside it."""
    (tmp_path / "secret.txt").write_text("the password is swordfish", encoding="utf-8")
    articles = tmp_path / "articles"
    (articles / "sub").mkdir(parents=True)
    (articles / "a.txt").write_text(STORY, encoding="utf-8")
    (articles / "sub" / "b.txt").write_text(STORY + " Again.", encoding="utf-8")
    return articles


def test_a_folder_is_walked_in_sorted_order(folder):
    assert files(folder) == (["a.txt", os.path.join("sub", "b.txt")], {})


def test_links_inside_a_folder_are_not_followed_by_default(folder):
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(folder.parent / "secret.txt")
    (folder / "again.txt").symlink_to(folder / "a.txt")       # inside, still a link
    (folder / "subdir").symlink_to(folder / "sub")
    (folder / "picture.png").symlink_to("/etc/hostname")      # not a type we read: silent
    assert files(folder) == (["a.txt", os.path.join("sub", "b.txt")], {LINK: 4})


def test_follow_links_reads_links_inside_the_folder_only(folder):
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "status.txt").symlink_to("/proc/self/status")
    (folder / "secret.txt").symlink_to("../secret.txt")
    (folder / "again.txt").symlink_to("a.txt")
    (folder / "z-linked").symlink_to("sub")
    found, counts = files(folder, follow_links=True)
    assert found == ["a.txt", "again.txt", os.path.join("sub", "b.txt")]
    assert counts == {LINK_OUTSIDE: 3, LINK_LOOP: 1}      # sub/ is read once


def test_follow_links_reads_a_linked_folder_once_and_ends_link_loops(folder):
    (folder / "sub" / "loop").symlink_to("..")               # back to articles/
    (folder / "sub" / "self").symlink_to(".")
    (folder / "z-sub").symlink_to("sub")
    found, counts = files(folder, follow_links=True)
    assert found == ["a.txt", os.path.join("sub", "b.txt")]
    assert counts == {LINK_LOOP: 3}


def test_a_chain_of_links_that_ends_outside_is_not_followed(folder):
    (folder / "hop.txt").symlink_to("/etc/passwd")
    (folder / "chain.txt").symlink_to("hop.txt")
    assert files(folder, follow_links=True)[1] == {LINK_OUTSIDE: 2}


def test_broken_links_are_counted(folder):
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")
    assert files(folder)[1] == {BROKEN_LINK: 1}


def test_a_path_the_user_names_is_followed(folder):
    link = folder.parent / "named.txt"
    link.symlink_to(folder / "a.txt")
    linked_folder = folder.parent / "named-folder"
    linked_folder.symlink_to(folder)
    assert list(input_files([str(link)])) == [str(link)]
    assert [os.path.basename(f) for f in input_files([str(linked_folder)])] == ["a.txt", "b.txt"]


def test_glob_matches_obey_the_link_rules(folder):
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    skipped = SkippedEntries()
    found = list(input_files([str(folder / "*.txt")], skipped=skipped))
    assert found == [str(folder / "a.txt")] and skipped.counts == {LINK: 1}
    skipped = SkippedEntries()
    found = list(input_files([str(folder / "*.txt")], follow_links=True, skipped=skipped))
    assert found == [str(folder / "a.txt")] and skipped.counts == {LINK_OUTSIDE: 1}


def test_special_files_are_skipped_and_never_block(folder):
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.jsonl"))
    os.mkfifo(folder / "pipe.bin")                        # not a type we read: silent
    read: list = []
    skipped = SkippedEntries()
    reader = threading.Thread(target=lambda: read.extend(read_articles([str(folder)], skipped=skipped)),
                              daemon=True)
    reader.start()
    reader.join(timeout=30)
    server.close()
    assert not reader.is_alive(), "reading the folder blocked on a FIFO"
    assert [a.file for a in read] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]
    assert skipped.counts == {SPECIAL_FILE: 2}


def test_a_named_fifo_is_an_error_not_a_hang(folder):
    os.mkfifo(folder / "pipe.txt")
    assert list(read_articles([str(folder / "pipe.txt")])) == \
        [IngestError(str(folder / "pipe.txt"), "not a regular file")]


def test_names_that_are_not_utf8_are_found_raw_and_read(folder):
    raw = os.fsdecode(os.fsencode(str(folder)) + b"/caf\xe9.txt")
    with open(raw, "w", encoding="utf-8") as f:
        f.write(STORY)
    assert raw in list(input_files([str(folder)]))
    (article,) = [a for a in read_articles([str(folder)]) if "caf" in a.file]
    assert article.file == str(folder) + "/caf\\xe9.txt"
    assert article.text == STORY


SUMMARIES = [
    ({}, ""),
    ({LINK: 1}, "1 skipped: 1 link"),
    ({LINK: 1, SPECIAL_FILE: 1}, "2 skipped: 1 link, 1 special file"),
    ({SPECIAL_FILE: 2, LINK: 3}, "5 skipped: 3 links, 2 special files"),
    ({LINK_OUTSIDE: 2, BROKEN_LINK: 1}, "3 skipped: 2 links out of the folder, 1 broken link"),
]


@pytest.mark.parametrize("counts, summary", SUMMARIES)
def test_summary_of_skipped_entries(counts, summary):
    assert SkippedEntries(dict(counts)).summary() == summary
