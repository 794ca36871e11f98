"""Opening attributions: the subject left of its cue, "Zhang said (that) C.",
"Democratic leaders — and, in particular, Harry Reid — insisted …".

`subject_left` finds the speaker before a cue, across appositions and asides ("X,
the ambassador, said"), relative clauses ("critics who say", "which he said"),
subordinators ("because Tom Reed has said") and absolute phrases ("with 20
percent of ferry riders saying"). What such an attribution reports after its cue is
`reported.reported_clause`'s.
"""
from __future__ import annotations

import re
from typing import Optional

from ..cues import INVERTIBLE, THAT_ONLY, CueMatch
from ..datelines import after_dateline
from ..gender import FIRST_NAMES
from ..lexicon import AUXILIARIES, STATE_NAMES, TITLE_WORDS
from ..appositions import _ends_in_organisation
from ..mentions import Mention, parse_mention
from ..names import COMMA_NOT_IN_A_NUMBER
from ..outlets import known_outlet_words
from ..plausible import plausible_speaker
from ..places import place_names
from ..speakers import SpeakerResolver
from ..text import count_words
from .absolutes import absolute_subject
from .contact_relatives import SUBJECT_GAP, contact_relative_speaker
from .phrases import (ADJUNCT_START, FINITE_VERB, FRONTED_PHRASE_WITHOUT_COMMA, QUOTATION_CLOSERS, THAT,
                      OPENING_OCCASION, TIME_WITHOUT_COMMA, WHO_AUXILIARIES, last_name_run)
from .questions import ASKING, QUESTION_START
from .quoted_as import quoted_object
from .subject_asides import COMMA_INSIDE_A_TITLES_MARKS, CONNECTIVE_BEFORE_CUE, DISCOURSE_ASIDE, TIME_BEFORE_CUE
from .units import MASK, Attribution, Unit

# A comma that parts a subject from its aside, not one inside a number ("some 15,000 workers")
_CLAUSE_COMMA = re.compile(COMMA_NOT_IN_A_NUMBER)
# The most words a subject has that is read past its discourse aside (see `subject_left`)
_SHORT_SUBJECT_WORDS = 8
_ACRONYM = re.compile(r"[A-Z]{2,7}")
# (an adverb may stand between the aside and the verb: "Democrats -- including Clinton -- quickly accused")
_DASH_ASIDE = re.compile(r"(?:\s[—–]\s?[^—–\x01]{1,120}?\s?[—–]|\s--\s[^\x01]{1,120}?\s--"
                         r"|\s-\s[^\x01]{1,120}?\s-)(?=\s*(?:[a-z]+ly\s*)?$)")   # (hyphens set as dashes, as wires do)
