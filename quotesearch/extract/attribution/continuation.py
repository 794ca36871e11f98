"""Continuation: content that goes on beyond its attribution's sentence or quotation.

Reported speech extends over the next sentences of a paragraph that point back
to it ("This fully demonstrates …") and carry no attribution of their own, and a
trailing "…, Xi said." closing a paragraph reaches back over the sentences before
it (`extend_indirect`). A quotation with no cue of its own continues the voice of
a later attribution in the paragraph, the paragraph before, the sentence's
subject or the paragraph's earlier speaker (`context_speaker`, `sentence_speaker`,
`paragraph_speaker`). “X,” Zhang said, “Y.” is one quotation interrupted by its
attribution (`join_interrupted`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quote
from ..antecedents import _SENTENCE_END
from ..cues import OBJECT_FORMS, find_cues
from ..quotes import QuoteSpan
from ..names import GENERATIONS
from ..lenient import USER_HANDLE
from ..mentions import parse_mention
from ..plausible import plausible_speaker
from ..text import count_words
from .phrases import REPLYING, SENTENCE_SUBJECT, TIME_WITHOUT_COMMA
from .units import MASK, Attribution, Unit, span_end

if TYPE_CHECKING:
    from .reader import ParagraphReader

_CONTINUATION_EXTRA = 3     # sentences an indirect quote may extend over
_ANAPHOR = re.compile(r"\s*(?:This|That|These|Those|It|Such)\b(?!\s+who\b)"
                      # (not the writer's story going on: "That’s when someone hacked …")
                      r"(?![’']s\s+when\b|\s+(?:is|was)\s+when\b)"
                      # (not the writer's "It was not immediately clear …", "It is unclear …")
                      r"(?![’']?s?\s*(?:is|was|remains|remained)?\s*(?:not\s+)?(?:immediately\s+|yet\s+)?(?:clear|unclear)\b)")
# A sentence opening on "It": after a body's report, the body again ("It is sharing …")
_IT_OPENS = re.compile(r"\s*It\b")
# ("China's position on this issue …"; not "Most such examples …", which the writer says as often)
_ANAPHOR_EARLY = re.compile(r"\s*(?:\S+\s+){1,5}(?:this|these)\s+(?!year|week|month|time)")
_BELIEF_CUES = frozenset({"hope", "hopes", "hoped", "believe", "believes", "believed", "think",
                          "thinks", "want", "wants", "expect", "expects", "fear", "fears"})
_INTERRUPTION_WORDS = 30
# A share of those polled ("64 percent who say …", "Nearly a third say …"; a group, not "the
# grid operator, which serves 80 percent of the state"): what follows
# ("That's a 10-point increase …") is the writer reading the poll, not the respondents
_SURVEY_SHARE = re.compile(r"\d|%|\b(?:percent|half|third|quarter|majority|plurality|fifth)\b", re.I)


def extend_indirect(text: str, found) -> None:
    """Reported speech continues over the next sentences of a paragraph that
    carry no attribution or quotation of their own (and, for a trailing
    "…, Xi said." that closes a paragraph, over the sentences before it)."""
    for idx, (unit, spans) in enumerate(found):
        for j, (s, e, att, kind) in enumerate(spans):
            if kind != "content":
                continue
            if e >= unit.end - 2 and att.speaker_first and att.cue.end <= s and att.cue.kind == "speech" \
                    and att.cue.lemma_form not in _BELIEF_CUES \
                    and not (att.kind == "group" and _SURVEY_SHARE.search(att.mention.text)):
                # only a spoken report goes on ("Zhang said … This fully demonstrates …");
                # after "According to scientists, …" or "didn't write his own book" the
                # next sentence is the writer's
                k = idx + 1
                new_end = e
                while k < len(found) and k - idx <= _CONTINUATION_EXTRA \
                        and not found[k][0].slots and not found[k][0].fragments \
                        and (not found[k][1] or _only_beliefs_of_others(found[k][1])) \
                        and _continues_report(text[found[k][0].start:found[k][0].end]) \
                        and not (att.kind == "organization" and _IT_OPENS.match(text, found[k][0].start)):
                    # (but after a body's report, "It is sharing the data …" is the writer's about the body)
                    # "China hopes that …" inside a leader's remarks is still his report
                    new_end = found[k][0].end
                    found[k][0].claimed = True
                    found[k][1].clear()
                    k += 1
                spans[j] = (s, new_end, att, kind)
            elif s <= unit.start + 1 and idx + 1 == len(found) and att.speaker_first \
                    and _closes_paragraph(text, att, unit) and _ANAPHOR.match(text, unit.start):
                # "C1. This has made positive contributions …, Xi remarked.": the closing
                # sentence points back, so the paragraph is one report; after "Staff are
                # contracted by X. They haven't decided …, a spokesman said" it is not
                k = idx - 1
                new_start = s
                while k >= 0 and idx - k <= _CONTINUATION_EXTRA and not found[k][1] \
                        and not found[k][0].slots and not found[k][0].fragments \
                        and not found[k][0].claimed \
                        and not _names_speaker(text[found[k][0].start:found[k][0].end], att):
                    # but not over "Dr Ann Lee spoke on Monday.": a sentence about the
                    # speaker is the writer's, not part of the speaker's report
                    new_start = found[k][0].start
                    k -= 1
                spans[j] = (new_start, e, att, kind)


def _closes_paragraph(text: str, att: Attribution, unit: Unit) -> bool:
    """A short attribution with no comma after it: "…, Xi said." that closes its sentence."""
    tail = text[max(att.cue.end, att.subject[1]):unit.end]
    return count_words(tail) <= 6 and "," not in tail


def _names_speaker(sentence: str, att: Attribution) -> bool:
    """The sentence names the attribution's speaker by the last word of the name."""
    if not att.speaker or att.kind != "person":
        return False
    surname = att.speaker.split()[-1]
    return re.search(r"\b" + re.escape(surname) + r"\b", sentence) is not None


