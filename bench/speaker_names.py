"""Independent judges of a speaker registry, for `bench/speakers.py`:
is a registry name a name at all (`not_a_name`), and are two registry entries
the same person or organisation (`same_speaker`, `duplicates`).

Written apart from the extraction and identity code on purpose (nothing from
`quotesearch.extract` or `quotesearch.identity` is imported): a judge that
shared their word lists and rules would agree with their mistakes. The rules
are deliberately conservative where a wrong "same person" is costly (a
generational suffix or two different middle names keep entries apart) and
state their reason, so a human can check every flag.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PARTIES = {"republican", "republicans", "democrat", "democrats", "democratic", "gop",
           "independent", "libertarian", "conservative", "conservatives", "liberal",
           "liberals", "progressive", "progressives", "tory", "tories", "labour"}
# Single-word "GOP" is the party speaking (an organisation), so it is not junk
# on its own; it only counts as a descriptor stuck to a person's name.
PARTY_ORGANISATIONS = {"gop"}

NATIONALITIES = {
    "american", "americans", "chinese", "russian", "russians", "british", "french", "german",
    "germans", "japanese", "korean", "koreans", "iranian", "iranians", "israeli", "israelis",
    "palestinian", "palestinians", "mexican", "mexicans", "canadian", "syrian", "iraqi",
    "afghan", "saudi", "turkish", "indian", "pakistani", "ukrainian", "european", "europeans",
    "african", "arab", "cuban", "italian", "spanish", "brazilian", "australian", "egyptian",
    "venezuelan", "taiwanese", "vietnamese", "philippine", "filipino", "nigerian", "qatari",
    "emirati", "hispanic", "latino", "latina", "asian", "western", "northern", "southern",
    "eastern", "u.s.", "us", "un", "u.n."}

PRONOUNS = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "he", "him",
            "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
            "who", "whom", "whose", "someone", "somebody", "anyone", "anybody", "everyone",
            "everybody", "nobody", "none", "himself", "herself", "themselves", "itself",
            "myself", "ourselves", "yourself"}

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "two", "three",
               "some", "many", "most", "several", "few", "all", "both", "either", "neither",
               "each", "every", "another", "other", "others", "such", "no", "any", "more",
               "much", "own", "same"}

# Words that open a sentence and so come out capitalised, but never name anyone.
SENTENCE_WORDS = {
    "and", "but", "or", "so", "yet", "then", "also", "still", "even", "just", "only",
    "however", "meanwhile", "moreover", "furthermore", "nevertheless", "instead",
    "throughout", "though", "although", "while", "when", "where", "why", "how", "what",
    "after", "before", "since", "until", "because", "if", "unless", "as", "at", "by",
    "for", "from", "in", "into", "of", "on", "to", "with", "without", "about", "among",
    "during", "despite", "under", "over", "there", "here", "now", "today", "yesterday",
    "tomorrow", "last", "next", "first", "second", "later", "earlier", "again", "yes",
    "okay", "ok", "well", "please", "thanks", "thank", "sources", "source", "officials",
    "post", "news", "report", "reports", "statement", "people", "critics", "supporters",
    "aides", "experts", "analysts", "voters", "residents", "witnesses", "police",
    # page furniture
    "transcript", "partial", "full", "text", "update", "updated", "correction", "video",
    "photo", "exclusive", "breaking", "related", "advertisement", "editor's", "note"}

# Office titles and honorifics: stripped before names are compared; alone (or a
# title with no name after it) they are a role fragment.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
    "governor", "lt", "president", "vice", "vice-president", "secretary", "minister",
    "prime", "premier", "chancellor", "mayor", "judge", "justice", "chief", "gen", "general",
    "adm", "admiral", "col", "colonel", "capt", "captain", "sgt", "sergeant", "maj", "major",
    "cmdr", "commander", "amb", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "speaker", "leader", "chairman", "chairwoman", "chair", "director", "attorney",
    "atty", "candidate", "nominee", "rev", "reverend", "pope", "king", "queen", "prince",
    "princess", "sheikh", "ayatollah", "former", "then", "then-president", "then-sen",
    "acting", "deputy", "assistant", "sec", "supt", "pres", "presidential",
    "hon", "honorable", "the", "first", "madam", "madame"}

# Occupations and other descriptors news writes before a name ("Comedian Sarah
# Silverman", "Billionaire Donald Trump"): a person's name does not start so.
DESCRIPTORS = {
    "billionaire", "businessman", "businesswoman", "comedian", "actor", "actress", "singer",
    "rapper", "author", "writer", "novelist", "journalist", "reporter", "columnist",
    "commentator", "pundit", "host", "anchor", "pollster", "strategist", "consultant",
    "activist", "economist", "historian", "scientist", "lawyer", "attorney", "doctor",
    "surgeon", "neurosurgeon", "pastor", "preacher", "evangelist", "televangelist",
    "entrepreneur", "investor", "mogul", "tycoon", "developer", "lawmaker", "legislator",
    "politician", "candidate", "hopeful", "contender", "rival", "opponent", "challenger",
    "incumbent", "frontrunner", "front-runner", "veteran", "retired", "outgoing",
    "incoming", "embattled", "longtime", "fellow", "freshman", "moderate", "firebrand",
    "filmmaker", "producer", "star", "celebrity", "founder", "ceo", "executive", "unlike",
    "like", "nor"}

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday"}

STATE_ABBREVIATIONS = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h",
    "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn",
    "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d-calif", "r-texas"}

# Verbs and auxiliaries: a registry name holding one is a clause, not a name.
VERBS = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "said", "says", "say", "told", "tells", "tell", "added", "asked", "wrote",
    "writes", "noted", "explained", "argued", "claimed", "insisted", "stated", "declared",
    "announced", "believes", "believe", "think", "thinks", "thought", "know", "knows",
    "knew", "want", "wants", "wanted", "going", "went", "got", "get", "gets", "made",
    "make", "makes", "called", "calls", "speaking", "spoke", "according", "replied",
    "responded", "warned", "suggested", "continued", "predicted", "agreed", "tweeted",
    "posted", "i'm", "it's", "he's", "she's", "that's", "there's", "we're", "they're",
    "don't", "doesn't", "didn't", "isn't", "wasn't", "won't", "can't"}

# Words that make a name an organisation's ("Chinese Foreign Ministry" is not a
# nationality stuck to a person).
ORGANISATION_WORDS = {
    "ministry", "department", "dept", "office", "agency", "administration", "committee",
    "commission", "council", "party", "campaign", "government", "embassy", "consulate",
    "court", "congress", "senate", "house", "parliament", "assembly", "bureau", "service",
    "services", "institute", "institution", "university", "college", "school", "center",
    "centre", "centers", "foundation", "association", "union", "federation", "league",
    "organization", "organisation", "group", "network", "news", "times", "post", "journal",
    "press", "media", "corporation", "corp", "inc", "company", "co", "bank",
    "fund", "board", "authority", "police", "army", "navy", "military", "forces", "force",
    "guard", "pentagon", "kremlin", "caucus", "coalition", "alliance", "project", "trust",
    "club", "society", "television", "radio", "tv", "magazine", "tribune",
    "herald", "gazette", "review", "daily", "weekly", "channel", "reuters", "xinhua",
    "secretariat", "cabinet", "regime", "republic", "kingdom", "nations",
    "states", "convention", "program", "programme", "initiative", "watch", "pac", "superpac", "fec",
    "editorial", "staff", "team", "spokesman", "spokeswoman", "spokesperson"}

# Lower-case words allowed inside an organisation's name, and particles inside
# a person's ("Bill de Blasio", "Ludwig van Beethoven").
ORGANISATION_FUNCTION_WORDS = {"of", "for", "and", "the", "on", "in", "to", "at", "&", "de"}
NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la",
                  "le", "bin", "ibn", "al", "el", "y", "dos", "das", "ter", "ten", "st."}

SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}

# First-name forms of one given name (each maps to a shared canonical form).
# Only the unambiguous ones: "Ted" is Edward (Kennedy) or, for Ted Cruz,
# Rafael Edward, so "Rafael" is deliberately not here; "Al" is left out.
NICKNAMES = {
    "bernie": "bernard", "joe": "joseph", "joey": "joseph", "bill": "william",
    "billy": "william", "will": "william", "willie": "william", "mike": "michael",
    "mikey": "michael", "bob": "robert", "bobby": "robert", "rob": "robert",
    "jim": "james", "jimmy": "james", "jamie": "james", "tom": "thomas", "tommy": "thomas",
    "chris": "christopher", "dick": "richard", "rick": "richard", "rich": "richard",
    "ted": "edward", "ed": "edward", "eddie": "edward", "ned": "edward",
    "mitch": "mitchell", "chuck": "charles", "charlie": "charles", "liz": "elizabeth",
    "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "katie": "katherine",
    "kathy": "kathleen", "newt": "newton", "dan": "daniel", "danny": "daniel",
    "dave": "david", "ben": "benjamin", "ken": "kenneth", "kenny": "kenneth",
    "matt": "matthew", "nick": "nicholas", "pat": "patrick", "steve": "steven",
    "tony": "anthony", "andy": "andrew",
    "alex": "alexander", "sam": "samuel", "tim": "timothy", "jerry": "gerald",
    "larry": "lawrence", "ron": "ronald", "don": "donald", "greg": "gregory",
    "jeff": "jeffrey", "geoff": "jeffrey", "fred": "frederick", "hank": "henry",
    "jack": "john", "johnny": "john", "peggy": "margaret",
    "maggie": "margaret", "becky": "rebecca", "sue": "susan",
    "debbie": "deborah", "jenny": "jennifer", "jen": "jennifer", "vicky": "victoria",
    "walt": "walter", "ray": "raymond"}

_MAX_NAME_WORDS = 6
_INITIAL = re.compile(r"^(?:[a-z]\.)+$|^[a-z]$")
_ACRONYM = re.compile(r"^[A-Z](?:\.?[A-Z]){1,6}\.?$")
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")     # "R-Ky.", "D-Calif."
_DESCRIPTOR_SUFFIX = ("-born", "-based", "-backed", "-led", "-era")
# A subject's last word before an office-holder's name ("Secretary of State John
# Kerry" cut after "of"): a role fragment.
ROLE_TAILS = {"affairs", "relations", "elections", "security", "intelligence", "state",
              "commerce", "treasury", "energy", "defense", "labor", "transportation"}
_CONTRACTION = re.compile(r"(?:'|’)(?:m|re|ve|ll|d)$|n(?:'|’)t$", re.IGNORECASE)


def fold(text: str) -> str:
    """Case, accents and curly apostrophes folded; spaces normalised."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _bare(word: str) -> str:
    """A word folded, without the trailing full stop or comma of "Sen." / "Jr.,"."""
    return fold(word).strip(",;:").rstrip(".")


