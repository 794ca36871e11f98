"""Spans: content regions cut into quotes.

Once `reader.ParagraphReader` has found the region an attribution reports, this module
cuts it: the direct quotations inside it and the reported words outside them
(`split_slots`), where a reported clause ends and the writer takes over (`report_end`:
a dash before "but", a participle clause, "while …" after an object, the writer's
paired-dash aside), and the `Quote` one span makes, or None when it is no report
(`make_quote`); `trim_quote` takes off the blanks and punctuation around a quote.
"""
from __future__ import annotations

import re
from typing import Optional

from ...records import Quote
from ..datelines import wire_dateline_end
from ..quotes import QuoteSpan
from ..speakers import SpeakerResolver
from ..lexicon import IRREGULAR_PAST_ALTERNATION, OPENING_TIME_OR_PLACE
from ..text import count_words
from .filters import REPORT_BOUNDARY, too_short_to_report
from .source_kinds import is_event_report
from .writers_voice import names_themself, writers_own_view
from .occasions import (MORE_THAN_AN_OCCASION, WHEN_AFTER_QUOTATION, WRITTEN_IN, how_or_when_said,
                        opening_of_a_quotation, when_quotation_was_said, writers_adjunct)
from .phrases import (ADJUNCT_START, AUXILIARY_OR_PAST, CLAUSE_START, FINITE_VERB, QUOTATION_CLOSERS, WHO_AUXILIARIES,
                      include_closing_mark, infinitive_report_end, report_start)
from ..cues import VOICE_ONLY
from .tails import NAMING_CUE, SEMICOLON, before_second_relative, untrailed_end
from .units import Attribution, Unit, span_end

# After an object ("emphasised China's role as a trading partner while …"): a clause of
# the writer's
# (and ", which he denied": the writer noting the answer)
_OBJECT_BOUNDARY = re.compile(r",?\s+(?:while|whereas|because|since|although|though|even\s+as)\s|"
                              # "called on the council to block the sale, but the port board wasn't …"
                              r",\s+but\s+(?!also\b|not\b|only\b|then\b)|"
                              # "calls for a single-payer system; Mrs. Clinton aims to …", "cites X as an example: He says …"
                              r"[;:]\s+(?=(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+|Dr\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+[a-z]+(?:s|ed)\b)|"
                              # "greeted each other as “dear friend” when they met": when it was said
                              r",?\s+when\s+(?=(?:he|she|they|it|we|the|his|her|their)\s)|"
                              r",\s+(?:which|something|a\s+claim)\s+(?:he|she|they|it|the\s+\w+|[A-Z]\w+)\s+"
                              r"(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|disputed|disputes|rejected|rejects)\b|"
                              # "faulted Reed's ferry budget, which a council audit later said was …": a report of its own
                              r",\s+which\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,3}?(?:said|says|called|calls|described|found|concluded|quoted)\s")
# After a noun phrase object, a comma, "and" and another subject's act: "denied the
# accusations, and Faircloth went to ground" (not "he and Manafort were …": the report's subject)
_AND_ANOTHER_ACT = re.compile(r"(?:,|(?<=,[”\"’]))\s+and\s+(?=(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:[a-z]{3,}ed|went|was|"
                              r"were|had|has|made|took|gave|said|told)\b|(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+|Dr\.\s+)?[A-Z][\w’'\-]+"
                              r"(?:\s+[A-Z][\w’'\-]+)?\s+(?:[a-z]{3,}ed|went|was|were|had|has|made|took|gave|said|told)\b)")
# When and where an act's object was stated: "repeated her doubts on Friday at a
# harbor meeting", "defended her ferry plan this week on the harbor radio"
_OBJECT_OCCASION = re.compile(
    r"\s+(?:on|last|this|next|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year|morning|afternoon|evening|night|weekend)\b|"
    r"\s+(?:in|during)\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:phone\s+call|call|statement|interview|"
    r"speech|tweet|letter|address|appearance|news\s+conference|press\s+conference)\b|"
    r"\s+at\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}(?:forum|rally|conference|event|meeting|hearing|"
    r"summit|briefing|fundraiser|dinner|luncheon|breakfast)\b|"
    r"\s+on\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,3}(?:show|program|programme|broadcast|podcast|"
    r"account|page|blog|website)\b|"
    # "called the actions “outrageous” in comments to Foreign Policy magazine"
    r"\s+in\s+(?:comments|remarks|an?\s+interview|an?\s+statement)\s+(?:to|with)\s+[A-Z]")
_WHO_BEFORE_CUE = re.compile(r"\bwho\b")
_RESUMED_WORDS = 8
_RELATIVE_BEFORE_SUBJECT = re.compile(r",\s+(?:which|who|whom)\s+$")
_MAIN_VERB_BACK = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:also|then|later|now|still|has|have|had|was|were|is|are|will|would|"
                             r"did|does|can|could|may|might|must|should|remains|remained|[a-z]{3,}ed|"
                             + IRREGULAR_PAST_ALTERNATION + r")\b")
_OPENING_ADJUNCT_RELATIVE = re.compile(r"\s*(?:(?:And|But|Yet)\s+)?(?:[Ii]n|[Aa]t|[Dd]uring|[Ff]or|[Oo]n)\s+[^,;:\x01]*?"
                                       r"\b(?:which|when|where|whom)\s+$")
