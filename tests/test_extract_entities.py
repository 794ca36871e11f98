"""Spec of `quotesearch.extract.entities`: the article's people, organisations and
documents, and what its descriptions and acronyms stand for.

Each case is an invented article (paragraphs split by blank lines) and the
quotations extracted from it, as (speaker, first words of the quotation). A
description resolves to the entity it stands for; when the text does not single
one out it stays as written, never becomes whoever was named last.
"""
from __future__ import annotations

import pytest

from quotesearch.extract import extract_quotes
from quotesearch.extract.entities import ArticleEntities, acronym_of
from quotesearch.records import Article

HEADLINE = "Talks resume in the capital\n\n"


def speakers(body: str) -> list[tuple[str | None, str]]:
    quotes = extract_quotes(Article(id="t", text=HEADLINE + body))
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in quotes]


RESOLVED = [
    # a president of a body named last is "the president"
    ("“Tensions are slowing growth,” Tom Reed, the president of the Kellard Reserve Bank, said in a speech.\n\n"
     "The president says the bank will wait.", [("Tom Reed", "Tensions are slowing"), ("Tom Reed", "the bank will")]),
    # a bare title is the one holding it unqualified, not a later "president of" a group
    ("President Ana Vidal spoke on Tuesday. Tom Reed, president of the Harbour Trust, posted as she spoke.\n\n"
     "An early post quoted the president as saying “We need to act before the next storm, not after it.”",
     [("Ana Vidal", "We need to")]),
    ("President Ana Vidal spoke on Tuesday. Tom Reed, president of the Harbour Trust, spoke after her.\n\n"
     "“We need to act before the next storm,” the president said.", [("Ana Vidal", "We need to")]),
    # an age stands for the person just introduced
    ("Former ambassador Helen Marsh, who served in Oslo for a decade, spoke at the forum on Tuesday.\n\n"
     "“We have to keep talking,” the 81-year-old said.",
     [("Helen Marsh", "We have to")]),
    # an age given beside the name picks that person out of two
    ("Tom Reed, 45, and Ana Cruz, 81, spoke at the forum.\n\n“We have to keep talking,” the 81-year-old said.",
     [("Ana Cruz", "We have to")]),
    # with two people in view, an epithet stands for the one just quoted
    ("Henry Marsh met Joe Biden on Monday. “We must keep talking,” Marsh said after the meeting with Biden.\n\n"
     "“America and China are drifting apart,” the 97-year-old said.",
     [("Henry Marsh", "America and China")]),
    # "The Trump administration …" and "Decades ago, …" are about no person: the epithet
    # still stands for the one just quoted
    ("Henry Marsh spoke on Monday. “Trump is confrontational,” Marsh said. The Trump administration "
     "has stepped up its criticism. Decades ago, he worked with both countries. The veteran diplomat said that "
     "the two sides should talk.",
     [("Henry Marsh", "the two sides")]),
    # an occupation as epithet
    ("Dame Priya Nair, the 72-year-old former head of the Royal Opera, was honoured on Friday.\n\n"
     "“I never planned any of this,” the soprano told reporters.",
     [("Priya Nair", "I never planned")]),
    # a title made an epithet by its modifier; the employer is no second person
    ("Rafael Ortiz, managing director of Ortiz Logistics, opened the conference.\n\n"
     "The veteran executive said that freight costs would fall by a fifth next year.",
     [("Rafael Ortiz", "freight costs would")]),
    # an acronym the article expands in parentheses
    ("The Centers for Disease Control and Prevention (CDC) issued new guidance on Monday.\n\n"
     "The CDC said that most adults should get a booster this autumn.",
     [("Centers for Disease Control and Prevention", "most adults should")]),
    # an acronym read off the initials of a name the article gives
    ("Members of the Screen Actors Guild-American Federation of Television and Radio Artists voted.\n\n"
     "SAG-AFTRA said the deal was fair.",
     [("Screen Actors Guild-American Federation of Television and Radio Artists", "the deal was")]),
    # "the union" stands for the organisation whose name says it is one
    ("Screen Actors Guild-American Federation of Television and Radio Artists members voted overnight.\n\n"
     "“This is a fair deal,” the union said in a statement.",
     [("Screen Actors Guild-American Federation of Television and Radio Artists", "This is a")]),
    # "the luxury giant", "the tech giant": the company the article names
    ("Kellard Holdings sued the site last year.\n\n“We will win this case,” the luxury giant said in a statement.",
     [("Kellard Holdings", "We will win")]),
    # "the leadership" stands for the union or party it leads
    ("The Harbor Workers Union reached a tentative deal with the port on Monday.\n\nThe contract must be "
     "approved by its members, but the leadership declared that the strike will end on Thursday.",
     [("Harbor Workers Union", "the strike will")]),
    ("The Italy China Foundation held a seminar in Rome.\n\n"
     "The premise of the seminar, according to the foundation, is that markets are changing.",
     [("Italy China Foundation", "The premise of")]),
    # "the group" for a body of members the article names (and so with a relative clause
    # saying more of it), but never for people brought in as "a group of …"
    ("The Kellard Harbor Association released new numbers on Friday.\n\n"
     "The group said in a release that boat sales were down by a third.",
     [("Kellard Harbor Association", "boat sales were")]),
    ("New numbers from the Kellard Harbor Association confirm what buyers have known for a while.\n\n"
     "The group that represents more than 1,500 boat owners said on Friday that sales were down by a third.",
     [("Kellard Harbor Association", "sales were down")]),
    ("A group of fishermen gathered at the Kellard Harbor Association office on Friday. The group said the "
     "fees were too high.",
     [("the group", "the fees were")]),
    # "the museum", "the gallery", "the library" for the one the article names
    ("The National Museum of Harbour History and Culture opens on Saturday.\n\n"
     "The museum says the building's shape evokes a ship's hull.",
     [("National Museum of Harbour History and Culture", "the building's shape")]),
    ("The Riverside Gallery reopened on Monday. The gallery said visitors had returned.",
     [("Riverside Gallery", "visitors had returned")]),
    # "the authority", "the company" for an authority, a carmaker named before (in the
    # same sentence too, after its owner's name)
    ("The Riverside City Housing Authority began a review in May.\n\n"
     "Last month, the authority told the council that it had reached most tenants.",
     [("Riverside City Housing Authority", "it had reached")]),
    ("Deliveries of Volkswagen's Skoda Auto fell slightly in 2019, the company said on Monday.",
     [("Skoda Auto", "Deliveries of Volkswagen's")]),
    # a body's name ends at its head noun: a second name after "and" is no part of it,
    # and the body's first word stands for it
    ("Acme Book Group and Amazon have settled. Acme said the retailer was acting as a bully.",
     [("Acme Book Group", "the retailer was")]),
    # … even when the second body's name ends in a body's word too, after "and the"
    ("The Kellard Nurses Union and the Harbor Teachers Federation marched on Monday. The union said pay was too low.",
     [("Kellard Nurses Union", "pay was too")]),
    # "the campaign", "the administration" for a person's named before
    ("The Fisk campaign said it raised $2 million in May.\n\nThe campaign says most gifts were small.",
     [("Fisk campaign", "it raised $2"), ("Fisk campaign", "most gifts were")]),
    ("The Reyes administration defended the rules on Monday. “They are working,” the administration said.",
     [("Reyes administration", "They are working,")]),
    # (never for the person, nor for another body's description)
    ("The Reyes administration defended the rules. President Reyes said the rules were working.",
     [("Reyes", "the rules were")]),
    ("The Reyes administration defended the rules. The agency said the rules were working.",
     [("the agency", "the rules were")]),
    # a shorter or reordered title stands for the titled document
    ("The 2020 Open Doors Report on International Educational Exchange was released on Monday.\n\n"
     "Students contribute $44 billion to the economy, the Open Doors 2020 report said.",
     [("2020 Open Doors Report on International Educational Exchange", "Students contribute $44")]),
    ("Enrolment fell by 43 percent, according to the 2020 Fall International Student Enrollment Snapshot Survey.\n\n"
     "Most colleges taught online, noted the survey.",
     [("2020 Fall International Student Enrollment Snapshot Survey", "Most colleges taught")]),
    # "the report" stands for the titled report
    ("The 2020 Open Doors Report on International Educational Exchange was released on Monday.\n\n"
     "Chinese students made up a third of the total, the report said.",
     [("2020 Open Doors Report on International Educational Exchange", "Chinese students made")]),
]

