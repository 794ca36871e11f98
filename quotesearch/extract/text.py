"""Sentence and word tokenization for extraction, with NLTK and no downloaded data.

NLTK's pretrained Punkt models are not installable here (they download at run
time), so the sentence splitter is NLTK's ``PunktSentenceTokenizer`` built from
parameters this project ships: the abbreviations that end in a period without
ending a sentence in news text ("Mr.", "Sen.", "Jan.", "U.S.", "Corp."). Word
tokens come from NLTK's ``RegexpTokenizer`` with offsets, so every token maps
back into the article text.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

from nltk.tokenize import RegexpTokenizer, punkt
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

# Lower-cased, without the final period, as Punkt stores them.
NEWS_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen sens rep reps gov govs lt col gen maj capt cmdr adm sgt cpl pvt
st ft mt fr jr sr rev hon pres supt insp det atty amb sec dept est approx
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
inc corp co ltd llc bros plc assn univ govt intl natl
u.s u.k u.n e.u d.c u.s.a n.y l.a a.m p.m i.e e.g vs etc no nos vol fig
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex va vt wash wis wyo
""".split())

# Titles and initials before a name must not end a sentence either; Punkt learns
# these as "orthographic context": a following capitalised word after them is not
# evidence of a sentence start.
_PARAMS = PunktParameters()
_PARAMS.abbrev_types = set(NEWS_ABBREVIATIONS)


# NLTK runs even its own fixed patterns through a timeout wrapper (nltk.redos, a
# backstop against pathological caller-supplied patterns) that doubles the cost of
# each of the thousands of small matches Punkt makes per article. Punkt's built-in
# patterns are linear, so the splitter uses the same compiled patterns directly.
def _unguarded(pattern):
    return getattr(pattern, "_rx", pattern)


class _NewsLanguageVars(PunktLanguageVars):
    re_boundary_realignment = _unguarded(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self):
        return _unguarded(super()._word_tokenizer_re())

    def period_context_re(self):
        return _unguarded(super().period_context_re())


_NON_PUNCT = _unguarded(punkt._re_non_punct)


