"""The speaker registry as search uses it: one entry per person or organisation
(`quotesearch.identity`), listed and autocompleted by any name form (each
with a profile page: `profiles`), and the per-quotation identity that the
speaker facet, ``speaker:`` queries and ``--speaker`` go through, with the
quotations of joint speakers credited to each of their people.

Nothing here is stored apart from the index: the speaker strings, their aliases,
years and namesakes are read from the facet arrays of the current snapshot,
grouped by `identity.build_registry` together with the merges and splits made
by hand (``speakers.json`` in the index folder), once per index generation and
change of that file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..identity import Identity, Registry, SpeakerForm, build_registry, overrides
from ..identity.registry import fold
from ..index.store import QuoteIndex
from ..records import FacetValue
from .snapshot import Snapshot, reading

MAX_PREFIX_CHARS = 200
UNATTRIBUTED = "(unattributed)"      # the speaker facet's value for quotations without one


@dataclass
class SpeakerSummary:
    id: str
    name: str
    kind: Optional[str]
    aliases: list[str]                  # every other name form seen, most used first
    quotes: int
    matched_alias: Optional[str] = None     # the alias a prefix matched, when not the name

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "quotes": self.quotes, "matched_alias": self.matched_alias}


def _pairs(snap: Snapshot, facet: str) -> dict[int, list[tuple[int, int]]]:
    """For each speaker string id, (value id, live quotations) of a multi-valued facet."""
    table = snap.facets
    docs, values = table.multi[facet]
    keep = table.live[docs]
    speakers = table.single["speaker"][docs[keep]].astype(np.int64)
    values = values[keep].astype(np.int64)
    known = speakers >= 0
    width = max(1, len(table.vocabulary(facet).values))
    pairs, counts = np.unique(speakers[known] * width + values[known], return_counts=True)
    grouped: dict[int, list[tuple[int, int]]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist()):
        grouped.setdefault(pair // width, []).append((pair % width, count))
    return grouped


def _forms(snap: Snapshot) -> list[SpeakerForm]:
    table = snap.facets
    names = table.vocabulary("speaker").values
    speaker_ids = table.single["speaker"]
    live = table.live & (speaker_ids >= 0)
    counts = np.bincount(speaker_ids[live], minlength=len(names))
    kinds = table.vocabulary("speaker_kind").values
    kind_of: dict[int, str] = {}
    kind_ids = table.single["speaker_kind"]
    with_kind = live & (kind_ids >= 0)
    if with_kind.any():
        # (speaker, kind) pairs counted as one int64 key each: a 1-D count, not a sort of rows
        width = max(1, len(kinds))
        keys, n = np.unique(speaker_ids[with_kind].astype(np.int64) * width + kind_ids[with_kind],
                            return_counts=True)
        # the most given kind; a tie to the first by name, not to the kind this
        # process read first (kept per-segment counts give the same: `segment_counts`)
        best: dict[int, tuple[int, str]] = {}
        for key, count in zip(keys.tolist(), n.tolist()):
            speaker, kind = key // width, kinds[key % width]
            held = best.get(speaker)
            if held is None or (-count, kind) < (-held[0], held[1]):
                best[speaker], kind_of[speaker] = (count, kind), kind
    years_vocab = table.vocabulary("year").values
    year_ids = table.single["year"]
    with_year = live & (year_ids >= 0)
    years: dict[int, set[int]] = {}
    if with_year.any():
        width = max(1, len(years_vocab))
        seen = np.unique(speaker_ids[with_year].astype(np.int64) * width + year_ids[with_year])
        for key in seen.tolist():
            value = years_vocab[key % width]
            if value.isdigit():
                years.setdefault(key // width, set()).add(int(value))
    alias_vocab = table.vocabulary("alias").values
    aliases = _pairs(snap, "alias")
    namesake_vocab = table.vocabulary("namesake").values
    namesakes = _pairs(snap, "namesake")
    shared = np.zeros(table.size, dtype=bool)
    shared[table.multi["namesake"][0]] = True
    shared_counts = np.bincount(speaker_ids[live & shared], minlength=len(names))
    forms = []
    for speaker in np.flatnonzero(counts).tolist():
        name = names[speaker]
        forms.append(SpeakerForm(
            name=name, kind=kind_of.get(speaker), quotes=int(counts[speaker]),
            aliases={alias_vocab[a]: n for a, n in aliases.get(speaker, []) if alias_vocab[a] != name},
            years=frozenset(years.get(speaker, ())),
            namesakes={namesake_vocab[a]: n for a, n in namesakes.get(speaker, [])},
            shared_surname=int(shared_counts[speaker])))
    # by name, not by the order segments first saw them: the registry (ties of ids,
    # of inferred names) is then the same in every build and over shards (`fanout`)
    forms.sort(key=lambda form: form.name)
    return forms


def registry(snap: Snapshot) -> Registry:
    """The registry of this snapshot (built once per generation and overrides file)."""
    stamp = overrides.stamp_of(snap.index.path)
    cached = snap.cache.get("registry")
    if cached is not None and cached[0] == stamp:
        return cached[1]
    built = build_registry(_forms(snap), overrides.load(snap.index.path))
    snap.cache["registry"] = (stamp, built)
    snap.cache.pop("identity_of_doc", None)
    identity_of_doc(snap)       # which also settles the counts of inferred names
    return built


def identity_of_doc(snap: Snapshot) -> np.ndarray:
    """Each document's identity (its index in ``registry(snap).identities``), -1
    for a quotation without a speaker that is a name."""
    found = registry(snap)
    cached = snap.cache.get("identity_of_doc")
    if cached is not None:
        return cached
    table = snap.facets
    names = table.vocabulary("speaker").values
    remap = np.full(len(names) + 1, -1, dtype=np.int32)
    speaker_vocabulary = table.vocabulary("speaker").ids
    for value, at in found.of_member.items():
        if value in speaker_vocabulary:      # a shard's registry names every shard's speakers
            remap[speaker_vocabulary[value]] = at
    speaker_ids = table.single["speaker"]
    of_doc = remap[np.where(speaker_ids >= 0, speaker_ids, len(names))]
    if found.inferred:
        # "Obama" inferred to be Barack Obama, except in an article that names another
        # Obama and not him: those quotations stay unattributed ("Clinton" in an article
        # naming Bill and Hillary Clinton is still Hillary, the one the corpus quotes so)
        inferred_ids = np.array([speaker_vocabulary[v] for v in found.inferred
                                 if v in speaker_vocabulary], dtype=np.int32)
        docs, values = table.multi["namesake"]
        shared = np.zeros(table.size, dtype=bool)
        shared[docs] = True
        undone = shared & np.isin(speaker_ids, inferred_ids)
        if undone.any():
            named_vocab = table.vocabulary("namesake").values
            own_names = np.zeros(len(named_vocab) + 1, dtype=bool)
            for value_id, named in enumerate(named_vocab):
                at = found.of_member.get(named)
                own_names[value_id] = at is not None
            pairs = undone[docs]
            for doc, value in zip(docs[pairs].tolist(), values[pairs].tolist()):
                at = found.of_member.get(named_vocab[value]) if own_names[value] else None
                if at is not None and at == of_doc[doc]:
                    undone[doc] = False     # the article names the inferred person too
            of_doc[undone] = -1
        live = table.live & (of_doc >= 0)
        # one count of every speaker value, not a pass over every document per
        # inferred form (hundreds of passes over a million at scale)
        per_value = np.bincount(speaker_ids[live & (speaker_ids >= 0)], minlength=len(names))
        for member, at in found.inferred.items():
            value = speaker_vocabulary.get(member)   # (a shard may hold none of a form)
            kept = 0 if value is None else int(per_value[value])
            for form in found.identities[at].forms:
                if form.name == member and form.as_speaker:
                    form.quotes = kept
    credits = _joint_credits(snap, found)
    if found.inferred or found.joint:
        # the registry counted an inferred form's quotations from articles naming another
        # person with its surname out (those kept count again), and no joint quotation
        counts = np.bincount(of_doc[table.live & (of_doc >= 0)], minlength=len(found.identities))
        docs, people = credits.pairs
        counts += np.bincount(people[table.live[docs]], minlength=len(found.identities))
        for at, identity in enumerate(found.identities):
            identity.quotes = int(counts[at])
    snap.cache["joint_credits"] = credits
    snap.cache["identity_of_doc"] = of_doc
    return of_doc


@dataclass(frozen=True)
class JointCredits:
    """The quotations of joint speaker strings ("Nora Vance-Ortiz and Carl
    Drumond"): `identity_of_doc` has them as -1, each of their people is credited."""

    docs: np.ndarray                        # each such quotation once
    pairs: tuple[np.ndarray, np.ndarray]    # (quotation, identity), once per person


def _joint_credits(snap: Snapshot, found: Registry) -> JointCredits:
    none = np.zeros(0, dtype=np.int64)
    vocabulary = snap.facets.vocabulary("speaker").ids
    people_of = {vocabulary[name]: at for name, at in found.joint.items() if name in vocabulary}
    if not people_of:
        return JointCredits(none, (none, none.astype(np.int32)))
    speaker_ids = snap.facets.single["speaker"]
    docs = np.flatnonzero(np.isin(speaker_ids, np.fromiter(people_of, dtype=speaker_ids.dtype)))
    counts = [len(people_of[value]) for value in speaker_ids[docs].tolist()]
    people = np.fromiter((at for value in speaker_ids[docs].tolist() for at in people_of[value]),
                         dtype=np.int32, count=sum(counts))
    return JointCredits(docs, (np.repeat(docs, counts), people))


def joint_credits(snap: Snapshot) -> JointCredits:
    identity_of_doc(snap)
    return snap.cache["joint_credits"]


def docs_of_speakers(snap: Snapshot, identities) -> np.ndarray:
    """Whether each document is a quotation of one of ``identities`` (registry
    indexes; -1: quotations without a speaker), joint quotations included for
    each of their people."""
    of_doc = identity_of_doc(snap)
    credits = joint_credits(snap)
    wanted = np.asarray(list(identities), dtype=np.int32)
    selected = np.isin(of_doc, wanted)
    if len(credits.docs):
        if -1 in wanted:
            selected[credits.docs] = False      # a joint quotation has its speakers
        docs, people = credits.pairs
        selected[docs[np.isin(people, wanted)]] = True
    return selected


def speaker_counts(snap: Snapshot, mask: np.ndarray) -> np.ndarray:
    """Quotations of ``mask`` per identity, as ``1 + index`` (0: without a
    speaker), a joint quotation counted for each of its people."""
    found = registry(snap)
    counts = np.bincount(identity_of_doc(snap)[mask] + 1, minlength=len(found.identities) + 1)
    credits = joint_credits(snap)
    if len(credits.docs):
        counts[0] -= int(mask[credits.docs].sum())
        docs, people = credits.pairs
        counts += np.bincount(people[mask[docs]] + 1, minlength=len(counts))
    return counts


def _summary(identity: Identity, matched: Optional[str] = None) -> SpeakerSummary:
    return SpeakerSummary(identity.id, identity.name, identity.kind,
                          [f.name for f in identity.forms if f.name != identity.name],
                          identity.quotes, matched)


def find_speakers(index: QuoteIndex, prefix: str = "", limit: int = 50) -> list[SpeakerSummary]:
    """Speakers whose name or a name form has a word starting with ``prefix``
    ("zh", "Chinese Amb", "putin"), most quoted first."""
    wanted = fold(" ".join((prefix or "")[:MAX_PREFIX_CHARS].split()))
    first, _, rest = wanted.partition(" ")
    if rest and first.rstrip(".") in _HONORIFICS:
        wanted = rest           # "mr. trump": the honorific is no part of a name form
    with reading(index) as snap:
        found = []
        for identity in registry(snap).identities:
            if not wanted:
                found.append(_summary(identity))
            else:
                for name in [identity.name] + [f.name for f in identity.forms]:
                    folded = fold(name)
                    if folded.startswith(wanted) or f" {wanted}" in f" {folded}":
                        found.append(_summary(identity, None if name == identity.name else name))
                        break
            if len(found) >= limit:
                break
        return found


def speaker_count(index: QuoteIndex) -> int:
    with reading(index) as snap:
        return len(registry(snap).identities)


def resolve_speaker(index: QuoteIndex, key: str) -> Optional[tuple[str, str]]:
    """(id, name) of the speaker an id, older id, name or name form stands for."""
    with reading(index) as snap:
        identity = registry(snap).find(key)
        return None if identity is None else (identity.id, identity.name)


def resolve_joint_speaker(index: QuoteIndex, name: str) -> list[tuple[str, str]]:
    """(id, name) of each person a joint speaker string names ("Nora Vance-Ortiz and
    Carl Drumond"); empty when it is not one."""
    with reading(index) as snap:
        found = registry(snap)
        return [(found.identities[at].id, found.identities[at].name) for at in found.joint.get(name, ())]


class SpeakerDecisionError(ValueError):
    """A merge or split by hand that names no speaker, or nothing to change."""


def merge_speakers(index: QuoteIndex, first: str, second: str) -> tuple[str, str]:
    """Merge two speakers (ids, names or name forms) for good: kept in the index
    folder and applied to every later registry. Returns the merged (id, name)."""
    with reading(index) as snap:
        found = registry(snap)
        a, b = found.find(first), found.find(second)
    for key, identity in ((first, a), (second, b)):
        if identity is None:
            raise SpeakerDecisionError(f"no speaker is called {key!r} (try `quotesearch speakers "
                                       f"{key.split()[0] if key.split() else ''}`)")
    if a is b:
        raise SpeakerDecisionError(f"{first!r} and {second!r} are already one speaker ({a.name})")
    decisions = overrides.load(index.path)
    # kept by a speaker string of each (an id may come to mean another speaker after
    # a merge); a name form split off earlier stays split and joins only this speaker
    decisions.merge.append((a.members[0], b.members[0]))
    overrides.save(index.path, decisions)
    merged = resolve_speaker(index, a.members[0])
    return merged if merged is not None else (a.id, a.name)


def split_speaker(index: QuoteIndex, name_form: str) -> tuple[str, str]:
    """Take one speaker string ("Donald J. Trump") out of the speaker the rules
    put it in, for good. Returns the (id, name) it is now."""
    with reading(index) as snap:
        found = registry(snap)
        owner = found.of_member.get(name_form)
        if owner is None:
            wanted = fold(name_form)
            owner = next((at for member, at in found.of_member.items() if fold(member) == wanted), None)
            name_form = next((m for m in found.of_member if fold(m) == wanted), name_form)
        if owner is None:
            raise SpeakerDecisionError(f"no quotation has the speaker {name_form!r} as written "
                                       f"(a split takes a name form listed on a speaker's page)")
        identity = found.identities[owner]
    if len(identity.members) == 1:
        raise SpeakerDecisionError(f"{name_form!r} is a speaker of its own ({identity.name})")
    decisions = overrides.load(index.path)
    decisions.split.append(name_form)
    decisions.merge = [(a, b) for a, b in decisions.merge
                       if fold(name_form) not in (fold(a), fold(b))]
    overrides.save(index.path, decisions)
    now = resolve_speaker(index, name_form)
    return now if now is not None else (identity.id, name_form)


def speaker_decisions(index: QuoteIndex) -> overrides.Overrides:
    return overrides.load(index.path)


def undo_speaker_decisions(index: QuoteIndex, key: str) -> int:
    """Forget the merges and splits by hand that name ``key`` (an id, a name or a
    name form of a speaker they made); how many."""
    decisions = overrides.load(index.path)
    with reading(index) as snap:
        found = registry(snap)
        speaker = found.find(key)
    names = {fold(key)} | ({fold(m) for m in speaker.members} | {fold(speaker.id), fold(speaker.name)}
                           if speaker is not None else set())

    def named(value: str) -> bool:
        return fold(value) in names or (speaker is not None and found.find(value) is speaker)
    before = len(decisions.merge) + len(decisions.split)
    decisions.merge = [(a, b) for a, b in decisions.merge if not (named(a) or named(b))]
    decisions.split = [n for n in decisions.split if not named(n)]
    removed = before - len(decisions.merge) - len(decisions.split)
    if removed:
        overrides.save(index.path, decisions)
    return removed


def speaker_selection(snap: Snapshot, values: list[str]) -> np.ndarray:
    """Documents of the speakers named in ``values`` (ids, names or name forms;
    `UNATTRIBUTED` for quotations without one)."""
    found = registry(snap)
    wanted = []
    for value in values:
        if value == UNATTRIBUTED:
            wanted.append(-1)
            continue
        identity = _find_loosely(found, value)
        if identity is not None:
            wanted.append(found.by_id[identity.id])
    return docs_of_speakers(snap, wanted)


def canonical_value(snap: Snapshot, value: str) -> str:
    """The name a speaker filter value is shown and counted under."""
    if value == UNATTRIBUTED:
        return value
    identity = _find_loosely(registry(snap), value)
    return identity.name if identity is not None else value


def _find_loosely(found: Registry, value: str) -> Optional[Identity]:
    """The speaker a name stands for, titles and honorifics allowed ("Mr. Trump",
    "Sen. Bernie Sanders")."""
    identity = found.find(value)
    if identity is None:
        from ..identity.names import person_name
        name = person_name(value)
        for key in ((name.cleaned, name.short) if name else ()):
            identity = found.find(key) if key and key != value else None
            if identity is not None:
                break
    return identity


def speaker_facet(snap: Snapshot, mask: np.ndarray, selected: list[str],
                  limit: int) -> list[FacetValue]:
    """The speaker facet: one row per speaker (not per spelling), quotations
    without one under `UNATTRIBUTED`; ties at the cut compete by name, and a
    selected speaker stays listed with 0."""
    found = registry(snap)
    counts = speaker_counts(snap, mask)
    names = [UNATTRIBUTED] + [identity.name for identity in found.identities]
    nonzero = np.flatnonzero(counts)
    if len(nonzero) > limit:
        floor = np.partition(counts[nonzero], len(nonzero) - limit)[len(nonzero) - limit]
        nonzero = nonzero[counts[nonzero] >= floor]
    order = sorted(nonzero.tolist(), key=lambda i: (-counts[i], names[i]))[:limit]
    result = [FacetValue(names[i], int(counts[i]), names[i] in selected) for i in order]
    for value in selected:
        if not any(v.value == value for v in result):
            result.append(FacetValue(value, 0, True))
    return result


class _NameIndex:
    """Every name form of every speaker as words, and which forms hold each word."""

    def __init__(self, found: Registry):
        self.entries: list[tuple[int, tuple[str, ...]]] = []
        self.by_word: dict[str, list[int]] = {}
        for at, identity in enumerate(found.identities):
            for name in {identity.name, *(f.name for f in identity.forms)}:
                tokens = tuple(_name_tokens(name))
                for word in set(tokens):
                    self.by_word.setdefault(word, []).append(len(self.entries))
                self.entries.append((at, tokens))

    def candidates(self, first: str, prefix: bool) -> list[int]:
        if not prefix:
            return self.by_word.get(first, [])
        return [e for word, entries in self.by_word.items() if word.startswith(first)
                for e in entries]


def _name_index(snap: Snapshot) -> _NameIndex:
    found = registry(snap)
    cached = snap.cache.get("speaker_names")
    if cached is None or cached[0] is not found:
        cached = snap.cache["speaker_names"] = (found, _NameIndex(found))
    return cached[1]


def speaker_docs(snap: Snapshot, words: list[str], prefix: bool = False) -> np.ndarray:
    """Documents of every speaker with a name form holding ``words`` in order;
    when some name form is exactly ``words``, only those speakers
    (``speaker:"donald trump"`` is not Donald Trump Jr.). ``prefix``: the last
    word is a prefix."""
    wanted = [t for w in words for t in _name_tokens(w)]
    if not wanted:
        return np.zeros(0, dtype=np.int64)
    chosen = _speakers_named(snap, wanted, prefix)
    if not chosen and len(wanted) > 1 and wanted[0].rstrip(".") in _HONORIFICS:
        # speaker:"mr. trump": the most quoted speaker with that surname
        found = registry(snap)
        same = [at for at in _speakers_named(snap, wanted[1:], prefix)
                if _name_tokens(found.identities[at].name)[-len(wanted) + 1:] == wanted[1:]]
        chosen = {max(same, key=lambda at: found.identities[at].quotes)} if same else set()
    return np.flatnonzero(docs_of_speakers(snap, chosen))


_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sen", "rep", "gov", "prof", "president",
                         "senator", "governor", "sir", "dame", "lord", "lady", "gen", "rev"})


