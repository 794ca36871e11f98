"""Reading an article's byline into its authors, as citations name them.

A byline comes as the page or the feed wrote it: "By REN QI in Moscow
renqi@chinadaily.com.cn", "Ana Silva, Li Wei", "By Jane Doe and John Smith |
Updated 3:14 pm", "Reuters staff". `authors_of` keeps the names and drops the
rest (the "By", places, e-mail addresses, job titles, update stamps); a byline
naming only the outlet itself is no author (the citation then starts with the
title, as the manuals say for unsigned articles), a news agency is a group
author.

Names are split into given and family names with `nameparser`, except a
Chinese name in pinyin ("Ren Qi", "Zhang Hanhui"), which news in English
writes family name first: a common Chinese family name followed by a given
name made of pinyin syllables is read that way. Names written in capitals
("REN QI") are shown capitalised ("Ren Qi").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from nameparser import HumanName


@dataclass(frozen=True)
class Author:
    """One author of an article. ``family`` holds a group author's whole name."""

    given: str
    family: str
    suffix: str = ""
    family_first: bool = False      # written family name first ("Ren Qi"), no comma when inverted
    group: bool = False             # an organisation ("Reuters")

    @property
    def name(self) -> str:
        """The name in its usual order: "Jane Doe", "Ren Qi", "Reuters"."""
        if self.group or not self.given:
            return self.family
        whole = f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"
        return f"{whole} {self.suffix}" if self.suffix else whole

    @property
    def inverted(self) -> str:
        """Family name first, as reference lists sort: "Doe, Jane", "Ren Qi", "Reuters"."""
        if self.group or not self.given or self.family_first:
            return self.name
        return f"{self.family}, {self.given}" + (f", {self.suffix}" if self.suffix else "")

    @property
    def initials(self) -> str:
        """The given names as APA writes them: "J. M.", "J.-P."."""
        parts = []
        for word in self.given.split():
            pieces = [p for p in word.split("-") if p]
            parts.append("-".join(p[0].upper() + "." for p in pieces))
        return " ".join(parts)


# News agencies: a byline naming one is a group author (a byline naming the
# article's own outlet is not: that is an unsigned article).
NEWS_AGENCIES = frozenset("""reuters|associated press|the associated press|ap|afp|agence france-presse
|xinhua|xinhua news agency|bloomberg|bloomberg news|dpa|upi|united press international|tass|pa
|press association|kyodo|kyodo news|yonhap|efe|ansa|anadolu agency|cna|sputnik|ria novosti
|interfax|bernama|pti|press trust of india|ians|aap|australian associated press|canadian press
|the canadian press""".replace("\n", "").split("|"))

# Words that describe a writer's job, not a name ("Jane Doe, Staff Writer").
_JOB_WORDS = frozenset("""staff writer writers reporter reporters correspondent correspondents
editor editors contributor contributors columnist columnists bureau chief senior special
political economics business foreign diplomatic chief desk team news agency wire wires
and for in at from with report reports reporting contributed additional""".split())

_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]\s*", re.IGNORECASE)
_EMAIL_OR_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|(?<!\w)@\w+")
# where the names end: a place ("in Moscow"), a separator, an update stamp, a date
_TAIL = re.compile(r"\s+(?:in|from|at|reporting from)\s+[A-Z\u00C0-\u024F].*$|\s*[|•·\u2013\u2014]\s.*$|\s+-\s.*$"
                   r"|\s+(?:updated|published|posted|last updated)\b.*$|\s+\d{1,2}[:/.]\d.*$",
                   re.IGNORECASE)
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Jr|Sr)\.)$")
_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|&|\bwith\b)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u00DE\u0100-\u024F][\w\u00C0-\u024F'’.\-]*|(?:de|da|di|del|della|van|von|der|den|"
                        r"du|le|la|bin|al|el|ibn|y|dos|das)|(?:[A-Z]\.)+)$")

# Pinyin: the most common Chinese family names and the syllables of given names.
_CHINESE_FAMILY_NAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu
guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai
jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan qi fan fu bai kong jin qiu qin gu
hou shao meng wan duan lei qian yin yi chang wen niu mao hao gong xing shi xiong jia kang lai xue
yan dai fang zou bao ji xia tao hua ning zhan""".split())
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
                    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)")
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}(?:-(?:{_PINYIN_SYLLABLE}))?", re.IGNORECASE)


def _capitalised(word: str) -> str:
    """A word written in capitals, shown capitalised: "REN" -> "Ren", "O'BRIEN" -> "O'Brien"."""
    if not word.isupper() or len(word) < 2 or re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s&-]", " ", text.lower()).split())


def _is_agency(text: str) -> bool:
    return _key(text) in NEWS_AGENCIES


def _without_jobs(part: str) -> str:
    """"Jane Doe Staff Writer" -> "Jane Doe": job words dropped from the end."""
    words = part.split()
    while words and words[-1].lower().strip(".") in _JOB_WORDS:
        words.pop()
    return " ".join(words)


def _person(part: str) -> Optional[Author]:
    words = [_capitalised(w) for w in part.split()]
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if words[0][0].islower():
        return None
    if len(words) == 2 and words[0].lower() in _CHINESE_FAMILY_NAMES and _PINYIN_GIVEN.fullmatch(words[1]):
        return Author(given=words[1], family=words[0], family_first=True)
    if len(words) == 1:
        return Author(given="", family=words[0])
    parsed = HumanName(" ".join(words))
    given = " ".join(p for p in (parsed.first, parsed.middle) if p)
    if not parsed.last or not given:
        return Author(given=" ".join(words[:-1]), family=words[-1])
    return Author(given=given, family=parsed.last, suffix=parsed.suffix)


def authors_of(byline: Optional[str], outlet: Optional[str] = None) -> list[Author]:
    """The authors a byline names, in its order; [] when it names none (or only
    ``outlet`` itself)."""
    if not byline:
        return []
    text = " ".join(_EMAIL_OR_URL.sub(" ", byline).split())
    text = _BY.sub("", text)
    text = _TAIL.sub("", text).strip(" ,;:-")
    authors: list[Author] = []
    for raw in _SEPARATORS.split(text):
        part = _without_jobs(_BY.sub("", raw).strip(" ,"))
        if part.endswith(".") and not _ABBREVIATED_END.search(part):
            part = part.rstrip(".")
        if not part:
            continue
        if outlet and _key(part) == _key(outlet):
            continue
        if _is_agency(part):
            authors.append(Author(given="", family=part, group=True))
            continue
        person = _person(part)
        if person is not None:
            authors.append(person)
    people = [a for a in authors if not a.group]
    # "Jane Doe, Reuters": the agency distributes, the person wrote it
    chosen = people or authors
    return list(dict.fromkeys(chosen))
