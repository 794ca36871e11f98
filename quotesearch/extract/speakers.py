"""Speakers: resolving a mention (`mentions.parse_mention`) within its article.

``SpeakerResolver`` follows one article: it knows the full names the article
uses, so partial names ("Zhang", "President Putin") resolve to the fullest form
("Zhang Hanhui", "Vladimir Putin": `canonical_names`); pronouns (`pronouns`) resolve
to the last person (or group) who spoke or acted as a subject; descriptions ("the
envoy", "the Chinese president") resolve to the person whose role matches.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .antecedents import (
    _CAPITALISED, _NOT_AFTER_TITLE, _OPENING_PRONOUN, SentenceAntecedents, _sentence_start, name_runs,
)
from .brands import TRADING_NOUNS, BrandResolution
from .canonical_names import CanonicalNames
from .descriptions import STATEMENT_DESCRIPTIONS, DescriptionResolution
from .pronouns import PronounResolution
from .entities import PERSONS_BODY_HEADS, ArticleEntities, Entity
from .entity_words import AGENT_NOUNS
from .frequency import everyday_word as _everyday_word
from .gender import FIRST_NAMES
from .lexicon import (
    BARE_AFFILIATIONS, BODY_LAST_WORDS, DEMONYMS, DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, GROUP_NOUNS, HONORIFICS,
    ORG_WORDS, PARTY_LETTERS, PARTY_WORDS, PERSON_PRONOUNS, PLACES, PREPOSITIONS, STATE_NAMES, TITLE_WORDS, in_any,
)

from .clauses import _FUNCTION_WORDS
from .mentions import Mention, _singular
from .outlets import known_outlet_words
from .plausible import plausible_speaker
from .names import (
    FIRST_PERSON_OPENINGS, OFFICE_WORDS, OPENING_GERUNDS, OPENING_NOT_NAME_WORDS, _AGE_WORD, _SURNAME_TITLES, _strip_possessive,
    courtesy_gender, first_name_then_place, introduced_as_relative, split_title_name, titled_first_name,
    without_opening_capitals,
)
from .described_people import COURTESY_WORDS
from .noun_phrases import LAW_TITLE_ENDS, _is_org, _is_place_phrase, body_for_a_cause


# A plural and its singular both this common are nouns, not a family name ("Figures",
# "Workers"; "Sanders", "Reynolds" are rarer as words)
_PLURAL_NOUN_ZIPF = 3.1


# --- resolution within an article -------------------------------------------------



_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_BEFORE_A_WEEKDAY = frozenset({"Late", "Early", "Last", "This", "Next"})
# "the only Cyrus I see": the pronoun and its verb after a name, not a regnal numeral
_PRONOUN_I_AND_VERB = re.compile(
    r"[^\S\n]+(?:am|see|saw|think|thought|know|knew|believe|feel|felt|want|hope|guess|mean|love|like|have|"
    r"do|did|can|could|will|would|should|must|may|might|say|said|tell|told|need|get|got|go|went|met|find|found|"
    r"hear|heard|remember|wish|never|also|just|really|always|don[’']t|didn[’']t|can[’']t|won[’']t)\b")
_THE_NAME = re.compile(r"[Tt]he\s+(?:[A-Z]|\d{4}\s+[A-Z])")
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][\w’'\-]*")
_SENTENCE_START_BEFORE = re.compile(
    r'(?:^|\n|' + _NOT_AFTER_TITLE + r'[.!?:][\"\u201d\u2019)\]]?\s+|^[\"\u201c\u2018]|\n[\"\u201c\u2018])$')
_STOPS_BEFORE_A_SPACE = ".!?:\"\u201d\u2019)]"


# A quantifier alone as a subject ("Some noted that …"): the people it last counted
_BARE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "others"})
# A second determiner after "and": two people described ("the senator and the governor")
_TWO_DETERMINED = re.compile(r"\band\s+(?:the|a|an|his|her|their|its)\s", re.I)


def _may_open_a_sentence(text: str, start: int) -> bool:
    """False where `_SENTENCE_START_BEFORE` cannot match before ``start``: a word after
    a space that follows a letter or a comma ("said Ana") is mid-sentence, and most
    capitalised words are; only the rest need the pattern's look."""
    if start < 2:
        return True
    before = text[start - 1]
    if not before.isspace():
        return before in "\"\u201c\u2018"
    previous = text[start - 2]
    return before == "\n" or previous.isspace() or previous in _STOPS_BEFORE_A_SPACE


