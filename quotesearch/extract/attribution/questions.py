"""Questions: "Doe was asked what happened", "When asked whether he would run, Rubio …".

A question put by someone the sentence does not name ("Asked why he quit, Reed said
…") is no quotation: nobody is known to have said it, so it only bounds the answer,
which is the subject's, not the asker's.
Questions are reported with "whether", "if" or a wh-word, or an infinitive of
what someone was asked to do.
"""
from __future__ import annotations

import re
from typing import Optional

from ..cues import CueMatch
from ..mentions import Mention, parse_mention
from .units import Attribution, Unit

# Questions are reported with "whether", "if" or a wh-word: "asked whether candidates …"
QUESTION_START = re.compile(
    r"\s+(?:(?:\w+\s+){0,3}(?:whether|if|how|why|what|who|whom|when|where|which)\b|"
    # whom it asks, then what: "asked the Kellard dock clerk to delete …", "asked a
    # county judge to halt …"
    r"(?:him|her|them|us|me|(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*|"
    r"(?:the|his|her|their|its|our|a|an|all|both|several|other|fellow)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+|"
    r"[a-z]{3,}s)\s+(?:not\s+)?to\s)")
# The question itself, not a request: "asked Obama what he thought …" (a verb inside it is its own)
WH_QUESTION_START = re.compile(r"\s+(?:\w+\s+){0,3}(?:whether|if|how|why|what|who|whom|when|where|which)\b")
ASKING = frozenset({"asked", "asking", "asks", "ask", "urged", "urging", "urge", "urges",
                    "questioned", "questions", "questioning"})
# "was asked", "when asked": a question put by someone the sentence does not name
_UNNAMED_ASKER = re.compile(r"\b(?:was|were|been|being|when|if|after|once)\s+(?:\w+ly\s+)?$", re.I)
_ASKED_OPENING = re.compile(r"\s*(?:(?:when|if|after|once|while)\s+)?(?:he\s+was\s+|she\s+was\s+)?[Aa]$|"
                            r"\s*(?:(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce)\s+)?[Aa]sked\b", re.I)


# "asked by NBC’s Matt Lauer whether …", "asked by Ingraham on Thursday whether …": the asker
_ASKED_BY = re.compile(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
                       r"(?=\s+(?:whether|if|how|why|what|when|where|which)\s)")


def _named_asker(cue: CueMatch, cue_rel: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"Asked by Tom Reed whether she had rehearsed, she said …", "Doe was asked by
    Ann Lee whether …": the asker is named; the question is the asker's report."""
    by = _ASKED_BY.match(masked, cue_rel.end)
    asker = parse_mention(by.group(1)) if by else None
    if asker is None or not asker.name or asker.kind not in ("person", "organization"):
        return None
    start = unit.start + by.start(1)
    asked_by = CueMatch(cue.start, unit.start + by.end(), cue.text, cue.kind)   # (what follows the asker is asked)
    att = Attribution(asked_by, asker, (start, start + len(by.group(1))), True, put_question=True)
    comma = masked.find(",", by.end())
    if comma != -1:
        att.content_end = unit.start + comma
    return att


def question_after_subject(cue: CueMatch, cue_rel: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"Doe was asked what happened …", "…, she said when asked which …": the
    question is reported, its asker unnamed (or named: "was asked by Ann Lee whether …")."""
    if not (cue.lemma_form == "asked" and _UNNAMED_ASKER.search(masked, 0, cue_rel.start)
            and not _ASKED_OPENING.match(masked, 0, cue_rel.start + 1)):
        return None
    named = _named_asker(cue, cue_rel, masked, unit)
    if named is not None:
        return named
    if not QUESTION_START.match(masked, cue_rel.end):
        return None
    return _unnamed_question(cue, masked.find(",", cue_rel.end), unit)


def question_opening(cue: CueMatch, cue_rel: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"When asked whether he would run, Rubio …": the question, its asker unnamed."""
    if not (cue.lemma_form == "asked" and _ASKED_OPENING.match(masked, 0, cue_rel.start + 1)):
        return None
    named = _named_asker(cue, cue_rel, masked, unit)
    if named is not None:
        return named
    comma = masked.find(",", cue_rel.end)
    if comma != -1 and QUESTION_START.match(masked, cue_rel.end):
        return _unnamed_question(cue, comma, unit)
    return None


def _unnamed_question(cue: CueMatch, comma: int, unit: Unit) -> Attribution:
    """The question an unnamed asker put, up to the comma at ``comma`` (unit-relative; -1
    for none): it bounds what follows, and an unnamed asker's words are no quotation."""
    att = Attribution(cue, Mention(text="asked", pronoun="who", kind="person"), (cue.start, cue.start), True)
    if comma != -1:
        att.content_end = unit.start + comma
    att.relay = True
    return att


def is_unnamed_asker(att: Attribution) -> bool:
    """The attribution of a question whose asker the sentence does not name."""
    return att.mention.pronoun == "who" and att.mention.text == "asked"