# A role word a person is given names that person, never by recency alone.
RESOLVED += [
    # a title brought in before the name stands for the one person given it next
    ("A Green councillor has said a planned tower is “a blight on the skyline”.\n\nGreen Riverside "
     "councillor Anna Patel said she has spoken to residents.", [("Anna Patel", "a planned tower")]),
    ("The Welsh Government has released 400 emails to the inquiry.\n\nThe government said that the emails "
     "held private data.", [("Welsh Government", "the emails held")]),
    # a government department is "the agency" too, as an administration or a bureau is
    ("More than 40 million people are eligible, according to the Education Department. The agency has said it "
     "expects most of them to apply.", [("Education Department", "it expects most")]),
    # a title with a place, party or office, right after that person spoke
    ("Senator Maria Lopez is campaigning in Nevada.\n\nLopez said she backs the bill. “It is a hard "
     "issue,” said the Nevada senator.",
     [("Maria Lopez", "she backs the"), ("Maria Lopez", "It is a")]),
    ("Tom Greer tells the Daily Post that people who are mocked should fight back.\n\n"
     "“People get mocked when they are 55,” the Republican presidential candidate said.",
     [("Tom Greer", "People get mocked")]),
    ("Helen Barrow warned on Tuesday that the sector faces cuts.\n\nSpeaking in the Commons, the "
     "Labour MP said: “It does not have to be this way.”",
     [("Helen Barrow", "It does not")]),
    # the role says when the office was held: "the former president" is the one who was
    ("Carl Benning came to Ohio with his brother, former President Walter Benning.\n\n"
     "“The job is a serious one,” the former president told supporters.",
     [("Walter Benning", "The job is")]),

    ("The defendant, Tom Reed, denied the charges.\n\n“I never touched the money,” the defendant told the court.",
     [("Tom Reed", "I never touched")]),
    # a lede's description of someone no one is named before: the name opening the next paragraph
    ("The country’s top virus expert has praised the city’s handling of the outbreak.\n\nDr Tom Reed told a "
     "webinar on Wednesday he would be “in serious trouble” if he called for a lockdown.",
     [("Tom Reed", "the city’s handling")]),
    ("The Chairwoman of Kellard’s Central Bank says two tycoons stole $5.5 billion.\n\nAnn Lee, 54, said the "
     "money was laundered abroad.", [("Ann Lee", "two tycoons stole")]),
]

