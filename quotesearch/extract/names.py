"""Names: the person inside a subject phrase, told from the title or role around it.

``split_title_name`` cuts "Vice President of the Russian Export Center Alexey Solodov"
into role words and name words: honorifics and courtesy titles, surname particles
("de", "van"), suffixes ("Jr.") and post-nominal letters ("QC", "MP"), title words that
are also surnames ("Howard Dean"), a known first name starting the person inside a
longer capitalised run. ``_role_text`` reads the words before or beside a name as a
role; ``_is_kin`` a relation ("her mum"); ``tokens``, ``_is_cap``, ``_join`` and
``_strip_possessive`` are the word helpers every phrase reader shares.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .frequency import everyday_word
from .gender import FIRST_NAMES, listed_gender
from .places import is_place
from .lexicon import (
    BARE_AFFILIATIONS, DEMONYMS, DESCRIPTOR_NOUNS, DETERMINERS, GROUP_NOUNS, HONORIFICS, IRREGULAR_PASTS,
    NOT_NAME_WORDS, ORG_WORDS, PARTY_WORDS, PLACES, PREPOSITIONS, STATE_ABBREVIATIONS, SUBORDINATORS,
    SURNAME_DEMONYMS, TITLE_WORDS, in_any,
)
from .text import word_tokens

_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "del", "da", "di", "van",
                              "von", "bin", "al", "el", "la", "le", "du", "on", "in", "des", "dos", "das", "&"})
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "our"})
_KIN_NOUNS = frozenset("""mother mum mom father dad wife husband son daughter brother sister mate
partner fiancee fiance fiancé fiancée grandmother grandfather gran grandma grandpa nan aunt uncle
cousin niece nephew friend girlfriend boyfriend widow widower stepmother stepfather colleague
colleagues""".split())
_PERSON_PARTICLES = frozenset({"de", "da", "di", "van", "von", "bin", "al", "el", "le", "la", "du", "del",
                               "des", "der", "den", "dos", "das"})   # ("Laurence des Cars", "José dos Santos")
_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "miss", "sir", "madam", "dame"})
# Generational suffixes: a name with one is another person than the name without it.
GENERATIONS = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})   # (British papers write "Snr")
_SUFFIXES = GENERATIONS | {"jr.", "sr.", "jnr.", "snr."}
# Letters after a name that are no part of it: "Neil Ford QC", "Ann Lee MP", "Tom Reed OBE"
_POST_NOMINALS = frozenset({"qc", "kc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "phd", "esq",
                            "esq.", "md"})


# Title words that are also common surnames ("Howard Dean", "Mary Judge")
_SURNAME_TITLES = frozenset({"dean", "judge", "marshal", "king", "bishop", "cardinal", "mayor",
                             "sheriff", "chancellor", "speaker", "pope", "prince", "general", "doctor"})


def tokens(text: str) -> list[str]:
    toks = word_tokens(text)
    if "," not in toks or not _THOUSANDS_IN.search(text):
        return toks
    merged: list[str] = []
    for t in toks:
        if len(merged) >= 2 and merged[-1] == "," and merged[-2][-1:].isdigit() and _THOUSANDS.fullmatch(t):
            merged[-2:] = [merged[-2] + "," + t]   # "15,000" is one number, not "15", ",", "000"
        else:
            merged.append(t)
    return merged


# A comma that parts words, not one inside a number ("some 15,000 workers"): as a pattern
# string, for the splitters of subject phrases to build on
COMMA_NOT_IN_A_NUMBER = r",(?!(?<=\d,)\d{3}(?!\d))"
_THOUSANDS_IN = re.compile(r"\d,\d{3}(?!\d)")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or lower_camel_case(tok)


_LOWER_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][a-z]\w*")


def lower_camel_case(tok: str) -> bool:
    """"eBay", "easyJet", "iHeartMedia", "eMarketer": a brand written with a small first
    letter and a capital inside is a name all the same (never "mRNA" or "iOS")."""
    return _LOWER_CAMEL.fullmatch(_strip_possessive(tok)) is not None


def _strip_possessive(tok: str) -> str:
    return _POSSESSIVE.sub("", tok) if tok.endswith(("’s", "'s")) else tok


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def split_title_name(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split "Vice President of the Russian Export Center Alexey Solodov" into
    (role tokens, name tokens). The name is the trailing run of capitalised words
    after the last title, organisation or place word."""
    role, name = _split_title_name(tuple(toks))
    return list(role), list(name)   # fresh lists: callers may change theirs


