"""The reader: paragraph by paragraph, unit by unit, from cues to quotes.

`ParagraphReader` keeps the article's state (the speakers so far, a paragraph
ending in a colon, quotations left open) and orchestrates the constructions:
for each cue of a unit it tries them in turn — a participle sharing the clause's
subject (`participles`), a question with an unnamed asker (`questions`), the
subject left of the cue (`opening`), the subject right of it (`closing`),
according-to sources and relays (`according`) — resolves the speaker (what each
sentence is about is remembered by `subjects`), and cuts the content before and
after each attribution. Reported content is then extended (`continuation`),
filtered (`filters`), cut into quotes (`spans`) and emitted.
"""
from __future__ import annotations

import re
from typing import Optional

from ...records import Quote
from ..datelines import after_dateline
from ..names import INVERTED_CUE_WORDS
from ..cues import INVERTIBLE, RECIPIENT_CUES, THAT_ONLY, CueMatch, find_cues
from ..quotes import QuoteSpan
from ..speakers import REMEMBERED_KINDS, SpeakerResolver
from ..text import count_words
from .as_clause import as_clause_start, touching_quotation
from .according import according_to, add_relays, content_after_source, relayed_report, via
from .closing import (SENTENCE_END, WHEN_OR_WHERE_SAID, attribution_closes, closing_first, content_after_speaker,
                      report_it_closes, subject_right)
from .posts import embedded_post
from .quoted_as import outlet_start
from .announced import statement_issuer
from .colon import addresses_the_reader, colon_subject, labelled_line, local_attribution, quoted_turn, signature_line
from .continuation import (context_speaker, extend_indirect, join_interrupted, join_partial_quotations, only_person_named,
                           paragraph_speaker, sentence_speaker)
from .headline_speakers import headline_reports
from .filters import (
    CONDITION_IN_SUBJECT, CONDITIONAL_OPENING, GENERIC_SUBJECT, HYPOTHETICAL, WRITER_AMONG, PRONOUN_OBJECT_ONLY, PURPOSE_OPENING,
    REPORT_OPENS_ON_ADVERBIAL, SENTENCE_APPOSITIVE, adverbials_only, clause_sized, counsel_role, describes_the_subject,
    ends_after_speaker, in_time_clause, bears_out_nothing, labelled_in_headline, mention_names_someone, moves_a_motion,
    names_by_calling, opening_adverbial, speculative, titles_a_work, without_lead_in)
from .source_kinds import carries_words, shows_pictures
from .opening import subject_left
from .passives import inside_a_closed_report, passive_agent
from .participles import (PARTICIPLE_PAUSES, adverb_after_comma, depicted_subject, gerund_after_a_preposition,
                           leaves_relative_clause, letter_sender, opening_participle, relative_antecedent,
                           says_what_was_replied, participle_after_pause, sentence_subject, shares_subject)
from .phrases import (CONCESSION_BEFORE, FRONTED_ADJUNCT_ONLY, INTRODUCTORY, ISSUED_BEFORE, LONE_ADVERB, RELATIVE_ISSUER,
                      SPLIT_AFTER_ADJUNCTS, SPLIT_AND, THAT, TO_WHICH_BEFORE, WHO_BEFORE, second_report_after_and,
                      opens_pronoun_clause, second_voice_introduced, without_time_after_conjunction)
from .interrupted import claimed_before, inside_a_parenthetical_report, interrupted_report_start
from .introduced import introduced_slot
from .questions import ASKING, WH_QUESTION_START, is_unnamed_asker, question_after_subject, question_opening
from .recipients import RECIPIENT
from .reported import reported_clause
from .skipped import REPORT_FOLLOWS, named_past_a_cue, reports_nothing
from .speaker_resolution import AttributionSpeakers
from .finishing import drop_nested_reports, trim_quote
from .spans import (aside_report_end, closed_sentence_before, make_quote, relative_after_object,
                    resumes_after_aside, split_slots)
from .subjects import SentenceSubjects, dashed_main_clause, main_clause_start
from .units import MASK, Attribution, Unit, build_units, classify_spans, mask_speech, span_end

