"""The five seed articles, end to end: `extract_article` against the hand-made gold.

The gold (`../shared/gold/seeds.jsonl`) and its scorer (`../shared/eval/score.py`)
live beside the repository; the scoring tests are skipped when they are absent.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from quotesearch.extract import extract_article
from quotesearch.records import Article, ExtractedArticle

REPO = Path(__file__).resolve().parents[1]
SEED_FILES = sorted((REPO / "seeds").glob("*.txt"))
SCORER = REPO.parent / "shared" / "eval" / "score.py"
GOLD = REPO.parent / "shared" / "gold" / "seeds.jsonl"
QUOTE_MARKS = "“”\"«»„"

MIN_E2E_F1 = 0.90


def extract_seed(path: Path) -> ExtractedArticle:
    return extract_article(Article(id=path.stem, text=path.read_text(encoding="utf-8"), file=str(path)))


def as_prediction(extracted: ExtractedArticle) -> dict:
    record = extracted.to_json()
    record["file"] = Path(record["file"]).name
    return record


@pytest.fixture(scope="module")
def extracted() -> list[ExtractedArticle]:
    return [extract_seed(p) for p in SEED_FILES]


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}")
    if not GOLD.is_file():
        pytest.skip(f"seed gold not found at {GOLD}")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(scorer, extracted):
    gold = scorer.load(str(GOLD))
    predictions = {p["file"]: p for p in map(as_prediction, extracted)}
    assert set(predictions) == set(gold), "every gold article has a seed file and vice versa"
    result, errors = scorer.score(gold, predictions, show_errors=20)
    return result, errors


def test_there_are_five_seeds():
    assert len(SEED_FILES) == 5


def test_end_to_end_f1_with_exact_speakers(scores):
    result, errors = scores
    f1 = result["end_to_end"]["f1"]
    assert result["speaker_rule"] == "exact"
    assert f1 >= MIN_E2E_F1, f"end-to-end F1 {f1:.3f} < {MIN_E2E_F1}; errors:\n" + "\n".join(map(str, errors))


def test_outlet_and_date_are_right_for_every_seed(scores):
    result, _ = scores
    assert result["outlet_accuracy"] == 1.0
    assert result["date_accuracy"] == 1.0


def test_offsets_are_exact_for_every_quote(extracted):
    for article in extracted:
        text = article.article.text
        assert article.quotes, f"{article.article.file}: no quotes"
        for q in article.quotes:
            assert text[q.start:q.end] == q.text, (article.article.file, q)
            assert q.text and q.text == q.text.strip(), (article.article.file, q)
            for s, e in q.fragments:
                assert q.start <= s < e <= q.end, (article.article.file, q)
            if q.type == "direct":
                for s, e in q.fragments or [(q.start, q.end)]:
                    assert text[s - 1] in QUOTE_MARKS, (article.article.file, q)


def test_extraction_is_deterministic(extracted):
    again = [extract_seed(p) for p in SEED_FILES]
    first = [json.dumps(a.to_json(with_paragraph=True), sort_keys=True) for a in extracted]
    second = [json.dumps(a.to_json(with_paragraph=True), sort_keys=True) for a in again]
    assert first == second


def test_extraction_does_not_depend_on_the_articles_read_before(extracted):
    reversed_run = {p.name: extract_seed(p) for p in reversed(SEED_FILES)}
    for path, article in zip(SEED_FILES, extracted):
        assert reversed_run[path.name].to_json(with_paragraph=True) == article.to_json(with_paragraph=True)
