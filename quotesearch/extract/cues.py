"""Attribution cues: the verbs and phrases that introduce reported speech.

A cue is what links a speaker to what they said: "said", "told", "pointed out",
"according to". Cues fall into kinds that shape how the content is found:

* ``SPEECH``: the content is a clause ("Zhang said (that) …", "…, Zhang said").
* ``OBJECT``: a speech act whose content is its object and complement
  ("called on the council to stop …", "accused China of …",
  "dismissed these claims as baseless", "calling the trip a milestone").
* ``ACCORDING``: "according to X": the speaker follows the cue.

Verb forms that are also common nouns ("claims", "notes", "state", "reports")
are left out in those forms: only their unambiguous forms are cues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .lexicon import (DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, GROUP_NOUNS, ORG_WORDS,
                      TIME_AND_MANNER_WORDS, TITLE_WORDS, in_any)
from .noun_phrases import DOCUMENT_NOUNS
from .cue_gates import ONLY_BEFORE, demonstrative_object, negated, used_as_adjective
from .cue_objects import (
    _ABOUT, PROPOSITION_FORMS, PROPOSITION_SPEECH, WH_CONTENT, cites_a_finding, reported_object,
)
from .scanning import alternation_trie, matches_via

CueKind = Literal["speech", "object", "according", "evidence", "passive"]

# Every form listed is a cue; forms that double as nouns are omitted on purpose.
SPEECH_FORMS = """
say says said saying
tell tells told telling
add adds added adding
note noted noting
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
point.out points.out pointed.out pointing.out
remark remarked remarking
suggest suggests suggested suggesting
argue argues argued arguing
claimed claiming
explain explains explained explaining
insist insists insisted insisting
stated stating
announce announces announced announcing
declare declares declared declaring
assert asserts asserted asserting
warn warns warned warning
write writes wrote writing
tweet tweets tweeted tweeting
posted
reported
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
deny denies denied denying
predict predicts predicted predicting
estimate estimates estimated estimating
reply replies replied replying
respond responds responded responding
recall recalls recalled recalling
commented commenting
observed observing observes
maintain maintains maintained maintaining
contend contends contended contending
complain complains complained complaining
confirm confirms confirmed confirming
concede concedes conceded conceding
conclude concludes concluded concluding
indicated indicating
mentioned mentioning
shared shares sharing
reveal reveals revealed revealing
promised promising
pledged pledging
vow vows vowed vowing
propose proposes proposed proposing
recommended recommending
reiterate reiterates reiterated reiterating
underline underlines underlined underlining
underscore underscores underscored underscoring
highlights highlighted highlighting
asked asking
answered answering
testified testifying
believe believes believed
think thinks thought
hope hopes hoped
fear fears feared
worry worries worried
expect expects
agree agrees agreed agreeing
quipped joked boasted bragged lamented conceded cautioned countered sang sings
speculate speculates speculated speculating
questioned questions questioning
alleged alleging allege alleges
claim charge
recounted recounting
disclosed
shouted yelled whispered chanted chanting
continue continues continued
echoed echoing
notes explains asks recalls writes tells reports claims states state comments
make.clear makes.clear made.clear making.clear
shot.back fired.back firing.back shooting.back went.on chimed.in pushed.back put.it puts.it wrote.back writes.back writing.back
demanded demands demanding interjected interjecting retorted wondered mused offered pressed charged
assure assures assured assuring reassure reassures reassured reassuring
inform informs informed informing notify notifies notified notifying
""".split()

# A speech act the subject was quick, careful or forced to make: "was quick to add that …",
# "were keen to stress that …", "was prompted to say, “…”" (with the verb "be": "a
# harbor pilot, quick to point out reefs" is a habit described, no report)
_DISPOSED_TO = {"quick": "add note say point.out stress", "careful": "add note say stress",
                "keen": "add stress say point.out emphasise emphasize",
                "forced": "admit concede acknowledge", "prompted": "say", "moved": "say"}
SPEECH_FORMS += [f"{be}.{how}.to.{verb}" for be in ("was", "is", "were", "are", "been")
                 for how, verbs in _DISPOSED_TO.items() for verb in verbs.split()]

OBJECT_FORMS = """
call.on calls.on called.on calling.on call.out calls.out called.out calling.out
urge urges urged urging
accuses accused accusing
praises praised praising
criticizes criticized criticizing criticises criticised criticising
dismisses dismissed dismissing
calling called.it calls.it called.them calls.them called called.for calls.for calling.for call.for calls
describes described describing
labels labeled labelled labeling labelling dubs dubbed dubbing
blames blamed blaming
condemns condemned condemning
welcomes welcomed welcoming
thanks thanked thanking
slams slammed slamming
attacked attacking
defends defended defending
rejected rejecting
lauds lauded lauding commends commended commending hails hailed hailing touts touted touting
greets greeted greeting
denounces denounced denouncing decries decried decrying derides derided deriding
lambasts lambasted lambasting castigates castigated castigating excoriates excoriated excoriating
chides chided chiding rebukes rebuked rebuking scolds scolded scolding berates berated berating
assails assailed assailing faults faulted faulting chastises chastised chastising flayed flaying
ridicules ridiculed ridiculing mocks mocked mocking
branded branding referred.to refers.to referring.to
likens likened likening compares compared comparing
warn.against warns.against warned.against warning.against warn.of warns.of warned.of
""".split()

# ("as confirmed by X", "as noted by X" name a source the way "according to X" does)
ACCORDING_FORMS = ["according.to", "as.confirmed.by", "as.noted.by", "as.stated.by"]

# Findings of polls, studies and records ("polls show", "a study found"), and what a
# hearing was told ("the inquest heard"): the same reporting mechanism, taken only when
# the subject is such a document or body.
EVIDENCE_FORMS = """
show shows showed showing shown found finds heard read reads
""".split()

# "told" and "tell" take a recipient before the content: "told the Global Times that".
RECIPIENT_CUES = frozenset({"tell", "tells", "told", "telling", "remind", "reminds", "reminded",
                            "reminding"})
# Cues whose audience may stand between them and "that": "warned residents that …",
# "assured voters that …", "advised supporters that …" (the audience is not reported).
AUDIENCE_BEFORE_THAT = RECIPIENT_CUES | frozenset("""
warn warns warned warning advise advises advised advising assure assures assured assuring
reassure reassures reassured reassuring inform informs informed informing notify notifies
notified notifying caution cautions cautioned cautioning
""".split())
# Verbs that may come before their subject: "…, said Zhang." / "“Q,” added the envoy."
INVERTIBLE = frozenset("""
say says said add adds added ask asks asked write writes wrote continue continues continued
note notes noted explain explains explained recall recalls recalled reply replies replied
answer answers answered declare declares declared warn warns warned insist insists insisted
argue argues argued stress stresses stressed suggest suggests suggested tweet tweets tweeted
remark remarks remarked observe observes observed according read reads
""".split())

# Verbs that report speech or thought only with a clause ("maintained that …",
# "hopes that …"): "maintained a strong rapport" and "hopes for peace" are not reports.
THAT_ONLY = frozenset("""
speculate speculates speculated speculating
maintain maintains maintained maintaining believe believes believed think thinks thought
hope hopes hoped fear fears feared worry worries worried expect expects agree agrees
agreed agreeing recall recalls recalled recalling reveal reveals revealed revealing
confirm confirms confirmed confirming indicated indicating predict predicts predicted
predicting estimate estimates estimated estimating promised promising pledged pledging vow vows vowed vowing
underline underlines underlined underlining underscore underscores underscored
underscoring highlighted highlighting acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting mentioned mentioning answered answering asked asking
respond responds responded responding reply replies replied replying
pressed offered continue continues continued
assure assures assured assuring reassure reassures reassured reassuring
inform informs informed informing notify notifies notified notifying
""".split())
# ("pressed the candidates on housing", "offered no endorsement", "as heavy rain continues,
# flooding spreads": no report without a clause or a quotation)
# How loud, not what: a shout or a whisper reports only a clause or a quotation, never a
# thing voiced ("shouted out absurd questions", "whispered words and dates") nor what was
# done next ("yelled and waved a flag at the ferry")
VOICE_ONLY = frozenset({"shouted", "yelled", "whispered", "chanted", "chanting", "sang", "sings"})

# Verbs whose third-person and past forms are mostly non-speech unless followed by a
# clause: "expect" in "is expected to" is not a cue.
_PASSIVE_BLOCKED = frozenset({"expected", "believed", "thought", "feared", "worried", "hoped",
                              "reported", "said", "called", "asked", "accused", "described",
                              "labeled", "labelled", "dubbed",
                              "declared", "announced", "told", "quoted", "criticized", "criticised", "praised",
                              "urged", "blamed", "condemned", "dismissed", "rejected", "lauded",
                              "commended", "hailed", "denounced", "decried", "derided", "lambasted",
                              "castigated", "excoriated", "chided", "rebuked", "scolded", "berated",
                              "assailed", "faulted", "chastised", "flayed", "ridiculed", "mocked",
                              # "as Fisk is mocked in the press": he is attacked, says nothing
                              "attacked", "slammed", "defended", "thanked", "welcomed", "questioned",
                              # "once the ledger was revealed to be a forgery": what was found out
                              "revealed", "disclosed", "confirmed", "shown", "found",
                              # "Coachella is now added to the list of cities that …", "was warned
                              # about", "is noted for": done to the subject, not said by it
                              "added", "noted", "cited", "warned",
                              # "Officials were informed that …": they heard it, whoever said it
                              "informed", "notified", "advised", "assured", "reminded",
                              # "protected against being denied overtime": refused, not a denial
                              "denied",
                              # "16 GB is recommended", "was recommended to us by our landlady"
                              "recommended", "suggested", "proposed", "requested", "demanded",
                              # "when the case was argued in December": argued by its lawyers
                              "argued", "debated", "discussed", "alleged", "claimed", "stated"})


@dataclass(frozen=True)
class CueMatch:
    start: int
    end: int
    text: str
    kind: CueKind

    @property
    def lemma_form(self) -> str:
        return self.text.lower().split()[0]


def _pattern(forms: list[str]) -> str:
    alternatives = sorted((f.replace(".", r"\s+") for f in forms), key=len, reverse=True)
    return "|".join(alternatives)


_CUE_RE = re.compile(
    r"(?<![\w’'-])(?:(?P<according>" + _pattern(ACCORDING_FORMS) + r")"
    r"|(?P<object>" + _pattern(OBJECT_FORMS) + r")"
    r"|(?P<proposition>" + _pattern(PROPOSITION_FORMS) + r")"
    r"|(?P<evidence>" + _pattern(EVIDENCE_FORMS) + r")"
    r"|(?P<speech>" + _pattern(SPEECH_FORMS) + r"))(?![\w’'-])",
    re.IGNORECASE,
)
# Where a cue may start: a word that begins some cue form (a trie of first words, so
# the full pattern is tried at a few candidates, not at every character).
_CANDIDATE = r"(?<![\w’'-])(?:" + alternation_trie({form.split(".")[0].lower() for form in (
    ACCORDING_FORMS + OBJECT_FORMS + PROPOSITION_FORMS + EVIDENCE_FORMS + SPEECH_FORMS)}) + r")(?!\w)"
_CANDIDATE_RE = re.compile(_CANDIDATE, re.IGNORECASE)
_CANDIDATE_LOWER_RE = re.compile(_CANDIDATE)   # for the lower-cased text


# (also "what’s today called", "it's often called": "’s" is "is" after these words, but
# "he’s called it a disgrace" is "has")
# ("long" in lower case only: "“…,” Long said." is Brock Long; and not after "has":
# "Ryan has long said that …" is his report)
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:(?:is|are|was|were)(?:n[’']t|\s+not)?|be|been|being|as|widely|(?<!has\s)(?<!have\s)(?<!had\s)(?-i:long)|so-|(?:what|that|which|it|this)[’']s)"
                             r"(?:\s+(?:now|today|often|also|sometimes|still|officially|commonly|usually|just|already|first|never|ever|once|[a-z]+ly)){0,2}\s+"
                             # "the berths most often described as …": a reduced relative's passive
                             r"|\b(?:most|more|best|least|less)\s+(?:often|commonly|frequently|widely)\s+"
                             # "were mocked and criticized": the second of two passives
                             r"|\b(?:is|are|was|were|been)\s+[a-z]{3,}ed,?\s+(?:and|or)\s+)$",
                             re.I)


# "the technique called “mental chronometry”", "a trend called the “Internet of Things”",
# "a package manager called conda,": a common noun right before "called" and the name
# right after it, in marks or one lower-case word (not "him", "them": someone called so)
_QUOTATION_RIGHT_AFTER = re.compile(r"\s*(?:(?:the|a|an)\s+)?[\x01“\"‘]"
                                    r"|\s+(?!(?:him|her|them|it|us|me|you|one)\b)[a-z][\w\-]*(?=\s*[,.;)])")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z\-]*)\s+$")
_SUBJECT_OR_ADVERB_WORDS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "what",
                                      "also", "once", "then", "later", "since", "even", "just", "has", "have", "had",
                                      "was", "were", "is", "are", "and", "but", "or", "ever", "never", "first"})
# A reduced relative: a determined noun with no comma before it, the participle, an
# adjunct, then the noun's own verb or the sentence's end
_DETERMINED_NOUN_BEFORE = re.compile(r"(?<![,;:”\"’\x01—–-])(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Ee]ach|[Ee]very)\s+(?:[\w\-]+\s+){0,3}"
                                     r"(?!(?:he|she|they|it|who|also|then|later|has|have|had|and|or|but|not|to)\b)([a-z][\w\-]*)\s+$")
_ADJUNCT_THEN_VERB_AFTER = re.compile(r"\s+(?:here|above|below|earlier|(?:in|on|at|during|by|under|for|to|into|from|with)\s+[^,.;:“”\"\x01]{1,40}?)"
                                      r"(?:\s*[.;]|\s+(?:is|are|was|were|would|will|can|could|has|have|had|may|might|"
                                      r"should)\b)")
_SENTENCE_CLOSES = re.compile(r"\s*[.;]")
_COMMA_AFTER = re.compile(r"\s*,")
# "As Mashable reports,": "as" opening a clause, then a name
_AS_SOURCE_BEFORE = re.compile(r"(?:^|[.;:,(—–]\s*|\n)[Aa]s\s+(?:the\s+)?(?:[A-Z][\w’'&.\-]*\s+){1,4}$")
# "“Closed for the season,” reads a sign on the door": the text the quotation closes is read
_QUOTATION_CLOSED_BEFORE = re.compile(r"[\x01”\"’],?\s*$")
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|this|that|one)\s")
_QUOTATION_IN_SENTENCE_BEFORE = re.compile(r"[\x01”\"’][^.!?\x01”\"]{0,60}$")
# ", the paper", ", the group's lawsuit": a determined noun phrase after the comma that ends a report
_DETERMINED_CLOSING_BEFORE = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+(?:[A-Za-z][\w’'\-]*\s+){1,4}$")
# Verbs whose active use names its object before "of"/"for" ("accused Trump of …"):
# with the preposition right after them they are passives
_OBJECT_BEFORE_PREPOSITION = frozenset({"accused", "criticized", "criticised", "praised", "blamed", "condemned",
                                        "slammed", "lauded", "hailed", "thanked", "faulted", "chastised",
                                        "rebuked", "scolded", "mocked", "ridiculed"})
_PREPOSITION_AFTER = re.compile(r"\s+(?:of|for|over)\b")
_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:he|she|they|we|I|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
                                     r"\s+(?:\w+ly\s+)?$")
# Cue words that are also nouns, and what marks the noun before them: a determiner, a
# quantity or an adjective of amount ("growing fear", "much hope"), or a noun that
# makes a compound ("conference call", "phone call")
_COLON_RIGHT_AFTER = re.compile(r"[^\S\n]*:")
# One capitalised word opening its line or sentence, right before the cue
_ONE_WORD_OPENING = re.compile(r"(?:^|\n|[.!?]\s+)[A-Z][a-z]+\s+$")
_QUOTING_VERBS = frozenset({"quote", "quotes", "quoted", "quoting"})
# "said them", "says those": the verb's object is words already reported, no report of its own
SAYING = frozenset({"say", "says", "said", "saying"})
_SAID_THE_WORDS = re.compile(r"\s+(?:them|those|these|him|her)\s*(?:[,.;:!?]|$)")
# "quoted the minister as saying": whom an outlet quotes, then the participle of what they said
QUOTED_AS_AFTER = re.compile(r"\s+(?:[^\s,.;:!?“”\"]+\s+){1,8}?as\s+(?:saying|stating|telling|writing|adding|"
                             r"arguing|claiming|warning|calling|describing|denying|confirming|insisting)\b")
_HELPS_BEFORE = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$", re.I)
_ALSO_NOUNS = frozenset({"reads", "fear", "fears", "hope", "hopes", "worry", "worries", "call", "calls", "concern", "talks",
                         "concerns", "claim", "claims", "warning", "warnings", "rebuke", "rebukes", "attack", "attacks",
                         "note", "tweet", "tweets", "charge", "showing"})
# an adjective before the word makes it a noun: "sophomoric rebukes to his critics" (lower case only: "Neal rebukes")
_ADJECTIVE_BEFORE = re.compile(r"\b[a-z]{3,}(?:ic|ical|ous|ive|ful|less|ish)\s+$")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:there[’']s|there\s+is|there\s+are|the|a|an|growing|widespread|mounting|rising|real|genuine|"
    r"little|much|some|no|any|deep|grave|serious|renewed|public|their|its|his|her|our|my|your|such|recent|"
    r"false|unfounded|baseless|unsubstantiated|unverified|bogus|dubious|wild|similar|repeated|fresh|further|"
    r"wider|louder|initial|earlier|previous|conflicting|competing|"
    # (how well someone did: "her poor showing", "a strong showing")
    r"poor|strong|weak|dismal|solid|disappointing|impressive|good|bad|best|worst|lacklustre|lackluster)|"
    r"\b(?:conference|phone|telephone|video|zoom|earnings|roll|wake-up|curtain|close|casting|cold|last)|"
    r"\d(?:\s*[ap]\.m\.)?|"
    # a possessive and a compound adjective: "his mid-morning tweet", "her late-night call"
    r"\b(?:his|her|their|its|our|my|your)\s+[a-z]+-[a-z\-]+)\s+$", re.I)
# What results are measured against: "production beat forecasts", "topped estimates",
# "below analysts' forecasts" (nouns, no one forecasting)
_MEASURED_AGAINST_NOUNS = frozenset({"forecasts", "forecast", "estimates", "projections", "predictions"})
_MEASURED_AGAINST_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds|exceeding|met|meets|"
    r"surpassed|surpasses|above|below|than|short\s+of|ahead\s+of|in\s+line\s+with)\s+"
    r"(?:(?:the|analysts[’']|economists[’']|market|consensus|official|earlier|previous)\s+)*$", re.I)
# (but "a point in warning that …": a gerund after its preposition still reports)
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|of|from|with|without|amid|despite)\s+$", re.I)
# Passive cues that report when "by" and an agent follow ("accused by the US of …")
_PASSIVE_WITH_AGENT = frozenset({"accused", "criticized", "criticised", "praised", "blamed", "condemned",
                                 "described", "told"})
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Za-z]")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (near enough for a cue's reach)."""
    start = max(0, position - 400)
    last = None
    for last in _SENTENCE_END_BEFORE.finditer(text, start, position):
        pass
    return last.end() if last else start
