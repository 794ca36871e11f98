"""Spec of `quotesearch.extract.names`: the person inside a subject phrase, told from
the title or role around it.

`split_title_name` cuts a phrase's words into role words and name words; `_role_text`
reads words beside a name as a role (or not); `_is_kin` tells a relation ("her mum")
before a first name.
"""
from __future__ import annotations

import pytest

from quotesearch.extract.names import (
    _is_kin,
    _role_text,
    is_place_tag,
    split_title_name,
    tokens,
)

# (phrase, (role, name)): the name is the capitalised run after the last title,
# organisation or place word
TITLE_AND_NAME = [
    pytest.param("Vice President of the Russian Export Center Alexey Solodov",
                 ("Vice President of the Russian Export Center", "Alexey Solodov"), id="long-title"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui",
                 ("Chinese Ambassador to Russia", "Zhang Hanhui"), id="title-with-a-place"),
    pytest.param("Judge Neil Ford QC", ("Judge", "Neil Ford"), id="post-nominal-letters-dropped"),
    pytest.param("former Ohio Gov. Howard Dean", ("former Ohio Gov.", "Howard Dean"),
                 id="a-title-word-as-surname"),
    pytest.param("Martin Luther King Jr.", ("", "Martin Luther King Jr."), id="suffix-kept"),
    pytest.param("Charles de Gaulle", ("", "Charles de Gaulle"), id="particle-inside-the-name"),
    pytest.param("Head of Communications Jane Doe", ("Head of Communications", "Jane Doe"),
                 id="office-name-ends-before-the-person"),
    pytest.param("President and Chief Financial Officer of Super Value Debra Symonette",
                 ("President and Chief Financial Officer of Super Value", "Debra Symonette"),
                 id="first-name-starts-the-person"),
    pytest.param("Senator Mary Ann Smith", ("Senator", "Mary Ann Smith"), id="two-first-names"),
    pytest.param("Minister of Trade and Culture Delia Marsh", ("Minister of Trade and Culture", "Delia Marsh"),
                 id="an-office-of-two-fields"),
    pytest.param("Minister of Foreign Affairs Wang Yi", ("Minister of Foreign Affairs", "Wang Yi"),
                 id="an-office-of-two-words-before-a-name-of-two"),
    pytest.param("Deputy Director of Public Prosecution Eva-Marie Persson",
                 ("Deputy Director of Public Prosecution", "Eva-Marie Persson"), id="public-prosecution-is-the-office"),
    # where an envoy is sent ends the office, whatever its spelling
    pytest.param("Pakistani Ambassador to Azerbaijani Bilal Hayee", ("Pakistani Ambassador to Azerbaijani", "Bilal Hayee"),
                 id="ambassador-to-a-misspelt-country"),
    pytest.param("Kenyan Ambassador to Japan Ruth Otieno", ("Kenyan Ambassador to Japan", "Ruth Otieno"),
                 id="ambassador-to-a-country"),
    pytest.param("the Conservative MP", ("the Conservative MP", ""), id="a-description-has-no-name"),
    # "Dean" before a lone surname is a first name; before a full name or after a body, a title
    pytest.param("Dean Baker", ("", "Dean Baker"), id="dean-as-a-first-name"),
    pytest.param("Dean Martha Minow", ("Dean", "Martha Minow"), id="dean-as-a-title"),
    pytest.param("Law School Dean Smith", ("Law School Dean", "Smith"), id="a-schools-dean"),
    # where a person is from or based, before their full name, is a description
    pytest.param("South Korean-born Monte Hale", ("South Korean-born", "Monte Hale"), id="born-somewhere"),
    pytest.param("Texas-based Matt Morrow", ("Texas-based", "Matt Morrow"), id="based-somewhere"),
    # trades joined by a hyphen, the last one plural too, are a title
    pytest.param("Singer-guitarists Tom Johnston", ("Singer-guitarists", "Tom Johnston"), id="trades-joined"),
    pytest.param("Singer-songwriter Ann Lee", ("Singer-songwriter", "Ann Lee"), id="two-trades-joined"),
    pytest.param("Jean-Pierre Dubois", ("", "Jean-Pierre Dubois"), id="a-hyphenated-first-name"),
    # a place that is also a first name, before a lone surname, is the first name; before a
    # title, a party or a group, where they are from
    pytest.param("Jordan Peterson", ("", "Jordan Peterson"), id="jordan-as-a-first-name"),
    pytest.param("Actress America Ferrera", ("Actress", "America Ferrera"), id="america-after-a-title"),
    pytest.param("Mayor London Fisk", ("Mayor", "London Fisk"), id="london-after-a-title"),
    pytest.param("London Kellard", ("", "London Kellard"), id="london-as-a-first-name"),
    pytest.param("Deborah Jordan Reynolds", ("", "Deborah Jordan Reynolds"), id="a-middle-name"),
    pytest.param("Georgia Sen. David Perdue", ("Georgia Sen.", "David Perdue"), id="a-state-before-a-title"),
    pytest.param("Georgia Democrats", ("Georgia", "Democrats"), id="a-state-before-a-party"),
    pytest.param("Texas Republican Ted Cruz", ("Texas Republican", "Ted Cruz"), id="a-state-before-a-full-name"),
    pytest.param("Steve Israel", ("", "Steve Israel"), id="a-surname-that-is-a-country"),
    pytest.param("Rep. Steve Israel", ("Rep.", "Steve Israel"), id="a-titled-surname-that-is-a-country"),
    pytest.param("Jeremy Paris", ("", "Jeremy Paris"), id="a-surname-that-is-a-city"),
    # after a given name no table knows too, when the two words are no place's name
    pytest.param("Ki Hong", ("", "Ki Hong"), id="a-surname-that-is-part-of-a-place-after-an-unlisted-given-name"),
    pytest.param("North Carolina", ("North Carolina", ""), id="two-words-that-are-a-place"),
    pytest.param("Southern California", ("Southern California", ""), id="a-region-of-a-place"),
    pytest.param("Hong Kong", ("Hong Kong", ""), id="a-place-of-two-place-words"),
    # a surname that is also a body's word, after a title and a first name, is a surname
    pytest.param("Atlantic City Mayor Don Guardian", ("Atlantic City Mayor", "Don Guardian"),
                 id="a-titled-surname-that-is-an-outlet"),
    pytest.param("Commentator Bill Press", ("Commentator", "Bill Press"), id="a-titled-surname-press"),
    pytest.param("Grace Church", ("Grace Church", ""), id="no-title-a-body"),
    # capitalised words of a field, then an occupation, then a first name and a surname:
    # the name is the last two
    pytest.param("Strategic Health Policy Consultant Bill Bowen", ("Strategic Health Policy Consultant", "Bill Bowen"),
                 id="a-field-an-occupation-then-a-name"),
    pytest.param("Mary Ann Baker Smith", ("", "Mary Ann Baker Smith"), id="a-name-holding-an-occupation-word"),
    # after a title and "of"/"for", one or two capitalised words are where the office is
    # held, or whom it serves: no one's name
    pytest.param("Mayor of Coachella", ("Mayor of Coachella", ""), id="an-office-and-its-place"),
    pytest.param("Minister of Finance", ("Minister of Finance", ""), id="an-office-and-its-field"),
    pytest.param("a spokesman for Senator Cruz", ("a spokesman for Senator Cruz", ""), id="whom-a-spokesman-serves"),
    pytest.param("Secretary of State Kerry", ("Secretary of State", "Kerry"), id="the-office-then-a-surname"),
    pytest.param("Mayor of Coachella Steven Hernandez", ("Mayor of Coachella", "Steven Hernandez"),
                 id="the-office-then-a-full-name"),
    # the last of an office's portfolios is no one's name either
    pytest.param("Minister of Industry and Commerce", ("Minister of Industry and Commerce", ""),
                 id="an-office-and-two-portfolios"),
    pytest.param("Minister of Trade and Culture Delia Marsh", ("Minister of Trade and Culture", "Delia Marsh"),
                 id="two-portfolios-then-a-full-name"),
]


