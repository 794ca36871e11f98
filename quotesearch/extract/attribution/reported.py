"""Reported clauses: what a speaker-first attribution reports after its cue.

`reported_clause` reads "Zhang said (that) C." past the cue: an audience ("told
reporters that …"), an addressee ("asked Julia whether …"), a time or a manner
("said on Saturday, …"), to a that-clause, a bare clause, a promised infinitive
("vowed to block the bill"), up to where the writer turns back to describing the
speaker; None when no clause follows ("said on Saturday.", "said as he launched …").
The speaker before the cue is `opening.subject_left`'s.
"""
from __future__ import annotations

import re
from typing import Optional

from ..cue_objects import WH_CONTENT, WH_THAT_ONLY
from ..cues import AUDIENCE_BEFORE_THAT, INVERTIBLE, RECIPIENT_CUES, THAT_ONLY, VOICE_ONLY, find_cues
from ..lexicon import IRREGULAR_PAST_ALTERNATION, PREPOSITIONS, TIME_AND_MANNER_WORDS
from ..mentions import parse_mention
from ..text import count_words
from .closing import attribution_closes, attribution_closes_a_quotation
from .phrases import (ADJUNCTS_THEN_CLAUSE, AUXILIARY_AFTER_THAT, ADJUNCT_START, CLAUSE_START, DESCRIPTIVE_APPOSITIVE, FINITE_VERB, LEADING_JUNK, QUOTE_AFTER_ADJUNCTS, QUOTED_WORD,
                      HOW_MUCH_ONLY, SPLIT_AND, THAT)
from .as_clause import as_clause_start
from .introduced import HEDGED_QUOTATION
from .passives import passive_content_start
from .questions import ASKING, QUESTION_START
from .recipients import after_recipient, that_reach
from .units import MASK, Attribution, Unit

_ASIDE_CLOSES = re.compile(r"\s+(?:[-—–]{1,2}|--)\s")
# A semicolon right after the cue: the cue has no object ("…, analysts say; in 2012, …")
_SEMICOLON_AFTER_CUE = re.compile(r"\s*;")


# "announced last Thursday that", "said backstage that": a few adverbial words, no object
_ADVERB = r"(?:[a-z]+ly|" + "|".join(sorted(TIME_AND_MANNER_WORDS)) + ")"
# The audience between a cue and "that": "residents", "the fans", "Giants supporters",
# "local people" (a short noun phrase, no verb)
_AUDIENCE = re.compile(r"\s*(?:(?:(?:the|its|his|her|their|our|all|local)\s+)?(?:[\w’'\-]+\s+){0,2}?"
                       r"(?:[a-z]+s|people|staff|public|press|media|[A-Z][\w’'\-]*)"
                       # ("informed him that …", "warned the board that …": one hearer)
                       r"|him|her|them|us|me|you|(?:the|its|his|her|their|our|an?)\s+(?:[\w’'\-]+\s+){0,2}?[a-z][\w’'\-]*)"
                       r"\s*,?\s*")
_ADVERBS_BEFORE_THAT = re.compile(rf"\s*(?:{_ADVERB}\s+){{0,2}}{_ADVERB}\s*,?\s*", re.I)
# A short object, then how it was done by speaking: "explained the headline by saying: “…”",
# "defended the plan by arguing that …" (the thing explained; the gerund's cue reports)
_OBJECT_THEN_SPEAKING = re.compile(
    r"\s*(?:the|a|an|his|her|their|its|this|that|these|those|our|my)\s+"
    r"(?:(?!(?:would|will|could|can|should|may|might|must|is|was|are|were|has|had|have|did|does)\b)[\w’'\-]+\s+){1,4}?"
    r"(?:by|after|before|while|upon|without)\s+"
    r"(?:saying|arguing|noting|telling|writing|adding|insisting|claiming|asking|explaining|declaring|"
    r"answering|responding|pointing|stating|tweeting|suggesting)\b")
# (verbs whose object is what was said: "said the council voted after arguing for hours",
# "called her son her hero before explaining …")
_CONTENT_FIRST = frozenset("""say says said tell tells told add adds added note notes noted write writes wrote
claim claims claimed argue argues argued insist insists insisted warn warns warned report reports reported
state states stated predict predicts predicted call calls called dubbed labeled labelled branded""".split())
# ("said it plainly at the ferry dock: …": how well, and the words come after)
_DEMONSTRATIVE_ONLY = re.compile(
    r"\s+(?:this|these|those|it)(?:\s+(?:best|well|better|perfectly|succinctly|bluntly|plainly|simply))?"
    r"\s*(?:$|[.,;:]|(?:during|at|in|on|when|while|after|before|to|as|"
    r"earlier|later|again|last|yesterday|today)\b)")
# A speech act whose object is a pronoun with at most a time, place or manner after it
# ("defended it despite criticism", "praised him on Tuesday"): the act, no words reported
_PRONOUN_OBJECT_ONLY = re.compile(r"\s+(?:it|him|her|them|us|me)(?:\s+(?:on|in|at|despite|after|before|during|again|"
                                  r"repeatedly|publicly|privately|yesterday|today|[a-z]+ly)\b"
                                  r"(?:\s+(?!(?:to|that|of|for|as)\b)[\w’'\-]+){0,3})? ?(?:[.;!?]|$)")
_HOW_WELL_ONLY = re.compile(r"\s+(?:very\s+|so\s+|quite\s+|most\s+)?(?:well|best|better|nicely|perfectly|succinctly|aptly|"
                            r"memorably)\b\s*(?:$|[.;]|(?:and|when|in|at)\b)")
# A title in marks that closes the sentence after an adjunct's comma
_TITLE_CLOSING_ADJUNCT = re.compile(r"\s*(?:[“\"‘]|'')[A-Z][^“”\"\x01]{0,80}?[.!?]?(?:[”\"’]|'')\s*[.!?]?(?:\s|$)")
_RELATIVE_AFTER_ADJUNCT = re.compile(r"[\s”\"’']*(?:which|who|whose|where|when)\b")
# A predicate with no subject after an adjunct's comma (the writer's aside before it): the
# cue was a relative clause's, and the main clause goes on ("Photos that the singer posted
# on Instagram, for instance, were met with …")
_PREDICATE_AFTER_ADJUNCT = re.compile(
    r"\s*(?:(?:for\s+(?:instance|example)|however|though|too|in\s+fact|meanwhile|also|moreover|indeed),\s+)?"
    r"(?:was|were|is|are|has|have|had|will|would|could|should|did|does|do)\b(?!\s*[,.;:!?])")
