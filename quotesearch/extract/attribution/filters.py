"""What looks like an attributed report and is not.

An opening adverbial before a cue ("In an interview, Durbin said, “…”"), evidence
verbs whose subject is no document ("Trump showed …" but "polls show …"; what kind
of thing a subject is, `source_kinds` says), two words that make no report ("this
week"), and, in a headline, a speaker it leaves to be guessed ("…, says Chinese
ambassador").
"""
from __future__ import annotations

import re

from ..cues import EVIDENCE_FORMS, OBJECT_FORMS, SPEECH_FORMS
from ..lexicon import DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, PREPOSITIONS, TITLE_WORDS, in_any
from ..mentions import Mention
from ..text import count_words
from .phrases import FINITE_VERB, QUOTED_WORD, WORD
from .source_kinds import EVIDENCE_HEADS, before_postmodifier, is_document, place_as_example
from .units import MASK, Attribution, Unit
from .writers_voice import WRITER_COMMENT

ADVERBIAL_ONLY = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(PREPOSITIONS | {"later", "earlier", "meanwhile", "still", "but", "and",
                                                  "asked", "pressed", "speaking", "separately", "aside", "apart",
                                                  "however", "also", "yet", "now", "then"}))
    + r")\b[^,;:]{0,60},?\s*$|\s*\W*\s*$)", re.I)
# A report opening on its own adverbial: "said that by skipping the vote …," (the subject
# after the comma is the report's, not a new speaker's)
REPORT_OPENS_ON_ADVERBIAL = re.compile(
    r"\s*that\s+(?:by|after|before|when|while|because|since|although|though|unless|until|despite|"
    r"without)\s(?:(?!\bthat\b)[^,;:.!?])*?(?:,|\x01)\s*")
# A noun phrase after a closing attribution that sums up the report: "…, Fain said, a
# turnaround from job cuts …" (a clause of its own, "a decision he called …", may follow
# the noun; its head is what counts)
SENTENCE_APPOSITIVE = re.compile(r"(?:a|an|another|no|little)\s+(?:[a-z\-]+\s+){0,2}?(?:turnaround|reversal|sign|signal|"
                                 r"reference|nod|shift|change|departure|move|step|reminder|rebuke|jab|swipe|dig|"
                                 r"break|contrast|response|reaction|indication|acknowledgment|acknowledgement|"
                                 r"admission|echo|allusion|apparent\s+reference)\b")
# "Most people would assume …", "You might think …": nobody's report
HYPOTHETICAL = re.compile(r"\b(?:would|might|could|may|should|must)\s+(?:not\s+|never\s+|also\s+)?$")
# "… may wonder, “…”", "Critics might argue that …": what someone may say, no report
_SPECULATIVE = re.compile(r"\b(?:may|might)\s+(?:well\s+|also\s+|even\s+)?$")
# "If we had forgotten the case, the compiler would complain": a counterfactual's consequence
_COUNTERFACTUAL_OPENING = re.compile(r"\s*(?:If|Unless|Even\s+if|Had|Were)\s")
# "Static analysis can tell you where …": what something is able to show anyone
_GENERIC_ABILITY = re.compile(r"\bcan\s+(?:also\s+|often\s+|even\s+)?$")
_GENERIC_HEARER = re.compile(r"\s+(?:you|us)\b")


def describes_the_subject(text: str, start: int, end: int) -> bool:
    """Whether the words opening a sentence before its subject describe that person ("A
    longtime critic of the mayor, Ann Lee complained …"), not what was said ("A deal,
    the mayor said, is near"; "A huge win, the mayor said of the vote")."""
    if not _DESCRIPTION_OPENING.fullmatch(text, start, end):
        return False
    head = _FIRST_PREPOSITION.split(text[start:end].strip(" ,"))[0].split()[-1].lower()   # ("critic" of the mayor)
    return any(in_any(form, DESCRIPTOR_NOUNS, TITLE_WORDS, GENERIC_PERSON_NOUNS) for form in (head, head.rstrip("s")))


