"""Passive reports whose speaker is the agent: "It has been accused by the US and its
allies of aiding Russia's war effort", "The plan was described by economists as
“reckless”". The agent after "by" is the speaker; the report follows its "of", "as"
or "for". `cues.find_cues` marks these cues with the kind "passive"; the reader
(`reader`) asks `passive_agent` for the speaker and `passive_content_start` for
where the report begins.
"""
from __future__ import annotations

import re
from typing import Optional

from ..cues import CueMatch
from ..mentions import parse_mention
from .units import Attribution, Unit

# Passive verbs that report when an agent follows (`cues._PASSIVE_WITH_AGENT`), and the
# word that opens what they report
PASSIVE_REPORTS = {
    "accused": "of", "criticized": "for", "criticised": "for", "praised": "for", "blamed": "for",
    "condemned": "for", "described": "as",
    "told": "that",   # "Students were told by school administrators that …"
}
# "by the US and its allies of": the agent, up to the word that opens the report
_AGENT = re.compile(r"\s+by\s+((?:(?!of\b|as\b|for\b|to\b|that\b)[^\s,;:.]+\s+){0,8}?(?:[^\s,;:.]+))"
                    r"(?=\s+(?:of|as|for|to|that)\b|\s*[“\"\x01])")


# ", parents said", ", said Ann Lee": a closing attribution after the passive, whose report holds it
_CLOSING_AFTER = re.compile(r",\s+(?:(?:[\w’'.\-]+\s+){1,4})?$")


def inside_a_closed_report(masked: str, later_cues: list[CueMatch]) -> bool:
    """Whether a speech cue after the passive closes the sentence's report, the passive
    inside it ("Students were told by teachers that …, parents said": the parents')."""
    return any(c.kind == "speech" and _CLOSING_AFTER.search(masked, max(0, c.start - 60), c.start) for c in later_cues)


def passive_agent(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """The agent of a passive report, as an attribution whose subject is the agent."""
    rel = cue.end - unit.start
    m = _AGENT.match(masked, rel)
    if not m:
        return None
    mention = parse_mention(m.group(1), lenient=True)
    if mention is None or mention.pronoun:
        return None
    start = unit.start + m.start(1)
    return Attribution(cue, mention, (start, start + len(m.group(1))), True)


def passive_content_start(cue: CueMatch, rest: str) -> Optional[int]:
    """Where the report starts in ``rest`` (the text after the agent): past the word
    the verb takes ("of aiding …", "as “reckless”"), or None when it takes none here."""
    word = PASSIVE_REPORTS.get(cue.lemma_form)
    if word is None:
        return None
    m = re.match(r"\s*" + re.escape(word) + r"\s+", rest)
    return m.end() if m else None
