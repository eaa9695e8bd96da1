"""The RDF shape of one small article, against a golden file, and provenance reachability."""
import io
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import conflictkg
from conflictkg import KnowledgeGraph, export

GOLDEN = Path(__file__).parent / "golden"
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "conflictkg.ttl"
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
CKG = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")


def _graph(store) -> rdflib.Graph:
    with KnowledgeGraph(store, read_only=True) as kg:
        buf = io.BytesIO()
        export(kg, buf, "ntriples")
    g = rdflib.Graph().parse(data=buf.getvalue(), format="nt")
    # The extractor version string changes with every release, and the ontology has its
    # own tests: neither is the shape under test here.
    g.remove((None, CKG.extractorVersion, None))
    g.remove((None, CKG.contentHash, None))  # (over the text and the extractor: it changes with either)
    g.remove((None, DCTERMS.source, None))  # the file path depends on the machine
    return g - rdflib.Graph().parse(ONTOLOGY, format="turtle")


def test_rdf_matches_golden_graph(tmp_path, extractor):
    store = tmp_path / "kg"
    conflictkg.build([GOLDEN / "brief.txt"], store, extractor=extractor)
    got = _graph(store)
    want = rdflib.Graph().parse(GOLDEN / "brief.nt", format="nt")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        raise AssertionError(f"extra: {sorted(only_got)[:5]}\nmissing: {sorted(only_want)[:5]}")


def test_rdf_every_statement_reaches_a_sentence_with_exact_offsets(example_store):
    g = _graph(example_store)
    statements = set(g.subjects(rdflib.RDF.type, CKG.Statement))
    assert statements
    for st in statements:
        sent = g.value(st, PROV.wasDerivedFrom)
        b, e = int(g.value(sent, NIF.beginIndex)), int(g.value(sent, NIF.endIndex))
        text = str(g.value(g.value(sent, NIF.referenceContext), NIF.isString))
        assert text[b:e] == str(g.value(sent, NIF.anchorOf))


@pytest.mark.parametrize("given,title", [
    ("Gen.", "general"), ("Lt. Gen.", "lieutenant general"), ("commanded", "commander"), ("command", "commander"),
    ("presidents", "president"), ("Prime Minister", "prime minister"), ("foreign ministers", "foreign minister"),
    ("chiefs of staff", "chief of staff"), ("secretaries of state", "secretary of state"),
    ("head of armed forces", "head of armed forces"), ("foreign affairs chief", "foreign affairs chief"),
    ("officialOf", "official"), ("boss", "boss"),
])
def test_rdf_role_titles_have_one_spelling(given, title):
    from conflictkg._rdf import role_title
    assert role_title(given) == title
