"""Specification of `quotesearch.ingest.html_text`: trafilatura's main text laid out
as (text, kind) blocks. Pages are invented for these tests."""
from __future__ import annotations

import pytest
from lxml.etree import fromstring

from quotesearch.ingest import article_from_html
from quotesearch.ingest.html import _parse_tree, _unglued
from quotesearch.ingest.html_text import _blocks, _drop_comment_sections, _drop_story_streams, main_text_blocks

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



def test_a_link_inside_loose_text_stays_in_its_sentence():
    # trafilatura's fallback readers keep a <div>'s loose text as paragraphs cut at each
    # inline link, the link's words left between them: one paragraph, words in place
    body = fromstring(
        "<body><div><div class='story'><p>KINGSTON: A 58-year-old crane operator who had been injured at </p>"
        "Port Royal<p> was discharged on Monday, the health ministry said on Tuesday. He is the last patient. </p>"
        "<p>“The port will reopen on </p>Thursday<p> for </p>cargo ships<p>. Ferries follow next week,” "
        "the harbour master said. </p><p>The ministry thanked the nurses.</p></div></div></body>")
    assert [text for text, _ in _blocks(body)] == [
        "KINGSTON: A 58-year-old crane operator who had been injured at Port Royal was discharged on Monday, "
        "the health ministry said on Tuesday. He is the last patient.",
        "“The port will reopen on Thursday for cargo ships. Ferries follow next week,” the harbour master said.",
        "The ministry thanked the nurses."]


def test_loose_text_after_a_paragraph_is_kept():
    # a link's words after the last piece join it; a longer run of loose text after a
    # paragraph (a caption's paragraph, then the story) is a paragraph of its own
    body = fromstring(
        "<body><p>Ocean Villa</p>The inn opened on Friday with 40 berths, its owners said in a note."
        "<p>Rooms are booked through </p>the group's website</body>")
    assert [text for text, _ in _blocks(body)] == [
        "Ocean Villa", "The inn opened on Friday with 40 berths, its owners said in a note.",
        "Rooms are booked through the group's website"]


def test_a_subhead_between_paragraphs_is_no_link_inside_a_sentence():
    # loose words after a paragraph that ended its sentence are a subhead of their own,
    # not a link joining the paragraphs round it; an embedded post's signature after its
    # sentence ("— name (@handle) date") stays with it
    body = fromstring(
        "<body><div><p>The bank named two lenders as its key beneficiaries.</p>Near-term dip likely"
        "<p>Investor Ann Roe had said, “Bubbles don't grow out of thin air.”</p>"
        "<p>I hope they'll be OK.</p>— Jo Lee (@jolee) September 19, 2016</div></body>")
    assert [text for text, _ in _blocks(body)] == [
        "The bank named two lenders as its key beneficiaries.", "Near-term dip likely",
        "Investor Ann Roe had said, “Bubbles don't grow out of thin air.”",
        "I hope they'll be OK.— Jo Lee (@jolee) September 19, 2016"]


def test_an_article_in_loose_text_is_not_traded_for_a_line_of_furniture():
    # trafilatura reads the article body marked up without <p> as one block; our own
    # rules, weighing paragraphs, would pick the newsletter box's one <p> instead
    story = ("The son of a former mayor was stabbed during a lecture at a clinic in Leeds, while a nurse "
             "was injured trying to stop the attacker, police said on Wednesday."
             "<div class='br'></div>The lecture was held in the clinic's main hall, where he had worked as a "
             "surgeon for twenty years. Officers arrested a 57-year-old man at the scene.<br/>")
    html = ("<html><head><title>Mayor's son stabbed at clinic</title></head><body>"
            "<div class='left'><div class='story-text' itemprop='articleBody'>" + story + "</div></div>"
            "<div class='right'><div class='daily-newsletter'><p>By subscribing I accept the terms of use</p>"
            "</div></div></body></html>")
    text = article_from_html(html).text
    assert "police said on Wednesday" in text
    assert "By subscribing" not in text


