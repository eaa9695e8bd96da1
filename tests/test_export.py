import io

import pytest
import rdflib

from conflictkg import EXPORT_FORMATS, ExportError, KnowledgeGraph, export

RDFLIB = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_reparses_with_rdflib_and_counts_match(example_store, fmt):
    buf = io.BytesIO()
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, buf, fmt)
        triples = kg.triple_count()
        quads = sum(1 for _ in kg.quads())
    data = buf.getvalue()
    if EXPORT_FORMATS[fmt].supports_datasets:
        ds = rdflib.Dataset()
        ds.parse(data=data, format=RDFLIB[fmt])
        assert len(list(ds.quads((None, None, None, None)))) == quads
    else:
        g = rdflib.Graph().parse(data=data, format=RDFLIB[fmt])
        assert len(g) == triples


def test_export_is_deterministic(example_store, tmp_path):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, tmp_path / "a.ttl", "turtle")
        export(kg, tmp_path / "b.ttl", "turtle")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_export_unknown_format(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(ExportError, match="turtle"):
        export(kg, io.BytesIO(), "csv")
