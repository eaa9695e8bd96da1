"""Push to a real Oxigraph server, query it over HTTP, and serve the local store read-only."""
import base64
import http.server
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from conflictkg import EndpointError, KnowledgeGraph, RemoteGraph, export, push, resolve_query, run_query
from conflictkg._serve import oxigraph_binary
from conftest import needs_shared


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server on loopback, its default graph the union of its graphs (as our store's)."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind",
                                f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/query", process)
    yield base
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="session")
def pushed(oxigraph_server, libya_store):
    with KnowledgeGraph(libya_store, read_only=True) as kg:
        report = push(kg, oxigraph_server + "/store", replace=True, batch_size=500)
    return report


# every saved query but "contested": the libya-2020 articles contest nothing; tests/test_query.py
# checks it on an article written for it
SAVED = [
    ("backers-of", {"actor": "Hifter"}), ("opponents-of", {"actor": "Haftar"}), ("officials-of", {"actor": "Turkey"}),
    ("actor-profile", {"actor": "Ankara"}), ("evidence", {"subject": "Turkey", "relation": "supports", "object": "GNA"}),
    ("corroboration", {}), ("proxy-network", {"actor": "GNA"}), ("timeline", {}),
    ("timeline", {"actor": "Moscow"}), ("actors", {}), ("actors", {"type": "armed group"}), ("sources", {}),
    ("alliances", {}),
]


@needs_shared
@pytest.mark.parametrize(("name", "params"), SAVED)
def test_remote_saved_queries_answer_the_same_over_http(pushed, oxigraph_server, libya_kg, name, params):
    query = resolve_query(name)
    local = run_query(libya_kg, query, params)
    remote = run_query(RemoteGraph(oxigraph_server + "/query"), query, params)
    assert remote == local
    assert local[1]


@needs_shared
def test_remote_push_sends_every_quad_in_batches(pushed, libya_kg):
    quads = sum(1 for _ in libya_kg.quads())
    assert pushed.triples == quads
    assert pushed.graphs == len(libya_kg.graphs())
    assert pushed.requests > pushed.graphs  # 500-triple batches: the largest graphs took several requests


@needs_shared
@pytest.mark.parametrize("hostile", ['"} ; DROP ALL ; {', "') } UNION { ?s ?p ?o } #"])
def test_remote_hostile_parameter_is_only_data(pushed, oxigraph_server, hostile):
    remote = RemoteGraph(oxigraph_server + "/query")
    assert run_query(remote, resolve_query("backers-of"), {"actor": hostile})[1] == []
    assert run_query(remote, resolve_query("backers-of"), {"actor": "Hifter"})[1]


def _count(base: str, graph: str) -> int:
    remote = RemoteGraph(base + "/query")
    rows = remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STR(?g) = ?graph) } "
                         "GROUP BY ?graph", {"graph": ox.Literal(graph)})[1]
    return int(rows[0]["n"]) if rows else 0


def test_remote_push_into_one_graph_and_replace(oxigraph_server, example_store):
    target = "https://example.org/graph/conflictkg-test"
    with KnowledgeGraph(example_store, read_only=True) as kg:
        expected = kg.triple_count()
        push(kg, oxigraph_server + "/store", graph=target, replace=True)
        assert _count(oxigraph_server, target) == expected
        # a stale triple in the target graph is gone after --replace, and stays without it
        stale = b"<https://example.org/stale> <https://example.org/p> \"old\" .\n"
        urllib.request.urlopen(urllib.request.Request(
            f"{oxigraph_server}/store?graph={target}", data=stale, method="POST",
            headers={"Content-Type": "application/n-triples"})).read()
        push(kg, oxigraph_server + "/store", graph=target)
        assert _count(oxigraph_server, target) == expected + 1
        push(kg, oxigraph_server + "/store", graph=target, replace=True)
        assert _count(oxigraph_server, target) == expected