@pytest.mark.parametrize("phrase, expected", TITLE_AND_NAME)
def test_split_title_name(phrase, expected):
    role, name = split_title_name(tokens(phrase))
    assert (" ".join(role), " ".join(name)) == expected


ROLES = [
    pytest.param("the Chinese ambassador to Russia", "Chinese ambassador to Russia", id="determiner-dropped"),
    pytest.param("spokeswoman for the Russian Foreign Ministry", "spokeswoman for the Russian Foreign Ministry",
                 id="bare-role"),
    pytest.param("Mr.", None, id="a-courtesy-is-no-role"),
    pytest.param("after listening to", None, id="an-adverbial-is-no-role"),
    pytest.param("a Kansas Republican", None, id="no-title-word"),
]


@pytest.mark.parametrize("words, role", ROLES)
def test_role_text(words, role):
    assert _role_text(tokens(words)) == role


@pytest.mark.parametrize("words, kin", [
    ("her mum", True), ("his younger brother", True), ("their friend", True), ("the mum", False),
])
def test_a_relation_before_a_name(words, kin):
    assert _is_kin(tokens(words)) is kin


# (phrase, (role, name)): words stuck to a name that describe the person go to the role
DESCRIPTORS_BEFORE_THE_NAME = [
    pytest.param("Republican Walter Brandt", ("Republican", "Walter Brandt"), id="party"),
    pytest.param("Democrat Nora Quill", ("Democrat", "Nora Quill"), id="party-noun"),
    pytest.param("Republican Brandt", ("Republican", "Brandt"), id="party-before-a-surname"),
    pytest.param("Billionaire Walter Brandt", ("Billionaire", "Walter Brandt"), id="epithet-as-title"),
    pytest.param("Comedian Nora Quill", ("Comedian", "Nora Quill"), id="occupation-as-title"),
    pytest.param("Actor Jim Alder", ("Actor", "Jim Alder"), id="actor"),
    pytest.param("Businessman Walter Brandt", ("Businessman", "Walter Brandt"), id="businessman"),
    # a plural title shared with someone named after ("Chefs Jamie Oliver and Hugh …")
    pytest.param("Chefs Nora Quill", ("Chefs", "Nora Quill"), id="plural-occupation-as-title"),
    pytest.param("Senators Walter Brandt", ("Senators", "Walter Brandt"), id="plural-title"),
    pytest.param("Tom Masters", ("", "Tom Masters"), id="a-surname-like-a-plural-title"),
    # an English word for what someone does, before a first name and a surname, though no table lists it
    pytest.param("Feminist Nora Quill", ("Feminist", "Nora Quill"), id="an-ist-before-a-full-name"),
    pytest.param("Commenter Walter Brandt", ("Commenter", "Walter Brandt"), id="an-er-before-a-full-name"),
    pytest.param("Mary Ann Lee", ("", "Mary Ann Lee"), id="a-first-name-before-a-first-name"),
    pytest.param("Carter Ann Lee", ("", "Carter Ann Lee"), id="a-listed-given-name-before-a-first-name"),
    pytest.param("Neither Walter J. Brandt", ("Neither", "Walter J. Brandt"), id="a-conjunction-is-no-part-of-it"),
    pytest.param("Afterwards Nora Quill", ("Afterwards", "Nora Quill"), id="a-sentence-adverb-is-no-part-of-it"),
    pytest.param("Eventually Brandt", ("Eventually", "Brandt"), id="an-adverb-before-a-surname"),
    pytest.param("Pakistani Bilal Hayee", ("Pakistani", "Bilal Hayee"), id="a-nationality-before-a-full-name"),
    pytest.param("Kenyan Amina Odhiambo", ("Kenyan", "Amina Odhiambo"), id="another-nationality-before-a-name"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui", ("Chinese Ambassador to Russia", "Zhang Hanhui"),
                 id="nationality-and-office"),
    # a nationality or occupation word may be a first name: kept before a lone surname
    pytest.param("German Ortiz", ("", "German Ortiz"), id="nationality-word-as-first-name"),
    pytest.param("French Hale", ("", "French Hale"), id="another-nationality-first-name"),
    pytest.param("Fan Yang", ("", "Fan Yang"), id="occupation-word-as-first-name"),
    # … but a long trade word no table gives as a first name is a role even then
    pytest.param("Oceanographer Pattiaratchi", ("Oceanographer", "Pattiaratchi"), id="a-long-trade-before-a-surname"),
    pytest.param("Nutritionist Brandt", ("Nutritionist", "Brandt"), id="another-long-trade-before-a-surname"),
    pytest.param("Peter Singer", ("", "Peter Singer"), id="occupation-word-as-surname"),
]


