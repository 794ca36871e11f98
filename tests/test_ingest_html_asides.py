"""Specification of `quotesearch.ingest.html_asides`: see-also lines, the story lists
under a see-also label, "[read more]" links and calls to sign up are no part of the
article text; the article's own sentences that look a little like them are.
Texts are invented for these tests."""
from __future__ import annotations

import pytest

from quotesearch.ingest import article_from_html
from quotesearch.ingest.html_asides import without_asides

SENTENCE = "The council approved the new bridge on Tuesday after two years of debate."
LATER = "Work will start in the spring and should take three years, the engineer said."


@pytest.mark.parametrize("aside", [
    "Read more: Minister resigns after row over school spending",
    "READ ALSO: Floods close the coast road for a week",
    "Related: What is the best soil for roses?",
    "See also: List of all bridges",
    "Lea también: Impiden ingreso a reportero y camarógrafo",
    "LE PUEDE INTERESAR: La ficha del exministro en el tribunal",
    "MIRA | El alcalde inaugura el puente",
    "À lire aussi » Ballonnements, lourdeurs : quel est votre profil ?",
    "Lesen Sie hier: Spielabbruch in der Kreisliga",
    "Das könnte Dich auch interessieren: Fackellauf gestartet",
    "Czytaj też: Wyścig zbrojeń ruszył z kopyta",
    "Leia também: Câmara aprova nova lei",
    # calls to sign up
    "Never miss the latest news by signing up to our newsletter today!",
    "Sign up to get the best content of the week, and great deals, as picked by the editors.",
    "Subscribe now to our e-edition for the full story.",
    "To view the full story, please subscribe to The Daily Planet.",
    "Zum Newsletter anmelden",
])
def test_a_see_also_line_or_a_call_to_sign_up_goes(aside):
    assert without_asides([(SENTENCE, "body"), (aside, "body"), (LATER, "body")]) == [
        (SENTENCE, "body"), (LATER, "body")]


@pytest.mark.parametrize("label, kind", [
    ("Related articles", "subhead"),
    ("Auch interessant:", "body"),
    ("Schon gelesen?", "body"),
    ("Weitere Beiträge aus der Kolumne:", "subhead"),
    ("NOTAS RELACIONADAS", "subhead"),
    ("You may also like", "subhead"),
])
def test_a_see_also_label_goes_with_the_headlines_listed_under_it(label, kind):
    blocks = [(SENTENCE, "body"), (label, kind),
              ("Minister resigns after row over school spending", "body"),
              ("Floods close the coast road for a week", "body"),
              (LATER, "body")]  # a sentence: the list has ended
    assert without_asides(blocks) == [(SENTENCE, "body"), (LATER, "body")]


@pytest.mark.parametrize("text", [
    # an interview's speaker, a sentence: not a headline
    "Lea: I think the bridge will be finished on time.",
    "Mira: We asked the council for years.",
    "Related costs rise",                              # one-word label: only alone
    "MIRA-Award für den besten Kurzfilm",
    ("Read more about the history of the bridge in our archive, which the city opened in 1990 to the public "
    "and which holds plans, letters, photographs and the minutes of every council meeting since 1875."),
    # the article's own words about signing up
    "Signing up for the scheme is similar to signing up for a library card, the official said.",
    "You can still sign up to be notified when the cards are back in stock.",
    "“Sign up for the newsletter,” the mayor told residents, “and you will know first.”",
    "The paper's newsletter reached two million readers last year.",
])
def test_the_articles_own_sentences_stay(text):
    blocks = [(SENTENCE, "body"), (text, "body"), (LATER, "body")]
    assert without_asides(blocks) == blocks


def test_a_trailing_read_more_link_goes_from_its_paragraph():
    assert without_asides([(SENTENCE + " [read more]", "body"), (LATER + " (mehr)", "body")]) == [
        (SENTENCE, "body"), (LATER, "body")]


def test_see_also_lines_inside_a_page_body_are_not_article_text():
    html = ("<html><body><article><h1>Council approves bridge</h1>"
            f"<p>{SENTENCE}</p><p>Read more: Minister resigns after row over school spending</p>"
            f"<p>{LATER}</p><p>The bridge will carry two lanes of traffic, a cycle path and a footpath.</p>"
            "<p>Sign up to our newsletter and never miss a story from your town.</p>"
            "</article></body></html>")
    assert article_from_html(html).text.split("\n\n") == [
        "Council approves bridge", SENTENCE, LATER,
        "The bridge will carry two lanes of traffic, a cycle path and a footpath."]
