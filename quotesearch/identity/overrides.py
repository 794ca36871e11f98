"""Speakers merged or split by hand, kept in the index folder (``speakers.json``).

The registry is recomputed from the quotations whenever the index changes, so
what a person decided is kept apart from it and applied every time: a merge
joins two speakers (by id, name or any name form), a split takes one name
form out of whatever speaker the rules put it in and keeps it on its own.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

FILE_NAME = "speakers.json"


class OverridesError(ValueError):
    pass


@dataclass
class Overrides:
    merge: list[tuple[str, str]] = field(default_factory=list)
    split: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"merge": [list(pair) for pair in self.merge], "split": list(self.split)}

    @property
    def stamp(self) -> tuple:
        return (tuple(self.merge), tuple(self.split))


def path_of(folder: str) -> str:
    return os.path.join(folder, FILE_NAME)


def load(folder: str) -> Overrides:
    """The index folder's overrides; none when the file is missing. A damaged
    file is an error naming it (it holds decisions a person made)."""
    path = path_of(folder)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        return Overrides()
    except (OSError, ValueError) as error:
        raise OverridesError(f"{path}: cannot read the speakers merged or split by hand "
                             f"({error})") from error
    try:
        merge = [(str(a), str(b)) for a, b in data.get("merge", [])]
        split = [str(name) for name in data.get("split", [])]
    except (TypeError, ValueError, AttributeError) as error:
        raise OverridesError(f"{path}: not a list of merges and splits ({error})") from error
    return Overrides(merge, split)


def save(folder: str, overrides: Overrides) -> None:
    """Write atomically: a crash leaves the old file or the new, never half."""
    path = path_of(folder)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(overrides.to_json(), f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)


def stamp_of(folder: str) -> tuple:
    """What changes when the file does (cheap enough to ask on every search)."""
    try:
        st = os.stat(path_of(folder))
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (0, 0)
