"""File names as QuoteSearch shows and stores them.

POSIX file names are bytes. Python hands a name that is not valid UTF-8 over as
a str holding lone surrogates (``os.fsdecode``'s ``surrogateescape``): such a
str opens the file, but it cannot be encoded, so it must never reach Whoosh,
JSON, a web page or a terminal. Everything QuoteSearch keeps or prints about a
file (``Article.file``, ``IngestError.file``, index fields, shard manifests)
is its *shown name*: valid UTF-8 bytes unchanged, every other byte written as
a backslash escape (``café.txt`` stays, ``caf\\xe9.txt`` for the Latin-1 name).
The raw name is used only to open the file.
"""
from __future__ import annotations

import os
from typing import Union


def shown_name(name: Union[str, bytes, os.PathLike]) -> str:
    """``name`` with every byte that is not valid UTF-8 written as ``\\xNN``.

    Idempotent on names that are already valid Unicode, so it is safe to apply
    at every boundary. Lone surrogates that did not come from the file system
    (e.g. from a JSON ``\\ud800`` escape) are written as ``\\udNNN``."""
    name = os.fspath(name)
    if isinstance(name, str):
        try:
            name = name.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            name = name.encode("utf-8", "backslashreplace")
    return name.decode("utf-8", "backslashreplace")


def is_shown(name: str) -> bool:
    """True when ``name`` can be stored and printed as it is."""
    return shown_name(name) == name
