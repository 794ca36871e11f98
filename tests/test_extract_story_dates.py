"""Spec of `quotesearch.extract.story_dates`: the date line of a story saved with its
whole web page (menus, date bar, related stories, comments), as tables of invented
lines and pages; and `quotesearch.extract.date_order`, the order of numeric dates."""
from __future__ import annotations

from datetime import date as Date

import pytest

from quotesearch.extract.date_order import day_first
from quotesearch.extract.metadata import describe_text
from quotesearch.extract.story_dates import dated_line

# --------------------------------------------------------------- one line

@pytest.mark.parametrize("line, expected", [
    ("November 8, 2023 | 1:49 PM", (Date(2023, 11, 8), False, False)),
    ("By Ann Roe | April 13, 2020", (Date(2020, 4, 13), False, False)),
    ("Harbor Wire | July 9, 2020 | Updated 08:24 IST", (Date(2020, 7, 9), False, False)),
    ("Crime Published On May 10, 2022 01:52 PM", (Date(2022, 5, 10), False, True)),
    ("PUBLISHED: November 8, 2023 at 5:49 p.m. | UPDATED: November 9, 2023 at 6:17 p.m.",
     (Date(2023, 11, 8), False, True)),
    ("By Ann Roe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", (Date(2020, 6, 12), False, False)),
    ("Updated: Aug. 18, 2020 4:17 pm EST", (Date(2020, 8, 18), True, True)),
    ("Ann Roe15:35, Oct 29 2020", (Date(2020, 10, 29), False, False)),
    ("Mon., March 23, 2020timer5 min. read", (Date(2020, 3, 23), False, False)),
    ("By Ann Roe • 11/08/23 5:19pm", (Date(2023, 11, 8), False, False)),
    ("02.12.19", (Date(2019, 12, 2), False, False)),
    # no date line: a sentence, a caption, a copyright line, an embedded post's signature
    ("The council will vote on March 3, 2024, the mayor said.", None),
    ("The bridge was closed on Sunday, November 3, 2013. (Image: Harbor News)", None),
    ("© November 8, 2023 Harbor News", None),
    ("Copyright 2023 Harbor News. All rights reserved.", None),
    ("— Ann Roe (@annroe) November 3, 2023", None),
    ("Harbor Gazette; Mar 20, 2005.", None),
    ("March 2024", None),
])
def test_dated_line(line, expected):
    assert dated_line(line) == expected


# --------------------------------------------------------------- whole pages

# A page as the browser shows it: menus with a long teaser (prose above the story),
# a headline ending in a full stop, a standfirst.
MENU = "\n".join(["Home", "News", "Sport", "Business", "Weather", "Sign in", "Subscribe", "Trending",
                  "Five things to know about the harbor bridge budget before the vote in the council chamber "
                  "next Tuesday", "Accept"])
HEAD = "Harbor bridge reopens to traffic after six months.\nThe city says two lanes stay closed until December."
STORY = "\n".join([
    "The harbor bridge reopened on Wednesday after six months of repairs, the city said in a statement.",
    "Engineers replaced the steel deck and two of the four cables that hold the main span above the river.",
    "Traffic on the bridge will be limited to two lanes until the end of the month, officials said on Wednesday.",
    "The repairs cost 40 million dollars, twice the first estimate, according to the city budget office.",
])
RELATED = "\n".join(["Related stories", "Ferry fares cut", "November 1, 2023", "Port expansion approved",
                     "October 30, 2023", "New mayor sworn in", "October 21, 2023"])
COMMENTS = "\n".join([
    "Comments", "Ann", "November 10, 2023 at 9:14 pm",
    "About time they fixed it, the old deck was shaking every time a truck went over it.",
    "Bo", "November 12, 2023 at 7:02 am",
    "I drove over it this morning and the new surface is much smoother than before, nice work.",
])
NEWSLETTER = "\n".join(["Sign up for our newsletter"] + [f"Newsletter option {n}" for n in range(40)])


@pytest.mark.parametrize("text, date", [
    pytest.param(f"{MENU}\n{HEAD}\nBy Ann Roe\nNovember 8, 2023 | 1:49 PM\nShare\n{STORY}",
                 "2023-11-08", id="date-line-between-menus-and-story"),
    pytest.param(f"Thursday, November 9, 2023\n{MENU}\n{HEAD}\nBy Ann Roe\nWednesday, November 8, 2023\n{STORY}",
                 "2023-11-08", id="site-date-bar-is-not-the-story-date"),
    pytest.param(f"{MENU}\n{RELATED}\n{HEAD}\nAnn RoeNovember 8, 2023\n{STORY}",
                 "2023-11-08", id="related-list-just-above-the-story"),
    pytest.param(f"{MENU}\n{RELATED}\n{HEAD}\n{STORY}", None, id="a-list-of-dated-links-dates-no-story"),
    pytest.param(f"{MENU}\n{HEAD}\nby Ann Roe on November 8, 2023\n{STORY}\n{COMMENTS}",
                 "2023-11-08", id="comments-are-not-the-story"),
    pytest.param(f"{MENU}\n{HEAD}\nNovember 8, 2023\nLast updated: November 9, 2023\n{STORY}",
                 "2023-11-08", id="published-before-updated"),
    pytest.param(f"{MENU}\n{HEAD}\nUpdated: November 9, 2023\n{STORY}", "2023-11-09",
                 id="updated-when-nothing-else"),
    pytest.param(f"{MENU}\n{HEAD}\n08/11/2023 | 20:26\n{STORY}", "2023-11-08", id="day-first-24-hour-clock"),
    pytest.param(f"{MENU}\n{HEAD}\n11/08/2023 5:19 PM EST\n{STORY}", "2023-11-08", id="month-first-american-zone"),
    pytest.param(f"{MENU}\n{HEAD}\nBy Ann Roe\n04:30, 3 NOV 2023\n{NEWSLETTER}\n{STORY}",
                 "2023-11-03", id="long-box-between-date-line-and-story"),
    pytest.param(f"{MENU}\n{HEAD}\n{STORY}\nMost read\nNovember 2, 2023\n© 2023 Harbor News", None,
                 id="dates-after-the-story-are-not-its-own"),
])
def test_story_date(text, date):
    assert describe_text(text).date == date


# --------------------------------------------------------------- numeric order

@pytest.mark.parametrize("line, page, expected", [
    ("08/11/2023", "Comments: 25/10/2023, 30/10/2023", True),       # the page's own dates
    ("08/11/2023", "Posted 10/25/2023", False),
    ("02/11/2023 02:00pm GMT", "", True),                            # the line's time zone
    ("11/08/2023 5:19 PM EDT", "", False),
    ("08/11/2023 | 20:26", "", True),                                # a 24-hour clock past noon
    ("08/11/2023", "The centre's colour scheme was the mayor's favourite.", True),   # spelling
    ("08/11/2023", "The center's color scheme was the mayor's favorite.", False),
    ("08/11/2023", "", False),                                       # no evidence: month first
])
def test_day_first(line, page, expected):
    assert day_first(line, page) is expected
