"""According-to sources and relays: "According to X, C.", "C, according to X.",
"…, Putin said, TASS reported", "said in an interview with Xinhua".

"according to X" names a source (a person, a poll, "FBI data" but not "official
data"), whose content lies after it when it opens the sentence and before it
otherwise ("Ridership, according to the port, has doubled" goes on after
it). Beside another attribution, an according-to source or a news organisation
that "reported" the statement only relayed it: it becomes the quote's via, as do
the outlet of an interview, a readout, or a recipient ("told Reuters").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from ..cues import RECIPIENT_CUES, SAYING, WORDS_OF, CueMatch
from ..entity_words import AGENT_NOUNS
from ..gender import FIRST_NAMES
from ..lexicon import (
    DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, IRREGULAR_PAST_ALTERNATION, NON_SPEAKER_SOURCES, ORG_WORDS, TITLE_WORDS,
)
from ..noun_phrases import WEB_ADDRESS_DOT
from ..mentions import Mention, parse_mention
from ..text import count_words
from .phrases import ABBREVIATION_DOT, FINITE_VERB, INTRODUCTORY, WORD
from .quoted_as import outlet_quoting
from .recipients import recipient_outlet
from .units import MASK, Attribution, Unit

if TYPE_CHECKING:
    from .reader import ParagraphReader

# The source phrase after "according to", up to a comma or the sentence's end
# (not past a bracket: "exit polls (a sizable margin …)", nor a dash: "the Pew report - still back …")
_SOURCE_PHRASE = re.compile(r"\s+((?:(?!\s[-–]{1,2}\s)[^,.;:!?\x01()—])+)")
_ADDRESS_DOT = re.compile(r"(?<=[A-Za-z\d])" + WEB_ADDRESS_DOT)
# A work's title in quotation marks, opening with a capital
_QUOTED_TITLE = re.compile(r"[“\"]([A-Z][^“”\"\n]{1,120}?)[”\"]")
# A capitalised word after the first: "the FBI data", "FEC records" name who keeps them
_NAMED_SOURCE = re.compile(r"\S\s+(?:[A-Z]|\S*[A-Z]{2}|[a-z]{1,4}[A-Z])|^(?!(?:The|A|An)\b)[A-Z]")
# Records someone keeps and a reporter consults are a source: "according to court records".
_KEPT_RECORDS = re.compile(
    r"\b(?:court|police|public|tax|flight|property|medical|financial|campaign|government|city|county|"
    r"state|federal|company|corporate|bank|land|prison|military|census|election|voting|hospital|business)"
    r"(?:[’']s)?\s+(?:[a-z]+\s+)?(?:records|documents|filings|data|figures|statistics)\b", re.I)
# The head noun of a source phrase ends at its first preposition: "law enforcement
# officials" are people; "the rules of the chamber" are rules
_HEAD_ENDS = re.compile(r"\s+(?:of|in|for|from|at|on|by|with|under|over|about)\b.*$", re.S)
_RELATIVE_TAIL = re.compile(r"\s+(?:who|that|which|whose)\s.*$", re.S)
_SOURCE_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ed|out|taken|done|made|written|drawn|shown)\b.*$", re.S)
_TIME_AT_END = re.compile(r"\s+(?:(?:that|this|last)\s+(?:night|day|week|month|year|morning|afternoon|evening|weekend)"
                          r"|at\s+the\s+time"
                          # "according to UEFA as part of the playoffs": the arrangement, not the source
                          r"|as\s+part\s+of\s.*)\s*$")
_MEASURES = frozenset({"classification", "definition", "definitions", "standard", "standards", "criteria", "scale"})
_OBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
_OPENING_CONNECTIVES = frozenset({"but", "and", "yet", "so", "still", "however", "now", "also",
                                  "meanwhile", "indeed", "moreover", "instead", "in fact"})
# After "C1, according to X," the verb of C1 goes on: ", has surged", ", represents"
_REPORT_GOES_ON = re.compile(
    r"\s*,\s*(?=(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|did|does|"
    r"do|also|still|now|already|never)\b|(?!(?:and|but|or|who|which|whose|that|as|an?|the|his|her|its|"
    r"their|one|another|said|says|adding|saying)\b)[a-z]+(?:ed|s)\b)")
# Dashes around an aside holding the source: "C1 - …, according to X - C2"
_DASH_ASIDE_OPENS = re.compile(r"(?<=\S)\s[-–—]{1,2}\s+(?=\S)|(?<=\w)—(?=\w)")
_SHORT_ASIDE_WORDS = 8
_DASH_ASIDE_CLOSES = re.compile(r"\s*(?:\s[-–]{1,2}\s|—)\s*(?=[a-z])")
# A sentence opening on a noun phrase and a comma, then the source ("Fundraising, according
# to …"), and after it a verb ("…, include ideology", "…, grew by 3 percent")
_BARE_SUBJECT = re.compile(r"\s*([A-Z][^,;:\x01]*?),\s*")
_BARE_SUBJECT_WORDS = 8
_PREDICATE_AFTER = re.compile(r"\s*,\s*(?!(?:and|but|or|who|which|whose|that|as|an?|the|his|her|its|their|one|"
                              r"another|said|says|adding|saying|according|because|since|although|though|if|when|"
                              r"while|so|unless|until|after|before|where|whereas|even|despite|perhaps|in|on|at|for|"
                              r"with|from|to)\b)(?![a-z]+ed\s+by\b)[a-z]+\b")
# (an adverbial, no subject: "For example, according to a study, …", "In 2015, according to …")
_ADVERBIAL_OPENING = re.compile(r"(?:for|in|on|at|by|after|before|since|during|from|with|under|over|"
                                r"however|also|meanwhile|still|yet|instead|moreover|indeed|then|now|overall|"
                                r"last|this|earlier|later|today|yesterday|so|but|and|[a-z]+ly)\b", re.I)
# (a clause already: "That's risky, according to Reed, since …")
_CONTRACTED_VERB = re.compile(r"[’'](?:s|re|ve|ll|d)\b|n[’']t\b")
# A poll opening the sentence of its respondents' report ("In a new Harbor Radio poll, …")
_IN_A_POLL_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)In\s+((?:an?|the)\s+[^,.;:\n]{0,100}?\b(?:poll|survey)"
                               r"(?:\s+(?:released|conducted|taken|published)\b[^,.;:\n]{0,60})?),\s*$")
# "…, released along with", "…, conducted by": a participle describing the source
_PARTICIPLE_AFTER_COMMA = re.compile(r"[a-z]{2,}ed\s+(?:along|by|with|in|on|at|for|last|earlier|this|jointly|"
                                     r"annually|every|each|from)\b")
_INTERVIEW_WITH = re.compile(r"\binterview\s+with\s+(?:the\s+)?((?:[A-Z][\w’'&.\-]*\s*){1,5})")
# "…, the inquest heard, reported The Mirror." / "…, Li said, the agency reported.": the
# outlet that relays a closing attribution, at the end of its sentence
_RELAYED_AFTER = re.compile(r"^[^.,;!?\x01]{0,60}?,\s*(?:(?:reported|according\s+to)\s+((?:the\s+)?[A-Z][\w’'&.\- ]{1,40}?)"
                            r"|((?:the\s+)?[A-Z][\w’'&.\- ]{1,40}?)\s+reported)\s*[.;!?]?\s*$")
# "…, Reuters reported." / "… reported on Tuesday.": the outlet's cue closes its sentence,
# reporting nothing after it (so "Officials said the company reported losses" relays nothing)
_REPORT_CLOSES = re.compile(r"(?:\s+(?:on|late|early|last|this)\s+\w+|\s+\w+day)?\s*[.!?](?:\s|$)")
_READOUT_FROM = re.compile(
    r"\b(?:a\s+)?(?:readout|statement|transcript|release)\s+(?:from|by|of|issued by)\s+((?:the\s+)?[A-Z][\w’'.\- ]{1,60})")


_AND = re.compile(r"\s+and\s+")
# What a reporter or a pollster did to a source, the source still speaking ("experts
# interviewed by …", "reports cited by …")
_CONSULTING = r"interviewed|surveyed|polled|contacted|consulted|questioned|cited|quoted"
# People a reporter or a pollster consulted: the source is the people, not who consulted them
_CONSULTED_BY = re.compile(r"(?<=[a-z])\s+(?:" + _CONSULTING + r"|reached|asked)\s+(?:\w+\s+){0,2}?by\s+\S")
# "the Health Ministry in Tarsa", "the Police Department in Dover": a body and its place
_BODY_IN_PLACE = re.compile(r"((?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}([A-Z][\w’'\-]*))\s+in\s+"
                            r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s*){1,3}")


# A named person's own words as the source: "according to Blinken's explanations"
_WORDS_OF_A_NAMED = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]+)[’']s\s+(?:(?:own|public|recent|latest|"
                               r"written|prepared|opening|closing)\s+)?(?:remarks|comments|explanations?|words|"
                               r"testimony|statements?|account|version|tweets?|speech|answers?|telling)"
                               r"(?:\s+(?:of|on|about|to|at|in|before|during)\s.*)?", re.S)


def according_to(cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"According to X, C." / "C, according to X.": the source X, whose content
    follows when the phrase opens the sentence."""
    if cue.text.lower().endswith(("words", " of")) and masked[:cue.start - unit.start].rstrip(" ,").endswith(
            (MASK, "”", "\"", "’", "'")):
        return None   # "dislikes “detours,” in the words of one deckhand, and …": a scare quote's source
    owner = WORDS_OF.fullmatch(cue.text)
    if owner and (owner.group("pronoun") or owner.group("name")):
        # "In Dr. Shadlen’s words, “…”", "In his own words, …": the owner speaks, the words follow
        group = "pronoun" if owner.group("pronoun") else "name"
        name = owner.group(group)
        mention = parse_mention(_OBJECT_FORMS.get(name.lower(), name), lenient=True)
        start = cue.start + owner.start(group)
        return Attribution(cue, mention, (start, start + len(name)), speaker_first=True) if mention else None
    if owner:
        # "The plan was, in the words of one aide, “a disaster …”": the words after the source
        m = _SOURCE_PHRASE.match(masked, cue.end - unit.start)
        mention = parse_mention(m.group(1), lenient=True) if m else None
        if mention is None:
            return None
        start = unit.start + m.start(1)
        return Attribution(cue, mention, (start, start + len(m.group(1).rstrip())), speaker_first=True)
    rel = cue.end - unit.start
    # the periods of "Mr." or "U.S." do not end the source phrase
    right = ABBREVIATION_DOT.sub(lambda d: d.group(0)[:-1] + "\x02", masked[rel:])
    right = _ADDRESS_DOT.sub("\x02", right)   # nor the dot of a website's address ("MakingStarWars.net")
    m = _SOURCE_PHRASE.match(right)
    if not m:
        return None
    phrase = masked[rel + m.start(1):rel + m.end(1)]
    title = _QUOTED_TITLE.match(masked, rel + m.start(1))
    if title:
        # "according to “The Big Short,” a book by …", "according to "Perfect Enough: …"":
        # a work by its title, whose marks and colon do not end the source
        mention = Mention(text=title.group(0), name=title.group(1).rstrip(",:; "), kind="document")
        author = _AUTHOR_AFTER_TITLE.match(masked, title.end())   # (and its author: "“Perfect Enough” by George Anders")
        return _source_attribution(cue, mention, cue.end + m.start(1),
                                   masked[title.start():author.end()] if author else title.group(0), masked, unit)
    when = _TIME_AT_END.search(phrase)
    if when:
        phrase = phrase[:when.start()]   # "the pilot at the helm of the ferry that night": when he saw it
    # ("the law passed in 2010", "the plan that was leaked": the law, the plan)
    head_words = WORD.findall(_HEAD_ENDS.sub("", _SOURCE_PARTICIPLE.sub("", _RELATIVE_TAIL.sub("", phrase))))
    if head_words and head_words[-1].lower() in NON_SPEAKER_SOURCES and not _NAMED_SOURCE.search(phrase) \
            and not _KEPT_RECORDS.search(phrase) or head_words and head_words[-1].lower() in _MEASURES:
        return None   # "according to official data", but "according to FBI data", "court records"; never
        # "according to the Russian classification": what it is measured by
    body_in_place = _BODY_IN_PLACE.fullmatch(phrase.strip())
    if body_in_place and body_in_place.group(2).lower() in ORG_WORDS:
        # "according to the Health Ministry in Tarsa": the ministry, not the place
        phrase = phrase[:phrase.find(body_in_place.group(1)) + len(body_in_place.group(1))]
    spoken_phrase = phrase   # (the whole phrase is the attribution's, its trimmed head the source)
    consulted = _CONSULTED_BY.search(phrase)
    if consulted:
        phrase = phrase[:consulted.start()]   # "tax experts interviewed by Bloomberg News": the experts
    words_of = _WORDS_OF_A_NAMED.fullmatch(phrase.strip())
    if words_of:
        phrase = phrase[:phrase.find(words_of.group(1)) + len(words_of.group(1))]   # "Blinken's remarks": Blinken
    mention = parse_mention(phrase, lenient=True, max_tokens=12)
    conjuncts = _AND.split(phrase, 1)
    if len(conjuncts) == 2 and not (mention and mention.members):
        first = parse_mention(conjuncts[0], lenient=True)
        if first and first.kind == "person" and first.name and len(first.name.split()) >= 2 \
                and all(w[:1].isupper() for w in first.name.split()):
            # "according to Chief Prosecutor Ada Kerr and officials from the National Crime
            # Agency": the named person first, not the last body in the list
            mention = first
    if not mention:
        # only a source stands here: "first tallies of rider surveys conducted by …",
        # "officials who worked with him"
        head = _RELATIVE_TAIL.sub("", phrase)
        mention = parse_mention(head, lenient=True, max_tokens=12)
        if not mention and _SOURCE_PARTICIPLE.search(head):
            # "a Ledger/Harbor Radio survey published on Monday": the survey
            mention = parse_mention(_SOURCE_PARTICIPLE.sub("", head), lenient=True, max_tokens=12)
        if not mention:
            mention = parse_mention(head, lenient=True, max_tokens=20, participles=True)
    if not mention and phrase.strip().lower() in _OBJECT_FORMS:
        # "according to him": the person last spoken of
        mention = parse_mention(_OBJECT_FORMS[phrase.strip().lower()])
    if not mention and phrase.strip().lower() in AGENT_NOUNS:
        # "according to spokesman" (the article dropped): an unnamed spokesman
        mention = parse_mention("a " + phrase.strip(), lenient=True)
    if not mention:
        return None
    att = _source_attribution(cue, mention, cue.end + m.start(1), spoken_phrase if consulted else phrase, masked, unit)
    outlet = _BY_AN_OUTLET.search(spoken_phrase)
    outlet = parse_mention(outlet.group(1)) if outlet else None
    if outlet is not None and outlet.kind == "organization" and outlet.name:
        att.via = outlet.name   # "tax experts interviewed by Harbor News", "reports cited by Kellard News"
    return att


