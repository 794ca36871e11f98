"""Roles: the titles and affiliations an article gives its people.

Two shapes carry a role in news text:

* a title in front of the name: "Chinese Ambassador to Russia Zhang Hanhui",
  "Vice President of the Russian Export Center Alexey Solodov",
  "Harbor Authority press secretary Ben Ortiz";
* an apposition beside it: "Zhang Hanhui, the Chinese ambassador to Russia,",
  "Li Haidong, a professor at the China Foreign Affairs University,",
  "Russia's ambassador to China, Andrey Denisov,".

Subjects of attributions get their role from `speakers.parse_mention`; this
module scans the rest of the article so a role stated anywhere ("Chinese
President Xi Jinping held talks …") reaches every quote of that person.
"""
from __future__ import annotations

import re
from typing import Iterator

from .names import COURTESY_TITLES, OFFICE_WORDS, _role_text, role_continued, split_title_name, tokens
from .noun_phrases import _is_org
from .speakers import name_runs
from .lexicon import PREPOSITIONS, TITLE_WORDS

# Up to eight words before a name that may form its title ("White House press secretary").
# (possessive runs: a word ends where its spaces start and the spaces where the next
# word starts, so giving back characters never helps; it only cost time at every start;
# a word may stand in brackets: "Northern Water Agency (NWA) Director")
_TITLE_PREFIX = re.compile(r"((?:\(?+[\w’'.&\-]++\)?+[^\S\n]++){1,8})$")
# The same words read backwards from the name. Searched forwards, the pattern above is
# tried at each of the 80 characters before the name and reads words up to the name
# from every one of them; read backwards from the name, the words are read once (about
# forty times faster, and it is run for every capitalised run of the article).
_TITLE_PREFIX_BACKWARDS = re.compile(r"(?:[^\S\n]++\)?+[\w’'.&\-]++\(?+){1,8}")


