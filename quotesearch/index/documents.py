"""What a batch writes: the quotation records (`QuoteCluster`: every report of
the same words by the same speaker) it changes, and the Whoosh documents of
quotations and articles; the speaker registry's ids."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

from ..records import Source
from .schema import ARTICLE, QUOTE
from .store import quote_to_json
from .wordseq import FIELD as WORDS_FIELD
from .wordseq import encode as encode_words

_WORDS = re.compile(r"\w+(?:['’\-]\w+)*")     # the text analyser's tokens


@dataclass
class QuoteCluster:
    """A quotation record being changed by a batch: its sources, and what each
    source's article gave it (topics, duplicate signatures, speaker aliases)."""

    id: str
    speaker: Optional[str]
    speaker_kind: Optional[str]
    sources: list[Source]
    topics: dict[str, list[str]]       # article id -> that source's topic labels
    signatures: dict[str, list[str]]   # article id -> that source's signatures
    aliases: dict[str, list[str]]      # article id -> names it gave the speaker
    # article id -> other people it names with the speaker's surname (never merged with it)
    namesakes: dict[str, list[str]] = field(default_factory=dict)
    stored: bool = False               # already in the index (replace, not add)
    docnum: Optional[int] = None       # its document in the batch's generation

    def record(self):
        from ..records import IndexedQuote
        ordered = sorted(self.sources, key=lambda s: (s.date or "9999-99-99", s.article, s.start))
        first = ordered[0]
        topics: dict[str, None] = {}
        for s in ordered:
            for t in self.topics.get(s.article, ()):
                topics.setdefault(t)
        return IndexedQuote(
            id=self.id, text=first.text, speaker=self.speaker, speaker_kind=self.speaker_kind,
            type=first.type, role=first.role, cue=first.cue, via=first.via,
            topics=list(topics)[:5], paragraph=first.paragraph, date=first.date,
            sources=ordered,
        )


def speaker_id_of(name: str) -> str:
    """A speaker name's id as the registry spells ids (`identity.slug`)."""
    from ..identity.registry import slug
    return slug(name)


def article_document(record: dict) -> dict:
    a = record["article"]
    return {"id": "a:" + a["id"], "kind": ARTICLE, "file": record["key"],
            "data": json.dumps(record, ensure_ascii=False),
            "path": record.get("path") or ""}


def quote_document(cluster: QuoteCluster) -> dict:
    quote = cluster.record()
    data = quote_to_json(quote)
    data["source_topics"] = cluster.topics
    data["source_signatures"] = cluster.signatures
    data["source_aliases"] = cluster.aliases
    if cluster.namesakes:
        data["source_namesakes"] = cluster.namesakes
    outlets = quote.outlets
    facets = {"speaker": quote.speaker, "outlet": outlets, "topic": quote.topics,
              "type": quote.type, "year": (quote.date or "")[:4] or None, "date": quote.date,
              "n": len(_WORDS.findall(quote.text)),     # text length, for BM25
              # what the speaker registry is read from
              "speaker_kind": quote.speaker_kind,
              "alias": list(dict.fromkeys(a for names in cluster.aliases.values() for a in names)),
              "role": list(dict.fromkeys(s.role for s in quote.sources if s.role)),
              "namesake": list(dict.fromkeys(n for names in cluster.namesakes.values() for n in names))}
    sigs = {sig for per_article in cluster.signatures.values() for sig in per_article}
    return {
        "id": "q:" + quote.id, "kind": QUOTE, "text": quote.text,
        # every name the sources used, so `speaker:` finds the speaker by any of them
        "speaker": " ; ".join(dict.fromkeys(
            [quote.speaker or ""] + [a for names in cluster.aliases.values() for a in names])),
        "role": " ; ".join(dict.fromkeys(s.role for s in quote.sources if s.role)) or None,
        "outlet": " ; ".join(outlets) or None, "topic": " ; ".join(quote.topics) or None,
        # None, not "": Whoosh skips a None field instead of analysing nothing
        "type": quote.type, "cue": quote.cue or None,
        "via": " ; ".join(dict.fromkeys(s.via for s in quote.sources if s.via)) or None,
        "date": quote.date or None, "year": (quote.date or "")[:4] or None,
        "dupsig": " ".join(sorted(sigs)),
        "facets": json.dumps(facets, ensure_ascii=False).encode("utf-8"),
        WORDS_FIELD: encode_words(quote.text),
        "data": json.dumps(data, ensure_ascii=False),
    }

