"""Entities: the people, organisations and documents one article mentions.

News names a speaker once in full ("Former ambassador Helen Marsh", "the Kellard
Board for Ports and Ferries (KBPF)", "the 2020 Open Doors Report") and then
by a description ("the 81-year-old", "the veteran executive", "the union", "the
report") or an acronym ("CDC", "SAG-AFTRA"). ``ArticleEntities`` reads the whole
article once and keeps, for every entity, its name forms, acronyms, age, role and
the descriptive nouns the article may call it by, with where it is mentioned.
``resolve`` then turns a description or acronym into the entity it stands for,
by what the words say (an age, an organisation word, a document word) and by
recency; it answers None rather than guess when the text does not single one out,
so a description stays a description instead of becoming the wrong speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .employers import employer_names
from .issued_documents import documents_by_bodies
from .entity_words import (
    AGENT_NOUNS, BARE_TITLE_EPITHETS, DOCUMENT_DESCRIPTIONS, DOCUMENT_TITLE_WORDS, EPITHET_MODIFIERS,
    EPITHET_NOUNS, GROUP_BODY_WORDS, GROUP_OF_PEOPLE, ORGANISATION_DESCRIPTIONS, RELATIVE_CLAUSE_TAIL,
    TITLE_EPITHET_HEADS, TITLE_EPITHET_MODIFIERS, TRADING_HEADS)
from .gender import FIRST_NAMES
from .lexicon import BODY_LAST_WORDS, COMPANY_NAMES, DEMONYMS, FIRM_NAMES, GROUP_NOUNS, ORGANISATION_NAMES, ORG_WORDS, PLACES, TITLE_WORDS, WELL_KNOWN_ACRONYMS, in_any
from .names import _POSSESSIVE
from .noun_phrases import PAPER_LAST_WORDS, body_for_a_cause
from .places import place_names
from .scanning import matches_between

# -- pattern tables: `entity_words` -----------------------------------------------

_AGE = re.compile(r"(?:the\s+)?(\d{1,3})-year-old$", re.I)
_AGE_AFTER_NAME = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(\d{1,3})(?:-year-old\b|,)")
# ("Intergovernmental Panel on Climate Change", not "the Reserve Bank on Thursday")
_CONNECTOR = (r"(?:of|for|and|the|de|&|on(?![^\S\n]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
              r"January|February|March|April|May|June|July|August|September|October|November|December|Twitter|"
              r"Facebook|Instagram|TV|CNN|Fox|MSNBC|Capitol)\b))")
_CAP = r"[A-Z](?:[\w’'&]|\.(?=\w))*(?:-[A-Z](?:[\w’'&]|\.(?=\w))*)*"
# A run of capitalised words with connectors: "Kellard Board for Ports and Ferries".
_PROPER_RUN = re.compile(rf"(?<![\w’'\-]){_CAP}(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+)*{_CAP})*")
_WORD_SEPARATORS = re.compile(r"[\s\-]+")
_NAME_WORDS = re.compile(r"[\w’'.&]+")
_ACRONYM_AFTER = re.compile(r"\.?[^\S\n]*\(([A-Z][A-Za-z&\-]{1,12})\)")   # (after "Inc.", "K.K.": its period)
# An outlet's acronym, then a beat and a newsroom role: "VOA Pentagon correspondent", "AFP
# Asia bureau chief"
_OUTLET_ACRONYM = re.compile(r"[A-Z]{2,5}")
_NEWSROOM_ROLE_AFTER = re.compile(r"\s+(?:correspondent|reporter|producer|anchor|bureau\s+chief|editor|columnist)\b")
# (initials with their last period inside a name: "9th U.S. Circuit Court of Appeals")
_INITIALS = r"(?:[A-Z]\.){2,}(?=[^\S\n]+[A-Z])"
_NUMBERED_TITLE = re.compile(rf"(?:(?:19|20)\d\d[^\S\n]+|\d{{1,2}}(?:st|nd|rd|th)[^\S\n]+)?(?:{_INITIALS}|{_CAP})"
                             rf"(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+)*(?:{_INITIALS}|{_CAP}|(?:19|20)\d\d))*")
# where a numbered title may start (a capital, a year or an ordinal: "9th Circuit Court of
# Appeals"): `re` skips to those
_NUMBERED_TITLE_START = re.compile(r"[A-Z0-9]")
# "the Royal Opera", "The CDC": a capitalised run after "the" names no person
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TITLE_GOES_ON = re.compile(rf"[^\S\n]+(?:on|of|for|into)[^\S\n]+{_CAP}(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+)*{_CAP})*")
# A capitalised word an organisation's later mentions shorten its name to ("the Journal")
_SHORT_FORM = re.compile(r"[A-Z][a-z]{2,}")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LEADING_INDEFINITE = re.compile(r"^(?:a|A|an|An)\s+")
# How far after "a report" its title may come and still be the report meant (two sentences)
_CATAPHORA_REACH = 400
_SENTENCE_STARTERS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While",
                                "After", "Before", "For", "With", "By", "According", "This", "That"})


@dataclass
class Entity:
    """One person, organisation or document of an article."""

    name: str
    kind: str                                   # person | organization | document
    acronyms: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)     # lower-case words of its name forms
    age: Optional[int] = None
    positions: list[int] = field(default_factory=list)
    # a body known only by how it acts ("Vidyard announced … its"), not by its name's words
    inferred: bool = False
    # a firm news knows by its bare name ("Toyota"), there for "the carmaker" to stand for;
    # its name may only modify a noun ("30 Boeing jets"), so it is no pronoun's antecedent
    brand: bool = False

    def last_before(self, position: int) -> int:
        best = -1
        for p in self.positions:
            if p <= position and p > best:
                best = p
        return best


def _document_title(words: list[str]) -> Optional[str]:
    """A document's title: it ends in its document word or goes on with "of", "on" or
    "for" ("2020 Open Doors Report on International Educational Exchange"); a
    capitalised run that merely holds the word ("New Poll Shows Large Gap") is none."""
    low = [w.lower().strip("’'") for w in words]
    for i in range(len(low) - 1, 0, -1):   # the last document word heads the title
        w = low[i]
        if w in DOCUMENT_TITLE_WORDS:
            if i == len(low) - 1:
                return " ".join(words)
            if low[i + 1] in ("of", "on", "for", "into"):
                return " ".join(words)
            return None
    return None


# A description set beside a body's name: "The group, WeWorkers Coalition, formed …",
# "WeWorkers Coalition, a group of employees, …"
_DESCRIPTION_BEFORE_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,2}?([a-z]+(?:\s+[a-z]+)?),\s*$")
_DESCRIPTION_AFTER_NAME = re.compile(r",\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,2}?([a-z]+)\b(?=\s*(?:of\b|that\b|which\b|,|$))")


# The first items of a list inside a body's name, before the run its acronym follows
_NAME_LIST_BEFORE = re.compile(r"(?<![\w’'])(?:[A-Z][\w\-]*\s+)+(?:of|for|on)\s+(?:[A-Z][\w\-]*,\s+)+$")


def _described_as(text: str, start: int, end: int) -> set[str]:
    """The description an apposition gives a body's name ("the group", "a coalition"), as
    a word its later mentions by that description match; empty when there is none."""
    heads = set()
    before = _DESCRIPTION_BEFORE_NAME.search(text, max(0, start - 40), start)
    if before and before.group(1) in ORGANISATION_DESCRIPTIONS:
        heads.add(before.group(1))
    after = _DESCRIPTION_AFTER_NAME.match(text, end)
    if after and after.group(1) in ORGANISATION_DESCRIPTIONS:
        heads.add(after.group(1))
    return heads


def _first_name(word: str) -> bool:
    """"Don" of "Mayor Don Guardian": a person's name, whatever word follows it."""
    return word in FIRST_NAMES or word.lower() in FIRST_NAMES


