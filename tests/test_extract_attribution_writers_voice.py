"""The writer's own voice (`attribution.writers_voice`): a comment on a report in its
sentence ("…, which he denied", "…, though in reality there was no such pact", "… — which is
one hour more than …"), where the report ends; and the writer's own first-person view ("I
think …", "we believe …"), which is no one's quotation."""
from __future__ import annotations

import pytest

from attribution_cases import extract
from quotesearch.extract import extract_quotes
from quotesearch.records import Article

# (sentence, the report's speaker and words)
WRITER_COMMENTS = [
    pytest.param("And Haley once again accused Ramos of banning fracking in Florida, which he once again denied.",
                 [("Haley", "Ramos of banning fracking in Florida")], id="which-he-denied"),
    pytest.param("The minister said the figures were rigged, which is not true.",
                 [("the minister", "the figures were rigged")], id="which-is-not-true"),
    pytest.param("Friends said they were prepared to quit if Ailes was removed, though in reality there was no "
                 "such pact.", [("friends", "they were prepared to quit if Ailes was removed")], id="in-reality"),
    pytest.param("The company says its cars run at 60 frames a second on high settings, but the reality seems "
                 "to be somewhat different.",
                 [("the company", "its cars run at 60 frames a second on high settings")], id="the-reality-seems"),
    pytest.param("Uber claims its software can monitor drivers, but that's an entirely unproven assumption.",
                 [("Uber", "its software can monitor drivers")], id="but-thats-unproven"),
    pytest.param("Alibaba says it has no plans to do this, but most people do not believe this.",
                 [("Alibaba", "it has no plans to do this")], id="most-people-do-not-believe"),
    pytest.param("Tom Reed has said that he expects $300 million in savings from the merger, but that may be hard "
                 "to do without more layoffs.",
                 [("Tom Reed", "he expects $300 million in savings from the merger")], id="but-that-may-be-hard"),
    pytest.param("The listing says the actress lived here, but it's not clear whether the home was her own "
                 "purchase.", [("the listing", "the actress lived here")], id="but-its-not-clear-whether"),
    pytest.param("Tom Reed said the plant will reopen, but it remains unclear when the workers will return.",
                 [("Tom Reed", "the plant will reopen")], id="but-it-remains-unclear-when"),
    pytest.param("The magazine reports that the founders resisted plans to move production—although it is not clear "
                 "if that meant they opposed licensing.",
                 [("the magazine", "the founders resisted plans to move production")], id="dash-although-it-is-not-clear"),
    pytest.param("The change log points out that many features were paid for by firms, which suggests that their "
                 "needs are being met.",
                 [("the change log", "many features were paid for by firms")], id="which-suggests-that"),
    pytest.param("Analysis from a consultancy suggests that the average stream lasts 84 minutes -- a hugely "
                 "impressive number given the competition.",
                 [("analysis from a consultancy", "the average stream lasts 84 minutes")],
                 id="dash-a-hugely-impressive-number"),
    # (but "it will be difficult" is the speaker's own hedge)
    pytest.param("Tom Reed said there is a chance the ferry line can be saved, but it will be difficult.",
                 [("Tom Reed", "there is a chance the ferry line can be saved, but it will be difficult")],
                 id="but-it-will-be-difficult"),
    # the speaker's own words go on: a relative clause inside the report, a contrast of theirs
    pytest.param("Smith said the rumours, which he denied, would hurt the company.",
                 [("Smith", "the rumours, which he denied, would hurt the company")], id="which-inside"),
    pytest.param("The mayor said the annual budget report, which was false, had been leaked by a rival.",
                 [("the mayor", "the annual budget report, which was false, had been leaked by a rival")],
                 id="which-was-false-inside"),
    pytest.param("Lee said the budget would balance this year, but the deficit would grow again in 2027.",
                 [("Lee", "the budget would balance this year, but the deficit would grow again in 2027")],
                 id="but-of-the-speaker"),
    pytest.param("Officials say the risk of an outbreak is low, but many are concerned about the coming winter.",
                 [("officials", "the risk of an outbreak is low")], id="but-many-are-concerned"),
    # a gloss after a dash
    pytest.param("Apple says the battery lasts 11 hours — which is one hour more than the older model offered.",
                 [("Apple", "the battery lasts 11 hours")], id="dash-which"),
    pytest.param("The army said residents must move south within a day — a declaration that rights groups "
                 "called unlawful.",
                 [("the army", "residents must move south within a day")], id="dash-a-declaration-that"),
    pytest.param("Ann Lee made clear that she saw the post as a steppingstone to higher office — a possibility "
                 "that the mayor may have resented.",
                 [("Ann Lee", "she saw the post as a steppingstone to higher office")], id="dash-a-possibility-that"),
    pytest.param("Tom Reed said the port could close by spring — a prospect that alarms the dockers.",
                 [("Tom Reed", "the port could close by spring")], id="dash-a-prospect-that"),
    # a paired dash around the speaker's own aside stays theirs
    pytest.param("Lee said the new terminal — which opened in May — would hire 140 dockers before the winter.",
                 [("Lee", "the new terminal — which opened in May — would hire 140 dockers before the winter")],
                 id="paired-dash-which"),
    pytest.param("Nora Vance said Kellard believes those steps - which include Portuguese-language ferry notices - will "
                 "win riders back within months.",
                 [("Nora Vance", "Kellard believes those steps - which include Portuguese-language ferry notices - will "
                                  "win riders back within months")], id="paired-hyphen-dash-which"),
    # the report set beside someone else's view of it
    pytest.param("Ann Lee, the mayor, says the port will reopen, a claim disputed by Tom Reed.",
                 [("Ann Lee", "the port will reopen")], id="a-claim-disputed-by"),
    pytest.param("The letter argues that the public wants cleaner rivers – a point emphasised by a "
                 "Kellard poll today which shows most voters agree.",
                 [("the letter", "the public wants cleaner rivers")], id="a-point-emphasised-by"),
    # (a claim the speaker makes about what others said is the report's own)
    pytest.param("Tom Reed said the cuts were a mistake, a view he has held for years.",
                 [("Tom Reed", "the cuts were a mistake, a view he has held for years")], id="a-view-he-held"),
]