# "X said in a statement", "In a written statement, X said": X issued it
_IN_A_STATEMENT = re.compile(r"\b[Ii]n\s+a\s+(?:[\w\-]+\s+){0,2}?statement\b")
_PAIRED_DASH_ASIDE = re.compile(r"\s[-—–]{1,2}\s[^-—–\n\x01]{1,120}?\s[-—–]{1,2}\s")
_AND_BEFORE = re.compile(r"[^,\s]\s+(?:and|but)\s+$")
# A conjunction that opens a clause of someone else's: "…, while Novak praised …"
_NEW_CLAUSE = re.compile(r"(?:[,;]|\s[-—–]{1,2})\s*(?:while|whereas)$|\bwhile$")
# "… claimed the attack but officials said …": a contrasting clause with its own subject
_BUT_END = re.compile(r"\bbut$")
_OPENING_SAY = INVERTED_CUE_WORDS - {"Noted"}   # (an adjective: "Noted Harvard economist Ann Lee said …")
# Prepositional phrases after a verb, nothing else: "to Vargas’ question on Facebook"
_ADJUNCTS_ONLY = re.compile(r"(?:\s+(?:to|on|in|at|via|over|from|during|after|with)\b(?:\s+[\w’'\-.]+){1,4}){1,3}\s+")


