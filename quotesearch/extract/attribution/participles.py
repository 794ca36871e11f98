"""Participles and second predicates that share the clause's subject:
"…, adding that C", "Fallon responded on Twitter, calling …", "… and then
pointed out that C", "… before saying, “Q”", "Noting that C, Trump reminded …".

Such a cue takes the subject of the attribution before it in the sentence, or
else the sentence's own subject (`sentence_subject`); a participle that opens the
sentence takes the subject after its clause (`opening_participle`), and its
content ends at that clause's comma. The participle of an absolute clause ("…, with
top defense officials vowing to …") has that clause's noun phrase for its subject
(`absolute_subject`).
"""
from __future__ import annotations

import re
from typing import Optional

from ..clauses import _FUNCTION_WORDS
from ..cues import OBJECT_FORMS, PROPOSITION_FORMS, SPEECH_FORMS, CueMatch
from ..gender import FIRST_NAMES
from ..lexicon import BARE_AFFILIATIONS, DEMONYMS, IRREGULAR_PAST_ALTERNATION, ORG_WORDS, PARTY_WORDS, SURNAME_DEMONYMS, TITLE_WORDS
from ..mentions import parse_mention
from ..plausible import plausible_speaker
from .opening import subject_left
from .phrases import (DESCRIBED_THEN_NAMED, NOUN_AFTER_A_NAME, RELATIVE_ISSUER, REPLYING, SENT_A_LETTER_BEFORE,
                      SENTENCE_SUBJECT, clause_subject)
from .units import MASK, Attribution, Unit

# "… and then pointed out", "… but also said": a second predicate of the same subject
# ("… and have instead demanded that …": with an auxiliary and adverbs between)
# ("… but on Tuesday wrote that …", "… and last week said …": a time between "and" and the verb)
_TIME_AFTER_AND = (r"on\s+(?-i:[A-Z][a-z]+day)|(?:last|this|that|later\s+that|earlier\s+this)\s+"
                   r"(?:week|month|year|morning|afternoon|evening|night|day)")
# (", then says …": a comma and "then" join the second predicate too)
_COORDINATED = re.compile(r"(?:\band|\bbut|,(?=\s+then\b))(?:\s+(?:has|have|had))?(?:\s+(?:then|also|later|again|quickly|instead|since|"
                          r"now|[a-z]+ly|" + _TIME_AFTER_AND + r")){0,2}\s*$", re.I)
_BASE_FORMS = frozenset("""say tell add note stress emphasize emphasise remark suggest argue explain
insist announce declare assert warn write tweet acknowledge admit deny predict reply respond
recall maintain contend complain confirm concede conclude reveal vow propose reiterate ask
answer urge praise criticize blame condemn welcome thank defend describe dismiss accuse
""".split())
# What may stand between a clause and a participle of its subject: ", adding that",
# " - adding that", "— saying"
PARTICIPLE_PAUSES = (",", " -", " --", "—", "–")
_PARTICIPLE_LEAD = re.compile(r"\b(?:before|after|while|when|by|in|without|also|upon)\s*$", re.I)


# What opens no noun phrase: a preposition or conjunction ("with about 40 people …")
_NO_NOUN_PHRASE_START = _FUNCTION_WORDS - {"the", "a", "an", "his", "her", "its", "their"}
# "…, with top defense officials underlining X and vowing to …": an absolute clause
# whose noun phrase is the subject of its participles, not the sentence's subject
_WITH_ABSOLUTE = re.compile(r"(?:^|[,;]\s*|\s)with\s+((?:[A-Za-z][\w’'.\-]*\s+){0,5}?[A-Za-z][\w’'.\-]*)"
                            r"\s+(?:[a-z]+ly\s+)?(?=[a-z]{3,}ing\b)")
_AND_PARTICIPLE = re.compile(r"[a-z]{3,}ing\b[^,;:\x01]*\s+and\s+(?:[a-z]+ly\s+)?$")


