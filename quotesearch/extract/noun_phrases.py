"""Noun phrases: what the words of a subject phrase name when they name no person.

An organisation or place (``_is_org``, ``_org_tail``: "China's General Administration
of Customs", "the US"), a document by its kind ("the survey") or by its title ("the
2022 National Survey of Pay in Public Schools"), a group or a quantity ("nearly
two-thirds of the voters", ``counts_people``: "Two loggers"), a body named by a known
outlet's name or "the" and one word (``names_a_body``: "Al Jazeera", "the Louvre"), and
how such a phrase is written back (``_sentence_case``:
"Analysts from both countries" -> "analysts from both countries").
"""
from __future__ import annotations

import re
from typing import Optional

from .frequency import everyday_word
from .gender import FIRST_NAMES
from .lexicon import (
    BARE_AFFILIATIONS, COMPANY_NAMES, DEMONYMS, DESCRIPTOR_NOUNS, DETERMINERS, FIRM_NAMES, GENERIC_PERSON_NOUNS, GROUP_NOUNS,
    BODY_LAST_WORDS, HONORIFICS, IRREGULAR_PASTS, ORGANISATION_NAMES, ORG_FIRST_WORDS, ORG_WORDS, PARTY_WORDS, PLACES, PREPOSITIONS,
    SURNAME_DEMONYMS, TITLE_WORDS, in_any,
)
from .names import (
    OFFICE_WORDS, _NAME_CONNECTORS, _POST_NOMINALS, _is_cap, _join, _role_word, _strip_possessive, hyphenated_body,
    lower_camel_case,
)
from .outlets import is_known_outlet
from .places import is_place


# -- organisations and places ------------------------------------------------------

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROMAN = re.compile(r"[IVX]+")


# A website's address as its name: "Politico.com", "MakingStarWars.net"
WEB_ADDRESS_DOT = r"\.(?=(?:com|net|org|gov|edu|info|news|io|tv|co|us|uk)\b)"
_WEB_ADDRESS = re.compile(r"[\w\-]+(?:" + WEB_ADDRESS_DOT + r"[a-z]+)+")


# Last words of sports clubs' names
CLUB_LAST_WORDS = frozenset({"united", "rovers", "wanderers", "athletic", "albion", "hotspur", "fc", "f.c", "afc"})


def _is_org(name_toks: list[str]) -> bool:
    lows = [_strip_possessive(t).lower() for t in name_toks]
    if any(low in ORG_WORDS or low in ORGANISATION_NAMES for low in lows) or any(map(hyphenated_body, name_toks)) \
            or " ".join(lows) in FIRM_NAMES or " ".join(lows[-2:]) in FIRM_NAMES \
            or (len(lows) >= 2 and lows[0] in ORG_FIRST_WORDS) or any("&" in low for low in lows):
        return True   # "the State Department", "Breitbart California", "Politico", "the Sun-Times", "World Athletics";
        # a firm's partners ("Scott & Scott", "P&G")
    if _WEB_ADDRESS.fullmatch(_strip_possessive(name_toks[-1])):
        return True   # "Graduationparty.com", "fan site MakingStarWars.net": a website
    if len(lows) >= 2 and lows[-1].rstrip(".") in CLUB_LAST_WORDS:
        return True   # "Manchester United", "Tottenham Hotspur": a club
    if len(lows) >= 2 and lows[-1] in BODY_LAST_WORDS:
        return True   # "Human Rights Watch", "Pew Research": a watchdog, a research firm
    if len(lows) >= 2 and (lows[-1] == "county" or lows[-2:] == ["public", "schools"]):
        return True   # "Howard County said", "Broward County Public Schools confirmed": its government, its district
    if len(name_toks) == 1:
        tok = name_toks[0]
        if lows[0] in PLACES or (len(tok) >= 2 and tok.isupper() and tok.isalpha()) or _camel_cased_body(tok):
            return True
    elif _ACRONYM.fullmatch(name_toks[-1]) and lows[-1] not in _POST_NOMINALS and lows[-1] not in TITLE_WORDS \
            and not _ROMAN.fullmatch(name_toks[-1]) \
            and not all(t.isupper() for t in name_toks):
        return True   # "California ISO", "Ukraine's NABU": a body's acronym ends it (not "Ann Lee MP")
    if all(low in PLACES for low in lows) or is_place([_strip_possessive(t) for t in name_toks]):
        return True
    return False


# Surname prefixes that give a name an inner capital ("McConnell", "DeSantis", "VanDeHei")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|St)[A-Z]")
_LOWER_THEN_UPPER = re.compile(r"[a-z][A-Z]")


