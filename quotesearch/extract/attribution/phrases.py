"""Phrase patterns that several constructions read.

The patterns here are shared: a sentence's opening subject, an introductory
adverbial, the periods of abbreviations, "that", the start of a clause or an
adjunct, and the subject of a clause before a quotation. A pattern that only one
construction uses lives in that construction's module.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import DESCRIPTOR_NOUNS, IRREGULAR_PAST_ALTERNATION, ORG_WORDS, PREPOSITIONS, TITLE_WORDS
from ..mentions import parse_mention
from ..places import place_names
from ..text import NEWS_ABBREVIATIONS
from .units import MASK, Attribution

WORD = re.compile(r"\w+")
# Closing quotation marks, the two-character ones first ("citing ''the council's backing,'' said")
QUOTATION_CLOSERS = ("''", "’’", "”", "\"", "’", "'")
# What may stand between a relative "who" and its verb: "who has long said", "who had also argued"
WHO_AUXILIARIES = r"(?:(?:has|have|had|also|once|long|[a-z]+ly)\s+){0,3}"
# A relative "who" right before a cue (past an adverb): "a resident who tweeted about it"
WHO_BEFORE = re.compile(r"\bwho\s+" + WHO_AUXILIARIES + "$")
# A concession with the speaker's pronoun before a cue: "…, said X, though he added that …"
CONCESSION_BEFORE = re.compile(r",\s*(?:though|although|but)\s+(?:he|she|they)\s+(?:also\s+|later\s+|[a-z]+ly\s+)?$")
# "Currently, said Dr. Samir Haddad, …": an adverb opening the sentence, no speaker
LONE_ADVERB = re.compile(r"[A-Z][a-z]+ly")
# "that" as a conjunction; "that’s" is a pronoun and its verb ("suggest that’s a good thing")
THAT = re.compile(r"\bthat\b(?![’']s\b)", re.I)
ADJUNCT_START = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(PREPOSITIONS | {"earlier", "later", "recently",
                                                    "yesterday", "today", "tonight", "again", "also",
                                                    "previously", "once", "further", "separately", "sometime",
                                                    "outside", "inside", "behind", "beside", "around", "along",
                                                    "shortly", "afterwards", "ahead", "prior",
                                                    "amid", "despite", "following",
                                                    "monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"}))
    + r")\b(?![’']s\b))", re.I)   # ("said Monday's decision …": a subject, not an adjunct)
# Irregular pasts a clause's verb is after its subject ("the visit went badly"); not the
# ones that are also nouns or adjectives ("left", "set", "hit", "read")
CLAUSE_IRREGULAR_PAST = (r"went|came|grew|fell|rose|won|lost|made|took|got|became|began|saw|knew|thought|found|"
                         r"felt|ran|stood|held|gave|brought|kept|paid|sent|spent|wrote|said")
# A clause begins: "thinks he can win", "believes Trump is right", "hopes the talks will …"
CLAUSE_START = re.compile(
    r"\s+(?:(?:he|she|they|it|we|I|you|there)\b(?!\s+(?:to)\b)|"
    r"(?:[A-Z][\w’'\-]*\s+){1,3}(?:is|are|was|were|will|would|can|could|should|has|have|had|must|may|might)\b|"
    r"(?:the|his|her|their|its|our|my|this|that|these|those)\s+(?:[\w’'\-]+\s+){1,5}?"
    r"(?:is|are|was|were|will|would|can|could|should|has|have|had|might|may|must)\b|"
    # ("told host Sean Hale a loss is likely"; not "maintained a strong rapport and have worked")
    r"(?:a|an)\s+(?:(?!and\b|or\b)[\w’'\-]+\s+){1,3}?(?:is|are|was|were|will|would|can|could|should|might|may|must)\b|"
    # "told the Gazette his crew worked closely with …": a determined noun, then its past-tense verb
    r"(?:the|his|her|their|its|our|my)\s+(?:[\w’'\-]+\s+){1,3}?(?!(?:proposed|so-called|alleged|unnamed|elected|"
    r"detailed|expected|required|limited|united|armed|advanced|reported|named|based|related)\b)[a-z]{3,}ed\b"
    r"(?!\s+(?:by|in)\b)|"   # (not "the audience bathed in neon light": a participle)
    # "told reporters the visit went badly": the same with an irregular past
    r"(?:the|his|her|their|its|our|my)\s+(?:(?!(?:the|his|her|their|its|our|my|a|an)\s)[\w’'\-]+\s+){1,3}?"
    r"(?:" + CLAUSE_IRREGULAR_PAST + r")\b|"
    # "told the council this was the last ferry": a demonstrative standing for what it names
    r"(?:this|these|those)\s+(?:is|are|was|were|will|would|has|have|had)\b|"
    # "claims schools have hired …": a bare plural and its verb
    r"[a-z]{3,}s\s+(?:are|were|have|had|will|would|can|could|should|must|may|might)\b|"
    # "at least 4,217 people have …", "about 42 people were …": a count opens the clause
    r"(?:about|around|over|under|nearly|almost|roughly|some|at\s+least|at\s+most|up\s+to|more\s+than|"
    r"fewer\s+than|less\s+than)\s+\$?\d|"
    # "noting the port director “keeps the ferry in limbo”": a subject, then its
    # predicate quoted (the quotation opens on a lower-case word)
    r"(?:the|his|her|their|its|our|this|that|[A-Z][\w’'\-]*)(?:\s+[\w’'\-]+){0,4}?\s+[“\"][a-z])")
ABBREVIATION_DOT = re.compile(
    r"\b(?:" + "|".join(sorted({a for a in NEWS_ABBREVIATIONS if "." not in a}, key=len, reverse=True))
    + r"|[A-Z])\.", re.I)
# "Gov. Roy Cooper, a Democrat,", "Roy Cooper, the governor,": a short description of
# the name before it, between commas (no verb, no relative clause in it)
DESCRIPTIVE_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|his|her|their|its)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|"
    r"did|does|do|who|which|that|he|she|they|it)\b)[\w’'\-.]+\s+){0,5}?"
    r"(?!(?:is|are|was|were|has|have|had|will|would|who|which|that)\b)[\w’'\-.]+,")
SPLIT_AND = re.compile(r"\s*,\s*(?:and|but)\s+")
# the same after the cue's adjuncts: "C1, X said on Monday, but C2"
SPLIT_AFTER_ADJUNCTS = re.compile(r"^\s*(?:[\w’'.\-]+\s+){1,6}?[\w’'.\-]+\s*,\s*(?:and|but|yet)\s+$")
# A report that so far holds only what opens its clause ("recalled that at one point
# during the protests,", "said that when the storm came,"): its subject and verb come after
FRONTED_ADJUNCT_ONLY = re.compile(r"\s*that\s+(?:at|during|in|on|after|before|amid|under|when|while|if|once|"
                                  r"as|since|because|although|though|until|unless)\s[^,;:.!?“”\"" + MASK + r"]*,")
# "responded on Tuesday, “…”", "replied to Mills with, “…”": a quotation after the
# cue's adjuncts is what a verb that needs a clause or a quotation reports
QUOTE_AFTER_ADJUNCTS = re.compile(
    r"(?:\s+(?:to|on|in|at|via|over|from|during|after|with|by|later|again)\b(?:\s+[\w’'\-.]+){0,4}?){1,3}\s*[,:]\s*\x01")
# An auxiliary right after "that" makes it a demonstrative subject, the report's first
# word: "said that had no bearing on the ferry", "said that wasn't true"
_AUXILIARY_AFTER_THAT = (r"(?:is|was|has|had|would|will|could|should|might|must|does|did|"
                         r"(?:is|was|has|had|would|wo|could|should|does|did)n[’']t)\b(?!\s*[,.;:!?])")
AUXILIARY_AFTER_THAT = re.compile(r"\s+" + _AUXILIARY_AFTER_THAT)
# What may stand between a cue and its report: punctuation, "that", or the manner
# adverb of "put it simply:", "said bluntly:"
LEADING_JUNK = re.compile(r"[\s,:;—–-]*(?:(?:simply|bluntly|succinctly|plainly|frankly|starkly|candidly|"
                          r"this\s+way|another\s+way)\s*:\s*)?"
                          # ("did say however that …", "said, though, that …", "said, somewhat
                          # sheepishly, that …": the writer's adverb)
                          r"(?:(?:however|though|also|again|instead|moreover|furthermore|nevertheless|nonetheless|"
                          r"meanwhile|too|(?:(?:perhaps|somewhat|rather|quite|very|almost|a\s+bit|a\s+little)\s+)?"
                          r"[a-z]{2,}ly)\s*,?\s*(?=that\s))?(?:that\s+(?!" + _AUXILIARY_AFTER_THAT + r"))?", re.I)
# The writer's connective opening the sentence of a report closed by its cue ("For example,
# the US revoked …, the department said"): it links the writer's sentences, so it is no
# part of what was said; "So" and the adverbs only with their comma ("So far", "Still Republicans")
_WRITERS_CONNECTIVES = (
    "However", "Still", "Already", "Meanwhile", "Moreover", "Indeed", "Instead", "Furthermore",
    "Additionally", "Nevertheless", "Nonetheless", "Overall", "Similarly", "Likewise", "Separately",
    "Besides", "Otherwise", "Rather", "Thus", "Therefore", "Hence", "Now", "Then", "So", "Also", "Plus",
    "In fact", "In addition", "In particular", "In short", "In turn", "In contrast", "By contrast",
    "For example", "For instance", "At the same time", "Of course", "After all", "Even so",
    "On the other hand")
LEADING_CONNECTIVE = re.compile(r"[\s,:;—–-]*(?:(?:But|And|Yet)(?:\s+yet)?\b,?\s+(?!,)|(?:"
                                + "|".join(c.replace(" ", r"\s+") for c in _WRITERS_CONNECTIVES)
                                + r"),\s+)?")
# The attitude a cue expresses before the clause it holds ("voiced the hope that …",
# "reiterated his view that …"): the frame of the report, not its words; only after cues
# that own it ("dismissed concerns that …" reports no one's concern as its speaker's words)
_EXPRESSING_CUES = frozenset("""express expresses expressed expressing voice voices voiced voicing reiterate
reiterates reiterated reiterating reaffirm reaffirms reaffirmed reaffirming restate restates restated
restating repeat repeats repeated repeating share shares shared sharing convey conveys conveyed conveying
state states stated stating""".split())
_ATTITUDE_THEN_THAT = re.compile(
    r"[\s,]*(?:(?:the|a|an|his|her|their|its|our|my|some|renewed|strong|deep|grave|serious|growing|cautious)\s+){0,2}"
    r"(?:hopes?|concerns?|confidence|doubts?|fears?|belief|view|conviction|optimism|skepticism|scepticism|alarm|"
    r"frustration|worry|worries|wish|expectation|assurances?|opinion|suspicion|certainty)\s+that\s+(?!"
    + _AUXILIARY_AFTER_THAT + r")")


def report_start(text: str, start: int, att: Attribution, end: int) -> int:
    """Where the words of a report found at ``start`` (to ``end``) begin: past the punctuation,
    "that" and the writer's adverb after its cue ("said, however, that …"), the attitude the
    cue expressed ("voiced the hope that …"); before its cue ("…, the department said"), past
    the writer's connective opening the sentence ("For example, …"), and past the attribution
    when nothing but the connective stood before it ("Instead, she said, her boss …")."""
    cue_start, cue_end = att.cue.start, att.cue.end
    if start < cue_end:
        start = LEADING_CONNECTIVE.match(text, start).end()
        attribution_end = max(att.subject[1], cue_end)
        if start == min(att.subject[0], cue_start) and attribution_end < end:
            return LEADING_JUNK.match(text, attribution_end).end()
        return start
    cue_words = text[cue_start:cue_end].split()
    attitude = _ATTITUDE_THEN_THAT.match(text, start) if cue_words and cue_words[-1].lower() in _EXPRESSING_CUES else None
    return attitude.end() if attitude else LEADING_JUNK.match(text, start).end()


# An adverbial that opens a sentence: a preposition, subordinator, participle or time word
INTRODUCTORY = re.compile(
    r"\s*(?:(?:In|On|At|After|Before|During|Since|Despite|Following|Ahead|Amid|Throughout|Upon|Until|"
    r"Within|When|While|As|Though|Although|Because|If|Once|Unlike|Like|With|Without|Under|Over|From|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight|Earlier|Later|"
    r"Recently|Shortly|Hours|Days|Weeks|Months|Years)\b|(?:Last|This|Next)\s+(?:week|month|year|morning|"
    r"afternoon|evening|night|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b|[A-Z][a-z]+ing\b|(?:Asked|Pressed|Questioned|Challenged)\s+(?:by|about|on|whether|if|why|how|what)\b)")
# Words that open an adverbial phrase before a sentence's subject ("On Friday, ",
# "Speaking at a town hall in Salem, ", "Hours later, ") — not a name ("Mr. Trump, …").
_OPENER = (r"(?:(?:In|On|At|After|Before|During|Since|Despite|Following|Speaking|Asked|Earlier|Later|"
           r"Meanwhile|Hours|Days|Weeks|Months|Years|Last|This|Yesterday|Today|When|While|As|Though|"
           r"Although|With|Without|For|From|Under|Over|Still|Yet|But|And|So|Also|Then|Now|Instead|"
           r"However|Moreover|Indeed|Later|Back|Once|If|Unlike|Like|Amid|Among|Beyond|Besides|Aside|Apart|"
           r"Across|Against|Between|Inside|Outside|Through|Throughout|Within|Upon|Given|Regardless|Compared)\b|[A-Z][a-z]+(?:ly|ing|ed)\b|"
           # a span of time: "A couple of months after …", "A few days later"
           r"An?\s+(?:couple\s+of|few)\s+(?:minutes|hours|days|weeks|months|years)\b|"
           # one word and its comma: "There, the chairman declined …", "Tuesday, Lee said …"
           # (not "There is …", "First Lady Ann Lee, …")
           r"(?:There|Here|Elsewhere|Separately|Overall|First|Again|Next|Rather|Already|Thus|Therefore|"
           r"Nevertheless|Nonetheless|Furthermore|Further|Otherwise|Likewise|Afterwards?|Often|Monday|"
           r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=,))")
# The subject that opens a sentence, after an optional short adverbial ("On Friday, ").
# A time opener news writes without a comma ("Last night deputy mayor Oliver Brandt
# made …"), and the lower-case title before the name it leads to
TIME_WITHOUT_COMMA = (r"(?:(?:Last|This|Early|Late)\s+(?:night|week|month|year|morning|afternoon|evening|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Yesterday|Earlier\s+today|"
                       r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                       # ("A few minutes later they left the dock …", "Hours later the mayor …")
                       r"(?:A\s+few|Two|Three|Several|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+"
                       r"(?:(?:minutes|hours|days|weeks|months|years)\s+)?(?:later|earlier))\s+")
# A short phrase of place, manner or occasion opening a sentence without its comma: "In a
# statement the mayor said …", "At which point the host insisted …", "By then the senator
# told …" (a determiner and at most three words, so a subject cannot hide inside it)
FRONTED_PHRASE_WITHOUT_COMMA = (
    r"(?:(?:In|At|On|By|During|After|Before|Since|Until|Under|With|For|Through|Throughout)\s+"
    r"(?:a|an|the|this|that|which|these|those|his|her|its|their|one|another|each)\s+"
    r"(?:(?!(?:of|on|in|at|by|for|with|from|to|and|or)\s)[\w\-]+\s+){0,2}"
    r"(?!(?:of|on|in|at|by|for|with|from|to|and|or)\s)[\w\-]+"
    r"|In\s+(?:response|reply|return|court|person|public|private|particular|turn|addition|contrast|short)"
    r"|(?:By|Since|Until|Till)\s+(?:then|now)|Even\s+so|At\s+(?:first|last|times|one\s+point))\s+")
_LOWER_TITLES = sorted(
    {w for w in TITLE_WORDS if w.isalpha() and w.islower()}
    | {"presidential", "gubernatorial", "congressional", "senatorial", "mayoral", "parliamentary", "former",
       "acting", "interim", "incoming", "outgoing", "longtime", "veteran", "retired"}, key=len, reverse=True)
_LOWER_TITLE_WORD = r"(?:" + "|".join(_LOWER_TITLES) + r")"
_LOWER_CASE_TITLES = r"(?:" + _LOWER_TITLE_WORD + r"\s+){0,3}"
# Where an office sits, before its title: "the district party chairman Tom Reed"
_OFFICE_LEVELS = {"district", "county", "state", "city", "party", "local", "regional", "national"}
# … and a person's occupation between a body and a name opening a sentence: "Kellard
# meteorologist Tom Reed predicted …" is about Tom Reed, not Kellard
_LOWER_SUBJECT_WORD = r"(?:" + "|".join(_LOWER_TITLES + sorted(
    {w for w in DESCRIPTOR_NOUNS if w.isalpha() and w.islower() and (not w.endswith("s") or w.endswith("ss"))}
    | _OFFICE_LEVELS, key=len, reverse=True)) + r")"
# A conjunction news opens a sentence with, no comma after it ("And then Ortiz went on the attack")
# An occasion of speaking opening a sentence without its comma, before a pronoun: "Speaking
# on Morning Ireland he bypassed the question, saying …"
OCCASION_WITHOUT_COMMA = (r"(?:Speaking|Writing|Talking|Appearing|Testifying)\s+(?:[\w’'\-.]+\s+){1,8}?"
                          r"(?=(?:he|she|they)\s)")
OPENING_OCCASION = re.compile(r"^\s*" + OCCASION_WITHOUT_COMMA)
_CONJUNCTION_WITHOUT_COMMA = r"(?:(?:And|But|So|Yet)\s+(?:then\s+|later\s+|now\s+)?)"
# Nouns a name before them only modifies: "The Clinton campaign", "The Rove ad", "Trump
# aides", "Restaurant owners" are the campaign, the ad, the aides, the owners, not Clinton,
# Rove, Trump or a restaurant (none of them also a verb of the third person: not "reports",
# "states", "polls", "hosts", "judges")
NOUN_AFTER_A_NAME = re.compile(
    r"\s+(?:(?:care|health)\s+(?=\w+s\b))?(?:providers|professionals|"   # ("Health care providers have …")
    r"campaign|team|camp|administration|office|ad|ads|spokesman|spokeswoman|spokesperson|"
    r"aide|aides|adviser|advisers|advisor|advisors|official|officials|staff|staffers|allies|supporters|"
    r"lawyer|lawyers|attorney|attorneys|memo|letter|website|family|government|regime|side|party|"
    r"owners|workers|employees|residents|leaders|members|voters|activists|executives|lawmakers|students|"
    r"teachers|parents|investors|analysts|experts|researchers|scientists|protesters|fans|volunteers|"
    r"organizers|organisers|donors|critics|customers|farmers|officers|negotiators|diplomats)\b(?!\s+(?:of|for)\b)")
# A person described, then named in apposition: "One of the pilots, Dan Fisk, 64, had
# sailed …", "The other man, his brother Ben Ortiz, 38, cited …"
DESCRIBED_THEN_NAMED = re.compile(r"\s*(?:The|One\s+of\s+the|Another|A|An)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
                                   # ("The mayor of Surabaya, Tri Rismaharini, …": where the role is held)
                                   r"(?:\s+(?:of|in|at|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?,\s+"
                                   r"(?:(?:his|her|their|its)\s+[a-z]+\s+)?((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]*),")
# Openers that follow a first one after its comma, in lower case
_LOWER_OPENER = r"(?:however|when|while|though|although|after|before|once|since|if|meanwhile|still|then|too)\b"
SENTENCE_SUBJECT = re.compile(
    r"\s*(?:" + _OPENER + r"(?:\s+[\w’'\-.]+){0,14},\s+){0,2}"
    # ("After the deal closed, however, when there was no way out, Page called …": a
    # second or third opener in lower case after the first)
    r"(?:(?<=,\s)" + _LOWER_OPENER + r"(?:\s+[\w’'\-.]+){0,14},\s+){0,2}(?:" + _CONJUNCTION_WITHOUT_COMMA + r")?(?:"
    + TIME_WITHOUT_COMMA + r")?(?:" + OCCASION_WITHOUT_COMMA + r")?"
    # ("But the Kellard Harbor Board … overruled and said": the body's name after the conjunction's "the")
    r"(?:(?:(?<=And\s)|(?<=But\s)|(?<=Yet\s)|(?<=So\s))the\s+(?=[A-Z]))?(?:"
    + _LOWER_CASE_TITLES + r"(?=[A-Z]))?((?:(?:[A-Z][\w’'\-.]*|" + _LOWER_SUBJECT_WORD + r"(?=\s+(?:[a-z]+\s+){0,2}(?!I\s)[A-Z])"
    r")\s+){0,6}[A-Z][\w’'\-]*|[Hh]e|[Ss]he|[Tt]hey|"
    r"(?:The|An?|(?:(?<=,\s)|(?<=later\s)|(?<=And\s)|(?<=But\s)|(?<=Yet\s)|(?<=So\s))(?:the|an?))\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would)\b)"
    # ("Over the last ten days, inspectors fined …": a bare plural after an opener)
    r"|(?<=,\s)[a-z][\w\-]*[a-rt-z]s(?=\s+(?:[a-z]+ed|has|had|have|were|are|will|would)\b))"
    # the verb follows, or an apposition does ("Senator James Lankford, an Oklahoma Republican who …",
    # "Sarah Silverman, herself a Sanders supporter, …",
    # "Rana Aziz, 25, was …", "Mitch McConnell, R-Ky., delivered …")
    r"(?=\s+[a-z]|,\s+(?:(?:himself|herself|itself|themselves)\s+)?(?:an?|the|who|whose|(?:[A-Z][\w\-]*\s+){0,2}\w+[’']s|"
    r"[a-z]+\s+(?:of|for|at))\s|,\s+\d{1,3},"
    r"|,\s+[RDI]-[A-Z]"   # ("Vance, Kellard’s sitting mayor, repeated …")
    # ("Buser, however, is counting on …": the writer's adverb set off after the subject)
    r"|,\s+(?:however|though|meanwhile|instead|too|for\s+(?:his|her|their|its)\s+part),\s+[a-z]"
    # ("Tommy — who only goes by his first name online — retired …": an aside set off by dashes)
    r"|\s*[—–]\s*(?:who|whose|an?|the)\s"
    r"|\s+\([RDI](?:-[A-Z][\w.\s]{0,14})?\)(?:\s+[a-z]|,\s))")   # ("Sen. Ann Lee (R-Ka.) refused …", "Gov. Dan Fisk (R) blasted …")
_IRREGULAR_PAST = frozenset("""sent said told made took gave put wrote got went came ran held left read
began brought felt kept met paid saw shook stood thought won hit set struck spoke fought found
""".split())
# A subject noun phrase and the verb after it: "an aide to the mayor could only
# quip", "his office sent out a short notice", "Reed’s office shrugged off …"
_NP_THEN_VERB = re.compile(
    r"((?!(?:That|This|These|Those|It|There|What|Here|Such)\b)"
    r"(?:the|a|an|his|her|their|its|our|one|another|[A-Z][\w’'.\-]*)\s+(?:[\w’'.\-]+\s+){0,6}?)"
    r"(?:could|would|will|can|may|might|should|must|has|have|had|is|are|was|were|did|does|also|then|"
    r"only|just|later|once|[a-z]{2,}ed|[a-z]{2,}s(?!\s+(?:of|for|in|at|from|with|who|and|or)\b)|"
    r"say|speak|argue|insist|warn|claim|contend|agree|point|"   # a plural's present ("allies … speak")
    + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")
_CLAUSE_OPENING = re.compile(r"(?:^|,\s+|\bthat\s+)")
# A perception of someone's words: "heard an officer yell", "saw his father shout"
_HEARD_SOMEONE_SAY = re.compile(r"\b(?:heard|hear|hears|saw|see|sees|watched|listened\s+to)\s+((?:the|a|an|his|her|their|its|one|"
                                r"another|[A-Z][\w’'.\-]*)\s+(?:[\w’'.\-]+\s+){0,4}?)(?:yell|shout|scream|say|cry|call\s+out|"
                                r"announce|ask|tell|whisper|chant|sing|mutter)\b[^,;:]*[,:]?\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:asked|told|quoted|shown|heard|seen)\b")


def heard_speaker(clause: str) -> Optional[str]:
    """Whom the clause before a quotation says was heard or seen speaking ("Rodriguez
    heard an officer yell:" -> "an officer"), else None."""
    heard = _HEARD_SOMEONE_SAY.search(clause)
    return heard.group(1).strip() if heard else None


def clause_subject(clause: str) -> Optional[str]:
    """The subject of the clause that introduces a quotation ("The timetable was so muddled
    that an aide to the mayor could only quip:", "Late on Tuesday, his office
    sent riders a notice saying:"): the last clause opening, at the start, after a
    comma or after "that", where a noun phrase and its verb stand."""
    if _PASSIVE.search(clause):
        return None  # "Trump was asked, “…”": the speaker is not the subject
    heard = heard_speaker(clause)
    if heard:
        return heard
    for opening in reversed(list(_CLAUSE_OPENING.finditer(clause))):
        m = _NP_THEN_VERB.match(clause, opening.end())
        if m and m.group(1).strip():
            np, rest = m.group(1), clause[m.end(1):]
            plural = _PLURAL_THEN_VERB.match(rest)
            if plural:
                np += plural.group(1)   # "the two countries are …": the -s word was the noun
            return np.strip()
    return None


_PLURAL_THEN_VERB = re.compile(r"([a-z]{2,}s\s+)(?=(?:are|were|have|had|will|would|could|can|should|"
                               r"must|may|might|also|then|[a-z]{2,}ed)\b)")
# (a surname's particle inside: "Erik van Sebille")
_NAME_AT_END = re.compile(r"((?:[A-Z][\w’'\-.]*\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|dos|das|des)\s+(?=[A-Z]))?){0,3}"
                          r"[A-Z][\w’'\-]*)\s*$")


def last_name_run(text: str) -> Optional[str]:
    """The capitalised words that end the text: "… said Senator Bernie Sanders"."""
    m = _NAME_AT_END.search(text)
    return m.group(1) if m else None


def include_closing_mark(text: str, s: int, e: int) -> int:
    """Content holding an opened quotation takes its closing mark too (with the comma
    or period the quotation closes on: "several “talks about how she might look,”")."""
    part = text[s:e]
    if part.count("“") <= part.count("”") and part.count('"') % 2 == 0:
        return e
    closing = _CLOSING_MARK_AT.match(text, e)
    return closing.end() if closing else e


_CLOSING_MARK_AT = re.compile(r"[,.!?]?[”\"]")

# A verb that makes a clause of the words around it ("Shares fell", "enrollment decreased")
# An auxiliary, a past tense or a negated verb: the words hold a clause of their own
AUXILIARY_OR_PAST = re.compile(r"\b(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|do|does|"
                               r"did|[a-z]{2,}ed|" + IRREGULAR_PAST_ALTERNATION + r")\b|n[’']t\b")
FINITE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|fell|rose|grew|won|lost|said|went|came|made|took|held|began|became|"
                         r"spoke|told|wrote|met|gave|sent|left|ran|brought|thought|found|kept|stood|sat|saw|knew|"
                         r"got|heard|felt|led|paid|sought|spent|struck|threw|chose|drew|bought|built|fought|"
                         r"is|are|was|were|has|have|had)\b")