def absolute_subject(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """The noun phrase of a "with NP VERB-ing" clause holding the participle cue."""
    cue_rel = cue.start - unit.start
    if not cue.text.lower().endswith("ing") or "with " not in masked:
        return None
    found = None
    for found in _WITH_ABSOLUTE.finditer(masked, 0, cue.end - unit.start):   # (its participle may be the cue)
        pass
    if found is None or found.end() > cue_rel or MASK in masked[found.start():cue_rel] or not (
            found.end() == cue_rel or _AND_PARTICIPLE.fullmatch(masked, found.end(), cue_rel)):
        return None
    np = found.group(1)
    if np.split()[-1].lower().endswith(("ing", "ed")) or np.split()[0].lower() in _NO_NOUN_PHRASE_START:
        return None
    mention = parse_mention(np, lenient=True)
    if not (mention and (mention.name or mention.description)) or (
            mention.name and not plausible_speaker(mention.name, np)):
        return None
    start = unit.start + found.start(1)
    return Attribution(cue, mention, (start, start + len(np)), True)


# What a picture, a recording or a witness shows someone doing: the one shown speaks the
# participle after them ("One campaign video featured a series of residents declaring, “…”",
# "Neighbours heard Tom Reed shouting, “…”"), not the sentence's subject
_DEPICTED = re.compile(r"\b(?:featured|features|featuring|showed|shows|showing|depicted|depicts|depicting|captured|"
                       r"captures|capturing|heard|hears|saw|sees|filmed|films|recorded|records)"
                       r"\s+(?!(?:up|down|out|off|in|on|at|by|into|from|with|over|through)\b)(?P<np>(?:[\w’'.\-]+\s+){0,7}?[\w’'.\-]+)\s*(?:[—–]\s[^—–\x01]{1,80}\s[—–]\s*)?$")


def depicted_subject(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """The object of a verb of showing or hearing, right before the participle cue."""
    # (the verb, up to eight words and a dash aside stand within 240 characters of the cue)
    cue_rel = cue.start - unit.start
    shown = _DEPICTED.search(masked, max(0, cue_rel - 240), cue_rel) if cue.text.lower().endswith("ing") else None
    if shown is None or shown.group("np").split()[0].lower() in _NO_NOUN_PHRASE_START:
        return None
    mention = parse_mention(shown.group("np"), lenient=True)
    if mention is None or mention.pronoun or not (mention.name or mention.description) \
            or mention.kind not in ("person", "group"):
        return None   # (not "recorded a message saying …": what was made, its maker's words)
    start = unit.start + shown.start("np")
    return Attribution(cue, mention, (start, start + len(shown.group("np"))), True)


# The first words of the cue forms, to tell a verb's base form by its third-person one
_CUE_WORDS = frozenset(form.split(".")[0].lower() for forms in (SPEECH_FORMS, OBJECT_FORMS, PROPOSITION_FORMS)
                       for form in forms)
# (verbs whose past is their base form: "read" after "said" may be either)
_PAST_AS_BASE = frozenset("read put cut set hit quit let bet cast broadcast forecast spread upset".split())


def _bare(verb: str) -> bool:
    """Whether a cue stands in its base form: "fear" ("fears" is a cue too), not "fears",
    "feared", "thought" or "went on to say"."""
    word = verb.lower().split()[0]
    if word.endswith("s") or word in _PAST_AS_BASE:
        return False
    return f"{word}s" in _CUE_WORDS or f"{word}es" in _CUE_WORDS or (word.endswith("y") and f"{word[:-1]}ies" in _CUE_WORDS)


# "…, quickly adding that …", "…, later adding …": the participle's adverb after the comma
_ADVERB_AFTER_COMMA = re.compile(r",\s*(?:[a-z]{2,}ly|later|then|also|again|even|still)\s+$")


def adverb_after_comma(masked: str, cue_start: int) -> Optional[int]:
    """Where the words after the comma begin, when only an adverb of the participle at
    ``cue_start`` stands between them ("…, quickly adding that …"); else None."""
    m = _ADVERB_AFTER_COMMA.search(masked, 0, cue_start)
    return m.start() + 1 if m else None


def shares_subject(cue: CueMatch, cue_rel: CueMatch, masked: str, comma_before: bool,
                   previous: Optional[CueMatch] = None) -> bool:
    """A cue whose subject is the clause's, not a phrase of its own: "…, adding that …",
    "…, telling Reuters, “…”", "… and then pointed out that …", "… before saying";
    ``previous``: the unit's cue read before it."""
    # "… and then pointed out that …" (a finite verb; "to clear his throat and say"
    # is an infinitive, no report; nor is a base form a second predicate of a past or
    # third-person one: "Lee said the decree had caused chaos and fear in …" is a noun)
    coordinated = _COORDINATED.search(masked, 0, cue_rel.start) is not None \
        and cue.text.lower() not in _BASE_FORMS \
        and not (previous is not None and _bare(cue.text) and not _bare(previous.text))
    # "… before saying, “…”", "… while insisting that …": a participle of the subject's
    adverbial = cue.text.lower().endswith("ing") and \
        _PARTICIPLE_LEAD.search(masked, 0, cue_rel.start) is not None
    paused = comma_before or masked[:cue_rel.start].rstrip().endswith(PARTICIPLE_PAUSES)
    # "… used a harbor board lunch to complain that …": why the subject did what it did
    purposed = _PURPOSE_BEFORE.search(masked, 0, cue_rel.start) is not None and _THAT_AFTER.match(masked, cue_rel.end)
    # "Sanders started the debate saying …", "opened his remarks by …": how the subject
    # began or ended an occasion, with no comma before the participle
    phased = cue.text.lower().endswith("ing") and _PHASE_BEFORE.search(masked, 0, cue_rel.start) is not None
    return (paused and cue.text.lower().endswith("ing")) or coordinated or adverbial or bool(purposed) or phased


# A verb of beginning or ending and the occasion it begins or ends, before a participle
# ("started out the council meeting saying", "closed his speech warning"; not "started a
# company selling …": a participle of speech only, as the caller reads it)
_PHASE_BEFORE = re.compile(r"\b(?:started|starts|began|begins|opened|opens|closed|closes|ended|ends|concluded|"
                           r"concludes|kicked\s+off|wrapped\s+up|finished|finishes)(?:\s+(?:out|off))?"
                           r"\s+(?:the|his|her|their|its|a|an|this|that)\s+(?:[\w’'\-]+\s+){0,3}?"
                           r"(?:debate|speech|remarks|address|statement|interview|testimony|rally|event|hearing|"
                           r"meeting|session|briefing|conference|news\s+conference|press\s+conference|show|program|"
                           r"programme|broadcast|segment|talk|sermon|lecture|letter|email|post|column|op-ed|essay|"
                           r"book|campaign|day|week|tenure|term|visit|tour|trip|town\s+hall|forum|appearance|panel)\s+$")


# A past verb, its object or adjunct, and "to" before a cue (not "declined to say",
# "was expected to announce": nothing between the verb and its infinitive; not across
# a clause of its own: "clarified that Reed misread the chart and intended to say that …", "all it
# took was one person to say, “…”")
# (not a verb whose object does the infinitive: "urged residents to say", "sent an aide to say")
_OBJECT_DOES_IT = ("called|urged|asked|wanted|told|encouraged|forced|invited|pressed|allowed|persuaded|"
                   "convinced|challenged|begged|instructed|ordered|directed|expected|needed|prompted|"
                   "inspired|hired|paid|pushed|lobbied|enlisted|recruited|tapped|authorized|required|"
                   "compelled|pressured|implored|warned|advised|reminded|taught|trained|dared|got|sent|made")
_PURPOSE_BEFORE = re.compile(r"\b(?!(?:" + _OBJECT_DOES_IT + r")\b)"
                             r"(?:[a-z]{2,}ed|took|went|came|held|met|gave|wrote|spoke|rose|stood)"
                             r"\s+(?!to\b)(?:(?!\b(?:that|who|which|whether|if|was|is|were|are)\b)[^,;:\x01]){1,80}?\sto\s+$")
_THAT_AFTER = re.compile(r"\s+that\b|\s*[,:]\s*[\x01“\"]")     # ("… to say, “…”")


# "… apologized to the employees who accused him of harassment, and pledged …": after a
# comma, "and" goes back past the relative clause to the main clause's predicate
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|had\s+|has\s+|have\s+)?$")
_COMMA_AND_BEFORE = re.compile(r",\s*and\s+(?:then\s+|also\s+|later\s+)?$")


# A subject and the comma opening an aside after it: "Ann Lee, ", "The mayor, "
_SUBJECT_THEN_COMMA = re.compile(r"\s*(?:(?:[A-Z][\w’'.\-]*|the|of)\s+){0,5}[A-Z]?[\w’'.\-]+\s*,\s*")


def aside_participle(cue: CueMatch, masked: str, cue_start: int) -> bool:
    """A participle opening an aside right after the sentence's subject ("Ann Lee,
    recounting what her child told her, said …"): the verb after the aside reports."""
    return cue.text.lower().endswith("ing") and _SUBJECT_THEN_COMMA.fullmatch(masked, 0, cue_start) is not None


def leaves_relative_clause(previous_cue_start: int, cue_start: int, masked: str) -> bool:
    """The cue (at ``cue_start`` in ``masked``) is coordinated with the main clause, not
    with the relative clause holding the previous cue (at ``previous_cue_start``)."""
    return 0 <= previous_cue_start < cue_start and \
        _RELATIVE_BEFORE.search(masked, max(0, previous_cue_start - 24), previous_cue_start) is not None \
        and _COMMA_AND_BEFORE.search(masked, previous_cue_start, cue_start) is not None


# "Israeli forces", "Republican lawmakers": a people's or party's adjective opening the
# noun phrase, never a speaker alone (the clause's noun phrase is read instead)
_PEOPLE_ADJECTIVE_BEFORE_NOUN = re.compile(
    r"((?i:" + "|".join(sorted(w for w in (DEMONYMS | BARE_AFFILIATIONS | PARTY_WORDS) - SURNAME_DEMONYMS
                                if not w.endswith("s")))
    + r")\s+(?:(?![a-z]+(?:ed|s)\b)[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\b")
# (not a plural: "Democrats argued" is a subject and its verb; not a surname: "French
# filed papers"; no verb between: "Syrian army troops", not "Syrian filed papers")
_AND_BEFORE = re.compile(r"\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+|(?:" + _TIME_AFTER_AND + r")\s+)?$|,\s+then\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_DETERMINED_SUBJECT = re.compile(r"\s*((?:The|A|An)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)(?=\s+(?!(?:his|its|this|thus|plus|less|as|us)\b)(?:[a-z]{2,}ed|[a-z]{2,}s|has|had|is|was|began)\b)")


def sentence_subject(cue: CueMatch, masked: str, unit: Unit, issued: bool = False,
                     resumed: bool = False) -> Optional[Attribution]:
    """The subject that opens the sentence, or of the clause a participle after a comma
    belongs to; ``issued``: the participle follows what the subject issued ("…, Lee’s
    office sent out a notice saying …"), comma or not; ``resumed``: the cue
    goes on with the main clause after a report in a relative clause, whose content it ends."""
    att = _opening_subject(cue, masked, unit, issued)
    if att is not None:
        att.resumes_main = resumed
    return att


# "… a stake in the airline, which posted a loss but said …": a second predicate inside a
# relative clause is its antecedent's, not the sentence subject's (when the relative
# pronoun is the clause's subject: not "a ferry levy, which he backs but says …"), a
# comma and an auxiliary too ("host Dan Fisk, who is supporting Vance, but has
# previously dismissed …")
_RELATIVE_HOLDS_CUE = re.compile(r"((?:the|a|an|its|his|her|their)\s+(?:[\w\-’']+\s+){0,3}?[\w\-’']+"
                                 r"|(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]*),\s+(?:which|who)\s+"
                                 r"(?!(?:he|she|they|it|we|I|you|[A-Z][\w’'\-]*)\s)[^,;:\x01]*?"
                                 r",?\s(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+|also\s+|then\s+)?$")


def relative_antecedent(cue: CueMatch, masked: str, unit: Unit, since: Optional[int] = None) -> Optional[Attribution]:
    """The antecedent of a relative clause whose second predicate the cue is, else None;
    ``since``: the clause opens after that offset (a previous cue's end: "…,” Tom told Ann
    Lee, who answered her door and said …" is hers)."""
    if " which " not in masked and " who " not in masked:
        return None   # (a cheap check first: this runs for every cue the sentence's subject speaks)
    held = _RELATIVE_HOLDS_CUE.search(masked, 0 if since is None else since - unit.start, cue.start - unit.start)
    mention = parse_mention(held.group(1), lenient=True) if held else None
    if mention is None or not (mention.name or mention.description) or mention.pronoun:
        return None
    start = unit.start + held.start(1)
    return Attribution(cue, mention, (start, start + len(held.group(1))), True)


# A concessive clause with a named person as its subject just before the participle's
# comma: "Kellard Books cancelled the release, although Ann Lee was among those questioning
# it, writing on Twitter: …" (the participle goes on with the nearer clause's subject)
_CONCESSIVE_SUBJECT_BEFORE = re.compile(r",\s+(?:although|though|even\s+though|while)\s+"
                                        r"((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*)\s+(?:was|were|is|had|has|have)\s+"
                                        r"[^,;:\x01“”\"]*,\s*$")


def concessive_subject(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """The named person a concessive clause right before a participle opens on, else None."""
    if not cue.text.lower().endswith("ing"):
        return None
    held = _CONCESSIVE_SUBJECT_BEFORE.search(masked, 0, cue.start - unit.start)
    mention = parse_mention(held.group(1)) if held else None
    if mention is None or mention.kind != "person" or not mention.name or " " not in mention.name:
        return None
    start = unit.start + held.start(1)
    return Attribution(cue, mention, (start, start + len(held.group(1))), True)


def _opening_subject(cue: CueMatch, masked: str, unit: Unit, issued: bool) -> Optional[Attribution]:
    absolute = absolute_subject(cue, masked, unit) or relative_antecedent(cue, masked, unit) \
        or concessive_subject(cue, masked, unit)
    if absolute is not None:
        return absolute
    m = DESCRIBED_THEN_NAMED.match(masked) or SENTENCE_SUBJECT.match(masked)   # ("One of the pilots, Ben Ortiz, …")
    determined = _DETERMINED_SUBJECT.match(masked) if m and m.group(1) in ("The", "A", "An") else None
    second = second_clause_subject(cue, masked, unit, (determined or m).end(1)) if m else None
    if second is not None:
        return second
    if m and m.group(1) in ("The", "A", "An") and (_AND_BEFORE.search(masked, 0, cue.start - unit.start)
                                                  or _PHASE_BEFORE.search(masked, 0, cue.start - unit.start)):
        # "The appeals court disagreed and said …", "The company runs a field and says …": the determined noun before the
        # first verb is the subject of both (so is it of a participle after the occasion it
        # began or ended: "The mayor closed the meeting warning that …")
        m = determined or m
    people = _PEOPLE_ADJECTIVE_BEFORE_NOUN.match(masked, m.start(1)) if m else None
    if people and people.end(1) + unit.start <= cue.start:
        # "Israeli forces confirmed …, saying": the people, not their adjective
        mention = parse_mention(people.group(1), lenient=True)
        if mention and mention.name and mention.kind in ("group", "organization"):
            start = unit.start + people.start(1)
            return Attribution(cue, mention, (start, start + len(people.group(1))), True)
    if m and m.end(1) + unit.start <= cue.start and not m.group(1).endswith(("’s", "'s")):
        subject = m.group(1)
        end = m.end(1)
        if subject[:1].isupper() and subject.split()[-1].lower() not in _FUNCTION_WORDS:   # (not "As voters went …")
            while modified := NOUN_AFTER_A_NAME.match(masked, end):
                end = modified.end()   # "The Clinton campaign", "A Clinton campaign official"
        titled = _ROLE_THEN_FULL_NAME.match(masked, end) if (subject + " ").startswith(("The ", "A ", "An ")) else None
        first = next((i for i, w in enumerate(titled.group(1).split()[:-1]) if w.lower() in FIRST_NAMES), None) \
            if titled else None
        if first is not None and titled.end() + unit.start <= cue.start:
            # "The Tory historian Andrew Roberts, …, has taken up the cause, declaring …",
            # "The district Harbor Chairman Tom Reed declined …": the name the role words
            # lead to, not "The Tory"
            skipped = sum(len(w) + 1 for w in titled.group(1).split()[:first])
            start = unit.start + titled.start(1) + skipped
            mention = parse_mention(titled.group(1)[skipped:])
            if mention and mention.name:
                return Attribution(cue, mention, (start, start + len(titled.group(1)) - skipped), True)
        if subject[:1].isupper() and (body := _REST_OF_A_BODY.match(masked, end)):
            end = body.end()   # "The Tornado and Storm Research Organisation (TORRO) has issued …": one body
        if masked[m.start(1):end].split()[-1].lower() in ORG_WORDS:
            for _ in range(2):   # "The Kellard Court of Appeals for the Harbor Circuit overruled and said": one body
                named = _OF_A_BODYS_NAME.match(masked, end)
                if named is None or named.end() + unit.start > cue.start \
                        or parse_mention(masked[m.start(1):named.end()]) is None:
                    break   # (the name as far as it reads as one: "the Kellard Court of Appeals")
                end = named.end()
        described = _DESCRIBED_AFTER_A_DEMONYM.match(masked, end) if subject.startswith(("The ", "A ", "An ")) \
            and end == m.end(1) and subject.split()[-1].lower() in DEMONYMS else None
        if described and described.end() + unit.start <= cue.start:
            end = described.end()   # "The French luxury giant filed …": the giant, not "The French"
        title_next = _NEXT_WORD.match(masked, end)
        if end > m.end(1) and end + unit.start <= cue.start \
                and not (title_next and title_next.group(1) in TITLE_WORDS):   # ("The attorney general")
            subject = masked[m.start(1):end]   # "The Clinton campaign hit …, and said"
        elif end == m.end(1) and title_next and title_next.group(1) in TITLE_WORDS and subject.startswith(("The ", "A ")) \
                and title_next.end() + unit.start <= cue.start:
            subject = masked[m.start(1):title_next.end()]   # "The former New York mayor announced …": the mayor
        mention = parse_mention(subject)
        if mention and (mention.name or mention.pronoun or mention.description):
            start = unit.start + m.start(1)
            return Attribution(cue, mention, (start, start + len(subject)), True)
    # "Ryan’s campaign shrugged off the remarks, telling reporters …": a noun phrase
    # and its verb open the clause
    left = masked[:cue.start - unit.start]
    if not ((issued or left.rstrip().endswith(PARTICIPLE_PAUSES)) and cue.text.lower().endswith("ing")):
        return None
    np = clause_subject(left) if MASK not in left else None
    mention = parse_mention(np, lenient=True) if np else None
    if not mention:
        return None
    start = unit.start + left.find(np)
    if not (mention.name or mention.pronoun or mention.description) or (
            mention.name and not plausible_speaker(mention.name, np)) or (
            mention.description and _WHO.search(masked, start - unit.start + len(np), cue.start - unit.start)):
        # (a description too: "In interviews, the mayor sounded off on Kellard, saying …";
        # but not across "…, who worked the crowd, praising …": the relative clause's)
        return None
    return Attribution(cue, mention, (start, start + len(np)), True)


_WHO = re.compile(r"\bwho\b")
# The lower-case words a nationality describes, up to the verb: "The French | luxury giant | filed"
_DESCRIBED_AFTER_A_DEMONYM = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would)\b)")
# One or two lower-case role words, then a full name (capitalised role words may lead to it):
# "[The Tory] historian Andrew Roberts", "[The] district Harbor Chairman Tom Reed"
_ROLE_THEN_FULL_NAME = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,2}((?:[A-Z][\w’'\-]*\.?\s+){1,4}[A-Z][\w’'\-]+)(?=\s*,|\s+[a-z])")
# "and" then capitalised words ending in a body's noun, and its acronym: the rest of one
# body's name ("The Tornado and Storm Research Organisation (TORRO)"), not a second subject
# What a body's name goes on with after its head noun: "of Appeals", "for the Harbor Circuit"
_OF_A_BODYS_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z\d][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}")
_REST_OF_A_BODY = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w’'\-.]*\s+){0,4}(?:Organisation|Organization|Association|"
                             r"Institute|Council|Society|Foundation|Commission|Agency|Authority|Federation|League|"
                             r"Alliance|Trust|Bureau|Centre|Center|Union|Corporation|Company)\b(?:\s+\([A-Z]{2,}\))?"
                             # (its verb next, not a noun: "Trump and Republican Party leaders")
                             r"(?=\s*[,;:]|\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|was|were|are|will|would|could|can|said|says|"
                             r"[a-z]{3,}ed)\b)")
