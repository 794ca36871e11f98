"""Recipients: "Zhang told reporters that …", "she told the National Post he is …".

After a recipient cue ("told", "assured", …; `cues.RECIPIENT_CUES`) stands the
audience, then the report. The audience is no part of what was said; a news
organisation told something is the outlet the statement came by (its via).
"""
from __future__ import annotations

import re
from typing import Optional

from ..mentions import parse_mention
from .phrases import CLAUSE_IRREGULAR_PAST, CLAUSE_START, DESCRIPTIVE_APPOSITIVE, THAT
from .units import MASK

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (an outlet's programme counts as one: "told NBC's Today show the toll …", and so does its
# host, after the programme's title: "told “CBS This Morning” co-host Gayle King, “…”"; a pronoun opens
# the report, not the audience's name: "told a harbor meeting they are …")
RECIPIENT = re.compile(
    r"\s+(?P<recipient>(?:the\s+)?(?:reporters|journalists|lawmakers|supporters|the\s+press|the\s+media|"
    r"me|us|you|him|them|her(?!\s+(?!that\b)[a-z]+\s+(?:that|he|she|they|it|we|I|there)\b)|the\s+audience|the\s+crowd|the\s+committee|an?\s+(?:(?!(?:that|he|she|they|it|we|I|there)\b)\w+\s+){0,2}(?!(?:that|he|she|they|it|we|I|there)\b)\w+|"
    r"(?:the\s+)?(?:(?:[“\"][A-Z][^“”\"\x01]{0,40}[”\"]\s+)?(?P<employer>(?:[A-Z][\w&.\-]*(?:[’']s)?\s+){1,3})?(?:radio\s+|talk\s+show\s+)?"
    r"(?:co-host|host|anchor|moderator|interviewer|founder|editor|publisher|"
    r"correspondent|reporter|columnist)\s+(?=[A-Z]))?(?:[A-Z][\w’'&.\-]*\s*){1,5}(?:of\s+(?:[A-Z][\w’'&.\-]*\s*){1,3})?"
    r"(?:(?:show|program|programme|podcast|broadcast)\b\s*)?"
    # ("told WKH’s “Harbor Today” on Friday the mood was …": the outlet's programme)
    r"(?:(?<=[’']s\s)[“\"][A-Z][^“”\"\x01]{0,40}[”\"]\s*)?"
    # the body's people, when a report follows: "told FBI agents that …", "told Senate aides he …"
    r"(?:[a-z]{3,}s\b\s*(?=(?:that|he|she|they|it|we|I)\b))?|"
    r"(?:the|his|her|their)\s+[a-z]+(?:\s+(?!(?:as|when|while|because|if|since|until|after|before)\b)[a-z]+)?"
    r"(?=\s+(?:that|in|on|at|during|after|when|while|as|last|this)\b|\s*[,.:]|$|"
    r"\s+(?:he|she|they|it|we|I|there)\b|\s+the\s+[a-z]+\s+(?:is|are|was|were|will|would|had|has|have|could|can|"
    r"[a-z]{3,}ed|" + CLAUSE_IRREGULAR_PAST + r")\b)|"
    r"(?:(?!that\b)[a-z]+\s+){0,2}[a-z]{3,}s(?=\s+(?:that|he|she|they|it|we|I|there|at|in|on|during|outside|last|this|"
    r"yesterday|today|" + _DAYS + r")\b)))", )


# "the final number of deaths “looks more like 6,000”": a subject whose verb is quoted
_SUBJECT_THEN_QUOTED_VERB = re.compile(r"\s*(?:the|a|an|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,6}[“\"][a-z]+")
# After the audience, a determined noun, its present-tense verb and that verb's object:
# "told me her work for Mr. Reed makes her more patient"
_PRESENT_TENSE_CLAUSE = re.compile(r"\s+(?:the|his|her|their|its|our|my)\s+(?:[\w’'.\-]+\s+){1,5}?[a-z]{3,}(?<!ss)s\s+"
                                   r"(?:him|her|them|it|us|me|the|a|an|no|more|less|too|\d)\b")
# Where and when the audience was addressed: "at the rally on Friday", "in Nashua".
# (or when alone: "told The Star-Ledger last week she would …", "told Reuters on Tuesday")
_AUDIENCE_ADJUNCTS = re.compile(
    r"(?:\s+(?:at|in|on|during|after|before|outside|inside|near)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
    r"[\w’'\-]+(?:\s+[A-Z][\w’'\-]*)*"
    r"|\s+(?:(?:late\s+|early\s+|earlier\s+|later\s+)?(?:last|this|next)\s+(?:week|weekend|month|year|night|spring|"
    r"summer|fall|autumn|winter|" + _DAYS + r")|yesterday|today|tonight|" + _DAYS + r"(?:\s+(?:morning|afternoon|"
    r"evening|night))?)){1,3}")


# A "that" joined by a conjunction to what goes before it
_JOINED_THAT = re.compile(r"\s+(?:and|or|but)\s+that\b", re.I)
_INFINITIVE_OPENING = re.compile(r"(?:not\s+)?to\s")


def that_reach(rest: str, offset: int) -> int:
    """How far past ``offset`` a "that" opening the report may stand: 140 characters, and
    never past a semicolon ("told us the history of the port; we feared that …": the
    clause after it is the writer's), nor to a "that" joined to words before it ("told
    reporters the port would reopen and that no jobs …": the second of two reports; but
    "telling them to believe in themselves and that …": an order, then the report)."""
    semicolon = rest.find(";", offset, offset + 140)
    reach = semicolon if semicolon != -1 else offset + 140
    joined = _JOINED_THAT.search(rest, offset, reach)
    before = rest[offset:joined.start()].strip() if joined else ""
    return joined.start() if before and not _INFINITIVE_OPENING.match(before) else reach


def after_recipient(rest: str) -> Optional[int]:
    """Where the report begins in what follows "told": past its recipient ("told
    reporters that …", "told the National Post he is …"), or None when what follows
    is only the audience."""
    offset = 0
    m = RECIPIENT.match(rest)
    if m:
        # the blank after a capitalised recipient belongs to what follows:
        # "told the National Post he is …"
        offset = m.start("recipient") + len(m.group("recipient").rstrip())
        appositive = DESCRIPTIVE_APPOSITIVE.match(rest, offset)
        if appositive and m.group("recipient")[:1].isupper():
            offset = appositive.end()   # "told Gov. Roy Cooper, a Democrat, that …": who the recipient is
        # "told students at the rally on Friday she would …": where and when, then the report
        adjuncts = _AUDIENCE_ADJUNCTS.match(rest, offset)
        if adjuncts and CLAUSE_START.match(rest, adjuncts.end()):
            offset = adjuncts.end()
    # "told cheering supporters in Nashua on Monday": without "that", a quote or
    # a clause, what follows "told" is its audience, not a report
    if not (THAT.search(rest, offset, that_reach(rest, offset)) or MASK in rest
            or CLAUSE_START.match(rest, offset) or (m and _PRESENT_TENSE_CLAUSE.match(rest, offset))
            or rest[offset:].lstrip().startswith((":", ","))
            or _SUBJECT_THEN_QUOTED_VERB.match(rest, offset)
            or (m and m.group("recipient") == "you" and _DETERMINED_SUBJECT.match(rest, offset))):
        return None
    return offset


# "will tell you the quality of the driving, the cars, and the experience has declined": after
# the reader addressed, a determined noun opens the report however long its subject
_DETERMINED_SUBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|these|those|most|many|some|every|no)\s")


def recipient_outlet(tail: str) -> Optional[str]:
    """The news organisation a statement was told to ("told Reuters"): the outlet it came by."""
    m = RECIPIENT.match(tail)
    if m:
        recipient = m.group("recipient").rstrip(" .")
        if m.group("employer"):
            # "told NPR correspondent Steve Inskeep": the correspondent's outlet
            recipient = re.sub(r"[’']s$", "", m.group("employer").strip())
        who = parse_mention(recipient)
        if (who is None or who.kind != "organization") and " of " in recipient \
                and re.match(r"(?:[Tt]he\s+)?[A-Z]", recipient):
            who = parse_mention(recipient.split(" of ")[0])   # "The Star-Ledger of Newark": the paper
        if who and who.kind == "organization" and who.name \
                and who.name.split(" of ")[0].split()[-1].lower() not in _HEARING_BODIES:   # ("the Council of Europe")
            return who.name
    return None


# Bodies a statement is made before, not outlets it comes by: "told the court", "told the
# Senate Judiciary Committee", "told the inquiry"
_HEARING_BODIES = frozenset("""court courts committee subcommittee senate house congress parliament assembly council
commission board jury panel tribunal inquiry inquest hearing legislature caucus conference meeting""".split())
