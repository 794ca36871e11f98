"""Which body "the company" or "the firm" stands for: `BrandResolution`, a mixin of
`speakers.SpeakerResolver` (it uses the resolver's text, history, entities and
canonical names). A bare brand ("Twitter", "Alienware") is often no entity the
name-based model knows as a company; what the sentences just before say of it is.
"""
from __future__ import annotations

import re
from typing import Optional

from .entities import Entity
from .frequency import everyday_word as _everyday_word
from .gender import FIRST_NAMES
from .lexicon import COMPANY_NAMES, DEMONYMS, ORG_WORDS
from .outlets import is_known_outlet
from .noun_phrases import _is_place_phrase

# "the company", "the firm": a trading body, which a bare brand named just before may be
TRADING_NOUNS = frozenset({"company", "firm"})
_BRAND_REACH = 250
# A one-word name opening a sentence, then its verb or possessive ("Alienware currently has")
_BRAND_OPENING = re.compile(r"\s*([A-Z][a-z]+[A-Z]?[a-z]+)(?:[’']s\s|\s+(?:[a-z]+ly\s+)?(?:has|had|is|was|said|says|"
                            r"[a-z]{3,}(?:ed|s))\b)")
# Another body opening a sentence with its verb between the last speaker and "the company":
# "The upmarket clothing company Ralph Lauren saw sales climb", "Acme Apparel Inc. posted"
_OTHER_BODY_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:The\s+(?:[\w\-]+\s+){0,4}?(?P<noun>company|firm|retailer|brand|maker|chain|group|giant)\s+)?"
    r"(?P<name>[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'.\-]*){0,3})\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|saw|has|had|is|was|said|says)\b")
_RELAYED_BY = re.compile(r"\b(?:[Aa]s\s+(?:\S+\s+){1,3}(?:reports|reported|notes|noted|writes|wrote)|"
                         r"[Aa]ccording\s+to)\b")