def speculative(masked: str, cue_start: int, cue_end: int) -> bool:
    """The cue (at ``cue_start``:``cue_end`` in the sentence ``masked``) says what may or
    would be said, or what something can tell anyone: no report of words said."""
    before = max(0, cue_start - 20)
    return _SPECULATIVE.search(masked, before, cue_start) is not None or (
        HYPOTHETICAL.search(masked, before, cue_start) is not None and _COUNTERFACTUAL_OPENING.match(masked) is not None) or (
        _GENERIC_ABILITY.search(masked, before, cue_start) is not None and _GENERIC_HEARER.match(masked, cue_end) is not None)


GENERIC_SUBJECT = re.compile(r"(?i:\s*(?:most|many|some|few|all)\s+(?:people|of\s+us|observers|readers|voters)?|"
                             r"\s*(?:one|anyone|everyone|nobody|no\s+one)\b)")
# The writer among those who think it: "Most of us think …", "Many of us believe …"
WRITER_AMONG = re.compile(r"(?i:\s*(?:most|many|some|all|few|each|both|several|none)\s+of\s+us\b)")
# A conditional clause opening the sentence, or right before the subject: what it says
# was said is only supposed ("… what the fallout would be if the council announced …")
CONDITIONAL_OPENING = re.compile(r"(?:[^:\x01]*:\s*)?\s*(?:If|Unless|Even\s+if|Only\s+if)\s+|[^\x01]*\s(?:if|unless)\s+")
# "But if the emails show …": a condition opening the subject phrase
CONDITION_IN_SUBJECT = re.compile(r"(?:(?:And|But|So|Yet)\s+)?(?i:if|unless)\s")
# An object relative clause before the cue ("McDaniel, whom Ramaswamy called on to resign,
# said …", "legal troubles, which he denies, …"): what its verb takes is the noun before
OBJECT_RELATIVE_BEFORE = re.compile(r",\s*(?:whom|which)\s+(?:(?:he|she|they|we)\b|(?:[A-Z][\w’'.\-]*\s+){1,3})\s*(?:[a-z]+ly\s+|also\s+|has\s+|had\s+|have\s+)?$"
                                     r"|\bwhat\s+(?:the\s+)?[a-z]+\s+(?:are|is|were|was|ha(?:ve|s)\s+been)\s+$")   # "heard what voters are saying,"
# "recounting what her child told her, said": what is told is the verb's object, and the
# words after the verb are its recipient or adjuncts (not "what he said were failures": a report)
WHAT_SUBJECT_BEFORE = re.compile(r"\bwhat\s+(?:he|she|they|we|I|(?:the|his|her|their|its|my|our)\s+[a-z]+)\s+$")
WHAT_OBJECT_AFTER = re.compile(r"\s*(?:,|(?:him|her|them|us|me|reporters)\b|(?:about|of|to|on|in|at)\s)")
# Nothing but how and when after a relative clause's verb: "Mr. Reed, whom she attacked
# bitterly during the hearing.", "…, which she has disputed and which …"
ADJUNCTS_TO_THE_END = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:(?:during|in|on|at|after|before|last|this|for|over|since)\s"
                                  r"[^,;:\x01“”\"]*)?\s*(?:[.;!?]|and\s+which\b|$)")
# A participle that describes its subject ("Mr. Pinchuk, described as …", "asked about …")
REDUCED_PASSIVE = re.compile(r"(?:described|characterized|characterised|labeled|labelled|branded|termed|dubbed|"
                              r"billed|hailed|touted|seen|regarded|viewed)\s+as\b|asked\s+(?:about|whether|if|how|why|what)\b", re.I)
# A cue whose object is a pronoun, then the sentence ends: "… will believe it."
PRONOUN_OBJECT_ONLY = re.compile(r"\s+(?:it|this|that)\s*(?:[.!?]|$)", re.M)
# "To answer this question, the scientists asked …": why, not what
PURPOSE_OPENING = re.compile(r"\s*(?:In\s+order\s+)?[Tt]o\s+[a-z]+\b[^,.;:\x01]{0,100},\s*")
# An indefinite description of the subject opening the sentence, with no verb of its
# own: "A loyal Vance supporter, Reed complained of …"
_DESCRIPTION_OPENING = re.compile(
    r"\s*(?:A|An)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|said|says|told)\b)"
    r"[^\s,;:.!?\x01“”\"]+\s+){0,10}[^\s,;:.!?\x01“”\"]+,\s*")
