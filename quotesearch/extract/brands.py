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
from .lexicon import ORG_WORDS
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
        known = self.entities.organisation(name)
        if known is not None:
            return known   # ("Boeing said …" after "Boeing Co. won the contract": the body by its full name)
        if other.group("noun"):
            return Entity(name=name, kind="organization")   # "The clothing company Ralph Lauren saw …"
        if self.entities.person(self.canonical(name)) is not None or first.lower() in FIRST_NAMES:
            return False
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
        start = max(self.text.rfind("\n", 0, position), self.text.rfind(". ", 0, position)) + 1
        opening = _BRAND_OPENING.match(self.text, start, position)
        if opening is None:
            return None
        word = opening.group(1)
        if word.lower() in FIRST_NAMES or _everyday_word(word.lower()) or self.in_a_full_name(word) \
                or self.entities.person(word) is not None or _is_place_phrase([word]):
            return None
        return Entity(name=word, kind="organization")