# Who consulted or cited the source, and so relayed it: "… interviewed by Harbor News", "… cited by the Times"
_BY_AN_OUTLET = re.compile(r"(?<=[a-z])\s+(?:" + _CONSULTING + r")"
                           r"\s+by\s+((?:the\s+)?[A-Z][\w’'.&\-]*(?:\s+[A-Z][\w’'.&\-]*){0,4})")


def _source_attribution(cue: CueMatch, mention: Mention, start: int, phrase: str, masked: str,
                        unit: Unit) -> Attribution:
    """The attribution of a source ``phrase`` at ``start``: "According to X, C." puts the
    content after ("But, according to X, C." too), "C, according to X." before."""
    before = masked[:cue.start - unit.start].strip().lstrip("(")   # ("(According to X, C.)")
    # ("It is no secret at the port: according to council surveys, C": a colon ends the writer's clause)
    opening = not before.strip(" ,") or before.strip(" ,").lower() in _OPENING_CONNECTIVES or before.endswith(":") or (
        # "In the meantime, according to the council, C": an adverbial opened the sentence
        before.endswith(",") and count_words(before) <= 5 and MASK not in before
        and _opens_with_adverbial(before))
    end = start + len(phrase.rstrip())
    if opening and mention.name and mention.kind in ("person", "organization"):
        # "According to Ann Lee, the mayor, C": the apposition names her, it is no content
        # ("…, director of the institute, who has studied the practice, “…”" too)
        while aside := _APPOSITION_THEN_COMMA.match(masked, end - unit.start):
            if aside.group("words") and (aside.group("first") not in _APPOSITION_FIRST_WORDS
                                         or _APPOSITION_VERB.search(aside.group("words"))
                                         or not _names_a_role(aside.group("words"))):
                break
            end = unit.start + aside.end()
    if opening and (described := _PARTICIPLE_APPOSITION.match(masked, end - unit.start)):
        end = unit.start + described.end()   # "According to the study, published in BMJ Case Reports, C"
    return Attribution(cue, mention, (start, end), speaker_first=opening)


