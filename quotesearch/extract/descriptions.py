"""Descriptions an article calls its people by ("the Florida senator", "the 81-year-old",
"a Green councillor", "the official") and whom they stand for: the person whose role
fits, the person just quoted when a title with a place, party or office fits them, the
one person named soon after with that title, or nobody when someone new and unnamed
was just brought in. `SpeakerResolver` (`speakers`) reads them with these methods.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .antecedents import STOP_NOT_AFTER_A_TITLE
from .clauses import _FUNCTION_WORDS
from .entities import Entity
from .epithet_hints import echoes_introduction, headline_subject_fitting, trailing_pronoun_sex
from .entity_words import AGENT_NOUNS, ORGANISATION_DESCRIPTIONS
from .description_kinds import PERSON_HEADS
from .described_people import ONE_UNNAMED
from .lexicon import (DEMONYMS, GENERIC_PERSON_NOUNS, GROUP_NOUNS, NOMINAL_SYNONYMS, ORG_WORDS, PARTY_SYNONYMS, PARTY_WORDS, TITLE_WORDS,
                      in_any)
from .mentions import Mention, _singular, parse_mention
from .frequency import everyday_word
from .gender import FIRST_NAMES, gender_of
from .joint_subjects import SPOUSE_OR_KIN
from .places import place_names
from .plausible import plausible_speaker
from .scanning import matches_of_word
from .unnamed_patterns import indefinite_before, placed_team


# Zipf 4.5: a word that opens a sentence and is that common ("Council") is no name there
_OPENING_WORD_ZIPF = 4.5
# The words that place a group by its body after its noun: "Researchers at the University of Kellard"
_GROUP_PLACING_WORDS = ("at", "from", "with")


def _group_head(name: str) -> str:
    """The people's noun of a group's name: its last word ("Con Edison officials"), or the
    word before what places them ("Researchers at the University of Kellard")."""
    words = name.lower().split()
    placed = next((i for i, w in enumerate(words) if w in _GROUP_PLACING_WORDS), len(words))
    return words[placed - 1] if placed else words[-1]


class DescriptionResolution:
    """The description half of `speakers.SpeakerResolver` (a mixin: it uses the
    resolver's text, roles, entities, history and windows)."""

    def _named_later(self, description: tuple[str, ...], position: int) -> Optional[Entity]:
        """"A Green councillor has said … ¶ Green Riverside councillor Anna Patel said":
        a title brought in before the name, standing for the one person the next
        paragraphs give that title; never an official or a spokesman, whom news keeps
        anonymous."""
        if not description or description[-1] not in TITLE_WORDS or description[-1] in AGENT_NOUNS:
            return None
        head, modifiers = description[-1], set(description[:-1])
        holders = []
        for name, role in self.roles.items():
            role_words = _role_words(role)
            entity = self.entities.person(name)
            if head in role_words and _modifiers_agree(modifiers, role_words) and entity is not None \
                    and entity.positions and position < entity.positions[0] <= position + _CATAPHORA_CHARS:
                holders.append(entity)
        return holders[0] if len(holders) == 1 else None

    def _quantified_group(self, quantifier: str, position: int) -> Optional[str]:
        """"… some lawmakers and officials have continued to express optimism. Some noted
        that …": the people a bare quantifier subject stands for, as its quantifier last
        brought them in, in this paragraph or the one before; else None. "Others" after
        "Some lawmakers said …" are other lawmakers."""
        if quantifier == "others":
            some = self._last_quantified("some", position)   # (not "some wrote that students")
            return "other " + some.split(None, 1)[1] if some and plausible_speaker(some) else None
        found = self._last_quantified(quantifier, position)
        if found is None:
            # "Council members asked to see the plan again. Some questioned …": some of the
            # people the writer's sentence before opens on
            people = self._people_of_previous_sentence(position, opening=False)
            words = people.split() if people else []
            if words and words[0].lower() in ("the", "these", "those"):
                words = words[1:]
            if words and everyday_word(words[0].lower(), _OPENING_WORD_ZIPF) \
                    and not in_any(words[0].lower(), PARTY_WORDS, DEMONYMS):   # (not "Republican candidates")
                words[0] = words[0].lower()   # (capitalised only as the sentence's first word: "Council members")
            found = f"{quantifier} {' '.join(words)}" if words else None
        return found

    def _last_quantified(self, quantifier: str, position: int) -> Optional[str]:
        """The last people ``quantifier`` brought in before ``position`` ("some lawmakers"), in
        this paragraph or the one before; else None."""
        found = None
        for m in _QUANTIFIED_PEOPLE.finditer(self.text, self._window_start(position), position):
            words = [w for w in m.group(2).lower().split() if w not in ("and", "or")]
            if m.group(1).lower() == quantifier and words and _people_noun(words[-1]) and m.end() < position - 1 \
                    and not any(w in _FUNCTION_WORDS for w in words):   # (not "some worry among students")
                found = m.group(0)[0].lower() + m.group(0)[1:]
        return found

    def _counted_then_named(self, described: str, position: int) -> Optional[str]:
        """"Two Labour councillors have called on … to resign. Burnley council leader Ann Lee
        and Pendle council leader Tom Reed said …": the people a counted description of
        people stands for, when the writer's next sentence names exactly that many together,
        with titles of the same noun; else None."""
        counted = _COUNTED_PEOPLE.fullmatch(described)
        if counted is None or not _people_noun(counted.group(2).lower()):
            return None
        end = _SENTENCE_STOP.search(self.text, position, position + _SENTENCE_REACH)
        following = _SENTENCE_STOP.search(self.text, end.end(), end.end() + _SENTENCE_REACH) if end else None
        if following is None:
            return None
        named = []
        for at, name in self.name_positions:
            if end.end() <= at < following.start() and name not in named:
                named.append(name)
        between = self.text[end.end():following.start()]
        # (their titles say they are the people counted: "councillors", then "council
        # leader"; not "Two officers said … Tom Reed and Ann Lee were not hurt")
        if len(named) != _COUNTS[counted.group(1).lower()] or " and " not in between \
                or counted.group(2).lower()[:5] not in between.lower():
            return None
        return " and ".join(named)

    def _qualified_group(self, described: str, position: int) -> Optional[str]:
        """"Con Edison officials say … ¶ …, the officials said" (or "Officials said"): the one
        group, in this paragraph or the one before, the article remembers by the same
        people's noun with words of its own before it; else None ("the senators" after
        Republican and Democratic senators is either)."""
        words = described.lower().split()
        words = words[1:] if words[:1] in (["the"], ["but"], ["and"]) else words   # ("But executives said")
        if len(words) != 1 or not _people_noun(words[0]):
            return None
        words = ["the", words[0]]
        window = self._window_start(position)
        found = {s.name for s in self.history if s.kind == "group" and window <= s.position < position
                 and len(s.name.split()) > 1 and _group_head(s.name) == words[1]
                 and s.name.split()[0].lower() not in ("the", "a", "an", "some", "many", "most", "other")}
        if not found:
            # "This is why a team of researchers at Columbia University set out …": the one
            # team of that noun the article places by its body, anywhere before
            found = {m.group("people") for m in matches_of_word(words[1], placed_team, self.text, 0, position)}
        return found.pop() if len(found) == 1 else None

    def _same_unnamed(self, description: tuple[str, ...], position: int) -> Optional[tuple[str, str, None]]:
        """"the same official" after "…, said one Western official": the unnamed person last
        described by that noun in this paragraph or the one before, when no one named and
        holding it came after; else None."""
        if description[:1] != ("same",) or len(description) < 2:
            return None
        noun = description[-1]
        window = self._window_start(position)
        for salient in sorted(self.history, key=lambda s: s.position, reverse=True):   # (kept in reading order)
            if not window <= salient.position < position or salient.kind != "person":
                continue
            words = salient.name.lower().split()
            if words[0] in ONE_UNNAMED and len(words) > 1 and _group_head(salient.name) == noun:
                return salient.name, "person", None
            if noun in _role_words(self.roles.get(salient.name) or ""):
                return None   # (a named official since: the description's own resolution decides)
        return None

    def note_statement(self, speaker: str, kind: str, position: int) -> None:
        """"X said in a statement": X is whom "the statement" stands for, later on."""
        self.statement_issuers.append((position, speaker, kind))

    def _statement_issuer(self, position: int, release: bool = False) -> Optional[Entity]:
        """Whom "the statement" stands for at ``position``: who last issued one in this or
        the paragraph before ("The Belfast Giants issued a statement …", "X said in a
        statement"), or nobody when none did; ``release``: "the release" stands for a body
        that announced the news there too ("…, Customs and Border Protection announced
        Tuesday. … According to the release, …")."""
        window = self._window_start(position)
        found = self._statement_issuers_in(window, position, release)
        if not found and release:
            # "…, Customs and Border Protection announced Tuesday. … (five paragraphs) …,
            # according to the release": the one body the article has issue one, if only one
            # (not "the statement", which in a story of many people is often someone new's)
            found = self._statement_issuers_in(0, window, release)
            if len({speaker for _, speaker, _ in found}) != 1:
                return None
        if not found:
            return None
        _, speaker, kind = max(found)
        return Entity(name=speaker, kind=kind)

    def _statement_issuers_in(self, start: int, end: int, release: bool) -> list[tuple[int, str, str]]:
        """(where, who, kind) of each statement issued (or news announced, for a release)
        between ``start`` and ``end``."""
        found = [(at, speaker, kind) for at, speaker, kind in self.statement_issuers if start <= at < end]
        for m in (*_ISSUED_A_STATEMENT.finditer(self.text, start, end),
                  *(_ANNOUNCED.finditer(self.text, start, end) if release else ())):
            issuer = parse_mention(m.group("issuer"))
            resolved = self.resolve(issuer, m.start()) if issuer is not None else None
            if resolved and resolved[0] and resolved[1] in ("person", "organization"):
                found.append((m.start(), resolved[0], resolved[1]))
        return found

    def _resolve_epithet(self, description: tuple[str, ...], position: int):
        entity = self._epithet_entity(description, position)
        return (entity.name, "person", self.roles.get(entity.name)) if entity else None

    def _epithet_entity(self, description: tuple[str, ...], position: int) -> Optional[Entity]:
        if description and description[-1] in GENERIC_PERSON_NOUNS:
            return None
        window_start = self._window_start(position)
        sex = gender_of("the " + description[-1], {}) if description else None
        if sex is None and description:
            sex = trailing_pronoun_sex(self.text, position, description)   # ("…,” the 38-year-old said as he …)
        if sex is not None and self.entities.epithet_fits(description):
            # "Gwyneth Paltrow … dated Ben Affleck … “…,” the actress said": the one person of
            # that sex named in view, not the man named last
            people = [n for n in sorted(self.entities.people()) if any(
                window_start <= at < position for at in self.entities.person(n).positions)]
            fitting = [n for n in people if self._gender(n) in (None, sex)]   # (no table knows "Gwyneth")
            if len(fitting) == 1 and len(people) > 1:
                return self.entities.person(fitting[0])
        # (only the named: "“…?” a reporter asked Trump. “…,” the businessman replied" is Trump)
        last = next((s for s in reversed(self.history) if s.kind == "person" and s.position <= position
                     and s.name[:1].isupper()), None)
        speaker = next((s for s in reversed(self.history) if s.kind == "person" and s.spoke
                        and s.position <= position and s.name[:1].isupper()), None)
        entity = self.entities.person(last.name) if last is not None and last.position >= window_start else None
        if entity is not None and sex is not None and self._gender(entity.name) not in (None, sex):
            entity = None   # ("Ryan Gosling, who told Chazelle … “…,” the actress says": not him)
        if entity is not None:
            # "…,” Kissinger said … “…,” the 97-year-old said": the person last speaking, or
            # the one the sentences before are about ("Dion spoke out against bullying … “…,”
            # the singer said")
            if self.entities.epithet_fits(description) and self.entities.age_fits(entity, description) \
                    and (speaker is last or self._alone_in_view(description, last, position)):
                return entity
            # "Rubio said … “…,” said the Florida senator": a title with the place, party
            # or office that fits the speaker, unless the role the article gives says otherwise
            if speaker is last and self.entities.title_epithet_fits(description) \
                    and self._role_allows(last.name, description) \
                    and not (len(description) == 1 and (_QUESTION_PUT.search(self.text, last.position, position)
                                                        or not _SENTENCE_BREAK.search(self.text, last.position, position))):
                # (a bare "the candidate" after a question the last speaker put to someone
                # is as likely the one asked: "Ann Reyes asked Fisk about his plans. The
                # candidate said …"; and never one who speaks inside the very sentence
                # it closes: "The tricks that Ann Roe accused the council of …, the candidate said")
                return entity
            if speaker is last and description[-1] in TITLE_WORDS and description[-1] not in AGENT_NOUNS \
                    and self._alone_in_view(description, last, position) \
                    and echoes_introduction(self.text, position, entity.positions[0], self.roles.get(entity.name), description):
                return entity   # "…, said Tom Reed, who is Harbor's director of athletics. … The athletics executive believes …"
        if last is None and self.entities.title_epithet_fits(description):
            # "Tom Reed has invested …, according to his filing. In the report, the
            # likely mayoral nominee listed …": the one person named so far
            people = [n for n in self.entities.people() if any(at < position for at in self.entities.person(n).positions)]
            role = self.roles.get(people[0]) if len(people) == 1 else None
            if len(people) == 1 and self._role_allows(people[0], description) \
                    and (not role or description[-1] in _role_words(role)):   # ("President Obama" is no senator)
                return self.entities.person(people[0])
        entity = self.entities.epithet(description, position, window_start)
        if entity is not None and last is not None and last.name != entity.name:
            return None  # "Adelson said … met Trump … the gambling tycoon told": the speaker, not the last name
        if entity is not None and sex is not None and self._gender(entity.name) not in (None, sex):
            return None   # ("the actress" is no man)
        return entity or headline_subject_fitting(self, description, position, sex)

    def _alone_in_view(self, description: tuple[str, ...], last, position: int) -> bool:
        """Whether the person ``last`` remembered is the only one an epithet at ``position``
        can mean: no one else named since (after "Ann Cole met Tom Reed", recency alone does
        not pick one of two), and no relative clause introducing someone new ("said the
        pilot, who works for another ferry line")."""
        if description and re.search(r"\b" + re.escape(description[-1]) + r",\s+who\b",
                                     self.text[max(0, position - 80):position + 80]):
            return False
        return not any(last.position <= at < position and named != last.name
                       and named.split()[0].lower() in FIRST_NAMES for at, named in self.name_positions)

    def _role_allows(self, name: str, description: tuple[str, ...], nationality: bool = False) -> bool:
        """Whether the role the article gives ``name`` leaves room for the title
        ``description``: a party or place in both must be the same ("the Texas senator"
        is not "Florida Sen. Ann Roe", "the Republican senator" not "Democratic Sen. Ann Roe");
        with ``nationality``, one the description gives must be in the role too ("the
        Afro-Colombian journalist" is not "Award-winning journalist Ana Ruiz")."""
        role = self.roles.get(name)
        if not role:
            return True
        role_words = set(re.findall(r"[\w\-.]+", role.lower()))
        if nationality and any(w.rsplit("-", 1)[-1] in DEMONYMS and not _modifiers_agree({w.rsplit("-", 1)[-1]}, _role_words(role))
                               for w in description[:-1]):
            return False
        role_words |= {PARTY_SYNONYMS[w] for w in role_words if w in PARTY_SYNONYMS}
        for word in description[:-1]:
            if word in PARTY_WORDS and role_words & PARTY_WORDS and word not in role_words:
                return False
        role_places = {w for w in role_words if w in place_names()}
        places = {w for w in description[:-1] if w in place_names()}
        return not (places and role_places and not places & role_places)

    def _unnamed_introduced(self, head: str, position: int) -> bool:
        """Whether the text just before ``position`` brings in someone new and unnamed
        with this noun ("A harbor official close to the talks said … The
        official said", "…, according to a senior official. The official said"): the
        description stands for that person, not for a named one."""
        window_start = self._window_start(position)
        return next(matches_of_word(head, indefinite_before, self.text, window_start, position), None) is not None

    def _pair_named(self, words: tuple[str, ...], position: int) -> Optional[str]:
        """"Tomas Brandt and Nora Falk spoke on Monday. … The pair insisted …": the two
        people last named together, in the paragraphs before, as one group ("A and B");
        "Harbor Air and Kellard Airways cut flights. Both airlines said …": the two bodies
        of that kind last named together."""
        bodies = _TWO_OF_A_KIND.fullmatch(" ".join(words))
        kind = _singular(bodies.group(1)) if bodies else None
        if (words[:1] != ("the",) or words[1:] not in PAIR_DESCRIPTIONS) and kind not in ORGANISATION_DESCRIPTIONS:
            return None
        pair = None
        for m in _TWO_NAMES.finditer(self.text, self._window_start(position), position):
            if kind is not None:
                # (each name says it is one: "American Airlines and United Airlines" may be
                # read as one name, a body's "and" kept, so the names' words decide)
                names = [m.group(i) for i in (1, 2)]
                wanted = ORGANISATION_DESCRIPTIONS[kind] or ORG_WORDS
                if all({w.lower() for w in n.split()} & wanted for n in names) and names[0] != names[1]:
                    pair = " and ".join(names)
                continue
            names = [self.canonical(m.group(i)) for i in (1, 2)]
            if all(self.entities.person(n) is not None for n in names) and names[0] != names[1]:
                pair = " and ".join(names)
        return pair

    def _resolve_description(self, mention: Mention, position: int):
        words = set(mention.description)
        heads = set()
        for w in words:
            heads |= NOMINAL_SYNONYMS.get(w, {w} if w in TITLE_WORDS else set())
        heads |= {_ACRONYM_MARK + w.lower() for w in mention.text.split() if w.isupper() and 2 <= len(w) <= 5}
        # (a hyphenated epithet, "the two-term president", "the reelection-seeking senator",
        # says how the writer sees the holder, not which office: no role need contain it;
        # but "the vice-presidential nominee" is not any nominee)
        modifiers = {w for w in words if w not in TITLE_WORDS and w.rsplit("-", 1)[-1] not in _EPITHET_ENDS
                     and w != "then"}   # ("the then prime minister": when, not which)
        seen = set()
        qualified = None
        for name in self._people_latest_first(position):
            seen.add(name)
            role_words = _role_words(self.roles.get(name) or "")
            if heads & role_words and _modifiers_agree(modifiers, role_words | self.affiliations.get(name, set())) \
                    and not _held_formerly(self.roles.get(name), heads, modifiers):
                if not modifiers and _OF_A_BODY.search(self.roles.get(name) or ""):
                    # "the president" after "Dan Fisk, president of the Harbor Pilots Guild" and
                    # "President Ben Ortiz": the one holding the title unqualified; and a
                    # president of a body is no bare "the president" once someone else is named
                    # since him (news's "the president" is a country's: "John Williams, the
                    # president of the New York Fed, said …. Mr. Trump … The president says …")
                    if qualified is None:
                        qualified = False if "president" in heads and self._named_since(name, position) \
                            else (name, "person", self.roles.get(name))
                    continue
                return name, "person", self.roles.get(name)
        if qualified:
            return qualified
        people = self.entities.people()
        named_later = []
        for name, role in self.roles.items():
            if people and name not in people and name not in seen:
                continue  # "general manager of Chiesi Pharmaceutical": the employer holds no role
            role_words = _role_words(role)
            if qualified is False and _OF_A_BODY.search(role):
                continue   # (someone named since the one holding it of a body: see above)
            if heads & role_words and _modifiers_agree(modifiers, role_words | self.affiliations.get(name, set())) \
                    and not _held_formerly(role, heads, modifiers):
                entity = self.entities.person(name)
                if entity is not None and entity.positions and entity.positions[0] > position:
                    named_later.append((name, "person", role))
                    continue
                return name, "person", role
        if len(named_later) == 1:
            return named_later[0]   # "the president has said …" in an abstract, "President Obama" below
        if named_later:
            return None   # "the president said" with "President George W. Bush" and "President Putin" below
        return self._sole_holder(mention, heads, people) or self._named_next(mention, position)

    def _named_next(self, mention: Mention, position: int) -> Optional[tuple[str, str, Optional[str]]]:
        """"The US's top coronavirus expert has praised … ¶ Dr Anthony Fauci told a webinar
        …": news names in its next paragraph the person its lede describes. Only a definite
        description of a person's standing that the article names no one before, and only
        the name opening the next paragraph (of the description's sex)."""
        # (the title, wherever it stands: "the chairwoman of Ukraine's central bank")
        head = next((w for w in mention.description if w in TITLE_WORDS or w in PERSON_HEADS), "")
        if not mention.text.lower().startswith("the ") or not head or set(mention.description) & AGENT_NOUNS:
            return None
        if any(at < position for name in self.entities.people() for at in self.entities.person(name).positions):
            return None
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        if len([p for p in self.text[:paragraph_start].split("\n") if p.strip()]) > _LEDE_AFTER_PARAGRAPHS:
            return None   # (the lede only: not "the officer" in a reader's letter, signed "Kim Gump" below it)
        paragraph_end = self.text.find("\n", position)
        opening = _NAME_OPENING.match(self.text, paragraph_end) if paragraph_end != -1 else None
        name = self.canonical(opening.group(1)) if opening else None
        if name is None or self.entities.person(name) is None:
            return None
        sex = gender_of("the " + head, {})
        return (name, "person", self.roles.get(name)) if sex is None or self._gender(name) in (None, sex) else None

    def _named_since(self, name: str, position: int) -> bool:
        """Whether a person other than ``name`` is named after ``name``'s last mention before ``position``."""
        last = max((at for at, named in self.name_positions if named == name and at < position), default=-1)
        return any(last < at < position and named != name and self.entities.person(named) is not None
                   for at, named in self.name_positions)

    def _agent_by_participle(self, description: tuple[str, ...], position: int) -> Optional[tuple[str, str, Optional[str]]]:
        """"A car driven by Ann Lee … the driver said": the one a participle's "by" named
        in this or the paragraph before, for the noun of that act ("the driver"), when
        the article knows them as a person."""
        participle = _PARTICIPLE_OF_AGENT.get(description[-1]) if len(description) == 1 else None
        if participle is None:
            return None
        named = None
        for named in participle.finditer(self.text, self._window_start(position), position):
            pass
        if named is None:
            return None
        name = self.canonical(named.group(1))
        return (name, "person", self.roles.get(name)) if self.entities.person(name) is not None else None

    def _role_noun_holder(self, text: str, position: int) -> Optional[tuple[str, str, str]]:
        """"Lance Wallnau, a Texas rancher, … The rancher said": a noun no lexicon lists
        as a title, standing for the one person the text so far gives that noun beside
        the name ("X, a Texas rancher", "Texas rancher X"; the words before it agreeing),
        when that person is the one last named; never a noun for anyone met in the
        events ("the man", "the driver") or a plural."""
        m = _THE_ROLE_NOUN.fullmatch(text.strip())
        if m is None:
            return None
        head = m.group("head").lower()
        modifiers = set(m.group("modifiers").lower().split())
        if head in GENERIC_PERSON_NOUNS or head in TITLE_WORDS or head in _NO_ROLE_HEADS \
                or head in _FUNCTION_WORDS or head.endswith("ly") or (head.endswith("s") and not head.endswith("ss")):
            return None
        holders = set()
        for found in matches_of_word(head, _noun_beside_name, self.text, 0, position):
            name = self.canonical(found.group("after") or found.group("name"))
            words = set((found.group("before") or found.group("words") or "").lower().split())
            if self.entities.person(name) is not None and _modifiers_agree(modifiers, words):
                holders.add(name)
        if len(holders) != 1:
            return None
        # and the person last named: "the star" of a story on Celine Dion is not the
        # "star Peabo Bryson" of her duet, named once in passing
        name = holders.pop()
        latest = next((named for at, named in reversed(self.name_positions)
                       if at < position and self.entities.person(named) is not None), None)
        return (name, "person", self.roles.get(name)) if latest == name else None

    def _sole_holder(self, mention: Mention, heads: set, people) -> Optional[tuple[str, str, str]]:
        """"the mayor of Coachella" after "Mayor Steven Hernandez": what follows "of" is
        where the office is, which a role often leaves out; the one person the article
        gives that office, when only one has it."""
        office = _OF_COMPLEMENT.search(mention.text)
        head = office.group("head").lower() if office else None
        if head not in heads or head in _NOT_OFFICES:
            return None
        titles = NOMINAL_SYNONYMS.get(head, {head})   # ("the senator from Vermont" is "Sen. Bernie Sanders")
        holders = [(name, role) for name, role in self.roles.items() if (not people or name in people)
                   and titles & _role_words(role) and not _held_formerly(role, titles, set())]
        return (holders[0][0], "person", holders[0][1]) if len(holders) == 1 else None


# The noun for the one who did an act, and the participle that names them after "by": "a
# car driven by Ann Lee" makes her "the driver"
_PARTICIPLE_OF_AGENT = {
    noun: re.compile(r"\b(?:" + participles + r")\s+by\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)")
    for noun, participles in (("driver", "driven"), ("owner", "owned"), ("operator", "operated|run"),
                              ("pilot", "piloted|flown"), ("founder", "founded|co-founded"),
                              ("organizer", "organized|organised"), ("organiser", "organised|organized"),
                              ("host", "hosted"), ("author", "written|authored"), ("writer", "written"),
                              ("director", "directed"), ("coach", "coached"), ("captain", "captained"),
                              ("sponsor", "sponsored"), ("landlord", "owned|let"))}
# A title held of, for or at a named body: "president of the Brady Campaign"
_OF_A_BODY = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?[A-Z]")
# "the rancher", "the Texas rancher": a definite noun phrase of up to three lower-case words
_THE_ROLE_NOUN = re.compile(r"[Tt]he\s+(?P<modifiers>(?:[\w\-]+\s+){0,2})(?P<head>[a-z][\w\-]*)")
# words that end "the candidates most", "the first": no noun a person is called by
_NO_ROLE_HEADS = frozenset("""most more least less other same latter former first last next only one two
three best worst top whole rest""".split())
# A count of people and their noun ("Two Labour councillors", "three senior officials")
_COUNTS = {"two": 2, "three": 3, "four": 4}
_COUNTED_PEOPLE = re.compile(r"(?i:(two|three|four))\s+(?:[\w’'\-]+\s+){0,3}?([a-z][\w\-]*s)")
# (a title's period ends no sentence: "Two senators said … Sens. Ann Lee and Tom Reed …")
_SENTENCE_STOP = re.compile(STOP_NOT_AFTER_A_TITLE + r"[”\"’]?(?=\s+[A-Z“\"]|\s*$)")
_SENTENCE_REACH = 400
# A quantifier and the people it counts: "some lawmakers and officials", "many Democratic voters"
_QUANTIFIED_PEOPLE = re.compile(r"\b((?i:some|many|several|most))\s+((?:[A-Za-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s"
                                r"(?:\s+(?:and|or)\s+(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*s)?)\b")


def _people_noun(plural: str) -> bool:
    """Whether a plural noun counts people ("lawmakers", "officials", "analysts")."""
    singular = plural[:-1]
    return in_any(singular, GENERIC_PERSON_NOUNS, TITLE_WORDS, PERSON_HEADS) or in_any(plural, GROUP_NOUNS)


@lru_cache(maxsize=2048)     # (any noun may come: bounded, unlike the title lexicon's patterns)
def _noun_beside_name(head: str) -> re.Pattern:
    """"Lance Wallnau, a Texas rancher", "Texas rancher Lance Wallnau": ``head`` beside a name."""
    return re.compile(
        rf"(?P<after>{_NAME}),[^\S\n]+(?:an?|the)[^\S\n]+(?P<before>(?:[\w’'\-]+[^\S\n]+){{0,4}}?){re.escape(head)}\b"
        rf"|(?P<words>(?:[\w’'\-]+[^\S\n]+){{0,3}}){re.escape(head)}[^\S\n]+(?P<name>{_NAME})")


# "the mayor of Coachella", "the chief executive of Acme", "the senator from Vermont": the
# office, then where it is held
_OF_COMPLEMENT = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w\-]*\s+)?(?P<head>[a-z][\w\-]*)\s+(?:of|for|from)\s+[A-Z]")
# (title words that name a share or a rank, not an office one person holds)
_NOT_OFFICES = frozenset({"majority", "minority", "member", "senior", "deputy", "assistant", "associate",
                          "principal", "partner", "expert", "official", "officials", "aide", "adviser", "advisor"})