def _camel_cased_body(tok: str) -> bool:
    """"WebMD", "ReOpenNC", "GoFundMe": three capitals inside one word name a site or a
    campaign, not a person."""
    return lower_camel_case(tok) or (
        tok.isalpha() and sum(c.isupper() for c in tok) >= 3 and _LOWER_THEN_UPPER.search(tok) is not None
        and not _SURNAME_PREFIX.match(tok))   # (not a plural acronym: "PACs", "CEOs")


def _org_tail(toks: list[str]) -> Optional[str]:
    """The organisation or place a phrase ends with ("… China's General Administration
    of Customs", "the US", "state media Xinhua")."""
    start = len(toks)
    while start > 0:
        tok = toks[start - 1]
        if _is_cap(tok) or (tok.lower() in _NAME_CONNECTORS and start - 1 > 0 and _is_cap(toks[start - 2])):
            start -= 1
        elif tok.lower() == "the" and start >= 3 and toks[start - 2].lower() in ("of", "for") \
                and toks[start - 3].lower() in ORG_WORDS and _is_cap(toks[start - 3]):
            start -= 2   # "the Administrative Tribunal of the World Bank": a body of its own within another
            # ("the U.S. Attorney's Office for the Western District of New York": a body and its reach)
        else:
            break
    run = toks[start:]
    while run and run[0].lower() in _NAME_CONNECTORS:
        run = run[1:]
    if not run or not _is_org(run):
        return None
    if start > 0 and toks[start - 1].lower() in _LOCATIVES and _is_place_phrase([_strip_possessive(t) for t in run]):
        return None   # "Cruz's fusillade in Colorado", "riders on the ferry in Harbor"
    if len(run) >= 2 and run[-1].lower() in SOCIAL_PLATFORMS and _strip_possessive(run[-2]) != run[-2]:
        return None   # "Bush's Facebook (post)": the person's own words, not the platform's
    name = _join(run)
    if start > 0 and toks[start - 1].lower() == "the" and _is_place_phrase(
            [_strip_possessive(t) for t in run]):
        name = "the " + name
    return name


def body_then_its_reach(toks: list[str]) -> Optional[str]:
    """"the U.S. Attorney's Office for the Western District of New York": a body's
    capitalised name, then "for" or "of" and where it serves; the whole, the body's name
    (None when the phrase is no such body)."""
    at = next((i for i, t in enumerate(toks) if i > 1 and t.lower() in ("for", "of")), None)
    if at is None or not _is_cap(toks[at - 1]) or toks[at - 1].lower() not in ORG_WORDS:
        return None
    tail = _org_tail(toks)
    return tail if tail is not None and tail.startswith(_join(toks[1:at])) else None


# Prepositions after which a place is where something happened, not who acts
_LOCATIVES = frozenset({"in", "at", "near", "across", "inside", "outside"})
# Platforms a person posts on: "X's Facebook" is X's page, not the company
SOCIAL_PLATFORMS = frozenset("facebook twitter instagram youtube snapchat tumblr linkedin tiktok medium".split())


def _is_place_phrase(toks: list[str]) -> bool:
    return all(t.lower() in PLACES for t in toks) or is_place(toks)


# -- documents ---------------------------------------------------------------------

DOCUMENT_NOUNS = frozenset("""
poll polls survey surveys report reports study studies statement statements letter
memo filing filings lawsuit complaint documents document ad ads website readout release
analysis review audit affidavit affidavits indictment indictments transcript transcripts records
editorial editorials op-ed column columns
memoir memoirs summary polling email article manifesto manifestos tally tallies estimate estimates
calculation calculations forecast copy copies emails message timeline timelines
ruling rulings opinion dissent judgment
""".split())
# A document and who produced it: "a study published last month by the Green Streets
# Trust", "a new report by Amnesty International".
DOCUMENT_BY = re.compile(
    r"(?i:(?:an?|the|this|new|last\s+\w+[’']s)?\s*(?:[\w\-]+\s+){0,3}?(?:study|report|survey|poll|analysis|"
    r"review|paper|audit|assessment|investigation|data|figures|statistics|records|numbers|estimates)\s+(?!(?:seen|obtained|reviewed|read|viewed|cited|quoted|"
    r"described|reported)\s)(?:[\w\-]+\s+){0,5}?by\s+(?:the\s+)?)"
    r"(?P<org>[A-Z][\w’'&.\-]*(?:\s+(?:(?:of|for|and|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b))\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'&.\-]*)*)"
    # (where the author works: "a survey by Ann Lee of the University of Leeds")
    r"(?P<affiliation>\s+(?:of|at|from)\s+the\s+[A-Z][\w’'&.\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.\-]*)*)?"
    # (when it came out: "data released by MOTIE in August", "… by the ONS on Monday")
    r"(?:\s+(?:in|on|last|this|earlier\s+this)\s+(?:[A-Z][a-z]+(?:\s+\d{4})?|\d{4}|week|month|year))?$")