_PARTICIPLE_AFTER_ADJUNCT = re.compile(
    r"[\s”\"’']*(?!(?:adding|saying|noting|explaining|arguing|insisting|stressing|warning|telling|"
    r"calling|asking|writing|claiming|suggesting|predicting)\b)[a-z]{3,}ing\b(?!\s+(?:that|to)\b)")


# After a closing attribution, a comma and a participle or a subordinate clause add how
# or why it was said, not more of what: "…, the bank said, citing weaker demand",
# "…, the coach said, when pressed about his contract".
_ADJUNCT_AFTER_CLOSING = re.compile(
    # ("…, the two sides said Saturday, October 28, allowing …": the day and its date first)
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*,\s*(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+\d{1,2})?)?"
    # ("…, the brokerage said, sharply revising its forecast": the participle's adverb first)
    r"\s*,\s*(?:(?:[a-z]{2,}ly\s+)?(?!adding\b|saying\b|noting\b|arguing\b|insisting\b|warning\b|explaining\b)[a-z]{2,}ing\b|"
    # ("…,” she said, just prior to Reed’s statement that …": when it was said)
    r"(?:(?:just|shortly|soon|right|long)\s+(?:before|after|prior\s+to)|prior\s+to|"
    # ("…, the council announced on Friday, three days after the ferry ran aground")
    r"(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)"
    r"\s+(?:after|before|later|earlier|since|ago)|"
    r"when|while|whereas|as|after|before|because|since|though|although|despite|amid|during|"
    r"if|unless|once|until|in\s+(?:a|an|the|what|his|her|their|one\s+of|another|yet\s+another|response|reply|reference)|(?:at|on)\s+(?:a|an|the))\b)")
# "“…,” Meghan recalled telling the royals.": how or to whom the quotation just closed was said
_THAT_WORD = re.compile(r"\bthat\b")
_CONJUNCTION_FIRST = re.compile(r"(?:but|and|yet|so|while|as|when)\s", re.I)
# A quotation closed by a comma just before the attribution: the attribution's own
# (or by a trailing off: "“… but with this law ...” she said, her voice trailing off")
_CLOSED_BY_A_COMMA = re.compile(r"(?:(?:[,!?]|\.\.\.|…)[”\"’]|,'')[^\S\n]*$|[”\"’][^\S\n]*,[^\S\n]*$")
# The speaker's sentence going on past the cue: "…,” Tom Reed added, to rebuild the old pier",
# "…,” she said, only with the harbor pilots", "he said: That …"
_SENTENCE_GOES_ON = re.compile(r"\s*(?::|,\s*(?:to\s+[a-z]+|only|or)\b)"
                               # (or a participle reports more: "… said late on Friday, urging the council to act")
                               r"|[^,;\x01]{0,60},\s*(?:[a-z]+ly\s+)?(?:calling|urging|demanding|adding|noting|warning|"
                               r"arguing|insisting|explaining|saying|asking|promising|vowing|pledging)\b")
# A subject and its verb: a clause reported after all ("“…,” one ferry captain said the two
# routes were nothing alike"), not where or to whom the quotation was said
_CLAUSE_OPENS = re.compile(r"(?:\s*,\s*(?:and|but))?\s+(?:(?:he|she|they|it|we|I|there|you)\s+[a-z]|(?:the|a|an|his|her|their|its|our|this|these|"
                           r"those|[A-Z][\w’'\-]*)(?:\s+[\w’'\-]+){0,5}?\s+(?:is|are|was|were|will|would|has|have|"
                           r"had|can|could|should|may|might|must|did|does|do)\b)")
_GERUND_AFTER_CLOSING = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:during|according|including|regarding)\b)[a-z]{3,}ing\b")
# "…, the inquest heard on November 1, reported The Mirror.": the outlet relaying a
# closing attribution, nothing more reported
_RELAY_AFTER_CLOSING = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier)\b[^,;.\x01]{0,40})?\s*,\s*(?:(?:reported|reports|according\s+to)"
    r"\s+(?:the\s+)?[A-Z][^.;\x01]{0,60}|(?:the\s+)?[A-Z][\w.&’' -]{0,40}\s+(?:reported|reports))\s*\.?\s*$")
# Verbs of repeating someone, and their object up to a clause or a pause: the person or
# people echoed, when it names them
_ECHOING = frozenset({"echoing", "echoed", "echoes", "echo"})
_ECHOED = re.compile(r"\s*([^,;:.\x01]+?)(?=\s*(?:[,;:.\x01]|$)|\s+(?:who|whom|which|that|when|as|in|on|at|and)\b)")
# "…, the IMF report says — also in line with the bank's take.": after a closing attribution,
# a dash opens the writer's aside on the report, not more of it
_DASH_AFTER_CLOSING = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                                 r"\s*(?:[—–]|--?\s)")
# "“…” Trump said which, given …, triggered jokes": the writer's relative clause on what was said
_WHICH_AFTER_CLOSING = re.compile(r"\s*,?\s*which\b")
# "…, residents said and videos from both groups showed.": a second source of the same report
_SECOND_SOURCE_AFTER_CLOSING = re.compile(
    r"\s+and\s+(?:[\w’'\-]+\s+){1,6}?(?:showed|show|shows|confirmed|confirm|said|say|says|reported|report|"
    r"suggested|indicated|agreed|added)\s*[.!?]?\s*$")
# "announced in 2017 his decision to pull out": a date, then the thing announced
_DATE_THEN_OBJECT = re.compile(r"\s*(?:in|on)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?)( )(?=(?:his|her|their|its|a|an|the)\s+[a-z])")
_TIME_NOUN = (r"(?:week|month|year|night|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|"
              r"friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
              r"november|december)")