# Descriptions of a statement, which speaks for whoever issued it
STATEMENT_DESCRIPTIONS = frozenset({"the statement", "the joint statement", "the release", "the news release",
                                    "the press release", "that statement", "the written statement"})
# A body that announced the news: "…, Customs and Border Protection announced Tuesday."
_ANNOUNCED = re.compile(r"(?P<issuer>(?:(?:[Tt]he)[^\S\n]+)?(?:[A-Z][\w’'&.\-]*[^\S\n]+(?:(?:and|of|for)[^\S\n]+)?){0,5}"
                        r"[A-Z][\w’'&.\-]*|[Tt]he[^\S\n]+[a-z]+)"
                        r"(?:[^\S\n]+\([A-Z]{2,6}\))?[^\S\n]+announced\b")
# "The Belfast Giants issued a statement", "the ministry has released a short statement"
_ISSUED_A_STATEMENT = re.compile(
    r"(?P<issuer>(?:(?:[Tt]he)[^\S\n]+)?(?:[A-Z][\w’'&.\-]*[^\S\n]+){0,5}[A-Z][\w’'&.\-]*|[Tt]he[^\S\n]+[a-z]+)"
    r"[^\S\n]+(?:(?:has|have|had|also|later|then)[^\S\n]+)?(?:issued|released|put[^\S\n]+out|sent|posted|published)"
    r"[^\S\n]+(?:a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){0,2}?statement\b")

