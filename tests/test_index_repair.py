"""Specification of `quotesearch.index.repair` and of damaged indexes on the
command line: each kind of damage is a one-line error naming the file and the
way to recover, `check-index` lists it, `repair` rebuilds the readable articles."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, SEEDS, create_index_without_words

from quotesearch.index import QuoteIndex, ingest_paths


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    folder = tmp_path_factory.mktemp("repair") / "index"
    ingest_paths(QuoteIndex.open(folder, create=True), [SEEDS], batch_size=2)   # several segments
    assert len(glob.glob(str(folder / "*.seg"))) > 1
    return folder


def cut_toc(folder):
    (toc,) = glob.glob(str(folder / "_quotes_*.toc"))
    with open(toc, "r+b") as f:
        f.truncate(40)
    return os.path.basename(toc)


def empty_toc(folder):
    (toc,) = glob.glob(str(folder / "_quotes_*.toc"))
    open(toc, "wb").close()
    return os.path.basename(toc)


def missing_segment(folder):
    segment = min(glob.glob(str(folder / "*.seg")))
    os.remove(segment)
    return os.path.basename(segment)


def cut_segment(folder):
    segment = min(glob.glob(str(folder / "*.seg")))
    with open(segment, "r+b") as f:
        f.truncate(os.path.getsize(segment) // 2)
    return os.path.basename(segment)


DAMAGE = [(cut_toc, False), (empty_toc, False), (missing_segment, True), (cut_segment, True)]


@pytest.mark.parametrize("damage, repairable", DAMAGE, ids=lambda d: getattr(d, "__name__", str(d)))
def test_damage_is_a_one_line_error_naming_the_file_and_the_way_out(whole, tmp_path, damage, repairable):
    folder = tmp_path / "index"
    shutil.copytree(whole, folder)
    damaged_file = damage(folder)
    for command in (["stats"], ["search", "said"], ["check", "the minister said the talks would resume"], ["speakers"],
                    ["remove", "nothing"], ["ingest", SEEDS]):
        result = run(*command, "--index", folder)
        assert result.returncode == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        line = result.stderr.strip().splitlines()[-1]
        assert line.startswith("quotesearch: error: ") and damaged_file in line, (command, line)
        if repairable:
            assert "check-index" in line and "repair" in line
        else:   # a lost table of contents leaves nothing to repair: the line says to ingest again
            assert "ingest the articles again" in line and "quotesearch repair" not in line

    check = run("check-index", "--index", folder)
    assert check.returncode == 1 and damaged_file in check.stderr

    repair = run("repair", "--index", folder)
    assert "Traceback" not in repair.stderr
    if repairable:
        assert repair.returncode == 0, repair.stderr
        assert "lost" in repair.stdout and "damaged folder is kept" in repair.stdout
        assert run("check-index", "--index", folder).returncode == 0
        stats = run("stats", "--index", folder)
        assert stats.returncode == 0 and "articles: " in stats.stdout
        kept = glob.glob(str(tmp_path / "index.damaged-*"))
        assert len(kept) == 1
    else:
        assert repair.returncode == 1 and "ingest the sources again" in repair.stderr


def test_a_whole_index_checks_whole_and_needs_no_repair(whole):
    check = run("check-index", "--index", whole)
    assert check.returncode == 0 and "whole" in check.stdout
    assert run("repair", "--index", whole).stdout.strip().endswith("nothing to repair")


def test_repair_writes_the_words_column_an_older_index_lacked(tmp_path):
    from quotesearch.index.repair import repair_index
    from quotesearch.index.wordseq import FIELD
    from quotesearch.search import search
    folder = tmp_path / "index"
    ingest_paths(create_index_without_words(folder), [SEEDS], batch_size=2)
    before = search(QuoteIndex.open(folder), '"bilateral trade"')
    missing_segment(folder)
    assert repair_index(str(folder)).articles
    index = QuoteIndex.open(folder)
    with index.searcher() as searcher:
        assert FIELD in searcher.schema
        assert all(r.has_column(FIELD) for r, _ in searcher.reader().leaf_readers() if r.doc_count())
    after = search(index, '"bilateral trade"')
    assert before.total and {h.quote.id for h in after.hits} <= {h.quote.id for h in before.hits}
