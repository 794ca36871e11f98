"""What must follow a cue word for it to report: the gates of `cues.find_cues`.

A verb that also names things or acts ("reports", "show", "welcomed", "dismissed",
"wrote") reports only before what it can introduce: "that", a clause, a quotation, a
claim it rejects; not before a programme, a guest, a book or a cricket score. Each
entry of `ONLY_BEFORE` is a cue form and the pattern the text right after it must match.
"""
from __future__ import annotations

import re

from .cue_objects import PROPOSITION_SPEECH, reported_object
from .lexicon import IRREGULAR_PAST_ALTERNATION

_REJECTS_A_CLAIM = re.compile(
    r"\s+(?:(?:the|a|an|these|those|such|his|her|their|its|any|all)\s+)?(?:[\w\-’']+\s+){0,3}?(?:claims?|"
    r"accusations?|allegations?|charges?|criticism|suggestions?|idea|notion|reports?|assertions?|"
    r"characteri[sz]ations?|comparisons?|premise|view|desire|calls?|demands?|requests?|proposals?|"
    r"offers?|plans?|bid|advice|argument|conclusions?|findings?|assessment|description|label)\b|\s+[^.]{1,60}?\s+as\s+(?:false|baseless|untrue|"
    r"unfounded|nonsense|absurd|ridiculous|fake|misleading|inaccurate)\b")
_CONTINUES_A_REPORT = re.compile(
    r"\s*(?:[,:;.!?“\"\x01‘]|$|that\b|(?:[A-Z][\w’'.\-]*\s*){1,4}[,.:]|(?:he|she|they)\b)")
_WROTE_A_THING = re.compile(
    # (a determiner's noun phrase: "wrote that the law was clear" is "that" and a clause)
    r"(?!\s+(?:a|an|the|his|her|their|its|this|that|several|two|three|many|dozens\s+of)\s+"
    r"(?:(?!(?:a|an|the|his|her|their|its)\s)[\w\-’']+\s+){0,2}?"
    r"(?:letters?|books?|op-eds?|columns?|memos?|notes?|essays?|articles?|pieces?|messages?|e-?mails?|"
    r"blog|songs?|scripts?|screenplays?|novels?|poems?|bills?|laws?|legislation|checks?|cheques?|"
    r"forewords?|introductions?|prefaces?|afterwords?|chapters?|code|software|lyrics|music|history|biography|"
    r"memoir|speech|speeches|posts?|tweets?|threads?|reviews?|reports?|statements?|responses?)\b"
    # "wrote it off as a fad", "wrote off the debt": dismissed, cancelled; "wrote down his
    # rules", "wrote down the names": a thing set on paper
    r"|\s+(?:[\w’'\-]+\s+)?off\b|\s+down\b"
    # "who writes poetry at weekends", "wrote songs for …": a kind of writing, bare
    r"|\s+(?:fiction|non-?fiction|poetry|novels|books|songs|music|code|plays|scripts|columns|essays|lyrics|software|"
    r"history|speeches|screenplays)\b)", re.I)
_NAMED_AS = re.compile(r"\s+(?:[\w’'\-.]+\s+){1,5}?(?:[“\"\x01‘]|as\s|an?\s)")
_REFERRED_AS = re.compile(r"\s+(?:[\w’'\-.]+\s+){1,5}?as\s+(?:[“\"\x01‘]|an?\s|the\s)")
_CLAIMED_A_THING = re.compile(r"(?!\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w’'\-]+\s+)?(?:lives?|title|titles|"
                              r"crown|seat|seats|prize|trophy|gold|silver|bronze|medals?|jackpot|points?|wickets?|body|bodies|remains|"
                              r"spot|place|pole|record|honou?rs?)\b"
                              # (a superlative held: "claimed the coldest temperature in the country")
                              r"|\s+the\s+(?:[a-z]+est|most\s+[a-z]+|highest|lowest|top|first)\s"
                              # (a count won: "claiming 37 percent of the ballots", "claimed a majority of the seats")
                              r"|\s+(?:(?:about|nearly|almost|roughly|some|over|more\s+than|just\s+over|just\s+under)\s+)?"
                              r"\d[\d,.]*\s*(?:percent|per\s+cent|%)?\s+(?:of\s+the\s+)?(?:vote|votes|seats|delegates|ballots)\b"
                              r"|\s+(?:a\s+|the\s+)?(?:majority|plurality|share|third|quarter|half)\s+of\s+the\s+"
                              r"(?:vote|votes|seats|delegates|ballots))", re.I)
_HAILED = re.compile(r"(?!\s+(?:from|a\s+(?:cab|taxi|car|ride)|an?\s+uber)\b)", re.I)
_READ_ALOUD = re.compile(r"\s*(?:[,.:;“\"\x01]|$|in\s+part\b)")

