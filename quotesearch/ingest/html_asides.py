"""Blocks of a page's main text that are no part of the article although they sit
inside it: see-also lines ("Read more: Minister resigns", "Lea también: …"), the
label of a list of other stories ("Related articles", "Auch interessant:") with the
headlines listed under it, "[read more]" link texts, and calls to sign up for a
newsletter. trafilatura keeps them when the page puts them among the paragraphs;
they are links to other pages, never the article's words, and go.

Labels are matched at the start of a block, in the languages of news pages most
read by QuoteSearch users (English first); a see-also line must be short, as a
headline is, so a paragraph that begins with "Read more about it" is kept.
"""
from __future__ import annotations

import re

from quotesearch.records import ParagraphKind

_SEE_ALSO_LABELS = (
    # English
    r"read (?:more|also|next|this)", r"also read", r"see also", r"also see",
    r"related(?: (?:articles?|stories|content|posts?|news|coverage|reading|links?))?",
    r"recommended(?: (?:for you|reading|stories|articles))?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)", r"more (?:from|on|about) (?:this|the)(?: \w+)?",
    r"more stories", r"further reading", r"don['’]t miss", r"must read", r"editor['’]s picks",
    # Spanish and Portuguese
    r"lea(?: (?:también|además|más))?", r"lee(?: (?:también|además|más))?", r"(?:le|te) puede interesar",
    r"puede interesarte", r"también (?:puedes|puede) (?:leer|ver)", r"vea también", r"ver también",
    r"mir[ae]", r"puedes ver", r"(?:notas|noticias|artículos) relacionad[oa]s", r"contenido relacionado",
    r"leia (?:também|mais)", r"veja também", r"saiba mais",
    # French and Italian
    r"(?:à )?lire aussi", r"(?:à )?lire également", r"voir aussi", r"sur le même sujet",
    r"leggi anche", r"potrebbe interessarti", r"vedi anche",
    # German and Dutch
    r"lesen sie (?:auch|hier|mehr)", r"auch lesen", r"auch interessant", r"schon gelesen",
    r"(?:das|dieses) (?:thema )?könnte (?:sie|dich|euch) (?:auch )?interessieren", r"zum weiterlesen",
    r"weiterlesen", r"mehr (?:zum thema|themen|dazu)", r"weitere (?:artikel|beiträge|themen|nachrichten|news)",
    r"ähnliche (?:beiträge|artikel)", r"empfohlene (?:beiträge|artikel)", r"verwandte (?:beiträge|artikel)",
    r"lees (?:ook|meer)",
    # Polish
    r"czytaj (?:też|także|również|więcej)", r"zobacz (?:też|także|również)", r"dowiedz się więcej",
)
_LABEL = "(?:" + "|".join(_SEE_ALSO_LABELS) + ")"
# "Read more: Minister resigns over schools", "MIRA: Madre se acerca …", ">> Lesen Sie auch: …"
_SEE_ALSO_LINE = re.compile(r"^\W{0,3}" + _LABEL + r"(?:\s*[:»>|]|\s+[–—-])\s*\S", re.IGNORECASE)
# "Related articles", "Auch interessant:", "Weitere Beiträge aus der Kolumne:", "Schon gelesen?";
# a one-word label ("Related", "Mira") is a heading only alone ("Related costs rise" is not).
_SEE_ALSO_HEADING = re.compile(r"^\W{0,3}(" + _LABEL + r")\b([^.!]*)$", re.IGNORECASE)
_HEADING_MAX_EXTRA_WORDS = 4
# "… a ruling on Tuesday. [czytaj więcej]", "(read more)"
_TRAILING_READ_MORE = re.compile(r"\s*[\[(](?:" + _LABEL + r"|more|mehr|más|więcej)\s*(?:»|…|\.\.\.)?[\])]\s*$",
                                 re.IGNORECASE)
_SEE_ALSO_MAX_WORDS = 30
_HEADING_MAX_WORDS = 8
# A listed headline: short, not a sentence of the article (which ends in a full stop).
_LISTED_HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.…:;\"”»]\s*$")

# Calls to sign up, short and unquoted: about a newsletter and how to get it ("Never miss
# the latest news by signing up to our newsletter today!"), or opening with the call
# ("Subscribe now to our edition for the full story", "To view the full story, please
# subscribe"). "You can sign up to be notified when it ships" in a review is the article's.
_NEWSLETTER = re.compile(r"(?<![\w-])newsletters?\b", re.IGNORECASE)
_SIGN_UP = re.compile(r"\b(?:sign(?:ing)?[ -]up|subscribe|subscription|inbox|e-?mail|register|anmelden|abonnieren|"
                      r"suscr[ií]b|inscr[ií]v)", re.IGNORECASE)
_OPENING_CALL = re.compile(r"^\W*(?:sign up|subscribe|register|join|get|never miss|don['’]t miss|to (?:view|read|"
                           r"continue|access))\b", re.IGNORECASE)
_SUBSCRIPTION = re.compile(r"\b(?:sign(?:ing)?[ -]up|subscribe|subscription|subscribers?)\b", re.IGNORECASE)
_CALL_TO_ACTION_MAX_WORDS = 40
_QUOTATION_MARKS = re.compile(r"[\"“”„«»‘‚]")


def without_asides(blocks: list[tuple[str, ParagraphKind]]) -> list[tuple[str, ParagraphKind]]:
    """`blocks` without see-also lines, story lists and calls to sign up (see the module docstring)."""
    kept: list[tuple[str, ParagraphKind]] = []
    in_story_list = False
    for text, kind in blocks:
        if in_story_list:
            if kind == "body" and _listed_headline(text):
                continue
            in_story_list = False
        if kind in ("body", "subhead"):
            if _see_also_heading(text):
                in_story_list = True
                continue
            if _see_also_line(text) or _call_to_action(text):
                continue
            text = _TRAILING_READ_MORE.sub("", text)
            if not text:
                continue
        kept.append((text, kind))
    return kept


def _words(text: str) -> int:
    return len(text.split())


def _see_also_line(text: str) -> bool:
    # A headline has no full stop: "Lea: I think so." is an interview's speaker, not a link.
    return (_words(text) <= _SEE_ALSO_MAX_WORDS and not text.rstrip().endswith(".")
            and bool(_SEE_ALSO_LINE.match(text)))


def _see_also_heading(text: str) -> bool:
    match = _SEE_ALSO_HEADING.match(text)
    if not match or _words(text) > _HEADING_MAX_WORDS:
        return False
    extra = _words(re.sub(r"[^\w\s]", " ", match.group(2)))
    return extra == 0 or (_words(match.group(1)) > 1 and extra <= _HEADING_MAX_EXTRA_WORDS)


def _listed_headline(text: str) -> bool:
    return _words(text) <= _LISTED_HEADLINE_MAX_WORDS and not _SENTENCE_END.search(text)


def _call_to_action(text: str) -> bool:
    if _words(text) > _CALL_TO_ACTION_MAX_WORDS or _QUOTATION_MARKS.search(text):
        return False
    return bool((_NEWSLETTER.search(text) and _SIGN_UP.search(text))
                or (_OPENING_CALL.match(text) and _SUBSCRIPTION.search(text)))
