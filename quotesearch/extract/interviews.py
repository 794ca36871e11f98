"""Interviews printed as questions and answers without speaker labels: whose "I" an
answer's is.

A magazine interview often prints the interviewer's questions as paragraphs of
their own ("Do you think the Chinese will make concessions?") and the answers after
them, with no "Q:"/"A:" and no name. An answer's "I think you'll see an agreement"
is the interviewee's, whom the headline or standfirst names ("Steve Forbes: Trump is
indeed a billionaire."), not the byline's writer. `interviewee` says who, for a
position in an answer of such an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

# A paragraph that is one question (or two): the interviewer's turn
_QUESTION_PARAGRAPH = re.compile(r"[^\n]{12,400}\?[”\"’']?")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|my|me|we|We|our|Our)\b")
# So many questions, each answered in the first person, make a printed interview
_MIN_ANSWERED_QUESTIONS = 3
# The headline and the standfirst, where the interviewee is named (a section's name or a
# repeated headline may stand between them; a byline is no place for the interviewee)
_OPENING_PARAGRAPHS = 4
_BYLINE = re.compile(r"\s*By\s")
# A turn a name and a colon open, read as the labelled person's (`attribution.colon`)
_LABELLED_TURN = re.compile(r"\s*(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*:\s")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for m in re.finditer(r"\n\s*\n", text + "\n\n"):
        if text[at:m.start()].strip():
            spans.append((at, m.start()))
        at = m.end()
    return spans


def _is_question(paragraph: str) -> bool:
    body = paragraph.strip()
    return bool(_QUESTION_PARAGRAPH.fullmatch(body)) and len(_SENTENCE_END.findall(body)) <= 1


@dataclass(frozen=True)
class PrintedInterview:
    """An article's paragraphs, and the answer paragraphs among them when it is a
    printed interview (each after a question paragraph, in the first person; [] when it
    is not one)."""
    paragraphs: list[tuple[int, int]]
    answers: list[tuple[int, int]]


def printed_interview(text: str) -> PrintedInterview:
    """Read ``text``'s paragraphs once and find its interview answers, if any."""
    paragraphs = _paragraphs(text)
    answers = []
    for (qs, qe), (as_, ae) in zip(paragraphs, paragraphs[1:]):
        if _is_question(text[qs:qe]) and not _is_question(text[as_:ae]) and _FIRST_PERSON.search(text, as_, ae):
            answers.append((as_, ae))
    return PrintedInterview(paragraphs, answers if len(answers) >= _MIN_ANSWERED_QUESTIONS else [])


def interviewee(text: str, position: int, people_named: Callable[[int, int], list[str]],
                interview: PrintedInterview) -> Optional[str]:
    """The one person the headline and standfirst name, when ``position`` is in an answer
    paragraph (or in a paragraph after one that no question interrupts) of a printed
    interview; else None. ``people_named(start, end)`` gives the article's people named
    between two offsets."""
    answers, paragraphs = interview.answers, interview.paragraphs
    if not answers or position < answers[0][0]:
        return None
    if any(s <= position < e and (_is_question(text[s:e]) or _LABELLED_TURN.match(text, s)) for s, e in paragraphs):
        return None   # the interviewer's own question; a turn its label names ("Mr Malone: I think …")
    named = list(dict.fromkeys(name for s, e in paragraphs[:_OPENING_PARAGRAPHS] if not _BYLINE.match(text, s)
                               for name in people_named(s, e)))
    return named[0] if len(named) == 1 else None
