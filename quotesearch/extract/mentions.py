"""Mentions: the words in subject position of a cue, read as a speaker.

``parse_mention`` turns a subject phrase ("Zhang Hanhui, the Chinese ambassador to
Russia", "ambassador Zhang", "he", "the envoy", "Analysts from both countries",
"China's General Administration of Customs", "Xi and Putin", "a study by the Green
Streets Trust") into a `Mention`: a name, a kind, a role, a pronoun or description to
resolve, or the members of a joint subject. The last check on what a rule took for a
speaker is `plausible.plausible_speaker`; the reading where only a speaker can stand is
`lenient`'s. Resolving a mention within its article is `speakers.SpeakerResolver`'s work.

The words a phrase is made of are read by concept elsewhere: `names` (a person's name
and the title or role around it), `noun_phrases` (organisations, places, documents,
groups, quantities), `clauses` (what is a clause or predicate rather than a subject,
and the edges trimmed from a subject); whole readings too: `joint_subjects` (several
speakers named together), `appositions` (a name and the roles beside it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from .appositions import parse_apposition
from .joint_subjects import parse_joint
from .clauses import (
    ONLY_VERBS, _CLAUSE_WORDS, _FUNCTION_WORDS, _adverb_then_verb, _clean, _drop_edges, _has_contracted_verb, _is_predicate,
    past_verb_clause, verb_form, verb_then_its_object,
)
from .lexicon import (
    ADVERBS_OF_TIME, DEMONYMS,
    ALL_PRONOUNS, BARE_AFFILIATIONS, DETERMINERS, GENERIC_PERSON_NOUNS, PLACES, GROUP_NOUNS, ORG_DESCRIPTION_HEADS, ORG_WORDS, PERSON_PRONOUNS,
    PREPOSITIONS, TITLE_WORDS, HONORIFICS, in_any,
)
from .memo import memoized
from .names import (
    COMMA_NOT_IN_A_NUMBER, _AGE_WORD, _NAME_CONNECTORS, _SURNAME_TITLES, _is_cap, _is_kin, _is_proper, _join, _role_text, _role_word, _strip_possessive,
    BODY_PREPOSITIONS, OPENING_ADVERBS, OPENING_GERUNDS, OPENING_IMPERATIVES, OPENING_NOT_NAME_WORDS, SENTENCE_ADVERBS, FIRST_PERSON_OPENINGS, body_named_after, courtesy_gender, first_name_then_name, is_place_tag,
    split_title_name, titled_first_name, tokens, unusual_full_name, without_opening_capitals,
)
from .described_people import ONE_UNNAMED, described_before_a_name, member_of_a_body, near_someone
from .gender import FIRST_NAMES
from .lenient import any_noun_phrase, trailing_full_name
from .plausible import _UNNAMED_SOME
from .outlets import is_known_outlet
from .places import is_place
from .noun_phrases import (
    CLUB_LAST_WORDS,
    CARRIER_FROM, DOCUMENT_BY, DOCUMENT_IN, DOCUMENT_NOUNS, LAW_TITLE_ENDS, MASTHEAD_LAST_WORDS, PRINTED_IN,
    _QUANTIFIERS, body_of_something, body_then_its_reach, _is_org, _lower_word, _org_tail, _sentence_case,
    _titled_document, document_author, called_by_name, members_body, _is_place_phrase, counts_people, group_phrase, is_share, names_a_body, whole_body_name,
    body_for_a_cause, body_of_names, body_on_a_remit, body_then_its_kind, based_body, partners_firm, described_party_member, firm_of_a_founder, office_domain,
    paper_by_its_title, unnamed_party_member,
)

_SEEN_BY = frozenset({"seen", "obtained", "reviewed", "read", "viewed", "cited"})
_DOCUMENT_SEEN_BY = re.compile(
    r"(?P<head>.*\b(?:reports?|documents?|memos?|letters?|studies|study|surveys?|records?|emails?|files?))"
    r"\s+(?:seen|obtained|reviewed|read|viewed|cited)\s+by\s+\S.*$", re.IGNORECASE)


@dataclass
class Mention:
    """A speaker as written in one attribution, before resolution."""

    text: str
    name: Optional[str] = None
    kind: str = "person"
    role: Optional[str] = None
    pronoun: Optional[str] = None
    description: tuple[str, ...] = ()   # words of "the Chinese president"
    members: tuple["Mention", ...] = ()  # "Xi and Putin": the speakers speaking together
    gender: Optional[str] = None        # from a courtesy title: "Mrs. Clinton" is a woman

    @property
    def needs_resolution(self) -> bool:
        return self.pronoun is not None or (self.name is None and bool(self.description))


_TRAILING_QUANTIFIER = re.compile(r"\s+(?:all|both|each)$")
_INCLUSION = re.compile(r"(?:including|such\s+as|among\s+them|like)\s", re.I)
# "Ann Lee in a Harbor post", "Fisk in his statement": where the words appeared, not who
_IN_A_WRITING = re.compile(r"\s+in\s+(?:a|an|his|her|their|its)\s+(?:[A-Z][\w’'\-]*\s+)?(?:post|blog\s+post|column|"
                           r"op-ed|essay|tweet|interview|statement|letter|speech|video|email)$")
_MARKS_AND_SPACE = " “”‘’\"'"
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So)\s+")
_QUOTED_TITLE_LEAD = re.compile(r"(?:(?:But|And|Yet|So)\s+)?“?[A-Z0-9][^“”\"]{0,60}[”\"]\s+(?=[a-z])")   # (its opening mark may be cleaned off)


@memoized(maxsize=32768)
def parse_mention(phrase: str, lenient: bool = False, max_tokens: int = 6,
                  participles: bool = False) -> Optional[Mention]:
    """Read a subject phrase as a speaker; None when it is not one.

    ``lenient`` is for positions that only a speaker can fill (“Q,” the man said):
    there any short noun phrase ("the gambling tycoon") is taken as written.
    """
    written = _LEADING_CLOCK.sub("", _clean(phrase))   # ("07.49 AirAsia boss Tony Fernandes": a live blog's stamp)
    if not written or len(written) > 220 or tuple(written.lower().split()[:2]) in _COMPARISON_OPENINGS:
        return None   # ("rather than infringing on the Amendment …": the writer's comparison, no one)
    pointed = _DEMONSTRATIVE_DESCRIPTION.fullmatch(written)
    if pointed and (pointed.group(1).lower() in GENERIC_PERSON_NOUNS or pointed.group(1).lower() in TITLE_WORDS
                    or pointed.group(1).lower() == "source"):
        # "That person said …", "This aide added …": the one just described, as "the person" is
        return Mention(text=written, description=(pointed.group(1).lower(),), kind="person")
    opening = written.split(maxsplit=2)
    if len(opening) > 1 and opening[0] in SENTENCE_ADVERBS and not _is_cap(opening[1]):
        # "Maybe people only complain …", "Perhaps the mayor": the writer's adverb, no part
        # of the subject (a capitalised name after it is read below)
        rest = parse_mention(written.split(None, 1)[1], lenient, max_tokens, participles)
        return replace(rest, text=written) if rest is not None else None
    if opening[0].capitalize() in OPENING_IMPERATIVES and (len(opening) == 1 or not _is_cap(opening[1])) \
            or (len(opening) == 1 and opening[0] in SENTENCE_ADVERBS):
        return None   # "Consider this entry — “…”": the writer's imperative, no one named ("Regardless": an adverb)
    titled = _QUOTED_TITLE_LEAD.match(written)
    if titled:
        # "“Harvest” director Lena Koss": the work in marks belongs to the role
        mention = parse_mention(written[titled.end():], lenient, max_tokens, participles)
        if mention is not None and mention.kind == "person" and mention.name and mention.role:
            work = _LEADING_CONJUNCTION.sub("", titled.group(0)).strip(_MARKS_AND_SPACE)
            return Mention(text=written, name=mention.name, kind="person",
                           role=f"“{work}” {mention.role}", gender=mention.gender)
        return None
    if _CLAIM_THEN_ITS_SUBJECT.match(written):
        return None   # ", a prospect Vindman denied": the thing denied, then who denied it
    quantified = _TRAILING_QUANTIFIER.search(written)
    if quantified and quantified.start() > 0:
        # "Richards and Menendez both", "strategists for both parties all": several
        # speakers, or none to be read here ("Rand Paul have all": one of a list)
        mention = parse_mention(written[:quantified.start()], lenient, max_tokens, participles)
        return mention if mention is not None and (mention.members or mention.kind == "group") else None
    # "A port official speaking to Harbor Radio": the speaker is the noun
    # phrase, not what its participle mentions
    written = _IN_A_WRITING.sub("", written)
    trimmed = _PARTICIPIAL_TAIL.sub("", written)
    if trimmed != written and trimmed.count(" ") >= 1 and "," not in written:
        written = trimmed
    parts = [p.strip() for p in _split_commas(written) if p.strip()]
    inclusion = next((i for i, p in enumerate(parts) if i and _INCLUSION.match(p)), None)
    example = inclusion is not None and parts[inclusion].lower().startswith("like ")
    group = parse_mention(", ".join(parts[:inclusion]), lenient or example, max_tokens, participles) \
        if inclusion else None
    if group is not None:
        return group   # "a group of 50 experts, including Michael Chertoff and …": the group speaks
        # (one it names may, when the group is no speaker phrase: "Four papers in
        # Kellard, including the Harbor Ledger"; never one given as an example: "the
        # council's loudest critics, like Reed and Fisk")
    if example:
        return None
    bare_relative = _NAME_WHO.fullmatch(written) if len(parts) == 1 else None
    if bare_relative:
        # "Tom Reed who is the harbour manager": the name, its role from the clause
        person = _parse_simple(bare_relative.group(1))
        if person is not None and person.kind == "person" and person.name:
            role = _role_text(tokens(bare_relative.group(2))) if bare_relative.group(2) else None
            return Mention(text=written, name=person.name, kind="person", role=person.role or role)
    joint = parse_joint(written) if len(parts) == 1 else None
    if joint is not None:
        return joint   # "Xi and Putin", "the Food and Drug Administration", "Mills and another aide"
    named = (called_by_name(parts[0]) or member_of_a_body(parts[0]) or members_body(parts[0])) if parts else None
    if named:
        return Mention(text=written, name=named[0], kind=named[1])   # "a super PAC called Future 45"
    by = DOCUMENT_BY.match(parts[0]) if parts else None
    if by and (author := document_author(by)):
        # "A study published last month by the Green Streets Trust": who published it
        return Mention(written, *author)
    printed = PRINTED_IN.match(parts[0]) if parts and len(parts) == 1 else None
    if printed and (printed.group("outlet").split()[-1].lower() in MASTHEAD_LAST_WORDS
                    or is_known_outlet(printed.group("outlet"))):
        # "a Monday editorial in The Kellard Gazette": the paper that printed it
        outlet = printed.group("outlet")
        return Mention(text=written, name=outlet[4:] if outlet.lower().startswith("the ") else outlet,
                       kind="organization")
    venue = DOCUMENT_IN.match(parts[0]) if parts and len(parts) == 1 else None
    if venue:
        # "A new study published in the journal Nature": the study speaks, not the journal
        return Mention(text=written, name=_sentence_case(written.strip()), kind="document")
    carrier = CARRIER_FROM.match(parts[0]) if parts and len(parts) == 1 else None
    if carrier:
        # "A statement from the Belfast Giants said": who issued it speaks
        issuer_text = carrier.group("issuer")
        issuer = parse_mention(issuer_text) if not _POSSESSIVE_START.match(issuer_text) else None
        if issuer is not None and not issuer.pronoun and (issuer.name or issuer.description):
            if issuer.kind == "person" and _THE_CAPITALISED.match(issuer_text):
                issuer = replace(issuer, kind="organization")   # "from the American Legion"
            return replace(issuer, text=written)
    if len(parts) > 1:
        return parse_apposition(written, parts)
    if _is_predicate(_drop_edges(tokens(written))):
        return None
    mention = _parse_simple(written)
    if mention is None and lenient:
        seen = _DOCUMENT_SEEN_BY.match(written)
        if seen:
            # "intelligence reports seen by Reuters": the reports speak, not who saw them
            written = seen.group("head")
        named = trailing_full_name(written)
        mention = Mention(text=written, name=named[0], kind="person", role=named[1]) if named \
            else _any_noun_phrase(written, max_tokens, participles)
    if mention is not None and mention.kind == "person" and _THE_PLURAL_NAME.fullmatch(written) \
            and not _is_place_phrase([written.split()[-1]]):
        mention = replace(mention, kind="group")   # "the Democrats", "the Nazis": many people, not one
    return mention


# What is claimed, not who claims it: "a prospect Vindman [denied]", "a claim the chief
# executive [disputes]" (the noun, then the subject of a relative clause without "that";
# not "the claims adjuster", a noun before its head)
_CLAIM_THEN_ITS_SUBJECT = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Aa]nother|[Oo]ne)\s+(?:claims?|charges?|allegations?|accusations?|prospect|"
    r"idea|notion|suggestions?|assertions?|characteri[sz]ation|contention|point|theory|premise|narrative|"
    r"possibility)\s+(?:[A-Z]|(?:the|his|her|its|their|he|she|they|it|we|I)\b)")
# A determiner, one or two adjectives of mood or look (by ending, or a few plain ones; never a
# noun: "a point Feinstein acknowledged"), then a name: "a hoarse-voiced Sanders"
_MOOD_BEFORE_NAME = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<mood>(?:(?:[\da-z]+-)?(?:[a-z]+(?:ed|y|ful|ous|ive|ent|ant|less|ish)|"
                               r"hoarse|young|old|tired|calm|stern|grim|bold|proud|brash|blunt|weary|upbeat|somber|"
                               r"sombre|fierce|feisty|relaxed|combative|subdued)\s+){1,2})"
                               r"(?P<name>(?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]+)")
_NOT_A_MOOD = DETERMINERS | PREPOSITIONS | {"former", "late", "new", "then", "future", "fellow", "other", "same", "two"}
# "the" and one capitalised plural: a party, a team, a family, a people ("the Clintons")
_THE_PLURAL_NAME = re.compile(r"[Tt]he\s+[A-Z][a-z]*[a-hj-rtv-z]s")   # (not "-ss", "-us", "-is": "the Marcus")


def _any_noun_phrase(written: str, max_tokens: int = 6, participles: bool = False) -> Optional[Mention]:
    read = any_noun_phrase(written, max_tokens, participles)
    return Mention(text=written, name=read[0], kind=read[1]) if read else None


_BARE_APOSTROPHES = frozenset({"’", "'"})
_RELATIVES = frozenset({"that", "which", "who", "whose"})
_BODY_NOUNS = frozenset("""campaign committee ministry department agency administration government
council commission party court board office embassy team company firm group network newspaper
paper magazine station channel""".split())


_COMMA = re.compile(r"\s*" + COMMA_NOT_IN_A_NUMBER + r"\s*")


def _split_commas(text: str) -> list[str]:
    return _COMMA.split(text)


# A name and a relative clause with no comma: "Tom Reed who is the harbour manager"
_NAME_WHO = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]*)\s+who\s+(?:is\s+(?:the\s+|a\s+|an\s+)?(.+)|.+)")
_DEMONSTRATIVE_DESCRIPTION = re.compile(r"(?:That|This)\s+([a-z][\w\-]*)")
_POSSESSIVE_START = re.compile(r"(?:his|her|their|its|our|my|your)\s", re.I)
_THE_CAPITALISED = re.compile(r"(?i:the)\s+[A-Z]")
# ("familiar with the matter", "close to the campaign" describe the source and stay)
_PARTICIPIAL_TAIL = re.compile(r"\s+(?:speaking|talking|writing|reached|working)\b.*$")


# (what a body issues speaks for it: "a statement on the website of the U.S. Embassy")
_ISSUED_DOCUMENTS = frozenset({"ad", "ads", "copy", "copies", "opinion", "statement", "statements", "release",
                               "readout", "website"})
# A determined document noun, then what it is about: "The KDP-C review for SLS"
_DOCUMENT_ABOUT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:" + "|".join(sorted(DOCUMENT_NOUNS - _ISSUED_DOCUMENTS))
                             + r")\s+(?:of|for|on|into|about)(?:\s+(?!(?:has|have|had|is|are|was|were|will|would|"
                             r"can|could|may|might|also|however)\b)[\w’'.&\-]+){1,6}")
_DOCUMENT_BY_ITS_MAKER = re.compile(r"\b(?:by|from)\s")
# A lower-case word describing people before their group noun: "pro-life members"
_DESCRIBING_WORD = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)$)[a-z][a-z]+(?:-[a-z]+)*")


def _parse_simple(written: str) -> Optional[Mention]:
    toks = _drop_edges(tokens(written))
    if not toks or len(toks) > 25:
        return None
    cause = body_for_a_cause(toks) or body_then_its_kind(toks) or based_body(toks) or partners_firm(toks)   # ("X & Y")
    if cause is not None:
        return Mention(text=written, name=cause, kind="organization")   # "Surfers Against Sewage"
    low = [t.lower() for t in toks]
    if len(toks) > 2 and "of" in low[:-1] and toks[-1].endswith(("’s", "'s")):   # "friends of Mr. Clinton's"
        toks, low = toks[:-1] + [toks[-1][:-2]], low[:-1] + [low[-1][:-2]]
    if any(t in _CLAUSE_WORDS and not first_name_then_name(toks, i) for i, t in enumerate(low)) \
            or _adverb_then_verb(low) or _has_contracted_verb(low) or verb_then_its_object(low):
        return None  # a clause ("Trade … will see new impetus"), not a subject phrase
    if len(toks) > 2 and low[0] in _SUBJECT_PRONOUNS and verb_form(toks[1]):
        return None  # "he used his Harbor Day address to …": a clause with its own subject
    if len(toks) == 1 and low[0] in ALL_PRONOUNS:
        return Mention(text=written, pronoun=low[0], kind="person" if low[0] in PERSON_PRONOUNS or low[0] == "i" else "group")
    if toks[-1].endswith(("’s", "'s", "’", "'")) or any(t in "“”\"!?;:" for t in toks):
        return None
    described = _MOOD_BEFORE_NAME.fullmatch(written)
    if described and not any(w.lower() in _NOT_A_MOOD for w in described.group("mood").split()):
        named = _parse_simple(described.group("name"))   # "an angry Clinton": how the writer saw them
        if named and named.kind == "person" and named.name and named.name.lower() not in BARE_AFFILIATIONS:
            return replace(named, text=written)   # (not "the lifelong Republican": a description)
    about = _DOCUMENT_ABOUT.fullmatch(written.strip())
    if about and not _DOCUMENT_BY_ITS_MAKER.search(written):
        # "The KDP-C review for SLS", "The audit of the Harbour Authority": the document
        # speaks, not what it is about
        return Mention(text=written, name=_sentence_case(" ".join(written.split())), kind="document")
    titled = _titled_document(toks)
    if titled:
        # "the 2022 National Survey of Pay in Public Schools": a document by its title
        return Mention(text=written, name=titled, kind="document")
    if len(toks) >= 2 and is_known_outlet(" ".join(toks)) and any(t[:1].isupper() for t in toks[1:]):
        # "USA Today", "Medical News Today": an outlet's own name, whatever its words ("Today"),
        # written as a name ("the economist said" is a person, not The Economist)
        return Mention(text=written, name=_join(toks[1:] if toks[0].lower() == "the" else toks), kind="organization")
    at = next((i for i, t in enumerate(low) if t in PREPOSITIONS), 0)
    if 0 < at < len(low) - 1 and (low[at - 1] in GROUP_NOUNS or (at == 1 and low[0] in _UNNAMED_MANY and low[1] in ("on", "in"))
                                  or (low[at - 1].endswith("s") and _role_word(low[at - 1][:-1]))) \
            and (all(_is_cap(t) or t.lower() in _QUANTIFIERS for t in toks[:at - 1])
                 or (at <= 4 and all(_DESCRIBING_WORD.fullmatch(t) for t in toks[:at - 1]))):
        # "Officials at the EPA", "Most Republican voters in Alabama", "some on Twitter",
        # "pro-life members of the party": the people, placed by their body, state or medium
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group")
    if low[0] in ONE_UNNAMED and _is_cap(toks[-1]) and described_before_a_name(toks) \
            and not any(_is_cap(t) and t.lower() in ORG_WORDS for t in toks):   # (a body's own rules below)
        # "a GOP insider in the state of New Hampshire": one person, placed; not the place
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group" if near_someone(toks) else "person")
    placed_by = [i for i, t in enumerate(low) if 0 < i < len(low) - 1 and t in _PLACING_WORDS]
    first_place = next((i for i in placed_by if low[i] != "at"), None)   # ("… at Kellard University in Harbor City")
    for i in dict.fromkeys(placed_by[-1:] + placed_by[:1]):
        # "Sen. Nora Vance of Kellard", "Ortiz of the port board", "political
        # scientist Dan Fisk in Harbor City": a person placed by where they are from
        # (the last "of", else the first: "Tom Reed of the University of Kellard")
        if low[i] == "at" and (not 2 <= i <= 4 or not all(_is_cap(t) for t in toks[:i]) or _is_org(toks[:i])):
            continue   # (but "Ben Ortiz at Harbor Watch": a person at the body; "Kellard
            # Center for Ferry Safety Research at Harbor University" is one body, and "Saturday
            # at the convention Sen. Ann Lee" no one at the convention)
        head = _parse_proper(written, toks[:i]) if _is_cap(toks[i - 1]) else None
        if head and i != placed_by[-1] and not all(_is_cap(t) for t in toks[:i]) \
                and not (head.kind == "person" and head.role and low[i] == "of"):
            continue   # ("the Ferry Safety Directorate of the Department of …": no person;
            # but "economist Ann Lee of the Brookings Institution in Washington" is Ann Lee)
        placed = [t for t in toks[i + 1:] if t.lower() != "the"]
        body = _up_to_its_place(placed)   # ("Acme in Boston": Acme)
        if head and head.kind == "person" and head.name and i != placed_by[0] \
                and low[max(0, i - len(head.name.split()) - 1)] in _PLACING_WORDS:
            continue   # "Jane Roe of Acme in Boston": what the first "of" places her by, not a person
        if head and head.kind == "person" and head.name and _is_proper(head.name) and _is_cap(toks[-1]) \
                and head.name.lower() not in _SURNAME_TITLES and head.name.lower() not in BARE_AFFILIATIONS \
                and (_is_org(placed) or _is_org(body)
                     or ((len(head.name.split()) >= 2 or head.gender) and len(body) <= 4
                                         and all(_is_cap(t) for t in body)
                                         and (head.role or head.gender or head.name.split()[0].lower() in FIRST_NAMES
                                              or unusual_full_name(head.name)))):
            return head   # "Councillor Ann Diaz of Lake County", "Dale Hewitt of Cheyenne", "Mr. Nevins of Showtime"
        if head and head.kind == "organization" and low[i] == "in" and i == first_place and placed \
                and all(_is_cap(t) for t in placed):
            # "The Health Ministry in Gaza", "the US Embassy in Moscow": the body, placed
            return Mention(text=written, name=_join(toks[1:] if low[0] == "the" else toks), kind="organization")
    if len(toks) >= 2 and low[0] in _COUNT_WORDS and _is_cap(toks[-1]) and (
            low[-1].endswith("s") and _singular(low[-1]) in ORG_WORDS):
        # "Two House Committees" in a headline's capitals: two committees, no one named "Committees"
        return _parse_common(written, toks[:-1] + [low[-1]])
    of = low.index("of") if "of" in low else len(low)
    if is_share(low[:of]):
        # "Two-thirds of Democratic insiders", "60 percent of voters": a share of a group
        # speaks as a group; a share alone ("Half said") is no one's name
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group") if group_phrase(low[of + 1:]) else None
    if unnamed_party_member(toks) or described_party_member(toks):   # "an Iowa Democrat": no one called "Democrat";
        return Mention(text=written, name=_join(toks), kind="person") if low[0] != "the" else \
            Mention(text=written, description=tuple(low[1:]), kind="person")   # "the Wisconsin Republican": described
    if _is_cap(toks[-1]) and not (len(toks) == 1 and _lower_word(toks[0])):
        return _parse_proper(written, toks)
    return _parse_common(written, toks)


_PLACING_WORDS = frozenset({"of", "in", "from", "at"})
# A live blog's time stamp opening an entry, before a capitalised subject
_LEADING_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|ET|EST|EDT|PT))?\s+(?=[A-Z])")
_COMPARISON_OPENINGS = frozenset({("rather", "than"), ("instead", "of")})



def _up_to_its_place(words: list[str]) -> list[str]:
    """A body's words before the place that ends them ("NASA's Jet Propulsion Laboratory
    in California" -> "NASA's Jet Propulsion Laboratory")."""
    at = next((i for i, w in enumerate(words) if i and w.lower() in ("in", "at")), len(words))
    return words[:at]
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many both".split())


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_SUBORDINATORS = frozenset("when while after before because if since although though unless until whether".split())