# ", the Lakeside Herald", ", Reuters": a capitalised source after the comma that ends a report
_OUTLET_CLOSING_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'.&\-]*\s+){1,5}$")
# A degree word before a participle makes it an adjective ("so charged that", "very concerned")
# (not "has increasingly decried", "deeply regretted": adverbs of the verb)
_DEGREE_BEFORE = re.compile(r"\b(?:so|too|very|highly|extremely|politically|emotionally|racially)\s+$", re.I)
# "each of the locations identified had …", "the risks outlined are …": a participle after
# its noun, whose own verb follows (not "the group said", where nothing finite comes next)
_NOUN_THEN_PARTICIPLE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]{3,}\s+$")
# things counted that are reported, confirmed or recorded, never reporters themselves
_COUNTED_THINGS_BEFORE = re.compile(r"\b(?:cases|deaths|infections|incidents|crimes|sales|losses|profits|earnings|injuries|"
                                    r"outbreaks|fatalities|casualties|shootings|arrests|hospitalizations|hospitalisations)\s+$")
_COUNTING_PARTICIPLES = frozenset({"reported", "confirmed", "recorded", "announced", "documented", "identified",
                                   "registered", "estimated", "disclosed", "revealed"})
# "a package manager called conda", "offers a tool named Pip": a naming participle after
# an indefinite noun phrase that is an object (not the subject: "And a spokesman called …")
_NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed"})
_INDEFINITE_OBJECT_BEFORE = re.compile(r"\b(?!(?:and|but|or|then|when|while|as|because|after|before|since|if|so|that)\s)"
                                       r"[a-z]{2,}\s+an?\s+(?:[\w&\-]+\s+){0,4}[a-z][\w\-]*\s+$")
