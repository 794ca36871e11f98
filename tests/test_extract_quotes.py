"""Spec of `quotesearch.extract.quotes`: where quoted text starts and ends.

`find_quote_spans(text, start, end)` finds the quoted spans of one paragraph;
a span's ``start``/``end`` bound the words inside the marks and ``open``/``close``
the marks themselves. `quote_spans_by_paragraph` does the same for a list of
paragraphs and recognises quotes that run on over several paragraphs.
"""
from __future__ import annotations

import re

import pytest

from quotesearch.extract.quotes import (
    _DOUBLE_MARKS,
    _STRAIGHT_SINGLE_QUOTE,
    QuoteSpan,
    find_quote_spans,
    quote_spans_by_paragraph,
    straight_single_style,
)


def quoted(paragraph: str) -> list[str]:
    """The quoted strings of a one-paragraph text, checking each span's invariants."""
    spans = find_quote_spans(paragraph, 0, len(paragraph))
    for span in spans:
        assert 0 <= span.open < span.start <= span.end <= span.close <= len(paragraph), span
    return [paragraph[s.start:s.end] for s in spans]


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def quoted_by_paragraph(text: str) -> list[list[tuple[str, bool]]]:
    result = quote_spans_by_paragraph(text, paragraphs_of(text))
    return [[(text[s.start:s.end], s.closed) for s in spans] for spans in result]


# ------------------------------------------------------------------ one paragraph

MARK_STYLES = [
    pytest.param("“Bilateral trade will keep growing,” Zhang said.",
                 ["Bilateral trade will keep growing,"], id="curly-double"),
    pytest.param('Zhang said, "Bilateral trade will keep growing."',
                 ["Bilateral trade will keep growing."], id="straight-double"),
    pytest.param('"We don\'t see any obstacles," the ambassador said.',
                 ["We don't see any obstacles,"], id="straight-double-with-apostrophe-inside"),
    pytest.param("“Relations have never been better,” Zhang said. “We will keep it that way.”",
                 ["Relations have never been better,", "We will keep it that way."],
                 id="two-quotes-in-one-paragraph"),
    pytest.param("«Мы готовы к сотрудничеству», заявил посол.",
                 ["Мы готовы к сотрудничеству"], id="guillemets"),
    pytest.param("»Wir sind bereit«, sagte der Botschafter.",
                 ["Wir sind bereit"], id="reversed-guillemets"),
    pytest.param("Der Botschafter sagte: „Wir sind bereit“ am Montag.",
                 ["Wir sind bereit"], id="german-low-high"),
    pytest.param("The senator said, ''We will not back down,'' and left the chamber.",
                 ["We will not back down,"], id="nyt-doubled-apostrophes"),
    pytest.param("''I would call him 'steady-handed,''' said Dan Fisk. ''Patience is scarce.''",
                 ["I would call him 'steady-handed,'", "Patience is scarce."], id="nyt-quotation-inside-closes-first"),
    # wire copy: a straight double mark or two backticks opening, a doubled apostrophe closing
    pytest.param("\"We will reopen in June,'' said Ana Ruiz, the owner. \"It is hard.''",
                 ["We will reopen in June,", "It is hard."], id="straight-double-closed-by-doubled-apostrophe"),
    pytest.param("``We will reopen in June,'' said Ana Ruiz.", ["We will reopen in June,"], id="backticks-then-apostrophes"),
    pytest.param("\"We called it 'the plan,'\" said Ana Ruiz.", ["We called it 'the plan,'"],
                 id="straight-double-with-a-single-quotation-closing-inside"),
    pytest.param("Putin hails ‘new era’ of ties with China",
                 ["new era"], id="single-quoted-headline"),
    pytest.param("‘Old friends’ meet again in Beijing",
                 ["Old friends"], id="single-quoted-headline-opening"),
    pytest.param("‘Xi’s vision’ praised by Russian envoy",
                 ["Xi’s vision"], id="single-quoted-with-possessive-inside"),
    pytest.param("“We will ‘never’ give up on dialogue,” the minister said.",
                 ["We will ‘never’ give up on dialogue,"], id="single-nested-in-double"),
    pytest.param("「我们准备好了」", ["我们准备好了"], id="corner-brackets"),
    # two right single marks close a curly double quotation, as some papers typeset it
    pytest.param("“It was a bid to mislead voters,’’ Ann Moy told the BBC.",
                 ["It was a bid to mislead voters,"], id="curly-open-doubled-single-close"),
    # a single right mark mistyped for a double one, its attribution right after it
    pytest.param("“We can’t depend on this. We’ve got to live with the virus,’ he says.",
                 ["We can’t depend on this. We’ve got to live with the virus,"], id="curly-open-single-close-before-cue"),
    pytest.param("“We’ll see,’ Ann Moy said. “Maybe not.”", ["We’ll see,", "Maybe not."],
                 id="curly-open-single-close-before-a-name-s-cue"),
    # (not a nested quotation's own close: “And I said, ‘I want more.’ They said, ‘…’”)
    pytest.param("“And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Buy tractors.’”",
                 ["And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Buy tractors.’"],
                 id="nested-single-closes-before-they-said"),
]


