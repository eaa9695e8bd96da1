"""The actors graph: every actor described once, merged from what the articles say of it.

Each article graph holds one *actor record* per actor it names (``ckg:ActorRecord``,
a fragment of the article's IRI): the type, labels, roles, Wikidata links and
armed-forces link that this article gives the actor. The records are the
article's own provenance and are replaced with it.

The actors graph (``…/graph/actors``) is derived from the records, store-wide:
one description per actor, the union of its records (types, labels, role titles,
Wikidata links, ``ckg:mentionedIn`` for every article), with one preferred label.
Queries read actors there, so a label comes back once whatever the number of
articles. A build recomputes only the actors whose records it adds or removes,
in the same transaction as the articles (see ``_store.KnowledgeGraph.apply``).

``describe`` is the one place where records become descriptions. Cross-article
actor merging (``owl:sameAs``-style links between actors that several articles
name differently) plugs in beside it as a ``Merger``: it is handed the actors a
build changed, with their records, and returns extra triples for the actors graph.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ._vocab import ACTORS_GRAPH, CKG, RDF, SKOS, record_iri

_G = ox.NamedNode(ACTORS_GRAPH)
TYPE = ox.NamedNode(RDF + "type")
ACTOR = ox.NamedNode(CKG + "Actor")
RECORD = ox.NamedNode(CKG + "ActorRecord")
RECORD_OF = ox.NamedNode(CKG + "recordOf")
# record property -> (field of ActorRecord, property of the description in the actors graph)
_FIELDS = {
    CKG + "recordType": ("types", RDF + "type"),
    CKG + "recordLabel": ("labels", SKOS + "prefLabel"),
    CKG + "recordName": ("names", SKOS + "altLabel"),
    CKG + "recordMatch": ("wikidata", SKOS + "exactMatch"),
    CKG + "recordRole": ("roles", CKG + "roleTitle"),
    CKG + "recordForcesOf": ("forces_of", CKG + "armedForcesOf"),
}
_BY_FIELD = {f: ox.NamedNode(p) for p, (f, _) in _FIELDS.items()}
_TARGET = {f: ox.NamedNode(t) for f, t in _FIELDS.values()}
PRIMARY = ox.NamedNode(CKG + "primaryType")
# Most specific first: an actor typed Official and Person is an Official.
TYPE_ORDER = ("Official", "State", "Government", "ArmedGroup", "Organization", "Person")
PREF = ox.NamedNode(SKOS + "prefLabel")
ALT = ox.NamedNode(SKOS + "altLabel")
# Every label in lower case: saved queries find an actor by any name, case-insensitively, with
# one index look-up (BIND (LCASE(STR(?actor)) AS ?key) ?target ckg:nameKey ?key) instead of
# comparing LCASE(label) for every label of every actor.
NAME_KEY = ox.NamedNode(CKG + "nameKey")
MENTIONED_IN = ox.NamedNode(CKG + "mentionedIn")


@dataclass
class ActorRecord:
    """What one article says of one actor."""

    actor: ox.NamedNode
    document: ox.NamedNode  # the article (schema:NewsArticle)
    types: set[ox.Term] = field(default_factory=set)
    labels: set[ox.Term] = field(default_factory=set)  # the preferred label the article used (one)
    names: set[ox.Term] = field(default_factory=set)  # every other name
    wikidata: set[ox.Term] = field(default_factory=set)
    roles: set[ox.Term] = field(default_factory=set)
    forces_of: set[ox.Term] = field(default_factory=set)


def record_quads(doc_id: str, doc: ox.NamedNode, graph: ox.NamedNode, actor: str, type_: str, label: str,
                 names: Iterable[str], wikidata: Iterable[str], roles: Iterable[str],
                 forces_of: str | None) -> Iterator[ox.Quad]:
    """The record of one actor in one article, in the article's graph."""
    rec = ox.NamedNode(record_iri(doc_id, actor))
    yield ox.Quad(rec, TYPE, RECORD, graph)
    yield ox.Quad(rec, RECORD_OF, ox.NamedNode(actor), graph)
    yield ox.Quad(rec, ox.NamedNode(CKG + "recordIn"), doc, graph)
    yield ox.Quad(rec, _BY_FIELD["types"], ox.NamedNode(CKG + type_), graph)
    yield ox.Quad(rec, _BY_FIELD["labels"], ox.Literal(label, language="en"), graph)
    for n in sorted(set(names) - {label}):
        yield ox.Quad(rec, _BY_FIELD["names"], ox.Literal(n, language="en"), graph)
    for w in sorted(set(wikidata)):
        yield ox.Quad(rec, _BY_FIELD["wikidata"], ox.NamedNode(w), graph)
    for r in sorted(set(roles)):
        yield ox.Quad(rec, _BY_FIELD["roles"], ox.Literal(r), graph)
    if forces_of:
        yield ox.Quad(rec, _BY_FIELD["forces_of"], ox.NamedNode(forces_of), graph)


