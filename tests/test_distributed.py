"""`build --executor dask://HOST:PORT`: the workers of a real Dask cluster (a LocalCluster of two
worker processes on 127.0.0.1, started once for this file) extract; the store must be the one a
single-process build writes, quad for quad, and its shards must load into another store as that store."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pyoxigraph as ox
import pytest

import conflictkg
from conflictkg import KnowledgeGraph
from conftest import CONTEST, EXAMPLES

distributed = pytest.importorskip("distributed", reason="dask[distributed] not installed (pip install -e '.[test]')")

CLI = [sys.executable, "-m", "conflictkg"]
CORPUS = [EXAMPLES, CONTEST]  # 8 articles: denials, hedges, reprints (syndication), actors to merge


def run(*args, env=None):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=50) as c, distributed.Client(c) as client:
        from conflictkg._distributed import _worker_extractor
        client.run(_worker_extractor, ((), ()))  # each worker loads the model once, both at the same time
        yield c


@pytest.fixture(scope="module")
def address(cluster) -> str:
    return cluster.scheduler_address.replace("tcp://", "dask://")


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, extractor):
    path = tmp_path_factory.mktemp("local") / "kg"
    conflictkg.build(CORPUS, path, extractor=extractor)
    return path


def quads(store) -> set[ox.Quad]:
    with KnowledgeGraph(store, read_only=True) as kg:
        return set(kg.quads())


def loaded(folder) -> set[ox.Quad]:
    """The shards and graphs.nq of a folder, loaded into a new in-memory store as a bulk loader would."""
    store = ox.Store()
    for path in sorted(folder.glob("*.nq")):
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return set(store)


def test_dask_build_gives_the_single_process_graph(tmp_path, local_store, address):
    """The CLI through the cluster, several shards over both workers: the same quads as a local build
    (no blank nodes, so equal quads are an isomorphic dataset), and the kept shards are that store."""
    store, shards = tmp_path / "kg", tmp_path / "shards"
    r = run("build", *CORPUS, "--store", store, "--executor", address, "--shards", shards)
    assert r.returncode == 0, r.stderr
    assert "built " in r.stderr.splitlines()[-1]
    want = quads(local_store)
    assert not any(isinstance(t, ox.BlankNode) for q in want for t in (q.subject, q.object))
    assert quads(store) == want
    names = sorted(p.name for p in shards.iterdir())
    assert names == ["graphs.nq", *(f"shard-{i:06d}.nq" for i in range(len(names) - 1))] and len(names) > 2
    assert loaded(shards) == want
    # as docs/scaling.md says: Oxigraph's own bulk loader takes the folder's files as they are
    from conflictkg._serve import oxigraph_binary
    target = tmp_path / "oxigraph"
    r = subprocess.run([oxigraph_binary(), "load", "--location", target, "--file", *sorted(shards.glob("*.nq"))],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    db = ox.Store(str(target))
    assert set(db) == want
    del db


def test_dask_build_small_shards_and_batches_and_rebuilds(tmp_path, local_store, address, extractor, monkeypatch):
    """Many small shards, each spread over the workers, written in small transactions; a second build
    reads again only the changed article, through the cluster too."""
    import dataclasses
    import tempfile
    from pathlib import Path

    from conflictkg import _distributed, read_articles
    temporary = set(Path(tempfile.gettempdir()).glob("conflictkg-shards-*"))
    monkeypatch.setattr(_distributed, "SHARD_ARTICLES", 2)
    articles = read_articles(CORPUS)
    store = tmp_path / "kg"
    report = conflictkg.build_articles(articles, store, extractor=extractor, executor=address, batch=3)
    assert report.documents == len(articles) and report.unchanged == 0
    assert quads(store) == quads(local_store)
    edited = [dataclasses.replace(articles[0], publisher="Another Desk"), *articles[1:]]
    again = conflictkg.build_articles(edited, store, extractor=extractor, executor=address)
    assert again.unchanged == len(articles) - 1
    changed = quads(store) ^ quads(local_store)
    assert any(q.object.value == "Another Desk" for q in changed)
    from conflictkg._vocab import DOCUMENT_GRAPH, document_graph
    assert {q.graph_name.value for q in changed if q.graph_name.value.startswith(DOCUMENT_GRAPH)} == \
        {document_graph(articles[0].id)}  # that article's graph (and what the store-wide graphs say of it)
    assert set(Path(tempfile.gettempdir()).glob("conflictkg-shards-*")) <= temporary  # removed after each build


def test_local_build_keeps_shards_too(tmp_path, extractor):
    store, shards = tmp_path / "kg", tmp_path / "shards"
    conflictkg.build_articles(conflictkg.read_articles(CORPUS), store, extractor=extractor,
                              shards=shards, batch=2)
    assert len(list(shards.glob("shard-*.nq"))) > 1
    assert loaded(shards) == quads(store)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dask_unreachable_scheduler_is_one_line_and_leaves_the_store(tmp_path, local_store):
    import shutil
    store = tmp_path / "kg"
    shutil.copytree(local_store, store)
    before = quads(store), sorted(p.name for p in tmp_path.iterdir())
    r = run("build", EXAMPLES, "--store", store, "--executor", f"dask://127.0.0.1:{_closed_port()}",
            env={"CONFLICTKG_DASK_TIMEOUT": "1"})
    assert r.returncode == 7
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("error: [E622] cannot reach the Dask scheduler at dask://127.0.0.1:")
    assert (quads(store), sorted(p.name for p in tmp_path.iterdir())) == before


@pytest.mark.parametrize("args,code,message", [
    (["--executor", "dask://nowhere"], 3, "error: [E160] --executor 'dask://nowhere': give 'local' or 'dask://HOST:PORT'"),
    (["--executor", "spark://h:1"], 3, "error: [E160]"),
    (["--executor", "dask://127.0.0.1:1", "--jobs", "2"], 2, "error: Invalid value for '--jobs'"),
])
def test_dask_bad_executor_options_are_one_line(tmp_path, args, code, message):
    r = run("build", EXAMPLES, "--store", tmp_path / "kg", *args)
    assert r.returncode == code and r.stderr.startswith(message) and r.stderr.count("\n") == 1, r.stderr
    assert not (tmp_path / "kg").exists()


def test_dask_shards_folder_must_be_new_or_empty(tmp_path, address):
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "old.nq").write_text("")
    r = run("build", EXAMPLES, "--store", tmp_path / "kg", "--executor", address, "--shards", tmp_path / "shards")
    assert r.returncode == 6 and r.stderr.startswith("error: [E405]") and r.stderr.count("\n") == 1, r.stderr


def test_dask_worker_failure_is_one_error_and_leaves_the_store(tmp_path, local_store, address, extractor):
    """A shard that fails on its worker (here an article without text, which no reader produces) stops
    the build with one EndpointError after earlier shards were written to the staging copy: the store
    is as it was."""
    import shutil

    from conflictkg import Article, EndpointError, read_articles
    store = tmp_path / "kg"
    shutil.copytree(local_store, store)
    before = quads(store)
    articles = [*(a for a in read_articles(CORPUS)), Article(id="broken", text=None)]  # type: ignore[arg-type]
    with pytest.raises(EndpointError) as caught:
        conflictkg.build_articles(articles, store, extractor=extractor, executor=address, batch=2)
    assert caught.value.code == "E623" and "a Dask worker failed on a shard: TypeError" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert quads(store) == before


def test_dask_build_with_extra_actor_files_gives_the_local_graph(tmp_path, address, extractor):
    """--actors files travel to the workers by content (no shared folder), in the order that keeps
    the extractor's fingerprint: the same graph as a local build with the same files."""
    from conflictkg import Article, Extractor
    articles = [Article(id="z", text="Brief\n\nThe Zarvani Brigade backs Vostania against Qatar.")]
    first, second = tmp_path / "z-first.ttl", tmp_path / "a-second.ttl"
    prefixes = ("@prefix ckg: <https://w3id.org/conflictkg/ontology#> .\n"
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    first.write_text(prefixes + "<https://w3id.org/conflictkg/id/actor/Vostania> a ckg:State ; "
                     "skos:prefLabel \"Vostania\"@en .\n", encoding="utf-8")
    second.write_text(prefixes + "<https://w3id.org/conflictkg/id/actor/Zarvani_Brigade> a ckg:ArmedGroup ; "
                      "skos:prefLabel \"Zarvani Brigade\"@en .\n", encoding="utf-8")
    mine = Extractor([first, second])
    conflictkg.build_articles(articles, tmp_path / "one", extractor=mine)
    conflictkg.build_articles(articles, tmp_path / "two", extractor=mine, executor=address)
    want = quads(tmp_path / "one")
    assert any("Zarvani" in q.subject.value for q in want)
    assert quads(tmp_path / "two") == want


def test_scaling_doc_figures_are_the_benchmark_script_output():
    """docs/scaling.md quotes benchmarks/cluster.py's report of its last measurements, not typed figures."""
    from conftest import ROOT
    raw = ROOT / "benchmarks" / "cluster.json"
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cluster.py"), "--from", str(raw)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    doc = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    assert r.stdout.strip() in doc, "run: python benchmarks/cluster.py --from benchmarks/cluster.json --write"
