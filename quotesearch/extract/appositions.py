"""Appositions: a subject phrase in comma-separated parts ("Zhang Hanhui, the Chinese
ambassador to Russia", "SBM Intel, a Lagos intelligence firm", "An Israeli official,
speaking on condition of anonymity") read as one speaker: the part that names, the
roles and asides beside it, and what the apposition says the name is.

`mentions.parse_mention` hands a phrase with commas here; each part is read as a
simple phrase by `mentions` (imported when called: that module calls this one).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from .clauses import _CLAUSE_WORDS
from .description_kinds import description_kind
from .gender import FIRST_NAMES
from .lexicon import DETERMINERS, ORG_WORDS
from .names import _is_cap, _is_proper, _role_text, role_continued, tokens
from .noun_phrases import _is_org, _is_place_phrase

if TYPE_CHECKING:
    from .mentions import Mention

_RESIDENCE = re.compile(r"\s*(?:of|from)\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}\s*$")
# asides that may follow an unnamed speaker: "An Israeli official, speaking on condition …"
_ADVERBIAL_PART = re.compile(r"(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|Asked|Pressed|Later|Earlier)\b")
_ORG_ASIDE = re.compile(r"\s*(?:in|on|at|after|before|during|only|just|then|now|also|later|earlier)\b")
_UNNAMED_ASIDE = re.compile(r"\s*(?:[a-z]+ing(?!\s+and\b)|then|now|aged?|\d+|both|all|each|who"
                            r"|(?:included|published|filed|released|issued|obtained|signed|dated|posted|sent)\s)\b")
# ("The notice, included in a court filing, said": a document and where it was found)
# "The port operator, a company whose cranes …": an indefinite noun phrase describing
# the subject before it
# ("Mr. Reed, asked about the closing of docks under Mr. Fisk, …": Fisk is no apposition)
_ADJUNCT_PART = re.compile(r"\s*(?:[a-z]+(?:ed|ing)|about|under|after|before|with|without|to|in|on|at|by)\s")
_INDEFINITE_APPOSITION = re.compile(r"\s*(?:a|an)\s+[a-z][\w\-]*\b")

_RELATIVE = re.compile(r"\s*(?:who|whose|whom|which)\b", re.I)
# Two names joined by "and", each one to three capitalised words: "Ann Lee and Tom Ford"
_JOINED_NAMES = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,2}[A-Z][\w’'\-]+\s+and\s+"
                           r"(?:[A-Z][\w’'.\-]*\s+){1,2}[A-Z][\w’'\-]+")
# "Ann Lee and her husband, Tom": a name, then someone described by whose they are, named
# in the apposition; both are the subject
_NAME_AND_THEIR_KIN = re.compile(r"\s*(?P<first>(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]+|[Tt]he\s+[a-z][\w\-]*)\s+and\s+"
                                 r"(?:his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*$")
_INNER_RELATIVE = re.compile(r"\s+(?:who|whose|whom|which)\s.*$", re.S)
# … and a body's, which "that" may open too ("the nonprofit entity that controls …")
_BODYS_RELATIVE = re.compile(r"\s+(?:who|whose|whom|which|that)\s.*$", re.S)
# Asides that may stand beside a name without being a role: "then 38", "a Republican", "64"
_ASIDE = re.compile(r"\s*(?:then|now|also|formerly|aged?|both|all|each|\d|an?\b|the\b|[A-Z]|\w+ing\b"
                    r"|(?:of|from)\s+[A-Z])", re.I)   # "Ben Ortiz, 41, of Harbor, Kellard"


def parse_apposition(written: str, parts: list[str]) -> Optional[Mention]:
    """"Zhang Hanhui, the Chinese ambassador to Russia", "Russia's ambassador to
    China, Andrey Denisov", "Mr. Sperling, then 38": one part names a person, the
    others are roles or asides (a relative clause ends the phrase's interest)."""
    from .mentions import Mention, _any_noun_phrase, _parse_simple

    if len(parts) > 6:
        return None
    while len(parts) > 1 and _ADVERBIAL_PART.match(parts[0]):
        parts = parts[1:]   # "Speaking in the Commons, the Conservative MP": the adverbial is no speaker
        written = ", ".join(parts)
    if len(parts) == 1:
        return _parse_simple(parts[0]) or _any_noun_phrase(parts[0])
    for i, part in enumerate(parts):
        if i and _RELATIVE.match(part):
            parts = parts[:i]   # ", who was due to sail to Harbor, Kellard, …" is an aside
            break
    if len(parts) == 1:
        # "one senior official, who asked not to be named": the phrase before the aside,
        # when it is short enough to be a speaker and not a clause, or a person named after
        # a long title ("American Federation of Government Employees President Ann Cole,
        # who also represents …")
        simple = _parse_simple(parts[0])
        if simple is not None and simple.kind == "person" and simple.name and _is_proper(simple.name) \
                and simple.role and all(_is_cap(t) or t in ("of", "the", "and", "for") for t in tokens(parts[0])):
            return simple
        if len(tokens(parts[0])) > 6:
            return None
        return simple or _any_noun_phrase(parts[0])
    if len(parts) == 2 and _JOINED_NAMES.fullmatch(parts[1].strip()):
        many = _parse_simple(parts[0]) or _any_noun_phrase(parts[0])
        if many is not None and many.kind == "group" and not many.members:
            # "Two ferry pilots, Dan Fisk and Ben Ortiz", "her parents, Ann Lee
            # and Tom Ford": the people the group is, both of them (not the last name alone)
            from .mentions import parse_mention
            joint = parse_mention(parts[1])
            if joint is not None and len(joint.members) == 2:
                return replace(joint, text=written)
    kin = _NAME_AND_THEIR_KIN.fullmatch(parts[0]) if len(parts) == 2 else None
    named = _parse_simple(parts[1]) if kin else None
    if named is not None and named.kind == "person" and named.name and _is_proper(named.name):
        from .mentions import parse_mention
        joint = parse_mention(f"{kin.group('first')} and {named.name}")
        if joint is not None and len(joint.members) == 2:
            return replace(joint, text=written)   # "Ann Lee and her husband, Tom, said": the two of them
    mentions = [_parse_simple(p) for p in parts]
    body = mentions[0] or _any_noun_phrase(parts[0])
    if body and body.name and _is_proper(body.name) and not _named_as_a_person(body) \
            and all(_describes_a_body(p) for p in parts[1:]) \
            and (tokens(parts[0])[0].lower() not in DETERMINERS or (tokens(parts[0])[0] == "The"
                                                                    and body.kind == "organization")):
        # "SBM Intel, a Lagos intelligence firm, says", "Moody's, the ratings agency,
        # said", "The Harbor Trust, a charity, said": a name its apposition calls a body
        return Mention(text=written, name=body.name, kind="organization")
    people = [i for i, m in enumerate(mentions)
              if m and m.name and m.kind == "person" and _is_proper(m.name)
              and tokens(parts[i])[0].lower() not in DETERMINERS | {"of", "from"} and not _ADJUNCT_PART.match(parts[i])
              and not (i and len(tokens(parts[i])) == 1 and _ends_in_organisation(parts[i - 1]))]
    if people == [1] and _FOR_SOMEONES_KIN.fullmatch(parts[0].strip()):
        # "A publicist for Thicke's son, Robin, said": the name is the son's; the publicist,
        # unnamed, speaks
        described = _any_noun_phrase(parts[0])
        return replace(described, text=written, kind="person") if described is not None else None
    if len(people) > 1:
        # "Nora Ann Vance, the managing editor of the weekly, The Harbor Ledger":
        # the person is the one a role follows; later names belong to the role
        roled = [i for i in people if i + 1 < len(parts) and _role_text(tokens(parts[i + 1]))][:1]
        if not roled and people[0] == 0 and tokens(parts[1])[0].lower() in ("the", "a", "an"):
            # "Prince Andrew, the younger brother of the heir to the throne, Charles": a
            # description no role table reads; the later name is its own noun's ("the heir")
            roled = [0]
        people = roled
    described_first = tokens(parts[0])[0].lower() in DETERMINERS | {"another", "one"}
    if not people and len(parts) > 1 and all(_UNNAMED_ASIDE.match(p) or _role_text(tokens(p))
                                             or (described_first and _INDEFINITE_APPOSITION.match(p))
                                             for p in parts[1:]):
        # "A council aide, speaking only if left unnamed, said": an
        # unnamed speaker and an aside
        described = mentions[0] if mentions[0] and mentions[0].kind in ("person", "group") \
            and mentions[0].name else _any_noun_phrase(parts[0])
        if described and not _is_org(tokens(parts[0])[-1:]) and not parts[0].strip()[:1].isdigit():
            return described
    if not people and mentions[0] and mentions[0].kind == "organization" and mentions[0].name \
            and not _is_place_phrase(mentions[0].name.split()) \
            and all(_ORG_ASIDE.match(p) and not any(t in _CLAUSE_WORDS for t in p.lower().split())
                    for p in parts[1:]):
        # "The Harbor Ledger, in a long review of the ferry line, described …", "Kellard, only two
        # months later, announced …": the organisation, and an aside
        return mentions[0]
    if len(people) != 1:
        return None
    person = mentions[people[0]]
    role = person.role
    for i, part in enumerate(parts):
        if i == people[0]:
            continue
        if i > people[0] and _INNER_RELATIVE.search(part):
            # "Nora Vance, a Harbor-born pilot who led the flotilla": the
            # relative clause is about the aside, not a clause of the speaker phrase
            short = _INNER_RELATIVE.sub("", part)
            if not _role_text(tokens(part)) and _ASIDE.match(short):
                part = short
        if _RESIDENCE.match(part):
            continue   # "of Flint", "from Ohio": where the person lives
        r = _role_text(tokens(part))
        if r is not None:
            r = role_continued(r, parts[i + 1] if i + 1 < len(parts) and i + 1 != people[0] else None)
            role = r if not role or len(r) > len(role) else role
        elif not _ASIDE.match(part) or any(t in _CLAUSE_WORDS for t in part.lower().split()):
            return None
    return Mention(text=written, name=person.name, kind="person", role=role)


# Someone acting for a relative of another, the relative named next: "a publicist for
# Thicke's son", "a lawyer for his wife"
_FOR_SOMEONES_KIN = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z\-]+\s+){0,2}(?:for|of|to)\s+(?:(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*(?:’s|'s|s’|s')|"
    r"his|her|their)\s+(?:late\s+|former\s+|eldest\s+|youngest\s+|younger\s+|older\s+)?"
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|widow|widower|grandson|granddaughter|"
    r"nephew|niece|cousin|stepson|stepdaughter|fiancée|fiancee|fiancé|fiance|partner)")


def _describes_a_body(part: str) -> bool:
    """"a Lagos intelligence firm", "the ratings agency", "a company whose cranes …":
    a short determined noun phrase whose head is a body's."""
    phrase = _BODYS_RELATIVE.sub("", part).strip()
    words = phrase.lower().split()
    return 2 <= len(words) <= 5 and words[0] in ("a", "an", "the") and not any(w in _CLAUSE_WORDS for w in words) \
        and description_kind(phrase, None) == "organization"


def _named_as_a_person(mention: Mention) -> bool:
    """A name that reads as a person's whatever its apposition says: a known first name,
    an initial or a suffix ("Bob Mason", "C. Stewart Verdery Jr.")."""
    words = mention.name.split()
    return mention.kind == "person" and (mention.gender is not None or words[0].lower() in FIRST_NAMES or any(
        len(w) == 2 and w.endswith(".") or w.rstrip(".").lower() in ("jr", "sr", "ii", "iii") for w in words))


def _ends_in_organisation(part: str) -> bool:
    """"… of the University of California" (before ", Berkeley"), "the Chamber of
    Commerce": a part ending in an organisation's name, which a one-word part after it
    continues (a campus, a place), never a person's surname."""
    toks = tokens(part)
    run = []
    for t in reversed(toks):
        if not (_is_cap(t) or t.lower() in ("of", "the", "and", "for")):
            break
        run.insert(0, t)
    while run and not _is_cap(run[0]):
        run = run[1:]
    capitalised = [t for t in run if _is_cap(t)]
    return len(capitalised) >= 2 and any(t.lower() in ORG_WORDS for t in capitalised)
