"""Page furniture: what a line of a saved web page is on its own, before context.

Owns the tables of furniture lines (share bars, "Latest News", "Most Viewed",
"READ MORE: ...", "Don't miss", newsletter and cookie boxes, "About Us | Contact",
site credits, contact details), bylines, photo captions,
copyright/republication/news-exchange lines and date lines, as line *roles*
(``line_role``), and repeated paragraphs (``repeated_paragraphs``: a pull quote
repeats body text). The layout (``metadata``) turns roles into paragraph kinds.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Optional

from .dates import DATE_LABEL, date_only, labeled_date
from .lines import DOUBLE_QUOTES, FURNITURE_MAX_CHARS, WS, ends_sentence, flatten, strip_bullet
from .outlets import COPYRIGHT, NEWS_EXCHANGE, RIGHTS_RESERVED, republication_name

# ------------------------------------------------------------- line classifiers

_BYLINE = re.compile(
    r"(?i:by|written\s+by|words\s+by|story\s+by|reported\s+by|author:|reporter:|correspondent:)"
    r"\s+(?P<first>[A-Z][\w.'’\-]*)"
)
_POSSESSIVE = re.compile(r"['’]s$")
# A "By ..." line opening a sentence ("By Thursday, the talks had ended.").
_NOT_BYLINE_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec this that these those then now next using contrast comparison midday noon late
early end mid last christmas
""".split())

_CAPTION_START = re.compile(
    r"(?i:(?:file\s+)?(?:photos?|pictures?|images?|video|graphic|illustration|cartoon|caption|credit))"
    r"(?:\s+(?i:credit|courtesy|by|source))?\s*[:/|]"
    r"|(?i:(?:photo|image)\s+(?:by|courtesy|credit)\b)"
)
_CAPTION_END = re.compile(
    r"(?:\((?:[A-Z][^()/]{0,40}/[^()]{1,60}|[^()]{0,40}\b(?i:photo|photos|file|image|pictures?)\b[^()]{0,40})\)"
    r"|\[(?i:photo|image|video|file)[^\]]{0,80}\]"
    r"|\b(?:Getty\s+Images|Shutterstock|iStock|Alamy)\)?"
    r"|[.!?]\s+(?:Photograph|Photo|Picture|Image|Illustration|Composite)s?\s*:\s*[A-Z][^:.!?\"“”]{1,60})\.?$"
)

_CAPTION_CREDIT_MAX_CHARS = 130        # the credit at a caption's end is no longer

# Whole lines of page furniture (matched after a leading bullet is removed).
_FURNITURE_LINE = re.compile(r"""(?ix)
    (?: latest(?:\s+(?:news|updates|stories))? | breaking(?:\s+news)? | top\s+(?:stories|news)
      | trending(?:\s+now)? | most\s+(?:read|popular|viewed|shared) | editor'?s\s+picks?
      | related(?:\s+(?:news|articles?|stories|posts|content|topics|coverage))?
      | more\s+(?:news|stories|from\b.{0,60}) | recommended(?:\s+for\s+you)? | you\s+may\s+also\s+like
      | (?:read|see)\s+(?:more|also|next)\b.* | also\s+read\b.* | click\s+(?:here|to)\b.*
      | (?:don['’]?t|do\s+not)\s+miss\b.* | must\s+read\b.* | explore\s+further | further\s+reading
      | (?:related|more|watch|listen|recommended|trending|most\s+read|top\s+stories)(?:\s+\w+)?\s*[:|].*
      | listen\s+to\s+(?:this|the)\s+(?:article|story)\b.* | \d+\s+min(?:ute)?s?\s+(?:read|listen)
      | story\s+continues\s+(?:below|after)\b.* | continue\s+reading\b.{0,60} | opens\s+in\s+(?:a\s+)?new\s+window
      | .{1,200}\s(?-i:Full\s+(?:Article|Story|Coverage))   # (a linked headline: "Weak data suggest … Full Article")
      | (?:published|posted|updated)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
      | (?:we|this\s+(?:site|website))\s+uses?\s+cookies\b.* | (?:accept|manage)\s+(?:all\s+)?cookies\b.*
      | get\s+(?:the\s+)?(?:latest|our|breaking)\b.{0,80}\b(?:inbox|newsletter|e-?mails?)\b.*
      | share(?:\s+(?:on|this|via|article|story)\b.*)? | tweet | print | e-?mail | facebook | twitter
      | whatsapp | linkedin | telegram | reddit | pinterest | copy\s+link
      | advertisement | sponsored(?:\s+content)? | subscribe\b.* | sign\s+(?:up|in)\b.*
      | log\s*in | follow\s+us\b.* | download\s+(?:our|the)\s+app\b.*
      | newspapers?\s+(?:in|from)\s+\S+(?:\s+\S+)? | .*pressreader.*
      | (?:printed\s+and\s+)?distributed\s+by\b.{0,60}
      | our\s+team | editorial\s+board | about\s+us | contact(?:\s+us)? | privacy\s+policy
      | terms\s+(?:of\s+(?:use|service)|and\s+conditions) | cookie\s+policy | disclaimer
      | (?:website|site|designed|developed|powered|hosted)\s+by\b.{0,50}
      | (?:tags?|tagged(?:\s+(?:with|in|as))?|keywords|topics|categories|filed\s+under|posted\s+in)\s*:.*
      | comments?(?:\s+\(\d+\))? | leave\s+a\s+(?:comment|reply) | loading\W* | home | menu | search
      | back\s+to\s+top | editors?\s*:.{0,60}
      | (?:edited|(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s.{0,80}
      | \[?email\s*protected\]?
      | ["“]?(?:(?:questions|comments|feedback|tips?|story\s+ideas?)\s*[?,]?\s*(?:and\s+)?){1,3}
        (?:e-?mail|contact|write\s+to|message)\s+us\b.{0,80}   # ("Questions? Comments? Email us at …")
    )\W*""")
