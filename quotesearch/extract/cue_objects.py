"""Speech acts whose report is their object: the cue forms ("underlined", "has
advocated", "voiced", "outlined") and what must follow them for a report
("the importance of …", a gerund clause, advice and its infinitive, a how- or
why-clause), read by `cues.find_cues`; never a plain referent ("outlined three key
points").
"""
from __future__ import annotations

import re
from typing import Optional

# Speech acts that report a proposition as their object: "underlined the importance of
# a stable currency", "has advocated raising the minimum wage", "voiced hope for …".
# They are cues only before such an object (`PROPOSITIONAL_OBJECT`) or a that-clause,
# never before a plain referent ("outlined three key points"). "citing X" gives a
# reason, not a report, and is no cue ("cited X as evidence that …" is one).
PROPOSITION_FORMS = """
cite cites cited
advocate advocates advocated advocating advocate.for advocates.for advocated.for advocating.for
voice voices voiced voicing express expresses expressed expressing
applaud applauds applauded applauding
value values valued valuing
request requests requested requesting
identify identifies identified identifying
forecast forecasts forecasted forecasting
advise advises advised advising
outline outlines outlined outlining
caution cautions cautioned.against cautions.against caution.against cautioning.against
remind reminds reminded reminding
reaffirm reaffirms reaffirmed reaffirming
talk.about talks.about talked.about talking.about speak.about speaks.about spoke.about speaking.about
speak.of speaks.of spoke.of speaking.of
""".split()
# "spoke about how the consulate was looted", "recalled why he left": a how- or why-clause
# is what was said (but "spoke about his family" names a subject, no report)
_ABOUT = re.compile(r"\s(?:about|of)$", re.I)
# Verbs that need a clause but take a how- or why-clause as well: "recalled how …" (not
# "thought how lucky he was")
WH_THAT_ONLY = frozenset("recall recalls recalled recalling reveal reveals revealed revealing".split())
WH_CONTENT = re.compile(r"[^\S\n]+(?:how|why)\b(?![^\S\n]+(?:to|about|much|many|long|often)\b)")
# Cues of `SPEECH_FORMS` that also take such an object: "stressed the need for …".
PROPOSITION_SPEECH = frozenset("""
stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise
emphasises emphasised emphasising underline underlines underlined underlining underscore
underscores underscored underscoring highlights highlighted highlighting confirm confirms confirmed
confirming recall recalls recalled recalling reiterate reiterates reiterated reiterating
noted noting warn warns warned warning predict predicts predicted predicting
declare declares declared declaring announce announces announced announcing
report reports reported reporting
""".split())

# What a proposition-taking speech act must be followed by to report something.
_PROPOSITION_NOUNS = r"""(?:importance|need|needs|necessity|significance|urgency|value|role|
benefits?|dangers?|risks?|threat|priority|commitment|willingness|readiness|determination|
hopes?|wish|desire|intention|view|position|stance|principle|fact|idea|goal|aim|potential|
prospects?|possibility|lack|absence|strength|resilience|success|failure|concerns?|support|
opposition|condolences|gratitude|appreciation|confidence|doubts?|fears?|worries|skepticism|
scepticism|optimism|pessimism|frustration|disappointment|satisfaction|regret|sympathy|
solidarity|anger|outrage|alarm|dismay|relief|interest|objections?|reservations|thanks|
achievements|progress|contribution|contributions|efforts|merits|case|desirability|plans?|
intention|decision|proposals?)"""
_POSSESSOR = r"(?:the|his|her|their|its|our|my|your|[A-Z][\w’'.\-]*(?:[^\S\n]+[A-Z][\w’'.\-]*)*[’']s?)"
_NOT_GERUNDS = r"(?:during|according|including|regarding|concerning|following|nothing|something|anything|" \
    r"everything|morning|evening|king|spring|string|thing|things|ceiling|building|meeting|funding|" \
    r"briefing|hearing|ruling|training|offering|bring|sing|ring|wing|being|setting|spending|" \
    r"planning|housing|earnings|findings|savings|feelings|warnings|polling|shipping|pricing)"
# Advice to its hearers, as "urged" takes it: "advised supporters not to travel",
# "requested the council to delay the vote", "reminded voters to register"
_ADVISING = frozenset("advise advises advised advising caution cautions cautioned cautioning remind reminds "
                      "reminded reminding request requests requested requesting".split())
_HEARERS_THEN_INFINITIVE = re.compile(r"[^\S\n]+(?!anonymity\b)(?:(?:the|all|its|his|her|their|our|local|[A-Z][\w’'\-]*)[^\S\n]+)?"
                                      r"[a-z][\w’'\-]*(?:[^\S\n]+[a-z][\w’'\-]*)?[^\S\n]+(?:not[^\S\n]+)?to[^\S\n]+"
                                      r"(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]{2,}\b")
