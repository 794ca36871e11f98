"""Bylines read into authors (`quotesearch.bylines`): names kept, the rest
("By", places, e-mail addresses, job titles, update stamps) dropped."""
from __future__ import annotations

import pytest

from quotesearch.bylines import authors_of

# (byline, the article's outlet, [(name as cited first, APA initials)])
BYLINES = [
    ("By REN QI in Moscow renqi@chinadaily.com.cn", "China Daily", [("Ren Qi", "Q.")]),
    ("Jane Doe", None, [("Doe, Jane", "J.")]),
    ("By Jane Doe and John Smith | Updated 3:14 pm", None, [("Doe, Jane", "J."), ("Smith, John", "J.")]),
    ("Ana Silva, Li Wei", None, [("Silva, Ana", "A."), ("Li Wei", "W.")]),
    ("By José Núñez, Staff Writer", None, [("Núñez, José", "J.")]),
    ("By Jean-Paul Martin-Dubois & Zoë Brontë", None,
     [("Martin-Dubois, Jean-Paul", "J.-P."), ("Brontë, Zoë", "Z.")]),
    ("By Joseph R. Biden Jr.", None, [("Biden, Joseph R., Jr.", "J. R.")]),
    ("BY MARY O'BRIEN", None, [("O'Brien, Mary", "M.")]),
    ("By Lin Wood", None, [("Wood, Lin", "L.")]),                  # not pinyin: Western order
    ("By Oscar de la Hoya", None, [("de la Hoya, Oscar", "O.")]),
    ("Jane Doe, Reuters", None, [("Doe, Jane", "J.")]),            # the agency distributes
    ("Reuters staff", None, [("Reuters", "")]),                    # a group author
    ("By Associated Press", "The Hill", [("Associated Press", "")]),
    ("China Daily staff", "China Daily", []),                      # the outlet itself: unsigned
    ("By the editorial board", None, []),
    ("", None, []),
    (None, None, []),
]


@pytest.mark.parametrize("byline, outlet, expected", BYLINES)
def test_authors_of_a_byline(byline, outlet, expected):
    assert [(a.inverted, a.initials) for a in authors_of(byline, outlet)] == expected