# A verb in a headline, in any case: a present tense ("Threatens"), a past tense, an auxiliary
HEADLINE_VERB = re.compile(r"\b(?:[a-z]{2,}[^s\W]s|[a-z]{3,}ed|is|are|was|were|will|would|can|could|must|should|has|"
                           r"have|had)\b", re.I)

# A word inside quotation marks: "called it “predatory”" reports the quoted word
QUOTED_WORD = re.compile(r"[“\"‘]\s*\w|''\w")


# Where and how someone spoke, after a speaker phrase that ends in a description ("said
# a spokesman for the city in a statement"): a preposition there may as well belong to
# the description ("a spokesman for the city", "an official at the embassy"), so only
# these adjuncts end it
_OCCASION_NOUNS = r"""(?:statement|interview|tweet|post|letter|email|e-mail|release|speech|remarks|address|
    conference|briefing|hearing|meeting|rally|event|call|video|podcast|op-ed|column|message|appearance|
    sermon|filing|session|debate|broadcast|town\ hall|chat|forum|visit|ceremony|stop|summit|
    episode|documentary|memo|note|report|blog|essay|book|ruling|decision|opinion|judgment|judgement|order)s?"""
# (not "court", "show", "program", "panel": "a clerk at the court", "a producer on the show"
# are who, not where)
_CIRCUMSTANCE = re.compile(r"""(?x)\s(?:
    (?:during|after|before|via|while|amid|following|through)\s
  | (?:in|on|at|over|with)\s+(?:a|an|the|his|her|their|its|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|
        Friday's|Saturday's|Sunday's)\s+(?:[\w’'\-]+\s+){0,3}?""" + _OCCASION_NOUNS + r"""\b
  | on\s+(?:Twitter|Facebook|Instagram|X|TikTok|YouTube|Threads|LinkedIn|Truth\ Social|social\ media|television|
        TV|radio|air|camera|CNN|MSNBC|CNBC|NBC|ABC|CBS|NPR|PBS|BBC|Fox(?:\ News)?)\b
  | (?:on|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|
        July|August|September|October|November|December)\b
  | (?:to\s+(?:reporters|journalists|the\ press)|by\s+(?:phone|telephone|email|e-mail|text))\b
  | (?:in|with)\s+(?:an?\s+)?(?:email|e-mail|interview|remarks|reply|response)\b
)""")
# A preposition after a person's name ends the speaker (but "of": "Ana Lima of the union"),
# not one inside an organisation's or an office's name ("the Centre for Harbor and
# Port Policy", "Secretary of State for the Home Department Jane Cole")
_PLAIN_WORDS_AFTER = re.compile(r"\s*[a-z]")
# ... or before a named medium, school or employer ("Larry Olson on Hot Air", "Dana Whitfield
# in The Atlantic", "Nadia Fox from Greenpeace"): where the words appeared, or whom she is with
_NAMED_PLACE_AFTER = re.compile(r"(?<=\s)(?:on|in|at|to|from)\s+[A-Z]")
_ENDS_IN_A_NAME = re.compile(r"(?:^|(?<!\bof)(?<!\bfor)(?<!\bthe)(?<!\band)\s)(?:[A-Z][\w’'.\-]*\s+)*?"
                             r"(?P<last>[A-Z][\w’'.\-]*)\)?$")


