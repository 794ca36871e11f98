"""Speakers as search sees them: one speaker per person across articles, found by
any name form, ids that stay put, merges by hand that survive re-ingest, and
the web and CLI over the same registry."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import write_jsonl
from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.search import UNATTRIBUTED, find_speakers, resolve_speaker, search
from quotesearch.search.profiles import speaker_profile
from quotesearch.search.speakers import merge_speakers, split_speaker
from quotesearch.web import create_app

RALLY = {"id": "trump-rally", "outlet": "Daily Ledger", "date": "2024-03-01", "title": "Rally",
         "text": "Rally.\n\nRepublican Donald J. Trump spoke in Ohio on Friday.\n\n"
                 "“We will rebuild the old steel mills,” Donald J. Trump said.\n\n"
                 "His wife Melania Trump also spoke. “The children of this town deserve better "
                 "schools,” Melania Trump said.\n"}
SONS = {"id": "trump-sons", "outlet": "Evening Courier", "date": "2024-03-04", "title": "Sons",
        "text": "Sons.\n\n“The tariffs on steel will stay for years,” Donald Trump told reporters "
                "on Monday.\n\nHis son Donald Trump Jr. disagreed. “My father has not decided "
                "anything about tariffs yet,” Donald Trump Jr. said.\n"}
BARE = {"id": "obama-bare", "outlet": "Evening Courier", "date": "2024-03-05", "title": "Speech",
        "text": "Speech.\n\n“Hope is not a strategy for the harbour towns,” Obama said at the dinner.\n"}
FULL = {"id": "obama-full", "outlet": "Daily Ledger", "date": "2024-03-06", "title": "Visit",
        "text": "Visit.\n\nFormer President Barack Obama visited the harbour on Wednesday.\n\n"
                "“The harbour towns built this country,” Barack Obama said.\n"}
POLL = {"id": "poll", "outlet": "Daily Ledger", "date": "2024-03-07", "title": "Poll",
        "text": "Poll.\n\nThe poll said that most harbour residents want a new ferry line.\n"}


@pytest.fixture
def index(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(write_jsonl(tmp_path / "first.jsonl", [RALLY, SONS, BARE, POLL]))])
    return index


def ingest(index, tmp_path, name, *articles):
    return ingest_paths(index, [str(write_jsonl(tmp_path / name, list(articles)))])


def texts(results):
    return sorted(hit.quote.text for hit in results.hits)


def test_one_person_however_the_articles_name_him(index):
    both = ["The tariffs on steel will stay for years,", "We will rebuild the old steel mills,"]
    # a quoted name is that person, not his son or his wife
    assert texts(search(index, 'speaker:"donald trump"')) == both
    assert texts(search(index, 'speaker:"Donald J. Trump"')) == both
    assert texts(search(index, "", filters={"speaker": ["Donald J. Trump"]})) == both
    assert texts(search(index, "", filters={"speaker": ["donald-trump"]})) == both
    # a word finds every speaker with it
    assert len(search(index, "speaker:trump").hits) == 4
    facet = {v.value: v.count for v in search(index, "").facets["speaker"]}
    assert facet["Donald Trump"] == 2 and facet["Donald Trump Jr."] == 1 and facet["Melania Trump"] == 1
    assert facet[UNATTRIBUTED] == 1          # "the poll" is a description, not a speaker


def test_autocomplete_shows_the_name_and_the_alias_that_matched(index):
    found = find_speakers(index, "donald j")
    assert [(s.name, s.matched_alias) for s in found] == [("Donald Trump", "Donald J. Trump")]
    assert "poll" not in [s.name.lower() for s in find_speakers(index, "")]


def test_ids_stay_put_when_articles_come_and_go(index, tmp_path):
    before = {s.name: s.id for s in find_speakers(index, "")}
    ingest(index, tmp_path, "other.jsonl", POLL | {"id": "poll-2", "text": POLL["text"] + "\nMore.\n"})
    assert {s.name: s.id for s in find_speakers(index, "")} == before
    remove(index, "poll-2")
    assert {s.name: s.id for s in find_speakers(index, "")} == before


def test_a_merge_changes_the_id_and_the_old_one_still_resolves(index, tmp_path):
    assert resolve_speaker(index, "obama") == ("obama", "Obama")
    ingest(index, tmp_path, "later.jsonl", FULL)
    # the corpus now names Barack Obama: the bare "Obama" is inferred to be him
    assert resolve_speaker(index, "obama") == ("barack-obama", "Barack Obama")
    profile = speaker_profile(index, "barack-obama")
    assert ("Obama", 1, "inferred across corpus") in profile.forms and profile.quotes == 2
    client = create_app(index.path).test_client()
    page = client.get("/speakers/obama")
    assert page.status_code == 301 and page.headers["Location"].endswith("/speakers/barack-obama")
    api = client.get("/api/speakers/obama")
    assert api.status_code == 301 and api.headers["Location"].endswith("/api/speakers/barack-obama")
    assert client.get("/speakers/nobody-at-all").status_code == 404


def test_merges_and_splits_by_hand_survive_reingest(index, tmp_path):
    merge_speakers(index, "Melania Trump", "Donald Trump Jr.")
    assert len(search(index, "", filters={"speaker": ["Melania Trump"]}).hits) == 2
    ingest(index, tmp_path, "later.jsonl", FULL)            # the index changes ...
    merged = resolve_speaker(index, "Donald Trump Jr.")
    assert merged == resolve_speaker(index, "Melania Trump")   # ... the decision stays
    assert speaker_profile(index, merged[0]).by_hand
    page = create_app(index.path).test_client().get(f"/speakers/{merged[0]}").get_data(as_text=True)
    assert "merged or split by hand" in page
    split_speaker(index, "Donald J. Trump")
    assert resolve_speaker(index, "Donald J. Trump") != resolve_speaker(index, "Donald Trump")
    assert json.loads((index.path / "speakers.json").read_text() if hasattr(index.path, "read_text")
                      else open(f"{index.path}/speakers.json").read())["split"] == ["Donald J. Trump"]


def test_cli_merge_split_show_and_errors(index):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "quotesearch", "speakers", *args,
                               "--index", str(index.path)], capture_output=True, text=True)
    shown = run("show", "Donald J. Trump")
    assert shown.returncode == 0 and "Donald J. Trump  (middle name or initial)" in shown.stdout
    assert run("merge", "Melania Trump", "Obama").returncode == 0
    assert resolve_speaker(index, "Obama") == resolve_speaker(index, "Melania Trump")
    missing = run("merge", "Melania Trump", "Nobody Known")
    assert missing.returncode == 1 and "no speaker is called 'Nobody Known'" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert run("undo", "Obama").returncode == 0
    assert resolve_speaker(index, "Obama") != resolve_speaker(index, "Melania Trump")
    assert run("merge", "only-one").returncode == 2


def test_a_form_split_off_and_merged_by_hand_joins_only_that_speaker(index):
    from quotesearch.search.speakers import undo_speaker_decisions
    split_speaker(index, "Donald J. Trump")
    merge_speakers(index, "Donald J. Trump", "Melania Trump")
    # the split form joins Melania Trump; Donald Trump himself stays apart
    assert resolve_speaker(index, "Donald J. Trump") == resolve_speaker(index, "Melania Trump")
    assert resolve_speaker(index, "Donald Trump") != resolve_speaker(index, "Melania Trump")
    # decisions are forgotten by any name of the speaker they made: both made this one
    assert undo_speaker_decisions(index, "Melania Trump") == 2
    assert resolve_speaker(index, "Donald J. Trump") == resolve_speaker(index, "Donald Trump")


@pytest.mark.parametrize("role, is_title", [
    ("Republican nominee", True), ("F.B.I. director", True), ("former Secretary of State", True),
    ("spokesman", True), ("retired neurosurgeon", True),
    ("Carson to Mr.", False), ("Support for Mr.", False), ("23 percent favored Mr", False),
    ("at the time", False), ("justice sounded off", False), ("Rep.", False),
])
def test_a_speakers_roles_are_titles_not_sentence_fragments(role, is_title):
    from quotesearch.search.profiles import is_title_role
    assert is_title_role(role) is is_title


def test_the_registry_does_not_depend_on_the_order_articles_were_indexed_in(tmp_path):
    # a speaker's id is its shortest full name: between two of the same length the
    # name decides, not which one the index met first (so a sharded index, whose
    # shards meet names in another order, has the same ids: `search.fanout`)
    import importlib.util
    import os

    from quotesearch.index.build import index_extracted
    from quotesearch.search.snapshot import reading
    from quotesearch.search.speakers import registry
    bench = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench")
    spec = importlib.util.spec_from_file_location("bench_corpus", os.path.join(bench, "corpus.py"))
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    articles = list(corpus.synthetic_articles(600, source="", speakers=150, seed=7))
    ids = []
    for name, order in (("forward", articles), ("backward", articles[::-1])):
        index = QuoteIndex.open(tmp_path / name, create=True)
        index_extracted(index, order)
        with reading(index) as snap:
            ids.append([identity.id for identity in registry(snap).identities])
    assert ids[0] == ids[1]


FERRY = {"id": "ferry-vote", "outlet": "Harbour Post", "date": "2024-03-08", "title": "Ferry vote",
         "text": "Ferry vote.\n\nTwo Harbor representatives, Nora Vance-Ortiz and Carl Drumond, said "
                 "they would not back the harbour plan.\n\n“The ferry line needs a second dock before "
                 "the winter,” Carl Drumond told reporters on Monday.\n"}


def test_a_joint_quotation_is_each_of_its_peoples(index, tmp_path):
    ingest(index, tmp_path, "ferry.jsonl", FERRY)
    joint, own = "they would not back the harbour plan", \
        "The ferry line needs a second dock before the winter,"
    # a filter, a speaker: query and the profile find it under either person
    assert texts(search(index, "", filters={"speaker": ["Carl Drumond"]})) == [own, joint]
    assert texts(search(index, 'speaker:"vance-ortiz"')) == [joint]
    assert texts(search(index, "", filters={"speaker": ["nora-vance-ortiz"]})) == [joint]
    assert speaker_profile(index, "carl-drumond").quotes == 2
    # quoted only jointly, she still has an entry, and the name says how it was seen
    profile = speaker_profile(index, "nora-vance-ortiz")
    assert profile.quotes == 1 and profile.names_used == [("Nora Vance-Ortiz", 1, "quoted jointly")]
    # counted once for each person, never as a quotation without a speaker
    facet = {v.value: v.count for v in search(index, "harbour plan").facets["speaker"]}
    assert facet == {"Nora Vance-Ortiz": 1, "Carl Drumond": 1}
    assert texts(search(index, "harbour", filters={"speaker": [UNATTRIBUTED]})) == \
        ["most harbour residents want a new ferry line"]
    assert [s.quotes for s in find_speakers(index, "drumond")] == [2]
    # the card links each person
    page = create_app(index.path).test_client().get("/?q=harbour+plan").get_data(as_text=True)
    assert 'href="/speakers/nora-vance-ortiz">Nora Vance-Ortiz</a> and ' \
           '<a href="/speakers/carl-drumond">Carl Drumond</a>' in page