def test_a_hover_card_inside_a_sentence_is_not_text():
    # a picture and links about the person just named, set inside the sentence: the
    # sentence reads on without them
    card = ("<span class='people'><a href='/people/ann-vale'>Ann Vale</a><span class='people-block'>"
            "<span class='block'><span><img src='/vale.jpg' alt=''><a class='name' href='/people/ann-vale'>"
            "Ann Marie Vale</a><a href='/news/1'>Harbour governor doubles down on ferry plan</a>"
            "<a href='/news/2'>Governor signs ferry bill</a></span></span></span></span>")
    html = ("<html><head><title>Governor defends ferry plan</title></head><body><article>"
            f"<p>Harbour Gov. {card} (R) is defending the ferry plan, her office said on Monday.</p>"
            "<p>The plan drew a mix of criticism and praise across the islands, but Vale cited the backlash as "
            "proof that the campaign was working.</p><p>Ferries have linked the four islands to the mainland "
            "since 1921, and the state pays for two of the three boats that still sail every day.</p>"
            "</article></body></html>")
    text = article_from_html(html).text
    assert "Harbour Gov. Ann Vale (R) is defending the ferry plan, her office said on Monday." in text
    assert "doubles down" not in text


ARTICLE_PARAGRAPHS = ("<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, two months "
                      "later than planned.</p><p>“We are ready for them,” the port director said, adding that the quay "
                      "had been rebuilt over the winter.</p><p>The cranes were ordered in 2021 and will double the "
                      "number of ships the port can load in a day.</p>")


def test_readers_comments_are_pruned_before_the_text_is_read():
    # a comment widget set as a list inside the article's container (trafilatura keeps
    # some such lists as text): no reader's words reach the reader, the article's do
    comments = ('<div class="xenforo-comment-widget"><span class="comments-total">2 Comments</span><ul>'
                '<li class="xenforo-comment"><div>I hope the cranes come sooner, I think the board is slow.</div></li>'
                '<li class="xenforo-comment"><div>Posted by: Harbour Fan, 27 Sep 2021</div></li></ul></div>'
                '<div id="disqus_thread"><p>Leaks suggest a third crane.</p></div>')
    tree = _parse_tree("<html><head><title>Cranes delayed</title></head><body><article><h1>Cranes delayed</h1>"
                       f"{ARTICLE_PARAGRAPHS}{comments}</article></body></html>")
    _drop_comment_sections(tree)
    text = " ".join(tree.itertext())
    assert "two months later than planned" in text and "double the number of ships" in text
    assert "I hope the cranes" not in text and "Posted by" not in text and "Leaks suggest" not in text


STREAM_ITEM = ('<li class="stream-item"><h3><a href="/{slug}">{headline}</a></h3>'
               '<p>{summary}</p></li>')
STREAM = "".join(STREAM_ITEM.format(slug=f"story-{n}", headline=headline, summary=summary) for n, (headline, summary) in
                 enumerate([("Actor dies at 69", "The actor died on Tuesday. A publicist said he had a heart attack"),
                            ("Minister offered job", "The minister was offered the post, an adviser said on TV"),
                            ("Cargo ship lost", "A cargo ship broke up over Siberia, the space agency said")]))


def test_a_stream_of_other_stories_is_pruned_before_the_text_is_read():
    # "Recommended for You": a list whose items each hold a linked headline over a
    # summary; the summaries (cut off mid-sentence) are no part of the article
    tree = _parse_tree("<html><head><title>Cranes delayed</title></head><body><article><h1>Cranes delayed</h1>"
                       f"{ARTICLE_PARAGRAPHS}<h2>Recommended for You</h2><ul>{STREAM}</ul></article></body></html>")
    _drop_story_streams(tree)
    text = " ".join(tree.itertext())
    assert "two months later than planned" in text
    assert "publicist" not in text and "space agency" not in text


