"""Specification of `quotesearch.ingest.html_lead`: the lead (standfirst, teaser,
chapô) under a page's headline is part of its article text, put before the body;
other stories' teasers are not. Pages are invented for these tests."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html

LEAD = "The council approved the new bridge on Tuesday after two years of debate over its cost and route."
BODY = [
    "Work will start in the spring and should take three years, the city engineer told reporters.",
    "The bridge will carry two lanes of traffic, a cycle path and a footpath over the river.",
    "“This is a good day for everyone who crosses the river twice a day,” the mayor said after the vote.",
    "Opponents had argued that the money would be better spent on repairing the roads of the old town.",
]


def page(before_body: str, after_body: str = "", header: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (f"<html><head><title>Council approves bridge</title></head><body>"
            f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
            f"<article><header><h1>Council approves bridge</h1>{header}</header>"
            f"{before_body}<div class='article-body'>{paragraphs}</div>{after_body}</article>"
            f"<footer><p>Copyright The Daily Planet</p></footer></body></html>")


@pytest.mark.parametrize("html", [
    page(f"<p class='article-teaser'>{LEAD}</p>"),                       # "teaser": trafilatura drops it
    page("", header=f"<p class='lead'>{LEAD}</p>"),                      # in the article's <header>
    page("", header=f"<h2 class='c-article-head__subtitle'>{LEAD}</h2>"),
    page(f"<div class='tb-article-intro'>{LEAD}</div>"),
    page("", header=f"<div class='entry-summary'><p>{LEAD}</p></div>"),  # the lead once, not twice
])
def test_the_lead_opens_the_article_text(html):
    article = article_from_html(html)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1] == LEAD
    assert paragraphs.count(LEAD) == 1
    assert article.paragraphs[1].kind == "body"
    assert paragraphs[2] == BODY[0]


OTHER_STORY = "Minister resigns after a long row over spending on the schools of the northern districts."


@pytest.mark.parametrize("html", [
    # another story's teaser after the article
    page("", after_body=f"<div class='related'><p class='teaser'>{OTHER_STORY}</p></div>"),
    page("", after_body=f"<p class='teaser'>{OTHER_STORY}</p>"),
    # teasers in a list or a sidebar above the article
    page(f"<ul><li><p class='teaser-text'>{OTHER_STORY}</p></li></ul>"),
    page(f"<div class='sidebar'><p class='intro'>{OTHER_STORY}</p></div>"),
    # a link, not prose
    page(f"<p class='teaser'><a href='/minister'>{OTHER_STORY}</a></p>"),
    # the site's tagline
    page(f"<p class='site-description'>{OTHER_STORY}</p>"),
])
def test_other_stories_teasers_are_no_lead(html):
    article = article_from_html(html)
    assert OTHER_STORY not in article.text
    assert article.text.split("\n\n")[1] == BODY[0]


def test_a_header_block_holding_the_headline_is_no_lead():
    # "intro" wraps the breadcrumb and the headline: only the lead inside it is the lead
    html = page(f"<div class='intro'><span>Home » News</span><h2>Council approves bridge today</h2>"
                f"<div class='chapo'><p>{LEAD}</p></div></div>")
    assert article_from_html(html).text.split("\n\n")[1] == LEAD
