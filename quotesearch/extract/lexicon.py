"""Word lists the extractor reasons with: titles, organisation words, places, groups.

Kept apart from the rules so they can grow without touching the logic. All
entries are lower case; look-ups lower-case the word first.
"""
from __future__ import annotations

from collections.abc import Set


def in_any(word: str, *word_sets: Set[str]) -> bool:
    """Whether ``word`` is in one of ``word_sets``: ``word in A | B`` builds the union
    on every call, and the extractor asks such questions tens of thousands of times."""
    return any(word in words for words in word_sets)

# Words that make a phrase a title or role ("Chinese Ambassador to Russia").
TITLE_WORDS = frozenset("""
president vice premier minister ministers secretary ambassador envoy diplomat consul
director chairman chairwoman chairperson chair spokesman spokeswoman spokesperson
spokespeople senator sen sen. rep rep. representative congressman congresswoman
governor gov gov. mayor professor prof prof. dr dr. doctor lecturer researcher scholar
fellow analyst expert economist strategist commentator editor editor-in-chief commander-in-chief columnist correspondent
reporter chief head leader ceo cfo coo cto cmo founder co-founder owner executive manager
officer official officials adviser advisor aide counsel lawyer attorney judge justice
commissioner chancellor king queen prince princess emir sheikh pope bishop archbishop
cardinal general gen gen. colonel col col. lieutenant lt lt. captain capt capt. admiral
commander sergeant marshal deputy assistant associate senior principal dean provost
rector president-elect nominee candidate speaker whip majority minority member
counterpart partner vice-president vice-chairman undersecretary under-secretary
attaché delegate representative lawmaker legislator mp mep coach manager player
host anchor pastor rabbi imam chairmanship councillor councilor alderman sheriff
prosecutor inspector superintendent mr mr. mrs mrs. ms ms. mx sir dame lord lady
campaign manager strategist pollster activist organizer organiser historian
supt supt. superintendent insp insp. cllr cllr. honour honor treasurer
moderator co-moderator co-anchor co-host advocate supervisor supervisors coordinator
co-ordinator speechwriter boss
""".split())

# Titles that precede a name and are dropped from it ("President Xi Jinping").
HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. mx dr dr. prof prof. sir dame lord lady president premier
hon hon. honourable honorable tanaiste tánaiste taoiseach
minister ambassador sen sen. senator rep rep. gov gov. governor mayor gen gen. general
col col. lt lt. capt capt. adm adm. judge justice secretary chancellor king queen prince
princess pope rev rev. fr fr. father sister brother chairman chairwoman speaker envoy
commissioner director professor dean sheriff officer detective sgt sgt. coach
supt supt. insp insp. det det. cllr cllr. councillor councilor dci honour honor supervisor
""".split())

# Heads that make a capitalised phrase an organisation, not a person.
ORG_WORDS = frozenset("""
ministry administration customs department agency committee council commission
university college institute center centre party campaign office bank fund
association union organization organisation foundation court congress senate house
parliament government police army navy military forces times post news journal
network inc inc. corp corp. group company co co. ltd ltd. llc plc federation bureau
service services authority board embassy mission secretariat cabinet kremlin
pentagon assembly league alliance coalition society academy school hospital
agency press tribune herald gazette telegraph guardian daily weekly magazine
television radio broadcasting corporation industries holdings airlines state
states nations republic kingdom federation media reuters xinhua tass cnn bbc
council ministry administration club team exchange expo program programme
sciences systems lab labs laboratory laboratories ventures pharmaceuticals communications airways railways
resources brands foods technologies
stores bakeries bakery breweries brewery supermarkets restaurants hotels resorts retail studios
entertainment insurance petroleum chemicals mining shipping logistics investments securities equities telecom
project initiative court prosecutors studies church mosque temple synagogue cathedral
diocese reserve chamber academies workers electric motors auto dynamics atomics
guild guilds trust teamsters brotherhood institution clinic infirmary charity museum library gallery
centers centres institutes councils agencies ministries departments commissions
directorate directorates constabulary inspectorate tribunal
publishing publishers publications productions pictures inn pub cafe tv
international depot capital management airport airports stadium zoo
limited incorporated llp gmbh pty pvt bhd
""".split())

# Countries, capitals and large places that stand for their governments as speakers
# ("Beijing has dismissed these claims", "the US has accused China").
PLACES = frozenset("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon
canada chile china colombia croatia cuba cyprus czechia denmark egypt england eritrea
estonia ethiopia europe finland france georgia germany ghana greece guatemala haiti
hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan
kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg
malaysia mali mexico moldova mongolia montenegro morocco myanmar namibia nepal
netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda scotland senegal serbia
singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uzbekistan
venezuela vietnam wales yemen zambia zimbabwe america us u.s. usa u.s.a. uk u.k. eu
u.n. un nato asean beijing moscow washington london paris berlin tokyo seoul pyongyang
kyiv kiev delhi new islamabad kathmandu tehran ankara brussels geneva canberra ottawa
hong kong macao shanghai
alabama alaska arizona arkansas california colorado connecticut delaware florida
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
tennessee texas utah vermont virginia wisconsin wyoming chicago boston houston
atlanta miami dallas denver detroit seattle philadelphia baltimore phoenix
columbus cleveland brooklyn manhattan
""".split())

