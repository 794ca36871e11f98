"""Spec of `quotesearch.extract.datelines`: the dateline cut from the first body paragraph."""
from __future__ import annotations

import pytest

from quotesearch.extract.metadata import describe_text


DATELINE_CASES = [
    ("MOSCOW, Feb. 1 (Xinhua) -- ", "MOSCOW, Feb. 1 (Xinhua) --"),
    ("LONDON (Reuters) - ", "LONDON (Reuters) -"),
    ("WASHINGTON (AP) — ", "WASHINGTON (AP) —"),
    ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine (AP) —"),
    ("BEIJING: ", "BEIJING:"),
    ("Beijing: ", "Beijing:"),
    ("NEW DELHI, May 16 -- ", "NEW DELHI, May 16 --"),
    ("", None),
    ("Note: ", None),
]


@pytest.mark.parametrize("opening, dateline", DATELINE_CASES)
def test_dateline_is_cut_from_the_first_body_paragraph(opening, dateline):
    text = f"Leaders meet\n\n{opening}The leaders met on Thursday, officials said.\n\nMore talks follow."
    layout = describe_text(text)
    assert layout.dateline == dateline
    first_body = next(p for p in layout.paragraphs if p.kind == "body")
    expected_start = "The leaders" if dateline else opening + "The leaders"
    assert text[first_body.start:].startswith(expected_start)


@pytest.mark.parametrize("opening", [
    "Sen. Mara Quill (D-Ore.) said",
    "Gov. Tom Eckart (R) signed",
    "Rep. Ana Ruiz (D-N.M.) and",
])
def test_a_name_with_its_party_in_brackets_is_no_dateline(opening):
    text = f"Budget fight\n\n{opening} the bill would pass.\n\nMore talks follow."
    layout = describe_text(text)
    assert layout.dateline is None
    first_body = next(p for p in layout.paragraphs if p.kind == "body")
    assert text[first_body.start:].startswith(opening)


def test_dateline_only_opens_the_first_body_paragraph():
    text = "Leaders meet\n\nThe leaders met on Thursday.\n\nBEIJING: officials said more talks follow."
    layout = describe_text(text)
    assert layout.dateline is None
    assert all(text[p.start] != " " for p in layout.paragraphs)