def test_a_list_of_items_without_linked_headlines_stays():
    # a list story's items with plain headings, and a list of two linked stories, stay
    plain = STREAM.replace('<a href="/story-0">', "").replace('<a href="/story-1">', "").replace("</a>", "")
    for listing in (plain, "".join(STREAM.split("</li>")[:2]) + "</li>"):
        tree = _parse_tree("<html><head><title>Cranes delayed</title></head><body><article><h1>Cranes delayed</h1>"
                           f"{ARTICLE_PARAGRAPHS}<ul>{listing}</ul></article></body></html>")
        _drop_story_streams(tree)
        assert "publicist" in " ".join(tree.itertext())


def test_an_article_inside_an_element_named_for_comments_stays():
    # a blog wraps its post in "comments-open": most of the page's paragraphs are in it
    html = ("<html><head><title>Cranes delayed</title></head><body><div class='post comments-open'>"
            f"<h2>Cranes delayed</h2>{ARTICLE_PARAGRAPHS}</div></body></html>")
    assert "double the number of ships" in article_from_html(html).text


def test_headings_that_carry_most_of_the_story_are_body_text():
    # a list story setting each item in an <h2> ("subbuzz" pages): the headings that read
    # as sentences are its text, read for names and quotations; a short label stays a subhead
    html = ("<html><head><title>People are defending the singer</title></head><body><article>"
            "<h1>People are defending the singer</h1>"
            "<p>Rios said: “Is that how I should look?”</p>"
            "<h2>A few months ago, Ivo Marin, a 17-year-old artist from Split, drew this picture of Ana Rios "
            "as a mermaid and shared it online.</h2>"
            "<h2>The picture resurfaced this week, and it did not go down well with the singer.</h2>"
            "<h2>Reactions</h2>"
            "<h2>She wrote: “It is gorgeous but that is not my body.”</h2>"
            "<p>Rios has spoken out before.</p></article></body></html>")
    article = article_from_html(html)
    kinds = {article.text[p.start:p.end][:12]: p.kind for p in article.paragraphs}
    assert kinds["A few months"] == "body" and kinds["She wrote: “"] == "body"
    assert kinds["Reactions"] == "subhead"


def test_between_paragraphs_a_heading_closed_by_a_full_stop_is_prose_and_a_label_a_subhead():
    html = ("<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
            "<p>The harbour board said on Tuesday that the new cranes would arrive in the spring, two months "
            "late, and that the port would reopen to cargo ships on Thursday after a week of repairs.</p>"
            "<h2>The harbour master issued a plea for patience to the ferry companies.</h2>"
            "<p>“We are doing all we can,” she said, once the pier has been inspected by engineers from the "
            "ministry and the coast guard has cleared the channel of debris.</p>"
            "<h2>Cranes from Rotterdam</h2><h2>What happens to the ferries next week and after?</h2>"
            "<p>Ferries will follow next week, the board said, once the pier has been inspected by engineers "
            "from the ministry and the coast guard has cleared the channel of debris.</p></article></body></html>")
    article = article_from_html(html)
    kinds = {article.text[p.start:p.end][:12]: p.kind for p in article.paragraphs}
    assert kinds["The harbour "] == "body"
    assert kinds["Cranes from "] == "subhead" and kinds["What happens"] == "subhead"


GLUED = [
    # three paragraphs run together by the main-text reader: split where they were glued
    ([("KABUL (AP) -- The father made videos about his homeland, calling himself its \"president.\"Ahmad Mir "
       "kept a high profile online.Officials found no trace of him.Mir met with reporters on Monday.", "body")],
     ["KABUL (AP) -- The father made videos about his homeland, calling himself its \"president.\"",
      "Ahmad Mir kept a high profile online.", "Officials found no trace of him.", "Mir met with reporters on Monday."]),
    # one join is a typo, not paragraphs: left as it is; initials and decimals are no joins
    ([("The U.S. Army said the rate was 2.5 percent.It did not say more.", "body")],
     ["The U.S. Army said the rate was 2.5 percent.It did not say more."]),
]


@pytest.mark.parametrize("blocks, expected", GLUED)
def test_paragraphs_glued_together_are_split_again(blocks, expected):
    assert [text for text, _ in _unglued(blocks)] == expected