# Plural or collective nouns that head an unnamed group speaker.
GROUP_NOUNS = frozenset("""
analysts experts officials observers scholars businesspeople businessmen critics
economists diplomats lawmakers legislators leaders residents people sources
supporters opponents protesters activists voters investors traders researchers
scientists authorities advocates aides advisers advisors members participants
insiders commentators historians doctors teachers students workers farmers
republicans democrats conservatives liberals organizers organisers observers
representatives executives insiders witnesses police prosecutors investigators
parents families citizens americans chinese russians europeans officials spokesmen
lawyers attorneys staff staffers allies friends relatives colleagues employees fans
feds plaintiffs defendants shareholders regulators specialists consultants strategists pollsters
backers proponents detractors skeptics sceptics campaigners environmentalists providers
""".split())

PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "we"})
ALL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})

# Adverbs of time in lower case before a name ("…: soon Nora B. Vance had declared …")
ADVERBS_OF_TIME = frozenset({"soon", "then", "now", "later", "also", "still", "finally", "eventually", "once",
                             "again", "meanwhile"})

# Past tenses not spelt "-ed" that take an object: "Goodlatte sent the referral to …"
IRREGULAR_PASTS = frozenset("""sent made took gave brought held met led left put won lost ran sought
bought built kept paid spent struck wrote threw drew began chose""".split())
# The same as one regular-expression alternation ("began|bought|…"), for the patterns that read a past verb
IRREGULAR_PAST_ALTERNATION = "|".join(sorted(IRREGULAR_PASTS))
# A phrase of when or where opening a sentence, as one regular expression (its comma
# after it): "In a September debate", "On Tuesday", "Earlier this year"
OPENING_TIME_OR_PLACE = r"(?:In|On|At|During|Last|This|Earlier|Later)\s+[^,;:.!?\x01“”\"]{2,40}?"
# Words that may stand between a subject and its verb ("Zhang has also said").
AUXILIARIES = frozenset("""
has have had is are was were will would could should can may might must did does do
also again further later previously recently then once first earlier repeatedly
publicly privately reportedly often frequently subsequently additionally moreover
even still already just quickly flatly angrily simply separately explicitly
specifically directly openly bluntly firmly strongly clearly initially
here there too themselves himself herself alike since only
""".split())

# Words that open a subordinate clause in front of a subject ("While the US has …").
SUBORDINATORS = frozenset("""
while as when although though because since if after before whereas and but so yet
meanwhile however still also then even once whenever wherever until unless
""".split())

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                         "his", "her", "their", "our", "some", "many", "several", "both",
                         "other", "two", "three", "most", "all"})

PREPOSITIONS = frozenset("""
in on at to with for from by of during after before about over under between
among into onto through via per across against toward towards within without near
underneath beneath behind beside amid amidst
""".split())

