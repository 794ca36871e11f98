"""The date line of a story saved with its whole web page.

A page saved from a browser ("select all, copy", "save as text") keeps everything the
page shows around the story: the site's menus and date bar, share buttons, related
stories with their dates, comments, the copyright footer. This module owns finding
the story's own date among them:

* where the story is: the longest run of prose paragraphs (a few short lines, such as
  captions, subheads or a share bar, may interrupt it);
* what a dated line is: a short line holding a full date, alone or with what date
  lines carry ("By Ann Roe | April 13, 2020", "PTI | July 9, 2020 | Updated 08:24 IST",
  "Published On May 10, 2022 01:52 PM"), never a sentence, a copyright line or a
  photo caption; on a line with both, the published date, not the "Updated" one;
* which dated line is the story's: the nearest one above the story's first paragraph
  (headline, byline and share bar between), or among its first lines; an "Updated"
  date only when no other is near. A date alone on one of the page's first lines is
  the site's date bar (the day the page was saved), not the story's.

Layout around a clean article (headline, date line, body) is the metadata module's;
this reader serves pages whose header it cannot see for the furniture.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from itertools import pairwise
from typing import Optional

from .date_order import day_first
from .dates import (
    DATE_LABEL,
    FULL_DATE,
    SECONDARY_DATE_LABELS,
    date_of,
    date_only,
    valid_date,
)
from .furniture import CAPTION_ROLE, line_role
from .lines import WS, ends_sentence
from .outlets import COPYRIGHT, RIGHTS_RESERVED

# A paragraph of the story: a sentence of some length, or any long paragraph.
_PROSE_MIN_WORDS = 12
_PROSE_ANY_WORDS = 30
# A run of prose this long is a story, not a teaser or a cookie notice.
_STORY_MIN_PARAGRAPHS = 3
_STORY_MIN_WORDS = 120
# Short lines (captions, subheads, a share bar) that may interrupt the story's run.
_RUN_GAP = 3
# How far from the story's first paragraph its date line may stand: above it (the
# headline, standfirst, byline and share buttons between), and among its first lines.
_ABOVE = 30
_INSIDE = 8
# A dated line is short: the date, a time, a byline, a label, a section.
_LINE_MAX_CHARS = 160
_LINE_MAX_WORDS = 20
# Dated lines this close to one another with different dates are a list (related
# stories, an archive, comments), not the story's date line.
_LIST_REACH = 6
# The lines right above the story (a byline, a share bar): its date line stands there
# even when a list of dated links ends just above it.
_OPENING = 3
# A cheap first look: no line without a digit group and a year-like number is dated.
_ANY_DATE = re.compile(r"(?:19|20)\d\d|\d[/.]\d{1,2}[/.]\d\d")
# "11/08/23 5:19pm", "02.12.19": a two-digit year, read on a date line only.
_SHORT_YEAR_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d\d)(?![\d/.])")
# The first lines of a page, where a date alone is the site's date bar.
_DATE_BAR_LINES = 3
# "... at 6:09 p.m.", "... 10:46": a date line may end in a full stop after a time.
_TIME_END = re.compile(r"(?:[ap]\.m\.|\d:\d\d)\W*$", re.IGNORECASE)
# "— Ann Roe (@annroe) November 3, 2023": the signature of a post embedded in the
# story dates the post, not the story.
_EMBEDDED_POST = re.compile(r"[—–\-]\s*[^()]{1,60}\(@\w{1,30}\)")


@dataclass(frozen=True)
class DatedLine:
    index: int           # the paragraph's position on the page
    date: Date
    updated: bool        # only an "Updated"/"Modified" date on the line
    labelled: bool       # "Published ...", "Posted on ...": the line says what its date is


def _prose_words(text: str) -> int:
    """The paragraph's words if it is prose, else 0."""
    words = len(text.split())
    return words if words >= _PROSE_ANY_WORDS or (words >= _PROSE_MIN_WORDS and ends_sentence(text)) else 0


def story_start(paragraphs: Sequence[str], dated: frozenset[int] = frozenset()) -> Optional[int]:
    """The index of the first paragraph of the story: the first run of prose long
    enough to be one (else the longest run). A dated line ends a run: comments, each
    under its "Ann, May 2, 2024 at 9:14 pm", are many short runs, not one long story.
    The first, not the longest: a live blog or a comment thread under the story may
    be longer than the story."""
    runs: list[tuple[int, int, int]] = []     # (start, prose paragraphs, words)
    start, count, words, gap = None, 0, 0, 0
    for index, text in enumerate(paragraphs):
        if index in dated:
            start, gap = None, 0
        elif prose := _prose_words(text):
            if start is None:
                start, count, words = index, 0, 0
                runs.append((start, 0, 0))
            count, words, gap = count + 1, words + prose, 0
            runs[-1] = (start, count, words)
        elif start is not None:
            gap += 1
            if gap > _RUN_GAP:
                start, gap = None, 0
    for run_start, run_count, run_words in runs:
        if run_count >= _STORY_MIN_PARAGRAPHS and run_words >= _STORY_MIN_WORDS:
            return run_start
    return max(runs, key=lambda run: run[2])[0] if runs else None


