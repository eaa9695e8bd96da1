"""Saved and own queries on an Oxigraph server whose default graph is not the union of its graphs
(plain `oxigraph serve`, as Fuseki without unionDefaultGraph): the saved queries answer as the
local store does; a query of your own that reads the default graph finds nothing, and says why."""
import subprocess
import sys

import pyoxigraph as ox
import pytest

from conflictkg import KnowledgeGraph, RemoteGraph, push, resolve_query, run_query, saved_queries
from conflictkg._query import SavedQuery, empty_result_notes
from conflictkg._remote import _with_values
from conflictkg._serve import oxigraph_binary
from test_remote import free_port, wait_for
from test_statistics import CASES


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory, contest_store):
    """`oxigraph serve` without --union-default-graph, holding the contest store's graphs."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("plain")),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query", process)
        with KnowledgeGraph(contest_store, read_only=True) as kg:
            push(kg, base + "/store", replace=True)
        yield base
    finally:
        process.terminate()
        process.wait(10)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_endpoint_without_union_default_graph_answers_every_saved_query(plain_server, contest_store, name):
    remote = RemoteGraph(plain_server + "/query")
    with KnowledgeGraph(contest_store, read_only=True) as kg:
        for query_name, params in CASES:
            if query_name == name:
                assert run_query(remote, resolve_query(name), params) == run_query(kg, resolve_query(name), params)


def test_endpoint_own_default_graph_query_finds_nothing_and_says_why(plain_server):
    remote = RemoteGraph(plain_server + "/query")
    own = SavedQuery.from_text("(inline)", "SELECT ?a WHERE { ?a a ckg:Actor }")
    assert run_query(remote, own)[1] == []
    notes = empty_result_notes(remote, own)
    assert len(notes) == 1 and "default graph is empty" in notes[0] and "GRAPH ?g" in notes[0]
    # with GRAPH patterns it answers, and a saved query that finds nothing gets no such note
    assert run_query(remote, SavedQuery.from_text("(inline)", "SELECT ?a WHERE { GRAPH ?g { ?a a ckg:Actor } }"))[1]
    assert empty_result_notes(remote, resolve_query("backers-of")) == []


def test_endpoint_cli_prints_the_note_on_one_line(plain_server):
    r = subprocess.run([sys.executable, "-m", "conflictkg", "query", "SELECT ?a WHERE { ?a a ckg:Actor }",
                        "--endpoint", plain_server + "/query"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    notes = [line for line in r.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "union" in notes[0]


def test_endpoint_parameters_reach_a_group_opened_right_after_another():
    text = 'SELECT ?x WHERE { { BIND (?actor AS ?x) } UNION { BIND (?actor AS ?x) } }'
    bound = _with_values(text, {"actor": ox.Literal("a")})
    assert bound.count("VALUES") == 3
    store = ox.Store()
    assert [s["x"].value for s in store.query(bound)] == ["a", "a"]