# (across a short adjunct of the participle: "the timetable posted that day was …",
# "the cuts announced on Monday will …", "the risks identified by the panel are …")
_FINITE_AFTER_PARTICIPLE = re.compile(r"(?:\s+(?:that\s+(?:day|week|month|morning|afternoon|evening|night)|on\s+[A-Z][a-z]+day"
                                      r"|by\s+(?:the|a|an|its|his|her|their)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?))?"
                                      r"\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must)\b")
# Verb forms that are plural nouns too, and what counts them before: a number or quantifier,
# and at most one word between ("the 50 U.S. states", "both claims")
_COUNTABLE_CUES = frozenset({"states", "claims", "reports", "estimates", "notes", "comments"})
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                             r"thirty|forty|fifty|hundreds?|dozens?|several|many|both|all|these|those|other|few|most)"
                             r"\s+(?:(?![\w.’'\-]*s\s)[\w.’'\-]+\s+)?$", re.I)   # (not "two states claims")
_LABEL_COLON = re.compile(r"\s*:")
# The standard of a comparison before the cue: "not as bad as the sceptics thought it
# would be", "as high as analysts had expected": a measure, nothing reported
_COMPARISON_BEFORE = re.compile(r"\bas\s+(?:[\w\-]+\s+){1,2}?as\s+"
                                # (not "as many as four-fifths of the crews tell Kellard": a count of speakers)
                                r"(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                                r"hundreds|thousands|millions|half|a\s+(?:third|quarter|hundred|thousand|million)|"
                                r"[a-z]+-(?:thirds?|fourths?|quarters?|fifths?))\b)"
                                r"(?:(?:the|some|many|most|his|her|their)\s+)?"
                                r"(?:[\w’'\-]+\s+){0,2}?(?:[\w’'\-]+\s+)(?:had\s+|have\s+|once\s+)?$", re.I)
