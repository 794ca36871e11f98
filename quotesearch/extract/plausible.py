"""The last check on what an attribution rule took for a speaker: a name or noun
phrase, not a function word, a date word, a participle's clause, a headline fragment,
a bare affiliation ("Republican") or a clipped title ("Sen"). `plausible_speaker` is
asked by the rules and the resolver alike; it reads the words only, never the article.
"""
from __future__ import annotations

import re
from typing import Optional

from .clauses import (
    HEADLINE_VERBS, _BARE_DETERMINERS, _CLAUSE_WORDS, _FUNCTION_WORDS, _LY_NOUNS, _MANNER_ADVERB, _SPEECH_VERBS,
    _is_participle,
)
from .lenient import _SURVEYED
from .lexicon import (
    ADJECTIVAL_PARTICIPLES, BARE_AFFILIATIONS, DEMONYMS, DETERMINERS, IRREGULAR_PASTS, NOT_NAME_WORDS,
    PERSON_PRONOUNS, PLACES, PREPOSITIONS, SOURCE_PARTICIPLES, SURNAME_DEMONYMS,
)
from .names import _PERSON_PARTICLES, first_name_then_name, is_place_tag
from .noun_phrases import _NUMBER_WORDS, people_of_a_trade

# Participles that describe a document or a people's state ("leaked emails", "undecided voters")
_DOCUMENT_PARTICIPLES = frozenset({"leaked", "released", "published", "obtained", "hacked", "signed", "sealed"})
# Quantifiers that stand for unnamed people ("Some said", "Another advised"): a speaker
# as written, never a person's name
_UNNAMED_SOME = frozenset({"some", "one", "another", "others", "many", "several", "few", "each", "both"})
_NOT_A_NAME_START = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december hours days weeks months years minutes
decades centuries seconds moments
yesterday today tomorrow tonight earlier later last next this that these those both either
neither said says told asked added noted once
behind beyond beside besides amid amidst despite throughout upon underneath alongside
see click watch subscribe listen visit download
here's there's here’s there’s
""".split())   # (a page's imperatives, "See live results here. Read the updates below:"; and the
# writer presenting something, "Here's a timeline showing how …")
# Past tenses that are no noun or adjective inside a speaker phrase ("left", "led" may be)
_PLAIN_PASTS = IRREGULAR_PASTS - {"left", "led", "held", "lost", "put", "kept", "built", "met", "won"}
# a verb that takes a to-infinitive, in the past ("tried to claw"; not "opposed to the deal",
# "connected to the campaign": descriptions), or in a present no noun shares ("wants to
# cement"; not "plans to", "hopes to")
_PAST_THEN_TO = re.compile(r"\s(?:tried|wanted|decided|refused|failed|managed|planned|attempted|hoped|needed|"
                           r"vowed|pledged|promised|threatened|declined|started|seemed|appeared|"
                           r"wants|tries|decides|refuses|fails|manages|attempts|seems|appears|intends)\s+to\s")
_EVENT_NOUNS = frozenset({"victory", "win", "defeat", "loss", "triumph", "upset", "comeback"})
# ("The fracas erupted … after X entered the race, vowing to …": the event vows nothing;
# but "media reports monitoring the incident" are reports)
_INCIDENT_NOUNS = frozenset({"fracas", "incident", "clash", "scuffle", "brawl", "spat", "feud", "uproar", "furor",
                             "furore", "kerfuffle", "showdown", "outburst", "confrontation", "episode", "controversy",
                             # ("The coronavirus pandemic has highlighted the importance of …": what happened shows,
                             # it does not report)
                             "pandemic", "epidemic", "outbreak", "crisis", "war", "recession", "downturn", "slowdown",
                             "shutdown", "lockdown", "disaster", "tragedy", "scandal", "storm", "hurricane", "drought",
                             "earthquake", "flood", "floods", "wildfire", "wildfires"})
# What a thing is called ("as its name suggests", "as the title implies"): the writer's
# figure of speech, no one's report
_LABEL_NOUNS = frozenset({"name", "names", "title", "nickname", "moniker", "label"})
_TIME_NOUNS = frozenset({"day", "night", "week", "month", "year", "morning", "evening", "afternoon", "weekend", "time"})
# Months that are first names too ("April Ryan", "May Lee", "August Wilson")
_MONTH_FIRST_NAMES = frozenset({"april", "may", "june", "august"})
_COURTESY_BEFORE_NAME = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Supt|Insp|Det|Cllr)\.?|Sgt\.)\s+[A-Z]")
# Words that may lead a number ("just 28 percent", "only half", "roughly one in five")
_QUANTITY_LEADS = frozenset({"about", "over", "under", "just", "only", "roughly", "nearly", "almost",
                             "some", "around", "fully", "barely", "precisely", "exactly"})
# A contraction opening a sentence ("I'm", "It's") and a timestamp run into a name ("23PMRubio")
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'](?:m|re|ve|ll|d|s|t)")
_DIGITS_GLUED = re.compile(r"\d+(?:[A-Za-z]{3,}|[AaPp][Mm]\b)")   # ("39PM Donald Trump": a stamp before it)
# A title word alone, with or without its period ("Sen", "Gov."): what a cut left of "Sen. X"
_CLIPPED_TITLE = re.compile(r"(?:Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Adm|Mr|Mrs|Ms|Dr|Prof|Rev)\.?")



_PEOPLE_WHO = re.compile(r"(?:others|those)\s+who\s+\w", re.I)


# Words that deny anyone spoke: "none has said …", "nobody claims …", "neither has said …"
_NOBODY = frozenset({"none", "nobody", "noone", "neither", "nothing"})
# (not "another": "One aide called it a mistake, and another said …" is one more of them)
_DETERMINERS_ALONE = frozenset({"each", "every", "either", "any", "such", "same", "much"})


# A share named by its fraction: "a quarter", "two-thirds", "half"
_FRACTION = re.compile(r"half|quarter|third|fifth|tenth|[a-z]+-(?:thirds?|quarters?|fourths?|fifths?|tenths?)")


def plausible_speaker(name: Optional[str], written: Optional[str] = None) -> bool:
    """A last check on what a rule took for a speaker: not a function word, a date word
    or a participle ("Speaking", "Having", "Friday", "the"). ``written`` is the phrase
    as it stood: "Mr. Sperling" is a surname whatever it ends in."""
    if not name or not name.split():
        return False
    if name.lower().split()[0] in _NOBODY or name.lower().startswith("no one"):
        return False   # "none has said they want a war": a report nobody made
    if name.lower() in _DETERMINERS_ALONE:
        return False   # "Each ferry season, there's a worry …: “…”": a determiner, its noun left behind
    if _PEOPLE_WHO.match(name):
        return True   # "others who have tracked his career": people described by what they did
    if written and _COURTESY_BEFORE_NAME.match(written) and name[:1].isupper() \
            and not any(w.lower() in _CLAUSE_WORDS for w in name.split()) \
            and all(w[:1].isupper() or w in _PERSON_PARTICLES for w in name.split()):
        return True   # (but "Mrs. Lee rowed most of the old": a clause; the checks below read it)
    first = name.split()[0].lower().strip("’'")
    second = name.split()[1].lower() if len(name.split()) > 1 else ""
    if first in _QUANTITY_LEADS and (second[:1].isdigit() or second in _NUMBER_WORDS
                                     or any(_FRACTION.fullmatch(w.lower()) for w in name.split()[1:4])):
        return True  # "About 9 percent", "over half", "Just 28 percent of voters", "Just over a quarter"
    if first == "united" and len(name.split()) > 1 and name.split()[-1][:1].isupper():
        return True  # "United Nations", "United Steelworkers"
    if first in _MONTH_FIRST_NAMES and second[:1].isalpha() and name.split()[1][:1].isupper():
        pass  # "April Ryan", "June Smith": a first name, not a month
    elif first in _FUNCTION_WORDS or first in _NOT_A_NAME_START:
        # "the envoy", "those surveyed", "both candidates" name someone; "Friday" does not
        return len(name.split()) > 1 and first in DETERMINERS | {"those", "these", "both", "all"} \
            and second not in DETERMINERS
    words = name.split()
    if len(words) > 1 and words[0].islower() and first.endswith("ed") and first not in ADJECTIVAL_PARTICIPLES \
            and not first.startswith("un") and first not in _DOCUMENT_PARTICIPLES:
        return False  # "targeted by a boycott call …", "egged on by suckers …": a participle's clause
    if any(w.islower() and len(w) > 4 and w.endswith("ed") and w not in ADJECTIVAL_PARTICIPLES and w not in _SURVEYED
           and w != "based" and not (w in SOURCE_PARTICIPLES and i + 1 < len(words) and words[i + 1].lower() in PREPOSITIONS)
           and (words[i - 1][:1].isupper() or words[i - 1].lower() in PERSON_PRONOUNS) and i < len(words) - 1
           for i, w in enumerate(words) if i):
        return False  # "she issued a statement", "Mr. Fisk helped write a memo": a clause
    if any(w.lower() in _SPEECH_VERBS or (w.lower() in _CLAUSE_WORDS and not first_name_then_name(words, i))
           or (i and w.lower() in HEADLINE_VERBS) for i, w in enumerate(words)) or words[-1].endswith(("’s", "'s")):
        return False  # "Nemesis Just Said", "Glenn Beck Blasts Drudge" (headline fragments), "Editor’s"
    if len(words) == 1 and (first in _BARE_DETERMINERS or (
            first.endswith("ing") and first not in PLACES and (words[0][:1].islower() or _is_participle(first)))):
        return False  # "the", "Speaking" (but "Several", "Many" are groups, "Manning" a name)
    if first.endswith("ing") and (words[0][:1].islower() or (len(words) > 1 and words[1][:1].islower())) \
            and not people_of_a_trade(words):
        return False  # "discussing a controversial", "Speaking to reporters"
    if any(w in _PLAIN_PASTS for w in words[1:-1]) or _PAST_THEN_TO.search(name):
        return False  # "the group of five tried to claw … and Mr. DeSantis took turns": a clause
    if len(words) > 2 and words[0].lower() == "the" and words[1] in _TIME_NOUNS and words[2] in ("before", "after", "when"):
        return False  # "On December 6, the day before Trump attacked …": when, not who
    if words[-1] in _EVENT_NOUNS or (len(words) <= 3 and (words[-1] in _INCIDENT_NOUNS or words[-1] in _LABEL_NOUNS)):
        return False  # "Sanders's victory, which Clinton conceded, confirmed …": an event speaks for nobody
    if len(words) == 1 and (first in BARE_AFFILIATIONS or (first in NOT_NAME_WORDS and first not in _UNNAMED_SOME)
                            or (first in DEMONYMS and first not in SURNAME_DEMONYMS)
                            or is_place_tag(words[0])
                            or _CLIPPED_TITLE.fullmatch(words[0])):
        return False  # "Republican", "Israeli", "Neither", "One", "Md.", "R-Ky.", "Sen": nobody's name
    last = words[-1].lower()
    if len(words) > 1 and (last in PREPOSITIONS or last in _BARE_DETERMINERS or (
            _MANNER_ADVERB.fullmatch(words[-1]) and last not in _LY_NOUNS)):
        return False  # "Debate on the", "the newly": a fragment, not a noun phrase
    if _DIGITS_GLUED.match(words[0]):
        return False  # "23PMRubio": a timestamp run into a name
    if len(words) == 1 and _CONTRACTION.fullmatch(words[0]):
        return False  # "I'm", "It's": a contraction opening a sentence
    return True