_FIRST_PREPOSITION = re.compile(r"\s+(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s")
_SUBORDINATE_PIECE = re.compile(
    r"\s*(?:(?:and|but|so)\s+)?(?:when|whenever|after|before|as\s+if|as\s+though|as|since|while|although|though|"
    r"because|once|until|even\s+though|even\s+as)\s", re.I)
_TIME_OR_MANNER_PIECE = re.compile(
    r"\s*(?:(?:and|but|so)\s+)?(?:(?:[\w\-]+\s+){0,3}(?:later|earlier|ago|afterwards?)|(?:quite\s+|very\s+)?[a-z]+ly|"
    r"(?:(?:early|late|earlier|later)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year|night|spring|summer|fall|"
    r"autumn|winter|[a-z]+day)|(?:early|late)\s+(?:on\s+)?[a-z]+day)\s*",   # ("Late last month", "Early on Friday")
    re.I)


def adverbials_only(opening: str) -> bool:
    """Every comma-separated piece of a sentence's opening is an adverbial: a time or
    manner ("Eight months later", "Quite suddenly"), a preposition's phrase, a
    subordinate or purpose clause ("when Mr. Trump swept …", "as if to hand …")."""
    pieces = [p for p in opening.split(",") if p.strip()]
    return bool(pieces) and all(
        _SUBORDINATE_PIECE.match(p) or _TIME_OR_MANNER_PIECE.fullmatch(p) or ADVERBIAL_ONLY.fullmatch(p)
        or PURPOSE_OPENING.match(p + ",") for p in pieces)


# Two words that make a report: a pronoun and its verb, or a determined object of a speech act
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|it|we|I|you)\s+[a-z’']+$", re.I)
_TWO_WORD_REPORT = re.compile(r"(?:(?:he|she|they|it|we|I|you)\s+[a-z’']+|(?:his|her|their|its|the|our)\s+[\w’'\-]+)$",
                              re.I)
# "a harbor group called Tidewater 9 ran …": an indefinite noun phrase right before "called",
# a name right after it and then the sentence's verb: the name given, not a speech act
# (but "A spokesman called Reed a liar" characterises)
# (its adjectives may be listed: "a small, rainy planet called Zebes", "this thing called the Internet")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-’'$]+,?\s+){0,3}[\w\-]+\s*$|\b[Aa]nother\s+$"
                                r"|\b[Tt]his\s+[a-z][\w\-]*\s*$")
_NAME_THEN_VERB = re.compile(r"\s+(?:the\s+)?[‘'“\"]?[A-Z][\w’'\-]*(?:\s+(?:[A-Z0-9&][\w’'\-]*|for|of|the|and))*?"
                             r"(?:\s+[A-Z0-9][\w’'\-]*)?[’'”\"]?"   # (a name in quotation marks: "called 'Fan Club' has")
                             r"(?:\s+(?:[a-z]+(?:ed|s)|ran|won|began|gave|made|took|sent|held|paid|put|got|led|left|"
                             r"bought|built|brought|kept|spent|sold|has|had|is|was|which|that|who|in|at|near|off|"
                             r"with|down|on|from)\b|\s*[,.;])"
                             # ("a package manager called conda, and …": a name written in lower case)
                             r"|\s+(?!(?:it|him|her|them|this|that|these|those|back|off|out|up)\b)[a-z][\w\-]*\s*[,.;]"
                             # ("a Facebook group called 'We support Anders Tegnell', referring …": a name in marks)
                             r"|\s+[“\"‘'][^“”\"\n]{1,80}?[”\"’']\s*(?:[,.;]|(?:[a-z]+(?:ed|s)|has|had|is|was|which|that|who)\b)")


def names_by_calling(text: str, cue_start: int, cue_end: int, lemma: str) -> bool:
    """"a harbor group called Tidewater 9 ran its first ads": the participle that names."""
    return lemma in ("called", "named", "dubbed") \
        and _INDEFINITE_BEFORE.search(text, max(0, cue_start - 60), cue_start) is not None \
        and _NAME_THEN_VERB.match(text, cue_end) is not None


# "A motion by Senator Amrita Deonarine calling on government to …": what a motion or a
# bill asks is an act of a chamber, no one's report
_MOTION_WORDS = ("motion", "bill", "resolution", "amendment", "petition", "legislation")
_MOTION_BEFORE = re.compile(r"\b(?:" + "|".join(_MOTION_WORDS) + r")\s+"
                            r"(?:(?:by|from|of|tabled\s+by|filed\s+by|introduced\s+by|brought\s+by)\s+"
                            r"[^,.;:\x01]{1,80}?\s+)?$")


