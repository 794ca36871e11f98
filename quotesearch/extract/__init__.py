"""Extraction: from an Article to its attributed quotations.

One module per concern:

    metadata     layout (paragraph kinds, dateline) and title/outlet/date of plain text
    text         sentence and word tokenization (NLTK Punkt, no downloaded data)
    quotes       quotation marks and the spans they enclose
    cues         attribution verbs and phrases
    mentions     subject phrases read as speakers (names, roles, pronouns, descriptions)
    entities     the article's people, organisations and documents, for descriptions
    gender       "he"/"she" agreement with what the article marks
    speakers     a mention resolved within its article (fullest names, pronouns, epithets)
    roles        titles and appositions that give people their roles
    attribution  the rules that tie content to cue and speaker
    pipeline     the stages above in order, for one article

``extract_article`` is the one entry point the CLI, the index and the web use. The
package imports `pipeline` (and with it every rule) only when one of its names is
first used, so that importing a small module of it (``extract.names`` for search,
``extract.dates`` for ingest) does not load the whole extractor.
"""
from __future__ import annotations

import importlib

__all__ = ["MAX_ARTICLE_CHARS", "ArticleTooLarge", "extract_article", "extract_or_error",
           "extract_quotes", "failure_reason"]


def __getattr__(name: str):
    """The pipeline's public names, imported on first use."""
    if name.startswith("__"):
        raise AttributeError(name)
    value = getattr(importlib.import_module(".pipeline", __name__), name)
    globals()[name] = value
    return value
