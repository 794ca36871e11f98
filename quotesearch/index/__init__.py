"""The index: quotations, articles and speakers in one Whoosh folder.

    schema     fields and analysers; the three kinds of documents
    store      `QuoteIndex`: opening an index, reading its records
    writer     batches of changes, each one crash-safe commit
    build      `ingest_paths` / `remove`: files in, index up to date
    merging    which segments a commit merges (size-tiered)
    dedup      the same quotation from several outlets
    topics     topic labels of quotations
    failpoints named kill points for crash tests
"""
from .store import DEFAULT_INDEX_DIR, IndexNotFound, IndexUnusable, QuoteIndex

_BUILD_NAMES = frozenset({"IngestReport", "ingest_articles", "ingest_paths", "remove"})


def __getattr__(name: str):
    # Building imports the extractor (a second of start-up); opening an index to search
    # or check it does not, so `build` is imported on first use of its names.
    if name in _BUILD_NAMES:
        from . import build
        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["QuoteIndex", "IndexNotFound", "IndexUnusable", "DEFAULT_INDEX_DIR",
           "ingest_paths", "ingest_articles", "remove", "IngestReport"]
