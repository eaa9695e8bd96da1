"""push and query against hostile servers (real HTTP servers on 127.0.0.1 started here), and queries
that never end: one line with a stable code, no credentials in it, a deadline that holds."""
from __future__ import annotations

import base64
import http.server
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from conflictkg import EndpointError, KnowledgeGraph, QueryError, RemoteGraph, push, resolve_query, run_query
from conflictkg._remote import scrub
from test_robust_serve import cpu_seconds

CLI = [sys.executable, "-m", "conflictkg"]
TOKEN = "tok-4f9a1c77e2"
PASSWORD = "pw-93kd8s2"


def run(*args, env=None, timeout=120):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, env=env, timeout=timeout)


def one_error_line(r, code: str, exit_code: int) -> str:
    lines = r.stderr.strip().splitlines()
    assert r.returncode == exit_code, r.stderr
    assert lines and lines[-1].startswith(f"error: [{code}]"), r.stderr
    assert "Traceback" not in r.stderr
    return lines[-1]


class Hostile(http.server.BaseHTTPRequestHandler):
    """One misbehaving server; ``mode`` says how. Every request is recorded."""

    mode = "ok"
    seen: list = []
    protocol_version = "HTTP/1.0"

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).seen.append((self.server.server_address, self.command, self.path,
                                self.headers.get("Authorization"), body))
        mode = type(self).mode
        if mode == "redirect" and self.command != "HEAD":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.2:{self.server.other_port}/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if mode == "echo" and self.command == "POST":
            text = f"refused: Authorization: {self.headers.get('Authorization')} (token {TOKEN}, {PASSWORD})"
            self._send(400, text.encode())
            return
        if mode in ("html", "badjson", "shape", "deep"):
            body = {"html": b"<html><body>Welcome</body></html>", "badjson": b'{"head": ',
                    "shape": b'{"head": {"vars": 5}}', "deep": b"{" + b'"a":[' * 50000}[mode]
            self._send(200, body, "application/sparql-results+json")
            return
        if mode == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            try:
                for byte in b'{"head": {"vars": []}, "results": {"bindings": []}}':
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
            return
        if mode == "silent":
            time.sleep(30)
            return
        self._send(204, b"")

    def _send(self, status, body, kind="text/plain"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_DELETE = do_PUT = _handle

    def log_message(self, *args):
        pass


@pytest.fixture()
def hostile():
    """A hostile server on 127.0.0.1 and a witness on 127.0.0.2 (another origin) that records
    whatever reaches it."""
    witness = http.server.ThreadingHTTPServer(("127.0.0.2", 0), Hostile)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.other_port = witness.server_address[1]
    Hostile.mode, Hostile.seen = "ok", []
    for s in (server, witness):
        threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()  # shutdown() waits one poll
    yield f"http://127.0.0.1:{server.server_address[1]}", witness.server_address
    for s in (server, witness):
        s.shutdown()
        s.server_close()


def test_robust_push_never_follows_a_redirect_and_credentials_stay_home(hostile, example_store, monkeypatch):
    base, witness = hostile
    Hostile.mode = "redirect"
    monkeypatch.setenv("CONFLICTKG_ENDPOINT_TOKEN", TOKEN)
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(EndpointError) as err:
        push(kg, base + "/store")
    assert err.value.code == "E602" and "redirects" in str(err.value) and TOKEN not in str(err.value)
    assert [s for s in Hostile.seen if s[0] == witness] == []  # nothing, credentials least of all, went elsewhere
    assert [s[1] for s in Hostile.seen] == ["HEAD", "POST"]  # the write stopped at the redirect


def test_robust_push_error_shows_the_body_without_secrets(hostile, example_store):
    base, _ = hostile
    Hostile.mode = "echo"
    r = run("push", base.replace("http://", f"http://analyst:{PASSWORD}@") + "/store", "--store", example_store,
            env=None)
    line = one_error_line(r, "E602", 7)
    assert "refused" in line and PASSWORD not in r.stderr and "analyst" not in r.stderr
    basic = base64.b64encode(f"analyst:{PASSWORD}".encode()).decode()
    assert basic not in r.stderr


def test_robust_scrub_removes_every_form_of_a_secret():
    text = f"Authorization: Bearer {TOKEN}; cookie=abc; echo {PASSWORD}\n" + "x" * 500
    out = scrub(text, [TOKEN, PASSWORD])
    assert TOKEN not in out and PASSWORD not in out and "abc" not in out and len(out) <= 201 and "\n" not in out


@pytest.mark.parametrize(("url", "hidden"), [
    (f"htps://analyst:{PASSWORD}@127.0.0.1:7878/store", PASSWORD),  # mistyped scheme
    (f"http://analyst:{PASSWORD}@127.0.0.1:99999/store", PASSWORD),  # bad port
    (f"http://analyst:{PASSWORD}@[::1/store", PASSWORD),  # broken IPv6 host
    ("http://127.0.0.1:notaport/store", None),
    ("http://exa mple.org/store", None),
])
def test_robust_bad_urls_are_one_line_without_credentials(example_store, url, hidden):
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(EndpointError) as err:
        push(kg, url)
    assert err.value.code == "E600" and "\n" not in str(err.value)
    if hidden:
        assert hidden not in str(err.value) and "analyst" not in str(err.value)


def test_robust_bad_url_on_the_command_line(example_store):
    r = run("push", f"htps://analyst:{PASSWORD}@127.0.0.1:99999/store", "--store", example_store)
    one_error_line(r, "E600", 7)
    assert PASSWORD not in r.stderr


@pytest.mark.parametrize("mode", ["html", "badjson", "shape", "deep"])
def test_robust_query_endpoint_answering_nonsense_is_one_line(hostile, mode):
    base, _ = hostile
    Hostile.mode = mode
    with pytest.raises(EndpointError) as err:
        run_query(RemoteGraph(base + "/query"), resolve_query("sources"))
    assert err.value.code == "E608" and "\n" not in str(err.value)
    if mode == "html":
        one_error_line(run("query", "sources", "--endpoint", base + "/query"), "E608", 7)


@pytest.mark.parametrize("mode", ["drip", "silent"])
def test_robust_query_endpoint_has_an_overall_deadline(hostile, mode):
    base, _ = hostile
    Hostile.mode = mode
    started = time.monotonic()
    with pytest.raises(EndpointError) as err:
        run_query(RemoteGraph(base + "/query"), resolve_query("sources"), timeout=2)
    assert err.value.code == "E609" and time.monotonic() - started < 5


CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_robust_local_query_timeout(example_store):
    started = time.monotonic()
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(QueryError) as err:
        run_query(kg, resolve_query(CARTESIAN), timeout=1)
    assert err.value.code == "E312" and time.monotonic() - started < 5


def test_robust_ctrl_c_stops_a_local_query(example_store):
    process = subprocess.Popen([*CLI, "query", CARTESIAN, "--store", str(example_store), "--timeout", "600"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # well inside the query: start-up takes about a second of CPU, the query all it can get
    deadline = time.monotonic() + 60
    while cpu_seconds(process.pid) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert process.poll() is None
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 130 and err.strip() == "interrupted; the store is unchanged"


def test_robust_updates_and_bad_query_files(example_store, tmp_path):
    (tmp_path / "wipe.rq").write_text("DELETE WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(QueryError) as err:
        run_query(kg, resolve_query(str(tmp_path / "wipe.rq")))
    assert err.value.code == "E313" and "SPARQL update" in str(err.value)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "broken.rq").write_bytes(b"\xff\xfe SELECT")
    (mine / "folder.rq").mkdir()
    (mine / "fine.rq").write_text("# title: Fine\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    r = run("queries", "--queries", mine)
    assert r.returncode == 0 and "fine: Fine" in r.stdout and "backers-of" in r.stdout
    assert "skipped" in r.stderr and "broken.rq" in r.stderr and "folder.rq" in r.stderr
    with KnowledgeGraph(example_store, read_only=True) as kg:
        assert run_query(kg, resolve_query("fine", mine))[1]
    with pytest.raises(QueryError) as err:
        resolve_query("broken", mine)
    assert err.value.code == "E308"


def test_robust_a_huge_parameter_is_not_echoed(example_store):
    huge = "x" * 130_000
    r = run("query", "backers-of", "-p", f"actor={huge}", "--store", example_store)
    assert r.returncode == 0 and len(r.stderr) < 500
    with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(QueryError) as err:
        run_query(kg, resolve_query("backers-of"), {huge: "1"})
    assert err.value.code == "E303" and len(str(err.value)) < 500


def test_robust_closed_port_is_one_line(example_store):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    one_error_line(run("query", "sources", "--endpoint", f"http://127.0.0.1:{port}/query"), "E601", 7)