# Nouns that may follow "according to" without being speakers of anything
# ("according to official data, …").
NON_SPEAKER_SOURCES = frozenset("""
data figures statistics numbers estimates records plan schedule tradition custom details
law rules rule regulations guidelines terms
""".split())

NOMINAL_SYNONYMS = {
    "envoy": {"ambassador", "envoy", "diplomat", "consul"},
    "diplomat": {"ambassador", "envoy", "diplomat", "consul", "minister"},
    "official": {"official", "minister", "secretary", "director", "spokesman",
                 "spokeswoman", "spokesperson", "officer", "head", "chief"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "spokesman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokeswoman": {"spokesman", "spokeswoman", "spokesperson"},
    "scholar": {"scholar", "professor", "researcher", "fellow", "expert", "analyst"},
    "expert": {"scholar", "professor", "researcher", "fellow", "expert", "analyst"},
    "analyst": {"scholar", "professor", "researcher", "fellow", "expert", "analyst"},
    "leader": {"president", "premier", "leader", "chancellor", "king", "minister", "chairman"},
    "candidate": {"candidate", "nominee", "contender"},
    "executive": {"executive", "director", "ceo", "chief", "president", "chairman", "chairwoman",
                  "manager", "head", "founder", "officer", "cfo", "coo", "cto"},
    "manager": {"manager", "director", "head", "chief"},
    "nominee": {"candidate", "nominee"},
    "senator": {"senator", "sen", "sen."},
    # a title written short before the name: "Ohio Gov. John Kasich" is "the governor"
    "governor": {"governor", "gov", "gov."},
    "congressman": {"congressman", "rep", "rep.", "representative"},
    "congresswoman": {"congresswoman", "rep", "rep.", "representative"},
    "representative": {"representative", "rep", "rep."},
    "general": {"general", "gen", "gen."},
    "professor": {"professor", "prof", "prof.", "scholar"},
    "lawmaker": {"senator", "sen", "sen.", "rep", "rep.", "representative",
                 "congressman", "congresswoman", "lawmaker", "legislator", "mp"},
}

# People an article meets in its events rather than names as sources: "the man", "the
# driver", "the victim" are seldom an epithet for the person last named, so they are
# never resolved to one by recency alone.
GENERIC_PERSON_NOUNS = frozenset("""
man woman boy girl child kid baby person people driver victim suspect witness resident
neighbour neighbor passenger customer caller teenager teen stranger defendant plaintiff
accused mother father son daughter wife husband brother sister friend colleague relative
patient student pupil worker employee officer detective doctor nurse judge jury juror
voter protester protestor
""".split())

# Parties, leanings and nationalities: on its own such a word is never a speaker's name
# ("Republican said" is a broken subject; "Republicans" is a group).
BARE_AFFILIATIONS = frozenset("""
republican democrat democratic conservative liberal independent progressive libertarian
socialist communist moderate centrist populist nationalist gop american british chinese
russian european african asian latino hispanic mexican canadian french german japanese
""".split())

# Parties and leanings among those: no one's first name, so "Republican Trump" is the
# party and the surname (a nationality may be one: "German Ortega", "French Hill").
PARTY_WORDS = frozenset("""
republican republicans democrat democrats democratic conservative liberal independent
progressive libertarian socialist communist moderate centrist populist nationalist gop
tory labour
""".split())

# Nouns that describe a person before the name without being a title: "Throgs Neck
# resident Dennise Laboy", "Warren supporter Zainab Dossaji" (the words go to the role).
DESCRIPTOR_NOUNS = frozenset("""
resident residents supporter supporters voter student students owner fan worker volunteer
shopper commuter parent neighbour neighbor member employee veteran survivor retiree
pensioner graduate alumna alumnus native businessman businesswoman entrepreneur farmer
actress actor singer star author writer producer filmmaker comedian presenter host
defendant accused claimant plaintiff complainant witness victim suspect patient
co-author author lead-author
billionaire millionaire mogul tycoon magnate financier banker investor developer
philanthropist socialite celebrity comedienne rapper musician artist designer architect
journalist blogger pundit broadcaster novelist playwright poet
neurosurgeon surgeon physician scientist physicist biologist chemist engineer
televangelist evangelist preacher athlete quarterback boxer golfer
frontrunner front-runner hopeful hopefuls contender challenger incumbent rival newcomer
insurgent firebrand donor fundraiser lobbyist operative consultant contractor
detective investigator trooper firefighter paramedic soldier teacher nurse priest
songwriter singer-songwriter trainer striker goalkeeper midfielder defender referee pitcher
councilman councilwoman dentist pharmacist therapist psychologist psychiatrist sociologist
criminologist epidemiologist virologist immunologist climatologist meteorologist ecologist
geologist oceanographer seismologist volcanologist hydrologist astronomer dietitian dietician
nutritionist pediatrician paediatrician obstetrician
chiropractor optometrist physiotherapist physio midwife barrister solicitor magistrate coroner
vendor trader organiser organizer attendee visitor tourist passenger spectator
constituent constituents confidant councilmember assemblymember assemblyman assemblywoman freeholder alderman alderwoman selectman selectwoman
guru footballer cricketer swimmer cyclist skier sprinter gymnast wrestler jockey mountaineer explorer adventurer
agent driver pilot mechanic cashier waiter waitress bartender welder janitor librarian veterinarian
accountant trucker courier juror homeowner tenant
influencer youtuber podcaster campaigner chef photographer dancer drummer guitarist pianist composer
philosopher theologian astronaut inventor heiress shopkeeper landlord landlady fisherman plumber electrician
carer caregiver nanny headteacher headmaster headmistress tutor
instructor educator counselor counsellor statistician mathematician demographer curator archivist
critic essayist biographer screenwriter cinematographer animator illustrator cartoonist sculptor painter
violinist cellist vocalist frontman frontwoman bassist saxophonist programmer technician paralegal clerk
auditor actuary broker realtor auctioneer jeweller jeweler rancher winemaker brewer restaurateur hotelier
postdoc bowler batsman shortstop linebacker outfielder infielder winger fullback skipper goaltender
netminder hurdler rower sailor surfer snowboarder marathoner teammate caddie umpire defenseman defenceman
goalie goalkeeper catcher cornerback halfback
""".split())

# Words that open a capitalised run without being part of the name after them: a
# determiner, a conjunction or a sentence adverb ("Neither Donald J. Trump nor …",
# "Throughout …"); on their own they name nobody ("One", "Another", "Perhaps").
NOT_NAME_WORDS = frozenset("""
neither either nor one another each every any both some such whichever whoever
perhaps maybe likewise throughout meanwhile instead otherwise nonetheless nevertheless
soon only even still also then now later earlier thus hence indeed besides
afterwards afterward eventually finally subsequently
partial transcript excerpt excerpts former
""".split())

# US states as news abbreviates them after a name ("Rand Paul, R-Ky.", "of Raleigh,
# N.C."): a place or a party-and-state tag, never a speaker's name.
STATE_ABBREVIATIONS = frozenset("""
ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass.
mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa.
r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo. d.c.
""".split())

# The states those abbreviations stand for ("R-Tex." is a Texas Republican: "the Texas
# senator"); states written in full after a party letter stand for themselves.
STATE_NAMES = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "kans.": "kansas", "ky.": "kentucky", "la.": "louisiana",
    "md.": "maryland", "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota",
    "miss.": "mississippi", "mo.": "missouri", "mont.": "montana", "neb.": "nebraska", "nev.": "nevada",
    "n.h.": "new hampshire", "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york",
    "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon",
    "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "tex.": "texas", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wisc.": "wisconsin", "wyo.": "wyoming",
}
PARTY_LETTERS = {"r": "republican", "d": "democratic", "i": "independent"}

