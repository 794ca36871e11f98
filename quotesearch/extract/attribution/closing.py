"""Closing attributions: "“Q,” Zhang said.", "C, said Zhang, the ambassador.".

An attribution after its content closes it. With the subject before the cue
("…, Zhang said") the subject is found like any other (`opening.subject_left`)
and `attribution_closes` tells that it follows its content; with the subject to
the right of an invertible cue ("…, said Zhang in a statement") `subject_right`
reads the speaker phrase. An inverted attribution reports nothing after it but
the second half of a split report ("…, said Zhang, and C2").
"""
from __future__ import annotations

import re
from typing import Optional

from ..cues import VOICE_ONLY, CueMatch
from ..lexicon import IRREGULAR_PAST_ALTERNATION
from ..mentions import parse_mention
from ..text import count_words
from .questions import ASKING
from .phrases import ABBREVIATION_DOT, ADJUNCT_START, AUXILIARY_OR_PAST, HOW_MUCH_ONLY, SPLIT_AND, circumstance_start
from .as_clause import as_clause_start
from .introduced import introduced_slot
from .quoted_as import outlet_start
from .units import MASK, Attribution, Unit

# The speaker phrase after an inverted cue: up to the sentence's end, a quotation,
# a comma that goes on with the report (", adding", ", and", ", “") or the dash closing
# an aside ("… the visionary—“…,” says Bill Polian—and …")
_SPEAKER_PHRASE = re.compile(
    r"\s+([^.;:!?\x01]*?)(?=\s*(?:[.;:!?\x01—]|\s[-–]{1,2}\s|,\s*(?:adding|saying|noting|and|but|while|whereas|“|\"|\x01)|$))")


# "A spokesperson for Sen. Harris, D-California, said her office is working …": a subject
# and its verb after the cue make a reported clause, not an inverted speaker
_CLAUSE_AFTER_CUE = re.compile(r"\s+(?:(?!(?:who|whom|whose|which|that)\b)[\w’'\-]+\s+){1,7}?"
                               r"(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might)\s+[a-z]"
                               # "…, said the US policy change paved the way for …": a determined
                               # noun, its verb in the past and the verb's object
                               r"|\s+(?:the|a|an|this|his|her|their|its)\s+(?:(?!(?:who|whom|whose|which|that)\b)[\w’'\-]+\s+)"
                               r"{1,5}?(?:[a-z]{2,}ed|" + IRREGULAR_PAST_ALTERNATION + r")"
                               r"\s+(?:the|a|an|that|it|its|their|his|her|this|these|those)\s")


# (not a demonstrative and its noun: "The bridge, said that official, is unsafe")
_THAT_AFTER_CUE = re.compile(r"\s+that\s+(?![a-z]+\s*[,.])")
# What follows "asked" when someone was asked something: no asker named after it
_WHAT_IT_WAS_ABOUT = re.compile(r"\s+(?:about|whether|if|how|why|what|when|where|to)\b")


# A share of a group, before the "of" that names the group ("one of the keepers")
_PARTITIVE_HEAD = re.compile(r"(?:one|some|many|each|several|most|all|few|none|a\s+few|\d+|two|three|four|five)", re.I)