def moves_a_motion(text: str, cue_start: int, cue_text: str) -> bool:
    """"a motion calling on the government to …", "a bill urging …": a participle of a
    motion, bill or resolution."""
    if not cue_text.lower().split()[0].endswith("ing"):
        return False
    window = text[max(0, cue_start - 120):cue_start].lower()
    return any(w in window for w in _MOTION_WORDS) and _MOTION_BEFORE.search(window) is not None


# "Michael Fitton, defending, said …", "James Townsend, prosecuting, said: …": a British
# court report's role of counsel between commas, no report of its own
_COUNSEL_ROLE = re.compile(r",\s*((?:defending|prosecuting|mitigating|representing\s+\w+))\s*,")


def counsel_role(text: str, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is counsel's role between commas ("X, defending, said")."""
    role = _COUNSEL_ROLE.match(text, max(0, text.rfind(",", 0, cue_start + 1)))
    return role is not None and role.start(1) == cue_start


def names_a_show(att: Attribution) -> bool:
    """"show(s)" as the noun: "the KHB, Channel 4 and PTV morning shows, …", "The Daily Show
    Takes …", not "polls show …" (a common word before it that is no finding's carrier,
    or a capitalised "Show" after anything but one)."""
    if att.cue.lemma_form.lower() not in ("show", "shows"):
        return False
    words = WORD.findall(att.mention.text)
    if not words or any(w.lower() in EVIDENCE_HEADS or w.lower() in _TRACKERS for w in words):
        return False
    return att.cue.text[:1].isupper() or words[-1].islower()


def bears_out_nothing(att: Attribution, masked: str, cue_end: int) -> bool:
    """An evidence verb whose subject can show no finding ("Trump showed …", "the
    morning shows", a place's case), or a place "underscoring" what its case shows
    (``masked[cue_end:]`` is what follows the cue)."""
    if att.cue.kind == "evidence" and (not (is_document(att.mention) or finds_as_researchers(att, masked, cue_end))
                                       or names_a_show(att) or not heard_by_a_body(att)):
        return True
    return place_as_example(att.mention, att.cue.lemma_form) or event_as_evidence(att)


# Verbs by which a fact points to a conclusion ("The trip suggests that …", "The vote in
# Kellard underscored the resolve of …") and the events that can only be such facts:
# someone's act or its outcome, never a source that says anything
_INFERENCE_VERBS = frozenset("""suggest suggests suggested underscore underscores underscored highlight
highlights highlighted signal signals signaled signalled indicate indicates indicated illustrate illustrates
illustrated demonstrate demonstrates demonstrated reflect reflects reflected mean means meant show shows
showed shown reveal reveals revealed confirm confirms confirmed""".split())
_EVENT_NOUNS = frozenset("""trip visit tour move decision fight battle dynamic impact look episode incident
exchange clash shift trend surge rise decline drop departure spat feud flap controversy outcome win loss
victory defeat showing performance turnout timing fact turn twist reversal choice pick selection
appearance absence silence success failure collapse resignation exit entry arrival return fusillade
barrage outburst tirade attack""".split())
_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "a", "an", "his", "her", "their", "its",
                          "such"})


def event_as_evidence(att: Attribution) -> bool:
    """An event as the subject of a verb of inference ("The trip suggests …",
    "That disproportionate impact suggests …"): the writer's conclusion, nobody's report."""
    if att.cue.lemma_form.lower() not in _INFERENCE_VERBS or att.mention.pronoun:
        return False
    words = before_postmodifier(WORD.findall(att.mention.text))
    head = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    words = words[:head]
    if words and words[0].lower() in ("but", "and", "yet", "so"):
        words = words[1:]   # ("…, but Reed's tirade in Harbor underscored …")
    # (the mention may have lost its determiner: "disproportionate impact"; or have a
    # possessive for one: "Reed's tirade in Harbor")
    possessive = len(words) >= 3 and words[1] == "s" and all(w[:1].islower() for w in words[2:])
    return bool(words) and (words[0].lower() in _DETERMINERS or all(w[:1].islower() for w in words) or possessive) \
        and words[-1].lower() in _EVENT_NOUNS


