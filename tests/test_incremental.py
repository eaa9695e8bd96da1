"""Incremental builds: a store built in several builds (or batches) holds exactly the quads of one built at
once -- articles, actors, merges, statistics, syndication groups and their index -- so that the steps that
read only what new articles touch (``_actorgraph.actor_changes``, ``_syndication.regroup``,
``_build.update_merges``) cannot drift from the whole-store computation they replace."""
import dataclasses
import random
import shutil

import pyoxigraph as ox

import conflictkg
from conflictkg import KnowledgeGraph, build_articles, read_articles
from conflictkg._syndication import SentenceRecord, syndication_groups
from conflictkg._vocab import SYNDICATION_INDEX_GRAPH
from conftest import CONTEST, LIBYA, needs_shared


INDEX = ox.NamedNode(SYNDICATION_INDEX_GRAPH)


def _quads(store) -> set:
    """Every quad; the syndication index's with each group named by its representative instead of its anchor
    (which of a group's sentences anchors it depends on the order of the builds)."""
    with KnowledgeGraph(store, read_only=True) as kg:
        quads = set(kg.store)
    rep = {q.subject.value: q.object.value for q in quads if q.predicate.value.endswith("#lshGroupRep")}
    out = set()
    for q in quads:
        if q.graph_name != INDEX:
            out.add(q)
        elif q.predicate.value.endswith("#lshBand"):
            key, anchor = q.object.value.split(" ")
            out.add(("band", q.subject.value, key, rep[anchor]))
        elif q.predicate.value.endswith("#lshGroupBand"):
            out.add(("group band", rep[q.subject.value], q.object.value))
        elif not q.predicate.value.endswith("#lshGroupRep"):
            out.add(q)
    return out


def _assert_same(store, reference):
    have, want = _quads(store), _quads(reference)
    assert not any(isinstance(t, ox.BlankNode) for q in want if isinstance(q, ox.Quad) for t in (q.subject, q.object))
    assert sorted(map(str, have - want))[:5] == [] and sorted(map(str, want - have))[:5] == []


@needs_shared
def test_libya_built_in_steps_is_the_store_built_at_once(tmp_path, libya_store, extractor):
    articles = read_articles([LIBYA])
    store = tmp_path / "kg"
    build_articles(articles[:2], store, extractor=extractor)
    build_articles(articles[2:], store, extractor=extractor, batch=1)  # one transaction per article
    _assert_same(store, libya_store)


def test_contest_built_in_steps_and_rebuilt_is_the_store_built_at_once(tmp_path, contest_store, extractor):
    articles = read_articles([CONTEST])
    store = tmp_path / "kg"
    half = len(articles) // 2
    build_articles(articles[half:], store, extractor=extractor, batch=2)  # the later half first
    build_articles(articles[:half], store, extractor=extractor)
    _assert_same(store, contest_store)
    # an article rebuilt with other text (its sentences leave their groups, others come), then back
    changed = dataclasses.replace(articles[1], text=articles[1].text.replace("condemned", "backs"),
                                  date="2031-02-01", publisher="Coast Radio")
    build_articles([changed], store, extractor=extractor)
    build_articles([articles[1]], store, extractor=extractor)
    _assert_same(store, contest_store)


def test_a_store_without_the_syndication_index_is_regrouped_on_its_next_build(tmp_path, contest_store, extractor):
    store = tmp_path / "kg"
    shutil.copytree(contest_store, store)
    with KnowledgeGraph(store) as kg:  # as an earlier version left it: groups, no index
        kg.apply(drop=[ox.NamedNode(SYNDICATION_INDEX_GRAPH)])
    conflictkg.build([CONTEST], store, extractor=extractor)  # every article unchanged: only the upgrade
    _assert_same(store, contest_store)


def test_the_index_is_not_data(contest_store):
    with KnowledgeGraph(contest_store, read_only=True) as kg:
        index = INDEX
        held = sum(1 for _ in kg.store.quads_for_pattern(None, None, None, index))
        assert held > 0 and index not in kg.graphs()
        size = kg.size()
        assert size.quads + size.ontology + held == len(kg.store)
        assert sum(1 for _ in kg.quads()) == size.quads + size.ontology


def test_syndication_groups_do_not_depend_on_the_order_sentences_come_in():
    rng = random.Random(7)
    base = ["Ruritania has sent armoured vehicles to the Freedom Brigade, officials in the capital said on Monday.",
            "The Freedom Brigade received Ruritanian armour last week, according to a monitoring group.",
            "Borduria condemned the shipment and recalled its ambassador from the capital on Tuesday."]
    records = []
    for i in range(120):
        words = rng.choice(base).split()
        for _ in range(rng.randint(0, 6)):  # near-copies and, with many words changed, chains of them
            words[rng.randrange(len(words))] = rng.choice(["said", "on", "Tuesday", "officials", "reported", "army"])
        records.append(SentenceRecord(f"urn:s{i:03d}", f"d{i % 17}", f"2024-01-{1 + i % 28:02d}", " ".join(words)))
    want = syndication_groups(records)
    assert 3 <= len(set(want.values())) < 120
    for _ in range(5):
        rng.shuffle(records)
        assert syndication_groups(records) == want


