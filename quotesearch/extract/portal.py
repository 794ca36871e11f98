"""Flattened portal pages: a whole news-site page saved by a crawler as one line.

Such a line holds, in order: the HTML title bar ("Headline - Outlet"), stray script
text, the site's date and menus, the breadcrumb and the headline again, a source
label with its time stamp ("( Xinhua ) 17:28, November 18, 2020"), sometimes a photo
caption, the story (often opened by a dateline "MOSCOW, Nov. 18 (Xinhua) --"), and
then the page's link lists and footer ("(Web editor: ...)", "Most Viewed", "We
Recommend", "About Us | Contact", "© Outlet").

``cut_portal_line`` recognises such a line by its source label and time stamp, and
cuts it into segments over the original text (nothing is changed, so offsets stay
valid): furniture, headline, the stamp, a caption, the body, and one furniture
segment per link list or footer item, so the footer's "© Outlet" is read as one.
A line without the stamp is left alone.
"""
from __future__ import annotations

import re
from typing import Optional

from .datelines import find_wire_dateline
from .dates import FULL_DATE
from .lines import WS
from .paragraphs import Segment

# A portal line is long: a title bar, menus and a story.
MIN_PORTAL_CHARS = 200
# The stamp must come early: after the header, before the story.
MAX_STAMP_OFFSET = 3000
# A caption or photo credit between the stamp and the story is this short.
MAX_CAPTION_CHARS = 600

# "( Xinhua ) 17:28, " before a full date: the source label and time stamp.
_STAMP_HEAD = re.compile(
    r"\(\s*(?P<source>[A-Z][\w.&'’ \-]{0,40}?)\s*\)\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?,?\s*"
)
# Breadcrumb separators before the headline ("English >> Headline").
BREADCRUMB_SEPARATORS = (">>", "&gt;&gt;", "»", "&raquo;", " > ")
# The title bar's separator between headline and site name.
_TITLE_BAR = re.compile(r"(?P<title>\S.{8,250}?)\s[-–—|]\s(?=[A-Z])")
# A photo credit closing a caption: "(Xinhua/Li Tao)", "WANG YING/XINHUA".
_PHOTO_CREDIT = re.compile(
    r"\([A-Z][^()/]{0,40}/[^()]{1,60}\)|(?<![\w/])[A-Z][A-Z.'\-]*(?:\s[A-Z][A-Z.'\-]*){0,3}/[A-Z][A-Z.\-]+(?![\w/])"
)

# What opens the page furniture after a story, as written on news portals. Each
# opens a new furniture segment; the first one after a sentence end closes the body.
TRAILING_FURNITURE = (
    "(For the latest", "(Web editor:", "(Editor:", "(Editors:", "Add your comment",
    "Please enable JavaScript", "Related reading", "Related News", "Related Articles",
    "Related Stories", "Related:", "We Recommend", "Recommended", "Editor's Picks",
    "Editor’s Picks", "Editors' Picks", "Editors’ Picks", "Trending", "Most Viewed", "Most Read",
    "Most Popular", "Most Shared", "Spotlight", "Hot News", "Top Stories", "Latest News",
    "Top 10", "Key Words", "Keywords:", "Tags:", "Links:", "About Us", "Contact Us",
    "Share this", "Share:", "Follow us", "Popular on", "Copyright", "©", "【1】",
)
_MARKER = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(m) for m in sorted(TRAILING_FURNITURE, key=len, reverse=True))
    + r")(?=[\s:(]+[A-Z0-9(“\"'‘]|[\s]*$|(?<=[(:©】])|\s+\w+:)"
)
# The body ends at a marker standing after a sentence end (or a bracket or a pager).
_BODY_END_BEFORE = re.compile(r"[.!?\"”’')】]\s*$")


def cut_portal_line(text: str, start: int, end: int) -> Optional[list[Segment]]:
    """Segments of the flattened page ``text[start:end]``, or None if it is not one."""
    if end - start < MIN_PORTAL_CHARS or "\n" in text[start:end]:
        return None
    stamp = _find_stamp(text, start, min(end, start + MAX_STAMP_OFFSET))
    if stamp is None:
        return None
    stamp_start, stamp_end = stamp
    segments: list[Segment] = []
    headline = _headline(text, start, stamp_start)
    if headline:
        _add(segments, text, start, headline[0], "furniture")
        _add(segments, text, headline[0], headline[1], "headline")
    else:
        _add(segments, text, start, stamp_start, "furniture")
    _add(segments, text, stamp_start, stamp_end, "furniture")
    body_start = _after_caption(text, stamp_end, end, segments)
    body_end = _body_end(text, body_start, end)
    _add(segments, text, body_start, body_end, "body")
    markers = [m.start() for m in _MARKER.finditer(text, body_end, end)] or [body_end]
    bounds = [body_end] + [m for m in markers if m > body_end] + [end]
    for a, b in zip(bounds, bounds[1:]):
        _add(segments, text, a, b, "furniture")
    return segments


def _find_stamp(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    for head in _STAMP_HEAD.finditer(text, start, end):
        date = FULL_DATE.match(text, head.end())
        if date:
            return head.start(), date.end()
    return None


def _headline(text: str, start: int, stamp: int) -> Optional[tuple[int, int]]:
    """The headline just before the stamp: the title bar's headline written again,
    else the words after the last breadcrumb separator."""
    bar = _TITLE_BAR.match(text, start, stamp)
    if bar:
        title = bar.group("title").strip(WS)
        again = text.rfind(title, bar.end(), stamp)
        if again >= 0 and not text[again + len(title):stamp].strip(WS):
            return again, again + len(title)
    crumbs = [text.rfind(sep, start, stamp) + len(sep) for sep in BREADCRUMB_SEPARATORS
              if text.rfind(sep, start, stamp) >= 0]
    if crumbs:
        after = max(crumbs)
        words = text[after:stamp].strip(WS)
        if words and len(words.split()) <= 30:
            first = text.index(words[0], after)
            return first, first + len(words)
    return None


def _after_caption(text: str, stamp_end: int, end: int, segments: list[Segment]) -> int:
    """Where the story starts: at a wire dateline, or after a photo caption and its
    credit, or right after the stamp. A caption found is added as a segment."""
    window = min(end, stamp_end + MAX_CAPTION_CHARS)
    dateline = find_wire_dateline(text, stamp_end, window)
    if dateline is not None:
        _add(segments, text, stamp_end, dateline, "caption")
        return dateline
    credit = _PHOTO_CREDIT.search(text, stamp_end, window)
    if credit and text[credit.end():credit.end() + 2].strip(WS)[:1].isupper():
        before = text[stamp_end:credit.start()].rstrip(WS)
        if before.endswith((".", ")")):
            _add(segments, text, stamp_end, credit.end(), "caption")
            return credit.end()
    return stamp_end


def _body_end(text: str, body_start: int, end: int) -> int:
    for marker in _MARKER.finditer(text, body_start, end):
        if _BODY_END_BEFORE.search(text, max(body_start, marker.start() - 4), marker.start()):
            return marker.start()
    return end


def _add(segments: list[Segment], text: str, start: int, end: int, kind) -> None:
    core = text[start:end].strip(WS)
    if core:
        first = text.index(core[0], start)
        segments.append(Segment(first, first + len(core), kind))
