"""Specification of `quotesearch.ingest.encodings` (and of HTML decoding): text
that is UTF-8 but for a broken sequence or two is read as UTF-8, and a page with
a few stray NUL bytes is still a page. Texts are invented for these tests."""
from __future__ import annotations

import pytest

from quotesearch.ingest import IngestFailure, decode_bytes
from quotesearch.ingest.html import decode_html

POLISH = "Zażółć gęślą jaźń: sprzeciw wobec ataków na fundację i wszystkie próby nękania. " * 5


@pytest.mark.parametrize("broken", [
    b"papieros\xc3...",        # a teaser cut inside a two-byte character
    b"\xe2\x80 ",              # a cut three-byte quotation mark
    b"\xff",                   # one stray byte
])
def test_utf8_with_a_broken_sequence_is_still_utf8(broken):
    data = POLISH.encode("utf-8") + broken + POLISH.encode("utf-8")
    text = decode_bytes(data)
    assert text.startswith(POLISH) and text.endswith(POLISH)
    assert text.count("\ufffd") <= 2


@pytest.mark.parametrize("encoding, text", [
    ("cp1250", "Zażółć gęślą jaźń, powiedział minister w piątek."),
    ("cp1252", "“Nous sommes prêts,” said the minister. The café reopened."),
    ("koi8-r", "Мы готовы к переговорам, заявил посол в пятницу. Встреча пройдёт в Женеве."),
])
def test_legacy_text_is_not_taken_for_broken_utf8(encoding, text):
    assert decode_bytes(text.encode(encoding)) == text


def test_html_with_a_few_stray_nul_bytes_is_read():
    page = ("<html><head><meta charset='utf-8'></head><body><a href='/'><img src='ad.gif'>"
            + "\x00" * 11 + "</a><p>" + POLISH + "</p></body></html>").encode("utf-8") + b" " * 20000
    assert POLISH in decode_html(page)


def test_html_that_is_mostly_nul_bytes_is_binary():
    with pytest.raises(IngestFailure, match="binary"):
        decode_html(b"<html>" + b"\x00\x01\x02\x03" * 1000)
