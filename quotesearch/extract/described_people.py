"""One unnamed person described before a name that is not theirs.

"a spokesman for Mayor Nora K. Vance", "an aide to Senator Tom Reed", "longtime
adviser to Ann Lee", "a lawyer with Fisk Ortiz", "a party insider in the state of North
Kellard": the words before the name describe the speaker by whom they serve or where
they are; the name is someone else's, or a place. `mentions` asks
`described_before_a_name` before it reads the words as a title and a name. A body's name
with "of" in it before one person's noun ("A Ministry of Defence spokesman") describes
that person, not the body (`member_of_a_body`).
"""
from __future__ import annotations

import re
from typing import Optional

from .description_kinds import PERSON_HEADS
from .lexicon import ORG_WORDS, TITLE_WORDS
from .names import _KIN_NOUNS, _role_word

# Courtesy titles before a surname ("Ms Robison", "a senior adviser to Mr. Trump")
COURTESY_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# Prepositions that tie one person to someone they serve or belong to
OF_SOMEONE = frozenset({"to", "for", "of", "with", "under"})
# Determiners of one unnamed person ("a", "one", "another")
ONE_UNNAMED = frozenset({"a", "an", "one", "another"})

# Prepositions after one person's noun that bring in whom they serve or where they are
_SERVING = frozenset({"to", "for", "with", "under"})
_PLACED_AT = frozenset({"in", "at", "from", "of", "on"}) | _SERVING
# Adjectives of nearness between a noun for people and whom they are near ("sources close to")
_CLOSE_WORDS = frozenset({"close", "closest", "loyal"})
# Words for unnamed people that no noun table lists ("those close to", "someone close to")
_UNNAMED_CLOSE = frozenset({"those", "people", "sources", "someone", "somebody", "some", "many", "others"})


def _one_persons_noun(word: str) -> bool:
    low = word.lower()
    return (word.islower() or low in PERSON_HEADS) and (_role_word(low) or low in PERSON_HEADS or low in _KIN_NOUNS) \
        and low not in ORG_WORDS   # (not "the harbor campaign of Sen. Tom Reed": his)


def described_before_a_name(role_toks: list[str]) -> bool:
    """The words before a name describe someone else, who is the speaker: one person's noun,
    then a preposition that brings in whom they serve ("adviser to Mr.", "spokesman for
    Mayor", "longtime adviser to", "a lawyer with") or, after "a"/"one", where they are ("a
    GOP insider in the state of", "one voter in the small town of")."""
    low = [t.lower().rstrip(".") for t in role_toks]
    if len(low) >= 2 and low[-1] in _SERVING:
        at = len(low) - 1
    elif len(low) >= 3 and low[-2] in OF_SOMEONE and (low[-1] in COURTESY_WORDS or low[-1] in TITLE_WORDS) \
            and role_toks[-1][:1].isupper():
        at = len(low) - 2
    elif len(low) >= 3 and low[0] in ONE_UNNAMED:
        at = next((i for i, w in enumerate(low) if i >= 2 and w in _PLACED_AT), 0)
    else:
        return False
    if at >= 2 and low[at - 1] in _CLOSE_WORDS:
        # "Sources close to Ms.", "a person close to Mr.", "those close to Gov.": the people
        # close to someone, not that someone
        noun = low[at - 2]
        return noun in _UNNAMED_CLOSE or _one_persons_noun(role_toks[at - 2]) \
            or (noun.endswith("s") and _one_persons_noun(role_toks[at - 2][:-1]))
    return at >= 1 and _one_persons_noun(role_toks[at - 1])


def near_someone(toks: list[str]) -> bool:
    """"a person close to", "sources close to Ms.": people described by whom they are close
    to, whom resolution remembers loosely (as a group), so that a later "she" is the named
    person rather than the unnamed source ("…, according to a friend close to Vance. She told …")."""
    low = [t.lower() for t in toks]
    return any(w in _CLOSE_WORDS and low[i + 1] in OF_SOMEONE for i, w in enumerate(low[:-1]))


# One person described by the body they speak for or work at, whose name holds "of" or
# "for": "A Ministry of Defence spokesman", "the University of Surrey expert", "a
# Department of Health and Social Care spokesperson" (a relative clause after it too:
# "a University of Michigan professor who studies bases")
_BODYS_PERSON = re.compile(r"(?P<article>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+)?(?P<body>(?:[A-Z][\w’'\-.&]*\s+)+"
                           r"(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-.&]*|and|&)\s+)*?[A-Z][\w’'\-.&]*)"
                           r"\s+(?P<noun>[a-z][\w\-]*)(?:\s+(?:who|whose)\s.*)?", re.S)


def member_of_a_body(written: str) -> Optional[tuple[str, str]]:
    """("a Ministry of Defence spokesman", "person") for one person described by the body
    whose name has "of" in it ("group" for several), or None; the body alone is not who spoke."""
    m = _BODYS_PERSON.fullmatch(written.strip())
    if m is None or not _one_persons_noun(m.group("noun")):
        return None
    article = (m.group("article") or "").lower()
    plural = m.group("noun").endswith("s") and not m.group("noun").endswith("ss")   # ("… officials": several)
    return article + m.group("body") + " " + m.group("noun"), "group" if plural else "person"
