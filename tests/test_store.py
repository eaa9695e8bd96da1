import pytest

import conflictkg
from conflictkg import InputError, KnowledgeGraph, StoreError
from conftest import EXAMPLES


def _count(path):
    with KnowledgeGraph(path, read_only=True) as kg:
        return kg.triple_count(), sorted(map(str, kg.quads()))


def test_store_rebuild_is_idempotent(tmp_path, extractor):
    store = tmp_path / "kg"
    first = conflictkg.build([EXAMPLES], store, extractor=extractor)
    second = conflictkg.build([EXAMPLES], store, extractor=extractor)
    assert first.triples == second.triples > 0
    assert _count(store)[0] == first.triples


def test_store_rebuilding_a_document_replaces_its_statements(tmp_path, extractor):
    store = tmp_path / "kg"
    f = tmp_path / "d1.txt"
    f.write_text("Brief\n\nTurkey backs the Government of National Accord.", encoding="utf-8")
    conflictkg.build([f], store, extractor=extractor)
    f.write_text("Brief\n\nQatar backs the Government of National Accord.", encoding="utf-8")
    conflictkg.build([f], store, extractor=extractor)
    with KnowledgeGraph(store, read_only=True) as kg:
        backers = {c["subject"] for c in conflictkg.iter_claims(kg)}
    assert backers == {"Qatar"}


def test_store_failed_build_leaves_store_unchanged(tmp_path, extractor):
    store = tmp_path / "kg"
    conflictkg.build([EXAMPLES], store, extractor=extractor)
    before = _count(store)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\n{"id": broken\n', encoding="utf-8")
    with pytest.raises(InputError):
        conflictkg.build([EXAMPLES, bad], store, extractor=extractor)
    assert _count(store) == before


def test_store_read_only_missing_store_is_clear(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        KnowledgeGraph(tmp_path / "nothing", read_only=True)


def test_store_documents_live_in_their_own_graphs(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        graphs = {q.graph_name.value for q in kg.quads()}
        assert sorted(kg.document_ids()) == ["horn-brief-1", "sahel-brief"]
    assert {g.rsplit("/", 1)[-1] for g in graphs} >= {"horn-brief-1", "sahel-brief", "ontology"}