def is_organisation(name: str) -> bool:
    words = [_bare(w) for w in name.split()]
    return bool(_ACRONYM.match(name.strip())) or any(w in ORGANISATION_WORDS for w in words)


def _is_prefix_word(word: str) -> bool:
    """A word news puts before a name that is not part of it."""
    return (word in TITLES or word in PARTIES or word in NATIONALITIES or word in DESCRIPTORS
            or word in DETERMINERS or word in SENTENCE_WORDS)


def not_a_name(name: str) -> str | None:
    """Why ``name`` is not the name of a person or organisation, or None when
    it reads as one. Honorific and office-title prefixes ("Mr. Trump", "Sen. Ted
    Cruz") are name forms and pass here (`same_person_reason` strips them); a
    party, nationality, occupation or sentence word stuck before a name does not."""
    words = name.split()
    if not words or not re.search(r"[^\W\d_]", name):
        return "no letters"
    bare = [_bare(w) for w in words]
    if len(words) > _MAX_NAME_WORDS:
        return f"clause ({len(words)} words)"
    for raw, word in zip(words, bare):
        # Capitalised "Will", "May", "Mark" are names (Will Hurd, Theresa May).
        if (raw[:1].islower() and word in VERBS) or _CONTRACTION.search(word):
            return f"clause (verb {word!r})"
    if re.search(r"[\"“”:;!?()]", name):
        return "punctuation of a sentence"
    organisation = is_organisation(name)
    if bare[-1].endswith("'s") and not organisation:
        return "possessive"
    for i, word in enumerate(bare[:-1]):
        rest = " ".join(words[i + 1:])
        if word.endswith(("'s", "s'")) and len(words) - i > 2 and not is_organisation(rest):
            return f"owner stuck to the name ({' '.join(words[:i + 1])!r})"
    if any(w.endswith(_DESCRIPTOR_SUFFIX) for w in bare):
        return "descriptor stuck to the name"
    if len(words) == 1:
        return _single_word_reason(bare[0], words[0], organisation)
    body = words[1:] if bare[0] == "the" else words
    body_bare = [_bare(w) for w in body]
    if body[0][:1].islower() and body_bare[0] not in NAME_PARTICLES:
        return "lowercase description"
    for raw, word in zip(body, body_bare):
        if word in PRONOUNS and (raw[:1].islower() or raw == "I"):     # not "the US"
            return f"description (pronoun {word!r})"
    allowed_lower = (ORGANISATION_FUNCTION_WORDS | ORGANISATION_WORDS if organisation
                     else NAME_PARTICLES)
    for raw, word in zip(body[1:], body_bare[1:]):
        if raw[:1].islower() and word not in allowed_lower and not raw.startswith(("al-", "el-")):
            return f"description or clause (lowercase {word!r})"
    if bare[-1] in TITLES - {"the"} or bare[-1] in PARTIES:
        return f"role fragment (ends with {words[-1]!r})"
    if all(w in TITLES or _INITIAL.match(w) for w in bare):
        return "role fragment (titles only)"
    if not organisation:
        first = body_bare[0]
        if first in ("former", "then") and len(body) == 2:
            return f"role fragment ({name!r})"
        if first in ROLE_TAILS and len(body) > 2:
            return f"role fragment (starts with {body[0]!r})"
        if first in PARTIES:
            return f"party stuck to the name ({body[0]!r})"
        # "German Ortega" may be a name; "the US" is a country speaking.
        if first in NATIONALITIES and len(body) != 2 and not _ACRONYM.match(body[0]):
            return f"nationality stuck to the name ({body[0]!r})"
        if first in DESCRIPTORS:
            return f"descriptor stuck to the name ({body[0]!r})"
        if first in DETERMINERS or first in SENTENCE_WORDS or first in MONTHS:
            return f"sentence word stuck to the name ({body[0]!r})"
    return None