_INDEFINITE_APPOSITION = re.compile(r"\s*(?:a|an)\s")
_DETERMINED_NOUN = re.compile(r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s*")
_TOWN_BEFORE = re.compile(r"\b([A-Z][\w.\-]+),\s*$")
# a US state, written out or abbreviated ("Oregon", "Ore.")
_US_STATES = frozenset(STATE_NAMES) | frozenset(STATE_NAMES.values()) | {"alaska", "hawaii", "idaho", "iowa", "maine",
                                                                        "ohio", "utah"}
# The passive of hearing or quoting before a participle: the subject said it ("The mayor
# was quoted as saying …", "a deckhand can be heard asking …", "Smith was caught on camera
# telling …")
_PERCEIVED_BEFORE_PARTICIPLE = re.compile(
    r"\s+(?:(?:can|could|may|might|will|would)\s+)?(?:(?:is|are|was|were|be|been|being)\s+)(?:also\s+|later\s+)?"
    r"(?:quoted(?:\s+by\s+[^,.;:\x01]{1,60}?)?\s+as|(?:over)?heard|filmed|recorded|seen|videotaped|"
    r"caught\s+on\s+(?:camera|tape|video|film))\s*$")
# A present participle opening an aside between the subject and its verb ("X, recounting …,
# said"; not "including", "according"), and a noun's own relative clause after it
_ING_ASIDE = re.compile(r"\s*(?!(?:including|according|during|regarding|following|concerning)\b)[a-z]{3,}ing\b")
_CLAUSE_COLON = re.compile(r"(?<!\d):|:(?!\d)")   # (not a clock's: "at 7:30 p.m. when someone reported")
_OWN_RELATIVE = re.compile(r"\s+(?:who|whose|which|that)\s.*$", re.S)
# A list of members after "of": "an alliance of chefs, celebrities and charities"
_LIST_AFTER_OF = re.compile(r"\b(?:of|including|representing)\s+(?:[\w’'\-]+\s+){0,2}[\w’'\-]+\s*$")
_LIST_END = re.compile(r"\s*(?:[\w’'\-]+\s+){0,3}(?:and|or)\s+(?:[\w’'\-]+\s+){0,2}[\w’'\-]+\s*")
# A time opening the sentence without its comma: "Last week the mayor said …", "But years
# later the boy's father told …"
# ("Late Saturday Sanders announced", "…, but on Saturday he announced")
_OPENING_TIME = re.compile(r"(?:^\s*(?:(?:But|And|Yet|So)\s+)?|(?<=,\s)(?:(?:but|and|yet|so)\s+)?)(?i:" + TIME_WITHOUT_COMMA + r")"
                           r"(?=(?:the|a|an|his|her|their|its|he|she|they|we)\s|[A-Z])")
# … and a phrase of place or occasion, only where the sentence opens ("In a statement the
# mayor said …"; not "Mr. Reed, in a short phone call on Friday, said …")
_OPENING_PHRASE = re.compile(r"^\s*(?:(?:But|And|Yet|So)\s+)?(?i:" + FRONTED_PHRASE_WITHOUT_COMMA + r")"
                             r"(?=(?:the|a|an|his|her|their|its|he|she|they|we)\s|[A-Z])")
# A party and state tag between commas right before the cue ("Rep. Dan Fisk, R-Ore.,
# says"), and the first of two such names joined by "and" ("Tom Reed, D-Del., and Ann Lee,
# R-Fla., said"); not one an apposition follows ("Ben Ortiz, R-Texas, a onetime rival …")
_PARTY_TAG_ASIDE = re.compile(r",\s*[DRI]-[A-Z][A-Za-z.]{1,12}\s*,(?=\s*and\s+[A-Z][^,]*,\s*[DRI]-[A-Z][A-Za-z.]{1,12}\s*,?\s*$)"
                              r"|(?<=[a-z]),\s*[DRI]-[A-Z][A-Za-z.]{1,12}\s*,?\s*$")
# "critics who say", "the 30 percent who say": a restrictive relative clause's noun
_RESTRICTIVE_WHO = re.compile(r"((?:[\w’'%\-]+\s+){0,4}[\w’'%\-]+)\s+who\s*$")
# "which he said", "what she says", "who Mayor Ann Cole says (has …)": the subject after a relative pronoun
_RELATIVE_SUBJECT = re.compile(r"\s*(?:which|what|that|whom|where|who)\s+(he|she|they|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
                               r"|(?:the\s+|many\s+|some\s+)?(?:[a-z]+s|police))\s*$")
# A relative clause inside the subject position: "what many analysts said", "than aides say"
_INNER_RELATIVE_SUBJECT = re.compile(
    # (not "more than half said", "more than 2 in 3 said": a share of people, the subject)
    r"(?:^|\s)(?:which|what|whom|where|than(?!\s+(?:\d|half\b|a\s+(?:third|quarter|dozen|majority)\b|"
    r"(?:one|two|three)-(?:thirds?|quarters?)\b))|in\s+which|of\s+which)\s+"
    r"((?:[\w’'%\-]+\s+){0,4}[\w’'%\-]+)\s*$")
# The object of a naming verb fronted by a relative: "which Ms. Pike called “a disgrace”",
# "who Reed called “a born schemer”", "what Vance called a “let every stall open”
# approach": the words after the relative are the speaker (a name or a pronoun, not
# "who also called", where "who" is the subject)
_OBJECT_RELATIVE_SUBJECT = re.compile(
    r"(?:^|\s)(?:which|what|whom|who|that)\s+((?:he|she|they|(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'\-]*))\s*$")
# … and before a naming verb, with a title in lower case: "… one which Harbor
# College historian Dan Fisk calls “the spine of the port’s civic life”", "what
# (his) aide Ben Ortiz called “…”"
_TITLED_OBJECT_RELATIVE = re.compile(
    r"(?:^|\s)(?:which|what|whom|who|that)\s+((?:[A-Z][\w’'.\-]*|(?:(?:his|her|their|its|the)\s+)?[a-z]{3,})\s+"
    r"(?:(?:[A-Z][\w’'.\-]*|[a-z]{3,})\s+){0,6}[A-Z][\w’'\-]*)\s*$")
_NAMING = frozenset({"calls", "called", "labels", "labeled", "labelled", "dubs", "dubbed", "describes", "described"})
_AFTER_SUBORDINATOR = re.compile(
    # ("That is why critics say …": "why" after "is", not a question's "asked him why he …")
    r"\b(?:because|although|though|while|whereas|since|after|before|when|if|as|that|and|but|"
    r"(?<=is\s)why|(?<=was\s)why|(?<=’s\s)why|(?<='s\s)why)\s+"
    r"((?:[\w’'.\-]+\s+){0,7}[\w’'.\-]+)\s*$", re.I)
_WHO_CLAUSE_BEFORE = re.compile(r"\w\s+who(?:[’'](?:d|s|ve|ll|re))?\s+[a-z]+")   # (also "who’d rather …")
_SUBJECT_WITH_RELATIVE = re.compile(r"\s*((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)\s+(?:who|whose|that)(?:[’'](?:d|s|ve|ll|re))?\s+[\w’']+(?:\s+[^,]*)?$")

# "a midwife based in Georgia": an indefinite description placed by a participle or a
# preposition (not "Clinton, a top aide said, …", where the aide is the subject)
# Prepositions that attach to a verb before a restrictive "who" ("asked Mrs. Vance about
# several riders who said", "compared with 41 percent who say"), not inside a noun phrase
# ("the 20 percent of ferry riders who", "members of the council who")
_VERB_PREPOSITIONS = frozenset({"about", "after", "before", "against", "over", "toward", "towards",
                                "with", "by", "to", "on", "among"})
# A finite verb: a clause stands before a subordinator ("Shares fell 5% after …"); so
# does the present of news's sequence ("This comes less than a week after Bloomberg …")
_SEQUENCE_VERB = re.compile(r"\b(?:comes|follows|arrives|happens)\b")
_OF_PLACE_AFTER_NAME = re.compile(r"(?<=[a-z])\s+(?:of|from)\s+(?:[A-Z][\w’'.\-]*\s*)+$")
_PLACED_GROUP = re.compile(r"\b[A-Za-z]+\s+(?:in|of|from)\s+(?:[A-Z][\w’'.\-]*\s*)+$")
# "… Lake City and Seattle": the rest of a list of places the group before the comma is in
_PLACE_LIST_END = re.compile(r"\s*(?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'.\-]*\s+and\s+(?:[A-Z][\w’'.\-]*\s*)+")
_DESCRIPTION_FIRST = re.compile(r"\s*(?:the|a|an)\s+[a-z]", re.I)
# A noun phrase placed by a town whose state follows after a comma
_LOCATED_NOUN = re.compile(r"(?P<np>\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree)\s+(?:[\w’'\-]+\s+){0,5}?[\w’'\-]+)"
                           r"\s+(?:in|at|near|from|outside)\s+(?:[A-Z][\w.’'\-]*\s*){1,4}$")
# A list of names after a preposition, cut by the commas into segments: its last part
# ("Los Angeles and Seattle") and the noun its first part places ("workers in New York")
_LISTED_NAMES = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*\s+and\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*")
_PLACED_LIST_START = re.compile(r"(?P<head>\b[a-z][\w\-]*s)\s+(?:in|from|across)\s+(?:[A-Z][\w’'.\-]*\s*){1,4}$")
# A participle of who paid for or backed the work, not who made it
_PAID_FOR = re.compile(r"\s*(?:supported|funded|co-funded|sponsored|financed|underwritten|commissioned|paid\s+for)\s+(?:in\s+part\s+)?by\b")
_PARTICIPLE_FIRST = re.compile(r"\s*(?:[a-z]{3,}ed|run|led|owned|set\s+up|built|made|known|headed|backed)\s+"
                               r"(?:by|in|with|from|at|on|for|under)\b")
# An event after "during" is when the noun before it was made, not what a participle reports of
_WHEN_BEFORE_PARTICIPLE_SUBJECT = re.compile(r"\b(?:during|throughout|amid|amidst)\s+(?:the\s+|an?\s+)?"
                                             r"(?:[A-Z][\w’'\-]*\s+){0,3}$", re.I)
_DOCUMENT_THEN_PARTICIPLE = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){0,3}(?:document|report|filing|memo|letter|statement|complaint|lawsuit|"
    r"study|survey|poll|analysis|motion|brief)\s+(?:filed|released|published|issued|obtained|seen|sent|submitted)\b")
