"""Namespaces and IRI minting shared by every stage."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote
from functools import lru_cache

CKG = "https://w3id.org/conflictkg/ontology#"
ID = "https://w3id.org/conflictkg/id/"
ACTOR = ID + "actor/"
DOCUMENT = ID + "document/"
STATEMENT = ID + "statement/"
RULE = ID + "rule/"
GRAPH = ID + "graph/"
DOCUMENT_GRAPH = GRAPH + "document/"  # one graph per article: its statements and their provenance
ONTOLOGY_GRAPH = GRAPH + "ontology"
SYNDICATION_GRAPH = GRAPH + "syndication"
# the syndication step's index (each sentence's MinHash band keys): internal, never exported
SYNDICATION_INDEX_GRAPH = GRAPH + "syndication-index"
ACTORS_GRAPH = GRAPH + "actors"  # every actor described once, merged from the articles' actor records
RULES_GRAPH = GRAPH + "rules"  # the extraction rules, each described once
STATISTICS_GRAPH = GRAPH + "statistics"  # per-claim, per-actor and per-document figures derived from the articles
CLAIM = ID + "claim/"  # a claim: one (subject, coarse relation, object, status) however many articles make it
KB_GRAPH = GRAPH + "knowledge-base"  # the shipped actor knowledge base, in exports that stand alone

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ckg": CKG, "actor": ACTOR, "doc": DOCUMENT, "stmt": STATEMENT, "rule": RULE,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV,
    "nif": NIF, "dcterms": DCTERMS, "schema": SCHEMA, "wd": WD, "ckgraph": GRAPH,
}

ACTOR_TYPES = ("State", "Government", "ArmedGroup", "Organization", "Official", "Person")

# The coarse relation each ontology property belongs to (the claims format's names).
COARSE = {
    "supports": "supports", "supportsMilitarily": "supports", "supportsPolitically": "supports",
    "supportsFinancially": "supports", "alliedWith": "supports",
    "opposes": "opposes", "fights": "opposes", "condemns": "opposes", "threatens": "opposes",
    "sanctions": "opposes", "rivalOf": "opposes",
    "officialOf": "official_of", "commands": "official_of",
}
SUPER = {"supports": "supports", "opposes": "opposes", "official_of": "officialOf"}


def slug(label: str) -> str:
    """A readable, stable IRI segment: ASCII letters, digits and underscores."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "").replace("'", "")
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_") or "x"


def actor_iri(label: str) -> str:
    return ACTOR + slug(label)


def id_segment(doc_id: str) -> str:
    """An article id as one IRI path segment: percent-encoded, and never the dot-segments
    "." or "..", which IRI resolution would remove (rdflib refuses them in Turtle), nor ending in a
    dot: a prefixed name then ends in an escaped dot (``doc:0\\.``), valid Turtle that rdflib 7 cannot read."""
    segment = quote(doc_id, safe="")
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment[:-1] + "%2E" if segment.endswith(".") else segment


def document_iri(doc_id: str) -> str:
    return DOCUMENT + id_segment(doc_id)


def document_graph(doc_id: str) -> str:
    return DOCUMENT_GRAPH + id_segment(doc_id)


def record_iri(doc_id: str, actor: str) -> str:
    """What one article says of one actor (its actor record), a fragment of the article's IRI."""
    return f"{document_iri(doc_id)}#actor={hashlib.sha1(actor.encode('utf-8')).hexdigest()[:16]}"


def sparql_prologue() -> str:
    """PREFIX lines for every prefix conflictkg uses, so that a query stands alone in any store."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def sentence_iri(doc_id: str, begin: int, end: int, context: str = "text") -> str:
    # The NIF 2.0 offset-based IRI scheme (RFC 5147 style fragment); a headline that is not part
    # of the text is a string of its own, with offsets into it.
    base = document_iri(doc_id) + ("/title" if context == "title" else "")
    return f"{base}#char={begin},{end}"


def claim_iri(subject: str, relation: str, obj: str, status: str) -> str:
    """The claim (subject, coarse relation, object, assertion status), summarised in the statistics graph."""
    digest = hashlib.sha1("\x1f".join((subject, relation, obj, status)).encode("utf-8")).hexdigest()[:16]
    return CLAIM + digest


def statement_iri(doc_id: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return f"{STATEMENT}{id_segment(doc_id)}/{digest}"


@lru_cache(maxsize=1 << 16)  # (asked for the same few hundred names in every article)
def norm_name(name: str) -> str:
    """Fold case, accents, quotes and punctuation, drop a leading 'the' and a possessive."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^the ", "", s)