@pytest.mark.parametrize("paragraph, expected", MARK_STYLES)
def test_quotation_mark_styles(paragraph, expected):
    assert quoted(paragraph) == expected


APOSTROPHES = [
    pytest.param("Xi’s visit to Moscow strengthened the two countries’ ties.", [], id="possessives"),
    pytest.param("Trade has grown steadily since the ’90s, the analyst said.", [], id="elided-decade-curly"),
    pytest.param("It is the '90s all over again, the analyst said.", [], id="elided-decade-straight"),
    pytest.param("Officials don’t expect a breakthrough, and they won’t say why.", [], id="contractions"),
    pytest.param("The ministers’ talks ended and the envoys’ report followed.", [], id="plural-possessives"),
    pytest.param("The band played rock ’n’ roll for the visiting delegation.", [], id="rock-n-roll"),
    pytest.param("Xi’s ‘new era’ diplomacy, which officials don’t question, was praised.",
                 ["new era"], id="quote-among-apostrophes"),
]


@pytest.mark.parametrize("paragraph, expected", APOSTROPHES)
def test_apostrophes_are_not_quotation_marks(paragraph, expected):
    assert quoted(paragraph) == expected


SCARE_QUOTES = [
    pytest.param("The so-called “no limits” partnership was discussed at the summit.",
                 ["no limits"], id="curly-scare-quote"),
    pytest.param('He praised the "iron-clad" friendship and the ‘new era’ of ties.',
                 ["iron-clad", "new era"], id="straight-and-single-scare-quotes"),
    pytest.param('He called the deal "historic" and "a milestone."',
                 ["historic", "a milestone."], id="two-fragments"),
]


@pytest.mark.parametrize("paragraph, expected", SCARE_QUOTES)
def test_scare_quotes_are_still_spans(paragraph, expected):
    """Deciding that a span is a scare quote, not speech, is attribution's business."""
    assert quoted(paragraph) == expected


UNBALANCED = [
    pytest.param("He said “the talks were good and then left. Trade rose 5 percent this year.",
                 [], id="stray-opening-mark-mid-paragraph"),
    pytest.param("Zhang said, “Trade will grow\" next year.",
                 ["Trade will grow"], id="curly-opened-straight-closed"),
    pytest.param("A 6'2\" guard said \"hello there\" to reporters.",
                 ["hello there"], id="inch-mark-is-not-an-opener"),
    # a straight mark glued to the sentence before opens the next quotation when the marks
    # before it are paired; after an odd one it closes
    pytest.param("\"We will win,\" Lee told the Herald on Tuesday.\"So we keep going.\"",
                 ["We will win,", "So we keep going."], id="glued-opening-after-a-full-stop"),
    pytest.param("She called it \"the end.\"Then she left.", ["the end."], id="glued-closing-stays-closing"),
]


@pytest.mark.parametrize("paragraph, expected", UNBALANCED)
def test_unbalanced_and_sloppy_marks(paragraph, expected):
    assert quoted(paragraph) == expected


