"""A speaker's profile page as search builds it: the names and why they were
merged, the roles an article gave (titles only, with the dates they were held
between), and what the speaker said where (outlets, topics, years), over every
quotation of the speaker, joint ones included (`speakers.docs_of_speakers`)."""
from __future__ import annotations

import re
from typing import Optional

import numpy as np

from ..index.store import QuoteIndex
from ..records import SpeakerProfile
from .snapshot import reading
from .speakers import _iso, docs_of_speakers, registry


def speaker_profile(index: QuoteIndex, speaker_id: str) -> Optional[SpeakerProfile]:
    with reading(index) as snap:
        found = registry(snap)
        at = found.by_id.get(speaker_id)
        if at is None:
            return None
        identity = found.identities[at]
        table = snap.facets
        mask = docs_of_speakers(snap, [at]) & table.live
        roles_vocab = table.vocabulary("role").values
        docs, values = table.multi["role"]
        keep = mask[docs]
        roles = []
        for role in np.unique(values[keep]).tolist():
            if not is_title_role(roles_vocab[role]):
                continue
            dates = table.date[docs[keep][values[keep] == role]]
            dates = dates[dates > 0]
            roles.append((roles_vocab[role], _iso(dates.min()) if len(dates) else None,
                          _iso(dates.max()) if len(dates) else None))
        roles.sort(key=lambda r: (r[1] or "9999", r[0]))

        def top(name: str) -> list[tuple[str, int]]:
            return sorted(table.value_counts(name, mask).items(), key=lambda t: (-t[1], t[0]))
        return SpeakerProfile(
            id=identity.id, name=identity.name, kind=identity.kind,
            aliases=[(f.name, f.quotes) for f in identity.forms if f.name != identity.name],
            names_used=[(f.name, f.quotes, f.reason) for f in identity.forms if not f.as_speaker],
            roles=roles, quotes=int(mask.sum()), outlets=top("outlet"), topics=top("topic")[:20],
            years=sorted(table.value_counts("year", mask).items()),
            forms=[(f.name, f.quotes, f.reason) for f in identity.forms if f.as_speaker],
            by_hand=identity.by_hand)


_ROLE_STARTS_WRONG = frozenset("""at in on of for to from with by as the a an his her their its
this that and or but about after before when while during since than""".split())
_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$")


def is_title_role(role: str) -> bool:
    """Whether a role as an article gave it reads as a title ("Republican nominee",
    "F.B.I. director"), not a fragment of the sentence ("Carson to Mr.", "at the
    time", "justice sounded off", "honor")."""
    words = role.split()
    if not words or _HONORIFIC_END.search(role) or words[0].lower() in _ROLE_STARTS_WRONG:
        return False
    if any(w.lower().endswith("ed") and w[:1].islower() and w.lower() not in _ROLE_PARTICIPLES
           for w in words):
        return False        # a verb: "sounded", "rebuked", "favored"
    if len(words) == 1 and words[0][:1].islower():
        from ..extract.lexicon import TITLE_WORDS
        return words[0].lower() in TITLE_WORDS
    return True


# "-ed" words that belong in titles
_ROLE_PARTICIPLES = frozenset({"elected", "retired", "appointed", "acting", "designated",
                               "indicted", "embattled", "unnamed", "licensed", "certified"})
