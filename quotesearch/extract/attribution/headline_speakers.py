"""Headline speakers: which of a headline's reports stand, and who speaks them.

A headline yields only reports whose speaker it names, and that the story bears out
(`filters.names_speaker`, `filters.story_bears_out`).

Headlines name a speaker by what they are, without an article ("…, Pakistani envoy
says", "Harbor chair dismisses …"); the story then names the person ("Pakistani
Ambassador to Azerbaijan Tom Reed told …"). When the story gives exactly one
person a role the description fits, the headline's quotation is that person's; else
the description stays as the headline wrote it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..mentions import Mention
from .filters import names_speaker, story_bears_out
from .units import Attribution

if TYPE_CHECKING:
    from ..speakers import SpeakerResolver


def name_described_speaker(resolver: SpeakerResolver, att: Attribution) -> None:
    """Give ``att`` (read in a headline) the person its description stands for, if any."""
    written = att.mention.name
    if not written or att.mention.kind != "person" or att.mention.pronoun or att.speaker != written \
            or not written.split()[-1].islower():
        return
    words = tuple(w.lower() for w in written.split())
    resolved = resolver.resolve(Mention(text=written, description=words, kind="person"), att.cue.start)
    if resolved is not None and resolved[1] == "person" and resolved[0] != written \
            and resolved[0].split()[-1][:1].isupper() and not resolved[0].lower().startswith("the "):
        att.speaker, att.kind, att.role = resolved


def headline_reports(resolver: SpeakerResolver, text: str, start: int, end: int, found: list) -> list:
    """The reports ``found`` in the headline ``text[start:end]`` that stand, each
    (start, end, attribution, kind), their described speakers named by the story."""
    for report in found:
        name_described_speaker(resolver, report[2])
    return [report for report in found if names_speaker(report[2].mention)
            and story_bears_out(text, start, end, report[2])]