# "it" after a sentence about a document stands for that document
RESOLVED += [
    ("The 2024 Harbour Safety Report was published on Monday.\n\nThe report was welcomed by unions. "
     "It calls on the port authority to hire more inspectors.",
     [("2024 Harbour Safety Report", "the port authority")]),
]

RESOLVED += [
    ("The Federal Reserve held rates steady on Wednesday.\n\nThe central bank said inflation was easing.",
     [("Federal Reserve", "inflation was easing")]),
]

# what news calls a company after naming it: "the carmaker", "the lender"
RESOLVED += [
    ("Acme Motors cut 2,000 jobs on Monday.\n\nThe carmaker said demand had fallen in Europe.",
     [("Acme Motors", "demand had fallen")]),
    ("Harbor Mutual Bank raised its rates.\n\nThe lender said savers would benefit.",
     [("Harbor Mutual Bank", "savers would benefit")]),
    # a firm news knows by its name alone, and the kind of firm it is
    ("Toyota recalled 2 million cars.\n\nThe carmaker said the brakes were faulty.",
     [("Toyota", "the brakes were")]),
    ("Goldman Sachs cut its forecast for India.\n\nThe brokerage said demand had collapsed.",
     [("Goldman Sachs", "demand had collapsed")]),
    ("AirAsia flight 8501 went missing on Sunday.\n\nThe airline said families would be flown to Surabaya.",
     [("AirAsia", "families would be")]),
    ("Apple named a new chief executive on Wednesday.\n\nThe company said Steve Jobs would stay on the board.",
     [("Apple", "Steve Jobs would")]),
    ("Dick Clark Productions apologised on Friday.\n\nThe company said the show would go on.",
     [("Dick Clark Productions", "the show would")]),
    # a watchdog, an advocacy group, a research firm: named by their last word
    ("Human Rights Watch filed a report on Monday.\n\nThe group said the soldiers fired first.",
     [("Human Rights Watch", "the soldiers fired")]),
    ("Judicial Watch sued the State Department.\n\nThe watchdog said the emails were hidden.",
     [("Judicial Watch", "the emails were")]),
    ("Forrester Research published a forecast.\n\nThe firm said spending would grow.",
     [("Forrester Research", "spending would grow")]),
    ("Pew Research polled 2,000 adults.\n\nPew notes that the surveys vary.", [("Pew Research", "the surveys vary")]),
]
# a title written short before the name is the title the description gives
RESOLVED += [
    ("Ohio Gov. John Kasich spoke Friday at the convention.\n\nThe governor said the path is open.",
     [("John Kasich", "the path is")]),
    ("Rep. Ann Lee of Ohio spoke Friday at the convention.\n\nThe congresswoman said the path is open.",
     [("Ann Lee", "the path is")]),
    ("Gen. Mark Ruiz visited the base on Friday.\n\nThe general said the troops were ready.",
     [("Mark Ruiz", "the troops were")]),
]
# "the celeb": an epithet for the person just quoted
RESOLVED += [
    ("“That got a little bit monstrous,” Kirstie Alley said of the coverage.\n\n"
     "But the celeb also admitted that she didn’t like the way she looked.",
     [("Kirstie Alley", "she didn’t like")]),
]
# a noun no title list holds, given beside the name, for the person last named
RESOLVED += [
    ("Lance Wallnau, a Texas rancher, said on Monday that the vote matters.\n\n"
     "The rancher said the state is ready.", [("Lance Wallnau", "the state is")]),
    ("Texas rancher Lance Wallnau spoke on Monday.\n\nThe Texas rancher said the state is ready.",
     [("Lance Wallnau", "the state is")]),
]
# a public body news names by its acronym alone: "the agency", "the bureau" stand for it
RESOLVED += [
    ("The rocket is central to NASA's plans to return astronauts to the Moon. The agency has maintained "
     "that the rocket will be essential for crewed missions.", [("NASA", "the rocket will")]),
    ("The FBI opened an inquiry in March. The launch of charges will take months, according to the bureau.",
     [("FBI", "The launch of")]),
]
# a description set beside a body's name in apposition answers to that body
RESOLVED += [
    ("The group, Harbour Workers Coalition, formed in March. Its members met on Monday.\n\n"
     "The group said the company had ignored its letters.", [("Harbour Workers Coalition", "the company had")]),
    ("Riverside Tenants Alliance, a group of renters in the east of the city, formed in March.\n\n"
     "The group said the landlord had ignored its letters.", [("Riverside Tenants Alliance", "the landlord had")]),
    # people by their plural and their cause are an advocacy group's name
    ("The campaign was led by Surfers Against Sewage, which has long pressed for cleaner rivers. However, the group "
     "warned that the measures contained loopholes.", [("Surfers Against Sewage", "the measures contained")]),
    ("Mothers Against Drunk Driving praised the law. The group said deaths would fall.",
     [("Mothers Against Drunk Driving", "deaths would fall")]),
    # a name an apposition describes as a body is one, by whatever words it is written
    ("ReOpenNC, a group of protesters, planned a rally in Raleigh. Organizers cancelled it on Monday. In a post, "
     "the group said it had scrapped the plan.", [("ReOpenNC", "it had scrapped")]),
    ("Reopen Carolina, a group of protesters, planned a rally in Raleigh. In a post, the group said it had "
     "scrapped the plan.", [("Reopen Carolina", "it had scrapped")]),
    # people described by their noun alone are the one group just reported by that noun with
    # words of its own
    ("Con Edison officials say the heat wave strained the grid.\n\nTo ease the strain, the officials said, "
     "the utility switched customers to generators.", [("Con Edison officials", "the utility switched")]),
    # … and so do the bare noun ("Officials said", "But executives said")
    ("Con Edison officials say the heat wave strained the grid.\n\nOfficials said the utility switched customers "
     "to generators.", [("Con Edison officials", "the utility switched")]),
    ("Kellard executives said sales would rise. But executives said the plan was at risk.",
     [("Kellard executives", "the plan was")]),
    # … and so does a group placed by its body ("Researchers at …"), even one that has not spoken
    ("Researchers at the University of Kellard studied 300 families.\n\n\"Children who eat breakfast do better,\" "
     "wrote the researchers.", [("researchers at the University of Kellard", "Children who eat")]),
    ("Officials at the Harbor Port Authority said the cranes were old. The officials said the port would "
     "buy new ones.", [("officials at the Harbor Port Authority", "the port would")]),
    # … and so does the one team of them the article places by its body, however far back
    ("This is why a team of researchers at Kellard University set out to study sleep.\n\nThe team met in May."
     "\n\nThe researchers wondered whether naps helped.", [("researchers at Kellard University", "whether naps helped")]),
    # a beat between an outlet's acronym and a newsroom role is no part of a body's name
    ("The Pentagon rejected the claims as “patently false.”\n\n“We are not stopping anyone,” a spokesman "
     "told KTB Pentagon correspondent Ann Lee.",
     [("Pentagon", "the claims as"), ("a spokesman", "We are not")]),
]
# a utility, a regulator, a broadcaster, a publisher: the body whose name says it is one
RESOLVED_BY_TRADE = [
    ("Harbor Gas & Electric Co. cut power to 600,000 homes on Monday.\n\nThe utility said it will watch "
     "the weather.", [("Harbor Gas & Electric Co", "it will watch")]),
    ("Kellard Holdings was fined by the Harbor Securities Commission on Monday. The regulator said the firm had "
     "misled buyers.", [("Harbor Securities Commission", "the firm had")]),
    ("The show was dropped by Harbor Broadcasting on Friday. The broadcaster said the ratings had fallen.",
     [("Harbor Broadcasting", "the ratings had")]),
    ("The memoir was pulped by Kellard Publishing on Friday. The publisher said the author had misled it.",
     [("Kellard Publishing", "the author had")]),
]
# a body's full name keeps its ordinal and its initials: "the court" is the whole court
RESOLVED_WITH_ORDINALS = [
    ("The 4th District Court of Appeal ruled on Monday for the city. The court said the law did not apply.",
     [("4th District Court of Appeal", "the law did")]),
    ("The 9th U.S. Circuit Court of Appeals ruled on Monday for the city. The court said the law did not apply.",
     [("9th U.S. Circuit Court of Appeals", "the law did")]),
    ("The U.S. District Court in Boston ruled on Monday for the city. The court said the law did not apply.",
     [("U.S. District Court", "the law did")]),
]
# two groups by the same noun in view: the bare noun is either, so it stays as written
UNRESOLVED_GROUPS = [
    ("Israeli officials said the talks failed. Palestinian officials said the talks went well. Officials said "
     "more talks would follow.", [("officials", "more talks would")]),
]
UNRESOLVED_COMPANY = [
    # an unnamed company stays as written, and "it" goes on in its voice
    ("Growth will slow, a Danish lender said on Wednesday.\n\nThe lender said the fall would be deep. "
     "Shoppers are afraid to spend, it said.",
     [("the lender", "the fall would"), ("the lender", "Shoppers are afraid")]),
]