_MAIN_CLAUSE_AFTER_ADJUNCT = re.compile(r",\s+(?=(?:even\s+)?(?:the|a|an|some|many|most|his|her|their|its|he|she|they|"
                                        r"it|we|I|[A-Z][\w’'\-]*)\s)")
# ", but Patel has repeatedly objected …": another named person's past act, the writer's
_OTHER_NAMED_ACTOR = re.compile(r",\s+but\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
                                r"(?:has|have|had)\s+(?:repeatedly\s+|long\s+|also\s+|since\s+|already\s+)?[a-z]{3,}ed\b")
_RESTRICTIVE_WHO_BEFORE = re.compile(r"[^\s,]\s+who\s+(?:[a-z]+ly\s+)?$")
_FINITE = r"(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|do|does|did)"
# a character of one clause: no punctuation, quotation, conjunction or relative word begins here
_SAME_CLAUSE = r"(?!\b(?:and|or|but|that|which|who|whom|whose|if|when|because)\b)[^,;:\x01“”\"]"
# the reported clause, with a finite verb, then the main clause's own ("… is flawed have a point")
_SECOND_FINITE_VERB = re.compile(r"((?:" + _SAME_CLAUSE + r")*?\b" + _FINITE + r"\b(?:" + _SAME_CLAUSE + r")*?)"
                                 r"\s+(?=(?:are|were|have|has|had|is|was)\b)")
# A participle's report on the noun opening the sentence ("A letter saying the plant would
# close was sent to workers"): its clause's verb, then the sentence's own
_MAIN_VERB_AFTER_PARTICIPLE_REPORT = re.compile(
    r"((?:\s*that\s)?(?:" + _SAME_CLAUSE + r")*?\b(?:" + _FINITE + r"|[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION
    + r"|fell|rose|grew|sank|came|went|became|saw|found|knew|got|hit|cut|fled|fought|broke|spoke|stood|sold)\b"
    # (a word of the report's own after its verb: not "would have attended", one verb)
    r"\s+(?!(?:have|has|had|be|been|and|or|but|that|which|who|whom|whose|if|when|because)\b)\w(?:" + _SAME_CLAUSE
    + r")*?)\s+(?=(?:was|were|has|have|had|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|"
    + IRREGULAR_PAST_ALTERNATION + r"|being|been)\b|went|came|became|drew|sparked|prompted|caused)")
_DETERMINED = re.compile(r"(?i:an?|the|this|that|these|those|its|their|his|her)\s")
_GERUND_FIRST = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")
_NEXT_CLAUSE_AFTER_GERUND = re.compile(r",\s+(?:and|but),\s")
# A subordinator opening the sentence with the subject: "While Clinton claimed that the
# videos exist, experts affirm …" (not "As Clinton said, …": the report is the main clause)
_SUBORDINATOR_WORD = (r"(?:while|although|though|even\s+though|even\s+as|because|since|if|whereas|when|after|before|"
                      r"once|until|unless)")
_OPENING_SUBORDINATOR = re.compile(r"(?:(?:And|But|Yet)\s+" + _SUBORDINATOR_WORD + r"|(?:While|Although|Though|"
                                   r"Even\s+though|Even\s+as|Because|Since|If|Whereas|When|After|Before|Once|Until|"
                                   r"Unless))\s")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?][”\"’']?\s+|:\s+)$")   # (or a colon: "… whites: When Mr. Lee …")
# … or after a comma or semicolon and a conjunction: "Kellard's backing is vital, and while
# she said she'd review the lease, it's doubtful …"
_JOINED_SUBORDINATOR = re.compile(r"(?:and|but|yet)\s+" + _SUBORDINATOR_WORD + r"\s")
_CLAUSE_JOIN_BEFORE = re.compile(r"[,;]\s+$")
# … or one between commas inside the sentence: "Her standing, even after she faulted Reed, suggests …"
_SUBORDINATOR_INSIDE = r"(?:even\s+)?(?:after|before|when|while|since|because|although|though|once|until|unless)\s+"
_SUBORDINATE_AFTER_COMMA = re.compile(r",\s+" + _SUBORDINATOR_INSIDE + "$")
_SUBORDINATOR_OPENS_SUBJECT = re.compile(_SUBORDINATOR_INSIDE)
_COMMA_BEFORE = re.compile(r",\s*$")


def _subordinate_after_comma(text: str, unit_start: int, subject_start: int) -> bool:
    """Whether the subject stands in a subordinate clause set off by commas inside the sentence
    ("Her standing, even after she faulted Reed, suggests …"): its report ends where the
    sentence goes on."""
    return bool(_SUBORDINATE_AFTER_COMMA.search(text, max(unit_start, subject_start - 20), subject_start)
                or (_SUBORDINATOR_OPENS_SUBJECT.match(text, subject_start)
                    and _COMMA_BEFORE.search(text, max(unit_start, subject_start - 3), subject_start)))
