"""The lenient reading of a subject phrase: where only a speaker can stand ("“Q,” the
gambling tycoon said"), any short noun phrase is taken as written, with the kind its
head noun says (a person, a group, an organisation or a document), unless its words
are a clause, a fragment or a comparison. `mentions.parse_mention` falls back on it.
"""
from __future__ import annotations

import re
from typing import Optional

from .clauses import (
    _CLAUSE_WORDS, _COMMON_VERBS, _FUNCTION_WORDS, _SPEECH_VERBS, _adverb_then_verb, _drop_edges, _has_contracted_verb,
    _is_predicate,
)
from .gender import FIRST_NAMES
from .lexicon import (
    ADJECTIVAL_PARTICIPLES, ALL_PRONOUNS, DESCRIPTOR_NOUNS, DETERMINERS, GENERIC_PERSON_NOUNS, IRREGULAR_PASTS,
    GROUP_NOUNS, ORG_DESCRIPTION_HEADS, ORG_WORDS, PREPOSITIONS, SOURCE_PARTICIPLES, SUBORDINATORS, TITLE_WORDS, in_any,
)
from .names import _is_cap, _join, tokens
from .noun_phrases import _COLLECTIVE_NOUNS, DOCUMENT_NOUNS, _NUMBER_WORDS, _QUANTIFIERS, _is_org, _sentence_case

# "Twenty-four percent", "six in 10", "Nine in 10 Democratic voters": a share of people
_A_SHARE = re.compile(r"(?:[a-z]+(?:-[a-z]+)?|\d+)\s+(?:percent|per\s+cent)\b"
                      r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:10|ten|\d+)\b")
_DEGREE_WORDS = frozenset({"more", "less", "most", "least", "very", "too", "so", "quite"})
# Participles after the people a survey asked: "voters polled", "those surveyed"
_SURVEYED = frozenset({"polled", "surveyed", "questioned", "interviewed", "sampled", "asked"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "this", "that", "there", "here"})
_WORDLIKE_START = re.compile(r"[\w’'\-%$/&]")
# Written or measured things a phrase may end with, beside the documents' nouns ("FlightStats
# schedule data", "the regulations", "new benchmarking"): a document's words, not a person's
_RECORDED_NOUNS = frozenset({"data", "statistics", "research", "benchmarking", "testing", "regulations",
                             "legislation", "guidelines", "guidance", "rules",
                             # what instruments record: "Satellite images suggested …"
                             "images", "imagery", "readings", "measurements", "footage", "recordings", "scans",
                             # what is put up or posted: "the sign reads: …", "the caption of her post"
                             "sign", "signs", "placard", "banner", "inscription", "caption", "post", "tweet",
                             # what was written or told ("Facebook posts falsely said", "Some accounts said")
                             "posts", "tweets", "accounts",
                             # what was counted or found ("The 1961 census showed", "Blood tests revealed")
                             "census", "censuses", "tests", "results", "findings"})
_SHARE_HEADS = frozenset({"percent", "%", "cent"})
_AGE = re.compile(r"\d{1,3}-year-old")
_COUNT = re.compile(r"\d[\d,.]*")   # ("at least 21,000"; not the firm "1010data")
_ONE_OF = frozenset({"a", "an", "one", "another"})   # (not "the actor": a description of someone named)
_NOT_ONE = frozenset({"people", "jury", "staff", "police", "crew", "family", "couple", "public"})
# Compound adjectives in -ed before a noun: "the self-described democratic socialist", "a
# teary-eyed Bush", "a Texas-based company" (not "so-called": what follows is named, not described)
_COMPOUND_ADJECTIVE_ENDS = ("-described", "-proclaimed", "-styled", "-appointed", "-eyed", "-minded", "-haired",
                            "-based", "-educated", "-owned", "-funded", "-backed", "-aged", "-deceased", "-estranged")


def _speaks(noun: str) -> bool:
    """"officials", "the mayor", "she", "the book": a noun for people, a body or a
    document, which may be one of two sources joined by "and"."""
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in ALL_PRONOUNS or any(
        in_any(w, GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS, TITLE_WORDS, GROUP_NOUNS, ORG_WORDS, DOCUMENT_NOUNS,
               _RECORDED_NOUNS) for w in (noun, singular))


