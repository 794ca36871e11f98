"""Spec of `quotesearch.extract.paragraphs`: paragraph spans over the original text."""
from __future__ import annotations

import pytest

from layout_checks import assert_well_formed
from quotesearch.extract.metadata import describe_text


def test_blank_line_blocks_and_one_paragraph_per_line():
    text = "Title of the story\n\nFirst paragraph here, he said.\nSecond one follows.\n“Third,” she said.\n"
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert [text[p.start:p.end] for p in layout.paragraphs] == [
        "Title of the story", "First paragraph here, he said.", "Second one follows.", "“Third,” she said."]


WRAPPED = (
    "Talks stall in Geneva\n"
    "GENEVA (Reuters) - Talks between the two sides stalled on Thursday\n"
    "after negotiators failed to agree on the text of a joint statement,\n"
    "officials from both delegations said late in the evening.\n"
    "\"We are still far apart,\" one diplomat said, asking not to be named\n"
    "because the talks were private.\n"
    "\n"
    "    Another said the gap was narrowing, though few details emerged\n"
    "from the closed-door sessions held at the UN offices in the city.\n"
    "    A third round is planned for next month, the hosts said in a\n"
    "statement released after midnight on Friday.\n"
)


def test_hard_wrapped_lines_are_joined():
    layout = describe_text(WRAPPED)
    assert_well_formed(WRAPPED, layout)
    texts = [" ".join(WRAPPED[p.start:p.end].split()) for p in layout.paragraphs]
    assert texts == [
        "Talks stall in Geneva",
        "Talks between the two sides stalled on Thursday after negotiators failed to agree on the "
        "text of a joint statement, officials from both delegations said late in the evening.",
        "\"We are still far apart,\" one diplomat said, asking not to be named because the talks "
        "were private.",
        "Another said the gap was narrowing, though few details emerged from the closed-door "
        "sessions held at the UN offices in the city.",
        "A third round is planned for next month, the hosts said in a statement released after "
        "midnight on Friday.",
    ]
    assert layout.title == "Talks stall in Geneva"
    assert layout.dateline == "GENEVA (Reuters) -" and layout.outlet == "Reuters"
    assert "\n" in WRAPPED[layout.paragraphs[1].start:layout.paragraphs[1].end]


@pytest.mark.parametrize("text", ["", "   \n\n\u00a0\n", "One line only."])
def test_degenerate_texts(text):
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert (layout.title, layout.outlet, layout.date) == (None, None, None)


def test_crlf_text():
    text = "Xi meets Putin\r\n\r\nBEIJING (Reuters) - Xi met Putin on Thursday.\r\n"
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert (layout.title, layout.outlet) == ("Xi meets Putin", "Reuters")
