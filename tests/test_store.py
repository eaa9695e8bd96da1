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


def _actor_graph(store):
    from conflictkg._vocab import ACTORS_GRAPH
    import pyoxigraph as ox
    with KnowledgeGraph(store, read_only=True) as kg:
        return {(q.subject.value.rsplit("/", 1)[-1], q.predicate.value.rsplit("#", 1)[-1], q.object.value.rsplit("/", 1)[-1])
                for q in kg.store.quads_for_pattern(None, None, None, ox.NamedNode(ACTORS_GRAPH))}


def test_store_actors_graph_is_the_union_of_the_articles_and_follows_rebuilds(tmp_path, extractor):
    from conflictkg import Article, build_articles
    store = tmp_path / "kg"
    a = Article(id="a", text="Brief\n\nTurkey backs the Government of National Accord.", date="2024-01-01")
    b = Article(id="b", text="Note\n\nTurkey and Qatar back the GNA.", date="2024-01-02")
    build_articles([a, b], store, extractor=extractor, batch=1)  # two transactions
    graph = _actor_graph(store)
    assert {("Turkey", "mentionedIn", "a"), ("Turkey", "mentionedIn", "b"), ("Qatar", "mentionedIn", "b")} <= graph
    assert ("Turkey", "primaryType", "ontology#State") in graph
    assert sum(1 for s, p, _ in graph if s == "Turkey" and p == "prefLabel") == 1  # described once
    with KnowledgeGraph(store, read_only=True) as kg:  # no label comes back once per article
        rows = list(kg.query("SELECT ?l WHERE { actor:Turkey skos:prefLabel ?l }"))
    assert len(rows) == 1
    # b rebuilt without Qatar: Qatar leaves the actors graph, Turkey keeps a, loses nothing else of a
    build_articles([Article(id="b", text="Note\n\nEgypt backs the GNA.", date="2024-01-02")], store, extractor=extractor)
    graph = _actor_graph(store)
    assert not any(s == "Qatar" for s, _, _ in graph)
    assert ("Turkey", "mentionedIn", "a") in graph and ("Turkey", "mentionedIn", "b") not in graph
    assert ("Egypt", "mentionedIn", "b") in graph
    # the same as building both versions' survivors from scratch
    fresh = tmp_path / "fresh"
    build_articles([a, Article(id="b", text="Note\n\nEgypt backs the GNA.", date="2024-01-02")], fresh, extractor=extractor)
    assert _actor_graph(fresh) == graph


def test_store_failed_write_changes_nothing(tmp_path, extractor, monkeypatch):
    from conflictkg import Article, build_articles
    store = tmp_path / "kg"
    build_articles([Article(id="a", text="Brief\n\nTurkey backs the Government of National Accord.")], store,
                   extractor=extractor)
    before = _count(store)

    def broken(*args, **kwargs):
        raise RuntimeError("extraction failed half-way")
    articles = [Article(id="a", text="Brief\n\nQatar backs the GNA."), Article(id="c", text="X\n\nEgypt backs the LNA.")]
    monkeypatch.setattr("conflictkg._rdf.document_quads", broken)
    with pytest.raises(RuntimeError):
        build_articles(articles, store, extractor=extractor)
    assert _count(store) == before


def test_store_build_with_worker_processes_gives_the_same_graph(tmp_path, extractor):
    """--jobs N: the articles are read in forked workers; the store must be the same quad for quad."""
    from conflictkg import Article
    from conflictkg._read import read_articles
    base = read_articles([EXAMPLES])
    articles = [Article(id=f"{a.id}-{i}", text=a.text, title=a.title, date=a.date, publisher=a.publisher)
                for i in range(9) for a in base]  # enough for the workers to get several chunks
    one, two = tmp_path / "one", tmp_path / "two"
    conflictkg.build_articles(articles, one, extractor=extractor)
    report = conflictkg.build_articles(articles, two, extractor=extractor, jobs=2)
    assert report.documents == len(articles) and report.statements > 0
    assert _count(one) == _count(two)


def test_store_unchanged_articles_are_not_read_again(tmp_path, extractor, monkeypatch):
    import dataclasses
    from conflictkg import build_articles, read_articles
    articles = read_articles([EXAMPLES])
    store = tmp_path / "kg"
    first = build_articles(articles, store, extractor=extractor)
    before = _count(store)
    again = build_articles(articles, store, extractor=extractor)
    assert (again.unchanged, again.statements, again.triples) == (len(articles), 0, first.triples)
    assert _count(store) == before
    # a changed text, or changed metadata, is read again; the others are not
    edited = [dataclasses.replace(articles[0], publisher="Another Desk"), *articles[1:]]
    assert build_articles(edited, store, extractor=extractor).unchanged == len(articles) - 1
    # another extractor (here: another version string) reads everything again
    monkeypatch.setattr(extractor, "version", extractor.version + " (patched)")
    assert build_articles(edited, store, extractor=extractor).unchanged == 0
