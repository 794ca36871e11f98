"""The other names an article gives its speakers.

An article names a person fully once ("Chinese Ambassador to Russia Zhang
Hanhui") and then shortly ("Zhang"); extraction resolves every quotation to the
fullest name, and the speaker registry keeps the other forms as aliases so a
search for any of them finds the speaker.
"""
from __future__ import annotations

import re

from .lexicon import HONORIFICS, TITLE_WORDS

_CAPITALIZED = r"[A-Z][\w’'\-.]*"
_STARTERS = frozenset({"The", "A", "An", "And", "But", "As", "When", "While", "In", "On", "At",
                       "For", "With", "By", "After", "Before", "Said", "According", "To"})


def speaker_aliases(text: str, name: str) -> list[str]:
    """Forms of the person ``name`` written in ``text``: a titled form
    ("Russian President Vladimir Putin") and a single name used alone ("Putin")."""
    tokens = name.split()
    if len(tokens) < 2:
        return []
    aliases: dict[str, None] = {}
    titled = re.compile(rf"((?:{_CAPITALIZED}[ \t]+){{1,5}}){re.escape(name)}\b")
    for m in titled.finditer(text):
        words = [w for w in m.group(1).split()]
        while words and (words[0] in _STARTERS or words[0].endswith(("’s", "'s"))):
            words = words[1:]
        # only a title makes a form of the name ("Russia Zhang Hanhui" is not one)
        titled_at = [i for i, w in enumerate(words) if w.lower().strip(".") in TITLE_WORDS | HONORIFICS]
        if titled_at:
            first = titled_at[0]
            if first and re.search(r"(?:ese|ian|ean|ican|ish|an)$", words[first - 1]):
                first -= 1            # "Chinese President", "Russian Ambassador"
            words = words[first:]
        else:
            words = []
        if words:
            aliases.setdefault(" ".join(words + tokens))
    for single in dict.fromkeys((tokens[0], tokens[-1])):
        alone = re.compile(rf"(?<![\w’'\-]){re.escape(single)}(?![\w\-])(?! {_CAPITALIZED})")
        for m in alone.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split()
            if not before or not re.fullmatch(_CAPITALIZED, before[-1]) or \
                    before[-1].endswith((".", "’s", "'s")) or before[-1] in _STARTERS:
                aliases.setdefault(single)
                break
    return list(aliases)
