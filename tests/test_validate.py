import io

import pytest
import rdflib

from conflictkg import KnowledgeGraph, export
from conflictkg._validate import validate, validate_graph

NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
CKG = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")
XSD = rdflib.XSD


def _graph(store):
    buf = io.BytesIO()
    with KnowledgeGraph(store, read_only=True) as kg:
        export(kg, buf, "ntriples")
    return rdflib.Graph().parse(data=buf.getvalue(), format="nt")


def test_validate_built_example_graph_conforms(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        assert validate(kg) == []


def test_validate_built_seed_graph_conforms(libya_kg):
    assert validate(libya_kg) == []


def _first(g, cls):
    return sorted(g.subjects(rdflib.RDF.type, cls))[0]


def _break_no_sentence(g):
    g.remove((_first(g, CKG.Statement), PROV.wasDerivedFrom, None))


def _break_offset_string(g):
    s = _first(g, NIF.Sentence)
    b = g.value(s, NIF.beginIndex)
    g.remove((s, NIF.beginIndex, None))
    g.add((s, NIF.beginIndex, rdflib.Literal(str(b))))


def _break_actor_type(g):
    a = _first(g, CKG.State)
    g.remove((a, rdflib.RDF.type, CKG.State))


def _break_wrong_offsets(g):
    s = _first(g, NIF.Sentence)
    e = int(g.value(s, NIF.endIndex))
    g.set((s, NIF.endIndex, rdflib.Literal(e - 1, datatype=XSD.integer)))


def _break_confidence(g):
    st = _first(g, CKG.Statement)
    g.set((st, CKG.confidence, rdflib.Literal("1.5", datatype=XSD.decimal)))


@pytest.mark.parametrize("breaker,message", [
    (_break_no_sentence, "at least one source sentence"),
    (_break_offset_string, "integer begin offset"),
    (_break_actor_type, "an actor needs a type"),
    (_break_wrong_offsets, "differs from its document's text"),
    (_break_confidence, "confidence, a decimal in [0, 1]"),
])
def test_validate_catches_broken_graphs(example_store, breaker, message):
    g = _graph(example_store)
    breaker(g)
    messages = [v.message for v in validate_graph(g)]
    assert any(message in m for m in messages), messages
