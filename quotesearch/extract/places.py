"""Places: which capitalised names are countries, states, provinces or parishes.

A place that speaks stands for its government ("Costa Rica has said", "Florida sued"):
it is an organisation, never a person. The names come from the lexicon's short list
(capitals and common forms: "Beijing", "Britain") and from `pycountry`, which keeps the
ISO 3166 names of every country and of the first-level subdivisions of the countries
whose news we read most (US states, Canadian provinces, Caribbean parishes …), so this
module does not have to. A name ending in a place word ("Broward County", "Kingston
City", "Western District") is a place too.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .gender import FIRST_NAMES
from .lexicon import PLACES

# Countries whose subdivisions stand as speakers in English-language news. Not Britain's,
# Ireland's or New Zealand's, whose lists hold surnames ("Bury", "Kerry", "Nelson"); only
# Britain's nations.
_SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "IN", "JM", "TT", "BB", "BS", "LC", "VC",
                          "GD", "DM", "KN", "AG", "BZ", "GY")
_BRITISH_NATIONS = ("england", "scotland", "wales", "northern ireland")
# The last word of a place's name: "Broward County", "Kingston City", "Eastern Province"
PLACE_HEADS = frozenset({"county", "city", "district", "province", "parish", "borough", "township",
                         "region", "municipality", "prefecture", "territory", "canton", "oblast"})

# The first word of a town's name that opens no person's name: "San Francisco", "Los
# Angeles", "Fort Worth", "Port Moresby" (not "Santa", "El", "St.": "Santa Claus", "El
# Chapo", "Bob St. John")
PLACE_FIRST_WORDS = frozenset({"san", "los", "las", "fort", "port", "lake", "mount", "mt."})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of countries and of the subdivisions above."""
    import pycountry   # loaded on first use: its databases take a few milliseconds

    names = set(PLACES) | set(_BRITISH_NATIONS)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names.add(value.lower())
    for code in _SUBDIVISION_COUNTRIES:
        for subdivision in pycountry.subdivisions.get(country_code=code) or ():
            names.add(subdivision.name.lower())
            names.add(_without_marks(subdivision.name.lower()))   # ISO's "Bihār" is written "Bihar"
    return frozenset(names)


def _without_marks(name: str) -> str:
    """The name without its diacritics ("bihār" -> "bihar", "tamil nādu" -> "tamil nadu")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_place(words: list[str]) -> bool:
    """"Costa Rica", "Florida", "Broward County", "the United States": a place's name."""
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and (
            words[-1].lower() in PLACE_HEADS or words[0].lower() in PLACE_FIRST_WORDS):
        return True
    if len(words) == 1 and words[0].lower() in FIRST_NAMES:
        return False   # "Victoria said": more likely a person than the Australian state
    return " ".join(words).lower() in place_names()
