"""What stands between a subject and its cue and is no part of the subject: the writer's
connective ("Ann Lee therefore said"), when ("The harbor board more than three weeks
ago said"), the channel and the date ("The government through its embassy on June 21
said"), and asides between commas that are no apposition (", however,", ", in a
statement,", ", when contacted by Reuters,").

`opening.subject_left` blanks them out before it reads the subject.
"""
from __future__ import annotations

import re

# The writer's connective between a subject and its verb: "Ann Lee therefore said",
# "the senators nonetheless argued"
CONNECTIVE_BEFORE_CUE = re.compile(r"(?<=\w)\s+(?:nevertheless|nonetheless|therefore|thus|however|meanwhile|instead|"
                                   r"consequently|accordingly|subsequently|likewise|similarly)\s*$")
# A day of a month ("June 21")
_MONTH_DAY = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
# When, or through whom, between a subject and its verb
TIME_BEFORE_CUE = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later|this\s+past|over\s+the)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|weekend|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|for\s+(?:months|years)|over\s+the\s+years"
    # "The harbor board more than three weeks ago said …"
    r"|(?:(?:less|more)\s+than\s+|nearly\s+|about\s+|just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|several|"
    r"a\s+few|few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago"
    # "The government through its embassy on June 21 said …": the channel, the date
    r"|(?:through|via)\s+(?:its|his|her|their)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?(?:\s+on\s+" + _MONTH_DAY + r")?"
    r"|on\s+" + _MONTH_DAY + r")"
    r"(?:\s+(?:has|have|had))?\s*$")
# Asides between a subject and its verb that are no apposition: ", however,", ", for instance,"
DISCOURSE_ASIDE = re.compile(
    r"\s*(?:however|though|too|also|meanwhile|instead|moreover|indeed|in\s+turn|in\s+fact|for\s+(?:example|"
    r"instance|their\s+part|his\s+part|her\s+part|its\s+part)|on\s+the\s+other\s+hand|in\s+(?:a|an|the|his|her|"
    # (a long one too: "The Kellard council, in a sweeping bid to … that has angered …, has said")
    r"their)\s+[\w\s’'\-]{1,120}|at\s+(?:a|an|the)\s+[\w\s’'\-]{1,40}|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|"
    # ("The Egyptian government, through its embassy, said": the channel it spoke through)
    r"(?:through|via)\s+(?:its|his|her|their|a|an|the)\s+[\w\s’'\-]{1,60}|"
    # "Vance’s office, when contacted by the Gazette, said": a clause of time, not an apposition
    # ("Mr. Reed, asked about the delays of the ferry, had said": without "when" too)
    r"(?:(?:when|once|after|if)\s+)?(?:contacted|reached|asked|pressed|approached|questioned)\b[^,]{0,60})\s*$", re.I)

# A quoted title in a subject's apposition, the comma inside its closing mark, and more of
# the apposition after it: "co-author of “Open Water,” a history of the port," (a work's
# title after "of" or its kind of work; lower-case words after it)
COMMA_INSIDE_A_TITLES_MARKS = re.compile(r"(\b(?:of|titled|entitled|book|film|novel|memoir|song|album|essay|play|show)"
                                         r"\s+[“\"][^“”\"\x01]{1,80}),([”\"])(?=\s+[a-z])")
