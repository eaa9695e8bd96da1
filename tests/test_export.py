"""Every export format re-parses to the same counts with independent parsers; output is deterministic."""
import io
import shutil
import subprocess

import pytest
import rdflib

import conflictkg
from conflictkg import EXPORT_FORMATS, ExportError, KnowledgeGraph, export
from conflictkg._resources import actor_files
from conflictkg._vocab import ONTOLOGY_GRAPH, SYNDICATION_INDEX_GRAPH
from conftest import EXAMPLES

RDFLIB = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}
# Apache Jena's riot and Raptor's rapper, where installed (Debian: apt install jena / raptor2-utils)
RIOT = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig", "jsonld": "jsonld", "rdfxml": "rdfxml"}
RAPPER = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig", "rdfxml": "rdfxml"}


def expected_counts(kg: KnowledgeGraph, with_ontology: bool) -> tuple[int, int]:
    """(distinct triples, quads) computed without the export code: SPARQL over the store plus rdflib."""
    # (the syndication index is the build's, not data: never exported)
    keep = f"FILTER (?g != <{SYNDICATION_INDEX_GRAPH}>)" + ("" if with_ontology else f"FILTER (?g != <{ONTOLOGY_GRAPH}>)")
    g = rdflib.Graph()
    rows = kg.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}")
    nt = "".join(f"{r['s']} {r['p']} {r['o']} .\n" for r in rows)
    g.parse(data=nt, format="nt")
    quads = sum(1 for _ in kg.query(f"SELECT * WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {keep} }}"))
    if with_ontology:
        gazetteer = rdflib.Graph()
        for f in actor_files():
            gazetteer.parse(f, format="turtle")
        extra = len(gazetteer - g)
        return len(g) + extra, quads + extra
    return len(g), quads


@pytest.mark.parametrize("with_ontology", [False, True])
@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_reparses_with_rdflib_and_counts_match(example_store, fmt, with_ontology):
    buf = io.BytesIO()
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, buf, fmt, with_ontology=with_ontology)
        triples, quads = expected_counts(kg, with_ontology)
    if EXPORT_FORMATS[fmt].supports_datasets:
        ds = rdflib.Dataset()
        ds.parse(data=buf.getvalue(), format=RDFLIB[fmt])
        assert len(list(ds.quads((None, None, None, None)))) == quads
    else:
        assert len(rdflib.Graph().parse(data=buf.getvalue(), format=RDFLIB[fmt])) == triples


def test_export_without_ontology_leaves_out_the_tbox(example_store):
    buf = io.BytesIO()
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, buf, "ntriples")
    assert b"owl#ObjectProperty" not in buf.getvalue() and b"ckg:supports" not in buf.getvalue()
    buf = io.BytesIO()
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, buf, "ntriples", with_ontology=True)
    assert b"owl#ObjectProperty" in buf.getvalue() and b"/entity/Q43>" in buf.getvalue()  # Turkey's Wikidata item


@pytest.mark.parametrize("tool", ["riot", "rapper"])
@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_independent_parser_counts(example_store, tmp_path, tool, fmt):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    names = RIOT if tool == "riot" else RAPPER
    if fmt not in names:
        pytest.skip(f"{tool} does not read {fmt}")
    out = tmp_path / f"kg.{fmt}"
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, out, fmt)
        triples, quads = expected_counts(kg, False)
    if tool == "riot":
        r = subprocess.run(["riot", "--count", f"--syntax={names[fmt]}", str(out)], capture_output=True, text=True)
        counted = int(r.stderr.split(":")[-1].split()[0]) if r.stderr else -1
    else:
        r = subprocess.run(["rapper", "-c", "-i", names[fmt], str(out)], capture_output=True, text=True)
        counted = int(r.stderr.split("returned")[-1].split()[0])
    assert r.returncode == 0, r.stderr
    assert counted == (quads if EXPORT_FORMATS[fmt].supports_datasets else triples)


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_export_is_deterministic_across_separate_builds(example_store, extractor, tmp_path, fmt):
    # the same articles built into a second store export to the same bytes
    conflictkg.build([EXAMPLES], tmp_path / "again", extractor=extractor)
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, tmp_path / "a", fmt)
        export(kg, tmp_path / "b", fmt)
    with KnowledgeGraph(tmp_path / "again", read_only=True) as kg:
        export(kg, tmp_path / "c", fmt)
    a, b, c = ((tmp_path / n).read_bytes() for n in "abc")
    # dcterms:source records the path each article was read from, the same here
    assert a == b == c


