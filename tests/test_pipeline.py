"""End to end: files on disk -> ingest -> extract, as `quotesearch extract` runs it."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_article
from quotesearch.ingest import read_articles
from quotesearch.records import Article

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>China, Russia pledge deeper trade ties - Global Times</title>
<meta property="og:site_name" content="Global Times">
<meta property="og:title" content="China, Russia pledge deeper trade ties">
<meta property="article:published_time" content="2024-05-17T08:30:00+08:00">
<link rel="canonical" href="https://www.globaltimes.cn/page/202405/1312345.shtml">
</head><body>
<nav><a href="/">Home</a> "Share this story"</nav>
<article>
<h1>China, Russia pledge deeper trade ties</h1>
<p class="byline">By Wang Qi</p>
<figure><img src="x.jpg"><figcaption>“A new era,” said the banner. Photo: Xinhua</figcaption></figure>
<p>Chinese Commerce Minister Wang Wentao said on Thursday that bilateral trade would keep growing
despite external pressure.</p>
<p>“We are confident that China-Russia trade will reach new heights,” Wang told reporters in
Beijing. “Our cooperation is not directed at any third party.”</p>
<p>Yang Jin, a research fellow at the Chinese Academy of Social Sciences, told the Global Times
that the two economies are highly complementary.</p>
<aside><h3>Related</h3><p>“Ties are at their best,” Xi says in a related story.</p></aside>
</article>
<footer>Copyright 2024 Global Times. “Contact us,” the footer says.</footer>
</body></html>
"""


def extract_file(path):
    (article,) = list(read_articles([path]))
    assert isinstance(article, Article), article
    return extract_article(article)


def test_html_page_gives_its_metadata_and_only_its_article_quotes(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    extracted = extract_file(path)
    article = extracted.article
    assert (article.title, article.outlet, article.date, article.url) == (
        "China, Russia pledge deeper trade ties", "Global Times", "2024-05-17",
        "https://www.globaltimes.cn/page/202405/1312345.shtml")
    summary = [(q.type, q.speaker, q.role, q.via) for q in extracted.quotes]
    assert summary == [
        ("indirect", "Wang Wentao", "Chinese Commerce Minister", None),
        ("direct", "Wang Wentao", "Chinese Commerce Minister", None),
        ("indirect", "Yang Jin", "research fellow at the Chinese Academy of Social Sciences", "Global Times"),
    ]
    interrupted = extracted.quotes[1]
    assert [article.text[s:e] for s, e in interrupted.fragments] == [
        "We are confident that China-Russia trade will reach new heights,",
        "Our cooperation is not directed at any third party.",
    ]
    # navigation, caption, aside and footer are not article text
    for furniture in ("Share this story", "A new era", "Ties are at their best", "Contact us"):
        assert furniture not in article.text


def test_plain_text_file_in_a_legacy_encoding_is_extracted(tmp_path):
    text = ("Minister hails talks\n\n"
            "“Nous sommes prêts à coopérer,” said French Foreign Minister Jean Dupré.\n")
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("cp1252"))
    extracted = extract_file(path)
    assert [(q.type, q.text, q.speaker) for q in extracted.quotes] == [
        ("direct", "Nous sommes prêts à coopérer,", "Jean Dupré"),
    ]


# -- bounded work: an input no article is as long as is refused up front, with why


def test_an_article_longer_than_any_news_is_refused_with_its_size():
    from quotesearch.extract import MAX_ARTICLE_CHARS, ArticleTooLarge
    sentence = "“We will keep fighting,” the senator said on Tuesday. "
    text = sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1)
    try:
        extract_article(Article(id="big", text=text))
    except ArticleTooLarge as error:
        assert f"{len(text):,} characters" in str(error) and "too large" in str(error)
    else:
        raise AssertionError("a text over the limit was extracted")


def test_a_refused_article_is_a_one_line_error_naming_it_in_a_batch():
    from quotesearch.extract import MAX_ARTICLE_CHARS, extract_or_error
    from quotesearch.records import IngestError
    result = extract_or_error(Article(id="big", text="A. " * (MAX_ARTICLE_CHARS // 3 + 1), file="big.txt"))
    assert isinstance(result, IngestError)
    assert result.file == "big.txt"
    assert result.reason.startswith("article too large to extract:") and "\n" not in result.reason


def test_an_article_at_the_limit_is_still_read():
    from quotesearch.extract import MAX_ARTICLE_CHARS
    filler = "The council met again. " * ((MAX_ARTICLE_CHARS - 200) // 23)
    text = "“We will keep fighting,” Ann Lee said on Tuesday.\n\n" + filler
    assert len(text) <= MAX_ARTICLE_CHARS
    quotes = extract_article(Article(id="long", text=text)).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We will keep fighting,", "Ann Lee")]


def test_an_i_in_a_piece_signed_by_a_desk_is_nobody_named():
    # a letters page signed "Letters To The Editor": "I believe" is some reader's, unnamed
    article = Article(id="l", text="Recount cost\n\nThe school board snafu shows our elections are not infallible. "
                                   "I believe that the doubt this has cast is very troubling.",
                      byline="Letters To The Editor")
    assert [(q.text, q.speaker) for q in extract_article(article).quotes] == [
        ("the doubt this has cast is very troubling", None)]


@pytest.mark.parametrize("byline", ["Weltwoche", "By Reuters", "The Associated Press"])
def test_an_i_in_a_piece_signed_by_a_publication_is_nobody_named(byline):
    # an interview signed by the magazine: "I think" is the interviewee's, not the magazine's
    article = Article(id="w", text="Interview\n\nNo, because I would have been bored. "
                                   "I think that we made the best move of any print company to the web.",
                      byline=byline)
    assert [q.speaker for q in extract_article(article).quotes] == [None]


def test_an_i_in_a_signed_piece_is_the_writers_own_view():
    # the author's own opinion is no quotation (the gold leaves the writer's opinions out;
    # it was a record of Ann Lee's)
    article = Article(id="a", text="Recount cost\n\nThe school board snafu shows our elections are not infallible. "
                                   "I believe that the doubt this has cast is very troubling.",
                      byline="By ANN LEE in Oakland")
    assert [(q.text, q.speaker) for q in extract_article(article).quotes] == []