def _names_a_person(phrase: str, end: int) -> bool:
    """Whether ``phrase`` up to ``end`` ends in a capitalised run that may be a person's
    name: not one continuing a name after "of", "for", "the" or "and", nor one ending in
    an organisation's or a title's word ("Institute", "Council", "Minister")."""
    m = _ENDS_IN_A_NAME.search(phrase, 0, end)
    if m is None:
        return False
    last = m.group("last").lower().rstrip(".")
    return last not in ORG_WORDS and last not in TITLE_WORDS


def _a_persons_name(words: str) -> bool:
    """Whether ``words`` read as a person's name ("Larry Olson"; not "the 2022 Report")."""
    who = parse_mention(words, lenient=True)
    return bool(who and who.kind == "person" and who.name and not who.pronoun)


def _names_a_place(words: str) -> bool:
    """Whether ``words`` are a known place's name and nothing more ("Brussels", "South Africa")."""
    return words.strip().lower() in place_names()


def circumstance_start(phrase: str) -> Optional[int]:
    """Where a speaker phrase after an inverted cue gives way to when, where or how
    the words were said ("Sen. Ann Ruiz| in a statement", "Hawley| during a chat with
    reporters", "a spokesman for the city| on Twitter"), or None."""
    spot = _CIRCUMSTANCE.search(phrase)
    best = spot.start() if spot else None
    for m in ADJUNCT_START.finditer(phrase):
        if m.start() and phrase[m.start()].isspace() and m.group(0).strip().lower() != "of" \
                and _names_a_person(phrase, m.start()) \
                and (_PLAIN_WORDS_AFTER.match(phrase, m.end()) or _names_a_place(phrase[m.end():])
                     or (_NAMED_PLACE_AFTER.match(phrase, m.start() + 1) and _a_persons_name(phrase[:m.start()]))) \
                and (best is None or m.start() < best):
            # after a name, before plain words or a place: "Josh Hawley with the ACLU", "Cruz
            # to reporters", "Ana Lima in Brussels" (not "the Survey of Pay in Public
            # Schools", "Sophie in ’t Veld")
            return m.start()
    return best


