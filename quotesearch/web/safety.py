"""What the web may show of article data, made safe for where it goes.

Article data comes from whoever wrote the files that were ingested, so every
value is treated as hostile wherever it leaves the server:

    safe_url        a link target: only http(s) URLs (a Jinja filter, used by
                    every template that links to an article's original)
    csv_cell        a spreadsheet cell that cannot run as a formula (OWASP)
    xml_text        text without the characters XML 1.0 forbids (Atom feeds)
    unicode_text    text without lone surrogates (they cannot be encoded)
    public_file     the file an article came from, as its name only
    public_quote / public_article   JSON records with `public_file` applied

Why the file name only: the index keeps the path as it was given to
``ingest``, which is often absolute and says how the server's disks are laid
out (user names, mount points). The folder that was ingested is not recorded
with every article, so a path relative to it cannot be rebuilt reliably; the
name (with a collection's ``:line``) is what a reader needs to tell sources
apart, and says nothing about the server.
"""
from __future__ import annotations

import re

# Browsers drop ASCII tabs and newlines anywhere in a URL and C0 controls and
# spaces around it, so "java\tscript:" and " javascript:" run as javascript:.
_URL_DROPPED = re.compile(r"[\t\n\r]")
_URL_TRIMMED = "".join(chr(c) for c in range(0x21))
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)

# OWASP, CSV injection: a cell starting with one of these may be read as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_url(value: object) -> str | None:
    """``value`` as a link target when it is an http(s) URL, else None (then
    show it as text, if at all). Case, surrounding spaces and control
    characters, and tabs or newlines inside the scheme all count as browsers
    read them."""
    if not isinstance(value, str):
        return None
    url = _URL_DROPPED.sub("", value).strip(_URL_TRIMMED)
    if not _HTTP_URL.fullmatch(url):
        return None
    return unicode_text(url)


def csv_cell(value: object) -> str:
    """A CSV cell that spreadsheets show as text: values that start like a
    formula get a leading single quote (OWASP's advice)."""
    text = unicode_text("" if value is None else str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 does not allow (a feed with one
    of them is not XML at all, and readers drop the whole feed)."""
    return _NOT_XML.sub("", value)


def unicode_text(value: str) -> str:
    """``value`` with lone surrogates (from undecodable file names or JSON
    escapes) replaced by U+FFFD, so that it can be sent as UTF-8."""
    return _SURROGATE.sub("\ufffd", value)


def template_value(value: object) -> object:
    """What a template prints, lone surrogates replaced (Jinja's ``finalize``);
    markup stays markup."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return type(value)(unicode_text(value))
    return value


_FOLDER_SEPARATOR = re.compile(r"/|\\(?!x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")


def public_file(path: str | None) -> str | None:
    """The name of the file an article came from, without its folders (see the
    module's docstring for why)."""
    if not path:
        return None
    # a backslash separates Windows folders, but not in a shown name's escape ("caf\xe9.txt")
    name = _FOLDER_SEPARATOR.split(path.rstrip("/\\"))[-1]
    return unicode_text(name) or None


def public_quote(data: dict) -> dict:
    """A quotation's JSON with each source's file shown as `public_file`."""
    sources = data.get("sources")
    if sources:
        data["sources"] = [{**s, "file": public_file(s.get("file"))} for s in sources]
    return data


def public_article(data: dict) -> dict:
    """An article's JSON with its file shown as `public_file`."""
    data["file"] = public_file(data.get("file"))
    return data
