"""Cues that are no attribution of the writer's.

A cue word may stand inside the speaker's own quoted words, in an aside's or an object
relative clause's verb, or be a participle that describes a noun ("derided by some
critics", "described as …"): `reports_nothing` tells the reader to pass over it; and an
attribution whose subject phrase holds an earlier cue is that cue's report
(`named_past_a_cue`).
"""
from __future__ import annotations

import re

from ..cues import CueMatch
from ..lexicon import IRREGULAR_PAST_ALTERNATION
from .closing import attributed_after_its_close
from .filters import ADJUNCTS_TO_THE_END, OBJECT_RELATIVE_BEFORE, REDUCED_PASSIVE, WHAT_OBJECT_AFTER, WHAT_SUBJECT_BEFORE
from .participles import aside_participle
from .phrases import TITLE_CASE_SHARE, WHO_AUXILIARIES, WHO_BEFORE, cue_after_a_comma
from .units import Attribution, Unit, span_end

# A report after the verb: "that" (where or when it was said may come first: "who said on
# the radio that …"), a pronoun, a quotation, a subject and its verb ("who said
# business leaders often fail …" has no auxiliary and stays unread)
REPORT_FOLLOWS = re.compile(r"\s+(?:(?:(?:in|on|at|during|last|earlier|this)\s+[^,;:.!?\x01“”\"]{1,40}?\s+)?that\b|(?:he|she|they|it|we|I|there)\b|[\x01“\"]|"
                             r"(?:(?:the|a|an|his|her|their|its|this|these|those|some|many|most|all)\s+)?"
                             r"(?:[\w’'\-]+\s+){0,2}\w+\s+(?:[a-z]+ly\s+|not\s+)?"
                             r"(?:is|are|was|were|will|would|had|has|have|could|should|can|may|might|must)\b)")
# After a speech verb, a name and its past tense report too ("who said Tom Hale struck her car in 2019")
_NAME_AND_PAST_FOLLOW = re.compile(r"\s+(?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+\s+(?:[a-z]{2,}ed|"
                                   + IRREGULAR_PAST_ALTERNATION + r")\s+[a-z]")
_BY_AGENT = re.compile(r"\s+by\s")
# An aside's cue with only a topic, then the main clause's verb: "Ryan Suter, who joked about
# Parise's sticks, could see …" (the aside says what was talked about, nothing reported;
# but "who said at a hearing that …, recalled": where it was said, then its clause)
_ASIDE_WHO = re.compile(r",\s*who\s+" + WHO_AUXILIARIES + "$")
_TOPIC_THEN_MAIN_VERB = re.compile(r"\s+(?:about|of|over|on|at)\s+(?!(?:[\w’'\-]+\s+){1,3}that\s)[^,;:.!?\x01“”\"]{1,80},\s+"
                                   r"(?:also\s+|later\s+|[a-z]+ly\s+)?"
                                   r"(?:could|would|can|will|was|were|is|are|has|had|have|did|does|[a-z]{3,}ed)\b")
# A comparison or a supposition before a short subject and the cue: "more complicated than
# McKinley suggests", "as if I had asked him something": nothing is reported
# (not a share: "more than 3 in 5 said")
_COMPARED_OR_SUPPOSED = re.compile(r"\b(?:than|as\s+if|as\s+though)\s+(?!\d|(?:one|two|three|four|five|six|seven|eight|"
                                   r"nine|ten|half|a\s+(?:third|quarter|dozen|majority))\b)"
                                   r"(?:(?!(?:after|before|since|when|ago)\b)[\w’'.\-]+\s+){1,4}$", re.I)


