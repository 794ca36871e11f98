"""The kind of a speaker left as a description: what its head noun is.

Resolution reads "the man" or "a dispatcher" loosely (as a group, so that a later
pronoun does not cling to someone met only in passing); when nothing in the article
names them, the description itself is the speaker, and its `speaker_kind` should say
what it is: "the man", "a dispatcher on the police scanner", "one of his senior aides"
are one person; "the department notice", "new data", "the suit" are documents; "the
brokerage" a firm; "The French" a people. A named speaker, or a description whose head
no table below lists, keeps the kind resolution gave it.
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import (
    DESCRIPTOR_NOUNS, DEMONYMS, GENERIC_PERSON_NOUNS, GROUP_NOUNS, ORG_DESCRIPTION_HEADS, ORG_WORDS, TITLE_WORDS,
)
from .gender import FEMALE_MARKS, FEMALE_NOUNS, MALE_MARKS, MALE_NOUNS
from .noun_phrases import DOCUMENT_NOUNS, PERSON_DEMONYMS

# Determiners of one: "a", "the", "one", "another" (never "some", "many", "both")
_ONE = frozenset({"a", "an", "the", "this", "that", "one", "another"})
_DETERMINERS = _ONE | frozenset({"some", "many", "most", "several", "few", "both", "all", "new", "recent"})
# Heads that make a description many people ("a few people", "the couple", "a majority of …")
GROUP_HEADS = frozenset("""
people staff police crew public jury family couple pair few number handful majority minority
dozen lot crowd audience
""".split())
# Words that end a head noun's phrase: "a spokesperson for the department", "a person
# familiar with the talks"
_PHRASE_ENDS = frozenset({"of", "for", "at", "in", "on", "with", "from", "to", "who", "that", "whose", "close",
                          "familiar", "near", "inside", "outside", "by", "and"})
# Nouns for one person that the title and descriptor tables leave out
PERSON_HEADS = frozenset("""
person source staffer user narrator individual insider operative resident caller reporter
dispatcher bystander onlooker eyewitness passer-by passerby organizer organiser republican democrat
independent conservative liberal progressive moderate guard reader listener viewer motorist commenter
follower guest diner buyer seller prisoner inmate pedestrian subscriber heckler
guy demonstrator logger patriarch matriarch widow widower dad mum mom grandfather grandmother
great-grandfather great-grandmother grandson granddaughter stepfather stepmother
ally surrogate academic duke earl baron baroness countess marquess viscount
respondent participant interviewee customer attendee
""".split())
# One person by the suffix of their occupation or creed ("the late neurologist", "a
# Dutch politician"; long enough not to be "the list" or "the twist"), as a plural is
# many people by the same suffix below
_ONE_BY_SUFFIX = re.compile(r"[a-z]{4,}(?:ist|ian)")
# Nouns ending so that name a thing, not a person
_NOT_ONE_BY_SUFFIX = frozenset({"checklist", "playlist", "wishlist", "shortlist", "blacklist", "whitelist",
                                "watchlist", "median", "meridian"})
# Nouns for a written thing that `noun_phrases.DOCUMENT_NOUNS` leaves out (they are kept
# out there because resolution reads them as people's words in other positions; not
# "paper": "the paper noted" is as often the newspaper as a study)
DOCUMENT_HEADS = frozenset("""
notice data research suit results average count law bill document guidance ordinance
order orders warrant citation brief motion petition post tweet video footage book note
script notes log changelog licence license inquest story essay obituary
""".split())
# The word before "paper" that makes it a study: "the 2009 paper", "a working paper"
_STUDY_PAPER = re.compile(r"\d{4}|research|working|white|academic|scientific|discussion|policy|conference")
# Nouns for a body that the organisation tables leave out
ORGANIZATION_HEADS = frozenset({"brokerage", "nonprofit", "non-profit", "museum", "zoo", "airport", "town", "entity"})
# Organisation words that, as a description's head, usually mean something else ("the
# concern within the administration": a worry, not a firm)
NOT_ORGANIZATION_HEADS = frozenset({"concern"})
# Plurals of people by their suffix ("environmentalists", "historians", "fact-checkers";
# long enough not to be a surname such as "Evans") or as a table ("Roman Catholics", "evangelicals")
_PLURAL_OF_PEOPLE = re.compile(r"[a-z]{4,}(?:ists|ians)|[a-z]+-[a-z]+ers|catholics|evangelicals|liberals|"
                               r"conservatives|progressives|radicals|moderates|protestants|mormons|muslims")
_AGE = re.compile(r"\d{1,3}-year-old")   # "the 81-year-old"
# "one of his senior aides", "one of the protesters": one of a plural of people
_ONE_OF_PEOPLE = re.compile(r"(?i:one|another)\s+of\s+(?:the|his|her|their|its|our|[\w’'\-]+[’']s?)\s+"
                            r"(?:[\w\-]+\s+){0,3}(?P<plural>[a-z\-]+s)\b")


def description_kind(speaker: Optional[str], kind: Optional[str]) -> Optional[str]:
    """The kind of ``speaker`` when it is a description ("the man", "a spokesperson for
    the city", "a Politico reporter", "new data"), else ``kind`` unchanged."""
    if not speaker:
        return kind
    words = speaker.split()
    low = [w.lower().strip(",.;:’'") for w in words]
    if low[0] == "the" and len(words) == 2 and low[1] in DEMONYMS and words[1][:1].isupper() \
            and low[1].endswith(("ch", "sh", "ese", "ss")):
        return "group"   # "The French", "the British": a people (but "the Romanian": one of them)
    if (len(words) <= 2 and all(w[:1].isupper() for w in words) and _PLURAL_OF_PEOPLE.fullmatch(low[-1])) or (
            words[0][:1].isupper() and low[0].endswith("s") and _people_noun(low[0][:-1])
            and (len(words) == 1 or words[1][:1].islower())):   # ("Senators representing Maryland")
        return "group"   # "Environmentalists said", "Roman Catholics argue", "Fact-checkers noted": many people
    if not (low[0] in _DETERMINERS or words[0][:1].islower()):
        return kind
    one_of = _ONE_OF_PEOPLE.match(speaker)
    if one_of and _people_noun(one_of.group("plural")[:-1]):
        return "person"
    if low[0] == "those" and len(low) > 1 and low[1] in _PHRASE_ENDS:
        return "group"   # "those close to the mayor", "those familiar with the talks": people
    at = next((i - 1 for i, w in enumerate(low) if i > 0 and w in _PHRASE_ENDS), len(low) - 1)
    if at > 1 and low[at].endswith("ed") and low[at - 1] not in _DETERMINERS:
        at -= 1   # "a source briefed on the inquiry", "an official involved in the talks": the noun before
    head = low[at]
    if low[at + 1:at + 2] == ["and"]:
        return kind   # "the book and the movie", "campaign and corporate records": read as resolution read them
    if low[0] in _ONE and at > 0 and (head in PERSON_DEMONYMS or head in PERSON_HEADS):
        return "person"   # "a Texan in the crowd", "another Republican at the rally"
    if not (words[at][:1].islower() or words[at][:1].isdigit()) or (at == 0 and low[0] in _DETERMINERS):
        return kind   # "The Hill", "the CMO": a name or an acronym, read as resolution read it
    if head in DOCUMENT_NOUNS or head in DOCUMENT_HEADS or (head == "paper" and at > 0 and _STUDY_PAPER.match(low[at - 1])) \
            or (head == "papers" and at > 0 and low[at - 1] not in _DETERMINERS):
        return "document"   # ("search warrant papers", "court papers"; not "the papers": newspapers)
    if head in GROUP_HEADS:
        return "group"   # "a few people", "the couple", "a majority of voters"
    if (head in ORG_DESCRIPTION_HEADS or head in ORG_WORDS or head in ORGANIZATION_HEADS) and head not in NOT_ORGANIZATION_HEADS \
            and not (head.endswith("s") and not head.endswith("ss")):   # ("workers at the plant": people)
        return "organization"
    if low[0] in _ONE and not (head.endswith("s") and not head.endswith("ss")) and _people_noun(head):
        return "person"
    if head.endswith("s") and not head.endswith("ss") and _people_noun(head[:-1]):
        return "group"   # "sources close to the club", "the actors": many people
    return kind


def _people_noun(word: str) -> bool:
    if _AGE.fullmatch(word):
        return True
    word = word.rsplit("-", 1)[-1] if "-" in word and not word.startswith("co-") else word   # "vice-chancellor"
    return word in GENERIC_PERSON_NOUNS or word in DESCRIPTOR_NOUNS or word in TITLE_WORDS \
        or word in PERSON_HEADS or word + "s" in GROUP_NOUNS \
        or word in FEMALE_MARKS or word in MALE_MARKS or word in FEMALE_NOUNS or word in MALE_NOUNS \
        or (bool(_ONE_BY_SUFFIX.fullmatch(word)) and word not in _NOT_ONE_BY_SUFFIX)
