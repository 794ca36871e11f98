"""Checks shared by the specs of the plain-text layout modules (test_extract_metadata,
_dates, _outlets, _paragraphs ...)."""
from __future__ import annotations

from quotesearch.extract.metadata import TextLayout, describe_text

BODY = "Trade between the two countries rose by 5 percent last year, the ministry said."


def assert_well_formed(text: str, layout: TextLayout) -> None:
    """Spans lie inside the text, in order, without overlap, trimmed of blanks."""
    previous_end = 0
    for para in layout.paragraphs:
        assert 0 <= para.start < para.end <= len(text), para
        assert para.start >= previous_end, f"{para} overlaps the paragraph before"
        assert not text[para.start].isspace() and not text[para.end - 1].isspace(), para
        previous_end = para.end


def kinds_of(text: str) -> dict[str, str]:
    """Paragraph text (newlines as spaces) -> kind."""
    layout = describe_text(text)
    assert_well_formed(text, layout)
    return {" ".join(text[p.start:p.end].split()): p.kind for p in layout.paragraphs}
