"""Citation files (`quotesearch.cite_files`): BibTeX and RIS of the article
that reported a quotation, the quotation in the note. Expected texts written
by hand."""
from __future__ import annotations

from datetime import date

from test_cite import ACCESSED, CD_URL, quotation

from quotesearch.cite_files import bibtex, bibtex_text, ris


def test_bibtex_of_a_news_article_with_one_author():
    quote = quotation("Cooperation between our countries has grown in all fields,",
                      role="Chinese Ambassador to Russia", byline="By REN QI in Moscow renqi@chinadaily.com.cn")
    assert bibtex(quote, accessed=ACCESSED) == (
        "@article{ren2024china,\n"
        "  author = {Ren, Qi},\n"
        "  title = {{China, Russia ties reach new high}},\n"
        "  journal = {China Daily},\n"
        "  entrysubtype = {newspaper},\n"
        "  year = {2024},\n"
        "  month = feb,\n"
        "  date = {2024-02-01},\n"
        f"  url = {{{CD_URL}}},\n"
        "  urldate = {2025-03-05},\n"
        "  note = {Quoted: Zhang Hanhui, Chinese Ambassador to Russia: “Cooperation between our countries "
        "has grown in all fields.”},\n"
        "}\n")


def test_bibtex_escapes_latex_and_keeps_groups_and_non_ascii():
    quote = quotation('Costs rose 50% & "more",', speaker="Zoë Ní Chonaill",
                      byline="By José Núñez and Reuters", title="Rents up 50% in #Dublin_2024",
                      outlet="The Irish Times", date=None, url=None)
    assert bibtex(quote, accessed=ACCESSED) == (
        "@article{nunezrents,\n"
        "  author = {Núñez, José},\n"
        "  title = {{Rents up 50\\% in \\#Dublin\\_2024}},\n"
        "  journal = {The Irish Times},\n"
        "  entrysubtype = {newspaper},\n"
        "  note = {Quoted: Zoë Ní Chonaill: “Costs rose 50\\% \\& ‘more.’”},\n"
        "}\n")
    group = quotation("We will see,", byline="Reuters staff", date="2019-05-10")
    assert "  author = {{Reuters}},\n" in bibtex(group, accessed=ACCESSED)
    assert bibtex_text("a{b}c\\d~e^f") == r"a\{b\}c\textbackslash{}d\textasciitilde{}e\textasciicircum{}f"


def test_ris_of_a_paraphrase_with_two_authors():
    quote = quotation("the talks would resume in May", type="indirect", speaker="Anna Holm",
                      byline="By Jane Doe and Li Wei", date="2024-05-09", url="https://bay.example/talks")
    assert ris(quote, accessed=date(2025, 3, 5)) == (
        "TY  - NEWS\r\n"
        "AU  - Doe, Jane\r\n"
        "AU  - Li, Wei\r\n"
        "TI  - China, Russia ties reach new high\r\n"
        "T2  - China Daily\r\n"
        "PY  - 2024\r\n"
        "DA  - 2024/05/09\r\n"
        "UR  - https://bay.example/talks\r\n"
        "Y2  - 2025/03/05\r\n"
        "N1  - Paraphrased: Anna Holm: the talks would resume in May.\r\n"
        "ER  - \r\n")


def test_ris_values_stay_on_one_line():
    quote = quotation("First line\nsecond line,", byline=None, title="A\nsplit headline", date=None, url=None)
    lines = ris(quote, accessed=ACCESSED).split("\r\n")
    assert lines[:3] == ["TY  - NEWS", "TI  - A split headline", "T2  - China Daily"]
    assert lines[3] == "N1  - Quoted: Zhang Hanhui: “First line second line.”"