# A paper's back matter, however long: "Editors' Disclosures: Dr. Ann Lee reports that she
# has no relationships …", "Competing interests: …", "Funding: …"
_BACK_MATTER = re.compile(r"(?i:(?:editors?['’]?\s+|financial\s+|author\s+)?disclosures?|conflicts?\s+of\s+interests?|"
                          r"competing\s+interests?|funding(?:\s+sources?)?|acknowledg(?:e)?ments?|"
                          r"author\s+contributions?)\s*:\s")
_EMAIL_ONLY = re.compile(r"(?i:e-?mail\s*:?\s*)?\S+@\S+\.\w+")
_PHONE_ONLY = re.compile(r"(?i:(?:tel|phone|fax|mobile|mob|call)\.?\s*:?\s*)?\+?[\d(][\d\s().,/+–\-]{5,}")
_URL_ONLY = re.compile(r"(?i:https?://|www\.)\S+")
# Contact details in a bulleted footer block ("• 01-4011122", "• Regd. No. ...").
_CONTACT_SIGNAL = re.compile(
    r"@|\[email|\b(?i:pvt|ltd|inc|llc|gmbh|regd|reg\.\s*no|p\.?\s?o\.?\s+box|tel|phone|fax|e-?mail)\b"
    r"|\d{5,}|\d{2,4}-\d{5,}"
)
# A company name alone on a line ("Nepal News Agency Pvt. Ltd.").
_COMPANY_LINE = re.compile(r".*\b(?i:pvt\.?\s*ltd|ltd|limited|inc|llc|gmbh|plc)\.?")

# Roles a line can have on its own, before its neighbours are looked at.
BYLINE_ROLE = "byline"
CAPTION_ROLE = "caption"
DATE_ROLE = "date"                  # a line that is only a date
_PUBLISHED_ROLE = "published"        # "Published: <date>", "Updated: <date> ..."
COPYRIGHT_ROLE = "copyright"
EXCHANGE_ROLE = "exchange"          # "X-Y news exchange item"
REPUBLICATION_ROLE = "republication"
_FURNITURE_ROLE = "furniture"
_FURNITURE_ROLES = frozenset({DATE_ROLE, _PUBLISHED_ROLE, COPYRIGHT_ROLE, EXCHANGE_ROLE,
                              REPUBLICATION_ROLE, _FURNITURE_ROLE})



def _is_byline(line: str, words: int) -> bool:
    match = _BYLINE.match(line)
    if match is None or words > 20 or len(line) > FURNITURE_MAX_CHARS:
        return False
    if _POSSESSIVE.sub("", match.group("first")).strip(".,").lower() in _NOT_BYLINE_WORDS:
        return False
    # Bylines end in a name, a place or an address, not in a sentence's last word:
    # "By Xi's account, the talks went well." is prose.
    last_word = line.split()[-1]
    return not (ends_sentence(line) and last_word[0].islower() and "@" not in last_word)


def _is_contact_line(line: str, bulleted: bool, words: int) -> bool:
    if _EMAIL_ONLY.fullmatch(line) or _PHONE_ONLY.fullmatch(line) or _URL_ONLY.fullmatch(line):
        return True
    if words <= 6 and _COMPANY_LINE.fullmatch(line):
        return True
    if not bulleted or words > 12 or DOUBLE_QUOTES.search(line):
        return False
    return bool(_CONTACT_SIGNAL.search(line)) or not ends_sentence(line)