def dated_line(text: str, page: str = "") -> Optional[tuple[Date, bool, bool]]:
    """(date, updated, labelled) of a short dated line; None for any other paragraph.
    ``page``, the whole text, tells the order of an ambiguous "08/11/2023"."""
    if len(text) > 2 * _LINE_MAX_CHARS or not _ANY_DATE.search(text):
        return None                       # most paragraphs: a cheap look is enough
    line = text.strip(WS)
    if (len(line) > _LINE_MAX_CHARS or len(line.split()) > _LINE_MAX_WORDS or "©" in line or COPYRIGHT.match(line) or RIGHTS_RESERVED.search(line)
            or _EMBEDDED_POST.match(line) or line_role(line) == CAPTION_ROLE):
        return None
    if ends_sentence(line) and not _TIME_END.search(line):
        return None                       # a sentence or a caption with a date in it
    first_updated = None
    for match, found in _line_dates(line, page):
        labels = list(DATE_LABEL.finditer(line, 0, match.start()))
        label = " ".join(labels[-1].group("label").lower().split()) if labels else None
        if label not in SECONDARY_DATE_LABELS:
            return found, False, label is not None
        first_updated = first_updated or found
    return (first_updated, True, True) if first_updated else None


def _line_dates(line: str, page: str):
    """(match, date) of each date written on a date line, numeric ones in the page's order."""
    found_any = False
    for match in FULL_DATE.finditer(line):
        found = date_of(match)
        if found is None:
            continue
        if match.group("us_y") and found.day <= 12 and found.day != found.month and day_first(line, page):
            found = valid_date(found.year, found.day, found.month)
        found_any = True
        yield match, found
    if found_any:
        return
    for match in _SHORT_YEAR_DATE.finditer(line):
        a, b, year = int(match.group("a")), int(match.group("b")), 2000 + int(match.group("y"))
        dotted_or_day_first = match.group("sep") == "." or a > 12 or (b <= 12 and day_first(line, page))
        found = valid_date(year, b, a) if dotted_or_day_first else valid_date(year, a, b)
        if found:
            yield match, found


def _dated_lines(paragraphs: Sequence[str]) -> list[DatedLine]:
    found = []
    page = "\n".join(paragraphs)
    for index, text in enumerate(paragraphs):
        dated = dated_line(text, page)
        if dated is None:
            continue
        if index < _DATE_BAR_LINES and date_only(text.strip(WS)) is not None and ":" not in text:
            continue                      # the site's date bar, the day the page was saved
        found.append(DatedLine(index, *dated))
    return found


def _story_goes_on(paragraphs: Sequence[str], index: int) -> bool:
    """Prose follows the line: it opens the story, it does not close the page."""
    return any(_prose_words(text) for text in paragraphs[index + 1:index + 2 + _RUN_GAP])


def _listed(dated: list[DatedLine]) -> set[int]:
    """Indexes of dated lines standing in a list: another dated line with another date
    near it ("Updated" lines aside: "Published: May 15" over "Updated: May 16" is
    one story's pair)."""
    listed = set()
    plain = [line for line in dated if not line.updated]
    for line, other in pairwise(plain):
        if other.index - line.index <= _LIST_REACH and other.date != line.date:
            listed.update((line.index, other.index))
    return listed


def _own_line_under_list(dated: list[DatedLine], start: int) -> Optional[int]:
    """The story's own date line right above it, even when a list of dated links ends
    just above that: it breaks the list's beat (a date every two lines, title and date),
    where the list's last date keeps it."""
    plain = [line.index for line in dated if not line.updated and line.index < start]
    if not plain or plain[-1] < start - _OPENING:
        return None
    if len(plain) >= 3 and plain[-1] - plain[-2] == plain[-2] - plain[-3]:
        return None
    return plain[-1]


@dataclass(frozen=True)
class StoryDate:
    date: Optional[Date]              # None: no dated line near a story
    listed: frozenset[int] = frozenset()   # paragraphs that are dated links or comments


def read_story_date(paragraphs: Sequence[str]) -> StoryDate:
    """The date of the dated line nearest the story's start (see the module doc), and
    the dated lines standing in lists, which date no story."""
    dated = _dated_lines(paragraphs)
    start = story_start(paragraphs, frozenset(line.index for line in dated))
    listed = _listed(dated)
    if start is None:
        return StoryDate(None, frozenset(listed))
    own = _own_line_under_list(dated, start)
    if own is not None:
        listed.discard(own)
    alone = [line for line in dated if line.index not in listed]
    near = [line for line in alone if start - _ABOVE <= line.index < start
            or line.index < start + _INSIDE and _story_goes_on(paragraphs, line.index)]
    if not near:
        # A long header (menus, a newsletter box, a video) between the date line and
        # the story: the nearest dated line above the story that stands alone.
        near = [line for line in alone if line.index < start and not line.updated][-1:]
    if not near:
        return StoryDate(None, frozenset(listed))

    def rank(line: DatedLine) -> tuple[bool, bool, float]:
        distance = start - line.index if line.index < start else line.index - start + 0.5
        return line.updated, not line.labelled, distance
    return StoryDate(min(near, key=rank).date, frozenset(listed))
