"""What an index holds: the counts `ingest` prints at its end come from the
facet arrays and the document count (no pass over the stored articles) and
agree with the full count of `quotesearch stats`, through replacements and
removals."""
from __future__ import annotations

import dataclasses
import json
import shutil

from conftest import SEEDS

from quotesearch.index import QuoteIndex, ingest_paths, remove
from quotesearch.index.schema import ARTICLE
from quotesearch.search import index_stats
from quotesearch.search.snapshot import reading


def stored_articles(index: QuoteIndex) -> tuple[int, int]:
    with reading(index) as snap:
        stored = [json.loads(d["data"]) for d in snap.searcher.documents(kind=ARTICLE)]
    return len(stored), sum(len(article["quotes"]) for article in stored)


def test_the_quick_counts_are_the_full_counts_without_sources(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    index = QuoteIndex.open(tmp_path / "index", create=True)
    ingest_paths(index, [str(tmp_path / "seeds")])
    first = min((tmp_path / "seeds").iterdir())
    first.write_text(first.read_text() + "\n\n\"We start again,\" said Ines Duarte, the coach.\n")
    ingest_paths(index, [str(tmp_path / "seeds")])                 # one article replaced
    assert remove(index, str(sorted((tmp_path / "seeds").iterdir())[1]))
    quick = index_stats(index, count_sources=False)     # first: the full count is cached after
    full = index_stats(index)
    assert (full.articles, full.sources) == stored_articles(index)
    assert quick == dataclasses.replace(full, sources=None)
    assert quick.articles == len(list(SEEDS.iterdir())) - 1