# "wrote last October after …": when it was said, no report (but "said this year will …",
# "said last year's budget …": the subject of the report)
_TIME_PHRASE = re.compile(r"\s+(?:last|this|next)\s+" + _TIME_NOUN + r"\b(?![’']s\b)(?!\s+[a-z]+(?:s|ed)\b)"
                          r"(?!\s+(?:will|would|can|could|should|may|might|must)\b)", re.I)
_TIME_THEN_CLAUSE = re.compile(
    r"(\s+(?:on\s+)?(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"recently|again|also|earlier|later|(?:last|this|next)\s+" + _TIME_NOUN + r"))(?=\s+(?:he|she|they|it|we|I|there|[A-Z]\w*\s+(?:is|was|will|would|has|had|can|could)|"
    r"(?:the|a|an|its|his|her|their)\s+(?:[\w\-]+\s+){1,5}?(?:is|are|was|were|will|would|has|had))\b)", re.I)
# What follows a cue and tells how or when it was said: "as …", "when …"
_ADJUNCT_CLAUSE = re.compile(
    r"\s*(?:[\w\-]+ly\s+)?(?:as|when|while|whenever)\b(?![^,;:\x01]*,)")
# Promises report a commitment in an infinitive: "vowed to block the bill"
_COMMISSIVES = frozenset({"vow", "vows", "vowed", "vowing", "promised", "promising", "pledged", "pledging"})
_INFINITIVE = re.compile(r"(\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
                         r"(?:again|also|repeatedly|publicly|once\s+more)\s+)?)to\s+(?:not\s+)?"
                         r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]")
# ", and he railed against …", ", he appears uneasy", ", as he deflected …" (not the aside
# ", as he later explained,"): the writer is back to describing the speaker, so the
# reported clause ended at the comma
_NEW_CLAUSE_ABOUT_SPEAKER = re.compile(
    r",\s+(?:and\s+(?:then\s+|later\s+)?|but\s+|while\s+|although\s+|as\s+(?![^,.;:]{1,30},))?(?:he|she)\s+(?!said|says)"
    r"|,[”\"’']\s+(?:and|but|while|although)\s+(?:he|she)\s+(?!said|says)"   # ("“non-entities,” but he gave …")
    r"|[”\"]?;\s+(?:he|she)\s+(?:also\s+)?[a-z]+s\b"      # "…”; he also notes that …": a report of its own
    r"|,\s+(?:who|whose)\s(?![^.;!?\n“\"]{0,60}[“\"])"   # ", who has been battered …": the writer's aside
    # (but not one that soon quotes the speaker: ", who need an education “which …”", ", who she
    # noted was “on her last run”"; one whose own subject speaks is still no part: ", who
    # revealed “the prankster …”")
    r"|,\s+who\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|revealed|reveals|wrote|writes|added|adds|recalled|recalls)\b"
    r"|,?\s+but\s+(?:has|have|had|did|does|will|would)\s"   # "… but has withheld …"
    # (not a passive, the report's subject's: "the man tried to flee but was caught by …")
    r"|,?\s+but\s+(?:is|was)\s(?!(?:[a-z]{3,}ed|caught|shot|killed|found|taken|seen|held|beaten|struck|hit)\b)"
    # "insists the council must be a body of builders, and has championed a plan …": the speaker's next predicate
    r"|,\s+and\s+(?:has|have|had)\s+(?:also\s+|long\s+|since\s+|repeatedly\s+)?[a-z]{3,}(?:ed|en)\b"
    r"|,\s+and\s+(?:also\s+)?(?:suggested|said|added|argued|warned|noted|called|urged|insisted|stressed)\b"
    # "suggested her budget was behind the delays, called her “second-rate” and skipped …": the
    # speaker's next act in a list of them, naming or attacking someone
    r"|,\s+(?:called|accused|blasted|slammed|mocked|labeled|labelled|branded|dubbed|praised|thanked)\s+"
    r"(?:him|her|them|it|the|his|their)\s"
    # "- essentially conceding …" (not "– including Beijing’s …": a preposition in -ing)
    r"|\s[-—–]+\s+(?:\w+ly\s+)?(?!(?:including|excluding|according|regarding|concerning|during|following|"
    r"notwithstanding|involving|surrounding)\b)\w+ing\b")
# ("even after she leaves the port, she will …": an intensifier before the subordinator)
_SUBORDINATE_OPENING = re.compile(r"(?:(?:even|just|only|shortly|soon|long|right)\s+)?"
                                  r"(?:if|when|once|unless|because|although|though|after|before|until|"
                                  r"as\s+(?:a|an|the|his|her|their|its|one|someone)\s|"   # "as the town's first mayor, she …"
                                  r"while|whether|whenever|as\s+soon\s+as|the\s+moment|each\s+time|"
                                  r"every\s+(?:day|time|night|morning|week|year))\b[^,]*$", re.I)

# The question named, then a colon before it: "asked the same question she had asked before:"
_QUESTION_THEN_COLON = re.compile(r"\s*(?:(?!(?:whether|if|what|how|why|who|when|where)\b)[\w’'\-]+\s+){0,6}?"
                                  r"questions?\b[^:;.!?\x01“\"]{0,80}:")
_ADDRESSEE_BEFORE_QUESTION = re.compile(
    r"\s*(?:(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*|"
    r"(?:him|her|them|us|me|you)|(?:the|his|her|their|its|our)\s+(?:(?!to\s)[\w’'\-]+\s+){0,3}[a-z][\w’'\-]*)"   # ("the council", "the Democratic contender")
    r"(?=\s+(?:whether|if|how|why|what|when|where|who)\b)")
# How or where it was said, then when or to whom: "said pleasantly into the phone",
# "said onstage Tuesday night" (no report follows)
_MANNER_ADVERB_THEN_ADJUNCT = re.compile(
    r"\s*(?:[a-z]{3,}ly|onstage|backstage|offstage)(?=\s*[.,;:]|\s*$|\s+(?:"
    + "|".join(sorted(PREPOSITIONS)) + r"|" + _TIME_NOUN + r"|last|this|next|yesterday|today|tonight)\b)", re.I)
# The comma inside a date ("in a March 3, 2019 memo") does not end the adjunct
_MONTH_DAY_BEFORE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}$")
_YEAR_AFTER_COMMA = re.compile(r", \d{4}\b")
# A prepositional adjunct, not an "in"-clause: "in reference to …", "in a nod to …"
_PREPOSITION_ADJUNCT = re.compile(r"\s*(?:in|on|at|during|after|before|with|without|amid|despite|following|"
                                  r"according)\s+(?!(?:which|whom)\b)")