class ParagraphReader(SentenceSubjects, AttributionSpeakers):
    """Reads the attributions of an article's body paragraphs, in order.

    Per unit: find the cues in the masked text, read each cue's construction for
    its speaker (`_attributions`), then the content before and after each
    attribution (`_read_unit`); per paragraph: extend reported content over the
    sentences that continue it, give unattributed quotations a speaker, and emit
    the quotes (`_emit`)."""

    def __init__(self, text: str, resolver: SpeakerResolver):
        self.text = text
        self.resolver = resolver
        self.quotes: list[Quote] = []
        self.last_speaker: Optional[tuple[str, str, Optional[str]]] = None
        self.last_speaker_para = -10
        self.para_index = 0
        self.previous_open_quote = False
        self.open_quote_speaker: Optional[tuple[str, str, Optional[str]]] = None   # who the open quote's run is by
        self.previous_ends_colon = False
        self.previous_about_last_speaker = False
        self.colon_subject: Optional[tuple[str, str, Optional[str]]] = None
        self.statement_issuer: Optional[tuple[str, str, Optional[str]]] = None   # of a statement just announced
        self.pending_open: list[Quote] = []
        self.previous_quotes: list[Quote] = []   # the quotes of the paragraph just read
        self.reading_headline = False
        # the last question put to a named person: (asker, addressee, position); a reply
        # ("…,” she replied") comes from the addressee, not from the asker
        self.last_question: Optional[tuple[Optional[str], Optional[str], int]] = None

    # -- public ---------------------------------------------------------------------
    def read_paragraph(self, p_start: int, p_end: int, spans: list[QuoteSpan],
                       headline: bool = False) -> None:
        """Read one paragraph. A headline yields only quotes whose speaker it names
        ("Ann Lee Says She’s Already Drafted Her First Port Budget"),
        never ones it leaves to be guessed ("…, says Chinese ambassador")."""
        text = self.text
        self.reading_headline = headline
        if not headline and embedded_post(self, p_start, p_end):
            self.previous_quotes = self.quotes[-1:]
            self.para_index += 1
            return
        if not spans and not headline and signature_line(self, p_start, p_end, self.previous_quotes):
            self.previous_quotes = []
            self.para_index += 1
            return
        speech, fragments = classify_spans(text, spans, p_start)
        units = build_units(text, p_start, p_end, speech, fragments)
        found: list[tuple[Unit, list[tuple[int, int, Attribution, str]]]] = []
        named_before = False
        for unit in units:
            spans_found = self._read_unit(unit)
            if headline:
                spans_found = headline_reports(self.resolver, text, p_start, p_end, spans_found)
                if spans_found or not named_before:
                    # “Q1,” said Mei Tan. “Q2.”: a cue-less quotation after a named one goes on in its
                    # voice; "Kasich: ‘We Are Going All The Way’": a label the story names speaks it
                    unit.slots = [q for q in unit.slots if any(x[0] == q.start for x in spans_found)
                                  or labelled_in_headline(text, unit.start, q.open, p_end)]
                named_before = named_before or bool(spans_found)
            found.append((unit, spans_found))
        extend_indirect(self.text, found)
        before = len(self.quotes)
        self._emit(found, p_start, p_end)
        found_here = self.quotes[before:]
        if not found_here:
            labelled_line(self, p_start, p_end, spans)
        elif any(q.speaker is None for q in found_here):
            # a transcript's turn holds the reports its speaker makes, and keeps those it
            # relays from someone it names ("QUILL: I think … Governor Maria Lind talked
            # about how …"; not a pronoun's guess: "She talked about …")
            del self.quotes[before:]
            if labelled_line(self, p_start, p_end, spans, turn_only=True):
                turn = self.text[p_start:p_end]
                self.quotes.extend(q for q in found_here if q.speaker is not None and re.search(
                    r"\b" + re.escape(q.speaker.split()[-1]) + r"\b", turn))
            else:
                self.quotes.extend(found_here)
        self.previous_open_quote = bool(spans) and not spans[-1].closed
        self.open_quote_speaker = None
        if self.previous_open_quote:
            run = next((q for q in self.quotes[before:] if q.type == "direct" and q.speaker
                        and q.start <= spans[-1].start < q.end + 2), None)
            if run is not None:
                self.open_quote_speaker = (run.speaker, run.speaker_kind, run.role)
        # a paragraph of the writer's about the person last quoted ("Peter believes someone
        # knows …") keeps that person's voice for the quotation paragraphs after it
        self.previous_about_last_speaker = not spans and self.last_speaker is not None \
            and only_person_named(self.resolver, p_start, p_end) == self.last_speaker[0]
        self.previous_quotes = self.quotes[before:]
        self.previous_ends_colon = text[p_start:p_end].rstrip().endswith(":")
        self.colon_subject = colon_subject(self.resolver, p_start, text[p_start:p_end]) if self.previous_ends_colon else None
        self.statement_issuer = None if spans or self.previous_ends_colon else \
            statement_issuer(self.resolver, p_start, text[p_start:p_end])
        if self.previous_ends_colon and addresses_the_reader(text[p_start:p_end]):
            self.new_section()   # "Read the latest updates below:": the page's words open a section
        self.para_index += 1

    def new_section(self) -> None:
        """A section heading was passed: no quotation goes on in the voice before it."""
        self.last_speaker, self.last_speaker_para = None, -10
        self.previous_open_quote = self.previous_ends_colon = False
        self.colon_subject = None

    # -- one unit -------------------------------------------------------------------
    def _read_unit(self, unit: Unit) -> list[tuple[int, int, Attribution, str]]:
        """Content spans of the unit as (start, end, attribution, kind) with kind
        "slot" (a direct quotation) or "content" (reported clause)."""
        text = self.text
        masked = mask_speech(text, unit)
        attributions = self._attributions(unit, masked)
        self._note_subject(unit, masked, attributions)
        if not attributions:
            return []
        out: list[tuple[int, int, Attribution, str]] = []
        claimed_until = unit.start
        asides = [(unit.start + m.start(), unit.start + m.end()) for m in _PAIRED_DASH_ASIDE.finditer(masked)]
        main = main_clause_start(masked)
        claimed_from: dict[int, int] = {}   # where each attribution's claim began
        for i, att in enumerate(attributions):
            if att.relay:
                continue
            claimed_from[id(att)] = claimed_until
            later = attributions[i + 1:]
            while later and (any(a < later[0].cue.start < b and a > att.cue.end for a, b in asides) or (
                    att.speaker_first and later[0].speaker_first and FRONTED_ADJUNCT_ONLY.fullmatch(
                        masked, att.cue.end - unit.start, self._region_start(later[0], masked, unit) - unit.start + 1))):
                # "accused … of aiding Russia's war effort - which Beijing denies - through
                # its supply …": an attribution inside the writer's aside does not end the report
                # (nor one after the report's opening adjunct: "recalled that during the protests,
                # a demonstrator called for …" reports the whole clause)
                later = later[1:]
            nxt = later[0] if later else None
            region_end = self._region_start(nxt, masked, unit) if nxt else unit.end
            if main is not None and att.cue.start < unit.start + main < region_end:
                # "When Mendes asked if he could share them, Prince Tomas declined": what
                # a clause opening the sentence reports ends where the main clause begins
                # ("After Clinton testified, Gowdy …" reports nothing)
                region_end = unit.start + main
            if att.speaker_first:
                left_end = outlet_start(att, masked, unit)   # (before "Reuters quoted X as saying")
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
                attribution_closes(att, masked, unit)
                and (after is None or SPLIT_AND.match(self.text, tail_start)
                     or self.text[tail_start:after[0]].lstrip().startswith(",") or SPLIT_AFTER_ADJUNCTS.match(self.text[tail_start:after[0]])
                     or (masked[:att.subject[0] - unit.start].rstrip().endswith(MASK)
                         and not (after is not None and self._after_a_closed_sentence(att, unit)))))
            if closes:
                start = claimed_until
                inner = report_it_closes(self.text, att, unit, out[-1], left_end, after) if out else None
                if inner is not None:
                    # "Officials warned that delays were likely, she said.": hers holds theirs; both stand
                    start = claimed_from.get(id(inner), start)
                before = without_lead_in(self.text, masked, unit.start,
                                         claimed_before(masked, unit.start, max(start, unit.start), left_end))
                if opening_adverbial(self.text, before, after is not None):
                    pass   # "In an interview, Durbin said, “…”", "After the vote, Ortiz told reporters."
                elif att.speaker_first and PRONOUN_OBJECT_ONLY.match(self.text, max(att.cue.end, att.subject[1])):
                    pass  # "If Trump says it is rigged, his voters will believe it": what "it" is
                    # was said in a clause of the writer's
                elif att.speaker_first and adverbials_only(self.text[before[0]:before[1]]) \
                        and self._goes_on(att, masked, unit):
                    pass  # "Six weeks later, when Mr. Reed won …, Harbor Rail agreed to …",
                    # "Quite suddenly, after they divorced, Crawford said, “…”": when and how, no report
                elif PURPOSE_OPENING.fullmatch(self.text, before[0], before[1]) or (
                        att.speaker_first and after is None and describes_the_subject(self.text, before[0], before[1])):
                    pass  # "To answer this question, the scientists asked …": why, not what; "A
                    # loyal Vance supporter, Ortiz complained of …": who, not what
                elif att.speaker_first and before[0] == unit.start \
                        and INTRODUCTORY.match(self.text, before[0], before[1]) \
                        and self._goes_on(att, masked, unit):
                    # "Speaking on the radio last month, Fisk said his crew …", "Friday
                    # morning, as the parade rolled by, CNN reported …": the sentence goes on
                    # after its cue, so what opened it is an adverbial, not the report
                    pass
                elif self._has_words(before) and not att.inherited:
                    out.append((before[0], before[1], att, "content"))
            if after:
                prev = out[-1] if out else None
                if prev is not None and prev[2] is att and prev[3] == "content" and after[0] <= prev[0]:
                    out.pop()   # (a report around its source: "C1, according to X, C2" is one)
                    prev = out[-1] if out else None
                # "This ferry, she says, is slower.": one report, interrupted
                start = interrupted_report_start(self.text, prev[0], prev[1]) if prev is not None else -1
                if prev is not None and prev[2] is att and prev[3] == "content" \
                        and self.text[tail_start:after[0]].strip() == "," \
                        and MASK not in masked[prev[0] - unit.start:after[1] - unit.start] \
                        and not SENTENCE_END.search(self.text, prev[0], prev[1]) \
                        and "," not in self.text[start:prev[1]].rstrip(" ,") \
                        and not re.match(r"[a-z]+ing\b", self.text[after[0]:after[1]]) \
                        and not SENTENCE_APPOSITIVE.match(self.text, after[0], after[1]):
                    out[-1] = (start, after[1], att, "content")
                elif not (prev is not None and prev[2] is att and prev[3] == "content"
                          and SENTENCE_APPOSITIVE.match(self.text, after[0], after[1])):
                    # (not "5,000 jobs will be added, Fain said, a turnaround from …": the writer's word)
                    out.append((after[0], after[1], att, "content"))
                claimed_until = after[1]
            else:
                claimed_until = max(tail_start, claimed_until)
                introduced = introduced_slot(self.text, att, unit)
                if introduced is not None:
                    # "When a man in the hall shouted, “Fisk,” Reed joked, “…”": the
                    # quotation right after a cue and its comma is that cue's, though the
                    # next attribution closes on it
                    out.append((introduced.open, span_end(introduced), att, "content"))
                    claimed_until = span_end(introduced)
        vouched = []
        for att in attributions:
            as_start = as_clause_start(att, masked, unit)
            q = touching_quotation(att, text, unit, as_start) if as_start is not None else None
            if q is not None:
                # "… “the collective society,” as Thatcher put it, …": the quoted words only
                out = [entry for entry in out if entry[2] is not att
                       or SENTENCE_END.search(text, min(entry[0], as_start), max(entry[1], as_start))]
                if q in unit.slots:
                    out.append((q.open, span_end(q), att, "content"))
                else:
                    vouched.append((q.start, q.end, att, "slot"))
        return split_slots(self.text, unit, out) + vouched

    def _attributions(self, unit: Unit, masked: str) -> list[Attribution]:
        """The attributions of a unit, in text order: for each cue, the first construction that reads a speaker."""
        result: list[Attribution] = []
        cues = find_cues(masked)
        according: list[Attribution] = []
        content_open_from: Optional[int] = None
        main = main_clause_start(masked) if cues else None
        for n, cue_rel in enumerate(cues):
            cue = CueMatch(cue_rel.start + unit.start, cue_rel.end + unit.start, cue_rel.text, cue_rel.kind)
            if reports_nothing(cue, cue_rel, cues[n + 1:], masked, unit, self.text):
                continue
            if cue.kind == "according":
                att = according_to(cue, masked, unit)
                if att:
                    according.append(att)
                continue
            if cue.kind == "passive":
                if (result and result[-1].speaker_first) or inside_a_closed_report(masked, cues[n + 1:]):
                    continue   # inside a report: "Mani said her daughter was told by the school that …" is hers
                att = passive_agent(cue, masked, unit)
                if att is not None and self.resolve(att):
                    result.append(att)
                continue
            comma_before = masked[:cue_rel.start].rstrip().endswith((",", ",”", ",\"", ",’", ",'", ",''")) or \
                masked[:cue_rel.start].rstrip().endswith(MASK) or (   # "… is “not a backslapper,” said X"
                    cue.text.lower().endswith("ing") and adverb_after_comma(masked, cue_rel.start) is not None)
            att = depicted_subject(cue, masked, unit)   # "The ad features Tom Reed saying, “…”": the one shown
            if att is None and masked[:cue_rel.start].rstrip().endswith(PARTICIPLE_PAUSES) and cue.text.lower().endswith("ing"):
                att = participle_after_pause(cue, masked, unit, result[-1] if result else None, main)
            if att is None and cue.text.lower().endswith("ing") and result and result[-1].speaker_first \
                    and _ADJUNCTS_ONLY.fullmatch(masked, result[-1].cue.end - unit.start, cue_rel.start):
                # "Li responded to the question on Facebook writing, “…”": the participle
                # goes on the report just made, across the adjuncts of its verb
                att = Attribution(cue, result[-1].mention, (cue.start, cue.start), True, inherited=True)
            if att is None and cue.text in _OPENING_SAY and not masked[:cue_rel.start].strip() \
                    and not INTRODUCTORY.match(masked):   # (not "Asked by Ann Lee whether …, she said")
                att = subject_right(cue, masked, unit)   # "Said Dorothy Poynter, who …, “…”"
            if att is None:
                # "Doe was asked what happened …": the question is reported, its asker unnamed
                att = question_after_subject(cue, cue_rel, masked, unit)
            if att is None:
                att = subject_left(self.resolver, cue, masked, unit)
                if att is not None and any(f.open <= att.subject[0] and att.subject[1] <= span_end(f)
                                           for f in unit.fragments):
                    att = None   # "“Safety,” said Grimm": the quoted word is no subject
                if cue.lemma_form.endswith("ing") and not masked[:cue_rel.start].rstrip().endswith(PARTICIPLE_PAUSES):
                    att = letter_sender(self.resolver, cue, cue_rel, masked, unit, att)   # (after a comma: the clause's)
                issued = ISSUED_BEFORE.search(masked, 0, cue_rel.start) if att is None else None
                if att is None and cue.text.lower().endswith("ing") and issued \
                        and not RELATIVE_ISSUER.search(masked, 0, issued.start()):
                    # "Reed issued a statement saying …", "Vance released a statement Monday
                    # evening condemning …": the issuer of the statement, the sentence's subject
                    att = sentence_subject(cue, masked, unit, issued=True)
                if att is not None and comma_before and cue.lemma_form in INVERTIBLE \
                        and not masked[:cue_rel.start].rstrip().endswith(MASK) \
                        and (not mention_names_someone(att.mention) or clause_sized(att.mention)
                             or LONE_ADVERB.fullmatch(att.mention.text.strip())):
                    # "Teachers earned 18 percent less, said the 2022 National Survey of Pay":
                    # the clause before the comma is the report; the source closes the sentence
                    right = subject_right(cue, masked, unit)
                    if right is not None and mention_names_someone(right.mention) and (
                            ends_after_speaker(right, masked, unit) or LONE_ADVERB.fullmatch(att.mention.text.strip())):
                        att = right   # ("Currently, said Dr. Haddad, the director, there are …")
            if att is None and comma_before and cue.lemma_form in INVERTIBLE:
                att = subject_right(cue, masked, unit)
            if att is None and result and resumes_after_aside(result[-1], self.text, cue.start):
                att = Attribution(cue, result[-1].mention, (cue.start, cue.start), True, inherited=True)   # "X, who …, said"
            if att is None and cue.kind == "object" and result and result[-1].cue.kind == "object" \
                    and not result[-1].relay and _AND_BEFORE.search(masked, 0, cue_rel.start):
                continue  # "praised the law and accused the banks of …": one report of two acts
            right_after_a_reply = bool(result) and says_what_was_replied(result[-1].cue, cue, masked, unit.start)
            if att is None and shares_subject(cue, cue_rel, masked, comma_before or right_after_a_reply,
                                               result[-1].cue if result else None):
                # "…, adding that …", "…, telling Reuters, “…”", "… and then pointed out that …"
                # (not after "When asked …,": the question's asker is not the subject)
                resumed = bool(result) and not is_unnamed_asker(result[-1])
                held = relative_antecedent(cue, masked, unit, since=result[-1].cue.end) if resumed else None
                if held is not None:
                    # "…,” Tom told Ann Lee, who answered her door and said …": hers, not his (the
                    # cue opens her report where it stands, not a verb of his report's content)
                    att = Attribution(cue, held.mention, (cue.start, cue.start), True, resumes_main=True)
                elif resumed and not leaves_relative_clause(result[-1].cue.start - unit.start, cue_rel.start, masked):
                    adverb = adverb_after_comma(masked, cue_rel.start)   # (the report before ends at its comma)
                    at = unit.start + adverb if adverb is not None and comma_before else cue.start
                    att = Attribution(cue, result[-1].mention, (at, at), True, inherited=True)
                else:   # (after a report in a relative clause: the main clause's subject, ending that report)
                    att = sentence_subject(cue, masked, unit, resumed=resumed)
            if att is None:
                # "When asked whether he would run, Rubio …": the question, its asker unnamed
                att = question_opening(cue, cue_rel, masked, unit)
            if att is None and cue_rel.start == after_dateline(masked) \
                    and cue.text.lower().endswith("ing"):
                # "Noting that X, Trump reminded …": the subject comes after the clause
                att = opening_participle(cue, masked, unit)
            if att is None or in_time_clause(att, masked, unit) or named_past_a_cue(att, result, self.text):
                continue
            att.content_end = att.content_end or aside_report_end(self.text, unit.start, masked, cue_rel.start, cues[n + 1:])
            if content_open_from is not None and att.inherited and not comma_before \
                    and gerund_after_a_preposition(cue, masked, cue_rel.start):
                continue   # "vowed that the country would be merciless in defending itself": the
                # gerund is the report's own word, no second report
            # A cue inside content already reported ("said that the two sides believe …")
            # is part of that content, unless a new clause starts at a comma with a name.
            if content_open_from is not None and not (att.inherited or att.resumes_main):
                boundary = without_time_after_conjunction(masked[:att.subject[0] - unit.start].rstrip())
                # "…, he says." closing a long report is its attribution, pronoun and all
                tail = masked[att.cue.end - unit.start:].strip(" .!?\"”’")
                closes_unit = boundary.endswith(",") and (
                    (att.mention.pronoun is not None and (not tail or (
                        WHEN_OR_WHERE_SAID.match(tail) and MASK not in tail and count_words(tail) <= 4)))
                    # ("…, the candidate said Friday.": a description closing it, with its adjuncts)
                    or (bool(att.mention.description) and att.speaker_first and MASK not in tail
                        and "," not in tail and count_words(tail) <= 4))
                relayed = relayed_report(result, att, boundary, masked, cue_rel.end)
                # "When Sanders accused Clinton of …, she said …": the main clause's own report
                opens_main_clause = main is not None and att.subject[0] == unit.start + main
                if att.speaker_first and result and inside_a_parenthetical_report(result[-1], att, masked, unit):
                    continue   # "Later, she said, the captain told her he had sold the boat": her
                    # report, interrupted by its attribution, holds the captain's telling
                if REPORT_OPENS_ON_ADVERBIAL.fullmatch(masked, content_open_from - unit.start, att.subject[0] - unit.start) \
                        and not att.mention.pronoun:
                    continue   # "Reed said that by declining to vote “…,” council members are “saying …”": the
                    # report's own opening adverbial, then its subject and predicate
                if not ((boundary.endswith((",", ";", MASK)) or opens_pronoun_clause(boundary, att.mention.text) or _BUT_END.search(boundary) or TO_WHICH_BEFORE.search(boundary) or (boundary.endswith((" -", "—", "–")) and att.mention.text.startswith("but ")) or second_report_after_and(boundary, cue.kind, content_open_from - unit.start)
                         or _NEW_CLAUSE.search(boundary + " " + att.mention.text.split(" ", 1)[0].lower()) or relative_after_object(result, boundary) or dashed_main_clause(masked, boundary))
                        and (att.mention.name or (opens_pronoun_clause(boundary, att.mention.text) or self._after_a_closed_sentence(att, unit))
                             and att.mention.pronoun in ("he", "she", "they"))) \
                        and att.speaker_first and not closes_unit and not relayed \
                        and not opens_main_clause \
                        and not second_voice_introduced(boundary, masked, cue_rel.end,
                                                        named=bool(att.mention.name) and not att.mention.pronoun):
                    continue
            if (HYPOTHETICAL.search(masked, max(0, cue_rel.start - 20), cue_rel.start) and (att.mention.pronoun in (
                    "you", "we", "one") or GENERIC_SUBJECT.match(att.mention.text))) or WRITER_AMONG.match(att.mention.text):
                continue  # "Most people would assume …", "You might think …", "Most of us think …": nobody's report
            if speculative(masked, cue_rel.start, cue_rel.end):
                continue  # "readers may wonder, “…”", "If …, the compiler would complain", "can tell you"
            if att.speaker_first and (CONDITIONAL_OPENING.fullmatch(masked, 0, att.subject[0] - unit.start)
                                      or CONDITIONAL_OPENING.fullmatch(att.mention.text.split(" ", 1)[0] + " ")
                                      or CONDITION_IN_SUBJECT.match(att.mention.text)):
                continue  # "If Lee says so, it must be right": a condition, nobody's report
            if shows_pictures(att.mention):
                continue  # "Satellite images suggested …", "footage showed …": what was seen
            if names_by_calling(self.text, cue.start, cue.end, cue.lemma_form) or moves_a_motion(self.text, cue.start, cue.text) \
                    or counsel_role(self.text, cue.start):
                continue  # "a ferry group called Harbor First ran …": a name given; "a motion calling on …": a
                # chamber's act; "Michael Fitton, defending, said …": counsel's role
            if bears_out_nothing(att, masked, cue_rel.end):
                continue  # "polls show …", "a study found …" but not "Trump showed …", "Norway underscores …"
            if cue.lemma_form in ("read", "reads") and (not carries_words(att.mention) or not cue.text.islower()):
                continue  # "the statement read: …" but not "the sign read" or "SHORT READS:"
            holder = next((prev for prev in result if prev.subject[0] <= cue.start < prev.subject[1]), None)
            if holder is not None and not holder.speaker_first and cue.kind == "speech" and (
                    att.mention.pronoun == "who" or WHO_BEFORE.search(masked, max(0, cue_rel.start - 20), cue_rel.start)
                    or CONCESSION_BEFORE.search(masked, max(0, cue_rel.start - 30), cue_rel.start)) \
                    and REPORT_FOLLOWS.match(masked, cue_rel.end):
                # "“…,” said one former deckhand, who said he quit without a quarrel" (", said Tom Reed,
                # who noted …", ", said Dan Fisk, though he added that …"): the speaker's second
                # report, inside the phrase that names him
                att = Attribution(cue, holder.mention, (cue.start, cue.start), True, inherited=True)
                holder = None
            if holder is not None:
                continue  # "said one official, who asked not to be named": part of a speaker phrase
            if not self.resolve(att, result[-1] if result else None):
                continue
            if att.kind in REMEMBERED_KINDS and att.speaker and not att.put_question:
                # later pronouns in this very paragraph refer back to this speaker
                self.resolver.note_subject(att.speaker, att.kind, att.cue.start, spoke=True)
                if att.kind in ("person", "organization") and _IN_A_STATEMENT.search(
                        masked, max(0, att.cue.start - unit.start - 40), att.cue.end - unit.start + 40):
                    self.resolver.note_statement(att.speaker, att.kind, att.cue.start)
            if cue.lemma_form in ("asked", "asks"):
                self._note_question(att, masked, unit)
            result.append(att)
            if att.speaker_first and (cue.lemma_form not in THAT_ONLY or THAT.match(masked, cue.end - unit.start + 1)
                                      or cue.lemma_form in ASKING and WH_QUESTION_START.match(masked, cue.end - unit.start)):
                content_open_from = cue.end if att.content_end is None else None   # (an aside's ends in it)
        result = closing_first(result, masked, unit, lambda a: self._content_after(
            a, max(a.cue.end, a.subject[1]), unit.end, masked, unit) is not None)
        result = add_relays(self, result, according, unit)
        for att in result:
            if att.via is None:
                att.via = via(att, masked, unit)
        result.sort(key=lambda a: a.cue.start)
        return result

    def _after_a_closed_sentence(self, att: Attribution, unit: Unit) -> bool:
        return any(closed_sentence_before(self.text, q, att) for q in unit.slots)

    def _content_after(self, att: Attribution, start: int, end: int, masked: str,
                       unit: Unit) -> Optional[tuple[int, int]]:
        """What an attribution reports after its cue, between `start` and `end`."""
        if not att.speaker_first and att.cue.kind == "according":
            return content_after_source(att, start, end, masked, unit)
        if not att.speaker_first:
            return content_after_speaker(att, start, end, masked, unit)
        return reported_clause(self.text, att, start, end, masked, unit)

    def _region_start(self, att: Attribution, masked: str, unit: Unit) -> int:
        """Where the next attribution's own words begin: content before it stops there."""
        start = min(att.subject[0], att.cue.start)
        left = masked[:start - unit.start].rstrip()
        if to_which := TO_WHICH_BEFORE.search(left):   # "…, to which O'Malley interjected": the relative's
            return unit.start + to_which.start()
        if left.endswith(","):
            return unit.start + len(left) - 1
        if not att.speaker_first and left.endswith(MASK):
            # "Polling shows that “…,” said Mary Olson.": the quotation just before an
            # inverted attribution is that speaker's, not the content of the cue before
            closing = next((q for q in unit.slots if q.open <= unit.start + len(left) - 1 < span_end(q) + 1), None)
            if closing is not None and closing.open > unit.start:
                return closing.open
        before_time = without_time_after_conjunction(left)   # ("…; last week he announced …")
        return start if before_time == left else unit.start + len(before_time)

    def _goes_on(self, att: Attribution, masked: str, unit: Unit) -> bool:
        """Words or a quotation follow the cue: the attribution does not close its sentence."""
        tail = masked[max(att.cue.end, att.subject[1]) - unit.start:].strip()
        if att.cue.lemma_form in RECIPIENT_CUES:
            # "…, Tad Morrow told the Harbor Times.": whom it was told is no clause going on
            spaced = " " + tail      # (the pattern reads the blank before the recipient)
            recipient = RECIPIENT.match(spaced)
            if recipient and not spaced[recipient.end():].strip(" .!?\"”’"):
                return False
        if tail.startswith(":"):
            return True   # "In a speech last July, she said:" introduces what follows
        if tail.startswith((",", ";", "—", "–", "-")):
            # "C1, X said, C2" and "C, X said, while …" go on with the report or an aside;
            # "At a rally, X said, “Q”" with a quotation
            return tail.lstrip(",;—–- ").startswith(MASK)
        return MASK in tail or count_words(tail) >= 3

    def _has_words(self, span: tuple[int, int]) -> bool:
        return span[1] > span[0] and count_words(self.text[span[0]:span[1]]) >= 1

    # -- paragraph level ---------------------------------------------------------------
    def _emit(self, found, p_start: int, p_end: int) -> None:
        """Quotes of the paragraph: the content found, the quotations left without
        attribution, the interrupted ones joined."""
        paragraph = self.text[p_start:p_end]
        para_quotes: list[Quote] = []
        for unit, spans in found:
            for s, e, att, kind in spans:
                quote = make_quote(self.text, self.resolver, s, e, att, kind, unit, paragraph)
                if quote is None:
                    continue
                para_quotes.append(quote)
                if att.put_question:
                    continue   # (the asker is no one the next quotation or pronoun means)
                self.last_speaker = (att.speaker, att.kind, att.role)
                self.last_speaker_para = self.para_index
                if att.kind in REMEMBERED_KINDS and att.speaker:
                    self.resolver.note_subject(att.speaker, att.kind, s, spoke=True)
        for unit, spans in found:   # speech quotations left without an attribution
            for q in unit.slots:
                if any(x.start == q.start or x.start < q.open and q.end < x.end for x in para_quotes):
                    continue
                if titles_a_work(self.text, span_end(q), q.open):
                    continue   # "“The Night Ferry” star Nora Vance": a show's title
                local = local_attribution(self, q, unit)
                speaker = local[0] if local else context_speaker(self, q, found, unit)
                if not speaker and count_words(self.text[q.start:q.end]) >= 6:
                    # a quotation long enough to stand on its own: its speaker is the
                    # person the sentence is about, or who spoke before it in the paragraph
                    speaker = sentence_speaker(self, q, unit) or paragraph_speaker(q, para_quotes, self.resolver) \
                        or (None, None, None)
                if speaker:
                    name, kind, role = speaker
                    quote = Quote(
                        text=self.text[q.start:q.end], start=q.start, end=q.end, type="direct",
                        speaker=name, speaker_kind=kind, role=role, cue=local[1] if local else None,
                        via=None, paragraph=paragraph)
                    para_quotes.append(quote)
                    if name and self.last_speaker and name == self.last_speaker[0] and q.open == p_start:
                        self.last_speaker_para = self.para_index   # a paragraph of theirs goes on in their voice
                    if name is None and not q.closed:
                        # runs on into the next paragraph, which may name its speaker
                        self.pending_open.append(quote)
        self.last_speaker = self.resolver.note_furthest_speaker(para_quotes) or self.last_speaker
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
            if q.type == "direct" and not q.fragments:
                quoted_turn(self, q)
            trim_quote(q, self.text)
        para_quotes.sort(key=lambda q: q.start)
        self.quotes.extend(join_interrupted(join_partial_quotations(
            drop_nested_reports([q for q in para_quotes if q.end > q.start]), self.text), self.text))