def _continues_report(sentence: str) -> bool:
    """Does the sentence after a report go on in the speaker's voice? It does when it
    points back to the report ("This fully demonstrates …", "China's position on
    this issue …"); a sentence that merely mentions the same names is as likely the
    writer's own."""
    if _WRITERS_FIRST_PERSON.search(sentence):
        return False   # "However, my experience with these tools …": the writer's own voice
    return bool(_ANAPHOR.match(sentence) or _ANAPHOR_EARLY.match(sentence))


# The writer speaking as "I" outside quotation marks: a reported speaker is "he" or "they"
_WRITERS_FIRST_PERSON = re.compile(r"\b(?:I|my|me|mine|myself)\b")


def _only_beliefs_of_others(spans) -> bool:
    """Attributions that are only an organisation's or country's stated hopes or beliefs."""
    return bool(spans) and all(att.cue.lemma_form in _BELIEF_CUES and att.kind != "person"
                               for _, _, att, _ in spans)


def context_speaker(reader: ParagraphReader, q: QuoteSpan, found, unit: Unit):
    """A quotation with no cue: the speaker of a later attribution in the
    paragraph, or of the paragraph before when it introduced this one; no one's when
    its own cue names a speaker we cannot read."""
    if closed_by_own_cue(reader.text, q):
        return None, None, None
    if reader.previous_open_quote and reader.open_quote_speaker and q.open < q.start \
            and q.open == unit.start == found[0][0].start:
        # “… (no closing mark) ¶ “…: the paragraph reopening the quotation goes on in its voice
        return reader.open_quote_speaker
    later = [att for u, spans in found if u.start > unit.start for _, _, att, _ in spans]
    earlier = [att for u, spans in found if u.start < unit.start for _, _, att, _ in spans]
    if later and earlier and (_opens_own_report(reader.text, later[0], found) or _reports_only_own_words(later[0], found)
                              or _writers_sentence_before_next(reader.text, q, found, unit)):
        # "…, Fasel said. “Q.” Dana Whitfield said that …": the next sentence starts a report
        # of its own, so the quotation goes on in the voice of the attribution before it
        # (so does "“Q.” And that means …, according to the journal.": a report in the
        # writer's words closes its own sentence, not the quotation before)
        a = earlier[-1]
        return a.speaker, a.kind, a.role
    if later and not _answers_it(reader.text, later[0], found):
        # (not "“Why has this taken four months?” Mr. Cueto responded that “…”": who
        # replies to a quotation with words of their own did not say it)
        a = later[0]
        return a.speaker, a.kind, a.role
    if reader.previous_ends_colon and reader.colon_subject:
        return reader.colon_subject
    if reader.statement_issuer and q.open == unit.start == found[0][0].start:
        # "… the council put out a note of regret to Ortiz. ¶ “On behalf of …”"
        return reader.statement_issuer
    introduced = reader.resolver.subject_between(found[0][0].start, q.open)
    if introduced is not None and q.open == unit.start:
        # "Charles Schultze … once summed up the danger with a metaphor. “It’s not so much
        # …”": a quotation that opens its own sentence after one about a named person in
        # the same paragraph is that person's
        return introduced, "person", reader.resolver.roles.get(introduced)
    if q.open > found[0][0].start and _AFTER_A_SENTENCE.search(reader.text, found[0][0].start, q.open):
        # "Nixon praised the filibuster. Cruz tweeted a warning. “…”": the person the
        # sentence just before is about, not the paragraph's last speaker
        named = named_before(reader, q, found[0][0].start)
        if named is not None:
            return named
        turn = _TURN_TAKEN.search(reader.text, found[0][0].start, q.open)
        taken = _described_speaker(reader, q, turn.group("subject")) if turn else None
        if taken is not None:
            # "“…,” Vance said, and her brother cut in. “…”": the one described as
            # taking the turn speaks next, not the paragraph's last speaker
            return taken
    signed = _NAMED_AFTER_CLOSE.match(reader.text, span_end(q))
    name = reader.resolver.canonical(signed.group(1)) if signed else None
    if name and " " in name and reader.resolver.entities.person(name) is not None:
        # "“…,” Thomas Lenard, senior fellow at the institute. “…”": the verb left out, the
        # name and its apposition still say whose words they are (and the next quotation's)
        reader.last_speaker, reader.last_speaker_para = (name, "person", reader.resolver.roles.get(name)), reader.para_index
        return reader.last_speaker
    opens_paragraph = q.open == unit.start == found[0][0].start
    if reader.last_speaker and (
            (reader.para_index - reader.last_speaker_para <= 1
             and (reader.previous_ends_colon or reader.previous_open_quote or q.open == unit.start))
            or (reader.para_index - reader.last_speaker_para <= 3 and opens_paragraph)
            or (reader.para_index - reader.last_speaker_para <= _ABOUT_SPEAKER_REACH and opens_paragraph
                and reader.previous_about_last_speaker)):
        return reader.last_speaker
    return None


