"""Specification of `quotesearch.ingest.html_text`: trafilatura's main text laid out
as (text, kind) blocks. Pages are invented for these tests."""
from __future__ import annotations

from quotesearch.ingest import article_from_html
from quotesearch.ingest.html import _parse_tree
from quotesearch.ingest.html_text import main_text_blocks

CALL = [
    "The poster competition for children",
    ("takes place for the sixth time this year. Children between six and twelve are invited to take part with "
    "their colourful and creative ideas about keeping the lake clean."),
    "Draw a poster on the theme: keep our waters clean, and send it to the club by the third of April.",
]


def test_a_text_set_wholly_in_headings_is_body_text():
    # a call for entries set in headings inside a quotation: no subheads, its text
    html = ("<html><head><title>Keep our waters clean</title></head><body><article>"
            "<h1>Keep our waters clean</h1><blockquote>"
            f"<h2>{CALL[0]}</h2><h2>{CALL[1]}</h2><h4>{CALL[2]}</h4>"
            "</blockquote></article></body></html>")
    blocks = main_text_blocks(_parse_tree(html))
    assert [text for text, _ in blocks][-3:] == CALL
    assert {kind for _, kind in blocks} == {"body"}
    assert article_from_html(html).text.split("\n\n")[1:] == CALL