def subject_right(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"…, said Zhang, the ambassador": the speaker phrase right of an inverted cue."""
    rel = cue.end - unit.start
    if _CLAUSE_AFTER_CUE.match(masked, rel) or (cue.lemma_form in ASKING and _WHAT_IT_WAS_ABOUT.match(masked, rel)) \
            or _THAT_AFTER_CUE.match(masked, rel):
        return None   # (", asked about the ferry closures, had said …": what was asked, no one asking;
        # "…, the harbor board, says that Nora Vance, who …, has lost …": "that" opens a report, no speaker)
    # the periods of "Sen." or "J." do not end the speaker phrase
    right = ABBREVIATION_DOT.sub(lambda d: d.group(0)[:-1] + "\x02", masked[rel:])
    m = _SPEAKER_PHRASE.match(right)
    if not m:
        return None
    phrase = masked[rel + m.start(1):rel + m.end(1)]
    if cue.lemma_form in ASKING and _INFINITIVE_IN_PHRASE.search(_BEFORE_AN_ASIDE.split(phrase, 1)[0]):
        return None   # "…, asked the council to delay the vote": whom it asked, and what
    # "…, said Zhang in a statement": the subject stops at an adjunct
    cut = ADJUNCT_START.search(" " + phrase)
    while cut and cut.start() < len(phrase) and not (" " + phrase)[cut.start()].isspace():
        # an adjunct starts at a word: "in" inside "Gavin" is no adjunct
        cut = ADJUNCT_START.search(" " + phrase, cut.start() + 1)
    if cut and _PARTITIVE_HEAD.fullmatch(phrase[:cut.start()].strip()):
        cut = None   # "…, said one of the keepers who cared for her": one of them, not "one"
    first = phrase.split(",")[0] if "," in phrase else None   # "the strategist X, a longtime ally"
    participle = _PARTICIPLE_IN_SPEAKER.search(phrase)
    # "…, says a report highlighting the “steep rise …”": the report, not what it highlights
    before_participle = phrase[:participle.start()] if participle else None
    relative = _RELATIVE_IN_SPEAKER.search(phrase)
    # "…,” said a veteran party strategist who is not aligned with any campaign"
    before_relative = phrase[:relative.start()] if relative else None
    subordinate = _SUBORDINATE_IN_SPEAKER.search(phrase)
    # "…, warns Director Maria Ostrander as she urged councils to act": the clause after is hers
    before_subordinate = phrase[:subordinate.start()] if subordinate and _CAPITALISED_WORD.search(
        phrase[:subordinate.start()]) else None   # (not "said the days when …": no speaker there)
    circumstance = circumstance_start(phrase.split(",")[0])
    resumed = _PREDICATE_RESUMES.match(phrase, len(first)) if first else None
    if resumed:
        # "This campaign, said Sunshine, is different": the sentence's own verb after the
        # name (and its aside); the attribution interrupts the report
        phrase = phrase[:resumed.start("verb")].rstrip(" ,")
    elif first and _subject_waits_for_predicate(masked[:cue.start - unit.start]):
        past = _PAST_PREDICATE_RESUMES.match(phrase, len(first))
        if past:
            phrase = phrase[:past.start("verb")].rstrip(" ,")   # ("Saturday’s peak demand, said Mr. Marcus, reached …")
    # "…, said Sen. Ann Ruiz in a statement on Monday": the speaker, not where she spoke
    # "…, said a WeWork spokesperson when contacted by Reuters": the speaker, not how reached
    asked = _WHEN_ASKED_IN_SPEAKER.search(phrase)
    for candidate in (phrase[:asked.start()] if asked else None, phrase[:circumstance] if circumstance else None, phrase,
                      phrase[:cut.start()] if cut and cut.start() > 0 else None, first,
                      before_participle, before_relative, before_subordinate):
        if not candidate:
            continue
        # only a speaker stands here, so participles are allowed in it
        # ("said one official involved in the ferry talks")
        mention = parse_mention(candidate, lenient=True, max_tokens=10, participles=True)
        if mention and cue.text.lower() == "say" and mention.kind == "person" and not mention.members \
                and not _PLURAL_END.search(candidate):
            return None   # "…, say adenine instead of guanine": "say" after one person is "for example"
            # (its speakers are plural: "…, say analysts", "…, say Smith and Jones")
        if mention and not mention.pronoun:
            start = cue.end + m.start(1)
            return Attribution(cue, mention, (start, start + len(candidate.rstrip())), False)
        if mention and mention.pronoun:
            start = cue.end + m.start(1)
            return Attribution(cue, mention, (start, start + len(candidate.rstrip())), False)
    return None


_CAPITALISED_WORD = re.compile(r"\b[A-Z]")
_PLURAL_END = re.compile(r"[a-rt-z]s\W*$|\bpeople\W*$", re.I)   # ("some Democrats", "many people"; not "Ross")
# (past an aside on the speaker: "…, said Fisk, who still works with her, doesn't …")
_PREDICATE_RESUMES = re.compile(r",(?:\s*(?:who|whose)\s[^,;:\x01]{1,120},)?\s*(?P<verb>(?:also\s+|still\s+|never\s+)?"
                                r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did|"
                                r"[a-z]+n[’']t)\b)")
_BEFORE_AN_ASIDE = re.compile(r",|\b(?:who|which|whose)\b")
_INFINITIVE_IN_PHRASE = re.compile(
    r"\bto\s+(?:not\s+)?(?!the\b|an?\b|his\b|her\b|their\b|its\b|our\b|my\b|this\b|that\b|these\b|those\b)[a-z]+\b")
_SUBORDINATE_IN_SPEAKER = re.compile(r"(?<=\w)\s+(?:as|while|when|after|before|because|since|though|although|"
                                     r"until|whereas)\s")
_RELATIVE_IN_SPEAKER = re.compile(r"(?<=\w)\s+(?:who|whose)\s")
_WHEN_ASKED_IN_SPEAKER = re.compile(r"(?<=\w)\s+(?:when|while|after\s+being)\s+(?:asked|reached|contacted|approached|"
                                    r"interviewed|questioned|pressed|speaking)\b")
_PARTICIPLE_IN_SPEAKER = re.compile(r"(?<=\w)\s+(?!(?:morning|evening|building|meeting|spring)\b)[a-z]{3,}ing\b")


def attribution_closes(att: Attribution, masked: str, unit: Unit) -> bool:
    """"…, Zhang said." / "“Q,” Zhang said": speaker-first attribution after its content."""
    before = masked[:outlet_start(att, masked, unit) - unit.start].rstrip()
    if before.endswith(",") and _SUBORDINATE_SUBJECT.search(before) \
            and "," in masked[att.subject[1] - unit.start:att.cue.start - unit.start]:
        return False   # "…, when a news station, WRAL, asked about it.": a name in apposition
        # (not "… if the lights go out, she said.": the clause's end, then who said it)
    if _SUBORDINATOR_FIRST.match(att.mention.text) or _COORDINATOR_FIRST.match(att.mention.text):
        return False   # "… supporting the bid, though she has offered no endorsement": a clause of the writer's
        # (and "Cruz called him a “moderate,” and Trump fired back.": a clause of its own)
    if att.cue.lemma_form in ASKING and before.endswith(",") \
            and _ASKED_SOMETHING_OF_ITS_OWN.match(masked, att.cue.end - unit.start):
        return False   # "…, Sharon asked for a second one": a request of its own, closing nothing
    if _RELATIVE_RIGHT_BEFORE.search(masked, 0, att.cue.start - unit.start) and att.subject[1] <= att.cue.start:
        return False   # "…, all but pleading with a rider who said she was unsure …", "…, a counter to
        # anyone who's ever complained about …": a relative clause inside the sentence, closing nothing
    if att.cue.lemma_form in _THOUGHT_VERBS and _CLAUSE_AFTER_THOUGHT.match(masked, att.cue.end - unit.start):
        return False   # "Due to our obsession with connectivity, I think many developers are …": the
        # clause after the verb is what is thought; the phrase before it is no report
    if att.cue.kind == "object" and not before.endswith(MASK) \
            and masked[max(att.cue.end, att.subject[1]) - unit.start:].strip(" .!?\"”’"):
        return False   # "Amid the bickering, lawmakers expressed optimism.": an act's report is its
        # object, when it has one (but "Grow up, get serious …, Donald scolded." closes)
    if att.cue.lemma_form in VOICE_ONLY and _THING_VOICED.match(masked, att.cue.end - unit.start):
        return False   # "…, as she whispered words and dates": what was voiced is its object, no report
    if att.cue.kind == "speech" and HOW_MUCH_ONLY.match(masked, att.cue.end - unit.start):
        return False   # "…, I shouldn't say anything myself": how much was said, closing nothing
    if _ONLY_WHY.fullmatch(masked, att.cue.end - unit.start):
        return False   # "When Page mentioned that …, Chan told him why.": the reason is the report, unsaid
    if att.cue.text.lower() not in _HEARER_FIRST and as_clause_start(att, masked, unit) is not None \
            and _OBJECT_OF_ITS_OWN.match(masked, att.cue.end - unit.start):
        return False   # "…, as most of the companies reported better than expected results": "as"
        # gives a reason, and the cue's report is its own object (not "…, as Lee said on Monday.")
    return bool(before) and (before.endswith(",") or before.endswith(MASK))


# Cues whose first object is the hearer ("as Lee told the council last week")
_HEARER_FIRST = frozenset({"told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "reminded",
                           "reminds", "warned", "warns", "asked", "asks", "advised", "briefed", "urged", "promised"})
# Words after a cue that are its object: not where, when, how or to whom it was said, nor "it"
_OBJECT_OF_ITS_OWN = re.compile(
    r"\s+(?!(?:at|to|in|on|into|from|during|with|by|for|after|before|when|while|as|again|earlier|later|"
    r"last|this|that|it|so|then|today|yesterday|and|but|or|about|of|here|there|[a-z]+ly|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\w\-]))[\w\-]+\s+[\w\-]+")


# Only "why" or "how" after the verb and its hearer: "told him why.", "explained how."
_ONLY_WHY = re.compile(r"\s+(?:(?:him|her|them|me|us|reporters)\s+)?(?:why|how)\s*[.!?]?\s*")
# A thing voiced after "shouted", "whispered" (not where, to whom or how: "whispered to
# him", "yelled back", "shouted angrily")
_THING_VOICED = re.compile(r"\s+(?!(?:at|to|in|on|into|across|from|through|over|back|out|as|while|when|before|after|"
                           r"during|with|again|and|but|then|so|that|this|[a-z]+ly)\b)[a-z]")


# Verbs of thinking, whose clause may follow without "that" ("I think many developers are …")
_THOUGHT_VERBS = frozenset("think thinks thought believe believes believed guess suppose feel feels".split())
# Three words or more after the verb, the first no adverb or preposition: a clause of its own
# (not "…, I think, is wrong", "…, I think so.", "…, he thought in the long run.")
_CLAUSE_AFTER_THOUGHT = re.compile(r"\s+(?!(?:so|not|too|now|then|anyway|though|of|about|in|on|at|for|that)\b)"
                                   r"[\w’'\-]+(?:\s+[\w’'\-]+){2}")
# A relative pronoun right before the cue (past "has", "’s" and an adverb)
_RELATIVE_RIGHT_BEFORE = re.compile(r"\b(?:who|which)(?:[’']s|\s+(?:has|had|have))?\s+(?:[a-z]+ly\s+|ever\s+|never\s+)?$")


# What a question or request asks for after its verb ("asked for a second one", "asked
# him to stay", "asked the court whether …"): the cue's own object, not a closing one's
_ASKED_SOMETHING_OF_ITS_OWN = re.compile(r"\s+(?:(?:[\w’'\-]+\s+){0,4}?(?:for|to|whether|if)\s|about\b)")


# A subject that opens a subordinate clause (not "as": "…, as Clinton supporters point out"
# closes its report)
_SUBORDINATOR_FIRST = re.compile(r"(?:though|although|while|whereas|because|since|unless|if|when|once|"
                                 r"rather\s+than|instead\s+of)\s", re.I)   # ("…, rather than anything said …")
_COORDINATOR_FIRST = re.compile(r"(?:and|but|or)\s", re.I)
# A subordinate clause's subject right before the comma: the name after it is in apposition
# to that subject, and the verb after the name belongs to the subordinate clause
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:when|because|while|once|if|unless|although|though|whereas)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[a-z\-]+\s+){0,2}[a-z\-]+,$")


def content_after_speaker(att: Attribution, start: int, end: int, masked: str,
                          unit: Unit) -> Optional[tuple[int, int]]:
    """Content after an inverted attribution ("…, said Zhang"): only the second half of a
    split report, "…, said Zhang, and C2", or of an interrupted one, "C1, said Zhang, is C2"."""
    rest = masked[start - unit.start:end - unit.start]
    resumed = _PREDICATE_RESUMES.match(rest)
    if resumed:
        # "The problem, said Dr. Haddad, is that nobody pays": the report's own predicate
        return start + resumed.start("verb"), end
    past = _PAST_PREDICATE_RESUMES.match(rest)
    if past and _subject_waits_for_predicate(masked[:min(att.cue.start, att.subject[0]) - unit.start]):
        # "Saturday’s peak demand, said Mr. Marcus, reached 44,947 megawatts": a subject with
        # no verb before the attribution; its predicate follows it
        return start + past.start("verb"), end
    m = SPLIT_AND.match(rest)
    if m and count_words(rest[m.end():]) >= 4 and not _RELATIVE_OPENING.match(rest, m.end()) \
            and not _PREDICATE_OPENING.match(rest, m.end()):
        return start + m.end(), end
    return None


def _subject_waits_for_predicate(before: str) -> bool:
    """Whether the words before an inverted attribution are a subject with no verb yet
    ("Saturday’s peak demand, said Mr. Marcus, reached …"): its predicate follows."""
    return bool(before.strip(" ,")) and before.rstrip().endswith(",") and MASK not in before \
        and not AUXILIARY_OR_PAST.search(before)


_PAST_PREDICATE_RESUMES = re.compile(r",\s*(?P<verb>(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION + r"))\b")
# "…, said Gregory Slayton, whom Bush appointed envoy, and who now backs Rubio": more about the speaker
_RELATIVE_OPENING = re.compile(r"(?:who|whom|whose|which|where)\b", re.I)
# "…, said Dan Fisk, who worked for Vance, and steered Ortiz to victory": a verb with no
# subject of its own goes on describing the speaker
_PREDICATE_OPENING = re.compile(r"(?:[a-z]{2,}ed|" + IRREGULAR_PAST_ALTERNATION + r")\b")


# "…, and the council agreed.": a clause of its own, not an attribution closing the sentence
_CONJOINED = re.compile(r"\s*(?:and|but|or|so|yet|while|whereas)\b", re.I)
# Cues that relay rather than close: "…, TASS reported." bounds a report by someone else.
_RELAY_LEMMAS = frozenset({"reported", "reports"})


def closing_first(attributions: list[Attribution], masked: str, unit: Unit,
                  reports_after) -> list[Attribution]:
    """A closing attribution ("…, Prime Minister Eva Lind said.") claims everything before
    it in its sentence, so a verb inside that content ("both parliaments welcomed the
    agreements", "Our government urges …") is part of the report, not an attribution of
    its own. Not across a quotation: "“Q,” Zhang said, and Li said C" are two reports."""
    closers = [a for a in attributions
               if not a.inherited and a.cue.kind == "speech" and a.cue.lemma_form not in _RELAY_LEMMAS
               and (not a.speaker_first or attribution_closes(a, masked, unit)) and _ends_unit(a, masked, unit)
               and not reports_after(a) and not _CONJOINED.match(masked, a.subject[0] - unit.start)]
    if not closers:
        return attributions
    closer = closers[-1]
    start = min(closer.subject[0], closer.cue.start)
    if closes_a_quotation(masked[:start - unit.start]) or _AS_OPENING.match(masked, start - unit.start):
        return attributions   # ("…, as Mrs. Clinton put it": how a phrase was put, no claim on the sentence)
    if closer.mention.pronoun and any(a.mention.name and a.speaker_first and a.cue.start < start
                                      for a in attributions):
        return attributions   # "Jay DiPietro … said C, he said.": the pronoun repeats the named speaker
    return [a for a in attributions
            if a is closer or (a.inherited and a.cue.start >= start) or not a.speaker_first or a.cue.start >= start]


def attribution_closes_a_quotation(att: Attribution, masked: str, unit: Unit) -> bool:
    """Whether what stands before ``att`` (its subject or cue, whichever comes first) ends
    in a quotation of its own (`closes_a_quotation`)."""
    return closes_a_quotation(masked[:min(att.subject[0], att.cue.start) - unit.start])


def closes_a_quotation(before: str) -> bool:
    """Whether what stands before a closing attribution ends in a quotation of its own
    ("…. “Your numbers are off,” Ortiz wrote", "… would last long: “…,” Lee
    predicted"): the attribution closes that quotation, not the sentence; a quoted word
    inside the writer's clause ("calling Reed “a harbor clown,” Nora said") does not."""
    words = before.rstrip(" ,")
    if not words.endswith(MASK):
        return words.lstrip().startswith(MASK)
    lead = words.rstrip(MASK).rstrip()
    return not lead or lead[-1] in ".!?:;,—–-\"”’'" or lead.lstrip().startswith(MASK)


# "…, as Mrs. Clinton put it": the closing attribution is an "as" clause
_AS_OPENING = re.compile(r"[\s'’”\"\x01]*as\s")


def _ends_unit(att: Attribution, masked: str, unit: Unit) -> bool:
    """Nothing but an adjunct follows the attribution to its sentence's end ("…, Lind
    said on Tuesday."): no interruption ("…, Sweet noted, Trump said …") and no quotation."""
    tail = masked[max(att.cue.end, att.subject[1]) - unit.start:].strip()
    return MASK not in tail and "," not in tail and count_words(tail) <= 8


# A speaker and a verb of saying right after a quotation's closing mark and comma
_OWN_CLOSING_ATTRIBUTION = re.compile(r"\s*(?:he|she|they|(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+"
                                      r"(?:said|says|added|adds|told|wrote|writes)\b")


def attributed_after_its_close(text: str, after_close: int) -> bool:
    """Whether the quotation closing at ``after_close`` has its own attribution right
    after it ("“…,” he said"): its words are that speaker's, whatever verb they open on."""
    return _OWN_CLOSING_ATTRIBUTION.match(text, after_close) is not None


# A short adjunct after a closing "he said": when or where it was said ("on Monday",
# "in an interview", "last week"), no new clause
WHEN_OR_WHERE_SAID = re.compile(r"(?:on|in|at|during|last|this|yesterday|today|earlier|later)\b"
                                r"(?![^,]*\b(?:that|he|she|they|it)\b)[^,]*$")
# The rest of a sentence after a word
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
# A sentence ending between two words (a closing mark allowed before the space)
SENTENCE_END = re.compile(r"[.!?][’'\"”]*\s+[A-Z“\"‘]")
# A subordinate clause the inner report stands in ("After Beck asked …", "When the Pentagon claimed …")
_SUBORDINATE_OPENING = re.compile(r"(?:^|[\s,])(?:[Aa]fter|[Ww]hen|[Ww]hile|[Bb]efore|[Ss]ince|[Uu]ntil|[Ii]f|[Aa]lthough|"
                                  r"[Tt]hough|[Bb]ecause|[Oo]nce|[Aa]s)\s+[^,.;:!?]*$")


def report_it_closes(text: str, att: Attribution, unit: Unit, last_found, left_end: int,
                     after) -> Optional[Attribution]:
    """The attribution of the same sentence whose reported clause (``last_found``, the
    content read last) runs up to the comma before ``att``, a closing attribution that
    reports nothing after it: the report ``att`` closes holds that one ("Officials warned
    that delays were likely, she said")."""
    _, end, inner, kind = last_found
    if after is not None or kind != "content" or inner is att or not inner.speaker_first \
            or inner.cue.kind != "speech" or text[end:left_end].strip() != "," \
            or inner.speaker == att.speaker or SENTENCE_END.search(text, inner.subject[0], left_end):
        return None
    subject = text[att.subject[0]:att.subject[1]]
    # (up to a comma: "…, parents said, though a spokesperson declined …" closes)
    clause_rest = _SENTENCE_REST.match(text, att.cue.end).group().split(",")[0]
    if (att.speaker_first and (text[att.subject[1]:att.cue.start].strip() or count_words(clause_rest) > 5)) \
            or count_words(subject) > 6 \
            or introduced_slot(text, att, unit) is not None \
            or _SUBORDINATE_OPENING.search(text[max(0, inner.subject[0] - 80):inner.subject[0]]):
        return None   # (not "… Harbor, Kellard who were voting … complained", "…, because the council and
        # Mayor Vance agreed", "After Lee asked …, Ortiz replied": no closing attribution)
    return inner