def _speakers_named(snap: Snapshot, wanted: list[str], prefix: bool) -> set[int]:
    names = _name_index(snap)
    exact, containing = set(), set()
    single_prefix = prefix and len(wanted) == 1
    for entry in names.candidates(wanted[0], single_prefix):
        at, tokens = names.entries[entry]
        if list(tokens) == wanted or (prefix and len(tokens) == len(wanted)
                                      and list(tokens[:-1]) == wanted[:-1]
                                      and tokens[-1].startswith(wanted[-1])):
            exact.add(at)
        elif _contains(list(tokens), wanted, prefix):
            containing.add(at)
    return exact if exact and len(wanted) > 1 else exact | containing


def speaker_query_docs(snap: Snapshot, q, raw: np.ndarray) -> np.ndarray:
    """Documents a ``speaker:`` query matches: every quotation of each speaker it
    names (see `speaker_docs`), and the quotations without a speaker whose
    description matches as written ("speaker:poll" finds "the poll")."""
    from whoosh import query as wq
    of_doc = identity_of_doc(snap)
    if isinstance(q, wq.Term):
        docs = speaker_docs(snap, [_text(q.text)])
    elif isinstance(q, wq.Phrase):
        docs = speaker_docs(snap, [_text(w) for w in q.words])
    elif isinstance(q, wq.Prefix):
        docs = speaker_docs(snap, [_text(q.text)], prefix=True)
    else:
        # wildcards, ranges: the speakers of the quotations whose names match
        speakers = np.unique(of_doc[raw[raw < len(of_doc)]])
        docs = np.flatnonzero(docs_of_speakers(snap, speakers[speakers >= 0]))
    if len(docs):
        return docs     # a speaker: their quotations, not descriptions naming them
    raw = raw[raw < len(of_doc)]
    return raw[of_doc[raw] < 0]


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _name_tokens(name: str) -> list[str]:
    from ..index.schema import NAME_ANALYZER
    return [t.text for t in NAME_ANALYZER(fold(name))]


def _contains(tokens: list[str], wanted: list[str], prefix: bool) -> bool:
    n = len(wanted)
    for start in range(len(tokens) - n + 1):
        window = tokens[start:start + n]
        if window[:-1] == wanted[:-1] and (window[-1] == wanted[-1] or
                                           (prefix and window[-1].startswith(wanted[-1]))):
            return True
    return False


def _iso(value) -> str:
    text = str(int(value))
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
