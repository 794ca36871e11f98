"""The judges of `bench/speakers.py` (`bench/speaker_names.py`): which registry
names are not names, which two entries are the same speaker, and how the
identity check list is read against a registry. A judge that is wrong makes the
issue-14 figures wrong, so its rules are specified here as tables."""
from __future__ import annotations

import importlib.util
import os
import sys
from types import SimpleNamespace

import pytest
from conftest import write_jsonl

from quotesearch.index import QuoteIndex, ingest_paths

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")


def _load(name: str):
    sys.path.insert(0, BENCH)
    try:
        spec = importlib.util.spec_from_file_location(name, os.path.join(BENCH, f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module      # dataclasses and `speakers` look it up by name
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(BENCH)


names = _load("speaker_names")
bench = _load("speakers")
sys.modules.pop("speakers", None)     # not to shadow anything else called so


@pytest.mark.parametrize("name, expected", [
    # names: people, with honorifics and particles; organisations; acronyms
    ("Donald Trump", None),
    ("Donald J. Trump", None),
    ("Sen. Ted Cruz", None),
    ("Mr. Trump", None),
    ("Obama", None),
    ("Bill de Blasio", None),
    ("Bashar al-Assad", None),
    ("Theresa May", None),
    ("Will Hurd", None),
    ("Joseph R. Biden Jr.", None),
    ("Chinese Foreign Ministry", None),
    ("China's Foreign Ministry", None),
    ("the State Department", None),
    ("Centers for Disease Control and Prevention", None),
    ("the Washington Post editorial board", None),
    ("Trump campaign", None),
    ("CDC", None),
    ("GOP", None),
    ("the US", None),
    ("German Ortega", None),
    ("Islamic State", None),
    ("Democratic National Convention", None),
    # single words that name no one
    ("Republican", "party word"),
    ("Democrats", "party word"),
    ("One", "determiner or number"),
    ("Two-thirds", "determiner or number"),
    ("I'm", "clause"),
    ("He", "pronoun"),
    ("Lord", "title or role alone"),
    ("Sen", "title or role alone"),
    ("Md.", "place abbreviation"),
    ("R-Ky.", "place abbreviation"),
    ("Throughout", "sentence word"),
    ("Post", "sentence word"),
    ("Transcript", "sentence word"),
    ("March", "month or weekday"),
    ("officials", "sentence word"),
    # descriptions and clauses
    ("the poll", "lowercase description"),
    ("his campaign", "lowercase description"),
    ("for Mr.", "lowercase description"),
    ("of Mr. Trump", "lowercase description"),
    ("the Florida senator", "description or clause"),
    ("Trump in his announcement speech", "description"),
    ("Nancy Foner and Richard Alba", "description or clause"),
    ("Trump's", "possessive"),
    ("RNC spokesman Sean Spicer in a Friday tweet", "clause"),
    ("Trump said he would", "clause"),
    # a name with something stuck to it
    ("Republican Donald Trump", "party stuck to the name"),
    ("Democrat Hillary Clinton", "party stuck to the name"),
    ("Comedian Sarah Silverman", "descriptor stuck to the name"),
    ("Billionaire Donald Trump", "descriptor stuck to the name"),
    ("Neither Donald J. Trump", "sentence word stuck to the name"),
    ("Chinese Ambassador to Russia Zhang Hanhui", "description or clause"),
    ("British Prime Minister Theresa May", "nationality stuck to the name"),
    ("South Korean-born Monte Haines", "descriptor stuck to the name"),
    ("Fox News’ Sean Hannity", "owner stuck to the name"),
    ("Former Obama", "role fragment"),
    ("Elections Susan Bucher", "role fragment"),
    ("Some Democrats", "role fragment"),
])
def test_not_a_name(name, expected):
    reason = names.not_a_name(name)
    if expected is None:
        assert reason is None, f"{name!r}: {reason}"
    else:
        assert reason is not None and reason.startswith(expected), f"{name!r}: {reason}"


@pytest.mark.parametrize("name, pool, expected", [
    ("Bob", ["Bob Corker", "Donald Trump"], "a first name alone"),
    ("Bob", ["Bob Corker", "Bob"], "a first name alone"),
    ("Paul", ["Paul Ryan", "Rand Paul"], None),              # also a surname
    ("Corker", ["Bob Corker"], None),
    ("The Sanders", ["Bernie Sanders"], "'The' before a person's name"),
    ("The Guardian", ["Bernie Sanders"], None),
    ("FBI", ["Frank Bishop"], None),
])
def test_not_a_name_among(name, pool, expected):
    reason = names.not_a_name_among(name, pool)
    assert (reason is None) if expected is None else reason.startswith(expected), reason


@pytest.mark.parametrize("first, texts, expected", [
    # the article names the person in full: a first name alone is that person split off
    ("Bob", ["Sen. Bob Corker said so. Later Bob added more."], ["Bob Corker"]),
    ("Bob", ["Bob J. Smith spoke. Bob said no."], ["Bob J. Smith"]),
    ("Hillary", ["Hillary Rodham Clinton spoke.", "Hillary said yes."], ["Hillary Rodham"]),
    # ... or names no one so: the only name the article gives (an aide named only "Bob")
    ("Bob", ["An aide who asked to be named only as Bob said no. Bob, a retired officer, agreed."], []),
    ("Bob", ["Critics blame Bob. Bob The Builder", "Bob Said", "Bob On Monday"], []),
    ("Bob", ["Bobby Jindal spoke. Bob's account held."], []),
    ("Ann", ["Dr. Ann\nThe next day, Ann said so."], []),
])
def test_full_names_with_first(first, texts, expected):
    assert names.full_names_with_first(first, texts) == expected


@pytest.mark.parametrize("a, b, same", [
    ("Donald J. Trump", "Donald Trump", True),
    ("Republican Donald Trump", "Donald Trump", True),
    ("Neither Donald J. Trump", "Donald Trump", True),
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Bernard Sanders", "Bernie Sanders", True),
    ("Mitchell McConnell", "Sen. Mitch McConnell", True),
    ("Edward G. Rendell", "Ed Rendell", True),
    ("Joseph R. Biden", "Joseph Robinette Biden", True),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
    ("Bill de Blasio", "Mayor Bill de Blasio", True),
    ("Kellyanne Conway", "KellyAnne Conway", True),
    ("New Hampshire", "NEW HAMPSHIRE", True),
    ("the State Department", "State Department", True),
    # kept apart: suffixes, different middles, family members, a different
    # given name ("Ted" Cruz is Rafael Edward; his father is Rafael)
    ("Donald Trump", "Donald Trump Jr.", False),
    ("Robert F. Kennedy Jr.", "Robert F. Kennedy", False),
    ("George H.W. Bush", "George W. Bush", False),
    ("George P. Bush", "George W. Bush", False),
    ("Donald Trump", "Melania Trump", False),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Ted Cruz", "Rafael Cruz", False),
    ("Zhang Hanhui", "Zhang Jun", False),
    ("Stephen Miller", "Steven Miller", False),
    ("Trump", "Donald Trump", False),                         # one word: the surname rule's job
    ("State Department", "Defense Department", False),
])
def test_same_person_reason(a, b, same):
    assert bool(names.same_person_reason(a, b)) is same
    assert bool(names.same_person_reason(b, a)) is same


def test_duplicates_surname_of_exactly_one_person():
    pool = ["Barack Obama", "President Barack Obama", "Obama", "Donald Trump",
            "Melania Trump", "Trump", "CDC", "Centers for Disease Control and Prevention",
            "FBI", "DNC chair", "Mr. Corker", "Bob Corker"]
    found = names.duplicates(pool, pool)
    assert {d.other for d in found["Obama"]} == {"Barack Obama"}
    assert "probably the same" in found["Obama"][0].reason
    assert "Trump" not in found                               # two Trumps in the pool
    assert {d.other for d in found["CDC"]} == {"Centers for Disease Control and Prevention"}
    assert "FBI" not in found
    assert {d.other for d in found["Mr. Corker"]} == {"Bob Corker"}
    assert {d.other for d in found["Barack Obama"]} == {"President Barack Obama"}
    assert names.shared_surnames(pool, ["Trump", "Obama"]) == {
        "Trump": ["Donald Trump", "Melania Trump"]}


@pytest.mark.parametrize("acronym, organisation, expected", [
    ("CDC", "Centers for Disease Control and Prevention", True),
    ("FBI", "Federal Bureau of Investigation", True),
    ("DOJ", "Department of Justice", True),
    ("DHS", "Department of Homeland Security", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("F.B.I.", "the Federal Bureau of Investigation", True),
    ("CIA", "Federal Bureau of Investigation", False),
    ("DNC", "Republican National Committee", False),
])
def test_acronyms(acronym, organisation, expected):
    assert (names.acronym_of(acronym) in names.initials(organisation)) is expected


def _entry(name, *aliases):
    return SimpleNamespace(id=name.lower(), name=name, aliases=list(aliases))


def test_check_pairs_reads_names_and_aliases_case_insensitively():
    registry = [_entry("Donald Trump", "Donald J. Trump", "Trump"),
                _entry("Donald Trump Jr.", "Trump"),
                _entry("Hillary Clinton"), _entry("hillary rodham clinton")]
    pairs = [("Donald J. Trump", "Donald Trump", ""),
             ("Hillary Rodham Clinton", "Hillary Clinton", ""),
             ("Bernie Sanders", "Bernard Sanders", "")]
    results = bench.check_pairs(registry, pairs)
    assert [(r["a"], r["together"]) for r in results] == [
        ("Donald J. Trump", True), ("Hillary Rodham Clinton", False)]
    apart = bench.check_pairs(registry, [("Donald Trump", "Donald Trump Jr.", "")])
    assert [r["together"] for r in apart] == [False]


def test_check_list_is_real_sized_and_has_no_pair_on_both_sides():
    must_merge, must_stay_apart = bench.load_pairs()
    assert len(must_merge) >= 45 and len(must_stay_apart) >= 45
    merge = {frozenset(map(names.fold, p[:2])) for p in must_merge}
    apart = {frozenset(map(names.fold, p[:2])) for p in must_stay_apart}
    assert not merge & apart
    assert all(len(p) == 3 and p[0] != p[1] for p in must_merge + must_stay_apart)


# -- the check list on a real index ---------------------------------------------

_TOPICS = ["the harbour towns", "the steel mills", "the ferry line", "the farm bill",
           "the new bridge", "the budget talks", "the rail strike"]


def _article(n: int, form: str) -> dict:
    """An invented article in which ``form`` is quoted once."""
    topic = _TOPICS[n % len(_TOPICS)]
    return {"id": f"pair-{n}", "outlet": ["Daily Ledger", "Evening Courier"][n % 2],
            "date": f"2016-0{1 + n % 9}-1{n % 10}", "title": f"Report {n}",
            "text": f"Report {n}.\n\n“We will keep working on {topic} for as long as it takes,” "
                    f"{form} said on Tuesday.\n"}


@pytest.fixture(scope="module")
def pairs_index(tmp_path_factory):
    """A real index of invented articles, one per name form of the check list (so every
    merge is made across articles, with every other family member and namesake of the
    list in the same registry), and one quoting a source the article names only "Bob"."""
    must_merge, must_stay_apart = bench.load_pairs()
    forms = sorted({form for a, b, _ in must_merge + must_stay_apart for form in (a, b)})
    articles = [_article(n, form) for n, form in enumerate(forms)]
    articles.append({"id": "source-bob", "outlet": "Daily Ledger", "date": "2016-05-02",
                     "title": "Source", "text": "Source.\n\nAn aide who asked to be named only as "
                     "Bob spoke to reporters.\n\n“Nobody ordered us to wait,” Bob said.\n\n"
                     "“We left at dawn,” Bob said.\n"})
    folder = tmp_path_factory.mktemp("pairs")
    corpus = str(write_jsonl(folder / "pairs.jsonl", articles))
    index = QuoteIndex.open(folder / "index", create=True)
    ingest_paths(index, [corpus])
    return index, corpus


def test_check_list_on_an_index_of_invented_articles(pairs_index):
    index, corpus = pairs_index
    m = bench.measure(index, 100, 500, [corpus])
    merge, apart = m["must_merge"], m["must_stay_apart"]
    assert merge["failures"] == [] and apart["failures"] == []
    # the pairs PolNeAR never shows are checked here. Absent: pairs one of whose forms
    # extraction already reads as the other, so the index never holds both ("House
    # Speaker Nancy Pelosi" is Nancy Pelosi with a role; "the White House" is "White
    # House"): the registry tests take those as strings
    assert merge["present"] >= 0.8 * merge["pairs"] and merge["present"] >= 40
    assert apart["present"] >= 0.95 * apart["pairs"] and apart["present"] >= 40
    assert merge["merged"] == merge["present"] and apart["kept_apart"] == apart["present"]
    # a first name that its article gives no one in full is a name, listed apart
    assert [(f["name"], f["quotes"]) for f in m["first_name_only"]] == [("Bob", 2)]
    assert "Bob" not in [item["name"] for item in m["not_a_name"]]
