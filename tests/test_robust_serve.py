"""`conflictkg serve` as an attacker and an operator meet it: real servers on 127.0.0.1, real signals."""
from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conflictkg._serve import uses_service
from test_remote import free_port

CLI = [sys.executable, "-m", "conflictkg"]
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class _Witness(http.server.BaseHTTPRequestHandler):
    """Somewhere a SERVICE clause could send the server: it records every request it gets."""

    seen: list = []

    def _handle(self):
        type(self).seen.append((self.command, self.path))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        body = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _handle

    def log_message(self, *args):
        pass


@pytest.fixture()
def witness():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Witness)
    _Witness.seen = []
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def start_serve(store: Path, *extra: str) -> tuple[str, subprocess.Popen]:
    port = free_port()
    process = subprocess.Popen([*CLI, "serve", "--store", str(store), "--port", str(port), *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
            return url, process
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError("serve did not come up")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    process.stderr.close()


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ask(url: str, query: str, method: str = "GET") -> tuple[int, bytes]:
    accept = {"Accept": "application/sparql-results+json"}
    if method == "GET":
        request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=accept)
    elif method == "form":
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(), headers=accept)
    else:
        request = urllib.request.Request(url, data=query.encode(), method="POST",
                                         headers=accept | {"Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
    "select * where { service silent <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment\n SERVICE ?where { ?s ?p ?o } }",
])
def test_robust_service_detection_finds_service(query):
    assert uses_service(query)


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a <http://x/Service> }",
    "SELECT * WHERE { ?s <http://x/SERVICE> 'SERVICE' . ?s ex:service \"\"\"a SERVICE\"\"\" } # SERVICE",
    "SELECT * WHERE { ?s ?p ?o FILTER (?o < 3 && ?o > 1) }",
])
def test_robust_service_detection_leaves_other_queries(query):
    assert not uses_service(query)


def test_robust_serve_refuses_service_by_default(example_store, witness):
    url, process = start_serve(example_store)
    try:
        query = f"SELECT * WHERE {{ SERVICE <{witness}> {{ ?s ?p ?o }} }}"
        for method in ("GET", "form", "direct"):
            status, body = ask(url, query, method)
            assert status == 403 and b"SERVICE" in body, (method, status, body)
        assert _Witness.seen == []  # the endpoint sent nothing anywhere
        status, body = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }")
        assert status == 200 and b'"n"' in body  # other queries pass
        status, _ = ask(url.replace("/query", "/update"), "DROP ALL", "direct")
        assert status == 403
    finally:
        stop(process)


def test_robust_serve_allow_service_lets_it_through(example_store, witness):
    url, process = start_serve(example_store, "--allow-service")
    try:
        ask(url, f"SELECT * WHERE {{ SERVICE <{witness}> {{ ?s ?p ?o }} }}")
        assert _Witness.seen  # what the default prevents
    finally:
        stop(process)


def test_robust_serve_cancels_a_runaway_query_and_stops_on_sigterm(example_store):
    url, process = start_serve(example_store, "--timeout", "1")
    try:
        [oxigraph] = children(process.pid)
        started = time.monotonic()
        status, body = ask(url, CARTESIAN)
        assert time.monotonic() - started < 20
        assert status != 200 or b'"n"' not in body or b"cancel" in body.lower()
        before = cpu_seconds(oxigraph)
        time.sleep(1.5)
        assert cpu_seconds(oxigraph) - before < 0.5  # nothing left running
        process.send_signal(signal.SIGTERM)
        process.wait(15)
        deadline = time.monotonic() + 10
        while alive(oxigraph) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(oxigraph)
    finally:
        stop(process)


def test_robust_serve_child_dies_with_a_killed_serve(example_store):
    url, process = start_serve(example_store)
    [oxigraph] = children(process.pid)
    process.kill()
    process.wait()
    process.stderr.close()
    deadline = time.monotonic() + 10
    while alive(oxigraph) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(oxigraph)


def test_robust_build_into_a_served_store_is_refused(example_store, tmp_path):
    url, process = start_serve(example_store)
    try:
        before = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        article = tmp_path / "note.txt"
        article.write_text("Note\n\nQatar backs the Government of National Accord.\n", encoding="utf-8")
        r = subprocess.run([*CLI, "build", str(article), "--store", str(example_store)], capture_output=True, text=True)
        assert r.returncode == 4 and r.stderr.startswith("error: [E204]") and "serve" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
        assert ask(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == before
    finally:
        stop(process)


@pytest.mark.parametrize("kind", ["empty folder", "other folder", "file", "broken store"])
def test_robust_serve_on_what_is_no_store_is_one_line(tmp_path, kind):
    target = tmp_path / "kg"
    if kind == "file":
        target.write_text("x")
    else:
        target.mkdir()
    if kind == "other folder":
        (target / "notes.txt").write_text("x")
    if kind == "broken store":
        (target / "CURRENT").write_text("MANIFEST-000099\n")
    r = subprocess.run([*CLI, "serve", "--store", str(target), "--port", str(free_port())],
                       capture_output=True, text=True, timeout=60)
    lines = r.stderr.strip().splitlines()
    assert r.returncode in (4, 7) and len(lines) == 1 and lines[0].startswith("error: [E"), r.stderr
    assert "backtrace" not in r.stderr.lower() and "(see above)" not in r.stderr
