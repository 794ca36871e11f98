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
from ..frequency import everyday_word
from ..gender import FIRST_NAMES
from ..mentions import parse_mention
from ..metadata import POST_SIGNATURE
from .colon import speaker_named

if TYPE_CHECKING:
    from .reader import ParagraphReader


# The post's words, the links the embed leaves at their end (a link's tagged handles
# with it: "https://t.co/hcK@Ann_Lee @TomReed pic.twitter.com/6Yc"), then the signature
_TRAILING_LINKS = r"(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+(?:\s*@\w{1,15})*))*"
_SIGNED_POST = re.compile(r"\s*(?P<body>\S.*?)" + _TRAILING_LINKS + r"\s*" + POST_SIGNATURE, re.S)
# Words of the display name with no Latin letter, after its Latin ones: the name again in
# another script, or emoji ("Dana Brown דנה")
_OTHER_SCRIPT_TAIL = re.compile(r"(?:\s+[^\sA-Za-z]+)+$")
# A signature alone in the paragraph after the post's, and the post's words (a short paragraph)
_SIGNATURE_NEXT = re.compile(r"\s*\n\s*" + POST_SIGNATURE, re.M)
_POST_BODY = re.compile(r"\s*(?P<body>\S(?:[^\n]{0,400}?\S)?)" + _TRAILING_LINKS + r"\s*$")


def embedded_post(reader: ParagraphReader, p_start: int, p_end: int) -> bool:
    """Read the paragraph as a signed post when it is one: its words a quotation of the
    signer (the display name as the article resolves it, else the @handle). Whether it
    was one. The signature may be the next paragraph, alone (the embed's "— Name
    (@handle) Date" set outside the post's own paragraph): this whole paragraph is the post."""
    # (every signature has its "(@handle)": paragraphs without one are not tried)
    signed = _SIGNED_POST.match(reader.text, p_start, p_end) if reader.text.find("(@", p_start, p_end) >= 0 else None
    body = signature = signed
    if signed is None:
        signature = _SIGNATURE_NEXT.match(reader.text, p_end)
        body = _POST_BODY.match(reader.text, p_start, p_end) if signature is not None else None
        if body is None or signature is None:
            return False
    if not re.search(r"\w", body.group("body")):
        return False
    name = _OTHER_SCRIPT_TAIL.sub("", signature.group("name").strip())
    # (a display name of one word a first name or an everyday word, "Tom", "Life", says less
    # than the handle does)
    mention = None if " " not in name and (name.lower() in FIRST_NAMES or everyday_word(name.lower())) \
        else parse_mention(name)
    speaker = speaker_named(reader, mention, signature.start("name")) \
        if mention is not None and mention.name and mention.kind in ("person", "organization") else None
    if speaker is None:
        speaker = ("@" + signature.group("handle"), "person", None)
    reader.quotes.append(Quote(
        text=body.group("body"), start=body.start("body"), end=body.end("body"), type="direct",
        speaker=speaker[0], speaker_kind=speaker[1], role=None, cue="—", via="Twitter",
        paragraph=reader.text[p_start:p_end]))
    return True
