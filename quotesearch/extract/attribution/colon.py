"""Colons and labelled lines: "Zhang said:" before a quotation or a paragraph,
"MATTHEWS: Well, …", "Ryan: FBI Decision ‘Defies Explanation’".

A paragraph that ends with a colon introduces the next one, whose quotations
take its subject (`colon_subject`). A line that a name and a colon open is a
transcript's turn or a headline's claim (`labelled_line`), read only when nothing
else in the paragraph is attributed. A quotation after a colon, a dash or a short
clause, or followed by a verb outside the cue list (“…,” Trump barked), takes the
speaker those words name (`local_attribution`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from ...records import Quote
from ..cues import find_cues, may_speak
from ..frequency import everyday_word
from ..gender import FIRST_NAMES
from ..lexicon import GROUP_NOUNS, IRREGULAR_PAST_ALTERNATION, PREPOSITIONS, TITLE_WORDS
from ..mentions import Mention, parse_mention
from ..plausible import plausible_speaker
from ..noun_phrases import DOCUMENT_NOUNS, OWN_WRITINGS, OWNERS_POSSESSIVE
from ..places import is_place
from ..quotes import QuoteSpan
from ..speakers import SpeakerResolver
from ..text import count_words
from .line_lists import NAME_LIST, item_of_introduced_list, names_many
from .panel_answers import panel_answer
from .phrases import (FINITE_VERB, HEADLINE_VERB, NOUN_AFTER_A_NAME, SENTENCE_SUBJECT, TITLE_CASE_SHARE, clause_subject,
                      heard_speaker, include_closing_mark, last_name_run)
from .quoted_as import quoted_before_colon
from .spans import in_capitals
from .units import Unit, span_end

if TYPE_CHECKING:
    from .reader import ParagraphReader

# "MATTHEWS: Well, …", "Bill Clinton: Hillary ‘Better Qualified …’": up to four capitalised
# words, a colon, and what they said
_LABELLED_LINE = re.compile(
    r"\s*(?P<label>(?:[A-Z][\w’'.\-]*)(?:\s+(?:[A-Z][\w’'.\-]*)){0,3}):\s+(?P<rest>\S)")
_NOT_LABELS = frozenset("""the a an this that these those update updated note editor editor’s editor's
source sources related exclusive watch read video photo photos breaking live correction
disclaimer background summary highlights also keywords question answer q warning abstract full
text transcript caption credit advertisement listen see follow subscribe more tags opinion
analysis commentary interview excerpts excerpt bottom dear
disclosures disclosure funding acknowledgments acknowledgements references methods results conclusions
limitations objective objectives design setting participants measurements reproducible
example examples tip tips hint usage definition
storm hurricane typhoon cyclone tornado wildfire earthquake flood""".split())   # (a paper's sections; weather: "Storm Ciarán: …")
# A quotation attributed after it by a verb outside the cue list: “…,” Trump barked / “…,” a voice cried
_VERB_THEN_SUBJECT = re.compile(
    r"\s*(?!(?:perhaps|always|sometimes|nevertheless|regardless|besides|afterwards|towards|indeed|nowadays)\b)"
    # (nor a linking verb: "“…” sounds great in Youngstown" says how the words land, not who spoke)
    r"(?!(?:seems|sounds|looks|feels|appears|remains|means|becomes|proves|makes|gets|goes|comes|works|matters|"
    r"helps|lasts|happens|stands|reads)\b)"
    r"(?P<verb>[a-z]{3,}(?:ed|s))\s+(?P<np>[^,.;:!?“”\"]{1,80}?)\s*(?=[,.;:!?]|$)")   # (an adverb is no verb: "…,” perhaps only 10%,")
# … or by a dash and the speaker's name, as under a vox pop or a pull quote:
# “We just want the road fixed.” ― Maria Lopez, 54, shop owner
_DASH_THEN_NAME = re.compile(
    r"\s*(?:[―—–]|--?)\s*(?P<np>[A-Z][^,;:!?“”\"()]{1,60}?)\s*(?:,(?P<rest>[^“”\"]{0,80}))?\s*$")
_BACK_REFERENCE = re.compile(
    r"\s*(?:That|This|The)\s+(?P<noun>quote|quotation|remark|line|comment|words|statement|quip)\s+(?:from|by)\s+"
    r"(?P<np>(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'\-]*)")
_SUBJECT_THEN_VERB = re.compile(
    # (not "“… the ferry fares” and other harbor worries.": the writer's sentence goes on)
    r"\s*(?!(?:and|or|but|nor|as|than|to|of|in|for|with|from|by|at|on)\s)"
    # (nor a participle the writer's sentence goes on with: "“…,” meant to discourage drivers from …")
    r"(?!(?:[a-z]{2,}ed|meant|" + IRREGULAR_PAST_ALTERNATION + r")\s)"
    r"(?P<np>[^\s,.;:!?“”\"][^,.;:!?“”\"]{0,59}?)\s+(?P<verb>[a-z]{3,}(?:ed|s))\b(?=\s*(?:[,.;:!?]|$|\w))")
# A closing attribution of a few words after "!" or "?": "“Get out!” Trump snapped."
_SHORT_CLOSING = re.compile(r"\s*(?:[\w’'.\-]+\s+){1,4}[a-z]{3,}(?:ed|s)\s*[.,;]")
# The verb ends its clause: "“…!” she snapped." (not "She replied to him that …")
_VERB_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:!?]|$)")
# … and before it by a short clause ending in a verb and a comma: "…, Hillary Clinton cracked, “…”"
# (not "One of his recent reads, “…”": after a determiner or an adjective the word is a noun)
_ENDS_WITH_VERB = re.compile(r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bthe )(?<!\brecent )(?<!\blatest )"
                             r"\b[a-z]{3,}(?:ed|s)\s*,$")
_WRITERS_DASH = re.compile(r"\s[-—–]{1,2}(?:\s|(?=[A-Z]))")   # ("… all along -More from Smith:")
# A clause that only names whose words follow: "From Bush's Facebook post:", "In Clinton's
# statement on Monday:", "Here is Mr. Li's letter:" (the owner speaks, not the platform)
_OWNERS_WORDS = re.compile(
    r"(?:(?:From|In|Here(?:’s|'s|\s+is))\s+)?" + OWNERS_POSSESSIVE + r"(?P<noun>[a-z\-]+)(?:\s+[\w\-]+){0,4}")
_OWNERS_NOUNS = DOCUMENT_NOUNS | OWN_WRITINGS
_CLAUSE_SEPARATOR = re.compile(r"[,;—–]|\s-\s|--")   # the clauses of the words before a quotation


# A page addressing its reader before what it quotes ("Read the latest updates below:")
_PAGE_IMPERATIVE = re.compile(r"\s*(?:See|Read|Watch|Click|Listen|Visit|Check\s+out)\s")
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s*[A-Z])")
# (but "Read his statement below:", "Watch Trump's remarks:" point at someone's words)
_SOMEONES_WORDS = re.compile(r"\b(?:his|her|their|its|statement|remarks|speech|letter|transcript|interview)\b|[’']s\b")


def addresses_the_reader(paragraph: str) -> bool:
    """Whether a paragraph's last sentence is the page telling its reader where to look
    ("See the ferry timetable here. Follow our coverage below:"): no one's voice goes on
    past it."""
    last = _SENTENCE_BREAK.split(paragraph.strip())[-1]
    return bool(_PAGE_IMPERATIVE.match(last)) and not _SOMEONES_WORDS.search(last)


def colon_subject(resolver: SpeakerResolver, p_start: int, paragraph: str = "") -> Optional[tuple[str, str, Optional[str]]]:
    """The subject of a paragraph that ends with a colon ("Mayor Ann Lee released the
    following statement:"): the speaker of the quotations of the next paragraph; the one
    quoted when the writer quotes someone ("Frank quotes Alfred Kahn:")."""
    quoted = quoted_before_colon(paragraph)
    if quoted is not None:
        return quoted
    # the mention latest in the text, not the one noted last: a report earlier in the
    # paragraph is noted when its quotation is made, after the names read before it
    # ("Von der Leyen stated that …. In an article, Thunberg said:")
    in_paragraph = [h for h in resolver.history[-_COLON_SUBJECT_REACH:] if h.position >= p_start]
    if not in_paragraph:
        return None
    last = max(in_paragraph, key=lambda h: h.position)
    return (last.name, last.kind, resolver.roles.get(last.name))


# How many of the resolver's latest mentions may hold the colon clause's subject
_COLON_SUBJECT_REACH = 40


# A labelled line with a capitals label ("QUILL: …"), this long, or in the first person
# is a turn of a transcript, not a headline's claim ("Ryan: FBI decision defies explanation")
_TURN_WORDS = 12
# The endings of plurals that name people ("Teachers", "Investors", "Activists", "Republicans",
# "Detectives"), who speak as a group; "Disadvantages: …", "Translations: …" head a list's items
_PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ans", "ives")
# A term, a dash and what it means: the items of a glossary or a list of settings
_TERM_AND_DEFINITION = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+[–—]\s+[A-Z]")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|We|my|My|our|Our|me|us)\b")


# Words that open a news item's title, never a claim: what follows "Name:" is then the
# item ("Update after …", "Live: …", "Watch: …"), not what Name said
_NEWS_LABELS = frozenset("""
update updates latest live watch timeline explainer analysis recap preview review gallery
photos pictures video videos listen podcast breaking exclusive opinion obituary profile
factbox q&a
""".split())


# The last words of a section's or a programme's name before its item's title ("Tennis
# Podcast: …", "Business Focus: …", "Letters: …", "WEEKLY ADDRESS: …"): no speaker
_SECTION_HEADS = frozenset("""podcast podcasts letters focus diary briefing roundup digest recap preview review
explainer analysis opinion address newsletter""".split())

# How common a word must be (Zipf) for a label of nothing but such words to name nobody
_LABEL_WORD_ZIPF = 4.0
_TITLE_WORD_ZIPF = 3.0   # (a work's title may use rarer words: "Beasts" 3.7)


def _common_word(word: str, resolver: SpeakerResolver, label: str, zipf: float = _LABEL_WORD_ZIPF) -> bool:
    """An everyday English word ("Contact", "Stress", "Look-up") that is no first name, no
    title and no word of a name the article uses elsewhere than in ``label`` ("Trump" of
    "Donald Trump")."""
    if not _everyday(word, zipf):
        return False
    # (a "name" of everyday words only, "Fullback Positioning", is a term the page defines)
    return not any(word.title() in full.split() for full in resolver.full_names
                   if full != label and not all(_everyday(w) for w in full.split()))


def _bare_label(text: str, word: re.Match) -> bool:
    """The word alone opens its line as a label ("Disadvantages: …"); "Karin Fischer: …"
    names the person that a later "Fischer: …" is."""
    return (word.start() == 0 or text[word.start() - 1] == "\n") and text.startswith(":", word.end())


def _names_people(word: str) -> bool:
    low = word.lower()
    return low in GROUP_NOUNS or low.endswith(_PEOPLE_PLURAL_ENDINGS)


def _title_and_subtitle(reader: ParagraphReader, words: list[str], rest: str, after: str) -> bool:
    """Most words after the colon capitalised, and no sentence's end mark: a title and its
    subtitle; in a headline, where a claim is often so written ("Ryan: FBI Decision ‘Defies
    Explanation’"), only without a verb or quotation mark, after ordinary words that name no
    one, no people and no document ("Fantastic Beasts: A Nice Place to Visit")."""
    toks = rest.split()
    if after.strip()[:1] in ("!", "?", ".") \
            or sum(w.lstrip(_OPENING_MARKS)[:1].isupper() for w in toks) < TITLE_CASE_SHARE * len(toks):
        return False
    return not reader.reading_headline or (
        not FINITE_VERB.search(rest) and not any(mark in rest for mark in "“\"‘") and not _names_people(words[-1])
        and words[-1].lower() not in DOCUMENT_NOUNS
        and all(_common_word(w, reader.resolver, " ".join(words), _TITLE_WORD_ZIPF) for w in words))


def _everyday(word: str, zipf: float = _LABEL_WORD_ZIPF) -> bool:
    low = word.lower().strip("’'.")
    if low in FIRST_NAMES or low in TITLE_WORDS:
        return False
    return all(everyday_word(part, zipf) for part in low.split("-") if part)


# The capitalised words a subtitle starts with ("Star Wars Jedi: Fallen Order")
_SUBTITLE_START = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,2}")
# A headline's description of the person or thing its label names: "The woman behind …",
# "A life in …", "the engineering beneath floating pixels"
_PROFILE_TITLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){1,2}(?:behind|beneath|under|inside|beyond|within|who|"
                            r"of|in|from|with|at|for|that|on)\b")


def labelled_line(reader: ParagraphReader, p_start: int, p_end: int, spans: list[QuoteSpan],
                  turn_only: bool = False) -> bool:
    """A line that a name and a colon open: a transcript's turn ("MATTHEWS: Well, …")
    or a headline's claim ("Ryan: FBI Decision ‘Defies Explanation’"). Read only
    when nothing else in the paragraph is attributed to anyone; with ``turn_only``
    (the paragraph's other reports have no speaker: "VANCE: I think the port is stalling …")
    only a transcript's turn is taken, which holds them. True when a quote was added."""
    text = reader.text
    m = _LABELLED_LINE.match(text, p_start, p_end)
    if not m:   # ("Ann Lee, mayor of Harbor: …": a panel's answer, its role before the colon)
        return not turn_only and panel_answer(reader, p_start, p_end)
    label = m.group("label").strip()
    words = label.split()
    if words[0].lower() in _NOT_LABELS or label.lower() in _NOT_LABELS:
        return False
    if len(words) == 1 and words[0].lower() in DOCUMENT_NOUNS and not reader.reading_headline:
        return False   # "Report: People out on the streets were seen …": a broadcast segment's label, no
        # speaker (a headline's "Poll: Reed leads" is the poll's finding)
    s, e = m.start("rest"), p_end
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
        e -= 1
    _remember_transcript_name(reader, label)
    # (a headline's claim may have as few as three words, with a verb: "Reed: Port plan
    # threatens jobs"; not "Ann Lee: Queen of the Harbor", a title; another line's, five)
    short = count_words(text[s:e]) < (5 if not reader.reading_headline or not HEADLINE_VERB.search(text, s, e) else 3)
    opening = next((q for q in spans if q.open == m.start("rest")), None)
    if (short and not (_short_turn(text[s:p_end]) and _turns_of(text, label) >= 2)) or opening is not None and not (
            reader.reading_headline and count_words(text[span_end(opening):e]) >= 2):
        return False  # “Q” after the colon is a direct quotation, read elsewhere (a short line is a
        # turn only where the label opens other lines too: "MATTHEWS: Well, speculation is bad."; a
        # headline's claim may open on quoted words: "Lee: ‘Not Too Much’ To Hope For …")
    if NAME_LIST.fullmatch(text, s, e):
        return False  # "Kellard: Tom Reed, Dan Fisk, Ben Ortiz, …": a list of members
    if not reader.reading_headline and item_of_introduced_list(text, p_start):
        return False  # "Ann Lee: Possession of …, held in jail …" after "on the following charges:"
    if any(w.lower() in PREPOSITIONS for w in words[1:]):
        return False  # "Big Win For Bernie: …", "Stat Of The Week: …": a title, not a name
    if len(words) == 1 and label.isupper() and _names_a_place(text, label.title()):
        return False  # "MARDALE: In what was blamed on …": a dateline, where the article says "in Mardale"
    if in_capitals(text[s:e]):
        return False  # "TORY MPs: CONSTITUENCY, MEMBER OF PARLIAMENT AND EMAIL ADDRESSES": a table's heading
    if reader.reading_headline and _PROFILE_TITLE.match(text, s, e) and not FINITE_VERB.search(text, s, e):
        return False  # "Ana Ruiz: The woman behind the mayor's comeback": who she is, not what she said
    subtitle = _SUBTITLE_START.match(text, s, e)
    if subtitle and not label.isupper() and text.count(f"{text[m.start('label'):s].rstrip()} {subtitle.group(0)}") >= 2:
        return False  # "Star Wars Jedi: Fallen Order review – …" and "Star Wars Jedi: Fallen Order is …":
        # a work's title and subtitle, named again and again, not a speaker's words
    if _title_and_subtitle(reader, words, text[s:e], text[e:p_end]):
        return False  # "Fantastic Beasts: A Nice Place to Visit": a work's title and its subtitle
    if text[s:e].split()[0].lower().strip("’'s") in _NEWS_LABELS or words[-1].lower() in _SECTION_HEADS \
            or label.lower() == "box office":
        return False  # "Harbour Watch: Update after death of …", "Tennis Podcast: …": a programme's or a section's item
    if label.isupper() and not reader.reading_headline and label.title().split()[-1].lower() not in DOCUMENT_NOUNS \
            and all(_common_word(w, reader.resolver, label.title()) for w in words):
        return False  # "AVOIDING CONTACT: The rules on …", "STRESS: How to look after …": a box of links
    if not label.isupper() and not reader.reading_headline and words[-1].lower() not in DOCUMENT_NOUNS \
            and not _names_people(words[-1]) and all(_common_word(w, reader.resolver, label) for w in words):
        return False  # "Advantages: …", "Peanut Butter: …": a term a list or a glossary explains
    if not reader.reading_headline and _TERM_AND_DEFINITION.match(text, s, e):
        return False  # "Positioning: Line Width – User Specifies how …": a setting and what it does
    if not reader.reading_headline and names_many(text[s:e]):
        return False  # "Dr. Lima: 441 Engineering Hall, Riverside College, …", "Producers: Ann Lee, Bo Cruz, …"
    head = words[-1].title() if label.isupper() else words[-1]
    transcript_tag = label.isupper() and len(words) > 1      # "JAKE TAPPER: …"
    if not transcript_tag and head.lower() not in DOCUMENT_NOUNS and not (len(words) == 1 and _names_people(head)) \
            and not (label.isupper() and reader.resolver.canonical(head) != head) \
            and not any(x.start() != m.start("label") + label.rfind(head) and not (len(words) == 1 and _bare_label(text, x))
                        for x in re.finditer(r"\b" + re.escape(head) + r"\b", text)):
        return False  # "Bombshell: …", "Tech Enabled: …", "Disadvantages: …" (a word used again and
        # again as a label only): words the article names nobody by (but "BENENSON: …" after
        # "JOEL BENENSON: …" names him)
    if reader.reading_headline and len(words) > 1 and all(w[:1].isupper() for w in words) \
            and not any(s <= q.open < e for q in spans) \
            and not any(x.start() >= p_end for x in re.finditer(r"\b" + re.escape(head) + r"\b", text)):
        return False  # "Kim Soto: Riverside mill to close": a headline's name the story never
        # mentions again is a column's or a section's, not a speaker's (unless it quotes)
    mention = parse_mention(label.title() if label.isupper() else label)
    if mention is None or not mention.name or mention.kind not in ("person", "organization", "group", "document"):
        return False
    resolved = reader.resolver.resolve(mention, m.start()) or (mention.name, mention.kind, mention.role)
    if not resolved[0] or not plausible_speaker(resolved[0], label):
        return False
    name, kind, role = resolved
    qtype = "mixed" if any(s <= q.open < e for q in spans) else "indirect"
    if qtype == "indirect" and not reader.reading_headline and (
            label.isupper() or count_words(text[s:e]) >= _TURN_WORDS or _FIRST_PERSON.search(text, s, e)
            or _turns_of(text, label) >= 2):
        qtype = "direct"   # a transcript's or an interview's turn is the speaker's own words
    if turn_only and (qtype != "direct" or not (label.isupper() or _FIRST_PERSON.search(text, s, e))):
        return False
    if qtype == "mixed":
        e = include_closing_mark(text, s, e)
    reader.quotes.append(Quote(
        text=text[s:e], start=s, end=e, type=qtype, speaker=name, speaker_kind=kind,
        role=role if kind == "person" else None, cue=":", via=None, paragraph=text[p_start:p_end]))
    if kind == "person":
        reader.resolver.note_subject(name, kind, m.start(), spoke=True)
    return True


# A short turn is a sentence: words in lower case, its closing stop ("Well, speculation is
# bad."), not a count, a list of names or a credit ("2,316", "Jamie Amos, Pat Kennedy")
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][\w’'\-]*")
_CLOSING_STOP = re.compile(r"[.!?][”\"’]?\s*$")


def _short_turn(line: str) -> bool:
    return len(_LOWER_WORD.findall(line)) >= 2 and _CLOSING_STOP.search(line) is not None


def _turns_of(text: str, label: str) -> int:
    """How many lines of the article ``label`` and a colon open (a transcript's speaker)."""
    return len(re.findall(r"(?m)^[^\S\n]*" + re.escape(label) + r":", text))


def _remember_transcript_name(reader: ParagraphReader, label: str) -> None:
    """A transcript's full name in capitals ("JOEL BENENSON: …", even before a turn too
    short to quote) is the person a later "BENENSON: …" names; the article's name
    finder reads no words in capitals."""
    words = label.split()
    if not label.isupper() or not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words) \
            or words[0].lower() not in FIRST_NAMES:
        return   # ("BREAKING NEWS: …" names no one)
    mention = parse_mention(label.title())
    if mention is not None and mention.kind == "person" and mention.name and " " in mention.name \
            and mention.name not in reader.resolver.full_names:
        reader.resolver.full_names[mention.name] += 1


_OPENING_MARKS = "“\"‘'«"


def quoted_turn(reader: ParagraphReader, quote: Quote) -> None:
    """A direct quotation that opens with a transcript's speaker label (“RAMOS: Secretary
    Clinton, did you …”, "Ann Marsh: Seriously, …"), as an article quotes a transcript
    turn by turn: the label's person speaks, from after the label, whoever introduced
    the transcript."""
    text = reader.text
    m = _LABELLED_LINE.match(text, quote.start, quote.end)
    if not m or m.start() != quote.start or text[:quote.start].rstrip(_OPENING_MARKS + " \t")[-1:] not in ("", "\n"):
        return   # (a turn opens its paragraph: "protesters chanted “Ann Marsh: bad for you”" is no turn)
    label = m.group("label").strip()
    words = label.split()
    rest = text[m.start("rest"):quote.end].split()
    if words[0].lower() in _NOT_LABELS or len(rest) < 4:
        return
    if sum(w[:1].isupper() for w in rest) >= TITLE_CASE_SHARE * len(rest):
        return   # "Harbor Lights: The Long Story of …": a title and its subtitle
    form = label.title() if label.isupper() else label
    if is_place(form.split()):
        return   # "Missouri: Remember in November …": an address to the state's voters
    elsewhere = any(x.start() < quote.start or x.start() >= quote.end
                    for x in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text, re.I))
    if not elsewhere or (not label.isupper() and len(words) < 2):
        return   # a name the article gives no one else is no speaker's label
    mention = parse_mention(form)
    if mention is None or not mention.name or mention.kind != "person":
        return
    resolved = reader.resolver.resolve(mention, quote.start) or (mention.name, mention.kind, mention.role)
    if not resolved[0] or not plausible_speaker(resolved[0], form):
        return
    quote.speaker, quote.speaker_kind, quote.role = resolved
    quote.cue = ":"
    quote.text = text[m.start("rest"):quote.end]
    quote.start = m.start("rest")


# "- Reed.", "-Mayor Lee, tweeting after Reed's speech.": a line signing the
# quotation of the paragraph before
_SIGNATURE = re.compile(r"\s*[-–—―]{1,2}\s*(?P<np>[A-Z][^,;:!?“”\"()\n]{0,60}?)\s*(?:,[^\n“”\"]{0,100})?\s*\.?\s*$")


def signature_line(reader: ParagraphReader, p_start: int, p_end: int, earlier: list[Quote]) -> bool:
    """A paragraph that only signs the quotation before it ("“I rode the ferry before
    the strike …” ¶ - Reed."): the signer speaks the quotations of that paragraph that
    no attribution gave a speaker. Whether the paragraph was one."""
    m = _SIGNATURE.match(reader.text, p_start, p_end)
    unsigned = [q for q in earlier if q.type == "direct" and q.cue is None]
    if not m or not unsigned or len(unsigned) < len(earlier) or count_words(reader.text[p_start:p_end]) > 16:
        return False
    mention = parse_mention(m.group("np").rstrip("."))
    if mention is None or not mention.name or mention.kind not in ("person", "organization"):
        return False
    resolved = _resolve_mention(reader, mention, m.start("np"))
    if resolved is None:
        return False
    for quote in unsigned:
        quote.speaker, quote.speaker_kind, quote.role = resolved
        quote.cue = "—"
    return True


# A word right before the quotation, a determiner filling a noun's slot ("declares the
# ferry a “real bargain,”") or a clause's own word ("Kellard, which notes it “…,”"):
# the quotation stands inside the writer's sentence
_WORD_BEFORE = re.compile(r"\w\s*$")


# A verb saying what a text reads, which no speaker's phrase ends with
_READING_VERBS = frozenset({"reads", "read", "says", "said", "states", "stated", "writes", "wrote"})


# A determined noun phrase alone before a colon, its head lower-case: "The ideal scenario:", "His verdict:"
_DETERMINED_LABEL = re.compile(r"(?:The|A|An|His|Her|Their|Its|Our|My|Your)\s+(?:[\w\-]+\s+){0,4}[a-z][\w\-]*")


def local_attribution(reader: ParagraphReader, q: QuoteSpan, unit: Unit):
    """A quotation whose attribution uses a verb outside the cue list (“…,” Trump
    barked) or a colon (The Christie supporter retorted: “…”; Shaw: “…”)."""
    text = reader.text
    if q.closed:
        after = text[q.close + 1:unit.end]
        line_end = text.find("\n", q.close)
        signed = text[q.close + 1:len(text) if line_end == -1 else line_end]   # the rest of the paragraph
        dash = _DASH_THEN_NAME.match(signed)
        if dash and count_words(signed) <= 12:
            mention = parse_mention(dash.group("np").rstrip("."))
            if mention is not None and mention.name and mention.kind == "person":
                resolved = _resolve_mention(reader, mention, q.close)
                if resolved:
                    return resolved, signed.strip()[:1]
        back = _BACK_REFERENCE.match(signed)
        if back:
            # "“I'd sooner swim to the island than ride that ferry …” That quote from Harbor Port
            # Commissioner Nora Vance appeared …": the next sentence names whose it is
            mention = parse_mention(back.group("np"))
            if mention is not None and mention.name and mention.kind in ("person", "organization"):
                resolved = _resolve_mention(reader, mention, q.close)
                if resolved:
                    return resolved, back.group("noun")
        if not after.strip() and text[q.start:q.end].rstrip().endswith(("!", "?")):
            # "“Get out!” she screamed.": the mark ended the unit, not the sentence
            short = _SHORT_CLOSING.match(signed)
            after = short.group(0) if short else after
        m = _VERB_THEN_SUBJECT.match(after)
        if m is None:
            m = _SUBJECT_THEN_VERB.match(after)
            if m and text[q.start:q.end].rstrip().endswith((".", "!", "?")) and m.group("np")[:1].isupper() \
                    and not _VERB_ENDS_CLAUSE.match(after, m.end("verb")):
                m = None   # "“… for the whole harbor!” She told him that …": a new sentence, its own report
        if m and _WORD_BEFORE.search(text, unit.start, q.open):
            m = None   # "While Fisk declares the ferry a “real bargain,” Lee fixates on …":
            # a phrase of the writer's sentence, no quotation a verb outside the cue list could close
        if m:
            mention = parse_mention(m.group("np"), lenient=True)
            resolved = _resolve_mention(reader, mention, q.close)
            if not resolved and mention is not None and mention.kind == "person" and mention.description \
                    and mention.text.startswith("the ") and not _RELATIVE_WORD.search(mention.text):
                resolved = (mention.text, "person", None)   # "“…,” the judge snapped": unnamed, as a cue leaves him
            if not resolved and mention is not None and mention.pronoun in ("he", "she"):
                # "“…,” he claims." with no one "he" fits: unnamed, not the last speaker's (nor the next quotation)
                resolved = reader.last_speaker = (None, "person", None)
            if resolved and resolved[1] == "person" and m.group("verb") in ("reported", "reports") \
                    and reader.resolver.names_no_one_known(resolved[0]):
                resolved = (resolved[0], "organization", None)   # "“…,” reported Healthline": a publication
            if resolved:
                return resolved, m.group("verb")
    before = text[unit.start:q.open].rstrip()
    last_clause = _CLAUSE_SEPARATOR.split(before.rstrip(",:—–- "))[-1] if before else ""
    if before.endswith((":", "—", "--", "–")) or (before.endswith(",") and count_words(last_clause) <= 8
                                                   and _ENDS_WITH_VERB.search(before)
                                                   and not last_clause.strip()[:1].isdigit()):
        # (not "GOPers can repeat, 10,000 times, “…”": how often, no one speaking)
        # Shaw: “…” / He jokes, “…” / the Christie supporter retorted: “…” /
        # Trump also embraced enhanced interrogation -- “…” / …, Hillary Clinton cracked, “…”
        clause = before.rstrip(":—–- ") if before.endswith((":", "—", "--", "–")) else last_clause
        # ("The ferry delays were plain for weeks - More from Reed and Fisk:": the
        # words after the writer's dash introduce the quotation)
        clause = _WRITERS_DASH.split(clause)[-1] if before.endswith(":") else clause
        m = SENTENCE_SUBJECT.match(clause)
        candidates = [_with_noun_after(clause, m)] if m and m.group(1).strip().lower() not in _NOT_LABELS else []   # not "More from …"
        tail = last_name_run(clause)
        if tail:
            candidates.append(tail)
        words = clause.split()
        if clause.count(" ") <= 6 and words[-1:] and words[-1].lower() not in _READING_VERBS:
            candidates.append(clause)     # "More from Jones", "Pollsters agree - Carl Bialik" (not "The sign reads")
        owned = _OWNERS_WORDS.fullmatch(clause.strip())
        if owned and owned.group("noun") in _OWNERS_NOUNS:
            candidates.insert(0, owned.group("owner"))
        np = clause_subject(clause)
        if np and any(c.kind == "speech" and c.end <= clause.rfind(np) for c in find_cues(clause)):
            np = None   # "Another said he hoped that Trump wins the election: “…”": a subject inside the report
        second = None
        for second in _NAMED_SECOND_CONJUNCT.finditer(clause):
            pass
        joint = _JOINT_SUBJECT.match(clause) or (_JOINT_LABEL.fullmatch(clause) if before.endswith(":") else None)
        if joint is not None:
            candidates.insert(0, joint.group(1))   # "Ann Lee and Tom Fisk posted a statement:": both
        came = _WORDS_CAME_FROM.search(clause)
        if came is not None:
            candidates.insert(0, came.group(1))   # "a question came from a member of the audience:": the asker
        if second is not None:
            # "Eich stepped down on April 3 and Mitchell Baker, executive chairwoman of Mozilla,
            # posted a statement:": the subject of the clause the colon ends
            candidates.insert(0, second.group(1))
        who = _NAME_THEN_WHO.search(clause)
        if who and any(c.kind == "speech" and c.start <= 12 for c in find_cues(clause[who.end():])):
            # "Any decision would involve Attorney General Ann Lee, who told the council when
            # asked in March: “…”": the relative clause's speaker, not the sentence's subject
            candidates.insert(0, who.group(1))
            np = None
        if np and np == heard_speaker(clause):
            candidates.insert(0, np)   # "Rodriguez heard an officer yell:": the officer
        elif np and candidates and " " not in candidates[0].strip() \
                and reader.resolver.canonical(candidates[0].strip()) not in reader.resolver.full_names:
            candidates.insert(0, np)   # "Late on Tuesday, her campaign …": not "Late"
        elif np:
            candidates.append(np)
        for cand in candidates:
            if cand.strip().lower() in _NOT_LABELS:
                continue   # "Example: “That was so funny I literally cried.”": the page's label, no one
            if before.endswith(":") and cand.strip() == clause.strip() and _DETERMINED_LABEL.fullmatch(cand.strip()) \
                    and not may_speak(cand.split()[-1]):
                continue   # "The ideal conversation-starter scenario: “…”": a field's label, no one speaking
            mention = parse_mention(cand, lenient=True)
            resolved = _resolve_mention(reader, mention, q.open)
            if resolved:
                mark = next(m for m in ("--", ":", "—", "–", ",") if before.endswith(m))
                verb = words[-1] if words and words[-1][:1].islower() and mark == "," else mark
                return resolved, verb
    return None


# A name and the relative clause about it: "… Attorney General Ann Lee, who told …"
_NAME_THEN_WHO = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*),\s+who\s+")
# A verb in the past after a subject (an adverb before it allowed)
_PAST_VERB = r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|" + IRREGULAR_PAST_ALTERNATION + r"|told|said|wrote)\b"
# A second clause joined by "and"/"but" after a lower-case word, with a named subject (an
# apposition after it allowed) and its own past verb
_NAMED_SECOND_CONJUNCT = re.compile(
    r"\s(?:[a-z][\w’'\-]*|\d+),?\s+(?:and|but)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)(?:,[^,;:]{1,100},)?"
    + _PAST_VERB)