# A modal perfect before the cue: what would have been said, never said ("I would have
# said it was too new", "she might have told them")
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:would|could|might|should|must)(?:n[’']t)?\s+have\s+(?:[a-z]+ly\s+)?$|[’']d\s+have\s+$", re.I)
_COLON_QUOTE = re.compile(r"\s*:\s*[“\"‘\x01]")   # ("the article states: “…”", not "the swing states: Ohio, …")
_DETERMINED_SUBJECT = re.compile(r"\b(?:the|a|an|his|her|its|their|our)\s+(?:[\w’'\-]+\s+){0,5}$", re.I)
_MID_SENTENCE = re.compile(r"[\w,;]\s+$")
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w’'\-]*\s+$")
_PREDICATE_AFTER_NAME = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)\b")
# A name's last word, even opening the sentence, when a past verb follows it: "Super Value revealed"
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w’'\-]*\s+$")
_PAST_VERB_AFTER_NAME = re.compile(r"\s+(?:said|says|told|wrote|[a-z]{2,}ed)\b")
# A singular subject right before a verb that is also a plural noun ("he claims", "Trump
# claims"; not "the Trump claims", "his claims") and a subject with its verb after it
_SINGULAR_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:,]\s+|\b(?:[Aa]nd|[Bb]ut)\s+)(?:[Hh]e|[Ss]he|[Ii]t|(?:[A-Z][\w’'\-]+\s+){0,2}"
                                      r"[A-Z][\w’'\-]+)\s+(?:also\s+|now\s+|still\s+|even\s+)?$")
_SUBJECT_THEN_VERB_AFTER = re.compile(r"\s+(?:(?:he|she|they|it|we|I|there)(?:\s+[a-z]|[’'](?:s|re|ll|d|ve)\b)|(?:the|his|her|their|its|[A-Z][\w’'\-]*)"
                                      r"(?:\s+[\w’'\-]+){0,4}?\s+(?:is|are|was|were|will|would|has|have|had|can|could)\b"
                                      # ("Israel claims dozens of militants died")
                                      r"|(?:dozens|hundreds|thousands|scores|millions|\d[\d,]*)\s+of\s+(?:[\w’'\-]+\s+){0,3}?"
                                      r"(?:[a-z]{3,}ed|died|were|was|are|have|had|fell|rose|lost|won)\b)")
# What may follow a speech verb that also takes an object, for it to report a clause:
# "that", a quotation, a colon or comma, a subject and its verb ("stressed the talks were …")
_CLAUSE_AFTER = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(TIME_AND_MANNER_WORDS)) + r"|[a-z]+ly)\s*)*"
    r"(?:$|[,:;.“\"\x01‘]|that\b|(?:he|she|they|it|we|I|you|there)\b|"
    r"(?:(?!that\b|which\b|who\b)\w+\s+){1,6}?(?:is|are|was|were|will|would|can|could|should|must|has|have|had|may|might)\b|"
    r"(?:\w+\s+){1,3}?that\b|"   # "announced last Monday that …"
    # "noting the nominee “makes …”" (but "noting the “kind of problems” he had": a referent)
    r"(?:(?:the|his|her|their|its|our|this)(?:\s+[\w’'\-]+){1,4}?|[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4}?)\s+[“\"][a-z]|"
    r"(?:again|also|repeatedly|on|in|at|during|to)\b)")