# A participle describing the source, between commas: "the study, published in BMJ Case
# Reports,", "the report, released Tuesday,": the source's, not the content's
_PARTICIPLE_APPOSITION = re.compile(r",\s+(?:[a-z]{2,}ed|written|made|seen|done|drawn|taken|given|shown)\b"
                                    r"[^,;:!?\x01]{0,80}?(?=,\s+\S)")


# An apposition or a relative clause after the source, then the comma before the content
# (its words open on a determiner or a title: "the mayor", "director of the Kennan
# Institute", "former chief of staff"; not a preposition's phrase, an adverb, a quantified
# or possessed subject: "According to MSNBC, in a 12-person primary, Trump …", "…, one sign
# read, “…”", "According to Taylor Swift, her former label Big Machine, which owns …")
_APPOSITION_THEN_COMMA = re.compile(r",\s+(?:who\s[^,;:!?\x01]{1,120}?|\d{1,3}"
                                    r"|(?P<words>(?P<first>[a-z][\w\-]*)\s[^,;:!?\x01]{1,80}?))(?=,\s+\S)(?!,\s+which\b)")
_PERSON_WORDS = TITLE_WORDS | DESCRIPTOR_NOUNS | GENERIC_PERSON_NOUNS
_APPOSITION_FIRST_WORDS = _PERSON_WORDS | {
    "the", "a", "an", "former", "then", "acting", "deputy", "senior", "chief", "assistant", "associate", "executive",
    "interim", "longtime", "veteran", "retired"}