def test_remote_unreachable_endpoint_is_one_clear_error(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(EndpointError) as err:
        push(kg, f"http://127.0.0.1:{free_port()}/store")
    assert err.value.code == "E601" and "cannot reach" in str(err.value)


def test_remote_cli_push_error_is_one_line(example_store):
    r = subprocess.run([sys.executable, "-m", "conflictkg", "push", f"http://127.0.0.1:{free_port()}/store",
                        "--store", str(example_store)], capture_output=True, text=True)
    assert r.returncode == 7
    assert r.stderr.strip().splitlines() == [r.stderr.strip()] and "cannot reach" in r.stderr


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A stand-in store that wants Basic credentials, and fails the first POST as a busy server does."""

    seen: list = []
    fail_next = 0

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).seen.append((self.command, self.path, self.headers.get("Authorization"), body))
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"analyst:s3cret").decode():
            self.send_response(401)
        elif self.command == "POST" and type(self).fail_next:
            type(self).fail_next -= 1
            self.send_response(503)
        else:
            self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_POST = do_DELETE = _handle

    def log_message(self, *args):
        pass


@pytest.fixture()
def recorder():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen, _Recorder.fail_next = [], 0
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()


@pytest.mark.parametrize("source", ["env", "netrc"])
def test_remote_credentials_from_env_or_netrc_and_retries(recorder, example_store, tmp_path, monkeypatch, source):
    if source == "env":
        monkeypatch.setenv("CONFLICTKG_ENDPOINT_USER", "analyst")
        monkeypatch.setenv("CONFLICTKG_ENDPOINT_PASSWORD", "s3cret")
    else:
        (tmp_path / "netrc").write_text("machine 127.0.0.1 login analyst password s3cret\n")
        monkeypatch.setenv("NETRC", str(tmp_path / "netrc"))
    _Recorder.fail_next = 1
    with KnowledgeGraph(example_store, read_only=True) as kg:
        report = push(kg, recorder, graph="https://example.org/g")
    posts = [s for s in _Recorder.seen if s[0] == "POST"]
    assert len(posts) == 2 and posts[0][3] == posts[1][3]  # the 503'd batch was sent again
    assert report.triples == posts[1][3].count(b"\n")


def test_remote_refused_credentials_are_never_printed(recorder, example_store, monkeypatch):
    monkeypatch.setenv("CONFLICTKG_ENDPOINT_USER", "analyst")
    monkeypatch.setenv("CONFLICTKG_ENDPOINT_PASSWORD", "wrong-password")
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(EndpointError) as err:
        push(kg, recorder.replace("http://", "http://someone:url-password@"))
    assert "401" in str(err.value) and err.value.code == "E602"
    assert "password" not in str(err.value) and "someone" not in str(err.value)


@pytest.fixture()
def served(libya_store):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "conflictkg", "serve", "--store", str(libya_store),
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/query", process)
    yield url, process
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        process.wait(10)


@needs_shared
def test_remote_serve_answers_a_sparql_client_and_refuses_updates(served, libya_kg):
    url, process = served
    graph = rdflib.Graph(SPARQLStore(query_endpoint=url + "/query", returnFormat="json"))
    answer = graph.query("PREFIX ckg: <https://w3id.org/conflictkg/ontology#> "
                         "SELECT DISTINCT ?o WHERE { ?s ckg:supports ?o } ORDER BY ?o")
    remote = [str(row.o) for row in answer]
    local = [r["o"].value for r in libya_kg.query("SELECT DISTINCT ?o WHERE { ?s ckg:supports ?o } ORDER BY ?o")]
    assert remote == local and remote
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(
            url + "/update", data=b"DROP ALL", method="POST", headers={"Content-Type": "application/sparql-update"}))
    assert refused.value.code == 403
    assert libya_kg.triple_count() > 0
    process.send_signal(signal.SIGINT)
    assert process.wait(10) == 0


def test_remote_serve_port_in_use_is_one_line(example_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        r = subprocess.run([sys.executable, "-m", "conflictkg", "serve", "--store", str(example_store),
                            "--port", str(busy.getsockname()[1])], capture_output=True, text=True, timeout=30)
    assert r.returncode == 7 and len(r.stderr.strip().splitlines()) == 1 and "cannot listen" in r.stderr


def test_remote_export_then_load_with_the_oxigraph_cli(example_store, tmp_path):
    # an independent loader (Oxigraph's bulk loader) takes the standalone export
    out = tmp_path / "kg.nq"
    with KnowledgeGraph(example_store, read_only=True) as kg:
        export(kg, out, "nquads", with_ontology=True)
        quads = sum(1 for _ in kg.quads())
    loaded = tmp_path / "loaded"
    subprocess.run([oxigraph_binary(), "load", "--location", str(loaded), "--file", str(out)], check=True,
                   capture_output=True)
    dumped = subprocess.run([oxigraph_binary(), "dump", "--location", str(loaded), "--format", "nq"],
                            check=True, capture_output=True).stdout
    assert len(dumped.splitlines()) == len(out.read_bytes().splitlines()) > quads
