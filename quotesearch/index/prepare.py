"""What identifies an article across ingests, and everything the writer needs
that depends on the article alone, computed where it was extracted.

* an article's *source key* says which article a text is a version of: its URL
  when known, else ``id:`` plus the id a collection gave it, else its file's
  real path. Ingesting a source key again with other text replaces the article;
  with the same text (and the same extractor and topics: `content_digest`) it
  is skipped.
* `prepare_article` adds the topics, duplicate signatures and speaker aliases
  of an extracted article (possibly in a worker process), so that the single
  writing process (`quotesearch.index.writer`) only does what needs the index.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from typing import Optional

from .. import __version__
from ..extract.aliases import ArticleNames
from ..filenames import is_shown, shown_name
from ..records import ExtractedArticle
from . import dedup
from .topics import TopicLabeller


def source_key(extracted_or_article) -> str:
    """What identifies an article across re-ingests (see the module doc)."""
    article = getattr(extracted_or_article, "article", extracted_or_article)
    if article.url:
        return "url:" + article.url
    file = shown_name(article.file or "")
    path, sep, line = file.rpartition(":")
    if sep and line.isdigit() and path.endswith(".jsonl"):
        return "id:" + article.id
    if file:
        return "file:" + os.path.realpath(file)
    return "id:" + article.id


def source_path(article) -> Optional[str]:
    """The real path of the file an article came from (for ``remove PATH``)."""
    file = shown_name(article.file or "")
    path, sep, line = file.rpartition(":")
    if sep and line.isdigit() and path.endswith(".jsonl"):
        file = path
    archive, sep, offset = file.rpartition("@")     # a web archive's record (`ingest.warc`)
    if sep and offset.isdigit() and archive.lower().endswith((".warc", ".warc.gz")):
        file = archive
    return os.path.realpath(file) if file else None


def content_digest(text: str, topics: str = "") -> str:
    """Changes when the text, the extractor version or the topic definitions do."""
    h = hashlib.blake2b(digest_size=10)
    for part in (__version__, topics, text):
        h.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    return h.hexdigest()


@dataclass
class PreparedArticle:
    """An extracted article with everything the writer needs that depends on the
    article alone (topics, duplicate signatures, aliases): computed where the
    article was extracted, possibly in a worker process, so that the single
    writing process only does what needs the index."""

    extracted: ExtractedArticle
    key: str
    digest: str
    topics: list[list[str]]
    signatures: list[list[str]]
    exact_keys: list[str]
    aliases: dict[str, list[str]]
    # speaker -> other people its article names with the same surname
    namesakes: dict[str, list[str]] = dataclasses.field(default_factory=dict)


def prepare_article(extracted: ExtractedArticle, labeller: TopicLabeller, topics_id: str,
                    key: Optional[str] = None) -> PreparedArticle:
    article = extracted.article
    if article.file and not is_shown(article.file):
        # A file name that is not valid UTF-8 reached us raw (a library caller,
        # a shard's \udcXX escape): Whoosh stores UTF-8 only (`quotesearch.filenames`).
        article = dataclasses.replace(article, file=shown_name(article.file))
        extracted = dataclasses.replace(extracted, article=article)
    names = ArticleNames(article.text)
    aliases: dict[str, list[str]] = {}
    namesakes: dict[str, list[str]] = {}
    for quote in extracted.quotes:
        if quote.speaker and quote.speaker not in aliases:
            person = quote.speaker_kind == "person"
            aliases[quote.speaker] = [quote.speaker] + (names.aliases(quote.speaker) if person else [])
            shared = names.namesakes(quote.speaker) if person else []
            if shared:
                namesakes[quote.speaker] = shared
    return PreparedArticle(
        extracted=extracted, key=key or source_key(extracted),
        digest=content_digest(article.text, topics_id),
        topics=labeller.label_article(extracted),
        signatures=[dedup.signatures(q.speaker, q.quoted_text) for q in extracted.quotes],
        exact_keys=[dedup.exact_key(q.speaker, q.quoted_text) for q in extracted.quotes],
        aliases=aliases, namesakes=namesakes)