def _one_pointed_at(low: list[str]) -> bool:
    """"this source", "that official": a demonstrative before one noun for a person."""
    return len(low) == 2 and low[0] in ("this", "that") and (
        low[1] in GENERIC_PERSON_NOUNS or low[1] in DESCRIPTOR_NOUNS or low[1] in _SOURCE_NOUNS)


# A share named by its fraction after "about", "over": "About two-thirds say …"
_FRACTION_WORD = re.compile(r"half|[a-z]+-(?:thirds?|quarters?|fourths?|fifths?|tenths?)")
# A user's handle: "@dril", or a lower-case name with digits in it ("elmo666"; not a year,
# not "G20", which are no one's handle)
USER_HANDLE = re.compile(r"@\w{2,}|[a-z][a-z_.]*\d[\w.]*")


def _possessive_her(low: list[str]) -> bool:
    """"her spokesman", "her son": "her" as a possessive before a noun (which the rest of
    the reading checks), as "his spokesman" is; alone, "her" is an object."""
    return low[0] == "her" and len(low) >= 2 and low[1] not in ALL_PRONOUNS


_SOURCE_NOUNS = frozenset({"source", "official", "person", "aide", "insider", "spokesman", "spokeswoman",
                           "spokesperson"})


def any_noun_phrase(written: str, max_tokens: int = 6, participles: bool = False) -> Optional[tuple[str, str]]:
    """Any short noun phrase, taken as written, as (name, kind): "the gambling tycoon",
    "43", "nearly half of Kellard ferry riders", "Campaign aides"; None when
    the words are a clause, a fragment or a comparison."""
    if USER_HANDLE.fullmatch(written.strip()):
        return written.strip(), "person"   # "elmo666 wrote in a forum post", "@dril tweeted"
    toks = _drop_edges(tokens(written))
    low = [t.lower() for t in toks]
    if not toks or len(toks) > max_tokens:
        return None
    joined = next((i for i in range(len(low) - 2, 0, -1) if low[i] == "and" and low[i + 1] in _ONE_OF | {"the"}), None)
    if joined is not None and not toks[joined - 1][:1].isupper() and not _speaks(low[joined - 1]) \
            and (any(w in PREPOSITIONS for w in low[:joined - 1]) or (joined == 1 and not low[0].endswith("s"))):
        # "injuries to his hip and thigh and a hospital spokesman": the last words of the
        # clause before (a bare noun, or words after a preposition) are no one; the phrase
        # after "and" is the subject (but "the book and the movie", "she and another
        # reporter" are joint sources)
        return any_noun_phrase(" ".join(toks[joined + 1:]), max_tokens, participles)
    numeric = len(low) > 1 and (low[1][:1].isdigit() or low[1] in _NUMBER_WORDS or _FRACTION_WORD.fullmatch(low[1]) is not None)
    at_least = low[:2] == ["at", "least"] and len(low) > 2 and (low[2][:1].isdigit() or low[2] in _NUMBER_WORDS)
    if (low[0] in PREPOSITIONS and not (low[0] in ("about", "over", "under") and numeric) and not at_least) \
            or low[0] in SUBORDINATORS or (low[0] in _OBJECT_PRONOUNS and not _one_pointed_at(low)
                                           and not _possessive_her(low)) \
            or low[:2] == ["well", "as"]:
        return None  # but "About 4 in 10 say …" is a group
    if any(t in _CLAUSE_WORDS or t in ALL_PRONOUNS or t in _SPEECH_VERBS
           or not _WORDLIKE_START.match(t) for t in low):
        return None
    if toks == ["another"]:
        # "“…,” one person wrote. “…,” wrote another.": someone else, unnamed (not "Another"
        # opening a sentence or a label, "Another advised, “…”", which may be another sign)
        return toks[0], "person"
    if len(toks) == 1 and not (toks[0][:1].isdigit() or low[0] in _QUANTIFIERS or low[0].endswith("s")):
        return None
    if _adverb_then_verb(low) or _has_contracted_verb(low):
        return None
    if _is_predicate(toks):
        return None
    if low[-1] in PREPOSITIONS or low[-1] in {"out", "up", "off", "down"} or any(
            t in _COMMON_VERBS or (not participles and i > 0 and t.endswith("ed") and len(t) > 4
                                   and not (i == len(low) - 1 and t in _SURVEYED)
                                   and not (i < len(low) - 1 and (t in ADJECTIVAL_PARTICIPLES
                                                                  or t.endswith(_COMPOUND_ADJECTIVE_ENDS)))
                                   and not (t in SOURCE_PARTICIPLES and 0 < i < len(low) - 1
                                            and low[i + 1] in PREPOSITIONS))
            for i, t in enumerate(low)):
        return None  # "the meeting … took on": a clause, not a noun phrase
    if len(low) >= 2 and low[-2] in _DEGREE_WORDS and not low[-1].endswith("s") and not low[-1][:1].isdigit():
        return None  # "more sympathetic", "the less certain": a comparison, no one speaking
    if participles and len(toks) > 1 and low[-1].endswith("ed") and low[-1] not in _SURVEYED:
        # "a Harbor College poll released [on Tuesday]": the poll, without what was done to it
        toks, low = toks[:-1], low[:-1]
    head = low[-1]
    for i, t in enumerate(low):
        if i > 0 and t in PREPOSITIONS:
            head = low[i - 1]
            break
    if head in SOURCE_PARTICIPLES:
        head = low[low.index(head) - 1]   # "people briefed on …": the people
    if head in _SURVEYED and len(low) > 1:
        head = low[-2]   # "voters polled", "those surveyed": the people asked
    if low[0] in _ONE_OF and in_any(head, GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS) and not head.endswith("s") \
            and head not in _NOT_ONE or low[:2] == ["one", "of"] and low[-1].endswith("s") and low[-1] not in DOCUMENT_NOUNS:
        return _sentence_case(_join(toks)), "person"   # "a woman", "one employee", "one of the keepers": one person
    kind = "document" if head in DOCUMENT_NOUNS or head in _RECORDED_NOUNS else "organization" if head in ORG_WORDS \
        or head in ORG_DESCRIPTION_HEADS else (
        "group" if (head.endswith("s") and not head.endswith("ss")) or head in _COLLECTIVE_NOUNS
        or (toks[0][:1].isdigit() and not _AGE.fullmatch(toks[0]))   # (not "71-year-old diplomat": one person)
        or low[0] in _QUANTIFIERS or low[0] in {"those", "these"} or _A_SHARE.match(" ".join(low))
        or head in _SHARE_HEADS or _COUNT.fullmatch(head) else "person")   # ("another 27 percent": a share of people)
    return _sentence_case(_join(toks)), kind


