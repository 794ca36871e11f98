"""Questions a journalist would ask, asked of a corpus: does the first page answer?

    python bench/questions.py [--index DIR] [CORPUS]

Ingests CORPUS (default: the PolNeAR train split, read in place, never copied)
into DIR (default /tmp/qs-questions, reused when it exists), asks each question
below as typed into the search box, and judges the first page (20 results):
relevant when some quotation on it is by the speaker the question names (any
name form: the registry decides) and has one of the subject's words (stemmed).
Prints how each question was read, and the count of relevant first pages
(issue 16 asks >= 27 of 30).
"""
from __future__ import annotations

import argparse
import os
import sys

from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.schema import TEXT_ANALYZER
from quotesearch.search import resolve_speaker, search

POLNEAR = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "polnear", "train.jsonl")

# (question as typed, speaker id expected or None for anyone, subject words: any of)
QUESTIONS = [
    ("What did Trump say about Clinton?", "donald-trump", ["clinton", "hillary"]),
    ("What did Hillary Clinton say about Trump?", "hillary-clinton", ["trump"]),
    ("Bernie Sanders on Wall Street", "bernie-sanders", ["wall"]),
    ("Ted Cruz on immigration", "ted-cruz", ["immigration", "immigrants"]),
    ("What did Marco Rubio say about Trump?", "marco-rubio", ["trump"]),
    ("Obama on guns", "barack-obama", ["gun", "guns"]),
    ("what did ben carson say about muslims", "ben-carson", ["muslim", "muslims", "islam"]),
    ("Paul Ryan on Trump", "paul-ryan", ["trump"]),
    ("What did Comey say about Clinton's emails?", "james-comey", ["email", "emails"]),
    ("Jeb Bush on Trump", "jeb-bush", ["trump"]),
    ("what did kasich say about ohio", "john-kasich", ["ohio"]),
    ("Carly Fiorina on Planned Parenthood", "carly-fiorina", ["planned", "parenthood"]),
    ("Chris Christie on terrorism", "chris-christie", ["terrorism", "terrorists", "terror"]),
    ("What did Trump say about Mexico?", "donald-trump", ["mexico", "mexican", "mexicans"]),
    ("Hillary Clinton emails 2016", "hillary-clinton", ["email", "emails"]),
    ("What did Sanders say about trade?", "bernie-sanders", ["trade"]),
    ("What did Obama say about Syria?", "barack-obama", ["syria", "syrian"]),
    ("Putin on Trump", "vladimir-putin", ["trump"]),
    ("What did Trump say about Putin?", "donald-trump", ["putin", "russia"]),
    ("Mike Pence on Trump", "mike-pence", ["trump"]),
    ("What did Joe Biden say about Clinton?", "joe-biden", ["clinton", "hillary"]),
    ("Lindsey Graham on Trump", "lindsey-graham", ["trump"]),
    ("What did Mitch McConnell say about the Supreme Court?", "mitch-mcconnell",
     ["court", "supreme", "garland", "nominee"]),
    ('who said "make America great again"', None, ["great"]),
    ("Trump on the wall", "donald-trump", ["wall"]),
    ("What did Clinton say about Benghazi?", "hillary-clinton", ["benghazi"]),
    ("Tim Kaine on Clinton", "tim-kaine", ["clinton", "hillary"]),
    ("What did Newt Gingrich say about Trump?", "newt-gingrich", ["trump"]),
    ("What did Elizabeth Warren say about Trump?", "elizabeth-warren", ["trump"]),
    ("Trump on immigration in 2015", "donald-trump", ["immigration", "immigrants", "illegal"]),
]


def stems(text: str) -> set[str]:
    return {t.text for t in TEXT_ANALYZER(text)}


def relevant(index: QuoteIndex, hits, speaker_id, words) -> bool:
    wanted = set().union(*(stems(w) for w in words))
    for hit in hits:
        quote = hit.quote
        if speaker_id is not None:
            found = resolve_speaker(index, quote.speaker) if quote.speaker else None
            if found is None or found[0] != speaker_id:
                continue
        if wanted & stems(quote.text):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=POLNEAR)
    parser.add_argument("--index", default="/tmp/qs-questions")
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        print(f"questions: error: {args.corpus}: no such corpus", file=sys.stderr)
        return 2
    index = QuoteIndex.open(args.index, create=True)
    ingest_paths(index, [args.corpus])
    good = 0
    for asked, speaker_id, words in QUESTIONS:
        results = search(index, asked, page_size=20)
        ok = relevant(index, results.hits, speaker_id, words)
        good += ok
        read = results.question.description if results.question else "(as typed)"
        relaxed = f" [{results.relaxed}]" if results.relaxed else ""
        print(f"{'ok ' if ok else 'NO '} {asked!r}: read as {read}; {results.total} found{relaxed}")
    print(f"relevant first pages: {good} of {len(QUESTIONS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
