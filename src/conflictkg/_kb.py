"""The actor knowledge base: known actors, their names, demonyms and seats, from RDF."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from ._errors import InputError
from ._resources import actor_files
from ._vocab import ACTOR, ACTOR_TYPES, CKG, OWL, RDF, SCHEMA, SKOS, WD, norm_name


@dataclass
class ActorInfo:
    iri: str
    label: str
    type: str  # local name of the most specific ckg class
    alt_labels: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    wikidata: list[str] = field(default_factory=list)
    commanded_by: str | None = None
    armed_forces_of: str | None = None
    commands: str | None = None  # a person: the armed group the gazetteer says they command
    governs: str | None = None  # a government: the state it governs ("Libya's government")
    nationality: str | None = None  # a person: the state whose national they are
    start_date: str | None = None  # a government: when it began and ended (ISO dates)
    end_date: str | None = None
    known: bool = True  # False for actors discovered in text
    roles: set[str] = field(default_factory=set)  # role titles the text gives a person

    def copy(self) -> ActorInfo:
        """A per-document copy: what one article says of an actor must not leak into the next."""
        return replace(self, alt_labels=list(self.alt_labels), roles=set(self.roles))

    @property
    def names(self) -> list[str]:
        return [self.label, *self.alt_labels]


class ActorBase:
    """Look-up tables over the gazetteer. Built once per build, read by nlp and link."""

    def __init__(self, actors: dict[str, ActorInfo], media: dict[str, list[str]]) -> None:
        self.actors = actors
        self.media_names = {norm_name(n) for names in media.values() for n in names}
        self.by_name: dict[str, str] = {}
        self.by_demonym: dict[str, str] = {}
        self.by_seat: dict[str, str] = {}
        self.by_description: dict[str, list[str]] = defaultdict(list)
        self.forces_of: dict[str, str] = {}
        self.group_of_commander: dict[str, str] = {}
        self.governments_of: dict[str, list[str]] = defaultdict(list)
        for a in actors.values():
            for n in a.names:
                self.by_name.setdefault(norm_name(n), a.iri)
            for d in a.demonyms:
                self.by_demonym.setdefault(norm_name(d), a.iri)
            for s in a.seats:
                self.by_seat.setdefault(norm_name(s), a.iri)
            for d in a.descriptions:
                self.by_description[d].append(a.iri)  # as written: matched token by token
            if a.armed_forces_of:
                self.forces_of.setdefault(a.armed_forces_of, a.iri)
            if a.commanded_by:
                self.group_of_commander.setdefault(a.commanded_by, a.iri)
            if a.governs:
                self.governments_of[a.governs].append(a.iri)
        for a in actors.values():
            if a.commanded_by in actors and actors[a.commanded_by].commands is None:
                actors[a.commanded_by].commands = a.iri
        # an analyst's word on the cross-article merges (owl:sameAs / owl:differentFrom in an actors file)
        self.same_as: list[tuple[str, str]] = []
        self.different_from: list[tuple[str, str]] = []

    def government_of(self, state: str, date: str | None) -> str | None:
        """The government the gazetteer says governs ``state`` on ``date`` (ISO; None: the current one)."""
        return next((iri for iri in self.governments_of.get(state, ()) if self.in_force(iri, date)), None)

    def in_force(self, iri: str, date: str | None) -> bool:
        """Does the actor exist on ``date``? (Only governments carry dates.)"""
        a = self.actors[iri]
        if date is None:
            return a.end_date is None
        return (a.start_date or "") <= date[:10] and (a.end_date is None or date[:10] < a.end_date)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> ActorBase:
        """The shipped gazetteer, then user files: a user file adds names and overrides types and labels."""
        actors: dict[str, ActorInfo] = {}
        media: dict[str, list[str]] = {}
        files = [*actor_files(), *map(Path, extra)]
        links: dict[str, list[tuple[str, str]]] = {"same": [], "different": []}
        for f in files:
            _merge(actors, media, f, user=f not in actor_files(), links=links)
        for iri, a in list(actors.items()):
            if not a.label or not a.type:
                del actors[iri]  # labels without a typed actor (a user file adding names to nothing)
        base = cls(actors, media)
        base.same_as, base.different_from = links["same"], links["different"]
        return base

    def get(self, iri: str) -> ActorInfo | None:
        return self.actors.get(iri)


# Gazetteer properties with one value per actor, and the ActorInfo field each fills.
_SINGLE_VALUED = {
    CKG + "commandedBy": "commanded_by", CKG + "armedForcesOf": "armed_forces_of", CKG + "governmentOf": "governs",
    SCHEMA + "nationality": "nationality", SCHEMA + "startDate": "start_date", SCHEMA + "endDate": "end_date",
}


def _merge(actors: dict[str, ActorInfo], media: dict[str, list[str]], path: Path, *, user: bool,
           links: dict[str, list[tuple[str, str]]] | None = None) -> None:
    if not path.is_file():
        raise InputError(f"actors file {path} does not exist", code="E110")
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"actors file {path} is not valid RDF: {exc}", code="E111") from exc
    by_subject: dict[str, list[tuple[str, ox.Term]]] = defaultdict(list)
    for q in quads:
        if isinstance(q.subject, ox.NamedNode):
            by_subject[q.subject.value].append((q.predicate.value, q.object))
    for iri, props in by_subject.items():
        for p, o in props:
            if links is not None and isinstance(o, ox.NamedNode) and o.value.startswith(ACTOR):
                if p == OWL + "sameAs":
                    links["same"].append((iri, o.value))
                elif p == OWL + "differentFrom":
                    links["different"].append((iri, o.value))
        types = {o.value for p, o in props if p == RDF + "type"}
        if all(p in (OWL + "sameAs", OWL + "differentFrom") for p, _ in props):
            continue  # only an analyst's sameAs / differentFrom line
        if SCHEMA + "NewsMediaOrganization" in types:
            media[iri] = [o.value for p, o in props if p in (SKOS + "prefLabel", SKOS + "altLabel")]
            continue
        a = actors.get(iri) or ActorInfo(iri=iri, label="", type="")
        for t in ACTOR_TYPES:
            if CKG + t in types:
                a.type = t
        for p, o in props:
            v = o.value
            if p == SKOS + "prefLabel":
                if a.label and a.label != v and user:
                    a.alt_labels.append(a.label)
                a.label = v if (user or not a.label) else a.label
            elif p == SKOS + "altLabel":
                a.alt_labels.append(v)
            elif p == CKG + "demonym":
                a.demonyms.append(v)
            elif p == CKG + "seatName":
                a.seats.append(v)
            elif p == CKG + "governmentDescription":
                a.descriptions.append(v)
            elif p in (SKOS + "exactMatch", "http://www.w3.org/2002/07/owl#sameAs") and v.startswith(WD):
                a.wikidata.append(v)
            elif p in _SINGLE_VALUED:
                setattr(a, _SINGLE_VALUED[p], v)
        a.alt_labels = [x for x in dict.fromkeys(a.alt_labels) if x != a.label]
        actors[iri] = a
    # A user file that types an actor without labelling it gets a readable default label.
    for a in actors.values():
        if a.type and not a.label:
            a.label = a.iri.rsplit("/", 1)[-1].replace("_", " ")