# Two names opening the clause before its past verb: one subject of two speakers
_JOINT_SUBJECT = re.compile(
    r"\s*((?:[A-Z][\w’'.\-]*\s+){1,3}and\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)(?=" + _PAST_VERB + ")")

# Two names alone before a colon, as a label ("Our Ann Lee and Tom Fisk: “…”"): both speak
_JOINT_LABEL = re.compile(r"\s*(?:Our\s+)?((?:[A-Z][\w’'.\-]*\s+){1,3}and\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s*")
# Words said, coming from someone: "Then a question came from a member of the audience:"
_WORDS_CAME_FROM = re.compile(r"\b(?:an?|the|one|another)\s+(?:[a-z\-]+\s+)?(?:question|comment|response|reply|answer|"
                              r"retort|message|plea|warning|challenge|rebuke|shout|cry)\s+(?:came|comes|come)\s+"
                              r"from\s+([^,;:]+?)\s*$")


def _with_noun_after(clause: str, subject: re.Match) -> str:
    """The subject with the noun that makes a name its owner's ("The Vance campaign,
    in a Q&A …, worded it: “…”": the campaign, not "The Vance")."""
    end = subject.end(1)
    if subject.group(1)[:1].isupper() and not subject.group(1).endswith(("’s", "'s")):
        while modified := NOUN_AFTER_A_NAME.match(clause, end):
            end = modified.end()
    return clause[subject.start(1):end]


