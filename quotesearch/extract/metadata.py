"""Layout and metadata of plain-text articles, recovered only from what the text says.

Plain-text articles are copied from web pages with their page furniture: mastheads,
date bars, share buttons, footers, contact blocks. This module owns the layout:

* the kind of every paragraph (``records.ParagraphKind``): headline, subhead,
  byline, caption, masthead, furniture or body, and the dateline that opens the
  first body paragraph ("MOSCOW, Feb. 1 (Xinhua) -- ");
* the article's title, byline, outlet, republished-from outlet and date, chosen
  among the signals the other modules read from single lines.

The pieces it puts together live in their own modules: ``paragraphs`` (splitting
the text into spans), ``furniture`` (what a line is on its own), ``dates``,
``datelines`` and ``outlets``.

Nothing is guessed: a field stays ``None`` unless a line of the text supports it.
Outlets come from a masthead, a footer ("©2024 Outlet", "Copyright ... Outlet"), a
news-exchange line, the byline, or the dateline's agency; republication from
"Excerpts: X", "Source: X", "Originally published by X" and the like. Outlets
*mentioned* in the body ("told the Global Times") are never taken. Dates come from
publication lines ("Published: ...", "Updated: ..."), a date line under the
headline, a dated byline, or the dateline; website date bars and bare "©2024"
do not count.

Everything is regular expressions over at most a few dozen paragraphs, with no
backtracking-heavy patterns, so a 5 KB article is laid out in well under 1 ms.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace
from datetime import date as Date
from typing import Optional

from quotesearch.records import Article, Paragraph, ParagraphKind

from .datelines import Dateline, match_dateline
from .dates import FULL_DATE, date_of, date_only, full_dates, infer_year, labeled_date, normalize_date, valid_date
from .furniture import (BYLINE_ROLE, CAPTION_ROLE, COPYRIGHT_ROLE, DATE_ROLE, EXCHANGE_ROLE,
                        REPUBLICATION_ROLE, is_furniture_line, line_role, repeated_paragraphs)
from .lines import DOUBLE_QUOTES, WS, ends_sentence, ends_with_punctuation, flatten, strip_bullet
from .outlets import (COPYRIGHT, EMAIL_DOMAIN, KNOWN_OUTLETS, MASTHEAD_CUT, byline_outlet, exchange_pair,
                      known_outlet_prefix, outlet_name, republication_name, same_outlet, squash,
                      stamp_source)
from .frontmatter import (AUTHOR_FIELDS, OUTLET_FIELDS, URL_FIELDS,
                          markdown_heading_start,
                          read_front_matter)
from .paragraphs import Segment, paragraph_spans
from .portal import cut_portal_line
from .story_dates import read_story_date

__all__ = [
    "KNOWN_OUTLETS",
    "TextLayout",
    "describe_text",
    "is_furniture_line",
    "normalize_date",
    "with_metadata",
]

# Paragraph-level size limits of headings.
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 120
_HEADLINE_MAX_CHARS = 250

@dataclass(frozen=True)
class TextLayout:
    """What the text of one article says about its own layout and provenance."""

    title: Optional[str]
    byline: Optional[str]
    outlet: Optional[str]
    republished_from: Optional[str]
    date: Optional[str]              # ISO "YYYY-MM-DD"
    dateline: Optional[str]          # "MOSCOW, Feb. 1 (Xinhua) --" as written
    paragraphs: tuple[Paragraph, ...]
    url: Optional[str] = None        # a source URL the text gives (front matter)


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str                 # the span's text, newlines turned into spaces
    words: int
    role: Optional[str]       # what the line is on its own (see line_role)
    kind: ParagraphKind = "body"
    skip: int = 0             # dateline characters at the start
    fixed: bool = False       # the kind came with the span (front matter, portal page)


# How Twitter's embed code signs a post when its script does not run: "— Hayes Brown
# (@HayesBrown) September 19, 2016" (a post's line, read by `attribution.posts`, no heading)
POST_SIGNATURE = (r"[—–]\s*(?P<name>[^()\n—–]{1,60}?)\s*\(@(?P<handle>\w{1,15})\)\s*(?:January|February|March|"
                  r"April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$")
_SIGNED_POST_END = re.compile(POST_SIGNATURE)


def _is_heading_like(para: _Para) -> bool:
    """Short, no final punctuation, no quotation: "Return to normal"."""
    return (0 < para.words <= _HEADING_MAX_WORDS and len(para.text) <= _HEADING_MAX_CHARS
            and not ends_with_punctuation(para.text) and not DOUBLE_QUOTES.search(para.text)
            and not _SIGNED_POST_END.search(para.text)
            and (para.text[0].isupper() or para.text[0].isdigit() or para.text[0] in "‘'"))


def _is_headline_like(para: _Para) -> bool:
    if para.words < 2 or len(para.text) > _HEADLINE_MAX_CHARS:
        return False
    return not (para.text.rstrip(WS).endswith(".") and para.words > _HEADING_MAX_WORDS)


def _is_prose(para: _Para) -> bool:
    if para.fixed:
        return para.kind == "body"
    return para.role is None and (para.words > _HEADING_MAX_WORDS or ends_sentence(para.text))


# ------------------------------------------------------------------ the layout

@dataclass
class _Provenance:
    """The outlet signals found on the page, strongest first in `_resolve_outlets`."""

    republished_from: Optional[str] = None
    footer_outlet: Optional[str] = None
    exchange_outlet: Optional[str] = None
    byline_outlet: Optional[str] = None
    masthead_outlet: Optional[str] = None
    stamp_source: Optional[str] = None      # "( CGTN ) 08:52, November 18, 2020"


def _read_provenance(paras: list[_Para], last_prose: int) -> _Provenance:
    """Outlet signals of the footer, news-exchange lines and bylines."""
    found = _Provenance()
    for index, para in enumerate(paras):
        line = strip_bullet(para.text)[1]
        if para.role == COPYRIGHT_ROLE and index > last_prose and found.footer_outlet is None:
            # Only a footer after the article: a "© Getty Images" by a photo is a credit.
            match = COPYRIGHT.match(line)
            found.footer_outlet = match and outlet_name(match.group("name"))
        elif para.role == EXCHANGE_ROLE and found.exchange_outlet is None:
            pair = exchange_pair(line)
            if pair:
                found.exchange_outlet, exchange_source = pair
                found.republished_from = found.republished_from or exchange_source
        elif para.role == DATE_ROLE and found.stamp_source is None:
            found.stamp_source = stamp_source(line)
        elif para.role == BYLINE_ROLE and found.byline_outlet is None:
            found.byline_outlet = byline_outlet(line)
    return found


def _republication_source(paras: list[_Para]) -> Optional[str]:
    """X of the first "Excerpts: X", "Source: X", "Originally published by X" line
    above or below the body (between body paragraphs it credits a chart or figure)."""
    body = [index for index, para in enumerate(paras) if para.kind == "body"]
    first_body, last_body = (body[0], body[-1]) if body else (len(paras), -1)
    for index, para in enumerate(paras):
        if para.role == REPUBLICATION_ROLE and not first_body < index < last_body:
            return republication_name(strip_bullet(para.text)[1])
    return None


def _masthead_outlet(para: _Para, confirmed: dict[str, str], byline_domains: set[str]) -> Optional[str]:
    line = strip_bullet(para.text)[1]
    if para.words > 8:
        return None
    known = known_outlet_prefix(line)
    if known:
        return known
    squashed = squash(MASTHEAD_CUT.split(line, 1)[0])
    if squashed in confirmed:
        return confirmed[squashed]
    if squashed in byline_domains:
        return MASTHEAD_CUT.split(line, 1)[0].strip(WS)
    return None


def _assign_kinds(paras: list[_Para], provenance: _Provenance) -> Optional[int]:
    """Set every paragraph's kind; returns the headline's index (None: no headline)."""
    confirmed = {squash(name): name for name in
                 (provenance.footer_outlet, provenance.exchange_outlet, provenance.byline_outlet) if name}
    byline_domains = {m.group("label").lower().replace("-", "")
                      for p in paras if p.role == BYLINE_ROLE for m in EMAIL_DOMAIN.finditer(p.text)}
    headline = None
    # The header: mastheads, date bars and section labels, then the headline; a
    # text opening with prose has no headline.
    for index, para in enumerate(paras):
        if para.fixed:
            if para.kind == "headline":
                headline = index
                break
            if para.kind == "body":
                break
            continue
        if para.role is not None:
            continue
        outlet = _masthead_outlet(para, confirmed, byline_domains)
        if outlet:
            para.kind = "masthead"
            provenance.masthead_outlet = provenance.masthead_outlet or outlet
        elif _is_headline_like(para) and index + 1 < len(paras):
            para.kind = "headline"
            headline = index
            break
        elif _is_prose(para):
            break
        else:
            para.kind = "furniture"          # "World", "Opinion" above the headline
    has_body_after = [False] * (len(paras) + 1)
    for index in range(len(paras) - 1, -1, -1):
        has_body_after[index] = has_body_after[index + 1] or _is_prose(paras[index])
    body_from = 0 if headline is None else headline + 1
    for index, para in enumerate(paras):
        if para.fixed:
            continue
        if para.role is not None:
            para.kind = _role_kind(para.role)
        elif index < body_from or para.kind != "body":
            continue
        elif _is_heading_like(para):
            # A heading introduces text; one with nothing after it is a footer link.
            # A line that is nothing but a known outlet's name, under the headline or
            # closing the page, is the outlet's masthead or source line, not a heading.
            outlet = _whole_line_outlet(para)
            if outlet and (index == body_from or not has_body_after[index + 1]):
                para.kind = "masthead"
                provenance.masthead_outlet = provenance.masthead_outlet or outlet
            else:
                para.kind = "subhead" if has_body_after[index + 1] else "furniture"
    return headline


def _whole_line_outlet(para: _Para) -> Optional[str]:
    line = strip_bullet(para.text)[1].strip(WS + ".")
    squashed = squash(line)
    return next((name for name in KNOWN_OUTLETS if squash(name) == squashed), None)


def _role_kind(role: str) -> ParagraphKind:
    if role in (BYLINE_ROLE, CAPTION_ROLE):
        return role
    return "furniture"


def _mark_repeats(body: list[_Para]) -> None:
    """A body paragraph repeating other body text (a pull quote) is furniture."""
    for index in repeated_paragraphs([para.text for para in body]):
        body[index].kind = "furniture"


def reader_paragraphs(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The paragraphs a reader of the page's markup laid out (HTML), with the
    furniture its markup did not show: a body paragraph that is a furniture line on
    its own ("READ MORE: ...", a share bar, a caption, a byline) takes that kind, and
    one repeating other body text (a pull quote) is furniture; the first body paragraph
    starts after its dateline, as in a plain-text article."""
    kinds = [p.kind for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "body":
            role = line_role(flatten(text[paragraph.start:paragraph.end]).strip(WS))
            if role is not None:
                kinds[index] = _role_kind(role)
    body = [index for index, kind in enumerate(kinds) if kind == "body"]
    for found in repeated_paragraphs([text[paragraphs[i].start:paragraphs[i].end] for i in body]):
        kinds[body[found]] = "furniture"
    starts = [p.start for p in paragraphs]
    first_body = next((i for i, kind in enumerate(kinds) if kind == "body"), None)
    if first_body is not None:
        # ("London, Jun 11 (efe-epa).- The pandemic has …": the dateline is no part of a subject)
        opening = text[starts[first_body]:paragraphs[first_body].end]
        dateline = match_dateline(opening) if "\n" not in opening else None
        if dateline is not None:
            starts[first_body] += dateline.length
    return tuple(p if (p.kind, p.start) == (kind, start) else Paragraph(start, p.end, kind)
                 for p, kind, start in zip(paragraphs, kinds, starts))


def _set_dateline(paras: list[_Para]) -> Optional[Dateline]:
    """Find the dateline opening the first body paragraph and start the body after it."""
    for para in paras:
        if para.kind == "body":
            dateline = match_dateline(para.text)
            if dateline:
                para.skip = dateline.length     # text follows: the pattern looks ahead for it
            return dateline
    return None


def _publication_date(paras: list[_Para], headline: Optional[int],
                      dateline: Optional[Dateline]) -> Optional[str]:
    """The publication date, by decreasing strength of evidence:

    0. the dated line next to the story on a page saved whole, menus, lists and
       comments around it (``story_dates``); dated links and comments never count;
    1. a "Published:/Posted:/Date:" line (anywhere outside the body);
    2. a date-only line in the header (between headline and body, just above the
       headline or the body when no furniture separates them: a date bar above
       "Latest News" is the website's clock, not the article's date), or a dated
       byline;
    3. the dateline's date, its year inferred when missing (see ``infer_year``);
    4. an "Updated:/Modified:" line.
    """
    story = read_story_date([para.text for para in paras])
    if story.date is not None:
        return story.date.isoformat()
    first_body = next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))
    primary = header = secondary = None
    for index, para in enumerate(paras):
        if para.kind in ("body", "caption", "subhead", "headline") or index in story.listed:
            continue
        labeled = labeled_date(para.text)
        if labeled:
            is_primary, found = labeled
            if is_primary and primary is None:
                primary = found
            elif not is_primary and secondary is None:
                secondary = found
        elif para.role == DATE_ROLE and header is None and index < first_body:
            below_headline = headline is not None and index > headline
            above_headline = index + 1 < len(paras) and paras[index + 1].kind in ("headline", "byline")
            # a stamp right above the story (only a photo caption between)
            above_body = all(p.kind == "caption" for p in paras[index + 1:first_body])
            if below_headline or above_headline or above_body:
                header = date_only(strip_bullet(para.text)[1])
        elif para.role == BYLINE_ROLE and header is None:
            match = FULL_DATE.search(para.text)
            header = match and date_of(match)
    chosen = primary or header or _dateline_date(paras, dateline) or secondary
    return chosen.isoformat() if chosen else None


