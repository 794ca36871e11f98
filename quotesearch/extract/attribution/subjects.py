"""What a sentence is about, read by `reader.ParagraphReader` for the pronouns and
quotations that follow: the person, group or document a sentence opens with
("Rana Aziz, 25, was …", "Some analysts see …", "The report was published …", "In
Lina Haddad's case, she …"), remembered even when the sentence reports nothing; and
where the main clause begins after an opening subordinate clause ("When Mendes asked
…, Prince Tomas declined").
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import GROUP_NOUNS, IRREGULAR_PAST_ALTERNATION, OPENING_TIME_OR_PLACE
from ..mentions import parse_mention
from ..plausible import plausible_speaker
from .phrases import DESCRIBED_THEN_NAMED, SENTENCE_SUBJECT
from .units import Attribution, Unit

_DOCUMENT_SUBJECT = re.compile(
    r"\s*((?:The|This|That|Its|Their)\s+(?:[\w\-]+\s+){0,3}?(?:report|study|survey|poll|review|audit|"
    r"analysis|letter|memo|statement|lawsuit|complaint|filing|ruling|judgment|order|bill|law|plan)"
    # (its author, "by the Harbor College Union", and an aside, ", published on Monday,")
    r"(?:\s+by\s+(?:the\s+)?[A-Z][\w&\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&\-]*){0,5})?)"
    r"(?:,[^,;:\x01“”\"]{3,60},)?(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|also)\b)")
_DETERMINED = re.compile(r"(?:The|A|An|This|That|These|Those)\s")
# "'s lawyer, Jeremy Ross," after a possessor: the name in the apposition
_NAMED_IN_APPOSITION = re.compile(r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*),")
# A person's words as the subject: "Justice Ann Lee's comments from the bench brought …"
# is about her (not "Lee's lawyer argued …": another person)
_OWN_WORDS = re.compile(r"\s+(?:comments?|remarks?|words|speech|testimony|statements?|argument|arguments|"
                        r"views|answers?|questions?|tweets?|letter|op-ed|memoir|book)\b")
# A group opening a sentence as its subject: "Some analysts see …", "Many economists expect …"
_GROUP_SUBJECT = re.compile(r"\s*(?:(?:Following|After|Before|On|In|Later|Earlier|Meanwhile)\b[^,;:\x01]{0,80},\s+)?"
                            r"((?:Some|Many|Most|Several|Other|Few)\s+(?:[a-z]+\s+)?[a-z]{3,}s|"
                            # ("Others who have tracked his career see …")
                            r"(?:Others|Those)\s+who\s+[^,.;:\x01]{3,60}?(?=\s+(?:see|say|expect|think|believe|argue|fear|warn|agree)\b)|"
                            # ("Cameron's family issued a tribute. They said: …")
                            r"(?P<family>(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+[’']s?\s+(?:family|parents|relatives|lawyers|"
                            r"attorneys|children|friends|colleagues|teammates))|"
                            # ("Researchers at the University of Kellard studied …": placed by their body)
                            r"(?P<placed>[A-Z][a-z]{3,}s\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w&\-]*"
                            r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w&\-]*){0,5}))"
                            r"(?=\s+(?:[a-z]+ed|[a-z]+[^s\W]|see|say|expect|think|believe|argue|fear|warn|are|were|have|had|"
                            r"will|would|could|also)\b)")
# "there have been critics.": people the sentence only says exist, closing it
_THERE_ARE_PEOPLE = re.compile(r"\b[Tt]here\s+(?:are|were|have\s+been|had\s+been|will\s+be)\s+(?:also\s+|always\s+)?"
                               r"((?:many\s+|some\s+|other\s+|fierce\s+|vocal\s+)?([a-z]{3,}s))\s*[.!]?\s*$")
# "… was 25-year-old Nesma Hajjaj, who …": a copula naming a person of two or three words
_NAMED_BY_COPULA = re.compile(r"\s(?:was|is)\s+(?:\d{1,3}-year-old\s+)?((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)\s*(?:,|[.!]?\s*$)")
# "Dianne Bystrom agreed.": a cue that reports nothing leaves the sentence about its subject
# (not "Clearly, the group believed that …, Caudevilla said.": the opening is his report)
_NOTHING_AFTER_CUE = re.compile(r"\s*[.!]?\s*$")
_POSSESSOR_OPENING = re.compile(r"\s*(?:In|For)\s+((?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*)[’']s\s+"
                                r"(?:case|view|words|account|eyes|mind|experience)\b[^,\x01]{0,40},\s+(?:she|he)\b")
# "Matie’s trajectory, however, has shifted. He’s gone from rags to riches …": a sentence
# opening on a person's life or lot is about them (not on a person of theirs: "Smith’s
# lawyer argued …", whom a later "he" may mean)
_POSSESSOR_TOPIC_OPENING = re.compile(r"\s*((?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*)[’']s\s+(?:[a-z]+\s+){0,2}?"
                                      r"(?:trajectory|career|life|story|fortunes|fate|luck|plight|journey|rise|"
                                      r"situation|troubles|health|condition|tenure|background|childhood|upbringing)\b")


# Where a second main clause begins: ", but", ", and", ", yet", ", while" or a semicolon
_SECOND_CLAUSE = re.compile(r",\s+(?:but|and|yet|while)\s+|;\s+")
# … and a person named at its start, role words before the name, then its verb
_NAMED_CLAUSE_SUBJECT = re.compile(
    r"((?:[\w’'\-.]+\s+){0,5}?(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)(?=\s+(?:is|was|has|had|will|[a-z]{3,}ed|[a-z]{3,}s|"
    r"got|made|took|gave|said|told|won|lost|ran|kept|held|struck|fought|spoke|wrote)\b)")
# "Then there’s Axelrod.", "And there is Senator Al Moss.": a sentence that only brings a person in
_THERE_IS = re.compile(r"\s*(?:(?:Then|And|But|Now)\s+)?[Tt]here(?:[’']s|\s+is|\s+was)\s+"
                       r"((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]*)\s*[.!]?\s*")


# A name, an adjunct or apposition between commas, then its verb: "Young, in his testimony,
# didn’t address …", "Stafford, earlier in the hearing, was adamant …"
_NAME_THEN_ADJUNCT = re.compile(r"\s*((?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+),\s+[a-z][^,;:\x01“”\"]{0,80},\s+"
                                r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|did|does|didn[’']t|doesn[’']t|has|had|is|was|said|says|"
                                r"told|" + IRREGULAR_PAST_ALTERNATION + r")\b")


class SentenceSubjects:
    """The sentence-subject half of `reader.ParagraphReader` (a mixin: it uses the
    reader's text, resolver and whether a headline is being read)."""

    def _note_subject(self, unit: Unit, masked: str, attributions: list[Attribution]) -> None:
        """Remember who the sentence is about, for later pronouns ("He pointed out …")."""
        if (attributions and not all(a.speaker_first and _NOTHING_AFTER_CUE.match(masked, a.cue.end - unit.start)
                                     and not masked[:a.subject[0] - unit.start].strip()
                                     for a in attributions)) \
                or (self.reading_headline and _title_case(self.text[unit.start:unit.end])):
            return  # a title-case headline has no subject worth remembering; a headline
            # written as a sentence ("Coach Dan Reilly was blunt after the defeat") has one
        document = _DOCUMENT_SUBJECT.match(masked)
        if document:
            # "The report was published on Monday. It calls on …": "it" is the report
            mention = parse_mention(document.group(1))
            resolved = self.resolver.resolve(mention, unit.start) if mention else None
            if resolved and resolved[0]:   # (the report's author, when named, is who it stands for)
                self.resolver.note_subject(resolved[0], "organization" if resolved[1] == "organization" else "document",
                                           unit.start)
            return
        group = _GROUP_SUBJECT.match(masked)
        placed = parse_mention(group.group("placed")) if group and group.group("placed") else None
        if group and group.group("placed") and (placed is None or placed.kind != "group"):
            group = None   # ("Harbor Falls at the …": no people's noun)
        if group:
            # "Some analysts see rougher waters ahead. Turnout is low, they say.": they are the analysts
            self.resolver.note_subject(group.group(1) if group.group("family")   # (a name keeps its capital)
                                       else group.group(1)[0].lower() + group.group(1)[1:], "group", unit.start)
            return
        present = _THERE_ARE_PEOPLE.search(masked)
        if present and present.group(2) in GROUP_NOUNS:
            # "All the while, there have been critics. Why, they ask, …": they are the critics
            self.resolver.note_subject(present.group(1), "group", unit.start)
            return
        subject = self._sentence_person(masked, unit.start)
        introduced = _THERE_IS.fullmatch(masked) if subject is None else None
        if introduced:
            # "Then there’s Axelrod.": the person the writer turns to next
            mention = parse_mention(introduced.group(1))
            if mention and mention.name and mention.kind == "person":
                subject = self.resolver.canonical(mention.name, mention.gender), mention.role, introduced.end(1)
        named = _NAMED_BY_COPULA.search(masked) if subject is None and not introduced else None
        if named:
            # "One of the women to flee was 25-year-old Nesma Hajjaj, who …": the person named
            mention = parse_mention(named.group(1))
            if mention and mention.name and mention.kind == "person" and " " in mention.name:
                subject = self.resolver.canonical(mention.name, mention.gender), mention.role, named.end(1)
        possessor = (_POSSESSOR_OPENING.match(masked) or _POSSESSOR_TOPIC_OPENING.match(masked)) \
            if subject is None else None
        if possessor:
            # "In Lina Haddad's case, she decided to stay": she is the possessor
            mention = parse_mention(possessor.group(1))
            if mention and mention.name and mention.kind == "person":
                subject = self.resolver.canonical(mention.name, mention.gender), mention.role, possessor.end(1)
        if subject is not None:
            name, role, _ = subject
            self.resolver.note_role(name, role)
            self.resolver.note_subject(name, "person", unit.start)
        for clause in _SECOND_CLAUSE.finditer(masked):
            # "April is hard to forecast, but AccuWeather forecaster Dan Kottlowski is sure of
            # his. “…,” he said.": the subject of a later main clause is the latest it names
            named = _NAMED_CLAUSE_SUBJECT.match(masked, clause.end())
            mention = parse_mention(named.group(1), lenient=True) if named else None
            name = self.resolver.canonical(mention.name, mention.gender) \
                if mention and mention.kind == "person" and mention.name else None
            # (a full name, or a surname the article has given in full: "but a tired-looking
            # Vance made several jabs. She accused …")
            if name and " " in name and all(w[:1].isupper() for w in mention.name.split()) \
                    and self.resolver.names_someone(mention.name, "person"):
                self.resolver.note_role(name, mention.role)
                self.resolver.note_subject(name, "person", unit.start + named.start(1))

    def _sentence_person(self, masked: str, position: int) -> Optional[tuple[str, Optional[str], int]]:
        """The person a sentence at ``position`` opens with, as (canonical name, role, end
        of the mention in the masked text), or None when it opens with no person's name."""
        m = DESCRIBED_THEN_NAMED.match(masked) or SENTENCE_SUBJECT.match(masked) \
            or _NAME_THEN_ADJUNCT.match(masked)   # ("The second rider, her brother Ben Ortiz, …")
        if not m:
            return None
        subject, end = m.group(1), m.end(1)
        if subject.endswith(("’s", "'s")):
            named = _NAMED_IN_APPOSITION.match(masked, end)
            if not named and _OWN_WORDS.match(masked, end):
                subject = subject[:-2]
            elif not named:
                return None
            else:
                # "Ms Lane's lawyer, Jeremy Ross, had a more succinct statement": the person
                # the apposition names, not the possessor
                subject, end = named.group(1), named.end(1)
        mention = parse_mention(subject)
        if not (mention and mention.name and mention.kind == "person"
                and not _DETERMINED.match(mention.name) and plausible_speaker(mention.name, mention.text)
                and self.resolver.names_someone(mention.name, "person")):
            return None   # ("The Trump administration …", "Decades ago, …" are about no person)
        name = self.resolver.canonical(mention.name, mention.gender)
        if " " not in mention.name and name != mention.name and self.text.find(name, 0, position) == -1 \
                and re.search(r"\b" + re.escape(mention.name.lower()) + r"\b", self.text) is not None:
            return None   # "Polo is a complicated game" long before "the Chestertons Polo event",
            # and "polo" in lower case elsewhere: a word, not the surname of a name still to come
        if self.reading_headline and len(mention.name.split()) < 2 and (
                name not in self.resolver.full_names or name.split()[-1] != mention.name.split()[-1]):
            return None  # "American admiral rattles Beijing": a headline's subject only when it is a person's name
        return name, mention.role, end


def _title_case(text: str) -> bool:
    """Most of the longer words capitalised: "Trump Says He Will Win", not a sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text)[1:] if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) > len(words) / 2


# (not "As": "As The Hill reported, C" reports its main clause; after a sentence adverb or
# a phrase of when or where: "In a September debate, while his rivals called for …, Trump …")
_SUBORDINATE_SENTENCE_OPENING = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+ly|" + OPENING_TIME_OR_PLACE + r"),\s+)?"
    r"(?:When|After|While|If|Before|Once|Although|Though|Because|Since|Until|(?<=,\s)(?:when|after|while|if|before|"
    r"once|although|though|because|since|until))\s")
# The main clause's subject and verb after the comma that ends a subordinate clause too long
# for `SENTENCE_SUBJECT`'s opening phrases: ", Trump hewed …", ", she declined …"
_SUBJECT_THEN_VERB = re.compile(r",\s+((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*|he|she|they|we|I)"
                                r"(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|has|had|was|is|were|are|will|would|" + IRREGULAR_PAST_ALTERNATION + r")\b)")
# A finite verb of the subordinate clause
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|has|had|was|is|were|are|will|would|can|could|" + IRREGULAR_PAST_ALTERNATION + r")\b")


def main_clause_start(masked: str) -> Optional[int]:
    """Where the main clause begins in a sentence that opens with a subordinate clause
    ("When Mendes asked …, Prince Tomas declined"), or None."""
    opening = _SUBORDINATE_SENTENCE_OPENING.match(masked)
    if not opening:
        return None
    m = SENTENCE_SUBJECT.match(masked)
    if m is not None and masked[:m.start(1)].rstrip().endswith(",") and m.start(1) > opening.end():
        return m.start(1)
    # (a clause with its own verb before its first comma: "After small rises in ferry fares
    # through the coming winter, the port office said, they …" opens with a phrase; then the
    # comma the main clause follows: "…, also known as the Kellard line, Reed hewed …")
    first_comma = masked.find(",", opening.end())
    if first_comma == -1 or not _CLAUSE_VERB.search(masked, opening.end(), first_comma):
        return None
    after = _SUBJECT_THEN_VERB.search(masked, first_comma)
    return after.start(1) if after else None


# The writer's dashed aside, ending where a subject follows: "… - an old favorite -"
_DASHED_ASIDE_END = re.compile(r"\s[-—–]{1,2}\s[^-—–\n\x01]{1,60}?\s?[-—–]{1,2}$")


def dashed_main_clause(masked: str, before_subject: str) -> bool:
    """A sentence opening with a subordinate clause whose main clause begins after the
    writer's dashed aside ("While some friends say A - an old favorite - others say B"):
    ``before_subject`` (the sentence up to the subject) ends with the aside's dash."""
    return _SUBORDINATE_SENTENCE_OPENING.match(masked) is not None and before_subject.endswith((" -", " --", "—", "–")) \
        and _DASHED_ASIDE_END.search(before_subject) is not None