def _title_prefix(text: str, start: int, end: int) -> str | None:
    """What ``_TITLE_PREFIX.search(text, start, end).group(1)`` gives: the up to eight
    words ending right before ``end`` (as `$` does, ignoring one line break at the end)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    m = _TITLE_PREFIX_BACKWARDS.match(text[start:end][::-1])
    return m.group(0)[::-1] if m else None
# (a courtesy title's period ends no apposition: "Dan Fisk, a former aide to Mr. Reed, said")
_APPOSITION_AFTER = re.compile(r",\s+((?:the|a|an)\s+)?((?:[^,.;:“”\"()]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){3,160}?)"
                               r"(?=,|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\.\s|\.$|;)")
# "Sandy Ching, president of the AAP said children …": an apposition whose closing comma
# is missing ends at the speech verb
_CUE_ENDS_APPOSITION = re.compile(r"\s+(?:said|says|told|tells|added|adds|stated|explained|noted|warned|wrote|"
                                  r"argued|insisted|believes|thinks)\b")
# A preposition or an object's verb right before a name ("according to", "told", "with")
_OBJECT_BEFORE_NAME = re.compile(r"\b(?:[Aa]ccording\s+to|to|by|with|from|for|of|told|asked|thanked|met)\s+$")
# A role given in a relative clause: ", who serves as general manager of …", ", who is the …",
# ", who is Harbor State's director of athletics" (a body's possessive opens the role)
_SERVES_AS = re.compile(r",\s+who\s+(?:serves|served|works|worked|acts|acted)\s+as\s+(?:the\s+|a\s+|an\s+)?"
                        r"([^,.;:“”\"()]{3,120}?)(?=,|\.\s|\.$|;|\s\()|"
                        r",\s+who\s+(?:is|was)\s+(?:(?:the|a|an)\s+|(?=(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*[’']s\s+[a-z]))"
                        r"([^,.;:“”\"()]{3,120}?)(?=,|\.\s|\.$|;)")
# A role before the name: after a comma, a colon, a quotation, or where a sentence or
# paragraph starts ("The mayor, Ann Kibbe, spoke …")
# "…, Dr the Rt. Hon. Keith Mitchell", "…, the Hon. Mia Mottley": a Commonwealth
# style of address between an apposition and the name it gives a role
_STYLE_OF_ADDRESS = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?(?:the\s+)?(?:(?:Rt\.?|Right)\s+)?"
                     r"(?:Hon\.?|Honourable|Honorable)\s+")
_APPOSITION_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|[,:;]\s+|[”\"]\s*)(?:(?:says|said|told|according\s+to)\s+)?"
    r"([^,.;:“”\"()\n]{3,120}),\s+(?:" + _STYLE_OF_ADDRESS + r")?$")
# Words opening a scene before a sentence's subject, never a name's first word ("In March,
# the owner …", "Last Friday, the mayor …")
_SCENE_OPENERS = PREPOSITIONS | frozenset({"last", "this", "next", "earlier", "later", "every"})
# Where a sentence starts, only a short noun phrase is an apposition ("The mayor, Ann
# Kibbe, spoke"); a longer run is a clause ("A witness said the head of the division,
# Russ Pittman, …").
_SENTENCE_START_APPOSITION = re.compile(
    r"(?:the|a|an|his|her|its|their|[\w.\-]+[’']s)\s+(?:[\w.’'\-]+\s+){0,4}[\w.’'\-]+", re.I)


def find_roles(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, str, int]]:
    """(person name as written, role, offset) for each role the article states."""
    for start, end in spans:
        for m in name_runs(text, start, end):
            owner = m.group(0).endswith(("’s", "'s"))
            toks = tokens(m.group(0)[:-2] if owner else m.group(0))
            role_toks, name_toks = split_title_name(toks)
            if len(name_toks) < 1 or _is_org(name_toks) or name_toks[0].lower() in _SCENE_OPENERS:
                continue   # ("On Tuesday, the mayor said …": when, then who; no one called "On Tuesday")
            if owner:
                # "President Donald Trump’s ambassador": the title is the owner's; what follows
                # is the thing owned, no apposition of his (a full name only: "President
                # Obama’s" may be read later as a namesake's, "Michelle Obama")
                role = _prefix_role(text, start, m.start(), role_toks) if len(name_toks) >= 2 else None
                if role:
                    yield " ".join(name_toks), role, m.start()
                continue
            name = " ".join(name_toks)
            role = _prefix_role(text, start, m.start(), role_toks)
            if role:
                yield name, role, m.start()
            serves = _SERVES_AS.match(text, m.end(), end)
            if serves:
                # "Davide Dalle Fusine, who serves as general manager of Chiesi …, said"
                role = _role_text(tokens(serves.group(1) or serves.group(2)))
                if role:
                    yield name, role, m.start()
            after = _APPOSITION_AFTER.match(text, m.end(), end)
            if after and not re.match(r"(?:and|or|but|who|whom|whose|which|Mrs?\.|Ms\.|Dr\.)(?:\s|\b)", after.group(2)):
                phrase = _CUE_ENDS_APPOSITION.split(after.group(2), 1)[0]
                if phrase != after.group(2) and _OBJECT_BEFORE_NAME.search(text, max(start, m.start() - 20), m.start()):
                    continue   # "According to Tom Hale, the senator said …": the name is an object,
                    # and what the cue ends is the next clause's subject, no apposition
                role = _role_text(tokens(phrase))
                if role and _title_near_start(phrase):
                    if phrase == after.group(2) and phrase.rstrip().endswith(role):   # (not "…, who has published books, papers and …")
                        # "head of research, evaluation and learning at the Institute …": one office
                        rest = _APPOSITION_AFTER.match(text, after.end(), end)
                        role = role_continued(role, rest.group(2) if rest and not rest.group(1) else None)
                    yield name, role, m.start()
            # the role phrase is at most ~120 characters: look no further back, so
            # scanning stays linear in the paragraph's length
            before = _APPOSITION_BEFORE.search(text, max(start, m.start() - 160), m.start())
            if before and before.group(0)[:1] not in ",:;”\"" \
                    and not _SENTENCE_START_APPOSITION.fullmatch(before.group(1).strip()) \
                    and not _titled_noun_phrase(before.group(1)):
                before = None
            if before:
                role = _role_text(tokens(_from_determiner_of_title(before.group(1))))
                if role and not role_toks:
                    yield name, role, m.start()


def _from_determiner_of_title(phrase: str) -> str:
    """The noun phrase a title heads, from its nearest determiner: "other media later quoted
    the head of the agency" is "the head of the agency", "Emanuel fired his police chief" is
    "police chief", "she went to Ailes’s PR chief" is "Ailes’s PR chief" (the words before
    are a clause of the writer's); "the year Pershing Square's founder" is no role's phrase
    and stays whole (the role reader refuses it)."""
    words = phrase.split()
    for j in range(len(words) - 2, -1, -1):
        low = words[j].lower()
        possessive = low.endswith(("’s", "'s"))
        if not (possessive or low in _DETERMINERS_OF_A_TITLE) \
                or not any(w.lower().strip(",.") in TITLE_WORDS for w in words[j + 1:]):
            continue
        k = j
        while possessive and k > 0 and words[k - 1][:1].isupper():
            k -= 1   # the possessor's whole name: "Pershing Square’s founder"
        if k > 1 and words[k - 1].lower() in _PREPOSITIONS_OF_A_TITLE \
                and words[k - 2].lower().strip(",.") in TITLE_WORDS:
            continue   # "chairman of Donald Trump’s campaign": inside the title's complement
        if possessive:
            return phrase if k == 0 or words[k - 1].lower() in _TIME_NOUNS else " ".join(words[k:])
        if j == 0 or words[j + 1].lower() in _TIME_NOUNS:
            return phrase
        return " ".join(words[j + 1:] if low in ("his", "her", "their", "its") else words[j:])
    return phrase


_DETERMINERS_OF_A_TITLE = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_TIME_NOUNS = frozenset({"year", "day", "week", "month", "time", "night", "morning", "season"})
_PREPOSITIONS_OF_A_TITLE = frozenset({"of", "for", "at", "to", "with", "in", "on"})


def _titled_noun_phrase(phrase: str) -> bool:
    """"Grenada’s Prime Minister and Chairman of the OECS Authority", "Barbados Prime
    Minister": a title phrase, capitalised word by word, no clause (a sentence opening
    with it before a comma and a name gives that name the role)."""
    words = phrase.split()
    return 2 <= len(words) <= 10 and all(w[:1].isupper() or w in _CONNECTORS or w == "and" for w in words) \
        and any(w.lower().rstrip(".") in TITLE_WORDS for w in words)


def _prefix_role(text: str, para_start: int, name_start: int, role_toks: list[str]) -> str | None:
    """Title words inside the capitalised run, plus lower-case title words just before it."""
    while len(role_toks) > 1 and role_toks[-1].rstrip(".").lower() in COURTESY_TITLES:
        role_toks = role_toks[:-1]   # "Prime Minister Dr Keith Mitchell": the office, not "Dr"
    prefix = _title_prefix(text, max(para_start, name_start - 80), name_start)
    extra: list[str] = []
    if prefix:
        words = prefix.split()
        # walk back over lower-case modifiers that end in a title word: "press secretary"
        for i in range(len(words) - 1, -1, -1):
            w, low = words[i], words[i].lower()
            if low == "and" and (extra or role_toks) and (extra + role_toks)[0][:1].isupper() and i > 0 \
                    and words[i - 1][:1].isupper() \
                    and words[i - 1].lower() in OFFICE_WORDS:
                extra.insert(0, w)   # "Health and Human Services Secretary": an office whose name holds "and"
                continue
            if low in _STOP_BEFORE_TITLE or w.endswith((",", ".", ":", ";")):
                break
            if i == len(words) - 1 and not role_toks and low in _OBJECT_PREPOSITIONS:
                return None   # "manager at Super Value": where the manager works, no titled person
            if low in _CONNECTORS and (extra or role_toks) and all(
                    e.lower().rstrip(".") in COURTESY_TITLES for e in extra + role_toks):
                return None   # "a former aide to Mr. Reed": the words before "Mr." are the aide's
            if _ACRONYM_IN_BRACKETS.fullmatch(w) and not extra:
                extra.insert(0, w)  # "Northern Water Agency (NWA) Director"
            elif low in _CONNECTORS or w[:1].isupper() or low in TITLE_WORDS:
                extra.insert(0, w)
            elif w == "&" and extra and extra[0][:1].isupper() and i > 0 and words[i - 1][:1].isupper():
                extra.insert(0, w)  # a body's name joined by "&": "Fox & Friends host", "Procter & Gamble spokesman"
            elif extra and extra[0].lower() in TITLE_WORDS:
                extra.insert(0, w)  # a modifier of the title: "press secretary"
            elif not extra and low in _TIME_OF_OFFICE and any(
                    t.lower() in TITLE_WORDS or t.lower().rstrip(".") in TITLE_WORDS for t in role_toks):
                extra.insert(0, w)  # "former President", "then-Gov."
            else:
                break
    return _role_text(extra + role_toks, before_name=True) if (extra or role_toks) else None


_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Z&\-]{1,7}\)")
_STOP_BEFORE_TITLE = frozenset({"a", "an", "his", "her", "their", "its", "and", "with",
                                "by", "said", "says", "told", "that", "from", "in", "on",
                                # "Last night deputy mayor Oliver Brandt": when, not whose title
                                "last", "this", "next", "night", "week", "weekend", "month", "year",
                                "morning", "afternoon", "evening", "today", "yesterday", "tonight",
                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "when", "after", "before", "while", "but",
                                # "led to what aide Kevin Pryor called": a relative, not a title
                                "what", "which", "whom", "who"})
_CONNECTORS = frozenset({"of", "to", "for", "at", "the"})
# … of them, those whose capitalised object is a body or an owner, never the title's holder
_OBJECT_PREPOSITIONS = frozenset({"of", "to", "for", "at"})
# Lower-case words that say when a capitalised title was held ("former President …").
_TIME_OF_OFFICE = frozenset({"former", "then", "then-", "acting", "interim", "outgoing", "incoming",
                             "retired", "late", "ex", "ex-", "future", "current", "sitting"})


def _title_near_start(phrase: str) -> bool:
    words = phrase.lower().split()[:5]
    return any(w.strip("’'s") in TITLE_WORDS or w in TITLE_WORDS for w in words)
