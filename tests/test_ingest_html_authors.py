"""Specification of `quotesearch.ingest.html_authors`: bylines read into names, in
order, from the markup or from the byline the page shows. Pages are invented; each
table is (input, expected)."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html
from quotesearch.ingest.html_authors import author_names

BODY = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, "
        "two months later than planned.</p><p>“We are ready for them,” the port director said, "
        "adding that the quay had been rebuilt.</p>")


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Cranes delayed</title>{head}</head><body><article><h1>Cranes delayed</h1>"
            f"{before}{BODY}{after}</article></body></html>")


@pytest.mark.parametrize("written, names", [
    ("Grant Tinsley, PhD", ["Grant Tinsley"]),
    ("Michael L. Anderson, PhD; Carlos Dobkin, M.D.; Devon Gorry, MPH", ["Michael L. Anderson", "Carlos Dobkin",
                                                                        "Devon Gorry"]),
    ("View all posts by Daniel Lemire", ["Daniel Lemire"]),
    ("Author: Jane Doe", ["Jane Doe"]),
    ("Posted by Jane Doe and Li Wei", ["Jane Doe", "Li Wei"]),
    ("No Author", []),
    ("Follow", []),
    ("admin", []),
    ("Staff", []),
    # no person: a desk, an institution, a day, an address, a piece of code
    ("HLNF Staff Report", []),
    ("NDTV Sports Desk", []),
    ("Metric Media News Service", []),
    ("The Associated Press", []),
    ("Colleen Barry, The Associated Press", ["Colleen Barry"]),
    ("Wednesday", []),
    ("CBS News February", []),
    ("TIMESOFINDIA COM, Dec 6", []),
    ('"name":"Alice Wu" }', []),
    ("Antrim Court Reporter Published", []),
    # a job title after the name, a prompt to follow the author
    ("Charles Q. Choi, Live Science Contributor", ["Charles Q. Choi"]),
    ("Jeff Foust, SpaceNews Writer", ["Jeff Foust"]),
    ("By Michael Russell Follow @tdmrussell", ["Michael Russell"]),
    ("Jakob Ulbrich Follow", ["Jakob Ulbrich"]),
    # ... but names that hold a month or open like a desk
    ("April Roach, May Bulman", ["April Roach", "May Bulman"]),
    ("Ben Newsome", ["Ben Newsome"]),
    # kept: names, a suffix that is part of a name
    ("Perry Bacon Jr.", ["Perry Bacon Jr."]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    # the outlet after the last name, behind a bar or as a newspaper's name
    ("Christal Hayes, Michael Collins, Nicholas Wu | USA TODAY", ["Christal Hayes", "Michael Collins", "Nicholas Wu"]),
    ("Nathan Bernier | KUT", ["Nathan Bernier"]),
    ("By Jim Rutenberg, Lisa Lerer and Kenneth P. Vogel The New York Times",
     ["Jim Rutenberg", "Lisa Lerer", "Kenneth P. Vogel"]),
    ("Letters To The Editor", []),
])
def test_author_names(written, names):
    assert author_names(written) == names


@pytest.mark.parametrize("html, byline", [
    # several dc.creator tags, in order
    (page('<meta name="dc.creator" content="Ana Silva"><meta name="dc.creator" content="Li Wei">'), "Ana Silva, Li Wei"),
    # a byline element named by a test id, its parts in spans, a date after the name
    (page(before='<div data-testid="prism-byline"><span>By</span><span><a href="/team/alex-roe">Alex Roe</a></span>'
                 '<span>Thursday, November 9, 2023 4:41AM</span></div>'), "Alex Roe"),
    (page(before='<div class="page-meta--author">Posted on September 21, 2020 by Adi Tal</div>'), "Adi Tal"),
    (page(before='<p class="meta">By <a href="/people/jane" rel="author">Jane Marie Doe</a> | Updated 3:14 pm</p>'),
     "Jane Marie Doe"),
    # an unnamed element that opens with "By" and goes on with names only
    (page(after='<div><span><strong><em>---- by Kenneth Roe</em></strong></span></div>'), "Kenneth Roe"),
    (page(before='<p>By Jane Doe and Li Wei</p>'), "Jane Doe, Li Wei"),
    # initials and "Jr." keep their dots, as the page writes them
    (page(before='<div class="c-byline">By <a href="/authors/tc-roe"><span class="c-byline__author-name">'
                 'T.C. Roe</span></a></div>'), "T.C. Roe"),
    (page(before='<p class="byline">By <a rel="author" href="/ej">E. J. Dionne Jr.</a></p>'), "E. J. Dionne Jr."),
    # no byline: prose that opens with "By", a comment's author, a placeholder
    (page(after='<p>By Tuesday, the board had ordered two more.</p>'), None),
    (page(after='<div class="comments"><div class="comment-author">By Troll Person</div></div>'), None),
    (page('<meta name="author" content="No Author">'), None),
    # the outlet as the author, however written; a blogger whose blog bears his name is a person
    (page('<meta property="og:site_name" content="The Times of India"><meta name="author" content="Times Of India">'),
     None),
    (page('<meta property="og:site_name" content="Le Monde.fr"><meta name="author" content="Le Monde">'), None),
    # ... and then the byline the page shows
    (page('<meta property="og:site_name" content="Glamour"><meta name="author" content="Glamour Magazine">',
          before='<p class="byline">By Kim Roe</p>'), "Kim Roe"),
    (page('<meta property="og:site_name" content="treyhunner.com"><meta name="author" content="Trey Hunner">'),
     "Trey Hunner"),
])
def test_page_byline(html, byline):
    assert article_from_html(html).byline == byline


HEADED = '<h1>Cranes delayed</h1>'


@pytest.mark.parametrize("html, byline", [
    # of two bylines, the one under the headline, not a related story's teaser before or after it
    (page(before='<div class="meta"><a rel="author" class="header-meta-author" href="/author/ana-silva">Ana Silva</a>'
                 '</div>', after='<div class="m-card"><a href="/x">Tides turn</a><span class="m-card--metadata">'
                 '<a class="byline" href="/author/kyle-roe">By Kyle Roe</a></span></div>'), "Ana Silva"),
    (page(before='<div class="teaser"><a href="/y">Ferries late</a> <a class="byline" href="/author/mike-roe">'
                 'Michael J. Roe</a></div>').replace(HEADED, HEADED + '<div class="story__info"><span>By <a href='
                                                     '"/author/kathy-doe"> Kathy Doe </a></span></div>'), "Kathy Doe"),
    # a form's label, a widget's credit, a picture's credit: no byline
    (page(before='<div class="author-name">Username</div>'), None),
    (page(after='<div class="recs"><a class="attribution" href="https://welcome.pubswap.com/home">By PubSwap</a>'
                '</div>'), None),
    (page(after='<div class="byline-credit">Photo by Jane Roe</div>'), None),
])
def test_the_byline_under_the_headline(html, byline):
    assert article_from_html(html).byline == byline


AUTHOR_CARD = ('<div class="author-info"><img alt="Inga Roe"><h3><a href="/in/ingaroe">Inga Roe</a>'
               '<a class="author-info__follow-button" href="/login">Follow</a></h3><h4>Consultant for new work '
               'and new learning. Focus: working from home, meetings and everything people do on calls</h4></div>')


@pytest.mark.parametrize("html, byline", [
    # an author's card (no "By"): the name its first link or heading gives, alone
    (page(before=AUTHOR_CARD), "Inga Roe"),
    (page(after='<section class="post-author"><h4>Jane Marie Doe</h4><p>Jane covers the harbour, the council '
                'and the courts for the paper, and has done so since the floods of the year before last.</p>'
                '</section>'), "Jane Marie Doe"),
    # not a card outside the article (related stories), nor one whose first link is no name
    (page(after="<aside>" + AUTHOR_CARD + "</aside>"), None),
    (page(before=AUTHOR_CARD.replace(">Inga Roe<", ">Meet our writers<")), None),
])
def test_author_card(html, byline):
    assert article_from_html(html).byline == byline


def test_a_byline_whose_name_is_a_link_after_by():
    # "By " alone is the element's own text; the name is in the link after it
    html = page(before='<div class="header"><address>By <a href="/author/tanderson/"> Tim Anderson </a></address></div>')
    assert article_from_html(html).byline == "Tim Anderson"


def layout_page(body_class: str, inside: str, head: str = "") -> str:
    return (f'<html><head><title>Cranes delayed</title>{head}</head><body class="{body_class}">'
            '<nav class="main-navigation"><a class="folder-title" href="/by-pamela">By Pamela</a></nav>'
            f'<div id="content"><div class="post"><h1>Cranes delayed</h1>{inside}{BODY}</div></div></body></html>')


@pytest.mark.parametrize("html, byline", [
    # a blog's hCard byline gives the author's user name, lower-case
    (layout_page("single", '<p class="headline_meta">by <span class="author vcard fn">oz</span> on '
                           '<abbr class="published" title="2006-12-04">December 4, 2006</abbr></p>'), "oz"),
    # ... its <body> naming the layout ("content-sidebar") does not put it in a sidebar (read capitalised)
    (layout_page("single content-sidebar", '<div class="entry-meta"><span class="by-author">by <span class="author vcard">'
                 '<a class="url fn n" href="/author/marc/">marc</a></span></span></div>'), "Marc"),
    # "Written by:" opening an element, after a byline that names only the outlet
    (layout_page("single", '<div class="td-post-author-name">By The Harbour Press</div>'
                 '<p><em>Written by: <a href="https://example.org/jm">Julie Mollins</a></em></p>',
                 head='<meta property="og:site_name" content="The Harbour Press">'), "Julie Mollins"),
    # no byline: a menu's "By Pamela" section, a number
    (layout_page("single", ""), None),
    (layout_page("single", '<span class="author vcard"><span class="fn">1234</span></span>'), None),
])
def test_bylines_of_blogs_and_syndicated_posts(html, byline):
    assert article_from_html(html).byline == byline