# Where the main clause begins after the opening subordinate clause's report: the first
# comma not followed by a preposition, conjunction, participle or adverb ("the videos exist,
# experts affirm …"; "the videos exist, in her view, nobody believed her")
# (or the comma closing a quoted phrase: "… calls it “a ferry for everyone,” Lee pounced …")
_MAIN_CLAUSE_AFTER_SUBORDINATE = re.compile(
    # (the comma, or the writer's dashed aside: "While some say A - an old favorite - others say B")
    r"(?:,|(?<=,[”\"’])|\s[-—–]{1,2}\s[^-—–\n\x01]{1,60}?\s[-—–]{1,2}(?=\s))"
    r"\s+(?!(?:if|when|as|in|on|at|by|for|with|without|to|from|of|and|or|nor|but|than|including|"
    r"such|after|before|since|because|although|though|unless|until|which|who|whom|whose|where|while|not|even|"
    r"especially|particularly|perhaps|instead|too|however|then|so|yet|like|despite|under|over|among|into|"
    # (a pronoun opens the main clause, "…, it passed", unless it attributes an aside of
    # the report's: "While the plan, she said, would …")
    r"(?:he|she|they|it|I|we)(?:\s+[a-z]+ly)?\s+(?:said|says|say|added|adds|noted|notes|argued|argues|insisted|"
    r"insists|wrote|writes|explained|explains|contended|contends|believed|believes|thought|thinks|told|tells))\b)"
    r"(?![a-z]+(?:ing|ly)\b)(?=[A-Za-z])")
# A report that opens with a subordinate clause of its own ("said that, if elected, she
# would …"): its first comma is its own
# (an intensifier may come first: "said that even after she leaves the port, she will …"; or the
# opening mark of a quotation: "conceding that “as long as …, there will be …”")
_SUBORDINATE_FIRST = re.compile(r"\s*(?:that\s*,?\s*)?[“\"]?(?:(?:even|just|only|shortly|soon|long|right)\s+)?"
                                r"(?:if|when|once|unless|while|although|though|because|as|after|"
                                r"before|until|since)\b", re.I)
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:also|then|later|now|still|has|have|had|was|were|is|are|will|would|"
                                  r"did|does|remains|remained|told|" + IRREGULAR_PAST_ALTERNATION +
                                  r"|[a-z]{3,}ed(?!\s+(?:by|to|that|in|on|at)\b))\b")
# Words before a colon introduce the quotation after it; they are the writer's
_INTRODUCES_QUOTE = re.compile(r":\s*$")
_DASH_OPENS_ASIDE = re.compile(r"\s[-—–]{1,2}\s*$")
# ", as recent visa policies have affected …", ", as Opposition MPs are expected to …": a
# clause of the writer's with a subject of its own (not "as it has for years", "as he said")
_WRITERS_AS_CLAUSE = re.compile(r",[”\"’]?\s+as\s+(?!(?:he|she|they|I|we|it|you|this|that)\b)(?:[\w’'\-]+\s+){1,8}?"
                                r"(?:are|is|was|were|have|has|had|will|would)\s+(?:[a-z]+ed|been|expected|likely|set)\b")
# ", but for Republicans, …", ", but to critics, …": the writer turning to another side's view
_OTHERS_VIEW = re.compile(r",\s+but\s+(?:for|to)\s+(?:[\w’'\-.]+\s+){0,4}?[\w’'\-.]+,\s")
# After a quoted description, the subject's next act: "“a terrible deal” and ranked …",
# "“an absolute disgrace,” and threatened …"; or the writer's participle or absolute
# phrase after it: "“tax machine,” voiced in a famous speech"
_NEXT_ACT_VERB = (r"\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|told|made|took|gave|went|"
                  r"vowed|threw|spent|sent|left|wrote|spoke|met|ran|won|lost)\b")
_NEXT_ACT = r",?" + _NEXT_ACT_VERB
_NEXT_ACT_AFTER_QUOTE = re.compile(
    r"[”\"’](?=" + _NEXT_ACT +
    r"|,?\s+(?:[a-z]+ed|made|given|spoken|written)\s+(?:in|by|at|on|during|after|before|from|with)\b"
    r"|,\s+with\s)")   # "as “woefully weak”, with up to a million hens …": the writer's absolute phrase

_NEXT_ACT_PIECE = re.compile(_NEXT_ACT)
# The same after quoted words inside a report, a comma before the conjunction
_NEXT_ACT_AFTER_QUOTED_WORDS = re.compile(r"(?:,[”\"’]|[”\"’],)(?=" + _NEXT_ACT_VERB + ")")
# A clause of its own after the quotation: "and", then a subject ("and the network fired her")
_NEXT_CLAUSE_PIECE = re.compile(r",?\s+(?:and|but)\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|"
                                r"[A-Z][\w’'\-]*)\s")

_NEW_SENTENCE = re.compile(r"\s+[A-Z“\"‘]")