class _NewsToken(PunktToken):
    _RE_ELLIPSIS = _unguarded(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _unguarded(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _unguarded(PunktToken._RE_INITIAL)
    _RE_ALPHA = _unguarded(PunktToken._RE_ALPHA)

    @property
    def is_non_punct(self):
        return _NON_PUNCT.search(self.type)


# A candidate break after a plain word of two letters or more ("said. The", "Trump.
# “We"): Punkt's tokens are that word with its period, then the next word. The word is
# no abbreviation, initial, number or ellipsis, so the first pass marks a break and the
# second keeps it (without trained parameters no collocation or orthographic evidence
# undoes a break after an ordinary word); a token follows, so the text holds a break.
_PLAIN_WORD_BREAK = re.compile(r"([A-Za-z]{2,})\.[^\S\n]+\S+")


class _RememberingSplitter(PunktSentenceTokenizer):
    """Punkt deciding each candidate break ("Mr. Trump", "said. The") once: the
    decision depends on the few words around the period alone; the commonest kind,
    a period after a plain word, is decided without Punkt's token annotation."""

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_WORD_BREAK.fullmatch(text)
        if plain is not None and plain.group(1).lower() not in self._params.abbrev_types:
            return True
        return self._punkt_decides(text)

    @lru_cache(maxsize=32768)   # noqa: B019 (one splitter lives as long as the process)
    def _punkt_decides(self, text: str) -> bool:
        return super().text_contains_sentbreak(text)

    def _get_last_whitespace_index(self, text: str) -> int:
        # Punkt's own walks back one character at a time in Python; the same answer
        # (the last of its whitespace characters, or 0) from the string's own search
        return max(0, *(text.rfind(c) for c in string.whitespace))


_SENTENCE_SPLITTER = _RememberingSplitter(_PARAMS, lang_vars=_NewsLanguageVars(), token_cls=_NewsToken)

# Words keeping the period of an abbreviation or initial ("Sen.", "Jr.", "U.S.") and
# inner apostrophes and hyphens ("O’Neill", "Sino-Russian"); single punctuation marks.
# Speaker and role phrases are read in these tokens.
WORD_TOKENIZER = RegexpTokenizer(r"[\w][\w’'.\-]*[\w.]|[\w]|[^\w\s]")
# The tokenizer's own compiled pattern (the same `regex` engine and flags, so the same
# tokens) without the timeout wrapper: the pattern is ours and linear, and the wrapper
# cost more than the matching on the tens of thousands of short phrases read.
WORD_TOKENIZER._check_regexp()
_WORD_TOKEN_PATTERN = _unguarded(WORD_TOKENIZER._regexp)
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_INITIAL_BREAK = re.compile(r"\b[A-Z]\.$")
_LOWER_START = re.compile(r"[\"“”'‘’(\[]*[a-z]")
# “Is it over?” Trump asked. / “Never!” Senator Jane Roe said. / “Why?” Al Roe, the
# chairman, said. — a quoted question or exclamation and the attribution after it are
# one sentence.
# A quotation's closing mark with the next sentence glued to it, as pasted text loses
# a paragraph break ("… made here!”Former senator Ann Dale said …"): the mark closes
# the sentence before
_GLUED_CLOSING_MARK = re.compile(r"”(?=[A-Z])")   # (a straight mark there may open the next quotation)
_QUOTED_CLOSE = re.compile(r"[?!][\"”’']+\s*$")
_ATTRIBUTION_AFTER = re.compile(
    # (an apposition between commas, its abbreviations too: "Rep. Ann Lee, D-Calif., said")
    r"(?:(?:[A-Z][\w’'.\-]*|the|a|an|of|de|van|von)(?:,\s+(?:[^,.;!?“”\"\n]|\.(?=[,\w])){1,80},)?\s+){1,5}"
    r"(?:[a-z]{3,}ly\s+)?"   # ("“Can I?” Brooke tearfully asked.")
    r"(?:said|says|asked|asks|added|adds|told|"
    r"tells|wrote|writes|replied|responded|answered|shouted|yelled|exclaimed|pressed|insisted|"
    r"continued|declared|quipped|joked|recalled|explained|interjected|retorted|countered|tweeted)\b"
    # (not a verb that introduces a quotation of its own: "An Iowa Republican seemingly
    # answered that rhetorical question: “Nobody cares.”")
    r"(?![^.!?“”\"\n]*:)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``, in ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans = list(_SENTENCE_SPLITTER.span_tokenize(chunk))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        # A single capital initial ("John F. Kennedy") is not a sentence end, and
        # neither is a quoted question or exclamation followed by its attribution
        # ("“Is it?” he asked."): the next "sentence" starts in lower case.
        previous = chunk[merged[-1][0]:merged[-1][1]] if merged else ""
        if merged and (_INITIAL_BREAK.search(previous) or _LOWER_START.match(chunk, s)
                       or (_QUOTED_CLOSE.search(previous) and _ATTRIBUTION_AFTER.match(chunk, s))):
            merged[-1] = (merged[-1][0], e)
        elif merged and _GLUED_CLOSING_MARK.match(chunk, s) and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], s + 1)
            merged.append((s + 1, e))
        else:
            merged.append((s, e))
    return [(start + s, start + e) for s, e in _split_at_plain_words(chunk, merged)]


# Abbreviations that are everyday words too: written in lower case before a capital,
# they end a sentence ("Nelson voted no. The bill …", "She fell ill. Doctors …"), where
# "No. 5", "Ill." or "Mass." would not
_PLAIN_WORD_END = re.compile(r"(?<![\w.’'\-])(?:no|ill|sun|sat|mass|wash|miss|wed|mar|ark|gen|ed|op|fig|est|co|ore|pa|la|ga"
                             r"|mo|del|ind|col|det|con|sec|rev|vol|dept)\.[”’\"')]*\s+(?=[\"“‘(]*[A-Z])"
                             # a clock time ends a sentence before a capital that is no day, month
                             # or time zone ("… at 10:21 a.m. According to the report, …", not
                             # "at 9 a.m. Monday" or "11 a.m. Eastern")
                             r"|(?<=\d\s)[ap]\.m\.[”’\"')]*\s+(?=[\"“‘(]*(?!(?:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                             r"Sep|Oct|Nov|Dec|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|GMT|BST|UTC|Eastern|Pacific|"
                             r"Central|Mountain|Local|Greenwich|British|IST|AEST|AEDT|CET|CEST)\w*\b)[A-Z])"
                             # an abbreviation ending a place or a name, then a word that opens a
                             # sentence and never continues a name ("… in Washington, D.C. The event
                             # drew …", "… sold to Acme Inc. The deal …"; after a title, "Sen. The",
                             # there is none to find)
                             r"|(?<![\w.])(?:U\.S|U\.K|U\.N|E\.U|D\.C|U\.S\.A|N\.Y|L\.A|Inc|Corp|Co|Ltd|Jr|Sr|Ala|Ariz|"
                             r"Ark|Calif|Colo|Conn|Fla|Ill|Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore|Tenn|"
                             r"Tex|Wis|Wyo)\.[^\S\n]+(?=[“\"]?(?:The|He|She|It|They|We|But|This|These|Those|His|Her|Their|"
                             r"Its|There|After|When|While|Some|Many|Most)\b)")


def _split_at_plain_words(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut after each `_PLAIN_WORD_END` inside them."""
    out = []
    for s, e in spans:
        for m in _PLAIN_WORD_END.finditer(chunk, s, e):
            out.append((s, m.start() + len(m.group(0).rstrip())))
            s = m.end()
        out.append((s, e))
    return out


def word_tokens(text: str) -> list[str]:
    """The tokens of a short phrase (words, abbreviations, punctuation)."""
    return list(_word_tokens(text))


@lru_cache(maxsize=32768)   # the same phrases are read again and again
def _word_tokens(text: str) -> tuple[str, ...]:
    if "&" not in text:
        return tuple(_WORD_TOKEN_PATTERN.findall(text))
    # "AT&T", "P&G": an ampersand written between two words without a space makes one word
    # of a name (the tokenizer's "AT", "&", "T" came back as "AT & T")
    toks: list[str] = []
    at = 0
    for glued in _AMPERSAND_WORD.finditer(text):
        toks += _WORD_TOKEN_PATTERN.findall(text[at:glued.start()])
        toks.append(glued.group(0))
        at = glued.end()
    return tuple(toks + _WORD_TOKEN_PATTERN.findall(text[at:]))


_AMPERSAND_WORD = re.compile(r"\w+(?:&\w+)+(?:['’]s\b)?")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=4096)
def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))