_ROLE_WORDS = _PERSON_WORDS | ORG_WORDS


def _names_a_role(words: str) -> bool:
    """Whether an apposition's ``words`` hold a title, a trade or a body ("the mayor",
    "a Washington-based group"), not a thing the content is about ("the bridge")."""
    return any(w.lower().rsplit("-", 1)[-1] in _ROLE_WORDS for w in re.findall(r"[\w\-]+", words))


# A verb in those words makes them a clause of the content: "According to Lee, the bridge is safe, but …"
_APPOSITION_VERB = re.compile(r"(?<![\w\-])(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|"
                              r"might|says|said|does|do|did|read|reads|[a-z]{3,}ed|[a-z]{3,}s|" + IRREGULAR_PAST_ALTERNATION + r")\b")


# When something happened, opening a sentence: "The next day,", "Two weeks later,"
_WHEN_OPENING = re.compile(
    # ("One Sunday in late 2001,", "One night,": a time, then perhaps where in time)
    r"(?:One|Another|Each|Every)\s+(?:day|night|morning|evening|afternoon|week|weekend|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|spring|summer|fall|autumn|winter)(?:\s+(?:in|of)\s+[\w\s]{1,25})?|"
    r"(?:(?:the\s+(?:next|following|same|previous)|that)\s+(?:day|week|month|year|morning|"
    r"afternoon|evening|night|weekend)|(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier)"
    r"|(?:about|around|at|by|shortly\s+(?:after|before)|just\s+(?:after|before))\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)",
    re.I)