def finds_as_researchers(att: Attribution, masked: str, cue_end: int) -> bool:
    """"Researchers found that …", "Two military analysts, A and B, found in 2014 that …":
    people whose trade is finding things out report a finding with "that" as a study does
    (not "the researchers found the bones in a cave", "Police found that …": a thing found,
    a discovery)."""
    return att.cue.lemma_form.lower() in ("find", "finds", "found") and _THAT_SOON.match(masked, cue_end) is not None \
        and any(w.lower() in _FINDING_TRADES for w in before_postmodifier(WORD.findall(att.mention.text)))


# "that" right after the verb or after one adjunct of when or where ("found in 2014 that");
# not a relative clause's ("found a tool with no handle—a flint that was …")
_THAT_SOON = re.compile(r"\s+(?:(?:in|on|at|during|last|this|earlier|over|after|across)\b"
                        r"[^,.;:!?\x01—–]{0,30}?\s+)?that\b")

_FINDING_TRADES = frozenset("""researchers researcher scientists scientist analysts analyst economists economist
investigators auditors auditor epidemiologists epidemiologist scholars historians statisticians academics
authors""".split())


def heard_by_a_body(att: Attribution) -> bool:
    """"heard" reports only what a hearing was told ("the inquest heard", "the court
    heard that …"), never "her nightly harbor bulletin heard on 40 stations"."""
    if att.cue.lemma_form.lower() != "heard":
        return True
    return any(w.lower() in _HEARING_BODIES for w in WORD.findall(att.mention.text))   # ("the inquest at Stoke Town Hall")


_HEARING_BODIES = frozenset("""court courts inquest inquests jury juries hearing hearings tribunal trial inquiry
committee subcommittee panel magistrates coroner commission parliament assembly council councillors meeting
board trust""".split())
# Who keeps counts as polls do: "tallies by … and other trackers show"
_TRACKERS = frozenset("trackers tracker pollster pollsters tallies tally".split())


def too_short_to_report(text: str, s: int, e: int, att: Attribution) -> bool:
    """Fewer than two words, or two that make no report: "he would", "his resignation"
    (announced), but not "this week" or "and then"."""
    n_words = count_words(text[s:e])
    if att.cue.kind == "object" and n_words and QUOTED_WORD.search(text, s, e):
        return False   # "called it “predatory”", "called her “weak”": the quoted words are the report
    return n_words < 2 or (n_words == 2 and not _TWO_WORD_REPORT.match(text, s, e)) \
        or (n_words == 2 and att.cue.kind != "object" and not _PRONOUN_CLAUSE.match(text, s, e))


def story_bears_out(text: str, headline_start: int, headline_end: int, att: Attribution) -> bool:
    """Whether the story under a title-case headline writes its speaker as a name too: an
    organisation by its whole name, a person by their surname ("Ferry County Says
    Reed Should Win" over a story about "ferry towns and counties" names nobody).
    A headline in sentence case, where capitals mark names, and a story too short to tell
    bear out their speaker."""
    name = att.speaker or att.mention.name or ""
    story = text[headline_end:]
    words = [w for w in WORD.findall(text, headline_start, headline_end) if w[:1].isalpha() and len(w) > 3]
    if len(story) < 200 or not words or sum(w[:1].isupper() for w in words) < 0.7 * len(words):
        return True
    if not name or att.mention.kind not in ("person", "organization") \
            or not all(w[:1].isupper() for w in name.split()) or (" " not in name and name.endswith("s")):
        return True   # (a description, "SEIU chief", or a group, "Rabbis", is read as written)
    wanted = name if att.mention.kind != "person" else name.split()[-1]
    return re.search(rf"\b{re.escape(wanted)}\b", story) is not None


def names_speaker(mention: Mention) -> bool:
    """A headline names its speaker: a capitalised person or organisation, no pronoun."""
    return bool(mention.name) and mention.kind in ("person", "organization") and \
        mention.name[:1].isupper() and not mention.pronoun


# Where the writer takes over inside what looks like one reported clause: a dash and a
# conjunction ("… the ferry board - but she still argued …"), a dash after quoted words, a participle clause (", leaving
# Kellard excited …"), a comparison the writer adds (", compared to about a third at the port").
# The cue forms that are participles ("citing", "calling", "warning")
_CUE_PARTICIPLES = frozenset(form.split(".")[0].lower() for form in SPEECH_FORMS + OBJECT_FORMS + EVIDENCE_FORMS
                             if form.split(".")[0].lower().endswith("ing"))