# "wrote a pile of new ballads", "wrote a letter to …": a determined noun phrase right after
# a verb of writing is the thing written, unless a clause starts there ("wrote the deal is dead")
_WRITING = frozenset({"write", "writes", "wrote", "writing"})
_WRITTEN_THING = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|these|those|some|most|several|one|two|three|\d+)\s")
# What is posted may be a picture, not words ("tweeted a photograph of the flooded pier"; but
# "tweeted her thanks", "tweeted his call that …" report), and "out" is a post's particle
# ("tweeted out that …")
_POSTING = frozenset({"tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted", "posting"})
_POSTED_THING = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|these|those|one|two|three|\d+)\s+(?:[\w’'\-]+\s+){0,3}?"
                           r"(?:photos?|photographs?|pictures?|images?|videos?|clips?|links?|screenshots?|selfies?|"
                           r"maps?|charts?|memes?|gifs?|GIFs?)\b")
_OUT_PARTICLE = re.compile(r"\s+out\b(?=\s)")
# "that" after a preposition is a pronoun ("cases of that", "at that time"), no clause's start
_PREPOSITION_BEFORE_THAT = re.compile(r"\b(?:of|for|about|with|like|than|at|on|from|to|into|by|without|after|before)\s+$", re.I)
# A noun whose own clause "that" opens, perhaps with when it came: "just prior to Reed’s
# notice Tuesday that he would back …", "amid news that …" (the noun's content, not the report)
# (but not the writing the words came in: "said in a statement that …", "in an announcement
# that …"; nor "evidence": "claiming without any evidence that …" is the claim's "that")
_NOUN_BEFORE_THAT = re.compile(r"(?<!\bin\sa\s)(?<!\bin\san\s)\b(?:announcement|news|assurances?|promises?|pledges?|"
                               r"decision|fact|notion|belief|rumou?rs?|allegations?|"
                               r"accusations?|revelations?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
                               r"Thursday|Friday|Saturday|Sunday|today|yesterday))?\s+$")
# A subject after "what": the cue's clause is a free relative ("see what the data says about
# me"), a report only when a verb follows ("what several pilots said was a warning")
_FREE_RELATIVE_BEFORE = re.compile(r"\bwhat(?:ever)?\s+$", re.I)
_COLON_SOON = re.compile(r"(?:\s+[\w’']+){0,3}\s*:")   # ("what the research tells us: that …")
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|could|might|may|can|should|must|[a-z]+ed)\b")
_ING_WORD = re.compile(r"\b[a-z]{3,}ing\b")
# A determined noun phrase alone to the end of the sentence (checked for verbs by `_VERB_LIKE`)
_APPOSITION_ENDS_SENTENCE = re.compile(r"\s*(?:a|an|the)\s+[^,;:.!?\x01]{1,60}[.!?]?\s*$")


# A gerund after the cue's preposition is its object: "insisted on paying …", "spoke about
# leaving …" (not "said on Monday", "said in closing")
_GERUND_AFTER_PREPOSITION = re.compile(r"\s+(?:on|upon|about)\s+(?=(?!(?:morning|evening|spring|something|nothing|"
                                       r"anything|everything|thing|king|ring|wing|string|building|meeting)\b)"
                                       r"[a-z]{2,}ing\b)")


# A subject pronoun and its verb before a "that": a clause of the report's own, not words to skip
_CLAUSE_BEFORE_THAT = re.compile(r"\s*(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]+\s*")


def _next_comma(rest: str, start: int) -> int:
    """The next comma that ends a phrase, not the one inside a date ("Sept. 26, 2014")."""
    comma = rest.find(",", start)
    while comma != -1 and _YEAR_AFTER_COMMA.match(rest, comma) and _MONTH_DAY_BEFORE.search(rest, 0, comma):
        comma = rest.find(",", comma + 1)
    return comma


# "said about 42 people …", "say at least 4,217 …": a count, not what was talked about
# (or a share by its fraction: "said about half of the adjustment reflected …")
# "…, that, after so many obstacles" / "having overcome obstacles": an aside opening inside a clause
_THAT_THEN_ASIDE = re.compile(r"\bthat\s*,\s*[^,;:\x01]*$")
_PARTICIPLE_OPENING = re.compile(r"(?:having|being|[a-z]{3,}ing)\s")
_THAT_COMMA_BEFORE = re.compile(r"\bthat\s*,\s*$")
# A second "that" opened by an adjunct, its subject after the comma: "…, but that in hindsight, he saw …"
_THAT_THEN_WORDS = re.compile(r"\bthat\s+([^,;:\x01]*)$")


