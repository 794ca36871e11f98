"""The Whoosh schema: what one index folder holds and how each field is analysed.

One Whoosh index holds two kinds of documents, told apart by ``kind``, so
that a single commit changes both at once (an article and its quotations are
never out of step, whatever moment a crash hits):

    quote    one quotation however many articles reported it (id ``q:…``),
             with its speaker's aliases and roles as its sources gave them
    article  one ingested article: its text, metadata, content digest and the
             quotations it contributed (id ``a:…``)

The speaker registry is read from the quotations (`quotesearch.search.speakers`).
The surrounding paragraph is stored with each quotation, not indexed: it
repeats the quotation's words, and indexing it would double the postings.

Searchable text uses a stemming analyser; names (speaker, outlet, topic) use a
plain lower-casing one so that ``speaker:putin`` finds "Vladimir Putin" and
``speaker:"vladimir putin"`` is a phrase. Facet values for fast counting sit in
one column (``facets``) read in bulk by `quotesearch.index.facets`; the
text's words in order in another (``words``, `quotesearch.index.wordseq`).
"""
from __future__ import annotations

from whoosh import columns, fields
from whoosh.analysis import RegexTokenizer, LowercaseFilter, StemmingAnalyzer

QUOTE, ARTICLE = "quote", "article"

# Words are letters/digits with inner apostrophes or hyphens ("Russia's", "back-to-back").
WORD_PATTERN = r"\w+(?:['’\-]\w+)*"
TEXT_ANALYZER = StemmingAnalyzer(expression=WORD_PATTERN, stoplist=None, minsize=1)
NAME_ANALYZER = RegexTokenizer(WORD_PATTERN) | LowercaseFilter()

# The fields a query may name (``speaker:``, ``date:`` …) and those searched when
# a query names none.
QUERY_FIELDS = ("text", "speaker", "role", "outlet", "topic", "type", "cue", "via",
                "date", "year")
DEFAULT_FIELDS = ("text",)


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(unique=True, stored=True),
        kind=fields.ID(stored=True),
        # quote documents
        # no spelling=True: respellings come from `quotesearch.search.spelling`
        text=fields.TEXT(analyzer=TEXT_ANALYZER),      # the text is stored in `data`
        speaker=fields.TEXT(analyzer=NAME_ANALYZER, phrase=True),
        role=fields.TEXT(analyzer=TEXT_ANALYZER),
        outlet=fields.TEXT(analyzer=NAME_ANALYZER),
        topic=fields.TEXT(analyzer=NAME_ANALYZER),
        type=fields.ID(),
        cue=fields.TEXT(analyzer=TEXT_ANALYZER),
        via=fields.TEXT(analyzer=NAME_ANALYZER),
        date=fields.ID(),                # earliest source's ISO date: ranges compare as strings
        year=fields.ID(),
        dupsig=fields.KEYWORD(),         # near-duplicate signatures (`quotesearch.index.dedup`)
        facets=fields.COLUMN(columns.VarBytesColumn()),
        # the text's terms in order, hashed: phrases in bulk (`quotesearch.index.wordseq`)
        words=fields.COLUMN(columns.VarBytesColumn()),
        data=fields.STORED(),            # the whole record as JSON
        # article documents
        file=fields.ID(stored=True),     # the article's source key (`prepare.source_key`)
        path=fields.ID(),                # the real path of the file it came from
    )