# One-word names of outlets, platforms and firms that news cites as sources ("according
# to Politico", "Twitter said"): organisations, never people. Names that are also common
# surnames (Bloomberg, Forbes, Nielsen) are left out: the article must say which it is.
# The firms apart: "the company" may stand for them, not for an outlet or a pollster;
# the carmakers and airlines among them are what "the carmaker", "the airline" stand for.
CARMAKER_BRANDS = frozenset("nissan toyota lexus hyundai kia subaru volkswagen porsche renault peugeot stellantis "
                            "volvo audi".split())
AIRLINE_BRANDS = frozenset("airasia ryanair easyjet lufthansa qantas jetblue aeroflot".split())
COMPANY_NAMES = CARMAKER_BRANDS | AIRLINE_BRANDS | frozenset("""
twitter facebook google youtube instagram reddit snapchat microsoft
verizon comcast netflix uber airbnb intel allergan dupont
samsung huawei xiaomi apple amazon alibaba tencent boeing airbus pfizer moderna astrazeneca
walmart starbucks nike adidas exxonmobil chevron spotify tiktok
""".split())
ORGANISATION_NAMES = COMPANY_NAMES | frozenset("""
politico buzzfeed huffpost huffpo huffpollster mashable gawker propublica breitbart axios
vox slate salon drudge newsmax msnbc cnbc nbc abc cbs npr pbs c-span univision telemundo
wikileaks wikipedia greenpeace
gallup quinnipiac rasmussen ipsos yougov crowdpac statista playbook factcheck
politifact snopes
oxfam unicef unesco amnesty
""".split())

