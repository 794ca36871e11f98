"""Pronouns: whom "he", "she", "it" and "they" stand for within one article.

The pronoun half of `speakers.SpeakerResolver` (a mixin, like `descriptions`): a
person who is the subject of a clause earlier in the pronoun's own sentence, else the
one person the writer's previous sentence is about, else the latest speaker or
subject of the article's history whose kind and gender fit; never the person the
pronoun's own clause names ("he called Jones …" is not Jones).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Optional

from .frequency import everyday_word
from .gender import (FEMALE_MARKS, FEMALE_NOUNS, FIRST_NAMES, MALE_MARKS, MALE_NOUNS, agrees, first_name_gender, gender_of,
                     listed_gender_of, marked_genders)
from .lexicon import DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, OPENING_TIME_OR_PLACE, PERSON_PRONOUNS, TITLE_WORDS, in_any
from .antecedents import _CAPITALISED, _DOUBLE_MARKS, _QUOTATION_THEN_PRONOUN, _VERB_AFTER_SUBJECT, _sentence_start
from .description_kinds import description_kind
from .described_people import COURTESY_WORDS
from .interviews import interviewee, printed_interview
from .mentions import Mention, parse_mention
from .names import _strip_possessive
from .noun_phrases import singular_description
from .scanning import matches_of_word


# The rest of a pronoun's clause: to the first comma, stop, colon, semicolon or quotation mark
_OWN_CLAUSE = re.compile(r"[^.,;:!?“”\"\n]{0,80}")
# (A pronoun, then) an act only people do (a document says, shows, finds, warns; it never vows)
_PEOPLES_ACT_AFTER = re.compile(r"(?:they\s+)?(?:(?:all|both|also|have|had|has|then|later)\s+){0,2}"
                                r"(?:vow|promise|pledge|swor|swear|threaten|insist|den(?:y|ie)|admit|apologi[sz]|joke|joking|"
                                r"boast|brag|complain|lament|quip|shout|yell)\w*\b", re.I)
# … where a surname before these nouns is a modifier, not the person ("such longtime Allen
# defenders as …", "the Trump campaign"): it names the people around them
_FOLLOWERS = (r"(?:campaign|administration|aides?|allies|supporters|defenders|critics|camp|voters|fans|family|"
              r"team|staff|era|presidency|foundation|loyalists|backers|people)\b")
# A courtesy title before a surname ("Ms Robison", "Mr. Cueto")
_COURTESY_TITLED = re.compile(r"(?:" + "|".join(sorted((w.capitalize() for w in COURTESY_WORDS), key=len, reverse=True))
                              + r")\.?\s+[A-Z]")
# An unnamed person brought in by an adjunct opening the pronoun's sentence ("In an FBI
# agent's testimony, he …", "According to a witness, she …")
_SOMEONE_UNNAMED_BEFORE = re.compile(
    r"\s*(?:In|According\s+to|From|Under|Asked\s+by|Speaking\s+to)\s+(?:an?|another|one)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:agent|officer|official|witness|man|woman|source|spokesman|spokeswoman|spokesperson|investigator|"
    r"detective|lawyer|attorney|aide|employee|worker|resident|neighbor|neighbour|doctor|nurse)(?:[’']s)?\b[^.!?]*$")


# A capitalised name opening a sentence before its verb: "The Palestinian Health Ministry has recorded …"
_NAMED_BODY_SUBJECT = re.compile(r"((?:The\s+)?(?:[A-Z][\w’'&.\-]*\s+){0,5}[A-Z][\w’'&\-]*\.?)(?="
                                 + _VERB_AFTER_SUBJECT.pattern
                                 # ("The Appellate Court didn’t agree with Amazon’s stance. It noted …")
                                 + r"|[^\S\n]+(?:did|does|was|is|has|had|would|could)n[’']t\b)")


# A sentence opening on plural people, maybe after a phrase of when or where, maybe with
# the body they work at: "In a new report, researchers at the University of Georgia (UGA) looked …"
_PEOPLE_OPENING = re.compile(
    r"\s*(?:" + OPENING_TIME_OR_PLACE + r",\s+)?"
    # (a word before the plural, not a determiner: "Climate scientists", not "The protesters")
    r"((?:(?!(?:The|These|Those|This|That|An?|Some|Many|Most|All)\b)[A-Z][a-z]+\s+)?"
    r"(?P<head>(?!(?:The|These|Those)\b)[A-Za-z][a-z\-]*s)"
    r"(?:\s+(?:at|from|with|of)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'.\-]*){0,6}"
    r"(?:\s+\([A-Z]{2,6}\))?)?)"
    r"(?=[^\S\n]+(?:also\s+|then\s+|later\s+|long\s+|now\s+)?(?:[a-z]{2,}ed|have|had|are|were|will|would|did|do|"
    r"say|said|went|came|met|made|took|gave|left|spoke|won|ran|told|found|saw|thought|knew)\b)")


# A determined noun phrase of lower-case words just before ", who"
_DESCRIBED_BEFORE_WHO = re.compile(r"(?<![\w’'])((?:[Tt]he|[Aa]n?)\s+(?:(?!(?:the|a|an)\s)[a-z][\w\-]*\s+){0,3}"
                                   r"[a-z][\w\-]*),\s*(?:who\s*)?$")
# A paragraph opening on a name and a colon: a turn of an interview ("McKelvey: …")
# (not a letter's salutation: "DEAR ABBY: I asked her …" is the letter writer's "I")
_TURN_LABEL = re.compile(r"(?!(?i:dear)\s)((?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]*):\s")


# A person described by what sets them apart: "the man in red shorts", "the woman who called"
_SOMEONE_SET_APART = re.compile(r"(the\s+(?:[\w\-]+\s+){0,2}?[a-z]+)\s+(?:in|with|wearing|who)\s")
# One unnamed source close to a matter, not to a person: "a source close to the inquiry"
# (one close to someone, "a person close to Kelly", is remembered as a group, so that a
# later "she" is Kelly)
_ONE_CLOSE_TO_A_MATTER = re.compile(r"(?:a|an|one|another)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*\s+(?:close|closest)\s+to\s+"
                                    r"(?:the|a|an|this|that)\s+(?:[a-z][\w\-]*\s+){0,2}(?P<matter>[a-z][\w\-]*)")
# A sentence opening on someone new, described and not named: "A neighbour had called …",
# "One witness ran …", "A man in red shorts ran …"
_SOMEONE_INTRODUCED = re.compile(r"(?:An?|One|Another)\s+((?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*)(?="
                                 + _VERB_AFTER_SUBJECT.pattern + ")")
# A quotation opening the sentence, then "it": "“God’s Little Angel,” it said"
_QUOTATION_THEN_IT = re.compile(r"\s*[“\"][^“”\"]{1,1500}[”\"]\s*[Ii]t\s*")


class PronounResolution:
    """The pronoun half of `speakers.SpeakerResolver` (it uses the resolver's text,
    history, roles, names and the sentence antecedents of `antecedents`)."""

    def _described_before_who(self, position: int):
        """"… apologised to the waitress, who said …", "… called the police, who said …":
        the people a described noun phrase right before ", who" names, as the article
        resolves the description (else as written); None for anything else."""
        before = _DESCRIBED_BEFORE_WHO.search(self.text, max(0, position - 80), position)
        if before is None:
            return None
        written = before.group(1)
        mention = parse_mention(written)
        if mention is not None and mention.kind in ("person", "group") and not mention.pronoun:
            resolved = self.resolve(mention, before.start(1))
            if resolved is not None:
                return resolved
        kind = description_kind(written, None)   # ("the waitress", "the crowd": people no lexicon titles)
        return (written[0].lower() + written[1:], kind, None) if kind in ("person", "group") else None

    def _resolve_pronoun(self, pronoun: str, position: int):
        resolved = self._antecedent(pronoun, position)
        if resolved is not None and description_kind(resolved[0], resolved[1]) == "document" \
                and _PEOPLES_ACT_AFTER.match(self.text, position):
            return None   # "Even as they both vowed to keep sailing …": people vow, polls and reports do not
        if resolved is not None and resolved[1] == "person" and pronoun in ("he", "she") \
                and self._named_in_own_clause(resolved[0], position):
            # "… Chuck Jones with a tweet in which he called Jones “terrible”": whoever "he" is,
            # not the man his own clause names; the subject before it, or nobody
            subject = self._subject_earlier_in_sentence(position)
            return (subject, "person", self.roles.get(subject)) if subject is not None and subject != resolved[0] \
                and self._agrees(pronoun, subject, "person", position) \
                and not self._named_in_own_clause(subject, position) else None
        return resolved

    def _named_in_own_clause(self, name: str, position: int) -> bool:
        """Whether the clause a pronoun at ``position`` opens names ``name`` (as the article
        reads the name there: "Obama" after "Michelle Obama … she said" may be her husband)."""
        clause = _OWN_CLAUSE.match(self.text, position)
        surname = _strip_possessive(name.split()[-1]) if name.split() else ""
        if not clause or not surname:
            return False
        for m in matches_of_word(surname, _named_by_surname, clause.group(0), 0, len(clause.group(0))):
            if self.canonical(_strip_possessive(m.group(0))) == name:
                return True
        return False

    def _antecedent(self, pronoun: str, position: int):
        if pronoun == "i":
            turn = self.turn_speaker(position)
            if turn is not None:
                return turn   # "McKelvey: I called Jack up and said …": the one whose turn it is
            answerer = self._interviewee(position)
            if answerer is not None:
                return answerer, "person", self.roles.get(answerer)   # an unlabelled Q&A's answer
            return (self.author, "person", None) if self.author else None
        if pronoun == "who":
            return self._described_before_who(position)
        if pronoun in ("we", "you"):
            return None
        # "it" is a body or a document, never "critics"; "they" a group or a body
        wanted = ("person",) if pronoun in PERSON_PRONOUNS else \
            ("organization", "document") if pronoun == "it" else ("group", "organization", "document")
        if pronoun == "they":
            pair = self._joint_subject_of_sentence(position)
            if pair is not None:
                # "Christie and Haley would not get into …, they said": the two who open the sentence
                return pair, "group", None
            group = self._group_subject_of_sentence(position)
            if group is not None:
                return group, "group", None   # "While many analysts expect …, they say …"
            people = self._people_of_previous_sentence(position)
            if people is not None:
                return people, "group", None   # "The researchers studied the tool. They note …"
        if pronoun == "it":
            body = self._organisation_earlier_in_sentence(position)
            if body is not None:
                # "Documents from the DNC began circulating after it announced …"
                return body, "organization", None
            thing = self._thing_of_previous_sentence(position)
            if thing is not None:
                return thing[0]   # "The party platform was written in Tampa. It called for …"
        if pronoun in PERSON_PRONOUNS:
            opens = _sentence_start(self.text, position)
            if opens is not None and _SOMEONE_UNNAMED_BEFORE.match(self.text, opens, position):
                return None   # "In an FBI agent's unsworn testimony, he describes …": the agent, unnamed
            asked = self._person_asked_earlier_in_sentence(pronoun, position)
            if asked is not None:
                return asked, "person", self.roles.get(asked)   # "When I asked Hale about …, he said"
            subject = self._subject_earlier_in_sentence(position)
            if subject is not None and self._agrees(pronoun, subject, "person", position):
                # "After Xi arrived in Tianjin, he urged …": the person who is the subject
                # of a clause before the pronoun, in its own sentence
                return subject, "person", self.roles.get(subject)
            introducer = self._introducer_of_quotation(position)
            if introducer is not None and self._agrees(pronoun, introducer, "person", position):
                return introducer, "person", self.roles.get(introducer)   # "X likened …: “…,” he said"
            later = self._main_subject_after_fronted_clause(position)
            if later is not None and self._agrees(pronoun, later, "person", position):
                return later, "person", self.roles.get(later)   # "Although he said …, Isaac stopped …"
            main = self._main_subject_before_subordinate(position)
            if main is not None and self._agrees(pronoun, main, "person", position):
                return main, "person", self.roles.get(main)
            named = self._sole_fitting_person_in_sentence(pronoun, position)
            if named is not None:
                return named, "person", self.roles.get(named)
            previous = self._person_of_previous_sentence(position)
            if previous is not None and self._agrees(pronoun, previous, "person", position):
                return previous, "person", self.roles.get(previous)
            holder = self._described_holder_before(pronoun, position)
            if holder is not None:
                return holder, "person", None
            introduced = self._someone_introduced_before(pronoun, position)
            if introduced is not None:
                return introduced, "person", None
            bounds = self._writers_previous_sentence(position)
            if bounds is not None and self._pronoun_results.get(bounds[0], "") is None \
                    and self.text[bounds[0]:bounds[0] + len(pronoun) + 1].lower() == pronoun + " ":
                return None   # "She revealed …  She added …": whom the last "She" stood for, even nobody
            described = self._described_subject(*bounds) if bounds else None
            set_apart = _SOMEONE_SET_APART.match(described[0]) if described else None
            if set_apart and _describes_a_person(set_apart.group(1), pronoun):
                # "The man in red shorts led the staff to …. He says …": someone the writer
                # sets apart by what they wear or do, not whoever was named before
                return described[0], "person", None
            if described is not None and _describes_a_person(described[0], pronoun):
                # the person the previous sentence is about, if the description reaches them
                # from where it stands; never someone merely named inside that sentence
                words = tuple(described[0].lower().split()[1:])
                resolved = self.resolve(Mention(text=described[0], description=words, kind="person"), described[1])
                if resolved is not None and resolved[1] == "person" and self._agrees(pronoun, resolved[0], "person", position):
                    return resolved
                if _HOLDER_OF_SOMETHING.search(described[0]):
                    return described[0], "person", None   # (see `_described_holder_before`)
                resolved = self._latest_fitting(pronoun, position, wanted)
                bystanders = {self.canonical(_strip_possessive(m.group(0)))
                              for m in _CAPITALISED.finditer(self.text, described[1] + 1, bounds[1])}
                return None if resolved is not None and resolved[0] in bystanders else resolved
        return self._latest_fitting(pronoun, position, wanted)

    def _described_holder_before(self, pronoun: str, position: int) -> Optional[str]:
        """"The city’s civil defense director found …. “…,” he said": the office holder the
        writer's sentence before opens on, named by what they hold, when a quotation opens
        the pronoun's sentence and no one is named there; someone new, not whoever was
        named last."""
        bounds = self._sentence_before_quotation(position, _QUOTATION_THEN_PRONOUN)
        if bounds is None:
            return None
        start = _sentence_start(self.text, position)
        opening = _OPENING_ADJUNCT.match(self.text, bounds[0], bounds[1])   # ("By 1966, the city’s …")
        held = _HOLDER_AFTER_AN_ADJUNCT.match(self.text, opening.end(), bounds[1]) if opening else None
        described = self._described_subject(*bounds) or (("the " + held.group(1), held.start()) if held else None)
        if described is None or not _HOLDER_OF_SOMETHING.search(described[0]) \
                or not _describes_a_person(described[0], pronoun) \
                or any(previous_at < start and bounds[0] <= previous_at for previous_at, _ in self.name_positions):
            return None
        return described[0]

    def _someone_introduced_before(self, pronoun: str, position: int) -> Optional[str]:
        """"A neighbour had called the police. He said …" (or "“…,” he said"): the
        someone new, described and not named, whom the writer's sentence before opens on;
        an indefinite article brings in a person who is nobody named before."""
        bounds = self._writers_previous_sentence(position) \
            or self._sentence_before_quotation(position, _QUOTATION_THEN_PRONOUN)
        opening = _SOMEONE_INTRODUCED.match(self.text, *bounds) if bounds else None
        if opening is None or any(bounds[0] <= at < bounds[1] for at, _ in self.name_positions):
            return None
        described = opening.group(0)[0].lower() + opening.group(0)[1:]
        set_apart = _SOMEONE_SET_APART.match("the " + opening.group(1))   # ("a man in red shorts")
        return described if _describes_a_person(set_apart.group(1) if set_apart else described, pronoun) else None

    def _interviewee(self, position: int) -> Optional[str]:
        """Whose answer ``position`` is in, in an interview printed as unlabelled questions and
        answers (`interviews`): the one person its headline and standfirst name (by a given
        name or a known sex: not "DIE WELTWOCHE", the weekly)."""
        if self._interview is None:
            self._interview = printed_interview(self.text)
        return interviewee(self.text, position, lambda s, e: [
            n for at, n in self.name_positions if s <= at < e and self.entities.person(n) is not None
            and (n.split()[0].lower() in FIRST_NAMES or self._gender(n) is not None)], self._interview)

    def turn_speaker(self, position: int):
        """The person whose name labels the paragraph holding ``position`` as a turn of an
        interview ("McKelvey: …"), when the article names them; else None."""
        i = bisect_right(self.paragraph_starts, position) - 1
        label = _TURN_LABEL.match(self.text, self.paragraph_starts[i]) if i >= 0 else None
        if label is None:
            return None
        name = self.canonical(label.group(1))
        return (name, "person", self.roles.get(name)) if self.entities.person(name) is not None else None

    def _people_of_previous_sentence(self, position: int, opening: bool = True) -> Optional[str]:
        """For a "They" opening its sentence (``opening``; else any subject there, "Some"):
        the people the writer's sentence before is about, when it opens on them described
        ("The researchers studied …")."""
        bounds = self._writers_previous_sentence(position, opening)
        described = self._described_subject(*bounds) if bounds else None
        if described is None:
            # "In a new report, researchers at the University of Georgia (UGA) looked at …":
            # people counted by a plural noun alone, and where they work
            plural = _PEOPLE_OPENING.match(self.text, *bounds) if bounds else None
            if plural and _counts_people(plural.group("head").lower()):
                people = plural.group(1)
                return people[0].lower() + people[1:] if people.split()[0] == plural.group("head") else people
            return None
        head = described[0].split()[-1].lower()
        plural_of_people = _counts_people(head)
        return described[0] if plural_of_people else None

    def _sentence_before_quotation(self, position: int, opening: re.Pattern = _QUOTATION_THEN_IT
                                   ) -> Optional[tuple[int, int]]:
        """(start, end) of the writer's sentence before the one a quotation and then "it"
        (or the pronoun ``opening`` reads) at ``position`` open ("The message included
        photos. “God’s Little Angel,” it said."), when it holds no quotation; else None."""
        start = _sentence_start(self.text, position)
        if not start or not opening.fullmatch(self.text, start, position):
            return None
        bounds = self._sentence_before(start)
        if bounds is None or any(mark in self.text[bounds[0]:bounds[1]] for mark in _DOUBLE_MARKS):
            return None
        return bounds

    def _thing_of_previous_sentence(self, position: int):
        """For an "it" opening its sentence: (the resolution of the thing the writer's
        sentence before is about,) when that sentence opens on a described thing; the
        resolution is None (nobody) when that thing is no body or document the article
        names, rather than an older body ("The Economist" far above). For an "it" after
        a quotation opening its sentence, only a body or document the sentence before
        opens on."""
        bounds = self._writers_previous_sentence(position)
        after_quotation = bounds is None
        bounds = bounds or self._sentence_before_quotation(position)
        # "The Palestinian Health Ministry has recorded … It says …": a body named as the
        # subject of the writer's sentence before
        named = _NAMED_BODY_SUBJECT.match(self.text, *bounds) if bounds else None
        body = parse_mention(named.group(1)) if named else None
        if body is not None and body.kind == "organization" and body.name:
            resolved = self.resolve(body, named.start(1))
            if after_quotation and (resolved is None or resolved[1] != "organization"):
                return None
            return (resolved if resolved is not None and resolved[1] == "organization" else None,)
        described = self._described_subject(*bounds) if bounds else None
        if described is None:
            return None
        words = described[0].split()
        head = words[-1].lower()
        if head.endswith("s") or in_any(head, GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS, TITLE_WORDS):
            return None   # people: not what "it" stands for; the usual reading decides
        mention = parse_mention(described[0], lenient=True)
        if mention is None or mention.kind == "person":
            return None
        resolved = self.resolve(mention, described[1])
        if after_quotation and (resolved is None or resolved[1] not in ("organization", "document")):
            return None   # (after a quotation, only a body or document: "The slowdown is different, it said.
            # “…,” it said": the usual reading decides)
        return (resolved if resolved is not None and resolved[1] in ("organization", "document") else None,)

    def _latest_fitting(self, pronoun: str, position: int, wanted: tuple[str, ...]):
        """The latest speaker or subject of the article's history whose kind and gender
        fit, or (nobody having spoken yet) the last person named."""
        passed_over = False
        nearest = True
        for s in reversed(self.history):
            # (a body the article only describes, "the brokerage", is remembered loosely as a
            # group; "it" after its report stands for it)
            kind = description_kind(s.name, s.kind) if pronoun == "it" and s.spoke and s.name[:1].islower() \
                else s.kind
            close = _ONE_CLOSE_TO_A_MATTER.fullmatch(s.name) if pronoun in ("he", "she") and s.spoke else None
            if close and s.position <= position and not in_any(close.group("matter"), TITLE_WORDS, GENERIC_PERSON_NOUNS):
                return s.name, "person", None   # "…, said a clerk close to the ferry inquiry. He added …": the source
            if s.position > position or kind not in wanted or (s.name == self.author and pronoun != "i"):
                continue   # (the writer, who spoke as "I", is never "he" or "she" in the same piece)
            first, nearest = nearest, False
            if pronoun == "they" and singular_description(s.name) and (
                    s.kind == "group" or (s.kind == "document" and not first)):
                continue  # "the episode", "a young boy": one thing, never "they"; but "The letter
                # said … They said …": a document's authors, just after it
            if s.kind == "person" and not s.spoke and len(s.name.split()) == 1 and not (
                    s.name.lower() in FIRST_NAMES and self.text.find(f", {s.name},", 0, position) != -1) \
                    and not _COURTESY_TITLED.match(self.text, s.position) and not _known_given_name(s.name):
                continue  # a lone capitalised word that opened a sentence ("Opposition") is no antecedent
                # (but a first name set off as someone's is: "Trump’s wife, Melania, is … she described";
                # so is a surname after a courtesy title: "Ms Robison raised a point of order. She said";
                # and a given name the tables sex that is no everyday word: "Tommy retired at 51. He …")
            if not self._agrees(pronoun, s.name, s.kind, position):
                passed_over = True   # "she" after "Mr. Ginsberg": look further back …
                continue
            if passed_over and self._genders.get(s.name) is None:
                return None          # … but only to someone the article marks as a match
            return s.name, kind, self.roles.get(s.name)
        if pronoun in PERSON_PRONOUNS and not passed_over:
            # nobody has spoken yet: the last person named before the pronoun
            for pos, name in reversed(self.name_positions):
                if pos < position and not _inside_quotation(self.text, pos):
                    # (not "“… our links with the Pacific Islands grow …,” he said": a name
                    # the quotation itself speaks of)
                    return (name, "person", self.roles.get(name)) if self._agrees(pronoun, name, "person", position) else None
        return None

    def pronoun_fits(self, pronoun: str, name: str) -> bool:
        """Whether "he"/"she" may stand for the person ``name``."""
        return self._agrees(pronoun, name, "person")

    def _agrees(self, pronoun: str, name: str, kind: str, position: Optional[int] = None) -> bool:
        """"she" never stands for a man the article marks as one ("Mr. Ginsberg", "Steven"),
        nor for one "he" stood for in this paragraph or the one before."""
        if kind != "person" or pronoun not in PERSON_PRONOUNS:
            return True
        gender = self._gender(name)
        if gender is None and position is not None and name in self._pronoun_genders:
            # (only nearby: an earlier pronoun read wrong must not rule out the right one later)
            said, where = self._pronoun_genders[name]
            gender = said if where >= self._window_start(position) else None
        return agrees(pronoun, gender or listed_gender_of(name))

    def _gender(self, name: str) -> Optional[str]:
        """A person's gender as the article marks it, or as the first name says; None if unknown."""
        if self._marked is None:
            self._marked = marked_genders(self.text)
        if name not in self._genders:
            self._genders[name] = gender_of(name, self._marked)
        return self._genders[name]



@functools.lru_cache(maxsize=4096)   # (one per surname: the same few recur through an article)
def _named_by_surname(surname: str) -> re.Pattern:
    """A surname with up to two capitalised words before it, not modifying a noun after it."""
    return re.compile(r"(?:[A-Z][\w’'.\-]*\s+){0,2}" + re.escape(surname) + r"\b(?!\s+" + _FOLLOWERS + r")")


def _counts_people(noun: str) -> bool:
    """Whether a lower-case plural noun counts people ("researchers", "officials")."""
    return noun.endswith("s") and in_any(noun[:-1], GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS, TITLE_WORDS)


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside quotation marks opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, position) + 1:position]
    return before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


