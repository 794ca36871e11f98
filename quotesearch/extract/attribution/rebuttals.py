"""The writer answering a report in its own sentence: "…, which he denied", "…, though in
reality there was no such pact", "…, but that's an entirely unproven assumption". What
follows is the writer's voice, not the speaker's; `filters.REPORT_BOUNDARY` ends the report
where one of these begins."""
from __future__ import annotations

_DENIAL_VERBS = r"(?:denied|denies|disputed|disputes|rejected|rejects|refuted|refutes|contested|contests)"
_FALSE = r"(?:not\s+true|untrue|false|incorrect|inaccurate|unproven|unfounded|baseless|misleading|debunked)"

# (pattern, what it ends): each the start of a clause of the writer's after a reported clause
WRITERS_REBUTTALS = (
    # "accused DeSantis of banning fracking, which he once again denied" (to the sentence's end:
    # not "the rumours, which he denied, would …")
    (r",\s+which\s+(?:he|she|they|it|[A-Z][\w’'\-]+)\s+(?:(?:has|have|had)\s+)?"
     r"(?:(?:[a-z]+ly|once\s+again|again|later|since)\s+){0,2}" + _DENIAL_VERBS + r"\b(?=[^,;\x01]*$)",
     "which he denied"),
    # "said the figures were rigged, which is not true" (to the sentence's end)
    (r",\s+which\s+(?:is|was|has\s+been|had\s+been|proved|turned\s+out\s+to\s+be)\s+" + _FALSE + r"\b(?=[^,;\x01]*$)",
     "which is not true"),
    # "were prepared to quit, though in reality there was no such pact", "…, but the reality
    # seems to be somewhat different"
    (r",\s+(?:but|though|although|yet)\s+(?:in\s+(?:reality|truth)\b|the\s+(?:reality|truth)\s+"
     r"(?:is|was|seems|appears)\b)", "though in reality"),
    # "assumes drivers can be monitored, but that's an entirely unproven assumption"
    (r",\s+but\s+(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+(?:(?:an?|entirely|completely|largely|still)\s+){0,2}"
     + r"(?:" + _FALSE + r"|(?:dubious|questionable|unproven|unfounded|baseless)\s+\w+)\b", "but that's unproven"),
    # "says it has no plans to do this, but most people do not believe this"
    (r",\s+but\s+(?:most|many|few)\s+(?:[a-z]+\s+){0,2}?(?:do|does|did)(?:\s+not|n[’']t)\s+(?:believe|buy)\s+"
     r"(?:this|that|it|them)\b", "but most people do not believe this"),
)

WRITERS_REBUTTAL = "|".join(f"(?:{pattern})" for pattern, _ in WRITERS_REBUTTALS)
