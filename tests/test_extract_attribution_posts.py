"""Specification of `quotesearch.extract.attribution.posts`: a paragraph signed the way
Twitter's embed code signs a post is the signer's own words, one direct quotation via
Twitter. Articles are invented; the table is (article body, expected quotations)."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article

POSTS = [
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "Well that's a new emergency alert experience pic.twitter.com/EWgDSVvrHO— Dana Brown (@DanaBrown) "
        "September 19, 2016\n\n“It was a test,” the mayor said.",
        [("direct", "Well that's a new emergency alert experience", "Dana Brown", "Twitter"),
         ("direct", "It was a test,", "the mayor", None)],
        id="a-post-and-its-picture-link"),
    # the words of others a post quotes, and its "I", are the signer's
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "I didn't sign up for the alert system to be woken up by \"join our paranoia.\"— N. K. Lamar (@nklamar) "
        "September 19, 2016",
        [("direct", "I didn't sign up for the alert system to be woken up by \"join our paranoia.\"", "N. K. Lamar",
          "Twitter")],
        id="a-post-quoting-others"),
    # a display name that names no one: the handle
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "Nobody slept tonight— 🚨🚨 (@nightowl_nyc) September 19, 2016",
        [("direct", "Nobody slept tonight", "@nightowl_nyc", "Twitter")],
        id="no-name-the-handle"),
    # the signature set apart as the next paragraph: the paragraph before is the post,
    # whatever reporting verb its words hold
    pytest.param(
        "Alerts went out across the city on Monday morning, and Dana Brown put it plainly:\n\n"
        "@kimlee New Yorkers say alerts funny ¯\\_(ツ)_/¯\n\n— Dana Brown (@DanaBrown) September 19, 2016\n\n"
        "Others agreed.",
        [("direct", "@kimlee New Yorkers say alerts funny ¯\\_(ツ)_/¯", "Dana Brown", "Twitter")],
        id="the-signature-in-the-next-paragraph"),
    # a display name of one first name or everyday word says less than the handle
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "Nobody slept tonight— Dave (@davej) September 19, 2016",
        [("direct", "Nobody slept tonight", "@davej", "Twitter")],
        id="a-first-name-alone-the-handle"),
    # the links the embed leaves, and the handles tagged after a link, are no part of the words
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "@kimlee SEVEN! 3 were replaced.https://t.co/hcKsDsaEMc@Ann_Lee @TomReed pic.twitter.com/6Yc99kYnbZ\n\n"
        "— Dana Brown (@DanaBrown) September 19, 2016",
        [("direct", "@kimlee SEVEN! 3 were replaced.", "Dana Brown", "Twitter")],
        id="tagged-handles-after-a-link-in-the-next-paragraphs-post"),
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "Great test today, thanks @CityAlerts— Dana Brown (@DanaBrown) September 19, 2016",
        [("direct", "Great test today, thanks @CityAlerts", "Dana Brown", "Twitter")],
        id="a-handle-ending-the-words-stays"),
    # a display name that gives the name again in another script: the Latin one
    pytest.param(
        "Alerts went out across the city on Monday morning.\n\n"
        "Nobody slept tonight— Dana Brown דנה (@dbrown) September 19, 2016",
        [("direct", "Nobody slept tonight", "Dana Brown", "Twitter")],
        id="a-name-then-the-same-in-another-script"),
    # not a post: a dash and a name without the handle and date
    pytest.param(
        "Alerts went out across the city on Monday morning — Dana Brown reports from the Bronx.",
        [],
        id="a-dash-and-a-name-in-prose"),
]


@pytest.mark.parametrize("body, expected", POSTS)
def test_a_signed_post_is_its_signers_quotation(body, expected):
    quotes = extract_quotes(Article(id="p", text="Alert test wakes the city\n\n" + body))
    assert [(q.type, q.text, q.speaker, q.via) for q in quotes] == expected
