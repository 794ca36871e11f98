"""Writing the index: idempotent re-ingest, replacement, removal, dedup across
outlets and the speaker registry, all on real on-disk indexes."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import numpy as np

import pytest

from conftest import SEEDS, WIRE_STORIES, write_jsonl
from quotesearch.extract import extract_article
from quotesearch.index import IndexNotFound, IndexUnusable, QuoteIndex, ingest_paths, remove
from quotesearch.index.build import labeller_for
from quotesearch.index.known import KnownTerms, term_hash
from quotesearch.index.prepare import content_digest, source_key
from quotesearch.index.writer import Batch
from quotesearch.ingest import read_articles
from quotesearch.search import find_speakers, index_stats, search, speaker_profile


def all_records(index: QuoteIndex, kind: str) -> list[dict]:
    with index.searcher() as s:
        return list(index.iter_kind(kind, s))


def test_ingesting_the_same_files_again_changes_nothing(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    first = ingest_paths(index, [str(SEEDS)])
    generation = index.generation()
    before = index_stats(index)
    again = ingest_paths(index, [str(SEEDS)])
    assert (first.added, again.added, again.unchanged, again.quotes) == (5, 0, 5, 0)
    assert index_stats(index) == before
    # an empty batch commits nothing new... or at most an empty generation
    assert index.generation() <= generation + 1


def test_a_copy_of_a_file_under_another_name_is_not_indexed_twice(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "a")
    shutil.copytree(SEEDS, tmp_path / "b")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    report = ingest_paths(index, [str(tmp_path / "a"), str(tmp_path / "b")])
    assert report.added == 5 and report.unchanged == 5
    assert index_stats(index).articles == 5


def test_a_changed_article_replaces_its_old_quotations(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Budget row\n\n\"We will not sign this budget,\" said Ida Marsh, the "
                       "opposition leader.\n", encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    assert ingest_paths(index, [str(article)]).added == 1
    assert search(index, "budget").total == 1
    article.write_text("Budget row\n\n\"We will sign this budget after all,\" said Ida Marsh, "
                       "the opposition leader.\n\n\"The talks went well,\" Marsh added.\n",
                       encoding="utf-8")
    report = ingest_paths(index, [str(article)])
    assert (report.added, report.replaced) == (0, 1)
    texts = sorted(h.quote.text for h in search(index, "").hits)
    assert texts == ["The talks went well,", "We will sign this budget after all,"]
    assert index_stats(index).articles == 1


def test_the_same_quotation_from_three_outlets_is_one_record_listing_every_source(wire_index):
    results = search(wire_index, '"container terminal"')
    assert results.total == 1
    quote = results.hits[0].quote
    assert quote.speaker == "Maria Lindqvist"
    assert quote.source_count == 3
    # earliest first
    assert [(s.outlet, s.date) for s in quote.sources] == [
        ("Coastal Daily", "2023-03-01"), ("Harbor Times", "2023-03-02"), ("Bay Courier", "2023-03-05")]
    assert quote.date == "2023-03-01"
    assert [s.url for s in quote.sources] == [
        "https://coastal.example/lindqvist", "https://harbor.example/port-deal",
        "https://bay.example/terminal"]
    # the outlet facet counts the one quotation under each outlet
    outlets = {v.value: v.count for v in results.facets["outlet"]}
    assert outlets == {"Coastal Daily": 1, "Harbor Times": 1, "Bay Courier": 1}


def test_removing_one_source_keeps_the_quotation_with_the_others(tmp_path):
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(stories)])
    assert remove(index, "coast-7") == ["coast-7"]
    quote = search(index, '"container terminal"').hits[0].quote
    assert [s.outlet for s in quote.sources] == ["Harbor Times", "Bay Courier"]
    assert quote.date == "2023-03-02"
    remove(index, "harbor-1")
    remove(index, "bay-3")
    assert search(index, '"container terminal"').total == 0
    assert [s.name for s in find_speakers(index, "lindq")] == []
    assert index_stats(index).articles == 1


def test_remove_by_path_drops_every_article_read_from_it(tmp_path):
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS), str(stories)])
    assert sorted(remove(index, str(stories))) == sorted(a["id"] for a in WIRE_STORIES)
    assert index_stats(index).articles == 5
    assert len(remove(index, str(SEEDS))) == 5
    stats = index_stats(index)
    assert (stats.articles, stats.quotes, stats.speakers) == (0, 0, 0)
    assert remove(index, "no-such-article") == []


def test_speaker_registry_keeps_aliases_and_roles_with_dates(wire_index):
    zhang = speaker_profile(wire_index, "zhang-hanhui")
    assert zhang.name == "Zhang Hanhui"
    assert "Zhang" in dict(zhang.aliases)
    assert "Chinese Ambassador to Russia" in [r for r, _, _ in zhang.roles]
    assert zhang.quotes == search(wire_index, "", filters={"speaker": ["Zhang Hanhui"]}).total
    assert {o for o, _ in zhang.outlets} == {"China Daily", "Xinhua", "Daily Mail"}
    lindqvist = speaker_profile(wire_index, "maria-lindqvist")
    assert "Lindqvist" in dict(lindqvist.aliases)
    roles = {r: (first, last) for r, first, last in lindqvist.roles}
    # two outlets gave the role on two dates: first and last seen
    assert roles["director of the harbour authority"] == ("2023-03-01", "2023-03-02")


@pytest.mark.parametrize("prefix, expected", [
    ("zh", "Zhang Hanhui"),
    ("Zhang", "Zhang Hanhui"),
    ("chinese pres", "Xi Jinping"),       # an alias: "Chinese President Xi Jinping"
    ("putin", "Vladimir Putin"),
    ("LINDQ", "Maria Lindqvist"),
])
def test_speakers_autocomplete_by_any_alias(wire_index, prefix, expected):
    assert expected in [s.name for s in find_speakers(wire_index, prefix)]


def test_opening_a_missing_index_says_how_to_make_one(tmp_path):
    with pytest.raises(IndexNotFound, match="quotesearch ingest"):
        QuoteIndex.open(tmp_path / "nothing")


def test_a_folder_of_other_files_is_not_taken_for_an_index(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(IndexUnusable):
        QuoteIndex.open(tmp_path, create=True)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_records_are_stored_whole(wire_index):
    articles = all_records(wire_index, "article")
    assert len(articles) == 9
    harbor = wire_index.article("harbor-1")
    assert harbor.article.outlet == "Harbor Times"
    assert harbor.article.text.startswith("Port deal signed")
    for mention in harbor.quotes:
        quote = wire_index.quote(mention["quote"])
        assert any(s.article == "harbor-1" and s.start == mention["start"] for s in quote.sources)
        assert harbor.article.text[mention["start"]:mention["end"]] in json.dumps(
            [s.text for s in quote.sources], ensure_ascii=False) or mention["type"] != "direct"


# -- which segments a lookup goes to (KnownTerms) ------------------------------

def test_reports_in_separate_commits_of_one_ingest_are_still_one_quotation(tmp_path):
    # one article per commit: each report must be found in the segment the
    # previous commit of the same ingest wrote
    stories = write_jsonl(tmp_path / "wire.jsonl", WIRE_STORIES)
    index = QuoteIndex.open(tmp_path / "index", create=True)
    report = ingest_paths(index, [str(stories)], batch_size=1)
    assert report.added == len(WIRE_STORIES)
    results = search(index, '"container terminal"')
    assert results.total == 1 and results.hits[0].quote.source_count == 3
    at_once = QuoteIndex.open(tmp_path / "at-once", create=True)
    ingest_paths(at_once, [str(stories)])
    assert index_stats(index) == index_stats(at_once)     # replaced records, not extra ones
    again = ingest_paths(index, [str(stories), str(SEEDS)], batch_size=2)
    assert (again.added, again.unchanged) == (5, len(WIRE_STORIES))
    assert search(index, '"container terminal"').hits[0].quote.source_count == 3


def _segment_of(leaf) -> str:
    return leaf.segment().segment_id()


def test_a_known_term_is_looked_up_only_in_the_segment_holding_it(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)], batch_size=1)          # five segments
    with index.searcher() as searcher:
        reader = searcher.reader()
        known = KnownTerms(reader)
        assert len(known.leaves) == 5
        doc_ids = ["a:" + record["article"]["id"] for record in index.iter_kind("article", searcher)]
        assert len(doc_ids) == 5
        for doc_id in doc_ids:
            places = known.places("id", doc_id)
            assert len(places) == 1
            leaf, _ = places[0]
            assert ("id", doc_id) in leaf
        assert not known.may_contain("id", "a:never-indexed")


def test_terms_written_by_a_commit_are_placed_in_the_segment_it_made(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)], batch_size=1)
    labeller, topics_id = labeller_for(index)
    story = write_jsonl(tmp_path / "one.jsonl", WIRE_STORIES[:1])
    article = next(a for a in read_articles([str(story)]))
    first = Batch(index, labeller, topics_id)
    known = KnownTerms(first.reader)
    first.known = known
    assert first.add(extract_article(article)) == "added"
    first.commit()

    following = Batch(index, labeller, topics_id, known)     # syncs with the new generation
    try:
        places = known.places("id", "a:" + article.id)
        assert len(places) == 1
        newest = {_segment_of(leaf) for leaf, _ in following.reader.leaf_readers()} - \
            {_segment_of(leaf) for leaf, _ in first.reader.leaf_readers()}
        assert {_segment_of(places[0][0])} == newest
        assert following.is_unchanged(source_key(article), content_digest(article.text, topics_id))
    finally:
        following.close()



def _saved_hashes(index: QuoteIndex) -> dict[str, np.ndarray]:
    folder = pathlib.Path(index.path) / "known"
    return {p.name.split(".")[0]: np.load(p) for p in folder.glob("*.npy")}


def test_each_segments_term_hashes_are_saved_for_the_next_ingest(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)], batch_size=2)           # commits of 2, 2 and 1
    ingest_paths(index, [str(SEEDS)])                          # reads them back, unchanged
    saved = _saved_hashes(index)
    with index.searcher() as searcher:
        reader = searcher.reader()
        segments = {_segment_of(leaf): leaf for leaf, _ in reader.leaf_readers()}
        assert set(saved) == set(segments)
        read = KnownTerms(reader)                               # from the segments, no files
        for segment_id, hashes in saved.items():
            # what the commit saved holds every term the segment has
            assert set(read.segments[segment_id].tolist()) <= set(hashes.tolist())


def test_saved_hashes_are_used_and_a_damaged_file_is_read_again(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)])
    (segment_id, hashes), = _saved_hashes(index).items()
    folder = pathlib.Path(index.path) / "known"
    marked = np.unique(np.append(hashes, term_hash("id", "a:only-in-the-file")))
    np.save(folder / f"{segment_id}.npy", marked)
    with index.searcher() as searcher:
        assert KnownTerms(searcher.reader(), index.path).may_contain("id", "a:only-in-the-file")
    (folder / f"{segment_id}.npy").write_bytes(b"not an array")
    with index.searcher() as searcher:
        known = KnownTerms(searcher.reader(), index.path)
        assert not known.may_contain("id", "a:only-in-the-file")
        assert np.array_equal(np.load(folder / f"{segment_id}.npy"), known.segments[segment_id])


def test_files_of_segments_no_longer_in_the_index_are_removed(tmp_path):
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(SEEDS)])
    folder = pathlib.Path(index.path) / "known"
    (folder / "quotes_merged-away.npy").write_bytes(b"")
    (folder / "quotes_half-written.npy.tmp").write_bytes(b"")
    ingest_paths(index, [str(SEEDS)])
    assert {p.name for p in folder.iterdir()} == {f"{s}.npy" for s in _saved_hashes(index)}


def test_term_hashes_are_the_same_in_every_process():
    code = "from quotesearch.index.known import term_hash; print(term_hash('dupsig', 'm1f2e3d'))"
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
               for seed in ("1", "2", "3")}
    assert outputs == {str(term_hash("dupsig", "m1f2e3d"))}


def test_an_article_repeating_a_quotation_is_one_source_of_it(tmp_path):
    story = tmp_path / "loop.txt"
    story.write_text("".join(f"Item {i}. “We will keep fighting,” the senator said on Tuesday.\n\n"
                             for i in range(40)), encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(story)])
    (quote,) = all_records(index, "quote")
    assert quote["text"] == "We will keep fighting,"
    assert len(quote["sources"]) == 1
    (article,) = all_records(index, "article")
    # every repeat is still marked in the article, and all point at the one record
    (read,) = read_articles([str(story)])
    assert len(article["quotes"]) == len(extract_article(read).quotes) > 30
    assert {m["quote"] for m in article["quotes"]} == {quote["id"]}


STORY = ("Budget row\n\n\"We will not sign this budget,\" said Ida Marsh, the opposition leader.\n\n"
         "\"The talks went well,\" Marsh added.\n")


def quote_ids(index: QuoteIndex) -> dict[str, str]:
    return {r["text"]: r["id"] for r in all_records(index, "quote")}


# A quotation keeps its id while its words and speaker are unchanged, whatever else
# in its article is edited (permalinks are cited).
EDITS = [
    STORY + "\nThe vote is on Friday.\n",                                   # a sentence added
    STORY.replace("Budget row", "Budget row deepens"),                      # the headline edited
    STORY.replace("\n\n\"The talks", "\n\nThe session ran late.\n\n\"The talks"),  # a paragraph inserted
]


@pytest.mark.parametrize("edited", EDITS)
def test_an_edited_article_keeps_the_ids_of_its_unchanged_quotations(tmp_path, edited):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(story)])
    before = quote_ids(index)
    story.write_text(edited, encoding="utf-8")
    assert ingest_paths(index, [str(story)]).replaced == 1
    assert quote_ids(index) == before
