"""Specification of `quotesearch.filenames`: how a file name is shown and stored."""
from __future__ import annotations

import json
import os

import pytest

from quotesearch.filenames import is_shown, shown_name

# (name as Python gets it from the file system, name as shown)
SHOWN = [
    ("story.txt", "story.txt"),
    ("café.txt", "café.txt"),                         # valid UTF-8 is kept
    (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),     # Latin-1 byte: escaped
    (os.fsdecode(b"d/\xff\xfe/x.html"), "d/\\xff\\xfe/x.html"),
    (os.fsdecode(b"\xe2\x80.txt"), "\\xe2\\x80.txt"),   # a cut UTF-8 sequence
    (b"caf\xe9.txt", "caf\\xe9.txt"),                  # bytes names too
    ("lone \ud800 surrogate", "lone \\ud800 surrogate"),  # not from the file system
]


@pytest.mark.parametrize("raw, shown", SHOWN)
def test_shown_name(raw, shown):
    assert shown_name(raw) == shown


@pytest.mark.parametrize("raw, shown", SHOWN)
def test_shown_names_can_be_encoded_anywhere(raw, shown):
    name = shown_name(raw)
    name.encode("utf-8")                    # Whoosh, web pages, stdout
    assert json.loads(json.dumps(name, ensure_ascii=False)) == name
    assert shown_name(name) == name and is_shown(name)


def test_raw_names_are_not_shown_names():
    assert not is_shown(os.fsdecode(b"caf\xe9.txt"))
    assert is_shown("café.txt")
