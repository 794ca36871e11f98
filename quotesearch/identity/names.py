"""Reading one speaker string as the registry compares it: a person's name parts,
an organisation's key, or the reason it is no name at all.

A speaker string comes from one article ("Republican Donald Trump", "Sen.
Bernie Sanders", "Chinese Ambassador to Russia Zhang Hanhui", "the poll").
Titles, offices, parties and epithets before a name are not part of it
(`extract.names.split_title_name` cuts offices; the words it leaves are
dropped here from a table); `nameparser` then reads what is left into first,
middle and last names and a suffix ("Joseph R. Biden Jr."), which it does for
far more shapes than a pattern of ours would (particles, suffixes, initials,
nicknames in quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from nameparser import HumanName
from nameparser.config import CONSTANTS as _NAMEPARSER

from ..extract.gender import FIRST_NAMES
from ..extract.lexicon import (
    ALL_PRONOUNS, BARE_AFFILIATIONS, DESCRIPTOR_NOUNS, DETERMINERS, GENERIC_PERSON_NOUNS,
    HONORIFICS, PREPOSITIONS, TITLE_WORDS, DEMONYMS, in_any,
)
from ..extract.names import split_title_name, tokens
from .nicknames import first_name_keys

# Words that may stand before a person's name in a speaker string without being
# part of it: epithets, quantifiers, "former", conjunctions left by a broken subject.
_EPITHETS = frozenset("""
billionaire millionaire tycoon mogul magnate businessman businesswoman comedian actor actress
singer rapper star celebrity author writer novelist journalist broadcaster pundit talk-show
radio tv television host anchor conservative liberal progressive evangelical televangelist
former ex ex- then late acting interim incoming outgoing outspoken embattled veteran longtime
top fellow rival gop presidential candidate candidates hopeful contender frontrunner
front-runner nominee challenger incumbent retired disgraced convicted controversial
neither nor both either and but or also even only not so yet still when while as
presumptive leading plus liberals conservatives moderates pres pres. whether although
because unless though widow widower challenger
""".split())
_DROPPED_BEFORE_NAME = (_EPITHETS | BARE_AFFILIATIONS | DESCRIPTOR_NOUNS | DETERMINERS
                        | HONORIFICS | TITLE_WORDS | {"democrats", "republicans", "celebrities"}
                        | {noun + "s" for noun in DESCRIPTOR_NOUNS | _EPITHETS if not noun.endswith("s")})
# (a plural before a name heads a list: "Celebrities Julianne Moore and …", "Actors Tom Hanks")
_DROPPED_BARE = frozenset(w.rstrip(".") for w in _DROPPED_BEFORE_NAME)

# One-word strings that are never a speaker's name even when capitalised.
_NOT_NAMES = frozenset("""
one i i'm im it he she they we you someone somebody anyone everyone nobody none other others
another each every some many most all several few both neither either this that these those
here there throughout meanwhile however still yet also even only just later earlier today
yesterday tomorrow now then thus hence indeed instead overall ultimately finally first second
post times news md md. sen sen. rep rep. gov gov. mr mr. mrs mrs. ms ms. dr dr. lord sir
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split()) | BARE_AFFILIATIONS | ALL_PRONOUNS | {"democrats", "republicans", "conservatives",
                                                 "liberals", "independents", "progressives"}
_NOT_NAMES_UNDOTTED = _NOT_NAMES | {w.strip(".") for w in _NOT_NAMES}   # "Md." as "md"

# Words of a clause: a speaker string holding one is a fragment, not a name.
_CLAUSE_WORDS = frozenset("""
in his her their its at on with from during after before about said says told who which that
was were is are has have had will would could should did does
""".split())

_CAPITALISED = re.compile(r"^[A-Z\u00C0-\u024F]")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")


@dataclass(frozen=True)
class PersonName:
    """A person's name as the registry compares it."""

    first: str                   # "Donald"; "" when the string is one word
    middles: tuple[str, ...]     # ("J.",), ("Rodham",), ("H.W.",)
    last: str                    # "Trump"; the only word of a one-word name
    suffix: str                  # "jr", "sr", "iii"; "" when none
    cleaned: str                 # "Donald J. Trump": titles and epithets removed

    @property
    def middle_initials(self) -> str:
        """"J", "HW", "R": what two spellings of a middle name share."""
        return "".join(c for m in self.middles for c in m if c.isupper())

    @property
    def first_keys(self) -> frozenset[str]:
        return first_name_keys(self.first)

    @property
    def short(self) -> str:
        """"Donald Trump", "Debbie Wasserman Schultz": the name without titles and
        middle initials."""
        middles = [m for m in self.middles if not _INITIAL.match(m)]
        parts = [self.first, *middles, self.last] + ([_SUFFIX_SHOWN[self.suffix]] if self.suffix else [])
        return " ".join(p for p in parts if p)