# Public bodies news names by their acronym alone, and their full names: "the agency"
# after "NASA's plans" is NASA, as after "the National Aeronautics and Space
# Administration". Only acronyms no common word or person shares.
WELL_KNOWN_ACRONYMS = {
    "NASA": "National Aeronautics and Space Administration", "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency", "NSA": "National Security Agency",
    "EPA": "Environmental Protection Agency", "FDA": "Food and Drug Administration",
    "CDC": "Centers for Disease Control and Prevention", "FEMA": "Federal Emergency Management Agency",
    "IRS": "Internal Revenue Service", "SEC": "Securities and Exchange Commission",
    "FTC": "Federal Trade Commission", "FCC": "Federal Communications Commission",
    "FAA": "Federal Aviation Administration", "NTSB": "National Transportation Safety Board",
    "TSA": "Transportation Security Administration", "DEA": "Drug Enforcement Administration",
    "NOAA": "National Oceanic and Atmospheric Administration", "NIH": "National Institutes of Health",
    "DHS": "Department of Homeland Security", "DOJ": "Department of Justice",
    "USDA": "Department of Agriculture", "NHS": "National Health Service",
    "IMF": "International Monetary Fund", "ECB": "European Central Bank",
    "NATO": "North Atlantic Treaty Organization", "OPEC": "Organization of the Petroleum Exporting Countries",
}

# Firms whose names read as a person's ("Goldman Sachs said …"): whole names, lower-cased
FIRM_NAMES = frozenset({
    "goldman sachs", "morgan stanley", "wells fargo", "charles schwab", "merrill lynch", "lehman brothers",
    "jp morgan", "j.p. morgan", "dow jones", "ernst & young", "procter & gamble", "johnson & johnson",
    "exxon mobil", "exxonmobil", "marks & spencer", "sainsbury's", "berkshire hathaway", "edward jones",
    "raymond james", "fannie mae", "freddie mac", "sallie mae", "warner bros", "warner bros.", "walt disney",
})

# Last words of watchdogs', research firms' and advocacy groups' names, which no person's
# name ends in ("Human Rights Watch", "Forrester Research", "Moody's Analytics",
# "Planned Parenthood", "Physicians for Human Rights", "Bain & Partners")
BODY_LAST_WORDS = frozenset({
    "watch", "research", "analytics", "economics", "parenthood", "rights", "partners", "associates",
    "advisors", "advisers", "consulting", "consultants", "strategies", "solutions", "insights", "intelligence",
    "records", "recordings", "music",   # (record labels: "Big Machine Records", "Sony Music")
    # (a trade in the plural or a science: "Caeneus Minerals", "Acme Therapeutics")
    "minerals", "metals", "therapeutics", "biosciences", "biotech", "robotics", "semiconductors", "beverages",
    "realty", "materials",
})

# First words of a body's name that no person's name begins with ("World Athletics",
# "World Rugby", "Global Witness")
ORG_FIRST_WORDS = frozenset({"world", "global"})