# an organisation's head word stands for it when no other organisation ends so
RESOLVED += [
    ("The Wall Street Journal first reported the talks on Monday. The deal would value the group at "
     "$2 billion, according to the Journal.",
     [("Wall Street Journal", "The deal would")]),
    ("The Lakeside Chronicle says the man fled on foot. Later, the Chronicle says he was arrested a block away.",
     [("Lakeside Chronicle", "the man fled"), ("Lakeside Chronicle", "he was arrested")]),
    ("The Writers Guild of America met studio bosses on Tuesday. “We stand with every actor,” the union "
     "said in a statement.",
     [("Writers Guild of America", "We stand with")]),
]

# a name that acts and then owns "its" is a body's, which "the company" may stand for while
# no other name has come since; a body read so is never reached past a later name
RESOLVED += [
    ("Clipway announced updates to its video platform on Monday. The company said the new tools "
     "answered demand.", [("Clipway", "the new tools")]),
    ("Clipway rarely discusses its own accounts. The company that makes the app said its revenue had "
     "tripled.", [("Clipway", "its revenue had")]),
]
UNRESOLVED_COMPANY += [
    ("Clipway unveiled its autumn range on Monday.\n\nThe upmarket US clothing label Harlan Grey saw sales "
     "climb. The company said it opened several stores.", [("the company", "it opened several")]),
    ("China expanded its navy last year. The company said exports would fall.",
     [("the company", "exports would fall")]),
    # a brand's bare name modifying a noun is no antecedent of "it" after it
    ("Emirates had a fleet of 270 aircraft. In addition to its order of 30 Boeing jets on Wednesday, it "
     "announced an order of 50 Airbus jets.", [(None, "an order of")]),
    # an outlet or a pollster is no company the description stands for
    ("Gallup polled 1,000 adults in May. Turnout fell.\n\nThe company said exports would fall.",
     [("the company", "exports would fall")]),
]