def split_slots(text: str, unit: Unit, out):
    """Turn content regions into direct quotations (the slots inside them) and
    reported clauses (the words outside)."""
    result, led_into_quotations = [], set()
    for start, end, att, _ in out:
        if start >= att.cue.end and (how_or_when_said(text, start, end) or when_quotation_was_said(text, start, end, unit, att)):
            continue   # "“…,” he said, without referring to …", "“…,” Reed said 20 minutes into the hearing"
        if att.speaker_first and (_opens_with_subordinator(text, unit.start, att.subject[0])
                                  or _subordinate_after_comma(text, unit.start, att.subject[0])) \
                and not _SUBORDINATE_FIRST.match(text, start):
            # "As Fisk noted that Vance calls it “a ferry for everyone,” Lee pounced
            # …": the subordinate clause's report ends where the main clause begins, after a
            # quotation too
            end = _first_boundary(text, start, end, [(q.open, span_end(q)) for q in unit.slots],
                                  _MAIN_CLAUSE_AFTER_SUBORDINATE, min_words=2)
        inside = [q for q in unit.slots if q.open >= start - 1 and span_end(q) <= end + 1]
        if inside:
            for q in inside:
                result.append((q.start, q.end, att, "slot"))
            rest_words = text[start:end]
            for q in inside:
                rest_words = rest_words.replace(text[q.open:span_end(q)], " ")
            # (a chant or a shout reports its quoted words only: "Hundreds marched, chanting “…”,
            # raising fresh questions about …" is the writer's)
            if count_words(rest_words) >= 5 and not re.fullmatch(r"[\W\d_]*", rest_words) \
                    and att.cue.lemma_form not in VOICE_ONLY:
                # words outside the marks too: keep them as reported content
                pieces = _outside(start, end, inside)
                for ps, pe in pieces:
                    after_quotation = any(span_end(q) == ps for q in inside)
                    if after_quotation and _NEXT_ACT_PIECE.match(text, ps, pe):
                        continue   # "Canova wrote, “It’s time …,” and shared a link": the writer's
                    if att.cue.kind == "object" and after_quotation and _NEXT_CLAUSE_PIECE.match(text, ps, pe):
                        continue   # "called him a member of the cast of “Planet of the Apes,” and the
                        # network fired her": what he was called ends at the marks; the next clause is the writer's
                    if after_quotation and (_OBJECT_OCCASION.match(text, ps, pe) or WRITTEN_IN.match(text, ps, pe)):
                        continue   # "called “…” in his 2004 memoir Harbor Days": where it was written
                    if writers_adjunct(text, ps, pe):
                        continue   # "“…,” she said, but despite the fractious tone, “…”": the writer's
                    if (led_into := opening_of_a_quotation(text, ps, pe, inside)) is not None:
                        # "Aside from wartime, “…,” said X": one report, the adjunct and the quoted words
                        result[result.index((led_into.start, led_into.end, att, "slot"))] = (ps, span_end(led_into), att, "content")
                        led_into_quotations.add((led_into.start, led_into.end))
                        continue
                    if any(span_end(q) == ps and not text[start:q.open].strip(" ,:") for q in inside) \
                            and WHEN_AFTER_QUOTATION.match(text, ps, pe):
                        continue   # "The dockworkers chanted, “Save the ferry!” as they had for …": when, the writer's
                    if count_words(text[ps:pe]) >= 4 and not (
                            _INTRODUCES_QUOTE.search(text, max(ps, pe - 4), pe)
                            and (pe <= att.cue.start or not _opens_clause(text[ps:pe]))) \
                            and not (pe <= min(att.subject[0], att.cue.start)
                                     and _DASH_OPENS_ASIDE.search(text, max(ps, pe - 4), pe)):
                        # ("Another leader had to defend himself: “I'm no thief,” the
                        # president said": the words before the colon are the writer's; so are
                        # those before a dash the attribution closes: "Neither man was impressed
                        # - “…,” Elkins said -"; but "he told the Journal that despite the
                        # excitement, he didn't think it would last: “…”" reports them)
                        result.append((ps, pe, att, "content"))
        else:
            result.append((start, end, att, "content"))
    # slots with no attribution of their own get this unit's speaker
    used = {(s, e) for s, e, _, kind in result if kind == "slot"} | led_into_quotations
    atts = [a for _, _, a, _ in out]
    if atts:
        for q in unit.slots:
            if (q.start, q.end) not in used and not _ends_before_new_sentence(text, q, atts[0]):
                result.append((q.start, q.end, atts[0], "slot"))
    return result


def _opens_clause(piece: str) -> bool:
    """A subject and its verb open the words ("he didn't think …"), perhaps after an
    adjunct ("despite the excitement, he didn't think …")."""
    piece = " " + piece.lstrip()
    comma = piece.find(",", 0, 80)
    return CLAUSE_START.match(piece) is not None or (
        comma != -1 and ADJUNCT_START.match(piece) is not None and CLAUSE_START.match(piece, comma + 1) is not None)


def closed_sentence_before(text: str, q, att: Attribution) -> bool:
    """“… so the port stays open!” She answered …: the quotation ended its own sentence right
    before the attribution's subject, which opens the next (“…,” she replied: a comma
    hands it on)."""
    return q.closed and span_end(q) <= att.subject[0] and not text[span_end(q):att.subject[0]].strip() \
        and text[q.start:q.end].rstrip().endswith((".", "!", "?")) and text[att.subject[0]:att.subject[0] + 1].isupper()


def _ends_before_new_sentence(text: str, q, att: Attribution) -> bool:
    """“… so the port stays open!” She answered Tom that …: the quotation ended its own
    sentence before the speaker's, which reports a clause of its own; it is not theirs."""
    return att.speaker_first and closed_sentence_before(text, q, att) \
        and not _SAYS_IT.match(text, att.cue.end)   # (“It is done.” He said it with a smile.: the quotation)