# words nameparser reads as titles ("Judicial" in "Judicial Watch" is not a first name)
_NAMEPARSER_TITLES = frozenset(t.lower() for t in _NAMEPARSER.titles)
_SUFFIX_SHOWN = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}


def _suffix_key(text: str) -> str:
    key = text.lower().replace(".", "").replace(",", "").strip()
    return key if key in _SUFFIX_SHOWN else ""


def _word_key(word: str) -> str:
    return word.lower().removesuffix("’s").removesuffix("'s")


def not_a_name(name: str, kind: Optional[str]) -> Optional[str]:
    """Why ``name`` is no speaker's name ("a pronoun", "a description", …), or None."""
    words = name.split()
    if not words:
        return "empty"
    if kind not in ("person", "group", "document") and len(words) > 1 and words[0] == "the":
        words = words[1:]                       # "the State Department"
        name = " ".join(words)
    if not _CAPITALISED.match(name):
        return "a description"                  # "the poll", "officials", "his campaign"
    if len(words) == 1 and _word_key(words[0]).strip(".") in _NOT_NAMES_UNDOTTED \
            and not (kind == "organization" and name.isupper() and len(name) > 2):
        return "not a name"                     # "One", "Republican", "I'm", "Md." (the GOP speaks)
    if all(in_any(_word_key(w), _DROPPED_BEFORE_NAME, _NOT_NAMES, GENERIC_PERSON_NOUNS) for w in words) \
            and not (kind == "organization" and name.isupper()):
        return "a description"                  # "Some Democrats", "Senate Republicans"
    if len(words) > 1 and name.isupper() and kind in ("person", "group"):
        return "page furniture"                 # "FULL TEXT", "CARSON CASH CONTINUED"
    if name.upper() in _GENERIC_ACRONYMS or (
            kind == "document" and len(words) == 2 and words[0].upper() in _GENERIC_ACRONYMS
            and words[1].lower() in _DOCUMENT_NOUNS):
        return "a description"                  # "PAC", "CEO", "IG review": which one?
    if _PARTY_AND_STATE.match(name):
        return "not a name"                     # "R-NY", "D-Calif."
    if _SHARE.match(name):
        return "a share of people"              # "Two-thirds", "About 4 in 10"
    if len(words) == 1 and kind in ("person", "group") and _DEMONYM.match(name) \
            and name.lower() not in FIRST_NAMES and _is_demonym(name):
        return "a people or region"             # "Syrian", "Germans", "Southern"
    if kind == "group" and len(words) == 1:
        return "a description"                  # "Russians", "Millennials", "Workers"
    if kind in ("person", "group") and re.search(r"\s(?:and|&)\s", name):
        return "several speakers"               # "Ted Cruz and Carly Fiorina"
    if kind in ("group", "document") and _described(words):
        return "a description"                  # "Clinton allies", "Trump issued a statement"
    if kind not in ("person", "group", "document") and \
            _described(_SPEAKING_FOR_ITSELF.sub("", name).split(), _ORGANISATION_TAILS):
        return "a fragment"                     # "Cruz campaign on Monday night picked up"
    if len(words) == 1 and len(name) > 3 and name.isupper() and name.isalpha() and \
            kind == "organization" and name.lower() in _SHOUTED_WORDS:
        return "page furniture"                 # "FAREWELL", "TRANSCRIPT"
    if len(words) == 1 and name.lower() in _PAGE_WORDS:
        return "page furniture"                 # "See live results here", "Related:"
    if len(words) <= 2 and _word_key(words[-1]) in _KINDS_OF_BODY and \
            (len(words) == 1 or words[0].lower() in ("a", "an", "the")):
        return "a description"                  # "Court", "Media", "A University": which one?
    if kind == "person" and len(words) == 2 and words[0].lower() in ("the", "a", "an"):
        return "a description"                  # "The Sanders" (campaign), "A Clinton"
    if kind == "person" and len(words) > 1 and words[0].lower() in _OPENING_PREPOSITIONS:
        return "a fragment"                     # "Outside Carrier", "At Trump Tower"
    if kind == "person":
        lowered = [w for w in words if w[:1].islower() and w.lower() not in _NAME_PARTICLES]
        if any(w.lower() in _CLAUSE_WORDS or w.endswith(("ing", "ed")) for w in lowered):
            return "a fragment"                 # "Trump in his announcement speech"
        if person_name(name) is None:
            return "not a name"
    return None