def _single_word_reason(word: str, raw: str, organisation: bool) -> str | None:
    if word in STATE_ABBREVIATIONS or _PARTY_STATE.match(raw):
        return f"place abbreviation ({raw!r})"
    if _ACRONYM.match(raw):
        return None
    if word.split("-")[0] in DETERMINERS:
        return f"determiner or number ({raw!r})"
    if word in PARTIES and word not in PARTY_ORGANISATIONS:
        return f"party word ({raw!r})"
    if word in NATIONALITIES and not _ACRONYM.match(raw):
        return f"nationality ({raw!r})"
    if word in PRONOUNS:
        return f"pronoun ({raw!r})"
    if word in DETERMINERS:
        return f"determiner or number ({raw!r})"
    if word in TITLES or word in DESCRIPTORS:
        return f"title or role alone ({raw!r})"
    if word in MONTHS:
        return f"month or weekday ({raw!r})"
    if word in SENTENCE_WORDS:
        return f"sentence word ({raw!r})"
    if raw[:1].islower() and not organisation:
        return f"lowercase word ({raw!r})"
    if len(word.replace(".", "")) < 2:
        return f"initial alone ({raw!r})"
    return None


@dataclass(frozen=True)
class PersonName:
    """A person's name reduced for comparison: canonical first name, middle
    names/initials, surname (with particles) and generational suffix."""
    first: str
    middles: tuple[str, ...]
    last: str
    suffix: str


