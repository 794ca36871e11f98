"""Counting a run's inputs for the progress bar: files are one article each,
JSONL collections one per non-blank line, web archives estimated from their
size; ``ingest`` on a terminal shows the total, percentage and time left."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest
from test_ingest_warc import crawl

from quotesearch.input_size import archive_pages, estimated_articles


def story(i: int) -> str:
    # written for these tests
    return json.dumps({"id": f"mill-{i}", "text": f"Mill report {i}\n\n\"The mill reopens on Monday,\" "
                                                  "said Greta Holm, the foreman."})


@pytest.mark.parametrize("files, expected", [
    ({"a.txt": "One.", "b.html": "<p>Two.</p>"}, 2),
    ({"feed.jsonl": "\n".join(story(i) for i in range(5))}, 5),                 # no final newline
    ({"feed.jsonl": "\n".join(story(i) for i in range(5)) + "\n\n" + story(5) + "\n"}, 6),  # a blank line
    ({"a.txt": "One.", "notes.pdf": "skipped", "feed.jsonl": story(0) + "\n"}, 2),
])
def test_inputs_are_counted_as_articles(tmp_path, files, expected):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    assert estimated_articles([str(tmp_path)]) == expected


def test_an_archive_is_counted_when_small_and_estimated_from_its_first_records_when_large(tmp_path):
    archive = crawl(tmp_path / "crawl.warc.gz", pages=40)
    assert archive_pages(str(archive.path)) == 40
    size = archive.path.stat().st_size
    estimate = archive_pages(str(archive.path), sample=size // 4)
    assert 30 <= estimate <= 50
    assert estimated_articles([str(tmp_path)]) == 40


def test_a_missing_input_is_one_step(tmp_path):
    assert estimated_articles([str(tmp_path / "gone.txt"), str(tmp_path / "*.jsonl")]) == 2


def on_a_terminal(args: list[str]) -> str:
    """What a command writes to a terminal of 120 columns on its stderr."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    run = subprocess.Popen([sys.executable, "-m", "quotesearch", *args], stdout=subprocess.DEVNULL,
                           stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:         # the terminal closed: the command ended
            break
        if not data:
            break
        shown += data
    run.wait(timeout=300)
    os.close(leader)
    return shown.decode("utf-8", "replace").replace("\r", "\n")


def test_ingest_shows_a_total_percentage_and_time_left(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text("".join(story(i) + "\n" for i in range(12)))
    crawl(tmp_path / "in" / "crawl.warc.gz", pages=4)
    shown = on_a_terminal(["ingest", str(tmp_path / "in"), "--index", str(tmp_path / "index")])
    lines = [line for line in shown.splitlines() if line.startswith("ingest:")]
    assert any("/16 [" in line and "%|" in line for line in lines), shown
    assert "100%|" in lines[-1] and "16/16" in lines[-1] and "<00:00" in lines[-1]
