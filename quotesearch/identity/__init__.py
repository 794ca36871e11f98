"""Speaker identity across the corpus: one person or organisation, one speaker,
however the articles name them.

    names       a speaker string read as a person's name parts or an organisation's key,
                or the reason it is no name ("the poll", "One", "Republican")
    nicknames   short forms of first names ("Bernie" for Bernard)
    forms       a speaker string as the index holds it; fold, slug; the union of strings
    people      the rules for people: names with other words, shared surnames, same
                name, middle initial, nickname, spelling, suffix, inferred surname
    organisations  the rules for organisations: one key however written, acronyms, a
                pollster's own poll, a name without its last word
    registry    the strings grouped into identities, each merge with its reason
    overrides   merges and splits made by hand, kept in the index folder

The index keeps each quotation's speaker as its article gave it; the registry
is computed from those strings (`quotesearch.search.speakers`), so a new
article, a removed one or a decision by hand changes it everywhere at once.
"""
from .overrides import Overrides, OverridesError
from .registry import Identity, NameForm, Registry, SpeakerForm, build_registry, slug

__all__ = ["Identity", "NameForm", "Overrides", "OverridesError", "Registry", "SpeakerForm",
           "build_registry", "slug"]