_AGE = re.compile(r"\d{1,3}-year-old")
_NOT_ONE_PERSON = frozenset({"people", "jury", "crowd", "family", "couple", "pair"})


# A time or place opening the sentence, then a description as its subject: "By 1966, the
# city’s civil defense director found …"
_OPENING_ADJUNCT = re.compile(r"\s*(?:" + OPENING_TIME_OR_PLACE + r"|By\s+\d{4}|In\s+\d{4}),\s+")
_HOLDER_AFTER_AN_ADJUNCT = re.compile(r"the\s+((?:[\w’'\-]+\s+){0,3}?[a-z0-9][\w\-]*)(?=" + _VERB_AFTER_SUBJECT.pattern + ")")
# A description that places its holder: "the city’s director", "the head of …"
_HOLDER_OF_SOMETHING = re.compile(r"\w[’']s\s|\s(?:of|for|at)\s")


def _describes_a_person(description: str, pronoun: str) -> bool:
    """"the duchess", "the 81-year-old", "the former ambassador": one person, whom "she"
    or "he" may stand for (not "the crowd", and not "the duke" for "she")."""
    head = description.split()[-1].lower()
    if head in _NOT_ONE_PERSON:
        return False
    if head in (FEMALE_MARKS | FEMALE_NOUNS if pronoun == "he" else MALE_MARKS | MALE_NOUNS):
        return False
    return bool(_AGE.fullmatch(head)) or in_any(head, TITLE_WORDS, DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS,
                                                  MALE_MARKS, FEMALE_MARKS)


def _known_given_name(word: str) -> bool:
    """A one-word name the article calls someone by that can only be a given name: one
    the tables give a sex, and no everyday word ("Tommy", "Sarah"; not "Will" or "Hope")."""
    return first_name_gender(word) is not None and not everyday_word(word.lower())

