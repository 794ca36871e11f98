"""A quotation's citation as a file for reference managers: BibTeX and RIS.

Both describe the news article that reported the quotation (the work a
reference list holds, `quotesearch.cite`), with the quotation, its speaker and
whether it is a paraphrase in the note. BibTeX's entry is an ``@article`` with
biblatex's ``entrysubtype = {newspaper}`` (plain BibTeX ignores it); RIS's is
``TY  - NEWS`` as Zotero, EndNote and Mendeley read it.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date as Date
from typing import Optional

from .bylines import Author
from .cite import CitedWork, Words
from .records import IndexedQuote, Source

_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%",
                   "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}
_MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _single_line(text: str) -> str:
    return " ".join(text.split())


def bibtex_text(text: str) -> str:
    """``text`` as a BibTeX field's value: LaTeX's special characters escaped."""
    return "".join(_BIBTEX_SPECIAL.get(c, c) for c in _single_line(text))


def quotation_note(quote: IndexedQuote) -> str:
    """What the article is cited for: "Quoted: Zhang Hanhui, Chinese Ambassador to
    Russia: “…”" or "Paraphrased: …"."""
    words = Words.of(quote.text)
    speaker = ", ".join(p for p in (quote.speaker or "Unidentified speaker", quote.role) if p)
    if quote.type == "indirect":
        return f"Paraphrased: {speaker}: {words.ended('.', inner=False)}"
    if quote.type == "mixed":
        return f"Quoted in part: {speaker}: {words.ended('.', inner=False)}"
    return f"Quoted: {speaker}: “{words.ended('.', inner=True)}”"


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def citation_key(work: CitedWork, quote: IndexedQuote) -> str:
    """"ren2024china": the first author's family name (or the outlet), the year
    and the title's first word, in ASCII letters; the quotation's id when none is known."""
    who = _ascii_word(work.authors[0].family.split()[0]) if work.authors else \
        _ascii_word((work.outlet or "").split()[0]) if work.outlet else ""
    first_word = next((w for w in (_ascii_word(w) for w in (work.title or "").split())
                       if w and w not in ("a", "an", "the")), "")
    key = f"{who}{work.year or ''}{first_word}"
    return key if who or first_word else f"quote{_ascii_word(quote.id)[:16]}"


def _bibtex_author(author: Author) -> str:
    if author.group or not author.given:
        return "{" + bibtex_text(author.family) + "}"
    name = f"{author.family}, {author.suffix}, {author.given}" if author.suffix else \
        f"{author.family}, {author.given}"
    return bibtex_text(name)


def bibtex(quote: IndexedQuote, source: Optional[Source] = None, accessed: Optional[Date] = None) -> str:
    """The BibTeX entry of the article that reported ``quote`` (default: its earliest source)."""
    source = source or (quote.sources[0] if quote.sources else None)
    work = CitedWork.of(source, accessed)
    fields: list[tuple[str, str]] = []
    if work.authors:
        fields.append(("author", "{" + " and ".join(_bibtex_author(a) for a in work.authors) + "}"))
    if work.title:
        fields.append(("title", "{{" + bibtex_text(work.title) + "}}"))     # case kept as published
    if work.outlet:
        fields.append(("journal", "{" + bibtex_text(work.outlet) + "}"))
    fields.append(("entrysubtype", "{newspaper}"))
    if work.year:
        fields.append(("year", "{" + str(work.year) + "}"))
    if work.day:
        fields += [("month", _MONTH_MACROS[work.day.month - 1]), ("date", "{" + work.day.isoformat() + "}")]
    if work.url:
        # biblatex reads a url verbatim: only braces (which would end the field) are encoded
        url = _single_line(work.url).replace("{", "%7B").replace("}", "%7D")
        fields += [("url", "{" + url + "}"), ("urldate", "{" + work.accessed.isoformat() + "}")]
    fields.append(("note", "{" + bibtex_text(quotation_note(quote)) + "}"))
    body = "".join(f"  {name} = {value},\n" for name, value in fields)
    return f"@article{{{citation_key(work, quote)},\n{body}}}\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {_single_line(value)}\r\n"


def ris(quote: IndexedQuote, source: Optional[Source] = None, accessed: Optional[Date] = None) -> str:
    """The RIS record of the article that reported ``quote`` (lines end in CRLF, as RIS wants)."""
    source = source or (quote.sources[0] if quote.sources else None)
    work = CitedWork.of(source, accessed)
    lines = [_ris_line("TY", "NEWS")]
    lines += [_ris_line("AU", a.family if a.group or not a.given else
                        f"{a.family}, {a.given}" + (f", {a.suffix}" if a.suffix else ""))
              for a in work.authors]
    if work.title:
        lines.append(_ris_line("TI", work.title))
    if work.outlet:
        lines.append(_ris_line("T2", work.outlet))
    if work.year:
        lines.append(_ris_line("PY", str(work.year)))
    if work.day:
        lines.append(_ris_line("DA", work.day.strftime("%Y/%m/%d")))
    if work.url:
        lines += [_ris_line("UR", work.url), _ris_line("Y2", work.accessed.strftime("%Y/%m/%d"))]
    lines.append(_ris_line("N1", quotation_note(quote)))
    lines.append("ER  - \r\n")
    return "".join(lines)