UNRESOLVED = [
    # (not a name of the other sex, nor after someone named before, nor a spokesman, whom news keeps anonymous)
    ("The Chairwoman of Kellard’s Central Bank says two tycoons stole $5.5 billion.\n\nTom Reed said the "
     "money was laundered abroad.", [("the Chairwoman of Kellard’s Central Bank", "two tycoons stole")]),
    ("Dan Fisk opened the bank in 1990.\n\nThe bank’s chief economist says two tycoons stole $5.5 billion.\n\n"
     "Ann Lee said the money was laundered abroad.", [("the bank’s chief economist", "two tycoons stole")]),
    ("The spokesman for the bank says two tycoons stole $5.5 billion.\n\nTom Reed said the money was "
     "laundered abroad.", [("the spokesman for the bank", "two tycoons stole")]),
    # a president of a body is no bare "the president" once someone else is named since him
    ("“Tensions are slowing growth,” Tom Reed, the president of the Kellard Reserve Bank, said in a speech.\n\n"
     "Mr. Fisk's embrace of tariffs is not limited to China.\n\nThe president says his approach has created leverage.",
     [("Tom Reed", "Tensions are slowing"), ("the president", "his approach has")]),
    # a show's host is not the guest named before: the host speaks to the guest
    ("Jennifer Aniston came on the show on Monday.\n\n“You stole that coat, didn't you?” the late-night host asked.",
     [("the late-night host", "You stole that")]),
    # a place naming the body is in its name: Dallas's department is not New York's
    ("The New York Police Department said the suspect fled.\n\nLater, the Dallas police department said "
     "it was also looking for him.",
     [("New York Police Department", "the suspect fled"), ("Dallas police department", "it was also")]),
    # … but no chamber or government is a leadership's body
    ("The House passed the bill on Monday.\n\nBut the leadership said the Senate would not take it up before May.",
     [("the leadership", "the Senate would")]),
    # someone who speaks for another is not the person last named
    ("Mayor Ann Cole opened the bridge on Monday.\n\n“The bridge is safe,” the spokesman said.",
     [("the spokesman", "The bridge is")]),
    # a part in the events is not an epithet
    ("Officer Dan Lee stopped a car on Main Street.\n\n“I did nothing wrong,” the driver said.",
     [("the driver", "I did nothing")]),
    # nobody was given the role: "the witness" stays as written
    ("Tom Reed and Ann Lee gave evidence.\n\n“I saw him,” the witness said.",
     [("the witness", "I saw him,")]),
    # two people named: an epithet does not pick one by recency alone …
    ("Bob Cole met Tom Reed at the forum.\n\n“We agreed on nothing,” the businessman said.",
     [("the businessman", "We agreed on")]),
    # … but a man's or a woman's epithet picks the one of the two it can be
    ("Ann Cole met Tom Reed at the forum.\n\n“We agreed on nothing,” the businessman said.",
     [("Tom Reed", "We agreed on")]),
    ("Gwyneth Paltrow spoke on the radio.\n\nPaltrow dated Ben Affleck in the 1990s.\n\n"
     "“He was not in a good place,” the actress said.",
     [("Gwyneth Paltrow", "He was not")]),
    ("Gwyneth Paltrow and Kate Hudson spoke on the radio.\n\n“He was not in a good place,” the actress said.",
     [("the actress", "He was not")]),
    # the person just quoted is no "actress" when he is a man
    ("Chazelle met Ryan Gosling, who told him he had wanted to dance.\n\n“It was at a diner,” the actress says.",
     [("Ryan Gosling", "he had wanted"), ("the actress", "It was at")]),
    # the last speaker was another person: the epithet is not the last name
    ("Sheldon Wu said on Friday that he had met Dan Cho.\n\n"
     "He found Cho charming.\n\n“It was very nice,” the tycoon said.",
     [("Sheldon Wu", "he had met"), ("the tycoon", "It was very")]),
    # a plain title is a role to match, never "whoever came last"
    ("Ted Marsh spoke in Austin on Friday.\n\nThe former governor said that voters wanted change.",
     [("the former governor", "voters wanted change")]),
    # the role given says another party or place
    ("Democratic Sen. Ann Roe spoke first.\n\nRoe said the bill was weak. “We can do better,” "
     "the Republican senator said.",
     [("the Republican senator", "We can do")]),
    # a bare title is as often the head of state as the person just quoted
    ("Tom Greer said the tax was too high.\n\n“We will repeal it,” the president said.",
     [("the president", "We will repeal")]),
    # someone new and unnamed came in just before: the description is that person
    ("Agency spokeswoman Ann Roe said the agency had erred.\n\nA senior agency official said on Friday that its "
     "review was over. “We are done,” the official said.",
     [("the official", "We are done,")]),
    # an official brought in unnamed stays so, even when an official is named later
    ("A senior official said the talks had stalled.\n\nThe ministry's chief official Tom Reyes spoke "
     "on Friday.", [("a senior official", "the talks had")]),
    # a headline holding a document word names no document
    ("New Poll Shows Large Gap Between Candidates\n\nThe poll said that turnout would be low.",
     [("the poll", "turnout would be")]),
    # two organisations end with the word: neither is singled out
    ("The Washington Post and the New York Post both ran the story. The deal was off, according to the Post.",
     [("Post", "The deal was")]),
]