# A quoted name within a few words after a naming verb: "calls it “Y”", "labeling X’s actions “Y”"
# (not "ferry logs later labeled “restricted” by the harbor board": a passive)
_QUOTED_NAME_AFTER = re.compile(r"\s+(?:[\w’'\-.]+\s+){0,4}?[\x01“\"‘](?![^\n]{0,60}?[”\"’\x01]\s+by\s)")
_OBJECT_THEN_QUOTED_NAME = re.compile(r"\s+(?:[\w’'\-.]+\s+){1,4}?[\x01“\"‘](?![^\n]{0,60}?[”\"’\x01]\s+by\s)")
# "that" opening a reported clause, not a relative one: "the report states that …", but not
# "coastal states that have lost ferries …" or "claims that were made" (a verb right after it)
_THAT_CLAUSE = re.compile(r"\s+that\b(?!\s+(?:have|has|had|are|is|were|was|will|would|could|can|may|might|"
                          r"must|should|do|does|did)\b)")
# "…, somewhat sheepishly, that …": the writer's adverb between commas, then the clause
_ADVERB_THEN_THAT = r"|\s*,\s*(?:[a-z]+\s+){0,2}[a-z]{2,}ly\s*,\s*that\b"
# what a camera shows or a channel screens: pictures, footage, a match (not a finding)
_SHOWS_PICTURES = (r"(?!\s+(?:(?:the|a|an|some|more|new|several|two|three)\s+)?(?:pictures?|photos?|photographs?|"
                   r"images?|footage|videos?|clips?|scenes?|graphics?|maps?)\b"
                   # "has shown signs of life", "showed no sign of slowing", "shows little interest": a state, no finding
                   r"|\s+(?:(?:some|no|little|few|any|clear|early|first|more|new)\s+)?(?:signs?|interest|promise|restraint|"
                   r"strength|weakness|resilience|improvement)\b"
                   # "Amazon Prime Video showing the tournament this year": what a channel broadcasts
                   # (not "the race": a poll shows how a race stands)
                   r"|\s+(?:the|this|every|all|live)\s+(?:[\w’'\-]+\s+){0,2}(?:tournament|match|matches|games?|final|"
                   r"finals|series|season|fight|concert|ceremony|coverage|episodes?|broadcast)\b)")

# Abbreviations a name's words may end in ("Mrs.", "J."), which end no sentence
_NAME_ABBREVIATIONS = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Capt|Adm|Maj|Mt|Ft|Inc|Co|Corp|Ltd|No)"

# A story, a history, a joke told: no report ("tells a history that continues to evolve")
_A_STORY_TOLD = (r"(?!\s+(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w\-’']+\s+){0,2}?(?:story|stories|history|"
                 r"histories|tale|tales|joke|jokes|lie|lies)\b)")