def test_spaced_guillemets_bound_the_words():
    assert quoted("L’ambassadeur a déclaré : « Nos relations sont excellentes » lundi.") == \
        ["Nos relations sont excellentes"]


def test_single_quoted_headline_with_rock_n_roll():
    assert quoted("‘Rock ’n’ roll diplomacy’ wins fans in Moscow") == ["Rock ’n’ roll diplomacy"]


def test_span_offsets_are_into_the_whole_text():
    text = "Headline\n\nIntro paragraph.\n\n“Trade will grow,” Zhang said."
    start = text.index("“")
    (span,) = find_quote_spans(text, start, len(text))
    assert span == QuoteSpan(open=start, start=start + 1, end=text.index("”"), close=text.index("”"))
    assert text[span.start:span.end] == "Trade will grow,"


def test_only_the_given_paragraph_is_read():
    text = "“First quote,” he said.\n\n“Second quote,” she said."
    (first, _) = paragraphs_of(text)
    assert [text[s.start:s.end] for s in find_quote_spans(text, *first)] == ["First quote,"]


# ------------------------------------------------------------------ across paragraphs

def test_multi_paragraph_quote_reopened_without_closing():
    text = ("“The potential visit will strengthen cooperation in many fields.\n\n"
            "“It will also benefit both peoples,” Zhang said.\n\n"
            "Trade fell in the first half, officials said.")
    assert quoted_by_paragraph(text) == [
        [("The potential visit will strengthen cooperation in many fields.", False)],
        [("It will also benefit both peoples,", True)],
        [],
    ]


def test_multi_paragraph_quote_closed_in_the_next_paragraph_without_reopening():
    text = ("“The potential visit will strengthen cooperation in many fields.\n\n"
            "And it will benefit both peoples,” Zhang said.")
    assert quoted_by_paragraph(text) == [
        [("The potential visit will strengthen cooperation in many fields.", False)],
        [("And it will benefit both peoples,", True)],
    ]


def test_unbalanced_mark_does_not_swallow_the_rest_of_the_article():
    text = ("Zhang called the visit a “historic step for both countries.\n\n"
            "Trade rose by 5 percent, the “customs data” showed.\n\n"
            "“Cooperation will deepen,” Zhang said.\n\n"
            "“Both peoples will benefit,” he added.")
    assert quoted_by_paragraph(text) == [
        [],
        [("customs data", True)],
        [("Cooperation will deepen,", True)],
        [("Both peoples will benefit,", True)],
    ]


def test_paragraph_opening_quote_left_open_stops_at_its_paragraph():
    text = ("“The talks went well and both sides agreed to meet again.\n\n"
            "Officials in Moscow did not comment on the visit.\n\n"
            "“We are ready,” the envoy said.")
    assert quoted_by_paragraph(text) == [
        [("The talks went well and both sides agreed to meet again.", False)],
        [],
        [("We are ready,", True)],
    ]


def test_multi_paragraph_quote_opened_mid_paragraph():
    text = ("“The visit will strengthen cooperation,” Zhang said. “It will also benefit both peoples.\n\n"
            "“Trade will recover as production resumes.”")
    assert quoted_by_paragraph(text) == [
        [("The visit will strengthen cooperation,", True), ("It will also benefit both peoples.", False)],
        [("Trade will recover as production resumes.", True)],
    ]


def test_multi_paragraph_quote_runs_on_past_a_line_of_the_page():
    text = ("Tom Reid said: \"It is shocking that the public is paying this bill.\n\n"
            "Most read in News\n\n"
            "\"He should have used the hotel WiFi like everyone else.\"")
    assert quoted_by_paragraph(text) == [
        [("It is shocking that the public is paying this bill.", False)],
        [],
        [("He should have used the hotel WiFi like everyone else.", True)],
    ]


# ------------------------------------------------------------------ single quotes as a house style