# "Reed issued a statement saying …", "Vance released a statement late Monday condemning …"
ISSUED_BEFORE = re.compile(r"\b(?:issued|released|put\s+out|sent(?:\s+out)?|posted|circulated|recorded|filmed|taped)\s+"
                           r"(?:a|an)\s+(?:[\w\-]+\s+)?"
                           r"(?:statement|release|message|tweet|post|video|email|e-mail|memo|newsletter|notice|advisory|"
                           r"bulletin|circular|announcement|directive|update)\s+"
                           r"(?:[\w\-]+\s+){0,3}$")
# "Councillors sent a letter Thursday to the Port Authority of Kellard warning …", "The
# mayor issued a statement on Monday calling for …": the participle is the letter's or the
# statement's, whoever it was sent to
# The period of an initial or a title inside a phrase ("Loretta E. Lynch", "Sen. Lee")
_ABBREVIATION_PERIOD = (r"(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs)|(?<=\bSen)|(?<=\bRep)|"
                        r"(?<=\bGov)|(?<=\bGen)|(?<=\bSt))\.")
SENT_A_LETTER_BEFORE = re.compile(r"\b(?:sent|wrote|delivered|addressed|issued|released|put\s+out|sent\s+out|posted|"
                                  r"blasted\s+out|fired\s+off|shot\s+off)"
                                  r"\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:letter|memo|petition|complaint|note|statement|"
                                  r"release|message|notice|advisory|bulletin|circular|announcement|directive|email|e-mail)\b(?:[^,.;:!?\x01“”\"]|" + _ABBREVIATION_PERIOD + r"){0,160}$"
                                  # (several sent, one each: "Both ferry unions issued statements condemning …")
                                  r"|\b(?:sent|wrote|delivered|issued|released|put\s+out|sent\s+out|posted)\s+"
                                  r"(?:[\w\-]+\s+)?(?:letters|memos|statements|releases|messages|notices|advisories)\s+"
                                  r"(?:[\w\-]+\s+){0,3}$"
                                  # (or a message sent straight to its readers: "emailed supporters saying")
                                  r"|\b(?:emailed|e-mailed|texted|messaged)\s+(?:[\w’'\-]+\s+){1,4}$")