def test_merges_follow_builds_in_steps(tmp_path, extractor):
    from conflictkg import Article
    a1 = Article(id="a1", text="Karsa news\n\nThe Karsa Liberation Front seized the town, said President Tomas Relvani.")
    a2 = Article(id="a2", text="More news\n\nPresident Relvani said the Karsa Liberation Front would fight on.")
    a3 = Article(id="a3", text="Envoy meets leader\n\nOfficials met Teodor Relvani, a rival commander, in the north.")
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    once, steps = tmp_path / "once", tmp_path / "steps"
    build_articles([a1, a2], once, extractor=extractor)
    build_articles([a2], steps, extractor=extractor)
    build_articles([a1], steps, extractor=extractor)
    _assert_same(steps, once)
    assert any(q.predicate == same_as for q in _quads(steps) if isinstance(q, ox.Quad))  # 'Relvani' is Tomas Relvani
    shutil.rmtree(once)
    build_articles([a1, a2, a3], once, extractor=extractor)
    build_articles([a3], steps, extractor=extractor)  # a second Relvani: the surname is no longer his alone
    _assert_same(steps, once)
    assert not any(q.predicate == same_as for q in _quads(steps) if isinstance(q, ox.Quad))


def test_regrouping_step_by_step_gives_the_groups_of_all_the_sentences():
    """Sentences come and go in random steps (as articles are added, replaced and rebuilt); after each, the
    stored groups are those of grouping every stored sentence at once, and the index counts itself."""
    from conflictkg._syndication import index_size, regroup
    from conflictkg._vocab import CKG, DCTERMS, NIF, RDF, SYNDICATION_GRAPH
    rng = random.Random(11)
    base = ["Ruritania has sent armoured vehicles to the Freedom Brigade, officials in the capital said on Monday.",
            "The Freedom Brigade received Ruritanian armour last week, according to a monitoring group.",
            "Borduria condemned the shipment and recalled its ambassador from the capital on Tuesday."]
    store = ox.Store()
    present: dict[str, SentenceRecord] = {}

    def article(doc: int) -> list[SentenceRecord]:
        out = []
        date = f"2024-0{1 + rng.randrange(9)}-01"
        for k in range(rng.randint(1, 3)):
            words = rng.choice(base).split()
            for _ in range(rng.randint(0, 6)):
                words[rng.randrange(len(words))] = rng.choice(["said", "on", "Tuesday", "officials", "army"])
            out.append(SentenceRecord(f"urn:d{doc}#s{k}", f"d{doc:03d}", date, " ".join(words)))
        return out

    for step in range(25):
        added = [r for doc in rng.sample(range(60), rng.randint(1, 6)) for r in article(doc)]
        # articles dropped, and those the new ones replace: all their sentences leave
        docs = {s.split("#")[0] for s in present if rng.random() < 0.1} | {r.iri.split("#")[0] for r in added}
        removed = {s for s in present if s.split("#")[0] in docs}
        for doc in docs:
            store.remove_graph(ox.NamedNode(doc + "/graph"))
        for s in removed:
            del present[s]
        for r in added:
            doc, g = ox.NamedNode(r.iri.split("#")[0]), ox.NamedNode(r.iri.split("#")[0] + "/graph")
            node = ox.NamedNode(r.iri)
            store.extend([ox.Quad(node, ox.NamedNode(RDF + "type"), ox.NamedNode(NIF + "Sentence"), g),
                          ox.Quad(node, ox.NamedNode(NIF + "anchorOf"), ox.Literal(r.text), g),
                          ox.Quad(doc, ox.NamedNode(DCTERMS + "identifier"), ox.Literal(r.document), g),
                          ox.Quad(doc, ox.NamedNode(DCTERMS + "date"), ox.Literal(r.date), g)])
            present[r.iri] = r
        changes = regroup(store, added, removed)
        for q in changes.remove:
            store.remove(q)
        store.extend(changes.add)
        want = syndication_groups(list(present.values()))
        have = {q.subject.value: q.object.value for q in store.quads_for_pattern(
            None, ox.NamedNode(CKG + "syndicationGroup"), None, ox.NamedNode(SYNDICATION_GRAPH))}
        assert have == want, step
        assert index_size(store) == sum(1 for _ in store.quads_for_pattern(None, None, None, INDEX))
    assert len(set(want.values())) < len(want)


def test_the_builds_count_the_quads_they_write(tmp_path, extractor):
    """``size()`` reads the count the builds keep (no scan of a big store): after builds that add, replace and
    skip articles it is the store's own count; a write outside a build removes it, and the next build counts again."""
    articles = read_articles([CONTEST])
    store = tmp_path / "kg"

    def check(kept: bool):
        with KnowledgeGraph(store, read_only=True) as kg:
            assert (kg._stored_count() is not None) == kept
            scanned = len(kg.store) - sum(1 for _ in kg.store.quads_for_pattern(None, None, None, INDEX))
            size = kg.size()
            assert size.quads + size.ontology == scanned == sum(1 for _ in kg.quads())

    build_articles(articles[:2], store, extractor=extractor)
    check(True)
    changed = dataclasses.replace(articles[1], text=articles[1].text.replace("condemned", "backs"), date="2031-02-01")
    build_articles([changed, *articles[2:]], store, extractor=extractor, batch=1)
    check(True)
    build_articles(articles, store, extractor=extractor)  # the last one's replaced again, the rest unchanged
    check(True)
    with KnowledgeGraph(store) as kg:  # the library's low-level use: written in place
        kg.apply(drop=[ox.NamedNode(next(g.value for g in kg.graphs() if "/document/" in g.value))])
    check(False)
    build_articles(articles, store, extractor=extractor)
    check(True)