_GERUND_CLAUSE = rf"(?:not[^\S\n]+)?(?!{_NOT_GERUNDS}\b)[a-z]{{3,}}ing\b(?![^\S\n]+(?:of|for)\b)"
PROPOSITIONAL_OBJECT = re.compile(
    r"[^\S\n]+(?:"
    # "the importance of", "his concern over", "China's support for"
    rf"(?:{_POSSESSOR}[^\S\n]+)?(?:(?:\w+[^\S\n]+){{0,2}}){_PROPOSITION_NOUNS.replace(chr(10), '')}\b"
    # a gerund clause: "raising the minimum wage", "not rushing the vote"
    rf"|{_GERUND_CLAUSE}"
    r")")
_GERUND_OBJECT = re.compile(rf"[^\S\n]+{_GERUND_CLAUSE}")
# What someone cited as a reason or an example, or a finding that …: "cited the vote as
# evidence that …", "cited reports that …" (not "cited a 2001 memorandum": a referent)
_CITING = frozenset({"cite", "cites", "cited"})
_CITED_AS = re.compile(r"[^\S\n]+(?:[\w’'\-]+[^\S\n]+){1,6}?as[^\S\n]+(?:evidence|proof|(?:an?|one|the|another)[^\S\n]+"
                       r"(?:\w+[^\S\n]+)?(?:example|reason|sign|factor|cause|justification)|reasons?|examples?|signs?)\b")


# Figures a body or a filing reports: "reported a net loss of $0.42 a share", "reported 412
# crossings", "reported raising $9 million" (the gerund of money moved, which the gerund
# clause above leaves out as a noun: "spending", "earnings")
_REPORTING = frozenset({"report", "reports", "reported", "reporting"})
_REPORTED_FIGURES = re.compile(
    r"[^\S\n]+(?:(?:a|an|its|their|his|her|record|net|quarterly|annual)[^\S\n]+)*(?:[\w\-]+[^\S\n]+){0,2}?"
    r"(?:profits?|loss|losses|earnings|revenues?|sales|deficits?|surplus)\b"
    r"|[^\S\n]+(?:(?:about|nearly|almost|roughly|some|only|just|over|more[^\S\n]+than|at[^\S\n]+least)[^\S\n]+)?"
    r"(?:an?[^\S\n]+)?\$?\d[\d,.]*(?:[^\S\n]+(?:million|billion|trillion))?"
    r"(?![^\S\n]+(?:minutes?|hours?|days?)[^\S\n]+(?:late|early|ago|later|earlier)\b)[^\S\n]+(?:percent[^\S\n]+)?"
    r"(?:[a-z\-]+[^\S\n]+){0,2}?(?:[a-z]+s|rate|rise|drop|fall|increase|decline|gain|loss)\b"
    r"|[^\S\n]+(?:earning|spending|raising|receiving|losing|paying|making)[^\S\n]+"
    r"(?:(?:about|nearly|almost|roughly|some|only|just|over|more[^\S\n]+than|between)[^\S\n]+)?\$?\d")


def reported_object(word: str, text: str, end: int) -> Optional[re.Match]:
    """What a proposition-taking cue ``word`` (ending at ``end``) reports as its object:
    a proposition ("the importance of …", a gerund clause), advice to its hearers
    ("advised supporters not to travel"), what was cited as a reason, the figures or the
    gerund clause a report gives ("reported a profit of …"); else None."""
    if word in _REPORTING:
        return _REPORTED_FIGURES.match(text, end) or _GERUND_OBJECT.match(text, end)   # (a thing reported is news)
    return PROPOSITIONAL_OBJECT.match(text, end) or (
        _HEARERS_THEN_INFINITIVE.match(text, end) if word in _ADVISING else
        _CITED_AS.match(text, end) if word in _CITING else None)


# What someone cites before a that-clause of its own: a finding, not a thing the clause
# describes ("cited reports that …", not "cites a rule that bars ferries from …")
_FINDING_THEN_THAT = re.compile(r"[^\S\n]+(?:(?:the|an?|new|recent|initial|several|two|three|its|his|her|their)[^\S\n]+)?"
                                r"(?:\w+[^\S\n]+)?(?:reports?|evidence|data|studies|study|polls?|polling|figures|"
                                r"statistics|research|surveys?|analysis|estimates?|concerns?|fears?|claims?|findings?)"
                                r"[^\S\n]+(?:showing[^\S\n]+)?that\b")


def cites_a_finding(word: str, text: str, end: int) -> bool:
    """Whether a that-clause after ``word`` is reported: always, unless the word cites
    something, whose that-clause must follow a finding ("cited reports that …")."""
    return word not in _CITING or _FINDING_THEN_THAT.match(text, end) is not None
