"""Topic labels: the few subjects a quotation is about.

Automatic labels are salient noun phrases of the article the quotation comes
from, weighed two ways:

* against the article: a phrase the article repeats is one of its subjects;
* against general English (word frequencies from the ``wordfreq`` package, which
  ships its data): "bilateral trade" and "Winter Olympics" are specific, "people"
  and "way" are not.

Candidates are proper-noun runs ("Winter Olympics", "Belt and Road") that are
not the names of the article's speakers, and noun phrases of one to three
lower-case words ("bilateral trade", "trade turnover") whose shape says noun:
seen after a determiner, preposition or possessive, or led by an adjective.
A quotation is labelled with up to `MAX_TOPICS` candidates found in its own
words, the most salient first; one with none borrows from its paragraph.

A topic file (``Name: keyword, another keyword`` per line) names topics by
keywords; a quotation matching any named topic gets those names instead of the
automatic labels.
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..extract.aliases import titled_names
from ..extract.gender import FIRST_NAMES
from ..extract.lexicon import BARE_AFFILIATIONS
from ..extract.outlets import KNOWN_OUTLETS
from ..records import ExtractedArticle
from .topic_words import (
    TITLE_WORDS,
    ends_like_a_noun,
    is_generic,
    is_title,
    singular,
    singular_phrase,
)

MAX_TOPICS = 3

_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*[\w]|[A-Za-z]|[.!?;:,“”\"()\[\]—–]|\d[\d,.]*")
_SENTENCE_BREAK = set(".!?;:“”\"()[]—–")

STOPWORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot could did do does doing done down due during each
either else elsewhere enough etc even ever every everyone everything everywhere except few first
for former formerly from further get gets got had has have having he hence her here hereby herein
hers herself him himself his how however i if in indeed into is it its itself just last latter
least less made make makes many may me meanwhile might mine more moreover most mostly much must my
myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of
off often on once one only onto or other others otherwise our ours ourselves out over own per
perhaps please put quite rather re really said same say says see seem seemed seeming seems several
she should since so some somehow someone something sometime sometimes somewhere still such than
that the their theirs them themselves then thence there thereafter thereby therefore therein
thereupon these they this those though through throughout thru thus to together too toward towards
under until up upon us very via was we well were what whatever when whence whenever where whereas
whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why
will with within without would yet you your yours yourself yourselves told tell tells telling
added adds noted notes stressed stresses pointed according asked asks stated states warned warns
urged urges called calls claimed claims insisted explained announced reported reports believe
believes think thinks thought want wants wanted like likes go goes going went come comes came take
takes took give gives gave know knows knew let lets need needs needed new old good bad great big
small large long high low own able sure likely ahead amid despite including include includes
included become mr mrs ms dr st jr sr
""".split())

# Nouns too general to be a subject anyone would browse by.
GENERIC = frozenset("""
time times way ways thing things people person year years day days week weeks month months part
parts number numbers lot lots kind kinds sort side sides case cases point points fact facts place
places area areas end ends matter matters issue issues question questions problem problems example
group groups country countries world state states government official officials statement
statements interview comments comment remarks report reports news today yesterday tomorrow
morning evening night percent per cent billion million thousand hundred dollars end beginning
moment period term level levels field fields form forms step steps effort efforts role roles
aspect aspects basis side heads head sides spokesperson spokesman spokeswoman minister president ambassador leader
leaders chairman director head member members expert experts analyst analysts source sources
touch lack importance strength opportunity opportunities product products sector sectors
""".split())