UNRESOLVED += [
    # another rancher's state, or someone else named since
    ("Lance Wallnau, a Texas rancher, said on Monday that the vote matters.\n\n"
     "The Ohio rancher said the state is ready.", [("Ohio rancher", "the state is")]),
    ("Ann Lowry, a Texas farmer, said on Monday that the vote matters.\n\n"
     "The Ohio farmer said the state is ready.", [("Ohio farmer", "the state is")]),
    ("Celine Dion sang with rancher Lance Wallnau in 1992. Later Celine Dion toured Europe.\n\n"
     "The rancher said the state is ready.", [("the rancher", "the state is")]),
    # a union named with "Auto" is no company
    ("Members of the United Auto Workers met in Detroit. Later, the company said it would pay $3 million.",
     [("the company", "it would pay")]),
    # the sentence goes on with "he": the woman just quoted is not the one it describes
    ("Senator Laura Mendes faced Daniel Okafor on Tuesday.\n\n“Leave my record out of this,” Mendes shot back."
     "\n\n“You have your donors propping you up,” the 52-year-old said as he tried to finish his answer.",
     [("the 52-year-old", "You have your")]),
    # (two such groups: either)
    ("Republican senators said the bill was dead. Democratic senators said it was alive.\n\nThe senators said "
     "they would meet again.", [("the senators", "they would meet")]),
    ("A team of researchers at Harbor University and a team of researchers at Kellard College studied the river. "
     "\"It is clean,\" the researchers said.", [("the researchers", "It is clean,")]),
]
# "the same official" is the unnamed one last described so, unless a named official came since
SAME_DESCRIPTION = [
    ("\"We need more time,\" said one Western official.\n\n\"They will not move,\" the same official said.",
     [("one Western official", "They will not")]),
    ("\"We need more time,\" said one Western official. Tom Reed, a senior official at the port, agreed.\n\n"
     "\"They will not move,\" the same official said.", [("the same official", "They will not")]),
]


