"""Quotation marks: where quoted text starts and ends in each paragraph.

Handles the common styles: straight and curly double quotes, « », „ “/”,
‹ ›, 「 」, NYT-style doubled apostrophes (''…''), and single quotes ‘…’ where
they clearly quote (not apostrophes: "Xi’s", "’90s", "rock ’n’ roll", "the lads’ room"),
and straight single quotes '…' on a page that quotes with them and no double quotes.

Marks are paired within a paragraph. A quote left open at the end of a paragraph
runs on when the next paragraph opens with a quotation mark again (the
multi-paragraph convention); otherwise it is closed at the paragraph's end, so one
unbalanced mark never costs the rest of the article its quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .scanning import matches_between
from .text import strip_span

# opening mark -> closing marks accepted for it
_PAIRS = {
    "“": "”“\"",    # “…” (and the German-style „…“ closes with “); mixed “…" in sloppy copy
    "„": "“”",
    "«": "»",
    "»": "«",      # Danish/Swedish style »…«
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
}
_DOUBLE_STRAIGHT = '"'
_NYT = "''"
_RUN_ON_MARKS = "“„«»‹\"'‘"
_LETTER = re.compile(r"\w", re.UNICODE)
# The characters `find_quote_spans` acts on: the scan jumps from one to the next.
_ANY_MARK = re.compile("[" + re.escape("".join(_PAIRS) + _DOUBLE_STRAIGHT + "'`") + "]")
_BACKTICKS = "``"
_CONTRACTION_AFTER = re.compile(r"(?:s|t|re|ve|ll|d|m|n|em|cause|til)\b", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted text in an article: ``start``/``end`` bound the words inside the marks;
    ``open``/``close`` bound the marks themselves. ``closed`` is False when the quote
    ran to the end of its paragraph without a closing mark."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' between letters, or eliding letters ("Xi’s", "’90s", "rock ’n’")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _LETTER.match(before) and _LETTER.match(after):
        return True
    if not _LETTER.match(before) and after.isdigit():
        return True  # ’90s
    if text[i - 1:i] == " " and text[i + 1:i + 3] in ("n’", "n'") and text[i + 3:i + 4] == " ":
        return True  # rock ’n’ roll
    if text[i - 2:i] in (" n", "’n", "'n") and text[i - 3:i - 2] in (" ", "’", "'"):
        return True
    return False


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A straight mark opens when it follows a space or bracket and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:,") and not after.isspace()


def _glued_opening(text: str, start: int, i: int) -> bool:
    """"… Lee told Fox News on Tuesday."So we keep going."": a straight mark glued to the
    end of the sentence before it opens the next, when the marks before it in the
    paragraph (from ``start``) are all paired."""
    return i > start and text[i - 1] in ".!?" and i + 1 < len(text) and text[i + 1].isupper() \
        and text.count(_DOUBLE_STRAIGHT, start, i) % 2 == 0


def find_quote_spans(text: str, start: int, end: int, runs_on: bool = False,
                     straight_single: bool = False) -> list[QuoteSpan]:
    """Quoted spans of the paragraph ``text[start:end]`` (offsets into ``text``).

    ``runs_on``: the next paragraph opens with a quotation mark, so a quote left open
    here continues there rather than being a stray mark. ``straight_single``: the
    page quotes with straight single quotes ('We were second best,' he said.)."""
    spans: list[QuoteSpan] = []
    i = start
    while i < end:
        mark = _ANY_MARK.search(text, i, end)   # every other character is stepped over
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if (text.startswith(_NYT, i) or text.startswith(_BACKTICKS, i)) and _opens(text, i, 2):
            # (wire copy's ``…'' closes with the doubled apostrophe too)
            close = text.find(_NYT, i + 2, end)
            if close != -1 and text.startswith("'", close + 2) and close + 3 <= end:
                close += 1   # (''… the word 'old-school,''' : the quotation inside closes first)
            if close != -1:
                # (``close`` is the last character of the two-character mark, as it is the
                # one character of any other: what follows starts at close + 1)
                spans.append(QuoteSpan(i, i + 2, close, close + 1))
                i = close + 2
                continue
        if ch == "‘" and _is_apostrophe(text, i):
            i += 1
            continue
        if ch == "'" and straight_single and _opens(text, i) and not _is_apostrophe(text, i):
            span = _close(text, i, end, runs_on)
            if span is not None:
                spans.append(span)
                i = span.close + (1 if span.closed else 0)
                continue
        if ch in _PAIRS or (ch == _DOUBLE_STRAIGHT and (_opens(text, i) or _glued_opening(text, start, i))):
            span = _close(text, i, end, runs_on)
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.close + (1 if span.closed else 0)
            continue
        i += 1
    return [_trimmed(s, text) for s in spans if s.end > s.start]


def _trimmed(span: QuoteSpan, text: str) -> QuoteSpan:
    """« Nos relations » : the words, without the spaces French typography puts inside."""
    start, end = strip_span(text, span.start, span.end)
    if (start, end) == (span.start, span.end):
        return span
    return QuoteSpan(span.open, start, end, span.close, span.closed)


def _close(text: str, open_at: int, end: int, runs_on: bool = False) -> QuoteSpan | None:
    opener = text[open_at]
    closers = "'’" if opener == "'" else _PAIRS.get(opener, _DOUBLE_STRAIGHT + "”'")
    single = opener in "‘'"
    j = open_at + 1
    nested_single = False
    marks = _closing_scan(closers)
    while j < end:
        mark = marks.search(text, j, end)   # other characters change nothing below
        if mark is None:
            break
        j = mark.start()
        ch = text[j]
        if opener != "‘" and ch == "‘" and not _is_apostrophe(text, j):
            nested_single = True
        elif ch == "'" and not single:
            if _NYT_CLOSE.match(text, j - 1):
                return QuoteSpan(open_at, open_at + 1, j, j + 1, closed=True)   # "We will reopen,'' said Ruiz
        elif ch == "’" and not single and not nested_single and _CURLY_DOUBLED_CLOSE.match(text, j - 1):
            return QuoteSpan(open_at, open_at + 1, j, j + 1, closed=True)   # “It was a bid to mislead,’’ Moy said
        elif ch == "’" and opener == "“" and _SINGLE_CLOSE_BEFORE_CUE.match(text, j - 1) and "‘" not in text[open_at:j]:
            return QuoteSpan(open_at, open_at + 1, j, j, closed=True)   # “… being endemic,’ he says: a typo'd close
        elif ch in closers:
            if single and _is_apostrophe(text, j):
                j += 1
                continue
            if single and _CONTRACTION_AFTER.match(text, j + 1) and _LETTER.match(text[j - 1]):
                j += 1
                continue
            if single and _plural_possessive(text, j, end, closers):
                j += 1
                continue
            if opener == "“" and ch == "“" and (j + 1 < end and not text[j + 1].isspace()) \
                    and text[j - 1].isspace():
                # “ followed by a word after a space opens a new quote: the first one
                # was never closed; close it before this mark.
                return QuoteSpan(open_at, open_at + 1, _trim_end(text, open_at + 1, j), j, closed=False)
            return QuoteSpan(open_at, open_at + 1, j, j, closed=True)
        elif nested_single and ch == "’":
            nested_single = False
        j += 1
    if single:
        return None  # an unmatched ‘ is too often an apostrophe to risk a span
    if not runs_on and not _opens_paragraph(text, open_at):
        return None  # a stray mark mid-paragraph: it runs on only into a quoted paragraph
    return QuoteSpan(open_at, open_at + 1, _trim_end(text, open_at + 1, end), end, closed=False)


# A doubled apostrophe closing a quotation opened with a straight double mark in wire
# copy: after the quotation's last word or punctuation, before a space or the end
_NYT_CLOSE = re.compile(r"[\w.,!?]''(?=\s|$)")
# … and its typeset form, two right single marks (“…,’’ as some papers close a quotation)
_CURLY_DOUBLED_CLOSE = re.compile(r"[\w.,!?]’’(?=\s|$)")

# … and a single right mark closing a double one, as the attribution after it shows
_SINGLE_CLOSE_BEFORE_CUE = re.compile(r"[.,!?]’\s+(?:he|she|they|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w\-]*)\s+"
                                      r"(?:said|says|added|adds|told|tells|wrote|writes|asked|asks)\b")

_CLOSING_SCANS: dict[str, re.Pattern] = {}


def _closing_scan(closers: str) -> re.Pattern:
    """The characters `_close` acts on: its closers and the single marks ‘ and ’."""
    scan = _CLOSING_SCANS.get(closers)
    if scan is None:
        scan = _CLOSING_SCANS[closers] = re.compile("[" + re.escape(closers + "‘’") + "]")
    return scan


def _plural_possessive(text: str, j: int, end: int, closers: str) -> bool:
    """‘The lads’ changing room is a mess,’ he said: a mark after an "s" and before a
    lower-case word is the plural's apostrophe when a closing mark after punctuation follows."""
    if text[j - 1:j] != "s" or not re.match(r" [a-z]", text[j + 1:j + 3]):
        return False
    return any(text[k] in closers and text[k - 1] in ",.!?" for k in range(j + 1, end))