HOUSE_SINGLE = [
    pytest.param("The manager was blunt.\n\n'We were poor from the first minute,' Sean Doyle said. "
                 "'It's the players' job to fix it, and O'Hara knows it.'",
                 [[], [("We were poor from the first minute,", True),
                       ("It's the players' job to fix it, and O'Hara knows it.", True)]],
                 id="straight-single-quotes-with-apostrophes-inside"),
    pytest.param("'The '90s were the club's best years,' he said, 'and the fans' memories are long.'",
                 [[("The '90s were the club's best years,", True),
                   ("and the fans' memories are long.", True)]],
                 id="elided-decade-and-plural-possessive-inside"),
    pytest.param("'We were poor,' Doyle said, \"and the crowd let us know.\" 'It hurt.' "
                 "\"Nobody wants that,\" he added. \"Not again.\"",
                 [[("and the crowd let us know.", True), ("Nobody wants that,", True), ("Not again.", True)]],
                 id="double-quotes-outnumber-the-single-ones-so-singles-are-apostrophes"),
    pytest.param("The club's fans won't forget the '90s, Doyle said.", [[]],
                 id="no-quoted-sentence-no-house-style"),
    pytest.param("‘The lads’ changing room is a mess,’ Doyle said.",
                 [[("The lads’ changing room is a mess,", True)]],
                 id="curly-plural-possessive-does-not-close-the-quote"),
]


# A page whose other paragraphs quote with double marks (a wire feed's mixed copy) still
# quotes a whole sentence in straight singles in a paragraph with no double mark; a
# paragraph that is only a phrase in quotes is a subhead
MIXED_COPY = [
    pytest.param("He said the vaccine was \"highly effective.\"\n\n'A stranger you infect could get very ill. "
                 "A grandparent you infect could die,' Lofven said.",
                 [[("highly effective.", True)],
                  [("A stranger you infect could get very ill. A grandparent you infect could die,", True)]],
                 id="a-single-quoted-paragraph-on-a-double-quoted-page"),
    pytest.param("He said the vaccine was \"highly effective.\"\n\n'A change warrior.'",
                 [[("highly effective.", True)], []], id="a-quoted-subhead"),
]


@pytest.mark.parametrize("text, expected", MIXED_COPY)
def test_a_single_quoted_paragraph_on_a_double_quoted_page(text, expected):
    assert quoted_by_paragraph(text) == expected


@pytest.mark.parametrize("text, expected", HOUSE_SINGLE)
def test_straight_single_quotes_as_the_pages_style(text, expected):
    assert quoted_by_paragraph(text) == expected


# (paragraphs, straight single style?): found as counting every match of the pattern
SINGLE_STYLE = [
    (["'We were second best all afternoon,' he said.", "It's the fans' day."], True),
    (["'We were second best,' he said.", "He called it \"poor\" and \"slow\"."], False),
    (["It's O'Neill's '90s band, the fans' memories."], False),
    (["He said: 'No.'", "(‘x’) 'Yes, we can,' she said."], True),
    ([""], False),
]


@pytest.mark.parametrize("paragraphs, expected", SINGLE_STYLE)
def test_straight_single_style_counts_every_quoted_sentence(paragraphs, expected):
    body = "\n".join(paragraphs)
    singles = len(_STRAIGHT_SINGLE_QUOTE.findall(body))
    assert (singles > 0 and len(_DOUBLE_MARKS.findall(body)) <= singles) is expected
    text = "\n".join(paragraphs)
    spans, start = [], 0
    for paragraph in paragraphs:
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 1
    assert straight_single_style(text, spans) is expected


def test_a_doubled_apostrophe_closes_where_its_second_mark_is():
    # what follows the mark starts right after it, as after any one-character mark: a
    # sentence ending inside ''60 Minutes.'' ends there, not one character later
    text = "He appeared on CBS' ''60 Minutes.'' ''Not at all,'' he said."
    spans = quote_spans_by_paragraph(text, [(0, len(text))])[0]
    assert [text[q.close] + text[q.close + 1:q.close + 2] for q in spans] == ["' ", "' "]
    assert [text[q.open:q.close + 1] for q in spans] == ["''60 Minutes.''", "''Not at all,''"]