# A relative clause issued it ("the ACLU of Oregon, which also released a statement
# questioning …"): the sentence's subject issued nothing
RELATIVE_ISSUER = re.compile(r"\b(?:which|who|that)\s+(?:[\w’']+\s+){0,3}$")
# Where and when it was said, then a clause with no "that": "said in a statement late
# Monday they pulled the listing", "said in an interview Friday the bridge would reopen",
# "said Thursday night they …" (`opening.reported_clause`)
_DAY = r"(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
ADJUNCTS_THEN_CLAUSE = re.compile(
    r"(\s+(?:in|on|during)\s+(?:a|an|his|her|their|its|the|both|several|two|three)\s+(?:[\w\-]+\s+){0,2}?(?:statements?|"
    r"interviews?|e-?mails?|release|letters?|posts?|tweets?|videos?|speech|speeches|call|briefing|appearance|conference|"
    r"listings?|filings?|memos?|op-eds?|columns?|books?|messages?|testimony|deposition|complaint|lawsuit|ads?|remarks)"
    r"(?:\s+(?:on\s+)?" + _DAY + r"(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"|\s+(?:on\s+)?" + _DAY + r"\s+(?:night|morning|afternoon|evening)"
    # "has said for weeks he's …", "has argued for years that …"
    r"|\s+for\s+(?:days|weeks|months|years|decades|a\s+(?:while|long\s+time|year|decade)))"
    r"(?=\s+(?:he|she|they|it|we|I|there|(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+){1,5}?"
    r"(?:is|are|was|were|will|would|has|had|could|can))\b)", re.I)


