"""Search: what the CLI and the web ask of an index.

    query      the query language: parsing and repairing what people type
    matching   which documents match, as arrays; BM25 in bulk
    facets     facet counts over every match, as array operations
    snapshot   one consistent, cached view of the index per generation
    engine     `search`: matches, facets, sorting, pages, highlights, did-you-mean;
               `MatchStream`: every match of one search, read in chunks (exports)
    limits     bounds on one search: wildcards, expansion, time (`QueryTooBroad`)
    errors     `SearchError`
    spelling   respelling misspelled query words
    check      `check_quote`: the closest quotations to a remembered one
    speakers   the speaker registry as search uses it (`quotesearch.identity`):
               `find_speakers` (autocomplete by alias), `resolve_speaker`,
               `resolve_joint_speaker` (the people a joint speaker names)
    profiles   `speaker_profile`: a speaker's page
    stats      `index_stats`
"""
from .check import check_quote
from .engine import SORTS, MatchStream, SearchError, iter_matches, search
from .limits import QueryTooBroad
from .profiles import speaker_profile
from .speakers import (UNATTRIBUTED, SpeakerSummary, find_speakers, resolve_joint_speaker,
                       resolve_speaker)
from .stats import index_is_empty, index_stats, top_values

__all__ = ["search", "iter_matches", "MatchStream", "SearchError", "QueryTooBroad", "SORTS",
           "check_quote", "find_speakers", "resolve_speaker", "resolve_joint_speaker", "UNATTRIBUTED",
           "speaker_profile", "SpeakerSummary", "index_is_empty", "index_stats", "top_values"]