def _dateline_date(paras: list[_Para], dateline: Optional[Dateline]) -> Optional[Date]:
    if dateline is None or dateline.month_day is None:
        return None
    month, day = dateline.month_day
    if dateline.year:
        return valid_date(dateline.year, month, day)
    # Dates in furniture (a website's date bar) say nothing about the article.
    known = [d for p in paras if p.kind != "furniture" and p.kind != "masthead"
             for d in full_dates(p.text)]
    return infer_year(month, day, known)


def _resolve_outlets(provenance: _Provenance, dateline: Optional[Dateline]) -> tuple[Optional[str], Optional[str]]:
    """(outlet, republished_from): masthead > footer > news exchange > byline > dateline agency.

    The source label of a portal's time stamp ("( CGTN ) 08:52, ...") or a wire agency
    in the dateline of a paper's page is where the text came from.
    """
    agency = dateline.agency if dateline else None
    outlet = (provenance.masthead_outlet or provenance.footer_outlet
              or provenance.exchange_outlet or provenance.byline_outlet or agency)
    source = provenance.republished_from
    for candidate in (provenance.stamp_source, agency):
        if source is None and candidate and outlet and not same_outlet(candidate, outlet):
            source = candidate
    if source and outlet and same_outlet(source, outlet):
        source = None
    return outlet, source


