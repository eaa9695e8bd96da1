"""The predicate lexicon: ontology/lexicon/predicates.jsonl (and users' files), loaded once.

Each entry says which word carries which relation and in which frame its arguments
sit (ontology/lexicon/README.md). Entries are looked up by (lemma, POS); an idiom
is an entry whose ``requires`` names dependents the trigger must have.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .._errors import InputError
from .._resources import ontology_dir
from .._vocab import COARSE

FRAMES = ("transitive", "prep", "transfer", "receive", "departure", "agent_noun", "patient_noun", "event_noun",
          "adjective", "members", "wrongdoing", "complaint", "loss", "revenge")
POS = ("VERB", "NOUN", "ADJ")
# Frames whose other party is found only behind a preposition.
_NEEDS_PREPS = {"prep", "adjective"}


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str
    relation: str  # ontology property, local name
    frame: str
    preps: tuple[str, ...] = ()
    requires: tuple[tuple[str, str], ...] = ()  # (dependency label, lemma) pairs
    symmetric: bool = False
    nonperson: str | None = None  # the relation when the agent is not a person
    hedged: bool = False  # the word states closeness, not the relation itself ("close to")
    prefix: bool = False  # an adjective that is a hyphen prefix ("pro-Turkish militias")
    example: dict | None = field(default=None, compare=False)
    # the relation a person patient holds to a group agent, besides the entry's own: "fighters loyal
    # to X" are led by X ("commands")
    leader: str | None = None
    # a symmetric noun said of its referent ("X is Y's ally", "X, Y's closest ally") reads one way: X -> Y
    directed: bool = False
    # who may be the agent: "armed" (an armed group or a state's forces: "mercenaries working for Y"),
    # "contributor" (a state's forces or people stand for the state: "Kenyan police officers serve in Y"),
    # "nonstate" (a person or a group: "X joined the Y Front" -- a state that joins a body is a member)
    agent: str | None = None
    # the relation runs from the frame's patient to its agent: "X hired Y" -- Y serves X
    inverse: bool = False
    # who may be the patient: "armed" (an armed group or a state's forces: "X joined the Y Front",
    # "joined Z's forces" -- not "joined the United Nations")
    patient: str | None = None

    @property
    def key(self) -> tuple:
        """Entries with the same key are one: a user's entry with it replaces ours. One lemma may
        have several entries ("fight" Y, "fight against" Y, "fight alongside" Y)."""
        return self.lemma, self.pos, self.requires, self.frame, self.preps

    @property
    def coarse(self) -> str:
        return COARSE[self.relation]


AGENTS = ("armed", "contributor", "nonstate")


def _agent(value, where: str) -> str | None:
    if value is not None and value not in AGENTS:
        raise InputError(f"{where}: agent {value!r} is not one of {', '.join(AGENTS)}", code="E152")
    return value


def _patient(value, where: str) -> str | None:
    if value is not None and value != "armed":
        raise InputError(f"{where}: patient {value!r} is not 'armed'", code="E152")
    return value


def _entry(row: dict, where: str) -> Predicate:
    try:
        lemma, pos, relation, frame = row["lemma"], row["pos"], row["relation"], row["frame"]
    except KeyError as exc:
        raise InputError(f"{where}: a predicate needs {exc.args[0]!r}", code="E151") from exc
    if pos not in POS:
        raise InputError(f"{where}: pos {pos!r} is not one of {', '.join(POS)}", code="E152")
    if frame not in FRAMES:
        raise InputError(f"{where}: frame {frame!r} is not one of {', '.join(FRAMES)}", code="E152")
    for rel in (relation, row.get("nonperson"), row.get("leader")):
        if rel is not None and rel not in COARSE:
            raise InputError(f"{where}: relation {rel!r} is not an ontology property ({', '.join(COARSE)})",
                             code="E152")
    preps = tuple(p.lower() for p in row.get("preps", ()))
    if frame in _NEEDS_PREPS and not preps and not row.get("prefix"):
        raise InputError(f"{where}: frame {frame!r} needs 'preps'", code="E152")
    requires = tuple(sorted((dep, str(lem).lower()) for dep, lem in (row.get("requires") or {}).items()))
    return Predicate(lemma.lower(), pos, relation, frame, preps, requires, bool(row.get("symmetric")),
                     row.get("nonperson"), bool(row.get("hedged")), bool(row.get("prefix")), row.get("example"),
                     row.get("leader"), bool(row.get("directed")), _agent(row.get("agent"), where),
                     bool(row.get("inverse")), _patient(row.get("patient"), where))


def read_predicates(path: Path) -> list[Predicate]:
    if not path.is_file():
        raise InputError(f"predicates file {path} does not exist", code="E150")
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON: {exc.msg}", code="E151") from exc
            out.append(_entry(row, f"{path}:{n}"))
    return out


class PredicateLexicon:
    """Entries by (lemma, POS). A user's entry with the same key (lemma, POS, requires, frame, preps)
    replaces ours."""

    def __init__(self, entries: Iterable[Predicate]) -> None:
        by_key: dict[tuple, Predicate] = {}
        for e in entries:
            by_key[e.key] = e
        self.entries = list(by_key.values())
        self._index: dict[tuple[str, str], list[Predicate]] = defaultdict(list)
        for e in self.entries:
            self._index[e.lemma, e.pos].append(e)
        for found in self._index.values():
            found.sort(key=lambda e: -len(e.requires))  # idioms first: "throw weight behind" before "throw"

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> PredicateLexicon:
        files = [ontology_dir() / "lexicon" / "predicates.jsonl", *map(Path, extra)]
        return cls(e for f in files for e in read_predicates(f))

    def lookup(self, lemma: str, pos: str) -> list[Predicate]:
        return self._index.get((lemma, pos), [])

    def __len__(self) -> int:
        return len(self.entries)


def verb_stems(word: str) -> list[str]:
    """The lemmas an inflected verb form may have: arms -> arm, backed -> back, recognised ->
    recognise, shelling -> shell, shoring -> shore."""
    out = [word]
    if word.endswith("s") and len(word) > 3:
        out += [word[:-1], word[:-2]]
    if word.endswith("ed") and len(word) > 4:
        out += [word[:-2], word[:-1], word[:-3]]
    if word.endswith("ing") and len(word) > 5:
        out += [word[:-3], word[:-3] + "e", word[:-4]]
    return out


@cache
def light_verbs() -> dict[str, frozenset[str]]:
    """Verbs that give an event noun its agent ("positive"), stop it ("negating"), or make their
    subject its patient ("receiving"): ontology/lexicon/light_verbs.json."""
    data = json.loads((ontology_dir() / "lexicon" / "light_verbs.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


@cache
def default_lexicon() -> PredicateLexicon:
    """The shipped lexicon, for constructions that ask what kind of word a neighbour is."""
    return PredicateLexicon.load()