def person_name(name: str) -> PersonName | None:
    """``name`` without honorifics, titles, party and descriptor words, or None
    when it is not a person's first-and-last name (one word, an organisation)."""
    if is_organisation(name):
        return None
    raw = [w for w in name.replace(",", " ").split() if _bare(w)]
    while raw and _is_prefix_word(_bare(raw[0])):
        raw.pop(0)
    if any(w[:1].islower() and _bare(w) not in NAME_PARTICLES for w in raw):
        return None     # a description ("the Florida senator"), not a name
    words = [_bare(w) for w in raw]
    suffix = ""
    if words and words[-1] in SUFFIXES:
        suffix = words.pop()
    if len(words) < 2:
        return None
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1] in NAME_PARTICLES:
        last_start -= 1
    first = words[0]
    if _INITIAL.match(first):
        return None     # "J. Doe": too little to compare
    first = NICKNAMES.get(first, first)
    return PersonName(first, tuple(words[1:last_start]), " ".join(words[last_start:]), suffix)


def _middles_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """"Donald J." ~ "Donald"; "Joseph R." ~ "Joseph Robinette"; "George H.W."
    and "George W." differ."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        short, long_ = sorted((x, y), key=len)
        if not (_INITIAL.match(short) and short.replace(".", "") == long_[:1]):
            return False
    return True


def same_person_reason(a: str, b: str) -> str | None:
    """Why the two names are the same person's, or None when they are not
    (or not surely)."""
    if _written_form(a) == _written_form(b):
        return "same name written differently (case, accents, 'the')"
    pa, pb = person_name(a), person_name(b)
    if pa is None or pb is None:
        return None
    if pa.last != pb.last or pa.suffix != pb.suffix or pa.first != pb.first:
        return None
    if not _middles_compatible(pa.middles, pb.middles):
        return None
    raw_a, raw_b = (fold(x).split()[0] for x in (_strip_prefix(a), _strip_prefix(b)))
    if raw_a.rstrip(".") != raw_b.rstrip("."):
        return "same first and last name (nickname)"
    if pa.middles != pb.middles:
        return "same first and last name (middle name or initial)"
    return "same first and last name (title or descriptor)"


def _written_form(name: str) -> str:
    words = fold(name).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _strip_prefix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and _is_prefix_word(_bare(words[0])):
        words.pop(0)
    return " ".join(words)


def initials(name: str) -> set[str]:
    """The acronyms an organisation's name can be written as: initials of every
    word, of the words other than "of"/"for"/"and"/"the", and the first three
    or more of those ("Centers for Disease Control and Prevention" -> CDC)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[:1].isalnum()]
    if words and words[0].lower() == "the":
        words = words[1:]
    every = "".join(w[0] for w in words).upper()
    significant = "".join(w[0] for w in words
                          if w.lower() not in ORGANISATION_FUNCTION_WORDS).upper()
    found = {every, significant}
    found.update(significant[:n] for n in range(3, len(significant)))
    return {f for f in found if len(f) >= 2}