_PARTY_TAG = re.compile(r"\s*[RDI]\s*-\s*[A-Z]")   # "Gowdy, R-S.C., fired …": the party and state of a name
# "Sen. Nora Vance (D-Ore.)": a name's party and state after it
_PARTY_STATE_AT_END = re.compile(r"\s*\([RDI]\s*-\s*[A-Z][\w.\s]{0,14}\)\s*$")
_ONE_OF_APPOSITION = re.compile(r"\s*one\s+of\s+(?:the|his|her|their|its|our)\s")
_PARTITIVE_APPOSITION = re.compile(r"\s*(?:many|most|some|several|all|few|both|none|half|one|two|three)\s+of\s+them\b", re.I)
_RELATIVE_FIRST = re.compile(r"\s*(?:who|whom|whose|which)\b", re.I)
# The last items of a list inside a body's name: "Environment and Water think tank"
_NAME_LIST_ITEM = re.compile(r"\s*[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*(?:\s+[a-z]+){0,2}\s*")
_UNCLOSED_APPOSITION = re.compile(
    r"\s*(?:a|an)\s+(?:[\w\-]+\s+){1,4}?(?:based|from|at|of|in|with|for|who|working|living)\s")


_WRITING_IN = re.compile(r"\s*(?:(?:Writing|Speaking|Posting|Talking)\s+(?:in|on|to|for|at|with)|"
                         r"In\s+an?\s+(?:interview|op-ed|column|article|essay|post)\s+(?:with|in|for|on|to))"
                         r"\s+(?:[Tt]he\s+)?"
                         r"((?:[A-Z][\w’'.\-]*\s*){2,6})$")
# Something of someone's, before a relative clause about the someone
_THING_OF = re.compile(r"\s*(?:\w+\s+)*?(?:(?:the|his|her|their)\s+(?:\w+\s+)?)?(?:support|backing|endorsement|views?|"
                       r"words|comments|remarks|claims|case|name|role|help|advice|release|arrest|death|resignation)"
                       r"\s+of\s+(.+)$", re.I)
# An attitude to the people a restrictive clause describes: "critical of Republicans who …"
_FEELING_OF = re.compile(r"\b(?:critical|wary|skeptical|sceptical|supportive|fearful|afraid|dismissive|contemptuous|"
                         r"scornful|tired|proud|respectful|suspicious)\s+of\s+(.+)$")
# A verb, its preposition, then someone of the subject's own: "confides in her husband who …"
_VERB_THEN_OWN_NOUN = re.compile(r"\b[a-z]+(?:s|ed)\s+(?:in|to|with|for|at)\s+((?:her|his|their|my|our)\s+[\w\s\-]+)$")
_PLAIN_NAME = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,3}")
# A name (a title, then two to three capitalised words) closing a clause: "The newest is Rep. Tom Reed"
_NAME_CLOSING = re.compile(r"(?:^|\s)((?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,2})\s*$")


def _names_a_person(written: str) -> bool:
    """Whether ``written`` reads as a person's name, a known first name in it."""
    mention = parse_mention(written)
    return bool(mention and mention.name and mention.kind == "person" and " " in mention.name
                and mention.name.split()[0].lower() in FIRST_NAMES)
# "… given by Tannenbaum and Schmidt, who argued": two people the relative clause is about
_TWO_NAMES_AT_END = re.compile(r"((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*\s+and\s+(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)\s*$")


def _two_people_at_end(phrase: str) -> Optional[str]:
    """Two people named jointly at the end of ``phrase`` ("… given by Tannenbaum and Schmidt")."""
    two = _TWO_NAMES_AT_END.search(phrase)
    mention = parse_mention(two.group(1)) if two else None
    if mention is None or len(mention.members) != 2 or any(m.kind != "person" for m in mention.members):
        return None
    return two.group(1)


# "Ann Lee and Tom Fisk, who run the shop, said": the two the clause is about speak together
_TWO_PLAIN_NAMES = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,3}\s+and\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,3}")
_COORDINATED_PREDICATE = re.compile(r",\s*(?:and\s+|but\s+)?(?:then|later)\s*$")


# A part of a subject that says where someone is from ("of Flint, Mich.")
_RESIDENCE_FIRST = re.compile(r"\s*(?:of|from)\s+[A-Z]")
_ONE_CAPITALISED_WORD = re.compile(r"\s*[A-Z][\w’'\-]+\s*")


