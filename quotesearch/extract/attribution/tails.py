"""What trails a report and is not part of it: a paired-dash aside of the writer's, a
conjunction opening the next clause, a numbered reference of the page's, and the
punctuation closing the sentence, a second relative clause on the writer's noun, and a
new clause after the semicolon that ends a name given.
`spans.make_quote` ends a reported clause with `untrailed_end`, `spans.report_end`
with `before_second_relative` and the patterns below.
"""
from __future__ import annotations

import re

# What may trail a reported clause and is not part of it: a paired-dash aside of the
# writer's, a conjunction opening the next clause.
_CONTENT_TAIL = re.compile(
    r"(?:\s[-—–]{1,2}\s[^-—–\n\x01“”\"]{1,120}?\s?[-—–]{1,2})?(?:[\s,]+(?:while|whereas|but|and|which)"
    r"(?:\s+(?:has|have|had))?(?:\s+(?:then|also|later|again|instead|since|now|[a-z]+ly)){0,2})?\s*[,;.]?\s*$")

# A numbered reference closing the sentence, the page's and not the report's: "… emotional eating (13).",
# "[4]" (after a lower-case word or an acronym: "Warren (2) or Buttigieg (0)" are counts beside names)
_REFERENCE_MARK = re.compile(r"(?<=\s)(?:[a-z%][\w%\-]*|[A-Z]{2,})"
                             r"(\s*[(\[]\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[)\]]\s*[,;.]?\s*)$")


# A subordinator left when a second report cut the first: "… to stop because [he thought …]"
# (not before a quotation, which goes on the report: "… because “I do not see …”")
_DANGLING_SUBORDINATOR = re.compile(r"[\s,]+(?:because|although)\s*$")
_QUOTATION_NEXT = re.compile(r"\s*[“\"‘]")


def untrailed_end(text: str, start: int, end: int) -> int:
    """Where the report in ``text[start:end]`` ends once what trails it is dropped."""
    dangling = _DANGLING_SUBORDINATOR.search(text, start, end)
    if dangling and dangling.start() > start and not _QUOTATION_NEXT.match(text, end):
        end = dangling.start()
    for _ in range(2):
        reference = _REFERENCE_MARK.search(text, start, end)
        tail = _CONTENT_TAIL.search(text, start, reference.start(1) if reference else end)
        if reference:
            end = reference.start(1)
        if tail and tail.start() > start:
            # "… of the government - a jab at the minister - while Novak …": the
            # writer's aside and the next clause's conjunction are no part of the report
            end = tail.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"
                               or (text[end - 1] == ")" and "(" not in text[start:end])):
            end -= 1   # "(She says the plan will fail.)": not the closing bracket
    return end


# A relative clause coordinated with one before it ("… but which …", ", and who …")
_SECOND_RELATIVE = re.compile(r",?\s+(?:but|and|yet)\s+(?:which|who)\s")
_RELATIVE_WORD = re.compile(r"\b(?:which|who)\b")


def before_second_relative(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> int:
    """Where a report from ``start`` to ``end`` ends before a second relative clause on the
    writer's noun ("a program Iran says it needs but which can also make arms"), when the
    report holds no relative clause of its own and the words are not in ``quoted`` spans."""
    second = _SECOND_RELATIVE.search(text, start, end)
    if second is None or _RELATIVE_WORD.search(text, start, second.start()) \
            or any(a <= second.start() < b for a, b in quoted):
        return end
    return second.start()


# A cue that gives a name ("calls it X"), and the semicolon that ends the name it gives
# ("calls it her “duty to the town”; rivals call it stubbornness")
NAMING_CUE = re.compile(r"(?i)(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?)(?:\s+it)?")
SEMICOLON = re.compile(r"\s*;")