# A cue right after its content ("…,” recalled Cunningham", "…, he noted"): the
# speaker follows or precedes it, and what comes after is no object of it.
# (not after a subordinator: "…, as he recalls his quarrel with the studio" recalls a
# referent inside the writer's sentence)
_CLOSING_BEFORE = re.compile(r"(?:^\s*|[,”\"’'\x01]\s*(?!(?:as|when|while|because|after|before|since|though|"
                             r"although|if|until|where|whereas)\s)(?:(?!to\s)[\w’'.\-]+\s+){0,4})$")
# (nor inside an infinitive: "…, and meditation to reduce stress and …")
_THAT_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?that\b")
_QUESTION_AFTER = re.compile(r"\s+(?:whether|if|how|why|what|who|whom|when|where|which)\b", re.I)



def may_speak(noun: str) -> bool:
    """Whether a noun can be a speaker: a person, a body, a group or a document by its word,
    or an agent noun ("reporter", "analyst")."""
    return in_any(noun, TITLE_WORDS, GENERIC_PERSON_NOUNS, DESCRIPTOR_NOUNS, GROUP_NOUNS, ORG_WORDS, DOCUMENT_NOUNS) \
        or noun.endswith(("er", "or", "ist", "ian", "s"))   # (a plural may be people: "the ideas", too)