# ("“Harbor Patrol,” the 1970s drama that KTV revived": the verb is the relative clause's)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b")


def speaker_named(reader: ParagraphReader, mention: Optional[Mention], position: int):
    """The speaker a mention names, as the article resolves it (else as written); None
    for no name or no plausible one."""
    if mention is None:
        return None
    resolved = reader.resolver.resolve(mention, position)
    if resolved is None and mention.name:
        resolved = (mention.name, mention.kind, mention.role)
    if resolved and resolved[0] and not plausible_speaker(resolved[0], mention.text):
        return None
    return resolved if resolved and resolved[0] else None


def _resolve_mention(reader: ParagraphReader, mention: Optional[Mention], position: int):
    """The speaker a mention names, remembered as the last speaker; None for no name."""
    resolved = speaker_named(reader, mention, position)
    if resolved:
        reader.resolver.note_subject(resolved[0], resolved[1], position, spoke=True)
        reader.last_speaker = resolved
        reader.last_speaker_para = reader.para_index
    return resolved


def _names_a_place(text: str, word: str) -> bool:
    """Whether the article uses ``word`` as a place: a known place, or "in/at/near Mardale",
    "Mardale district" (not "in Trump Tower", "in Trump's")."""
    if is_place([word]):
        return True
    return re.search(rf"\b(?:in|at|near)\s+{re.escape(word)}\b(?![’'\w]|\s+[A-Z])|\b{re.escape(word)}\s+"
                     r"(?:district|county|city|province|town|village|region|parish|area)\b", text) is not None