def _opens_with_adverbial(before: str) -> bool:
    """Whether the words before "according to" are an adverbial opening the
    sentence ("In addition,", "But the next day,", "Two weeks later,"), not a
    clause ("Fundraising has surged, …")."""
    core = before.strip()
    first = core.split(" ", 1)
    if len(first) == 2 and first[0].lower() in _OPENING_CONNECTIVES:
        core = first[1]           # "But the next day,": the connective, then the adverbial
    core = core.rstrip(", ")
    if not core:
        return False
    return INTRODUCTORY.match(core[0].upper() + core[1:]) is not None or _WHEN_OPENING.fullmatch(core) is not None


def content_after_source(att: Attribution, start: int, end: int, masked: str,
                         unit: Unit) -> Optional[tuple[int, int]]:
    """Content after a trailing "according to X": only where the report goes on after the source."""
    # "C, according to X, an analyst at Y.": all after the cue is the source; but in
    # "Ridership, according to the port, has doubled" the report goes on
    rest = masked[start - unit.start:end - unit.start]
    subject = _BARE_SUBJECT.fullmatch(masked, 0, att.cue.start - unit.start)
    if subject and not FINITE_VERB.search(subject.group(1)) and not _CONTRACTED_VERB.search(subject.group(1)) \
            and not _ADVERBIAL_OPENING.match(subject.group(1)) \
            and count_words(subject.group(1)) <= _BARE_SUBJECT_WORDS \
            and _PREDICATE_AFTER.match(rest) and count_words(rest) >= 3:
        # "Other key complaints, according to the survey, include fares": the source
        # interrupts its report between subject and verb; the report is the whole sentence
        return unit.start + subject.start(1), end
    opened = _last_dash_opening(masked[:att.cue.start - unit.start])
    if _DASH_ASIDE_CLOSES.match(rest) and opened is not None and count_words(rest) >= 3 \
            and count_words(masked[opened:att.cue.start - unit.start]) <= _SHORT_ASIDE_WORDS:
        # "Most voters - 63 percent, according to the poll - still back the plan": the
        # source is inside a short aside between dashes that qualifies a word of the
        # sentence; the report is the whole sentence (a long aside is a claim of its own)
        return unit.start + len(masked) - len(masked.lstrip()), end
    m = _REPORT_GOES_ON.match(rest)
    if not m or count_words(rest) < 3:
        return None
    participle = _PARTICIPLE_AFTER_COMMA.match(rest, m.end())
    if participle and FINITE_VERB.search(masked, 0, att.cue.start - unit.start):
        # "C decreased by 43 percent, according to the survey, released along with the
        # report": the report was whole before the source; the participle describes it
        return None
    return start + m.end(), end