# Participles after a report that are the speaker's next act (a cue's own form, except those
# that report again: "adding that …") or the writer's gloss on it
_ACT_OR_GLOSS_PARTICIPLES = (_CUE_PARTICIPLES - {"adding", "saying", "noting", "making", "showing"}) | frozenset("""
citing marking signaling signalling sparking raising fueling fuelling prompting drawing reflecting capping
triggering setting putting blasting leaving throwing elevating surpassing contradicting reversing challenging
applauding defying breaking joining bolstering undercutting undermining complicating deepening
escalating intensifying dealing overshadowing casting painting positioning meaning
""".split())
REPORT_BOUNDARY = re.compile(
    r"\s[-—–]{1,2}\s*(?=(?:but|even|and|while|though|although|yet|as)\b)"
    # (but "– and that this is the time …": a second that-clause of the same report)
    r"(?!and\s+that\s+(?:the|this|these|those|a|an|he|she|they|it|we|I|there|[A-Z][a-z]+\s+[a-z]+)\b)"
    # (nor "would not stop for cars – but only going one direction": the report's own proviso)
    r"(?!but\s+only\b)"
    # (not the first of a pair inside the clause: "unearthed some faded - and
    # long forgotten - ferry ledgers")
    r"(?![^-—–\n\x01“”\"]{1,60}?\s[-—–]{1,2}\s+[a-z])"
    # "… “supported all efforts for peace” – the first time China has …": the writer's
    # comment after the quoted words
    r"|(?<=[”\"])\s[-—–]{1,2}\s*(?=(?:the|a|an|its|his|her|their|this|which)\s)"
    # ", citing weaker demand", ", calling it …", ", marking the first time …": the speaker's next
    # act or the writer's gloss (not ", exposing the country to …", ", lacking the money …":
    # a participle of the report's own clause; the comma may stand inside the quotation's
    # marks: "“… drug quality,” meaning a vetting process …")
    r"|(?:,|(?<=,[”\"]))\s+(?:" + "|".join(sorted(_ACT_OR_GLOSS_PARTICIPLES)) + r")\b(?!\s+(?:to|that)\b)"
    r"|,?\s+(?:when\s+|as\s+)?compared\s+(?:to|with)\b"   # (", when compared to …" as a whole)
    # "… would pay for themselves even as the Congressional Budget Office estimated that …":
    # the writer's contrast with another named source's report
    r"|,?\s+(?=(?:even\s+as|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){1,6}(?:said|says|estimated|estimates|"
    r"reported|reports|argued|argues|warned|warns|found|finds|projected|projects|predicted|predicts)\b)"
    # "…, according to a note Ann Lee sent to the council" closing it: a source, whether or not it parses
    r"|,\s+according\s+to\s+(?:(?!\s[-–]{1,2}\s)[^,;\x01—])+?(?:,\s+(?:who|which|whose)\s[^;\x01—]*?)?\s*$"
    r"|,\s+per\s+(?:the\s+)?[A-Z][^,;\x01—]{0,60}?\s*$"   # ("…, per Forbes": the figure's source)
    # "Schumer called for further testimony, The Washington Post reports.": the outlet relaying it
    r"|,\s+(?:the\s+)?(?:[A-Z][\w’'&.\-]*\s+){1,4}(?:reports|reported)\s*$"
    r"|" + WRITER_COMMENT)   # ", which he denied", "— which is one hour more …" (`writers_voice`)


# "As the outage continued, Meta had not …", "When the hearing went on, …": a verb that
# reports only in "he continued: …" is, in a clause of time, an event going on
_TIME_CLAUSE_OPENING = re.compile(r"\s*(?:As|While|When|Since|After|Before|Until)\b")
_EVENT_WHEN_TIMED = frozenset({"continue", "continues", "continued", "went on", "goes on", "go on",
                               "concluded", "concludes", "ended", "ends"})
_TIME_CLAUSE_AFTER_COMMA = re.compile(r",\s*(?:as|while|when|since|after|before|until|once)\s+[^,;:\x01]*$")


