"""Specification of `quotesearch.ingest.html_chunks`: a story set in sibling chunks
of the same markup is read whole; teaser rows and author boxes sharing that markup
are not. Pages are invented for these tests."""
from __future__ import annotations

from quotesearch.ingest import article_from_html

FIRST_CHUNK = [
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of next year, "
    "ending more than a century of crossings from the town's quay to the island.",
    "The decision followed two years of surveys that found the pier's timbers rotting faster than "
    "the board could afford to replace them, according to papers published with the vote.",
    "Residents of the island, who rely on the ferry for school runs and hospital visits, packed "
    "the meeting hall and many stood outside in the rain to hear the result announced.",
]
SECOND_CHUNK = [
    "“We were told this day would never come, and now it has come without a plan for the children "
    "who cross every morning,” said Moira Keane, who chairs the island's parents' council.",
    "The board's chief executive, Tom Harlow, said a new terminal further along the coast would be "
    "ready before the old one closed and that no sailing would be lost in the move.",
]


def _page(after_advert: str) -> str:
    chunk = "<div class='body body__container article__body'>{}</div>"
    paragraphs = lambda texts: "".join(f"<p>{text}</p>" for text in texts)  # noqa: E731
    return ("<html><head><title>Harbour board votes to close ferry terminal</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            "<main><article><h1>Harbour board votes to close ferry terminal</h1>"
            "<div class='article__chunks'>"
            + chunk.format(paragraphs(FIRST_CHUNK))
            + "<div class='ad ad--inline'><span>Advertisement</span></div>"
            + after_advert
            + "</div></article></main><footer><p>© The Island Courier</p></footer></body></html>")


def test_the_story_goes_on_in_the_next_chunk_after_an_advert():
    chunk = "<div class='body body__container article__body'>{}</div>"
    text = article_from_html(_page(chunk.format("".join(f"<p>{t}</p>" for t in SECOND_CHUNK)))).text
    assert all(paragraph in text for paragraph in FIRST_CHUNK + SECOND_CHUNK)
    assert text.index(FIRST_CHUNK[-1]) < text.index(SECOND_CHUNK[0])


TEASERS = ("<div class='body body__container article__body'>"
           + "".join(f"<h3><a href='/story/{n}'>Island news {n}</a></h3>"
                     f"<p><a href='/story/{n}'>A longer teaser line for the story numbered {n} that sends "
                     f"readers to another page of the site</a></p>" for n in range(1, 5))
           + "</div>")
AUTHOR_BOX = ("<div class='body body__container article__body'><h3>About the Author</h3>"
              "<p>Jane Doe covers the harbour and the islands for the Courier and has written about "
              "ferries for twenty years in three newsrooms.</p><h3>Contact</h3>"
              "<p>Write to her at the newsroom on the quay, or find her on the morning ferry most weekdays "
              "of the year.</p></div>")


def test_teasers_and_author_boxes_in_the_same_markup_are_not_the_story():
    for furniture, words in ((TEASERS, "teaser line"), (AUTHOR_BOX, "covers the harbour")):
        text = article_from_html(_page(furniture)).text
        assert FIRST_CHUNK[0] in text
        assert words not in text