@pytest.mark.parametrize("body, expected", RESOLVED + RESOLVED_BY_TRADE + RESOLVED_WITH_ORDINALS + UNRESOLVED + UNRESOLVED_GROUPS
                         + UNRESOLVED_COMPANY + SAME_DESCRIPTION)
def test_descriptions_resolve_to_entities(body, expected):
    got = speakers(body)
    for want in expected:
        assert any(g[0] == want[0] and g[1] == want[1] for g in got), (want, got)


@pytest.mark.parametrize("name, acronym", [
    ("Screen Actors Guild-American Federation of Television and Radio Artists", "SAG-AFTRA"),
    ("Environmental Protection Agency", "EPA"),
    ("Republican National Committee", "RNC"),
])
def test_acronyms_are_initials_of_capitalised_words(name, acronym):
    assert acronym_of(name) == acronym


@pytest.mark.parametrize("body, speaker", [
    # a name runs across "on" ("Panel on Climate Change"), not into a day ("the Reserve Bank on Thursday")
    ("The Intergovernmental Panel on Climate Change (IPCC) published a report.\n\n"
     "The IPCC said warming would continue.", "Intergovernmental Panel on Climate Change"),
    ("The Reserve Bank on Thursday (RBI) released a note.\n\nThe Reserve Bank said rates would hold.", "Reserve Bank"),
    # and across the comma of a list inside the name
    ("South Korea's Ministry of Trade, Industry and Energy (MOTIE) publishes figures every month.\n\n"
     "Exports fell 14 percent, according to data released by MOTIE in August.",
     "Ministry of Trade, Industry and Energy"),
    # past the period of a company's dotted suffix
    ("Japanese company Showa Denko K.K. (SDK) makes the chips.\n\nSDK said the plant would reopen in May.",
     "Showa Denko K.K."),
])
def test_an_acronym_stands_for_the_whole_name_before_it(body, speaker):
    assert [s for s, _ in speakers(body)] == [speaker]


def test_entities_keep_ages_and_mentions():
    text = "Ana Cruz, 81, spoke. Cruz said little. The Italy China Foundation paid."
    model = ArticleEntities.read(text, [(0, len(text))], [(0, "Ana Cruz")])
    people = {e.name: e for e in model.entities}
    assert people["Ana Cruz"].age == 81
    assert people["Ana Cruz"].positions == [0, 4, 21]
    assert people["Italy China Foundation"].kind == "organization"


def test_a_title_of_address_gives_way_to_a_fuller_role():
    """"Dr. Ann Lee, director of the agency" has the role "director of …", which "the
    agency director" then matches; an adverb before the cue is no part of the description."""
    body = ("Dr. Ann Lee, director of the Caribbean Public Health Agency, spoke on Monday.\n\n"
            "The agency director also urged residents to drain standing water.")
    assert ("Ann Lee", "residents to drain") in speakers(body)


