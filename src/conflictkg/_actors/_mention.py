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
    kind: str  # name | demonym | seat | description | forces
    possessor: str | None = None  # for "X's forces": the actor X

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass
class LinkedDoc:
    doc: Doc
    mentions: list[Mention]
    actors: dict[str, ActorInfo]
    labels_seen: dict[str, set[str]] = field(default_factory=dict)

    def mentions_in(self, sent: Span) -> list[Mention]:
        return [m for m in self.mentions if sent.start <= m.start and m.end <= sent.end]

    def at(self, token_i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= token_i < m.end:
                return m
        return None
