"""Absolute phrases that report: "…, with 40 percent of riders saying …".

"with", a noun phrase and a participle cue make a report of the noun phrase's, inside
the writer's sentence ("The talks collapsed, with the union saying the offer was too
low and the company insisting that it could not pay more"). `absolute_subject` reads
that noun phrase from the words before the participle.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import IRREGULAR_PAST_ALTERNATION

_WITH_SUBJECT = re.compile(
    # a share, anywhere in the words: "…, with 40 percent of riders saying …"
    r"(?:^|\s)with\s+((?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+majority|most|many|"
    r"some|nearly|almost|about|just|only|more|fewer|roughly)\b)(?:[\w’'%\-]+\s+){0,6}[\w’'%\-]+)\s*$"
    # … or anyone, right after the comma: "The talks collapsed, with the union saying …"
    r"|^\s*with\s+((?:[\w’'%.\-]+\s+){0,5}[\w’'%.\-]+)\s*$", re.I)
# The second report of the phrase, joined by "and": "with the army saying …, and the charity firing back …"
_SECOND_SUBJECT = re.compile(r"^\s*with\s+[^;:]*?\s[a-z]{3,}ing\b[^;:]*\sand\s+((?:the|a|an|his|her|their|its|[A-Z])"
                             r"(?:[\w’'%.\-]*\s+){0,4}[\w’'%.\-]+)\s*$")


# What the participle of anyone's absolute phrase must report: "that", a quotation or a
# clause ("with signs denouncing the plan", "with writers adding quirks" report nothing)
_CLAUSE_AFTER = re.compile(r"\s+(?:back\s+)?(?:that\b|[\x01“\"]|(?:he|she|they|it|we|I|there)\b|"
                           r"(?:[\w’'%\-]+\s+){1,3}(?:is|are|was|were|will|would|had|has|have|could|should|can|may|"
                           r"might|must|[a-z]{2,}ed|" + IRREGULAR_PAST_ALTERNATION + r")\b)")


def absolute_subject(words: str, after: str) -> Optional[str]:
    """The noun phrase of an absolute phrase ending ``words`` (what stands before its
    participle cue, from the last comma; ``after`` is the text after the cue), or None."""
    m = _WITH_SUBJECT.search(words)
    if m and m.group(1):
        return m.group(1)   # (a share's report, whatever its shape: "with 30 percent saying no")
    if not _CLAUSE_AFTER.match(after):
        return None
    if m:
        return m.group(2)
    second = _SECOND_SUBJECT.match(words)
    return second.group(1) if second else None