_MODAL = r"(?:would|could|will|can|did|should|might|must)"
# "Prosecutors charged the pilot and Fisk fired his harbor chief, Tom R. Reed,
# acknowledging …": a clause joined by "and" with a named subject and a verb of its own
# (after the first clause's verb: "Trump and Clinton met" is one subject of two names, and
# after a lower-case word: "the meeting between Putin and Xi took on …" joins two names)
# (a plural subject's present tense too: "Protest groups say …, and the ACLU has sued …, saying")
_VERB_FIRST = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|[a-z]{2,}s|has|had|was|is|told|said|say|have|are|were|" + _MODAL + "|" +
                         IRREGULAR_PAST_ALTERNATION + r")\b")
# (after a comma any word: "… on Monday, and the union has filed …"); the second subject:
# a name, "the" and a body's name ("the Harbor Pilots Union of Kellard"), or a
# determined noun the resolver knows as a speaker ("the company")
_NAMED_SECOND_CLAUSE = re.compile(r"\s(?:[a-z][\w’'\-]*,?|[\w’'\-.]+,)\s+(?:and|but)\s+"
                                  r"((?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*"
                                  r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]*)?"
                                  r"|the\s+[a-z][\w\-]*(?:\s+(?!(?:has|had|have|is|was|were)\b)[a-z][\w\-]*)??)"
                                  r"(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|has|had|" + IRREGULAR_PAST_ALTERNATION + r"|"
                                  # ("…, and Schmidt would gently cut him off, saying …")
                                  + _MODAL + r"\s+(?:[a-z]+ly\s+)?[a-z]{2,})\b)")


