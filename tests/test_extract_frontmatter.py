"""Spec of `quotesearch.extract.frontmatter`: front matter and Markdown headings of
reposted articles, as (text, expected) tables of invented posts."""
from __future__ import annotations

import pytest

from layout_checks import assert_well_formed, kinds_of
from quotesearch.extract import extract_article
from quotesearch.extract.metadata import describe_text
from quotesearch.records import Article

POST = ("---\nlayout: post\ntitle: \"Council approves new budget\"\ndate: 2023-03-20T09:00:00\n"
        "author: \"someone\"\ntags: [News]\nexcerpt: \"The budget passed, the mayor said.\"\n---\n\n"
        "The council approved the budget on Monday, Mayor Ann Cole said.\n\n“It is a fair plan,” Cole said.")


@pytest.mark.parametrize("text, title", [
    pytest.param(POST, "Council approves new budget", id="jekyll-post-quoted-title"),
    pytest.param("---\ntitle: Council approves new budget\ndate: \"2023-03-20\"\n---\n\nThe budget passed.",
                 "Council approves new budget", id="bare-title"),
    pytest.param("# Council approves new budget\n\nPublished :`2023-03-20 16:38:29`\n\n---\n\n"
                 "The council approved the budget on Monday.", "Council approves new budget",
                 id="markdown-heading"),
    pytest.param("---\n\nCouncil approves new budget\n\nThe council approved the budget on Monday.",
                 "Council approves new budget", id="a-rule-is-no-front-matter"),
])
def test_title(text, title):
    layout = describe_text(text)
    assert_well_formed(text, layout)
    assert layout.title == title


@pytest.mark.parametrize("text, expected", [
    pytest.param(POST, {"---": "furniture", "layout: post": "furniture", "Council approves new budget": "headline",
                        "date: 2023-03-20T09:00:00": "furniture", "tags: [News]": "furniture",
                        "excerpt: \"The budget passed, the mayor said.\"": "furniture",
                        "The council approved the budget on Monday, Mayor Ann Cole said.": "body"},
                 id="fields-are-furniture"),
    pytest.param("# Council approves new budget\n\n### What changes\n\nRents rise, the mayor said.\n\n"
                 "Taxes fall, he said.",
                 {"Council approves new budget": "headline", "What changes": "subhead",
                  "Rents rise, the mayor said.": "body"}, id="markdown-heading-marks-skipped"),
])
def test_kinds(text, expected):
    kinds = kinds_of(text)
    for paragraph, kind in expected.items():
        assert kinds.get(paragraph) == kind, (paragraph, kinds)


def test_summary_fields_yield_no_quotations():
    quotes = extract_article(Article(id="p", text=POST)).quotes
    assert all(q.start > POST.index("\n---\n") for q in quotes)
    assert {q.text for q in quotes} >= {"The council approved the budget on Monday"}


# A post's own fields are its metadata: author, source URL and publisher, in YAML or TOML.
FIELDS = [
    ('---\ntitle: "Ferry line opens"\ndate: 2023-05-02 09:00:00 +0000\nauthor: Ann Roe\n'
     'source: https://herald.example/ferry\npublisher: Harbour Herald\nlayout: post\n---\n\n'
     'The ferry line opened on Tuesday. "It is a good day," said Mayor Ann Lee.\n',
     ("Ferry line opens", "2023-05-02", "Ann Roe", "https://herald.example/ferry", "Harbour Herald")),
    ('+++\ntitle = "Ferry line opens"\ndate = 2023-05-02T09:00:00Z\nauthors = "Ann Roe"\n'
     'publication = "Harbour Herald"\nurl = "not a url"\n+++\n\n'
     'The ferry line opened on Tuesday. "It is a good day," said Mayor Ann Lee.\n',
     ("Ferry line opens", "2023-05-02", "Ann Roe", None, "Harbour Herald")),
]


@pytest.mark.parametrize("text, expected", FIELDS)
def test_front_matter_fields_are_metadata_never_quotations(text, expected):
    extracted = extract_article(Article(id="post", text=text))
    article = extracted.article
    assert (article.title, article.date, article.byline, article.url, article.outlet) == expected
    assert [q.text for q in extracted.quotes] == ["It is a good day,"]