def line_role(line: str) -> Optional[str]:
    """What a paragraph is on its own (None: ordinary text, decided in context)."""
    bulleted, core = strip_bullet(line)
    if not core or _BACK_MATTER.match(core):
        return _FURNITURE_ROLE
    words = len(core.split())
    if _is_byline(core, words):
        return BYLINE_ROLE
    if len(core) <= FURNITURE_MAX_CHARS:
        if _CAPTION_START.match(core):
            return CAPTION_ROLE
        if date_only(core):
            return DATE_ROLE
        label = DATE_LABEL.match(core)
        if label and words <= 16 and labeled_date(core):
            return _PUBLISHED_ROLE
        if COPYRIGHT.match(core) or RIGHTS_RESERVED.search(core):
            return COPYRIGHT_ROLE
        if NEWS_EXCHANGE.fullmatch(core):
            return EXCHANGE_ROLE
        if republication_name(core):
            return REPUBLICATION_ROLE
        if _FURNITURE_LINE.fullmatch(core) or _is_contact_line(core, bulleted, words):
            return _FURNITURE_ROLE
    if _CAPTION_END.search(core, max(0, len(core) - _CAPTION_CREDIT_MAX_CHARS)):
        return CAPTION_ROLE
    return None


def is_furniture_line(line: str) -> bool:
    """True for a line of page furniture judged on its own: share buttons, "Latest
    News", date bars, copyright and site credits, "Source:"/"Excerpts:" lines,
    contact details. Captions and bylines are not furniture."""
    return line_role(flatten(line.strip(WS))) in _FURNITURE_ROLES


# ------------------------------------------------------------ repeated text

# A pull quote or a repeated block is at least this long once normalised:
# shorter repeats ("No," he said.) are ordinary prose.
_REPEAT_MIN_CHARS = 30
_REPEAT_MIN_WORDS = 5
_REPEAT_MAX_PARAGRAPHS = 3000        # beyond that the check would cost too much
_NOT_WORD = re.compile(r"[\W_]+")


def _normalised(text: str) -> str:
    """Letters and digits only, lower case: quote marks, dashes and spacing vary
    between a body paragraph and its pull quote."""
    return _NOT_WORD.sub(" ", text.lower()).strip()


def repeated_paragraphs(texts: Sequence[str]) -> set[int]:
    """Indexes of paragraphs that repeat other text of the page: a pull quote (a
    sentence of the body set apart, with or without its quotation marks), a block
    the page prints twice. The fuller copy stays: a paragraph found inside a longer
    one goes; of identical ones, the first stays."""
    if len(texts) > _REPEAT_MAX_PARAGRAPHS:
        return set()
    norms = [_normalised(text) for text in texts]
    copies = Counter(norms)
    # Padded with spaces so that a match is whole words; NUL keeps paragraphs apart.
    joined = "\x00 " + " \x00 ".join(norms) + " \x00"
    repeated = set()
    seen = set()
    for index, norm in enumerate(norms):
        if len(norm) < _REPEAT_MIN_CHARS or norm.count(" ") + 1 < _REPEAT_MIN_WORDS:
            continue
        if norm in seen:
            repeated.add(index)              # an identical paragraph came before
        elif joined.count(f" {norm} ") > copies[norm]:
            repeated.add(index)              # inside a longer paragraph
        seen.add(norm)
    # A pull quote joining the pieces of a quotation the body interrupts with its
    # attribution ("“A,” he said, “B.”" set apart as "“A B”"): the quoted words of the page, in order
    # (built only for a page that has such a paragraph: most have none)
    quoted = None
    for index, text in enumerate(texts):
        norm = norms[index]
        if index in repeated or not _WHOLLY_QUOTED.fullmatch(text) or len(norm) < _REPEAT_MIN_CHARS \
                or norm.count(" ") + 1 < _REPEAT_MIN_WORDS:
            continue
        if quoted is None:
            quoted = _page_quotations(texts)
        if _occurrences(f" {norm} ", quoted) > copies[norm]:
            repeated.add(index)
    # A deck under the headline quoting the body in a headline's shape ("“The worst is yet to
    # come,” chief economist says": no closing period): the body's quotation, told twice
    for index, text in enumerate(texts):
        deck = _QUOTED_DECK.fullmatch(text) if index not in repeated else None
        words = _normalised(deck.group(1)) if deck else ""
        if len(words) < 15 or words.count(" ") + 1 < 4:   # (a deck's words are few; told twice, not chance)
            continue
        if quoted is None:
            quoted = _page_quotations(texts)
        if _occurrences(f" {words} ", quoted) > 1:
            repeated.add(index)
    return repeated


def _occurrences(needle: str, text: str) -> int:
    """How many times ``needle`` occurs in ``text``, overlapping ones counted (copies of a
    quotation may touch, sharing the space between them)."""
    count, at = 0, text.find(needle)
    while at >= 0:
        count, at = count + 1, text.find(needle, at + 1)
    return count


def _page_quotations(texts: Sequence[str]) -> str:
    """The quoted words of the page, in order, normalised and padded like `joined`."""
    return "\x00 " + " ".join(_normalised(piece) for t in texts for piece in _QUOTATION.findall(t)) + " \x00"


_QUOTATION = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")
_WHOLLY_QUOTED = re.compile(r"\s*[“\"][^“”\"\n]+[”\"]\s*")
_QUOTED_DECK = re.compile(r"\s*[“\"]([^“”\"\n]+)[”\"]\s*,?\s*(?:[\w’'.\-]+\s+){0,6}[\w’'\-]+\s*")