# (not "intelligence reports seen by Reuters": who saw a document did not write it)
# A document and where it appeared: "a new study published in the journal Nature",
# "A research paper published in Frontiers in Ecology and the Environment journal"
DOCUMENT_IN = re.compile(
    r"(?i:(?:an?|the|this|new)\s+(?:[\w\-]+\s+){0,3}?(?:study|report|survey|analysis|review|paper|article)\s+"
    r"(?:(?:published|appearing|posted)\s+(?:[\w\-]+\s+){0,3}?in\s+(?:the\s+)?(?:(?:journal|magazine)\s+)?"
    # (or in a journal named as one: "a 2012 study in the journal Communication Research")
    r"|in\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:journal|magazine)\s+))"
    r"[A-Z][\w’'&.\-]*(?:\s+(?:(?:of|for|and|in|on|the)\s+)*[A-Z][\w’'&.\-]*)*(?:\s+(?:journal|magazine))?$")
# What a newspaper or magazine printed, and where: "a Sunday column in The Kellard
# Courier", "a report in the Lakeside Herald": the paper speaks (an editorial is its own
# voice; a report its journalists'), named by the last word of a masthead
MASTHEAD_LAST_WORDS = frozenset("""
times post register tribune globe herald journal news sun star gazette chronicle observer
guardian telegraph independent examiner inquirer courier bee press monitor standard mail
express mirror magazine daily today record dispatch enquirer constitution reporter bulletin
beacon leader argus sentinel picayune advocate statesman plain-dealer
""".split())
PRINTED_IN = re.compile(
    r"(?i:(?:an?|the|this|that|its)\s+(?:[\w\-]+\s+){0,3}?(?:editorial|editorials|report|article|story|column|op-ed|"
    r"piece|investigation|analysis|interview)\s+(?:(?:published|printed|appearing|posted|running)\s+"
    r"(?:[\w\-]+\s+){0,2}?)?in\s+)"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*){0,4})$")
# What carries someone's words, and who it came from: "a statement from the Belfast
# Giants", "a letter from Sen. Ann Roe", "a news release issued by the club".
CARRIER_FROM = re.compile(
    r"(?i:(?:an?|the|this|that|their|its)\s+(?:(?:joint|written|short|brief|press|news|new|later|separate|"
    r"second|signed|open)\s+){0,2}(?:statement|release|letter|email|e-mail|memo|message|notice|readout|"
    r"communiqu[eé])\s+(?:(?:issued|released|sent|posted|signed)\s+)?(?:from|by)\s+)"
    r"(?P<issuer>(?i:the\s+)?[\w’'.\-]+(?:\s+[\w’'.&\-]+){0,6})$")
# What a person writes or says in their own name: "Schlafly's final column", "From Bush's
# Facebook post:" speak for the person
OWN_WRITINGS = frozenset("""column op-ed letter memo memoir essay post posts tweet tweets blog email speech
remarks statement page account feed""".split())
# Who owns them, as written before them: "Schlafly's final", "Jeb Bush's Facebook" (up to
# two words between the possessive and the noun that follows this pattern)
OWNERS_POSSESSIVE = r"(?P<owner>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*?)(?:’s|'s|’|')\s+(?:[\w\-]+\s+){0,2}?"
# Document nouns that end or head a title ("… Snapshot Survey", "Report on …"); not
# "Statement" or "Release", which head headlines more often than titles
_TITLED_DOCUMENT_NOUNS = frozenset({"survey", "report", "study", "poll", "review", "audit", "index",
                                    "census", "assessment", "barometer", "outlook", "yearbook"})
_TITLE_CONNECTORS = frozenset({"of", "on", "in", "and", "for", "the", "&"})
# Laws and treaties end their titles ("the Dodd-Frank Act", "the Paris Agreement"): a
# document, never a person a later "she" could stand for (not "Rule" or "Bill", names, nor
# "Constitution", the end of outlets' names)
LAW_TITLE_ENDS = frozenset({"act", "acts", "agreement", "accord", "accords", "treaty", "amendment",
                             "protocol", "directive", "convention", "charter", "doctrine",
                             # (a named idea, no one's name: "the Path-Goal Model", "Game Theory")
                             "model", "theory", "principle", "paradox", "hypothesis", "framework"})


