"""SHACL validation of a built graph with pySHACL."""
from __future__ import annotations

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


def validate_graph(data: rdflib.Graph) -> list[Violation]:
    shapes = rdflib.Graph().parse(shapes_file(), format="turtle")
    ontology = rdflib.Graph().parse(ontology_file(), format="turtle")
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