def in_time_clause(att: Attribution, masked: str, unit: Unit) -> bool:
    """The cue's verb is that of a clause of time opening the sentence, its content a main
    clause of the writer's ("As the Meta outage continued, Meta had not issued …")."""
    if att.cue.text.lower() not in _EVENT_WHEN_TIMED or not att.speaker_first:
        return False
    before = masked[:att.cue.start - unit.start]
    after = masked[att.cue.end - unit.start:].lstrip()
    opens = (_TIME_CLAUSE_OPENING.match(before) is not None and "," not in before) \
        or _TIME_CLAUSE_AFTER_COMMA.search(before) is not None   # "Later in the meeting, once the vote concluded,"
    return opens and after.startswith(",") and not after[1:].lstrip().startswith((MASK, "“", "\""))


# A quotation right before a role noun and a name is the title of a work: "“Salt Marsh
# Nights” star Nora Vance", "“Harbour Lights” host Ann Berg"
_TITLE_BEFORE_ROLE = re.compile(r"[,.]?[^\S\n]+([a-z]+)[^\S\n]+[A-Z]")
_ROLE_NOUNS = (DESCRIPTOR_NOUNS | TITLE_WORDS | {"creator", "showrunner"}) - {"said", "says"}


# A headline's label before its quotation: "Kasich: ‘…’", "Sidney Blumenthal: “…”"
_HEADLINE_LABEL = re.compile(r"\s*(?:[A-Z][\w’'.\-]*\s+){0,3}([A-Z][\w’'\-]+):\s*$")


def labelled_in_headline(text: str, start: int, quote_open: int, headline_end: int) -> bool:
    """Whether the headline's words before a quotation are only a name and a colon,
    a name the story goes on to use (not a section's label: "Live: …")."""
    label = _HEADLINE_LABEL.fullmatch(text, start, quote_open)
    if label is None or any(w.lower() in PREPOSITIONS for w in label.group(0).split()):
        return False    # "CNN President On Trump: “…”": who it is about, not who said it
    # the name as the story writes a surname: "Councillor Nora Vance", not "Vance Jones"
    return re.search(r"\b" + re.escape(label.group(1)) + r"\b(?![^\S\n]+[A-Z])",
                     text[headline_end:headline_end + 3000]) is not None


_TIME_ADVERBIAL_END = re.compile(r"\b(?:later|earlier|ago|afterwards?)\s*,?\s*$")   # "And some seasons later,"
# Where or how much, setting the scene: "Here in Columbia,", "Worst of all,", "Above all,"
_SCENE_OR_RANK = re.compile(r"\s*(?:(?:here|there)\s+(?:in|at|on|inside|outside|near)\s[^,;:]{1,50}|"
                            r"(?:worst|best|most|least|first|last|saddest|strangest)\s+of\s+all|above\s+all)\s*,?\s*",
                            re.I)
# A clause of time alone before the attribution: "As the crowd cheered, Smith shouted." (when,
# no report; "Because the bridge was unsafe, she explained." may be what she explained)
_TIME_CLAUSE_ALONE = re.compile(r"\s*(?:(?:And|But)\s+)?(?:As|When|Whenever|While|Once|Until|After|Before|Even\s+as|"
                                r"Just\s+as)\s[^,;:\x01]+,?\s*")
# The question put to the speaker: "Asked whether the campaign had been hard, Biden said no."
_QUESTION_PUT = re.compile(r"\s*(?:Asked|Pressed|Questioned|Challenged)\s+(?:by|about|on|whether|if|why|how|what|"
                           r"when|where|who|whom)\b[^,;:\x01]*,?\s*")


def opening_adverbial(text: str, before: tuple[int, int], reports_after: bool) -> bool:
    """What opens the sentence before its attribution is an adverbial, no report: "In an
    interview, Durbin said, “…”", "After the vote, Ortiz told reporters."."""
    span = text[before[0]:before[1]]
    return bool(ADVERBIAL_ONLY.match(span)) and (reports_after or prepositional_phrase(span)
                                                 or bool(_TIME_ADVERBIAL_END.search(span))) \
        or _SCENE_OR_RANK.fullmatch(span) is not None or _QUESTION_PUT.fullmatch(span) is not None \
        or (not reports_after and _TIME_CLAUSE_ALONE.fullmatch(span) is not None
            and len(FINITE_VERB.findall(span)) <= 1)   # (not "As she grew up her parents were worried")


