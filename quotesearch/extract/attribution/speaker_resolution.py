"""An attribution's speaker, resolved against the article: `AttributionSpeakers`, a
mixin of `reader.ParagraphReader` (like `subjects.SentenceSubjects`), holds how a
mention becomes a speaker (a name, a pronoun, a description kept as written, "one of
them" unnamed) and the question last put, whose addressee a reply comes from.
"""
from __future__ import annotations

import re
from typing import Optional

from ..clauses import _drop_edges
from ..gender import FIRST_NAMES
from ..mentions import Mention, parse_mention
from ..plausible import plausible_speaker
from ..speakers import CLAUSE_AS_ROLE
from ..noun_phrases import OWN_WRITINGS, OWNERS_POSSESSIVE
from .units import Attribution, Unit

# A person's own writing: "Schlafly’s final column", "Ann Lee's letter to the board"
_OWN_WRITING = re.compile(OWNERS_POSSESSIVE + r"(?P<noun>[A-Za-z\-]+)(?:\s+(?:to|on|about|in)\s+[^,;]{1,60})?")
# Whose writing it is, by a possessive pronoun: "His statement", "her latest letter", "its post"
_PRONOUN_OWNED = re.compile(r"(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}(?P<noun>[a-z][\w\-]*)")
# The subject pronoun, and the kind it stands for, of a possessive or object pronoun
_SUBJECT_PRONOUN = {"his": ("he", "person"), "her": ("she", "person"), "its": ("it", "organization"),
                    "their": ("they", "group"), "him": ("he", "person"), "them": ("they", "group")}
# "“…,” she recalls him saying", "I remember Tom Reed telling me": the one remembered
# speaking said the words, not the one remembering
_REMEMBERING = frozenset({"recall", "recalls", "recalled", "recalling", "remember", "remembers", "remembered",
                          "remembering"})
_REMEMBERED_SPEAKER = re.compile(r"[^\S\n]+(?P<who>him|them|[A-Z][\w’'\-]+(?:[^\S\n]+[A-Z][\w’'\-]+){0,2})[^\S\n]+"
                                 r"(?:saying|say|telling|tell|asking|ask)\b")
# Two people spoken of as one: "the pair", "the two leaders", "both men" (and the
# auxiliaries a subject phrase may carry: "The pair have")
_THE_PAIR = re.compile(r"(?:[Tt]he\s+pair|(?:[Tt]he\s+two|[Bb]oth)\s+(?:leaders|men|women|presidents|heads\s+of\s+state))"
                       r"(?:\s+(?:have|has|had|were|are|was|is|also|previously|both|later|then))*")
_CAPITALISED = re.compile(r"\b[A-Z][\w\-]+")
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
# Replies, and how far after a question one may come (characters)
_REPLIES = frozenset({"replied", "replies", "replying", "answered", "answers", "answering",
                      "responded", "responds", "retorted", "shot.back"})
_REPLY_REACH = 1200
# "asked Judge Ann Cole, “…?”": the person a question is put to
_ADDRESSEE = re.compile(r"\s+((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]*)")
# The person a document or a post comes from: "a post from Arianna Huffington", "an op-ed by Sen. Al Moss"
_FROM_A_PERSON = re.compile(r"\b(?:from|by)\s+((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)\s*$")
_ONE_OF_THEM = frozenset({"one", "another", "a third", "a fourth", "a second"})
# What a body reports of itself: "… says it has", "… said it would", "… said that it plans"
_ITS_OWN_PLANS = re.compile(r"\s+(?:that\s+)?it\s+(?:has|had|plans|planned|intends|intended|will|would|expects)\b")