# Cue phrases that are speech only before what they introduce: "went on to say", "went
# on: …", but not "went on strike" or "went on television".
ONLY_BEFORE = {
    "reports": _THAT_CLAUSE,
    # "Ortiz highlights that …"; but "the dispute highlights the possibility …" is no one's report
    "highlights": re.compile(r"\s+that\b"),
    # "asks him questions", "asked a few questions": that questions were put, not which
    **{verb: re.compile(r"(?!\s+(?:(?!(?:whether|if|what|how|why|when|who|about|that)\b)[\w’'\-]+\s+){0,2}?"
                        r"(?:questions|a\s+(?:few\s+|couple\s+of\s+|series\s+of\s+)?"
                        r"questions?)\b)") for verb in ("ask", "asks", "asked", "asking")},
    # "questioned whether the system will work": a doubt put as a question, not "was questioned by police"
    **{verb: re.compile(r"\s+(?:whether|if)\b") for verb in ("questioned", "questions", "questioning")},
    # "he notes that …", "…, she notes."; not a label ("Team game notes: …")
    "notes": re.compile(r"\s+that\b|\s*(?:[,.;!?”\"\x01]|$)|\s+(?:in|on|at|with)\b|"
                        r"\s+(?:the|a|an|his|her|its|their)\s+[\w\-]+(?:\s+[\w\-]+)?\s+[a-z]+(?:s|ed)\b"),
    # "called out his rival for …": a rebuke of someone; not "called out to the crowd" (a shout)
    **{verb: re.compile(r"(?!\s+(?:to|from|of|at|in|on|for)\b)") for verb in ("call out", "calls out", "called out",
                                                                            "calling out")},
    **{verb: re.compile(r"\s+that\b") for verb in ("make clear", "makes clear", "made clear", "making clear")},
    # (or its quotation resumes after it: "“I had capital,” Chazelle claims, “and then …”"; or
    # the writer's adverb stands before "that": "He claims, somewhat sheepishly, that …")
    "claims": re.compile(_THAT_CLAUSE.pattern + r"|\s*,\s*[\x01“\"]" + _ADVERB_THEN_THAT),
    # "Critics claim that …", "opponents charge that …"; not "a claim that …", "in charge of"
    # (a noun's determiner or preposition before them is `cues`' gate)
    **{verb: re.compile(_THAT_CLAUSE.pattern + r"|\s*,\s*[\x01“\"]" + _ADVERB_THEN_THAT) for verb in ("claim", "charge")},
    # "reported to police that …"; not "has reported to them since June", "reported directly
    # to the chief executive": whom someone answers to
    **{verb: re.compile(r"(?!\s+(?:directly\s+)?to\s+(?:him|her|them|me|us|the\s+[a-z]+(?:\s+[a-z]+)?|"
                        r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s*(?:since|until|for|from|directly|and|[,.;)]))")
       for verb in ("report", "reported", "reporting")},
    # "experts note that …"; not "a note that he left", "note the date"
    "note": _THAT_CLAUSE,
    # "is demanding that the candidates propose …"; not "a demanding job", "the union's demands"
    "demands": _THAT_CLAUSE,
    "demanding": re.compile(r"\s+that\b"),
    # "the UN estimates that 160,000 people …"; not "estimates that were published …"
    "estimates": _THAT_CLAUSE,
    # "the economist Joseph Stiglitz comments that …"; not "his comments were …"
    "comments": _THAT_CLAUSE,
    # "contended that …"; not "to contend for the nomination", "contend with rising costs" (to compete, to cope)
    **{verb: re.compile(r"(?!\s+(?:for|with)\b)") for verb in ("contend", "contends", "contended", "contending")},
    # "likened the council to a sinking ship", "compared her to a heretic": a characterisation,
    # with "to" and what the object is likened to; not "compared to last year" (a measure)
    # nor "compared with", "compared notes"
    **{verb: re.compile(r"(?=(?:\s+(?!to\b)[\w’'\-]+){1,8}?\s+to\s+(?!(?:be|have|do|see|make|get|last|previous)\b))"
                        r"(?!\s+(?:notes|prices|figures|numbers|results|data|sales)\b)")
       for verb in ("likens", "likened", "likening", "compares", "compared", "comparing")},
    # "asserted that …"; not "an empire that asserted itself into politics"
    **{verb: re.compile(r"(?!\s+(?:itself|themselves|himself|herself)\b)")
       for verb in ("assert", "asserts", "asserted", "asserting")},
    # "polls show …"; not "the Harbor Morning show on Kellard FM" (a programme)
    **{verb: re.compile(r"(?!\s+(?:on|at)\s+[A-Z])" + _SHOWS_PICTURES) for verb in ("show", "shows")},
    # "showing pictures of the women", "showed footage of …": what was seen, no finding
    **{verb: re.compile(_SHOWS_PICTURES) for verb in ("showed", "showing", "shown")},
    # "denied the report", "denied that …"; not "denied Ortiz a front-row seat"
    # (what was withheld from someone)
    # (nor "denies him a temporary injunction", "denied her bail": a pronoun's)
    **{verb: re.compile(r"(?!\s+(?:[A-Z][\w’'.\-]*\s+){1,3}(?:a|an|the|any|his|her|their)\s)"
                        r"(?!\s+(?:him|them|us|me)\s+(?!that\b)[a-z])"
                        r"(?!\s+her\s+(?:a|an|the|any|bail|access|entry|permission|service|treatment)\b)")
       for verb in ("deny", "denies", "denied", "denying")},
    # "dismissed the claims (as baseless)"; not "dismissed KL Rahul for 21", "dismissed Comey in
    # May" (a wicket, a firing) nor "dismissed the case" (a court's act), unless "as" says how
    **{verb: re.compile(r"(?!\s+(?:[A-Z][\w’'\-]*\.?\s+){0,2}[A-Z][\w’'\-]*(?:\s+(?:for|in|on|at|from|after|over)\b|\s*[,;]))"
                        r"(?!\s+(?:(?:the|a|an|his|her|their|its|all)\s+)?(?:[\w\-]+\s+)?(?:case|cases|lawsuit|suit|appeal|charges|"
                        r"complaint|petition|indictment|jury)\b(?![^.;\n]{0,40}\sas\s))")
       for verb in ("dismiss", "dismisses", "dismissed", "dismissing")},
    # "observed that …"; not "observed Europa for 17 nights" (watched a named thing for a time)
    # nor "observing all of its license commitments", "observed a minute's silence" (kept a rule or a rite)
    **{verb: re.compile(r"(?!\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,3}(?:for|from|through|during|over|with|using)\b)"
                        r"(?!\s+(?:(?:all|each|every|any|the|its|his|her|their|our|a|an)\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                        r"(?:[\w’'\-]+\s+){0,2}?(?:commitments?|rules?|laws?|regulations?|obligations?|sabbath|ceasefire|truce|"
                        r"holidays?|ramadan|silence|protocols?|guidelines?|restrictions?|norms?|standards?|traditions?|customs?|"
                        r"rites?|rituals?|curfews?|lockdowns?|limits?|deadlines?|anniversar(?:y|ies))\b)")
       for verb in ("observe", "observes", "observed", "observing")},
    # "urged him on": cheered, not urged anything
    **{verb: re.compile(r"(?!\s+(?:him|her|them|us|me|[A-Z][\w’'\-]*)\s+on\s*(?:[,.;:!?—–]|-\s|$))")
       for verb in ("urge", "urges", "urged", "urging")},
    # "Rapoport, believe it or not, laments …": the writer's aside
    "believe": re.compile(r"(?!\s+it\s+or\s+not\b)"),
    # "greeted each other as “dear friend”": the words of a greeting; not "greeted the crowd"
    **{verb: re.compile(r"(?:\s+[\w’'\-]+){1,4}?\s+as\s+[\x01“\"‘]") for verb in ("greets", "greeted", "greeting")},
    # "welcomed the decision"; not "welcomed Russian President Vladimir Putin to Beijing"
    # (a host's welcome, to a place)
    **{verb: re.compile(r"(?!(?:\s+(?:[A-Z][\w’'.\-]*|the|a|an|his|her|their|its|of|delegation|delegations|"
                        r"visitors?|guests?|leaders?|counterparts?|team|troops|refugees|crowds?|world|foreign|visiting|"
                        r"fellow|heads|of|state|officials|ministers|students|families|dignitaries))+?\s+(?:to|into|at|in)\s+"
                        r"(?:the\s+)?[A-Z]"
                        # ("welcomed the humans and shared …", "welcomed the refugees": people taken in)
                        r"|\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w\-]+\s+){0,2}?(?:visitors?|guests?|humans?|"
                        r"soldiers|troops|refugees|newcomers|migrants|immigrants|tourists|crowds?|fans|pilgrims|"
                        r"travell?ers|passengers|strangers)\b(?![’']))")
       for verb in ("welcomes", "welcomed", "welcoming")},
    # "shared with the crowd that he believes …"; not "shared a photo", "shared the stage"
    **{verb: re.compile(r"(?:\s+with\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:a|an|the)\b)[\w\-’']+\s+){0,3}?"
                        r"[\w\-’']+)?" + _THAT_CLAUSE.pattern)
       for verb in ("shared", "shares", "sharing")},
    "states": _THAT_CLAUSE,
    "state": _THAT_CLAUSE,
    # "attacked the plan as reckless", "attacking Clinton's record"; not "attacked bars and art
    # galleries", "attacked a police convoy": an assault on places, people in arms or vehicles
    **{verb: re.compile(r"(?!\s+(?:(?:the|a|an|two|three|several|dozens\s+of|many|its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}?"
                        r"(?:bars?|galler(?:y|ies)|shops?|stores?|buildings?|churche?s?|mosques?|temples?|synagogues?|"
                        r"homes?|houses?|villages?|towns?|camps?|bases?|posts?|stations?|checkpoints?|convoys?|"
                        r"vehicles?|trucks?|tanks?|ships?|boats?|aircraft|planes?|positions|troops|soldiers|"
                        r"police(?:\s+officers?)?|officers?|guards?|civilians|residents|protesters|passengers|"
                        r"targets?|facilit(?:y|ies)|plants?|infrastructure|embass(?:y|ies)|schools?|hospitals?)\b)")
       for verb in ("attacked", "attacking")},
    # "described the plan as a disaster", "described how he fled", "described feeling trapped",
    # "described the scene: …"; not "described a visit to the plant in 2019" (a topic)
    **{verb: re.compile(r"\s*[:“\"\x01,]|\s+(?:how|what|why|when|where|that|whether)\b|\s+[a-z]{3,}ing\b"
                        r"|(?:[^.;:!?“”\"\x01]|\.(?!\s+[A-Z])){0,120}?\s(?:as|like)\s"   # (past "U.S.")
                        r"|[^.;:!?“”\"\x01]{0,60}:")
       for verb in ("describe", "describes", "described", "describing")},
    # "…, stating, “…”", "stating that …", "stating in an interview … that …"; not "stating the obvious"
    "stating": re.compile(_CONTINUES_A_REPORT.pattern + r"|\s+(?:in|on|at|during|to|before)\s[^.;:!?“”\"\x01]{1,100}?\sthat\b"),
    # "is labeling Reed’s plan “a reckless waste of money”": a naming verb reports only the
    # quoted name it gives
    **{verb: _QUOTED_NAME_AFTER for verb in ("labels", "labeling", "labelling", "dubs", "dubbing", "calls")},
    # (a past form with the quotation right after it is a passive: "The mayor labeled “a
    # man who …” still runs the port"; with its object first it reports: "labeled Kellard a “…”")
    **{verb: _OBJECT_THEN_QUOTED_NAME for verb in ("labeled", "labelled", "dubbed")},
    # "called the police", "called a meeting", "called off": an act, not a description of someone
    "called": re.compile(r"(?!\s+(?:the\s+)?(?:police|cops|911|ambulance|fire\s+(?:brigade|department)|"
                         r"a\s+(?:meeting|halt|press\s+conference|vote|strike|election|referendum|recess|timeout|"
                         r"special\s+session|news\s+conference)|an\s+(?:election|ambulance|emergency\s+meeting)|"
                         # "called snap general elections for May": an act
                         r"(?:(?:snap|early|new|fresh|special|general|parliamentary|presidential|national)\s+){1,3}"
                         r"(?:elections?|polls|votes?|referendums?)|"
                         # "called with an enticing offer", "called around to friends": a telephone call
                         r"off|in|up|back|into|to\s+mind|with|around)\b"
                         # "called her team in.", "called him back to Washington": a summons, not words
                         r"|\s+(?:[\w’'\-]+\s+){1,3}?(?:in|back|together|home|over|up)(?:\s*[.;,]|\s+(?:to|for|on|at)\b)"
                         # ("called the program up on his computer": a file opened, nothing said)
                         # "called the family’s home number nine times", "called her mother every day":
                         # a number dialled, or someone rung how often or when, nothing said of them
                         r"|\s+(?:the|his|her|their|its|my|our)\s+(?:[\w’'\-]+\s+){0,3}?(?:number|phone|cellphone|"
                         r"landline|hotline|line)\b"
                         r"|\s+(?:him|her|them|me|us|(?:the|his|her|their|its|my|our)\s+(?:(?!(?:an?|the)\s)[\w’'\-]+\s+){0,2}?"
                         r"(?!(?:an?|the)\s)[a-z][\w’'\-]*)"
                         r"\s+(?:every|each|twice|repeatedly|again|later|earlier|(?:\w+|several|many)\s+times|that\s+"
                         r"(?:night|day|morning|afternoon|evening)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday))\b"
                         # "ABC13 called the Harris County Sheriff's Office asking questions": a phone call
                         r"|\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,5}(?:Office|Department|Agency|Station|Hospital|"
                         r"Service|Bureau|Police|Center|Centre|Council|Commission|Ministry|Embassy|Headquarters|Desk)"
                         r"(?=\s+(?:[a-z]+ing|to\s+(?:ask|request|report|complain|seek|get|find)|for\s+(?:comment|help)"
                         r"|and\s+[a-z]+ed)\b|\s*[.;])"
                         # "… and the county probation department called the Youth Accountability Team
                         # (YAT).": a name given or a number dialled, nothing said of anyone
                         # ("Trump called Ailes and screamed …", "called Erdogan later that day", "a trend
                         # called the Internet of Things)": a name and no word said of its bearer; "called
                         # Trump “a bully”", "called Cruz a liar" name and then say what they are)
                         r"|\s+(?:the\s+)?(?:[A-Z][\w’'&.\-]*\s+){0,6}(?!" + _NAME_ABBREVIATIONS + r"\.)[A-Z][\w’'\-]+"
                         r"(?:\s+\([A-Z][\w&.\-]*\))?(?:\s*[.;)—](?!\w)|\s*$|,?\s+(?:and|to|after|before|from|with|later"
                         r"|earlier|again|twice|last|this|that|which|who|shortly|minutes|hours|days)\b))"),
    "calling": re.compile(r"(?!\s+(?:the\s+)?(?:police|cops|911|ambulance|a\s+(?:meeting|halt|vote|strike|"
                          r"election|press\s+conference)|off|in|up|back|into)\b)"),
    # "“…,” he continued" and "continued: …" report; "continues to elude" does not
    "continue": _CONTINUES_A_REPORT,
    "continues": _CONTINUES_A_REPORT,
    "continued": _CONTINUES_A_REPORT,
    # "calls on the regulator to act", but not "a conference call on Monday"
    "call on": re.compile(r"(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+phone|"
                          r"\d|january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\b)", re.I),
    # "rejected the claims", "rejected the allegations as false" report; "rejected two
    # amendments" is a vote
    "rejected": _REJECTS_A_CLAIM,
    "rejecting": _REJECTS_A_CLAIM,
    # "posted on Twitter that …", "posted: …"; not "posted a photo"
    "posted": re.compile(r"\s*(?:[,:“\"\x01]|that\b|(?:on|to)\s+(?:[A-Z]\w*|her|his|their|its|social)[^.]{0,40}?"
                         r"(?:that\b|[,:]))"),
    # "wrote that …", "wrote in a memo: …"; not "wrote a letter to the leaders" (what
    # was written, not what it says)
    "write": _WROTE_A_THING, "writes": _WROTE_A_THING, "wrote": _WROTE_A_THING, "writing": _WROTE_A_THING,
    # "“…,” the statement read.", "The letter reads, in part: …"; not "read the report"
    "read": _READ_ALOUD, "reads": _READ_ALOUD,
    # "a study found that …"; not "the crew found themselves in a long dispute", a court's
    # "found in Louisiana's favor", "found for the plaintiff", "has found a new home", or
    # things found in a place
    **{verb: re.compile(r"(?!\s+(?:himself|herself|themselves|itself|ourselves|myself|yourself|yourselves)\b"
                        r"|\s+in\s+(?:\w+[’']s\s+)?favou?r\b|\s+for\s+the\s+(?:plaintiffs?|defendants?|state)\b"
                        r"|\s+(?:a|its|his|her|their)\s+(?:new\s+)?(?:home|buyer|publisher|partner|way|place)\b"
                        # "studies have found them in the lining of every organ": where things were found
                        r"|\s+(?:them|him|her|it|us)\s+(?:in|inside|at|on|under|near|among|within|across)\b"
                        # "A jury found him guilty of …", "found the firm liable": a verdict, no report
                        r"|\s+(?:them|him|her|it|us|(?:the|a|an|his|her|its|their)\s+(?:[\w\-]+\s+)?[\w\-]+|"
                        r"(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)\s+(?:not\s+)?(?:guilty|liable|innocent|"
                        r"culpable|negligent|competent|incompetent|in\s+contempt)\b"
                        # "The council found the leak, reported it …": a thing found, then the next act
                        r"|\s+(?:the|a|an|his|her|its|their)\s+(?:[\w\-]+\s+)?[\w\-]+"
                        r"\s*(?:[,;]|\.\s|\s+and\s+[a-z]+ed\b))")
       for verb in ("find", "finds", "found")},
    # "tweeted that …", "“…,” he tweeted"; not "tweeted a video of the rally" (a thing posted)
    **{verb: re.compile(r"(?!\s+(?:a|an|the|his|her|their|its|this)\s+(?:[\w\-’']+\s+){0,2}?(?:videos?|photos?|"
                        r"pictures?|images?|links?|clips?|maps?|charts?|screenshots?|gifs?|memes?|graphics?)\b"
                        r"(?!\s+(?:was|is|were|are|had|has|would|will|showed|shows|proves|proved)\b)"
                        # ("tweeted the photo … with the caption, “…”": the words posted with it)
                        r"(?![^.!?\n]{0,120}?[“\"\x01]))")
       for verb in ("tweet", "tweets", "tweeted", "tweeting")},
    # "explained that …", "explained: “…”"; not "explained his vote on Tuesday", "explained
    # her decision to close the schools" (what was explained, not the words)
    **{verb: re.compile(r"(?!\s+(?:his|her|their|its|the|this|that)\s+(?:[\w\-]+\s+)?(?:reasoning|rationale|"
                        r"thinking|positions?|decisions?|votes?|views?|stance|absence|choices?|move|support|"
                        r"opposition)\b(?!\s*:)(?!\s+(?:was|is|were|are|had|has|would|will|could)\b)"
                        # "explained them to me", "explaining it all again": a thing explained, no words
                        r"|\s+(?:them|it|him|her)(?:\s+all)?(?:\s*[,.;!?)]|\s*$|\s+(?:to|for|again|away|in|on|at|by)\b))")
       for verb in ("explain", "explains", "explained", "explaining")},
    # "“…!” she shouted"; not "was shouted down by the crowd" (silenced)
    **{verb: re.compile(r"(?!\s+down\b)") for verb in ("shouted", "yelled")},
    # "pushed back, saying …", "“…,” she pushed back."; not "pushed back on that idea,
    # citing …" or "pushed back when X proclaimed …" (what was pushed against)
    "pushed back": re.compile(r"\s*(?:[,.:;!?“\"\x01]|$|that\b)"),
    # "“…,” she shot back."; not "spending shot back up" (a rise)
    **{verb: re.compile(r"(?!\s+(?:up|down|into|to|above|below|over|past)\b)") for verb in ("shot back", "fired back")},
    # "the paper observes that …", "…, she observes."; not "observes the Sabbath"
    "observes": re.compile(r"\s*(?:[,.:;!?“\"\x01]|$|that\b)"),
    # "would remark that …", "“…,” they remark."; not "his careless remark"
    "remark": re.compile(r"\s*(?:[,.:;!?“\"\x01]|$|that\b|on\b|upon\b)"),
    # "branded the plan “a disgrace”", "referred to her as “an honest broker”": a name given
    # in words (not "branded goods", "referred to the committee")
    "branded": _NAMED_AS, "branding": _NAMED_AS,
    "referred to": _REFERRED_AS, "refers to": _REFERRED_AS, "referring to": _REFERRED_AS,
    # "she charged, “…”", "charged that …"; not "charged with murder", "charged a fee"
    "charged": re.compile(r"\s*(?:[,:“\"\x01]|that\b)"),
    # "claimed that …", "claimed victory"; not "claimed the lives of four people" or a prize
    "claimed": _CLAIMED_A_THING, "claiming": _CLAIMED_A_THING,
    # "hailed the deal as historic"; not "hails from Ohio" or "hailed a cab"
    "hails": _HAILED, "hailed": _HAILED, "hailing": _HAILED,
    # "All told, the group raised $4 million": in all, no one told anything ("told" takes
    # its hearer or its report, never a comma)
    "told": re.compile(r"(?!\s*,)" + _A_STORY_TOLD),
    # "The museum tells a history that continues to evolve": a story told, no report
    **{verb: re.compile(_A_STORY_TOLD) for verb in ("tell", "tells", "telling")},
    # "The cuts proposed by Trump would mean …": what was proposed, no report
    **{verb: re.compile(r"(?!\s+by\b)") for verb in ("proposed", "recommended")},
    # "voices he sees as elite and informed, Trump …": an adjective, no one informed
    "informed": re.compile(r"(?!\s*[,.;:!?)]|\s*$)"),
    # "as she put it, …", "put it in her memoir"; not "Ronaldo put it away", "put it to a vote"
    **{verb: re.compile(r"(?!\s+(?:away|down|off|out|up|back|together|forward|aside|behind|through|"
                        r"to\s+(?:a|the)\s+vote)\b)") for verb in ("put it", "puts it")},
    # "The port's traffic rose thanks to a new ferry": because of, no thanking
    "thanks": re.compile(r"(?!\s+(?:in\s+(?:large\s+|no\s+small\s+)?part\s+)?to\b)"),
    # "The delay adds to the confusion that …": a share in something, no words added
    **{verb: re.compile(r"(?!\s+to\s+(?:the|a|an|its|his|her|their|this|that|these|those)\s+(?:[\w\-]+\s+){0,2}?"
                        r"(?:drama|pressure|confusion|uncertainty|tensions?|woes|problems?|burden|costs?|list|total|"
                        r"evidence|debate|momentum|sense|perception|mystery|intrigue|chaos|frustrations?|concerns?|"
                        r"fears?|doubts?|speculation|controversy|criticism|challenges?|troubles?|number|tally|count|"
                        r"headaches?|scrutiny|anger|turmoil|questions)\b"
                        # "Trump added Roslyn Layton to his advisory team": someone put on a list
                        r"|\s+(?:[A-Z][\w’'\-]*\s+){1,3}to\s+(?:their|its|his|her|the|a|an|your|our|my)\s)")
       for verb in ("add", "adds", "added")},
    # "conceded the race", "is conceding defeat": the contest given up, no words reported
    **{verb: re.compile(r"(?!\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w\-]+\s+)?(?:race|races|election|"
                        r"defeat|primary|primaries|nomination|contest|seat|caucus|caucuses|game|match|title|goal|goals|"
                        r"penalty|lead|ground|victory)\b)")
       for verb in ("concede", "concedes", "conceded", "conceding")},
    # "MPs adding pressure to …", "adding five companies to a contract": a thing added, no
    # words (not "adding it had been hard")
    "adding": re.compile(r"(?!\s+(?:more\s+|further\s+|new\s+|extra\s+)?(?:pressure|weight|fuel|momentum|value|"
                         r"insult|urgency|jobs|costs?|layers?|knowledge|content|features?|support|capacity|staff|"
                         r"seats?|points?|goals?|runs?|wickets?|members?|users?|customers?)\b"
                         # "it was adding five companies to a contract": a count of things added to
                         # something (not "adding five people had died")
                         r"|\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|"
                         r"dozens\s+of|hundreds\s+of|thousands\s+of)(?:\s+(?:more|new|other|extra))?"
                         r"(?:\s+[a-z-]+){1,2}\s+to\b"
                         # "before adding the fruit pectin powder.", "adding the rest to the pot": a thing
                         # added, the sentence or its destination next (not "adding the state would recover")
                         # "adding Alexa to their gear", "adding extra clutter to your countertop"
                         r"|\s+(?:[A-Z][\w’'\-]*\s+){1,3}to\s+(?:their|its|his|her|the|a|an|your|our|my)\s"
                         r"|\s+(?:more|further|new|extra)(?:\s+[a-z-]+){1,2}\s+(?:to|into)\s"
                         r"|\s+(?:the|a|an|some)(?:\s+(?!(?:is|are|was|were|will|would|can|could|may|might|"
                         r"should|must|has|have|had|does|did)\b)[a-z-]+){1,4}(?:\s*[.;]|\s+(?:to|into)\s)"
                         r")"),
    # "the study concluded that …", "“…,” she concluded."; not "the tour concludes October
    # 10th in Houston", "concluded its visit on Friday", "concluded with a speech"
    **{verb: re.compile(r"(?!\s+(?:with\s+(?:a|an|the)\b|(?:its|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:visit|tour|talks|"
                        r"meeting|trip|season|series|event|festival|hearing|session|process|review|probe|sale|deal|"
                        r"negotiations|campaign|speech|remarks|address|program|programme)\b|(?:January|February|March|April|May|"
                        r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday)\b|\d|(?:two|three|four|five|six|seven|several|many)\s+(?:days?|weeks?|months?|"
                        r"years?|rounds?|hours?|sessions?)\b))") for verb in ("concludes", "concluded", "concluding")},
    # "journalists who fear for their livelihoods": afraid for, nothing feared said
    **{verb: re.compile(r"(?!\s+(?:for|of)\b)") for verb in ("fear", "fears", "feared", "fearing")},
    # "a Denver-based think tank": a noun, no cue
    "think": re.compile(r"(?!\s+tanks?\b)"),
    # ("The actress went on in her statement, “…”": where, then the quotation; "“…,” she went
    # on. “…”": a pronoun's cue between two pieces of its quotation)
    "went on": re.compile(r"(?:(?<=[\x01”\"] he went on)|(?<=[\x01”\"] she went on))\.|"
                          r"\s*(?:[,:“\"\x01]|to\s+(?:say|add|tell|note|argue|claim|insist|warn|call|"
                          r"describe|accuse|praise|criticize|criticise|predict|suggest|explain)\b|that\b|"
                          r"in\s+(?:the|her|his|their|its|a)\s+(?:statement|post|letter|interview|speech|"
                          r"remarks|email|video|message)\s*[,:]\s*[“\"\x01])"),
}


# Cue words that are adjectives too ("took on added significance", "the stated aim"): a
# cue only before what a report may start with
_SECOND_PREDICATE_BEFORE = re.compile(r",\s+(?:and|but)\s+(?:also\s+|later\s+)?$")   # "…, but added …": a verb, no adjective
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|this|that)|\w[’']s?)\s+$", re.I)
_ADJECTIVAL = frozenset({"add", "adds", "added", "noted", "stated", "reported", "expected", "alleged", "concerned"})
_AFTER_ADD = re.compile(r"\s*(?:$|[,.:;!?\"“”\x01—–-]|that\b|of\s+(?:[\w’'\-]+\s+){1,6}?that\b|(?:he|she|they|we|I|you|there)\s+\w|"
                        r"it\s+(?:is|was|has|had|will|would|could|expects|plans|intends|sold|grew|rose|fell|[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION + r")\b|(?:in|on|at|to(?!\s+[a-z]+\s+(?:the|an?|its|his|her|their)\s)|during|after|before|with|when|while|"
                        r"later|earlier|recently|yesterday|today|again|also|this|last)\b|"
                        # "reported late Thursday", not "reported late payments"
                        r"(?:late|early)\s+(?:on\s+|last\s+|this\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|"
                        r"sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year)\b|(?:[A-Z]|"
                        r"(?:the|a|an)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?\s*[.,;!?]|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?:|"
                        # "noted the Harbor Police returned the boat": a named body and its past verb
                        r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,4}(?!(?:said|says)\b)[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their|to)\b|"
                        # "noted the nominee was wrong", "noted the nominee “makes you …”": a clause
                        r"(?:the|his|her|their|its|our|this|these|those)\s+(?:[\w’'\-]+\s+){1,4}?"
                        r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did)\b|"
                        r"(?:does|do|did|is|are|was|were|has|have|had|wo|ca|could|would)n[’']t\b|[“\"][a-z])))")