_NOT_NAMES = frozenset("""
oh ah meh wow yes no well okay ok throughout consider instead perhaps maybe besides beyond
unlike like amid along among despite until unless whether each any every one another both
neither either none nobody someone somebody everyone everybody anyone anybody more most
less least much many several few such same similar other others part
""".split())
# "Ministry of ", "Head of ": a capitalised run after them begins with the office's name.
_AFTER_OFFICE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+$")


# "Other Republican leaders", "Some Democratic senators": a quantity of people, no one's first name
_OPENING_QUANTIFIERS = frozenset({"Other", "Some", "Many", "Most", "Several", "Few", "Both", "All", "Each", "Every",
                                  "Another", "These", "Those", "Fellow", "Numerous", "Various"})


# Verbs of saying a headline sets in title case after a person's name ("Tom Brady Compared
# the NFL to …", "Ann Lee Says …"): no word of the name
_HEADLINE_CUES = frozenset({"Says", "Said", "Adds", "Added", "Writes", "Wrote", "Tells", "Told", "Asks", "Asked",
                            "Warns", "Warned", "Claims", "Claimed", "Compares", "Compared", "Likens", "Likened",
                            "Describes", "Described", "Reveals", "Revealed", "Explains", "Explained", "Admits",
                            "Admitted", "Slams", "Slammed", "Defends", "Defended", "Responds", "Responded"})


# who a quotation's speaker can be remembered as, for later pronouns and descriptions
REMEMBERED_KINDS = ("person", "group", "organization", "document")


@dataclass
class _Salient:
    name: str
    kind: str
    position: int
    spoke: bool = False


# The pronoun a sentence goes on with after the cue, for the one its description names:
# "the 38-year-old said as he tried to …", "the veteran added, before she left …"
_OWN_PRONOUN_AFTER_CUE = re.compile(r"[a-z]+,?\s+(?:as|while|when|before|after|because|and)\s+([Hh]e|[Ss]he)\b")


def _widens(known: str, role: str) -> bool:
    """Whether ``role`` is a fuller one than the one word ``known`` ("Republican", then
    "veteran Republican fundraiser"; "chief", then "fire chief"), not a phrase that only
    mentions it ("feature of a campaign") nor a list ("Republican Fisk and Democrat")."""
    words = role.split()
    if " " in known or known not in words or " and " in role:
        return False
    at = words.index(known)
    return at == 0 or words[at - 1].lower() not in ("of", "a", "an", "the")


