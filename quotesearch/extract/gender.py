"""Gender agreement between "he"/"she" and the people an article names.

A pronoun resolves to the most recent person who spoke or was spoken of; this
module only stops it from reaching a person the article itself marks as the other
gender: by a courtesy title beside the surname ("Mr. Trump", "Ms. Clinton"), a
gendered role word beside the name ("spokeswoman Hope Hicks", "Ann Lee, the
chairwoman"), a common first name, or a first name gender-guesser's list gives one
gender in every country it lists it for (a registry package: its ~45,000 names from 54
countries cover what no hand-kept table can; names given to both anywhere are left out).
Unknown stays unknown, and an unknown person
remains a candidate: the table only rules out, it never picks.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import HONORIFICS, TITLE_WORDS
from .scanning import alternation_trie, matches_via

# Courtesy titles and role words that mark a gender.
# ("spokesman", "chairman" are said of women too, so only their female forms mark one.)
MALE_MARKS = frozenset("""
mr mr. sir lord king prince duke father brother son husband uncle grandfather nephew
boyfriend
""".split())
# Nouns that say a described person's sex but mark no name after them ("the woman Obama
# nominated" says nothing of Obama): read only where a description is the whole speaker
MALE_NOUNS = frozenset("man boy gentleman guy businessman congressman councilman policeman fireman dad".split())
FEMALE_NOUNS = frozenset("woman girl businesswoman policewoman mom mum".split())
FEMALE_MARKS = frozenset("""
mrs mrs. ms ms. miss dame lady queen princess duchess mother sister daughter wife aunt
grandmother spokeswoman chairwoman congresswoman businesswoman councilwoman stateswoman
actress niece girlfriend madam
""".split())

# Common first names of one gender (names common for both are left out on purpose).
MALE_FIRST_NAMES = frozenset("""
aaron abdul adam adrian ahmed alan albert alejandro alex alexander alexei alfred ali
andrew andrey andy angelo anthony antonio arnold arthur barack ben benjamin bernie bernard
bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos
charles charlie chris christian christopher chuck clarence colin craig dan daniel danny
darren dave david dean dennis derek dick dmitry don donald doug douglas dwight earl ed
eddie edward emmanuel enrique eric erik ernest eugene evan frank fred frederick gary gavin
george gerald giuseppe glenn gordon graham greg gregory hank harold harry hector henry
howard hugh ian igor isaac ivan jack jacob jake james jason javier jeb jeff jeffrey jeremy
jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua
juan julian justin keith ken kenneth kevin kim-jong kyle lance larry lee-hsien leon leonard
louis luis luke marco marcus mario mark martin matt matthew michael miguel mike mitch
mitt mohammed mohamed muhammad hamed saeed rasheed fareed waleed majed khaled mehmed javed naveed
channing sterling irving narendra neil nicholas nick nigel noah oliver omar oscar owen patrick
paul pedro pete peter phil philip rahm ralph randy ray raymond reince rex ricardo richard
rick rob robert roberto rodrigo roger ron ronald roy rudy russell ryan sam samuel scott sean
sergei sergey seth shinzo stephen steve steven stuart ted terry thomas tim timothy todd tom
tommy tony travis trey victor vincent vladimir walter wang-yi warren wayne william xi yuri
zachary
aidan alastair alistair angus archie barry brendan brent caleb calvin chad clint clifford cody
conor connor cory curtis dale damian declan dominic duncan dylan edgar elijah elliot felix
fergus finn francis gabriel garrett gerard gilbert giovanni grant hamish harvey herbert horace
hugo irving jamal jared jasper jeremiah julius kareem kurt lars lawrence leo leroy lewis liam
lincoln lloyd lorenzo lucas malcolm manuel marvin maurice max maxwell melvin milton murray
nathan nathaniel neville niall norman olaf orlando otto pablo percy pierre quentin rafael
reginald rhys ricky rodney rory ross rupert salvador santiago sebastian shane simon spencer
stanley stefan sven theodore tobias trevor tristan tyler vernon wade wesley winston wolfgang
xavier yusuf zach jens joachim jurgen klaus hans heinz helmut friedrich francois nicolas
olivier jacques yves rishi rahul amit sanjay vijay imran recep yair naftali volodymyr vitali
dmitri mikhail nikolai viktor andrzej fumio yoshihide joko ferdinand jair luiz andres gustavo
keir silvio matteo sergio alberto hakeem lamar kwame cyril uhuru
""".split())
FEMALE_FIRST_NAMES = frozenset("""
abigail alice alexandra alicia alison allison amanda amber amy ana andrea angela angelina
ann anna anne annie barbara betty beverly brenda catherine cathy carly carol caroline
carolyn cheryl chelsea christina christine claire claudia cynthia dana danielle debbie
deborah debra denise diana diane donna doris dorothy elaine elena elizabeth ellen emily emma
erica erin eva evelyn frances gina gloria grace hannah heather heidi helen hillary holly ivanka
jacqueline jane janet janice jean jennifer jessica jill joan joanne joyce judith judy julia
julie karen katherine kathleen kathryn kathy katie kelly kimberly kirsten kristen laura
lauren linda lisa lori louise lucy lynn margaret maria marie marilyn martha mary megan
melania melissa michelle monica nancy natalie nicole nikki olga olivia pamela patricia
paula rachel rebecca rosa rose ruth sandra sara sarah sharon sheila shirley sophie stephanie
susan suzanne tammy teresa theresa tina valerie victoria virginia wendy yulia
oprah carla meghan kamala nora kate camilla jacinda nicola liz priti suella kemi kristalina
ursula giorgia marjorie ilhan rashida alexandria elise kristi kirstjen kellyanne huma tiffany
beyonce rihanna adele madonna serena simone naomi greta malala hasina benazir indira golda mia
ava isabella sophia charlotte amelia ella madison chloe zoe lily layla aria scarlett penelope
hazel aurora savannah audrey bella skylar paisley maya willow aaliyah ariana gabriella cora
ruby gianna valentina isla eliana ivy sadie piper lydia alexa josephine delilah vivian madeline
agnes alma beatrice bernadette carmen cecilia clara constance daisy dolores edith eleanor
eileen esther fiona florence gwen harriet irene iris jasmine joy june leah lillian lois
lorraine mabel marion maureen mildred miriam molly nina norma olive paige pauline peggy phyllis
priscilla rita roberta rosemary sally shannon stella sylvia tara thelma vera yvonne yolanda
gail gretchen hilda ingrid marta natasha svetlana tatiana irina oksana fatima aisha mariam
yasmin leila priya anjali sunita keiko yuko akiko
""".split())

FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
_MARK_WORDS = sorted(MALE_MARKS | FEMALE_MARKS, key=len, reverse=True)
# A mark and the capitalised name after it: "Mr. Trump", "spokeswoman Hope Hicks"
_MARKED_NAME = re.compile(
    r"(?<![\w’'\-])(?i:(" + "|".join(re.escape(w.rstrip(".")) for w in _MARK_WORDS) + r"))\.?\s+"
    r"((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)")

# Where a mark may start: the full pattern is tried there only (`scanning.matches_via`)
_MARK_CANDIDATE = re.compile(r"(?<![\w’'\-])(?i:" + alternation_trie(w.rstrip(".") for w in _MARK_WORDS) + ")")
_MARK_CANDIDATE_LOWER = re.compile(r"(?<![\w’'\-])(?:" + alternation_trie(w.rstrip(".") for w in _MARK_WORDS) + ")")


# "Yohannes and his wife", "Tri and her husband": a name, then "and" and the possessive
# that says whose family follows
_AND_THEIR_KIN = re.compile(r"[^\S\n]+and[^\S\n]+(his|her)[^\S\n]+(?:wife|husband|son|sons|daughter|daughters|children|"
                            r"kids|brother|sister|mother|father|partner|girlfriend|boyfriend|fiancée?)\b")
_NAME_BEFORE = re.compile(r"(?<![\w’'\-.])((?:[A-Z][\w’'\-]+[^\S\n]+){0,2}[A-Z][\w’'\-]+)$")


def marked_genders(text: str) -> dict[str, str]:
    """One pass over an article: each word of a name that follows a gender mark, and
    the gender the mark gives it (or a possessive after the name gives it: "Yohannes and
    his wife")."""
    marked: dict[str, str] = {}
    for m in matches_via(_MARK_CANDIDATE, _MARKED_NAME, text, _MARK_CANDIDATE_LOWER):
        word = m.group(1).lower()
        gender = "male" if word in MALE_MARKS or word + "." in MALE_MARKS else "female"
        for token in m.group(2).split():
            marked.setdefault(token, gender)
    for m in _AND_THEIR_KIN.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name and name.group(1).split()[0] not in ("The", "A", "An", "His", "Her", "Their", "And", "But"):
            for token in name.group(1).split():
                marked.setdefault(token, "male" if m.group(1) == "his" else "female")
    return marked


def first_name_gender(name: str) -> Optional[str]:
    """"male", "female" or None as the first word of ``name`` says, by the tables only."""
    tokens = name.split()
    first = tokens[0].lower() if tokens else ""
    return "male" if first in MALE_FIRST_NAMES else "female" if first in FEMALE_FIRST_NAMES else None


def gender_of(name: str, marked: dict[str, str]) -> Optional[str]:
    """"male", "female" or None for a person's canonical ``name``, given the article's
    `marked_genders`."""
    tokens = name.split()
    if not tokens:
        return None
    if tokens[0].lower() in ("a", "an", "the", "one", "another"):
        # "a Skyhorse spokeswoman", "the duchess", "a young man": a description says by its noun, if at all
        head = tokens[-1].lower()
        return "female" if head in FEMALE_MARKS | FEMALE_NOUNS else "male" if head in MALE_MARKS | MALE_NOUNS else None
    return first_name_gender(name) or marked.get(tokens[-1]) or marked.get(tokens[0])


def listed_gender_of(name: str) -> Optional[str]:
    """`listed_gender` of a full name's first word (a name of one word may be a surname:
    "Haley"); weaker than what the article says, so asked last."""
    tokens = name.split()
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return None
    from .frequency import everyday_word   # (frequency reads this module's name tables)
    first = tokens[0].lower()
    if first in TITLE_WORDS or first in HONORIFICS or everyday_word(first):
        return None   # "One California delegate", "Judge Ito", "General Motors": no first name
    return listed_gender(tokens[0])


@lru_cache(maxsize=1)
def _listed_genders() -> dict[str, str]:
    """gender-guesser's first names (~45,000 from 54 countries, Jörg Michael's nam_dict)
    that every country listing them gives one gender, read once a process (0.1 s) when a
    name is in neither table; only those are kept (the full list holds ~20 MB)."""
    import gender_guesser.detector
    listed = gender_guesser.detector.Detector(case_sensitive=False).names
    return {name: next(iter(genders)) for name, genders in listed.items()
            if len(genders) == 1 and next(iter(genders)) in ("male", "female")}


def listed_gender(first_name: str) -> Optional[str]:
    """"male" or "female" when every country of gender-guesser's list gives ``first_name``
    that one gender ("Walid", "Hakeem", "Giorgia"); None for a name given to both anywhere
    ("Jean": male in France, female in the US), a mostly-one name, or an unlisted one."""
    return _listed_genders().get(first_name.lower().strip(".’'"))


def agrees(pronoun: str, gender: Optional[str]) -> bool:
    """Whether "he"/"she" may stand for a person of ``gender`` (unknown always may)."""
    if gender is None or pronoun not in ("he", "she"):
        return True
    return (pronoun == "he") == (gender == "male")
