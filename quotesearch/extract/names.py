"""Names: the person inside a subject phrase, told from the title or role around it.

``split_title_name`` cuts "Vice President of the Russian Export Center Alexey Solodov"
into role words and name words: honorifics and courtesy titles, surname particles
("de", "van"), suffixes ("Jr.") and post-nominal letters ("QC", "MP"), title words that
are also surnames ("Howard Dean"), a known first name starting the person inside a
longer capitalised run. ``_role_text`` reads the words before or beside a name as a
role; ``_is_kin`` a relation ("her mum"); ``tokens``, ``_is_cap``, ``_join`` and
``_strip_possessive`` are the word helpers every phrase reader shares.
"""
from __future__ import annotations

import re
from typing import Optional

from .gender import FIRST_NAMES
from .lexicon import (
    BARE_AFFILIATIONS, DESCRIPTOR_NOUNS, DETERMINERS, HONORIFICS, ORG_WORDS, PLACES, PREPOSITIONS,
    SUBORDINATORS, TITLE_WORDS,
)
from .text import word_tokens

_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "del", "da", "di", "van",
                              "von", "bin", "al", "el", "la", "le", "du", "on", "in"})
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "our"})
_KIN_NOUNS = frozenset("""mother mum mom father dad wife husband son daughter brother sister mate
partner fiancee fiance fiancé fiancée grandmother grandfather gran grandma grandpa nan aunt uncle
cousin niece nephew friend girlfriend boyfriend widow widower stepmother stepfather colleague
colleagues""".split())
_PERSON_PARTICLES = frozenset({"de", "da", "di", "van", "von", "bin", "al", "el", "le", "la", "du", "del"})
_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "miss", "sir", "madam", "dame"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Letters after a name that are no part of it: "Neil Ford QC", "Ann Lee MP", "Tom Reed OBE"
_POST_NOMINALS = frozenset({"qc", "kc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "phd", "esq",
                            "esq.", "md"})


# Title words that are also common surnames ("Howard Dean", "Mary Judge")
_SURNAME_TITLES = frozenset({"dean", "judge", "marshal", "king", "bishop", "cardinal", "mayor",
                             "sheriff", "chancellor", "speaker", "pope", "prince", "general"})


def tokens(text: str) -> list[str]:
    return word_tokens(text)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit() and False


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE.sub("", tok) if re.search(r"[’']s$", tok) else tok


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def split_title_name(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split "Vice President of the Russian Export Center Alexey Solodov" into
    (role tokens, name tokens). The name is the trailing run of capitalised words
    after the last title, organisation or place word."""
    while len(toks) > 2 and toks[-1].lower().strip(".") in _POST_NOMINALS and _is_cap(toks[-2]) \
            and _is_cap(toks[-3]) and toks[-2].lower() not in TITLE_WORDS | BARE_AFFILIATIONS:
        toks = toks[:-1]   # "Judge Neil Ford QC" (but "the Conservative MP" is a description)
    end = len(toks)
    while end and toks[end - 1].lower() in _SUFFIXES:
        end -= 1
    run_start = end
    while run_start > 0 and (_is_cap(toks[run_start - 1])
                             or (toks[run_start - 1].lower() in _PERSON_PARTICLES
                                 and run_start - 1 > 0 and _is_cap(toks[run_start - 2]))):
        run_start -= 1
    run = toks[run_start:end]
    cut = 0
    if len(run) >= 3 and run_start >= 2 and toks[run_start - 1].lower() in ("of", "for") \
            and any(t.lower() in TITLE_WORDS or t.lower() in ORG_WORDS for t in toks[:run_start - 1]):
        # "Minister in the Ministry of Finance Brian Lowe", "Head of Communications Jane
        # Doe": the first capitalised word ends the name of the office, not the person's
        cut = 1

    def titular(tok: str) -> bool:
        low = _strip_possessive(tok).lower()
        return low in TITLE_WORDS or low in HONORIFICS or low in PLACES or low in ORG_WORDS \
            or low.rstrip(".") in HONORIFICS or tok.endswith(("’s", "'s"))

    for i, tok in enumerate(run):
        if titular(tok):
            if i == len(run) - 1 and i > cut and not titular(run[i - 1]) \
                    and _strip_possessive(tok).lower() in _SURNAME_TITLES:
                break   # "Howard Dean", "Mary Judge": a surname after a first name
            cut = i + 1
    first = _first_name_inside(run, cut) if role_before(toks, run_start) else None
    if first is not None:
        cut = first   # "Chief Financial Officer of Super Value Debra Symonette": the person
        # starts at the first name; the words before it name the company
    name = run[cut:] + toks[end:]
    role = toks[:run_start + cut]
    return role, name


def role_before(toks: list[str], run_start: int) -> bool:
    """A title or office word comes before the capitalised run, or an acronym opens it
    ("ACLU Jay Stanley")."""
    return any(t.lower() in TITLE_WORDS for t in toks[:run_start]) or (
        run_start < len(toks) and _ACRONYM.fullmatch(toks[run_start]) is not None)


def _first_name_inside(run: list[str], cut: int) -> Optional[int]:
    """Where a known first name starts a one- or two-word name inside a longer capitalised
    run, with no first name before it ("Super Value Debra Symonette" -> 2; not in "Mary
    Ann Smith")."""
    for i in range(max(cut, 1), len(run) - 1):
        low = run[i].lower()
        if low in FIRST_NAMES and len(run) - i in (2, 3) \
                and not any(t.lower() in FIRST_NAMES for t in run[:i]):
            return i
    return None


def _join(toks: list[str]) -> str:
    out = ""
    for t in toks:
        if out and not (t in ",.;:)’'" or t in ("’s", "'s")):
            out += " "
        out += t
    return out


def _role_text(toks: list[str]) -> Optional[str]:
    if len(toks) > 1 and toks[0].lower() in SUBORDINATORS | PREPOSITIONS and toks[1].lower().endswith("ing"):
        return None  # "after listening to Mr. Clinton speak": an adverbial, not a role
    while toks and (toks[0].lower() in DETERMINERS or toks[0].lower() in SUBORDINATORS):
        toks = toks[1:]
    while toks and toks[-1].lower() in _NAME_CONNECTORS | {",", "’s", "'s"}:
        toks = toks[:-1]
    if not toks:
        return None
    if not any(_strip_possessive(t).lower().rstrip(".") in TITLE_WORDS or t.lower() in TITLE_WORDS
               or t.lower() in DESCRIPTOR_NOUNS for t in toks):
        return None
    if all(t.lower().rstrip(".") in _COURTESY for t in toks):
        return None  # "Mr." is a courtesy, not a role
    return _join(toks)


def _is_proper(name: str) -> bool:
    return all(_is_cap(t) or t.lower() in _PERSON_PARTICLES | _SUFFIXES for t in name.split())


def _is_kin(toks: list[str]) -> bool:
    """"her mum", "his younger brother", "their friend": a relation before a first name
    ("Her mum Ami said"), not the clause before a subject."""
    low = [t.lower() for t in toks]
    return len(low) in (2, 3) and low[0] in _POSSESSIVE_DETERMINERS and low[-1] in _KIN_NOUNS \
        and all(t.isalpha() for t in low)


# An age before a name is no part of it: "81-year-old Parker Eaton"
_AGE_WORD = re.compile(r"\d{1,3}-year-old", re.I)