# "“…,” added another commonwealth Democrat, “…”": a cue inverted after a quotation, its
# speaker a description closed by a comma or a period
_CLOSED_QUOTATION_BEFORE = re.compile(r"(?:[,?!]?[”\"’]+|\x01)\s*$")
_DESCRIPTION_CLOSING = re.compile(r"\s+(?:another|one|a|an|the)\s+(?:[\w’'\-]+\s+){0,3}[\w’'\-]+\s*[.,]")


# A participle right after an owner's name ("Harbor's recommended console", "the
# companies' stated aims"): an adjective, as no verb follows a possessive (but "it's", "he's"
# are "it is", "he has"; "Reed's recommended that …" is "Reed has")
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?!(?:it|he|she|that|there|who|what|here|where|let)[’']s\b)[A-Za-z][\w\-]*[’']s|\ws[’'])\s+$",
                                re.I)
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_CLAUSE_OR_QUOTE_AFTER = re.compile(r"\s*(?:that\b|[:“\"\x01‘,])")
# "the tweet shown above claimed …", "the statement quoted below": a participle that points
# elsewhere on the page qualifies its noun (but "said earlier", "said here" may report)
_ON_THE_PAGE_AFTER = re.compile(r"\s+(?:above|below)\b")


def used_as_adjective(word: str, text: str, start: int, end: int) -> bool:
    """Whether the cue ``word`` at ``start:end`` is an adjective, not a report ("took on
    added significance", "Harbor's recommended console", "the tweet shown above"); but
    "reported a profit of …", "reported raising $9 million" report what a filing reports
    (not "a reported $5 million deal")."""
    if word.endswith(_PARTICIPLE_ENDINGS) and (_ON_THE_PAGE_AFTER.match(text, end) or (
            _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start) and not _CLAUSE_OR_QUOTE_AFTER.match(text, end))):
        return True
    return word in _ADJECTIVAL and not _AFTER_ADD.match(text, end) \
        and not _SECOND_PREDICATE_BEFORE.search(text, max(0, start - 20), start) \
        and not (_CLOSED_QUOTATION_BEFORE.search(text, max(0, start - 4), start)
                 and _DESCRIPTION_CLOSING.match(text, end)) \
        and not (word in PROPOSITION_SPEECH and reported_object(word, text, end)
                 and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start))


