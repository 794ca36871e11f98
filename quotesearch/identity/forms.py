"""What the speaker registry is made from and how it joins: one speaker string
as the index holds it (`SpeakerForm`), the folded and slugged forms names are
compared and identified by, and the union of strings into speakers with the
reason each joined (`Union`)."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional


@dataclass
class SpeakerForm:
    """One speaker string as the index holds it."""

    name: str
    kind: Optional[str]
    quotes: int
    aliases: dict[str, int] = field(default_factory=dict)     # other names -> quotations
    years: frozenset[int] = frozenset()
    namesakes: dict[str, int] = field(default_factory=dict)   # same-surname people -> quotations
    shared_surname: int = 0     # quotations from articles naming another person with its surname


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@lru_cache(maxsize=500_000)
def slug(name: str) -> str:
    """A readable, URL-safe id for a name ("donald-trump")."""
    words = re.findall(r"\w+", fold(name).replace("’", "").replace("'", ""))
    return "-".join(words) or hashlib.blake2b(name.encode("utf-8", "surrogatepass"),
                                              digest_size=6).hexdigest()


class Union:
    """Speaker strings joined into speakers, each join with its reason."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.reason: dict[int, str] = {}

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, reason: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[rb] = ra
        self.reason.setdefault(b, reason)
        self.reason.setdefault(a, reason)
