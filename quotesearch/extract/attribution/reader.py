"""Attribution: linking quoted and reported content to who said it.

Works paragraph by paragraph, on *units*: sentences, merged where a quotation
runs across a sentence end. In each unit the speech quotations are masked out
and what remains is read for attribution structures:

    “Q,” Zhang said.                 Q, Zhang said (that) C.     Zhang told X that C.
    Zhang said: “Q”                  C, says China's ambassador, Zhang Hanhui.
    “Q1,” Zhang said, “Q2.”          According to X, C.          C, according to X.
    “Q,” Zhang said, adding that C.  Zhang called on X to C.     C, Zhang said, and C2.

Direct quotes are the words inside the marks; indirect content is the reported
clause without speaker, cue, "that" or final punctuation; content holding a
quoted fragment is mixed. Quotations with no cue of their own take the speaker
of a neighbouring attribution ("X said:" before them, or the quote they continue).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...records import Quote
from ..cues import INVERTIBLE, RECIPIENT_CUES, THAT_ONLY, CueMatch, find_cues
from ..lexicon import AUXILIARIES, NON_SPEAKER_SOURCES, PREPOSITIONS
from ..quotes import QuoteSpan
from ..speakers import DOCUMENT_NOUNS, Mention, SpeakerResolver, parse_mention, plausible_speaker
from ..text import NEWS_ABBREVIATIONS, count_words, sentence_spans, strip_span

MASK = "\x01"
_WORD = re.compile(r"\w+")
_THAT = re.compile(r"\bthat\b", re.I)
_ADJUNCT_START = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(PREPOSITIONS | {"earlier", "later", "recently",
                                                    "yesterday", "today", "tonight", "again", "also",
                                                    "previously", "once", "further", "separately",
                                                    "shortly", "afterwards",
                                                    "monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"}))
    + r")\b)", re.I)
_RECIPIENT = re.compile(
    r"\s+(?P<recipient>(?:the\s+)?(?:reporters|journalists|lawmakers|supporters|the\s+press|the\s+media|"
    r"me|us|him|her|them|the\s+audience|the\s+crowd|the\s+committee|an?\s+(?:(?!that\b)\w+\s+){0,2}(?!that\b)\w+|"
    r"(?:[A-Z][\w’'&.\-]*\s*){1,5}|(?:the\s+)?(?:[A-Z][\w’'&.\-]*\s*){1,5}|"
    r"(?:the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:that|in|on|at|during|after|when|last|this)\b|\s*[,.:]|$)|"
    r"(?:(?!that\b)[a-z]+\s+){0,2}[a-z]{3,}s(?=\s+(?:that|he|she|they|it|we|I|there)\b)))", )
_INTERVIEW_WITH = re.compile(r"\binterview\s+with\s+(?:the\s+)?((?:[A-Z][\w’'&.\-]*\s*){1,5})")
_READOUT_FROM = re.compile(
    r"\b(?:a\s+)?(?:readout|statement|transcript|release)\s+(?:from|by|of|issued by)\s+((?:the\s+)?[A-Z][\w’'.\- ]{1,60})")
# A clause begins: "thinks he can win", "believes Trump is right", "hopes the talks will …"
_CLAUSE_START = re.compile(
    r"\s+(?:(?:he|she|they|it|we|I|you|there)\b(?!\s+(?:to)\b)|"
    r"(?:[A-Z][\w’'\-]*\s+){1,3}(?:is|are|was|were|will|would|can|could|should|has|have|had|must|may|might)\b|"
    r"the\s+\w+\s+(?:is|are|was|were|will|would|can|could|should|has|have|had)\b)")
# "… and then pointed out", "… but also said": a second predicate of the same subject
_COORDINATED = re.compile(r"(?:\band|\bbut)(?:\s+(?:then|also|later|again|quickly))?\s*$", re.I)
_DASH_ASIDE = re.compile(r"\s[—–]\s?[^—–\x01]{1,120}?\s?[—–](?=\s*$)|\s--\s[^\x01]{1,120}?\s--(?=\s*$)")
_ADVERBIAL_ONLY = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(PREPOSITIONS | {"later", "earlier", "meanwhile", "still", "but", "and",
                                                  "asked", "pressed", "speaking", "separately",
                                                  "however", "also", "yet", "now", "then"}))
    + r")\b[^,;:]{0,60},?\s*$|\s*\W*\s*$)", re.I)
# "critics who say", "the 30 percent who say": a restrictive relative clause's noun
_RESTRICTIVE_WHO = re.compile(r"((?:[\w’'%\-]+\s+){0,4}[\w’'%\-]+)\s+who\s*$")
# "which he said", "what she says": the subject after a relative pronoun
_RELATIVE_SUBJECT = re.compile(r"\s*(?:which|what|that|whom|where)\s+(he|she|they|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}|"
                               r"(?:the\s+|many\s+|some\s+)?[a-z]+s)\s*$")
_ABBREVIATION_DOT = re.compile(
    r"\b(?:" + "|".join(sorted({a for a in NEWS_ABBREVIATIONS if "." not in a}, key=len, reverse=True))
    + r"|[A-Z])\.", re.I)
_PARTICIPLE_LEAD = re.compile(r"\b(?:before|after|while|when|by|in|without|also)\s*$", re.I)
_SUBJECT_WITH_RELATIVE = re.compile(r"\s*((?:[\w’'.\-]+\s+){0,5}?[\w’'.\-]+)\s+(?:who|that)\s+\w+(?:\s+[^,]*)?$")
_TIME_THEN_CLAUSE = re.compile(
    r"(\s+(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"recently|again|also|earlier|later))(?=\s+(?:he|she|they|it|we|I|there|[A-Z]\w*\s+(?:is|was|will|would|has|had|can|could)|"
    r"the\s+\w+\s+(?:is|are|was|were|will|would|has|had))\b)", re.I)
_TIME_BEFORE_CUE = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|for\s+(?:months|years)|over\s+the\s+years)"
    r"(?:\s+(?:has|have|had))?\s*$")
_AFTER_SUBORDINATOR = re.compile(
    r"\b(?:because|although|though|while|whereas|since|after|before|when|if|as|that|and|but)\s+"
    r"((?:[\w’'.\-]+\s+){0,7}[\w’'.\-]+)\s*$", re.I)
_ASKED_OPENING = re.compile(r"\s*(?:(?:when|if|after|once|while)\s+)?(?:he\s+was\s+|she\s+was\s+)?[Aa]$|"
                            r"\s*(?:(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce)\s+)?[Aa]sked\b", re.I)
_BASE_FORMS = frozenset("""say tell add note stress emphasize emphasise remark suggest argue explain
insist announce declare assert warn write tweet acknowledge admit deny predict reply respond
recall maintain contend complain confirm concede conclude reveal vow propose reiterate ask
answer urge praise criticize blame condemn welcome thank defend describe dismiss accuse
""".split())
_OPENING_CONNECTIVES = frozenset({"but", "and", "yet", "so", "still", "however", "now", "also",
                                  "meanwhile", "indeed", "moreover", "instead", "in fact"})
# Questions are reported with "whether", "if" or a wh-word: "asked whether candidates …"
_QUESTION_START = re.compile(
    r"\s+(?:(?:\w+\s+){0,3}(?:whether|if|how|why|what|who|whom|when|where|which)\b|"
    r"(?:him|her|them|us|me|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?|(?:the|his|her|their)\s+\w+)\s+(?:not\s+)?to\s)")
_SPLIT_AND = re.compile(r"\s*,\s*(?:and|but)\s+")
_LEADING_JUNK = re.compile(r"[\s,:;—–-]*(?:that\s+)?", re.I)
_CUE_BEFORE = re.compile(r"\b(?:said|says|say|saying|asked|asking|added|adding|shouting|shouted|"
                         r"chanting|chanted|wrote|writing|tweeted|declared|told\s+\w+|replied)[,:]?$", re.I)
_ENDS_WITH_VERB = re.compile(r"\b[a-z]{3,}(?:ed|s)\s*,$")
_CUE_AFTER_SHORT = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[a-z]+(?:ed|s)\b|\s+(?:he|she|they)\s+\w+")
_OPENING_WORD_UPPER = re.compile(r"[\W_]*[A-Z0-9]")
_CONTINUATION_EXTRA = 3     # sentences an indirect quote may extend over
# ", and he railed against …", ", he appears uneasy": the writer is back to describing
# the speaker, so the reported clause ended at the comma
_NEW_CLAUSE_ABOUT_SPEAKER = re.compile(
    r",\s+(?:and\s+|but\s+|while\s+|although\s+)?(?:he|she)\s+(?!said|says)"
    r"|,\s+(?:who|whose)\s"                       # ", who has been battered …": the writer's aside
    r"|,?\s+but\s+(?:has|have|had|is|was|did|does|will|would)\s"   # "… but has withheld …"
    r"|,\s+and\s+(?:also\s+)?(?:suggested|said|added|argued|warned|noted|called|urged|insisted|stressed)\b"
    r"|\s[-—–]+\s+(?:\w+ly\s+)?\w+ing\b")          # "- essentially conceding …"
# Words that open an adverbial phrase before a sentence's subject ("On Friday, ",
# "Speaking at a town hall in Salem, ", "Hours later, ") — not a name ("Mr. Trump, …").
_OPENER = (r"(?:(?:In|On|At|After|Before|During|Since|Despite|Following|Speaking|Asked|Earlier|Later|"
           r"Meanwhile|Hours|Days|Weeks|Months|Years|Last|This|Yesterday|Today|When|While|As|Though|"
           r"Although|With|Without|For|From|Under|Over|Still|Yet|But|And|So|Also|Then|Now|Instead|"
           r"However|Moreover|Indeed|Later|Back|Once|If|Unlike|Like|Amid|Among)\b|[A-Z][a-z]+(?:ly|ing|ed)\b)")
# What follows a cue and tells how or when it was said: "as …", "when …"
_ADJUNCT_CLAUSE = re.compile(
    r"\s*(?:[\w\-]+ly\s+)?(?:as|when|while|whenever)\b(?![^,;:\x01]*,)")
_SENTENCE_END = re.compile(r"[.!?][’'\"”]*\s+[A-Z“\"‘]")
_CLAUSE_BREAK = re.compile(r"\s[-—–]+\s|;\s|—|\(")
_SUBORDINATE_OPENING = re.compile(r"(?:if|when|once|unless|because|although|though|after|before|until|"
                                  r"while|whether)\b[^,]*$", re.I)
# A capitalised word after the first: "the FBI data", "FEC records" name who keeps them
_NAMED_SOURCE = re.compile(r"\S\s+(?:[A-Z]|\S*[A-Z]{2})|^(?!(?:The|A|An)\b)[A-Z]")
_RELATIVE_TAIL = re.compile(r"\s+(?:who|that|which|whose)\s.*$", re.S)
_SOURCE_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ed|out|taken|done|made|written|drawn|shown)\b.*$", re.S)
_OBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
# After "C1, according to X," the verb of C1 goes on: ", has surged", ", represents"
_REPORT_GOES_ON = re.compile(
    r"\s*,\s*(?=(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|did|does|"
    r"do|also|still|now|already|never)\b|(?!(?:and|but|or|who|which|whose|that|as|an?|the|his|her|its|"
    r"their|one|another|said|says|adding|saying)\b)[a-z]+(?:ed|s)\b)")
# A relative clause inside the subject position: "what many analysts said", "than aides say"
_INNER_RELATIVE_SUBJECT = re.compile(
    r"(?:^|\s)(?:which|what|whom|where|than|in\s+which|of\s+which)\s+"
    r"((?:[\w’'%\-]+\s+){0,4}[\w’'%\-]+)\s*$")
# An absolute phrase of a share: "…, with 30 percent of voters saying …"
_WITH_SUBJECT = re.compile(
    r"(?:^|\s)with\s+((?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+majority|most|many|"
    r"some|nearly|almost|about|just|only|more|fewer|roughly)\b)(?:[\w’'%\-]+\s+){0,6}[\w’'%\-]+)\s*$", re.I)
# Promises report a commitment in an infinitive: "vowed to block the bill"
_COMMISSIVES = frozenset({"vow", "vows", "vowed", "vowing", "promised", "promising", "pledged", "pledging"})
_INFINITIVE = re.compile(r"(\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
                         r"(?:again|also|repeatedly|publicly|once\s+more)\s+)?)to\s+(?:not\s+)?[a-z]")
# "MATTHEWS: Well, …", "Bill Clinton: Hillary ‘Better Qualified …’": up to four capitalised
# words, a colon, and what they said
_LABELLED_LINE = re.compile(
    r"\s*(?P<label>(?:[A-Z][\w’'.\-]*)(?:\s+(?:[A-Z][\w’'.\-]*)){0,3}):\s+(?P<rest>\S)")
_NOT_LABELS = frozenset("""the a an this that these those update updated note editor editor’s editor's
source sources related exclusive watch read video photo photos breaking live correction
disclaimer background summary highlights also keywords question answer q warning abstract full
text transcript caption credit advertisement listen see follow subscribe more tags opinion
analysis commentary interview excerpts excerpt bottom""".split())
# "was asked", "when asked": a question put by someone the sentence does not name
_UNNAMED_ASKER = re.compile(r"\b(?:was|were|been|being|when|if|after|once)\s+(?:\w+ly\s+)?$", re.I)
# Asides between a subject and its verb that are no apposition: ", however,", ", for instance,"
_DISCOURSE_ASIDE = re.compile(
    r"\s*(?:however|though|too|also|meanwhile|instead|moreover|indeed|in\s+turn|in\s+fact|for\s+(?:example|"
    r"instance|their\s+part|his\s+part|her\s+part|its\s+part)|on\s+the\s+other\s+hand|in\s+(?:a|an|the|his|her|"
    r"their)\s+[\w\s’'\-]{1,40}|at\s+(?:a|an|the)\s+[\w\s’'\-]{1,40}|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday))\s*$", re.I)
# Two words that make a report: a pronoun and its verb, or a determined object of a speech act
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|it|we|I|you)\s+[a-z’']+$", re.I)
_TWO_WORD_REPORT = re.compile(r"(?:(?:he|she|they|it|we|I|you)\s+[a-z’']+|(?:his|her|their|its|the|our)\s+[\w’'\-]+)$",
                              re.I)
# An adverbial that opens a sentence: a preposition, subordinator, participle or time word
_INTRODUCTORY = re.compile(
    r"\s*(?:(?:In|On|At|After|Before|During|Since|Despite|Following|Ahead|Amid|Throughout|Upon|Until|"
    r"Within|When|While|As|Though|Although|Because|If|Once|Unlike|Like|With|Without|Under|Over|From|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight|Earlier|Later|"
    r"Recently|Shortly|Hours|Days|Weeks|Months|Years)\b|(?:Last|This|Next)\s+(?:week|month|year|morning|"
    r"afternoon|evening|night|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b|[A-Z][a-z]+ing\b)")
# The subject that opens a sentence, after an optional short adverbial ("On Friday, ").
_SENTENCE_SUBJECT = re.compile(
    r"\s*(?:" + _OPENER + r"(?:\s+[\w’'\-.]+){0,10},\s+){0,2}((?:[A-Z][\w’'\-.]*\s+){0,6}[A-Z][\w’'\-]*|[Hh]e|[Ss]he|[Tt]hey|"
    r"(?:The|A|An)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would)\b))"
    r"(?=\s+[a-z])")


def _ends_with_cue(before: str) -> bool:
    """The quotation follows a reporting verb: "he yelled “You lie!”", "chanted “USA!”"."""
    tail = before.rstrip(" ,:")[-24:]
    return any(c.end >= len(tail) - 1 for c in find_cues(tail))


@dataclass
class _Attribution:
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


@dataclass
class _Unit:
    start: int
    end: int
    slots: list[QuoteSpan] = field(default_factory=list)      # speech quotations
    fragments: list[QuoteSpan] = field(default_factory=list)  # quoted fragments
    claimed: bool = False                                     # content of some quote


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
        after_cue = bool(_CUE_BEFORE.search(before)) or _ends_with_cue(before)
        opens_clause = opens_clause or after_cue
        if n_words < 3 and not (ends_punct and upper and (
                after_cue or _CUE_AFTER_SHORT.match(text, span.close + 1 if span.closed else span.close))):
            # “Really,” she added. — but not the show's title “This Week.”
            fragments.append(span)
        elif (upper and (opens_clause or ends_punct)) or (opens_clause and n_words >= 4) or \
                (ends_punct and n_words >= 6 and not after[:1].isalpha()):
            speech.append(span)
        else:
            fragments.append(span)
    return speech, fragments


def build_units(text: str, p_start: int, p_end: int, speech: list[QuoteSpan],
                fragments: list[QuoteSpan]) -> list[_Unit]:
    """Sentences of a paragraph, merged where a quotation crosses a sentence end."""
    units: list[_Unit] = []
    for s, e in sentence_spans(text, p_start, p_end):
        if units and any(q.open < units[-1].end and _span_end(q) > units[-1].end for q in speech + fragments):
            units[-1].end = e
        else:
            units.append(_Unit(s, e))
    units = [piece for u in units for piece in _bounded(text, u)]
    for u in units:
        u.slots = [q for q in speech if u.start <= q.open < u.end]
        u.fragments = [q for q in fragments if u.start <= q.open < u.end]
    return units


MAX_UNIT_CHARS = 1500   # longer than any real sentence: a run-on text is read in pieces


def _bounded(text: str, unit: _Unit) -> list[_Unit]:
    """Cut a unit longer than any real sentence (a text without punctuation, hostile
    input) into pieces at spaces, so reading it stays linear in its length."""
    if unit.end - unit.start <= MAX_UNIT_CHARS:
        return [unit]
    pieces, start = [], unit.start
    while unit.end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + MAX_UNIT_CHARS // 2, start + MAX_UNIT_CHARS)
        cut = cut if cut != -1 else start + MAX_UNIT_CHARS
        pieces.append(_Unit(start, cut))
        start = cut
    pieces.append(_Unit(start, unit.end))
    return pieces


def _span_end(q: QuoteSpan) -> int:
    return q.close + 1 if q.closed else q.close


def _masked(text: str, unit: _Unit) -> str:
    chars = list(text[unit.start:unit.end])
    for q in unit.slots:
        for i in range(max(q.open, unit.start), min(_span_end(q), unit.end)):
            chars[i - unit.start] = MASK
    return "".join(chars)


class ParagraphReader:
    """Reads the attributions of an article's body paragraphs, in order."""

    def __init__(self, text: str, resolver: SpeakerResolver):
        self.text = text
        self.resolver = resolver
        self.quotes: list[Quote] = []
        self.last_speaker: Optional[tuple[str, str, Optional[str]]] = None
        self.last_speaker_para = -10
        self.para_index = 0
        self.previous_open_quote = False
        self.previous_ends_colon = False
        self.colon_subject: Optional[tuple[str, str, Optional[str]]] = None
        self.pending_open: list[Quote] = []
        self.reading_headline = False

    # -- public ---------------------------------------------------------------------
    def read_paragraph(self, p_start: int, p_end: int, spans: list[QuoteSpan],
                       headline: bool = False) -> None:
        """Read one paragraph. A headline yields only quotes whose speaker it names
        ("Bernie Sanders Says He’s Already Started Writing His Inaugural Address"),
        never ones it leaves to be guessed ("…, says Chinese ambassador")."""
        text = self.text
        self.reading_headline = headline
        speech, fragments = classify_spans(text, spans, p_start)
        units = build_units(text, p_start, p_end, speech, fragments)
        found: list[tuple[_Unit, list[tuple[int, int, _Attribution, str]]]] = []
        for unit in units:
            spans_found = self._read_unit(unit)
            if headline:
                spans_found = [x for x in spans_found if _names_speaker(x[2].mention)]
                unit.slots = [q for q in unit.slots if any(x[0] == q.start for x in spans_found)]
            found.append((unit, spans_found))
        self._extend_indirect(found)
        before = len(self.quotes)
        self._emit(found, p_start, p_end)
        if len(self.quotes) == before:
            self._labelled_line(p_start, p_end, spans)
        self.previous_open_quote = bool(spans) and not spans[-1].closed
        self.previous_ends_colon = text[p_start:p_end].rstrip().endswith(":")
        self.colon_subject = None
        if self.previous_ends_colon:
            # "President Clinton released the following statement:" introduces the next paragraph
            last = self.resolver.history[-1] if self.resolver.history else None
            if last and last.position >= p_start:
                self.colon_subject = (last.name, last.kind, self.resolver.roles.get(last.name))
        self.para_index += 1

    def _labelled_line(self, p_start: int, p_end: int, spans: list[QuoteSpan]) -> None:
        """A line that a name and a colon open: a transcript's turn ("MATTHEWS: Well, …")
        or a headline's claim ("Ryan: FBI Decision ‘Defies Explanation’"). Read only
        when nothing else in the paragraph is attributed."""
        text = self.text
        m = _LABELLED_LINE.match(text, p_start, p_end)
        if not m:
            return
        label = m.group("label").strip()
        words = label.split()
        if words[0].lower() in _NOT_LABELS or label.lower() in _NOT_LABELS:
            return
        s, e = m.start("rest"), p_end
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
            e -= 1
        if count_words(text[s:e]) < 5 or any(q.open == m.start("rest") for q in spans):
            return  # “Q” after the colon is a direct quotation, read elsewhere
        if any(w.lower() in PREPOSITIONS for w in words[1:]):
            return  # "Big Win For Bernie: …", "Stat Of The Week: …": a title, not a name
        head = words[-1].title() if label.isupper() else words[-1]
        if len(words) == 1 and head.lower() not in DOCUMENT_NOUNS and not head.endswith("s") \
                and not any(x.start() != m.start("label")
                            for x in re.finditer(r"\b" + re.escape(head) + r"\b", text)):
            return  # "Bombshell: …", "Wow: …": a word the article names nobody by
        mention = parse_mention(label.title() if label.isupper() else label)
        if mention is None or not mention.name or mention.kind not in ("person", "organization", "group"):
            return
        resolved = self.resolver.resolve(mention, m.start()) or (mention.name, mention.kind, mention.role)
        if not resolved[0] or not plausible_speaker(resolved[0], label):
            return
        name, kind, role = resolved
        qtype = "mixed" if any(s <= q.open < e for q in spans) else "indirect"
        if qtype == "mixed":
            e = _include_closing_mark(text, s, e)
        self.quotes.append(Quote(
            text=text[s:e], start=s, end=e, type=qtype, speaker=name, speaker_kind=kind,
            role=role if kind == "person" else None, cue=":", via=None, paragraph=text[p_start:p_end]))
        if kind == "person":
            self.resolver.note_subject(name, kind, m.start())

    # -- one unit -------------------------------------------------------------------
    def _read_unit(self, unit: _Unit) -> list[tuple[int, int, _Attribution, str]]:
        """Content spans of the unit as (start, end, attribution, kind) with kind
        "slot" (a direct quotation) or "content" (reported clause)."""
        text = self.text
        masked = _masked(text, unit)
        attributions = self._attributions(unit, masked)
        self._note_subject(unit, masked, attributions)
        if not attributions:
            return []
        out: list[tuple[int, int, _Attribution, str]] = []
        claimed_until = unit.start
        for i, att in enumerate(attributions):
            if att.relay:
                continue
            nxt = attributions[i + 1] if i + 1 < len(attributions) else None
            region_end = self._region_start(nxt, masked, unit) if nxt else unit.end
            if att.speaker_first:
                left_end = att.subject[0]
            else:
                left_end = min(att.subject[0], att.cue.start)
            tail_start = max(att.cue.end, att.subject[1])
            if att.content_end is not None:
                tail_start, region_end = att.cue.end, att.content_end
            after = self._content_after(att, tail_start, region_end, masked, unit)
            # content before the attribution ("Q, Zhang said" / "C, said Zhang"); a
            # speaker-first attribution only closes what precedes it when no clause of
            # its own follows ("In their discussions, Xi said C" reports C only)
            closes = not att.speaker_first or (
                self._attribution_closes(att, masked, unit)
                and (after is None or _SPLIT_AND.match(self.text, tail_start)
                     or self.text[tail_start:after[0]].lstrip().startswith(",")
                     or masked[:att.subject[0] - unit.start].rstrip().endswith(MASK)))
            if closes:
                before = (max(claimed_until, unit.start), left_end)
                if after is not None and _ADVERBIAL_ONLY.match(self.text[before[0]:before[1]]):
                    pass  # "In an interview, Durbin said, “…”": the opening phrase is no report
                elif att.speaker_first and before[0] == unit.start \
                        and _INTRODUCTORY.match(self.text, before[0], before[1]) \
                        and self._goes_on(att, masked, unit):
                    # "Speaking on the radio last week, Kiedis said his band …", "Friday
                    # morning, as the parade rolled by, CNN reported …": the sentence goes on
                    # after its cue, so what opened it is an adverbial, not the report
                    pass
                elif self._has_words(before) and not att.inherited:
                    out.append((before[0], before[1], att, "content"))
            if after:
                prev = out[-1] if out else None
                if prev is not None and prev[2] is att and prev[3] == "content" \
                        and self.text[tail_start:after[0]].strip() == "," \
                        and MASK not in masked[prev[0] - unit.start:after[1] - unit.start] \
                        and not _SENTENCE_END.search(self.text, prev[0], prev[1]) \
                        and "," not in self.text[prev[0]:prev[1]].rstrip(" ,") \
                        and not re.match(r"[a-z]+ing\b", self.text[after[0]:after[1]]):
                    # "This campaign, he says, is different.": one report, interrupted; it
                    # opens after a dash or semicolon ("… - all of whom, she said, needed …")
                    start = prev[0]
                    for m in _CLAUSE_BREAK.finditer(self.text, prev[0], prev[1]):
                        start = m.end()
                    out[-1] = (start, after[1], att, "content")
                elif prev is not None and prev[2] is att and prev[3] == "content":
                    out.append((after[0], after[1], att, "content"))
                else:
                    out.append((after[0], after[1], att, "content"))
                claimed_until = after[1]
            else:
                claimed_until = max(tail_start, claimed_until)
        return self._split_slots(unit, out)

    def _attributions(self, unit: _Unit, masked: str) -> list[_Attribution]:
        result: list[_Attribution] = []
        cues = find_cues(masked)
        according: list[_Attribution] = []
        content_open_from: Optional[int] = None
        for cue_rel in cues:
            cue = CueMatch(cue_rel.start + unit.start, cue_rel.end + unit.start, cue_rel.text, cue_rel.kind)
            if cue.kind == "according":
                att = self._according(cue, masked, unit)
                if att:
                    according.append(att)
                continue
            comma_before = masked[:cue_rel.start].rstrip().endswith((",", ",”", ",\"", ",’", ",'", ",''")) or \
                masked[:cue_rel.start].rstrip().endswith(MASK)   # "… is “not a backslapper,” said X"
            att = None
            if masked[:cue_rel.start].rstrip().endswith(",") and cue.text.lower().endswith("ing"):
                # "Fallon responded on Twitter, calling …", "Carson endorsed Trump at
                # Mar-a-Lago, his private club, calling …": the participle's subject is
                # the clause's, not the noun phrase before the comma
                if result:
                    att = _Attribution(cue, result[-1].mention, (cue.start, cue.start), True, inherited=True)
                else:
                    att = self._sentence_subject(cue, masked, unit)
            if att is None and cue.lemma_form == "asked" and _UNNAMED_ASKER.search(masked, 0, cue_rel.start) \
                    and _QUESTION_START.match(masked, cue_rel.end) \
                    and not _ASKED_OPENING.match(masked, 0, cue_rel.start + 1):
                # "Doe was asked what happened …", "…, she said when asked which …": the
                # question is reported, its asker unnamed
                att = _Attribution(cue, Mention(text="asked", pronoun="who", kind="person"),
                                   (cue.start, cue.start), True)
                comma = masked.find(",", cue_rel.end)
                if comma != -1:
                    att.content_end = unit.start + comma
            if att is None:
                att = self._subject_left(cue, masked, unit)
            if att is None and comma_before and cue.lemma_form in INVERTIBLE:
                att = self._subject_right(cue, masked, unit)
            # "… and then pointed out that …" (a finite verb; "to raise her voice and say"
            # is an infinitive, no report)
            coordinated = _COORDINATED.search(masked, 0, cue_rel.start) is not None \
                and cue.text.lower() not in _BASE_FORMS
            # "… before saying, “…”", "… while insisting that …": a participle of the subject's
            adverbial = cue.text.lower().endswith("ing") and \
                _PARTICIPLE_LEAD.search(masked, 0, cue_rel.start) is not None
            if att is None and ((comma_before and cue.text.lower().endswith("ing")) or coordinated
                                or adverbial):
                # "…, adding that …", "…, telling Reuters, “…”", "… and then pointed out that …"
                # (not after "When asked …,": the question's asker is not the subject)
                if result and not (result[-1].mention.pronoun == "who" and result[-1].mention.text == "asked"):
                    prev = result[-1]
                    att = _Attribution(cue, prev.mention, (cue.start, cue.start), True, inherited=True)
                else:
                    att = self._sentence_subject(cue, masked, unit)
            if att is None and cue.lemma_form == "asked" and _ASKED_OPENING.match(masked, 0, cue_rel.start + 1):
                # "When asked whether he would run, Rubio …": the question, its asker unnamed
                comma = masked.find(",", cue_rel.end)
                if comma != -1 and _QUESTION_START.match(masked, cue_rel.end):
                    att = _Attribution(cue, Mention(text="asked", pronoun="who", kind="person"),
                                       (cue.start, cue.start), True)
                    att.content_end = unit.start + comma
            if att is None and cue_rel.start == len(masked) - len(masked.lstrip()) \
                    and cue.text.lower().endswith("ing"):
                # "Noting that X, Trump reminded …": the subject comes after the clause
                att = self._opening_participle(cue, masked, unit)
            if att is None:
                continue
            # A cue inside content already reported ("said that the two sides believe …")
            # is part of that content, unless a new clause starts at a comma with a name.
            if content_open_from is not None and not att.inherited:
                boundary = masked[:att.subject[0] - unit.start].rstrip()
                if not (boundary.endswith((",", ";", MASK)) and att.mention.name) and att.speaker_first:
                    continue
            if cue.kind == "evidence" and not _is_document(att.mention):
                continue  # "polls show …", "a study found …" but not "Trump showed …"
            if any(prev.subject[0] <= cue.start < prev.subject[1] for prev in result):
                continue  # "said one official, who asked not to be named": part of a speaker phrase
            if not self._resolve(att, result[-1] if result else None):
                continue
            if att.kind in ("person", "group", "organization") and att.speaker:
                # later pronouns in this very paragraph refer back to this speaker
                self.resolver.note_subject(att.speaker, att.kind, att.cue.start)
            result.append(att)
            if att.speaker_first and (cue.lemma_form not in THAT_ONLY or _THAT.match(
                    masked, cue.end - unit.start + 1)):
                content_open_from = cue.end
        if according:
            if result:
                # "According to TASS, Putin said …" / "…, Putin said, according to TASS":
                # the outlet relayed the statement
                for acc in according:
                    if not self._resolve(acc):
                        continue
                    for att in result:
                        att.via = att.via or acc.speaker
                    acc.relay = True
                    result.append(acc)
            else:
                result = [a for a in according if self._resolve(a)]
                for att in result:
                    if att.speaker:
                        self.resolver.note_subject(att.speaker, att.kind, att.cue.start)
        # "Lavrov said on Sunday that C, TASS reported.": the outlet relayed Lavrov's words
        relays = [a for a in result if a.cue.lemma_form in ("reported", "reports") and not a.speaker_first
                  or (a.cue.lemma_form in ("reported", "reports") and a.kind == "organization"
                      and any(b.cue.start < a.cue.start and b.kind == "person" for b in result))]
        if relays and len(relays) < len(result):
            for att in result:
                if att in relays:
                    att.relay = True    # bounds the content before it, reports nothing itself
                else:
                    att.via = att.via or relays[0].speaker
        for att in result:
            if att.via is None:
                att.via = self._via(att, masked, unit)
        result.sort(key=lambda a: a.cue.start)
        return result

    def _subject_left(self, cue: CueMatch, masked: str, unit: _Unit) -> Optional[_Attribution]:
        rel = cue.start - unit.start
        # "Democratic leaders — and, in particular, Harry Reid — insisted": drop the aside
        left = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), masked[:rel])
        hard = max(left.rfind(MASK), left.rfind(";"), left.rfind(":"), left.rfind("—"), left.rfind(" – "),
                   left.rfind(" - ") + 1 if left.rfind(" - ") != -1 else -1)
        for m in _THAT.finditer(left):
            hard = max(hard, m.end() - 1)
        # "Paul Ryan, the nation's highest-ranking Republican, on Tuesday called …"
        segment = _TIME_BEFORE_CUE.sub("", left[hard + 1:])
        parts = segment.split(",")
        if len(parts) >= 2 and parts[-1].strip() and all(
                w.lower() in AUXILIARIES for w in parts[-1].split()):
            # "Mr. Kirk, who still speaks with difficulty, also noted": the adverb after the aside
            cut = segment.rfind(parts[-1])
            segment = segment[:cut] + " " * len(parts[-1])
            parts = parts[:-1] + [" " * len(parts[-1])]
        if len(parts) >= 3 and not parts[-1].strip() and _DISCOURSE_ASIDE.match(parts[-2]):
            # "Supporters of the plan, on the other hand, argued": the aside is no apposition
            parts = parts[:-2] + [parts[-1]]
        shares = False
        stripped = segment.rstrip()
        if stripped.endswith((",”", ",\"", ",’", ",'", ",''")):
            # "Doe, who calls the mayor a “sociopath,” said": the aside ends in a quotation
            stripped = stripped[:-1]
        if stripped.endswith(","):
            # an apposition or aside before the cue: "X, the ambassador, said"
            candidates = [",".join(parts[-k - 1:-1]) for k in (2, 3, 4, 5, 6) if len(parts) >= k + 1]
            candidates += [parts[-2]] if len(parts) >= 2 else []
        else:
            candidates = [parts[-1]]
            restrictive = _RESTRICTIVE_WHO.search(parts[-1])
            relative = _RELATIVE_SUBJECT.match(parts[-1])
            if restrictive and parts[-1].strip().lower() != "who":
                # "critics who say …", "18% who say …": the noun the clause restricts
                offset = unit.start + hard + 1 + segment.rfind(parts[-1].strip())
                head = parse_mention(restrictive.group(1), lenient=True)
                mention = head if head and (head.name or head.pronoun) else \
                    Mention(text="who", pronoun="who", kind="group")
                return _Attribution(cue, mention, (offset, offset + len(parts[-1].strip())), True)
            if relative:
                candidates = [relative.group(1)]    # "which he said …", "what she says …"
            else:
                inner = _INNER_RELATIVE_SUBJECT.search(parts[-1]) if cue.kind == "speech" else None
                if inner and not restrictive:
                    # "displaying what many analysts said was …", "less credit than aides say …"
                    candidates = [inner.group(1)] + candidates
            absolute = _WITH_SUBJECT.search(parts[-1]) if cue.text.lower().endswith("ing") else None
            if absolute:
                candidates = [absolute.group(1)]    # "…, with 30 percent of voters saying …"
                shares = True
            clause = _AFTER_SUBORDINATOR.search(parts[-1])
            if clause:
                # "… is notable in part because House Speaker Paul Ryan has said …"
                candidates.append(clause.group(1))
            inner_who = _SUBJECT_WITH_RELATIVE.match(parts[-1])
            if inner_who and not restrictive:
                # "a White House official who spoke anonymously to discuss strategy said …"
                candidates.append(inner_who.group(1))
            if parts[-1].strip().lower() == "who" and len(parts) >= 2:
                # "Juanita Broaddrick, who said …": the speaker is the antecedent, or
                # unknown when the antecedent is no name ("a young child, who said …")
                antecedent = _last_name_run(parts[-2])
                if antecedent:
                    candidates = [antecedent]
                else:
                    offset = unit.start + hard + 1 + segment.rfind(parts[-1].strip())
                    return _Attribution(cue, Mention(text=parts[-1].strip(), pronoun="who", kind="person"),
                                        (offset, offset + 3), True)
        after_quote = left[:hard + 1].endswith(MASK) or left[:hard + 1].rstrip().endswith(MASK)
        # "Almost half said", "The magazine argued": any short noun phrase will do as
        # the subject of a plain speech verb (not of a participle or a thought verb)
        strong = cue.kind in ("speech", "object") and not cue.lemma_form.endswith("ing") and (
            cue.lemma_form not in THAT_ONLY or _THAT.match(masked, rel + len(cue.text) + 1))
        for cand in candidates:
            if not cand or not cand.strip() or count_words(cand) > 40:
                continue
            lenient = (after_quote and cand is candidates[0]) or (strong and not stripped.endswith(",")) \
                or shares
            mention = parse_mention(cand, lenient=lenient, max_tokens=6 if after_quote else 12)
            if mention and mention.name and not plausible_speaker(
                    self.resolver.canonical(mention.name) if mention.kind == "person" else mention.name,
                    mention.text):
                continue  # "Hours later, …": no speaker here; let the other readings try
            if mention:
                offset = unit.start + hard + 1 + segment.rfind(cand.strip())
                return _Attribution(cue, mention, (offset, offset + len(cand.strip())), True)
        return None

    def _subject_right(self, cue: CueMatch, masked: str, unit: _Unit) -> Optional[_Attribution]:
        rel = cue.end - unit.start
        # the periods of "Sen." or "J." do not end the speaker phrase
        right = _ABBREVIATION_DOT.sub(lambda d: d.group(0)[:-1] + "\x02", masked[rel:])
        m = re.match(r"\s+([^.;:!?\x01]*?)(?=\s*(?:[.;:!?\x01]|,\s*(?:adding|saying|noting|and|but|“|\"|\x01)|$))", right)
        if not m:
            return None
        phrase = masked[rel + m.start(1):rel + m.end(1)]
        # "…, said Zhang in a statement": the subject stops at an adjunct
        cut = _ADJUNCT_START.search(" " + phrase)
        while cut and cut.start() < len(phrase) and not (" " + phrase)[cut.start()].isspace():
            # an adjunct starts at a word: "in" inside "Gavin" is no adjunct
            cut = _ADJUNCT_START.search(" " + phrase, cut.start() + 1)
        first = phrase.split(",")[0] if "," in phrase else None   # "the strategist X, a longtime ally"
        for candidate in (phrase, phrase[:cut.start()] if cut and cut.start() > 0 else None, first):
            if not candidate:
                continue
            # only a speaker stands here, so participles are allowed in it
            # ("said one Republican involved in the planning")
            mention = parse_mention(candidate, lenient=True, max_tokens=10, participles=True)
            if mention and not mention.pronoun:
                start = cue.end + m.start(1)
                return _Attribution(cue, mention, (start, start + len(candidate.rstrip())), False)
            if mention and mention.pronoun:
                start = cue.end + m.start(1)
                return _Attribution(cue, mention, (start, start + len(candidate.rstrip())), False)
        return None

    def _sentence_subject(self, cue: CueMatch, masked: str, unit: _Unit) -> Optional[_Attribution]:
        m = _SENTENCE_SUBJECT.match(masked)
        if m and m.end(1) + unit.start <= cue.start and not m.group(1).endswith(("’s", "'s")):
            mention = parse_mention(m.group(1))
            if mention and (mention.name or mention.pronoun or mention.description):
                start = unit.start + m.start(1)
                return _Attribution(cue, mention, (start, start + len(m.group(1))), True)
        # "Ryan’s campaign shrugged off the remarks, telling reporters …": a noun phrase
        # and its verb open the clause
        left = masked[:cue.start - unit.start]
        if not (left.rstrip().endswith(",") and cue.text.lower().endswith("ing")):
            return None
        np = _clause_subject(left) if MASK not in left else None
        mention = parse_mention(np, lenient=True) if np else None
        if not mention or not (mention.name or mention.pronoun) or not plausible_speaker(mention.name, np):
            return None
        start = unit.start + left.find(np)
        return _Attribution(cue, mention, (start, start + len(np)), True)

    def _opening_participle(self, cue: CueMatch, masked: str, unit: _Unit) -> Optional[_Attribution]:
        rel = cue.end - unit.start
        comma = masked.find(",", rel)
        if comma == -1:
            return None
        m = _SENTENCE_SUBJECT.match(masked, comma + 1)
        if not m:
            return None
        mention = parse_mention(m.group(1), lenient=True)
        if not mention:
            return None
        start = unit.start + m.start(1)
        att = _Attribution(cue, mention, (start, start + len(m.group(1))), True)
        att.content_end = unit.start + comma
        return att

    def _according(self, cue: CueMatch, masked: str, unit: _Unit) -> Optional[_Attribution]:
        rel = cue.end - unit.start
        # the periods of "Mr." or "U.S." do not end the source phrase
        right = _ABBREVIATION_DOT.sub(lambda d: d.group(0)[:-1] + "\x02", masked[rel:])
        m = re.match(r"\s+([^,.;:!?\x01]+)", right)
        if not m:
            return None
        phrase = masked[rel + m.start(1):rel + m.end(1)]
        head_words = set(w.lower() for w in _WORD.findall(phrase))
        if head_words & NON_SPEAKER_SOURCES and not _NAMED_SOURCE.search(phrase):
            return None   # "according to official data", but "according to FBI data"
        mention = parse_mention(phrase, lenient=True, max_tokens=12)
        if not mention:
            # only a source stands here: "early results of exit polls conducted by …",
            # "officials who worked with him"
            head = _RELATIVE_TAIL.sub("", phrase)
            mention = parse_mention(head, lenient=True, max_tokens=12) or \
                parse_mention(head, lenient=True, max_tokens=20, participles=True)
            if not mention and _SOURCE_PARTICIPLE.search(head):
                # "a Times/CBS News survey released on Thursday": the survey
                mention = parse_mention(_SOURCE_PARTICIPLE.sub("", head), lenient=True, max_tokens=12)
        if not mention and phrase.strip().lower() in _OBJECT_FORMS:
            # "according to him": the person last spoken of
            mention = parse_mention(_OBJECT_FORMS[phrase.strip().lower()])
        if not mention:
            return None
        start = cue.end + m.start(1)
        before = masked[:cue.start - unit.start].strip()
        # "According to X, C." puts the content after ("But, according to X, C." too)
        opening = not before.strip(" ,") or before.strip(" ,").lower() in _OPENING_CONNECTIVES or (
            # "In addition, according to the department, C": an adverbial opened the sentence
            before.endswith(",") and count_words(before) <= 5 and _INTRODUCTORY.match(before) is not None
            and MASK not in before)
        return _Attribution(cue, mention, (start, start + len(phrase.rstrip())), speaker_first=opening)

    def _resolve(self, att: _Attribution, previous: Optional[_Attribution] = None) -> bool:
        if att.inherited and previous is not None:
            att.speaker, att.kind, att.role = previous.speaker, previous.kind, previous.role
            return True
        resolved = self.resolver.resolve(att.mention, att.cue.start)
        if resolved is None:
            if att.mention.name:
                resolved = (att.mention.name, att.mention.kind, att.mention.role)
            elif att.mention.description:
                # "the gambling tycoon" named nowhere else: keep it as written
                resolved = (_as_written(att.mention.text), "person", None)
            elif att.mention.pronoun:
                # an attribution whose speaker the text never names: the quote is real,
                # its speaker unknown
                resolved = (None, att.mention.kind, None)
            else:
                return False
        if resolved[0] is not None and not plausible_speaker(resolved[0], att.mention.text):
            return False  # "Speaking …", "Friday", "the": the words before the cue name nobody
        att.speaker, att.kind, role = resolved
        att.role = att.mention.role if att.mention.role and att.kind == "person" else role
        if att.kind == "person" and att.speaker:
            att.role = self.resolver.roles.get(att.speaker, att.role)
        return True

    def _via(self, att: _Attribution, masked: str, unit: _Unit) -> Optional[str]:
        tail = masked[att.cue.end - unit.start:]
        if att.cue.text.lower() in RECIPIENT_CUES:
            m = _RECIPIENT.match(tail)
            if m:
                who = parse_mention(m.group("recipient").rstrip(" ."))
                if who and who.kind == "organization" and who.name:
                    return who.name
        # "said in an interview with Xinhua" / "In an interview with ZDF, Merz said"
        before = masked[:max(0, min(att.subject[0], att.cue.start) - unit.start)]
        for window, pattern in ((tail[:160], _INTERVIEW_WITH), (tail[:160], _READOUT_FROM),
                                (before[-160:], _INTERVIEW_WITH)):
            m = pattern.search(window)
            if m:
                who = parse_mention(m.group(1))
                if who and who.kind == "organization" and who.name:
                    return who.name
        return None

    def _region_start(self, att: _Attribution, masked: str, unit: _Unit) -> int:
        """Where the next attribution's own words begin: content before it stops there."""
        start = min(att.subject[0], att.cue.start)
        left = masked[:start - unit.start].rstrip()
        if left.endswith(","):
            return unit.start + len(left) - 1
        return start

    def _goes_on(self, att: _Attribution, masked: str, unit: _Unit) -> bool:
        """Words or a quotation follow the cue: the attribution does not close its sentence."""
        tail = masked[max(att.cue.end, att.subject[1]) - unit.start:].strip()
        if tail.startswith(":"):
            return True   # "In a speech last July, she said:" introduces what follows
        if tail.startswith((",", ";", "—", "–", "-")):
            # "C1, X said, C2" and "C, X said, while …" go on with the report or an aside;
            # "At a rally, X said, “Q”" with a quotation
            return tail.lstrip(",;—–- ").startswith(MASK)
        return MASK in tail or count_words(tail) >= 3

    def _attribution_closes(self, att: _Attribution, masked: str, unit: _Unit) -> bool:
        """"…, Zhang said." / "“Q,” Zhang said": speaker-first attribution after its content."""
        before = masked[:att.subject[0] - unit.start].rstrip()
        return bool(before) and (before.endswith(",") or before.endswith(MASK))

    def _content_after(self, att: _Attribution, start: int, end: int, masked: str,
                       unit: _Unit) -> Optional[tuple[int, int]]:
        if not att.speaker_first and att.cue.kind == "according":
            # "C, according to X, an analyst at Y.": all after the cue is the source; but in
            # "Fundraising, according to the campaign, has surged" the report goes on
            rest = masked[start - unit.start:end - unit.start]
            m = _REPORT_GOES_ON.match(rest)
            if m and count_words(rest) >= 3:
                return start + m.end(), end
            return None
        if not att.speaker_first:
            # "…, said Zhang, and C2": the second half of a split report
            rest = masked[start - unit.start:end - unit.start]
            m = _SPLIT_AND.match(rest)
            if m and count_words(rest[m.end():]) >= 4:
                return start + m.end(), end
            return None
        rest = masked[start - unit.start:end - unit.start]
        if not rest.strip(" .,;:!?\"”’"):
            return None
        offset = 0
        if att.cue.text.lower() in RECIPIENT_CUES:
            m = _RECIPIENT.match(rest)
            if m:
                # the blank after a capitalised recipient belongs to what follows:
                # "told the National Post he is …"
                offset = m.start("recipient") + len(m.group("recipient").rstrip())
            # "told cheering supporters in Nashua on Monday": without "that", a quote or
            # a clause, what follows "told" is its audience, not a report
            if not (_THAT.search(rest, offset, offset + 140) or MASK in rest
                    or _CLAUSE_START.match(rest, offset) or rest[offset:].lstrip().startswith((":", ","))):
                return None
        that = _THAT.search(rest, offset, offset + 140)
        if that and MASK not in rest[offset:that.start()] and count_words(rest[offset:that.start()]) <= 14 and (
                att.cue.text.lower() in RECIPIENT_CUES or _ADJUNCT_START.match(rest, offset) or
                not rest[offset:that.start()].strip(" ,")):
            offset = that.end()
        elif _SPLIT_AND.match(rest, offset) and att.inherited is False and att.speaker_first and \
                self._attribution_closes(att, masked, unit):
            m = _SPLIT_AND.match(rest, offset)
            offset = m.end()
        elif att.cue.lemma_form in _COMMISSIVES and _INFINITIVE.match(rest, offset):
            # "vowed to block the bill", "promised Monday to act": what was promised
            offset = _INFINITIVE.match(rest, offset).end(1)
        elif att.cue.lemma_form in THAT_ONLY and not rest[offset:].lstrip(" ,:").startswith(MASK) \
                and not _CLAUSE_START.match(rest, offset) \
                and not (att.cue.lemma_form in _ASKING and _QUESTION_START.match(rest, offset)):
            return None  # "have maintained a strong rapport": not a report without a clause
        elif _TIME_THEN_CLAUSE.match(rest, offset):
            offset = _TIME_THEN_CLAUSE.match(rest, offset).end(1)   # "says tonight he's …"
        elif att.cue.kind == "speech" and not att.cue.lemma_form.startswith("declar") \
                and _ADJUNCT_CLAUSE.match(rest, offset):
            # "said as he launched the process", "said matter-of-factly as …": how or
            # when it was said, not what
            return None
        elif _ADJUNCT_START.match(rest, offset) and att.cue.kind == "speech":
            # "said on Saturday." / "said in an interview with Xinhua, “…”": no clause follows
            comma = rest.find(",", offset)
            colon = rest.find(":", offset)
            stops = [p for p in (comma, colon) if p != -1]
            if not stops:
                return None
            offset = min(stops) + 1
        seg_start = start + offset
        lead = _LEADING_JUNK.match(self.text, seg_start, end)
        seg_start = lead.end() if lead else seg_start
        # the writer turning back to the speaker ends the report, but not at its very
        # start ("Recently, he said, he has realized …")
        cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(self.text, seg_start + 1, end)
        if cut and _SUBORDINATE_OPENING.match(self.text, seg_start, cut.start()):
            # "said, if elected, she would …": the main clause after a conditional one
            cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(self.text, cut.end(), end)
        if cut:
            end = cut.start()
        if seg_start >= end or count_words(self.text[seg_start:end]) < 2:
            return None
        return seg_start, end

    def _has_words(self, span: tuple[int, int]) -> bool:
        return span[1] > span[0] and count_words(self.text[span[0]:span[1]]) >= 1

    def _split_slots(self, unit: _Unit, out):
        """Turn content regions into direct quotations (the slots inside them) and
        reported clauses (the words outside)."""
        result = []
        for start, end, att, _ in out:
            inside = [q for q in unit.slots if q.open >= start - 1 and _span_end(q) <= end + 1]
            if inside:
                for q in inside:
                    result.append((q.start, q.end, att, "slot"))
                rest_words = self.text[start:end]
                for q in inside:
                    rest_words = rest_words.replace(self.text[q.open:_span_end(q)], " ")
                if count_words(rest_words) >= 5 and not re.fullmatch(r"[\W\d_]*", rest_words):
                    # words outside the marks too: keep them as reported content
                    pieces = _outside(start, end, inside)
                    for ps, pe in pieces:
                        if count_words(self.text[ps:pe]) >= 4:
                            result.append((ps, pe, att, "content"))
            else:
                result.append((start, end, att, "content"))
        # slots with no attribution of their own get this unit's speaker
        used = {(s, e) for s, e, _, kind in result if kind == "slot"}
        atts = [a for _, _, a, _ in out]
        if atts:
            for q in unit.slots:
                if (q.start, q.end) not in used:
                    result.append((q.start, q.end, atts[0], "slot"))
        return result

    def _note_subject(self, unit: _Unit, masked: str, attributions: list[_Attribution]) -> None:
        """Remember who the sentence is about, for later pronouns ("He pointed out …")."""
        if attributions or self.reading_headline:
            return  # a title-case headline has no subject worth remembering
        m = _SENTENCE_SUBJECT.match(masked)
        if not m or m.group(1).endswith(("’s", "'s")):
            return
        mention = parse_mention(m.group(1))
        if mention and mention.name and mention.kind == "person":
            name = self.resolver.canonical(mention.name)
            self.resolver.note_role(name, mention.role)
            self.resolver.note_subject(name, "person", unit.start)

    # -- paragraph level ---------------------------------------------------------------
    def _extend_indirect(self, found) -> None:
        """Reported speech continues over the next sentences of a paragraph that
        carry no attribution or quotation of their own (and, for a trailing
        "…, Xi said." that closes a paragraph, over the sentences before it)."""
        for idx, (unit, spans) in enumerate(found):
            for j, (s, e, att, kind) in enumerate(spans):
                if kind != "content":
                    continue
                if e >= unit.end - 2 and att.speaker_first and att.cue.end <= s:
                    k = idx + 1
                    new_end = e
                    while k < len(found) and k - idx <= _CONTINUATION_EXTRA \
                            and not found[k][0].slots and not found[k][0].fragments \
                            and (not found[k][1] or _only_beliefs_of_others(found[k][1])) \
                            and _continues_report(self.text[found[k][0].start:found[k][0].end]):
                        # "China hopes that …" inside a leader's remarks is still his report
                        new_end = found[k][0].end
                        found[k][0].claimed = True
                        found[k][1].clear()
                        k += 1
                    spans[j] = (s, new_end, att, kind)
                elif s <= unit.start + 1 and idx + 1 == len(found) and att.speaker_first \
                        and self._closing(att, unit):
                    k = idx - 1
                    new_start = s
                    while k >= 0 and idx - k <= _CONTINUATION_EXTRA and not found[k][1] \
                            and not found[k][0].slots and not found[k][0].fragments \
                            and not found[k][0].claimed:
                        new_start = found[k][0].start
                        k -= 1
                    spans[j] = (new_start, e, att, kind)

    def _closing(self, att: _Attribution, unit: _Unit) -> bool:
        tail = self.text[max(att.cue.end, att.subject[1]):unit.end]
        return count_words(tail) <= 6 and "," not in tail

    def _emit(self, found, p_start: int, p_end: int) -> None:
        paragraph = self.text[p_start:p_end]
        para_quotes: list[Quote] = []
        for unit, spans in found:
            for s, e, att, kind in spans:
                quote = self._make_quote(s, e, att, kind, unit, paragraph)
                if quote is None:
                    continue
                para_quotes.append(quote)
                self.last_speaker = (att.speaker, att.kind, att.role)
                self.last_speaker_para = self.para_index
                if att.kind in ("person", "group", "organization") and att.speaker:
                    self.resolver.note_subject(att.speaker, att.kind, s)
        # speech quotations left without an attribution
        for unit, spans in found:
            for q in unit.slots:
                if any(x.start == q.start for x in para_quotes):
                    continue
                local = self._local_attribution(q, unit)
                speaker = local[0] if local else self._context_speaker(q, found, unit)
                if not speaker and count_words(self.text[q.start:q.end]) >= 6:
                    # a quotation long enough to stand on its own: its speaker is the
                    # person the sentence is about, or who spoke before it in the paragraph
                    speaker = self._sentence_speaker(q, unit) or self._paragraph_speaker(q, para_quotes) \
                        or (None, None, None)
                if speaker:
                    name, kind, role = speaker
                    quote = Quote(
                        text=self.text[q.start:q.end], start=q.start, end=q.end, type="direct",
                        speaker=name, speaker_kind=kind, role=role, cue=local[1] if local else None,
                        via=None, paragraph=paragraph)
                    para_quotes.append(quote)
                    if name is None and not q.closed:
                        # runs on into the next paragraph, which may name its speaker
                        self.pending_open.append(quote)
        here = {id(q) for q in para_quotes}
        earlier = [q for q in self.pending_open if id(q) not in here]
        named = next((q for q in sorted(para_quotes, key=lambda q: q.start)
                      if q.type == "direct" and q.speaker), None)
        if named:
            # “…(no closing mark) ¶ “…,” Zhang said. — the whole run is Zhang's
            for pending in earlier:
                pending.speaker, pending.speaker_kind, pending.role = named.speaker, named.speaker_kind, named.role
                pending.cue = pending.cue or named.cue
        self.pending_open = [q for q in self.pending_open if id(q) in here]
        for q in para_quotes:
            _trim(q, self.text)
        para_quotes.sort(key=lambda q: q.start)
        self.quotes.extend(_join_interrupted([q for q in para_quotes if q.end > q.start], self.text))

    def _local_attribution(self, q: QuoteSpan, unit: _Unit):
        """A quotation whose attribution uses a verb outside the cue list (“…,” Trump
        barked) or a colon (The Christie supporter retorted: “…”; Shaw: “…”)."""
        text = self.text
        if q.closed:
            after = text[q.close + 1:unit.end]
            m = _VERB_THEN_SUBJECT.match(after) or _SUBJECT_THEN_VERB.match(after)
            if m:
                mention = parse_mention(m.group("np"), lenient=True)
                resolved = self._resolve_mention(mention, q.close)
                if resolved:
                    return resolved, m.group("verb")
        before = text[unit.start:q.open].rstrip()
        last_clause = re.split(r"[,;—–]|\s-\s|--", before.rstrip(",:—–- "))[-1] if before else ""
        if before.endswith((":", "—", "--", "–")) or (before.endswith(",") and count_words(last_clause) <= 8
                                                       and _ENDS_WITH_VERB.search(before)):
            # Shaw: “…” / He jokes, “…” / the Christie supporter retorted: “…” /
            # Trump also embraced enhanced interrogation -- “…” / …, Hillary Clinton cracked, “…”
            clause = before.rstrip(":—–- ") if before.endswith((":", "—", "--", "–")) else last_clause
            m = _SENTENCE_SUBJECT.match(clause)
            candidates = [m.group(1)] if m else []
            tail = _last_name_run(clause)
            if tail:
                candidates.append(tail)
            if clause.count(" ") <= 6:
                candidates.append(clause)     # "More from Jones", "Pollsters agree - Carl Bialik"
            np = _clause_subject(clause)
            if np and candidates and " " not in candidates[0].strip() \
                    and self.resolver.canonical(candidates[0].strip()) not in self.resolver.full_names:
                candidates.insert(0, np)   # "Late on Tuesday, her campaign …": not "Late"
            elif np:
                candidates.append(np)
            for cand in candidates:
                mention = parse_mention(cand, lenient=True)
                resolved = self._resolve_mention(mention, q.open)
                if resolved:
                    words = clause.split()
                    mark = next(m for m in ("--", ":", "—", "–", ",") if before.endswith(m))
                    verb = words[-1] if words and words[-1][:1].islower() and mark == "," else mark
                    return resolved, verb
        return None

    def _resolve_mention(self, mention: Optional[Mention], position: int):
        if mention is None:
            return None
        resolved = self.resolver.resolve(mention, position)
        if resolved is None and mention.name:
            resolved = (mention.name, mention.kind, mention.role)
        if resolved and resolved[0] and not plausible_speaker(resolved[0], mention.text):
            return None
        if resolved and resolved[0]:
            self.resolver.note_subject(resolved[0], resolved[1], position)
            self.last_speaker = resolved
            self.last_speaker_para = self.para_index
        return resolved if resolved and resolved[0] else None

    def _sentence_speaker(self, q: QuoteSpan, unit: _Unit):
        """“Q” woven into a sentence whose subject is a person: "He has directed “a very
        ambitious reorganization”", "The senator then turned to me. “Mr. D’Souza?”"."""
        before = self.text[unit.start:q.open]
        if not before.strip() or MASK in before:
            return None
        m = _SENTENCE_SUBJECT.match(before)
        if not m or m.group(1).endswith(("’s", "'s")):
            return None
        mention = parse_mention(m.group(1))
        if mention is None or (mention.kind != "person" and not mention.pronoun):
            return None
        if mention.name and self.resolver.canonical(mention.name) not in self.resolver.full_names:
            return None  # "Behind …", "Instead …": a capitalised word the article names nobody by
        resolved = self.resolver.resolve(mention, q.open)
        if not resolved or not resolved[0] or not plausible_speaker(resolved[0]):
            return None
        return resolved

    @staticmethod
    def _paragraph_speaker(q: QuoteSpan, para_quotes: list[Quote]):
        """A quotation with no attribution of its own, after a quotation of the same
        paragraph that has one, goes on in that speaker's voice."""
        earlier = [x for x in para_quotes if x.start < q.start and x.speaker]
        if not earlier:
            return None
        last = max(earlier, key=lambda x: x.start)
        return last.speaker, last.speaker_kind, last.role

    def _context_speaker(self, q: QuoteSpan, found, unit: _Unit):
        """A quotation with no cue: the speaker of a later attribution in the
        paragraph, or of the paragraph before when it introduced this one."""
        later = [att for u, spans in found if u.start > unit.start for _, _, att, _ in spans]
        if later:
            a = later[0]
            return a.speaker, a.kind, a.role
        if self.previous_ends_colon and self.colon_subject:
            return self.colon_subject
        if self.last_speaker and (
                (self.para_index - self.last_speaker_para <= 1
                 and (self.previous_ends_colon or self.previous_open_quote or q.open == unit.start))
                or (self.para_index - self.last_speaker_para <= 3 and q.open == unit.start == found[0][0].start)):
            return self.last_speaker
        return None

    def _make_quote(self, s: int, e: int, att: _Attribution, kind: str, unit: _Unit,
                    paragraph: str) -> Optional[Quote]:
        text = self.text
        if kind == "slot":
            qtype = "direct"
        elif _is_event_report(att, text[s:e].lstrip(" ,:—–-"), self.resolver):
            return None
        else:
            lead = _LEADING_JUNK.match(text, s)
            s = lead.end() if lead else s
            while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?—–-"
                             or (text[e - 1] == ")" and "(" not in text[s:e])):
                e -= 1   # "(She says the plan will fail.)": not the closing bracket
            n_words = count_words(text[s:e])
            if n_words < 2 or (n_words == 2 and not _TWO_WORD_REPORT.match(text, s, e)) \
                    or (n_words == 2 and att.cue.kind != "object" and not _PRONOUN_CLAUSE.match(text, s, e)):
                # "he would", "his resignation" (announced), but not "this week" or "and then"
                return None
            has_fragment = any(s <= f.open < e for f in unit.fragments) or \
                any(s <= q.open < e for q in unit.slots)
            qtype = "mixed" if has_fragment else "indirect"
            if has_fragment:
                e = _include_closing_mark(text, s, e)
        return Quote(text=text[s:e], start=s, end=e, type=qtype, speaker=att.speaker,
                     speaker_kind=att.kind, role=att.role if att.kind == "person" else None,
                     cue=att.cue.text, via=att.via, paragraph=paragraph)


