"""Who an action belongs to: a person named in full, as 'E. Taylor', by initials or by role."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from boards.minutes_import.proposal import PersonRef

HONORIFICS = {
    "councillor",
    "cllr",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "professor",
    "prof",
    "sir",
    "dame",
    "rev",
    "revd",
}
ROLE_WORDS = {
    "chair": "chair",
    "chairman": "chair",
    "chairperson": "chair",
    "chair of the board": "chair",
    "vice chair": "vice_chair",
    "vicechair": "vice_chair",
    "deputy chair": "vice_chair",
    "clerk": "clerk",
    "clerk to the board": "clerk",
}
INITIALS = re.compile(r"^[A-Z]{2,4}$")


def norm(text: str) -> str:
    """Lower case, accents, dots and apostrophes gone: 'E. O'Shaughnessy' -> 'e oshaughnessy'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub("['\u2019`]", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _tokens(text: str) -> list[str]:
    return [t for t in norm(text).split() if t not in HONORIFICS]


@dataclass(frozen=True)
class OwnerMatch:
    """A person found for a phrase, how they were found and how sure that is."""

    person_id: int | None
    name: str
    how: str
    confidence: float


class OwnerIndex:
    """Looks people up the ways minutes name them; an ambiguous name matches nobody."""

    def __init__(self, people: list[PersonRef], defined_initials: dict[str, int] | None = None):
        self.people = people
        self.by_id = {p.id: p for p in people}
        self.defined_initials = dict(defined_initials or {})
        self.attendees: set[int] = set()

    def define_initials(self, initials: str, person_id: int) -> None:
        self.defined_initials[initials.upper()] = person_id

    def _unique(self, found: list[PersonRef], how: str, confidence: float) -> OwnerMatch | None:
        ids = {p.id for p in found}
        if len(ids) != 1:
            on_board = {p.id for p in found if p.on_board}
            if len(on_board) != 1:
                return None
            ids = on_board
            confidence -= 0.05
        person = self.by_id[ids.pop()]
        return OwnerMatch(person.id, str(person.name), how, confidence)

    def match(self, phrase: str) -> OwnerMatch | None:
        """The person a phrase names, or None when nobody (or more than one person) fits."""
        phrase = phrase.strip().strip(".,:;()").strip()
        if not phrase:
            return None
        if INITIALS.match(phrase):
            return self._initials(phrase)
        words = norm(phrase)
        bare = re.sub(r"^(the|our)\s+", "", words)
        if bare in ROLE_WORDS:
            return self._role(ROLE_WORDS[bare], phrase)
        tokens = _tokens(phrase)
        if not tokens:
            return None
        full = self._unique(
            [p for p in self.people if _tokens(p.name) == tokens], "full name", 0.95
        )
        if full:
            return full
        honorific = norm(phrase).split()[0] if norm(phrase) else ""
        if len(tokens) == 2 and len(tokens[0]) == 1:
            initial, surname = tokens
            found = [
                p
                for p in self.people
                if (name := _tokens(p.name)) and name[-1] == surname and name[0][0] == initial
            ]
            return self._unique(found, "initial and surname", 0.9)
        if len(tokens) == 1 and honorific in HONORIFICS:
            found = [
                p
                for p in self.people
                if _tokens(p.name)[-1:] == tokens and norm(p.honorific).startswith(honorific[:4])
            ]
            return self._unique(found, "title and surname", 0.85)
        if words.startswith(("the ", "our ")):
            return self._job_title(bare, phrase)
        if len(tokens) == 1 and phrase[:1].isupper():
            found = [p for p in self.people if p.on_board and _tokens(p.name)[-1:] == tokens]
            return self._unique(found, "surname only", 0.6)
        return None

    def _initials(self, initials: str) -> OwnerMatch | None:
        person_id = self.defined_initials.get(initials.upper())
        if person_id is not None and person_id in self.by_id:
            return OwnerMatch(
                person_id, self.by_id[person_id].name, "initials in the attendance list", 0.9
            )
        found = [
            p
            for p in self.people
            if p.initials.upper() == initials.upper() and (p.on_board or p.id in self.attendees)
        ]
        return self._unique(found, "initials", 0.8)

    def _role(self, role: str, phrase: str) -> OwnerMatch | None:
        found = [p for p in self.people if role in p.roles]
        return self._unique(found, f"role ({phrase})", 0.85)

    def _job_title(self, title: str, phrase: str) -> OwnerMatch | None:
        exact = [p for p in self.people if any(norm(t) == title for t in p.job_titles)]
        if exact:
            return self._unique(exact, f"job title ({phrase})", 0.85)
        if len(title.split()) < 2:
            return None
        partial = [
            p
            for p in self.people
            if p.on_board and any(title in norm(t) for t in p.job_titles if t)
        ]
        return self._unique(partial, f"job title ({phrase})", 0.75)
