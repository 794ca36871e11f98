"""Antecedents inside a pronoun's own sentence: "After Xi arrived in Tianjin, he urged
…" (the one person a clause before the pronoun has as its subject), "Documents from
the DNC began circulating after it announced …" (the one organisation named before
"it"). `SpeakerResolver` (`speakers`) tries these before the article's history of
speakers and subjects.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Optional

from .clauses import _FUNCTION_WORDS
from .gender import FIRST_NAMES, agrees, listed_gender_of
from .lexicon import ALL_PRONOUNS, DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, GROUP_NOUNS, ORG_WORDS, PLACES, TITLE_WORDS, in_any
from .names import _strip_possessive
from .scanning import matches_between

# Capitals of the Latin alphabets a name may open with ("Öcalan", "Šefčovič", "Çavuşoğlu", "Łukasz")
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# (initials, but not a place's dotted abbreviation: "… in Washington, D.C. He said" names no "D.C. He")
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Jr|Sr|St|Prof|Rev)\.|(?!(?:U\.S|U\.K|U\.N|D\.C|N\.Y|E\.U)\.\s+(?:He|She|It|They|We|The|This|But)\b)(?:[A-Z]\.){1,3}|[" + CAPITALS + r"][\w’'\-]*)"
# Particles between a given name and a surname ("van der Vaart", "des Cars", "dos Santos")
_PARTICLES = "de|van|von|bin|al|da|di|del|le|la|des|der|den|dos|das"
_NAME_RUN = re.compile(
    r"(?<![\w’'])(?<![A-Za-z]\.)" + _NAME_WORD
    + r"(?:[^\S\n]+(?:(?:" + _PARTICLES + r")[^\S\n]+){0,2}" + _NAME_WORD + r")+"
)
# (never inside an abbreviation: "S." of "U.S. President Donald Trump")
# Where a name run may start: a capitalised word opening a word, then a space and a
# capital or a particle (written with the character class first, so `re` skips to
# capitals instead of testing the look-behind everywhere; most capitals open a
# sentence and need no try of the full pattern)
_NAME_RUN_START = re.compile(r"[" + CAPITALS + r"](?<![\w’'][" + CAPITALS + r"])(?<![A-Za-z]\.[A-Z])(?:\.[A-Z]){0,2}"
                             r"[\w’'\-]*\.?[^\S\n]+(?:[" + CAPITALS + r"]|(?:" + _PARTICLES + r")[^\S\n])")


def name_runs(text: str, start: int, end: int) -> Iterator[re.Match]:
    """``_NAME_RUN.finditer(text, start, end)``, found in half the time."""
    return matches_between(_NAME_RUN_START, _NAME_RUN, text, start, end)


# (the capital first and the look-behind after it: `re` then skips to capitals)
_CAPITALISED = re.compile(r"[A-Z](?<![\w’'\-][A-Z])[\w’'\-]*")
# A period after a title ("Mr.", "Sen.") ends no sentence
_NOT_AFTER_TITLE = r"(?<!\b(?:Mr|Ms|Dr|Sr|Jr|Lt|St))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Adm))"
# … the same, the stop first and the title look-behinds after it (`re` then skips to stops)
STOP_NOT_AFTER_A_TITLE = r"[.!?](?<!\b(?:Mr|Ms|Dr|Sr|Jr|Lt|St)[.!?])(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Adm)[.!?])"
_SENTENCE_END = re.compile(STOP_NOT_AFTER_A_TITLE + r"[\"\u201d\u2019)\]]?\s+(?![a-z\d])|\n")   # ("Feb. 1", "U.S. officials")
# How far back a pronoun's own sentence is searched for a subject before it
_SENTENCE_REACH = 300
_IT = re.compile(r"\b[Ii]t\b(?![’']s\b)")
# A name followed by its verb is a clause's subject: "Xi hosted", "Xi has", "Xi arrived"
_VERB_AFTER_SUBJECT = re.compile(r"[^\S\n]+(?:also\s+|then\s+|later\s+|even\s+|still\s+|"
                                 r"(?!family|assembly|supply|monopoly)[a-z]{4,}ly\s+)?(?:[a-z]{2,}ed|is|was|had|has|will|would|"
                                 r"did|does|says|went|came|met|made|took|gave|left|spoke|won|ran|told|found|saw|knew|thought|"
                                 r"led|got|sent|held|kept|brought|began|stood|sat|felt)\b")
# "The duchess has hinted …", "The 81-year-old was …": a sentence whose subject is a
# person described, not named
# (across a year and a writer's aside before the verb: "The party platform in 2012, for
# example, called for …")
_DESCRIBED_SUBJECT = re.compile(r"(?:The|This|That)\s+((?:[\w’'\-]+\s+){0,3}?[a-z0-9][\w\-]*)(?="
                                r"(?:\s+in\s+\d{4})?(?:,\s+(?:for\s+example|for\s+instance|however|in\s+turn|too|meanwhile),)?"
                                + _VERB_AFTER_SUBJECT.pattern + ")")
# "…, he said." / "…, he said, by …": an attribution closing a report, whose pronoun is
# the last speaker's, whatever the report's own subject
_CLOSING_CUE_AFTER = re.compile(r"[^\S\n]*(?:[a-z]+ed|said|says|told|wrote)[^\S\n]*[,.;]")
_TRAILING_PRONOUN = re.compile(r"\s*\b(?:he|she|He|She)\s*$")


_WORD = re.compile(r"[\w’']*")


def _word_end(text: str, position: int) -> int:
    """The end of the word at ``position`` (the pronoun itself)."""
    return _WORD.match(text, position).end()

# A subordinate clause opening right before the pronoun: "… at the port on Friday as he urges"
# A colon, a quotation, then the pronoun: ": “It means …,” he"
_CLOSED_QUOTATION_THEN_PRONOUN = re.compile(r"[”\"]\s*(?:he|she)\s*$")
_COLON_QUOTATION_THEN_PRONOUN = re.compile(r":\s*[“\"][^“”\"]{1,1500}[”\"]\s*(?:he|she)\s*$")
# A subordinate clause opening a sentence, up to its verb: "Although he …", "But while she …"
_FRONTED_SUBORDINATOR = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?:Although|Though|Even\s+though|While|Whereas|When|"
                                   r"After|Before|Because|Since|Once|If)\s+(?:he|she)\s*(?:(?:also|later|once|had|has)\s+)?")
# The comma closing it, then a name and the main clause's verb or an apposition: ", Isaac
# stopped", ", Tom Reed, the harbour master,"
_MAIN_CLAUSE_NAME = re.compile(r"[,”\"],?\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+)(?=\s+(?:also\s+|later\s+)?[a-z]{2,}\b|,\s+(?:the|a|an|who)\s)")
_SUBORDINATOR_BEFORE = re.compile(r"\s(?:as|while|when|because|after|before|since|until|although|though)\s+"
                                  r"(?:(?:he|she)\s+)?$")   # (read up to the pronoun or its verb)
# The capitalised run a sentence opens with, titles and a state before them allowed
_OPENING_NAME = re.compile(r"\s*(?:[A-Z][\w’'\-]*\.?\s+){0,4}[A-Z][\w’'\-]*")
# "Christie and Haley would …": two names and their verb opening a sentence
# A subordinate clause opening a sentence with people as its subject: "While many analysts expect …,"
_SUBORDINATE_GROUP = re.compile(r"(?:While|Although|Though|Because|Since|As|When|If)\s+((?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|"
                                r"[Ff]ew|[Oo]ther)\s+(?:[\w\-]+\s+){0,3}?[a-z]{3,}s)\s+(?:[a-z]+ed|[a-z]+)\b[^;:!?]*,\s*(?:they\b[^,;:!?]{0,20})?$")
# People a clause of the pronoun's own sentence has as its subject, then "what they" ("her
# rivals pressed for an inquiry into what they say is …")
_GROUP_THEN_WHAT_THEY = re.compile(r"(?:^|[,;]\s+|\b(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]nd|[Bb]ut|[Bb]ecause)\s+)"
                                   r"((?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal)\s+"
                                   r"(?:[\w\-]+\s+){0,3}?([a-z]{3,}s))\s+(?:(?:have|has|had|are|were)\s+)?[a-z]+\b"
                                   r"[^.;:!?“”\"]*\bwhat\s+they\s+$")
_WHAT_THEY_BEFORE = re.compile(r"\bwhat\s+they\s+$")
_OPENING_JOINT = re.compile(r"\s*(?:Both\s+)?((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)\s+and\s+"
                            r"((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)(?=\s+(?:[a-z]+ed|would|will|have|had|"
                            r"are|were|said|say|could|can|did|do|also|both)\b)")
# A pronoun opening a clause joined to the main clause before it: "…, though he", "… because she"
_JOINED_CLAUSE_BEFORE = re.compile(r"\w[,;]?\s+(?:because|though|although|while|whereas|since|but|and|so)\s+$")
# The pronoun before its cue: "he later asked" (position: the cue)
_PRONOUN_BEFORE_CUE = re.compile(r"\b(?:he|she)(?:\s+[a-z]+){0,2}\s*$")
# A sentence opening on a pronoun or a described subject ("The Wisconsin Republican did …")
_DESCRIBED_OPENING = re.compile(r"\s*(?:(?P<pronoun>He|She)\b|(?:The|A|An|This|That)\s+(?:[\w’'\-]+\s+){0,3}?"
                                r"(?P<head>[\w\-]+)(?=\s+(?:[a-z]+ed|did|does|is|was|has|had|will|would|also|then)\b))")
# A sentence whose subject is someone described, then named: "Finally, one of the engineers
# in the room, Ron Dolin, started …"
_APPOSITION_OPENING = re.compile(r"(?:[A-Z][a-z]+,\s+)?(?:[Oo]ne\s+of|[Aa]n?|[Tt]he)\s+[^,.;:]{1,60},\s+[A-Z]")
# Nouns that end like a past verb ("Wall Street greed")
_NOUNS_IN_EED = frozenset({"greed", "speed", "need", "seed", "feed", "breed", "deed", "weed", "creed", "steed"})
# A name's words from where it starts, and a verb after it (an apposition's comma between)
_NAME_AT = re.compile(r"[A-Z][\w’'.\-]*(?:[^\S\n]+[A-Z][\w’'.\-]*)*")
_VERB_AFTER_APPOSITION = re.compile(r",?" + _VERB_AFTER_SUBJECT.pattern)
# (the name's first words too: "issues of Wall Street greed" is no subject "Street")
_PREPOSITION_BEFORE_NAME = re.compile(r"\b(?:at|to|with|of|for|by|from|on|about|against|over|than)\s+"
                                      r"(?:[A-Z][\w’'.\-]*\s+){0,3}$")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_PROGRESSIVE_AFTER_SUBJECT = re.compile(r"[^\S\n]+(?:is|was|has\s+been)\s+[a-z]+ing\b")
_CLAUSE_JOINS = (",", " where", " when", " and", " but", " as", " while", " after", " before", " until",
                 " which", " whom", " what", " because", " since")
_QUOTATION_MARKS = "\"“”‘’«»"
# An apostrophe inside a word ("Omar’s", "he’d") is no quotation mark
_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)")


def _subject_run(text: str, run: re.Match) -> bool:
    """A name run followed by a verb, as its subject ("Xi urged"; not "Carson’s updated
    comments": a possessive is no subject)."""
    return _VERB_AFTER_SUBJECT.match(text, run.end()) is not None and not run.group(0).endswith(("’s", "'s", "s’", "s'"))


def _quotes_something(span: str) -> bool:
    """Whether a quotation mark stands in ``span`` (not an apostrophe inside a word)."""
    return any(mark in _APOSTROPHE.sub("", span) for mark in _QUOTATION_MARKS)


_DOUBLE_MARKS = "\"“”«»"
# A thing the sentence is about, then the one who made it: "The Path-Goal Model is given by
# Robert House, who …"
_THING_BY_AGENT = re.compile(r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*:\s+)?(?:The|This|That|Its|A|An)\s+[^.!?]{1,60}?\s+"
                             r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+[A-Z]")
# A thing the sentence is about, then a subordinate clause: "The timeline was published after …"
_THING_THEN_SUBORDINATE = re.compile(r"(?:The|This|That|Its|A|An)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,6}?\s+"
                                     r"(?:after|when|before|as|because|while|once|until)\s+")
_IMPERSONAL_OPENING = re.compile(r"(?:That|This|It|There|What|Such|These|Those)\b")
# Where and when before the person a sentence opens on, and their age: "Over drinks at a bar
# near campus, 21-year-old Ryan Dubicki rolled his eyes"
_SCENE_BEFORE_SUBJECT = (r"(?:(?:At|In|On|Over|During|Inside|Outside|Back\s+in|Later|Earlier|Last|This)\s+"
                         r"[^,;:.!?“”\"]{1,80},\s+)?(?:\d{1,3}-year-old\s+)?")
# What may come before a sentence's subject: a scene, an age, a conjunction
_OPENS_SENTENCE = re.compile(_SCENE_BEFORE_SUBJECT + r"(?:(?:But|And|Yet|So)\s+)?")
# A pronoun opening its sentence, perhaps after a scene ("In the video, he says …")
_OPENING_PRONOUN = re.compile(r"\s*" + _SCENE_BEFORE_SUBJECT + r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)?\s*")
# A quotation opening the sentence, then the pronoun: "“It is a chicken-and-egg problem,” he said"
_QUOTATION_THEN_PRONOUN = re.compile(r"\s*[“\"][^“”\"]{1,1500}[”\"]\s*(?:[Hh]e|[Ss]he)\s*")
_QUESTION_OPENER = re.compile(r"\s*(?:when\s+|if\s+|after\s+being\s+)?(?:asked|pressed|questioned|told|"
                              r"informed|challenged|confronted|reminded)\b", re.IGNORECASE)

# A question put to someone named, in a clause before the pronoun that answers: "When I
# asked Fox's director of IT, Deborah Sadusingh, about email searches, she said …" (the
# one asked; the group holds the words between "asked" and what was asked about)
_ASKED_SOMEONE = re.compile(r"(?:(?:But|And|So)\s+)?(?:When|After|As|Once|Before)\s+(?:[\w’'\-]+\s+){1,3}?"
                            r"(?:later\s+|then\s+|again\s+|also\s+)?asked\s+"
                            r"(?P<asked>[^,.;:!?“”\"]{2,80}?(?:,[^,.;:!?“”\"]{2,60},)?)\s+"
                            r"(?:about|whether|if|why|how|what|when|where|who)\b[^;:!?“”\"]{0,200}?,"
                            r"\s*(?:[Hh]e|[Ss]he)?\s*$")

# A name set off by commas after a title or description: "the science minister, Peter Doyle, …"
_APPOSITION_OPENS = re.compile(r"\b(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*,\s+(?:[A-Z][\w’'.\-]*\s+){0,2}$")
_APPOSITION_CLOSES = re.compile(r",\s")

# Capitalised words that open clauses, never a one-name subject
_NOT_A_SUBJECT_NAME = frozenset({"When", "After", "Before", "While", "If", "As", "Since", "Until", "Once",
                                 "Although", "Though", "Because", "But", "And", "Then", "The", "A", "An"})


def _sentence_start(text: str, position: int) -> Optional[int]:
    """Where the sentence holding ``position`` starts, or None when it starts further
    back than the reach."""
    start = max(0, position - _SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, start, position))
    if ends:
        return ends[-1].end()
    return start if start == 0 else None