_MONTHS_DAYS = frozenset("""
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

_TITLES = frozenset("""
president minister ambassador prime vice deputy secretary spokesperson spokesman spokeswoman
chairman chairwoman director general chief senator governor mayor king queen prince premier
professor dr mr mrs ms envoy counselor counsellor consul former
""".split()) | TITLE_WORDS
_OUTLETS = frozenset(name.lower().removeprefix("the ") for name in KNOWN_OUTLETS) | frozenset(
    name.lower().removesuffix(" news") for name in KNOWN_OUTLETS if name.endswith(" News"))
# "Sen. Bernie Sanders", "Donald J. Trump": the full stop of an abbreviated title
# or an initial ends no sentence (it would leave "Sen" alone at a sentence's end).
_ABBREVIATION_STOP = re.compile(r"\b([A-Z]|[A-Z][a-z]{1,3})\.(?=[^\S\n]+[A-Z])")

_NOUN_CONTEXT = frozenset("""
the a an of in on for this that these those its their our his her your my about into from with
between over against among toward towards any some no each every such
""".split())

_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ous", "ian", "ese", "ish", "ful", "less", "able",
                      "ible", "ent", "ant", "ern", "ory")
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "de"})
_NUMBERS = frozenset("two three four five six seven eight nine ten both first second third".split())
# Nationality and other proper adjectives ("Chinese", "Western") qualify subjects;
# on their own they are not one.
_PROPER_ADJECTIVE = re.compile(r"(?:ese|ian|ean|ican|ern|ish|ic)$")
_PERSON_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:’s|'s)?[^\S\n]+(?:administration|presidency|campaign|family)\b")
_CAPITALISED_RUN = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-.]*(?:[^\S\n]+[A-Z][\w’'\-.]*)+")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common ``word`` is in English, 0 (unseen) to about 8 ("the")."""
    from wordfreq import zipf_frequency  # loaded on first use: its lists take ~0.1 s
    return zipf_frequency(word, "en")


def _specificity(words: Iterable[str]) -> float:
    values = [max(0.5, 7.5 - zipf(w.lower())) for w in words if w.lower() not in _CONNECTORS]
    return sum(values) / len(values) if values else 0.0


@dataclass(frozen=True)
class NamedTopic:
    name: str
    keywords: tuple[str, ...]

    def matches(self, text: str) -> bool:
        return any(_keyword_pattern(k).search(text) for k in self.keywords)


@lru_cache(maxsize=4096)
def _keyword_pattern(keyword: str) -> re.Pattern:
    words = [re.escape(w) for w in keyword.split()]
    return re.compile(r"\b" + r"\W+".join(words) + r"(?:e?s)?\b", re.IGNORECASE)


class TopicFileError(ValueError):
    pass


def parse_topic_file(text: str, name: str = "topic file") -> list[NamedTopic]:
    """Topics from lines ``Topic name: keyword, key phrase, …`` (``#`` starts a comment)."""
    topics = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        label, sep, keywords = line.partition(":")
        keys = tuple(k.strip() for k in keywords.split(",") if k.strip())
        if not sep or not label.strip() or not keys:
            raise TopicFileError(f"{name}, line {number}: expected 'Topic name: keyword, keyword'")
        topics.append(NamedTopic(label.strip(), keys))
    return topics


def load_topic_file(path: str | os.PathLike) -> list[NamedTopic]:
    try:
        with open(path, encoding="utf-8") as f:
            return parse_topic_file(f.read(), os.fspath(path))
    except (OSError, UnicodeDecodeError) as error:
        raise TopicFileError(f"{os.fspath(path)}: cannot read topic file: {error}") from error


# ---------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------

def _sentences(text: str) -> Iterable[list[str]]:
    sentence: list[str] = []
    text = _ABBREVIATION_STOP.sub(lambda m: m.group(1) if _abbreviation(m.group(1)) else m.group(0), text)
    for token in _TOKEN.findall(text):
        if token in _SENTENCE_BREAK or token == ",":
            if sentence:
                yield sentence + ([","] if token == "," else [])
            if token != ",":
                sentence = []
            else:
                sentence = []
            continue
        sentence.append(token)
    if sentence:
        yield sentence


def _abbreviation(word: str) -> bool:
    return len(word) == 1 or word.lower() in TITLE_WORDS


def person_words(text: str) -> set[str]:
    """Lower-case words of the people an article names with a first name
    ("Hillary Clinton", "Donald J. Trump"): such words are names, not subjects."""
    found = set()
    for m in _CAPITALISED_RUN.finditer(text):
        run = [w.removesuffix("’s").removesuffix("'s").rstrip(".") for w in m.group(0).split()]
        # "Republican Donald Trump": the name starts at the first name inside the run
        for i, word in enumerate(run[:-1]):
            if word in FIRST_NAMES_CAPITALISED:
                rest = run[i + 1:i + 4]
                if len(rest) == 3 and len(rest[0]) > 1:
                    rest = rest[:2]
                if not any(w.lower() in _OUTLETS or w.lower() in TITLE_WORDS for w in rest):
                    found.update(w.lower() for w in [word] + rest if len(w) > 1)
                break
    # "the Obama administration", "the Trump campaign": only people have these
    found.update(m.group(1).lower() for m in _PERSON_BEFORE.finditer(text)
                 if m.group(1).lower() not in TITLE_WORDS)
    return found


FIRST_NAMES_CAPITALISED = frozenset(n.capitalize() for n in FIRST_NAMES)


@lru_cache(maxsize=100_000)   # pure, and asked for every word or key of every article
def _key(label: str) -> str:
    """Singular and plural, and case, count as one topic."""
    return singular_phrase(label).lower()


@lru_cache(maxsize=100_000)   # pure, and asked for every word or key of every article
def _written_forms(key: str) -> tuple[str, ...]:
    """How a topic key may be written in a quotation: singular or plural."""
    forms = [key, key + "s", key + "es"]
    if key.endswith("y"):
        forms.append(key[:-1] + "ies")
    return tuple(f" {f} " for f in forms)


class _Candidates:
    """Topic candidates of one article: counts, the forms seen, noun evidence."""

    def __init__(self, person_words: set[str], exclude: set[str]):
        self.person_words = person_words
        self.exclude = exclude
        self.count: Counter = Counter()
        self.forms: dict[str, Counter] = {}
        self.nounlike: set[str] = set()
        self.mid_capitals: set[str] = set()

    def add(self, label: str, nounlike: bool) -> None:
        key = _key(label)
        if key in self.exclude:
            return
        self.count[key] += 1
        forms = self.forms.get(key)
        if forms is None:       # (not setdefault: a Counter made per call is a tenth of topics)
            forms = self.forms[key] = Counter()
        forms[label] += 1
        if nounlike:
            self.nounlike.add(key)

    def read(self, text: str) -> None:
        sentences = list(_sentences(text))
        # Capitalized words seen inside sentences are names; a sentence's first
        # word ("Recently", "Agricultural") is only a name if seen so elsewhere.
        self.mid_capitals = {t for s in sentences for t in s[1:] if t[0].isupper()}
        for sentence in sentences:
            self._proper_runs(sentence)
            self._common_phrases(sentence)

    def _proper_runs(self, s: list[str]) -> None:
        caps = [t[0].isupper() for t in s]       # each token's, once
        i = 0
        while i < len(s):
            if not (caps[i] and s[i][0].isalpha()):
                i += 1
                continue
            j = i + 1
            while j < len(s) and (caps[j] or (s[j] in _CONNECTORS and j + 1 < len(s)
                                              and caps[j + 1])):
                j += 1
            run = [t for t in s[i:j]]
            i = j
            if run and i - len(run) == 0 and run[0] not in self.mid_capitals and (
                    run[0].lower() in STOPWORDS or zipf(run[0].lower()) > 3.0):
                run = run[1:]   # a sentence's first word is capitalized anyway
            run = [t.removesuffix("’s").removesuffix("'s") for t in run]
            while run and (run[0].lower() in _TITLES or run[0] in _CONNECTORS):
                run = run[1:]
            while run and run[-1] in _CONNECTORS:
                run = run[:-1]
            if not run or len(run) > 5:
                continue
            lower = {t.lower() for t in run} | {singular(t).lower() for t in run}
            if lower & self.person_words or lower <= (_MONTHS_DAYS | STOPWORDS | _TITLES):
                continue
            if " ".join(run).lower() in _OUTLETS:
                continue    # "told CNN": where it was said, not what about
            if len(run) == 1 and (len(run[0]) < 3 or _PROPER_ADJECTIVE.search(run[0])
                                  or run[0].lower() in BARE_AFFILIATIONS):
                continue
            self.add(" ".join(run), nounlike=True)
            # "China-Russia relations": a compound proper name qualifying a noun
            if len(run) == 1 and "-" in run[0] and j < len(s) and _plain_word(s[j]) \
                    and s[j].lower() not in GENERIC and not s[j].endswith(_ADJECTIVE_ENDINGS):
                self.add(f"{run[0]} {s[j]}", nounlike=True)

    def _common_phrases(self, s: list[str]) -> None:
        plain = [_plain_word(t) for t in s]
        if not any(plain):
            return
        lower = [t.lower() for t in s]
        # a plain word that may end a phrase: one that ends like a noun and is no title
        noun_end = [p and ends_like_a_noun(t) and not is_title(t) for p, t in zip(plain, s)]
        for i in range(len(s)):
            if not plain[i]:
                continue
            before = lower[i - 1] if i else ""
            context = before in _NOUN_CONTEXT or before.endswith(("’s", "'s"))
            first = s[i]
            for n in (1, 2, 3):
                end = i + n
                if end > len(s) or not plain[end - 1]:
                    break
                if not noun_end[end - 1]:
                    continue    # "email server akin": a phrase ends at its noun
                if n == 1 and (first in GENERIC or first.endswith(_ADJECTIVE_ENDINGS)
                               or is_generic(first) or is_title(first)
                               or singular(first) in BARE_AFFILIATIONS):
                    continue
                if n > 1 and (first in GENERIC or first in _NUMBERS or first.endswith("ing")
                              or is_title(first)):
                    break       # "advancing mutual interests" is an action, not a subject
                # a noun phrase ends at its noun: "the profound personal friendship"
                # makes "personal friendship" a candidate, not "profound"
                ends = end == len(s) or not plain[end]
                nounlike = ends and (context or (n > 1 and first.endswith(_ADJECTIVE_ENDINGS)))
                self.add(" ".join(lower[i:end]), nounlike)


@lru_cache(maxsize=100_000)   # pure, and asked for every word or key of every article
def _plain_word(token: str) -> bool:
    return (token.islower() and token[0].isalpha() and len(token) >= 3
            and token not in STOPWORDS and not token.endswith("ly")
            and not token.endswith(("’s", "'s")))


# ---------------------------------------------------------------------------
# Labelling
# ---------------------------------------------------------------------------

class TopicLabeller:
    """Chooses each quotation's topics (see the module doc)."""

    def __init__(self, named: Iterable[NamedTopic] = ()):
        self.named = list(named)

    def label_article(self, extracted: ExtractedArticle) -> list[list[str]]:
        """The topics of each of the article's quotations, in order."""
        article = extracted.article
        people = {w.lower() for q in extracted.quotes
                  if q.speaker and q.speaker_kind == "person" for w in q.speaker.split()}
        # People named with a title ("President Vladimir Putin") are not subjects either.
        people |= {w.lower() for w in titled_names(article.text)}
        people |= person_words(article.text)
        exclude = {_key(n) for n in (article.outlet, article.republished_from) if n}
        exclude |= {_key(q.speaker) for q in extracted.quotes if q.speaker}
        candidates = _Candidates(people, exclude)
        body = [article.text[p.start:p.end] for p in article.paragraphs if p.kind == "body"]
        candidates.read("\n".join(body) if body else article.text)
        scores = self._scores(candidates)
        starts = _forms_by_first_word(scores)
        return [self._label(q.text, q.paragraph, candidates, scores, starts) for q in extracted.quotes]

    @staticmethod
    def _scores(c: _Candidates) -> dict[str, float]:
        scores = {}
        for key, count in c.count.items():
            if key not in c.nounlike:
                continue
            words = key.split()
            specificity = _specificity(words)
            if len(words) == 1 and specificity < 2.4:    # common single words: "plan", "call"
                continue
            if len(words) > 1 and count < 2 and (specificity < 3.0 or len(words) > 2):
                continue    # a three-word phrase said once is most often a fragment
            if len(words) == 1 and count < 2 and key == c.forms[key].most_common(1)[0][0] \
                    and zipf(key) > 4.5:
                continue    # a common word said once is no subject of the article
            # log: an article's main subject ("China" in a piece on China) would
            # otherwise label every quotation; extra words make a phrase more telling.
            scores[key] = (1.0 + math.log(count)) * specificity * len(words)
        return scores

    def _label(self, text: str, paragraph: str, c: _Candidates, scores: dict[str, float],
               starts: dict[str, list[tuple[list[str], str]]]) -> list[str]:
        if self.named:
            for context in (text, paragraph):
                names = [t.name for t in self.named if t.matches(context)]
                if names:
                    return names[:MAX_TOPICS]
        for context in (text, paragraph):
            # The article's scored phrases that occur in the quotation's words
            # (a written form, space-delimited, in the normalised text), looked
            # up from each word: a fraction of the cost of reading the quotation
            # for candidates again, or of testing every phrase against it.
            words = _normalised(context).split(" ")
            found = {key for i, word in enumerate(words) for form, key in starts.get(word, ())
                     if words[i:i + len(form)] == form}
            ranked = sorted(found, key=lambda k: (-scores[k], k))
            chosen: list[str] = []
            for key in ranked:
                if any(key in other or other in key for other in chosen):
                    continue
                chosen.append(key)
                if len(chosen) == MAX_TOPICS:
                    break
            if chosen:
                return [singular_phrase(c.forms[k].most_common(1)[0][0]) for k in chosen]
        return []


def _forms_by_first_word(scores: dict[str, float]) -> dict[str, list[tuple[list[str], str]]]:
    """Each scored key's written forms as word lists, by their first word:
    ``" f1 f2 " in text`` is ``[f1, f2]`` found at some word of ``text.split(" ")``."""
    starts: dict[str, list[tuple[list[str], str]]] = {}
    for key in scores:
        for form in _written_forms(key):
            words = form.strip(" ").split(" ")
            starts.setdefault(words[0], []).append((words, key))
    return starts


_NON_WORD = re.compile(r"[^\w’'\-]+|(?<!\w)-|-(?!\w)")


def _normalised(text: str) -> str:
    """Lower case, punctuation as spaces (inner hyphens kept: "China-Russia" is
    one word), possessives dropped, padded with spaces: the form of topic keys."""
    text = text.lower().replace("’s ", " ").replace("'s ", " ")
    return " " + _NON_WORD.sub(" ", text) + " "


def topics_digest(named: Iterable[NamedTopic]) -> str:
    """A short fingerprint of the named topics: an article labelled under other
    definitions is out of date and is re-indexed."""
    import hashlib
    text = "\n".join(f"{t.name}:{','.join(t.keywords)}" for t in named)
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest() if text else ""