@dataclass
class SpeakerResolver(CanonicalNames, DescriptionResolution, PronounResolution, SentenceAntecedents, BrandResolution):
    """Resolves mentions to canonical speakers within one article."""

    text: str
    author: Optional[str] = None        # the byline's name: who "I" is in a first-person piece
    full_names: Counter = field(default_factory=Counter)
    relatives: set = field(default_factory=set)   # full names introduced as someone's kin
    # the genders the article's courtesy titles give each bare surname ("Mr. Obama": male)
    courtesy_genders: dict[str, Counter] = field(default_factory=dict)
    name_positions: list[tuple[int, str]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    # party and state a name's tag gives ("Ted Cruz (R-Texas)"): words "the Texas senator"
    # and "the Republican senator" are matched against, beside the role
    affiliations: dict[str, set] = field(default_factory=dict)
    history: list[_Salient] = field(default_factory=list)
    entities: ArticleEntities = field(default_factory=ArticleEntities)
    _mid_sentence: Optional[set] = None
    _lower_words: set = field(default_factory=set)
    _genders: dict = field(default_factory=dict)
    # genders only the pronouns resolved to a person say, and where: they rule out the
    # other pronoun nearby but do not mark the person as an antecedent worth looking back for
    _pronoun_genders: dict = field(default_factory=dict)
    _pronoun_results: dict = field(default_factory=dict)   # whom a sentence's opening pronoun stood for
    _interview: Optional[object] = None   # the paragraphs and any Q&A answers (`interviews.PrintedInterview`)
    _marked: Optional[dict] = None
    _by_edge_token: Optional[dict] = None
    _indexed: int = 0
    _name_order: dict = field(default_factory=dict)
    _by_edge_pair: dict = field(default_factory=dict)
    _by_middle_token: dict = field(default_factory=dict)
    _canonical_cache: dict = field(default_factory=dict)
    _name_words: set = field(default_factory=set)   # the words of ``full_names``, for
    _name_words_of: int = 0                          # this many names (rebuilt when more)
    paragraph_starts: list[int] = field(default_factory=list)
    # each person's places in ``history``, ordered by their latest: a description
    # reads each person once instead of rescanning the whole history
    _person_entries: dict = field(default_factory=dict)
    # (position, speaker, kind) of who issued a statement ("X said in a statement")
    statement_issuers: list = field(default_factory=list)

    @classmethod
    def for_article(cls, text: str, body_spans: list[tuple[int, int]],
                    author: Optional[str] = None,
                    headline_spans: list[tuple[int, int]] = ()) -> "SpeakerResolver":
        resolver = cls(text, author=author)
        body = set(body_spans)
        entity_names = []
        courtesy_surnames = []   # (where, surname, in the body)
        for start, end in sorted([*headline_spans, *body_spans]):
            for m in name_runs(text, start, end):
                toks = m.group(0).split()
                owner = next((i for i, t in enumerate(toks[:-1]) if t.endswith(("’s", "'s", "s’", "s'"))), None)
                if owner is not None:
                    # "CNN's Gloria Borger", "Kerala's Wayanad district": whose name follows the possessive
                    toks = toks[owner + 1:]
                # "Rep. Mark Meadows' retirement": a possessive, or a closing single quotation mark
                toks = [t[:-1] if t.endswith(("s'", "s’")) else _strip_possessive(t) for t in toks]
                toks = without_opening_capitals(toks)   # "KELLY Osbourne has blasted …"
                while toks and (toks[0].lower() in _FUNCTION_WORDS or toks[0] in OPENING_NOT_NAME_WORDS
                                or toks[0] in _OPENING_QUANTIFIERS or toks[0] in FIRST_PERSON_OPENINGS
                                or (toks[0] == "Our" and len(toks) > 2)):   # ("Our Declan Harty writes")
                    toks = toks[1:]   # "When Francis visited …", "Said Dorothy Poynter, …"
                while len(toks) > 1 and (toks[0] in _WEEKDAYS or toks[0] in _BEFORE_A_WEEKDAY and toks[1] in _WEEKDAYS):
                    toks = toks[1:]   # "Late Saturday Sanders announced …": when, then who
                headline_verb = next((i for i in range(2, len(toks)) if toks[i] in _HEADLINE_CUES), None) \
                    if toks and toks[0].lower() in FIRST_NAMES else None
                if headline_verb is not None:
                    # "Tom Reed Compared the Ferry to …", "Nora Vance Described Her Years Running
                    # …": a headline's verb in title case ends the name, whatever title-case words follow
                    toks = toks[:headline_verb]
                outlet = known_outlet_words(toks)
                if outlet and toks[outlet].lower() in FIRST_NAMES:
                    toks = toks[outlet:]   # "Writing in The Mirror Linda said": the outlet, then her name
                if toks and toks[0] in ("The", "A", "An"):
                    toks = toks[1:]   # "The Hallam administration": no one's name starts with "The"
                based = next((i for i, t in enumerate(toks) if t.endswith("-based")), None)
                toks = toks[based + 1:] if based is not None else toks   # "Sacramento-based McClatchy": where it is
                if toks and toks[0] in OPENING_GERUNDS:
                    continue   # "Playing Skyrim with no armour": an act and its object, no one's name
                title, name = split_title_name(toks)
                while name and name[-1] in _WEEKDAYS:
                    name = name[:-1]   # "Island Governor Peter Vance Thursday called …": when, not who
                if len(name) > 1 and name[-1] == "I" and _PRONOUN_I_AND_VERB.match(text, m.end()):
                    name = name[:-1]
                office = _AFTER_OFFICE.search(text, max(0, m.start() - 60), m.start())
                if len(name) >= 3 and len(name) == len(toks) and office \
                        and in_any(office.group(1).lower(), TITLE_WORDS, ORG_WORDS):
                    # "the Ministry of Finance Brian Lowe": "Finance" is the office's; "Chief
                    # Executive of Fresh Basket Maria Lowe": the name starts at its first name
                    first = next((i for i in range(1, len(name) - 1) if name[i].lower() in FIRST_NAMES), 1)
                    name = name[first:]
                while len(name) >= 3 and name[0].lower() in OFFICE_WORDS and _CONNECTOR_BEFORE.search(
                        text, max(0, m.start() - 6), m.start()):
                    name = name[1:]   # "Minister of Trade and Culture Delia Marsh"
                if len(name) == 1 and len(title) == 1 and title[0].rstrip(".").lower() in COURTESY_WORDS \
                        and name[0][:1].isupper() and name[0][1:].islower():
                    # "Ms Robison raised a point of order. She said …": a surname after a
                    # courtesy title is a person's, the one a pronoun after it may stand for
                    courtesy_surnames.append((m.start(), name[0], (start, end) in body))
                    resolver.courtesy_genders.setdefault(name[0], Counter())[courtesy_gender(title)] += 1
                    continue
                if 2 <= len(name) <= 4 and (not _is_org(name) or first_name_then_place(name)
                                          or titled_first_name(title, name)) \
                        and name[-1].lower() not in LAW_TITLE_ENDS \
                        and body_for_a_cause(name) is None:   # ("the Dodd-Frank Act", "Surfers Against Sewage": no one's name)
                    full = " ".join(name)
                    entity_names.append((m.start(), full))
                    if (start, end) in body:
                        resolver.full_names[full] += 1
                        if introduced_as_relative(text, m.start(), m.end()):
                            resolver.relatives.add(full)
                        resolver.name_positions.append((m.start(), full))
                        tag = _PARTY_STATE_TAG.match(text, m.end())
                        if tag:
                            resolver.affiliations.setdefault(full, set()).update(_tag_words(tag))
        by_surname: dict[str, set[str]] = {}
        for _, full in entity_names:
            by_surname.setdefault(full.split()[-1], set()).add(full)
        for at, surname, in_body in courtesy_surnames:
            fulls = by_surname.get(surname, {surname})
            if len(fulls) == 1:   # (the surname of a name given in full is that person's)
                named = next(iter(fulls))
                entity_names.append((at, named))
                if in_body:
                    resolver.name_positions.append((at, named))
        # the headline may be the one place a person or organisation is named in full
        spans = sorted([*headline_spans, *body_spans])
        resolver.entities = ArticleEntities.read(text, spans, entity_names, headline_spans)
        resolver.paragraph_starts = [start for start, _ in spans]
        return resolver

    def names_no_one_known(self, name: str) -> bool:
        """A one-word name that is no first name and no short form of anyone the article
        names in full: "M-Pesa", "Healthline" (a body's, as its verb may show)."""
        return " " not in name and name.lower() not in FIRST_NAMES and self.canonical(name) == name

    def names_someone(self, name: str, kind: str) -> bool:
        """Whether a one-word speaker names anyone: a word the article capitalises only
        where a sentence starts ("Meh", "International", "Throughout") is no name; an
        acronym, a place, a group noun or a name the article uses elsewhere is."""
        words = name.split()
        if len(words) != 1 or kind not in ("person", "organization"):
            return True
        word = words[0].strip("’'.")
        if not word[:1].isupper() or word.isupper() or in_any(word.lower(), PLACES, GROUP_NOUNS, ORG_WORDS) \
                or self.in_a_full_name(word):
            return True
        if self._mid_sentence is None:
            self._read_word_uses()
        if word.endswith("s"):
            return True         # a group, or a family name (see `describes_a_group`)
        # a sentence's first word that is also an ordinary word of the article ("Footage",
        # "Current", "Left"), an adverb or an interjection names nobody; an unknown word
        # there ("Earhardt asked …") still may
        common = word.lower() in _NOT_NAMES or word.lower().endswith("ly") or word.lower() in self._lower_words \
            or _everyday_word(word.lower())
        return word in self._mid_sentence or not common

    def describes_a_group(self, name: str) -> bool:
        """Whether a one-word "person" is a plural noun starting its sentence
        ("Estimates show", "Respondents said", "Proponents argue"): a group described,
        unless the article capitalises the word inside a sentence or names someone so."""
        word = name.strip("’'.")
        low = word.lower()
        if " " in word or not low.endswith("s") or not word[:1].isupper() or word.isupper():
            return False
        singular = _singular(low)
        if singular in FIRST_NAMES or self.in_a_full_name(word):
            return False        # "Williams", "Edwards"; "Sanders" of "Bernie Sanders"
        if self._mid_sentence is None:
            self._read_word_uses()
        if word in self._mid_sentence:
            return False
        return (_everyday_word(low, _PLURAL_NOUN_ZIPF) and _everyday_word(singular, _PLURAL_NOUN_ZIPF)) \
            or low in self._lower_words

    def _read_word_uses(self) -> None:
        """One pass over the text: the capitalised words it uses inside a sentence, and
        its lower-case words (so checking a speaker stays linear in the article)."""
        text, mid_sentence = self.text, set()
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            # a word already seen inside a sentence needs no look at its other uses
            if word not in mid_sentence and not (_may_open_a_sentence(text, m.start()) and _SENTENCE_START_BEFORE.search(
                    text, max(0, m.start() - 12), m.start())):
                mid_sentence.add(word)
        self._mid_sentence = mid_sentence
        self._lower_words = set(_LOWER_WORD.findall(self.text))

    def _window_start(self, position: int) -> int:
        """Start of the paragraph before the one holding ``position``: how far back an
        epithet ("the soprano") may look for the person it stands for."""
        i = bisect_right(self.paragraph_starts, position) - 1
        return self.paragraph_starts[max(0, i - 1)] if self.paragraph_starts else 0

    def note_role(self, name: str, role: Optional[str]) -> None:
        """The first role the article gives a person, unless that was only a title of
        address ("Dr.", "Prof.") or one word of a fuller one that comes ("director of the
        agency")."""
        if role and sum(role.count(mark) for mark in "\"“”") % 2:
            # "author of the 2015 essay “The Case for Empire,”": the comma inside the
            # title's marks cut the apposition; the role is the words before the title
            role = re.split(r"\s*[\"“”]", role, maxsplit=1)[0].strip() or None
        if not role or CLAUSE_AS_ROLE.match(role):
            return   # "he was becoming chairman of …", "email was sent from …": a clause, no role
        known = self.roles.get(name)
        if known is None or (len(known.split()) == 1 and known.lower().rstrip(".") in HONORIFICS
                             and role.lower().rstrip(".") not in HONORIFICS) \
                or _widens(known, role):
            self.roles[name] = role

    def note_subject(self, name: str, kind: str, position: int, spoke: bool = False) -> None:
        """Remember who a sentence is about (``spoke``: who was just quoted) for later
        pronouns and epithets; a word that names nobody ("Perhaps") is not remembered."""
        if not plausible_speaker(name) or not self.names_someone(name, kind):
            return
        if kind == "person":
            entries = self._person_entries.pop(name, [])
            entries.append(len(self.history))
            self._person_entries[name] = entries
        self.history.append(_Salient(name, kind, position, spoke))

    def note_furthest_speaker(self, quotes) -> Optional[tuple[str, str, Optional[str]]]:
        """A paragraph's quotations without a cue are resolved after those with one, so
        an earlier one's speaker may be remembered last ("“…” Bridenstine … “…,” Serrano
        said."): the speaker of its quotation furthest on is remembered again, as who a
        next sentence's "He" means; (speaker, kind, role), or None when nothing was."""
        furthest = max((q for q in quotes if q.speaker and q.speaker_kind in REMEMBERED_KINDS
                        and (q.cue or "").lower() != "asked"),   # (the asker of "Asked by X whether …")
                       key=lambda q: q.start, default=None)
        if furthest is None or not self.history or self.history[-1].position >= furthest.start:
            return None
        self.note_subject(furthest.speaker, furthest.speaker_kind, furthest.start, spoke=True)
        return furthest.speaker, furthest.speaker_kind, furthest.role

    def _people_latest_first(self, position: int) -> list[str]:
        """The people of ``history`` named at or before ``position``, the most recently
        remembered first."""
        ranked = []
        for name, entries in self._person_entries.items():
            for index in reversed(entries):
                if self.history[index].position <= position:
                    ranked.append((index, name))
                    break
        ranked.sort(reverse=True)
        return [name for _, name in ranked]

    def resolve(self, mention: Mention, position: int) -> Optional[tuple[str, str, Optional[str]]]:
        """(canonical speaker, kind, role) for a mention at ``position``; None if unresolved."""
        resolved = self._resolve(mention, position)
        own = _OWN_PRONOUN_AFTER_CUE.match(self.text, position) \
            if resolved and resolved[1] == "person" and mention.text.lower().startswith(("the ", "a ", "an ")) else None
        if own and not self._agrees(own.group(1).lower(), resolved[0], "person", position):
            return None   # "“…,” the 38-year-old said as he tried …" right after a woman spoke: not her
        return resolved

    def _resolve(self, mention: Mention, position: int) -> Optional[tuple[str, str, Optional[str]]]:
        if mention.pronoun:
            resolved = self._resolve_pronoun(mention.pronoun, position)
            opens = _sentence_start(self.text, position) if mention.pronoun in PERSON_PRONOUNS else None
            if opens is not None and _OPENING_PRONOUN.fullmatch(self.text, opens, position):
                self._pronoun_results[opens] = resolved   # a pronoun opening its sentence, by where
            if resolved is not None and resolved[1] == "person" and mention.pronoun in ("he", "she") \
                    and self._gender(resolved[0]) is None:
                # "He described Haley as … She fired back": once "he" stands for Ramaswamy,
                # "she" no longer may
                self._pronoun_genders[resolved[0]] = ("male" if mention.pronoun == "he" else "female", position)
            return resolved
        if mention.name is None and mention.description:
            agent = self._agent_by_participle(mention.description, position) \
                or self._same_unnamed(mention.description, position)
            if agent is not None:
                return agent   # "a car driven by Ann Lee … the driver said"; "the same official"
            if self._unnamed_introduced(mention.description[-1], position):
                return None
            found = self._resolve_description(mention, position) or self._resolve_epithet(
                mention.description, position)
            if found is None and "and" in mention.description[1:-1] and not _TWO_DETERMINED.search(mention.text):
                # "the Kellard councillor and Harbor mayoral candidate": one person, two
                # titles; either may say who (but "the senator and the governor" are two)
                at = mention.description.index("and")
                for part in (mention.description[:at], mention.description[at + 1:]):
                    found = self._resolve_description(Mention(text=mention.text, description=part, kind="person"),
                                                      position) or self._resolve_epithet(part, position)
                    if found is not None:
                        break
            return found
        if mention.name is None:
            return None
        if _capitalised_title_only(mention.name):
            # "…, NWA Director warns" in a headline: the one person the article gives that
            # title ("Northern Water Agency (NWA) Director Maria L. Ostrander"), if any
            titled = self._resolve_description(
                Mention(text=mention.text, description=tuple(w.lower() for w in mention.name.split()),
                        kind="person"), position)
            if titled is not None:
                return titled
        group = self._quantified_group(mention.name.lower(), position) if mention.name.lower() in _BARE_QUANTIFIERS \
            else self._counted_then_named(mention.name, position)
        if group is not None:
            return group, "group", None   # "… some lawmakers … Some noted …", "Two councillors … Ann Lee and Tom Reed …"
        if mention.members:
            # "Xi and Putin hailed …": both, each by the fullest name the article uses
            names = [(self.resolve(m, position) or (m.name,))[0] or m.name for m in mention.members]
            return (" and ".join(names) if all(names) and len(set(names)) == len(names) else None), "group", None
            # (a "he" fitting no one, or only the other one named: unnamed)
        pair = self._pair_named(tuple(mention.name.lower().split()), position)
        if pair is not None:
            return pair, "group", None   # "the pair", "both airlines": the two last named together
        entity = self._entity_named(mention, position)
        if entity is not None:
            if entity.kind == "person":
                return entity.name, "person", self.roles.get(entity.name)
            return entity.name, entity.kind, None
        if mention.kind in ("person", "group") and mention.text.lstrip()[:4].lower() == "the ":
            holder = self._agent_by_participle(tuple(mention.text.lower().split()[1:]), position) \
                or self._role_noun_holder(mention.text, position)
            if holder is not None:
                return holder
        group = self._qualified_group(mention.text, position) if mention.kind == "group" else None
        if group is not None:
            return group, "group", None
        name = mention.name
        epithet = _EPITHET_BEFORE_SURNAME.match(name) if mention.kind in ("person", "group") else None
        if epithet and not {w.lower() for w in name.split()[1:] if w.islower()} & (PREPOSITIONS | TITLE_WORDS | AGENT_NOUNS) \
                and (self.canonical(epithet.group(1)) != epithet.group(1) or " " in epithet.group(1)):
            # "the tired-looking Hallam": Mayor Gil Hallam; "a skeptical Carl Brandt": Carl Brandt
            name = epithet.group(1)
            mention = Mention(text=mention.text, name=name, kind="person")
        if mention.kind == "organization" and " " not in name and name[:1].isupper() and not name.isupper() \
                and not mention.text.lower().startswith("the "):   # ("The Guardian reported": the paper)
            fuller = self.canonical(name)
            first = fuller.split()[0]
            if fuller != name and (first.lower() in FIRST_NAMES or (
                    len(fuller.split()) == 2 and name.lower() in PLACES and self.entities.person(fuller) is not None
                    and not _everyday_word(first.lower()) and not first.lower().endswith("ly"))):
                # "Phoenix said" after "Joaquin Phoenix won": a surname that is also a city
                mention = Mention(text=mention.text, name=name, kind="person", role=mention.role)
        if mention.kind == "person" and (" " not in name or name in self.entities.employers) and self.canonical(name) == name \
                and not in_any(name.lower(), BARE_AFFILIATIONS, DEMONYMS, PARTY_WORDS):   # (not "Democratic")
            # "Arcade announced" after "Arcade Publishing will release …": the one body the
            # article names starting with that word
            bodies = {e.name for e in self.entities.entities if e.kind == "organization"
                      and e.name.split()[0] == name and 2 <= len(e.name.split()) <= 4
                      and (e.name.split()[-1].lower().rstrip(".") in ORG_WORDS or e.name.split()[-1].lower() in BODY_LAST_WORDS)
                      and " and " not in e.name and e.name.split()[-1] not in PERSONS_BODY_HEADS}
            # (never a person's own campaign or administration: "Reyes said" is not the
            # Reyes administration)
            if len(bodies) == 1 and not self.in_a_full_name(name):
                return bodies.pop(), "organization", None
            if self.entities.person(name) is None \
                    and any(e.kind == "organization" and e.name == name for e in self.entities.entities):
                return name, "organization", None   # "Hachette announced …. Hachette said …", an employer: a body
        if mention.kind == "person":
            name = self.canonical(name, mention.gender)
            if " " not in mention.name and mention.gender is None and name != mention.name:
                name = self._namesake_just_named(mention.name, name, position)
            if name == mention.name and name.lower() in _SURNAME_TITLES:
                return None   # "King asked" with no King named in the article: a title, not a name
            self.note_role(name, mention.role)
        elif _THE_NAME.match(name) and not _is_place_phrase(name.split()[1:]) \
                and "’s" not in name and "'s" not in name and not (
                    mention.kind == "organization" and name.startswith("The ") and len(name.split()) == 2):
            name = name[4:]   # "the 2022 National Survey of Pay": the name, without its article
            # (but "The Hill", "The Atlantic": a one-word title keeps its article)
        return name, mention.kind, self.roles.get(name) if mention.kind == "person" else None

    def _entity_named(self, mention: Mention, position: int) -> Optional[Entity]:
        """The entity an acronym ("CDC") or a definite description ("the union", "the
        81-year-old", "the report", "the soprano") stands for, if the article has one."""
        written = mention.name or ""
        entity = self.entities.organisation(written, short_form=mention.kind != "person") \
            or self.entities.document_named(written)
        if entity is not None:
            return entity
        if written.lower() in STATEMENT_DESCRIPTIONS:
            return self._statement_issuer(position, release=written.lower().endswith("release"))
        if mention.kind == "person" and written.lower().startswith(("a ", "an ")):
            named = self._named_later(tuple(w.lower() for w in written.split()[1:]), position)
            if named is not None:
                return named
        if mention.kind == "document" and written.lower().startswith(("a ", "an ")):
            # "according to a report released on Monday", titled in the next sentence
            return self.entities.describe(written, position, self._window_start(position))
        if not written.lower().startswith("the "):
            return None
        words = tuple(w.lower() for w in written.split()[1:])
        if len(words) == 1 and _AGE_WORD.fullmatch(words[0]):
            entity = self._epithet_entity(words, position)
            if entity is not None:
                return entity
        trading = bool(words) and words[-1] in TRADING_NOUNS and len(words) <= 2
        if trading:
            brand = self._trading_body(position)
            if brand is not None:
                return brand or None   # "Twitter acknowledged … “…,” the company said": Twitter
        entity = self.entities.describe(written, position, self._window_start(position))
        if entity is None and trading:
            entity = self._sole_body_just_before(position)   # "… investigating WeWork. The company confirmed …"
        if entity is not None:
            return entity
        if mention.kind in ("person", "group") and words and (words[-1] in GENERIC_PERSON_NOUNS or words[-1] in DESCRIPTOR_NOUNS):
            # "the defendant" when one person is given that role ("defendant Tom Reed",
            # "Reed, the defendant"): a role word names its one holder, never by recency
            holders = [name for name, role in self.roles.items()
                       if words[-1] in re.findall(r"[\w\-]+", role.lower())]
            if len(holders) == 1 and self.entities.person(holders[0]) is not None \
                    and self._role_allows(holders[0], words, nationality=True):   # ("the Ohio farmer": no "Texas farmer")
                return self.entities.person(holders[0])
            if words[-1] in GENERIC_PERSON_NOUNS:
                return None
        if mention.kind in ("person", "group") and words and all(w.islower() for w in written.split()[1:]) \
                and not (words[-1].endswith("s") and not words[-1].endswith("ss")) \
                and words[-1] not in GENERIC_PERSON_NOUNS \
                and words[-1] not in GROUP_NOUNS:
            return self._epithet_entity(words, position)
        return None

    def subject_between(self, start: int, end: int) -> Optional[str]:
        """The person last noted as a sentence's subject between ``start`` and ``end``,
        when nobody noted after them is someone else."""
        for s in reversed(self.history):
            if s.position >= end:
                continue
            if s.position < start:
                return None
            return s.name if s.kind == "person" and not s.spoke else None
        return None

# A role is a noun phrase: one that opens with a pronoun or a speech verb, or has a
# finite verb among its first words, is a clause the apposition reader took for one
CLAUSE_AS_ROLE = re.compile(
    r"(?:(?:he|she|it|you|they|we|i|said|says|told|like|unlike|including|alongside|such\s+as|along\s+with|"
    r"together\s+with)\b"
    r"|(?:[\w’'.\-]+\s+){0,3}(?:is|are|was|were|has|had|will|would|did|does|refused|said|says)\b)", re.I)


# "Ted Cruz (R-Texas)", "Rand Paul, R-Ky.,", "Bernie Sanders (I-Vt.)": party and state after a name
_PARTY_STATE_TAG = re.compile(r"\s*[(,]\s*(?P<party>[RDI])-(?P<state>[A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.)?)\s*[),]")


def _tag_words(tag: re.Match) -> set[str]:
    state = tag.group("state").lower().replace(" ", "")
    state = STATE_NAMES.get(state, state.rstrip("."))
    return {PARTY_LETTERS[tag.group("party").lower()], *state.split()}


# Lower-case words between "the" and a surname the article gives in full ("the
# tired-looking Hallam", "the embattled Hale")
_EPITHET_BEFORE_SURNAME = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){1,2}((?:[A-Z][\w’'\-]+\s+){0,2}"
                                     r"[A-Z][\w’'\-]+)$")

_CONNECTOR_BEFORE = re.compile(r"\b(?:of|for|and|&)\s+$")


def _capitalised_title_only(name: str) -> bool:
    """"NWA Director", "Health Minister": capitalised words ending in a title, with no
    first name among them (a title standing where a name would)."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and words[-1].lower() in TITLE_WORDS and not any(w.lower() in FIRST_NAMES for w in words)
