"""Extraction needs no home directory, no NLTK data and no network.

The CLI runs in a child process with an empty ``$HOME``, ``NLTK_DATA`` pointing at
an empty directory (and NLTK's search path limited to it), no proxies, and
sockets that refuse to connect. The child must still find the seeds' quotations.
"""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# Test harness run as `python -c`: cut the network off, confine NLTK to the empty
# data directory, then run `python -m quotesearch` as usual.
HARNESS = r"""
import json, os, runpy, socket, sys

def no_network(*args, **kwargs):
    raise OSError("network access blocked by test_offline")

socket.socket.connect = no_network
socket.socket.connect_ex = no_network
socket.getaddrinfo = no_network
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
except OSError as error:
    assert "blocked by test_offline" in str(error), error
else:
    sys.exit("harness: the network is not blocked")

import nltk.data
nltk.data.path[:] = [os.environ["NLTK_DATA"]]

report_path, argv = sys.argv[1], sys.argv[2:]
sys.argv = ["quotesearch", *argv]
try:
    runpy.run_module("quotesearch", run_name="__main__", alter_sys=True)
finally:
    with open(report_path, "w") as report:
        json.dump({"nltk_data_path": list(nltk.data.path)}, report)
"""

PROXY_VARIABLES = ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy")


def test_extraction_works_offline_without_home_or_nltk_data(tmp_path):
    home = tmp_path / "home"
    nltk_data = tmp_path / "nltk_data"
    home.mkdir()
    nltk_data.mkdir()
    report = tmp_path / "report.json"

    env = {k: v for k, v in os.environ.items()
           if k.lower() not in PROXY_VARIABLES and not k.startswith("NLTK")}
    env.update(HOME=str(home), NLTK_DATA=str(nltk_data), no_proxy="*", NO_PROXY="*",
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"))

    result = subprocess.run(
        [sys.executable, "-c", HARNESS, str(report), "extract", "--format", "jsonl", str(SEEDS)],
        cwd=tmp_path, env=env, capture_output=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()

    articles = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(articles) == 5
    assert sum(len(a["quotes"]) for a in articles) >= 10

    # NLTK could only have looked in the empty directory, and nothing appeared there.
    assert json.loads(report.read_text())["nltk_data_path"] == [str(nltk_data)]
    assert list(nltk_data.iterdir()) == []
    assert list(home.iterdir()) == []