def second_clause_subject(cue: CueMatch, masked: str, unit: Unit, first_end: int,
                          after_verb: bool = False) -> Optional[Attribution]:
    """The named subject of a clause joined by "and" after the first clause's verb and
    before a participle: the participle is that clause's. ``first_end`` ends the first
    clause's subject (``after_verb``: its verb, a cue already read)."""
    cue_rel = cue.start - unit.start
    if not (after_verb or _VERB_FIRST.match(masked, first_end)):
        return None
    second = None
    for second in _NAMED_SECOND_CLAUSE.finditer(masked, first_end, cue_rel):
        pass
    if second is None or MASK in masked[second.start():cue_rel]:
        return None
    subject = second.group(1)
    if subject[:1].isupper():
        mention = parse_mention(subject)
        if not (mention and mention.name and plausible_speaker(mention.name, subject)):
            return None
    else:   # ("the company", "the union"; not "the strike lasted a week, saying nothing")
        mention = parse_mention(subject) or (parse_mention(subject, lenient=True)
                                             if subject.split()[-1] in ORG_WORDS else None)
        if not (mention and mention.name):
            return None
    start = unit.start + second.start(1)
    return Attribution(cue, mention, (start, start + len(second.group(1))), True)


def participle_after_pause(cue: CueMatch, masked: str, unit: Unit, last: Optional[Attribution],
                           main: Optional[int]) -> Optional[Attribution]:
    """The speaker of a participle after a comma or dash: the clause's subject, not the noun
    phrase before the pause ("Fallon responded on Twitter, calling …", "Carson endorsed Trump
    at Mar-a-Lago, his private club, calling …"). ``last``: the unit's last attribution so
    far; ``main``: where the main clause begins, if a subordinate clause opens the unit."""
    if last is not None and not (main is not None and last.cue.start < unit.start + main <= cue.start):
        # (unless a clause of its own names a subject after that report: "Protest groups
        # say …, and the ACLU has sued the city, saying …")
        return second_clause_subject(cue, masked, unit, last.cue.end - unit.start, after_verb=True) \
            or Attribution(cue, last.mention, (cue.start, cue.start), True, inherited=True)
    # ("When Mendes asked if he would share them, Prince Tomas declined, saying …": the
    # main clause's subject, not the question's asker)
    return sentence_subject(cue, masked, unit)