_GENERIC_ACRONYMS = frozenset({"PAC", "SUPER PAC", "CEO", "CFO", "GOP LAWMAKERS", "NGO", "LLC",
                               "IG", "OIG"})
# A preposition opening a person string: a sentence's start, not a name ("Outside
# Carrier, workers said"). ("To" and "Per" are left out: "To Lam", "Per Olsson".)
_OPENING_PREPOSITIONS = (PREPOSITIONS - {"to", "per"}) | {
    "outside", "inside", "behind", "despite", "beyond", "amid", "upon"}
_PARTY_AND_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
# "Two-thirds", "About 4 in 10", "Six in 10", "Fifty-two percent of Iowans":
# shares of people, not people
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SHARE = re.compile(rf"^(?:about |nearly |almost |roughly |some |over |more than )?"
                    rf"(?:\d+(?:\.\d+)?|{_UNITS}|ten|eleven|twelve|"
                    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?)"
                    r"(?:%|[- ](?:half|halves|third|thirds|quarter|quarters|"
                    r"fifth|fifths|in \d+|out of \d+|percent|per cent))", re.IGNORECASE)
# Peoples and regions named by an adjective: "Syrian", "Germans", "Southern"
_DEMONYM = re.compile(r"^[A-Z][a-z]+$")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "de", "&", "-", "/"})
# What a named document is ("the Quinnipiac University poll", "the Pew Research survey").
_DOCUMENT_NOUNS = frozenset("""poll polls survey surveys report study index analysis audit
review statement letter memo lawsuit complaint ruling filing data census""".split())
_PLURAL_DOCUMENTS = frozenset({"polls", "surveys", "reports", "studies", "statements", "data",
                               "figures", "estimates", "records", "documents"})
# Words that open a described group or document ("One poll", "Early analysis").
_QUANTIFIERS = frozenset("""another some many most all one two three several few other plus about
early recent new latest public private internal national state local""".split())


# Lowercase words that may end an organisation speaking ("the Clinton campaign",
# "the Turkish government", "Powell's office").
_ORGANISATION_TAILS = frozenset("""campaign campaigns office team camp administration government
newspaper magazine network agency department ministry committee council board officials
spokesman spokeswoman spokespeople website blog site party""".split())
_SHOUTED_WORDS = frozenset("""farewell transcript partial update updated correction video photo
exclusive breaking related advertisement watch listen read share""".split())
# A page's own words, whatever their case ("See live caucus results here", "Read more"):
# never a speaker.
_PAGE_WORDS = frozenset({"see", "read", "watch", "listen", "click", "subscribe", "related",
                         "advertisement", "update", "updated", "correction", "exclusive"})
# A kind of body, alone and capitalised by a sentence's start ("Court clerks would ...",
# "Media shares blame"): which court, which panel? Bodies a country has one of and news
# names by the bare word ("Congress", "Parliament", "Pentagon", "Senate") are not here.
_KINDS_OF_BODY = frozenset({
    "court", "courts", "media", "panel", "committee", "commission", "council", "board", "agency",
    "company", "firm", "campaign", "network", "newspaper", "magazine", "union", "university",
    "college", "school", "hospital", "church", "team", "press", "industry", "police", "jury"})


def _is_demonym(word: str) -> bool:
    """Whether a capitalised word is a people or a region's adjective ("Syrian",
    "Germans", "Southern")."""
    low = word.lower()
    return low in DEMONYMS or (low.endswith("s") and low[:-1] in DEMONYMS)