def records_from_quads(quads: Iterable[ox.Quad]) -> list[ActorRecord]:
    """Actor records among ``quads`` (an article's quads, or what the store holds of some records)."""
    by_node: dict[ox.Term, list[ox.Quad]] = defaultdict(list)
    for q in quads:
        by_node[q.subject].append(q)
    out = []
    for qs in by_node.values():
        actor = next((q.object for q in qs if q.predicate == RECORD_OF), None)
        doc = next((q.object for q in qs if q.predicate.value == CKG + "recordIn"), None)
        if actor is None or doc is None:
            continue
        rec = ActorRecord(actor, doc)
        for q in qs:
            if q.predicate.value in _FIELDS:
                getattr(rec, _FIELDS[q.predicate.value][0]).add(q.object)
        out.append(rec)
    return out


def records_in_graph(store: ox.Store, graph: ox.NamedNode) -> list[ActorRecord]:
    nodes = [q.subject for q in store.quads_for_pattern(None, RECORD_OF, None, graph)]
    return records_from_quads(q for n in nodes for q in store.quads_for_pattern(n, None, None, graph))


def records_of(store: ox.Store, actor: ox.NamedNode, skip: set[ox.NamedNode]) -> list[ActorRecord]:
    """Every record of ``actor`` in the store, except those in the graphs ``skip``."""
    found = [(q.subject, q.graph_name) for q in store.quads_for_pattern(None, RECORD_OF, actor, None)
             if q.graph_name not in skip]
    return records_from_quads(q for n, g in found for q in store.quads_for_pattern(n, None, None, g))


def describe(actor: ox.NamedNode, records: list[ActorRecord]) -> set[ox.Triple]:
    """The actor's description in the actors graph: the union of its records.

    Every type the articles give, and ``ckg:primaryType``, the most specific of
    them (so that every store reports one type per actor). One preferred label (the first in code-point order of those the articles
    prefer); every other label is an alternative label. Every label also as ``ckg:nameKey``, in lower
    case (SPARQL's LCASE), for look-ups by name."""
    if not records:
        return set()
    out = {ox.Triple(actor, TYPE, ACTOR)}
    labels = {x for r in records for x in r.labels}
    pref = min(labels, key=lambda t: t.value) if labels else None
    if pref is not None:
        out.add(ox.Triple(actor, PREF, pref))
    for name in {x for r in records for x in r.names | r.labels} - {pref}:
        if pref is None or name.value != pref.value:
            out.add(ox.Triple(actor, ALT, name))
    out |= {ox.Triple(actor, NAME_KEY, ox.Literal(t.object.value.lower())) for t in list(out)
            if t.predicate in (PREF, ALT)}
    for field_name in ("types", "wikidata", "roles", "forces_of"):
        out |= {ox.Triple(actor, _TARGET[field_name], x) for r in records for x in getattr(r, field_name)}
    types = {t.value.removeprefix(CKG) for r in records for t in r.types}
    primary = next((t for t in TYPE_ORDER if t in types), None)
    if primary:
        out.add(ox.Triple(actor, PRIMARY, ox.NamedNode(CKG + primary)))
    out |= {ox.Triple(actor, MENTIONED_IN, r.document) for r in records}
    return out


# A Merger sees the actors a build changed (IRI -> all their records, store-wide)
# and returns the triples about those actors that it wants in the actors graph
# beside their descriptions (e.g. owl:sameAs links with confidence and evidence).
# It must be a pure function of the records it is given: the build diffs what it
# returns against what the actors graph holds, so stale links go away by themselves.
Merger = Callable[[dict[ox.NamedNode, list[ActorRecord]]], Iterable[ox.Triple]]
MERGERS: list[Merger] = []