_DOUBLE_MARKS = re.compile(r"[“”„«»]|(?<![\w'])\"|\"(?![\w])|''")
# a straight single quotation of a sentence: 'We were second best all afternoon,' he said.
_STRAIGHT_SINGLE_QUOTE = re.compile(
    r"(?:^|(?<=[\s(]))'[A-Z](?:[^'\n]|(?<=\w)'(?=\w)|(?<=\s)'(?=\d)|(?<=s)'(?= [a-z])){3,}?[,.!?]'(?=\s|$)",
    re.MULTILINE)   # apostrophes inside: it's, O'Neill, the '90s, the fans' memories


_STRAIGHT_QUOTE = re.compile("'")


def straight_single_style(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Does the page quote with straight single quotes? It does when whole sentences
    stand in them ('We were second best,' he said.) more often than it has double
    quotation marks (a British page nests "…" inside '…'; an American one the other way)."""
    body = "\n".join(text[s:e] for s, e in paragraphs)
    # (tried only at each straight quote: `re` would try the look-behind everywhere)
    singles = sum(1 for _ in matches_between(_STRAIGHT_QUOTE, _STRAIGHT_SINGLE_QUOTE, body, 0, len(body)))
    return singles > 0 and len(_DOUBLE_MARKS.findall(body)) <= singles


def _single_quoted_paragraph(text: str, start: int, end: int) -> bool:
    """A paragraph with no double mark that quotes a whole sentence in straight single
    quotes ('… So it's time to act,' said Sisolak.): on a page whose other paragraphs
    quote with double marks (a wire feed's mixed copy), this one quotes with singles."""
    if _DOUBLE_MARKS.search(text, start, end) is not None:
        return False
    quoted = list(matches_between(_STRAIGHT_QUOTE, _STRAIGHT_SINGLE_QUOTE, text, start, end))
    outside = len(text[start:end].split()) - sum(len(m.group(0).split()) for m in quoted)
    # (a paragraph that is only a phrase in quotes, 'A change warrior.', is a subhead, no quotation)
    return bool(quoted) and outside >= 2


def _opens_paragraph(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _trim_end(text: str, start: int, end: int) -> int:
    return strip_span(text, start, end)[1] if end > start else end


def quote_spans_by_paragraph(text: str, paragraphs: list[tuple[int, int]]) -> list[list[QuoteSpan]]:
    """Quote spans for each paragraph, with multi-paragraph quotes recognised.

    A paragraph whose quote is left open is followed by one that opens with a mark
    again: the open quote is simply the paragraph's own span to its end. A
    paragraph that closes a mark it never opened, right after a paragraph left
    open, carries the quote from its start.
    """
    result = []
    previous_open = False
    straight_single = straight_single_style(text, paragraphs)
    for n, (p_start, p_end) in enumerate(paragraphs):
        following = n + 1
        while following < len(paragraphs) and _page_label(text, *paragraphs[following]):
            following += 1   # "Most read in News" between two paragraphs of one quotation
        runs_on = following < len(paragraphs) and \
            text[paragraphs[following][0]:paragraphs[following][0] + 1] in _RUN_ON_MARKS
        spans = find_quote_spans(text, p_start, p_end, runs_on,
                                 straight_single or _single_quoted_paragraph(text, p_start, p_end))
        if previous_open and not spans:
            if _page_label(text, p_start, p_end):
                result.append(spans)
                continue     # the quotation left open runs on past the page's line
            stray = _first_closing_mark(text, p_start, p_end)
            if stray is not None:
                spans = [QuoteSpan(p_start, p_start, stray, stray + 1)]
        result.append(spans)
        previous_open = bool(spans) and not spans[-1].closed
    return result


_LABEL_WORDS = 6


def _page_label(text: str, start: int, end: int) -> bool:
    """A line of the page's own between paragraphs of a story ("Most read in News",
    "Advertisement", "Related Articles"): a few words, no sentence's end, no mark."""
    line = text[start:end].strip()
    return bool(line) and len(line.split()) <= _LABEL_WORDS and line[-1] not in ".!?:;,”’\"'»)" \
        and not any(mark in line for mark in "“”\"«»")


def _first_closing_mark(text: str, start: int, end: int) -> int | None:
    for j in range(start, end):
        if text[j] in "”»\"":
            return j
    return None