def _described(words: list[str], tails: frozenset[str] = _DOCUMENT_NOUNS) -> bool:
    """Whether a group, document or organisation string describes rather than
    names: a lowercase word other than a function word or a final noun after a
    name ("Quinnipiac University poll", "Clinton campaign")."""
    while words and in_any(words[0].lower(), DETERMINERS, _QUANTIFIERS):
        words = words[1:]
    if not words:
        return True
    if tails is _DOCUMENT_NOUNS and len(words) > 1 and words[-1].lower() in _PLURAL_DOCUMENTS:
        return True     # "Iowa polls", "Early polls": several documents, described
    for at, word in enumerate(words):
        if word[:1].isupper() or word.lower() in _FUNCTION_WORDS or not word[:1].isalpha():
            continue
        if at == len(words) - 1 and at > 0 and word.lower() in tails:
            continue
        return True
    return False


def _not_a_first_name(word: str) -> bool:
    """A capitalised word before a first name that is no first name itself: an
    ordinary word ("Commentary", "Senators"), a demonym ("Vermonter"), a brand
    ("DNAinfo"). "Billie" (Jean King) is rare as a word: kept."""
    from wordfreq import zipf_frequency
    low = word.lower()
    if low in _NAME_PARTICLES or _INITIAL.match(word):
        return False
    return zipf_frequency(low, "en") >= 3.8 or bool(re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]", word)) \
        or low.endswith(("-based", "-born", "ter", "ner")) or _is_demonym(word)


_NAME_PARTICLES = frozenset({"de", "da", "di", "van", "von", "bin", "al", "el", "le", "la", "du",
                             "del", "der", "den", "ter", "ibn", "abu", "y", "dos", "das"})


def _particle_as_first_name(word: str, at: int) -> bool:
    """"Al" of "Al Sharpton", "Al Gore": a capitalised particle that the name tables
    know as a first name, first of two words ("al-Assad", "de Blasio" are particles)."""
    low = word.lower()
    return at == 0 and word[:1].isupper() and "-" not in word and \
        (low in FIRST_NAMES or len(first_name_keys(word)) > 1)


def _words_before_first_name(name_toks: list[str]) -> int:
    """How many words of a role stand before a name ("Intelligence Ranking Democrat
    Dianne Feinstein": 3): three or more capitalised words, none a first name,
    each an everyday word, a party or a demonym, with two words or more after them,
    the first of which is a first name or no everyday word.
    (One and two such words before a known first name are cut by the rules above.)"""
    at = 0
    while at < len(name_toks) - 2:
        word = name_toks[at]
        if not word[:1].isupper() or word.lower() in FIRST_NAMES or _INITIAL.match(word) or \
                not (_word_key(word).rstrip(".") in _DROPPED_BARE or _not_a_first_name(word)):
            break
        at += 1
    if at < 3:
        return 0
    first = name_toks[at]
    # what follows must read as a name: "Biden Aims Insult At Trump" is a headline
    return at if first.lower() in FIRST_NAMES or not _not_a_first_name(first) else 0