def _opens_with_title(part: str) -> bool:
    """"president of the …", "the chief executive of …": a title among the first words."""
    words = [w.lower().strip(",.") for w in part.split()[:3]]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and any(w in TITLE_WORDS for w in words[:2]) and " of " in f" {part} " \
        and not any(w in ("said", "says") for w in words)


def _after_outlet(resolver: SpeakerResolver, candidate: str) -> Optional[str]:
    """"Writing in The Mirror Maria said": the person the article names after the
    outlet the participle places them in, or None."""
    m = _WRITING_IN.match(candidate or "")
    if not m:
        return None
    words = m.group(1).split()
    if known_outlet_words(words):
        return " ".join(words[known_outlet_words(words):])   # "… The Washington Post Senator Mark Kelly"
    for i in range(1, len(words)):
        if resolver.entities.person(resolver.canonical(" ".join(words[i:]))) is not None:
            return " ".join(words[i:])
    # "… the Daily Star Tom Hale": a first name starts the person
    return next((" ".join(words[i:]) for i in range(1, len(words))
                 if words[i].lower() in FIRST_NAMES and len(words) - i <= 3), None)


_NAME_AFTER_CUE = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]+\s*[,.]")
_RELATIVE_THAT = re.compile(r"\s+(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should|"
                            r"[a-z]{3,}ed)\b")
# "The company that provides video platforms for businesses said": a noun opening the
# sentence, its relative clause in the present tense with an object
_DETERMINED_NOUN_OPENING = re.compile(r"\s*(?:The|A|An)\s+(?:[\w’'\-]+\s+){0,2}[a-z][\w\-]*\s+")
_PRESENT_RELATIVE = re.compile(r"\s+[a-z]{3,}s\s+[\w’'\-]+")
_PLACING_PREPOSITIONS = frozenset({"during", "at", "in", "on", "of", "for", "with", "from", "to", "by", "amid", "into",
                                   "over", "under", "through", "throughout", "inside", "outside", "near"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "I"})
_WH_WORDS = frozenset({"who", "whom", "what", "which", "that", "whether", "if", "how", "why", "where", "when"})
_ADVERB_WORD = re.compile(r"(?:[A-Za-z]+ly|[Ll]ater|[Tt]hen|[Nn]ow|[Ss]till|[Aa]lso|[Tt]oday|[Yy]esterday|[Tt]onight|[Ee]arlier)")
# ", a company that makes shoes, said": the apposition's noun and its own relative clause
_APPOSITION_BEFORE_THAT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,3}[\w\-]+\s+$")
# … and its verb, running to the apposition's closing comma ("that makes shoes,")
_VERB_THEN_COMMA = re.compile(r"\s+[a-z]{3,}(?:s|ed)\b[^,;:\x01]*,\s*$")
_ENDS_WITH_WHO = re.compile(r"\swho\s*$")
# "who", then what may stand before its verb: "Priebus, who has long said …" (the antecedent speaks)
_WHO_AND_AUXILIARIES = re.compile(r"\s*[Ww]ho\s+" + WHO_AUXILIARIES)
# A title in marks inside a speaker phrase ('and “The Nanny” star Fran Drescher told'): read without its marks
_QUOTED_TITLE = re.compile(r"[“\"]((?:[A-Z][\w’'\-]*\s?){1,5})[”\"](?=\s+[a-z]+\s+[A-Z])")


_DESCRIPTION = re.compile(r"\s*(?:the|a|an)\s+(?:[A-Z][\w-]*\s+)?[a-z]")
_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|from|for|with|to|at|in)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s*)+$")


# A name right after a quotation and an apposition that runs to the cue with no comma to
# close it: "“…,” Kaplan, a collector of old books says"
_NAME_THEN_OPEN_APPOSITION = re.compile(r"\s*,?\s*((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*),\s+(?:also\s+)?(?:an?|the)\s+"
                                        r"[^;:\x01]*?[a-z]\s*")


_ONE_NOUN_THEN_CUE = re.compile(r"\s+[a-z][\w\-]*\s*")


# "that night", "that week", "at that point": a demonstrative before a time, not a clause's "that"
_THAT_TIME = re.compile(r"\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|summer|winter|autumn|"
                        r"point|moment|time|stage|juncture)\b")