def acronym_of(name: str) -> str:
    """Initials of a name's capitalised words, hyphenated parts kept apart:
    "Screen Actors Guild-American Federation of Television and Radio Artists" ->
    "SAG-AFTRA"."""
    parts = []
    for part in re.split(r"(?<=[a-z])-(?=[A-Z])", name):
        parts.append("".join(w[0] for w in part.split() if w[:1].isupper()))
    return "-".join(p for p in parts if p)


_WORDISH = re.compile(r"(?<![\w’'\-])\w[\w’'\-]*")
# (the capital first and the look-behind after it: `re` then skips to capitals)
# A name opening its clause, its verb, and "its" soon after: "Vidyard announced … to its …"
_ACTS_THEN_ITS = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=^))(?P<name>[A-Z][\w&\-]+(?:\s+[A-Z][\w&\-]+){0,2})\s+"
                            r"(?:(?:has|had|also|then|will|would|is|was)\s+)?[a-z]{3,}(?:ed|s)\b[^.!?;:“”\"\n]{0,80}?\bits\b",
                            re.M)
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"})
# What "the company" and "the firm" look for in a body's words
_TRADING_WORDS = frozenset({"company", "firm"})
# Events named like bodies ("the LA Auto Show", "the Paris Air Show"): no company or automaker
_EVENT_NOUNS = frozenset({"show", "expo", "fair", "festival", "summit", "conference", "convention", "week", "games",
                          "cup", "championship", "championships", "awards", "marathon", "tournament", "open"})