def test_the_hospital_stands_for_the_named_hospital():
    body = ("The Queen Elizabeth Hospital confirmed two deaths on Monday.\n\n"
            "The hospital said both patients had underlying conditions.")
    assert ("Queen Elizabeth Hospital", "both patients had") in speakers(body)


# (text, full names, expected positions of each person's mentions: the full name's and
# every use of the surname, its own in the full name included): a person stays salient
# wherever the article uses the surname, possessive or not, and only as a whole word. Names that start in lower case ("bell hooks") are looked for too.
SURNAME_MENTIONS = [
    ("Ann Marsh spoke. Marsh said yes. Marsh’s aide and Marshall left. Mr. Marsh's dog.",
     ["Ann Marsh"], {"Ann Marsh": [0, 4, 17, 33, 69]}),
    ("Ann Marsh and Li Wei met. Wei left; Marsh-Smith stayed. Li-Wei did not.",
     ["Ann Marsh", "Li Wei"], {"Ann Marsh": [0, 4], "Li Wei": [14, 17, 26]}),
    ("bell hooks wrote. hooks said, and Hooks did not.", ["bell hooks"], {"bell hooks": [0, 5, 18]}),
    ("Élodie Durand spoke. Durand said so.", ["Élodie Durand"], {"Élodie Durand": [0, 7, 21]}),
]


@pytest.mark.parametrize("text, names, expected", SURNAME_MENTIONS)
def test_people_are_mentioned_by_their_surnames(text, names, expected):
    people = [(text.index(name), name) for name in names]
    model = ArticleEntities.read(text, [(0, len(text))], people)
    found = {e.name: e.positions for e in model.entities if e.kind == "person"}
    assert found == expected


# Numbered and capitalised titles are found where a year or a capital opens them
# ("2020 Open Doors Report", "Centers for Disease Control and Prevention (CDC)")
NUMBERED_TITLES = [
    "The 2020 Open Doors Report on International Educational Exchange said so.",
    "Centers for Disease Control and Prevention (CDC) and the CDC; McDonald's 1999 Plan.",
    "in 2019 and 20 Main St. 1234 Elm 2020Vision x-Ray",
]


@pytest.mark.parametrize("text", NUMBERED_TITLES)
def test_numbered_titles_are_the_full_patterns_matches(text):
    from quotesearch.extract.entities import _NUMBERED_TITLE, _NUMBERED_TITLE_START
    from quotesearch.extract.scanning import matches_between
    for start in (0, 3):
        assert [m.span() for m in matches_between(_NUMBERED_TITLE_START, _NUMBERED_TITLE, text, start, len(text))] \
            == [m.span() for m in _NUMBERED_TITLE.finditer(text, start, len(text))]


ONE_HOLDER_OF_A_ROLE_WORD = [
    # the one person given the role word is who the description means …
    ("Colombian journalist Ana Ruiz spoke on Monday about the series.\n\n"
     "The Colombian journalist said the remarks were hateful.", "Ana Ruiz"),
    ("Award-winning journalist Ana Ruiz spoke on Monday about the series.\n\n"
     "The journalist said the remarks were hateful.", "Ana Ruiz"),
    # … unless the description gives a nationality her role does not: someone else
    ("Award-winning journalist Ana Ruiz spoke on Monday about the series.\n\n"
     "The Colombian journalist said the remarks were hateful.", None),
]


@pytest.mark.parametrize("body, holder", ONE_HOLDER_OF_A_ROLE_WORD)
def test_a_role_word_names_its_one_holder_unless_a_nationality_differs(body, holder):
    found = speakers(body)
    assert len(found) == 1
    assert (found[0][0] == "Ana Ruiz") == (holder == "Ana Ruiz")


FORMER_OFFICES = [
    # "the former vice president" just after he spoke: an office he left, as "the former governor"
    ("Dan Fisk spoke in Harbor on Monday. “This is wrong,” Fisk said.\n\n"
     "The former vice president also accused the board of “trying to undermine the election.”",
     [("Dan Fisk", "This is wrong,"), ("Dan Fisk", "the board of")]),
    # a bare "the vice president" may be someone else's deputy: it stays as written
    ("Dan Fisk spoke at a rally on Monday. “We will win,” Fisk said.\n\n"
     "The vice president said the campaign was strong.",
     [("Dan Fisk", "We will win,"), ("the vice president", "the campaign was")]),
]


@pytest.mark.parametrize("body, expected", FORMER_OFFICES)
def test_a_former_office_is_the_person_just_quoted(body, expected):
    assert speakers(body) == expected