def subject_left(resolver: SpeakerResolver, cue: CueMatch, masked: str, unit: Unit) -> Optional[Attribution]:
    """"Zhang said", "X, the ambassador, said", "critics who say": the speaker left of the cue."""
    rel = cue.start - unit.start
    if rel <= after_dateline(masked) and masked[:rel].strip():
        return None   # "WASHINGTON -- Declaring …, Gates ordered": a dateline is no subject
    # "Democratic leaders — and, in particular, Harry Reid — insisted": drop the aside
    left = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), masked[:rel])
    # "Rep. Dan Fisk, R-Ore., says", "Tom Reed, D-Del., and Ann Lee, R-Fla., said": the party tags go too
    left = _PARTY_TAG_ASIDE.sub(lambda m: " " * len(m.group(0)), left)
    hard = max(left.rfind(MASK), left.rfind(";"), max((m.start() for m in _CLAUSE_COLON.finditer(left)), default=-1),
               left.rfind("—"), left.rfind(" – "),
               left.rfind(" - ") + 1 if left.rfind(" - ") != -1 else -1, left.rfind("-- ") + 1 if "-- " in left else -1,
               left.rfind("(") if left.rfind("(") > left.rfind(")") else -1)   # "(Lemkin, who …, once said"
    for m in THAT.finditer(left):
        if m.group(0) == "that" and _THAT_TIME.match(left, m.end()):
            continue   # "recounting what happened that night, said": a time, no clause opening
        if not (m.group(0) == "that" and left[:m.start()].rstrip()[-1:].isalpha() and (
                (_RELATIVE_THAT.match(left, m.end()) and len(left[m.end():].split()) > 2)
                or (_APPOSITION_BEFORE_THAT.search(left, 0, m.start()) and _VERB_THEN_COMMA.match(left, m.end()))
                or (_DETERMINED_NOUN_OPENING.fullmatch(left, 0, m.start()) and _PRESENT_RELATIVE.match(left, m.end())))) \
                and not (m.group(0) == "That" and _ONE_NOUN_THEN_CUE.fullmatch(left, m.end())
                         and parse_mention(left[m.start():].strip()) is not None):
            # (but "That person said …": a demonstrative and its noun, the subject)
            hard = max(hard, m.end() - 1)   # (not "groups that have endorsed him say": the noun's own
            # clause; but "comments that were echoed by aides", "That is why critics say")
    # "Ann Lee, the council's longest-serving member, on Monday called …"
    segment = CONNECTIVE_BEFORE_CUE.sub(lambda m: " " * len(m.group(0)), TIME_BEFORE_CUE.sub("", left[hard + 1:]))
    segment = _OPENING_TIME.sub(lambda m: " " * len(m.group(0)), segment)
    segment = _OPENING_PHRASE.sub(lambda m: " " * len(m.group(0)), segment)
    segment = OPENING_OCCASION.sub(lambda m: " " * len(m.group(0)), segment)
    if cue.lemma_form.endswith("ing"):
        segment = _PERCEIVED_BEFORE_PARTICIPLE.sub("", segment)
        segment = quoted_object(segment)   # "Reuters quoted the minister as saying …": the minister
    # "Dan Fisk, co-author of “Open Water,” a history of the port, said": the comma inside
    # a quoted title's closing mark parts the subject's pieces as one outside it would
    segment = COMMA_INSIDE_A_TITLES_MARKS.sub(r"\1\2,", segment)
    parts = _CLAUSE_COMMA.split(segment)
    if len(parts) >= 2 and parts[-1].strip() and all(
            w.lower() in AUXILIARIES for w in parts[-1].split()):
        # "Mr. Ortiz, who still walks with a cane, also noted": the adverb after the aside
        cut = segment.rfind(parts[-1])
        segment = segment[:cut] + " " * len(parts[-1])
        parts = parts[:-1] + [" " * len(parts[-1])]
    if len(parts) == 3 and not parts[-1].strip() and DISCOURSE_ASIDE.match(parts[-2]) \
            and count_words(parts[0]) <= _SHORT_SUBJECT_WORDS and parts[0].split()[:1] != ["and"]:
        # "Supporters of the plan, on the other hand, argued", "The judges who blocked the
        # law, however, said": the aside is no apposition; the subject reads as without it
        # (a short one: a longer, or one after a dash's "and", may end on a noun no subject)
        segment = parts[0] + " " * (len(segment) - len(parts[0]))
        parts = [segment]
    elif len(parts) >= 3 and not parts[-1].strip() and DISCOURSE_ASIDE.match(parts[-2]):
        parts = parts[:-2] + [parts[-1]]   # ("Ann Lee, the mayor, however, said": the same)
    before_adverb = _CLAUSE_COMMA.split(left[hard + 1:])[-2:-1]
    if _COORDINATED_PREDICATE.search(left[hard + 1:]) and before_adverb and FINITE_VERB.search(
            before_adverb[0]) and not _RELATIVE_FIRST.match(before_adverb[0]):
        # "Reed offered the clerk a post at the port, then says …": the
        # subject is the first clause's, not the words before the comma (but "Al Moss,
        # a longtime critic, later said", "Al Moss, who has clashed with her, later said":
        # an apposition or an aside, no clause of its own)
        return None
    open_apposition = _NAME_THEN_OPEN_APPOSITION.fullmatch(segment) if hard >= 0 and left[hard] == MASK else None
    if open_apposition:
        # "“…,” Kaplan, also an avid collector of games, rare tarot cards, and books says, “…”":
        # the name after the quotation, whose apposition runs to the cue without its comma
        mention = parse_mention(open_apposition.group(1))
        if mention is not None and mention.name and mention.kind == "person":
            start = unit.start + hard + 1 + open_apposition.start(1)
            return Attribution(cue, mention, (start, start + len(open_apposition.group(1))), True)
    shares = False
    located_np = None
    stripped = segment.rstrip()
    closer = next((mark for mark in QUOTATION_CLOSERS if stripped.endswith("," + mark)), None)
    if closer:
        # "Doe, who calls the mayor a “sociopath,” said": the aside ends in a quotation
        stripped = stripped[:-len(closer)]
    if stripped.endswith(",") and len(parts) == 2 and cue.lemma_form in INVERTIBLE \
            and _NAME_AFTER_CUE.match(masked, rel + len(cue.text)):
        return None   # "And Trump, said Sunshine, who …, doesn't forgive": one comma parts no
        # subject from its verb; the cue is inverted and its speaker follows
    if stripped.endswith(","):
        # an apposition or aside before the cue: "X, the ambassador, said"
        candidates = [",".join(parts[-k - 1:-1]) for k in (2, 3, 4, 5, 6) if len(parts) >= k + 1]
        name_described = len(parts) >= 3 and _DESCRIPTION.match(parts[-2]) and _NAME_AFTER_PREPOSITION.search(parts[-3])
        if name_described and _names_a_person(parts[-2]):
            candidates.append(parts[-2])   # "The U.S. ambassador to China, the former senator Max Baucus,"
        elif name_described and (placed := parse_mention(parts[-3])) and placed.name and (
                placed.name[:1].islower() or placed.name == re.sub(r"^The\s+", "", parts[-3].strip())):
            candidates.append(parts[-3])   # "Officials in Ohio, the state next to Indiana, said": they,
            # not the state the apposition describes; "The Allen Institute for AI, a research institute
            # …, has called for": the whole name (but not "… in the case of Harbor, the Fisk campaign")
        if len(parts) >= 2 and not name_described:
            # (but "a memo obtained by Harbor Watch, the advocacy group, shows": the
            # description is the name's apposition, not the subject)
            if len(parts) >= 3 and _INDEFINITE_APPOSITION.match(parts[-2]) and _DETERMINED_NOUN.fullmatch(parts[-3]):
                candidates += [parts[-3]]   # "The mayor, a Democrat, last week said": the mayor
            candidates += [parts[-2]]
        relative = next((i for i in range(len(parts) - 2, 0, -1) if _RELATIVE_FIRST.match(parts[i])), None)
        if relative is not None:
            # "Mr. Kline, whose newest company, Fabrikon, sells software, said": the
            # relative clause's words are no subject; who it is about is
            candidates.insert(0, ",".join(parts[relative - 1:-1]))
            if _PLAIN_NAME.fullmatch(parts[relative - 1].strip()) or _TWO_PLAIN_NAMES.fullmatch(parts[relative - 1].strip()):
                # "Nora Vance, who was a member of the Quayside, a club of harbor
                # pilots, said": the name the clause is about, not the clause's last words
                candidates.insert(0, parts[relative - 1])
        if len(parts) >= 3 and _PARTITIVE_APPOSITION.match(parts[-2]):
            # "Her critics on the council, many of them longtime members, argue":
            # the people the apposition counts speak, not its noun
            candidates.insert(0, parts[-3])
        elif len(parts) >= 3 and _ONE_OF_APPOSITION.match(parts[-2]):
            # "The Kellard novelist Nora Vance, one of the signatories, told": the one
            # named before the apposition that counts him among others
            candidates.append(parts[-3])
        described = next((i for i in range(len(parts) - 2, 0, -1) if _PARTICIPLE_FIRST.match(parts[i])), None)
        if relative is None and described is not None and not _PARTY_TAG.match(parts[described - 1]):
            # "The website, run by Michael McDonald, said", "The charity, founded by Ann Lee in
            # 1990, said": the participle describes the noun before it, which speaks (the last
            # reading: "The survey, conducted by the Pew Center, finds" is the center's)
            located_np = parts[described - 1]   # (read leniently, like a located noun phrase)
            if _PAID_FOR.match(parts[described]):
                candidates.insert(0, located_np)   # "The research, supported by the Society, reveals":
                # who paid for it did not write it; the research speaks
            else:
                candidates.append(located_np)
        aside = len(parts) - 2 if len(parts) >= 3 and _ING_ASIDE.match(parts[-2]) else None
        if relative is None and aside is not None:
            # "A mother whose daughter is a student there, recounting what her child told
            # her to the Journal, said": the participle's aside is no subject; the noun
            # before it (without its own relative clause) is
            located_np = _OWN_RELATIVE.sub("", parts[aside - 1])   # (read leniently: "A mother")
            candidates.insert(0, located_np)
        if len(parts) >= 3 and _ACRONYM.fullmatch(parts[-2].strip()) and parts[-3].split()[-1:] \
                and parts[-3].split()[-1][:1].isupper():
            # "data from the Statistical Institute of Jamaica, STATIN, show": the acronym
            # restates the body before it; it is no subject of its own
            candidates = [c for c in candidates if c.strip() != parts[-2].strip()] + [parts[-3]]
        state_closes = len(parts) >= 3 and parts[-2].strip().lower() in place_names()
        if state_closes:
            candidates = [c for c in candidates if c.strip() != parts[-2].strip()]   # a place, no one
        located = _LOCATED_NOUN.search(parts[-3]) if state_closes else None
        if located and parts[-3][:located.start()].split()[-1:] and \
                parts[-3][:located.start()].split()[-1].lower() in _PLACING_PREPOSITIONS:
            located = None   # "Lee, during a ferry board hearing in Toledo, Ohio, said": where, not who
        if located:
            # "a woman in Kellard, Maine, told him": the state closes where she
            # is; she speaks, not the state
            located_np = located.group("np")   # (a noun phrase, read as written)
            candidates = [located_np] + [c for c in candidates if c.strip() != parts[-2].strip()]
        named = next((k for k in (3, 4, 5, 6) if len(parts) >= k + 1
                      and _PLAIN_NAME.fullmatch(parts[-k - 1].strip())), None)
        if named:
            # "Rita Gomez, an Ohio plumbing, heating and cooling contractor, said": the
            # name that opens the apposition, not a piece of its list
            candidates.insert(0, ",".join(parts[-named - 1:-1]))
    else:
        candidates = [parts[-1]]
        if len(parts) >= 2 and (parts[-1].strip().lower() in place_names() or _PLACE_LIST_END.fullmatch(parts[-1])) \
                and _PLACED_GROUP.search(parts[-2]):
            # "officials in Marion County, Oregon — where … — announced": the state
            # closes the place the group is in; it is no speaker of its own
            # ("Ben Ortiz of Kellard, South Dakota says": where the person lives)
            resident = _OF_PLACE_AFTER_NAME.sub("", parts[-2])
            candidates.insert(0, resident if resident != parts[-2] and _PLAIN_NAME.fullmatch(resident.strip())
                              else parts[-2])
        if len(parts) >= 2 and _ONE_CAPITALISED_WORD.fullmatch(parts[-1]) and _ends_in_organisation(parts[-2]) \
                and resolver.canonical(parts[-1].strip()) == parts[-1].strip():
            # "Fisk of the University of Kellard, Harbor suggest": the campus ends
            # the organisation's name; the subject runs back past the comma
            candidates = [",".join(parts[-2:])]
        if len(parts) >= 2 and _LIST_AFTER_OF.search(parts[-2]) and _LIST_END.fullmatch(parts[-1]):
            # "A coalition of farmers, unions and charities urged …": the coalition (read with
            # its first member), not the list's last members
            candidates.insert(0, parts[-2])
        # (the apposition may hold a name's list: "… at the Council on Energy, Environment and Water told")
        unclosed = 3 if len(parts) >= 3 and _UNCLOSED_APPOSITION.match(parts[-2]) \
            and _NAME_LIST_ITEM.fullmatch(parts[-1]) else 2
        named = last_name_run(_PARTY_STATE_AT_END.sub("", parts[-unclosed])) if len(parts) >= 2 else None
        if named and len(named.split()) >= 2 and _UNCLOSED_APPOSITION.match(parts[-unclosed + 1]) \
                and not masked[rel + len(cue.text):].lstrip().startswith(","):
            # "Joy Baker, a midwife based in Georgia told …": an apposition whose closing
            # comma is missing
            candidates.insert(0, ",".join(parts[-unclosed:]))
        elif len(parts) >= 2 and _PLAIN_NAME.fullmatch(parts[-2].strip()) and _opens_with_title(parts[-1]) \
                and not masked[rel + len(cue.text):].lstrip().startswith(","):
            # "Jane Morrow, president of the Kellard Academy of Nursing (KAN) said": the
            # same, with a title opening the apposition
            candidates.insert(0, ",".join(parts[-2:]))
        # (only a segment ending in "who" can hold one: the search is not run on every
        # segment, as on a long run-on line it costs a pass per starting position)
        restrictive = _RESTRICTIVE_WHO.search(parts[-1]) if _ENDS_WITH_WHO.search(parts[-1]) else None
        relative = _RELATIVE_SUBJECT.match(parts[-1], max(0, parts[-1].rfind(" who ")))   # ("a man who Lee says")
        if restrictive and parts[-1].strip().lower() != "who":
            # "critics who say …", "18% who say …": the noun the clause restricts
            offset = unit.start + hard + 1 + segment.rfind(parts[-1].strip())
            noun = restrictive.group(1)
            words = noun.split()
            at = max((i for i, w in enumerate(words) if w.lower() in _VERB_PREPOSITIONS and i > 0), default=None)
            if at is not None and at + 1 < len(words):
                noun = " ".join(words[at + 1:])   # "asked Mrs. Vance about several riders who said": the riders
            elif _THING_OF.match(noun):
                noun = _THING_OF.match(noun).group(1)   # "the backing of a retired captain who …": the captain
            elif _FEELING_OF.search(noun):
                noun = _FEELING_OF.search(noun).group(1)   # "sharply critical of members who suggest …"
            elif _VERB_THEN_OWN_NOUN.search(noun):
                noun = _VERB_THEN_OWN_NOUN.search(noun).group(1)   # "confides in her husband who believes …": the husband
            elif len(parts) >= 2 and _LISTED_NAMES.fullmatch(noun.strip()) and _PLACED_LIST_START.search(parts[-2]):
                # "workers in Kellard, Harbor and Easton who demanded": the people the
                # list places, not its last names
                noun = _PLACED_LIST_START.search(parts[-2]).group("head")
            elif len(parts) >= 2 and _PLAIN_NAME.fullmatch(parts[-2].strip()) \
                    and noun.strip().lower().startswith(("a ", "an ", "the ")):
                noun = parts[-2].strip()   # "Paul Ode, a former navy diver who claimed …": the diver is Paul Ode
            elif len(parts) >= 2 and noun.strip().lower().startswith(("a ", "an ", "the ")) \
                    and (named := _NAME_CLOSING.search(parts[-2])) and _names_a_person(named.group(1)):
                # "The newest is Rep. Tom Reed, the Kellard congressman who shouted …":
                # the description is the name's apposition
                noun = named.group(1)
            head = parse_mention(noun, lenient=True)
            mention = head if head and (head.name or head.pronoun) else \
                Mention(text="who", pronoun="who", kind="group")
            return Attribution(cue, mention, (offset, offset + len(parts[-1].strip())), True)
        object_relative = (_OBJECT_RELATIVE_SUBJECT.search(parts[-1]) or (
            _TITLED_OBJECT_RELATIVE.search(parts[-1]) if cue.text.lower() in _NAMING else None)) \
            if cue.kind == "object" else None
        if relative:
            candidates = [relative.group(1)]    # "which he said …", "what she says …"
        elif object_relative:
            candidates = [object_relative.group(1)]
        else:
            inner = _INNER_RELATIVE_SUBJECT.search(parts[-1]) if cue.kind == "speech" else None
            if inner and not restrictive:
                # "showing what many skippers said was …", "less credit than aides say …"
                candidates = [inner.group(1)] + candidates
        absolute = absolute_subject(parts[-1], masked[rel + len(cue.text):]) \
            if cue.text.lower().split()[0].endswith("ing") else None
        if absolute:
            candidates = [absolute]    # "…, with 20 percent of ferry riders saying …"
            shares = True
        clause = _AFTER_SUBORDINATOR.search(parts[-1]) if not absolute else None
        if clause and _WHO_CLAUSE_BEFORE.search(parts[-1], 0, clause.start()) and not restrictive:
            # "Strategists who spoke to reporters after the debate said": the subordinator
            # is inside the relative clause; the subject is the noun it describes
            clause = None
        if clause and (FINITE_VERB.search(parts[-1], 0, clause.start()) or _SEQUENCE_VERB.search(parts[-1], 0, clause.start())
                       or parts[-1][clause.start():clause.start() + 3].lower() == "why"
                       or (clause.group(1) in _SUBJECT_PRONOUNS | {"we", "you"} and count_words(parts[-1][:clause.start()]) >= 6
                           and parts[-1][clause.start():].split()[0].lower() in ("when", "while", "as", "before", "after"))):
            # ("We consider what people … want to read about when we write …": the pronoun's verb)
            # "Shares of Acme fell 5% after the company said …": a clause of its own
            # stands before the subordinator, so its subject is the speaker
            candidates.insert(0, clause.group(1))
        elif clause:
            # "… is striking partly because Council Chair Ann Lee has said …"
            candidates.append(clause.group(1))
        inner_who = _SUBJECT_WITH_RELATIVE.match(parts[-1])
        if inner_who and not restrictive:
            # "a council aide who was not cleared to talk about the ferry said …"
            if _DETERMINED_NOUN_OPENING.fullmatch(inner_who.group(1) + " ") and inner_who.group(1).lstrip()[:4] == "The " and \
                    parts[-1][inner_who.end(1):].lstrip().startswith("that "):
                # "The company that provides video platforms for businesses said": the company
                # (the one the article names); "a group that represents nurses" is kept whole
                candidates.insert(0, inner_who.group(1))
            else:
                candidates.append(inner_who.group(1))
        words_before = parts[-1].split()
        if len(words_before) >= 2 and words_before[-1] in _SUBJECT_PRONOUNS and (
                ADJUNCT_START.match(parts[-1]) or (len(words_before) == 2 and _ADVERB_WORD.fullmatch(words_before[0]))) \
                and not FINITE_VERB.search(" ".join(words_before[:-1])) and words_before[-2].lower() not in _WH_WORDS:
            # "At the ferry dock on Monday she said …", "Later he said …": an adjunct, then
            # the subject (but "the divisions he promised to bridge": the noun is the verb's;
            # "After Reed asked the skipper who he thought …": a clause of its own)
            candidates.append(words_before[-1])
        if len(parts) >= 2 and (parts[-1].strip().lower() == "who" or (   # (after "who has", speech only:
                cue.kind == "speech" and _WHO_AND_AUXILIARIES.fullmatch(parts[-1]))):   # "who has called X a hoax")
            # "Juanita Broaddrick, who said …": the speaker is the antecedent, or
            # unknown when the antecedent is no name ("a young child, who said …")
            antecedent = _two_people_at_end(parts[-2]) or last_name_run(parts[-2])
            # (the place after a name is taken off, unless it leaves no name: "protests
            # from Alan Berger, a doctor from Englewood, who")
            named_before = (last_name_run(_OF_PLACE_AFTER_NAME.sub("", parts[-3]))
                            or last_name_run(parts[-3])) if len(parts) >= 3 else None
            if named_before and _DESCRIPTION_FIRST.match(parts[-2]):
                # "Ann Lee, the head of the pilots’ union in Kellard County,
                # who said …": the clause describes the person, not the place in his title
                # (nor the state in "Sen. Nora Vance of Oregon, the ranking …, who")
                antecedent = named_before
            if antecedent:
                candidates = [antecedent]
            else:
                offset = unit.start + hard + 1 + segment.rfind(parts[-1].strip())
                return Attribution(cue, Mention(text=parts[-1].strip(), pronoun="who", kind="person"),
                                    (offset, offset + 3), True)
    after_quote = left[:hard + 1].endswith(MASK) or left[:hard + 1].rstrip().endswith(MASK)
    # "Almost half said", "The magazine argued": any short noun phrase will do as
    # the subject of a plain speech verb (not of a participle or a thought verb)
    strong = cue.kind in ("speech", "object", "evidence") and not cue.lemma_form.endswith("ing") and (
        cue.lemma_form not in THAT_ONLY or cue.kind == "object" or THAT.match(masked, rel + len(cue.text) + 1)
        or (cue.lemma_form in ASKING and QUESTION_START.match(masked, rel + len(cue.text))))   # ("asked Obama what …")
    candidates = [_after_outlet(resolver, c) or c for c in candidates]
    if cue.kind == "speech" and SUBJECT_GAP.match(masked, rel + len(cue.text)):
        # "…, money protesters say could have been spent on …", "a cost officials say was too
        # high": the report's subject is the noun before (a relative clause without "that");
        # the speaker is the noun phrase right before the cue, not the words ahead of it
        candidates = [contact_relative_speaker(c) or c for c in candidates]
    for cand in candidates:
        if not cand or not cand.strip() or count_words(cand) > 40:
            continue
        if _RESIDENCE_FIRST.match(cand) and any(len(c) > len(cand) and c.endswith(cand) for c in candidates):
            continue  # "Tom Reed, 22, of Kellard, Mich., said": where the speaker lives, not who
        if _RELATIVE_FIRST.match(cand):
            continue  # "who serves as manager of Chiesi Co., Ltd": the aside, not its antecedent
        lenient = (after_quote and cand is candidates[0]) or (strong and not stripped.endswith(",")) \
            or shares or cand is located_np
        mention = parse_mention(_QUOTED_TITLE.sub(r" \1 ", cand), lenient=lenient, max_tokens=9 if after_quote else 12,
                                participles=cue.kind == "evidence" or _DOCUMENT_THEN_PARTICIPLE.match(cand) is not None)
        # ("a poll released Tuesday found", "A port memo filed Friday says")
        if mention and mention.name and cue.lemma_form.endswith("ing") and cand.rfind(mention.name) > 0 \
                and _WHEN_BEFORE_PARTICIPLE_SUBJECT.search(cand, 0, cand.rfind(mention.name)):
            continue  # "published research during the Harbor Festival showing": the
            # event is when, the research (or no one named) shows
        if mention and mention.name and not plausible_speaker(
                resolver.canonical(mention.name) if mention.kind == "person" else mention.name,
                mention.text):
            continue  # "Hours later, …": no speaker here; let the other readings try
        if mention:
            offset = unit.start + hard + 1 + segment.rfind(cand.strip())
            state = cand.strip().lower()
            if state in _US_STATES and _TOWN_BEFORE.search(masked, 0, offset - unit.start) \
                    and not masked[offset - unit.start + len(state):rel].strip():
                continue  # "helped the hotel in Portland, Oregon maintain its workforce": the state
                # of a town, no speaker (and its verb an infinitive)
            return Attribution(cue, mention, (offset, offset + len(cand.strip())), True)
    return None