def find_cues(text: str) -> list[CueMatch]:
    """All cue occurrences in ``text``, left to right.

    Passive uses ("is expected to", "was said to", "as reported by") are not
    attributions of speech by a subject and are skipped.
    """
    found = []
    object_until = -1
    for m in matches_via(_CANDIDATE_RE, _CUE_RE, text, _CANDIDATE_LOWER_RE):
        kind = m.lastgroup
        word = m.group(0).lower().split()[0]
        if word in _PASSIVE_BLOCKED and _PASSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                and not (word == "asked" and _QUESTION_AFTER.match(text, m.end())):
            if word in _PASSIVE_WITH_AGENT and _BY_AGENT.match(text, m.end()):
                # "has been accused by the US of …": the agent reports (`attribution.passives`)
                found.append(CueMatch(m.start(), m.start() + len(word), m.group(0)[:len(word)], "passive"))
            continue   # but "was asked whether …" reports the question
        if kind == "object" and word in _OBJECT_BEFORE_PREPOSITION and _PREPOSITION_AFTER.match(text, m.end()) \
                and not _OBJECT_RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "Mark Tully accused of timing retirement", "Mayor criticized for …": a headline's
            # passive (but "the council, whom he accused of stalling …": the object went first)
            continue
        if word in _MEASURED_AGAINST_NOUNS and _MEASURED_AGAINST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue   # "Norway's oil production beat forecasts": what it is measured against
        if word in SAYING and _SAID_THE_WORDS.match(text, m.end()):
            continue   # "an hour after Ann Lee said them, but …": the words said, already reported
        if _COUNTERFACTUAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                or _COMPARISON_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue   # "I would have said Wi-Fi 6 was too new", "as bad as critics thought": no one said it
        if m.group(0).lower() == "called" and _QUOTATION_RIGHT_AFTER.match(text, m.end()) \
                and (before := _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())) \
                and before.group(1) not in _SUBJECT_OR_ADVERB_WORDS and not before.group(1).endswith("ly"):
            continue   # "the technique called “mental chronometry”": a name given (but "what Gingrich
            # called “the loudest election”", "he later called “…”": someone's words)
        if m.group(0).lower().endswith("ed") and " " not in m.group(0) \
                and (noun := _DETERMINED_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start())) \
                and not may_speak(noun.group(1)) and _ADJUNCT_THEN_VERB_AFTER.match(text, m.end()):
            continue   # "the clipboard described in FFF-255.", "The option described here is …": a
            # participle after a noun that cannot speak, the noun's own verb after it (but "The
            # governor announced on Monday the port …": a speaker's verb; ", the ministry said on
            # Monday.": a comma before closes a report)
        if word.endswith("ing") and _COLON_RIGHT_AFTER.match(text, m.end()) \
                and _ONE_WORD_OPENING.search(text, max(0, m.start() - 30), m.start()):
            continue   # "Fair warning: …", "Spoiler warning: …": a label's noun, no one warning
        if word in _QUOTING_VERBS and QUOTED_AS_AFTER.match(text, m.end()):
            continue   # "Reuters quoted the minister as saying …": the participle reports, the minister its speaker
        if _HELPS_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue   # "which helps explain why …", "helped show that …": what accounts for it, no one's report
        if word in _ALSO_NOUNS and (_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                    or _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or (
                not word.endswith("ing") and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()))):
            continue   # "there's growing fear that …", "a conference call on Monday", "for fear of": nouns
        if negated(text, m.start()) or demonstrative_object(text, m.end()):
            continue   # "analysts don't think that …", "The mayor never said …": nothing claimed;
            # "had maintained that position at a meeting": a referent, no clause
        if used_as_adjective(word, text, m.start(), m.end()):
            continue   # "took on added significance": "added" as an adjective, not a report
        gate = ONLY_BEFORE.get(" ".join(m.group(0).lower().split()))
        if gate is not None and word == "reports" and _SENTENCE_CLOSES.match(text, m.end()) \
                and _OUTLET_CLOSING_BEFORE.search(text, max(0, m.start() - 80), m.start()) \
                and not (found and found[-1].start > _sentence_start(text, m.start())):
            # "…, the Lakeside Herald reports.": the source closing its report (but not
            # "Fans chanted, “…”, the Tribune reports": the fans' words, relayed)
            gate = None
        if gate is not None and word == "reports" and _COMMA_AFTER.match(text, m.end()) \
                and _AS_SOURCE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            gate = None   # "As Mashable reports, the company announced …": the outlet relaying what follows
        if gate is not None and word in ("states", "claims") and _SENTENCE_CLOSES.match(text, m.end()) \
                and _DETERMINED_CLOSING_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            gate = None   # "…, the paper states.", "…, the lawsuit claims.": a source closing its report
        if word == "called" and _SENTENCE_CLOSES.match(text, m.end()) \
                and not _QUOTATION_IN_SENTENCE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue   # "Then, on Monday, Dan Fisk called.": a telephone call (not "“Come here,” she called.")
        if gate is not None and word in ("read", "reads") and _DETERMINER_AFTER.match(text, m.end()) \
                and _QUOTATION_CLOSED_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            gate = None   # "“…,” reads a Sunday column in the Harbor Post": the inverted document
        if gate is not None and word == "claims" and _SINGULAR_SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and _SUBJECT_THEN_VERB_AFTER.match(text, m.end()):
            gate = None   # "She claims her crew is fine with that", "Reed claims Lee is wrong": a verb, its clause
        if word.endswith("ing") and _ADJECTIVE_SLOT_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
                and _NOUN_AFTER_ADJECTIVE.match(text, m.end()):
            continue   # "a vibrant, welcoming community", "a welcoming place": an adjective
        if word.endswith("ed") and _ABOVE_OR_BELOW.match(text, m.end()):
            continue   # "the productions described above", "the cases mentioned below": the writer pointing
        if word.endswith("ed") and _DEGREE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue   # "an attack that remains so politically charged that …": an adjective
        if word.endswith("ed") and (_FINITE_AFTER_PARTICIPLE.match(text, m.end()) and _NOUN_THEN_PARTICIPLE.search(
                text, max(0, m.start() - 40), m.start()) or word in _COUNTING_PARTICIPLES
                and _COUNTED_THINGS_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue   # "the locations identified had the potential", "new cases reported in a single day": the noun's participle
        if word in _NAMING_PARTICIPLES and _INDEFINITE_OBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue   # "a package manager called conda": a name given, no words reported
        if word in _COUNTABLE_CUES and _COUNTED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue   # "The 12 ports that Kellard ranks …", "all three reports": things counted
        if gate is not None and not gate.match(text, m.end()) and not (
                (word == "notes" and _LABEL_COLON.match(text, m.end())
                 or word in ("states", "claims") and _COLON_QUOTE.match(text, m.end()))
                and _DETERMINED_SUBJECT.search(text, max(0, m.start() - 60), m.start())):
            continue   # ("The foundation's website notes: …", "the article states: …" introduce; "Game notes:" labels)
        if (word in THAT_ONLY or word in VOICE_ONLY) and m.group(0)[:1].isupper() \
                and _MID_SENTENCE.search(text, max(0, m.start() - 8), m.start()):
            continue   # "his spokeswoman, Hope Hicks", "Kim Sang Hee": a name, not the verb
        if m.group(0)[:1].isupper() and (_NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                         and _PREDICATE_AFTER_NAME.match(text, m.end())
                                         or _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                         and _PAST_VERB_AFTER_NAME.match(text, m.end())):
            continue   # "TransPennine Express will endeavour …": the last word of a name, its verb after it
        if m.start() < object_until:
            continue   # "voiced hope for …": "hope" is the object of the cue before it
        if kind == "proposition" or (kind == "speech" and word in PROPOSITION_SPEECH):
            proposition = reported_object(word, text, m.end())
            if proposition:
                kind = "object"      # "underlined the importance of …": the object is the report
                object_until = proposition.end()
            elif kind == "proposition":
                if not (WH_CONTENT.match(text, m.end()) or (_THAT_AFTER.match(text, m.end()) and not _ABOUT.search(
                        m.group(0)) and cites_a_finding(word, text, m.end()))):
                    continue         # "outlined three key points": no report
                    # ("the issue Ortiz talks about most is that …": what he talks about)
                kind = "speech"
            elif not _CLAUSE_AFTER.match(text, m.end()) and (
                    word.endswith("ing") or not _CLOSING_BEFORE.search(text, max(0, m.start() - 80), m.start())):
                continue             # "stressing three key elements": a referent, no report
        found.append(CueMatch(m.start(), m.end(), m.group(0), kind))  # type: ignore[arg-type]
    if "words" in text:
        # "In Dr. Shadlen’s words, “…”", "in the words of one aide,": a source, as "according to" names one
        found += [CueMatch(w.start(), w.end(), w.group(0), "according") for w in WORDS_OF.finditer(text)]
        found.sort(key=lambda c: c.start)
    return found


_ABOVE_OR_BELOW = re.compile(r"\s+(?:above|below)\b")
_ADJECTIVE_SLOT_BEFORE = re.compile(r"\b(?:[Aa]n?|very|so|more|most|less|quite)\s+(?:[a-z]{3,},\s+)?$")
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+[a-z]+\b(?:\s*[.,;!?]|\s+(?:for|of|in)\b)")


# "In Dr. Shadlen’s words", "in his own words", "in the words of …" (the source after "of")
# ("pronoun", "name": whose words they are, when the phrase says so before "words")
WORDS_OF = re.compile(r"(?<![\w’'-])[Ii]n\s+(?:(?P<pronoun>his|her|their)\s+(?:own\s+)?words|(?P<name>(?:[A-Z][\w.’'\-]*\s+){0,3}"
                      r"[A-Z][\w\-]*)[’']s?\s+(?:own\s+)?words|the\s+words\s+of)\b")