def opening_participle(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"Noting that C, Trump reminded …": the subject after the opening clause, whose content ends at its comma."""
    rel = cue.end - unit.start
    comma = masked.find(",", rel)
    if comma == -1:
        return None
    m = SENTENCE_SUBJECT.match(masked, comma + 1)
    if not m:
        return None
    mention = parse_mention(m.group(1), lenient=True)
    if not mention:
        return None
    start = unit.start + m.start(1)
    att = Attribution(cue, mention, (start, start + len(m.group(1))), True)
    att.content_end = unit.start + comma
    return att


def letter_sender(resolver, cue: CueMatch, cue_rel: CueMatch, masked: str, unit: Unit,
                  att: Optional[Attribution]) -> Optional[Attribution]:
    """"Senators sent a letter Thursday to the Office of Personnel Management warning …":
    a participle after a letter is its senders', not the noun phrase just before it (the
    recipient); ``att`` (that reading) otherwise. Not inside a quotation, and a pronoun
    sender is left to the cue's own reading."""
    before = masked[:cue_rel.start]
    if before.count("“") != before.count("”") or before.count('"') % 2:
        return att
    sent = SENT_A_LETTER_BEFORE.search(masked, 0, cue_rel.start)
    if not sent or RELATIVE_ISSUER.search(masked, 0, sent.start()) or (
            att is not None and masked.rfind(att.mention.text.split()[-1], 0, cue_rel.start) <= sent.start()):
        return att
    verb = sent.group(0).split()[0]
    sender = subject_left(resolver, CueMatch(unit.start + sent.start(), unit.start + sent.start() + len(verb),
                                             verb, "speech"), masked, unit)
    sender = sender or sentence_subject(cue, masked, unit, issued=True)
    if sender is None:
        return att
    return Attribution(cue, sender.mention, sender.subject, True) if not sender.mention.pronoun else None