# (not "that" before its own quotation: "“…?” Mr. Cueto responded that “the reason …”")
_SAYS_IT = re.compile(r"\s+(?:it|this|that|so|those\s+words)\b(?!\s+(?:is|was|would|will|has|had)\b)(?!\s*[“\"‘])")


_COMMA_THEN_CLOSER = tuple("," + mark for mark in QUOTATION_CLOSERS)   # ("…,” described")


def aside_report_end(text: str, unit_start: int, masked: str, cue_start: int, later_cues) -> Optional[int]:
    """Where a report made inside a relative aside ends: at the comma before the main
    clause's own cue ("Fisk, who estimates that his repairs ran “past half a
    million,” described …"), or None when the cue opens no such aside."""
    if not _ASIDE_WHO.search(masked, 0, cue_start):
        return None
    for later in later_cues:
        before = text[unit_start:unit_start + later.start].rstrip()
        if before.endswith(","):
            return unit_start + len(before) - 1
        if before.endswith(_COMMA_THEN_CLOSER):
            return unit_start + len(before)   # (a quotation closing on its comma keeps its mark)
    return None


def resumes_after_aside(aside: Attribution, text: str, cue_start: int) -> bool:
    """Whether a cue right after a relative aside's report is the main clause's, whose
    subject the aside described ("Ann Kibbe, who estimates that …, said she …")."""
    return aside.content_end is not None and aside.speaker_first and aside.cue.start < aside.content_end <= cue_start \
        and not text[aside.content_end:cue_start].strip(" ,”\"’'") \
        and _ASIDE_WHO.search(text, max(0, aside.cue.start - 30), aside.cue.start) is not None


_ASIDE_WHO = re.compile(r",\s*who\s+" + WHO_AUXILIARIES + "$")
_JOINING_CONJUNCTION = re.compile(r"(?:while|whereas)\s+(?=\S)")
_SAY = frozenset({"say", "says", "said", "saying"})
# but "said nothing would change", "said much of the plan was unfinished" report a clause
_AMOUNT_SAID = re.compile(r"(?:little|nothing|much|so\s+much|a\s+lot|a\s+great\s+deal|enough|"
                          r"very\s+little|almost\s+nothing)\b"
                          r"(?!\s+(?:would|will|is|was|has|had|can|could|should|may|might|must|remains|seems|"
                          r"[a-z]+ed)\b)(?!\s+of\b)")


_WHICH_END = re.compile(r",\s*which$")
# A report whose verb is bare (after "to" or a modal), then "and" and a verb in the past
# with its object: the subject's own next act ("vowed to cut taxes and hammered Bevin on …",
# "said the plan would fail and walked out of the room"; not "… and increased funding")
_BARE_VERB_THEN_OWN_ACT = re.compile(
    r"(?:to|[^,;:\x01“”\"]*?\b(?:would|will|could|can|should|must|might|may)(?:\s+not)?)\s+[a-z]+\b[^,;:\x01“”\"]*?"
    r"(\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION + r")"
    r"\s+(?:the|a|an|his|her|their|its|[A-Z][\w’'\-]*|out|up|off|away|back)\b)")
# The speaker declining to say more after the report: only a speaker declines to elaborate
# ("… but declined to elaborate", "…, but refused to give details", "and would not comment")
_DECLINED_TO_SAY_MORE = re.compile(
    r",?\s+(?:but|and)\s+(?:(?:he|she|they|it|the\s+[a-z]+)\s+)?(?:(?:also|then|later)\s+)?(?:declined|refused|"
    r"would\s+not|wouldn[’']t|did\s+not|didn[’']t)"
    r"\s+(?:to\s+)?(?:elaborate|comment|say|give|provide|discuss|specify|name|identify|offer|answer|detail|disclose|"
    r"reveal|explain|go\s+into|estimate|confirm)\b")   # (", but the agency didn't estimate how many …")
# A noun phrase of a few words with no modal or negation in it: "the obvious problem", "a
# key question" (not the clause "the casino would not last")
_ANNOUNCING_NOUN = re.compile(r"(?:the|a|an|this|these|his|her|their|its|our|one|two|three|some)\s+"
                              r"(?:(?!(?:will|would|can|could|should|may|might|must|not|do|does|did)\b)[\w’'\-]+\s+){0,4}"
                              r"(?!(?:will|would|can|could|should|may|might|must|not|do|does|did)\b)[\w’'\-]+")
# A colon, then a quotation or the paragraph's end (a quotation set apart after it)
_QUOTATION_AFTER_COLON = re.compile(r"[^\S\n]*:[^\S\n]*(?:[“\"‘]|\n|$)")


def relative_after_object(result: list[Attribution], boundary: str) -> bool:
    """"faulted Reed's ferry budget, which a council audit later said was …": a report
    of its own in a relative clause on the object of the report before (not inside a
    clause a speaker reports: "said the ruling, which some have claimed was …, was …")."""
    return bool(result) and result[-1].cue.kind == "object" and _WHICH_END.search(boundary) is not None


