"""Joint subjects: several speakers named together in one subject phrase.

"Xi and Putin", "The US and the European Union", "council leader Ann Lee and party chair
Tom Fisk", "Mills and another Clinton aide", "Paganini and his team": the speakers
speaking together, as one group `Mention` with its members where each is named; and
the one body whose name holds "and" ("the Food and Drug Administration", "Customs and
Border Protection"), which is no joint subject at all. `mentions.parse_mention` asks
here first for a phrase without commas.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from .entities import _LEADING_THE
from .gender import FIRST_NAMES
from .lexicon import DESCRIPTOR_NOUNS, GROUP_NOUNS, ORG_FIRST_WORDS, ORG_WORDS, TITLE_WORDS, in_any
from .names import OFFICE_WORDS, _is_proper

if TYPE_CHECKING:
    from .mentions import Mention

# Last words of an agency's name that no surname ends a person's with: "Customs and Border Protection"
_AGENCY_LAST_WORDS = frozenset("""protection enforcement security safety prevention transportation commerce
education immigration customs conservation""".split())
# Two named speakers acting together: "Xi and Putin", "The US and the European Union".
_JOINT = re.compile(r"((?:the\s+|The\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s+and\s+"
                    r"((?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*){0,4})")
# Two people each named after a title in lower case: "council leader Ann Lee and party
# chair Tom Fisk" (a capitalised place may open each title; the first title may be all
# capitals, or none: "Mayor Tom Reed and senior adviser Ann Lee", "Tom Reed and senior adviser …")
_TITLED_PERSON = r"(?:[A-Z][\w’'.\-]*\s+){0,2}(?:[a-z][\w\-]*\s+){1,3}[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,2}"
_CAPITAL_TITLED_PERSON = r"(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,2}"
_TITLED_JOINT = re.compile(rf"({_TITLED_PERSON}|{_CAPITAL_TITLED_PERSON})\s+and\s+({_TITLED_PERSON})")
# A titled name and a second role of the same person, in lower case: "former chief of staff
# Ron Klain and senior Biden adviser"
_NAME_AND_A_SECOND_ROLE = re.compile(r"(.*?[A-Z][\w’'.\-]*\s+[A-Z][\w’'\-]*)\s+and\s+"
                                     r"((?:senior|former|top|chief|longtime|deputy|special)\s+"
                                     r"(?:[A-Z][\w’'.\-]*\s+|[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)")
# A pronoun and a named person: "he and Mr. Fisk", "she and Tom Reed"
_PRONOUN_AND_NAME = re.compile(r"([Hh]e|[Ss]he)\s+and\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)")
# A named person and one unnamed other: "Mills and another Clinton aide", "Lee and a colleague"
_NAME_AND_ONE_MORE = re.compile(r"([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s+and\s+(?:another|an?)\s+"
                                r"((?:[\w’'\-]+\s+){0,3}[a-z][\w’'\-]*)")
# A named person and their own people: "Paganini and his team", "Lee and her staff"
_OWN_PEOPLE = (r"(?:his|her|their)\s+(?:[\w’'\-]+\s+){0,2}(?:team|crew|staff|campaign|colleagues|co-authors|coauthors|"
               r"aides|advisers|advisors|lawyers|attorneys|family|researchers|students)")
_NAME_AND_OWN_PEOPLE = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}\s+and\s+" + _OWN_PEOPLE)
# A pronoun and that person's own people or spouse: "he and his co-authors", "she and her husband"
_PRONOUN_AND_OWN_PEOPLE = re.compile(r"(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\s+)?([Hh]e|[Ss]he)\s+and\s+(" + _OWN_PEOPLE + r"|(?:his|her)\s+(?:wife|husband|partner))")
# A named person and their spouse or kin, named too: "Ann Lee and her husband Tom Reed"
SPOUSE_OR_KIN = r"(?:his|her|their)[^\S\n]+(?:wife|husband|partner|fianc[ée]e?|son|daughter|brother|sister|father|mother)"
_NAME_AND_NAMED_KIN = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]+)\s+and\s+" + SPOUSE_OR_KIN +
                                 r"\s+((?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]+)")
# A name and others of its kind: "Ohio and 12 other states", "Acme and three other firms"
_NAME_AND_OTHERS = re.compile(r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}\s+and\s+(?:(?:\d[\d,]*|two|three|four|five|"
                              r"six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many|some)\s+)?other\s+"
                              r"(?:[\w’'\-]+\s+){0,2}[a-z][\w’'\-]*s")
# A person described and a person named: "the mayor and Tom Reed", "the mayor and council
# leader Tom Reed" (not the second person's title: "the" opens no title of a name)
_DESCRIBED_AND_NAMED = re.compile(r"((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*))"
                                  r"\s+and\s+((?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)")
GROUP_NOUNS_SINGULAR = frozenset({"aide", "colleague", "friend", "adviser", "advisor", "associate", "partner",
                                  "staffer", "lawyer", "attorney", "official", "employee", "relative", "neighbor",
                                  "neighbour", "co-author", "coauthor", "researcher", "activist", "member"})
# What two joint speakers share before the first name: "Both", a plural title.
_SHARED_LEAD = re.compile(r"^(?:Both\s+|(?:Senators|Sens\.|Reps\.|Representatives|Professors|Presidents|"
                          r"Governors|Drs\.|Ministers|Messrs\.)\s+)+")


# What two people share in lower case before their names (after a body's name: "Senate
# Foreign Relations Committee members"), and where both are placed after them: "harbor
# pilots Dan Fisk and Nora Vance-Ortiz of Kellard's Institute for
# Ferry and Port Safety"
_LOWER_SHARED_LEAD = re.compile(r"(?:[A-Z][\w\-]*\s+){0,4}(?:[a-z][\w\-]*\s+){0,2}(?P<plural>[a-z][\w\-]*s)\s+(?=[A-Z])")
_BOTH_PLACED = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z].*$")


def parse_joint(written: str) -> Optional["Mention"]:
    """The joint reading of a subject phrase without commas, or None when it names no
    two speakers together (nor one body whose name holds "and")."""
    from .mentions import Mention, _parse_simple

    lead = _LOWER_SHARED_LEAD.match(written)
    if lead and lead.group("plural") in GROUP_NOUNS:
        core = parse_joint(_BOTH_PLACED.sub("", written[lead.end():]))
        if core is not None and core.members and all(m.kind == "person" for m in core.members):
            return replace(core, text=written)   # the two people, without what they share
        return None

    joint = _JOINT.fullmatch(written)
    if joint:
        # "Xi and Putin", "The US and the European Union": two named speakers together
        first = _SHARED_LEAD.sub("", joint.group(1))   # "Both Cruz", "Professors Foner"
        members = (_parse_simple(first), _parse_simple(joint.group(2)))
        if members[1] is not None and members[1].kind == "person" and members[1].role and members[1].name \
                and all(w.lower() in OFFICE_WORDS for w in first.split()):
            # "Health and Human Services Secretary Alex Azar": one office whose name holds
            # "and", then its holder
            return replace(members[1], text=written, role=f"{first} and {members[1].role}")
        opening = first.lower().split()
        named = opening[1:] if opening[0] == "the" and len(opening) > 1 else opening   # (its words after "the")
        # ("The National Oceanic and Atmospheric Administration": "The" is the whole name's)
        first_alone = _parse_simple(_LEADING_THE.sub("", first)) if opening[0] == "the" and len(opening) > 1 else members[0]
        # ("Customs and Border Protection": a second half no body alone, named as an agency is)
        agency_end = members[1] is not None and members[1].kind != "organization" \
            and joint.group(2).split()[-1].lower() in _AGENCY_LAST_WORDS and joint.group(2).split()[0].lower() not in FIRST_NAMES \
            and (first_alone is None or first_alone.kind == "organization")   # (not "Trump and Homeland Security")
        one_body = members[1] is not None and (members[1].kind == "organization" or agency_end) and not joint.group(2).lower(
        ).startswith("the ") and (first_alone is None or first_alone.kind != "organization" or agency_end   # not "Clinton and the DNC"
                                  or (named[0] in ORG_FIRST_WORDS and not set(named[1:]) & ORG_WORDS))
        if one_body:
            # "the Food and Drug Administration", "World Travel and Tourism Council": one
            # organisation whose name holds "and", not two speakers
            return Mention(text=written, name=_LEADING_THE.sub("", written), kind="organization")
        if all(m is not None and m.name and not m.pronoun and m.kind in ("person", "organization")
               and _is_proper(m.name) for m in members):
            return Mention(text=written, name=" and ".join(m.name for m in members), kind="group",
                           members=members)
    second_role = _NAME_AND_A_SECOND_ROLE.fullmatch(written)
    if second_role and second_role.group(2).split()[-1].lower() in TITLE_WORDS:
        # "former chief of staff Ron Klain and senior Biden adviser": one person, two roles
        person = _parse_simple(second_role.group(1))
        if person is not None and person.kind == "person" and person.name and " " in person.name and not person.pronoun:
            role = f"{person.role} and {second_role.group(2)}" if person.role else second_role.group(2)
            return replace(person, text=written, role=role)
    pronoun_first = _PRONOUN_AND_NAME.fullmatch(written)
    if pronoun_first:
        # "he and Mr. Fisk said": the one "he" stands for and the one named, together
        members = (_parse_simple(pronoun_first.group(1)), _parse_simple(pronoun_first.group(2)))
        if all(m is not None for m in members) and members[1].kind == "person" and members[1].name \
                and not members[1].pronoun:
            return Mention(text=written, name=written, kind="group", members=members)
    own_people = _PRONOUN_AND_OWN_PEOPLE.fullmatch(written)
    if own_people:
        # "he and his co-authors predicted …": the one "he" stands for, and their people
        people = Mention(text=own_people.group(2), name=own_people.group(2), kind="group")
        return Mention(text=written, name=written[own_people.start(1):], kind="group",
                       members=(_parse_simple(own_people.group(1)), people))
    kin = _NAME_AND_NAMED_KIN.fullmatch(written)
    if kin:
        # "Ann Lee and her husband Tom Reed said": the two of them
        members = (_parse_simple(kin.group(1)), _parse_simple(kin.group(2)))
        if all(m is not None and m.kind == "person" and m.name and not m.pronoun for m in members):
            return Mention(text=written, name=" and ".join(m.name for m in members), kind="group", members=members)
    titled = _TITLED_JOINT.fullmatch(written) if not joint else None
    if titled:
        # "Burnley council leader Afrasiab Anwar and Pendle council leader Asjad Mahmood":
        # two people, each with the title before their name
        members = (_parse_simple(titled.group(1)), _parse_simple(titled.group(2)))
        if all(m is not None and m.name and m.kind == "person" and not m.pronoun and " " in m.name
               and (m.role or (m is members[0] and m.name.split()[0].lower() in FIRST_NAMES)) for m in members):
            return Mention(text=written, name=" and ".join(m.name for m in members), kind="group", members=members)
    described = _DESCRIBED_AND_NAMED.fullmatch(written)
    if described and in_any(described.group("head"), TITLE_WORDS, DESCRIPTOR_NOUNS):
        members = (_parse_simple(described.group(1)), _parse_simple(described.group(3)))
        if members[0] is not None and members[1] is not None and members[1].kind == "person" and members[1].name \
                and not members[1].pronoun:
            # "the mayor and Tom Reed said": both; the description resolved where the article names it
            return Mention(text=written, name=written, kind="group", members=members)
    if _NAME_AND_OWN_PEOPLE.fullmatch(written) or _NAME_AND_OTHERS.fullmatch(written):
        return Mention(text=written, name=written, kind="group")   # not the organisation a "team" is, nor a place
    one_more = _NAME_AND_ONE_MORE.fullmatch(written)
    if one_more and in_any(one_more.group(2).split()[-1].lower(), TITLE_WORDS, GROUP_NOUNS_SINGULAR):
        first = _parse_simple(one_more.group(1))
        if first is not None and first.kind == "person" and first.name and not first.pronoun:
            # "Fisk and another Reed adviser asked …": a named person and one more, together
            return Mention(text=written, name=written, kind="group")
    return None
