"""Embedded posts: a paragraph the page shows as a social-media post, signed the way
Twitter's embed code signs it when its script does not run ("Well that's a new
emergency alert experience pic.twitter.com/EW— Hayes Brown (@HayesBrown) September
19, 2016"). The post is the signer's own words: one direct quotation, via Twitter,
whatever quotation marks or reporting verbs it holds (the words of others it quotes
are part of the post, and an "I think" in it is the signer's, never the byline's).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Quote
from ..mentions import parse_mention
from ..metadata import POST_SIGNATURE
from .colon import speaker_named

if TYPE_CHECKING:
    from .reader import ParagraphReader


# The post's words, the links the embed leaves at their end, then the signature
_SIGNED_POST = re.compile(
    r"\s*(?P<body>\S.*?)(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))*\s*" + POST_SIGNATURE, re.S)


def embedded_post(reader: ParagraphReader, p_start: int, p_end: int) -> bool:
    """Read the paragraph as a signed post when it is one: its words a quotation of the
    signer (the display name as the article resolves it, else the @handle). Whether it
    was one."""
    m = _SIGNED_POST.match(reader.text, p_start, p_end)
    if m is None or not re.search(r"\w", m.group("body")):
        return False
    mention = parse_mention(m.group("name").strip())
    speaker = speaker_named(reader, mention, m.start("name")) \
        if mention is not None and mention.name and mention.kind in ("person", "organization") else None
    if speaker is None:
        speaker = ("@" + m.group("handle"), "person", None)
    reader.quotes.append(Quote(
        text=m.group("body"), start=m.start("body"), end=m.end("body"), type="direct",
        speaker=speaker[0], speaker_kind=speaker[1], role=None, cue="—", via="Twitter",
        paragraph=reader.text[p_start:p_end]))
    return True