class AttributionSpeakers:
    """The speaker half of `reader.ParagraphReader` (a mixin: it uses the reader's
    resolver and its last question)."""

    def resolve(self, att: Attribution, previous: Optional[Attribution] = None) -> bool:
        """Resolve the attribution's mention to a speaker; False when it names nobody."""
        if att.inherited and previous is not None:
            att.speaker, att.kind, att.role = previous.speaker, previous.kind, previous.role
            return True
        if att.mention.name and att.mention.name.lower() in _ONE_OF_THEM:
            # "One, who asked not to be named, said: “…”": a real quotation, its speaker unnamed
            att.speaker, att.kind, att.role = None, "person", None
            return True
        remembered = _REMEMBERED_SPEAKER.match(self.text, att.cue.end) if att.cue.text.lower() in _REMEMBERING else None
        if remembered:
            who = remembered.group("who")
            mention = _pronoun_mention(who) if who in ("him", "them") else parse_mention(who)
            speaker = self.resolver.resolve(mention, remembered.start("who")) if mention is not None else None
            att.speaker, att.kind, att.role = speaker if speaker is not None and speaker[0] and speaker[0][:1].isupper() \
                else (None, "person", None)
            return True
        resolved = self.resolver.resolve(att.mention, att.cue.start)
        unnamed = resolved is None or not resolved[0] or resolved[0][:1].islower()
        if unnamed and _THE_PAIR.fullmatch(att.mention.text.strip()):
            pair = self._last_two_named(att.cue.start)
            if pair:
                resolved = (" and ".join(pair), "group", None)   # "The pair have touted …": Xi and Putin
        owner = _OWN_WRITING.fullmatch(att.mention.text.strip()) if att.mention.kind == "document" else None
        if owner and owner.group("noun").lower() in OWN_WRITINGS:
            # "Schlafly's final column", "Hoff's letter": the writer speaks, when the
            # article names the person
            person = self.resolver.canonical(owner.group("owner"))
            if person in self.resolver.full_names:
                resolved = (person, "person", self.resolver.roles.get(person))
        owned = _PRONOUN_OWNED.fullmatch(att.mention.text.strip()) if unnamed and att.mention.kind == "document" else None
        if owned and owned.group("noun") in OWN_WRITINGS:
            # "His statement continued: …" after "Tom Reed said in a statement": the writer
            # the pronoun stands for, when it stands for a name
            owner = self.resolver.resolve(_pronoun_mention(owned.group("owner")), att.subject[0])
            if owner is not None and owner[0] and owner[0][:1].isupper() and "'s" not in owner[0] and "’s" not in owner[0]:
                resolved = owner
        if att.cue.lemma_form in _REPLIES and self.last_question is not None \
                and att.cue.start - self.last_question[2] < _REPLY_REACH:
            asker, addressee, _ = self.last_question
            if att.mention.pronoun in ("he", "she") and addressee \
                    and self.resolver.pronoun_fits(att.mention.pronoun, addressee):
                resolved = (addressee, "person", self.resolver.roles.get(addressee))
            elif resolved is not None and resolved[0] == asker and (
                    not att.mention.name or att.mention.name[:1].islower()):
                resolved = None   # "“Is it hard?” King asked. “It is,” the singer replied": not King
        if resolved is None:
            if att.mention.name:
                resolved = (att.mention.name, att.mention.kind, att.mention.role)
            elif att.mention.description:
                # "the gambling tycoon" named nowhere else: keep it as written
                resolved = (_as_written(att.mention.text), "person", None)
            elif att.mention.pronoun in ("we", "you"):
                # "We expect that …", "You argue that …" with nobody to stand for: the
                # writer's or an interviewer's own words, no quotation
                return False
            elif att.mention.pronoun:
                # an attribution whose speaker the text never names: the quote is real,
                # its speaker unknown
                resolved = (None, att.mention.kind, None)
            else:
                return False
        if resolved[0] is not None and not plausible_speaker(resolved[0], att.mention.text):
            return False  # "Speaking …", "Friday", "the": the words before the cue name nobody
        if resolved[0] is not None and not self.resolver.names_someone(resolved[0], resolved[1]):
            return False  # "Meh, said …", "International explained": a sentence's first word
        if resolved[0] is not None and resolved[1] == "person" and \
                self.resolver.describes_a_group(resolved[0]):
            resolved = (resolved[0], "group", None)     # "Proponents argue …"
        att.speaker, att.kind, role = resolved
        author = _FROM_A_PERSON.search(att.mention.text) if att.kind in ("document", "organization") else None
        author_mention = parse_mention(author.group(1)) if author else None
        if author_mention and author_mention.kind == "person" and author_mention.name:
            # "according to a post from Nora Vance. “…,” she wrote.": the writer is
            # the person a later pronoun stands for, not whoever spoke before
            name = self.resolver.canonical(author_mention.name, author_mention.gender)
            if " " in name:
                self.resolver.note_subject(name, "person", att.cue.start, spoke=True)
        if att.kind == "person" and att.speaker and att.speaker_first and _ITS_OWN_PLANS.match(self.text, att.cue.end) \
                and self.resolver.names_no_one_known(att.speaker):
            att.kind = "organization"   # "M-Pesa says it has 17 million customers": a body, no one named
        # (a clause read before the name is no role: "I read the books after the novelist Ann Lee said …")
        att.role = att.mention.role if att.mention.role and att.kind == "person" \
            and not CLAUSE_AS_ROLE.match(att.mention.role) else role
        if att.kind == "person" and att.speaker:
            att.role = self.resolver.roles.get(att.speaker, att.role)
        return True

    def _last_two_named(self, position: int) -> Optional[tuple[str, str]]:
        """The last two people named before ``position`` (in the 800 characters before
        it, by any form the article gives them in full: "Xi's welcome of Putin"), the
        earlier first; None unless there are two."""
        people: list[str] = []
        window_start = max(0, position - 800)
        for word in reversed(list(_CAPITALISED.finditer(self.text, window_start, position))):
            person = self.resolver.canonical(word.group())
            known = person in self.resolver.full_names and person.split()[0].lower() in FIRST_NAMES
            if not known and _COURTESY_BEFORE.search(self.text, max(0, word.start() - 5), word.start()):
                return None   # "Mr. Effron and Mr. Pruzan": someone the article never names in full
            if known and person not in people:
                people.append(person)
                if len(people) == 2:
                    return people[1], people[0]
        return None

    def _note_question(self, att: Attribution, masked: str, unit: Unit) -> None:
        """Remember who asked whom, for the reply that follows."""
        m = _ADDRESSEE.match(masked, att.cue.end - unit.start)
        addressee = None
        if m:
            mention = parse_mention(m.group(1))
            if mention is not None and mention.kind == "person" and mention.name:
                addressee = self.resolver.canonical(mention.name)
        self.last_question = (att.speaker, addressee, att.cue.start)


def _pronoun_mention(written: str) -> Mention:
    """A possessive or object pronoun ("His", "him") as the mention of its subject pronoun."""
    pronoun, kind = _SUBJECT_PRONOUN[written.lower()]
    return Mention(text=written, pronoun=pronoun, kind=kind)


def _as_written(text: str) -> str:
    """A description as the text has it, its article lower-cased: "the gambling tycoon"."""
    words = text.split()
    kept = _drop_edges(words)   # (not "the senator has" of "The senator has said …")
    text = " ".join(kept) if kept and len(kept) < len(words) else text.strip()
    first, _, rest = text.partition(" ")
    if first.lower() in ("a", "an") and rest:
        return rest    # "a US defense official": the description without its indefinite article
    return text[:1].lower() + text[1:] if first.lower() in ("the", "that", "this") else text