_COUNTS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands several".split())

# Quantifiers of several unnamed people ("Some said", "Many argue"): a group as written
_UNNAMED_MANY = frozenset({"some", "others", "many", "several"})
_OWN_DETERMINERS = frozenset({"his", "her", "their", "its"})


# Initials of a body, as some house styles write them ("I.B.M.", "F.B.I."); a person's
# initials stand before a surname
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){3,}")


def _parse_proper(written: str, toks: list[str]) -> Optional[Mention]:
    """A phrase ending in a capitalised word: a titled person or an organisation."""
    if len(toks) == 1 and toks[0].lower() in _SURNAME_TITLES:
        return Mention(text=written, name=toks[0], kind="person")   # "King asked": resolution decides
    if len(toks) == 1 and toks[0].lower() in _UNNAMED_SOME:
        # "Some say": unnamed people; "One said": nobody named (where only a speaker can
        # stand, the lenient reading makes it a group)
        return Mention(text=written, name=toks[0], kind="group") if toks[0].lower() in _UNNAMED_MANY else None
    toks = without_opening_capitals(toks)   # "LINDA Nolan has vowed …"
    if len(toks) > 1 and toks[0] in OPENING_GERUNDS and toks[1][:1].isupper() and toks[-1].lower() not in ORG_WORDS:
        return None   # "Playing Skyrim with no armour": an act and its object, nobody named
    while (len(toks) > 2 and toks[0] in OPENING_NOT_NAME_WORDS) or (len(toks) > 1 and toks[0] in OPENING_ADVERBS) \
            or (len(toks) > 1 and toks[0] in FIRST_PERSON_OPENINGS) \
            or (len(toks) > 2 and toks[0] == "Our" and _is_cap(toks[1])) \
            or (len(toks) > 1 and toks[0] in ADVERBS_OF_TIME and _is_cap(toks[1])):
        toks = toks[1:]   # "Ask Damien Chazelle", "Longtime Donald Trump", "soon Donald J. Trump"
    while len(toks) > 1 and _AGE_WORD.fullmatch(toks[0]):
        toks = toks[1:]   # "81-year-old Parker Eaton"
    while toks and toks[0].lower() in _FUNCTION_WORDS and len(toks) > 1 \
            and not (toks[0] == "United" and toks[-1].lower() in ORG_WORDS):   # "United Arms Group"
        toks = toks[1:]   # "After Trump", "From Andrea Peyser": capitalised only as the first word
    if len(toks) == 1 and toks[0].lower() in _FUNCTION_WORDS:
        return None
    low = [t.lower() for t in toks]
    if "by" in low[1:-1]:
        agent_at = len(low) - 1 - low[::-1].index("by")
        if all(_is_cap(t) or t.lower() == "the" for t in toks[agent_at + 1:]) \
                and low[agent_at - 1] in _SEEN_BY:
            return None   # "intelligence reports seen by Reuters": the reports, not who saw them
    if len(toks) == 1 and _DOTTED_ACRONYM.fullmatch(toks[0]) and not is_place_tag(toks[0]) \
            and toks[0].lower() not in PLACES:
        return Mention(text=written, name=toks[0], kind="organization")   # "I.B.M.", "F.B.I.", "N.A.A.C.P."
    if len(toks) >= 3 and toks[0] == "The" and all(_is_cap(t) for t in toks[1:]) \
            and not any(t.endswith(".") or t.lower() in TITLE_WORDS or t.lower() in FIRST_NAMES for t in toks[1:]):
        # "The American Theatre Wing": no one's name starts with "The" (a law's title is a document)
        return Mention(text=written, name=_join(toks[1:]),
                       kind="document" if toks[-1].lower() in LAW_TITLE_ENDS else "organization")
    if len(toks) <= 3 and all(_is_cap(t) for t in toks) and (
            low[-1] in GROUP_NOUNS or (low[-1][:-1] in DEMONYMS and low[0] not in FIRST_NAMES)
            or (toks[0].lower() in _UNNAMED_MANY | {"other", "most", "both"} and toks[-1].endswith("s"))) \
            and not (len(toks) >= 2 and low[-1] == "police"):
        # "Plus Democrats", "Senate Republicans", "Other Netizens", "Hispanics": a group named by a capitalised plural
        # (a force's name is a body's: "Delhi Traffic Police", "Capitol Police")
        return Mention(text=written, name=_join(toks), kind="group")
    if len(toks) >= 2 and all(_is_cap(t) for t in toks) and is_place(toks) \
            and not in_any(low[0], HONORIFICS, TITLE_WORDS, FIRST_NAMES):   # (not "Mr Parish")
        # "New Zealand", "South Carolina": a place stands for its government ("New" is no title)
        return Mention(text=written, name=_join(toks[1:] if low[0] == "the" else toks), kind="organization")
    if len(toks) >= 2 and toks[-1].lower().rstrip(".") in CLUB_LAST_WORDS and all(_is_cap(t) for t in toks[1:]):
        # "Manchester United", "Tottenham Hotspur", "Real Madrid FC": a club, no one's name
        return Mention(text=written, name=_join(toks[1:] if low[0] == "the" else toks), kind="organization")
    body = body_of_names(toks) or body_on_a_remit(toks) or firm_of_a_founder(toks) or paper_by_its_title(toks)
    if body is not None:
        return Mention(text=written, name=body, kind="organization")
    role_toks, name_toks = split_title_name(toks)
    if name_toks and all(is_place_tag(t) for t in name_toks):
        return None   # "R-Ky.", "N.C.": a party and state, or a state, after a name
    if name_toks and len(role_toks) >= 2 and role_toks[-1].lower() in ("of", "for", "and") \
            and _is_cap(role_toks[-2]) and role_toks[-2].lower() in ORG_WORDS:
        # "A spokesperson for the Department of Health": "Health" ends an organisation's
        # name; the speaker is the organisation's spokesperson, or the organisation
        if toks[0].lower() in ("a", "an", "the") and any(t.lower() in TITLE_WORDS for t in role_toks):
            return Mention(text=written, name=_join(toks[1:]) if toks[0].lower() in ("a", "an")
                           else _sentence_case(_join(toks)), kind="person")
        org = _org_tail(toks)
        if org:
            return Mention(text=written, name=org, kind="organization")
    if low[0] == "the" and (body := body_then_its_reach(toks)):   # "the U.S. Attorney's Office for the Western District …"
        return Mention(text=written, name=body, kind="organization")
    if name_toks and role_toks and toks[0].lower() in ("the", "a", "an") \
            and any(t.lower() in TITLE_WORDS for t in role_toks) and (body_named_after(role_toks) or " ".join(role_toks[-2:]).lower() == "of the" or (
                role_toks[-1].lower() in BODY_PREPOSITIONS and not any(t.lower() in ORG_WORDS for t in role_toks))):
        # "the MP for Northfield", "a professor at Yale", "the chancellor of the Exchequer": the
        # capitalised words are the place or body of a description (no name follows "of the")
        if toks[0].lower() == "the":
            return Mention(text=written, description=tuple(
                t.lower() for t in toks[1:] if t.lower() not in PREPOSITIONS), kind="person")
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="person")
    if len(name_toks) == 1 and len(role_toks) >= 2 and role_toks[-1].lower() in ("of", "for", "and") \
            and not any(t.lower().rstrip(".") in TITLE_WORDS for t in role_toks) \
            and all(_is_cap(t) or t.lower() in ("the", "of", "for", "and") for t in role_toks) \
            and any(t.lower() in ORG_WORDS for t in role_toks):
        # "The Harbor Chamber of Commerce", "the Kellard Academy of Shipping,
        # Fisheries and Trade": the last word ends an organisation's name; nobody
        # is called by one word after "of"
        return Mention(text=written, name=_join(toks[1:] if toks[0].lower() == "the" else toks),
                       kind="organization")
    if name_toks and described_before_a_name(role_toks):
        # "a senior adviser to Mr. Trump", "a spokesman for Mayor Frank Jackson", "a GOP
        # insider in the state of New Hampshire": the adviser, described by whom they
        # serve or where they are; the name is not theirs
        if toks[0].lower() == "the":
            return Mention(text=written, description=tuple(
                t.lower() for t in toks[1:] if t.lower() not in PREPOSITIONS), kind="person")
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group" if near_someone(role_toks) else "person")
    if name_toks and role_toks and len(name_toks) <= 4 and "of" not in role_toks and (
            role_toks[-1].lower() in ORG_DESCRIPTION_HEADS or (role_toks[-1].islower() and role_toks[-1] in ORG_WORDS | {"group"})):
        # "Kellard's state-owned shipping giant KELCO", "the activist group Harbor Eye": what
        # kind of body, then its name
        return Mention(text=written, name=_join(name_toks), kind="organization")
    if name_toks and (not _is_org(name_toks) or titled_first_name(role_toks, name_toks)) and len(name_toks) <= 5:
        if role_toks and _strip_possessive(role_toks[-1]) != role_toks[-1] and name_toks[-1].lower() in DOCUMENT_NOUNS:
            return Mention(text=written, name=written, kind="document")   # "Schlafly’s Final Column"
        # a lone capitalised common word at the start of a sentence is no name
        if len(toks) == 1 and in_any(toks[0].lower(), TITLE_WORDS, GROUP_NOUNS, DETERMINERS) \
                and toks[0].lower() not in _SURNAME_TITLES:
            return None   # (but "King asked" may be Gayle King: resolution decides)
        if role_toks and _role_text(role_toks, before_name=True) is None and not _is_kin(role_toks) and any(
                not _is_cap(t) and not in_any(t.lower(), _NAME_CONNECTORS, DETERMINERS, _BARE_APOSTROPHES)
                for t in role_toks):   # ("Reuters’ Ann Lee": the outlet's possessive mark is a token)
            return None  # "…that lawmakers" before a name: not a subject phrase
        if any((t in _SUBORDINATORS and any(verb_form(v) for v in role_toks[i + 1:i + 3]))
               or (verb_form(t) and i + 1 < len(role_toks) and role_toks[i + 1].lower() in PREPOSITIONS
                   and role_toks[i + 1].lower() != "by")   # ("a survey conducted by …": its author)
               for i, t in enumerate(role_toks) if i):
            return None  # "Dan Fisk when asked about Nora Vance", "the donor calling on Tom
            # Reed": a clause, not a title
        if role_toks[-1:] == ["of"] and past_verb_clause(role_toks):
            return None  # "Reed sent the referral to the attorney for the District of Kellard"
        if role_toks[-1:] == ["of"] and 2 <= len(role_toks) - 1 <= 3 and name_toks[0] == "The" \
                and all(_is_cap(t) and not in_any(t.lower(), ORG_WORDS, GROUP_NOUNS, TITLE_WORDS, DETERMINERS)
                        for t in role_toks[:-1]) and is_known_outlet(_join(name_toks)):
            # "Lee Wang of The Intercept": the reporter, of the outlet (as "Lee Wang of Reuters")
            return Mention(text=written, name=_join(role_toks[:-1]), kind="person")
        body = whole_body_name(role_toks, name_toks) or (_join(name_toks) if names_a_body(role_toks, name_toks) else None)
        if body:
            return Mention(text=written, name=body, kind="organization")
        return Mention(text=written, name=_join(name_toks), kind="person", role=_role_text(role_toks, before_name=True),
                       gender=courtesy_gender(role_toks))
    if toks[0].lower() in {"the", "a", "an", "one", "another"} and _role_text(role_toks) and not body_of_something(toks, low):
        # "the Chinese ambassador to Russia": a description (not "The Justice Department": a body's name)
        if toks[0].lower() == "the":
            return Mention(text=written, description=tuple(
                t.lower() for t in role_toks[1:] if t.lower() not in PREPOSITIONS), kind="person")
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="person")
    serving = max((i for i, t in enumerate(low) if t in ("to", "for", "with")), default=0)
    if serving >= 2 and _strip_possessive(toks[0]) != toks[0] and described_before_a_name(toks[:serving + 1]):
        # "China's ambassador to Britain": the ambassador, whom the owner's possessive and
        # the place describe (not Britain)
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="person")
    if 2 <= serving <= 5 and low[serving] == "with" and all(map(_is_cap, toks[:serving])) and not _is_org(toks[:serving]):
        # "Lukas Stefanko with ESET", "Patrol Chief Jim Hall with the NYPD": the person, and the body they are with
        titled = parse_mention(_join(toks[:serving])) if serving > 3 else None
        if serving <= 3 or (titled and titled.kind == "person" and titled.name and titled.role):
            return Mention(text=written, name=titled.name if titled else _join(toks[:serving]), kind="person",
                           role=titled.role if titled else _join(toks[serving:]))
    on = low.index("on", 1) if "on" in low[1:3] else 0
    if on and all(map(_is_cap, toks[:on])) and any(is_known_outlet(_join(toks[on + 1:on + 1 + k])) for k in (1, 2, 3)):
        inner = parse_mention(_join(toks[:on]))   # "Trump on Fox News Sunday": the person, and where he spoke
        if inner is not None and inner.kind == "person" and inner.name:
            return inner
    org = _org_tail(toks) if not past_verb_clause(toks) and not _RELATIVES & set(low[1:]) else None
    # ("Li replied on Facebook"; "the entity that controls power for California": not California)
    if org:
        return Mention(text=written, name=org, kind="organization")
    if role_toks and toks[0].lower() == "the":
        return Mention(text=written, description=tuple(t.lower() for t in toks[1:]), kind="person")
    return None