@pytest.mark.parametrize("body, expected", WRITER_COMMENTS)
def test_a_report_ends_where_the_writer_comments_on_it(body, expected):
    _, quotes = extract(body)
    assert [(q.speaker, q.text) for q in quotes] == expected


# The writer's first person outside quotation marks, when a byline names the writer,
# reports no one (it was a record of the byline's author); an interviewee's "I" in their
# turn, a quotation the writer gives their own words in, and a page with no byline (whose
# "I" may be an interviewee set out as "Q:"/"A:", or a reader's letter) keep theirs
WRITERS_OWN_VIEWS = [
    pytest.param("Tariffs are how you create wealth. I think Navarro is totally wrong on trade policy.", [],
                 id="i-think"),
    pytest.param("We believe the plan will fail within a year.", [], id="we-believe"),
    pytest.param("I told the mayor that the plan would fail within a year.", [], id="i-told"),
    pytest.param("“I think the plan will fail,” I said to the mayor.",
                 [("Ann Writer", "I think the plan will fail,")], id="the-writers-quoted-words"),
    pytest.param("Steve Forbes spoke to us about trade.\n\nForbes: I think his education on trade is incomplete "
                 "and will improve.",
                 [("Steve Forbes", "his education on trade is incomplete and will improve")], id="an-interviewees-turn"),
    # the writer's (or the newsroom's) own finding, in "our"/"my", is no one's report either;
    # "our sources" are people, and theirs stays
    pytest.param("We have only started testing. Our initial testing suggests that the laptop holds its speed.", [],
                 id="our-initial-testing-suggests"),
    pytest.param("Our forecasts show that Reed is in fourth place.", [], id="our-forecasts-show"),
    pytest.param("Our sources say that Reed will run.", [("our sources", "Reed will run")], id="our-sources-say"),
]


def _with_byline(body: str) -> list[tuple]:
    article = Article(id="t", text=f"Trade talk\n\n{body}", byline="Ann Writer")
    return [(q.speaker, q.text) for q in extract_quotes(article)]


@pytest.mark.parametrize("body, expected", WRITERS_OWN_VIEWS)
def test_the_writers_own_view_is_no_quotation(body, expected):
    assert _with_byline(body) == expected


def test_without_a_byline_an_i_may_be_anyones():
    _, quotes = extract("I think Navarro is totally wrong on trade policy.")
    assert [(q.speaker, q.text) for q in quotes] == [(None, "Navarro is totally wrong on trade policy")]