class SentenceAntecedents:
    """The in-sentence half of `speakers.SpeakerResolver` (a mixin: it uses the
    resolver's text, entities and canonical names)."""

    def _organisation_earlier_in_sentence(self, position: int) -> Optional[str]:
        """The one organisation named in the pronoun's own sentence before it, or None."""
        start = _sentence_start(self.text, position)
        if start is None:
            start = position - _SENTENCE_REACH   # (a long sentence: its last stretch)
        its = [m.start() for m in _IT.finditer(self.text, start, position)]
        if not its:
            return None
        quoted = [(start + m.start(), start + m.end()) for m in _QUOTED.finditer(self.text[start:its[-1]])]
        # (not a body named inside a quotation the pronoun's speaker says: "“… no OPEC
        # intervention …,” it says")
        named = {e.name for e in self.entities.entities
                 if e.kind == "organization" and not e.brand
                 and any(start <= p < its[-1] and not any(a <= p < b for a, b in quoted)
                                                     for p in e.positions)}
        return named.pop() if len(named) == 1 else None

    def _subject_earlier_in_sentence(self, position: int) -> Optional[str]:
        """The one person a clause of the pronoun's own sentence has as its subject
        ("the summit that Xi hosted …, where he urged"), or None; never after a question
        put to someone ("Asked whether Trump was right, he said": the asker is unnamed)."""
        start = _sentence_start(self.text, position)
        if start is None:
            return None   # a sentence longer than the reach: too far to tell
        trailing = _TRAILING_PRONOUN.search(self.text, start, position)
        if trailing is not None and _CLOSING_CUE_AFTER.match(self.text, trailing.end()):
            return None
        if trailing is None and _CLOSING_CUE_AFTER.match(self.text, _word_end(self.text, position)):
            return None
        span = self.text[start:trailing.start() if trailing else position]
        if not span.strip() or _QUESTION_OPENER.match(span) or not span.rstrip().endswith(_CLAUSE_JOINS) \
                or _quotes_something(span):
            # only a pronoun that opens a clause after a comma ("…, where he urged") in a
            # sentence of the writer's own words
            return None
        people = set()
        runs = []
        # (the person the sentence opens on, as its subject, outranks one named after:
        # "Lee even blasted Moss for the plan, which he called a failure" is Lee's)
        opening = None
        pronoun = (trailing.group(0) if trailing else _WORD.match(self.text, position).group(0)).strip().lower()
        for m in name_runs(self.text, start, position):
            toks = [_strip_possessive(t) for t in m.group(0).split()]
            while toks and toks[0].lower() in _FUNCTION_WORDS:
                toks = toks[1:]
            if not toks or any(t.lower() in ALL_PRONOUNS for t in toks):
                continue
            name = self._person_named_by(toks, reach=3)
            if name is None:
                continue
            if name.split()[0].lower() not in FIRST_NAMES and self._gender(name) is None and not self.roles.get(name):
                continue   # "when La La Land came around, he feared …": a title, no person the article knows
            runs.append((m.start(), m.end()))
            subject = _subject_run(self.text, m)
            if not subject and not self._agrees(pronoun, name, "person", position):
                continue   # "a call he made to Rep. Ilhan Omar's office, in which he said": not her
            people.add(name)
            if subject and _OPENS_SENTENCE.fullmatch(self.text, start, m.start()):
                opening = name
            elif not subject and not (
                    _APPOSITION_OPENS.search(self.text, max(start, m.start() - 40), m.start())
                    and _APPOSITION_CLOSES.match(self.text, m.end())):
                # "Xi's welcome of Putin", "met Xi in": not a subject (but "threats by the
                # science minister, Peter Doyle, to cut their grants": the one agent named)
                return opening
        for m in _CAPITALISED.finditer(self.text, start, position):
            if any(a <= m.start() < b for a, b in runs):
                continue   # a word of a name run read above ("Al" of "Senator Al Moss")
            word = _strip_possessive(m.group(0))
            if word.lower() in ALL_PRONOUNS:
                continue
            name = self.canonical(word)
            if name != word and self.entities.person(name) is not None:
                subject = _subject_run(self.text, m)
                if not subject and not self._agrees(pronoun, name, "person", position):
                    continue
                people.add(name)
                if subject and _OPENS_SENTENCE.fullmatch(self.text, start, m.start()):
                    opening = name
                elif not subject:
                    return opening
            elif name == word and m.start() > start and _VERB_AFTER_SUBJECT.match(self.text, m.end()) \
                    and word not in _NOT_A_SUBJECT_NAME and self.names_someone(word, "person") \
                    and not in_any(word.lower(), PLACES, GROUP_NOUNS, ORG_WORDS):
                # "When Zelphine joined the family, she said …": a one-name person (the
                # article gives her no surname) as a clause's subject (not "when Congress
                # passed the bill, he called it …": a body is no "he")
                people.add(word)
        return people.pop() if len(people) == 1 else None

    def _person_asked_earlier_in_sentence(self, pronoun: str, position: int) -> Optional[str]:
        """"When reporters asked Gov. Tom Hale about the budget, he said …": the person
        asked, whose answer the pronoun opens, or None."""
        if self.text.find("asked", max(0, position - _SENTENCE_REACH), position) == -1:
            return None   # (a cheap check first: this runs for every "he" and "she")
        start = _sentence_start(self.text, position)
        asked = _ASKED_SOMEONE.match(self.text, start, position) if start is not None else None
        if asked is None or asked.end() != position:
            return None
        named = None
        for piece in asked.group("asked").split(","):
            toks = [_strip_possessive(t) for t in piece.split()]
            name = self._person_named_by(toks, reach=3) if toks and toks[-1][:1].isupper() else None
            if name is not None:
                named = name   # (the last: "Fox's director of IT, Deborah Sadusingh")
        return named if named is not None and self._agrees(pronoun, named, "person", position) else None

    def _main_subject_before_subordinate(self, position: int) -> Optional[str]:
        """"Kellard Sen. Dan Fisk is highlighting his win over Tom Reed as he urges …":
        the person a writer's sentence opens with, as the subject of its main clause, when
        the pronoun opens a subordinate clause of it (an object named in between, "over
        Tom Reed", is not what "he" stands for); else None."""
        start = _sentence_start(self.text, position)
        if start is None or not _SUBORDINATOR_BEFORE.search(self.text, start, position) \
                or _quotes_something(self.text[start:position]):
            return None
        opening = _OPENING_NAME.match(self.text, start, position)
        if opening is None or not _VERB_AFTER_SUBJECT.match(self.text, opening.end()) \
                and not _PROGRESSIVE_AFTER_SUBJECT.match(self.text, opening.end()):
            return None
        return self._person_named_by([_strip_possessive(t) for t in opening.group(0).split()])

    def _main_subject_after_fronted_clause(self, position: int) -> Optional[str]:
        """"Although he said it was “wild” to see himself in the teaser, Isaac stopped short
        of …": the person named as the subject of the main clause after a subordinate clause
        that opens the sentence with the pronoun as its subject; else None."""
        start = _sentence_start(self.text, position)
        if start is None or not _FRONTED_SUBORDINATOR.fullmatch(self.text, start, position):
            return None
        end = _SENTENCE_END.search(self.text, position, position + _SENTENCE_REACH)
        end = end.start() if end else min(len(self.text), position + _SENTENCE_REACH)
        for comma in _MAIN_CLAUSE_NAME.finditer(self.text, position, end):
            inside = self.text[position:comma.start()]
            if sum(inside.count(m) for m in _DOUBLE_MARKS) % 2 or inside.count("“") != inside.count("”"):
                continue   # (a comma inside the quoted words)
            return self._person_named_by([_strip_possessive(t) for t in comma.group(1).split()])
        return None

    def _introducer_of_quotation(self, position: int) -> Optional[str]:
        """"Climatologist Gavin Schmidt likened the threshold to a speed limit: “It means
        …,” he said": the person whose clause introduces, with a colon, the quotation right
        before the pronoun (the subject named before a verb there); else None."""
        if not _CLOSED_QUOTATION_THEN_PRONOUN.search(self.text, max(0, position - 12), position):
            return None   # (the common case, told cheaply: no quotation closes right before the pronoun)
        quoted = _COLON_QUOTATION_THEN_PRONOUN.search(self.text, max(0, position - 1600), position)
        if quoted is None:
            return None
        start = _sentence_start(self.text, quoted.start())
        if start is None:
            return None
        for m in name_runs(self.text, start, quoted.start()):
            if _VERB_AFTER_SUBJECT.match(self.text, m.end()):
                return self._person_named_by([_strip_possessive(t) for t in m.group(0).split()])
        for m in _CAPITALISED.finditer(self.text, start, quoted.start()):
            if _VERB_AFTER_SUBJECT.match(self.text, m.end()) and (named := self._person_named_by([m.group(0)])):
                return named   # "Later, Murphy followed up: “…,” he said": a surname the article gave
                # a person ("Officials ruled …" names no one: read on)
        return None

    def _sole_fitting_person_in_sentence(self, pronoun: str, position: int) -> Optional[str]:
        """"An entity Neumann controlled also sold the company …, though he later asked …":
        the one person named earlier in the pronoun's own sentence whom "he"/"she" fits,
        when the pronoun opens a clause joined to a main clause of the writer's words and
        every person named there has a known gender; else None."""
        start = _sentence_start(self.text, position)
        own = _PRONOUN_BEFORE_CUE.search(self.text, start, position) if start is not None else None
        if own is None or not _JOINED_CLAUSE_BEFORE.search(self.text, start, own.start()):
            return None
        span = self.text[start:own.start()]
        described = _DESCRIBED_OPENING.match(span)
        if described and (described.group("pronoun") or in_any(described.group("head").lower(), TITLE_WORDS,
                                                                 DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS)
                          or described.group("head")[:1].isupper()
                          and self.entities.person(self.canonical(described.group("head"))) is None):
            # "The Kellard Republican did give Reed some credit …, but he suggested …": the
            # one described (but "An entity Neumann controlled …": Neumann is named)
            return None
        quoted = [(start + m.start(), start + m.end()) for m in _QUOTED.finditer(span)]
        if _QUESTION_OPENER.match(span) or any(mark in _QUOTED.sub("", span) for mark in _DOUBLE_MARKS):
            return None   # (a word in quotation marks is no quotation: "the right to use the word “We”")
        named = [e.name for e in self.entities.entities
                 if e.kind == "person" and any(start <= p < position and not any(a <= p < b for a, b in quoted)
                                               for p in e.positions)]
        genders = [self._gender(name) or listed_gender_of(name) for name in named]
        if not named or None in genders:
            return None   # someone the pronoun may stand for whose gender the article never says
        fitting = [name for name, gender in zip(named, genders) if agrees(pronoun, gender)]
        return fitting[0] if len(fitting) == 1 else None

    def _person_named_by(self, toks: list[str], reach: Optional[int] = None) -> Optional[str]:
        """The article's person a capitalised run names, read from its start and then past
        its first words, up to ``reach`` of them ("Senator Al Moss", "Texas Sen. Ted Cruz":
        the person is named after the title)."""
        starts = range(len(toks) if reach is None else min(len(toks), reach))
        return next((n for n in (self.canonical(" ".join(toks[i:])) for i in starts)
                     if self.entities.person(n) is not None), None)

    def _joint_subject_of_sentence(self, position: int) -> Optional[str]:
        """"Christie and Haley would not get into …, they said": the two people the
        pronoun's own sentence opens with as its subject, joined as the resolver joins
        "Xi and Putin"; else None."""
        start = _sentence_start(self.text, position)
        joint = _OPENING_JOINT.match(self.text, start, position) if start is not None else None
        if joint is None or _quotes_something(self.text[start:position]):
            return None
        names = [self.canonical(joint.group(g)) for g in (1, 2)]
        if not all(self.entities.person(n) is not None for n in names) or names[0] == names[1]:
            return None
        return " and ".join(names)

    def _group_subject_of_sentence(self, position: int) -> Optional[str]:
        """"While many port watchers expect Mr. Reed to be reappointed, they say …": the
        people a subordinate clause opening the pronoun's own sentence has as its subject; else None."""
        start = _sentence_start(self.text, position)
        group = _SUBORDINATE_GROUP.match(self.text, start, position) if start is not None else None
        if group is None and start is not None and _WHAT_THEY_BEFORE.search(self.text, max(start, position - 12), position):
            group = _GROUP_THEN_WHAT_THEY.search(self.text, start, position)   # ("… for what they say")
            group = group if group and (group.group(2) in GROUP_NOUNS or in_any(
                group.group(2)[:-1], GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS, TITLE_WORDS)) else None
        if group is None or _quotes_something(self.text[start:position]):
            return None
        return group.group(1)[0].lower() + group.group(1)[1:]

    def _person_of_previous_sentence(self, position: int) -> Optional[str]:
        """The one person the sentence before names, when the pronoun opens its own
        sentence and that sentence is the writer's, with no one noted as its subject or
        speaker ("…,” said Fisk. ¶ That might seem odd to anyone following Port
        Director Tom Reed’s statement. He called …": Reed); also when a quotation
        opens the pronoun's sentence ("“…,” he said") and only bodies or things were noted
        there, the one person named there whose first name fits; else None."""
        start = _sentence_start(self.text, position)
        after_quotation = bool(start) and _QUOTATION_THEN_PRONOUN.fullmatch(self.text, start, position) is not None
        if not start or not (_OPENING_PRONOUN.fullmatch(self.text, start, position) or after_quotation):
            return None
        # (the sentence before may end the paragraph before: "… Ryan Dubicki rolled his
        # eyes. ¶ “…,” he said")
        before = self._sentence_before(start)
        if before is None:
            return None
        previous = before[0]
        noted = [s.kind for s in self.history if previous <= s.position < start]
        by_agent = _THING_BY_AGENT.match(self.text[previous:start].lstrip(" ")) is not None
        if any(mark in self.text[previous:start] for mark in _DOUBLE_MARKS):
            return None
        if noted and not ((after_quotation or by_agent) and "person" not in noted):
            # (after a quotation, a body or a thing noted there is no one "he" could stand
            # for: "Such vulnerabilities may suggest …, but Makarov … drew the opposite
            # conclusion. “…,” he said"); but one person noted there as the sentence's
            # subject, not as a speaker, is: "Lee even blasted Moss. ¶ “…,” he said" is
            # Lee's, though the speaker before was noted after Lee
            return self._sole_subject_noted(previous, start)
        named = {name for at, name in self.name_positions
                 if previous <= at < start and self.entities.person(name) is not None}
        if len(named) > 1:
            # "Finally, one of the engineers, Ron Dolin, started yelling at Page. He said …":
            # the one person named there as a verb's subject, not its object
            return self._sole_subject_named(previous, start)
        if after_quotation:
            # a person named there by surname alone too, and only one whose first name
            # marks them as the pronoun's ("…, but Makarov, during a panel discussion, drew
            # the opposite conclusion. “…,” he said": Vadim Makarov)
            pronoun = self.text[:position].split()[-1].lower()
            named |= {e.name for e in self.entities.entities
                      if e.kind == "person" and any(previous <= at < start for at in e.positions)}
            named = {name for name in named if " " in name
                     and (gender := self._gender(name) or listed_gender_of(name)) is not None and agrees(pronoun, gender)}
        if len(named) != 1:
            return None
        name = named.pop()
        opening = self.text[previous:start].lstrip(_DOUBLE_MARKS + " ")
        # the sentence is about no one ("That might seem odd …"), or about this very
        # person ("Senator Nora Vance questioned Mr. Reed's honesty."); not about a
        # person described or a pronoun's ("The former ambassador discussed … Donald Trump.")
        if _IMPERSONAL_OPENING.match(opening) or by_agent or re.match(
                _SCENE_BEFORE_SUBJECT + r"(?:[A-Z][\w’'.\-]*\s+){0,3}" + re.escape(name) + r"\b(?![’'])", opening):
            return name
        # (or about a thing, a person the subject of its subordinate clause: "The timeline
        # was published after Ms Robison raised a point of order. She said …")
        return self._sole_subject_named(previous, start) \
            if _APPOSITION_OPENING.match(opening) or _THING_THEN_SUBORDINATE.match(opening) else None

    def _sole_subject_noted(self, start: int, end: int) -> Optional[str]:
        """The one person the history notes in ``text[start:end]``, when no one spoke there
        and the sentence names them as its subject; else None."""
        noted = [s for s in self.history if start <= s.position < end]
        names = {s.name for s in noted}
        if len(names) != 1 or noted[0].kind != "person" or any(s.spoke for s in noted):
            return None
        name = names.pop()
        return name if self._sole_subject_named(start, end) == name else None

    def _sole_subject_named(self, start: int, end: int) -> Optional[str]:
        """The one person named in ``text[start:end]`` right before a verb (after an
        apposition's closing comma too: "…, Ron Dolin, started"), none named after a
        preposition counted; else None."""
        subjects = set()
        for entity in self.entities.entities:
            if entity.kind != "person":
                continue
            for at in entity.positions:
                if not start <= at < end:
                    continue
                run = _NAME_AT.match(self.text, at)
                verb = _VERB_AFTER_APPOSITION.match(self.text, run.end()) if run else None
                if verb and verb.group(0).split()[-1] not in _NOUNS_IN_EED \
                        and not _PREPOSITION_BEFORE_NAME.search(self.text, max(start, at - 60), at):
                    subjects.add(entity.name)
        return subjects.pop() if len(subjects) == 1 else None

    def _described_subject(self, previous: int, end: int) -> Optional[tuple[str, int]]:
        """"The duchess has hinted …, but during her interview with Winfrey she spoke …
        ¶ She revealed …": the description that is the subject of the writer's sentence
        ``text[previous:end]`` (the one before a pronoun opening its own, from
        ``_writers_previous_sentence``), not a name inside it, and where it stands; else None."""
        described = _DESCRIBED_SUBJECT.match(self.text, previous, end)
        return ("the " + described.group(1), described.start()) if described else None

    def _writers_previous_sentence(self, position: int, opening: bool = True) -> Optional[tuple[int, int]]:
        """(start, end) of the sentence before the one a pronoun at ``position`` opens
        (``opening``; else any word there), in this paragraph or the one before, when it
        holds no quotation; else None."""
        start = _sentence_start(self.text, position)
        if not start or (opening and not _OPENING_PRONOUN.fullmatch(self.text, start, position)):
            return None
        bounds = self._sentence_before(start)
        if bounds is None or any(mark in self.text[bounds[0]:bounds[1]] for mark in _DOUBLE_MARKS):
            return None
        return bounds

    def _sentence_before(self, start: int) -> Optional[tuple[int, int]]:
        """(start, end) of the sentence before the one starting at ``start``, which may end
        the paragraph before; None when it starts further back than the reach."""
        end = len(self.text[:start].rstrip())
        previous = _sentence_start(self.text, end - 1)
        return None if previous is None else (previous, end)
