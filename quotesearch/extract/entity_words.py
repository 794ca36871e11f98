"""The words an article describes its entities by: the pattern tables of `entities`.

"the union" stands for a body whose name holds "Guild" or "Federation", "the report"
for a document titled "… Survey", "the veteran executive" for a person the article
gives that trade; these tables say which words answer to which, and which nouns name
an agent ("spokesman") or make an epithet ("the tycoon", "the former governor").
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import AIRLINE_BRANDS, CARMAKER_BRANDS

# Carmakers news names by one word ("Toyota recalled …. The carmaker said …"); a body's
# name only (the entity must be an organisation: not Ms. Ford)
CARMAKER_NAMES = CARMAKER_BRANDS | frozenset("bmw honda ford tesla gm ferrari fiat chrysler mazda jaguar".split())

# A description an article calls an organisation by, and the words of the names it
# may stand for ("the union" -> "Screen Actors Guild-American Federation of …").
# None means any organisation will do ("the organization").
ORGANISATION_DESCRIPTIONS: dict[str, Optional[frozenset[str]]] = {
    "union": frozenset({"union", "guild", "federation", "workers", "teamsters", "unions"}),
    "guild": frozenset({"guild"}),
    "foundation": frozenset({"foundation"}),
    "charity": frozenset({"trust", "foundation", "charity", "fund"}),
    "trust": frozenset({"trust"}),
    "agency": frozenset({"agency", "administration", "bureau", "centers", "centres", "service", "office", "department",
                        "commission", "authority"}),
    "bureau": frozenset({"bureau"}),
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    "bank": frozenset({"bank"}),
    "lender": frozenset({"bank", "bancorp", "financial", "credit", "lending", "mortgage", "building society"}),
    "carmaker": frozenset({"motors", "motor", "auto", "automotive", "cars", *CARMAKER_NAMES}),
    "automaker": frozenset({"motors", "motor", "auto", "automotive", "cars", *CARMAKER_NAMES}),
    "brokerage": frozenset({"brokerage", "securities", "equities", "sachs", "stanley", "lynch", "schwab"}),
    "insurer": frozenset({"insurance", "assurance", "mutual"}),
    "retailer": frozenset({"stores", "store", "mart", "supermarkets", "retail"}),
    "hospital": frozenset({"hospital", "infirmary", "clinic"}),
    "museum": frozenset({"museum"}),
    "gallery": frozenset({"gallery", "museum"}),
    "library": frozenset({"library"}),
    "school": frozenset({"school", "academy", "college"}),
    "airline": frozenset({"airlines", "airways", "air", "emirates", "klm", *AIRLINE_BRANDS}),
    "central bank": frozenset({"bank", "reserve"}),
    "fund": frozenset({"fund"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee"}),
    "commission": frozenset({"commission"}),
    "university": frozenset({"university"}),
    "institute": frozenset({"institute", "institution"}),
    "think tank": frozenset({"institute", "institution", "center", "centre", "council", "foundation"}),
    "association": frozenset({"association"}),
    "federation": frozenset({"federation"}),
    "court": frozenset({"court"}),
    "party": frozenset({"party"}),
    # ("The Fisk campaign said … The campaign added …", "the Reyes administration")
    "campaign": frozenset({"campaign"}),
    "administration": frozenset({"administration"}),
    "board": frozenset({"board"}),
    # ("The Harbor Workers Union reached a deal … but the leadership declared …": the body led)
    "leadership": frozenset({"union", "guild", "federation", "workers", "teamsters", "party", "association", "league"}),
    "alliance": frozenset({"alliance"}),
    "coalition": frozenset({"coalition"}),
    "league": frozenset({"league"}),
    "club": frozenset({"club", "fc"}),
    "company": frozenset({"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd",
                          "ltd.", "llc", "plc", "group", "holdings", "pharmaceutical", "pharmaceuticals",
                          "logistics", "motors", "airlines", "industries", "technologies", "energy"}),
    "firm": frozenset({"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "ltd", "llc",
                       "plc", "group", "holdings", "partners", "associates", "llp", "research", "analytics", "economics",
                       "consulting", "consultants", "strategies", "solutions", "insights", "advisors", "advisers"}),
    # ("Kering sued the site. The French luxury giant …", "the tech giant": the company named)
    "giant": None,
    "organization": None,
    "organisation": None,
    "group": frozenset({"group", "watch", "rights", "parenthood"}),
    "watchdog": frozenset({"watch", "watchdog"}),
    "government": frozenset({"government"}),
    "police": frozenset({"police", "constabulary"}),
    "county": frozenset({"county"}),
    "authority": frozenset({"authority"}),
    "district": frozenset({"district", "schools"}),
    # ("Pacific Gas & Electric Co. … The utility said", "the regulator", "the broadcaster")
    "utility": frozenset({"electric", "power", "gas", "energy", "edison", "utilities", "utility", "water", "light"}),
    "regulator": frozenset({"commission", "authority", "agency", "board", "administration", "regulator", "office"}),
    "broadcaster": frozenset({"broadcasting", "broadcaster", "television", "tv", "radio", "network", "bbc", "itv"}),
    "publisher": frozenset({"publishing", "publishers", "books", "press", "media"}),
}

# The last words of trading names that "the company" or "the firm" may stand for
# ("Hollin Bakeries", "Massy Stores"); as the last word only ("Communications Workers of
# America" is a union)
TRADING_HEADS = frozenset({
    "foods", "brands", "stores", "bakeries", "bakery", "breweries", "brewery", "supermarkets", "restaurants",
    "hotels", "resorts", "retail", "studios", "entertainment", "insurance", "petroleum", "chemicals", "mining",
    "shipping", "investments", "securities", "telecom", "systems", "labs", "ventures", "communications",
    "resources", "auto", "productions", "pictures", "publishing", "records", "software", "games"})

# A description of a document, and the words of the titles it may stand for.
DOCUMENT_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "report": frozenset({"report", "review", "assessment", "outlook"}),
    "survey": frozenset({"survey", "poll", "census", "snapshot"}),
    "poll": frozenset({"poll", "survey"}),
    "study": frozenset({"study", "report", "paper", "analysis"}),
    "review": frozenset({"review"}),
    "analysis": frozenset({"analysis", "report", "study"}),
    "audit": frozenset({"audit"}),
    "index": frozenset({"index"}),
    "snapshot": frozenset({"snapshot", "survey"}),
}
DOCUMENT_TITLE_WORDS = frozenset({"report", "survey", "study", "snapshot", "poll", "census", "review",
                                  "index", "audit", "assessment", "outlook", "white paper"})

# People who speak for someone else: "the spokesman" is never the person last named.
AGENT_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople aide aides official officials adviser advisor
source sources staffer representative lawyer lawyers attorney attorneys counsel publicist
agent assistant deputy official’s
""".split())

