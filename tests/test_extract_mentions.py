"""Spec of `quotesearch.extract.mentions`: the words in subject position of a cue read
as a speaker.

`parse_mention` gives a `Mention`: a name with its kind ("person", "organization",
"group", "document") and role, or a pronoun or description that the article must
resolve (`speakers`), or the members of a joint subject; `plausible_speaker` is the
last check on what a rule took for a speaker.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.mentions import parse_mention
from quotesearch.extract.plausible import plausible_speaker
from quotesearch.records import Article


# ------------------------------------------------------------------ parse_mention

NAMED = [
    pytest.param("Al Jazeera", ("Al Jazeera", "organization", None), id="a-known-outlet"),
    # a body's capitalised words and an everyday word after its last ("League") are one name
    # (it was "Baseball", a person)
    pytest.param("Major League Baseball", ("Major League Baseball", "organization", None), id="a-body-word-inside-a-name"),
    # (and a rarer word after two capitalised words ending in a body's word: it was "Mojo", a person)
    pytest.param("Box Office Mojo", ("Box Office Mojo", "organization", None), id="two-words-a-body-word-then-a-rare-word"),
    pytest.param("Stansted Airport", ("Stansted Airport", "organization", None), id="an-airport"),
    # a place and everyday words after it are one name, a body's (they were a person,
    # "Starting Line" of Iowa); a place and a title or a first name lead to a person
    pytest.param("Iowa Starting Line", ("Iowa Starting Line", "organization", None), id="a-place-then-everyday-words"),
    pytest.param("Florida Politics", ("Florida Politics", "organization", None), id="a-place-then-an-everyday-word"),
    pytest.param("Iowa Senator Joni Ernst", ("Joni Ernst", "person", "Iowa Senator"), id="a-place-then-a-title"),
    pytest.param("Austin Butler", ("Austin Butler", "person", None), id="a-first-name-that-is-a-place"),
    # a people's plural is a group (it was a person, "Hispanics"); a first name before it makes a name
    pytest.param("Hispanics", ("Hispanics", "group", None), id="a-peoples-plural"),
    pytest.param("Mexican Americans", ("Mexican Americans", "group", None), id="a-peoples-plural-qualified"),
    pytest.param("Tom Franks", ("Tom Franks", "person", None), id="a-first-name-then-a-plural"),
    pytest.param("Harvard University Professor Ann Lee", ("Ann Lee", "person", "Harvard University Professor"),
                 id="a-body-then-a-title-and-a-name"),
    # a record label's last word is no one's name (it was a person, "Big Machine Records")
    pytest.param("Big Machine Records", ("Big Machine Records", "organization", None), id="a-record-label"),
    # a body named for its members in the plural possessive is the whole name (it was
    # "Union", "Association Board of Directors")
    pytest.param("the National Farmers' Union", ("National Farmers' Union", "organization", None),
                 id="members-plural-possessive-union"),
    pytest.param("The Ohio Sheriffs’ Association Board of Directors",
                 ("Ohio Sheriffs’ Association Board of Directors", "organization", None),
                 id="members-plural-possessive-board-of-directors"),
    pytest.param("Reuters' Ann Lee", ("Ann Lee", "person", None), id="an-outlets-reporter-after-its-mark"),
    # … nor is a trade's in the plural (it was a person, "Caeneus Minerals")
    pytest.param("Arlo Minerals", ("Arlo Minerals", "organization", None), id="a-mining-firm"),
    pytest.param("Vesta Therapeutics", ("Vesta Therapeutics", "organization", None), id="a-drug-maker"),
    pytest.param("Sony Music", ("Sony Music", "organization", None), id="a-music-company"),
    # a firm named with its founder's possessive is the firm, not the words after the mark
    pytest.param("Moody’s Analytics", ("Moody’s Analytics", "organization", None), id="a-possessive-firm-name"),
    pytest.param("Hardy's Corp.", ("Hardy's Corp.", "organization", None), id="a-possessive-firm-and-its-suffix"),
    # a newspaper by its title's last word, a first name's city too ("Orlando")
    pytest.param("the Orlando Sentinel", ("Orlando Sentinel", "organization", None), id="a-paper-by-its-last-word"),
    pytest.param("the Milwaukee Journal Sentinel", ("Milwaukee Journal Sentinel", "organization", None),
                 id="a-paper-whose-title-holds-two-paper-words"),
    # a country's envoy to another is the envoy, not the place; a person "with" a body is the person
    pytest.param("China's ambassador to Britain", ("China's ambassador to Britain", "person", None),
                 id="an-owner-s-envoy-to-a-place"),
    pytest.param("Lukas Stefanko with ESET", ("Lukas Stefanko", "person", "with ESET"), id="a-name-with-a-body"),
    pytest.param("Patrol Chief James Hall with the New York Police Department", ("James Hall", "person", "Patrol Chief"),
                 id="a-titled-name-with-a-body"),
    pytest.param("Ward during a Sunday rally", ("Ward", "person", None), id="a-name-then-when"),
    pytest.param("Trump on Fox News Sunday", ("Trump", "person", None), id="a-name-on-an-outlet"),
    pytest.param("Commission on Civil Rights", ("Commission on Civil Rights", "organization", None),
                 id="a-body-on-a-cause"),
    # (but a titled person whose surname is a paper's word stays a person)
    pytest.param("Atlantic City Mayor Don Guardian", ("Don Guardian", "person", "Atlantic City Mayor"),
                 id="a-titled-person-named-like-a-paper"),
    # a reporter "of" an outlet whose name opens on "The" is the reporter, as "of Reuters" is
    pytest.param("Lee Wang of The Intercept", ("Lee Wang", "person", None), id="a-reporter-of-the-outlet"),
    pytest.param("Friends of The Earth", ("friends of The Earth", "group", None), id="a-body-of-the-something"),
    # a paper's printed piece speaks for the paper (a masthead's last word or a known outlet)
    pytest.param("an editorial in The Lakeside Register", ("Lakeside Register", "organization", None),
                 id="an-editorial-in-a-paper"),
    pytest.param("a story in Politico", ("Politico", "organization", None), id="a-story-in-a-known-outlet"),
    # an occupation before the name, opening the sentence: a role, not part of the name
    pytest.param("Fitness guru Joe Wicks", ("Joe Wicks", "person", "Fitness guru"), id="an-occupation-before-a-name"),
    pytest.param("Former footballer Gary Lineker", ("Gary Lineker", "person", "Former footballer"),
                 id="a-former-occupation-before-a-name"),
    pytest.param("Harbor Air boss Tina Ferris", ("Tina Ferris", "person", "Harbor Air boss"), id="a-firms-boss"),
    pytest.param("Wild defenseman Ryan Suter", ("Ryan Suter", "person", "Wild defenseman"), id="a-teams-player"),
    # a live blog's time stamp before its entry's subject is no part of it
    pytest.param("07.49 Harbor Air boss Tina Ferris", ("Tina Ferris", "person", "Harbor Air boss"),
                 id="a-live-blog-stamp"),
    pytest.param("Some 15,000 workers", ("some 15,000 workers", "group", None), id="a-number-with-a-comma"),
    # a newsletter's "Our" before its own reporter's name is no part of it
    pytest.param("Our Declan Harty", ("Declan Harty", "person", None), id="our-before-a-reporters-name"),
    # a named idea is a document, no one's name
    pytest.param("The Path-Goal Model", ("Path-Goal Model", "document", None), id="a-named-model"),
    # people by their plural, then their cause: a body's name, no one called by its last word
    pytest.param("Priests for Life", ("Priests for Life", "organization", None), id="people-for-a-cause"),
    pytest.param("Doctors Without Borders", ("Doctors Without Borders", "organization", None),
                 id="people-without-borders"),
    # (the people described or "united" first)
    pytest.param("National Nurses United for Patient Safety", ("National Nurses United for Patient Safety",
                                                              "organization", None), id="people-united-for-a-cause"),
    # where a body is based, then its name: the body (people are not "based")
    pytest.param("Sacramento-based Harbor Ledger", ("Harbor Ledger", "organization", None), id="a-place-based-body"),
    pytest.param("Texas-based Matt Harbor", ("Matt Harbor", "person", None), id="a-place-based-person"),
    # a hyphenated title before a name is a title like any other
    pytest.param("Harbor Ledger editor-in-chief Kath Vine", ("Kath Vine", "person", "Harbor Ledger editor-in-chief"),
                 id="editor-in-chief-before-a-name"),
    # (people working for a firm are no body of their own)
    pytest.param("Executives for Mondelez", ("executives for Mondelez", "group", None), id="people-for-a-firm"),
    # a plural of an occupation opening the sentence, then where they work: the people, as a group
    pytest.param("Managers of the electric system", ("Managers of the electric system", "group", None),
                 id="an-occupations-plural-placed"),
    pytest.param("study co-author Dr Milica Vasiljevic", ("Milica Vasiljevic", "person", "study co-author"),
                 id="a-courtesy-title-after-the-role"),
    pytest.param("senior adviser to Mr. Trump", None, id="a-courtesy-title-of-someone-else"),
    pytest.param("the Louvre", ("Louvre", "organization", None), id="the-and-one-capitalised-word"),
    # particles before a surname, one or two of them
    pytest.param("Ursula von der Leyen", ("Ursula von der Leyen", "person", None), id="two-particles"),
    pytest.param("Ursula von der Leyen, the Commission president",
                 ("Ursula von der Leyen", "person", "Commission president"), id="two-particles-and-an-apposition"),
    pytest.param("Laurence des Cars", ("Laurence des Cars", "person", None), id="des-before-a-surname"),
    pytest.param("Eduardo dos Santos", ("Eduardo dos Santos", "person", None), id="dos-before-a-surname"),
    # "The" before a body's name that holds "and" is the whole name's
    pytest.param("The National Oceanic and Atmospheric Administration",
                 ("National Oceanic and Atmospheric Administration", "organization", None), id="the-before-a-name-with-and"),
    pytest.param("Customs and Border Protection", ("Customs and Border Protection", "organization", None),
                 id="a-body-and-an-agency-name-end"),
    # an office whose name holds "and", then its holder: one person (not "Health" and Alex Azar)
    pytest.param("Health and Human Services Secretary Alex Azar",
                 ("Alex Azar", "person", "Health and Human Services Secretary"), id="an-office-with-and-then-its-holder"),
    # a second role of the same person after "and"
    pytest.param("former chief of staff Ron Klain and senior Harbor adviser",
                 ("Ron Klain", "person", "former chief of staff and senior Harbor adviser"), id="a-name-and-a-second-role"),
    pytest.param("Mayor Tom Reed and a senior adviser", ("Mayor Tom Reed and a senior adviser", "group", None),
                 id="a-name-and-one-more-person-is-no-second-role"),
    pytest.param("The Clarion", ("The Clarion", "organization", None), id="The-and-one-capitalised-word"),
    pytest.param("USA Today", ("USA Today", "organization", None), id="a-known-outlet-ending-in-a-time-word"),
    pytest.param("Medical News Today", ("Medical News Today", "organization", None), id="another-outlet-named-today"),
    # a document and where it appeared: the document speaks, not the journal
    pytest.param("A new study published in the journal Nature",
                 ("a new study published in the journal Nature", "document", None), id="a-study-in-a-journal"),
    pytest.param("a paper published last week in Science",
                 ("a paper published last week in Science", "document", None), id="a-paper-in-a-journal"),
    # an outlet named by an everyday word only when written as a name
    pytest.param("The Economist", ("Economist", "organization", None), id="an-outlet-named-by-an-everyday-word"),
    pytest.param("Grand Central Publishing", ("Grand Central Publishing", "organization", None), id="a-publisher"),
    pytest.param("The Rathcormac Inn", ("Rathcormac Inn", "organization", None), id="an-inn"),
    pytest.param("Zhang Hanhui, the Chinese ambassador to Russia",
                 ("Zhang Hanhui", "person", "Chinese ambassador to Russia"), id="name-then-apposition"),
    pytest.param("China’s ambassador to Russia, Zhang Hanhui",
                 ("Zhang Hanhui", "person", "China’s ambassador to Russia"), id="apposition-then-name"),
    # a description no role table reads, then a name: the name is the description's own noun's
    pytest.param("Tom Reed, the younger brother of the heir to the throne, Charles",
                 ("Tom Reed", "person", None), id="a-name-then-a-description-ending-in-a-name"),
    pytest.param("Russia's ambassador to China, Andrey Denisov",
                 ("Andrey Denisov", "person", "Russia's ambassador to China"), id="apposition-straight-apostrophe"),
    pytest.param("Li Haidong, a professor at the China Foreign Affairs University",
                 ("Li Haidong", "person", "professor at the China Foreign Affairs University"),
                 id="name-then-indefinite-apposition"),
    pytest.param("Maria Zakharova, spokeswoman for the Russian Foreign Ministry",
                 ("Maria Zakharova", "person", "spokeswoman for the Russian Foreign Ministry"),
                 id="name-then-bare-apposition"),
    pytest.param("Zhang Hanhui, who arrived in Moscow last year",
                 ("Zhang Hanhui", "person", None), id="relative-clause-is-an-aside"),
    pytest.param("Vice President of the Russian Export Center Alexey Solodov",
                 ("Alexey Solodov", "person", "Vice President of the Russian Export Center"),
                 id="long-title-prefix"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui",
                 ("Zhang Hanhui", "person", "Chinese Ambassador to Russia"), id="title-prefix"),
    pytest.param("Russian President Vladimir Putin",
                 ("Vladimir Putin", "person", "Russian President"), id="president-prefix"),
    pytest.param("Foreign Ministry spokesperson Wang Wenbin",
                 ("Wang Wenbin", "person", "Foreign Ministry spokesperson"), id="lower-case-title-prefix"),
    pytest.param("Zhang", ("Zhang", "person", None), id="surname-alone"),
    pytest.param("China's General Administration of Customs",
                 ("China's General Administration of Customs", "organization", None), id="organization"),
    pytest.param("the Foreign Ministry", ("Foreign Ministry", "organization", None), id="the-ministry-named"),
    pytest.param("the Kremlin", ("Kremlin", "organization", None), id="kremlin"),
    pytest.param("Kellard Limited", ("Kellard Limited", "organization", None), id="a-company-limited"),
    pytest.param("Kellard Holdings Pty", ("Kellard Holdings Pty", "organization", None), id="a-proprietary-company"),
    pytest.param("Harbor Institutional Equities", ("Harbor Institutional Equities", "organization", None),
                 id="a-brokerage-named-for-equities"),
    pytest.param("Beijing", ("Beijing", "organization", None), id="capital-for-government"),
    pytest.param("the US", ("the US", "organization", None), id="country-keeps-its-article"),
    pytest.param("Xinhua", ("Xinhua", "organization", None), id="news-agency"),
    pytest.param("the Global Times", ("Global Times", "organization", None), id="newspaper"),
    pytest.param("the survey", ("the survey", "document", None), id="a-document"),
    pytest.param("Officials at the Environmental Protection Agency",
                 ("officials at the Environmental Protection Agency", "group", None), id="officials-at-a-body"),
    # … described by lower-case words ("pro-life members"): still the people, not their body
    pytest.param("pro-life members of the Democratic Party",
                 ("pro-life members of the Democratic Party", "group", None), id="described-members-of-a-party"),
    pytest.param("senior officials at the Harbour Board",
                 ("senior officials at the Harbour Board", "group", None), id="described-officials-at-a-body"),
    pytest.param("A study published by the Green Streets Trust",
                 ("Green Streets Trust", "organization", None), id="a-study-by-its-publisher"),
    pytest.param("data released by the ONS in August", ("ONS", "organization", None),
                 id="data-by-its-publisher-and-when"),
    pytest.param("figures published by the Harbour Board on Monday", ("Harbour Board", "organization", None),
                 id="figures-by-their-publisher-on-a-day"),
    # "the" and one capitalised plural: many people (a party, a family), not one (not "the Marcus")
    pytest.param("the Democrats", ("Democrats", "group", None), id="the-party-plural"),
    pytest.param("The Ebelings", ("The Ebelings", "group", None), id="the-family-plural"),
    pytest.param("Data released by the Labor Department",
                 ("Labor Department", "organization", None), id="data-released-by-its-publisher"),
    pytest.param("Analysts from both countries",
                 ("analysts from both countries", "group", None), id="group-sentence-cased"),
    pytest.param("Officials", ("officials", "group", None), id="bare-group"),
    pytest.param("Other Netizens", ("Other Netizens", "group", None), id="other-and-a-capitalised-plural"),
    pytest.param("Friends of Mr. Hale's", ("friends of Mr. Hale", "group", None), id="a-double-genitive"),
    pytest.param("a senior diplomat", ("a senior diplomat", "person", None), id="indefinite-description"),
    pytest.param("Nadia Corwin, a retired nurse who organized the vigil",
                 ("Nadia Corwin", "person", "retired nurse"), id="aside-with-its-own-relative-clause"),
    pytest.param("Representative Omar Lutz, a Kansas Republican who chairs the panel",
                 ("Omar Lutz", "person", "Representative"), id="title-name-aside-with-relative-clause"),
    pytest.param("Harold Dean", ("Harold Dean", "person", None), id="surname-that-is-a-title"),
    pytest.param("former Ohio Gov. Harold Dean", ("Harold Dean", "person", "former Ohio Gov."),
                 id="titled-surname-that-is-a-title"),
    pytest.param("Nora Judge, a Kansas Republican", ("Nora Judge", "person", None),
                 id="surname-judge"),
    # where the person lives is an aside, not the speaker
    pytest.param("Cory Vance, 22, of Flint, Mich.", ("Cory Vance", "person", None), id="age-and-residence"),
    pytest.param("Ann Bond, 30, from Raleigh, N.C.", ("Ann Bond", "person", None), id="from-residence"),
    # an organisation's name with "of": its last word is no one's surname
    pytest.param("The Hollywood Chamber of Commerce", ("Hollywood Chamber of Commerce", "organization", None),
                 id="chamber-of-commerce"),
    pytest.param("the National Academy of Sciences", ("National Academy of Sciences", "organization", None),
                 id="academy-of"),
    # a body's name with a title in it, then where it serves: the whole is the body
    pytest.param("the U.S. Attorney's Office for the Western District of New York",
                 ("U.S. Attorney's Office for the Western District of New York", "organization", None),
                 id="office-for-a-district"),
    pytest.param("the Kellard Center for Justice", ("Kellard Center for Justice", "organization", None),
                 id="center-for"),
    pytest.param("the National Association of Harbor Defense Lawyers",
                 ("National Association of Harbor Defense Lawyers", "organization", None), id="association-of"),
    # (a title of a body is still a person's description)
    pytest.param("the head of the Department of Health", ("the head of the Department of Health", "person", None),
                 id="head-of-a-body"),
    pytest.param("General Electric", ("General Electric", "organization", None), id="general-is-no-rank"),
    pytest.param("Dock Workers Secretary-Treasurer Tom Reed",
                 ("Tom Reed", "person", "Dock Workers Secretary-Treasurer"),
                 id="hyphenated-title"),
    pytest.param("United Arms Group", ("United Arms Group", "organization", None), id="united-in-a-name"),
    # a work in marks before a role belongs to the role
    pytest.param("“Harvest” director Lena Koss", ("Lena Koss", "person", "“Harvest” director"),
                 id="quoted-title-before-role"),
    pytest.param("But “Night Shift” actress Dana Reyes", ("Dana Reyes", "person", "“Night Shift” actress"),
                 id="quoted-title-after-but"),
    pytest.param("Richards and Menendez both", ("Richards and Menendez", "group", None),
                 id="joint-speakers-both"),
    pytest.param("county homicide detective Efren Ruiz", ("Efren Ruiz", "person", "county homicide detective"),
                 id="occupation-detective"),
    pytest.param("actor-director Albert Marks", ("Albert Marks", "person", "actor-director"),
                 id="occupations-joined-by-a-hyphen"),
    pytest.param("registered dietitian Amanda Kostro", ("Amanda Kostro", "person", "registered dietitian"),
                 id="occupation-dietitian"),
    pytest.param("consultant cardiologist Ravi Menon", ("Ravi Menon", "person", "consultant cardiologist"),
                 id="occupation-any-ologist"),
    pytest.param("public defender Shannon Quill", ("Shannon Quill", "person", "public defender"),
                 id="occupation-public-defender"),
    pytest.param("LINDA Nolan", ("Linda Nolan", "person", None), id="a-tabloids-opening-capitals"),
    pytest.param("Detective Sergeant Jon Saxby of the Kent and Essex Serious Crime Directorate",
                 ("Jon Saxby", "person", "Detective Sergeant"), id="placed-by-a-body-whose-name-holds-and"),
    pytest.param("The Health Ministry in Gaza", ("Health Ministry in Gaza", "organization", None),
                 id="a-body-placed-is-not-its-place"),
    pytest.param("the US Embassy in Moscow", ("US Embassy in Moscow", "organization", None),
                 id="an-embassy-placed-is-not-its-city"),
    # a person "at" a body is the person, not the body
    pytest.param("John Marlow at Harvard University", ("John Marlow", "person", None), id="a-person-at-a-university"),
    pytest.param("Anna Becker at Simple Living", ("Anna Becker", "person", None), id="a-person-at-a-website"),
    pytest.param("Saturday at the state party convention Sen. Ella Warne",
                 ("Ella Warne", "person", "Saturday at the state party convention Sen."),
                 id="a-day-at-an-event-then-the-person"),
    pytest.param("the Kellard Center for Harbour Policy Studies at Harbor University in Maine",
                 ("Kellard Center for Harbour Policy Studies at Harbor University in Maine", "organization", None),
                 id="a-body-at-a-body-is-one-body"),
    # a person placed by a body, then a town, then its state or country: the person
    pytest.param("Jane Roe of Acme in Boston", ("Jane Roe", "person", None), id="of-a-body-in-a-town"),
    pytest.param("Wray Keane of the University of Otago in Dunedin, New Zealand", ("Wray Keane", "person", None),
                 id="of-a-body-in-a-town-and-country"),
    pytest.param("Jane Roe of Dunedin, New Zealand", ("Jane Roe", "person", None), id="of-a-town-and-country"),
    # a place of several words is a place, whatever its first word ("New" is no title)
    pytest.param("New Zealand", ("New Zealand", "organization", None), id="a-country-of-two-words"),
    # occupations before a name are its role, whatever the trade
    pytest.param("journalism instructor Amy Wilentz", ("Amy Wilentz", "person", "journalism instructor"),
                 id="an-instructor"),
    pytest.param("realtor Shaun Ghulam", ("Shaun Ghulam", "person", "realtor"), id="a-realtor"),
    pytest.param("screenwriter Cole Haddon", ("Cole Haddon", "person", "screenwriter"), id="a-screenwriter"),
    pytest.param("teammate Joe Root", ("Joe Root", "person", "teammate"), id="a-teammate"),
    # a body "of" something whose last word is a title ("Justice") is the body, not a description
    pytest.param("the Department of Justice", ("Department of Justice", "organization", None), id="department-of-justice"),
    pytest.param("the Ministry of Justice", ("Ministry of Justice", "organization", None), id="ministry-of-justice"),
    # a document and what it is about: the document speaks (but a body's statement is the body's)
    pytest.param("The KDP-C review for SLS", ("the KDP-C review for SLS", "document", None), id="a-review-for-a-body"),
    pytest.param("The audit of the Harbour Authority", ("the audit of the Harbour Authority", "document", None),
                 id="an-audit-of-a-body"),
    # a hyphenated manner adverb after the name is no part of it
    pytest.param("Karenga matter-of-factly", ("Karenga", "person", None), id="a-hyphenated-adverb-after-a-name"),
    pytest.param("Mr Parish", ("Parish", "person", None), id="a-surname-that-is-a-place-word"),
]


# a list of people with an occupation before the last: no one person's role
LISTS_OF_PEOPLE = ["stars including Jamie Oliver and fitness guru Joe Wicks",
                   "campaigners such as Ann Reed and former footballer Gary Lineker"]


@pytest.mark.parametrize("phrase", LISTS_OF_PEOPLE)
def test_a_list_of_people_is_no_role_and_name(phrase):
    mention = parse_mention(phrase)
    assert mention is None or (mention.role is None and mention.name != phrase.split()[-2] + " " + phrase.split()[-1])


# A name whose apposition calls it a body is that body, whatever its own words suggest;
# a person's name keeps its person (an office's words ending the apposition say nothing)
NAME_AND_BODY_APPOSITION = [
    pytest.param("SBM Intel, a Lagos intelligence firm", ("SBM Intel", "organization"), id="an-acronym-and-firm"),
    pytest.param("Acme Partners, a consulting firm", ("Acme Partners", "organization"), id="two-words-and-firm"),
    # partners' names joined by an ampersand are a firm's, described or not
    pytest.param("Harlow & Finch, the drugmaker", ("Harlow & Finch", "organization"), id="ampersand-firm-the-drugmaker"),
    pytest.param("Harlow & Finch, the consumer goods maker", ("Harlow & Finch", "organization"),
                 id="ampersand-firm-the-goods-maker"),
    pytest.param("The Harbor Trust, a charity", ("Harbor Trust", "organization"), id="the-trust-a-charity"),
    pytest.param("Kellard, a company whose cranes load ships", ("Kellard", "organization"),
                 id="a-company-and-its-relative-clause"),
    # ("that" opens the apposition's relative clause too; a place inside it is no speaker)
    pytest.param("The Ohio Grid Operator, the nonprofit entity that controls the power for most of Ohio",
                 ("Ohio Grid Operator", "organization"), id="an-entity-that-controls"),
    pytest.param("Bob Mason, a retired Port Service ferry pilot", ("Bob Mason", "person"),
                 id="a-first-name-stays-a-person"),
    pytest.param("C. Dale Fenwick Jr., a senior official during the Kellard administration",
                 ("C. Dale Fenwick Jr.", "person"), id="an-initial-and-suffix-stay-a-person"),
]


# What a name's own form says it is: initials with dots ("I.B.M.") and a name opening on
# "The" are bodies (a law's title a document); a person with a role, placed at a body
# "in" a place, is the person
NAME_FORMS = [
    pytest.param("I.B.M.", ("I.B.M.", "organization"), id="dotted-initials"),
    # an ampersand joins partners' names into a firm's, spaced or not ("Scott & Scott", "P&G")
    pytest.param("Reed & Reed", ("Reed & Reed", "organization"), id="ampersand-between-names"),
    pytest.param("Harlow & Finch", ("Harlow & Finch", "organization"), id="ampersand-between-two-names"),
    pytest.param("KT&G", ("KT&G", "organization"), id="ampersand-inside-initials"),
    # a body's name with "for" or "of" inside, then what kind of body it is, in lower case
    pytest.param("The Lakeland Observatory for Human Rights monitor group",
                 ("Lakeland Observatory for Human Rights", "organization"), id="a-name-then-its-kind"),
    pytest.param("the Center for Harbor Progress think tank", ("Center for Harbor Progress", "organization"),
                 id="a-center-then-think-tank"),
    pytest.param("Alden Capital", ("Alden Capital", "organization"), id="a-fund-named-capital"),
    pytest.param("Manchester United", ("Manchester United", "organization"), id="a-football-club"),
    pytest.param("Tottenham Hotspur", ("Tottenham Hotspur", "organization"), id="a-club-by-its-nickname"),
    pytest.param("the United Arab Emirates", ("the United Arab Emirates", "organization"), id="united-opening-a-country"),
    pytest.param("J.K.", ("J.K.", "person"), id="two-initials-may-be-a-person"),
    pytest.param("The American Theatre Wing", ("American Theatre Wing", "organization"), id="The-and-three-words"),
    pytest.param("The Clean Water Act", ("Clean Water Act", "document"), id="The-and-a-law"),
    pytest.param("The Rev. Al Sharpton", ("Al Sharpton", "person"), id="The-and-a-title"),
    pytest.param("the Quantum Hacking Lab", ("Quantum Hacking Lab", "organization"), id="a-lab"),
    pytest.param("economist Ann Lee of the Brookings Institution in Washington", ("Ann Lee", "person"),
                 id="a-person-of-a-body-in-a-place"),
    pytest.param("planetary geologist Rosa Lopes of NASA's Jet Propulsion Laboratory in California",
                 ("Rosa Lopes", "person"), id="a-person-of-a-laboratory-in-a-place"),
    # a study in a journal named as one speaks, not the journal
    pytest.param("A similar 2012 study in the journal Communication Research",
                 ("a similar 2012 study in the journal Communication Research", "document"), id="a-study-in-a-journal"),
    pytest.param("a 2017 article in the scholarly journal Harbor and Coastal Policy",
                 ("a 2017 article in the scholarly journal Harbor and Coastal Policy", "document"),
                 id="an-article-in-an-academic-journal"),
    # a relative clause after a person named under a long title: the person
    pytest.param("American Federation of Government Employees President Ann Cole, who also represents Energy "
                 "employees", ("Ann Cole", "person"), id="a-long-title-then-a-relative-clause"),
]


# two people each named after a title in lower case speak together, each with their title
# (the first title may be capitalised, or the first person named alone)
@pytest.mark.parametrize("phrase, members", [
    ("Burnley council leader Afrasiab Anwar and Pendle council leader Asjad Mahmood",
     [("Afrasiab Anwar", "Burnley council leader"), ("Asjad Mahmood", "Pendle council leader")]),
    ("Mayor Tom Reed and senior adviser Ann Lee", [("Tom Reed", "Mayor"), ("Ann Lee", "senior adviser")]),
    ("Secretary of State Tom Reed and senior adviser Ann Lee",
     [("Tom Reed", "Secretary of State"), ("Ann Lee", "senior adviser")]),
    ("Tom Reed and senior adviser Ann Lee", [("Tom Reed", None), ("Ann Lee", "senior adviser")]),
])
def test_two_titled_people_joined_by_and(phrase, members):
    mention = parse_mention(phrase)
    assert (mention.name, mention.kind) == (" and ".join(name for name, _ in members), "group")
    assert [(m.name, m.role) for m in mention.members] == members


@pytest.mark.parametrize("phrase, expected", NAME_FORMS)
def test_what_a_names_form_says_it_is(phrase, expected):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind) == expected


@pytest.mark.parametrize("phrase, expected", NAME_AND_BODY_APPOSITION)
def test_a_name_its_apposition_calls_a_body(phrase, expected):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind) == expected


# A name after someone acting for another's relative is the relative's; the one acting,
# unnamed, is the speaker (but a spokesman "for the governor, Andrew Cuomo" is named)
FOR_SOMEONES_KIN = [
    pytest.param("A publicist for Thicke's son, Robin", "a publicist for Thicke's son", id="for-someone's-son"),
    pytest.param("a lawyer for his wife, Jane Cole", "a lawyer for his wife", id="for-his-wife"),
    pytest.param("A spokesman for the governor, Andrew Cuomo", "Andrew Cuomo", id="for-an-office-holder"),
    pytest.param("A lawyer for the family, Sam Cole", "Sam Cole", id="for-a-family"),
]


@pytest.mark.parametrize("phrase, expected", FOR_SOMEONES_KIN)
def test_a_name_after_someones_relative_is_the_relatives(phrase, expected):
    mention = parse_mention(phrase)
    assert mention is not None and mention.kind == "person" and mention.name.lower() == expected.lower()


# One unnamed person described by whom they serve or where they are: the name after
# the description is someone else's, or a place
DESCRIBED_BEFORE_A_NAME = [
    ("a spokeswoman for Governor Ann Lee", ("a spokeswoman for Governor Ann Lee", "person")),
    ("an aide to Senator Bob Casey", ("an aide to Senator Bob Casey", "person")),
    ("longtime adviser to Bill Clinton", ("longtime adviser to Bill Clinton", "person")),
    ("a lawyer with Hogan Lovells", ("a lawyer with Hogan Lovells", "person")),
    ("a GOP insider in the state of New Hampshire", ("a GOP insider in the state of New Hampshire", "person")),
    ("one voter in the small town of Derry", ("one voter in the small town of Derry", "person")),
    ("a Democrat from Ohio", ("a Democrat from Ohio", "person")),
    ("One user on Reddit", ("One user on Reddit", "person")),
    # (a title of office before a name is that person's; a campaign speaks for its candidate)
    ("Secretary of State John Kerry", ("John Kerry", "person")),
    ("former special envoy to Ukraine Kurt Volker", ("Kurt Volker", "person")),
    ("the presidential campaign of Sen. Nora Vance", ("Nora Vance", "person")),
    ("an analyst at the Bank of England", ("an analyst at the Bank of England", "person")),
    ("One student at Harbor University", ("One student at Harbor University", "person")),
    ("Another nurse at Harbor General Hospital", ("Another nurse at Harbor General Hospital", "person")),
]
# The writer's adverb opening the sentence is no part of the subject
OPENING_ADVERB_BEFORE_A_SUBJECT = [
    ("Maybe people", ("people", "group")),
    ("Perhaps the union", ("the union", "organization")),
]


@pytest.mark.parametrize("phrase, expected", DESCRIBED_BEFORE_A_NAME + OPENING_ADVERB_BEFORE_A_SUBJECT)
def test_a_description_before_someone_elses_name_is_the_speaker(phrase, expected):
    mention = parse_mention(phrase, lenient=True)
    assert (mention.name, mention.kind) == expected


@pytest.mark.parametrize("phrase, expected", NAMED)
def test_named_speakers(phrase, expected):
    mention = parse_mention(phrase)
    if expected is None:
        assert mention is None or mention.name != "Trump"
        return
    assert mention is not None
    assert (mention.name, mention.kind, mention.role) == expected
    assert not mention.needs_resolution


def test_an_everyday_word_in_lower_case_is_no_outlet():
    # "the economist said": a person to resolve, not The Economist
    mention = parse_mention("the economist")
    assert (mention.name, mention.kind, mention.description) == (None, "person", ("economist",))


def test_honorific_is_not_a_role():
    mention = parse_mention("Mr. Denisov")
    assert (mention.name, mention.kind, mention.role) == ("Denisov", "person", None)


PRONOUNS = [
    pytest.param("he", "person", id="he"),
    pytest.param("she", "person", id="she"),
    pytest.param("they", "group", id="they"),
]


@pytest.mark.parametrize("phrase, kind", PRONOUNS)
def test_pronouns_are_left_to_resolve(phrase, kind):
    mention = parse_mention(phrase)
    assert (mention.pronoun, mention.name, mention.kind) == (phrase, None, kind)
    assert mention.needs_resolution


DESCRIPTIONS = [
    pytest.param("the envoy", ("envoy",), id="the-envoy"),
    pytest.param("the Chinese president", ("chinese", "president"), id="the-chinese-president"),
    pytest.param("the Chinese ambassador to Russia", ("chinese", "ambassador", "russia"),
                 id="the-chinese-ambassador-to-russia"),
    # no one's name follows "of the": the office's body, not a surname
    pytest.param("the chancellor of the Exchequer", ("chancellor", "the", "exchequer"), id="chancellor-of-the-exchequer"),
    pytest.param("the Secretary of the Treasury", ("secretary", "the", "treasury"), id="secretary-of-the-treasury"),
    pytest.param("the Wisconsin Republican", ("wisconsin", "republican"), id="a-party-member-by-state"),
]


@pytest.mark.parametrize("phrase, words", DESCRIPTIONS)
def test_descriptions_are_left_to_resolve(phrase, words):
    mention = parse_mention(phrase)
    assert (mention.name, mention.kind, mention.description) == (None, "person", words)
    assert mention.needs_resolution


# people named by their trade: a group, never a participle's clause
TRADES = [
    pytest.param("hacking specialists", "hacking specialists", id="hacking-specialists"),
    pytest.param("Polling experts", "polling experts", id="polling-experts"),   # (sentence case, as "officials")
]


# a share of people (a poll's figure) is a group, never one person
SHARES = [
    pytest.param("Twenty-four percent", id="a-percentage-in-words"),
    pytest.param("six in 10", id="x-in-10"),
    pytest.param("Nine in 10 Republican likely voters", id="x-in-10-of-whom"),
    pytest.param("another 27 percent", id="another-share"),
    pytest.param("at least 21,000", id="at-least-a-count"),
    pytest.param("Another 48.6 %", id="another-share-with-a-sign"),
]


@pytest.mark.parametrize("phrase", SHARES)
def test_a_share_of_people_is_a_group(phrase):
    assert parse_mention(phrase, lenient=True).kind == "group"


# (phrase, name): a share of a named group speaks as that group, whatever the case of its
# first word; a share's words are no one's name, and a clause after "of" is no group
SHARES_OF_GROUPS = [
    pytest.param("Two-thirds of Democratic insiders", "Two-thirds of Democratic insiders", id="two-thirds-of"),
    pytest.param("Most of the candidates", "most of the candidates", id="most-of"),
    pytest.param("Nearly half of those polled", "Nearly half of those polled", id="nearly-half-of"),
    pytest.param("Sixty percent of registered voters", "Sixty percent of registered voters", id="percent-in-words"),
    pytest.param("A majority of her backers", "a majority of her backers", id="a-majority-of"),
]


@pytest.mark.parametrize("phrase, name", SHARES_OF_GROUPS)
def test_a_share_of_a_named_group_is_that_group(phrase, name):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind) == (name, "group")


@pytest.mark.parametrize("phrase", ["Two-thirds", "Half",
                                    "Ninety-nine percent of US institutions taught classes online"])
def test_a_bare_share_or_a_clause_is_no_named_speaker(phrase):
    mention = parse_mention(phrase)
    assert mention is None or mention.kind != "person"


# a claim and the subject of its relative clause without "that" (", a prospect Vindman
# denied") name no speaker; a noun before its head ("the claims adjuster") still does
@pytest.mark.parametrize("phrase, speaks", [
    ("a prospect Vindman", False),
    ("a claim the chief executive", False),
    ("an allegation he", False),
    ("the claims adjuster", True),
    ("the charge nurse", True),
])
def test_a_claim_then_its_relative_subject_is_no_speaker(phrase, speaks):
    assert (parse_mention(phrase, lenient=True) is not None) == speaks


# a group and the two people it is, in apposition: both people, not the last name alone
@pytest.mark.parametrize("phrase, name", [
    ("Two military analysts, Ann Lee and Tom Ford", "Ann Lee and Tom Ford"),
    ("Her parents, Ann Lee and Tom Ford", "Ann Lee and Tom Ford"),
    ("Both Democratic candidates, Nora Vance and Ben Ortiz", "Nora Vance and Ben Ortiz"),
    # what the two share in lower case before their names, and where both work after them
    ("nuclear experts Ann Lee and Tom Ford of the Harbour Institute for Science and Security", "Ann Lee and Tom Ford"),
    ("lawyers Ann Lee and Tom Ford", "Ann Lee and Tom Ford"),
    # (a body's name before the plural: "Senate committee members")
    ("Senate committee members Ann Lee and Tom Ford", "Ann Lee and Tom Ford"),
    ("Senate Foreign Relations Committee members Ann Lee and Tom Ford", "Ann Lee and Tom Ford"),
    # a name, then someone described as theirs and named in apposition: the two of them
    ("Ann Lee and her husband, Tom", "Ann Lee and Tom"),
    ("Ann Lee and her longtime partner, Tom Ford", "Ann Lee and Tom Ford"),
    # … or named right after the description, no commas
    ("Ann Lee and her husband Tom Ford", "Ann Lee and Tom Ford"),
    ("Tom Ford and his daughter Ann", "Tom Ford and Ann"),
])
def test_a_group_and_the_two_people_it_is(phrase, name):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind, len(mention.members)) == (name, "group", 2)


# a gerund and the capitalised thing it acts on open a standfirst or a sentence: no one
# named ("Playing Skyrim with no armour"); a body named after an act keeps its name
@pytest.mark.parametrize("phrase, expected", [
    ("Playing Skyrim", None),
    ("Visiting Paris", None),
    ("Making Waves Foundation", ("Making Waves Foundation", "organization")),
])
def test_a_gerund_and_its_object_name_no_one(phrase, expected):
    mention = parse_mention(phrase)
    assert (None if mention is None else (mention.name, mention.kind)) == expected


def test_a_gerund_and_its_object_are_no_antecedent_of_he():
    quotes = extract_quotes(Article(id="g", text="Headline of the day\n\nPlaying Skyrim with no armour, weapons or "
                                    "spells.\n\nI pick the guard. He looks better equipped. He suggests I find some "
                                    "weapons of my own."))
    assert [q.speaker for q in quotes] in ([], [None])


# one member of a party, described ("said an Iowa Democrat"): no one named "Democrat"
@pytest.mark.parametrize("phrase", ["an Iowa Democrat", "a New Hampshire Republican", "a senior Democrat",
                                    "one South Carolina Democrat", "another Texas Republican"])
def test_an_unnamed_party_member_is_one_person_described(phrase):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind) == (phrase, "person")
    assert plausible_speaker(mention.name, phrase)


@pytest.mark.parametrize("phrase, name", [("Democrat Joe Manchin", "Joe Manchin"),
                                          ("a Democrat from Iowa, Tom Vilsack", "Tom Vilsack")])
def test_a_named_party_member_keeps_the_name(phrase, name):
    mention = parse_mention(phrase)
    assert mention is not None and mention.name == name


def test_someone_somewhere_is_still_one_person():
    assert parse_mention("someone in the audience", lenient=True).kind == "person"


@pytest.mark.parametrize("phrase, name", TRADES)
def test_people_named_by_their_trade(phrase, name):
    mention = parse_mention(phrase, lenient=True)
    assert mention is not None and (mention.name, mention.kind) == (name, "group")
    assert plausible_speaker(mention.name, phrase)


@pytest.mark.parametrize("phrase", ["echoing security experts", "including top campaign officials"])
def test_a_participle_before_people_is_no_speaker(phrase):
    mention = parse_mention(phrase, lenient=True)
    assert mention is None or not plausible_speaker(mention.name, phrase)


# A determiner whose noun was left behind is no speaker; with its noun it may be, and
# "another" alone is one more of those just named
@pytest.mark.parametrize("name, plausible", [("Each", False), ("Every", False), ("Either", False),
                                             ("Each of the candidates", True), ("Another official", True),
                                             ("another", True)])
def test_a_determiner_alone_is_no_speaker(name, plausible):
    assert plausible_speaker(name) is plausible


# People counted are a group ("Two loggers claimed …"); things counted are no speaker
@pytest.mark.parametrize("phrase, kind", [("Two loggers", "group"), ("Several neighbours", "group"),
                                          ("Three survivors", "group"), ("500 cameras", None),
                                          ("three helicopters", None), ("Three studies", "document"),
                                          # emails are written, as one email is
                                          ("the leaked emails", "document")])
def test_people_counted_are_a_group(phrase, kind):
    mention = parse_mention(phrase)
    assert (mention.kind if mention else None) == kind


# A named person and one more, unnamed, or their own people act together; bodies counted in a headline's
# capitals are bodies, not a person named after their plural
@pytest.mark.parametrize("phrase, name", [("Mills and another Clinton aide", "Mills and another Clinton aide"),
                                          ("Lee and a colleague", "Lee and a colleague"),
                                          # and their own people: not the organisation a "team" is
                                          ("Paganini and his team", "Paganini and his team"),
                                          ("Ann Lee and her campaign staff", "Ann Lee and her campaign staff"),
                                          # and others of its kind, counted or not
                                          ("Ohio and 12 other states", "Ohio and 12 other states"),
                                          ("Acme and three other companies", "Acme and three other companies"),
                                          ("Acme and other firms", "Acme and other firms"),
                                          ("Two House Committees", "two House committees")])
def test_a_person_and_one_more_or_bodies_counted_are_a_group(phrase, name):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.name, mention.kind) == (name, "group")


# A person described and a person named act together: both, never the named one alone with
# the description as a title ("the mayor and Tom Reed" is no "Mayor Tom Reed")
@pytest.mark.parametrize("phrase", ["The mayor and Tom Reed", "the mayor and council leader Tom Reed",
                                    "The mayor and her husband, Tom"])
def test_a_person_described_and_a_person_named_are_a_group_of_two(phrase):
    mention = parse_mention(phrase)
    assert mention is not None and (mention.kind, len(mention.members)) == ("group", 2)


def test_a_group_whose_description_the_article_leaves_unnamed_has_no_speaker():
    quotes = extract_quotes(Article(id="j", text="Port news\n\nThe mayor and Tom Reed said the port would reopen."))
    assert [(q.speaker, q.speaker_kind, q.text) for q in quotes] == [(None, "group", "the port would reopen")]


# "the French", "the Democrats": a people or a party is a group, never a body named "the X"
@pytest.mark.parametrize("phrase", ["the French", "the Democrats", "The Saudis"])
def test_the_and_a_people_is_no_organisation(phrase):
    mention = parse_mention(phrase, lenient=True)
    assert mention is None or mention.kind != "organization"


NOT_SPEAKERS = [
    pytest.param("Trade between the two countries will see new impetus", id="a-clause"),
    # a past verb and its object: a clause, not a noun phrase with a participle in it
    pytest.param("the French luxury giant filed a lawsuit in New York", id="a-past-verb-and-its-object"),
    pytest.param("the senator recorded a message", id="a-past-verb-and-a-message"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("phrase", NOT_SPEAKERS)
def test_phrases_that_are_not_speakers(phrase):
    assert parse_mention(phrase) is None


# (name, plausible?): the last check on what a rule took for a speaker
PLAUSIBLE = [
    ("Israeli", False), ("Syrian", False), ("Republican", False),      # a people or party alone
    ("Just over a quarter", True), ("About two-thirds", True), ("Just over", False),   # shares by a fraction
    ("Judith French", True), ("Welsh", True),                          # a surname that is also a people
    ("Sanders's victory", False), ("Khin Zaw Win", True),              # an event speaks for nobody
    ("The fracas", False), ("the clash", False), ("The Incident Board", True),
    ("its name", False), ("the title", False), ("Tom Name", True), ("Harbor Title Company", True),   # what a thing is called
    ("the day before Trump", False), ("the week after Lee", False), ("the Day Foundation", True),   # when, not who
    ("media reports monitoring the incident", True),
    ("See", False), ("Click", False), ("Tom Watch", True),   # a page's imperatives
    ("Here's a timeline", False), ("There’s a study", False), ("Here's a letter one student", False),   # the writer presenting
    ("The coronavirus pandemic", False), ("the crisis", False), ("the war", False),   # what happened shows, not reports
    ("the crisis team", True), ("the War Office", True),
    ("Israeli forces", True),
    ("the group of five tried to claw their way out and Mr. Ramaswamy took turns", False),   # a clause
    ("Reed’s campaign sent out a news release", False),
    ("activists on the left", True), ("a Labour-led council", True),
    ("an official opposed to the deal", True), ("a person connected to the campaign", True),   # descriptions
    ("Southern", True), ("   ", False),
    ("than waterboarding", False),                                     # the end of a comparison
    ("once the report", False),                                        # a subordinate clause's opening
]


@pytest.mark.parametrize("name, expected", PLAUSIBLE)
def test_plausible_speakers(name, expected):
    assert plausible_speaker(name) is expected


# Even where only a speaker can stand (lenient), a predicate is not one.
PREDICATES = [
    pytest.param("repeated his warning and", id="first-of-two-coordinated-verbs"),
    pytest.param("released a statement", id="verb-then-object"),
    pytest.param("reportedly mailed glossy", id="adverb-then-verb"),
    pytest.param("The 2021 jobs report also showed young workers", id="also-then-verb"),
    # the writer's comparison, whatever it names
    pytest.param("rather than leaning on the lone Charter the Harbor Council", id="rather-than"),
    pytest.param("instead of the mayor", id="instead-of"),
    # the writer's imperative ("Consider this entry — “…”", "let me say, …")
    pytest.param("Consider this 2014 entry", id="consider-this"),
    pytest.param("let me", id="let-me"),
    # a sentence adverb alone; a headline's report of its own
    pytest.param("Regardless", id="a-sentence-adverb"),
    pytest.param("UAW deal confirms economic plan", id="a-headlines-report"),
    pytest.param("The Pentagon’s top adviser on the campaign went", id="a-subject-and-its-verb"),
]


# A document by its title: capitalised words and figures around a document noun.
TITLED_DOCUMENTS = [
    pytest.param("the 2022 National Survey of Pay in Public Schools", "2022 National Survey of Pay in Public Schools",
                 id="survey-of-X-in-Y"),
    pytest.param("the Autumn International Student Enrollment Snapshot Survey",
                 "Autumn International Student Enrollment Snapshot Survey", id="long-title-ending-in-survey"),
    pytest.param("the Global Harbour Index", "Global Harbour Index", id="index"),
    pytest.param("the Annual Report on Coastal Fisheries", "Annual Report on Coastal Fisheries", id="report-on-X"),
]


@pytest.mark.parametrize("phrase, name", [
    ("Union spokesman Tom Reyes wouldn’t", "Tom Reyes"),
    ("Reyes didn’t", "Reyes"),
])
def test_a_negated_auxiliary_after_the_name_is_dropped(phrase, name):
    assert parse_mention(phrase, lenient=True).name == name


NAME_FORMS = [
    pytest.param("John Rankin Thursday", "John Rankin", id="a-weekday-after-the-name"),
    pytest.param("Klein elsewhere", "Klein", id="an-adverb-after-the-name"),
    pytest.param("my colleague Geoffrey Skelley", "Geoffrey Skelley", id="my-colleague-X"),
    pytest.param("President and Chief Financial Officer of Super Value Debra Symonette", "Debra Symonette",
                 id="company-name-before-the-first-name"),
    pytest.param("Senator Mary Ann Smith", "Mary Ann Smith", id="two-first-names-stay-together"),
    pytest.param("Tanaiste Leo Varadkar", "Leo Varadkar", id="irish-title"),
    pytest.param("Hon. Keith Mitchell", "Keith Mitchell", id="honourable"),
]


@pytest.mark.parametrize("phrase, name", NAME_FORMS)
def test_name_forms(phrase, name):
    assert parse_mention(phrase, lenient=True).name == name


@pytest.mark.parametrize("phrase, kind", [
    ("the Food and Drug Administration", "organization"),
    ("World Travel and Tourism Council", "organization"),
    ("the World Travel and Tourism Council", "organization"),
    ("World Bank and IMF", "group"),
    ("the World Bank and IMF", "group"),
    ("Clinton and the DNC", "group"),
    ("Xi and Putin", "group"),
])
def test_an_organisation_whose_name_holds_and_is_one_speaker(phrase, kind):
    assert parse_mention(phrase, lenient=True).kind == kind


@pytest.mark.parametrize("phrase", ["often they’re", "I’m", "the ones we’ve"])
def test_a_contracted_verb_makes_a_clause(phrase):
    assert parse_mention(phrase, lenient=True) is None


@pytest.mark.parametrize("phrase, name", TITLED_DOCUMENTS)
def test_a_titled_document_is_a_document(phrase, name):
    mention = parse_mention(phrase, lenient=True)
    assert (mention.name, mention.kind) == (name, "document")


@pytest.mark.parametrize("phrase", PREDICATES)
def test_predicates_are_not_speakers_even_where_lenient(phrase):
    assert parse_mention(phrase, lenient=True) is None


@pytest.mark.parametrize("phrase, name", [
    ("nearly two-thirds of the voters", "nearly two-thirds of the voters"),
    ("roughly half of the delegates", "roughly half of the delegates"),
])
def test_a_quantity_opened_by_an_adverb_is_still_a_group(phrase, name):
    assert parse_mention(phrase, lenient=True).name == name


# Speakers that are not speakers: a bare party or nationality, a fragment, a timestamp run
# into a name, a sentence's first word that the article uses as an ordinary word.
@pytest.mark.parametrize("name, written", [
    ("Republican", "Republican"), ("Democrat", "Democrat"), ("Debate on the", "Debate on the"),
    ("the newly", "the newly"), ("23PMRubio", "23PMRubio"), ("39PM Donald Trump", "39PM Donald Trump"),
    # a title-case headline's verb run into its subject's name
    ("Glenn Reed Blasts Harbour Board", "Glenn Reed Blasts Harbour Board"),
    ("Mayor Ortiz Slams Council", "Mayor Ortiz Slams Council"),
])
def test_fragments_parties_and_timestamps_are_no_speakers(name, written):
    assert not plausible_speaker(name, written)


@pytest.mark.parametrize("phrase, name", [
    ("Cruz gingerly", "Cruz"), ("Hillary Clinton immediately", "Hillary Clinton"),
    ("Manafort politely", "Manafort"),
])
def test_a_manner_adverb_is_no_part_of_the_name(phrase, name):
    assert parse_mention(phrase).name == name


def test_a_relation_before_a_name_is_no_part_of_it():
    assert parse_mention("his running mate JD Vance").name == "JD Vance"


# (phrase, (name, kind, role)): the person, with what describes them as the role
DESCRIBED_NAMES = [
    pytest.param("Republican Walter Brandt", ("Walter Brandt", "person", "Republican"), id="party"),
    pytest.param("GOP candidate Walter Brandt", ("Walter Brandt", "person", "GOP candidate"), id="party-and-title"),
    pytest.param("GOP frontrunner Walter Brandt", ("Walter Brandt", "person", "GOP frontrunner"),
                 id="frontrunner"),
    pytest.param("Retired neurosurgeon Ben Alder", ("Ben Alder", "person", "Retired neurosurgeon"),
                 id="occupation"),
    pytest.param("Comedian Nora Quill", ("Nora Quill", "person", "Comedian"), id="comedian"),
    pytest.param("Chinese Ambassador to Russia Zhang Hanhui",
                 ("Zhang Hanhui", "person", "Chinese Ambassador to Russia"), id="nationality-and-office"),
    pytest.param("Brandt in his announcement speech", ("Brandt", "person", None), id="an-adjunct-is-no-role"),
    pytest.param("political scientist Dana Orlov in Almaty", ("Dana Orlov", "person", "political scientist"),
                 id="placed-by-in"),
    pytest.param("Sen. Walter Brandt, R-Ky.", ("Walter Brandt", "person", "Sen."), id="party-state-tag-aside"),
    pytest.param("Politico", ("Politico", "organization", None), id="an-outlet-is-an-organisation"),
    pytest.param("Nissan", ("Nissan", "organization", None), id="a-carmaker-is-an-organisation"),
    pytest.param("Samsung", ("Samsung", "organization", None), id="a-maker-of-phones-is-an-organisation"),
    pytest.param("Ned Pollard of Breitbart California", ("Ned Pollard", "person", None), id="placed-by-outlet"),
    pytest.param("Reuters’ Ann Lee", ("Ann Lee", "person", None), id="an-outlets-plural-possessive"),
    pytest.param("Tom Vardell of the University of Harbor School of Law", ("Tom Vardell", "person", None),
                 id="placed-by-a-body-whose-name-holds-of"),
    pytest.param("Will Doyle, a professor at Vanderbilt University", ("Will Doyle", "person",
                 "professor at Vanderbilt University"), id="a-first-name-that-is-a-modal"),
    pytest.param("May Chen", ("May Chen", "person", None), id="another-first-name-that-is-a-modal"),
    pytest.param("Breitbart News’ Ned Pollard", ("Ned Pollard", "person", None), id="an-outlets-bare-apostrophe"),
    # a town that is also a first name ("Cheyenne", "Austin", "Savannah") places the person named before it
    pytest.param("Dale Hewitt of Cheyenne", ("Dale Hewitt", "person", None), id="placed-by-a-town-named-like-a-person"),
    pytest.param("Marta Quiles of Austin", ("Marta Quiles", "person", None), id="placed-by-austin"),
    pytest.param("Ron Tiller of Lake Savannah", ("Ron Tiller", "person", None), id="placed-by-two-words"),
    # a full name of rare words, whatever the lexicon knows of the first name, placed by its firm
    pytest.param("Holger Schmieding of Berenberg", ("Holger Schmieding", "person", None), id="a-rare-first-name"),
    # local offices and standings before a full name are roles
    pytest.param("County freeholder Ernest D. Coursey", ("Ernest D. Coursey", "person", "County freeholder"),
                 id="a-freeholder"),
    pytest.param("Cruz constituent Dan Golvach", ("Dan Golvach", "person", "Cruz constituent"), id="a-constituent"),
    pytest.param("councilmember Mark Levine", ("Mark Levine", "person", "councilmember"), id="a-councilmember"),
    pytest.param("Vendor Glenn Jones", ("Glenn Jones", "person", "Vendor"), id="a-vendor"),
    # where the words appeared is no part of who spoke; a station's "TV" ends a body's name
    pytest.param("Dan Fisk in a Medium post", ("Dan Fisk", "person", None), id="in-a-post"),
    pytest.param("BFM TV", ("BFM TV", "organization", None), id="a-tv-station"),
    # a body's word, "of", then fields joined by "and": one organisation, not a person "Producers"
    pytest.param("the Alliance of Motion Picture and Television Producers",
                 ("Alliance of Motion Picture and Television Producers", "organization", None), id="a-body-of-fields"),
    # where only a speaker can stand, a full name after an unknown noun (a misspelt one too)
    pytest.param("Nora Vance’s longtime confident Ben Ortiz",
                 ("Ben Ortiz", "person", "Nora Vance’s longtime confident"), id="a-full-name-after-any-noun"),
    # what a noun is called names it
    pytest.param("A freshly launched super PAC called Harbour Future", ("Harbour Future", "organization", None),
                 id="a-pac-called-a-name"),
    pytest.param("a man named Tom Reed", ("Tom Reed", "person", None), id="a-man-named-a-name"),
    # a person's writing in a title-case headline is a document, not a person named "Final Column"
    pytest.param("Marsh’s Final Column", ("Marsh’s Final Column", "document", None), id="a-possessed-column"),
    # a courtesy title and a surname placed by a body: the person, not the body
    pytest.param("Mr. Nevins of Showtime", ("Nevins", "person", None), id="titled-surname-placed-by-a-body"),
    pytest.param("Ms. Okafor of Halvorsen Freight", ("Okafor", "person", None), id="titled-surname-placed-by-a-firm"),
    # a body described before its name: the person is described, not named
    pytest.param("a columnist for the local news site Tidewire", ("a columnist for the local news site Tidewire", "person",
                 None), id="a-columnist-for-a-site-named-after"),
    pytest.param("an analyst at the think tank Brookings", ("an analyst at the think tank Brookings", "person",
                 None), id="an-analyst-at-a-think-tank-named-after"),
    pytest.param("Politico, in a long look at the campaign", ("Politico", "organization", None),
                 id="an-outlet-and-an-aside"),
]


@pytest.mark.parametrize("phrase, expected", DESCRIBED_NAMES)
def test_descriptors_go_to_the_role_and_outlets_are_organisations(phrase, expected):
    mention = parse_mention(phrase, lenient=True)
    assert (mention.name, mention.kind, mention.role) == expected


def test_a_pronoun_and_its_verb_are_a_clause_not_a_speaker():
    # "he devoted his State of the Port address to …" had made "State" speak
    assert parse_mention("he devoted his State of the Port address last spring to sharply", lenient=True,
                         max_tokens=12) is None


def test_a_body_counted_with_each_is_no_speaker_of_its_own():
    # "The Harbor Ledger and Los Angeles Times each wrote": a list's end, not one body
    assert parse_mention("Los Angeles Times each", lenient=True) is None


def test_a_clause_before_a_name_is_no_title():
    # "when asked about" someone: the one asked about is not the speaker
    assert parse_mention("Reed constituent Dan Fisk when asked about Nora Vance") is None
    assert parse_mention("the donor calling on Mark Levine", lenient=True).name != "Mark Levine"


# Words that are no one's name never become a person speaker
NOT_NAMES = [
    pytest.param("Republican", id="a-party"), pytest.param("Democrat", id="a-party-noun"),
    pytest.param("Neither", id="a-conjunction"), pytest.param("Throughout", id="a-sentence-adverb"),
    pytest.param("Likewise", id="another-sentence-adverb"), pytest.param("Md.", id="a-state-abbreviation"),
    pytest.param("R-Ky.", id="a-party-state-tag"), pytest.param("Sen", id="a-clipped-title"),
    pytest.param("I'm", id="a-contraction"),
]


@pytest.mark.parametrize("name", NOT_NAMES)
def test_words_that_name_nobody_are_no_speaker(name):
    assert not plausible_speaker(name)


@pytest.mark.parametrize("phrase", ["One", "Another", "Some", "Others"])
@pytest.mark.parametrize("lenient", [False, True])
def test_a_quantifier_is_never_a_person(phrase, lenient):
    mention = parse_mention(phrase, lenient=lenient)
    assert mention is None or mention.kind == "group"


# (phrase, is a speaker where only a speaker can stand): a degree word before the last
# word makes it an adjective ("another, more sympathetic tweet"), not the people speaking
COMPARISONS = [
    pytest.param("more sympathetic", False, id="more-adjective"),
    pytest.param("the less certain", False, id="the-less-adjective"),
    pytest.param("more voters", True, id="more-plural-noun"),
    pytest.param("most economists", True, id="most-plural-noun"),
]


@pytest.mark.parametrize("phrase, speaks", COMPARISONS)
def test_a_comparison_is_no_speaker(phrase, speaks):
    assert (parse_mention(phrase, lenient=True) is not None) == speaks


# (speaker string, plausible): a lower-case past participle opens a clause, not a name,
# unless it describes the people or the document ("elected officials", "leaked emails")
PARTICIPLE_OPENINGS = [
    pytest.param("targeted by a boycott call", False, id="targeted-by"),
    pytest.param("egged on by suckers", False, id="egged-on-by"),
    pytest.param("supported Barack Obama’s original", False, id="a-verb-and-its-object"),
    pytest.param("elected officials", True, id="elected-officials"),
    pytest.param("undecided voters", True, id="undecided-voters"),
    pytest.param("leaked emails", True, id="leaked-emails"),
    pytest.param("she issued a statement", False, id="a-pronoun-and-its-verb"),
    pytest.param("Mr. Ortiz helped draft a report", False, id="a-name-and-its-verb"),
    pytest.param("a study by the Harbor Research Center based on ferry data", True, id="based-on"),
]


@pytest.mark.parametrize("name, plausible", PARTICIPLE_OPENINGS)
def test_a_participle_opening_is_no_speaker(name, plausible):
    assert plausible_speaker(name) == plausible


# (speaker as written, plausible): a courtesy title opens a name, but not every phrase it
# opens is one ("Mrs. Lee rowed most of the old route": a clause with its verb)
COURTESY_TITLED = [
    pytest.param("Mr. Sperling", True, id="a-titled-surname"),
    pytest.param("Mr. de la Rosa", True, id="a-surname-with-particles"),
    pytest.param("Sen. Tom Reed Jr.", True, id="a-titled-full-name"),
    pytest.param("Mrs. Lee rowed most of the old", False, id="a-titled-name-and-its-verb"),
    pytest.param("Ms. Fisk took most of the", False, id="a-titled-name-and-an-irregular-past"),
]


@pytest.mark.parametrize("name, plausible", COURTESY_TITLED)
def test_a_courtesy_title_opens_a_name_not_a_clause(name, plausible):
    assert plausible_speaker(name, written=name) == plausible


# (speaker string, plausible): a verb that takes a to-infinitive, in the past or the
# present, makes the phrase a clause ("the former mayor wants to keep what polls …")
INFINITIVE_VERBS = [
    pytest.param("the former mayor wants to keep what", False, id="wants-to"),
    pytest.param("Tom Reed tries to", False, id="tries-to"),
    pytest.param("the group of five tried to", False, id="tried-to"),
]


@pytest.mark.parametrize("name, plausible", INFINITIVE_VERBS)
def test_a_verb_before_an_infinitive_makes_a_clause(name, plausible):
    assert plausible_speaker(name) == plausible


# a count or estimate someone keeps is a document, whatever its "-ly" (a tally is no adverb)
COUNTS_KEPT = [
    pytest.param("the foundation's tally", "the foundation's tally", id="a-tally"),
    pytest.param("a CNN tally", "a CNN tally", id="an-outlets-tally"),
    pytest.param("the department's estimates", "the department's estimates", id="estimates"),
]


@pytest.mark.parametrize("phrase, name", COUNTS_KEPT)
def test_counts_kept_are_documents(phrase, name):
    mention = parse_mention(phrase)
    assert (mention.name, mention.kind) == (name, "document")


# a determiner and a word of mood or look before a name: the person named; never a noun
# before a name ("a point Feinstein acknowledged") nor a bare party
MOODS_BEFORE_NAMES = [
    pytest.param("a hoarse-voiced Sanders", ("Sanders", "person"), id="hoarse-voiced"),
    pytest.param("a defensive Obama", ("Obama", "person"), id="defensive"),
    pytest.param("an angry Bernie Sanders", ("Bernie Sanders", "person"), id="angry-full-name"),
    pytest.param("the 14th-ranked Schwartzman", ("Schwartzman", "person"), id="a-ranking-before-the-name"),
    pytest.param("the embattled Clinton Foundation", ("Clinton Foundation", "organization"), id="an-organisation"),
    pytest.param("a point Feinstein", None, id="a-noun-is-no-mood"),
]


@pytest.mark.parametrize("phrase, expected", MOODS_BEFORE_NAMES)
def test_a_mood_before_a_name(phrase, expected):
    mention = parse_mention(phrase)
    assert (None if mention is None else (mention.name, mention.kind)) == expected


def test_an_office_listing_its_portfolios_is_one_role():
    mention = parse_mention("Mira Tal, head of research, evaluation and learning at the Institute of Education",
                            lenient=True, max_tokens=10)
    assert (mention.name, mention.role) == ("Mira Tal", "head of research, evaluation and learning at the Institute "
                                                        "of Education")


# What kind of body, then its name: the name is an organisation's ("Kellard's state-owned
# shipping giant KSC", "tech giant Apple"), not a person's with a role
BODY_DESCRIBED_BEFORE_ITS_NAME = [
    pytest.param("Kellard's state-owned shipping giant KSC", "KSC", id="place-possessive-giant-acronym"),
    pytest.param("Britain's state-owned lender NatWest", "NatWest", id="lender"),
    pytest.param("retail giant Walmart", "Walmart", id="retail-giant"),
]


@pytest.mark.parametrize("phrase, name", BODY_DESCRIBED_BEFORE_ITS_NAME)
def test_a_body_described_before_its_name(phrase, name):
    mention = parse_mention(phrase)
    assert (mention.name, mention.kind) == (name, "organization")


# An age opening a description is one person's, not a count of people
@pytest.mark.parametrize("phrase, kind", [("71-year-old diplomat", "person"), ("71-year-old diplomats", "group"),
                                          ("40 rabbis", "group")])
def test_an_age_is_no_count(phrase, kind):
    assert parse_mention(phrase, lenient=True).kind == kind
