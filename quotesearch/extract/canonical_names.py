"""Canonical names: the fullest form of a name one article uses.

The name half of `speakers.SpeakerResolver` (a mixin, like `pronouns`): "Zhang" is
"Zhang Hanhui", "Mrs. Clinton" is Hillary Clinton and not Bill, "Biden" is "Joseph R.
Biden Jr.", and a bare surname two people share is the one just named in full in its
paragraph ("Trump announced …" after "President-elect Donald Trump").
"""
from __future__ import annotations

from typing import Optional

from .frequency import everyday_word as _everyday_word
from .gender import FIRST_NAMES, first_name_gender
from .lexicon import ORG_WORDS
from .names import _PERSON_PARTICLES, FIRST_NAME_TITLES, GENERATIONS

# A common word ending a name makes it a place's or a firm's ("Trump Village", "Paulson
# Partners"), not a person's with that surname first ("Lou Jiwei")
_PLACE_WORD_ZIPF = 4.0
# How far back, in its own paragraph, a namesake named in full is the one a bare surname means
_NAMESAKE_REACH = 600


class CanonicalNames:
    """The name half of `speakers.SpeakerResolver` (it uses the resolver's full names,
    their order, the article's relatives, name positions and text)."""

    def in_a_full_name(self, word: str) -> bool:
        """Whether ``word`` is a word of some full name the article uses (names are
        only ever added, so their count says when the word set is out of date)."""
        if self._name_words_of != len(self.full_names):
            self._name_words = {w for full in self.full_names for w in full.split()}
            self._name_words_of = len(self.full_names)
        return word in self._name_words

    def canonical(self, name: str, gender: Optional[str] = None) -> str:
        """The fullest form of ``name`` used in the article ("Zhang" -> "Zhang Hanhui"); with
        a ``gender`` from a courtesy title, one whose first name does not say otherwise
        ("Mrs. Clinton" -> "Hillary Clinton", not "Bill Clinton")."""
        if gender is not None:
            return self._canonical_of_gender(name, gender)
        toks = name.split()
        if not toks:
            return name
        best, best_rank = name, (False, False, 0)
        self._index_full_names()
        if name in self._canonical_cache:
            return self._canonical_cache[name]
        if len(toks) > 1 and toks[0][:1].isupper() and toks[0].lower() in _PERSON_PARTICLES:
            # "De Miranda" opening a sentence is "de Miranda" of "Luis de Miranda" (but "De Niro"
            # of "Robert De Niro" is written so everywhere)
            lowered = " ".join([toks[0].lower(), *toks[1:]])
            fuller = self.canonical(lowered)
            if fuller != lowered:
                self._canonical_cache[name] = fuller
                return fuller
        if len(toks) > 1:
            # a longer name holding these words at its start or end: keyed by two words
            candidates = {*self._by_edge_pair.get(("<", toks[0], toks[1]), ()),
                          *self._by_edge_pair.get((">", toks[-2], toks[-1]), ())}
        else:
            candidates = {*self._by_edge_token.get(toks[0], ())}
            middle = self._by_middle_token.get(toks[0], ())
            if not candidates and len(middle) == 1 and toks[0].lower() not in FIRST_NAMES:
                # "Moreno" of "Lucia Moreno Baptiste": a first surname, when only she has it
                self._canonical_cache[name] = middle[0]
                return middle[0]
        if len(toks) > 1:
            # kin are named in full: a name ending a longer one is someone else when either was
            # introduced as kin ("Her father, Marwan Haddad" is no "Lina Marwan Haddad"; "His
            # son, Jack Stephen Jones" no fuller "Stephen Jones"), though a name opening it is
            # theirs ("his wife, Dena Minning Grayson" … "Dena Minning")
            candidates = {full for full in candidates if full.split()[:len(toks)] == toks
                          or (name not in self.relatives and full not in self.relatives)}
        for full in sorted(candidates, key=self._name_order.__getitem__):   # ties: the first named
            count = self.full_names[full]
            ftoks = full.split()
            if len(ftoks) <= len(toks):
                continue
            if len(toks) > 1 and ftoks[:len(toks)] == toks and \
                    all(t.lower().strip(".,") in GENERATIONS for t in ftoks[len(toks):]):
                continue   # "Donald Trump Jr." is not a fuller "Donald Trump": his son
            # ("Biden" of "Joseph R. Biden Jr.": the surname before the generation)
            core = _without_generation(ftoks)
            if len(core) < 2:
                continue   # "Allan Snr": a first name and a generation, no fuller name of anyone
            if len(toks) == 1 and len(core) < len(ftoks) and self._namesake_without_generation(full):
                continue   # "Trump" with Donald Trump and Donald Trump Jr. named: not the son
            if (len(toks) == 1 and toks[0] in (core[0], core[-1])) or \
                    (len(toks) > 1 and (core[-len(toks):] == toks or ftoks[:len(toks)] == toks)):
                # a surname beats a first word ("Bundy" is Ammon Bundy, not "the Bundy
                # Ranch"); first words count for names written surname first ("Zhang Hanhui")
                # a bare surname is not the namesake introduced as someone's wife or son
                rank = (len(toks) > 1 or toks[0] == core[-1], len(toks) > 1 or full not in self.relatives, count)
                if rank > best_rank:
                    best, best_rank = full, rank
        if best == name and len(toks) == 2 and toks[1].lower().strip(".") in GENERATIONS:
            # "Allan Snr" after "His dad, Allan Bryant Snr": the first name and the generation
            same = [f for f in self._by_edge_token.get(toks[0], ()) if len(f.split()) > 2 and f.split()[0] == toks[0]
                    and f.split()[-1].lower().strip(".") == toks[1].lower().strip(".")]
            best = same[0] if len(same) == 1 else best
        if len(toks) == 1 and best != name and len(candidates) == 1 and self._namesake_of_other_gender(toks[0], best):
            best = name   # "President Obama" beside "Michelle Obama" and "Mr. Obama": not hers
        if best == name and len(toks) == 2 and (toks[0] in FIRST_NAME_TITLES or (
                toks[0].lower() not in FIRST_NAMES and toks[0][:1].isupper() and toks[0][1:].islower())):
            titled = self.canonical(toks[1])
            if titled != toks[1] and (toks[0] in FIRST_NAME_TITLES or f"{toks[0].lower()} {titled}" in self.text):
                # "Dean Amar" after "Dean Vikram Amar": the title, not a first name; so is a
                # word the article sets in lower case before the full name ("Realtor Ghulam"
                # after "realtor Shaun Ghulam")
                best = titled
        self._canonical_cache[name] = best
        return best

    def _index_full_names(self) -> None:
        """Full names by their first and last word, so a look-up reads only the few names
        that can match (a long article names thousands of people); rebuilt when names
        were added since."""
        if self._by_edge_token is not None and self._indexed == len(self.full_names):
            return
        self._canonical_cache = {}
        self._by_edge_token = {}
        self._name_order = {full: i for i, full in enumerate(self.full_names)}
        self._by_edge_pair = {}
        self._by_middle_token = {}
        lowered_tails = {" ".join(full.split()[-2:]) for full in self.full_names
                         if len(full.split()) > 2 and full.split()[-2] in _PERSON_PARTICLES}
        for full in self.full_names:
            ftoks = _without_generation(full.split())
            if len(ftoks) == 2 and " ".join([ftoks[0].lower(), ftoks[1]]) in lowered_tails:
                continue   # "De Miranda" opening a sentence: "Luis de Miranda", no name of its own
            for tok in {ftoks[0], ftoks[-1]}:
                self._by_edge_token.setdefault(tok, []).append(full)
            if _everyday_word(ftoks[-1].lower()) or ftoks[-1].lower() in ORG_WORDS:
                continue   # "Rachel Maddow Show", "Shanghai-based Hurun Report": no one's name
            for tok in ftoks[1:-1]:
                if len(tok.rstrip(".")) > 1 and tok[:1].isupper():
                    self._by_middle_token.setdefault(tok, []).append(full)
            if len(ftoks) > 2:
                self._by_edge_pair.setdefault(("<", ftoks[0], ftoks[1]), []).append(full)
                self._by_edge_pair.setdefault((">", ftoks[-2], ftoks[-1]), []).append(full)
        self._indexed = len(self.full_names)

    def _namesake_of_other_gender(self, surname: str, full: str) -> bool:
        """Whether the article titles someone of this surname with a courtesy title of
        the other gender than the first name of ``full`` says, more often than of that
        gender ("Mr. Obama" beside "Michelle Obama", the one Obama named in full; not
        "Mr. Trump" beside one "Mrs. Trump"): then a bare surname may be either of them."""
        gender = first_name_gender(full)
        titled = self.courtesy_genders.get(surname)
        if gender is None or not titled:
            return False
        other = sum(n for g, n in titled.items() if g not in (None, gender))
        return other > titled.get(gender, 0)

    def _namesake_without_generation(self, full: str) -> bool:
        """Whether the article names someone else of the surname of ``full`` ("Donald
        Trump Jr.") without a generation ("Donald Trump")."""
        surname = _without_generation(full.split())[-1]
        return any(other != full and other.split()[-1] == surname for other in self.full_names)

    def _canonical_of_gender(self, name: str, gender: str) -> str:
        toks = name.split()
        if len(toks) != 1:
            return self.canonical(name)
        self._index_full_names()
        best, best_count = name, 0
        for full in sorted(self._by_edge_token.get(toks[0], ()), key=self._name_order.__getitem__):
            ftoks = _without_generation(full.split())
            if len(ftoks) < 2 or toks[0] not in (ftoks[0], ftoks[-1]):
                continue
            if len(ftoks) < len(full.split()) and self._namesake_without_generation(full):
                continue
            if ftoks[0] == toks[0] and _everyday_word(ftoks[-1].lower(), _PLACE_WORD_ZIPF):
                continue   # "Mr. Trump" is not "Trump Village"; but "Mr. Lou" is "Lou Jiwei"
            if first_name_gender(full) not in (None, gender):
                continue   # "Bill Clinton" is not "Mrs. Clinton"
            if self.full_names[full] > best_count:
                best, best_count = full, self.full_names[full]
        return best

    def _namesake_just_named(self, surname: str, fullest: str, position: int) -> str:
        """"Trump announced …" two sentences after "President-elect Donald Trump" on a
        page that named Melania Trump as often: the namesake named in full just before
        in the same paragraph (both by a first name: "Professors Foner" or "L.H. Meyer" is
        no one's full name), when the one the article names most is not named since; else
        ``fullest``."""
        latest_at, latest = -1, None
        for at, full in self.name_positions:
            if at < position and full.split()[-1] == surname and at > latest_at:
                latest_at, latest = at, full
        if latest is None or latest == fullest or latest in self.relatives \
                or latest.split()[0].lower() not in FIRST_NAMES or fullest.split()[0].lower() not in FIRST_NAMES \
                or position - latest_at > _NAMESAKE_REACH or "\n" in self.text[latest_at:position]:
            return fullest
        return latest


def _without_generation(toks: list[str]) -> list[str]:
    """A name's words without a closing "Jr." or "III" ("Joseph R. Biden Jr." ends in
    "Biden" for a look-up by surname); a name of one word stays as it is."""
    end = len(toks)
    while end > 1 and toks[end - 1].lower().strip(".,") in GENERATIONS:
        end -= 1
    return toks[:end]