# Party names and their other names: "the Conservative MP" is the "Tory MP".
PARTY_SYNONYMS = {"conservative": "tory", "tory": "conservative", "republican": "gop",
                  "gop": "republican", "labour": "labor", "labor": "labour",
                  "democrat": "democratic", "democratic": "democrat"}

# Words of time and manner that may stand between a cue and what it reports ("announced
# last Thursday that", "said backstage that"); "-ly" adverbs are matched apart.
TIME_AND_MANNER_WORDS = frozenset("""
last this next late early on again also today yesterday tonight recently then now once
afterwards afterward backstage later earlier monday tuesday wednesday thursday friday
saturday sunday morning afternoon evening night week month year weekend
""".split())

# What news calls a company or a body after naming it ("the lender said", "the
# carmaker said"): organisations, not people or groups.
ORG_DESCRIPTION_HEADS = frozenset("""
lender insurer retailer carmaker automaker manufacturer airline carrier exporter importer
supplier distributor conglomerate startup start-up utility regulator watchdog broadcaster
newspaper publisher website platform franchise chain brewer miner drugmaker chipmaker maker
giant firm
""".split())

# Participles that describe a person before the noun ("an unnamed campaign staffer", "a
# retired teacher", "two injured workers"): adjectives, not a clause's verb
ADJECTIVAL_PARTICIPLES = frozenset("""
unnamed unidentified undisclosed retired elected unelected concerned frustrated disgruntled
worried experienced trained licensed registered armed masked respected celebrated seasoned
embattled beleaguered vaccinated unvaccinated qualified insured uninsured unemployed employed
self-employed married divorced widowed convicted detained injured wounded displaced tenured
salaried skilled unskilled educated uneducated college-educated talented deceased estranged
""".split())
# What an anonymous source is to the matter, before a preposition: "people briefed on the
# talks", "one council member involved in the planning", "officials informed about the plan"
SOURCE_PARTICIPLES = frozenset({"briefed", "involved", "informed", "connected", "affiliated", "associated",
                                "allied", "aligned", "acquainted"})

# Peoples, nationalities and regions as news writes them (a table, not a rule:
# "Ryan", "Brian" and "Khan" end like one).
DEMONYMS = frozenset("""
american african asian european arab latino latina hispanic muslim christian jewish southern
northern eastern western midwestern southerner northerner texan californian floridian iowan
syrian iraqi iranian afghan pakistani indian chinese japanese korean vietnamese thai filipino
indonesian malaysian russian ukrainian belarusian polish czech slovak hungarian romanian
bulgarian serbian croatian bosnian albanian greek turkish kurdish israeli palestinian lebanese
jordanian egyptian libyan tunisian algerian moroccan saudi yemeni omani emirati qatari kuwaiti
bahraini german french dutch belgian swiss austrian italian spanish portuguese british english
scottish welsh irish danish swedish norwegian finnish icelandic canadian mexican cuban
venezuelan colombian brazilian argentine argentinian chilean peruvian nigerian kenyan
ethiopian somali sudanese congolese ghanaian australian haitian jamaican
azerbaijani armenian georgian kazakh uzbek turkmen kyrgyz tajik mongolian nepali nepalese
bangladeshi burmese cambodian laotian singaporean taiwanese tibetan estonian latvian lithuanian
moldovan slovenian macedonian montenegrin kosovar cypriot maltese ecuadorian bolivian paraguayan
uruguayan guatemalan honduran salvadoran nicaraguan panamanian trinidadian barbadian bahamian
guyanese ugandan tanzanian rwandan burundian zambian zimbabwean malawian mozambican angolan
namibian senegalese malian cameroonian ivorian liberian eritrean gambian fijian samoan
""".split())
# Peoples' adjectives that are also surnames or first names ("Judith French", "Lauren
# Southern", "German Lopez"): a capitalised one may be a person
SURNAME_DEMONYMS = frozenset({"english", "french", "welsh", "irish", "german", "dutch", "southern",
                              "christian", "northern", "scott"})
