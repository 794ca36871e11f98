"""Language: whether an article is English enough for the attribution grammar to read.

The cue words, subject patterns and name tables are English. On a page in another
language the same words occur by chance ("son tweet", "Stress", "ein offener Tweet") and
every match is a wrong speaker, so such an article gives no quotations at all. English
prose, even a flattened portal page with its menus, has a fifth or more of its words among
a few dozen function words; German, French, Spanish or Portuguese news has well under a
tenth, and scripts other than Latin have none.
"""
from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset("""the and of to a in is that for it was on with as he she said are by this be
have from at not his her they their which an""".split())
_WORD = re.compile(r"[A-Za-z’']+")
# Measured on the htmldate/trafilatura test pages, the seeds, news-dev and PolNeAR: English
# texts of 80 words or more score 0.09 and up (most 0.2-0.35), other languages 0.08 and down
_ENGLISH_SHARE = 0.07
_WORDS_TO_JUDGE = 80   # a shorter text (a headline, a caption) is read whatever it looks like
_SAMPLE_CHARS = 8000   # enough prose to tell, and no more work on a long page
_OTHER_SCRIPT_CHARS = 400   # a text this long whose Latin words fill under a quarter of it


def reads_as_english(text: str) -> bool:
    """Whether ``text`` is English prose, or too short to tell."""
    text = text[:_SAMPLE_CHARS]
    words = _WORD.findall(text)
    if len(text) >= _OTHER_SCRIPT_CHARS and sum(map(len, words)) < len(text) / 4:
        return False   # mostly another script: Chinese, Arabic, Cyrillic, Japanese …
    if len(words) < _WORDS_TO_JUDGE:
        return True
    return sum(w.lower() in _FUNCTION_WORDS for w in words) / len(words) >= _ENGLISH_SHARE
