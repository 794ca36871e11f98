"""Interviews printed as unlabelled questions and answers (`interviews`): an answer's
"I" is the interviewee the headline and standfirst name, not the writer."""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.interviews import printed_interview
from quotesearch.records import Article

QA = ("Ann Lee: The harbour will need a second ferry\n\n"
      "Shipping owner Ann Lee tells the Harbor Weekly why the town is growing.\n\n"
      "By Dan Fisk\n\n"
      "We meet on the quay on a cold morning. The ferries are late again.\n\n"
      "Will the town keep growing?\n\n"
      "I think the town will double in ten years, and the port is ready for it.\n\n"
      "{second_question}\n\n"
      "I believe a second ferry will be running by next spring.\n\n"
      "What does the council say?\n\n"
      "We have not agreed on the cost, but I expect the council will pay half.")


@pytest.mark.parametrize("second_question, expected", [
    # three questions, each answered in the first person: the interviewee's answers
    pytest.param("And the ferry?", ["Ann Lee"] * 3, id="three-answered-questions"),
    # two are no printed interview: the "I" is left to the byline's writer rules
    pytest.param("The ferry is another matter.", [], id="two-questions-only"),
])
def test_an_answers_i_is_the_interviewee(second_question, expected):
    text = QA.format(second_question=second_question)
    quotes = extract_quotes(Article(id="qa", text=text))
    assert [q.speaker for q in quotes if q.cue in ("think", "believe", "expect")] == expected


def test_a_question_is_the_interviewers_and_not_an_answer():
    text = QA.format(second_question="And the ferry?")
    answers = printed_interview(text).answers
    assert [text[s:e].split()[0] for s, e in answers] == ["I", "I", "We"]


def test_a_labelled_answer_stays_the_labelled_persons_turn():
    # "Ms Lee: I think …": the colon reader's whole turn, not an "I think" report cut out of it
    text = QA.format(second_question="And the ferry?").replace(
        "I think the town will double", "Ms Lee: I think the town will double")
    quotes = extract_quotes(Article(id="qa", text=text))
    turn = [q for q in quotes if q.text.startswith("I think the town will double")]
    assert [(q.speaker, q.type, q.cue) for q in turn] == [("Ann Lee", "direct", ":")]