# "She responded saying …", "fired back arguing …": a reply, then the participle that
# says what was replied (not "acknowledged urging …": what was acknowledged)
_SAYING_PARTICIPLES = frozenset({"saying", "arguing", "noting", "adding", "writing", "insisting", "claiming",
                                 "explaining", "telling", "stating", "tweeting"})


def says_what_was_replied(reply: CueMatch, cue: CueMatch, masked: str, unit_start: int) -> bool:
    """Whether ``cue`` is a participle of saying right after ``reply``, a verb of replying,
    with no comma between ("She responded saying …"): the participle says what was replied."""
    return " ".join(reply.text.lower().split()) in REPLYING and cue.text.lower() in _SAYING_PARTICIPLES \
        and not masked[reply.end - unit_start:cue.start - unit_start].strip()


# (not "before", "after", "by": "… before adding that …", "defended it by arguing that …" report)
_PREPOSITION_BEFORE_GERUND = re.compile(r"\b(?:in|of|for|from|without|about|on|at)\s+$")


def gerund_after_a_preposition(cue: CueMatch, masked: str, cue_start: int) -> bool:
    """"… would be merciless in defending itself": a gerund after a preposition, which
    inside a report is the report's own word."""
    return cue.text.lower().endswith("ing") and _PREPOSITION_BEFORE_GERUND.search(masked, 0, cue_start) is not None
