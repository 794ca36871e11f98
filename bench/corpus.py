"""A realistic synthetic corpus of extracted articles, for index and search benchmarks.

    from corpus import synthetic_articles
    for extracted in synthetic_articles(quotes=100_000, source="../shared/eval/polnear/train.jsonl"):
        ...

Quotation texts are sentences of real news articles (the PolNeAR train split,
read in place from ../shared and never copied; the seeds when it is absent);
speakers are person names found in those articles, combined into thousands of
distinct speakers with a realistic skew (a few are quoted very often); dozens
of outlets; dates over ten years; about 8% of quotations are re-reported by
another outlet, some with slightly different punctuation, so deduplication works
as it does on real feeds. Deterministic for a given seed.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import re
from datetime import date, timedelta
from typing import Iterator

from quotesearch.records import Article, ExtractedArticle, Paragraph, Quote

HERE = os.path.dirname(os.path.abspath(__file__))
POLNEAR = os.path.join(HERE, "..", "..", "shared", "eval", "polnear", "train.jsonl")
SEEDS = os.path.join(HERE, "..", "seeds")

OUTLETS = [
    "Harbor Times", "Coastal Daily", "Bay Courier", "Valley News", "Morning Ledger", "Evening Star",
    "Capital Report", "Northern Gazette", "Southern Herald", "Metro Post", "Daily Beacon",
    "River Chronicle", "Plains Tribune", "Lakeside Journal", "Summit Observer", "Global Wire",
    "Pacific Dispatch", "Atlantic Record", "Central Bulletin", "Frontier Press", "Union Leader",
    "City Mirror", "Weekly Standard Review", "Business Monitor", "Policy Review", "Civic Voice",
    "Harbour Examiner", "Prairie Sentinel", "Mountain Times", "Island Courier", "Delta Register",
    "Highland News", "Borough Herald", "County Clarion", "Port Signal", "Bridge Reporter",
    "Forum Daily", "Agora Post", "Meridian News", "Compass Journal",
]
ROLES = ["senator", "governor", "spokesman for the ministry", "professor of economics",
         "chief executive", "mayor", "campaign manager", "minister of finance", "analyst",
         "ambassador", "union leader", "police chief", "party chairman", "senior adviser"]
CUES = ["said", "told reporters", "said in a statement", "added", "noted", "warned", "argued"]
_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
_SENTENCE = re.compile(r"[^.!?\n]{60,400}[.!?]")
_NOT_NAMES = frozenset("""The This That These Those There When What Where While After Before
However And But United New North South East West White House Senate Congress Supreme Court Fox
News Washington York Times Post January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def _texts(source: str) -> Iterator[str]:
    if source and os.path.exists(source):
        with open(source, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)["text"]
    else:
        for name in sorted(os.listdir(SEEDS)):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                yield f.read()


def _material(source: str) -> tuple[list[str], list[str], list[str]]:
    sentences, first, last = [], set(), set()
    for text in _texts(source):
        for m in _SENTENCE.finditer(text):
            s = " ".join(m.group(0).split()).strip("“”\"' ")
            if len(s) > 60 and '"' not in s and "“" not in s:
                sentences.append(s)
        for a, b in _NAME.findall(text):
            if a not in _NOT_NAMES and b not in _NOT_NAMES:
                first.add(a)
                last.add(b)
    return sentences, sorted(first), sorted(last)


def synthetic_articles(quotes: int, source: str = POLNEAR, seed: int = 7,
                       per_article: int = 5, speakers: int = 5000) -> Iterator[ExtractedArticle]:
    rng = random.Random(seed)
    sentences, first, last = _material(source)
    people = sorted({f"{rng.choice(first)} {rng.choice(last)}" for _ in range(speakers * 2)})[:speakers]
    rng.shuffle(people)
    roles = {p: rng.choice(ROLES) for p in people}
    # Zipf-like: speaker k is quoted about 1/k as often as the first
    weights = [1.0 / (k + 1) ** 0.8 for k in range(len(people))]
    # cumulative once: choices(people, weights) re-adds 5,000 weights per call,
    # which made the generator a tenth of the ingest benchmark's main process
    cumulative = list(itertools.accumulate(weights))
    start = date(2015, 1, 1)
    reported: list[tuple[str, str]] = []
    made = 0
    number = 0
    while made < quotes:
        outlet = OUTLETS[int(rng.paretovariate(1.2)) % len(OUTLETS)]
        day = start + timedelta(days=rng.randrange(3650))
        parts, quote_specs = [], []
        title = rng.choice(sentences)[:90]
        parts.append(title)
        offset = len(title) + 2
        n = min(per_article, quotes - made)
        for _ in range(n):
            if reported and rng.random() < 0.08:
                speaker, text = rng.choice(reported)
                text = text.rstrip(".") + ("." if rng.random() < 0.5 else "")
            else:
                speaker = rng.choices(people, cum_weights=cumulative)[0]
                text = rng.choice(sentences)
                if len(reported) < 200_000:
                    reported.append((speaker, text))
            kind = rng.choices(["direct", "indirect", "mixed"], [6, 3, 1])[0]
            cue = rng.choice(CUES)
            if kind == "direct":
                paragraph = f"“{text}” {speaker}, {roles[speaker]}, {cue}."
                q_start = offset + 1
            else:
                paragraph = f"{speaker}, {roles[speaker]}, {cue} that {text}"
                q_start = offset + len(f"{speaker}, {roles[speaker]}, {cue} that ")
            quote_specs.append((q_start, text, speaker, kind, cue, paragraph, offset))
            parts.append(paragraph)
            offset += len(paragraph) + 2
        body = "\n\n".join(parts)
        number += 1
        article_id = hashlib.blake2b(f"{seed}-{number}".encode(), digest_size=8).hexdigest()
        paragraphs = [Paragraph(0, len(title), "headline")]
        q_objects = []
        for q_start, text, speaker, kind, cue, paragraph, p_start in quote_specs:
            paragraphs.append(Paragraph(p_start, p_start + len(paragraph), "body"))
            q_objects.append(Quote(text=text, start=q_start, end=q_start + len(text), type=kind,
                                   speaker=speaker, speaker_kind="person", role=roles[speaker],
                                   cue=cue.split()[0] if kind != "direct" else cue, via=None,
                                   paragraph=paragraph))
        article = Article(id=article_id, text=body, file=None, title=title, outlet=outlet,
                          date=day.isoformat(), url=f"https://{outlet.lower().replace(' ', '')}.example/{article_id}",
                          paragraphs=tuple(paragraphs))
        made += n
        yield ExtractedArticle(article=article, quotes=q_objects)
