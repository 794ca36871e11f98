"""What an epithet's own sentence and the headline say about whom it means, when the
people named around it leave a choice: the sex a pronoun right after the epithet gives
("…,” the 38-year-old said as he …), and the person the headline is about ("Ann Lee
agrees deal to join Harbor … The 56-year-old said …"). `DescriptionResolution`
(`descriptions`) asks these only once its own rules found no one.
"""
from __future__ import annotations

import re
from typing import Optional

# A person's pronoun soon after the epithet's cue, with no capitalised word between
# them that could be someone else it stands for: "the 38-year-old said as he tried",
# "the actress said of her time there" (not "…, the actress said, and Tom Reed said his …")
_TRAILING_PRONOUN = re.compile(
    r"[^A-Z.!?;:“”\"\n]*?\b(?P<pronoun>he|his|him|himself|she|her|hers|herself)\b")
_PRONOUN_SEX = {"he": "male", "his": "male", "him": "male", "himself": "male",
                "she": "female", "her": "female", "hers": "female", "herself": "female"}
# how far after the epithet its pronoun may come
_PRONOUN_REACH = 60


def trailing_pronoun_sex(text: str, position: int, description: tuple[str, ...]) -> Optional[str]:
    """The sex the first he/she pronoun after the epithet at ``position`` gives, when it
    comes soon, in the same clause, outside quotation marks."""
    # (``position`` is the epithet's or its cue's: the epithet may end just before it)
    head = re.compile(re.escape(description[-1]) + r"\b", re.I).search(text, max(0, position - 40), position + 120)
    if head is None:
        return None
    m = _TRAILING_PRONOUN.match(text, head.end(), head.end() + _PRONOUN_REACH)
    return _PRONOUN_SEX[m.group("pronoun")] if m else None


def headline_subject(text: str, headline_spans, people) -> Optional[str]:
    """The person whose name opens the headline ("Jose Lima agrees deal …", "Lima agrees
    deal …" when the body names Jose Lima): the one the story is about."""
    if not headline_spans:
        return None
    start, end = headline_spans[0]   # (not a standfirst: the headline says what the story is about)
    words = [w.rstrip(",:").removesuffix("’s").removesuffix("'s") for w in text[start:end].split()[:4]]
    for name in people:
        parts = name.split()
        if len(parts) >= 2 and (words[:len(parts)] == parts or words[:1] == parts[-1:]):
            return name
    return None


def headline_subject_fitting(resolver, description: tuple[str, ...], position: int, sex: Optional[str]):
    """The headline's person for an age or occupation epithet no rule resolved ("The
    56-year-old said …" with no one named in the paragraphs before), when they are named
    before it, fit its sex and age, and no other person in view fits as well."""
    entities = resolver.entities
    if not entities.epithet_fits(description):
        return None
    name = headline_subject(resolver.text, entities.headline_spans, sorted(entities.people()))
    topic = entities.person(name) if name else None
    if topic is None or not any(at < position for at in topic.positions):
        return None
    window_start = resolver._window_start(position)

    def fits(entity) -> bool:
        return resolver._gender(entity.name) in (None, sex) and entities.age_fits(entity, description)
    if not fits(topic):
        return None
    age = re.match(r"(\d+)", description[-1])
    for other in entities.entities:
        if other.kind != "person" or other is topic:
            continue
        if age and other.age == int(age.group(1)):
            return None   # (someone else is given that age)
        if fits(other) and any(window_start <= at < position for at in other.positions):
            return None   # (someone else in view may be meant)
    return topic


# How much of the text around a person's first full naming may echo an epithet's words:
# the apposition or relative clause that introduces them ("…, said Tom Reed, who is
# Harbor State's director of athletics")
_INTRODUCTION_BEFORE = 120
_INTRODUCTION_AFTER = 160
_INTRODUCTION_STOP = re.compile(r"(?<=[a-z0-9”\"’)])[.!?](?=\s)|\n")
# Words of a description that say nothing of the person ("the former longtime executive")
_EMPTY_EPITHET_WORDS = frozenset("former then current new longtime long-time veteran top senior chief".split())


def echoes_introduction(text: str, position: int, first_named: int, role: Optional[str],
                        description: tuple[str, ...]) -> bool:
    """Whether a description's words, its title aside, repeat what the article said of
    a person where it named them first, or in their role: "the athletics executive"
    after "Tom Reed, who is Harbor State's director of athletics", "the cardiology
    professor" after "Ann Lee, who teaches cardiology". The epithet's own title ("the
    executive") is left out: any number of people may be one; so are the words it
    capitalises, a name or a nationality ("the Reed adviser", "the French premier"):
    they say whom the title serves or where, which others share."""
    written = text[max(0, position - 80):position + 120]
    modifiers = {w for w in description[:-1] if len(w) > 3 and w not in _EMPTY_EPITHET_WORDS and w.isalpha()
                 and re.search(r"\b" + w + r"\b", written)}
    if not modifiers:
        return False
    start = max(0, first_named - _INTRODUCTION_BEFORE)
    before = [m.end() for m in _INTRODUCTION_STOP.finditer(text, start, first_named)]
    stop = _INTRODUCTION_STOP.search(text, first_named, first_named + _INTRODUCTION_AFTER)
    introduction = text[before[-1] if before else start:stop.start() if stop else first_named + _INTRODUCTION_AFTER]
    said = set(re.findall(r"[a-z][a-z\-]+", (introduction + " " + (role or "")).lower()))
    return bool(modifiers & said)