def all_actor_changes(store: ox.Store) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(quads to remove, quads to add) that make every actor's description what ``describe`` gives
    today (a store whose actors graph an earlier version wrote)."""
    actors = {q.object for q in store.quads_for_pattern(None, RECORD_OF, None, None)}
    actors |= {q.subject for q in store.quads_for_pattern(None, TYPE, ACTOR, _G)}
    want = {ox.Quad(t.subject, t.predicate, t.object, _G)
            for a in actors for t in describe(a, records_of(store, a, set()))}
    have = set(store.quads_for_pattern(None, None, None, _G))
    return sorted(have - want, key=str), sorted(want - have, key=str)


_SUMMARY_DOC = ox.NamedNode("urn:conflictkg:stored-description")  # stands for the articles a description names


def _stored_summary(store: ox.Store, actor: ox.Term) -> tuple[ActorRecord, set[ox.Triple]] | None:
    """The actor's stored description as one record (``describe`` of it and new records is ``describe`` of all
    the records), and the description's triples but ``ckg:mentionedIn``: what is read of an actor that only
    gains records, whatever the number of its articles. None for an actor the graph does not describe."""
    have = {q.triple for p in _SUMMARISED for q in store.quads_for_pattern(actor, p, None, _G)}
    if ox.Triple(actor, TYPE, ACTOR) not in have:
        return None
    record = ActorRecord(actor, _SUMMARY_DOC)
    for t in have:
        if t.predicate == TYPE:
            record.types.add(t.object)
        elif t.predicate == PREF:
            record.labels.add(t.object)
        elif t.predicate == ALT:
            record.names.add(t.object)
        else:
            name = _FIELD_OF.get(t.predicate)
            if name:
                getattr(record, name).add(t.object)
    return record, have


_FIELD_OF = {_TARGET[f]: f for f in ("wikidata", "roles", "forces_of")}
_SUMMARISED = (TYPE, PREF, ALT, NAME_KEY, PRIMARY, *_FIELD_OF)


def actor_changes(store: ox.Store, dropped: set[ox.NamedNode], added: list[ActorRecord]
                  ) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(quads to remove, quads to add) in the actors graph when the article graphs ``dropped``
    are replaced or removed and the records ``added`` come in: only the actors these
    records name are read and rewritten, never the whole graph. An actor that only gains records
    (new articles) is updated from its stored description; one that loses a record is described
    again from all its records."""
    losing: set[ox.Term] = set()
    for g in dropped:
        losing |= {q.object for q in store.quads_for_pattern(None, RECORD_OF, None, g)}
    new_by_actor: dict[ox.Term, list[ActorRecord]] = defaultdict(list)
    for r in added:
        new_by_actor[r.actor].append(r)
    want: set[ox.Triple] = set()
    have: set[ox.Triple] = set()
    every: dict[ox.Term, list[ActorRecord]] = {}
    for a in sorted(losing | set(new_by_actor), key=str):
        summary = None if (a in losing or MERGERS) else _stored_summary(store, a)
        if summary is None:  # described again from every record
            every[a] = records_of(store, a, dropped) + new_by_actor.get(a, [])
            want |= describe(a, every[a])
            have |= {q.triple for q in store.quads_for_pattern(a, None, None, _G)}
            continue
        record, stored = summary
        want |= {t for t in describe(a, [record, *new_by_actor[a]]) if t.object != _SUMMARY_DOC}
        have |= stored
        # the new articles: (a record's article already named is not new: nothing to add)
        have |= {t for r in new_by_actor[a] for t in [ox.Triple(a, MENTIONED_IN, r.document)]
                 if ox.Quad(a, MENTIONED_IN, r.document, _G) in store}
    for merger in MERGERS:
        want |= {t for t in merger(every) if t.subject in every}
    return ([ox.Quad(t.subject, t.predicate, t.object, _G) for t in sorted(have - want, key=str)],
            [ox.Quad(t.subject, t.predicate, t.object, _G) for t in sorted(want - have, key=str)])