_AUTHOR_AFTER_TITLE = re.compile(r"\s*by\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*(?=\s*,)")


def _last_dash_opening(before: str) -> Optional[int]:
    """Where the words after the last dash before a source begin, if a dash opens there."""
    last = None
    for last in _DASH_ASIDE_OPENS.finditer(before):
        pass
    return last.end() if last else None


def _one_word_source(reader: ParagraphReader, att: Attribution) -> bool:
    """"As Mashable reports, the company announced …": a one-word name that is no one's
    first name nor a word of anyone's full name, reporting: an outlet, not a person
    (but "Mr. Smith reported": a courtesy title's gender makes a person)."""
    name = att.speaker or ""
    return att.kind == "person" and name[:1].isupper() and " " not in name and att.mention.gender is None \
        and name.lower() not in FIRST_NAMES and not reader.resolver.in_a_full_name(name)


def relays(att: Attribution) -> bool:
    """A news organisation that "reported" something: it may only relay another's words."""
    return att.kind == "organization" and att.cue.lemma_form in ("reported", "reports") and att.speaker_first


# The clause of a report's teller ends on "that" ("CNN reported that …"); the other's
# quotation follows their cue (and whom it was said to): "Reed said, “…”", "told her: “…”"
_THAT_END = re.compile(r"\bthat$")
_QUOTATION_RIGHT_AFTER = re.compile(r"\s*(?:(?:him|her|them|me|us)\b\s*)?[,:]?\s*" + MASK)


def relayed_report(earlier: list[Attribution], att: Attribution, before: str, masked: str, cue_end: int) -> bool:
    """Whether the named speaker of ``att``, inside a report ending ``before`` its subject,
    speaks in their own right: "CNN reported that Senator Lee said …" (the outlet relays
    Lee's words); "The woman told the Post that Reed said, “…”" (Reed's quoted words,
    which she recounts)."""
    if _THAT_END.search(before) is None or att.mention.name is None:
        return False
    return bool(earlier and relays(earlier[-1])) or (att.speaker_first and bool(_QUOTATION_RIGHT_AFTER.match(masked, cue_end)))


# A modal or a plan before a cue: what it tells of is still to come
_STILL_TO_COME = re.compile(r"\b(?:will|would|plans?\s+to|planned\s+to|intends?\s+to|is\s+(?:expected|set|due)\s+to|"
                            r"are\s+(?:expected|set|due)\s+to)\s+(?:also\s+|soon\s+|formally\s+|publicly\s+)?$")


def _still_to_come(text: str, att: Attribution) -> bool:
    """Whether a speaker-first cue tells of an act still to come ("will propose", "plans to announce")."""
    return att.speaker_first and _STILL_TO_COME.search(text, max(0, att.cue.start - 40), att.cue.start) is not None \
        and not _QUOTATION_CLOSED_BEFORE.search(text, max(0, att.subject[0] - 4), att.subject[0])
    # (not "“No crossing is ever routine …,” the mayor will say, according to excerpts …": his
    # prepared words, which the excerpts relay)


# "said little", "says nothing else": a verb of saying whose object reports nothing
_SAID_NOTHING = re.compile(r"\s+(?:little|nothing|much|anything)(?:\s+else)?\s*(?:[,.;!?]|$)")
_QUOTATION_CLOSED_BEFORE = re.compile(r"[”\"’'],?\s*$")