_AND_AT_END = re.compile(r"\band$")
_AUXILIARY = re.compile(r"\b(?:will|would|can|could|should|may|might|must|does|do|did|[a-z]+n[’']t)\b")


# "…, but on Saturday he announced": a time between the conjunction and the new subject
_TIME_AFTER_CONJUNCTION = re.compile(r"(?:(?<=\bbut)|(?<=\byet)|(?<=;))\s+(?i:" + TIME_WITHOUT_COMMA + r")$")


def without_time_after_conjunction(boundary: str) -> str:
    """The words before a subject without a time that follows "but", "yet" or a
    semicolon ("…, but late Saturday" → "…, but"): the clause boundary stays in sight."""
    m = _TIME_AFTER_CONJUNCTION.search(boundary + " ")
    return boundary[:m.start()] if m else boundary


def opens_pronoun_clause(boundary: str, subject: str) -> bool:
    """Whether a pronoun subject (``subject`` as read, with its conjunction) opens a clause
    of its own after ``boundary``: after a semicolon or "but", after a quotation and
    "and" ("told supporters that “…,” and he vowed …"), or opening a sentence after a colon."""
    return boundary.endswith((";", ", but")) or subject.startswith("but ") \
        or (subject.startswith("and ") and boundary.endswith(MASK)) \
        or (boundary.endswith(":") and subject in ("He", "She", "They"))   # ("… as an example: He says …")