def in_capitals(span: str) -> bool:
    """Words set all in capitals (a dozen letters or more): no sentence of reported speech."""
    letters = [c for c in span if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def make_quote(text: str, resolver: SpeakerResolver, s: int, e: int, att: Attribution, kind: str,
               unit: Unit, paragraph: str) -> Optional[Quote]:
    """A quote of one content span, or None when it is no report."""
    if kind == "slot":
        qtype = "direct"
    elif is_event_report(att, text[s:e].lstrip(" ,:—–-"), resolver) or writers_own_view(att, resolver):
        return None
    elif names_themself(text[s:e], att.speaker) and (
            (att.mention.pronoun in ("he", "she") and e <= att.cue.start)
            or any(att.cue.end <= q.open and span_end(q) <= s for q in unit.slots)):
        return None   # "The question led Ortiz to dig …, and, he said, “…”", "Lee said: “…,”
        # yet the records show Lee signed each one": the writer's words about the speaker
    else:
        # (a report closed by its cue opens its own sentence: "That means …, according to X" keeps
        # its "That", drops only the writer's "For example,"; one after its cue drops the conjunction)
        s = wire_dateline_end(text, report_start(text, s, att, e))
        opened_on_cue = next((f for f in [*unit.fragments, *unit.slots]
                              if f.start <= att.cue.start and att.cue.end <= f.end and s < f.end < e), None)
        if opened_on_cue is not None:
            e = opened_on_cue.end   # 'Both leaders "stressed the importance of …" in the call': the
            # quotation opened on the cue, and its closing mark ends what they said
        joined = _JOINING_CONJUNCTION.match(text, s) if att.subject[0] >= e else None
        if joined and text[:s].rstrip().endswith(","):
            s = joined.end()   # "…, Harbor Radio reported, while in Kellard the march began …, the
            # Kellard Ledger reported": the conjunction joins two reports; it is neither's words
        e = untrailed_end(text, s, e)
        e = report_end(text, s, e, unit, att)
        after_cue = att.speaker_first and att.cue.end <= s   # "X said C": the content follows its cue
        own_act = _BARE_VERB_THEN_OWN_ACT.match(text, s, e) if after_cue else None
        if own_act:
            e = own_act.start(1)   # "promised to protect Medicaid and hammered Bevin on …": the
            # past tense cannot join the bare verb; it is the speaker's next act, the writer's
        declined = _DECLINED_TO_SAY_MORE.search(text, s, e) if after_cue else None
        if declined and declined.start() > s:
            e = declined.start()   # "said the plan was working but declined to elaborate": what the
            # speaker would not say is the writer's account, no part of the report
        others = _OTHERS_VIEW.search(text, s, e)
        if others and others.start() > s:
            e = others.start()   # "… were minor, but for the council, it is a clear warning": another view
        context = _WRITERS_AS_CLAUSE.search(text, s, e)
        if context and context.start() > s and not any(context.start() < f.open < e for f in unit.fragments):
            # "… will continue to welcome students, as recent visa policies have affected …":
            # the writer's context after the report (not the speaker's quoted words)
            e = context.start()
        if att.cue.kind == "object":
            opening = next((f for f in unit.fragments if f.open <= s <= f.start and span_end(f) < e), None)
            # (a two-mark close, '', may end one character past span_end's reckoning)
            after = next((p for p in (span_end(opening) - 1, span_end(opening)) if _NEW_SENTENCE.match(text, p)),
                         None) if opening is not None else None
            if after is not None:
                # "what she called ''careless pilots.'' That often refers to …": the
                # quoted description is the report; the next sentence is the writer's
                e = after
            next_act = _NEXT_ACT_AFTER_QUOTE.search(text, s, e)
            if next_act:
                # "called the lease “a bad bargain” and ranked her among …": the
                # quoted description ends the report; the subject's next act is not in it
                e = next_act.start() + 1
        elif att.speaker_first and (next_act := _NEXT_ACT_AFTER_QUOTED_WORDS.search(text, s, e)):
            # "said the SEC “will want a consistent base”, but questioned the timescale": the
            # speaker's next act after the quoted words and a comma, no part of the report
            e = next_act.end() if next_act.group(0).endswith(("”", '"', "’")) else next_act.start() + 1
        has_fragment = any(s <= f.open < e for f in unit.fragments) or \
            any(s <= q.open < e for q in unit.slots)
        if after_cue and not has_fragment and _QUOTATION_AFTER_COLON.match(text, e) \
                and _ANNOUNCING_NOUN.fullmatch(text, s, e) and not FINITE_VERB.search(text, s, e):
            return None   # "points out the obvious problem: “Nobody …”": what the quotation after the
            # colon says, not the noun announcing it, is the report
        if too_short_to_report(text, s, e, att) or (
                after_cue and att.cue.text.lower() in _SAY
                and _AMOUNT_SAID.match(text, s, e)) or in_capitals(text[s:e]):
            # "said little about the plan", "the retellings say nothing of …": how much
            # was said, not what; "RUSSIA IS MONITORING US TEST, PUTIN'S SPOKESPERSON SAYS",
            # "THE SOFTWARE IS WARRANTED, IF AT ALL, …": a link's label or a licence's shouting
            return None
        qtype = "mixed" if has_fragment or opened_on_cue is not None else "indirect"
        if has_fragment:
            e = include_closing_mark(text, s, e)
    quote = Quote(text=text[s:e], start=s, end=e, type=qtype, speaker=att.speaker,
                  speaker_kind=att.kind, role=att.role if att.kind == "person" else None,
                  cue=att.cue.text, via=att.via, paragraph=paragraph)
    if kind != "slot":
        quote.fragments = _around_attribution(text, s, e, att)
    return quote


def _around_attribution(text: str, s: int, e: int, att: Attribution) -> list[tuple[int, int]]:
    """"This press event, the paper said, was also supposed to …": a report its
    attribution interrupts is one quotation in two pieces, the attribution no part of
    either; [] when the attribution is not inside."""
    first, last = min(att.subject[0], att.cue.start), max(att.subject[1], att.cue.end)
    if not (s < first and last < e):
        return []
    before = text.rfind(",", s, first)
    after = text.find(",", last, e)
    if before == -1 or after == -1 or text[before + 1:first].strip() or text[last:after].strip(" \t"):
        return []
    head_end = before
    tail_start = after + 1
    while tail_start < e and text[tail_start].isspace():
        tail_start += 1
    return [(s, head_end), (tail_start, e)] if head_end > s and tail_start < e else []


def report_end(text: str, s: int, e: int, unit: Unit, att: Attribution) -> int:
    """The report ends where the writer takes over: a dash before "but" or "even as",
    a participle clause, "compared to" (`filters.REPORT_BOUNDARY`)."""
    if e <= min(att.subject[0], att.cue.start):
        return e   # a closing attribution ("Gas has problems — but …, Roe said") covers its whole sentence
    inside = [(q.open, span_end(q)) for q in [*unit.fragments, *unit.slots]]
    cut = infinitive_report_end(text, s, _first_boundary(text, s, e, inside, REPORT_BOUNDARY, min_words=3))
    if att.speaker_first:
        cut = _first_boundary(text, s, cut, inside, _OTHER_NAMED_ACTOR, min_words=3)
    if att.cue.kind == "object":
        # "emphasised China's role as a trading partner while Trump's tariffs …": an
        # object is a noun phrase; a clause of the writer's follows it
        bounded = _first_boundary(text, s, cut, inside, _OBJECT_BOUNDARY, min_words=2)
        if not _THAT_OPENS.search(text, s, bounded):
            cut = bounded   # (but "his view that although Israel has the right …, the U.S. should …":
            # the object's own clause holds the subordinate one)
        cut = _occasion_after_object(text, s, cut, inside, att)
        if NAMING_CUE.fullmatch(att.cue.text):   # "calls it X; rivals call it Y": a name ends there
            cut = _first_boundary(text, s, cut, inside, SEMICOLON, min_words=1)
    another = _first_boundary(text, s, cut, inside, _AND_ANOTHER_ACT, min_words=2)
    if another < cut and "," not in text[s:another].rstrip("”\"’").rstrip(",") \
            and not AUXILIARY_OR_PAST.search(text, s, another) \
            and not FINITE_VERB.search(text, s, another):
        cut = another   # (a noun phrase reported: not "said the port would close, and the council …",
        # nor a list, "the quality of the driving, the cars, and the experience has declined")
    elif _GERUND_FIRST.match(text, s):
        # "denied abusing her, and, as he has alleged before, he speculates …": after a
        # gerund, an adjunct between commas opens the writer's next clause
        cut = _first_boundary(text, s, cut, inside, _NEXT_CLAUSE_AFTER_GERUND, min_words=1)
    if att.speaker_first and att.cue.text.endswith("ing") and not text[att.subject[1]:att.cue.start].strip() \
            and _DETERMINED.match(text, att.subject[0]) and (not text[unit.start:att.subject[0]].strip()
                 or _SENTENCE_END_BEFORE.search(text, max(unit.start, att.subject[0] - 4), att.subject[0])):
        # "A report showing that crime fell was published": the report ends where the verb
        # of the sentence its noun opens comes
        main = _MAIN_VERB_AFTER_PARTICIPLE_REPORT.match(text, s, cut)
        if main:
            cut = main.end(1)
    elif att.speaker_first and att.cue.text.endswith("ing") and text[att.subject[1]:att.cue.start].strip() == ",":
        # "Ann Lee, saying the plant had closed, was angry": the aside's report ends where
        # the subject's own verb comes back
        cut = _first_boundary(text, s, cut, inside, _MAIN_VERB_BACK, min_words=2)
    if att.speaker_first and _RESTRICTIVE_WHO_BEFORE.search(text, max(0, att.cue.start - 30), att.cue.start):
        # "Critics who say the plan is flawed have a point": the report in a restrictive
        # clause ends where the sentence's own verb follows the reported clause's
        second = _SECOND_FINITE_VERB.match(text, s, cut)
        if second:
            cut = second.end(1)
    if att.speaker_first and _WHO_BEFORE_CUE.search(text, att.subject[0], att.cue.start):
        # "Paul Ode, a diver who claimed in May that wrecks were missed, also attended":
        # the relative clause ends where the sentence's own verb comes back
        resumed = _first_boundary(text, s, cut, inside, _MAIN_CLAUSE_RESUMES, min_words=2)
        if resumed < cut and count_words(text[resumed:cut]) <= _RESUMED_WORDS:
            cut = resumed   # (a short predicate: a longer one is more often the report's own)
    elif att.speaker_first and _RELATIVE_BEFORE_SUBJECT.search(text, max(0, att.subject[0] - 12), att.subject[0]):
        # "The fare changes, which port staff said will start in June, will not apply
        # to …": the aside's report ends where the main clause's verb comes back, however long
        cut = _first_boundary(text, s, cut, inside, _MAIN_VERB_BACK, min_words=2)
    elif att.speaker_first and _opens_with_subordinator(text, unit.start, att.subject[0]):
        # "While Clinton claimed that the videos exist, experts affirm …": the report in
        # the subordinate clause ends where the main clause begins
        if not _SUBORDINATE_FIRST.match(text, s):
            cut = _first_boundary(text, s, cut, inside, _MAIN_CLAUSE_AFTER_SUBORDINATE, min_words=2)
    elif att.speaker_first and _OPENING_ADJUNCT_RELATIVE.match(text, unit.start, att.subject[0]):
        # "At a time when many economists say growth is slowing, the bank raised rates":
        # the report in the opening adjunct ends where the main clause begins
        cut = _first_boundary(text, s, cut, inside, _MAIN_CLAUSE_AFTER_ADJUNCT, min_words=2)
    cut = before_second_relative(text, s, cut, inside)
    while cut > s and (text[cut - 1].isspace() or text[cut - 1] in ",;:—–-"):
        cut -= 1
    return cut


def _opens_with_subordinator(text: str, unit_start: int, subject_start: int) -> bool:
    return bool(_OPENING_SUBORDINATOR.match(text, subject_start)
                and _SENTENCE_END_BEFORE.search(text[max(unit_start, subject_start - 8):subject_start])) or bool(
        _JOINED_SUBORDINATOR.match(text, subject_start)
        and _CLAUSE_JOIN_BEFORE.search(text[max(unit_start, subject_start - 4):subject_start])) or bool(
        _SUBORDINATOR_AFTER_ADVERB.match(text, subject_start)
        and _ADVERB_OPENING_BEFORE.search(text[max(unit_start, subject_start - 60):subject_start]))


# "Ultimately, while experts told Newsweek that …, no one would …": a sentence adverb first
# ("In a September debate, while his rivals called for …, Trump …": or a phrase of when or where)
_SUBORDINATOR_AFTER_ADVERB = re.compile(_OPENING_SUBORDINATOR.pattern, re.I)
_ADVERB_OPENING_BEFORE = re.compile(r"(?:^|[.!?][”\"’']?\s+)(?:[A-Z][a-z]+ly|However|Still|Now|Meanwhile|Instead|"
                                    r"Indeed|Yet|But|And|So|" + OPENING_TIME_OR_PLACE + r"),\s+$")


def _occasion_after_object(text: str, s: int, e: int, inside: list[tuple[int, int]], att: Attribution) -> int:
    """Where an object's occasion begins ("her ferry plan | this week on the harbor radio"),
    or ``e`` when what follows says more than when and where (a "that" clause, a quoted
    word, "as …") or the time word is part of the object ("in the last year")."""
    for m in _OBJECT_OCCASION.finditer(text, s, e):
        if count_words(text[s:m.start()]) < 2 or any(a <= m.start() < b for a, b in inside):
            continue
        if _DETERMINER_BEFORE.search(text, s, m.start()) or _POSSESSIVE_AFTER.match(text, m.end()):
            continue   # ("announcing the repairs in the last year", "at this week’s meeting")
        if MORE_THAN_AN_OCCASION.search(text, m.start(), e) or any(m.start() < a < e for a, _ in inside) \
                or AUXILIARY_OR_PAST.search(text, s, m.start()) or too_short_to_report(text, s, m.start(), att):
            return e   # (a clause's time is part of what it says: "may not reopen the pier this year"; and
            # an object too short alone, "Western sanctions", keeps its occasion)
        return m.start()
    return e


_THAT_OPENS = re.compile(r"\bthat\s*$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|in|at|for|of|by|from|until|to|during|since)\s*$", re.I)
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")


def _first_boundary(text: str, s: int, e: int, inside: list[tuple[int, int]],
                    boundary: re.Pattern, min_words: int) -> int:
    """Where the writer takes over inside a reported clause (the first ``boundary`` after
    ``min_words`` words and outside a quoted fragment), or ``e``."""
    for m in boundary.finditer(text, s, e):
        if count_words(text[s:m.start()]) >= min_words and not any(a <= m.start() < b for a, b in inside) \
                and not _THAT_OPENS.search(text, s, m.start()):   # (a clause never ends on its "that":
            return m.start()   # "it is fitting that, having overcome obstacles, she …")
    return e


def _outside(start: int, end: int, inside: list[QuoteSpan]) -> list[tuple[int, int]]:
    """The stretches of [start, end) outside the quotations."""
    pieces, cursor = [], start
    for q in sorted(inside, key=lambda q: q.open):
        if q.open > cursor:
            pieces.append((cursor, q.open))
        cursor = max(cursor, span_end(q))
    if cursor < end:
        pieces.append((cursor, end))
    return pieces