# The bodies named after a person ("the Fisk campaign", "the Reyes administration")
PERSONS_BODY_HEADS = ("campaign", "administration")
_PERSONS_BODY = re.compile(r"(?<![\w’'\-])(?!(?:The|A|An|This|That|His|Her|Their|Its|Our|Every|Each|No|One)\s)"
                           r"([A-Z][\w\-]+)(?:[’']s?)?\s+(" + "|".join(PERSONS_BODY_HEADS) + r")\b")
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w’'\-][A-Z])[\w’'\-]*")
_TRAILING_POSSESSIVE = re.compile(r"[’'](?:s)?$")
_POSSESSIVE_ENDS = ("’", "'", "’s", "'s")   # the words `_TRAILING_POSSESSIVE` can change


# What follows a firm's name in its full legal or trading form ("Microsoft Corp.",
# "Verizon Communications"); not a product's ("Apple TV") nor a headline's words
_LEGAL_NAME_ENDINGS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group",
                                 "holdings", "communications", "international", "motors", "motor", "&"})


def _full_trading_name(brand: str, name: str) -> bool:
    """Whether ``name`` is ``brand`` in full: "Boeing Co" for "Boeing"."""
    rest = name.split()[len(brand.split()):]
    return name.startswith(brand + " ") and 0 < len(rest) <= 2 \
        and all(w.lower().rstrip(".,") in _LEGAL_NAME_ENDINGS for w in rest)