# Two bodies of one kind: "both airlines", "the two unions"
_TWO_OF_A_KIND = re.compile(r"(?:both|the two)\s+([a-z]+s)")

# Descriptions of two people named together
PAIR_DESCRIPTIONS = frozenset({("pair",), ("couple",), ("duo",), ("two",), ("two", "men"), ("two", "women")})
_NAME = r"(?:[A-Z][\w’'\-]*\.?[^\S\n]+){0,3}[A-Z][\w’'\-]*"
# ("Ann Lee and her husband Tom Reed": a spouse or kin named after their description)
_TWO_NAMES = re.compile(r"(?<![\w’'])(" + _NAME + r")(?:,[^\S\n]+[^,.\n]{1,60},)?[^\S\n]+and[^\S\n]+"
                        r"(?:" + SPOUSE_OR_KIN + r",?[^\S\n]+)?(" + _NAME + r")\b")

# How far after "A Green councillor has said" the article may name her
_CATAPHORA_CHARS = 1500
# The lede comes after the headline and perhaps a standfirst
_LEDE_AFTER_PARAGRAPHS = 2
# The name opening a paragraph, as its subject: "\n\nDr Anthony Fauci told …"
_NAME_OPENING = re.compile(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?((?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]*)"
                           r"(?=\s*,|\s+(?:[a-z]+ed|[a-z]+s|told|said|says|has|had|is|was|will|would)\b)")


