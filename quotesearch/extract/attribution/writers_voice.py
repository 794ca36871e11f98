"""The writer's own voice where a report might be read: a comment on a report in the
report's sentence, answering it ("…, which he denied", "…, though in reality there was no
such pact", "…, but that's an entirely unproven assumption") or glossing it after a dash
("… — which is one hour more than the 15-inch offered"), where `filters.REPORT_BOUNDARY`
ends the report; and the writer's own view in the first person ("I think Navarro is wrong
on trade", "Our initial testing suggests …", `writers_own_view`), which is no one's
quotation; and the writer's words about the speaker, naming them by surname inside what
reads as their report (`names_themself`).
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Optional

from ..gender import FIRST_NAMES

if TYPE_CHECKING:
    from ..speakers import SpeakerResolver
    from .units import Attribution

_DENIAL_VERBS = r"(?:denied|denies|disputed|disputes|rejected|rejects|refuted|refutes|contested|contests)"
_FALSE = r"(?:not\s+true|untrue|false|incorrect|inaccurate|unproven|unfounded|baseless|misleading|debunked)"

# no second dash closing an aside further on ("those plans - which include Harbor-side
# ferry stops - will pay off": the speaker's own aside; a hyphen inside a word is no dash)
_NO_CLOSING_DASH = r"(?!(?:(?!\s[-—–]{1,2}\s)[^\n\x01“”\"]){1,160}?\s[-—–]{1,2}\s)"

# (pattern, what it ends): each the start of a clause of the writer's after a reported clause
WRITER_COMMENTS = (
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
    # "Officials say the risk of an outbreak is low, but many are concerned …": the writer
    # turning to other people's misgivings
    (r",\s+but\s+(?:many|some|others|critics|residents|parents|experts)\s+(?:are|were|remain|remained)\s+(?:still\s+)?"
     r"(?:concerned|worried|skeptical|sceptical|unconvinced|wary|not\s+convinced)\b", "but many are concerned"),
    # "expects $300 million in “synergies”, but that may be hard to do without more layoffs":
    # the writer's doubt about what was said
    # (not "…, but it will be difficult": the speaker's own hedge)
    (r",\s+but\s+(?:that|this)\s+(?:may|might|could)\s+(?:also\s+|well\s+)?(?:be|prove)\s+"
     r"(?:[a-z]+\s+)?(?:hard|difficult|tough|tricky|unlikely|easier\s+said)\b", "but that may be hard"),
    # "The listing says she lived here, but it's not clear whether the home was hers", "…
    # production—although it is not clear if that meant …": what the writer could not establish
    (r"(?:,\s+but|\s*[-—–]{1,2}\s*(?:but|although|though))\s+(?:it|that)(?:[’']s|\s+is|\s+was|\s+remains|\s+remained)\s+(?:still\s+)?"
     r"(?:not\s+(?:yet\s+)?clear|unclear|uncertain|not\s+known|unknown)\s+(?:whether|if|how|why|when|what|who|that)\b",
     "but it's not clear whether"),
    # "points out that the work was paid for by firms, which suggests that their needs are
    # being met": the writer's inference from the report
    (r",\s+which\s+(?:suggests|implies)\s+(?:that\s+)?", "which suggests that"),
    # "the average view lasts 84 minutes -- a hugely impressive number given …": the writer's
    # verdict on the figure reported (a lone dash)
    (r"\s[-—–]{1,2}\s*(?:a|an)\s+(?:[a-z]+ly\s+)?(?:impressive|remarkable|staggering|stunning|striking|huge|big|"
     r"small|modest|significant|notable|substantial|sizable|massive|whopping|healthy|sharp|steep|dramatic|startling|"
     r"record)\s+(?:number|figure|sum|amount|total|increase|jump|rise|drop|decline|gain|fall|share|rate|"
     r"percentage|improvement)\b" + _NO_CLOSING_DASH, "— a hugely impressive number"),
    # "says that is what you can expect — which is one hour more than the 15-inch offered" (a
    # lone dash: not the first of a pair around the speaker's own aside)
    (r"\s[-—–]{1,2}\s*which\b" + _NO_CLOSING_DASH, "— which is one hour more"),
    # "warned people to move south — a declaration that Amnesty said could amount to a war
    # crime", "saw the post as a steppingstone — a possibility that the president may have resented"
    (r"\s[-—–]{1,2}\s*(?=an?\s+(?:[a-z]+\s+)?(?:move|decision|declaration|step|claim|statement|announcement|"
     r"remark|comment|accusation|warning|sign|signal|reference|charge|possibility|prospect|scenario|notion|"
     r"idea|suggestion|theory)\s+(?:that|which)\b)"
     + _NO_CLOSING_DASH, "— a declaration that"),
    # "says the port will reopen, a claim disputed by the union", "wants cleaner rivers – a point
    # emphasised by a poll today": the writer setting the report beside someone else's view
    (r"(?:,|\s[-—–]{1,2})\s*(?=an?\s+(?:[a-z]+\s+)?(?:claim|point|view|charge|assertion|allegation|argument|"
     r"position|sentiment|figure|estimate|account|contention|assessment|conclusion|finding)\s+(?:[a-z]+ly\s+)?"
     r"(?:[a-z]{3,}ed|made|shared|held|backed|echoed|disputed)\s+by\b)" + _NO_CLOSING_DASH, "a claim disputed by"),
)

WRITER_COMMENT = "|".join(f"(?:{pattern})" for pattern, _ in WRITER_COMMENTS)
# What the writer (or their newsroom) found themselves: "Our initial testing", "our data"
_WRITERS_OWN_FINDINGS = re.compile(r"(?:[Oo]ur|[Mm]y)\s+(?:[\w\-]+\s+){0,2}?(?:data|testing|tests|analysis|analyses|"
                                   r"forecasts?|totals|tally|count|survey|research|estimates?|calculations?|"
                                   r"review|findings|model|projections?|polling|reporting)")


def writers_own_view(att: "Attribution", resolver: "SpeakerResolver") -> bool:
    """"I think Navarro is totally wrong on trade", "So I asked my brother …", "we believe
    …": the writer's own view or act in the first person, outside quotation marks and
    outside an interview's turns, is no one's quotation (the gold leaves the writer's
    opinions out); "I" in the turn of an interviewee ("Forbes: I think …") is theirs."""
    pronoun = att.mention.pronoun if att.mention is not None else None
    if pronoun is None and att.mention is not None and _WRITERS_OWN_FINDINGS.fullmatch(att.mention.text.strip()):
        return True   # "Our initial testing suggests …", "our forecasts show …": the writer's own finding
    if pronoun not in ("i", "we"):
        return False
    if resolver.turn_speaker(att.subject[0]) is not None:
        return False
    # (only when a byline names the writer: without one, "I" may be an interviewee whose
    # answers the page sets out without their name, as "Q:"/"A:" or a reader's letter)
    return resolver.author is not None and (pronoun == "we" or att.speaker == resolver.author)


def names_themself(content: str, speaker: Optional[str]) -> bool:
    """Whether a report names its own speaker by surname ("Trump was back to implying …"
    closed by "he said"), not someone of the same family ("Donald Trump" for Eric Trump)."""
    if not speaker or len(speaker.split()) < 2:
        return False
    first, surname = speaker.split()[0], speaker.split()[-1]
    if surname not in content:
        return False
    for m in _surname_pattern(surname).finditer(content):
        if m.group(1) and m.group(1).lower() in ("a", "an", "the"):
            continue   # "A Vance mayoralty, she vowed, would …": the name as an adjective
        if m.group(1) is None or m.group(1) == first or m.group(1).lower() not in FIRST_NAMES:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _surname_pattern(surname: str) -> re.Pattern:
    return re.compile(r"(?:\b([A-Z][a-z]+|[Aa]n?|[Tt]he)\s+)?\b" + re.escape(surname) + r"\b(?![’']s)")