def acronym_of(name: str) -> str | None:
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text.replace(".", "").upper() if _ACRONYM.match(text) else None


def not_a_name_among(name: str, pool: Sequence[str]) -> str | None:
    """Why ``name`` names no one given the other entries of ``pool``: a
    one-word entry that is the first name of people there and the surname of
    none ("Bob" beside "Bob Corker"), or "The" before one ("The Sanders")."""
    words = name.split()
    if len(words) == 2 and _bare(words[0]) == "the" and not is_organisation(name):
        words = words[1:]
        surnames = {p.last for p in map(person_name, pool) if p is not None}
        if _bare(words[0]) in surnames:
            return "'The' before a person's name"
    if len(words) != 1 or acronym_of(name):
        return None
    word = _bare(words[0])
    firsts, lasts = [], set()
    for other in pool:
        person = person_name(other)
        if person is None:
            continue
        lasts.add(person.last)
        first = _bare(_strip_prefix(other).split()[0])
        if first == word:
            firsts.append(other)
    if firsts and word not in lasts:
        return f"a first name alone (as in {firsts[0]!r})"
    return None


def full_names_with_first(first: str, texts: Iterable[str]) -> list[str]:
    """The people ``texts`` name in full with the first name ``first`` ("Bob
    Corker" for "Bob"). A first-name entry whose own articles name such a person
    is that person split off (or no one); one whose articles name no one so is
    the name the article gives that person (a source known by a first name only,
    "an aide who asked to be named only as Bob"): a name, though a short one."""
    pattern = re.compile(rf"\b{re.escape(first)}\s+((?:[A-Z]\.\s*)*[A-Z][\w'’\-]+)")
    found = []
    for text in texts:
        for match in pattern.finditer(text):
            word = _bare(match.group(1).split()[-1])
            if word in SENTENCE_WORDS or word in VERBS or word in DETERMINERS or word in MONTHS \
                    or word in PRONOUNS or word in TITLES:
                continue        # "Bob The book ...": a sentence going on, not a surname
            found.append(f"{first} {match.group(1)}")
    return list(dict.fromkeys(found))


