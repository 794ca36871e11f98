"""`IngestFailure`: why one input cannot become an article, in one line."""
from __future__ import annotations


class IngestFailure(ValueError):
    """Raised by the single-input helpers (`read_text_file`, `decode_bytes`,
    `article_from_html`) when an input cannot become an article.

    `read_articles` never lets it escape: it becomes an `IngestError` whose
    reason is `str(failure)`, a one-line human-readable sentence.
    """
