"""The claims file (one JSON object per asserted statement) and the actors file (one per actor node),
in the formats of ../shared/gold/README.md."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ._store import KnowledgeGraph
from ._vocab import ACTOR_TYPES, CKG

# Most specific first: an actor typed Official and Person is an Official.
_TYPE_ORDER = ("Official", "State", "Government", "ArmedGroup", "Organization", "Person")
assert set(_TYPE_ORDER) == set(ACTOR_TYPES)

STATEMENTS = """
SELECT DISTINCT ?s ?p ?o ?coarse ?conf ?doc ?b ?e ?text ?rule ?speaker ?ctx WHERE { GRAPH ?g {
  ?stmt a ckg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        ckg:coarseRelation ?coarse ; ckg:confidence ?conf ; ckg:assertionStatus ckg:Asserted ;
        ckg:extractionRule ?r ; prov:wasDerivedFrom ?sent .
  ?sent nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?text ; nif:referenceContext ?ctx .
  ?ctx nif:sourceUrl ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?stmt prov:wasAttributedTo ?speaker }
} BIND (STRAFTER(STR(?r), "/rule/") AS ?rule) } ORDER BY ?doc ?b ?s ?p ?o
"""
# the actors graph describes each actor once; the documents' ids are in the documents' own graphs
ACTORS = """
SELECT ?a ?kind ?v WHERE {
  { GRAPH ckgraph:actors { ?a a ckg:Actor .
    { ?a skos:prefLabel ?v BIND("pref" AS ?kind) } UNION { ?a skos:altLabel ?v BIND("alt" AS ?kind) }
    UNION { ?a a ?v BIND("type" AS ?kind) FILTER(STRSTARTS(STR(?v), STR(ckg:))) }
    UNION { ?a skos:exactMatch ?v BIND("wikidata" AS ?kind) } } }
  UNION { GRAPH ckgraph:actors { ?a ckg:mentionedIn ?d } GRAPH ?g { ?d dcterms:identifier ?v } BIND("doc" AS ?kind) }
}
"""


MERGES = """
SELECT ?a ?b ?conf ?evidence WHERE {
  ?m a ckg:ActorMerge ; rdf:subject ?a ; rdf:object ?b ; ckg:mergeConfidence ?conf ; ckg:mergeEvidence ?evidence .
}
"""


def actor_table(kg: KnowledgeGraph, *, merged: bool = True) -> dict[str, dict]:
    """Actor IRI -> its row. With ``merged``, a node the build merged into another (owl:sameAs, see
    ``_actors/_merge.py``) maps to the row of the node kept, which carries both nodes' labels,
    documents and the merge's evidence under ``same_as``."""
    table: dict[str, dict] = defaultdict(lambda: {"pref": set(), "alt": set(), "type": set(), "wikidata": set(),
                                                  "doc": set()})
    for row in kg.query(ACTORS):
        table[row["a"].value][row["kind"].value].add(row["v"].value)
    links = [(r["a"].value, r["b"].value, float(r["conf"].value), r["evidence"].value)
             for r in kg.query(MERGES)] if merged else []
    into = {a: b for a, b, _, _ in links if a in table and b in table}
    for a, b in into.items():
        for k in ("alt", "pref", "type", "wikidata", "doc"):
            table[b][k if k != "pref" else "alt"] |= table[a][k] if k != "pref" else table[a]["pref"]
    out = {}
    for iri, t in table.items():
        if iri in into:
            continue
        types = [x.removeprefix(CKG) for x in t["type"]]
        best = next((x for x in _TYPE_ORDER if x in types), None)
        pref = min(t["pref"]) if t["pref"] else iri.rsplit("/", 1)[-1]
        out[iri] = {"label": pref, "labels": [pref, *sorted((t["alt"] | t["pref"]) - {pref})], "type": best,
                    "wikidata": sorted(w.rsplit("/", 1)[-1] for w in t["wikidata"]), "documents": sorted(t["doc"]),
                    "same_as": []}
    for a, b, conf, evidence in links:
        if a in into:
            label = min(table[a]["pref"]) if table[a]["pref"] else a.rsplit("/", 1)[-1]
            out[b]["same_as"].append({"id": a, "label": label, "confidence": conf, "evidence": evidence})
            out[a] = out[b]
    return out


def iter_actors(kg: KnowledgeGraph, *, merged: bool = True) -> Iterator[dict]:
    """One row per actor: id, label, every label, most specific type, Wikidata ids, documents, and
    (with ``merged``) ``same_as``: the nodes of other articles merged into this one, each with the
    confidence and evidence of the merge (an analyst undoes one with owl:differentFrom, see README)."""
    table = actor_table(kg, merged=merged)
    rows = {id(a): (iri, a) for iri, a in table.items() if not any(s["id"] == iri for s in a["same_as"])}
    for iri, a in sorted(rows.values(), key=lambda kv: (kv[1]["label"].casefold(), kv[0])):
        row = {"id": iri, "label": a["label"], "labels": a["labels"], "type": a["type"]}
        if a["wikidata"]:
            row["wikidata"] = a["wikidata"][0] if len(a["wikidata"]) == 1 else a["wikidata"]
        row["documents"] = a["documents"]
        if a["same_as"]:
            row["same_as"] = sorted(a["same_as"], key=lambda s: s["id"])
        yield row


def iter_claims(kg: KnowledgeGraph) -> Iterator[dict]:
    actors = actor_table(kg)
    for row in kg.query(STATEMENTS):
        s, o = actors[row["s"].value], actors[row["o"].value]
        claim = {
            "subject": s["label"], "subject_labels": s["labels"], "subject_type": s["type"],
            "relation": row["coarse"].value, "predicate": row["p"].value,
            "object": o["label"], "object_labels": o["labels"], "object_type": o["type"],
            "doc": row["doc"].value, "start": int(row["b"].value), "end": int(row["e"].value),
            "sentence": row["text"].value, "confidence": float(row["conf"].value),
            "rule": row["rule"].value,
        }
        if "/title#" in row["ctx"].value:
            claim["in"] = "title"  # a headline that is not part of the text: offsets point into the title
        if row["speaker"] is not None:
            claim["speaker"] = actors.get(row["speaker"].value, {}).get("label", row["speaker"].value)
        yield claim