@lru_cache(maxsize=200_000)
def person_name(name: str) -> Optional[PersonName]:
    """The name parts of a person speaker string, titles and epithets dropped;
    None when no name is left."""
    toks = [t for t in tokens(name) if t not in (",",)]
    # leading epithets and parties: "Billionaire Donald Trump", "Neither Donald J. Trump"
    while len(toks) > 1 and (_word_key(toks[0]).rstrip(".") in _DROPPED_BARE or
                             (len(toks[0]) > 5 and toks[0].lower().endswith(("ing", "ed"))
                              and toks[0].lower() not in FIRST_NAMES)):     # not "Mohamed", "Channing"
        if len(toks) == 2 and toks[0].lower() in FIRST_NAMES:
            break           # "Dean Baker": a title that is also a first name, before one name
        toks = toks[1:]     # "Entrusting Donald Trump", "Continued Stone": a sentence's words
    # "al-Assad", "bin-Salman": capitalised while titles are cut, as written after
    hidden = {t[:1].upper() + t[1:]: t for t in toks
              if "-" in t and t.split("-", 1)[0].lower() in _NAME_PARTICLES and t[:1].islower()}
    _, name_toks = split_title_name([t[:1].upper() + t[1:] if t in hidden.values() else t
                                     for t in toks])
    name_toks = [hidden.get(t, t) for t in name_toks]
    if not name_toks and 2 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks):
        name_toks = toks        # "Kim Jong Un": a last word that is also an office's ("UN")
    while len(name_toks) > 1 and _word_key(name_toks[0]).rstrip(".") in _DROPPED_BARE \
            and name_toks[0].lower() not in FIRST_NAMES:
        name_toks = name_toks[1:]
    if len(name_toks) >= 4 and name_toks[2].lower() in FIRST_NAMES and \
            not {t.lower() for t in name_toks[:2]} & FIRST_NAMES and \
            all(t[:1].isupper() and not _INITIAL.match(t) for t in name_toks[:2]):
        # "Benghazi Widow Dorothy Woods", "Action Forum Douglas Holtz-Eakin"
        name_toks = name_toks[2:]
    name_toks = name_toks[_words_before_first_name(name_toks):]
    if len(name_toks) >= 3 and name_toks[0].lower() not in FIRST_NAMES \
            and name_toks[1].lower() in FIRST_NAMES and _not_a_first_name(name_toks[0]):
        # "Vermonter Bernie Sanders", "Commentary Noah Rothman": a word of the outlet or
        # an epithet before a first name
        name_toks = name_toks[1:]
    if any(not (t[:1].isupper() or t.lower() in _NAME_PARTICLES or _suffix_key(t)
                or t.split("-", 1)[0].lower() in _NAME_PARTICLES) for t in name_toks):
        return None         # lowercase words: a fragment ("al-Assad" is a name)
    cleaned = " ".join(name_toks).replace(" ,", ",")
    if len(name_toks) == 1:
        word = name_toks[0]
        if in_any(_word_key(word).strip("."), _NOT_NAMES, _DROPPED_BEFORE_NAME) or _INITIAL.match(word):
            return None
        return PersonName("", (), word.removesuffix("’s").removesuffix("'s"), "", word)
    if len(name_toks) == 2 and not any(_suffix_key(t) or (t.lower() in _NAME_PARTICLES
                                                          and not _particle_as_first_name(t, at))
                                       or t.lower().strip(".") in _NAMEPARSER_TITLES
                                       for at, t in enumerate(name_toks)):
        # "Donald Trump": first and last; nameparser is for the shapes that need it
        first, middles, last, suffix = name_toks[0], (), name_toks[1], ""
        if _INITIAL.match(first):
            return PersonName("", (), last, "", cleaned)
        return PersonName(first, middles, last, suffix, cleaned)
    parsed = HumanName(cleaned)
    first, last = parsed.first, parsed.last
    middles = tuple(parsed.middle.split())
    suffix = _suffix_key(parsed.suffix.split()[0]) if parsed.suffix else ""
    plain = [t for t in name_toks if not _suffix_key(t)]
    if plain and plain[0].lower() in _NAME_PARTICLES:
        first, middles, last = "", (), " ".join(plain)         # "De Blasio"
    elif not first and len(plain) > 1:
        # nameparser read a word as a title ("Judicial Watch"): the words are the name
        first, middles, last = plain[0], tuple(plain[1:-1]), plain[-1]
    if not last:
        if not first:
            return None
        first, last = "", first
    if _INITIAL.match(first or "x") or _INITIAL.match(last):
        # "J. Smith", "Smith J.": too little to tell people apart by
        return PersonName("", (), last, suffix, cleaned) if not _INITIAL.match(last) else None
    return PersonName(first, middles, last, suffix, cleaned)


# -- organisations -----------------------------------------------------------