# A person's name and the start of an apposition right after a quotation's close
# (in its own sentence: the quotation closes on a comma, the name on the same line)
_NAMED_AFTER_CLOSE = re.compile(r"(?<=,[”\"])[^\S\n]+((?:[A-Z][\w’'.\-]*[^\S\n]+){1,3}[A-Z][\w’'\-]*),[^\S\n]+"
                                r"(?:(?:a|an|the)[^\S\n]+)?[a-z]")
# a cue whose subject is a pronoun ("…, he said"): a report of another sentence's
_OTHER_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|they|it|we|I)\s+(?:[a-z]+ly\s+)?$")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-Z]$")
_AFTER_A_SENTENCE = re.compile(r"[a-z\d)][.!?][”\"’]?\s*$")
# How many paragraphs back the last speaker may be when the paragraph just before is
# about them alone ("Peter believes …" after a paragraph of police news)
_ABOUT_SPEAKER_REACH = 6
# (the capital before the look-behind on the character before it: `re` skips to capitals)
_CAPITALISED_RUN = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")


def closed_by_own_cue(text: str, q: QuoteSpan) -> bool:
    """“…,” said Republican. / “…,” a spokesperson for the firm that owns it said.: the
    writer attributed the quotation in its own sentence, to a speaker we could not read;
    no one else's voice goes on in it."""
    if not q.closed or not text[q.start:q.close].rstrip().endswith(","):
        return False
    rest = _SENTENCE_REST.match(text, span_end(q)).group()
    if _READ_OUT.match(rest):
        return True   # "“…,” the sign on the door read.": words written somewhere, no one's voice going on
    cue = next((c for c in find_cues(rest) if c.kind == "speech" and c.start <= _OWN_CUE_REACH
                and not c.text.lower().endswith("ing")), None)   # (", refusing to …": no attribution)
    if cue is None:
        return False
    before = rest[:cue.start].strip(" ”’\"'").split()
    subject = before or rest[cue.end:].split()
    # A closing attribution's subject opens on a name or an indefinite ("Sarukhán added",
    # "said a Democratic strategist"), not on a description of someone the article has
    # named, whose voice may go on ("the Texan said", "tweeted another"), nor on a
    # clause ("refusing to acknowledge", "which Mozloom thinks", "but he … responded")
    return bool(subject) and len(before) <= 6 and (
        subject[0][:1].isupper() and subject[0] not in _REFERS_BACK or subject[0] in _INDEFINITE
        or _several_described(subject) or USER_HANDLE.fullmatch(subject[0]) is not None)