# The same runs of capitalised words ("President Donald Trump") come back in every
# article, read by the speaker index, the role scan and the mention parser: each is
# split once. The answer depends on the words and the fixed lexicons alone.
def _is_person_title(tok: str) -> bool:
    """"Mayor", "Sen.", "Dr": a word only a person is called by (not a body's or a place's)."""
    low = tok.lower()
    return (low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or low in HONORIFICS
            or low.rstrip(".") in HONORIFICS) and low not in ORG_WORDS and low not in PLACES


def _trades_joined(low: str) -> bool:
    """"singer-guitarist", "singer-songwriters": trades or titles joined by a hyphen."""
    parts = low.split("-")
    return len(parts) >= 2 and all(
        in_any(p, TITLE_WORDS, DESCRIPTOR_NOUNS) or (p.endswith("s") and in_any(p[:-1], TITLE_WORDS, DESCRIPTOR_NOUNS))
        for p in parts)


def hyphenated_body(tok: str) -> bool:
    """"Sun-Times", "Post-Gazette", "KING-TV": a name whose last hyphened part is a body's
    word (a newspaper, a station's call sign), never a person's."""
    head, sep, last = _strip_possessive(tok).lower().rpartition("-")
    return bool(sep) and bool(head) and last in _BODY_WORDS_AFTER_HYPHEN


# ("journal" and "times" as in ORG_WORDS; "tv", "fm", "am" only after a call sign's hyphen)
_BODY_WORDS_AFTER_HYPHEN = frozenset(ORG_WORDS | {"tv", "fm", "am", "dt"})


def _office_portfolios_before(toks: tuple[str, ...], at: int) -> bool:
    """Whether ``toks[:at]`` ends with a person's title, "of" or "for", and one or two
    capitalised portfolios ("Minister of Industry", "Minister of Industry, Investment")."""
    i, words = at - 1, 0
    while i >= 0 and (toks[i] == "," or (_is_cap(toks[i]) and toks[i].lower() not in FIRST_NAMES)):
        words += toks[i] != ","
        i -= 1
    return 1 <= words <= 3 and i >= 1 and toks[i].lower() in ("of", "for") and _is_person_title(toks[i - 1])


def titled_first_name(role_toks: list[str], name_toks: list[str]) -> bool:
    """"Mayor | Don Guardian": a person's title, then a first name; whatever the last word
    also names ("Guardian", "Press"), the name is a person's."""
    return bool(role_toks) and _is_person_title(role_toks[-1]) and len(name_toks) >= 2 \
        and name_toks[0].lower() in FIRST_NAMES


def _after_a_given_name(toks: tuple[str, ...], particle: int) -> bool:
    """Whether the particle at ``particle`` follows a capitalised word, across the particles
    before it ("Ursula von der Leyen", "Rafael van der Vaart")."""
    before = particle - 1
    while before >= 0 and toks[before].lower() in _PERSON_PARTICLES:
        before -= 1
    return before >= 0 and _is_cap(toks[before])


# Words making a region of a place: "Southern California", "Upstate New York" (no given names)
_REGION_WORDS = frozenset("""north south east west northern southern eastern western central upper lower
greater downtown upstate downstate coastal rural inner outer mid midwestern northeast northwest southeast
southwest northeastern northwestern southeastern southwestern""".split())