_COUNTRY_FORMS = {
    "us": "us", "u.s.": "us", "u.s": "us", "usa": "us", "u.s.a.": "us", "american": "us",
    "united states": "us", "america": "us", "america's": "us", "us's": "us",
    "uk": "gb", "u.k.": "gb", "britain": "gb", "british": "gb", "united kingdom": "gb",
    "china": "cn", "chinese": "cn", "china's": "cn", "russia": "ru", "russian": "ru",
    "russia's": "ru", "japan": "jp", "japanese": "jp", "japan's": "jp", "india": "in",
    "indian": "in", "india's": "in", "france": "fr", "french": "fr", "france's": "fr",
    "germany": "de", "german": "de", "germany's": "de", "iran": "ir", "iranian": "ir",
    "iran's": "ir", "israel": "il", "israeli": "il", "israel's": "il", "ukraine": "ua",
    "ukrainian": "ua", "ukraine's": "ua", "canada": "ca", "canadian": "ca", "canada's": "ca",
    "mexico": "mx", "mexican": "mx", "mexico's": "mx", "turkey": "tr", "turkish": "tr",
    "turkey's": "tr", "pakistan": "pk", "pakistani": "pk", "pakistan's": "pk",
    "north korea": "kp", "north korean": "kp", "north korea's": "kp", "south korea": "kr",
    "south korean": "kr", "south korea's": "kr", "saudi": "sa", "saudi arabia": "sa",
    "saudi arabia's": "sa", "syria": "sy", "syrian": "sy", "syria's": "sy",
    "australia": "au", "australian": "au", "australia's": "au", "brazil": "br",
    "brazilian": "br", "brazil's": "br", "italy": "it", "italian": "it", "italy's": "it",
    "spain": "es", "spanish": "es", "spain's": "es", "egypt": "eg", "egyptian": "eg",
    "egypt's": "eg", "cuba": "cu", "cuban": "cu", "cuba's": "cu", "venezuela": "ve",
    "venezuelan": "ve", "venezuela's": "ve", "taiwan": "tw", "taiwanese": "tw",
    "taiwan's": "tw", "vietnam": "vn", "vietnamese": "vn", "vietnam's": "vn",
}
_ORG_DROP = frozenset({"the", "a", "an"})
# A capital standing for its country's government ("Beijing said", "Moscow denied").
_CAPITALS = {"washington": "us", "beijing": "cn", "moscow": "ru", "kremlin": "ru", "tokyo": "jp",
             "new delhi": "in", "paris": "fr", "berlin": "de", "tehran": "ir", "jerusalem": "il",
             "kyiv": "ua", "kiev": "ua", "ottawa": "ca", "mexico city": "mx", "ankara": "tr",
             "islamabad": "pk", "pyongyang": "kp", "seoul": "kr", "riyadh": "sa", "damascus": "sy",
             "canberra": "au", "brasilia": "br", "rome": "it", "madrid": "es", "cairo": "eg",
             "havana": "cu", "caracas": "ve", "taipei": "tw", "hanoi": "vn", "london": "gb"}
# What a country's state calls itself: with the country's name, its government speaking.
_STATE_WORDS = frozenset({"government", "administration", "authorities", "republic", "kingdom",
                          "federation", "state", "islamic republic", "people's republic",
                          "federal republic", "commonwealth"})
_OFFICE_OF = re.compile(r"^(department|ministry|office|bureau|secretariat) of (?:the )?(.+?)(?: affairs)?$")
_SPEAKING_FOR_ITSELF = re.compile(r"(?:['’]s)? (?:editorial board|editorial page|editors|editorial)$",
                                  re.IGNORECASE)


# Outlets' short names as news writes them (a table: nothing in the letters says so).
_OUTLET_SHORT_FORMS = {"huffpo": "huffington post", "huffpost": "huffington post",
                       "huffpollster": "huffington post pollster", "wapo": "washington post"}


_STAFF = re.compile(r"^(?:.*\s)?([a-z][a-z\-]*?)(?:'s|')?\s(campaign|team|camp|office|aides)$")
_CAMPAIGN_FOR = re.compile(r"^(campaign|team) for ([a-z][a-z\-]*)$")
_STAFF_KINDS = {"campaign": "campaign", "team": "campaign", "camp": "campaign", "office": "office",
                "aides": "campaign"}


@dataclass(frozen=True)
class OrganisationName:
    country: str          # ISO-like code of a country named in it ("us"), or ""
    key: str              # the rest, normalised: "state department", "foreign ministry"
    acronym: str          # "CDC" for a name all in capitals, else ""
    cleaned: str          # "State Department": leading article dropped

    @property
    def full_key(self) -> str:
        return f"{self.country}:{self.key}"


# The country forms, longest first: the one an organisation's name opens or ends with
# is the longest that fits ("united states" before "states")
_FORM_RANK = {form: rank for rank, form in enumerate(sorted(_COUNTRY_FORMS, key=len, reverse=True))}