def second_report_after_and(boundary: str, cue_kind: str, content_from: int) -> bool:
    """"21 percent said they were unsure and 14 percent said …", "said “no” and Fisk said
    …": after "and", a speech cue with its own subject is a second report once the first
    report has a verb or a quotation (not "said his surveys and ferry counts show",
    "said she and some neighbors worried": a subject of two parts inside the report)."""
    return cue_kind == "speech" and _AND_AT_END.search(boundary) is not None and (
        MASK in boundary[content_from:] or FINITE_VERB.search(boundary, content_from) is not None
        or _AUXILIARY.search(boundary, content_from) is not None)


# "… were effective, to which O'Malley interjected: …": a relative clause of its own
# speaker ends the report before it; so does an absolute phrase ("…, with Xi slamming …")
TO_WHICH_BEFORE = re.compile(r",\s*(?:(?:to|at|after|upon)(?:\s+which)?|with)$")


def cue_after_a_comma(masked: str, later_cues) -> bool:
    """Whether a later cue of the unit follows a comma: the sentence goes on past an aside."""
    return any(masked[:later.start].rstrip().endswith(",") for later in later_cues)


# "didn't say anything to that", "said nothing about the plan": how much was said, not
# what (but "said something is wrong": a clause whose subject is the pronoun)
# (or "say more about you than …", "says a lot about the court": what it shows of someone)
HOW_MUCH_ONLY = re.compile(r"\s+(?:(?:anything|nothing|something|much|little|a\s+word)\b"
                           r"(?!\s+(?:of|is|was|were|are|would|will|could|had|has|have|must|should|can|may|"
                           r"might|did|does|do|else\s+(?:is|was))\b)"
                           r"|(?:more|less|a\s+lot|volumes|plenty|so\s+much)\s+about\b"
                           # "said the same thing", "said all the right things": words said before or
                           # wanted, none reported (but "said the same thing could happen here": a clause)
                           r"|(?:(?:much|exactly|essentially)\s+)?the\s+same(?:\s+things?)?"
                           r"(?=\s*(?:[.,;:!?]|$|(?:about|of|to|as|in|on|at|when|after|before)\b))"
                           r"|(?:all\s+)?the\s+(?:right|wrong)\s+things?(?=\s*(?:[.,;:!?]|$|(?:about|to|in|on|at)\b)))")