def _several_described(subject: list[str]) -> bool:
    """"the authors of …", "the researchers": several people described, who are not the
    one person whose voice went on before (but "the Texan", "the Clintons" may be)."""
    return len(subject) >= 2 and subject[0] == "the" and _PLURAL_NOUN.fullmatch(subject[1]) is not None \
        and (len(subject) == 2 or subject[2] in ("of", "at", "from", "who"))


_PLURAL_NOUN = re.compile(r"[a-z]+[^s’'\W]s")


# How far after a quotation its own cue may start (", a spokesperson for the port said")
_OWN_CUE_REACH = 50
_REFERS_BACK = frozenset({"The", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Another"})
_INDEFINITE = frozenset({"a", "an", "one"})
# "reads a Friday leader in …", "the sign on the door read": what is written and read
_READ_OUT = re.compile(r"[\s”’\"]*(?:(?:the|a|an|one)\s+(?:[\w’'\-]+\s+){1,5}?)?reads?\b(?!\s+(?:the|a|an|his|her|their|it)\b)"
                       r"|[\s”’\"]*reads?\s+(?:the|a|an)\s", re.I)


def only_person_named(resolver, start: int, end: int):
    """The one person the text between ``start`` and ``end`` names (by any form the
    article uses), or None when it names nobody or several."""
    named = set()
    for m in _CAPITALISED_RUN.finditer(resolver.text, start, end):
        if m.group(0).rsplit(" ", 1)[-1].lower().rstrip(".") in GENERATIONS:
            whole = resolver.canonical(m.group(0))
            if resolver.entities.person(whole) is not None:
                named.add(whole)   # "Allan Snr": the run as one name, not the son's first name
                continue
        for word in m.group(0).split():
            name = resolver.canonical(word.removesuffix("’s").removesuffix("'s"))
            if resolver.entities.person(name) is not None:
                named.add(name)
    return named.pop() if len(named) == 1 else None


# What may open a sentence before its speaker: a connective and a time ("But years
# later his father told Starner that “…”")
_SENTENCE_OPENER = re.compile(r"(?:(?:But|And|Yet|So|Then|Later|Earlier|Meanwhile|Separately)\b[\s,]*)*"
                              r"(?:(?i:" + TIME_WITHOUT_COMMA + r")|(?i:(?:later|earlier)\s*,?\s*))?\s*")


def _opens_own_report(text: str, att: Attribution, found) -> bool:
    """An attribution whose speaker opens its sentence and whose cue introduces the
    content after it ("Dana Whitfield, who heads …, said that shops …"): it reports
    what follows, not a quotation before it."""
    for u, spans in found:
        mine = [(s, e) for s, e, a, _ in spans if a is att]
        if mine:
            opens = _SENTENCE_OPENER.fullmatch(text[u.start:att.subject[0]].strip(" “”\"‘’'") + " ") is not None
            return att.speaker_first and opens and all(s >= att.cue.end for s, _ in mine)
    return False


def _answers_it(text: str, att: Attribution, found) -> bool:
    """The next attribution is a reply opening its own sentence and introducing its own
    words ("Mr. Cueto responded that …", "She replied: “…”")."""
    return " ".join(att.cue.text.lower().split()) in REPLYING and _opens_own_report(text, att, found)


# A sentence of the writer's own: words outside quotation marks, ended
_WRITERS_SENTENCE = re.compile(r"(?:^|(?<=\s))[A-Z][^“”\"\x01]{12,}?[a-z\d)][.!?](?=\s|$)")


def _writers_sentence_before_next(text: str, q: QuoteSpan, found, unit: Unit) -> bool:
    """“Q1,” says Hill. “Q2.” It's a belief reflected by Groene, too. “Q3,” he says.: a
    sentence of the writer's own stands between Q2 and the next attribution, which then
    introduces someone else; Q2 goes on in the voice before it."""
    following = next((spans for u, spans in found if u.start > unit.start and spans), None)
    reported_from = min(start for start, _, _, _ in following) if following else None
    if reported_from is None or q.close >= reported_from:
        return False
    return _WRITERS_SENTENCE.search(text[q.close + 1:reported_from].strip()) is not None


def _reports_only_own_words(att: Attribution, found) -> bool:
    """An attribution whose every report is indirect: the writer's words, not a quotation."""
    kinds = [kind for _, spans in found for _, _, a, kind in spans if a is att]
    return bool(kinds) and all(kind == "content" for kind in kinds)


def sentence_speaker(reader: ParagraphReader, q: QuoteSpan, unit: Unit):
    """“Q” woven into a sentence whose subject is a person: "She has overseen “a truly
    sweeping overhaul”", "The mayor then looked at me. “Mr. Fisk?”"."""
    if imagined_words(reader.text, q):
        return None
    return _subject_speaker(reader, q, reader.text[unit.start:q.open])


def named_before(reader: ParagraphReader, q: QuoteSpan, start: int):
    """“Q” opening a sentence after one of the writer's whose subject is a named person
    ("Nixon praised the filibuster. Cruz tweeted a warning. “…”": Cruz, not the
    paragraph's last speaker); None when that sentence holds a quotation or a report
    whose subject is a pronoun ("…, he said")."""
    before = reader.text[start:q.open]
    opening = 0
    for end in _SENTENCE_END.finditer(before, 0, len(before.rstrip()) - 1):
        if not _INITIAL_BEFORE.search(before, 0, end.start()):   # ("George W. Bush": no sentence ends)
            opening = end.end()
    sentence = before[opening:]
    if any(mark in sentence for mark in "“”\"‘’") or "''" in sentence:
        return None
    if any(_OTHER_SUBJECT_BEFORE.search(sentence, 0, cue.start) for cue in find_cues(sentence)):
        return None   # ("Besides, Reed isn't a sailor, she said. “…”": a report of someone else's)
    return _subject_speaker(reader, q, sentence, named=True)


# A subject's verb after its name, past a short adjunct: "Vance during a Friday praised"
# (not "Harbor resident Ben Ortiz when asked": a name, then a clause of its own)
_VERB_OF_SUBJECT = re.compile(r"(?:\s+(?!(?:when|while|as|if|who|whom|which|that)\b)(?:[a-z]+|[A-Z][a-z]+day)){0,4}?"
                              r"\s+(?:said|says|told|[a-z]{2,}ed)\b")


def _other_subject_between(resolver, speaker: str, start: int, end: int) -> bool:
    """Whether someone other than ``speaker`` is the subject of a verb between ``start``
    and ``end`` (a person the article names, the name followed by its verb)."""
    own = resolver.canonical(speaker)
    for m in _CAPITALISED_RUN.finditer(resolver.text, start, end):
        name = resolver.canonical(m.group(0))
        if name != own and resolver.entities.person(name) is not None \
                and _VERB_OF_SUBJECT.match(resolver.text, m.end(), end):
            return True
    return False


# A clause of the writer's in which someone described takes the turn, just before the
# quotation: "Her husband cut in.", "…, and the neighbour replied." (a possessive, or a
# determiner and a noun for someone; a pronoun or a name is read elsewhere)
_TURN_TAKEN = re.compile(
    r"(?:^|[.!?][”\"’]?\s+|,\s+and\s+|;\s+)(?P<subject>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[Aa]nother)\s+"
    r"(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*)\s+(?:then\s+|quickly\s+|finally\s+)?"
    r"(?:cut\s+in|chimed\s+in|spoke\s+up|interjected|interrupted|replied|responded|answered|retorted|countered|"
    r"objected|protested|shot\s+back)(?:\s+[a-z]+ly)?\.\s*$")


def _described_speaker(reader: ParagraphReader, q: QuoteSpan, subject: str):
    """The person ``subject`` describes, resolved where the article lets it be, else as
    written; None when it is no one ("The meeting replied")."""
    mention = parse_mention(subject, lenient=True)
    if mention is None or mention.kind != "person" or mention.pronoun:
        return None
    return _resolved_speaker(reader, mention, q)


def _subject_speaker(reader: ParagraphReader, q: QuoteSpan, before: str, named: bool = False):
    if not before.strip() or MASK in before:
        return None
    m = SENTENCE_SUBJECT.match(before)
    if not m or m.group(1).endswith(("’s", "'s")):
        return None
    mention = parse_mention(m.group(1))
    if mention is None or (mention.kind != "person" and not mention.pronoun) or (named and not mention.name):
        return None
    if mention.name and reader.resolver.canonical(mention.name) not in reader.resolver.full_names:
        return None  # "Behind …", "Instead …": a capitalised word the article names nobody by
    return _resolved_speaker(reader, mention, q)


def _resolved_speaker(reader: ParagraphReader, mention, q: QuoteSpan):
    """The speaker ``mention`` resolves to at the quotation, or None when it resolves to
    no one a speaker could be."""
    resolved = reader.resolver.resolve(mention, q.open)
    if not resolved or not resolved[0] or not plausible_speaker(resolved[0]):
        return None
    return resolved


# Words imagined, not said: "looking at each other as if to say, “…”", "seemed to say: “…”"
_IMAGINED_SAY = re.compile(r"\b(?:as\s+if|as\s+though|seem(?:s|ed|ing)?|meant|appear(?:s|ed|ing)?)\s+to\s+"
                           r"(?:say|ask|tell\s+\w+)[,:]?\s*$", re.I)


def imagined_words(text: str, q: QuoteSpan) -> bool:
    """A quotation after "as if to say," is what the writer imagines; no one's voice goes on in it."""
    return bool(_IMAGINED_SAY.search(text, max(0, q.open - 40), q.open))


def paragraph_speaker(q: QuoteSpan, para_quotes: list[Quote], resolver):
    """A quotation with no attribution of its own, after a quotation of the same
    paragraph that has one, goes on in that speaker's voice (but not past another person
    who is the subject of a verb between them: "… Vance during a Friday praised its
    crews and called the guild “…”")."""
    if imagined_words(resolver.text, q):
        return None
    earlier = [x for x in para_quotes if x.start < q.start and x.speaker]
    if not earlier:
        return None
    last = max(earlier, key=lambda x: x.start)
    if _other_subject_between(resolver, last.speaker, last.end, q.open):
        return None
    return last.speaker, last.speaker_kind, last.role


def _is_interruption(between: str, as_written: str) -> bool:
    """Nothing, or just the attribution ("said Nora Vance, deputy head of …"); a second
    cue between the pieces ("Reed said on Harbor Radio, adding, “…”", "he said. But he added,
    “…”") introduces a second statement, not the rest of the first."""
    if not between:
        return True
    if _SENTENCE_INSIDE.search(between):
        # "“…” for shoddy repairs. Ortiz snapped back, “…”", "“…,” Lee said. Later she went on,
        # quietly: “…”": a sentence of the writer's between them introduces another statement
        return False
    if _CLAUSE_AFTER_ATTRIBUTION.search(between):
        return False   # "“…,” Mr. Fisk said - but the crews wouldn't vote for Mr. Reed. “…”"
    # (its cue read as written, after the quotation: "“…,” added another Democrat, “…”")
    return count_words(between) <= _INTERRUPTION_WORDS and len(find_cues(as_written)) == 1


# The writer's own clause after the attribution
# (or "…, and her husband cut in. “…”": a clause of someone else's)
_CLAUSE_AFTER_ATTRIBUTION = re.compile(r"(?:\s[-—–]{1,2}|,)\s+(?:but|and|while|yet|so)\s+"
                                       r"(?:they|he|she|it|we|I|the|his|her|their|its)\b")
# (not "a"/"an": "…,'' said Ann Ferriss, …, and a co-editor of ''The Book.''" is an
# apposition going on, and the title after it no second quotation)
# A sentence ending between two words ("transactions. Sanders"), not an abbreviation
_SENTENCE_INSIDE = re.compile(r"[a-z]{4,}[.!?]\s+[A-Z]")


def join_interrupted(quotes: list[Quote], text: str) -> list[Quote]:
    """“X,” Zhang said, “Y.” is one quotation in two pieces: consecutive direct quotes of
    one speaker with only their attribution between them become one record."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        between = _between_marks(text, prev.end, q.start) if prev else ""
        if prev and prev.type == q.type == "direct" and prev.speaker == q.speaker and q.speaker \
                and _is_interruption(between, text[prev.end:q.start]) and not _own_attribution(q, between, text) \
                and not _introduces_next(prev, q, text):
            pieces = prev.fragments or [(prev.start, prev.end)]
            prev.fragments = pieces + [(q.start, q.end)]
            prev.end = q.end
            prev.text = text[prev.start:prev.end]
            prev.cue = prev.cue or q.cue
            prev.via = prev.via or q.via
            continue
        out.append(q)
    return out


def join_partial_quotations(quotes: list[Quote], text: str) -> list[Quote]:
    """"The relationship “transcends any president,” Patel said", "He described Haley as
    “Dick Cheney in heels.”": the words of one report before its quotation and the
    quotation are one mixed report, not a noun phrase of the writer's and a quotation."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "indirect" and q.type == "direct" and q.cue and prev.cue == q.cue \
                and prev.speaker == q.speaker and not prev.fragments and not q.fragments \
                and _OPENING_MARK_ONLY.fullmatch(text, prev.end, q.start):
            end = q.end + (1 if text[q.end:q.end + 1] in _CLOSING_MARKS else 0)
            prev.end, prev.text, prev.type = end, text[prev.start:end], "mixed"
            prev.via = prev.via or q.via
            continue
        if prev is not None and _object_then_its_gloss(prev, q, text):
            # "hailed relations between the countries, saying they were at an “unprecedented
            # level”": what was hailed and what was said of it are one report (not "relations
            # between the countries" alone, a referent no one said)
            prev.end, prev.text = q.end, text[prev.start:q.end]
            prev.type = "mixed" if "mixed" in (prev.type, q.type) else "indirect"
            prev.via = prev.via or q.via
            continue
        out.append(q)
    return out


def _object_then_its_gloss(prev: Quote, q: Quote, text: str) -> bool:
    """An object cue's report ("defended the decision") and, right after its comma, the same
    speaker's participle saying what of it ("…, saying it was lawful")."""
    return prev.type in ("indirect", "mixed") and q.type in ("indirect", "mixed") and bool(prev.speaker) \
        and prev.speaker == q.speaker and not prev.fragments and not q.fragments \
        and (prev.cue or "").lower() in OBJECT_FORMS and (q.cue or "").lower() in _GLOSSING_PARTICIPLES \
        and re.fullmatch(r",\s+" + re.escape(q.cue) + r"(?:\s+that)?\s+", text[prev.end:q.start]) is not None


# The participles that say what a speaker said of what their verb's object is
_GLOSSING_PARTICIPLES = frozenset({"saying", "adding", "noting", "arguing", "insisting", "stressing",
                                   "highlighting", "explaining", "declaring", "claiming", "calling"})
_OPENING_MARK_ONLY = re.compile(r"[^\S\n]*[“\"‘][^\S\n]*")
_CLOSING_MARKS = "”\"’"


def _introduces_next(prev: Quote, q: Quote, text: str) -> bool:
    """The first quotation ends its sentence and the words after it lead into the next
    ("“The fault is mine.” She went on from there by saying, “…”"): two statements."""
    return text[prev.start:prev.end].rstrip(" ”’\"'").endswith((".", "!", "?")) \
        and _LEADS_IN.search(text, prev.end, q.start) is not None


# (a pause, or "that": "“…?” Mr. Cueto responded that “the reason …”")
_LEADS_IN = re.compile(r"(?:[,:]|\sthat)[\s“‘\"']*$")


def _own_attribution(q: Quote, between: str, text: str) -> bool:
    """The later quotation closes on a cue of its own, even the same verb as the
    interruption's ("“…,” Jim Bennett told a voter … . “…,” he explained.", "“…,” she
    said. “…,” she said."): a second statement."""
    if not q.cue or not q.cue[0].isalpha() or not between:
        return False   # (two quotations side by side before one attribution are one)
    cue = re.compile(r"\b" + re.escape(q.cue) + r"\b")
    after = _SENTENCE_REST.match(text, q.end)
    return cue.search(after.group()) is not None


# The rest of a quotation's sentence after its closing mark
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,120}")


def _between_marks(text: str, end: int, start: int) -> str:
    """The words between two quotations, without their marks and punctuation."""
    between = text[end:start]
    return between.strip(" ”“\"'’‘«»„,.")
