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


def _quads(store) -> set[ox.Quad]:
    with KnowledgeGraph(store, read_only=True) as kg:
        return set(kg.store)


def _assert_same(store, reference):
    have, want = _quads(store), _quads(reference)
    assert not any(isinstance(t, ox.BlankNode) for q in want for t in (q.subject, q.object))
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
        index = ox.NamedNode(SYNDICATION_INDEX_GRAPH)
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
    assert any(q.predicate == same_as for q in _quads(steps))  # 'Relvani' is Tomas Relvani
    shutil.rmtree(once)
    build_articles([a1, a2, a3], once, extractor=extractor)
    build_articles([a3], steps, extractor=extractor)  # a second Relvani: the surname is no longer his alone
    _assert_same(steps, once)
    assert not any(q.predicate == same_as for q in _quads(steps))
