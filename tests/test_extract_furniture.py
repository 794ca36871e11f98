"""Spec of `quotesearch.extract.furniture`: lines of page furniture judged on their own."""
from __future__ import annotations

import pytest

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