def _titled_document(toks: list[str]) -> Optional[str]:
    """The title of a document ("Open Doors Report on International Educational
    Exchange", "2020 Fall Snapshot Survey", "Affordable Care Act"): capitalised words and
    figures with a capitalised document noun among them, or a law's word at the end; None
    for anything else."""
    if toks and toks[0].lower() in {"the", "a", "an", "its", "this"}:
        toks = toks[1:]
    if len(toks) < 2 or not (_is_cap(toks[0]) or toks[0][:1].isdigit()) or not _is_cap(toks[-1]):
        return None
    if not all(_is_cap(t) or t[:1].isdigit() or t.lower() in _TITLE_CONNECTORS for t in toks):
        return None
    heads = [i for i, t in enumerate(toks) if i > 0 and _is_cap(t) and t.lower() in _TITLED_DOCUMENT_NOUNS]
    if not heads and toks[-1].lower() not in LAW_TITLE_ENDS:
        return None
    return _join(toks)


# -- groups and quantities ---------------------------------------------------------

_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten half a third quarter".split())
_QUANTIFIERS = frozenset({"almost", "nearly", "about", "some", "most", "many", "few", "half",
                          "none", "everyone", "everybody", "nobody", "all", "both", "each",
                          "others", "other", "several", "one", "two", "three", "a", "an", "the",
                          "more", "less", "fewer", "majority", "minority", "just", "only"})


def _lower_word(tok: str) -> bool:
    """Capitalised only because it opens the sentence ("Analysts said …")."""
    return tok.lower() in GROUP_NOUNS or tok.lower() in DETERMINERS or tok.lower() in DOCUMENT_NOUNS


