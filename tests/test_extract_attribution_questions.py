"""Questions (`attribution.questions`): a question put by an unnamed asker is no
quotation (nobody known said it); it only bounds the answer, which is the subject's."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.records import Article


def test_a_question_opening_bounds_the_answer_and_is_no_quotation():
    text = ("Rubio hedges\n\n"
            "Asked whether he would support the nominee, Marco Rubio said he would wait.")
    quotes = extract_quotes(Article(id="asked", text=text))
    assert [(q.type, q.text, q.speaker) for q in quotes] == [
        ("indirect", "he would wait", "Marco Rubio"),
    ]


def test_the_answer_after_a_question_opening_is_the_subjects_not_the_askers():
    text = ("Rubio hedges\n\n"
            "When asked whom she backed, Ms. Ortega smiled and said, “I am still waiting for a candidate.”")
    quotes = extract_quotes(Article(id="asked", text=text))
    assert [(q.type, q.speaker) for q in quotes] == [("direct", "Ortega")]


UNNAMED_ASKER = [
    # the question was put to Quill by someone unnamed: not Quill's words, nobody's known words
    ("Mara Quill was asked what had happened to the library fund.", []),
    ("At the forum, the treasurer was asked whether the county could pay its bills.", []),
    # ... nor the words of the one who answers it
    ("Asked whether she would run again, Mara Quill replied in the affirmative.", []),
    ("Asked by a reporter whether the county could pay its bills, the treasurer nodded and smiled.", []),
    # "asked to" is a request put to the subject, not a question reported
    ("Mara Quill was asked to leave the meeting early.", []),
    # a named asker's question is a quotation of the asker
    ("Senator Ann Lee asked whether the county could pay its bills.",
     [("indirect", "whether the county could pay its bills", "Ann Lee")]),
]


@pytest.mark.parametrize("body, expected", UNNAMED_ASKER)
def test_a_question_put_by_an_unnamed_asker(body, expected):
    quotes = extract_quotes(Article(id="ask", text="County news\n\n" + body))
    assert [(q.type, q.text, q.speaker) for q in quotes] == expected


# A reply comes from the person the question was put to, not from the asker.
REPLIES = [
    ("A reporter asked Judge Ann Cole, “Will you step down?”\n\n“No, I will not,” she replied.",
     [("direct", "No, I will not,", "Ann Cole")]),
    ("Gayle King interviewed the singer on Monday.\n\n“Is it hard?” King asked.\n\n"
     "“It is very hard,” the singer replied.",
     [("direct", "Is it hard?", "Gayle King"), ("direct", "It is very hard,", "the singer")]),
]


@pytest.mark.parametrize("body, expected", REPLIES)
def test_a_reply_is_the_addressees(body, expected):
    quotes = extract_quotes(Article(id="reply", text="Court news\n\n" + body))
    got = [(q.type, q.text, q.speaker) for q in quotes]
    assert all(want in got for want in expected), got


# A request: whom it was put to, then what they are asked to do; the one asked is never
# the speaker of an inverted cue ("…, asked a county judge to halt …").
REQUESTS = [
    pytest.param("Ann Lee asked the Kellard Harbor clerk to shred the logs in March.",
                 [("indirect", "the Kellard Harbor clerk to shred the logs in March", "Ann Lee")],
                 id="a-named-place-in-the-addressee"),
    pytest.param("The mayors asked a county judge to halt the tariff.",
                 [("indirect", "a county judge to halt the tariff", "the mayors")], id="a-judge"),
    # the judge asked is no speaker; the state asking, past its participle's aside, is
    pytest.param("Kellard, heading a group of nine towns, asked a county judge to halt the tariff.",
                 [("indirect", "a county judge to halt the tariff", "Kellard")], id="the-judge-asked-is-no-speaker"),
]


# A question put by someone described, whose own words hold a second verb
QUESTIONS_ASKED = [
    pytest.param("A young woman who had worked in Maine asked Reed what he thought of the ferry plan.",
                 [("indirect", "what he thought of the ferry plan", "a young woman")], id="asked-someone-what-he-thought"),
    pytest.param("A young woman asked the senator whether she liked the plan.",
                 [("indirect", "whether she liked the plan", "a young woman")], id="a-description-asked-whether"),
    # whom it was put to, a determiner and capitalised words before the noun, is no part of it
    pytest.param("The newspaper asked the Democratic contender if he had started writing his speech.",
                 [("indirect", "if he had started writing his speech", "the newspaper")],
                 id="asked-the-Capitalised-addressee-if"),
    # "Asked by X whether …": the named asker's question; the answer is the subject's, and a
    # pronoun after the question never means the asker
    pytest.param("Ann Lee spoke to the station. Asked by Nora Vance whether she had practised, she said, "
                 "“I went through it twice.”",
                 [("indirect", "whether she had practised", "Nora Vance"),
                  ("direct", "I went through it twice.", "Ann Lee")], id="asked-by-a-named-asker-whether"),
    pytest.param("Dan Fisk spoke on the radio. When asked by Vance on Friday whether more workers were needed, "
                 "he said: “I do not believe that is a good idea.”",
                 [("indirect", "whether more workers were needed", "Vance"),
                  ("direct", "I do not believe that is a good idea.", "Dan Fisk")], id="when-asked-by-a-named-asker"),
]


# "X, asked about Y, said": the aside says what X was asked; X is the speaker, not the asker
ASKED_ASIDES = [
    pytest.param("Dan Fisk, asked whether he would run, said he had not decided.",
                 [("indirect", "he had not decided", "Dan Fisk")], id="asked-whether-between-commas"),
    pytest.param("Mr. Reed, asked about the closures of harbours under Mr. Ortiz, said the port does plenty "
                 "of dredging too.",
                 [("indirect", "the port does plenty of dredging too", "Reed")], id="asked-about-a-name"),
]


def _court_news(body: str) -> list[tuple[str, str, str | None]]:
    quotes = extract_quotes(Article(id="req", text="Court news\n\n" + body))
    return [(q.type, q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize("body, expected", ASKED_ASIDES)
def test_an_asked_aside_between_subject_and_verb(body, expected):
    assert _court_news(body) == expected


@pytest.mark.parametrize("body, expected", QUESTIONS_ASKED)
def test_a_question_asked_by_someone_described(body, expected):
    assert _court_news(body) == expected


@pytest.mark.parametrize("body, expected", REQUESTS)
def test_a_request_reports_whom_it_asks_to_do_what(body, expected):
    assert _court_news(body) == expected