def test_export_unknown_format(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(ExportError, match="turtle"):
        export(kg, io.BytesIO(), "csv")


def test_export_unwritable_file_leaves_nothing_behind(example_store, tmp_path):
    target = tmp_path / "missing-folder" / "kg.ttl"
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(ExportError) as err:
        export(kg, target, "turtle")
    assert err.value.code == "E402"
    assert not target.exists() and not target.with_name("kg.ttl.part").exists()


@pytest.mark.parametrize("with_ontology", [False, True])
@pytest.mark.parametrize("fmt", ["nquads", "turtle", "rdfxml"])
def test_export_reports_what_it_wrote(example_store, fmt, with_ontology):
    buf = io.BytesIO()
    with KnowledgeGraph(example_store, read_only=True) as kg:
        report = export(kg, buf, fmt, with_ontology=with_ontology)
        triples, quads = expected_counts(kg, with_ontology)
        size, graphs = kg.size(), len(kg.graphs(with_ontology=with_ontology))
    assert report.count == (quads if fmt == "nquads" else triples)
    assert report.graphs == graphs + (1 if with_ontology else 0)  # (+ the actor knowledge base)
    assert (report.target, report.format, report.quads) == ("stdout", fmt, fmt == "nquads")
    if not with_ontology:  # the figures build and push report
        assert (size.quads, size.graphs) == (quads, graphs)
    if fmt == "nquads":
        assert len(buf.getvalue().splitlines()) == report.count
        assert str(report) == f"wrote stdout (nquads): {report.count:,} quads in {report.graphs} graphs"


def test_triples_are_the_union_of_the_graphs_each_once(tmp_path):
    # subjects in one graph, in two (a triple in both, one in one), in four (a triple in three of them);
    # the syndication index and (without it) the ontology are left out
    import pyoxigraph as ox

    ex = "https://example.org/"
    n = lambda name: ox.NamedNode(ex + name)  # noqa: E731
    index, ontology = ox.NamedNode(SYNDICATION_INDEX_GRAPH), ox.NamedNode(ONTOLOGY_GRAPH)
    quads = [
        ox.Quad(n("alone"), n("p"), ox.Literal("1"), n("g1")), ox.Quad(n("alone"), n("q"), n("x"), n("g1")),
        ox.Quad(n("two"), n("p"), ox.Literal("a"), n("g1")), ox.Quad(n("two"), n("p"), ox.Literal("a"), n("g3")),
        ox.Quad(n("two"), n("q"), ox.Literal("b"), n("g3")),
        *(ox.Quad(n("hub"), n("p"), n("other"), n(g)) for g in ("g1", "g2", "g4")),
        ox.Quad(n("hub"), n("q"), ox.Literal("only in g3"), n("g3")),
        ox.Quad(n("two"), n("band"), ox.Literal("key"), index), ox.Quad(n("hub"), n("band"), ox.Literal("key"), index),
        ox.Quad(n("alone"), n("p"), ox.Literal("1"), index),
        ox.Quad(n("Class"), n("p"), ox.Literal("tbox"), ontology), ox.Quad(n("two"), n("r"), ox.Literal("c"), ontology),
    ]
    store = ox.Store(str(tmp_path / "kg"))
    store.extend(quads)
    store.flush()
    del store
    with KnowledgeGraph(tmp_path / "kg", read_only=True) as kg:
        for with_ontology in (False, True):
            graphs = set(kg.graphs(with_ontology=with_ontology))
            assert index not in graphs and (ontology in graphs) == with_ontology
            got = list(kg.triples(with_ontology=with_ontology))
            assert len(got) == len(set(got))
            assert set(got) == {q.triple for q in quads if q.graph_name in graphs}
            assert list(kg.triples(with_ontology=with_ontology)) == got  # the same order every time