def _segments(text: str, front=None) -> list[Segment]:
    """The paragraphs of ``text``: the front matter's fields, then blank-line or
    line paragraphs (a Markdown heading without its "#" marks), a flattened portal
    page cut into its parts."""
    segments = list(front.segments) if front else []
    for start, end in paragraph_spans(text, front.end if front else 0):
        portal = cut_portal_line(text, start, end)
        if portal:
            segments.extend(portal)
        else:
            segments.append(Segment(markdown_heading_start(text, start, end), end))
    return segments


def describe_text(text: str) -> TextLayout:
    """Lay out a plain-text article and read its metadata from the text alone."""
    paras = []
    front = read_front_matter(text)
    for segment in _segments(text, front):
        flat = flatten(text[segment.start:segment.end])
        paras.append(_Para(segment.start, segment.end, flat, len(flat.split()), line_role(flat),
                           segment.kind or "body", fixed=segment.kind is not None))
    last_prose = next((i for i in range(len(paras) - 1, -1, -1) if _is_prose(paras[i])), len(paras))
    provenance = _read_provenance(paras, last_prose)
    headline = _assign_kinds(paras, provenance)
    _mark_repeats([para for para in paras if para.kind == "body" and not para.fixed])
    dateline = _set_dateline(paras)
    provenance.republished_from = provenance.republished_from or _republication_source(paras)
    outlet, republished_from = _resolve_outlets(provenance, dateline)
    byline = next((strip_bullet(p.text)[1] for p in paras if p.kind == "byline"), None)
    if front is not None:
        # a post's own fields say who wrote it, where it first ran and for whom
        byline = front.first(AUTHOR_FIELDS) or byline
        outlet = front.first(OUTLET_FIELDS) or outlet
    url = front.first(URL_FIELDS) if front is not None else None
    date = _publication_date(paras, headline, dateline)
    if date is None and front is not None:
        date = normalize_date(front.first(("date", "published", "publishdate", "pubdate", "published_at",
                                           "publication_date", "created", "created_at")) or "")
    return TextLayout(
        title=" ".join(paras[headline].text.split()) if headline is not None else None,
        byline=" ".join(byline.split()) if byline else None,
        url=url if url and re.match(r"https?://\S+$", url) else None,
        outlet=outlet,
        republished_from=republished_from,
        date=date,
        dateline=dateline.text if dateline else None,
        paragraphs=tuple(Paragraph(p.start + p.skip, p.end, p.kind) for p in paras),
    )


def with_metadata(article: Article) -> Article:
    """A copy of ``article`` with unknown fields filled from its text.

    Values the reader already has (HTML meta, JSONL fields, HTML paragraphs) win.
    """
    layout = describe_text(article.text)
    return replace(
        article,
        title=article.title if article.title is not None else layout.title,
        byline=article.byline if article.byline is not None else layout.byline,
        url=article.url if article.url is not None else layout.url,
        outlet=article.outlet if article.outlet is not None else layout.outlet,
        republished_from=(article.republished_from if article.republished_from is not None
                          else layout.republished_from),
        date=article.date if article.date is not None else layout.date,
        paragraphs=reader_paragraphs(article.text, article.paragraphs) if article.paragraphs else layout.paragraphs,
    )