def _sentence_case(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.endswith("."):
        return text   # "Mrs. Clinton's campaign", "Rep. Steve Israel": a title of address keeps its capital
    if first.lower().endswith("s") and (first.lower()[:-1] in _PROPER_MEMBERS or first.lower()[:-1] in DEMONYMS):
        return text   # "Democrats", "Americans": a party's members and a people keep their capital
    if in_any(first.lower(), GROUP_NOUNS, DETERMINERS, DOCUMENT_NOUNS, TITLE_WORDS):
        return text[:1].lower() + text[1:]
    return text


_PROPER_MEMBERS = frozenset({"democrat", "republican", "libertarian", "hispanic", "latino", "latina"})


def people_of_a_trade(words: list[str]) -> bool:
    """"hacking specialists", "polling experts", "banking officials": people named by
    what they do, ending in a word for people, with no article or preposition inside."""
    last = words[-1].lower()
    people = last in GROUP_NOUNS or (last.endswith("s") and last[:-1] in TITLE_WORDS)
    return len(words) >= 2 and people and words[0].lower() in _TRADES and not any(
        w.lower() in PREPOSITIONS or w.lower() in DETERMINERS for w in words[1:])


# Trades named by an "-ing" noun; any other "-ing" word opening a subject is a
# participle ("echoing security experts", "including top officials")
_TRADES = frozenset("""
hacking polling banking marketing voting housing lending fundraising campaigning teaching
nursing engineering accounting manufacturing mining farming shipping trading publishing
broadcasting advertising consulting computing gaming lobbying logging fishing ranching
policing sentencing auditing investing recruiting mapping forecasting
""".split())


# "a super PAC called Future 45", "a group named Moms for Safety", "a man named Tom
# Reed": what the noun is called names it (a body, or a person after a person's noun)
_CALLED_BY_NAME = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w\-’']+\s+){0,4}?(?P<noun>[\w\-]+)\s+(?:called|named|dubbed|known\s+as)\s+"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z0-9][\w’'\-]*|of|for|the|and|in|on))*?(?:\s+[A-Z0-9][\w’'\-]*)?)"
    r"(?:\s+(?:[a-z][\w\-]*ed|which|that|who|in|on|at|with)\b.*)?")
_PERSON_NOUNS = frozenset("man woman boy girl person voter resident student teacher worker nurse officer".split())
# A body named for its members in the plural possessive: "the Oklahoma Sheriffs' Association
# Board of Directors", "the National Farmers' Union" (not "Union", the word after the mark)
_MEMBERS_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*s['’]\s+(?:[A-Z][\w\-]*\s+){0,2}"
    r"(?:Association|Union|Federation|League|Council|Board|Guild|Alliance|Fund|Coalition|Party|Club|Society|Trust|"
    r"Institute|Conference|Committee|Caucus|Network|Forum|Organi[sz]ation|Department|Ministry|Agency|Commission)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}|\s+[A-Z][\w\-]*){0,3})")


def called_by_name(written: str) -> Optional[tuple[str, str]]:
    """The name and kind of "(a) NOUN called NAME …", or None."""
    m = _CALLED_BY_NAME.fullmatch(written.strip())
    if not m or not m.group("name")[:1].isupper():
        return None
    name = m.group("name").strip()
    if name.split()[-1].lower() in ("of", "for", "the", "and", "in", "on"):
        return None
    return name, "person" if m.group("noun").lower() in _PERSON_NOUNS else "organization"


def document_author(by: re.Match) -> Optional[tuple[str, str]]:
    """(name, kind) of who wrote a document `DOCUMENT_BY` matched: a person named as one,
    without where they work ("a survey by Ann Lee of the University of Leeds"), or a body;
    None for a body's name going on with "of the …" ("an audit by the Board of the Kellard
    Port Towns": the audit speaks, read elsewhere)."""
    author = by.group("org")
    words = author.split()
    if 2 <= len(words) <= 3 and words[0].lower() in FIRST_NAMES and not any(w.lower() in ORG_WORDS for w in words):
        return author, "person"
    return None if by.group("affiliation") else (author, "organization")


def members_body(written: str) -> Optional[tuple[str, str]]:
    """("Oklahoma Sheriffs' Association", "organization") for a body named for its members
    in the plural possessive, or None."""
    m = _MEMBERS_BODY.fullmatch(written.strip())
    return (m.group("name"), "organization") if m else None


def singular_description(name: str) -> bool:
    """"the episode", "a report": a description of one thing, not of people ("the
    protesters", "the family", "some Republicans" are)."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in ("the", "a", "an") and words[-1].islower() \
        and not words[-1].endswith("s") and words[-1] not in GROUP_NOUNS and words[-1] not in _COLLECTIVE_NOUNS


_COLLECTIVE_NOUNS = frozenset("""family team crowd audience staff public couple pair group board panel jury
committee government administration campaign police band squad crew club party council union
children women men people youth clergy personnel folk""".split())   # (and plurals without an s)


def counts_people(plural: str) -> bool:
    """"loggers", "survivors' relatives", "neighbours": a plural of a word for people (a
    person noun, an occupation, or a rare agent noun in -er/-or; "helicopters" and
    "cameras" are things)."""
    one = plural[:-1]
    if in_any(one, DESCRIPTOR_NOUNS, GENERIC_PERSON_NOUNS, TITLE_WORDS) or _role_word(one) \
            or plural in GROUP_NOUNS:
        return True
    if one.endswith(("ist", "ian", "ant", "ent", "eer", "ee")):
        return True
    return one.endswith(("er", "or")) and not everyday_word(one, _RARE_AGENT_ZIPF)


_RARE_AGENT_ZIPF = 3.7   # "logger" 2.5, "commuter" 3.4; "printer" 3.9, "helicopter" 4.1


def names_a_body(role_toks: list[str], name_toks: list[str]) -> bool:
    """"Al Jazeera", "the Louvre", "The Mirror": a known outlet, or one capitalised word
    after "the" that is no first name or title (nobody is called "the Smith")."""
    if is_known_outlet(_join(name_toks)):
        return True
    if len(name_toks) == 2 and name_toks[0] == "The" and not role_toks:
        role_toks, name_toks = name_toks[:1], name_toks[1:]   # ("The Mirror" opening the phrase)
    word = name_toks[0].lower() if len(name_toks) == 1 else ""
    # (not "the French", "the Democrats", "the Saudis": a people or a party, a group)
    return [t.lower() for t in role_toks] == ["the"] and bool(word) and not word.endswith("s") \
        and not in_any(word, FIRST_NAMES, DEMONYMS, BARE_AFFILIATIONS, PARTY_WORDS) \
        and word.rstrip(".") not in TITLE_WORDS and not name_toks[0].isupper() and not everyday_word(word)
    # (nor "the Food" of "the Food and Drug Administration": too common a word to name a body alone)


def whole_body_name(role_toks: list[str], name_toks: list[str]) -> Optional[str]:
    """"Major League Baseball": capitalised words ending in a body's word ("League") and one
    everyday word after them are one body's name, not a title and a person's ("Baseball");
    so are a place and everyday words after it ("Iowa Starting Line", "Florida Politics"),
    not a place and a person ("Iowa Senator Joni Ernst")."""
    if role_toks and len(name_toks) <= 3 and all(_is_cap(t) for t in role_toks + name_toks) \
            and role_toks[0].lower() not in ("the", "new") and is_place(role_toks) \
            and all(t[:1].isupper() and t[1:].islower() and everyday_word(t.lower(), zipf=4.0)
                    and not in_any(t.lower(), FIRST_NAMES, TITLE_WORDS, PREPOSITIONS, DETERMINERS, PARTY_WORDS,
                                   DEMONYMS, BARE_AFFILIATIONS)   # (not "the Wisconsin Republican")
                    for t in name_toks):
        return _join(role_toks + name_toks)
    if len(name_toks) != 1 or not role_toks or not all(_is_cap(t) for t in role_toks) \
            or role_toks[-1].lower() not in ORG_WORDS or role_toks[0].lower() == "the":
        return None
    word = name_toks[0].lower()
    # (a rarer word after two capitalised words and a body's word names the body too: "Box
    # Office Mojo"; after one, it may be a surname: "Labour Reed")
    if word in FIRST_NAMES or word.endswith("s") or not everyday_word(word, zipf=4.0) and len(role_toks) < 2:
        return None
    return _join(role_toks + name_toks)


# ------------------------------------------------------------ shares and party members

_ONE_OF_MANY = frozenset({"a", "an", "one", "another"})
_PARTY_MEMBERS = PARTY_WORDS - {"republicans", "democrats", "democratic", "gop", "labour"}
# Peoples' words that also name one person ("a Muslim", "another Texan"; not the adjectives
# "French", "Chinese", "Southern", nor those that are also surnames)
PERSON_DEMONYMS = frozenset(w for w in DEMONYMS - SURNAME_DEMONYMS
                             if not w.endswith(("ish", "ese", "ern", "ch", "ss")))
_SHARES = frozenset({"half", "most", "two-thirds", "two thirds", "one-third", "one third", "a third",
                     "three-quarters", "three quarters", "a quarter", "one-quarter", "one quarter", "a fifth",
                     "a majority", "the majority", "a minority", "a plurality"})
_SHARE_APPROXIMATION = frozenset({"nearly", "almost", "about", "roughly", "over", "under", "just"})
_PERCENT = re.compile(r"[\d.]+|[a-z]+(?:-[a-z]+)?")
_TENS = frozenset("ten twenty thirty forty fifty sixty seventy eighty ninety".split())


def is_share(head: list[str]) -> bool:
    """Whether words name a share of something ("two-thirds", "nearly half", "60 percent")."""
    if head[:1] and head[0] in _SHARE_APPROXIMATION:
        head = head[1:]
    if len(head) == 2 and head[1] in ("percent", "%") and _PERCENT.fullmatch(head[0]):
        return head[0][0].isdigit() or head[0].split("-")[0] in _TENS
    return " ".join(head) in _SHARES


def group_phrase(words: list[str]) -> bool:
    """Whether the words after a share's "of" are a short noun phrase ("Democratic
    insiders", "those surveyed"), not a clause ("US institutions taught classes online")."""
    return 0 < len(words) <= 6 and not any(
        w in IRREGULAR_PASTS or (w.endswith("ed") and i < len(words) - 1
                                 and (words[i + 1] in DETERMINERS or words[i + 1] in PREPOSITIONS))
        for i, w in enumerate(words))



def described_party_member(toks: list[str]) -> bool:
    """"the Wisconsin Republican", "the veteran Democrat": a party member the article has
    named, described by place or standing (a description to resolve, never a name)."""
    return len(toks) >= 3 and toks[0].lower() == "the" and unnamed_party_member(["a", *toks[1:]])


def unnamed_party_member(toks: list[str]) -> bool:
    """"an Iowa Democrat", "a senior Republican", "another New Hampshire Democrat",
    "another Muslim": one member of a party or a people, described, not named."""
    low = [t.lower() for t in toks]
    return len(toks) <= 5 and low[0] in _ONE_OF_MANY and (low[-1] in _PARTY_MEMBERS or low[-1] in PERSON_DEMONYMS) \
        and _is_cap(toks[-1]) \
        and all(_is_cap(t) or (t.isalpha() and t.lower() not in PREPOSITIONS) for t in toks[1:-1])


def office_domain(after_head: list[str]) -> bool:
    """"of state", "of homeland security" after a title: one to three lower-case words
    with no determiner (not "of the committee", "of Coachella": a body or a place)."""
    return len(after_head) in (2, 3, 4) and after_head[0] == "of" and all(
        w.isalpha() and w.islower() and w not in DETERMINERS and w not in PREPOSITIONS for w in after_head[1:])


def body_of_names(toks: list[str]) -> Optional[str]:
    """"the Alliance of Motion Picture and Television Producers", "the Association of
    Writers and Editors": a body's word, "of", then capitalised words joined by "and" or
    "of" to the end, no title and no first name among them: one organisation's name (the
    last word, "Producers", is no one's name)."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    if len(words) < 4 or not _is_cap(words[0]) or words[0].lower() not in ORG_WORDS or words[1] != "of" \
            or "and" not in words[2:]:
        return None
    rest = words[2:]
    last = rest[-1].lower()
    if "the" in rest[rest.index("and"):] or not (last.endswith("s") or last in OFFICE_WORDS):
        return None   # ("Bank of America and Wells Fargo", "the Bank of England and the Fed": two bodies)
    if not all(_is_cap(w) or w in ("of", "and", "the", "&") for w in rest) or any(
            w.lower().rstrip(".") in TITLE_WORDS or w.lower() in FIRST_NAMES for w in rest):
        return None   # ("Department of Homeland Security Secretary Jeh Johnson": a person)
    return _join(words)


# How common a cause's words are in English ("Prosperity", "Fair Admissions"), unlike a
# firm's or a person's name ("executives for Mondelez", "Democrats for Hillary")
_CAUSE_WORD_ZIPF = 3.0
# The word that ties a people's plural to its cause ("Mothers Against Drunk Driving")
_CAUSE_WORDS = frozenset({"against", "without", "for"})
# (a plural of people by its ending: "Surfers", "Doctors", "Democrats", "Physicians", "Mothers")
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ans|ents|ics|ats|ts|ds|es|rs|ns)|Women|Men|People|Children")


def body_for_a_cause(toks: list[str]) -> Optional[str]:
    """"Surfers Against Sewage", "Mothers Against Drunk Driving", "Doctors Without Borders",
    "Priests for Life", "Democrats for Life of America": people by their plural, then what
    they stand for or against, capitalised to the end: one organisation's name, not a
    person called by its last words."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    # (the people may be described first, or united after: "National Nurses United for …")
    tie = next((i for i, w in enumerate(words[:4]) if w.lower() in _CAUSE_WORDS), None)
    if len(words) < 3 or not tie or not all(_is_cap(w) for w in words[:tie]) \
            or not any(_PEOPLE_PLURAL.fullmatch(w) for w in words[:tie]) or tie == len(words) - 1:
        return None
    cause = words[tie + 1:]
    if not _is_cap(cause[0]) or not _is_cap(cause[-1]) \
            or not all(_is_cap(w) or w in ("of", "and", "the", "in", "&") for w in cause) \
            or any(w.lower().rstrip(".") in TITLE_WORDS or w.lower() in FIRST_NAMES for w in cause):
        return None   # ("Republicans for Governor Ann Lee": people backing a person)
    if words[tie].lower() == "for" and (not all(everyday_word(w.lower(), _CAUSE_WORD_ZIPF) for w in cause if _is_cap(w))
                                      or " ".join(cause).lower() in COMPANY_NAMES):
        return None   # ("executives for Mondelez": people working for a firm; "for Life", "for
        # Prosperity", "for Fair Admissions" are causes)
    return _join(words)


# Lower-case words that say what kind of body a name is ("… for Human Rights monitor group")
_BODY_KINDS = frozenset({"group", "watchdog", "monitor", "organization", "organisation", "agency", "charity",
                         "nonprofit", "coalition", "network", "union", "firm", "company", "think", "tank"})


def body_then_its_kind(toks: list[str]) -> Optional[str]:
    """"The Syrian Observatory for Human Rights monitor group": a body's capitalised name,
    "of" or "for" inside it, then what kind of body it is in lower case: the whole name,
    not its first words."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    kind_at = next((i for i, w in enumerate(words) if not _is_cap(w) and w not in ("of", "for", "and")), len(words))
    name, kind = words[:kind_at], words[kind_at:]
    if not (1 <= len(kind) <= 3 and all(w.isalpha() and w.islower() for w in kind) and kind[-1] in _BODY_KINDS):
        return None
    if len(name) < 4 or not _is_cap(name[0]) or not _is_cap(name[-1]) \
            or not any(w in ("of", "for") for w in name[1:-1]) \
            or any(w.lower().rstrip(".") in TITLE_WORDS or w in FIRST_NAMES for w in name):
        return None
    return _join(name)


def based_body(toks: list[str]) -> Optional[str]:
    """"Sacramento-based McClatchy", "London-based Full Fact": where a body is based, then
    its capitalised name: the body's name (not a titled or first-named person's: "Melbourne-based
    Prof Lewin", "Texas-based Matt Mackowiak")."""
    if len(toks) > 1 and toks[0].endswith("-based") and all(_is_cap(t) for t in toks[1:]) \
            and not any(t.lower().rstrip(".") in TITLE_WORDS or t.lower() in FIRST_NAMES for t in toks[1:]):
        return _join(toks[1:])
    return None


def partners_firm(toks: list[str]) -> Optional[str]:
    """"Procter & Gamble", "Scott & Scott", "the Reed & Barker LLP": capitalised names
    joined by an ampersand name a firm, not a person."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    if "&" in words[1:-1] and len(words) <= 6 and all(w == "&" or _is_cap(w) for w in words):
        return _join(words)
    return None


# The word that ties a body's name to its remit ("the Council on Foreign Relations")
_REMIT_WORDS = frozenset({"on"})


def body_on_a_remit(toks: list[str]) -> Optional[str]:
    """"the Commission on Presidential Debates", "the House Committee on Ways and Means",
    "the Council on Ports and Harbor Safety": capitalised words ending in a body's word,
    "on", then capitalised words (joined by "and", "of", "the") to the end, no title and no
    first name among them: one organisation's name, not a person called by its last words."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    at = next((i for i, w in enumerate(words) if w.lower() in _REMIT_WORDS), None)
    if not at or at == len(words) - 1 or words[at - 1].lower() not in ORG_WORDS:
        return None
    before, remit = words[:at], words[at + 1:]
    if not all(_is_cap(w) for w in before) or not _is_cap(remit[0]) or not _is_cap(remit[-1]) \
            or not all(_is_cap(w) or w in ("of", "and", "the", "&") for w in remit):
        return None
    if any(w.lower().rstrip(".") in TITLE_WORDS or w.lower() in FIRST_NAMES for w in before + remit):
        return None   # ("Committee on Rules Chairman Pete Sessions": a person)
    return _join(words)


# A firm's legal or trading name's last word: its first word may be a founder's possessive
_FIRM_ENDINGS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "analytics"})