@lru_cache(maxsize=32768)
def _split_title_name(toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    while len(toks) > 2 and toks[-1].lower().strip(".") in _POST_NOMINALS and _is_cap(toks[-2]) \
            and _is_cap(toks[-3]) and not in_any(toks[-2].lower(), TITLE_WORDS, BARE_AFFILIATIONS):
        toks = toks[:-1]   # "Judge Neil Ford QC" (but "the Conservative MP" is a description)
    end = len(toks)
    while end and toks[end - 1].lower() in _SUFFIXES:
        end -= 1
    run_start = end
    while run_start > 0 and (_is_cap(toks[run_start - 1])
                             or (toks[run_start - 1].lower() in _PERSON_PARTICLES
                                 and _after_a_given_name(toks, run_start - 1))):
        run_start -= 1
    run = toks[run_start:end]
    if 0 < len(run) <= 2 and run_start >= 2 and toks[run_start - 1].lower() in ("of", "for") \
            and _is_person_title(toks[run_start - 2]) and run[0].lower() not in FIRST_NAMES \
            and (len(run) == 1 or (run[0].lower() not in OFFICE_WORDS and run[0].lower() != "state")):
        # "Mayor of Coachella", "a spokesman for Senator Cruz": an office and where it is held,
        # or whom it serves; no one's name (but "Secretary of State Kerry" names Kerry)
        return toks, ()
    if 0 < len(run) <= 2 and run_start >= 4 and toks[run_start - 1].lower() in ("and", "&") \
            and run[0].lower() not in FIRST_NAMES and _office_portfolios_before(toks, run_start - 1):
        # "Minister of Industry and Commerce": the office's last portfolio, no one's name
        return toks, ()
    cut = 0
    if len(run) >= 3 and run_start >= 2 and (toks[run_start - 1].lower() in ("of", "for", "and", "&") or (
            toks[run_start - 1].lower() == "to" and run[0].lower() not in FIRST_NAMES)) \
            and any(t.lower() in TITLE_WORDS or t.lower() in ORG_WORDS for t in toks[:run_start - 1]):
        # "Minister in the Ministry of Finance Brian Lowe", "Head of Communications Jane
        # Doe", "Minister of Trade and Culture Delia Marsh", "Ambassador to Azerbaijani [sic]
        # Bilal Hayee": the first capitalised word ends the name of the office, not the person's
        cut = 1
        while cut < len(run) - 2 and run[cut].lower() in OFFICE_WORDS:
            cut += 1   # "Minister of Foreign Affairs Wang Yi": the office's words go on

    def titular(tok: str) -> bool:
        low = _strip_possessive(tok).lower()
        return low in TITLE_WORDS or low in HONORIFICS or low in PLACES or low in ORG_WORDS \
            or low.rstrip(".") in HONORIFICS or tok.endswith(("’s", "'s")) \
            or ("-" in low and low.split("-")[0] in TITLE_WORDS and low.split("-")[-1] in TITLE_WORDS) \
            or _trades_joined(low) or hyphenated_body(tok)
        # ("Secretary-Treasurer", "Editor-in-Chief": a title of titles joined by hyphens;
        # "Singer-guitarists Tom Johnston and …": trades joined, the last one plural too)

    for i, tok in enumerate(run):
        if titular(tok):
            if i == 0 and len(run) == 2 and tok in FIRST_NAME_TITLES:
                continue   # "Dean Baker", "Dean Ortiz, a 48-year-old ferry pilot": a first name
            if i == len(run) - 2 and tok in PLACE_FIRST_NAMES and not titular(run[i + 1]) \
                    and run[i + 1].lower() not in BARE_AFFILIATIONS and run[i + 1].lower() not in GROUP_NOUNS:
                continue   # "Jordan Peterson", "Actress America Ferrera": a first name, not a place
            if i == len(run) - 1 and i > cut and not titular(run[i - 1]) \
                    and _strip_possessive(tok).lower() in _SURNAME_TITLES:
                break   # "Howard Dean", "Mary Judge": a surname after a first name
            if i == len(run) - 1 and i > cut and not titular(run[i - 1]) \
                    and _strip_possessive(tok).lower() in PLACES and not tok.isupper() \
                    and (run[i - 1].lower() in FIRST_NAMES or (
                        i == 1 and run[0].isalpha() and not run[0].isupper() and not everyday_word(run[0])
                        and run[0].lower() not in _REGION_WORDS and not is_place([run[0], _strip_possessive(tok)]))):
                break   # "Joaquin Phoenix", "Mo Brooks": a surname that is also a place ("Ki Hong",
                # "Mara Hong": a given name no table knows, and the two words are no place's name)
            if i == len(run) - 1 and i >= 2 and i - 1 >= cut and run[i - 1].lower() in FIRST_NAMES \
                    and not titular(run[i - 1]) and _is_person_title(run[i - 2]) and not tok.isupper():
                break   # "Mayor Don Guardian", "Commentator Bill Press": a title, a first name and a
                # surname that is also a body's word ("Grace Church" alone stays the church)
            cut = i + 1
    while cut < len(run) - 1 and (_leading_descriptor(run[cut], len(run) - cut - 1) or _trade_before_full_name(run, cut)):
        cut += 1   # "Republican Donald Trump", "Comedian Sarah Silverman", "Neither Donald J. Trump"
    origin = max((i for i in range(cut, len(run) - 2) if run[i].lower().endswith(_ORIGIN_SUFFIXES)), default=None)
    if origin is not None:
        cut = origin + 1   # "South Korean-born Monte Haines": where the person is from, then the name
    if len(run) - cut >= 4 and run[-2].lower() in FIRST_NAMES and _role_word(run[-3].lower()) and not titular(run[-2]) \
            and run[0] not in OPENING_IMPERATIVES:   # (not a headline's "Meet … Artist Ann Lee")
        cut = len(run) - 2   # "Strategic Health Policy Consultant Bill Bowtell": an occupation, then the name
    first = _first_name_inside(run, cut) if role_before(toks, run_start) else None
    if first is not None:
        cut = first   # "Chief Financial Officer of Super Value Debra Symonette": the person
        # starts at the first name; the words before it name the company
    name = run[cut:] + toks[end:]
    role = toks[:run_start + cut]
    return role, name


# Words that name a government office's field ("Foreign Affairs", "Human Services"),
# never a person's name after "Minister of …"
OFFICE_WORDS = frozenset("""
affairs services development security defence defense justice health education tourism culture
trade finance commerce energy environment agriculture labour labor transport transportation
interior housing industry planning welfare sport sports communications information technology
economy treasury immigration works resources fisheries infrastructure relations veterans homeland
innovation science research employment investment aviation mines mining petroleum utilities public
prosecution prosecutions safety
""".split())


_ORIGIN_SUFFIXES = ("-born", "-raised", "-bred", "-based")


_LONG_TRADE = 8   # letters: a trade word this long is no one's given name ("Oceanographer")


def _leading_descriptor(tok: str, words_after: int) -> bool:
    """A capitalised word opening a run that describes the person named after it: a
    party, leaning or nationality ("Republican", "GOP"), a determiner, conjunction or
    sentence adverb ("Neither", "Throughout"), or an occupation or epithet used as a
    title ("Billionaire", "Comedian"). An occupation word may be a name itself ("Fan
    Yang", "Star Jones"), so it is cut only before a full name of two words or more."""
    low = tok.lower()
    if low in PARTY_WORDS or low in NOT_NAME_WORDS:
        return words_after >= 1
    # (a plural too, shared with another named after: "Chefs Jamie Oliver and …")
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    if words_after == 1 and len(low) >= _LONG_TRADE and low in DESCRIPTOR_NOUNS and low not in FIRST_NAMES:
        return True   # "Oceanographer Pattiaratchi said": a long trade word is no given name
    return (low in DESCRIPTOR_NOUNS or low in BARE_AFFILIATIONS or one in DESCRIPTOR_NOUNS or one in TITLE_WORDS
            or (low in DEMONYMS and low not in SURNAME_DEMONYMS)) and words_after >= 2


def _trade_before_full_name(run: tuple[str, ...], i: int) -> bool:
    """"Feminist Glenn Fleishman", "Commenter Paul Stoffregen": an English word for what
    someone does or is (an -ist, -er, -or, -ian, -ant or -ent no table lists), capitalised
    where it opens the run, before a first name and a surname; no given name itself."""
    low = run[i].lower()
    return len(run) - i >= 3 and run[i + 1].lower() in FIRST_NAMES and low not in FIRST_NAMES \
        and run[i][1:].islower() and low.endswith(_TRADE_SUFFIXES) and everyday_word(low, _TRADE_WORD_ZIPF) \
        and listed_gender(run[i]) is None   # ("Carter Ann Lee": a given name the tables miss)


_TRADE_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent")
_TRADE_WORD_ZIPF = 2.5   # "commenter" 3.0, "feminist" 4.1; "Stoffregen" 0


def is_place_tag(tok: str) -> bool:
    """A US state as news abbreviates it ("N.C.", "Md.") or a party-and-state tag
    ("R-Ky.", "D-N.Y.", "R-Texas"): what stands after a name, never a name."""
    low = tok.lower()
    if low in STATE_ABBREVIATIONS:
        return True
    party, _, state = low.partition("-")
    return party in ("r", "d", "i") and (state in STATE_ABBREVIATIONS or state in PLACES
                                         or state.rstrip(".") in PLACES)


def role_before(toks: list[str], run_start: int) -> bool:
    """A title or office word comes before the capitalised run, or an acronym opens it
    ("ACLU Jay Stanley")."""
    return any(t.lower() in TITLE_WORDS for t in toks[:run_start]) or (
        run_start < len(toks) and _ACRONYM.fullmatch(toks[run_start]) is not None)


def _first_name_inside(run: list[str], cut: int) -> Optional[int]:
    """Where a known first name starts a one- or two-word name inside a longer capitalised
    run, with no first name before it ("Super Value Debra Symonette" -> 2; not in "Mary
    Ann Smith")."""
    for i in range(max(cut, 1), len(run) - 1):
        low = run[i].lower()
        if low in FIRST_NAMES and len(run) - i in (2, 3) \
                and not any(t.lower() in FIRST_NAMES for t in run[:i]):
            return i
    return None


def _join(toks: list[str]) -> str:
    out = ""
    for t in toks:
        # (no space inside quotation marks: "co-author of “Open Water”", "of the book "Open Water"")
        closing = t == "”" or (t == '"' and out.count('"') % 2 == 1)
        if out and not (t in ",.;:)’'" or t in ("’s", "'s") or closing) and not out.endswith("“") \
                and not (out.endswith('"') and out.count('"') % 2 == 1):
            out += " "
        out += t
    return out


_THOUSANDS = re.compile(r"\d{3}")


# Titles of address a role may end in before the name ("study co-author Dr Milica Vasiljevic")
COURTESY_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof"})


_LIST_GOES_ON = re.compile(r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+[a-z]")


def role_continued(role: str, next_part: Optional[str]) -> str:
    """A role whose list the comma after it goes on with: "head of research" then
    "evaluation and learning at the Institute of International Education" is one office."""
    if next_part is not None and _LIST_GOES_ON.match(next_part.strip()) \
            and not any(t.lower() in _CLAUSE_WORDS_IN_ROLES for t in tokens(next_part)):
        return role + ", " + next_part.strip()
    return role


_CLAUSE_WORDS_IN_ROLES = frozenset({"said", "says", "who", "which", "is", "was", "has", "had", "will", "would"})


def _role_text(toks: list[str], before_name: bool = False) -> Optional[str]:
    """The role these words give a person, or None when they are no title: a
    courtesy ("Mr.", "Lord"), a fragment ("for Mr.", "Sen" cut from its period), an
    adverbial, a clause ("suggested that the candidate …"). A relative clause after
    the title is no part of it ("lawyer in Orlando who specializes …" -> "lawyer in
    Orlando"). ``before_name``: the words stand just before the name, where a party or
    nationality is a role too ("Republican Donald Trump")."""
    if len(toks) > 2 and toks[0].lower() == "according" and toks[1].lower() == "to":
        toks = toks[2:]   # "…, According to Coils to Locs Founder Dianne Austin" (a headline's capitals)
    if before_name and len(toks) > 1 and toks[-1].lower().rstrip(".") in COURTESY_TITLES \
            and (_role_word(toks[-2].lower()) or toks[-2].lower().endswith("ist")):
        # "study co-author Dr Milica Vasiljevic": the role, then her courtesy title (but
        # "adviser to Mr. Trump" is someone else's title)
        toks = toks[:-1]
    if len(toks) > 1 and in_any(toks[0].lower(), SUBORDINATORS, PREPOSITIONS) and toks[1].lower().endswith("ing"):
        return None  # "after hearing Mr. Reed speak": an adverbial, not a role
    if len(toks) > 1 and toks[0].lower().endswith("ing") and toks[1].lower() in DETERMINERS:
        return None  # "Marking the end of the primaries …": a participle's clause ("managing director" is a title)
    if len(toks) > 1 and toks[0].islower() and toks[0].endswith("ed") and toks[1].lower() in _CLAUSE_OPENERS:
        return None  # "suggested that the candidate's style …": a predicate, not a role
    for i, t in enumerate(toks):
        if i and t.lower() in _RELATIVE_WORDS:
            toks = toks[:i]
            break
        if i and t.lower() in _VERBS_AFTER_A_TITLE and toks[i - 1].lower().rstrip(".") in TITLE_WORDS:
            return None  # "Paul Brandt, the mayor made further demands": a clause, no role
        if i >= 2 and t.lower() in ("and", "or") and _is_cap(toks[i - 1]) \
                and any(w.lower() in _LIST_OPENERS for w in toks[:i - 1]):
            return None  # "stars including Jamie Oliver and fitness guru": a list of people, no role
    while toks and (toks[0].lower() in DETERMINERS or toks[0].lower() in SUBORDINATORS
                    or toks[0].lower() in PREPOSITIONS or toks[0].lower() in ("and", "or")):
        toks = toks[1:]   # "for Mr.", "to Secretary": what stood before a name, not a title
    while toks and toks[-1].lower() in _NAME_CONNECTORS | {",", "’s", "'s"}:
        toks = toks[:-1]
    if not toks:
        return None
    # a party or nationality right before the name is a role too: "Missouri Republican"
    party_before_name = before_name and toks[-1].lower() in BARE_AFFILIATIONS
    if not party_before_name and not any(
            _strip_possessive(t).lower().rstrip(".") in TITLE_WORDS or _role_word(t.lower()) for t in toks):
        return None
    if all(in_any(t.lower().rstrip("."), _COURTESY, _PEERAGE) for t in toks):
        return None  # "Mr.", "Lord" are courtesies, not roles
    if len(toks) == 1 and toks[0].lower() in _CLIPPED_ABBREVIATIONS:
        return None  # "Sen" without its period: what a sentence split left of "Sen. X"
    return _join(toks)


def _role_word(low: str) -> bool:
    """A title or occupation ("cardiologist" as any "-ologist"), alone or joined to
    others by hyphens ("actor-director", "writer-producer")."""
    return in_any(low, TITLE_WORDS, DESCRIPTOR_NOUNS) or (len(low) > 8 and low.endswith("ologist")
                                                          and low != "apologist") or (
        "-" in low and all(in_any(part, TITLE_WORDS, DESCRIPTOR_NOUNS) for part in low.split("-")))


# A title followed by one of these is the subject of a clause ("the mayor has", "the envoy met")
_VERBS_AFTER_A_TITLE = IRREGULAR_PASTS | frozenset(
    """has have had is are was were will would could should can may might must did does remains stays
    seems appears says wants thinks believes plans hopes expects insists argues knows needs faces""".split())
_CLAUSE_OPENERS = frozenset({"that", "the", "a", "an", "his", "her", "their", "its", "to", "how", "why"})
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
_LIST_OPENERS = frozenset({"including", "like", "such", "among"})
_PEERAGE = frozenset({"lord", "lady"})
# Abbreviated titles that news always writes with a period ("Sen.", "Gov."): bare, they
# are the remains of a cut
_CLIPPED_ABBREVIATIONS = frozenset({"sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "adm", "supt"})


def _is_proper(name: str) -> bool:
    return all(_is_cap(t) or t == "&" or in_any(t.lower(), _PERSON_PARTICLES, _SUFFIXES) for t in name.split())


def _is_kin(toks: list[str]) -> bool:
    """"her mum", "his younger brother", "their friend": a relation before a first name
    ("Her mum Ami said"), not the clause before a subject."""
    low = [t.lower() for t in toks]
    return len(low) in (2, 3) and low[0] in _POSSESSIVE_DETERMINERS and low[-1] in _KIN_NOUNS \
        and all(t.isalpha() for t in low)


# Family relations that introduce a namesake of the article's principal person
_FAMILY_NOUNS = ("mother|mum|mom|father|dad|wife|husband|son|daughter|brother|sister|grandmother|"
                 "grandfather|aunt|uncle|cousin|niece|nephew|widow|widower|stepmother|stepfather")
_RELATIVE_AFTER_NAME = re.compile(
    r"[’']?s?,\s+(?:who\s+(?:is|was|appears\s+to\s+be|is\s+believed\s+to\s+be)\s+)?"
    r"(?:the|a|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:" + _FAMILY_NOUNS + r")\b")
_RELATIVE_BEFORE_NAME = re.compile(
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+)?(?:" + _FAMILY_NOUNS + r")"
    r"|[Tt]he\s+(?:former\s+)?[Ff]irst\s+(?:[Ll]ady|[Gg]entleman)),?\s+$")   # ("the first lady, Michelle Obama")
# "the niece of former Port Director Dan Fisk": the relation names the other person,
# who is then the one introduced by way of her, not the principal
_OF_A_NAMED_PERSON = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")


def introduced_as_relative(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is introduced as the relative of someone
    already known ("Debbie Meadows, the congressman's wife", "His dad, Allan Bryant Snr"):
    a namesake the writer names in full because the bare surname is someone else's."""
    after = _RELATIVE_AFTER_NAME.match(text, end, min(len(text), end + 60))
    if after:
        return not _OF_A_NAMED_PERSON.match(text, after.end(), min(len(text), after.end() + 60))
    return bool(_RELATIVE_BEFORE_NAME.search(text, max(0, start - 30), start))


# An age before a name is no part of it: "81-year-old Parker Eaton"
_AGE_WORD = re.compile(r"\d{1,3}-year-old", re.I)


_COURTESY_GENDER = {"mr": "male", "mr.": "male", "sir": "male", "lord": "male", "mrs": "female",
                    "mrs.": "female", "ms": "female", "ms.": "female", "miss": "female",
                    "dame": "female", "lady": "female"}


def courtesy_gender(role_toks: list[str]) -> Optional[str]:
    """"Mrs. Clinton" -> "female", "Mr. Clinton" -> "male": the courtesy title just
    before the name says who among people of one surname is meant."""
    return _COURTESY_GENDER.get(role_toks[-1].lower()) if role_toks else None


# Titles that are as often first names: before a lone surname they are the first name
# ("Dean Baker"); before a full name they are the title ("Dean Martha Minow")
FIRST_NAME_TITLES = frozenset({"Dean"})
# Places that are also first names: before a lone surname they are the first name
# ("Jordan Peterson", "Georgia Meyer"), not where the person is from ("Georgia Democrats")
PLACE_FIRST_NAMES = frozenset("""Jordan Georgia America Israel Dallas Paris Florence Sydney Virginia
Carolina Dakota Madison Victoria India Savannah Brooklyn Devon Lincoln Phoenix Aurora Kenya Asia
Houston Austin Chelsea Adelaide Charlotte Camden Denver Orlando Tyler Trenton London""".split())



def first_name_then_name(toks: list[str], i: int) -> bool:
    """"Will Doyle", "May Chen": a modal that is a first name, a surname after it."""
    return toks[i] in ("Will", "May") and i + 1 < len(toks) and _is_cap(toks[i + 1])


BODY_PREPOSITIONS = ("of", "for", "to", "at", "from", "in")


def body_named_after(role_toks: list[str]) -> bool:
    """"a columnist for the harbor news site [Kellard]": a body described before its name."""
    at = next((i for i, t in enumerate(role_toks) if t.lower() in BODY_PREPOSITIONS), None)
    return at is not None and at + 2 < len(role_toks) and role_toks[at + 1].lower() in ("the", "a") \
        and role_toks[-1].islower()


def first_name_then_place(name: list[str]) -> bool:
    """"Joaquin Phoenix", "Paris Jackson": a first name and a surname that is also a place."""
    return len(name) == 2 and name[0].lower() in FIRST_NAMES and name[0][:1].isupper() \
        and not name[1].isupper() and name[1].lower() not in ORG_WORDS and name[1].lower() not in GROUP_NOUNS


# A cue inverted to open a sentence before its speaker: "Said Dorothy Poynter, …",
# "Whispered Qianye Ying'er, …", "Concluded the researchers: …"
INVERTED_CUE_WORDS = frozenset({"Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote", "Writes", "Recalled",
                                "Whispered", "Shouted", "Replied", "Explained", "Noted", "Insisted", "Continued",
                                "Countered", "Quipped", "Answered", "Responded", "Warned", "Argued", "Declared",
                                "Muttered", "Yelled", "Cried", "Sighed", "Laughed", "Exclaimed", "Concluded",
                                "Observed", "Remarked"})
# Capitalised words that open a sentence before a name and are no part of it: a cue
# inverted, an imperative, a writer's epithet
OPENING_NOT_NAME_WORDS = INVERTED_CUE_WORDS | frozenset({
                                    # an imperative: "Ask Damien Chazelle about musicals", "Meet Sarah Okafor"
                                    "Ask", "Meet", "Tell", "Thank", "Call", "Watch", "Take", "Consider", "Remember",
                                    "Imagine", "Blame", "Trust", "Follow", "Welcome", "Hear", "Listen", "Let", "Allow",
                                    # how the writer sees the person: "Longtime Donald Trump advocate Rudy Giuliani"
                                    "Longtime", "Longstanding", "Embattled", "Beleaguered", "Disgraced", "Outspoken",
                                    "Controversial", "Legendary", "Celebrated", "Veteran", "Newly", "Erstwhile",
                                    "Popular", "Beloved", "Renowned", "Acclaimed", "Iconic", "Proud"})
# The writer or a speaker introducing themself: "I'm Ann Lee, and I run the lab"
FIRST_PERSON_OPENINGS = frozenset({"I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})
# A sentence adverb before a name, even before a surname alone: "Apparently Lindsey Lohan
# said …", "Reportedly Smith …"
OPENING_ADVERBS = frozenset("""Apparently Reportedly Allegedly Clearly Obviously Notably Interestingly Ironically
Surprisingly Unsurprisingly Predictably Similarly Likewise Finally Eventually Ultimately Meanwhile Indeed Certainly
Perhaps Maybe Fortunately Unfortunately Sadly Thankfully Separately Previously Recently Initially Originally
Currently Additionally Moreover Furthermore Instead""".split())
# A gerund opening a sentence or a standfirst before a capitalised object: "Playing Skyrim
# with no armour", "Visiting Paris on a budget", "Introducing Acme Cloud"
OPENING_GERUNDS = frozenset("""Playing Making Taking Getting Going Looking Being Having Using Building Running
Working Living Learning Reading Writing Watching Meeting Visiting Finding Keeping Leaving Coming Moving Starting
Trying Turning Thinking Remembering Celebrating Exploring Introducing Announcing Welcoming Understanding
Protecting Fighting Saving Helping Beating Winning Losing Buying Selling Driving Flying Eating Cooking
Shopping Traveling Travelling Testing Comparing Choosing Covering""".split())
OPENING_NOT_NAME_WORDS = OPENING_NOT_NAME_WORDS | OPENING_ADVERBS
# Sentence adverbs, no one's name even alone ("Regardless of how …, the report’s advice is: “…”")
SENTENCE_ADVERBS = OPENING_ADVERBS | frozenset({"Regardless", "However", "Nevertheless", "Nonetheless", "Still",
                                                "Besides", "Otherwise", "Thus", "Hence", "Therefore", "Also"})
# Imperatives that are no one's name even alone ("Consider this 2014 entry — “…”")
OPENING_IMPERATIVES = frozenset({"Ask", "Meet", "Thank", "Take", "Consider", "Remember", "Imagine", "Blame",
                                 "Listen", "Let", "Allow", "Compare", "Contrast", "Note", "Notice", "Suppose", "Picture"})


def without_opening_capitals(toks: list[str]) -> list[str]:
    """A tabloid's opening capitals on a first name ("KELLY Osbourne has blasted …") are
    the name written in capitals: the first name title-cased; acronyms ("NBC News") stay."""
    if len(toks) > 1 and toks[0].isupper() and toks[0].lower() in FIRST_NAMES and toks[1][:1].isupper() \
            and not toks[1].isupper():
        return [toks[0].title()] + list(toks[1:])
    return list(toks)


def unusual_full_name(name: str) -> bool:
    """"Holger Schmieding" (of Berenberg): two or three capitalised words, none an
    everyday word, are a person's name even with a first name the lexicon lacks."""
    words = name.split()
    return 2 <= len(words) <= 3 and not any(everyday_word(w.lower(), _NAME_WORD_ZIPF) for w in words)


_NAME_WORD_ZIPF = 4.0   # "golden" 4.7, "gate" 4.5; "Holger" 2.6, "Schmieding" 0
