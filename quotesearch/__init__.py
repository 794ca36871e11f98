"""QuoteSearch: find, index and search attributed quotations in news articles.

Pipeline, one module per stage:
    ingest   files (txt, html, jsonl, folders) -> Article records
    extract  Article -> Quote records (subpackage: one module per concern)
    cli      the command line, a thin layer over the library
"""
__version__ = "0.1.0"
