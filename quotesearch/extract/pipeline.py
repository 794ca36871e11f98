"""From an Article to its attributed quotations: metadata, layout, the article's
speaker model, then each readable paragraph read by `attribution.ParagraphReader`.

``extract_article`` is the one entry point the CLI, the index and the web use (through
the package: ``from quotesearch.extract import extract_article``).
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import Article, ExtractedArticle, IngestError, Paragraph, Quote
from .attribution import ParagraphReader
from .cues import find_cues
from .description_kinds import description_kind
from .metadata import with_metadata
from .language import reads_as_english
from .outlets import is_known_outlet
from .quotes import quote_spans_by_paragraph
from .roles import find_roles
from .speakers import SpeakerResolver

__all__ = ["MAX_ARTICLE_CHARS", "ArticleTooLarge", "extract_article", "extract_or_error",
           "extract_quotes", "failure_reason"]

# Over four times the longest article of the evaluation corpora (33,672 characters),
# longer than a 20,000-word feature: reading anything below it, however hostile (tens
# of thousands of one-letter sentences), takes a few seconds and ~100 MB on one core,
# while a book, a log or a pasted-over text is refused up front.
MAX_ARTICLE_CHARS = 150_000


class ArticleTooLarge(ValueError):
    """An article's text is longer than extraction reads (`MAX_ARTICLE_CHARS`)."""


def extract_article(article: Article) -> ExtractedArticle:
    """The article, its metadata completed from its text, and its quotations.

    Raises `ArticleTooLarge` for a text over `MAX_ARTICLE_CHARS`."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise ArticleTooLarge(f"article too large to extract: {len(article.text):,} characters "
                              f"(limit {MAX_ARTICLE_CHARS:,}); split it into articles")
    article = with_metadata(article)
    return ExtractedArticle(article=article, quotes=extract_quotes(article))


def failure_reason(error: Exception) -> str:
    """What to tell the user about an article `extract_article` failed on."""
    if isinstance(error, ArticleTooLarge):
        return str(error)
    return f"extraction failed: {type(error).__name__}: {error}"


def extract_or_error(article: Article) -> ExtractedArticle | IngestError:
    """`extract_article`, or why it failed: in a batch one article must not stop
    the others."""
    try:
        return extract_article(article)
    except Exception as error:  # noqa: BLE001 - reported, never fatal to a batch
        return IngestError(article.file or article.url or article.id, failure_reason(error))


MAX_PARAGRAPH_CHARS = 12_000   # far beyond a real paragraph: a text without breaks


def _bounded(text: str, paragraph: Paragraph) -> list[Paragraph]:
    """A "paragraph" longer than any real one (a text with no line breaks) is read in
    pieces cut after a sentence end, so the work per paragraph stays bounded."""
    pieces, start = [], paragraph.start
    while paragraph.end - start > MAX_PARAGRAPH_CHARS:
        cut = text.rfind(". ", start + MAX_PARAGRAPH_CHARS // 2, start + MAX_PARAGRAPH_CHARS)
        cut = cut + 2 if cut != -1 else start + MAX_PARAGRAPH_CHARS
        pieces.append(Paragraph(start, cut, paragraph.kind))
        start = cut
    pieces.append(Paragraph(start, paragraph.end, paragraph.kind))
    return pieces


_BYLINE_NAME = re.compile(r"^\W*(?:[Bb][Yy]\s+)?([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})")


# A desk or a page signing the piece ("Letters To The Editor", "Editorial Board", "News
# Staff"): no one an "I" in the text could be
_DESK_WORDS = frozenset({"letters", "editor", "editors", "editorial", "board", "staff", "desk", "opinion",
                         "newsroom", "readers", "wire", "services", "contributors"})


def byline_name(byline: Optional[str]) -> Optional[str]:
    """The author's name in a byline ("By REN QI in Moscow renqi@…" -> "Ren Qi")."""
    if not byline:
        return None
    m = _BYLINE_NAME.match(byline.strip())
    if not m or any(w.lower() in _DESK_WORDS for w in m.group(1).split()):
        return None
    if len(m.group(1).split()) < 2 or is_known_outlet(m.group(1)):
        return None   # "Weltwoche", "Reuters": a publication signs it, no one "I" can be
    name = m.group(1)
    return name.title() if name.isupper() else name


def extract_quotes(article: Article) -> list[Quote]:
    """Every attributed quotation in the body paragraphs of ``article``.

    ``article.paragraphs`` gives the layout; an article without one (text built by
    hand) is laid out by `metadata.with_metadata` first.
    """
    if not article.paragraphs:
        article = with_metadata(article)
    text = article.text
    if not reads_as_english(" ".join(text[p.start:p.end] for p in article.paragraphs if p.kind == "body")):
        return []   # the attribution grammar is English's: on another language it finds only chance matches
    # Headlines are read too, but only for quotes whose speaker they name.
    readable = [piece for p in article.paragraphs if p.kind in ("body", "headline")
                for piece in _bounded(text, p)]
    body = [(p.start, p.end) for p in readable if p.kind == "body"]
    resolver = SpeakerResolver.for_article(
        text, body, author=byline_name(article.byline),
        headline_spans=[(p.start, p.end) for p in readable if p.kind == "headline"])
    for name, role, _ in find_roles(text, [(p.start, p.end) for p in article.paragraphs]):
        resolver.note_role(resolver.canonical(name), role)
    reader = ParagraphReader(text, resolver)
    spans_by_paragraph = quote_spans_by_paragraph(text, [(p.start, p.end) for p in readable])
    subheads = [p.start for p in article.paragraphs if p.kind == "subhead"]
    previous_end = 0
    for p, spans in zip(readable, spans_by_paragraph):
        if any(previous_end <= start < p.start for start in subheads) and not reader.previous_open_quote:
            # a section heading between them: a new item of a live page or a new section,
            # whose unattributed quotations do not go on in the last section's voice (but a
            # quotation left open runs on past a line of the page's: "Most read in News")
            reader.new_section()
        reader.read_paragraph(p.start, p.end, spans, headline=p.kind == "headline")
        previous_end = p.end
    for quote in reader.quotes:
        quote.speaker_kind = description_kind(quote.speaker, quote.speaker_kind)
    return [q for q in reader.quotes if not _unattributed(q)]


def _unattributed(quote: Quote) -> bool:
    """Words in quotation marks with no speaker, no cue of their own and no verb of saying
    anywhere else in their paragraph: on real pages an example, a line imagined or sung, a
    title or a slogan far more often than someone's words, and nothing a reader can cite
    (a quotation closed by a cue whose speaker is unreadable, "“…,” Republican said", stays)."""
    if quote.type != "direct" or quote.speaker is not None or quote.cue is not None:
        return False
    around = (quote.paragraph or "").replace(quote.text, " ")
    return not find_cues(around)