_IRREGULAR_PAST = frozenset("""sent said told made took gave put wrote got went came ran held left read
began brought felt kept met paid saw shook stood thought won hit set struck spoke fought found
""".split())
# A subject noun phrase and the verb after it: "a spokesman for the senator could only
# quip", "his campaign sent out a text message", "Ryan’s campaign shrugged off …"
_NP_THEN_VERB = re.compile(
    r"((?!(?:That|This|These|Those|It|There|What|Here|Such)\b)"
    r"(?:the|a|an|his|her|their|its|our|one|another|[A-Z][\w’'.\-]*)\s+(?:[\w’'.\-]+\s+){0,6}?)"
    r"(?:could|would|will|can|may|might|should|must|has|have|had|is|are|was|were|did|does|also|then|"
    r"only|just|later|once|[a-z]{2,}ed|[a-z]{2,}s(?!\s+(?:of|for|in|at|from|with|who|and|or)\b)|"
    + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")
_CLAUSE_OPENING = re.compile(r"(?:^|,\s+|\bthat\s+)")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:asked|told|quoted|shown|heard|seen)\b")


def _clause_subject(clause: str) -> Optional[str]:
    """The subject of the clause that introduces a quotation ("The scheduling was so odd
    that a spokesman for the senator could only quip:", "Late on Tuesday, his campaign
    sent supporters a text saying:"): the last clause opening, at the start, after a
    comma or after "that", where a noun phrase and its verb stand."""
    if _PASSIVE.search(clause):
        return None  # "Trump was asked, “…”": the speaker is not the subject
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