# "“…,” Lee said as a protester shouted: “…”": a subordinate clause inside another
# speaker's report whose cue introduces the next quotation
_SUBORDINATOR_END = re.compile(r"\b(?:as|while|when|after|before|until)$")
_INTRODUCES_A_QUOTATION = re.compile(r"\s*[:,]\s*" + re.escape(MASK))
# (or "that" and one: "Fisk tweeted after Vance argued for the ferry budget that “…”")
_THAT_THEN_A_QUOTATION = re.compile(r"(?:\s+[^,;:.!?\x01“\"]{1,60}?)?\s+that\s+[“\"" + MASK + "]")


def second_voice_introduced(boundary: str, masked: str, cue_end: int, named: bool = False) -> bool:
    """Whether a cue after a subordinator (``boundary``, the text before its subject)
    introduces a quotation of its own: a second voice, even when its speaker is only
    described, not a verb inside the first report (``cue_end`` is relative to ``masked``);
    with "that" before the quotation only when the second speaker is ``named`` (a pronoun
    there may stand for anyone: "some riders nod when he insists that “…”")."""
    return bool(_SUBORDINATOR_END.search(boundary)) and (
        _INTRODUCES_A_QUOTATION.match(masked, cue_end) is not None
        or (named and _THAT_THEN_A_QUOTATION.match(masked, cue_end) is not None))


# Verbs of replying: who replies to a quotation did not say it, and what they reply
# may follow as a participle ("She responded saying …")
REPLYING = frozenset({"responded", "responds", "replied", "replies", "fired back", "shot back", "hit back",
                      "pushed back", "answered", "answers", "reacted", "reacts", "countered", "counters",
                      "retorted", "chimed in"})


# Most words of a title or a headline are capitalised ("Rising Tide: How Kellard Rebuilt
# Its Harbor", "Mayor Says Ferry Will Run"); a sentence's are not
TITLE_CASE_SHARE = 0.6
# An infinitive reported ("vowed to bring order to procurement") is a verb phrase: a clause
# with its own subject after ", but" is the writer's ("…, but transparency may be difficult
# to achieve"), where after a reported clause it may go on with the speaker's words
_INFINITIVE_REPORT = re.compile(r"to\s+[a-z]")
_BUT_ANOTHER_SUBJECT = re.compile(r",\s+(?:but|yet)\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|some|"
                                  r"many|most|he|she|they|it|we|I|[A-Z][\w’'\-]*)\s+(?!to\b)|[a-z]+\s+(?:may|might|will|"
                                  r"would|can|could|is|are|was|were|has|have|had|should|must|remains|seems)\b)")


def infinitive_report_end(text: str, start: int, end: int) -> int:
    """Where an infinitive reported from ``start`` ends before ``end``: at ", but" and a
    subject of the writer's; ``end`` when the report is no infinitive or goes on."""
    if not _INFINITIVE_REPORT.match(text, start):
        return end
    other = _BUT_ANOTHER_SUBJECT.search(text, start, end)
    return other.start() if other else end
