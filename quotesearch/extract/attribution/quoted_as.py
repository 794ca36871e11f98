"""Quoted as saying: "Reuters quoted a senior official as saying the talks had failed",
"“…,” local newspapers quote Salinas as saying."

The one quoted speaks; the outlet that quoted them relays (`via`). `cues` drops "quoted"
as a cue when "X as saying" follows it (`cues.QUOTED_AS_AFTER`), so the participle is the
cue; this module reads the rest: the subject phrase of the participle is the one quoted
(`quoted_object`), the content of a closing attribution ends before the outlet
(`outlet_start`), and the outlet is the attribution's `via` (`outlet_quoting`).
"""
from __future__ import annotations

import re
from typing import Optional

from ..mentions import parse_mention
from .units import Attribution, Unit

_QUOTING = r"(?:quoted|quotes|quote|quoting)"
# Who an outlet quoted, before "as" and the participle: "Reuters quoted the minister as"
_QUOTED_OBJECT_AS = re.compile(r"(?P<relay>[^,;:]*\b" + _QUOTING + r")(?P<np>\s+[^;:]+?)\s+as\s*$")
# The outlet and its verb right before the subject of a closing attribution: "…, Reuters quoted"
_OUTLET_BEFORE_SUBJECT = re.compile(r"(?<=[,\x01])[^,;:\x01]*\b" + _QUOTING + r"$")
# The outlet's words before its verb, within the clause: "The Interfax news agency quoted "
_OUTLET_WORDS = re.compile(r"(?P<outlet>[^,;:.!?“”\"\x01]{1,80}?)\s+" + _QUOTING + r"\s+$")


# Who a writer quotes in the paragraph's last words, a colon ending it: "Lee quotes former
# council adviser Nora Vance:"; the next paragraph's quotation is theirs
_QUOTED_BEFORE_COLON = re.compile(r"\b" + _QUOTING + r"\s+(?P<np>[^;:.!?“”\"\x01]{2,90}?)\s*:\s*$")


def quoted_before_colon(paragraph: str) -> Optional[tuple[str, str, Optional[str]]]:
    """The one a paragraph ending "X quotes Y:" introduces: (name, kind, role) of Y."""
    found = _QUOTED_BEFORE_COLON.search(paragraph[-200:])
    who = parse_mention(found.group("np"), lenient=True) if found else None
    if who is None or not who.name or who.pronoun is not None:
        return None
    return who.name, who.kind, who.role


def quoted_object(segment: str) -> str:
    """The words before a participle cue with "X quoted … as" blanked to the one quoted
    ("Reuters quoted the minister as" -> "                the minister"), keeping offsets."""
    return _QUOTED_OBJECT_AS.sub(lambda m: " " * len(m.group("relay")) + m.group("np"), segment)


def outlet_start(att: Attribution, masked: str, unit: Unit) -> int:
    """Where the subject of a speaker-first attribution begins, with the outlet that quoted
    the speaker before it ("…, Reuters quoted the minister as saying."): content before
    the attribution ends there."""
    before = masked[:att.subject[0] - unit.start].rstrip()
    relay = _OUTLET_BEFORE_SUBJECT.search(before) if att.cue.text.lower().endswith("ing") else None
    return unit.start + relay.start() if relay else att.subject[0]


def outlet_quoting(att: Attribution, before: str) -> Optional[str]:
    """The outlet or group that quoted the speaker, read from the words ``before`` the
    attribution ("Reuters quoted the minister as saying" -> "Reuters"); else None."""
    quoting = _OUTLET_WORDS.search(before) if att.cue.text.lower().endswith("ing") else None
    if quoting is None:
        return None
    words = quoting.group("outlet").split()
    for start in range(max(0, len(words) - 6), len(words)):
        who = parse_mention(" ".join(words[start:]), lenient=True)
        if who and who.name and who.pronoun is None and who.kind in ("organization", "group"):
            return who.name
    return None
