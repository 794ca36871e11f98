"""URLs as articles: a fetched page (`quotesearch.ingest.fetch`) read by the same
readers as files (HTML through `article_from_html`, plain text as text).

A URL article's ``url`` is the final URL after redirects (without fragment):
it is the article's source key in the index (`quotesearch.index.prepare`), so
fetching it again with unchanged content skips it and changed content
replaces it. Its ``file`` is None: nothing about this machine is recorded.

`read_inputs` is what ``extract`` and ``ingest`` read: paths and URLs mixed in
the order given, every failure an `IngestError` naming its input.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator

from quotesearch.records import Article, IngestError
from quotesearch.walk import SkippedEntries

from .encodings import decode_bytes
from .failure import IngestFailure
from .fetch import FetchedPage, Fetcher, is_url
from .html import article_from_html
from .ids import article_id

logger = logging.getLogger(__name__)

_CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                                  re.IGNORECASE)
_MARKUP_START = re.compile(rb"\s*<")


def article_from_page(page: FetchedPage) -> Article:
    """The article of a fetched page; `IngestFailure` when it has none."""
    html = page.media_type in ("text/html", "application/xhtml+xml") or (
        not page.media_type and _MARKUP_START.match(page.body.lstrip(b"\xef\xbb\xbf")))
    if html:
        declared = page.charset
        if not declared:
            found = _CHARSET_DECLARATION.search(page.body[:4096])
            declared = found.group(1).decode("ascii") if found else None
        article = article_from_html(decode_bytes(page.body, declared))
        return dataclasses.replace(article, url=page.final_url, file=None)
    text = decode_bytes(page.body, page.charset)
    if not text.strip():
        raise IngestFailure("no text (only whitespace)")
    return Article(id=article_id(text), text=text, url=page.final_url)


def read_url(url: str, fetcher: Fetcher) -> Article | IngestError:
    """The article at ``url``, or an `IngestError` naming the URL as given."""
    try:
        return article_from_page(fetcher.fetch(url))
    except IngestFailure as failure:
        return IngestError(url, str(failure))
    except Exception as error:
        logger.debug("unexpected error while reading %s", url, exc_info=True)
        return IngestError(url, f"internal error while reading: {type(error).__name__}: {error}")


def read_inputs(inputs: Iterable[str], fetcher: Fetcher | None = None, *,
                follow_links: bool = False,
                skipped: SkippedEntries | None = None) -> Iterator[Article | IngestError]:
    """Every article of ``inputs`` (paths, folders, globs and http(s) URLs), in
    order: paths as `read_articles` reads them, URLs fetched with ``fetcher``."""
    from . import read_articles
    fetcher = fetcher or Fetcher()
    paths: list[str] = []
    for item in inputs:
        if is_url(item):
            if paths:
                yield from read_articles(paths, follow_links=follow_links, skipped=skipped)
                paths = []
            yield read_url(item, fetcher)
        else:
            paths.append(item)
    if paths:
        yield from read_articles(paths, follow_links=follow_links, skipped=skipped)