class ArticleEntities:
    """The entities of one article, read once from its body paragraphs."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_name: dict[tuple[str, str], Entity] = {}
        self._by_acronym: dict[str, Entity] = {}
        self._people: Optional[set[str]] = None
        self._text = ""
        self._brands: list[tuple[str, int, set[str]]] = []
        self.headline_spans: tuple[tuple[int, int], ...] = ()
        self.employers: dict[str, int] = {}   # names given as where someone works (`employers`)

    @classmethod
    def read(cls, text: str, body_spans: list[tuple[int, int]],
             person_names: list[tuple[int, str]],
             headline_spans: list[tuple[int, int]] = ()) -> "ArticleEntities":
        """``person_names``: (offset, full name) of every full person name in the body,
        as the speaker resolver found them."""
        model = cls()
        model.employers = employers = employer_names(text, person_names)
        person_names = [(position, name) for position, name in person_names
                        if not _THE_BEFORE.search(text, max(0, position - 4), position)
                        and name not in employers and name.split()[0] not in _SENTENCE_STARTERS]
        for name, position in employers.items():
            model._add(name, "organization", position)
        for position, name in person_names:
            person = model._add(name, "person", position)
            if person.age is None:
                end = text.find(name.split()[-1], position)
                m = _AGE_AFTER_NAME.match(text, end + len(name.split()[-1])) if end != -1 else None
                if m:
                    person.age = int(m.group(1))
        surnames = {name.split()[-1]: name for _, name in person_names}
        if surnames:
            # later mentions by surname keep a person salient ("Marsh said …")
            # (one pass over the words with a set look-up: compiling an alternation of
            # every surname took longer than all the rest of the article's reading)
            # (names start with a capital: then only capitalised words need a look, and
            # they are exactly the words of `_WORDISH` that start with one)
            words = _CAPITALISED_WORD if all("A" <= s[:1] <= "Z" for s in surnames) else _WORDISH
            for start, end in body_spans:
                for m in words.finditer(text, start, end):
                    word = m.group(0)
                    surname = word if word in surnames or not word.endswith(_POSSESSIVE_ENDS) \
                        else _TRAILING_POSSESSIVE.sub("", word)
                    if surname in surnames:
                        model._by_name[(surnames[surname], "person")].positions.append(m.start())
        model._text = text
        model.headline_spans = tuple(headline_spans)
        headlines = set(headline_spans)
        for start, end in body_spans:
            model._read_names(text, start, end, headline=(start, end) in headlines)
        for start, end in body_spans:
            model._read_bodies_by_its(text, start, end)
            for name, position in documents_by_bodies(text, start, end):
                model._add(name, "document", position)   # "a recent report by the Harbor Institute"
            for m in _PERSONS_BODY.finditer(text, start, end):
                # "The Fisk campaign said … The campaign added …": a person's campaign or
                # administration is a body "the campaign" may stand for (not a place's: "the
                # New England campaign")
                if m.group(1).lower() not in PLACES and m.group(1).lower() not in place_names():
                    model._add(f"{m.group(1)} {m.group(2).lower()}", "organization", m.start())
        model._add_brands()
        for entity in model.entities:
            entity.positions.sort()
        return model

    def _add(self, name: str, kind: str, position: int) -> Entity:
        key = (name, kind)
        entity = self._by_name.get(key)
        if entity is None:
            entity = Entity(name=name, kind=kind, words={w.lower() for w in _NAME_WORDS.findall(name)})
            self._by_name[key] = entity
            self.entities.append(entity)
        entity.positions.append(position)
        return entity

    def _read_names(self, text: str, start: int, end: int, headline: bool = False) -> None:
        for m in matches_between(_NUMBERED_TITLE_START, _NUMBERED_TITLE, text, start, end):
            name = _LEADING_THE.sub("", m.group(0)).rstrip(".’'")
            words = name.split()
            while words and words[0] in _SENTENCE_STARTERS:
                words = words[1:]
            if len(words) > 2 and words[0].lower() in GROUP_NOUNS and words[1] == "of":
                # "Members of the Screen Actors Guild": the organisation, not its members
                words = words[3:] if words[2] == "the" else words[2:]
            if len(words) >= 3 and words[0] == words[1] and words[-1].lower() in ORG_WORDS:
                # "… entering Delhi Delhi Traffic Police on Sunday appealed": a heading's last
                # word glued to the body's first on a flattened page
                words = words[1:]
            owner = max((i for i, w in enumerate(words[:-2]) if w.endswith(("’s", "'s"))), default=None)
            if owner is not None:
                words = words[owner + 1:]   # "Deliveries of Volkswagen's Skoda Auto": the name after the owner's
            if len(words) >= 2 and _OUTLET_ACRONYM.fullmatch(words[0]) and _NEWSROOM_ROLE_AFTER.match(text, m.end(), end):
                words = words[:1]   # "VOA Pentagon correspondent Ann Lee": the outlet; "Pentagon" is her beat
            if not words:
                continue
            name = " ".join(words)
            before_and = name.split(" and ")[0]
            if " and " in name and len(before_and.split()) >= 2 and before_and.split()[-1].lower() in ORG_WORDS \
                    and " of " not in before_and and not _ACRONYM_AFTER.match(text, m.end(), end) \
                    and (" and the " in name and words[-1] != before_and.split()[-1]
                         or not in_any(words[-1].lower(), ORG_WORDS, BODY_LAST_WORDS)):
                # "Hachette Book Group and Amazon", "the Nurses Union and the Teachers Federation": one body's name
                # ends at its head noun (but "Federation of Television and Radio Artists", "Customs and Border …" go on)
                words = before_and.split()
                name = before_and
            low = {_POSSESSIVE.sub("", w.lower()) for w in _WORD_SEPARATORS.split(name)}
            offset = m.start() + m.group(0).find(words[0])
            if low & DOCUMENT_TITLE_WORDS:
                more = _TITLE_GOES_ON.match(text, m.end(), end)
                if more and words[-1].lower() in DOCUMENT_TITLE_WORDS:
                    words = words + more.group(0).split()   # "… Report on International Educational Exchange"
                title = _document_title(words)
                if title and not headline:
                    fuller = self._fuller_document(title)
                    if fuller is not None:
                        fuller.positions.append(offset)   # "the Fall Snapshot Survey" again
                    else:
                        self._add(title, "document", offset)
                continue
            # (most runs are one word, "He", "Trump": only an acronym's later use to note)
            is_org = len(words) >= 2 and (bool({w.lower() for w in name.replace("-", " ").split()} & ORG_WORDS)
                                          or words[-1].lower() in BODY_LAST_WORDS
                                          or (words[-1].lower() in PAPER_LAST_WORDS and not _first_name(words[0]))
                                          or body_for_a_cause(words) is not None) \
                and not all(w.lower() in PLACES for w in words)
            # "ReOpenNC, a group of protesters, …": a name an apposition describes as a body is one
            described = _DESCRIPTION_AFTER_NAME.match(text, m.end(), end)
            is_org = is_org or (described is not None and described.group(1) in ORGANISATION_DESCRIPTIONS
                                and not _first_name(words[0]) and words[0] not in _SENTENCE_STARTERS)
            acronym = _ACRONYM_AFTER.match(text, m.end(), end) if len(words) >= 2 else None
            if acronym or is_org:
                listed = _NAME_LIST_BEFORE.search(text, max(start, offset - 80), offset) if acronym else None
                if listed and listed.group(0)[0] == acronym.group(1)[0]:
                    # "Ministry of Trade, Industry and Energy (MOTIE)": the whole name, its
                    # list's comma read past
                    name, offset = listed.group(0) + name, listed.start()
                if acronym and acronym.group(0).startswith(".") and "." in words[-1]:
                    name += "."   # "Showa Denko K.K. (SDK)": the initials keep their last period
                entity = self._add(name, "organization", offset)
                if body_for_a_cause(words) is not None:
                    entity.words.add("group")   # ("Surfers Against Sewage … the group warned": an advocacy group)
                initials = acronym.group(1) if acronym else acronym_of(name)
                if acronym or len(initials.replace("-", "")) >= 3:
                    self._note_acronym(entity, initials)
                entity.words |= _described_as(text, offset, m.end())
            elif len(words) == 1 and words[0] in self._by_acronym:
                self._by_acronym[words[0]].positions.append(offset)
            elif len(words) == 1 and _POSSESSIVE.sub("", words[0]) in WELL_KNOWN_ACRONYMS:
                # "NASA's plans … directed the agency": the body by the words of its full name
                acronym = _POSSESSIVE.sub("", words[0])
                entity = self._add(acronym, "organization", offset)
                entity.words |= {w.lower() for w in WELL_KNOWN_ACRONYMS[acronym].split()}
                self._note_acronym(entity, acronym)
            elif _POSSESSIVE.sub("", name).lower() in ORGANISATION_NAMES or _POSSESSIVE.sub("", name).lower() in FIRM_NAMES:
                # "Toyota recalled …. The carmaker said": a body news knows by name, which a
                # description may stand for (with the description an apposition gives it)
                self._brands.append((_POSSESSIVE.sub("", name), offset, _described_as(text, offset, m.end())))
            elif len(words) >= 2 and (words[-1] == "County" or words[-2:] == ["Public", "Schools"]):
                # "Howard County", "Broward County Public Schools": the county's government, the
                # school district, when "the county" or "the district" says something
                self._add(name, "organization", offset)

    def _add_brands(self) -> None:
        """Brands named bare ("Microsoft") are mentions of a fuller name the article gives
        ("Microsoft Corp."), else bodies of their own."""
        for name, offset, described in self._brands:
            fuller = next((e for e in self.entities if e.kind == "organization" and not e.brand
                           and _full_trading_name(name, e.name)), None)
            if fuller is not None:
                fuller.positions.append(offset)
                fuller.words |= described
                continue
            known = (name, "organization") in self._by_name
            entity = self._add(name, "organization", offset)
            entity.brand = entity.brand or not known
            entity.words |= described

    def _read_bodies_by_its(self, text: str, start: int, end: int) -> None:
        """"Vidyard announced updates to its video platform": a name no word marks as a
        body's, that acts and then owns "its", is a body's; "the company" or "the firm" may
        stand for it (not a place's, "China expanded its navy", nor a person's)."""
        for m in _ACTS_THEN_ITS.finditer(text, start, end):
            name = m.group("name")
            words = name.split()
            if words[0] in _SENTENCE_STARTERS or name.lower() in FIRST_NAMES or name.lower() in ORGANISATION_DESCRIPTIONS \
                    or any(w.lower() in PLACES for w in words) or name.lower() in place_names() \
                    or (name, "organization") in self._by_name or name in self._by_acronym \
                    or any(e.kind == "person" and set(w.lower() for w in words) & e.words for e in self.entities):
                continue
            entity = self._add(name, "organization", m.start("name"))
            entity.words |= _TRADING_WORDS
            entity.inferred = True
            for again in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text[start:end]):
                if start + again.start() not in entity.positions:
                    entity.positions.append(start + again.start())

    def _named_last(self, entity: Entity, position: int) -> bool:
        """Whether no other name stands between the entity's last mention and
        ``position`` ("Instagram first introduced …, according to the company": not a body
        read from its "its" further up): a capitalised word inside a sentence, not its first."""
        last = entity.last_before(position)
        if last < 0:
            return False
        after = last + len(entity.name)
        return not any(self._text[m.start() - 2:m.start()].strip() not in ("", ".", "!", "?", "“", "\"")
                       and m.group(0).lower() not in _CALENDAR_WORDS
                       for m in _CAPITALISED_WORD.finditer(self._text, after, position))

    def _fuller_document(self, title: str) -> Optional[Entity]:
        """A document already named by a fuller title holding every word of this one."""
        words = {w.lower() for w in title.split()}
        for entity in self.entities:
            if entity.kind == "document" and entity.name != title and words <= entity.words:
                return entity
        return None

    def _note_acronym(self, entity: Entity, acronym: str) -> None:
        entity.acronyms.add(acronym)
        self._by_acronym.setdefault(acronym, entity)

    # -- resolution -------------------------------------------------------------------
    def organisation(self, written: str, short_form: bool = True) -> Optional[Entity]:
        """The organisation an acronym or a short form stands for ("CDC", "the CDC",
        "the Journal"); ``short_form`` False when the words were read as a person's name
        ("Mayor Don Guardian": "Guardian" is him, not a newspaper)."""
        name = _LEADING_THE.sub("", written.strip())
        entity = self._by_acronym.get(name)
        if entity is not None:
            return entity
        if name.isupper() and len(name) >= 3:
            for candidate in self._by_acronym.values():
                for acronym in candidate.acronyms:
                    if acronym.replace("-", "").startswith(name.replace("-", "")) and "-" not in name:
                        return candidate
        if short_form and _SHORT_FORM.fullmatch(name) and (name.lower() in ORG_WORDS or name.lower() in PAPER_LAST_WORDS):
            # "according to the Journal" after "The Wall Street Journal", "the Chronicle says"
            # after "The San Francisco Chronicle": the head word of one organisation's name,
            # and of no other's
            ends = [e for e in self.entities if e.kind == "organization" and len(e.name.split()) >= 2
                    and e.name.split()[-1] == name and not _first_name(e.name.split()[-2])
                    and " and " not in e.name]   # ("the Post and the Times": two of them)
            if len(ends) == 1:
                return ends[0]
        words = name.split()
        if 1 <= len(words) <= 3 and all(_SHORT_FORM.fullmatch(w) for w in words):
            # "Massy said …" after "Massy Stores", "Big Machine said …" after "Big Machine
            # Records": the trading name's own words, when no person of the article bears them
            firsts = [e for e in self.entities if e.kind == "organization" and e.name.split()[:-1] == words
                      and e.name.split()[-1].lower() in TRADING_HEADS]
            # (the words read as a person's name themselves, "Big Machine", are no person
            # unless a first name opens them)
            if len(firsts) == 1 and not _first_name(words[0]) and not any(
                    e.kind == "person" and e.name != name and any(w in e.name.split() for w in words)
                    for e in self.entities):
                return firsts[0]
        return None

    def document_named(self, written: str) -> Optional[Entity]:
        """The titled document a shorter or reordered title stands for: "the Open Doors 2020
        report" -> "2020 Open Doors Report on International Educational Exchange"."""
        words = _LEADING_THE.sub("", RELATIVE_CLAUSE_TAIL.sub("", written.strip())).split()
        low = {w.lower().strip("’'") for w in words}
        named = {w.lower() for w in words if w[:1].isupper() or w[:1].isdigit()} - DOCUMENT_TITLE_WORDS
        if not (low & DOCUMENT_TITLE_WORDS) or not any(w[:1].isupper() for w in words):
            return None
        matches = [e for e in self.entities if e.kind == "document" and named and named <= e.words
                   and e.words & low & DOCUMENT_TITLE_WORDS]
        return matches[0] if len(matches) == 1 else None

    def describe(self, written: str, position: int, window_start: int) -> Optional[Entity]:
        """The entity a definite description ("the union", "the report", "the
        81-year-old") stands for at ``position``, or None. An organisation or document
        is the latest matching one named since ``window_start``, else the only one the
        article names so far."""
        indefinite = _LEADING_INDEFINITE.match(written.strip())
        if indefinite:
            return self._document_named_next(written.strip()[indefinite.end():], position)
        words = _LEADING_THE.sub("", RELATIVE_CLAUSE_TAIL.sub("", written.strip())).split()
        if not words or not written.strip().lower().startswith("the ") or len(words) > 3:
            return None
        low = [w.lower() for w in words]
        age = _AGE.match(" ".join(low))
        if age:
            return self._person_by_age(int(age.group(1)), position, window_start)
        head = low[-1]
        if " ".join(low[-2:]) in ORGANISATION_DESCRIPTIONS:
            head = " ".join(low[-2:])
        if head in DOCUMENT_DESCRIPTIONS:
            wanted_docs = DOCUMENT_DESCRIPTIONS[head]
            return self._recent_or_only([e for e in self.entities if e.kind == "document"
                                         and e.words & wanted_docs], position, window_start)
        if head not in ORGANISATION_DESCRIPTIONS:
            return None
        # a name modifying the head is in the body's own name ("the Dallas police department"; not "the U.S. company")
        named = {w.lower() for w in words[:-1] if w[:1].isupper() and w.lower().strip(".") not in DEMONYMS
                 and w.replace(".", "").upper() not in ("US", "UK", "EU", "UN")}
        # ("the group": a body the article called one, else one of members named lately, unless "a group of")
        broader = (GROUP_BODY_WORDS,) if head == "group" and not GROUP_OF_PEOPLE.search(self._text, window_start, position) else ()
        for wanted in (ORGANISATION_DESCRIPTIONS[head], *broader):
            found = self._recent_or_only([e for e in self.entities if e.kind == "organization"
                                         and named <= {w.lower() for w in e.name.replace("-", " ").split()}
                                         and e.name.split()[-1].lower() not in _EVENT_NOUNS
                                         # ("the agency" is no Reyes administration)
                                         and (e.name.split()[-1] not in PERSONS_BODY_HEADS or head in PERSONS_BODY_HEADS)
                                         and (wanted is None and "county" not in e.words or wanted and e.words & wanted
                                              or head in ("company", "firm") and (e.name.split()[-1].lower() in TRADING_HEADS
                                                              or e.name.lower() in COMPANY_NAMES
                                                              or e.name.lower() in FIRM_NAMES))
                                         and (not e.inferred or self._named_last(e, position))],
                                        position, window_start)
            if found is not None:
                return found
        return None

    def _document_named_next(self, rest: str, position: int) -> Optional[Entity]:
        """"according to a report released on Monday. … said the 2020 Open Doors Report":
        a document introduced before its title stands for the one document of its kind
        titled soon after, and for nothing when none or several are."""
        words = rest.lower().split()
        if not words or len(words) > 2 or words[-1] not in DOCUMENT_DESCRIPTIONS:
            return None
        wanted = DOCUMENT_DESCRIPTIONS[words[-1]]
        kind_of = [e for e in self.entities if e.kind == "document" and e.words & wanted]
        soon = [e for e in kind_of
                if any(position < p <= position + _CATAPHORA_REACH for p in e.positions)]
        if len(soon) == 1 and len(kind_of) == 1 and soon[0].last_before(position) < 0:
            return soon[0]
        return None

    def _recent_or_only(self, candidates: list[Entity], position: int, window_start: int) -> Optional[Entity]:
        named = [e for e in candidates if e.last_before(position) >= 0]
        recent = [e for e in named if e.last_before(position) >= window_start]
        if recent:
            return self._recent(recent, position)
        return named[0] if len(named) == 1 else None

    def epithet(self, description: tuple[str, ...], position: int,
                window_start: int) -> Optional[Entity]:
        """The person an epithet ("the veteran executive", "the soprano") stands for:
        the one person the article has named since ``window_start``. Only a word for a
        person's occupation or standing qualifies, or a title with a modifier that
        makes it one ("the veteran diplomat"); never someone who speaks for another
        ("the spokesman")."""
        if not self.epithet_fits(description) or _AGE.match(description[-1]):
            return None   # (an age is an epithet only for the person last speaking or in view)
        return self._sole_recent_person(position, window_start)

    def epithet_fits(self, description: tuple[str, ...]) -> bool:
        """Whether the words can be an epithet for a person named before: an age, an
        occupation or standing, or a title made one by its modifier."""
        if not description or description[-1] in AGENT_NOUNS or any(m.endswith(("’s", "'s")) for m in description[:-1]):
            return False   # ("the bank's economist": someone the bank employs, not whoever was named)
        head, modifiers = description[-1], set(description[:-1])
        return bool(_AGE.match(head)) or head in EPITHET_NOUNS \
            or (head in TITLE_WORDS and bool(modifiers & EPITHET_MODIFIERS))

    @staticmethod
    def title_epithet_fits(description: tuple[str, ...]) -> bool:
        """"the Florida senator", "the Republican presidential candidate", "the former
        governor": a title with words naming a place, party or office; never a bare title
        ("the president" is as often the head of state as the person just quoted) but
        one only a race gives ("the candidate")."""
        if len(description) == 1 and description[0] in BARE_TITLE_EPITHETS:
            return True
        if len(description) < 2 or description[-1] not in TITLE_EPITHET_HEADS:
            return False
        # ("the former vice president": an office left; a bare "vice" might be someone else's)
        modifiers = [m for m in description[:-1] if m != "vice" or "former" not in description]
        while modifiers:
            for size in (3, 2, 1):
                if size <= len(modifiers) and (" ".join(modifiers[:size]) in place_names()
                                               or (size == 1 and modifiers[0] in TITLE_EPITHET_MODIFIERS)):
                    modifiers = modifiers[size:]
                    break
            else:
                return False
        return True

    @staticmethod
    def age_fits(person: Entity, description: tuple[str, ...]) -> bool:
        age = _AGE.match(description[-1]) if description else None
        return age is None or person.age is None or person.age == int(age.group(1))

    def people(self) -> set[str]:
        """The names of the article's people (read once; the model does not change)."""
        if self._people is None:
            self._people = {e.name for e in self.entities if e.kind == "person"}
        return self._people

    def person(self, name: str) -> Optional[Entity]:
        return self._by_name.get((name, "person"))

    def _person_by_age(self, age: int, position: int, window_start: int) -> Optional[Entity]:
        aged = [e for e in self.entities if e.kind == "person" and e.age == age
                and e.last_before(position) >= 0]
        if aged:
            return self._recent(aged, position)
        person = self._sole_recent_person(position, window_start)
        return person if person is not None and person.age is None else None

    def _sole_recent_person(self, position: int, window_start: int) -> Optional[Entity]:
        people = [e for e in self.entities if e.kind == "person"
                  and window_start <= e.last_before(position)]
        return people[0] if len(people) == 1 else None

    @staticmethod
    def _recent(candidates: list[Entity], position: int) -> Optional[Entity]:
        best, best_at = None, -1
        for entity in candidates:
            at = entity.last_before(position)
            if at > best_at:
                best, best_at = entity, at
        return best