_QUESTION_PUT = re.compile(r"\b(?:asked|asking|questioned|pressed)\b")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']*\s|\n")
# Last parts of hyphenated epithets ("two-term", "81-year-old", "long-serving", "soft-spoken")
_EPITHET_ENDS = frozenset({"term", "time", "old", "seeking", "serving", "spoken", "talking", "leaning", "minded"})
_PAST_HOLDER = frozenset({"former", "ex"})   # (a retired general is still "the general")


def _held_formerly(role: str, heads: set[str], modifiers: set[str]) -> bool:
    """"the GOP candidate" is not the "Former Republican presidential candidate" (but "a
    retired general" is the "retired three-star general and former fleet commander")."""
    if modifiers & _PAST_HOLDER:
        return False
    parts = [_role_words(part) for part in re.split(r",|\band\b|;", role.lower())]
    holding = [part for part in parts if part & heads]
    return bool(holding) and all(part & _PAST_HOLDER for part in holding)


def _role_words(role: str) -> set[str]:
    """The words of a role, a hyphenated title whole and in parts ("President-elect" is
    "president-elect", "president" and "elect"), and the acronyms of its runs of words
    ("Ireland’s chief medical officer" is "the CMO")."""
    role = role.lower()
    words = re.findall(r"\w+", role)
    content = [w for w in words if w not in _ACRONYM_SKIPS]
    acronyms = {_ACRONYM_MARK + "".join(w[0] for w in content[i:j]) for i in range(len(content))
                for j in range(i + 2, min(i + 4, len(content)) + 1)}   # (marked: "rep" is no acronym)
    return set(words) | set(re.findall(r"\w+(?:-\w+)+", role)) | acronyms


_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "to", "at", "in", "s"})
# what marks an acronym among a role's words, and a description's word written in capitals
_ACRONYM_MARK = "acronym:"


def _modifiers_agree(modifiers: set[str], role_words: set[str]) -> bool:
    """"the Chinese president" fits "China's President"; "the Russian envoy" does not
    fit "Chinese Ambassador to Russia"; "the Conservative MP" fits "Tory MP"."""
    # (a role's marked acronyms are for a description written in capitals, not its words)
    role_words = {w for w in role_words if not w.startswith(_ACRONYM_MARK)}
    role_words = role_words | {PARTY_SYNONYMS[w] for w in role_words if w in PARTY_SYNONYMS}
    initials = "".join(sorted(w[0] for w in role_words if w))
    for m in modifiers:
        stem = m[:4]
        if not any(w.startswith(stem) or stem.startswith(w[:4]) for w in role_words) \
                and not _initials_of(m, initials):
            return False
    return True


def _initials_of(modifier: str, initials: str) -> bool:
    """"nwa" of "Northern Water Agency Director": an acronym of the role's words."""
    return 2 <= len(modifier) <= 5 and modifier.isalpha() and all(
        modifier.count(c) <= initials.count(c) for c in set(modifier))