def reports_nothing(cue: CueMatch, cue_rel: CueMatch, later_cues: list[CueMatch], masked: str, unit: Unit,
                    text: str) -> bool:
    """Whether ``cue`` (``cue_rel`` in the unit's ``masked`` text) is no attribution:
    ``later_cues`` are the unit's cues after it."""
    if any(f.start <= cue.start and cue.end <= f.end and (
            text[f.start:cue.start].strip() or attributed_after_its_close(text, span_end(f)))
           for f in unit.fragments):
        return True  # "warned that while ''the harbor toll might seem to …,''": the speaker's own
        # quoted words, not an attribution of the writer's (but the quotation may open on
        # the cue: 'Both leaders "stressed the importance of …," per the readout'; not when
        # its own attribution closes it: 'Border agents "say you've got to …," he said')
    if (WHO_BEFORE.search(masked, max(0, cue_rel.start - 20), cue_rel.start) and not REPORT_FOLLOWS.match(masked, cue_rel.end)
            and not (cue.kind == "speech" and _NAME_AND_PAST_FOLLOW.match(masked, cue_rel.end))
            or aside_participle(cue, masked, cue_rel.start)) and cue_after_a_comma(masked, later_cues):
        return True  # "Ana Silva, a resident who tweeted about it, said", "Ann Lee, recounting what …, said": the
        # aside's verb reports nothing ("Barkley, who said he votes …, said …" reports twice)
    if (OBJECT_RELATIVE_BEFORE.search(masked, max(0, cue_rel.start - 40), cue_rel.start) or (
            WHAT_SUBJECT_BEFORE.search(masked, max(0, cue_rel.start - 40), cue_rel.start)
            and WHAT_OBJECT_AFTER.match(masked, cue_rel.end))) and (
            masked[cue_rel.end:].lstrip().startswith(",") or cue_after_a_comma(masked, later_cues)
            or ADJUNCTS_TO_THE_END.match(masked, cue_rel.end)):
        return True  # "McDaniel, whom Ramaswamy called on to resign, said …", "legal troubles,
        # which he denies, …": what the verb takes is the noun before; the sentence goes on
    if cue.kind == "object" and _BY_AGENT.match(masked, cue_rel.end) and cue.text.lower().endswith("ed"):
        return True  # "its messaging, launched in June and derided by some critics, has …": a
        # participle of blame or praise with its agent describes what it blames (a
        # closing "…, a USA TODAY analysis shows" claims the sentence round it)
    if _ASIDE_WHO.search(masked, max(0, cue_rel.start - 20), cue_rel.start) \
            and _TOPIC_THEN_MAIN_VERB.match(masked, cue_rel.end):
        return True  # "Ryan Suter, who joked about Parise's sticks, could see …": no report
    if _COMPARED_OR_SUPPOSED.search(masked, max(0, cue_rel.start - 60), cue_rel.start) \
            and not REPORT_FOLLOWS.match(masked, cue_rel.end):
        return True  # "It's more complicated than McKinley suggests, but he …": no report (but
        # "less credit than her aides say she deserves" reports what they say)
    if _capitalised_inside_a_sentence(masked, cue_rel):
        return True  # "a Murder, She Wrote crossover": a title's word in the writer's sentence
    if REDUCED_PASSIVE.match(masked, cue_rel.start) and masked[:cue_rel.start].rstrip().endswith(","):
        return True  # "Mr. Ortiz, described as one of Kellard's ''ablest pilots …''": he is described
    return False


def named_past_a_cue(att: Attribution, earlier: list[Attribution], text: str) -> bool:
    """Whether the subject phrase of ``att`` holds the cue of an earlier attribution and
    names its speaker only past that cue: "Mr. Hunt said Mr. Ruiz had told party leaders
    that …" is Hunt's report, its "told" no attribution of Ruiz's (but "Fisk, who said
    the ferry deal was sound, said …" names Fisk first)."""
    written = att.mention.text.strip()
    at = text.find(written, att.subject[0], att.subject[1] + 1) if written else -1
    if at == -1:
        return False   # (the phrase read, not the span around it: "Republicans who say" after "offered")
    for prev in earlier:
        # (a capitalised cue inside the phrase is a name's word: "Super Value revealed")
        if at <= prev.cue.start < at + len(written) and prev.cue.text[:1].islower() and (
                not att.mention.name or text.find(att.mention.name, at, prev.cue.start) == -1):
            return True
    return False


# A word before the cue in the same sentence: not its start, a quotation's end or a label's colon
_MID_SENTENCE = re.compile(r"[\w,]\s+(?:[A-Z][\w’'\-]*\s+){0,3}$")


def _capitalised_inside_a_sentence(masked: str, cue_rel: CueMatch) -> bool:
    """A capitalised cue word after the start of a sentence that is not in title case: a
    word of a title or a name ("Murder, She Wrote"), no verb of the writer's."""
    if not cue_rel.text[:1].isupper() or cue_rel.text.lower().startswith("tweet") \
            or not _MID_SENTENCE.search(masked, 0, cue_rel.start):
        return False   # (a platform's verb keeps its capital in some pages: "Ann Lee Tweeted that …")
    words = [w for w in re.split(r"[\s\x01]+", masked) if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) < TITLE_CASE_SHARE * len(words)
