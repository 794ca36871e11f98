"""Spec of `quotesearch.extract.furniture`: lines of page furniture judged on their own."""
from __future__ import annotations

import pytest

from quotesearch.extract.furniture import line_role, repeated_paragraphs
from quotesearch.extract.metadata import is_furniture_line


@pytest.mark.parametrize("line, furniture", [
    ("Share on", True), ("Latest News", True), ("Related News", True), ("Newspapers from Hong Kong", True),
    ("Thursday, June, 20,2024", True), ("Updated: 2024-05-16 07:09", True),
    ("©2024 Hill Gazette | Website by example.com", True), ("Copyright 2024 Example Media", True),
    ("Excerpts: Global Times", True), ("Source: Xinhua", True), ("Website by example.com", True),
    ("• 01-4011122, 01-4011124", True), ("[email\u00a0protected]", True), ("news@example.com", True),
    ("Our Team", True), ("Editorial Board", True), ("Reporting by Jane Roe; Editing by John Doe", True),
    ("The leaders met on Thursday.", False), ("Return to normal", False), ("Photo: Xinhua", False),
    ("By REN QI in Moscow", False), ("Share prices fell sharply on Monday.", False),
    ("Editors at the paper said the report was wrong.", False),
])
def test_is_furniture_line(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize("line, role", [
    ("READ MORE: Minister says \"we will win\" in budget row", "furniture"),
    ("Don't miss", "furniture"), ("Don’t miss: Mayor says roads are full", "furniture"),
    ("Related: Mayor says roads are full", "furniture"), ("MORE: Ten things to know", "furniture"),
    ("WATCH: The mayor speaks", "furniture"), ("Explore further", "furniture"),
    ("Tagged: politics, roads", "furniture"), ("Listen to this article", "furniture"),
    ("Sign up for our newsletter", "furniture"), ("Get the latest news delivered to your inbox", "furniture"),
    ("We use cookies to improve your experience. By continuing you agree.", "furniture"),
    ("Share this article Facebook Twitter Email", "furniture"), ("Click to share on Facebook (Opens in new window)", "furniture"),
    ("Story continues below advertisement", "furniture"), ("Published 3 hours ago", "furniture"), ("2 min read", "furniture"),
    ("Weak factory data from Asia suggest more rate cuts Full Article", "furniture"),
    ("Questions? Comments? Email us at", "furniture"), ("Tips? Contact us at tips@example.com", "furniture"),
    ("Questions remain about the plan, the mayor said.", None),
    ("Ann Lee said she had not read the full article.", None),
    ("(Photo: Jane Roe/Reuters)", "caption"), ("Image: Jane Roe", "caption"),
    ("The mayor at the council on Tuesday. Photograph: Jane Roe/Reuters", "caption"),
    # prose that starts like furniture
    ("More than 300 people attended the meeting.", None), ("Watch the video below.", None),
    ("Related to this, the mayor said roads were full.", None), ('He said: "We are ready."', None),
    ("Popular support for the plan has grown, the poll shows.", None),
    # a paper's back matter, however long
    ("Editors' Disclosures: Ann Lee, MD, Deputy Editor, reports that she has no financial relationships or "
     "interests to disclose. Tom Reed, MD, Associate Editor, reports that he has no relationships to disclose.",
     "furniture"),
    ("Competing interests: The authors declare that they have no competing interests.", "furniture"),
    ("Funding: None.", "furniture"),
    ("Funding for the bridge will come from the state, the mayor said.", None),
])
def test_line_role_of_page_furniture(line, role):
    assert line_role(line) == role


@pytest.mark.parametrize("paragraphs, repeated", [
    # a pull quote without its quotation marks, after the body paragraph (case PULL-1)
    (["“We cannot keep building roads and hoping for less traffic,” Mayor Rosa Diaz said.",
      "We cannot keep building roads and hoping for less traffic", "The council votes next month."], {1}),
    # a pull quote with its marks, before the body paragraph
    (["“Roads are full and buses are late every single day”",
      "“Roads are full and buses are late every single day,” she said. “We need a plan.”"], {0}),
    # a block printed twice: the first copy stays
    (["The council will vote on the road plan next month.", "Other news.",
      "The council will vote on the road plan next month."], {2}),
    # a pull quote joining the pieces of a quotation its attribution interrupts in the body
    (["“Roads are full every single day,” she said, “and buses are late.”", "The council votes next month.",
      "“Roads are full every single day and buses are late.”"], {2}),
    # a quotation alone in its paragraph that the body does not repeat is no pull quote
    (["“Roads are full every single day,” she said.", "“And buses are late every single day of the week.”"], set()),
    # a deck quoting the body in a headline's shape, its speaker described (no closing period)
    (["“The worst is yet to come,” chief economist says",
      "The fund cut its forecast. “The worst is yet to come,” its chief economist Ann Lee said."], {0}),
    # … but not a deck whose quotation the body does not give, nor the body's own sentence
    (["“The worst is yet to come,” chief economist says", "The fund cut its forecast on Tuesday."], set()),
    (["“The worst is yet to come,” Ann Lee said.", "Later she repeated: “The worst is yet to come.”"], set()),
    # short repeats are prose; parts of words do not count
    (["“No,” he said.", "“No,” he said again, later.", "No"], set()),
    (["The plan is a road to nowhere for the city.", "The plan is a road to nowhere for the cityscape."], set()),
])
def test_repeated_paragraphs(paragraphs, repeated):
    assert repeated_paragraphs(paragraphs) == repeated