def _country_affix(low: str) -> tuple[Optional[str], bool]:
    """The longest country form ``low`` opens with (then a space) or ends with after
    "of" or "of the", and whether it opens it: ("chinese", True) for "chinese foreign
    ministry", ("china", False) for "embassy of china"; (None, False) for none. Looked
    up by the words at either end instead of trying every form."""
    found: list[tuple[int, bool, str]] = []
    words = low.split(" ")
    for n in range(1, len(words)):
        form = " ".join(words[:n])
        if form in _FORM_RANK:
            found.append((_FORM_RANK[form], False, form))
    at = low.find(" of ")
    while at != -1:
        rest = low[at + 4:]
        for form in (rest, rest[4:] if rest.startswith("the ") else None):
            if form is not None and form in _FORM_RANK:
                found.append((_FORM_RANK[form], True, form))
        at = low.find(" of ", at + 1)
    if not found:
        return None, False
    _, trailing, form = min(found)     # (an opening form before a closing one of the same rank)
    return form, not trailing


@lru_cache(maxsize=200_000)
def organisation_name(name: str) -> Optional[OrganisationName]:
    words = name.split()
    if len(words) > 2 and words[0].isupper() and words[1] in ("―", "—", "--", "-"):
        words = words[2:]                # "PHILADELPHIA ― Hillary Clinton's campaign"
    for at in range(1, len(words) - 1):
        if words[at] == "The" and words[at - 1].endswith("."):
            words = words[at:]           # "Va. The Pentagon": a sentence's end before it
            break
    while words and words[0].lower() in _ORG_DROP:
        words = words[1:]
    if not words:
        return None
    cleaned = " ".join(words)            # as written, for showing
    words = cleaned.replace("’", "'").split()
    if " ".join(words).lower() in _COUNTRY_FORMS:
        # "US", "the U.S.", "China": the country's government speaking
        return OrganisationName(_COUNTRY_FORMS[" ".join(words).lower()], "government", "", cleaned)
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&\-]{1,7}", words[0]):
        return OrganisationName("", words[0].lower(), words[0].replace("-", ""), cleaned)
    low = " ".join(words).lower()
    low = _SPEAKING_FOR_ITSELF.sub("", low)
    country = ""
    form, leading = _country_affix(low)
    if form is not None:
        country = _COUNTRY_FORMS[form]
        low = low[len(form) + 1:] if leading else low.rsplit(" of ", 1)[0]
    if low in _COUNTRY_FORMS or low in _CAPITALS:
        # "China", "Beijing", "the Chinese government": the country's government speaking
        return OrganisationName(_COUNTRY_FORMS.get(low) or _CAPITALS[low], "government", "", cleaned)
    if country and low in _STATE_WORDS:
        low = "government"          # "the Republic of Turkey", "the Russian Federation"
    office = _OFFICE_OF.match(low)
    if office:
        low = f"{office.group(2)} {office.group(1)}"      # "department of state" = "state department"
    low = low.replace("foreign affairs ministry", "foreign ministry")
    campaign_for = _CAMPAIGN_FOR.match(low)
    if campaign_for:
        low = f"{campaign_for.group(2)} {campaign_for.group(1)}"   # "the campaign for Trump" = "the Trump campaign"
    staff = _STAFF.match(low)
    if staff:
        # "Hillary Clinton's campaign", "Clinton's team", "the Clinton campaign": one
        low = f"{staff.group(1)} {_STAFF_KINDS[staff.group(2)]}"
    if low.startswith("ny "):
        low = "new york " + low[3:]
    low = " ".join(_OUTLET_SHORT_FORMS.get(word, word) for word in low.split())
    if low.endswith((" poll", " survey")):
        # "Another recent NBC / Wall Street Journal poll" is the NBC-Wall Street Journal poll
        low = _JOINT.sub("/", _ANOTHER.sub("", low))
    return OrganisationName(country, " ".join(low.split()), "", cleaned)


_ANOTHER = re.compile(r"^(?:(?:another|recent|latest)\s+)+(?=\S+\s+\S)")
_JOINT = re.compile(r"\s*(?:/|-|–)\s*")


def initials(name: str) -> set[str]:
    """The acronyms a multi-word organisation name may go by: the initials of its
    words with and without the small ones ("Centers for Disease Control" -> CFDC, CDC)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return set()
    small = {"of", "for", "and", "the", "on", "in", "to", "at", "&"}
    every = "".join(w[0] for w in words if w[0].isalpha()).upper()
    content = "".join(w[0] for w in words if w.lower() not in small and w[0].isalpha()).upper()
    found = {every, content}
    # an acronym older than the name's last words: "Centers for Disease Control
    # and Prevention" is still the CDC
    if len(content) > 3:
        found.add(content[:-1])
    return found