class BrandResolution:
    """The trading-body half of `speakers.SpeakerResolver`."""

    def _trading_body(self, position: int):
        """The body "the company" at ``position`` stands for: an Entity; False when the
        sentence before opens on a person instead (no one); None when nothing here says."""
        last = next((h for h in reversed(self.history) if h.position <= position), None)
        since = self._body_opening_since(position, last)
        if since is not None:
            return since
        return self._brand_just_speaking(position, last) or self._brand_opening_the_sentence(position)

    def _body_opening_since(self, position: int, last):
        """"Alibaba said … ¶ Acme Apparel Inc. saw sales climb …. The company said": the body
        that opens a sentence after the last one to speak, before "the company" (an Entity);
        False when that sentence opens on a person instead; None when none does. ``last`` is
        the history's latest entry before ``position``."""
        start = max(position - _BRAND_REACH, last.position + len(last.name) if last is not None else 0)
        other = None
        for other in _OTHER_BODY_OPENING.finditer(self.text, start, position):
            pass
        if other is None or (last is not None and other.group("name") in last.name):
            return None
        name, first = other.group("name"), other.group("name").split()[0]
        if self._bodies_named(other.end(), min(position, _sentence_end(self.text, other.end()))):
            return False   # "The SEC sued Tesla. The company said": the body its verb acts on may be the company
        known = self.entities.organisation(name)
        if known is not None:
            return known   # ("Boeing said …" after "Boeing Co. won the contract": the body by its full name)
        if other.group("noun"):
            return Entity(name=name, kind="organization")   # "The clothing company Ralph Lauren saw …"
        if first.lower() in FIRST_NAMES or (self.entities.person(self.canonical(name)) is not None
                                            and not _body_signal(name.split())):
            return False   # (but "JPMorgan Chase earned …": no first name, a body's spelling)
        if first == "The" or _everyday_word(first.lower()) or _is_place_phrase(name.split()) \
                or (name == first and name.endswith("s") and name[1:].islower()):   # ("Analysts", "Shares")
            return None   # ("Analysts expected more.": no body's name)
        return Entity(name=name, kind="organization")

    def _brand_just_speaking(self, position: int, last) -> Optional[Entity]:
        """The body the sentence or two before ``position`` were last about when it is
        named by a bare brand ("Twitter", "Valeant"; no "Department" or "Party" in it),
        which a name-based model of the article may not know as a company (``last``: the
        history's latest entry before ``position``)."""
        if last is None or last.kind != "organization" or position - last.position > _BRAND_REACH \
                or any(w.lower() in ORG_WORDS for w in last.name.split()):
            return None
        if _RELAYED_BY.search(self.text, max(0, last.position - 40), last.position + len(last.name) + 20):
            return None   # "As Mashable reports, the company announced …": the outlet relays, the company acts
        return Entity(name=last.name, kind="organization")

    def _brand_opening_the_sentence(self, position: int) -> Optional[Entity]:
        """"Alienware has a gaming desktop …, and the company told PC Gamer …": the one
        capitalised word opening the sentence of ``position``, its verb or possessive
        after it, when it is no one's name, no place and no everyday word: a brand."""
        opening = _BRAND_OPENING.match(self.text, _sentence_opening(self.text, position), position)
        if opening is None:
            return None
        word = opening.group(1)
        if word.lower() in FIRST_NAMES or _everyday_word(word.lower()) or self.in_a_full_name(word) \
                or self.entities.person(word) is not None or _is_place_phrase([word]):
            return None
        return Entity(name=word, kind="organization")

    def _sole_body_just_before(self, position: int) -> Optional[Entity]:
        """"The attorney general is investigating WeWork. The company confirmed …",
        "JPMorgan Chase earned $4.9 billion, the company announced": the one name of a
        body (no one's name, no place, no public office, no outlet) in this sentence
        before ``position`` and the sentence before it, when there is just one."""
        opening = _sentence_opening(self.text, position)
        bodies = self._bodies_named(_sentence_opening(self.text, opening - 1) if opening > 0 else 0, position)
        return Entity(name=bodies.pop(), kind="organization") if len(bodies) == 1 else None

    def _bodies_named(self, start: int, end: int) -> set[str]:
        """The names between ``start`` and ``end`` that may be a trading body's."""
        bodies = set()
        for run in _NAME_RUN.finditer(self.text, start, end):
            written = run.group(0)
            owned = re.split(r"[’']s\s+", written)
            # "Volkswagen's Skoda Auto": the body owned; "Qualcomm’s execution": the owner
            words = re.sub(r"[’']s$", "", owned[-1]).rstrip(".").split()
            opens = len(owned) == 1 and (_SENTENCE_OPENS.search(self.text, max(0, run.start() - 3), run.start())
                                         or run.start() == start)
            while words and (words[0] in ("The", "A", "An") or opens and words[0].lower() not in COMPANY_NAMES and (
                    _everyday_word(words[0].lower()) or re.search(r"\b" + re.escape(words[0].lower()) + r"\b", self.text))):
                words, opens = words[1:], False   # "The", "Currently": no part of a name
            if not words or (len(words) == 1 and words[0].isupper() and _everyday_word(words[0].lower())) \
                    or _MODEL_NUMBER.match(self.text, run.end()):
                continue   # ("ABSTRACT", "UPDATE": a label in capitals; "RTX 3090": a product's model)
            if opens and len(words) == 1 and not written.endswith(("’s", "'s")) and not _body_signal(words) \
                    and _everyday_word(words[0].lower(), 3.0):
                continue   # "Turnout fell.", "Millions of people": a common word opening the sentence
            name = " ".join(words)
            low = [w.lower() for w in words]
            if low[0] in FIRST_NAMES or _TITLE_BEFORE.search(self.text, max(0, run.start() - 12), run.start()) \
                    or _THE_BEFORE.search(self.text, max(0, run.start() - 4), run.start()) \
                    or (len(words) == 1 and self.in_a_full_name(name)) or _is_place_phrase(words) \
                    or any(w in _PUBLIC_BODY_WORDS for w in low) or is_known_outlet(name) or name in _CALENDAR \
                    or low[-1] in DEMONYMS \
                    or (len(words) == 1 and _everyday_word(low[0]) and low[0] not in COMPANY_NAMES) \
                    or (len(words) > 1 and not _body_signal(words)):
                continue   # (two plain words, "Xi Jinping", "Big Machine", may be anyone's name)
            bodies.add(name)
        return bodies


def _body_signal(words: list[str]) -> bool:
    """A name spelled as a body's: an acronym ("CVS Health"), inner capitals ("JPMorgan
    Chase"), a trading word ("Acme Holdings") or a company the lexicon knows."""
    return any((w.isupper() and len(w) >= 2) or any(c.isupper() for c in w[1:]) or w.lower().rstrip(".") in ORG_WORDS
               for w in words) or " ".join(words).lower() in COMPANY_NAMES


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding ``position`` ends (a full stop or a line break)."""
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i != -1]
    return min(ends, default=len(text))


def _sentence_opening(text: str, position: int) -> int:
    """Where the sentence holding ``position`` opens: the line break before it, or the blank
    after a full stop (a pattern starting with blanks reads past either)."""
    return max(text.rfind("\n", 0, position), text.rfind(". ", 0, position) + 1, 0)


# A run of capitalised words: a name as written ("CVS Health", "JPMorgan Chase", "Qualcomm’s")
_NAME_RUN = re.compile(r"(?<![\w’'\-])[A-Z][\w&’'.\-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w&’'.\-]*){0,4}")
_MODEL_NUMBER = re.compile(r"[\s\-]\d")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n][”\"’]?\s*|[,;]\s*)$")
# A title or courtesy right before the name: a person's ("Mr. Lund", "Senator Ann Lee")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Minister|Judge|Mayor)\.?\s+$")
# "the Oreo", "the Dow", "the U.S. Air Force": a product, an index or a public body; a
# company goes bare ("investigating WeWork")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# Words of a public body's name: an office or an assembly, no company
_PUBLIC_BODY_WORDS = frozenset("""department ministry agency commission court party university college school senate
house congress parliament council committee police army navy administration government office bureau union
association federation board authority embassy tribunal league church workers teamsters guild
brotherhood""".split())
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December""".split())