_LEAD_IN_WORDS = 8


def without_lead_in(text: str, masked: str, unit_start: int, before: tuple[int, int]) -> tuple[int, int]:
    """What a closing attribution claims before it, without a phrase its comma sets off
    before the quotation ("For the streaming industry, “…,” Ward says", "In past
    campaigns, “…,” he said": the quotation alone is the report)."""
    slot = masked.find(MASK, before[0] - unit_start, before[1] - unit_start)
    if slot <= 0 or masked[slot:before[1] - unit_start].strip(MASK + " ,.;:"):
        return before
    lead_in = text[before[0]:unit_start + slot]
    words = lead_in.split()
    if lead_in.rstrip().endswith(",") and words[0].lower() in PREPOSITIONS - {"to"} \
            and len(words) <= _LEAD_IN_WORDS and not FINITE_VERB.search(lead_in):
        return unit_start + slot, before[1]
    return before


def prepositional_phrase(span: str) -> bool:
    """"After the vote,", "In a statement,": a preposition's phrase and nothing else
    ("But Kim's record has been challenged" is a clause)."""
    words = span.split()
    if not words or words[0].lower() not in PREPOSITIONS or FINITE_VERB.search(span) is not None:
        return False
    # up to four words, or a chain of prepositional phrases ("At the edge of the
    # old pier"); "Under the plan fees rise" has a clause whose verb no list knows
    return len(words) <= 4 or (len(words) <= 7 and any(w.lower() in PREPOSITIONS for w in words[2:]))


# A quotation that an apposition calls a work: "“Tides Over Kellard,” a cable series …"
_WORK_APPOSITION = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:a|an|the)[^\S\n]+(?:(?!(?:for|of|with|from|at|in|on|by)\b)[\w’'\-]+[^\S\n]+){0,3}?"
    r"(?:series|show|film|movie|book|novel|"
    r"album|song|play|musical|documentary|podcast|sitcom|drama|comedy|programme|program|memoir|single)\b")


def titles_a_work(text: str, quote_end: int, quote_open: int = -1) -> bool:
    """Whether the quotation ending at ``quote_end`` is the title of a work: before a
    role noun and a name (the work they are known for), called a work by an
    apposition, or in title case after "host of", "the cast of" ("host of “The Late
    Hour with Dan Fisk.”")."""
    titled = _TITLE_BEFORE_ROLE.match(text, quote_end)
    return (titled is not None and titled.group(1) in _ROLE_NOUNS) or \
        _WORK_APPOSITION.match(text, quote_end) is not None or (
            quote_open > 0 and _PART_IN_A_WORK_BEFORE.search(text, max(0, quote_open - 40), quote_open) is not None
            and _in_title_case(text[quote_open + 1:quote_end]))


# "host of", "the cast of the", "an episode of", "star of": a work's title follows
_PART_IN_A_WORK_BEFORE = re.compile(r"\b(?:host|hosts|co-host|star|stars|cast|creator|episode|season|finale|premiere|"
                                    r"set|author|director|producer|edition|sequel|remake)\s+of\s+(?:the\s+)?$")


_TITLE_LOWER_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon", "about", "than", "that", "when"})


def _in_title_case(words: str) -> bool:
    """"The Late Hour with Dan Fisk": every longer word capitalised."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w’'\-]*", words) if len(w) > 3 and w not in _TITLE_LOWER_WORDS]
    return len(long_words) >= 1 and all(w[:1].isupper() for w in long_words) and len(words.split()) <= 10


def mention_names_someone(mention) -> bool:
    """A mention that names someone: a capitalised name, a pronoun or a resolvable description."""
    if mention.pronoun or mention.description:
        return True
    return bool(mention.name) and any(w[:1].isupper() for w in mention.name.split()[1:] or mention.name.split())


def clause_sized(mention) -> bool:
    """"Students from China accounted for 34.6 percent of the total": a subject this long,
    or with a figure in it, is the report before an inverted source, not a speaker."""
    name = mention.name or ""
    return len(name.split()) > 7 or any(ch.isdigit() for ch in name)


def ends_after_speaker(att: Attribution, masked: str, unit: Unit) -> bool:
    """Only punctuation follows the speaker phrase: "…, said the survey." closes its sentence."""
    return not masked[att.subject[1] - unit.start:].strip(" .!?\n\"”’")
