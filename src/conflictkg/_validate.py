"""SHACL validation of a built graph with pySHACL."""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from ._resources import ontology_file, shapes_file
from ._store import KnowledgeGraph

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}: {self.message}"


def _graph_of(kg: KnowledgeGraph) -> rdflib.Graph:
    # N-Triples of the union graph: the formats rdflib reads fastest and safely.
    data = ox.serialize(kg.triples(), format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


_PATCH = threading.Lock()


@contextlib.contextmanager
def _prepared_sparql() -> Iterator[None]:
    """pySHACL evaluates a SPARQL constraint once per focus node, always the same text with ``$this``
    bound, and rdflib parses the text again each time (pyparsing: most of a validation's time).
    Meanwhile, rdflib's SPARQL processor prepares each text once (rdflib's own ``prepareQuery``,
    reused with new bindings as it is meant to be)."""
    from rdflib.plugins.sparql import processor

    prepared: dict = {}
    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items())))
            if key not in prepared:
                prepared[key] = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs)
            strOrQuery = prepared[key]
        return processor.evalQuery(self.graph, strOrQuery, initBindings, base)

    with _PATCH:
        processor.SPARQLProcessor.query = query
        try:
            yield
        finally:
            processor.SPARQLProcessor.query = original


def validate_graph(data: rdflib.Graph) -> list[Violation]:
    shapes = rdflib.Graph().parse(shapes_file(), format="turtle")
    ontology = rdflib.Graph().parse(ontology_file(), format="turtle")
    with _prepared_sparql():
        conforms, report, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs",
                                             allow_warnings=True, advanced=True)
    if conforms:
        return []
    out = []
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        out.append(Violation(str(focus), data.namespace_manager.normalizeUri(path) if path else "", str(msg)))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate(kg: KnowledgeGraph) -> list[Violation]:
    """All SHACL violations of the store's union graph; empty when it conforms."""
    return validate_graph(_graph_of(kg))
