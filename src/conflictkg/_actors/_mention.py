"""What the actor stage hands on: the mentions of one document and the actors they stand for."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .._kb import ActorInfo


@dataclass
class Mention:
    start: int  # token index in the doc
    end: int  # exclusive
    actor: str
    kind: str  # name | demonym | seat | description | forces | pronoun | group (one of a set: "the two factions")
    possessor: str | None = None  # for "X's forces": the actor X
    title: str | None = None  # the title or rank stripped from before a name ("gen", "foreign minister")
    label: str | None = None  # the name as a label (nicknames in quotes left out), for kind "name"

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass
class LinkedDoc:
    doc: Doc
    mentions: list[Mention]
    actors: dict[str, ActorInfo]
    labels_seen: dict[str, set[str]] = field(default_factory=dict)
    # Pronouns and definite descriptions resolved by the actor stage ("he", "its", "the group",
    # "the junta"): ``pronoun`` and ``description`` mentions. Kept apart from ``mentions`` so that
    # a relation stage opts in (``mentions_in(sent, anaphora=True)``, ``at(i, anaphora=True)``).
    anaphora: list[Mention] = field(default_factory=list)

    def mentions_in(self, sent: Span, anaphora: bool = False) -> list[Mention]:
        found = [m for m in self.mentions if sent.start <= m.start and m.end <= sent.end]
        if anaphora:
            found = sorted([*found, *(m for m in self.anaphora if sent.start <= m.start and m.end <= sent.end)],
                           key=lambda m: m.start)
        return found

    def at(self, token_i: int, anaphora: bool = False) -> Mention | None:
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m
        if anaphora:
            for m in self.anaphora:
                if m.start <= token_i < m.end:
                    return m
        return None