# A negation right before the cue: what was not said is no report ("analysts don't think
# things will get better" is no one's claim that they will; "The mayor never said …")
_NEGATION_BEFORE = re.compile(
    r"(?<![\w’'])(?:(?:did|does|do|has|have|had|would|could|will|can|should|is|are|was|were)(?:\s+not|n[’']t)|"
    r"never|cannot|won[’']t|can[’']t)\s+(?:(?:yet|ever|even|always|publicly|explicitly|directly|specifically|"
    r"actually|really)\s+)?$", re.I)


def negated(text: str, start: int) -> bool:
    """Whether the cue at ``start`` is negated ("did not say", "don't think", "never said")."""
    return _NEGATION_BEFORE.search(text, max(0, start - 30), start) is not None


# "that" or "this" before a noun of something said, the noun's sentence going on with no
# verb of its own: a demonstrative and its object, no clause reported ("China had maintained
# that position at a meeting", "He repeated this claim on Tuesday"; but "said that view is
# wrong" reports)
_DEMONSTRATIVE_OBJECT = re.compile(
    r"\s+(?:that|this)\s+(?:position|view|claim|stance|line|argument|point|idea|notion|message|assessment|"
    r"version|statement|estimate|decision|policy|approach|belief|theory|sentiment|promise|pledge|request|"
    r"demand|warning|charge|accusation|allegation|comment|remark|narrative|assertion|contention|conclusion|"
    r"finding|prediction|opinion|criticism|concern|advice|theme|thought|feeling|commitment|offer|proposal)\b"
    # (not "say that account, and hundreds like it, show …": the subject of a clause)
    r"(?!\s+(?:is|was|are|were|has|had|will|would|could|can|should|may|might|must|did|does|do)\b|[’']s\b|\s*,)")


def demonstrative_object(text: str, end: int) -> bool:
    """Whether the cue ending at ``end`` takes "that position", "this claim" as its object."""
    return _DEMONSTRATIVE_OBJECT.match(text, end) is not None