def _that_then_adjunct(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in "that" and an adjunct with no verb of its own."""
    m = _THAT_THEN_WORDS.search(text, start, end)
    return bool(m and ADJUNCT_START.match(text, m.start(1)) and not FINITE_VERB.search(text, m.start(1), end))


_COUNT_START = re.compile(r"\s*(?:about|around|over|under|at\s+least|at\s+most|up\s+to)\s+(?:\$?\d|"
                          r"(?:a\s+|one\s+|two\s+)?(?:half|third|quarter|fifth|[a-z]+-(?:thirds?|quarters?|fourths?|fifths?))\b)")


# "that" as a demonstrative: a time ("that week"), or a noun phrase with no verb after it
# (a time before a clause's own subject: "said that week the bill …", not "that day was …")
_THAT_TIME = r"\s+(?:week|day|month|year|night|morning|afternoon|evening|weekend)"
_TIME_AFTER_THAT = re.compile(_THAT_TIME + r"\b,?(?=\s+(?:the|a|an|he|she|it|they|we|I|his|her|their|[A-Z])\b)")
# … a time with no clause after it is when, whatever verb comes later ("told staff later that
# afternoon with Lachlan at his side")
_TIME_AFTER_THAT_ALONE = re.compile(_THAT_TIME)
# a noun right after "that", then an adjunct or the end: "that sentiment on Wednesday"
_NOUN_AFTER_THAT = re.compile(r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|there|this|his|her|their|its|our|"
                              r"even|one|some|many|most|all|no|every|everyone|only|about|if|when)\b)[a-z]+"
                              r"(?=\s+(?:on|at|in|to|with|from|for|again|too|during|after|before|as|when|while)\b"
                              r"|\s*[.,;]|\s*$)")
# An occasion or a medium the words came in, and its relative "that": "during an interview
# that also included Chastain", "in a video that was posted on Facebook"
_OCCASION_THEN_RELATIVE = re.compile(r"\b(?:interview|interviews|statement|video|call|conversation|meeting|speech|"
                                     r"appearance|podcast|episode|broadcast|event|session|hearing|post|tweet|email|"
                                     r"letter|op-ed|column|article|documentary|program|programme|show|segment)\s+that$")
_RELATIVE_PREDICATE = re.compile(r"\s+(?:(?:also|later|then|first|recently|just|previously|originally|was\s+)\s*)?"
                                 r"(?:[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION + r"|was|were|is|are|has|had|have|"
                                 r"airs|runs|includes|features|appears)\b")
# "in a response that drew a massive cheer", "against reopenings that could lead to …": a
# past verb and its object, or a modal and its verb, right after "that" make it the
# relative pronoun of the adjunct's noun, not the start of a report
_RELATIVE_THAT_VERB = re.compile(r"\s+(?:(?:[a-z]{3,}ed|" + IRREGULAR_PAST_ALTERNATION + r")\s+"
                                 r"(?:a|an|the|his|her|their|its|some|no|\d)\b|(?:could|might|may|would|will)\s+"
                                 r"(?!be\b|have\b)[a-z]{3,}\b)")
# "tweeted with more discretion, and spared …": a second verb of the same subject, no report
# (but "said on Monday, but he said …" opens a clause of its own)
# ("wrote about this point in more detail, but it’s worth emphasizing …": after "but" the writer's own clause)
_SPLIT_CONJUNCTION = re.compile(r"\s*(?:and|but|yet|or)\s+")
# the second half of a split report that has its own subject and cue: "…, but he said …"
_REPORT_OF_ITS_OWN = re.compile(r"(?:he|she|they|it|we|I)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|"
                                r"noted|notes|told|tells|argued|argues|insisted|insists|acknowledged|conceded|"
                                r"stressed|warned|explained|suggested|admitted)\b")
_VERB_LIKE = re.compile(r"\b(?:would|will|can|could|should|may|might|must|is|are|was|were|has|have|had|do|does|"
                        r"did|[a-z]{2,}ed|[a-z]{3,}s)\b|[’']s\b|n[’']t\b")


# A participial aside between a cue and its quotation or "that": ", again using an accent, “"
_MANNER_ASIDE_BEFORE_QUOTE = re.compile(
    r"\s*,\s*(?:(?:again|still|once\s+more|then|now|[a-z]+ly)\s+)?[a-z]{2,}ing\b[^,;:\x01]{0,80},\s*(?=\x01|that\b)")


_WHO_ASIDE = re.compile(r",\s+(?:who|whose)\s")
# A relative aside closed by its comma, then a verb: it describes the report's own subject,
# whose verb follows ("said the change came when radical groups, who had been banned, won …")
_WHO_ASIDE_THEN_VERB = re.compile(r",\s+(?:who|whose)\s[^,;:\x01“”\"]{3,100},\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|are|"
                                  r"was|were|will|would|could|can|may|might|must|should|did|does|do|[a-z]{3,}ed|"
                                  + IRREGULAR_PAST_ALTERNATION + r")\b")
_INFINITIVE_TO = re.compile(r"\s*to\s+[a-z]")
# (or only how often or when: "Trump has said that more than once.", "said that again on Monday")
_HOW_OFTEN = (r"(?:\s+(?:more\s+than\s+once|many\s+times|again|before|repeatedly|often|too|as\s+well|"
              r"publicly|privately|in\s+the\s+past|for\s+years|on\s+(?:several|many)\s+occasions|"
              r"(?:on|last|this)\s+[A-Z]?[a-z]+day))*")
_NOTHING_AFTER = re.compile(_HOW_OFTEN + r"\s*(?:[.;:!?)]|$)")
# "Trump has said that more than once.": "that" is what was said before, nothing reported here
# (not "adds that: “…”", whose colon brings the words)
_THAT_ONLY = re.compile(r"\s+that" + _HOW_OFTEN + r"\s*(?:[.;!?)]|$)")
_OPENING_COMMA = re.compile(r"\s*,\s*")


def _enclosed_adjunct(rest: str, offset: int, that_start: int) -> bool:
    """"said, after the 2008 crash, that …", "said, in an interview, that …": an adjunct
    between commas before "that"."""
    comma = _OPENING_COMMA.match(rest, offset)
    return comma is not None and ADJUNCT_START.match(rest, comma.end()) is not None \
        and rest[:that_start].rstrip().endswith(",")


def _reporting_participle(words: str) -> bool:
    """"calling on Congress to act …" (but not "referring to …"): a participle that reports."""
    cues = find_cues(words[:40]) if _ING_WORD.match(words) else []
    return bool(cues) and cues[0].start == 0


_MODAL_AFTER = re.compile(r"(?:[\w’'\-]+\s+){1,8}?(?:would|will|could|should|must|might|may|can)\b")


# A colon that introduces what follows, not one inside a clock time ("at 4:45 p.m.")
_INTRODUCING_COLON = re.compile(r":(?!\d)")


def _clause_reported(rest: str, att: Attribution) -> bool:
    """Whether a clause with its own subject and verb follows the cue (past whom it was told)."""
    at = (after_recipient(rest) if att.cue.text.lower() in RECIPIENT_CUES else None) or 0
    return _CLAUSE_OPENS.match(" " + rest[at:].lstrip()) is not None


def reported_clause(text: str, att: Attribution, start: int, end: int, masked: str,
                    unit: Unit) -> Optional[tuple[int, int]]:
    """The clause a speaker-first attribution reports after its cue ("Zhang said that C",
    "told reporters C", "vowed to C"), without "that", an audience or an adjunct; None
    when no clause follows ("said on Saturday.", "said as he launched …")."""
    rest = masked[start - unit.start:end - unit.start]
    if not rest.strip(" .,;:!?\"”’") or rest.lstrip().startswith(")"):
        return None   # ("… fares (up by 30%, Vance says) cost the port": the aside ends with its bracket)
    if _SEMICOLON_AFTER_CUE.match(rest):
        return None   # "…, political analysts say; in 2012, Romney …": the next clause is the writer's
    if _ASIDE_CLOSES.match(rest) and len(_ASIDE_CLOSES.findall(masked, 0, start - unit.start)) % 2 == 1:
        return None   # "… war effort - which Beijing denies - through its supply …": the cue's aside ends
    if att.cue.text.lower() in _ECHOING and (echoed := _ECHOED.match(rest)) and parse_mention(echoed.group(1)):
        return None   # "…, echoing some harbor pilots who have claimed …": whose words
        # the subject repeats, not a report of the subject's (but "echoing Trump's claim that …")
    offset = 0
    if att.cue.kind == "passive":
        # "accused by the US of aiding …": past the word the verb takes
        offset = passive_content_start(att.cue, rest)
        if offset is None:
            return None
    elif (_ADJUNCT_AFTER_CLOSING.match(rest) or _RELAY_AFTER_CLOSING.match(rest) or _SECOND_SOURCE_AFTER_CLOSING.match(rest)
          or _WHICH_AFTER_CLOSING.match(rest)
          or (_DASH_AFTER_CLOSING.match(rest) and not any(mark in rest for mark in (MASK, "“", '"')))) \
            and attribution_closes(att, masked, unit):
        return None
    elif _GERUND_AFTER_CLOSING.match(rest) and masked[:att.subject[0] - unit.start].rstrip().endswith(MASK) \
            and not any(mark in rest for mark in (MASK, "“", '"')):   # (but "…,” he said presenting Lee as a “tireless ally …”": his words again)
        return None
    if _CLOSED_BY_A_COMMA.search(text, max(0, att.subject[0] - 8), att.subject[0]) and att.cue.kind == "speech" \
            and (att.cue.lemma_form in INVERTIBLE or att.cue.lemma_form in RECIPIENT_CUES) \
            and not att.inherited and not _clause_reported(rest, att) and not _SENTENCE_GOES_ON.match(rest) \
            and not _CONJUNCTION_FIRST.match(att.mention.text) \
            and not any(mark in rest for mark in (MASK, "“", '"', "''")) and not _THAT_WORD.search(rest):
        return None   # "“…,” he said aboard his plane as he crisscrossed Nevada", "“…,” Tom told Ann Lee,
        # who answered her door": the quotation was what was said; where, when and to whom follow
    if att.cue.lemma_form not in _CONTENT_FIRST and _OBJECT_THEN_SPEAKING.match(masked, start - unit.start):
        return None   # "explained the ferry delay by saying: …": what was explained; the words are the gerund's
    if _DEMONSTRATIVE_ONLY.match(rest) or _THAT_ONLY.match(rest) \
            or (att.cue.text.lower().endswith(" it") and _HOW_WELL_ONLY.match(rest)) \
            or (att.cue.kind == "object" and _PRONOUN_OBJECT_ONLY.match(rest)) \
            or (att.cue.kind == "speech" and HOW_MUCH_ONLY.match(rest)):
        return None   # "Putin said this during the summit": what "this" is was said before ("Madison put it
        # very well and I'm paraphrasing": how well; the words come later)
    if att.cue.kind == "speech" and _FREE_RELATIVE_BEFORE.search(masked, max(0, att.subject[0] - unit.start - 12),
                                                                  att.subject[0] - unit.start) \
            and not _VERB_NEXT.match(rest) and not QUOTED_WORD.search(rest) and not _COLON_SOON.match(rest):
        return None   # "I cannot see what the data says about me, let alone …": what it says is the object
    if HEDGED_QUOTATION.match(rest, offset):
        return None   # "said something like, “…”": the quotation is what was said
    aside = _MANNER_ASIDE_BEFORE_QUOTE.match(rest, offset)
    if aside:
        offset = aside.end()   # "Beck joked, again using an accent, “…”": how, then the quotation
    if att.cue.text.lower() in RECIPIENT_CUES:
        offset = after_recipient(rest)
        if offset is None or (_ADJUNCT_CLAUSE.match(rest, offset) and not THAT.search(rest, offset, that_reach(rest, offset))):
            return None   # ("told his supporters as he dismissed the debate": when, not what)
    if att.cue.lemma_form in ASKING and _QUESTION_THEN_COLON.match(rest, offset):
        return None   # "asked the same question she had asked before: “Who are you?”": the question follows
    addressee = _ADDRESSEE_BEFORE_QUESTION.match(rest, offset) if att.cue.lemma_form in ASKING else None
    if addressee:
        offset = addressee.end()   # "asked Julia whether …": the question, without whom it was put to
    if att.cue.lemma_form in _POSTING and (particle := _OUT_PARTICLE.match(rest, offset)):
        offset = particle.end()   # "tweeted out that …": the verb's particle, then the report
    # ("vowed to work to scrap the levy, a fee that funds …": what was vowed
    # is the infinitive; the "that" is the levy's)
    that = THAT.search(rest, offset, that_reach(rest, offset)) \
        if not (att.cue.lemma_form in _COMMISSIVES and _INFINITIVE.match(rest, offset)) else None
    while that and (_PREPOSITION_BEFORE_THAT.search(rest, offset, that.start())
                    or _NOUN_BEFORE_THAT.search(rest, offset, that.start())):
        that = THAT.search(rest, that.end(), that_reach(rest, offset))   # "cases of that under …", "at that time": a pronoun
    while that and _OCCASION_THEN_RELATIVE.search(rest, max(0, that.start() - 16), that.end()) \
            and _RELATIVE_PREDICATE.match(rest, that.end()):
        that = THAT.search(rest, that.end(), that_reach(rest, offset))   # "told CNN in an interview that aired Sunday
        # that …": the interview's relative clause, then the report
    if that and _NOTHING_AFTER.match(rest, that.end()):
        that = None   # "told the council they are saving money to achieve that.": a pronoun
    if that and _CLAUSE_BEFORE_THAT.fullmatch(rest, offset, that.start()):
        that = None   # "told the Record he hoped that the family …": the report is his clause, hope and all
    if that and "," in rest[offset:that.start()] and (as_start := as_clause_start(att, masked, unit)) is not None \
            and not masked[:as_start - unit.start].strip(" ([“\"—–-"):
        that = None   # "As Gupta noted at the time, the disease meant that …": the opening as-clause ends
        # at its comma; the "that" is the main clause's
    before_that = rest[offset:that.start()].split()[-1:] if that else []
    if before_that and before_that[0].isalpha() and before_that[0].islower() \
            and _RELATIVE_THAT_VERB.match(rest, that.end()) and not any(m in rest[offset:that.start()] for m in "“\"\x01"):
        # "shot back in a response that drew a cheer": the response's relative clause, no
        # report (but "agreed to divide the primaries in ways that might …": the infinitive)
        if att.cue.kind == "speech" and ADJUNCT_START.match(rest, offset):
            return None
        that = None
    if that and MASK not in rest[offset:that.start()] and count_words(rest[offset:that.start()]) <= 14 and (
            att.cue.text.lower() in RECIPIENT_CUES or ADJUNCT_START.match(rest, offset) or
            _enclosed_adjunct(rest, offset, that.start()) or
            (att.cue.text.lower() in AUDIENCE_BEFORE_THAT and _AUDIENCE.fullmatch(rest[offset:that.start()])) or
            not rest[offset:that.start()].strip(" ,") or _ADVERBS_BEFORE_THAT.fullmatch(rest[offset:that.start()])):
        right_after = not rest[offset:that.start()].strip() and "," not in rest[:that.start()]
        offset = that.end()
        when = _TIME_AFTER_THAT.match(rest, offset)
        if right_after and AUXILIARY_AFTER_THAT.match(rest, offset):
            offset = that.start()   # "said that had no bearing on the vote": "that" is what had
        elif when:
            offset = when.end()   # "said that week the bill would pass": when, then what
        elif (noun := _NOUN_AFTER_THAT.match(rest, offset)) and (_TIME_AFTER_THAT_ALONE.fullmatch(noun.group(0)) or (
                MASK not in rest[offset:] and not _VERB_LIKE.search(rest, offset))):
            return None   # "shared that sentiment on Wednesday", "echoed that message": a thing, not a clause
    elif SPLIT_AND.match(rest, offset) and att.inherited is False and att.speaker_first and \
            attribution_closes(att, masked, unit):
        m = SPLIT_AND.match(rest, offset)
        if _REPORT_OF_ITS_OWN.match(rest, m.end()):
            return None   # "“…,” Reed said, but he said he was never told …": the next cue's report
        if attribution_closes_a_quotation(att, masked, unit) \
                and not _MODAL_AFTER.match(rest, m.end()) and not any(mark in rest[m.end():] for mark in (MASK, "“", '"')):
            return None   # "“Follow us,” Gil said, and the boys trailed behind": the story goes on
            # (but "“…,” Lee said, and the party would fight on", "…, she said, and “clear
            # consequences …”": a second half of the report)
        offset = m.end()
    elif att.cue.lemma_form in _COMMISSIVES and _INFINITIVE.match(rest, offset):
        # "vowed to block the bill", "promised Monday to act": what was promised
        offset = _INFINITIVE.match(rest, offset).end(1)
    elif said_when := _TIME_THEN_CLAUSE.match(rest, offset) or ADJUNCTS_THEN_CLAUSE.match(rest, offset):
        offset = said_when.end(1)   # "says tonight he's …", "said in a memo late Tuesday they …"
    elif (att.cue.lemma_form in _WRITING and _WRITTEN_THING.match(rest, offset) and not CLAUSE_START.match(rest, offset)) \
            or (att.cue.lemma_form in _POSTING and _POSTED_THING.match(rest, offset)
                and not any(mark in rest for mark in (MASK, "“", '"'))):   # (its caption may follow)
        return None   # "wrote a pile of new ballads for …", "wrote his thesis on …": a thing written
    elif (att.cue.lemma_form in THAT_ONLY or att.cue.lemma_form in VOICE_ONLY) and att.cue.kind != "object" \
            and not rest[offset:].lstrip(" ,:").startswith(MASK) and not QUOTE_AFTER_ADJUNCTS.match(rest, offset) \
            and not CLAUSE_START.match(rest, offset) \
            and not (att.cue.lemma_form in WH_THAT_ONLY and WH_CONTENT.match(rest, offset)) \
            and not (att.cue.lemma_form in ASKING and QUESTION_START.match(rest, offset)) \
            and not (rest.lstrip().startswith(",") and masked[:att.subject[0] - unit.start].rstrip().endswith(",")):
        return None  # "have maintained a strong rapport": not a report without a clause (but "The bank,
        # he continued, intervenes …" goes on with the report its cue interrupts)
    elif att.cue.kind == "speech" and not att.cue.lemma_form.startswith("declar") \
            and _ADJUNCT_CLAUSE.match(rest, offset):
        # "said as she opened the hearing", "said matter-of-factly as …": how or
        # when it was said, not what
        return None
    elif att.cue.kind == "speech" and (gerund := _GERUND_AFTER_PREPOSITION.match(rest, offset)):
        # "when she insisted on buying the ferry tickets herself, Vance has shown …": what
        # was insisted on, to the phrase's end (not the main clause after it)
        stop = min((p for p in (_next_comma(rest, gerund.end()), rest.find(";", gerund.end())) if p != -1),
                   default=len(rest))
        return (start + gerund.end(), start + stop) if count_words(rest[gerund.end():stop]) >= 2 else None
    elif (ADJUNCT_START.match(rest, offset) or _TIME_PHRASE.match(rest, offset)
          or _MANNER_ADVERB_THEN_ADJUNCT.match(rest, offset)) and att.cue.kind == "speech" \
            and not _COUNT_START.match(rest, offset):
        # "said on Saturday." / "said in an interview with Xinhua, “…”": no clause follows
        comma = _next_comma(rest, offset)
        colon = next((c.start() for c in _INTRODUCING_COLON.finditer(rest, offset)), -1)   # (not "at 4:45 p.m.")
        stops = [p for p in (comma, colon) if p != -1]
        dated_object = _DATE_THEN_OBJECT.match(rest, offset) if att.cue.lemma_form.startswith("announc") else None
        if dated_object:
            stops = [dated_object.end(1) - 1]   # "announced in 2017 his decision to …": what was announced
        if not stops:
            return None
        offset = min(stops) + 1
        if att.speaker_first and attribution_closes_a_quotation(att, masked, unit) \
                and not rest[offset:].lstrip(" ,:").startswith(MASK) and not _reporting_participle(rest[offset:].lstrip()):
            return None   # "“…,” Lee said during a forum in Harbor, Kellard, joined by …"
        chained = False
        for _ in range(3):
            # "said on Friday, speaking of her new ferry, a boat launched …, “…”": one
            # adjunct after another, then the report or the quotation
            if not _PREPOSITION_ADJUNCT.match(rest, offset):
                break
            comma = _next_comma(rest, offset)
            if comma == -1 or _VERB_LIKE.search(rest, offset, comma) or _ING_WORD.search(rest, offset, comma):
                return None   # ("…, before taking aim at …, the fossil fuel industry": the writer's narrative)
            offset, chained = comma + 1, True
        before_quote = rest[offset:].split(MASK, 1)[0] if chained and MASK in rest[offset:] else None
        if before_quote is not None and before_quote.strip(" ,:;") and before_quote.rstrip().endswith(",") \
                and not _VERB_LIKE.search(before_quote):
            return None   # (an apposition of the adjunct's, "a boat launched Sept. 26, 2014,", then the quotation)
        described = DESCRIPTIVE_APPOSITIVE.match(rest, offset - 1)
        if described:
            # "wrote to Gov. Roy Cooper, a Democrat, on behalf of …": who the adjunct names
            if not CLAUSE_START.match(rest, described.end()):
                return None
            offset = described.end()
        if _ADJUNCT_CLAUSE.match(rest, offset):
            return None   # "said carefully, as the ferry pulled away from the dock.": when, not what
        closing_np = _APPOSITION_ENDS_SENTENCE.match(rest, offset)
        if closing_np and not _VERB_LIKE.search(closing_np.group(0)):
            return None   # "wrote in a letter in the Ledger, a harbor weekly.": the adjunct's apposition
        if _RELATIVE_AFTER_ADJUNCT.match(rest, offset) or _PREDICATE_AFTER_ADJUNCT.match(rest, offset):
            return None   # "said at a seminar titled “…,” which was organized by …": no report
        split = _SPLIT_CONJUNCTION.match(rest, offset)
        if split and attribution_closes(att, masked, unit) and count_words(masked[:att.subject[0] - unit.start]) >= 4:
            if _REPORT_OF_ITS_OWN.match(rest, split.end()):
                return None
            offset = split.end()   # "C1, X says by a wide margin, and C2": the second half of a split report
        elif split:
            return None   # "tweeted with more discretion, and spared …", "testified before Congress,
            # and Sen. Ron Johnson kept asking …": the writer's next clause
        if _TITLE_CLOSING_ADJUNCT.match(rest, offset):
            return None   # "…, Reed said in his 2018 memoir, “A Harbor Life.”": the book's title
        if _PARTICIPLE_AFTER_ADJUNCT.match(rest, offset):
            return None   # "he said at the time, boasting of the drop in burglaries": the writer's aside
    seg_start = start + offset
    lead = LEADING_JUNK.match(text, seg_start, end)
    seg_start = lead.end() if lead else seg_start
    # the writer turning back to the speaker ends the report, but not at its very
    # start ("Lately, she said, she has come to see …")
    cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(text, seg_start + 1, end)
    if cut and (_SUBORDINATE_OPENING.match(text, seg_start, cut.start()) or (
            cut.group(0).startswith(",") and ADJUNCT_START.match(text, seg_start)
            and not _INFINITIVE_TO.match(text, seg_start) and "," not in text[seg_start:cut.start()]
            and not FINITE_VERB.search(text, seg_start, cut.start()))):
        # "said, if elected, she would …", "said that on a visit to Kellard next week, he would
        # …": the main clause after a conditional one or an adjunct
        cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(text, cut.end(), end)
    elif cut and cut.group(0).startswith(",") and (
            _THAT_THEN_ASIDE.search(text, seg_start, cut.start()) or _that_then_adjunct(text, seg_start, cut.start())
            or (_PARTICIPLE_OPENING.match(text, seg_start) and "," not in text[seg_start:cut.start()]
                and _THAT_COMMA_BEFORE.search(text, max(0, seg_start - 12), seg_start))):
        # "say it is only right that, after so many delays, she now faces …", "say that,
        # having survived delays, she now faces …": an aside inside the reported clause,
        # whose subject and verb come after it
        cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(text, cut.end(), end)
    elif cut and att.cue.kind != "object" and _WHO_ASIDE.match(cut.group(0)) \
            and (not _VERB_LIKE.search(text, seg_start, cut.start()) or _WHO_ASIDE_THEN_VERB.match(text, cut.start())):
        # "say that Mayor Ann Lee, who must sign off on the lease, has shared
        # very little": the aside describes the report's own subject, whose verb follows
        # (after an object, "praised Franklin Graham, who has vowed …", it is the writer's)
        cut = _NEW_CLAUSE_ABOUT_SPEAKER.search(text, cut.end(), end)
    if cut:
        end = cut.start()
    if seg_start >= end or count_words(text[seg_start:end]) < 2 and not (
            att.cue.kind == "object" and QUOTED_WORD.search(text, seg_start, end)):
        return None
    return seg_start, end