def trailing_full_name(written: str) -> Optional[tuple[str, str]]:
    """"Ann Lee’s longtime confidant Dan Fisk" where only a speaker can stand: a
    full name (a known first name, then one to three capitalised words) after a noun
    the lexicon does not know as a title, as (name, role): the words before it are the role."""
    toks = tokens(written)
    for start in range(len(toks) - 2, 0, -1):
        run, before = toks[start:], toks[:start]
        if run[0].lower() in FIRST_NAMES and len(run) <= 4 and all(_is_cap(t) for t in run) \
                and len(before) <= 5 and before[-1].islower() and before[-1].isalpha() and len(before[-1]) > 3 \
                and not _is_org(run[1:]) and all(_modifier_word(t, i) for i, t in enumerate(before)):
            return _join(run), _join(before)
    return None


def _modifier_word(tok: str, at: int) -> bool:
    """A word that can stand in a role before a name: no verb, preposition or clause word
    ("Cruz constituent", "longtime confident"; not "when asked about")."""
    low = tok.lower()
    if at == 0 and low in ("the", "a", "an"):
        return True
    return not (low.endswith("ed") and low not in ADJECTIVAL_PARTICIPLES) and not in_any(
        low, PREPOSITIONS, DETERMINERS, IRREGULAR_PASTS, _FUNCTION_WORDS, _CLAUSE_WORDS, ALL_PRONOUNS) \
        and low not in ("about", "when", "while", "after", "before", "than", "as", "like", "and", "or", "but")