def _parse_common(written: str, toks: list[str]) -> Optional[Mention]:
    """A common-noun phrase: a group, a document, a description, or "Zhang of the …"."""
    low = [t.lower() for t in toks]
    if any(t in ONLY_VERBS for t in low):
        return None   # "the Pentagon’s top adviser on the campaign went": a subject and its verb
    head_idx = len(toks) - 1
    for i, t in enumerate(low):
        if i > 0 and t in PREPOSITIONS:
            head_idx = i - 1
            break
    head = low[head_idx]
    rest = low[head_idx + 1:]
    if _is_cap(toks[head_idx]) and not _lower_word(toks[head_idx]) and len(rest) > 1 \
            and (rest[1] in _OWN_DETERMINERS or rest[0] in ("during", "after", "before")) \
            and head not in TITLE_WORDS and head not in GROUP_NOUNS:
        # "Trump in his announcement speech", "Clinton at her rally", "Ward during a rally":
        # the person, and where, when or how they spoke (no role)
        inner = _parse_proper(written, toks[:head_idx + 1])
        return inner if inner and inner.kind == "person" and inner.name else None
    if _is_cap(toks[head_idx]) and not _lower_word(toks[head_idx]) \
            and head not in TITLE_WORDS and head not in GROUP_NOUNS \
            and len(rest) <= 10 and rest and rest[0] in {"of", "at", "from", "with", "for"}:
        inner = _parse_proper(written, toks[:head_idx + 1])
        if inner and inner.kind == "person" and inner.name:
            inner.role = inner.role or _role_text(toks[head_idx + 1:]) or _join(toks[head_idx + 1:])
        return inner
    if head == "police" and head_idx > 0 and _is_cap(toks[head_idx - 1]):
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="organization")   # "Leeds police": a force
    if head in GROUP_NOUNS or (head.endswith("s") and head[:-1] in TITLE_WORDS):
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group")
    if head in DOCUMENT_NOUNS:
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="document")
    if head in _BODY_NOUNS:
        # "Sanders’ campaign", "the Clinton campaign", "the committee": a body, named as written
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="organization")
    if head_idx <= 3 and head.endswith("s") and head.isalpha() and (low[0] in _COUNTS or low[0].isdigit()) \
            and counts_people(head):
        # "Two loggers", "Three hunters", "Several neighbours": people counted, a group
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="group")
    if head in TITLE_WORDS and low[0] in {"the", "a", "an", "another", "one"}:
        if low[0] == "the" and (head_idx == len(toks) - 1 or office_domain(toks[head_idx + 1:])):
            # ("the former secretary of state": its domain belongs to the title)
            words = tuple(w for w in low if w not in DETERMINERS and w not in PREPOSITIONS)
            return Mention(text=written, description=words, kind="person")
        return Mention(text=written, name=_sentence_case(_join(toks)), kind="person")
    return None