# The source's phrase, then a clause of its own: "according to her father, and the complaint …"
_OTHER_CLAUSE_AFTER_SOURCE = re.compile(r"[^,;:\x01“”\"]*,\s*(?:and|but|while|whereas)\s+")


def _clause_after_source(text: str, acc: Attribution, att: Attribution) -> bool:
    """Whether ``att`` opens a clause of its own, joined by a conjunction after the
    source's phrase, whose subject (which may hold the conjunction) speaks for itself."""
    if not att.speaker_first or att.subject[0] < acc.cue.end:
        return False
    subject_words = att.mention.text.split()
    gap = text[acc.cue.end:att.subject[0]] + (subject_words[0] + " " if subject_words else "")
    return _OTHER_CLAUSE_AFTER_SOURCE.fullmatch(gap) is not None or \
        _OTHER_CLAUSE_AFTER_SOURCE.fullmatch(text, acc.cue.end, att.subject[0]) is not None


# Where a report sits inside the sentence a source closes, telling only part of what the
# source tells: a subordinate clause ("After a reporter raised the fire, the couple grew
# …"), a noun clause on "what" ("What Reed tells friends … is another matter"), a relative
# clause ("… among voters who believe …"). (Not the second of two joined clauses: "X was
# quarantined, and the agency said …, according to a reporter" relays the agency's words.)
_SUBORDINATE_OPENING = re.compile(r"\W*(?:[A-Z][^,;:\x01]{0,40},\s*)?(?:after|when|before|while|because|since|"
                                  r"although|though|once|until|unless|if)\s", re.I)
_WHAT_OPENING = re.compile(r"\W*what\s", re.I)
# (a relative clause's subject ends on its pronoun: "… among harbor voters who")
_RELATIVE_SUBJECT_END = re.compile(r"\b(?:who|which|that)$", re.I)


def _part_of_what_source_tells(text: str, unit: Unit, acc: Attribution, att: Attribution) -> bool:
    """Whether ``att``, a report before the source that closes its sentence, sits inside
    what the source tells rather than being the report the source relayed."""
    if acc.speaker_first or not att.speaker_first or att.cue.start > acc.cue.start:
        return False
    if _RELATIVE_SUBJECT_END.search(text, att.subject[0], att.subject[1]):
        return True
    opening_words = text[unit.start:att.subject[1]] + " "   # (a subject may hold the subordinator)
    opening = _WHAT_OPENING.match(opening_words) or _SUBORDINATE_OPENING.match(opening_words)
    # the report inside the opening clause (not the main clause after its comma: "When Lee
    # saw it, he remarked, “…”, according to an aide"), the main clause still to come
    return opening is not None and "," not in text[unit.start + opening.end():att.subject[0]] and (
        opening.re is _WHAT_OPENING or "," in text[att.cue.end:acc.cue.start].rstrip(" ,"))


