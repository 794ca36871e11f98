"""Bytes to text: byte-order marks, UTF-8, declared and detected legacy
encodings, binary content refused; and the normalisation every article text
gets (newlines, invisible word-splitting characters)."""
from __future__ import annotations

import codecs
import unicodedata
from typing import Any, Optional

import charset_normalizer

from .failure import IngestFailure

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 control bytes that never occur in text. Tab, LF, FF, CR and ESC (used by
# ISO-2022 encodings) are allowed; DEL is not.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_BINARY_SAMPLE_BYTES = 64 * 1024
_MAX_CONTROL_SHARE = 0.05

# Legacy 8-bit encodings most likely for news text, most common first. When the
# detector finds several equally plausible readings, the earliest one wins:
# short texts rarely carry enough evidence to tell cp1252 from cp1250.
_LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_15", "cp1253", "cp1254",
    "cp1257", "cp1255", "cp1256", "cp1258", "koi8_u", "iso8859_2", "mac_roman",
)


def decode_bytes(data: bytes, declared_encoding: Optional[str] = None) -> str:
    """Decode a document's bytes to text.

    Order of evidence: a byte-order mark (UTF-8/16/32, removed), then valid
    UTF-8, then `declared_encoding` (e.g. an HTML ``<meta charset>``), then the
    most plausible legacy encoding according to charset-normalizer. Newlines
    are normalised (``\\r\\n`` and ``\\r`` become ``\\n``) and soft hyphens and
    zero-width characters removed (`normalise_text`); nothing else changes.

    Raises `IngestFailure` for binary content: NUL bytes without a UTF-16/32
    byte-order mark, or mostly control bytes.
    """
    text = _decode_with_bom(data)
    if text is None:
        if b"\x00" in data or _mostly_control_bytes(data):
            raise IngestFailure("binary file (not text)")
        text = _decode_without_bom(data, declared_encoding)
    return normalise_text(text)


# Invisible characters that split words for a typesetter, not for a reader: soft hyphens
# ("cy\u00adber\u00adse\u00adcu\u00adri\u00adty") and zero-width spaces and joiners.
_INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060"


def normalise_text(text: str) -> str:
    """Newlines normalised (``\\r\\n`` and ``\\r`` become ``\\n``) and invisible
    word-splitting characters removed, so names and words read as they display."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A look for each character before removing it: str.translate with a table
    # costs ~0.3 ms per page even when there is nothing to remove.
    for character in _INVISIBLE_CHARACTERS:
        if character in text:
            text = text.replace(character, "")
    return text


def _decode_with_bom(data: bytes) -> Optional[str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The mark is explicit evidence: keep the text even if a few bytes
            # are broken, replacing just those.
            return data[len(bom):].decode(encoding, errors="replace")
    return None


def _mostly_control_bytes(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE_BYTES]
    control_count = len(sample.translate(None, _NOT_CONTROL_BYTES))
    return control_count > _MAX_CONTROL_SHARE * len(sample)


# UTF-8 with a few broken sequences (a teaser cut in the middle of a character)
# is still UTF-8: a legacy code page read as UTF-8 gives almost no valid
# multi-byte characters and a broken sequence for nearly every non-ASCII byte.
_MIN_VALID_PER_BROKEN = 20


def _decode_without_bom(data: bytes, declared_encoding: Optional[str]) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    declared = _usable_declared_encoding(declared_encoding)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeError, ValueError, TypeError, LookupError):
            pass  # the declaration is wrong; fall back to detection
    return _decode_legacy(data)


def _mostly_utf8(data: bytes) -> Optional[str]:
    """The text, broken sequences replaced, if the bytes are UTF-8 but for a few."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if not broken:
        return None
    valid = sum(1 for character in text if character > "\x7f") - broken
    return text if valid >= _MIN_VALID_PER_BROKEN * broken else None


# Python codecs that are text encodings to Python but no character set a page
# could be written in: they would turn backslashes or "xn--" into other text.
_NOT_CHARSETS = frozenset({"unicode_escape", "raw_unicode_escape", "idna", "punycode",
                           "undefined", "utf-7"})


def _usable_declared_encoding(name: Optional[str]) -> Optional[str]:
    """The codec a declaration names, if it is a character set; None for an
    unknown name and for codecs that are no text encoding (rot13, base64,
    zlib, hex...: Python marks those as not ``_is_text_encoding``)."""
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    codec = info.name
    if not getattr(info, "_is_text_encoding", True) or codec.replace("-", "_") in _NOT_CHARSETS:
        return None
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None  # already ruled out, or would need a mark we did not see
    # As browsers do: documents labelled latin-1 are really cp1252 (curly quotes).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _decode_legacy(data: bytes) -> str:
    """Pick the most plausible legacy decoding.

    charset-normalizer alone misreads short texts (KOI8-R as Shift-JIS, cp1252
    as cp1250), so its open search is pooled with a search restricted to common
    news encodings, then: least chaos, fewest symbols stuck inside words, best
    language coherence, most common encoding.
    """
    candidates = list(charset_normalizer.from_bytes(data))
    candidates += list(charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)))
    if not candidates:
        raise IngestFailure("binary file or unknown text encoding (no encoding fits)")

    least_chaos = min(match.chaos for match in candidates)
    plausible = [match for match in candidates if match.chaos <= least_chaos + 0.01]

    oddities = {id(match): _symbols_inside_words(str(match)[:_BINARY_SAMPLE_BYTES]) for match in plausible}
    fewest = min(oddities.values())
    plausible = [match for match in plausible if oddities[id(match)] == fewest]

    best_coherence = max(match.coherence for match in plausible)
    plausible = [match for match in plausible if match.coherence >= best_coherence - 0.05]

    return str(min(plausible, key=_legacy_preference))


def _legacy_preference(match: Any) -> int:
    """Rank of the most common encoding that gives this match's exact text."""
    ranks = [_LEGACY_ENCODINGS.index(name) for name in match.could_be_from_charset if name in _LEGACY_ENCODINGS]
    return min(ranks, default=len(_LEGACY_ENCODINGS))


def _symbols_inside_words(text: str) -> int:
    """Count non-ASCII symbols glued to letters, the mark of a wrong code page
    (Polish "mo¿e", "przysz³y" read as cp1252); quotes and dashes don't count."""
    count = 0
    for index, char in enumerate(text):
        if char.isascii() or index == 0:
            continue
        category = unicodedata.category(char)
        if category[0] in "LMZ" or category in ("Pd", "Pi", "Pf", "Ps", "Pe"):
            continue
        after = text[index + 1] if index + 1 < len(text) else " "
        if text[index - 1].isalpha() and (after.isalpha() or category[0] in "NS"):
            count += 1
    return count