# Modifiers that make a title noun an epithet for someone already named
# ("the veteran diplomat", "the longtime executive"); "the former governor" is a role,
# matched against the roles the article gives, never taken as "whoever came last".
EPITHET_MODIFIERS = frozenset("""
veteran longtime long-time seasoned celebrated renowned legendary acclaimed embattled retired
beleaguered award-winning self-described self-styled
""".split())

# Titles news calls a person by right after quoting them, with words that say which
# holder is meant ("…,” said the Kellard senator; "the Harbor Party mayoral
# candidate said no"). Taken only for the person who just spoke and was named last.
TITLE_EPITHET_HEADS = frozenset("""
senator congressman congresswoman congressmember representative lawmaker legislator governor
mayor president candidate nominee front-runner frontrunner hopeful contender challenger
incumbent minister premier chancellor mp mep msp councillor councilor assemblyman
assemblywoman assemblymember alderman peer
republican democrat independent conservative liberal progressive libertarian socialist tory
""".split())
# … of them, those a story of a race calls the person just quoted by even bare ("…,” the
# candidate said): unlike "the president" or "the senator", never an office someone else
# in the story holds outright
BARE_TITLE_EPITHETS = frozenset("candidate nominee front-runner frontrunner hopeful contender challenger".split())
# What may single that holder out: a place, a party, or the office sought or left.
TITLE_EPITHET_MODIFIERS = frozenset("""
former presidential presumptive likely vice-presidential gubernatorial senatorial
mayoral republican democratic democrat gop conservative liberal independent progressive
labour labor tory state u.s. us american green snp ukip lib dem
""".split())

# Nouns news uses as epithets for a person it has just named ("the soprano", "the
# businessman", "the striker"): a person's occupation or standing, not a part in the
# events ("the driver", "the victim") and not a thing ("the message", "the hall").
EPITHET_NOUNS = frozenset("""
soprano tenor baritone singer songwriter singer-songwriter musician rapper pianist violinist
guitarist drummer composer conductor actor actress comedian comic filmmaker novelist author
writer poet playwright artist painter sculptor photographer designer architect chef
businessman businesswoman tycoon mogul magnate billionaire millionaire entrepreneur
industrialist banker financier investor philanthropist
politician statesman stateswoman campaigner activist broadcaster presenter journalist
scientist physicist chemist biologist economist historian academic scholar
neurosurgeon surgeon physician
athlete sprinter runner swimmer cyclist golfer boxer wrestler footballer cricketer
striker midfielder defender goalkeeper quarterback pitcher batter forward winger captain
champion olympian star superstar celebrity celeb veteran rookie
octogenarian nonagenarian septuagenarian centenarian pensioner retiree grandmother grandfather
""".split())

# "A group of fishermen gathered … The group said": people brought in as a group, for
# whom "the group" then stands, not a body named before them
GROUP_OF_PEOPLE = re.compile(r"\b(?:[Aa]|[Aa]nother|[Tt]his)\s+(?:[\w\-]+\s+)?group\s+of\b")
# A description's relative clause, which only says more of what the description stands
# for: "the group that represents 155,000 realtors" is "the group"
RELATIVE_CLAUSE_TAIL = re.compile(r"\s+(?:that|which|who)\s.*$", re.S)
# "The Kellard Harbor Association … The group said": news calls any body of members a
# group, when the article called none a group by name
GROUP_BODY_WORDS = frozenset({"association", "coalition", "alliance", "network", "society", "league", "federation",
                              "union", "institute", "foundation", "council", "caucus", "movement", "project",
                              "initiative", "forum", "action"})