def test_markdown_files_are_read(tmp_path):
    from quotesearch.ingest import read_articles
    (tmp_path / "post.md").write_text(FIELDS[0][0], encoding="utf-8")
    (tmp_path / "post.markdown").write_text(FIELDS[1][0], encoding="utf-8")
    read = list(read_articles([str(tmp_path)]))
    assert sorted(extract_article(a).article.title for a in read) == ["Ferry line opens"] * 2


# What static-site generators write inside the fences: comments, TOML tables, YAML
# nesting, lists, block scalars and values over several lines. Every line of it is
# metadata or furniture; the summary's quotation is never extracted, the body's is.
BODY_QUOTE = 'The ferry line opened on Tuesday. "It is a good day," said Mayor Ann Lee.\n'
FORMS = [
    pytest.param('---\ntitle: "“We will win,” she said"\ndate: 2023-05-02\nauthor: Ann Roe\n---\n\n' + BODY_QUOTE,
                 ("“We will win,” she said", "2023-05-02", "Ann Roe"), id="quotation-marks-inside-the-title"),
    pytest.param('+++\ntitle = "“We will win,” she said"\ndate = 2023-05-02T09:00:00-04:00\n'
                 'tags = ["ferry", "city"]\n+++\n\n' + BODY_QUOTE,
                 ("“We will win,” she said", "2023-05-02", None), id="toml-quotation-marks-inside-the-title"),
    pytest.param('+++\ntitle = "Ferry line opens"\ndate = 2023-05-02\n[params]\n'
                 '  summary = "\\"Nobody wants to swim,\\" the mayor said."\n[[authors]]\n  name = "Ann Roe"\n+++\n\n'
                 + BODY_QUOTE, ("Ferry line opens", "2023-05-02", "Ann Roe"), id="toml-tables"),
    pytest.param('---\n# draft: true\ntitle: Ferry line opens\ndate: 2023-05-02\n---\n\n' + BODY_QUOTE,
                 ("Ferry line opens", "2023-05-02", None), id="yaml-comment"),
    pytest.param('---\ntitle: Ferry line opens\nexcerpt: >-\n  "Nobody wants to swim," the mayor said at\n'
                 '  the opening on Tuesday.\ndate: 2023-05-02\n---\n\n' + BODY_QUOTE,
                 ("Ferry line opens", "2023-05-02", None), id="yaml-block-scalar"),
    pytest.param('---\ntitle: Ferry line opens\nauthor:\n  name: Ann Roe\n  url: https://roe.example/\n'
                 'date: 2023-05-02\n---\n\n' + BODY_QUOTE,
                 ("Ferry line opens", "2023-05-02", "Ann Roe"), id="yaml-nested-author"),
    pytest.param('---\ntitle: Ferry line opens\nauthors:\n  - Ann Roe\n  - Bo Li\ndate: 2023-05-02\n---\n\n'
                 + BODY_QUOTE, ("Ferry line opens", "2023-05-02", "Ann Roe, Bo Li"), id="yaml-author-list"),
    pytest.param('---\ntitle: Ferry line opens\nauthors: ["Ann Roe", "Bo Li"]\ndate: 2023-05-02\n---\n\n'
                 + BODY_QUOTE, ("Ferry line opens", "2023-05-02", "Ann Roe, Bo Li"), id="yaml-flow-author-list"),
    pytest.param('---\ntitle: Ferry line opens\ndescription: "\\"Nobody wants to swim,\\" the mayor said,\n'
                 '  and the council agreed."\ndate: 2023-05-02\n---\n\n' + BODY_QUOTE,
                 ("Ferry line opens", "2023-05-02", None), id="yaml-quoted-value-over-two-lines"),
]


@pytest.mark.parametrize("text, expected", FORMS)
def test_front_matter_forms_are_metadata_never_quotations(text, expected):
    extracted = extract_article(Article(id="post", text=text))
    article = extracted.article
    assert (article.title, article.date, article.byline) == expected
    assert [q.text for q in extracted.quotes] == ["It is a good day,"]
    assert all(q.start >= text.index("The ferry line") for q in extracted.quotes)