@pytest.mark.parametrize("phrase, expected", DESCRIPTORS_BEFORE_THE_NAME)
def test_descriptors_stuck_to_a_name_go_to_the_role(phrase, expected):
    role, name = split_title_name(tokens(phrase))
    assert (" ".join(role), " ".join(name)) == expected


# (words, role): a role is a title, never what stood around one
ROLE_FRAGMENTS = [
    pytest.param("for Mr.", None, id="preposition-and-courtesy"),
    pytest.param("of Mr.", None, id="of-and-courtesy"),
    pytest.param("to Secretary", "Secretary", id="preposition-before-a-title"),
    pytest.param("for New Jersey Gov.", "New Jersey Gov.", id="preposition-before-a-titled-place"),
    pytest.param("Lord", None, id="a-peerage-is-a-courtesy"),
    pytest.param("Sen", None, id="a-clipped-abbreviation"),
    pytest.param("at the time", None, id="a-time-adverbial"),
    pytest.param("suggested that the candidate's manner was an act", None, id="a-predicate"),
    pytest.param("Marking the end of the primaries with a formal speech", None, id="a-participle-clause"),
    pytest.param("managing director of Halvard Consulting", "managing director of Halvard Consulting",
                 id="an-ing-word-inside-a-title"),
    pytest.param("lawyer in Tulsa who specializes in land use", "lawyer in Tulsa", id="relative-clause-cut"),
]


@pytest.mark.parametrize("words, role", ROLE_FRAGMENTS)
def test_roles_are_titles_not_fragments(words, role):
    assert _role_text(tokens(words)) == role


@pytest.mark.parametrize("words, role", [
    ("Republican", "Republican"), ("Missouri Republican", "Missouri Republican"),
    ("Democratic chairs from Jefferson and", None),
])
def test_a_party_just_before_the_name_is_a_role(words, role):
    assert _role_text(tokens(words), before_name=True) == role


@pytest.mark.parametrize("word, tag", [
    ("R-Ky.", True), ("D-N.Y.", True), ("R-Texas", True), ("N.C.", True), ("Md.", True),
    ("Brandt", False), ("Rand", False), ("I-95", False),
])
def test_a_state_or_party_and_state_tag_is_no_name(word, tag):
    assert is_place_tag(word) is tag