_NAME_AT_END = re.compile(r"((?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)\s*$")


def _last_name_run(text: str) -> Optional[str]:
    m = _NAME_AT_END.search(text)
    return m.group(1) if m else None


_VERB_THEN_SUBJECT = re.compile(
    r"\s*(?P<verb>[a-z]{3,}(?:ed|s))\s+(?P<np>[^,.;:!?“”\"]{1,80}?)\s*(?=[,.;:!?]|$)")
_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?P<np>[^,.;:!?“”\"]{1,60}?)\s+(?P<verb>[a-z]{3,}(?:ed|s))\b(?=\s*(?:[,.;:!?]|$|\w))")
_MEDIA_WORDS = frozenset({"news", "agency", "media", "times", "post", "journal", "daily",
                          "tribune", "herald", "press", "reuters", "xinhua", "tass", "cnn", "bbc",
                          "network", "television", "radio", "newspaper", "outlet"})
_PAST_EVENT = re.compile(
    r"^(?:[A-Z][\w’'\-]*\s+){1,3}(?:and\s+(?:[A-Z][\w’'\-]*\s+){1,3})?(?:(?:on|in|at)\s+\w+\s+)?"
    r"(?:also\s+)?(?:\w+ed|met|held|made|took|went|came|gave|signed|won|lost|began|left)\b")


