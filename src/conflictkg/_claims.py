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


def actor_table(kg: KnowledgeGraph) -> dict[str, dict]:
    table: dict[str, dict] = defaultdict(lambda: {"pref": set(), "alt": set(), "type": set(), "wikidata": set(),
                                                  "doc": set()})
    for row in kg.query(ACTORS):
        table[row["a"].value][row["kind"].value].add(row["v"].value)
    out = {}
    for iri, t in table.items():
        types = [x.removeprefix(CKG) for x in t["type"]]
        best = next((x for x in _TYPE_ORDER if x in types), None)
        pref = min(t["pref"]) if t["pref"] else iri.rsplit("/", 1)[-1]
        out[iri] = {"label": pref, "labels": [pref, *sorted(t["alt"] | t["pref"] - {pref})], "type": best,
                    "wikidata": sorted(w.rsplit("/", 1)[-1] for w in t["wikidata"]), "documents": sorted(t["doc"])}
    return out


def iter_actors(kg: KnowledgeGraph) -> Iterator[dict]:
    """One row per actor node: id, label, every label, most specific type, Wikidata ids, documents."""
    for iri, a in sorted(actor_table(kg).items(), key=lambda kv: (kv[1]["label"].casefold(), kv[0])):
        row = {"id": iri, "label": a["label"], "labels": a["labels"], "type": a["type"]}
        if a["wikidata"]:
            row["wikidata"] = a["wikidata"][0] if len(a["wikidata"]) == 1 else a["wikidata"]
        row["documents"] = a["documents"]
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
