"""How the attribution tests read a case, and their shared helpers.

The tests of `quotesearch.extract.attribution` run end to end through
`extract_quotes`, one test file per construction module.

Each case is a short article: a headline line, a blank line, then body
paragraphs. What comes back is a list of quotations in text order:

* direct: the words inside the marks (a comma or period inside them is kept);
* indirect: the reported clause without speaker, cue, "that" or final punctuation;
* mixed: a reported clause holding a quoted fragment: the whole clause.

Speakers are the fullest name the article uses. Every quotation's offsets point
into the article text, and scare quotes or page furniture give no quotation.
"""
from __future__ import annotations

from quotesearch.extract import extract_quotes
from quotesearch.records import Article, Quote

HEADLINE = "China and Russia pledge closer trade ties"
# Introduces the ambassador with his full name and role, as an article would.
INTRO = "Zhang Hanhui, the Chinese ambassador to Russia, spoke at a forum in Moscow on Friday.\n\n"
ZHANG = "Zhang Hanhui"
QUOTE_MARKS = "“”\"«»„"


def extract(body: str, article_id: str = "t") -> tuple[str, list[Quote]]:
    text = f"{HEADLINE}\n\n{body}"
    quotes = extract_quotes(Article(id=article_id, text=text))
    check_offsets(text, quotes)
    return text, quotes


def check_offsets(text: str, quotes: list[Quote]) -> None:
    """Offsets are exact; pieces of an interrupted quote lie inside it, in order."""
    for q in quotes:
        assert text[q.start:q.end] == q.text, q
        if q.fragments:
            assert q.fragments[0][0] == q.start and q.fragments[-1][1] == q.end, q
            assert all(a[1] <= b[0] for a, b in zip(q.fragments, q.fragments[1:])), q
        if q.type == "direct":
            for s, e in q.fragments or [(q.start, q.end)]:
                # (or after the second apostrophe of NYT style's doubled mark, ''…'')
                assert text[s - 1] in QUOTE_MARKS or text[s - 2:s] == "''", f"direct quote not right after a mark: {q}"
        if q.type == "indirect":
            assert not any(m in q.text for m in QUOTE_MARKS), q
            assert q.text[-1:] not in ".,;:", q
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def triples(body: str) -> list[tuple[str, str, str | None]]:
    _, quotes = extract(body)
    return [(q.type, q.text, q.speaker) for q in quotes]
