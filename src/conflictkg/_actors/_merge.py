"""Across articles: which actor nodes are one actor.

Each article's graph describes the actors it mentions (an IRI minted from the label for
actors the gazetteer does not know). Nodes with the same IRI are already one node; this
module proposes merges between *different* nodes, as a pure function over per-document
actor descriptions:

- only when the names are compatible: the same name up to accents, particles, articles and
  punctuation ("Ibrahim Traore" / "Ibrahim Traoré"); a surname, or a first name with patronymic,
  of exactly one person named in full ("Touadéra" / "Faustin-Archange Touadéra"); an
  organisation's short form or acronym that exactly one organisation carries ("Polisario" /
  "Polisario Front");
- and only when the types agree (a person with a person, a state with a state, a group with a
  group; Organization, the type of an organisation nothing else was known of, agrees with
  ArmedGroup and Government);
- never two different full names ("Ahmad Massoud" / "Ahmad Shah Massoud"), never two actors of
  the gazetteer, never a pair an analyst declared different (``owl:differentFrom`` in an actors
  file passed with ``--actors``); a pair declared ``owl:sameAs`` there is merged.

Every merge carries a confidence and its evidence, and is stored as ``owl:sameAs`` plus a
reified ``ckg:ActorMerge`` node in its own graph (``graph/actor-merges``), recomputed by every
build, so that the actor table shows it for review and a differentFrom line undoes it.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from .._vocab import CKG, GRAPH, ID, OWL, RDF, XSD, norm_name
from ._resolve import compatible_full_names, name_words
from ._words import ORG_HEADS

MERGES_GRAPH = GRAPH + "actor-merges"
MERGE = ID + "merge/"

_FAMILY = {"Official": "person", "Person": "person", "State": "state",
           "ArmedGroup": "group", "Organization": "group", "Government": "group"}
# the more specific type wins when a node carries several (one per document)
_TYPE_ORDER = ("Official", "State", "Government", "ArmedGroup", "Organization", "Person")


@dataclass(frozen=True)
class ActorRecord:
    """One actor node as one document describes it."""

    iri: str
    label: str
    labels: frozenset[str]
    type: str
    document: str
    known: bool = False  # an actor of the gazetteer
    documents: int = 0  # a record summing up an actor's records: its number of articles (``document`` unused)


@dataclass(frozen=True)
class Merge:
    """``actor`` is the same as ``into`` (the node kept), with a confidence and the evidence."""

    actor: str
    into: str
    confidence: float
    evidence: str


@dataclass
class _Node:
    iri: str
    label: str
    labels: set[str]
    types: set[str]
    documents: set[str]
    known: bool
    counted: int = 0  # articles of summary records (ActorRecord.documents)

    @property
    def type(self) -> str:
        return next((t for t in _TYPE_ORDER if t in self.types), "Organization")

    @property
    def family(self) -> str:
        return _FAMILY.get(self.type, "group")


def _nodes(records: Iterable[ActorRecord]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for r in records:
        n = nodes.get(r.iri)
        if n is None:
            n = nodes[r.iri] = _Node(r.iri, r.label, set(), set(), set(), r.known)
        n.labels |= {r.label, *r.labels}
        n.types.add(r.type)
        if r.documents:
            n.counted += r.documents
        else:
            n.documents.add(r.document)
        n.known = n.known or r.known
    return nodes


def _types_agree(a: _Node, b: _Node) -> bool:
    if a.family != b.family:
        return False
    if a.family == "group":
        specific = {a.type, b.type} - {"Organization"}
        return len(specific) <= 1
    return True


def _group_key(name: str) -> str:
    return " ".join(w for w in norm_name(name).split() if w not in ("the", "a", "an"))


def merge_actors(records: Iterable[ActorRecord], same: Iterable[tuple[str, str]] = (),
                 different: Iterable[tuple[str, str]] = ()) -> list[Merge]:
    """The merges between the nodes that ``records`` describe (see the module's docstring)."""
    nodes = _nodes(records)
    vetoed = {frozenset(p) for p in different}
    merges: dict[str, Merge] = {}

    def canonical_order(n: _Node) -> tuple:
        return (n.known, len(name_words(n.label)), len(n.documents) + n.counted, n.label)

    def propose(a: _Node, b: _Node, confidence: float, evidence: str) -> None:
        """Merge a into b (or b into a, whichever is the fuller node), unless vetoed."""
        if a.iri == b.iri or frozenset((a.iri, b.iri)) in vetoed or (a.known and b.known):
            return
        keep, drop = (b, a) if canonical_order(b) >= canonical_order(a) else (a, b)
        if drop.iri in merges and merges[drop.iri].confidence >= confidence:
            return
        merges[drop.iri] = Merge(drop.iri, keep.iri, round(confidence, 2), evidence)

    for a_iri, b_iri in same:
        if a_iri in nodes and b_iri in nodes:
            propose(nodes[a_iri], nodes[b_iri], 1.0, "declared owl:sameAs in an actors file")

    people = [n for n in nodes.values() if n.family == "person"]
    groups = [n for n in nodes.values() if n.family == "group"]

    # people: the full names each node carries
    full: dict[str, list[_Node]] = defaultdict(list)
    for n in people:
        for name in n.labels:
            w = name_words(name)
            if len(w) >= 2:
                full[" ".join(w)].append(n)
    for n in people:
        if n.known:
            continue
        own = [name_words(x) for x in n.labels]
        own_full = [w for w in own if len(w) >= 2]
        if own_full:
            # the same full name up to accents and particles: "Ibrahim Traore" / "Ibrahim Traoré"
            for w in own_full:
                others = {o.iri: o for o in full.get(" ".join(w), []) if o.iri != n.iri and _types_agree(n, o)}
                if len(others) == 1:
                    o = next(iter(others.values()))
                    if all(compatible_full_names(x, y) or len(x) < 2 or len(y) < 2
                           for x in own_full for y in (name_words(z) for z in o.labels)):
                        propose(n, o, 0.95, f"the same full name: {n.label!r} / {o.label!r}")
            continue
        # a surname or a given name alone: the one person named so in full
        for w in own:
            if len(w) != 1:
                continue
            cands = {o.iri: o for key, os in full.items() for o in os
                     if key.split()[-1] == w[0] and o.iri != n.iri and _types_agree(n, o)}
            if len(cands) == 1:
                o = next(iter(cands.values()))
                propose(n, o, 0.7, f"{n.label!r} is the surname of the only person so named in full: {o.label!r}")
            break

    # groups: the same name, a short form or an acronym that only one group carries
    by_key: dict[str, list[_Node]] = defaultdict(list)
    short: dict[str, list[_Node]] = defaultdict(list)
    for n in groups:
        for name in n.labels:
            by_key[_group_key(name)].append(n)
            words = name.split()
            if len(words) >= 2 and words[-1].lower() in ORG_HEADS:
                short[_group_key(" ".join(words[:-1]))].append(n)
    for n in groups:
        if n.known:
            continue
        for name in sorted(n.labels):
            key = _group_key(name)
            others = {o.iri: o for o in by_key.get(key, []) if o.iri != n.iri and _types_agree(n, o)}
            if len(others) == 1:
                o = next(iter(others.values()))
                kind = "acronym" if name.isupper() else "name"
                propose(n, o, 0.9 if kind == "name" else 0.8, f"both carry the {kind} {name!r}")
                break
            others = {o.iri: o for o in short.get(key, []) if o.iri != n.iri and _types_agree(n, o)}
            if len(others) == 1:
                o = next(iter(others.values()))
                propose(n, o, 0.75, f"{name!r} is the short form of {o.label!r}")
                break
    # follow chains to the node that is kept
    out = []
    for m in merges.values():
        into, seen = m.into, {m.actor}
        while into in merges and into not in seen:
            seen.add(into)
            into = merges[into].into
        out.append(Merge(m.actor, into, m.confidence, m.evidence))
    return sorted(out, key=lambda m: (m.into, m.actor))


def merge_quads(merges: Iterable[Merge]) -> list[Quad]:
    """The merges as quads in the merges graph: owl:sameAs, and a reviewable ckg:ActorMerge node."""
    g = NamedNode(MERGES_GRAPH)
    out = []
    for m in merges:
        node = NamedNode(MERGE + hashlib.sha1(f"{m.actor}\x1f{m.into}".encode()).hexdigest()[:16])
        a, b = NamedNode(m.actor), NamedNode(m.into)
        out += [
            Quad(a, NamedNode(OWL + "sameAs"), b, g),
            Quad(node, NamedNode(RDF + "type"), NamedNode(CKG + "ActorMerge"), g),
            Quad(node, NamedNode(RDF + "subject"), a, g),
            Quad(node, NamedNode(RDF + "predicate"), NamedNode(OWL + "sameAs"), g),
            Quad(node, NamedNode(RDF + "object"), b, g),
            Quad(node, NamedNode(CKG + "mergeConfidence"), Literal(_decimal(m.confidence), datatype=NamedNode(XSD + "decimal")), g),
            Quad(node, NamedNode(CKG + "mergeEvidence"), Literal(m.evidence), g),
        ]
    return out


def _decimal(v: float) -> str:
    text = f"{v:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


_RECORDS = """
SELECT ?g ?a ?kind ?v ?doc WHERE { GRAPH ?g {
  ?a a ckg:Actor ; ckg:mentionedIn/dcterms:identifier ?doc .
  { ?a skos:prefLabel ?v BIND("pref" AS ?kind) } UNION { ?a skos:altLabel ?v BIND("alt" AS ?kind) }
  UNION { ?a a ?v BIND("type" AS ?kind) FILTER(STRSTARTS(STR(?v), STR(ckg:)) && ?v != ckg:Actor) }
} }
"""


def records_from_store(store, known: set[str], exclude_graphs: set[str] = frozenset()) -> list[ActorRecord]:
    """The actor descriptions of every document graph of a pyoxigraph ``Store`` not in ``exclude_graphs``."""
    from .._vocab import PREFIXES
    rows = store.query(_RECORDS, prefixes=PREFIXES)
    table: dict[tuple[str, str], dict] = {}
    for r in rows:
        if r["g"].value in exclude_graphs:
            continue
        key = (r["a"].value, r["doc"].value)
        t = table.setdefault(key, {"pref": set(), "alt": set(), "type": set()})
        t[r["kind"].value].add(r["v"].value)
    return _records(table, known)


def records_from_quads(quads: Iterable[Quad], known: set[str]) -> list[ActorRecord]:
    """The actor descriptions in a document's quads, as ``rdf.document_quads`` writes them."""
    by_subject: dict[str, dict] = defaultdict(lambda: {"pref": set(), "alt": set(), "type": set(), "doc": set()})
    docs: dict[str, str] = {}
    for q in quads:
        p, s = q.predicate.value, q.subject.value
        if p == "http://purl.org/dc/terms/identifier":
            docs[s] = q.object.value
        elif p == "http://www.w3.org/2004/02/skos/core#prefLabel":
            by_subject[s]["pref"].add(q.object.value)
        elif p == "http://www.w3.org/2004/02/skos/core#altLabel":
            by_subject[s]["alt"].add(q.object.value)
        elif p == RDF + "type" and q.object.value.startswith(CKG):
            by_subject[s]["type"].add(q.object.value)
        elif p == CKG + "mentionedIn":
            by_subject[s]["doc"].add(q.object.value)
    table = {}
    for s, t in by_subject.items():
        if CKG + "Actor" not in t["type"]:
            continue
        for d in t["doc"]:
            table[(s, docs.get(d, d))] = t
    return _records(table, known)


def _records(table: dict[tuple[str, str], dict], known: set[str]) -> list[ActorRecord]:
    out = []
    for (iri, doc), t in table.items():
        types = [x.removeprefix(CKG) for x in t["type"] if x != CKG + "Actor"]
        typ = next((x for x in _TYPE_ORDER if x in types), None)
        if typ is None or not t["pref"]:
            continue
        label = min(t["pref"])
        out.append(ActorRecord(iri, label, frozenset(t["alt"] | t["pref"]), typ, doc, iri in known))
    return out


def actor_merge_quads(kg, graphs: dict[str, list[Quad]], kb) -> list[Quad]:
    """The build's call: merges over every document, those kept in the store (``kg``, a
    ``KnowledgeGraph``) and the new document ``graphs``, with the analyst's sameAs / differentFrom."""
    known = set(kb.actors)
    records = records_from_store(kg.store, known, exclude_graphs=set(graphs))
    for name, quads in graphs.items():
        if "/document/" in name:
            records += records_from_quads(quads, known)
    return merge_quads(merge_actors(records, kb.same_as, kb.different_from))