def add_relays(reader: ParagraphReader, result: list[Attribution],
               according: list[Attribution], unit: Unit) -> list[Attribution]:
    """The sentence's attributions with its according-to sources and relaying outlets:
    alone, "according to X" attributes the content to X; beside another attribution
    X only relayed it, and so did a news organisation that "reported" it."""
    if according:
        # "… and said nothing else, according to a deckhand": a verb that reports nothing leaves
        # the source telling of the whole sentence
        result = [att for att in result if not (att.cue.text.lower() in SAYING
                                                and _SAID_NOTHING.match(reader.text, att.cue.end))]
    if according and result and all(_still_to_come(reader.text, att) and att.cue.start < acc.cue.start
                                    for att in result for acc in according):
        # "The mayor will propose spending $2 billion …, according to a city official": an act
        # still to come has not been said; the source tells of it, and of the whole sentence
        result = []
    if according:
        if result:
            # "According to TASS, Putin said …" / "…, Putin said, according to TASS":
            # the outlet relayed the statement
            for acc in according:
                if not reader.resolve(acc):
                    continue
                relayed = [att for att in result if not _clause_after_source(reader.text, acc, att)]
                told_inside = [att for att in relayed if _part_of_what_source_tells(reader.text, unit, acc, att)]
                if told_inside and len(told_inside) == len(relayed):
                    # "After a reporter raised the fire, the couple grew “furious”, according to
                    # a neighbour": the source tells of the whole sentence, the report in it included
                    result = [att for att in result if att not in told_inside]
                    relayed = []
                if not relayed:
                    # "One arm was blown off, according to her father, and the complaint alleges
                    # that …": the source tells of the clause before it; the clause after is
                    # another's report, which the source did not relay
                    result.append(acc)
                    continue
                for att in relayed:
                    att.via = att.via or acc.speaker
                acc.relay = True
                result.append(acc)
                if acc.kind == "person" and acc.speaker and acc.speaker[:1].isupper():   # (a name, not "an organizer")
                    # "According to Mr. Mahfood, data from STATIN have shown …": he is the one
                    # speaking, whom a "He says …" after stands for
                    reader.resolver.note_subject(acc.speaker, "person", acc.cue.start, spoke=True)
        else:
            result = [a for a in according if reader.resolve(a)]
            for att in result:
                if att.speaker:
                    reader.resolver.note_subject(att.speaker, att.kind, att.cue.start, spoke=True)
    for att in result:
        # "In a May Kellard Ledger-Harbor Radio poll, 60 percent of ferry riders said …": the
        # poll relayed what those polled said, as "according to the poll" does
        polled = _IN_A_POLL_BEFORE.search(reader.text, max(0, att.subject[0] - 160), att.subject[0]) \
            if att.kind == "group" and att.speaker_first and not att.via else None
        if polled:
            att.via = polled.group(1)
    # "Lavrov said on Sunday that C, TASS reported.": the outlet relayed Lavrov's words
    relays = [a for a in result if a.cue.lemma_form in ("reported", "reports") and not a.speaker_first
              or (a.cue.lemma_form in ("reported", "reports") and a.kind == "organization"
                  and any(b.cue.start < a.cue.start and (b.kind == "person" or (
                      b.kind == "group" and _REPORT_CLOSES.match(reader.text, a.cue.end))) for b in result))
              # "CNN reported that Senator Lee said …": the outlet relays the statement after it
              or (a.cue.lemma_form in ("reported", "reports") and a.speaker_first
                  and (a.kind == "organization" or _one_word_source(reader, a))
                  and any(b.cue.start > a.cue.start and b.kind in ("person", "organization") and b.speaker_first
                          and 0 <= b.subject[0] - a.cue.end <= 8 for b in result))]
    for att in result:
        if att.cue.lemma_form in ("reported", "reports") and _one_word_source(reader, att):
            att.kind = "organization"   # "As AnandTech reports, …": the outlet
    if relays and len(relays) < len(result):
        for att in result:
            if att in relays:
                att.relay = True    # bounds the content before it, reports nothing itself
            else:
                att.via = att.via or relays[0].speaker
    return result


def via(att: Attribution, masked: str, unit: Unit) -> Optional[str]:
    """The outlet a statement came by: a recipient outlet ("told Reuters"), an interview, a
    readout; without the full stop of the sentence it closed ("… with Breitbart News.")."""
    outlet = _via_as_written(att, masked, unit)
    return outlet[:-1] if outlet and outlet.endswith(".") and not _INITIALS_END.search(outlet) else outlet


# "U.S.", "D.C.": a name's own last period
_INITIALS_END = re.compile(r"(?:^|[\s.])[A-Za-z]\.$")


def _via_as_written(att: Attribution, masked: str, unit: Unit) -> Optional[str]:
    tail = masked[att.cue.end - unit.start:]
    if att.cue.text.lower() in RECIPIENT_CUES:
        outlet = recipient_outlet(tail)
        if outlet:
            return outlet
    relayed = _RELAYED_AFTER.match(tail) if att.speaker_first else None
    if relayed:
        # (whatever kind the name reads as: "reported The Mirror" is an outlet's relay)
        who = parse_mention(relayed.group(1) or relayed.group(2))
        if who and who.name and who.pronoun is None:
            return who.name
    # "said in an interview with Xinhua" / "In an interview with ZDF, Merz said"
    before = masked[:max(0, min(att.subject[0], att.cue.start) - unit.start)]
    quoting = outlet_quoting(att, before)
    if quoting:
        return quoting   # "Reuters quoted the minister as saying"
    for window, pattern in ((tail[:160], _INTERVIEW_WITH), (tail[:160], _READOUT_FROM),
                            (before[-160:], _INTERVIEW_WITH)):
        m = pattern.search(window)
        if m:
            who = parse_mention(m.group(1))
            if who and who.kind == "organization" and who.name:
                return who.name
    return None
