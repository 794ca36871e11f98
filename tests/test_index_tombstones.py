"""Removed quotations: their ids are kept, with a close rewording as successor, so a
cited permalink answers "removed" (and where to look) instead of "never existed"."""
from __future__ import annotations

import json

import pytest

from quotesearch.index import QuoteIndex, ingest_paths, remove, tombstones
from quotesearch.web import create_app

STORY = ("Budget row\n\n\"We will not sign this budget in its present form,\" said Ida Marsh, "
         "the opposition leader.\n\n\"The talks went well,\" Marsh added.\n")
REWORDED = STORY.replace("We will not sign this budget in its present form",
                         "We will not sign this budget in its current form")
REPLACED = STORY.replace("We will not sign this budget in its present form",
                         "Nobody here trusts the finance ministry's figures")


# (removed speaker, removed text, candidates (id, speaker, text), successor)
CLOSEST = [
    ("Ida Marsh", "We will not sign this budget in its present form",
     [("a", "Ida Marsh", "We will not sign this budget in its current form"),
      ("b", "Ida Marsh", "The talks went well")], "a"),
    ("Ida Marsh", "We will not sign this budget in its present form",
     [("b", "Ida Marsh", "Nobody here trusts the finance ministry's figures")], None),
    # another speaker's words must be nearly the same to stand in
    ("Ida Marsh", "We will not sign this budget in its present form",
     [("c", "Tom Reed", "We will not sign this budget in its current form")], None),
    ("Ida Marsh", "We will not sign this budget in its present form",
     [("c", "Marsh", "We will not sign this budget in its present form today")], "c"),
]


@pytest.mark.parametrize("speaker, text, candidates, successor", CLOSEST)
def test_the_successor_is_the_closest_rewording(speaker, text, candidates, successor):
    assert tombstones.closest(speaker, text, candidates) == successor


def ids_by_text(index: QuoteIndex) -> dict[str, str]:
    with index.searcher() as s:
        return {r["text"]: r["id"] for r in index.iter_kind("quote", s)}


def ingest_then_edit(tmp_path, edited: str):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(story)])
    before = ids_by_text(index)
    story.write_text(edited, encoding="utf-8")
    ingest_paths(index, [str(story)])
    return index, before, ids_by_text(index)


def test_a_reworded_quotation_leaves_a_tombstone_pointing_at_its_successor(tmp_path):
    index, before, after = ingest_then_edit(tmp_path, REWORDED)
    old_id = before["We will not sign this budget in its present form,"]
    new_id = after["We will not sign this budget in its current form,"]
    gone = tombstones.lookup(index.path, old_id)
    assert (gone.id, gone.speaker, gone.successor) == (old_id, "Ida Marsh", new_id)
    assert gone.text.startswith("We will not sign")
    # the unchanged quotation is live and has no tombstone
    assert tombstones.lookup(index.path, before["The talks went well,"]) is None


def test_a_removed_article_leaves_tombstones_without_successor(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(story)])
    ids = ids_by_text(index)
    remove(index, str(story))
    client = create_app(index.path).test_client()
    for quote_id in ids.values():
        gone = tombstones.lookup(index.path, quote_id)
        assert gone is not None and gone.successor is None
        # the index is now empty of articles, and still says the quotation was removed
        assert client.get(f"/quotes/{quote_id}").status_code == 410
        assert client.get(f"/api/quotes/{quote_id}").get_json()["successor"] is None


def test_a_quotation_indexed_again_loses_its_tombstone(tmp_path):
    index, before, _ = ingest_then_edit(tmp_path, REPLACED)
    old_id = before["We will not sign this budget in its present form,"]
    assert tombstones.lookup(index.path, old_id) is not None
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    ingest_paths(index, [str(tmp_path / "story.txt")])
    assert ids_by_text(index)["We will not sign this budget in its present form,"] == old_id
    assert tombstones.lookup(index.path, old_id) is None


def test_the_store_keeps_the_newest_ids(tmp_path, monkeypatch):
    monkeypatch.setattr(tombstones, "MAX_TOMBSTONES", 3)
    for n in range(5):
        tombstones.record(str(tmp_path), {f"id{n}": ("X", "words", None)})
    data = json.loads((tmp_path / tombstones.FILE_NAME).read_text(encoding="utf-8"))
    assert list(data) == ["id2", "id3", "id4"]


def test_a_removed_id_answers_410_in_html_and_json_with_its_successor(tmp_path):
    index, before, after = ingest_then_edit(tmp_path, REWORDED)
    old_id = before["We will not sign this budget in its present form,"]
    new_id = after["We will not sign this budget in its current form,"]
    client = create_app(index.path).test_client()
    page = client.get(f"/quotes/{old_id}")
    assert page.status_code == 410
    html = page.get_data(as_text=True)
    assert "removed" in html and f'href="/quotes/{new_id}"' in html
    api = client.get(f"/api/quotes/{old_id}")
    assert api.status_code == 410
    data = api.get_json()
    assert (data["id"], data["successor"], data["successor_url"]) == (old_id, new_id, f"/api/quotes/{new_id}")
    # an id that never existed is still "not found"
    assert client.get("/quotes/0123456789abcdef").status_code == 404
    assert client.get("/api/quotes/0123456789abcdef").status_code == 404
