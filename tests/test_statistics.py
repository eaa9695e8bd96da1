"""The statistics graph (_statistics) and the saved queries that read it.

* Built in batches, with articles replaced and new ones added, the graph is always exactly
  what computing it from scratch gives (the incremental maintenance cannot drift).
* Every saved query gives exactly the rows of its reference in tests/reference_queries/ --
  the same query written over the statements themselves, as it was before the statistics
  graph existed -- on the libya-2020 store, the example corpus and tests/data/contest
  (articles written for these tests: contests, denials, hedges, reprints, speakers, allies).
"""
import dataclasses
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import conflictkg
from conflictkg import KnowledgeGraph, QueryError, build_articles, read_articles, resolve_query, run_query
from conflictkg._query import SavedQuery
from conflictkg._statistics import GRAPH, statistics_quads
from conflictkg._vocab import CKG
from conftest import CONTEST

REFERENCE = Path(__file__).parent / "reference_queries"


def _stored_and_recomputed(store):
    with KnowledgeGraph(store, read_only=True) as kg:
        return set(kg.store.quads_for_pattern(None, None, None, GRAPH)), statistics_quads(kg.store)


def _assert_in_step(store):
    have, want = _stored_and_recomputed(store)
    assert sorted(map(str, have - want))[:5] == [] and sorted(map(str, want - have))[:5] == []


def test_statistics_follow_every_build(tmp_path, extractor):
    articles = read_articles([CONTEST])
    store = tmp_path / "kg"
    build_articles(articles[:3], store, extractor=extractor, batch=2)  # new claims, in two transactions
    _assert_in_step(store)
    build_articles(articles[3:], store, extractor=extractor, batch=2)  # claims that only gain articles
    _assert_in_step(store)
    # an article rebuilt with other text, date and publisher: its claims lose and gain
    changed = dataclasses.replace(articles[1], text=articles[1].text.replace("condemned", "backs"),
                                  date="2031-02-01", publisher="Coast Radio")
    build_articles([changed, articles[4]], store, extractor=extractor, batch=1)
    _assert_in_step(store)
    build_articles(articles, store, extractor=extractor)  # and back, in one transaction
    _assert_in_step(store)
    with KnowledgeGraph(store, read_only=True) as kg:
        kinds = {q.object for q in kg.store.quads_for_pattern(None, ox.NamedNode(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None, GRAPH)}
    assert {n.value.rsplit("#", 1)[-1] for n in kinds} == {"ClaimSummary", "Contest", "Alliance"}


def test_statistics_of_the_shared_stores_are_in_step(libya_store, example_store, contest_store):
    for store in (libya_store, example_store, contest_store):
        _assert_in_step(store)


def test_statistics_a_store_without_them_gets_them_on_its_next_build(tmp_path, example_store, extractor):
    store = tmp_path / "kg"
    shutil.copytree(example_store, store)
    with KnowledgeGraph(store) as kg:  # as an earlier version left it: no statistics, no name keys
        keys = list(kg.store.quads_for_pattern(None, ox.NamedNode(CKG + "nameKey"), None, None))
        kg.apply(drop=[GRAPH], remove=keys)
    claims = SavedQuery.from_text("claims", "SELECT ?c WHERE { GRAPH ckgraph:statistics { ?c a ckg:ClaimSummary } }")
    with KnowledgeGraph(store, read_only=True) as kg, pytest.raises(QueryError, match="no statistics graph"):
        run_query(kg, claims)
    conflictkg.build([Path(__file__).resolve().parents[1] / "examples" / "corpus"], store, extractor=extractor)
    _assert_in_step(store)
    with KnowledgeGraph(store, read_only=True) as kg:
        assert run_query(kg, claims)[1]
        assert run_query(kg, resolve_query("backers-of"), {"actor": "wagner"})[1]


# (saved query, parameters): names that several actors carry, spellings, finer relations, no actor
CASES = [
    ("backers-of", {"actor": "Hifter"}), ("backers-of", {"actor": "GNA"}), ("backers-of", {"actor": "Sweden"}),
    ("backers-of", {"actor": "eastern-based forces"}), ("backers-of", {"actor": "FINLAND"}),
    ("opponents-of", {"actor": "Haftar"}), ("opponents-of", {"actor": "Sweden"}), ("opponents-of", {"actor": "Norway"}),
    ("officials-of", {"actor": "Turkey"}), ("officials-of", {"actor": "Libya"}), ("officials-of", {"actor": "Ethiopia"}),
    ("actor-profile", {"actor": "Ankara"}), ("actor-profile", {"actor": "Hifter"}), ("actor-profile", {"actor": "Norway"}),
    ("actor-profile", {"actor": "Sweden"}), ("actor-profile", {"actor": "libyan government forces"}),
    ("evidence", {"subject": "Turkey", "relation": "supports", "object": "GNA"}),
    ("evidence", {"subject": "Russia", "relation": "supportsMilitarily", "object": "Haftar"}),
    ("evidence", {"subject": "Norway", "relation": "supports", "object": "Sweden"}),
    ("evidence", {"subject": "Norway", "relation": "condemns", "object": "Sweden"}),
    ("corroboration", {}), ("proxy-network", {"actor": "GNA"}), ("proxy-network", {"actor": "Sweden"}),
    ("proxy-network", {"actor": "Finland"}), ("timeline", {}), ("timeline", {"actor": "Moscow"}),
    ("timeline", {"actor": "Sweden"}), ("contested", {}), ("actors", {}), ("actors", {"type": "armed group"}),
    ("actors", {"type": "State"}), ("sources", {}), ("alliances", {}),
]


def _reference(name):
    path = REFERENCE / f"{name}.rq"
    return SavedQuery.from_text(name, path.read_text(encoding="utf-8"), path)


@pytest.fixture(scope="module")
def answers(libya_store, example_store, contest_store):
    """(store, case) -> (saved query's answer, reference answer), each store opened once."""
    out = {}
    for label, store in (("libya", libya_store), ("example", example_store), ("contest", contest_store)):
        with KnowledgeGraph(store, read_only=True) as kg:
            for i, (name, params) in enumerate(CASES):
                out[(label, i)] = run_query(kg, resolve_query(name), params), run_query(kg, _reference(name), params)
    return out


@pytest.mark.parametrize("store", ["libya", "example", "contest"])
@pytest.mark.parametrize("case", range(len(CASES)), ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in CASES])
def test_saved_queries_give_the_reference_rows(answers, store, case):
    saved, reference = answers[(store, case)]
    assert saved == reference


def test_saved_queries_reference_comparison_is_not_vacuous(answers):
    # every saved query has rows to compare somewhere, and the references cover every saved query
    assert {n for n, _ in CASES} == set(conflictkg.saved_queries()) == {p.stem for p in REFERENCE.glob("*.rq")}
    for name in {n for n, _ in CASES}:
        assert any(answers[(s, i)][1][1] for s in ("libya", "example", "contest")
                   for i, (n, _) in enumerate(CASES) if n == name), name