def shared_surnames(names: Sequence[str], judged: Iterable[str]) -> dict[str, list[str]]:
    """One-word entries of ``judged`` that are the surname of several people of
    ``names`` (so `duplicates` cannot tell whose): each with those people."""
    groups = _person_groups(list(dict.fromkeys(names)))
    found = {}
    for n in judged:
        single = _strip_prefix(n).split()
        if len(single) != 1 or acronym_of(n):
            continue
        owners = [g[0] for g in groups if person_name(g[0]).last == _bare(single[0])]
        if len(owners) > 1:
            found[n] = owners
    return found


def _person_groups(pool: Sequence[str]) -> list[list[str]]:
    """The person names of ``pool`` grouped by `same_person_reason`."""
    groups: list[list[str]] = []
    for n in pool:
        if person_name(n) is None:
            continue
        for group in groups:
            if same_person_reason(group[0], n):
                group.append(n)
                break
        else:
            groups.append([n])
    return groups


@dataclass
class Duplicate:
    name: str
    other: str
    reason: str


def duplicates(names: Sequence[str], judged: Iterable[str]) -> dict[str, list[Duplicate]]:
    """For each name of ``judged`` (a subset of ``names``, the pool), the other
    entries of the pool that are the same speaker, with the reason:

    - same first and last name once titles, party words, descriptors, middle
      names and initials are removed (nicknames equated; Jr./Sr./II kept apart);
    - a one-word entry equal to the surname of exactly one person of the pool
      ("probably the same": people counted after the first rule has grouped
      their name forms);
    - an acronym equal to the initials of an organisation of the pool."""
    pool = list(dict.fromkeys(names))
    by_surname: dict[str, list[list[str]]] = {}
    for group in _person_groups(pool):
        by_surname.setdefault(person_name(group[0]).last, []).append(group)
    organisations = [n for n in pool if is_organisation(n) and acronym_of(n) is None]

    found: dict[str, list[Duplicate]] = {}
    for n in judged:
        hits = [Duplicate(n, o, r) for o in pool if o != n
                for r in [same_person_reason(n, o)] if r]
        single = _strip_prefix(n).split()
        if len(single) == 1 and acronym_of(n) is None and not_a_name(single[0]) is None:
            owners = by_surname.get(_bare(single[0]), [])
            if len(owners) == 1:
                hits.extend(Duplicate(n, o, "probably the same: surname of exactly one person")
                            for o in owners[0][:1])
        acronym = acronym_of(n)
        if acronym:
            hits.extend(Duplicate(n, o, f"acronym of {o!r}") for o in organisations
                        if o != n and acronym in initials(o))
        if hits:
            found[n] = hits
    return found
