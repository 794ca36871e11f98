"""The pieces every construction reads: attributions, units and masked text.

A paragraph is read in *units*: its sentences, merged where a quotation runs
across a sentence end, and cut into pieces where a run-on text is longer than any
real sentence. `classify_spans` tells speech quotations from quoted fragments;
in a unit's masked text the speech quotations are blanked out with `MASK`, so
the constructions read only the writer's own words around them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..antecedents import STOP_NOT_AFTER_A_TITLE
from ..cues import CueMatch, find_cues
from ..quotes import QuoteSpan
from ..mentions import Mention
from ..text import count_words, sentence_spans

MASK = "\x01"   # a character of a speech quotation in masked text

# What tells a short quoted span that is speech (“Really,” she added.) from a
# fragment: a cue before it, a cue after it, a capital at its start.
_CUE_BEFORE = re.compile(r"\b(?:said|says|say|saying|asked|asking|added|adding|shouting|shouted|"
                         r"chanting|chanted|wrote|writing|tweeted|declared|told\s+\w+|replied)[,:]?$", re.I)
# "told the Harbor Gazette simply, “We lost.”", "said on Monday, “No.”": a sentence
# quoted after its cue's audience and adjuncts, however short
_CUE_THEN_ADJUNCTS = re.compile(r"\b(?:said|says|told|tells|added|adds|replied|answered|responded)"
                                r"(?:\s+[\w’'.\-]+){1,6}?\s*,\s*$")
_CUE_AFTER_SHORT = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[a-z]+(?:ed|s)\b|\s+(?:he|she|they)\s+\w+")
# … and after a short quotation opening its sentence, a title in lower case and a party tag
# too ("reporter Nora Vance asked", "Rep. Ben Ortiz, D-Ka., said"), or the cue first
# ("said Rep. Ben Ortiz")
_NAMED_CUE_AFTER_SHORT = re.compile(
    r"\s+(?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'.\-]*(?:\s+|,\s+[A-Z][\w’'.\-]*,\s+)){1,3}(?:[a-z]+(?:ed|s)|said|told|wrote|asked)\b"
    r"|\s+(?:said|says|asked|asks|told|wrote|writes)\s+(?:[a-z]+\s+){0,2}[A-Z]")
_DETERMINER_BEFORE_QUOTE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your|this|these|those)$", re.I)
_OPENING_WORD_UPPER = re.compile(r"[\W_]*[A-Z0-9]")
_BEFORE_A_PROGRAMME = (" told", " to", " on", " in", " with", " tells")
# "…,” Julia Carter said." / "…,” she replied.": who said a short answer, and nothing after
_SHORT_ANSWER_CLOSED = re.compile(r"\s+(?:he|she|they|I|we|(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]*"
                                  # ("“It sucked,” one of the project managers present said later.")
                                  r"|(?:the|a|an|one|another)\s+(?:[\w’'\-]+\s+){0,5}?[a-z][\w’'\-]*)\s+"
                                  r"(?:said|says|replied|replies|answered|answers|added|adds|laughed|shrugged)"
                                  r"(?:\s+(?:with\s+a\s+\w+|quickly|simply|flatly|later|afterwards?))?\s*[.,]")


def _ends_with_cue(before: str) -> bool:
    """The quotation follows a reporting verb: "he yelled “You lie!”", "chanted “USA!”"."""
    return _tail_ends_with_cue(before.rstrip(" ,:")[-24:])


@lru_cache(maxsize=4096)   # a text of thousands of quotation marks repeats the same few tails
def _tail_ends_with_cue(tail: str) -> bool:
    return any(c.end >= len(tail) - 1 for c in find_cues(tail))


@dataclass
class Attribution:
    cue: CueMatch                       # offsets in article text
    mention: Mention
    subject: tuple[int, int]            # offsets of the speaker words
    speaker_first: bool                 # "Zhang said …" (True) or "…, said Zhang" (False)
    speaker: Optional[str] = None
    kind: Optional[str] = None
    role: Optional[str] = None
    via: Optional[str] = None
    inherited: bool = False
    content_end: Optional[int] = None   # "Noting that C, Trump …": C ends at the comma
    relay: bool = False                 # "…, TASS reported": the outlet that relayed another's words
    resumes_main: bool = False          # "… the staff who accused him, and pledged …": past a relative clause's report
    put_question: bool = False          # "Asked by Ann Lee whether …, she said": the asker, whom no later pronoun means


@dataclass
class Unit:
    start: int
    end: int
    slots: list[QuoteSpan] = field(default_factory=list)      # speech quotations
    fragments: list[QuoteSpan] = field(default_factory=list)  # quoted fragments
    claimed: bool = False                                     # content of some quote


# A quotation's piece and its attribution just before: "“With help,” she says,"
_PIECE_BEFORE = re.compile(r"[,”\"’]\s*(?:[A-Za-z][\w’'.\-]*\s+){1,5}[a-z]+,$")
# Words that introduce a name given to something: "dubbed", "known as", "titled"
# ("called X “…”" is left alone: "Romney called Russia “our No. 1 foe”" characterises)
_NAMING_BEFORE = re.compile(r"\b(?:dubbed|nicknamed|titled|entitled|known\s+as|billed\s+as|so-called|headlined)"
                            r"\s*[:,]?$", re.I)
# A determiner or an owner before the marks and a noun the quoted words name after them:
# "the “Meth. We’re on it.” campaign", "its “Buy Local” slogan"
_DETERMINER_OR_OWNER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|\w[’']s)$", re.I)
_NAMED_THING_AFTER = re.compile(r"\s+(?:campaign|campaigns|slogan|motto|tagline|initiative|program|programme|policy|"
                                r"bill|act|law|hashtag|movement|tour|ad|ads|doctrine|mantra|brand|label|strategy)\b")
# A kind of work before its title in marks: "the 2015 essay “The Case for Empire,”",
# "the films “Radio Days” and “Hannah and Her Sisters.”"
_WORK_BEFORE = re.compile(r"\b(?:essay|essays|book|books|novel|novels|film|films|movie|movies|song|songs|album|"
                          r"albums|article|op-ed|column|play|plays|musical|series|show|shows|documentary|poem|"
                          r"podcast|episode|memoir|paper|single|track|painting|sitcom|drama|comedy|titles?)"
                          r"\s*(?:,|and)?\s*$", re.I)
# … a kind of work that is no venue for words said, right before the marks: "the show
# “Harbor,”" (not "wrote in her column “…”", "said on the podcast “…”")
_WORK_NOUN_JUST_BEFORE = re.compile(r"\b(?:films?|movies?|songs?|albums?|novels?|series|shows?|sitcoms?|musicals?|"
                                    r"documentar(?:y|ies)|paintings?)[^\S\n]$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|asked|asks|added|adds|declared|sang|sings)\b")
# A broadcaster's possessive right before the marks: "on CBS' ''60 Minutes''", "NBC's “Meet the Press”"
_OWNERS_PROGRAMME = re.compile(r"\b[A-Z][A-Za-z]*[A-Z](?:[’']s?|s[’'])$")
# ", Shona Robison," / ", the minister," right before the quotation: an apposition closed
_APPOSITION_CLOSED = re.compile(r"[a-z]\s*,\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'.\-]*|[a-z]+)(?:\s+[A-Z][\w’'.\-]*){0,3},$")
# A quotation closed earlier in the same sentence
_QUOTED_BEFORE_IN_SENTENCE = re.compile(r"[”\"’](?=[^.!?]*$)")
# A quotation opening on an auxiliary or modal: the predicate of a subject outside it
_PREDICATE_START = re.compile(r"\s*(?:will|would|is|are|was|were|has|have|had|must|can|could|should|may|might)\s")
# A lower-case word of the writer's right before the marks (not a cue's "said")
_WOVEN_AFTER = re.compile(r"\b(?!(?:said|says|say|told|tells|added|adds|asked|wrote|writes|that|declared|"
                          r"stated|replied|answered|noted|explained|insisted|warned)\b)[a-z][a-z’']*$")
# Short words a title leaves in lower case: "Once Upon a Time in Hollywood"
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with from by as vs".split())


def _is_title(inner: str) -> bool:
    """Words in title case, two to ten of them: a work's or a programme's name."""
    words = inner.split()
    return 2 <= len(words) <= 10 and (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
        and sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= 2   # ("60 Minutes")


# A byline after a headline in marks: “…,” by Ann Lee / “…” by The Post's Ann Lee
_BYLINE_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:’s|'s)?\s+){0,4}[A-Z][\w.\-]*\s*(?::|\(|$)", re.M)
# The second title of a list: "starred in “Harbor Lights” and “The Last Ferry,”"
_TITLE_LIST_BEFORE = re.compile(r"[”\"’],?\s+(?:and|or)$")


def _after_a_title(text: str, fragments: list[QuoteSpan], before: str) -> bool:
    return bool(fragments) and _TITLE_LIST_BEFORE.search(before) is not None \
        and _is_title(text[fragments[-1].start:fragments[-1].end])


def _sentence_start_before(text: str, span: QuoteSpan, para_start: int) -> int:
    """Where the sentence holding a quotation starts: after the last full stop before a
    capital (not "U.S. firms", "Jeffrey D. Feltman") or line break."""
    stop = -1
    for m in _STOP_BEFORE_CAPITAL.finditer(text, para_start, span.open):
        stop = m.start()
    return max(stop, text.rfind("\n", para_start, span.open), para_start)


_STOP_BEFORE_CAPITAL = re.compile(r"(?<![\s.][A-Z])\.\s+(?=[A-Z“\"‘])")


def _cue_in_sentence(text: str, span: QuoteSpan, para_start: int) -> bool:
    """Whether the sentence around a quotation has a cue of its own outside the marks
    ("…, Dr Hanlon said"; "Fallin said Trump is “…”"): the words woven in are then
    part of the report it attributes (a mixed quotation), not a quotation of their own."""
    start = _sentence_start_before(text, span, para_start)
    end_candidates = [i for i in (text.find(". ", span.close + 1), text.find("\n", span.close + 1)) if i != -1]
    end = min(end_candidates) if end_candidates else len(text)
    outside = text[start:span.open] + " " + text[span.close + 1:end]
    return any(cue.kind in ("speech", "object", "according") for cue in find_cues(outside))


def _inside_open_report(text: str, span: QuoteSpan, para_start: int) -> bool:
    """Whether a speech cue earlier in the sentence opened a report that has run for a
    few words of its own before the quotation (not "said that “…”", "said, “…”")."""
    start = _sentence_start_before(text, span, para_start)
    before = text[start:span.open].rstrip()
    if not before or before[-1] in ",:;—–-(":
        return False
    return any(cue.kind in ("speech", "evidence") and _reports_words(before[cue.end:]) for cue in find_cues(before))


def _reports_words(between: str) -> bool:
    # (not "told supporters Tuesday night that “…”": whom and when, then the quotation)
    return count_words(between) >= _OPEN_REPORT_WORDS and (
        not between.rstrip().endswith("that") or _VERB_OR_PAUSE.search(between) is not None)


_OPEN_REPORT_WORDS = 4   # "says that while she condemns racism, they show": the report's own words
_VERB_OR_PAUSE = re.compile(r",|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|"
                            r"must|do|does|did|[a-z]{3,}ed)\b")


# The writer's sentence going on in lower case after the closing mark, and a word that
# leaves a noun's slot open before the opening one
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")
_SLOT_WORD_BEFORE = re.compile(r"\b(?:from|of|to|for|with|about|by|into|the|a|an|his|her|their|its)$", re.I)


def _opens_sentence(before: str, span: QuoteSpan, para_start: int) -> bool:
    return span.open == para_start or not before or before[-1] in ".!?"


# Who said it, right after the closing mark ("“…” said Nick Merrill", "“…” he said")
_ATTRIBUTION_AFTER = re.compile(r"[^\S\n]+(?:(?:he|she|they|we|it|[a-z]+ly)\s+)?(?:said|says|added|adds|told|tells|wrote|"
                                r"writes|asked|asks|explained|noted|continued|recalled|insisted|argued|warned|replied)\b")


def _writer_goes_on(text: str, span: QuoteSpan) -> bool:
    """Whether the writer's clause goes on after a quotation opening the sentence ("“It
    sounds dramatic” if the lights go out, she said"): a lower-case word next, not who
    said it, and no quotation later in the sentence (not the first piece of an
    interrupted one: "“If there had been no intervention” by NATO, Clinton said, “we …”")."""
    after = span.close + 1
    if not _LOWER_WORD_AFTER.match(text, after) or _ATTRIBUTION_AFTER.match(text, after):
        return False
    stop = _SENTENCE_END_AFTER.search(text, after)
    rest = text[after:stop.start() if stop else len(text)]
    # (and the cue closes this sentence after a comma: not a quotation going on after "…,”
    # Clinton said.", nor one its attribution follows with no comma, "“…” the Post's editor
    # Steven Ginsberg responded.")
    return "," in rest and not any(mark in rest for mark in "“\"‘") \
        and any(cue.kind in ("speech", "object", "according") for cue in find_cues(rest))


_SENTENCE_END_AFTER = re.compile(STOP_NOT_AFTER_A_TITLE + r"(?=\s+[A-Z“\"])|\n")   # (not a title's period: "…, Mr. Powers said")


def classify_spans(text: str, spans: list[QuoteSpan], para_start: int) -> tuple[list[QuoteSpan], list[QuoteSpan]]:
    """Split quoted spans into speech (direct quotations) and fragments (scare quotes,
    titles, partial quotations woven into a sentence)."""
    speech, fragments = [], []
    for span in spans:
        inner = text[span.start:span.end]
        n_words = count_words(inner)
        before = text[max(para_start, span.open - 24):span.open].rstrip()
        opens_clause = (span.open == para_start or not before or before[-1] in ",:;—–-(.!?" or
                        before.lower().endswith((" that", " said", " says", " say", " asked", "wrote")))
        upper = bool(_OPENING_WORD_UPPER.match(inner))
        ends_punct = inner.rstrip(" ’'\"”")[-1:] in ".,!?…" if inner.strip() else False
        after = text[span.close + 1:span.close + 3] if span.closed else ""
        after_cue = bool(_CUE_BEFORE.search(before)) or _ends_with_cue(before) or (
            upper and ends_punct and _CUE_THEN_ADJUNCTS.search(text, max(para_start, span.open - 60), span.open) is not None)
        opens_clause = opens_clause or after_cue
        if span.closed and before.endswith(",") and after_cue and _PIECE_BEFORE.search(before):
            # "“With help,” she says, “nature can recover.”": the rest of an interrupted
            # quotation, whatever the case of its first word
            speech.append(span)
        elif span.closed and _BYLINE_AFTER.match(text, span.close + 1):
            # Notice—“You have two weeks left to …,” by the Gazette's Ann Lee: a
            # piece's headline and its byline, not words said
            fragments.append(span)
        elif _NAMING_BEFORE.search(before) or (span.closed and _DETERMINER_OR_OWNER_BEFORE.search(before)
                                               and _NAMED_THING_AFTER.match(text, span.close + 1)):
            # malware dubbed “Red Fox,”, a group called “Moms for Safety”, the state’s “Meth.
            # We’re on it.” campaign: a name in marks
            fragments.append(span)
        elif _is_title(inner) and (not ends_punct or before.lower().endswith(_BEFORE_A_PROGRAMME)
                                   or _OWNERS_PROGRAMME.search(before)
                                   or _WORK_BEFORE.search(before) or _after_a_title(text, fragments, before)):
            # (“PBS NewsHour.” after "told", "on", "in": the programme told, not words said)
            # “Once Upon A Time in Hollywood”, “CBS This Morning”: a title or a name in marks
            fragments.append(span)
        elif upper and n_words <= 6 and _WORK_NOUN_JUST_BEFORE.search(text, max(para_start, span.open - 24), span.open) \
                and not _SAID_BEFORE.search(text, _sentence_start_before(text, span, para_start), span.open):
            # 'music for the television show “Harbor,” her co-writers …': the work's name, a
            # word or two in marks right after its kind
            fragments.append(span)
        elif n_words < 3 and ends_punct and upper and span.closed and (not before or before[-1] in ".!?”\"") \
                and (n_words == 1 or not _is_title(inner)) and _SHORT_ANSWER_CLOSED.match(text, span.close + 1):
            # “Yes, absolutely,” Julia Carter said.: a short answer opening its sentence,
            # closed by who said it (but not “This Week,” in "on ABC's “This Week,” Rubio said")
            speech.append(span)
        elif n_words < 3 and not (ends_punct and upper and (
                after_cue or _CUE_AFTER_SHORT.match(text, span.close + 1 if span.closed else span.close)
                or (span.closed and (not before or before[-1] in ".!?”\"") and _NAMED_CUE_AFTER_SHORT.match(text, span.close + 1)))):
            # “Really,” she added. — but not the show's title “This Week.”
            fragments.append(span)
        elif not upper and not opens_clause and _WOVEN_AFTER.search(before) \
                and _cue_in_sentence(text, span, para_start):
            # 'we must now “double our efforts to reach the elderly,” as soon as possible, Dr
            # Hanlon said': words woven into the writer's clause, a partial quotation
            fragments.append(span)
        elif not upper and _APPOSITION_CLOSED.search(before) and _cue_in_sentence(text, span, para_start):
            # 'Ross said the First Minister and his deputy, Shona Robison, “must immediately set
            # the record straight”': the predicate after the subject's apposition, woven in
            fragments.append(span)
        elif not upper and before.endswith(",") and not after_cue and _PREDICATE_START.match(inner) \
                and _cue_in_sentence(text, span, para_start) and not _QUOTED_BEFORE_IN_SENTENCE.search(
                    text, max(para_start, span.open - 300), span.open):
            # 'striking workers, like those at Ford, “will return to work …,” the union said': the
            # predicate of the writer's subject after its aside, woven in (not the second piece
            # of an interrupted quotation: "“What I believe,” Duncan told the Times, “is that …”")
            fragments.append(span)
        elif not upper and _inside_open_report(text, span, para_start):
            # 'Bunting says that while she condemns racism, they show “a community which has
            # been pushed to its limit”': words woven into a report its cue already opened
            fragments.append(span)
        elif not upper and ((span.closed and not ends_punct and _LOWER_WORD_AFTER.match(text, span.close + 1))
                            or _SLOT_WORD_BEFORE.search(before)) and _cue_in_sentence(text, span, para_start):
            # 'said that “anyone with the determination to escape” from the prison could', 'stopping
            # firms from “turning over data to Chinese companies.”': words woven into the writer's clause
            fragments.append(span)
        elif upper and span.closed and not ends_punct and _opens_sentence(before, span, para_start) \
                and _writer_goes_on(text, span):
            # '“It sounds dramatic” if the lights go out, she said': the report opens on the
            # speaker's words and the writer's clause goes on after them, one mixed report
            fragments.append(span)
        elif _DETERMINER_BEFORE_QUOTE.search(before) and _is_title(inner.rstrip(" ,.")):
            # 'sources confirmed that she was a “Friend of Roger,” with special protection': a
            # name in title case after its article or possessive, in the writer's clause
            fragments.append(span)
        elif (upper and (opens_clause or ends_punct)) or (opens_clause and n_words >= 4) or \
                (ends_punct and n_words >= 6 and not after[:1].isalpha()):
            speech.append(span)
        else:
            fragments.append(span)
    return speech, fragments


def build_units(text: str, p_start: int, p_end: int, speech: list[QuoteSpan],
                fragments: list[QuoteSpan]) -> list[Unit]:
    """Sentences of a paragraph, merged where a quotation crosses a sentence end."""
    units: list[Unit] = []
    # Whether a quotation crosses a unit's end: the furthest end of the quotations
    # opened before it, swept along (unit ends only grow), so a paragraph of thousands
    # of sentences and quotations is read in one pass, not sentences x quotations.
    quoted = sorted(speech + fragments, key=lambda q: q.open)
    reach, at = -1, 0
    for s, e in sentence_spans(text, p_start, p_end):
        if units:
            while at < len(quoted) and quoted[at].open < units[-1].end:
                reach = max(reach, span_end(quoted[at]))
                at += 1
        if units and reach > units[-1].end:
            units[-1].end = e
        else:
            units.append(Unit(s, e))
    units = [piece for u in units for piece in _bounded(text, u)]
    slots_in, fragments_in = _opening_in(speech), _opening_in(fragments)
    for u in units:
        u.slots = slots_in(u)
        u.fragments = fragments_in(u)
    return units


def _opening_in(spans: list[QuoteSpan]):
    """A function giving the spans that open inside a unit, in their order."""
    opens = [q.open for q in spans]
    if opens != sorted(opens):
        return lambda unit: [q for q in spans if unit.start <= q.open < unit.end]
    return lambda unit: spans[bisect_left(opens, unit.start):bisect_left(opens, unit.end)]


MAX_UNIT_CHARS = 1500   # longer than any real sentence: a run-on text is read in pieces


def _bounded(text: str, unit: Unit) -> list[Unit]:
    """Cut a unit longer than any real sentence (a text without punctuation, hostile
    input) into pieces at spaces, so reading it stays linear in its length."""
    if unit.end - unit.start <= MAX_UNIT_CHARS:
        return [unit]
    pieces, start = [], unit.start
    while unit.end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + MAX_UNIT_CHARS // 2, start + MAX_UNIT_CHARS)
        cut = cut if cut != -1 else start + MAX_UNIT_CHARS
        pieces.append(Unit(start, cut))
        start = cut
    pieces.append(Unit(start, unit.end))
    return pieces


def span_end(q: QuoteSpan) -> int:
    """The end of a quoted span, past its closing mark when it has one."""
    return q.close + 1 if q.closed else q.close


def mask_speech(text: str, unit: Unit) -> str:
    """The unit's text with its speech quotations blanked out by MASK."""
    chars = list(text[unit.start:unit.end])
    for q in unit.slots:
        for i in range(max(q.open, unit.start), min(span_end(q), unit.end)):
            chars[i - unit.start] = MASK
    return "".join(chars)