def _is_event_report(att: _Attribution, content: str, resolver: SpeakerResolver) -> bool:
    """"Xi rolled out the red carpet for Putin, CNN reported": a news outlet recounting
    what named people did is a description of events, not an attributed statement."""
    if att.kind != "organization" or att.cue.lemma_form not in ("reported", "according", "reports"):
        return False
    if not (set((att.speaker or "").lower().split()) & _MEDIA_WORDS):
        return False
    m = _PAST_EVENT.match(content)
    if not m:
        return False
    first = content.split()[0]
    return any(first in name.split() for name in resolver.full_names)


_INTERRUPTION_WORDS = 30


def _is_interruption(between: str) -> bool:
    """Nothing, or just the attribution ("said Faiza Patel, co-director of …")."""
    return not between or (count_words(between) <= _INTERRUPTION_WORDS and bool(find_cues(between)))


def _join_interrupted(quotes: list[Quote], text: str) -> list[Quote]:
    """“X,” Zhang said, “Y.” is one quotation in two pieces: consecutive direct quotes of
    one speaker with only their attribution between them become one record."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev and prev.type == q.type == "direct" and prev.speaker == q.speaker and q.speaker \
                and _is_interruption(_between_marks(text, prev.end, q.start)):
            pieces = prev.fragments or [(prev.start, prev.end)]
            prev.fragments = pieces + [(q.start, q.end)]
            prev.end = q.end
            prev.text = text[prev.start:prev.end]
            prev.cue = prev.cue or q.cue
            prev.via = prev.via or q.via
            continue
        out.append(q)
    return out


def _between_marks(text: str, end: int, start: int) -> str:
    between = text[end:start]
    return between.strip(" ”“\"'’‘«»„,.")


_ASKING = frozenset({"asked", "asking", "asks", "ask", "urged", "urging", "urge", "urges"})
_EVIDENCE_HEADS = frozenset("""
poll polls survey surveys study studies report reports data figures numbers records
research results polling analysis analyses review audit documents document investigation
estimates census statistics tally count memo emails email filings filing
""".split())


def _names_speaker(mention: Mention) -> bool:
    return bool(mention.name) and mention.kind in ("person", "organization") and \
        mention.name[:1].isupper() and not mention.pronoun


def _is_document(mention: Mention) -> bool:
    """Polls, studies, records, and the organisations that publish them ("Gallup finds")."""
    words = [w.lower() for w in _WORD.findall(mention.text)]
    return mention.kind == "organization" or any(w in _EVIDENCE_HEADS for w in words)


def _as_written(text: str) -> str:
    text = text.strip()
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in ("the", "a", "an") else text


def _include_closing_mark(text: str, s: int, e: int) -> int:
    if text[s:e].count("“") > text[s:e].count("”") and e < len(text) and text[e] == "”":
        return e + 1
    return e


_ANAPHOR = re.compile(r"\s*(?:This|That|These|Those|It|Such|Both)\b")
_ANAPHOR_EARLY = re.compile(r"\s*(?:\S+\s+){1,5}(?:this|these|such)\s+(?!year|week|month|time)")


def _continues_report(sentence: str) -> bool:
    """Does the sentence after a report go on in the speaker's voice? It does when it
    points back to the report ("This fully demonstrates …", "China's position on
    this issue …"); a sentence that merely mentions the same names is as likely the
    writer's own."""
    return bool(_ANAPHOR.match(sentence) or _ANAPHOR_EARLY.match(sentence))


_BELIEF_CUES = frozenset({"hope", "hopes", "hoped", "believe", "believes", "believed", "think",
                          "thinks", "want", "wants", "expect", "expects", "fear", "fears"})


def _only_beliefs_of_others(spans) -> bool:
    """Attributions that are only an organisation's or country's stated hopes or beliefs."""
    return bool(spans) and all(att.cue.lemma_form in _BELIEF_CUES and att.kind != "person"
                               for _, _, att, _ in spans)


def _outside(start: int, end: int, inside: list[QuoteSpan]) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for q in sorted(inside, key=lambda q: q.open):
        if q.open > cursor:
            pieces.append((cursor, q.open))
        cursor = max(cursor, _span_end(q))
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def _trim(q: Quote, text: str) -> None:
    q.start, q.end = strip_span(text, q.start, q.end)
    q.text = text[q.start:q.end]