def firm_of_a_founder(toks: list[str]) -> Optional[str]:
    """"Moody’s Analytics", "McDonald’s Corp.": a founder's possessive, then capitalised
    words ending in a firm's word: the firm's whole name, not a person after an owner."""
    if len(toks) < 2 or not _is_cap(toks[0]) or _strip_possessive(toks[0]) == toks[0] \
            or not all(_is_cap(t) for t in toks[1:]) or toks[-1].lower().rstrip(".") not in _FIRM_ENDINGS:
        return None
    return _join(toks)


# A newspaper's last word ("the Orlando Sentinel"), not a title's or a name's ("Party Leader", "Sun")
PAPER_LAST_WORDS = MASTHEAD_LAST_WORDS - {"leader", "reporter", "advocate", "standard", "record", "mail", "today",
                                         "daily", "constitution", "independent", "news", "magazine", "sun", "star"}
# … and those a surname may be after a first name ("Emily Post")
_SURNAME_PAPER_WORDS = frozenset({"post", "press", "mirror", "bee", "express", "times", "register", "monitor",
                                  "guardian"})


def paper_by_its_title(toks: list[str]) -> Optional[str]:
    """"the Orlando Sentinel", "the Milwaukee Journal Sentinel": capitalised words ending
    in a newspaper's word, no title first: the paper's name, not a person's."""
    words = toks[1:] if toks and toks[0].lower() == "the" else toks
    if len(words) < 2 or not all(_is_cap(w) for w in words) or words[-1].lower() not in PAPER_LAST_WORDS \
            or any(in_any(w.lower().rstrip("."), TITLE_WORDS, HONORIFICS) for w in words) \
            or (len(words) > 2 and words[-2].lower() in FIRST_NAMES) \
            or (words[0].lower() in FIRST_NAMES and words[-1].lower() in _SURNAME_PAPER_WORDS):
        return None   # ("Atlantic City Mayor Don Guardian", "Emily Post": a person)
    return _join(words)


def body_of_something(toks: list[str], low: list[str]) -> bool:
    """"the Department of Justice", "the Justice Department": capitalised words whose head
    before "of" (or last word) is a body's, whatever word ends them (not "the Secretary of
    State")."""
    head = low.index("of") - 1 if "of" in low[2:] else len(low) - 1
    return all(_is_cap(t) or t in ("of", "for", "and", "on") for t in toks[1:]) and _is_cap(toks[-1]) \
        and low[head] in ORG_WORDS
