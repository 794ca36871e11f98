"""The other names an article gives its speakers.

An article names a person fully once ("Chinese Ambassador to Russia Zhang
Hanhui") and then shortly ("Zhang"); extraction resolves every quotation to the
fullest name, and the speaker registry keeps the other forms as aliases so a
search for any of them finds the speaker.
"""
from __future__ import annotations

import re

from .lexicon import HONORIFICS, ORG_WORDS, PLACES, TITLE_WORDS
from .names import GENERATIONS

# A run of capitalized words on one line ("Russian President Vladimir Putin").
_RUN = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*)*")
_STARTERS = frozenset({"The", "A", "An", "And", "But", "As", "When", "While", "In", "On", "At",
                       "For", "With", "By", "After", "Before", "Said", "According", "To"})
_TITLES = TITLE_WORDS | HONORIFICS
_ADJECTIVE = re.compile(r"(?:ese|ian|ean|ican|ish|an)$")


class ArticleNames:
    """The capitalized runs of one article's text, read once for all its speakers."""

    def __init__(self, text: str):
        self.runs = [m.group(0).split() for m in _RUN.finditer(text)]
        self._alias_runs: list[list[str]] | None = None
        self._namesake_runs: list[tuple[list[str], list[str], bool]] | None = None

    # What `aliases` and `namesakes` read of each run does not depend on the
    # speaker asked about: read once per article, not once per speaker.

    def alias_runs(self) -> list[list[str]]:
        if self._alias_runs is None:
            self._alias_runs = []
            for run in self.runs:
                words = [w.rstrip(".,") if w.endswith(",") else w for w in run]
                while words and (words[0] in _STARTERS or words[0].endswith(("’s", "'s"))):
                    words = words[1:]
                self._alias_runs.append(words)
        return self._alias_runs

    def namesake_runs(self) -> list[tuple[list[str], list[str], bool]]:
        """(words, the name without a generational suffix, whether it had one)
        of the runs that may name a person: two to four words, no organisation
        or place word."""
        if self._namesake_runs is None:
            self._namesake_runs = []
            for run in self.runs:
                words = [w.rstrip(".,").removesuffix("’s").removesuffix("'s") for w in run]
                while words and (words[0] in _STARTERS or words[0].lower().strip(".") in _TITLES
                                 or _ADJECTIVE.search(words[0]) and len(words) > 3):
                    words = words[1:]
                suffix = bool(words) and words[-1].lower().strip(".") in GENERATIONS
                core = words[:-1] if suffix else words
                if not 2 <= len(core) <= 4:
                    continue
                if any(w.lower() in ORG_WORDS or w.lower() in PLACES for w in core):
                    continue
                self._namesake_runs.append((words, core, suffix))
        return self._namesake_runs

    def aliases(self, name: str) -> list[str]:
        """Forms of the person ``name`` in the text: a titled form ("Russian
        President Vladimir Putin") and a single name used alone ("Putin")."""
        tokens = name.split()
        if len(tokens) < 2:
            return []
        n = len(tokens)
        singles = {tokens[0], tokens[-1]}
        found: dict[str, None] = {}
        for words in self.alias_runs():
            if len(words) > n and words[-n:] == tokens:
                title = _titled(words[:-n])
                if title:
                    found.setdefault(" ".join(title + tokens))
            elif len(words) == 1 and words[0] in singles and len(words[0]) > 1:
                found.setdefault(words[0])
        return list(found)

    def namesakes(self, name: str) -> list[str]:
        """Other people the text names with the surname of the person ``name``
        ("Melania Trump", "Donald Trump Jr." beside "Donald Trump"; "Michelle
        Obama" beside a bare "Obama"): the registry never merges across them."""
        tokens = [t for t in name.split() if t.lower().strip(".") not in GENERATIONS]
        if not tokens:
            return []
        surname = tokens[-1]
        suffixed = len(tokens) < len(name.split())
        found: dict[str, None] = {}
        for words, core, suffix in self.namesake_runs():
            if core[-1] != surname:
                continue
            if len(tokens) > 1 and core[0] == tokens[0] and suffix == suffixed:
                continue        # this person: "Donald J. Trump" beside "Donald Trump"
            found.setdefault(" ".join(words))
        if len(tokens) == 1 and len({n.split()[0] for n in found}) < 2:
            return []       # a bare "Biden" beside one Biden named in full is that Biden
        return list(found)




def _titled(words: list[str]) -> list[str]:
    """The title part of the words before a name ("Chinese President"), if any."""
    at = [i for i, w in enumerate(words) if w.lower().strip(".") in _TITLES]
    if not at:
        return []      # "Russia Zhang Hanhui" is not a form of the name
    first = at[0]
    if first and _ADJECTIVE.search(words[first - 1]):
        first -= 1     # "Chinese President", "Russian Ambassador"
    return words[first:]


def titled_names(text: str) -> set[str]:
    """The words of people's names: names after a title ("President Vladimir
    Putin"), and two- or three-word names whose last or first word the text also
    uses alone ("Xi Jinping" ... "Xi")."""
    words: set[str] = set()
    runs, after_title = [], []
    for m in _RUN.finditer(text):
        runs.append([w.rstrip(".,").removesuffix("’s").removesuffix("'s") for w in m.group(0).split()])
        before = text[max(0, m.start() - 30):m.start()].split()
        # "his Chinese counterpart Xi Jinping", "the ambassador Zhang Hanhui"
        after_title.append(bool(before) and before[-1].lower() in _TITLES | {"counterpart"})
    alone = {run[0] for run in runs if len(run) == 1}
    for run, titled_before in zip(runs, after_title):
        titled = [i for i, w in enumerate(run) if w.lower().strip(".") in _TITLES]
        if titled_before and 2 <= len(run) <= 3:
            words.update(run)
        elif titled and titled[-1] + 1 < len(run):
            words.update(run[titled[-1] + 1:])
        elif 2 <= len(run) <= 3 and (run[-1] in alone or run[0] in alone) and \
                not any(w in _STARTERS or w.lower() in ORG_WORDS or w.lower() in PLACES
                        for w in run):
            words.update(run)
    return words
