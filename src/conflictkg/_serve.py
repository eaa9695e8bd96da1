"""Stage 7c, serve: a read-only SPARQL 1.1 Protocol endpoint over the local store.

This is Oxigraph's own server (the ``oxigraph`` package) opened read-only on the
store folder, with the union of the article graphs as its default graph, as the
local queries see it. It answers with the standard result formats (SPARQL JSON,
XML, CSV, TSV; any RDF syntax for CONSTRUCT), so SPARQLWrapper, rdflib's
SPARQLStore and YASGUI work against ``http://HOST:PORT/query``; updates are refused.

Oxigraph's server listens on a private loopback port; what faces the network is
a small gate in front of it that

* refuses queries with a ``SERVICE`` clause (Oxigraph would send HTTP requests
  wherever the query says: anyone who can query the endpoint could make it call
  other machines), unless ``allow_service``;
* refuses updates and any write to the Graph Store Protocol;
* passes everything else through, streamed.

Each query has a deadline (Oxigraph's ``--timeout-s``): a runaway query is
cancelled, not left running after its client left. ``serve`` holds the store's
write lock, so that no build changes the store under it (a build is refused
with E204), and the Oxigraph process dies with it (SIGTERM, Ctrl-C, even kill -9
of ``conflictkg serve``: Linux's parent-death signal).
"""
from __future__ import annotations

import collections
import ctypes
import http.client
import http.server
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from ._deadline import query_timeout
from ._errors import EndpointError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable: beside this Python first (a virtualenv), then on PATH."""
    here = str(Path(sys.executable).parent)
    found = shutil.which("oxigraph", path=os.pathsep.join([here, os.environ.get("PATH", "")]))
    if found is None:
        raise EndpointError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5.13,<0.6'", code="E604")
    return found


# -- SERVICE ---------------------------------------------------------------------
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# long strings first, then short ones (with escapes), IRIs (no spaces inside), comments
_NOT_KEYWORDS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>' r"|#[^\n\r]*", re.S)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.I)


def uses_service(query: str) -> bool:
    """Whether a SPARQL query has a SERVICE clause (conservative: a doubtful text counts as one)."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16)
                       < 0x110000 else "", query)
    return _SERVICE.search(_NOT_KEYWORDS.sub(" ", text)) is not None


# -- the gate ----------------------------------------------------------------------
class _Gate(http.server.BaseHTTPRequestHandler):
    upstream: tuple[str, int] = ("127.0.0.1", 0)
    allow_service = False
    timeout_s = 60.0
    server_version = "conflictkg-serve"

    def log_message(self, *args) -> None:  # quiet, like Oxigraph's own server
        pass

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > 64 * 1024 * 1024:
            raise ValueError("bad Content-Length")
        return self.rfile.read(length) if length else b""

    def _query_text(self, body: bytes) -> str | None:
        url = urllib.parse.urlsplit(self.path)
        found = urllib.parse.parse_qs(url.query, keep_blank_values=True).get("query", [])
        if self.command == "POST":
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                found.append(body.decode("utf-8", "replace"))
            elif kind == "application/x-www-form-urlencoded":
                found += urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).get("query", [])
        return "\n".join(found) if found else None

    def _handle(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        try:
            body = self._body() if self.command == "POST" else b""
        except ValueError:
            self._refuse(400, "bad request body")
            return
        if path == "/update" or (self.command not in ("GET", "HEAD") and path != "/query"):
            self._refuse(403, "this endpoint is read-only: updates and writes are refused")
            return
        if path == "/query" and not self.allow_service:
            text = self._query_text(body)
            if text is not None and uses_service(text):
                self._refuse(403, "SERVICE clauses are disabled on this endpoint "
                                  "(`conflictkg serve --allow-service` enables them)")
                return
        self._forward(body)

    def _forward(self, body: bytes) -> None:
        conn = http.client.HTTPConnection(*self.upstream, timeout=self.timeout_s + 30)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("accept", "content-type", "accept-language", "user-agent")}
        try:
            conn.request(self.command, self.path, body=body or None, headers=headers)
            response = conn.getresponse()
            self.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in ("connection", "transfer-encoding", "keep-alive", "server", "date"):
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := response.read1(65536):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            pass  # the client or the server went away: nothing to tell anyone
        finally:
            conn.close()
            self.close_connection = True

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = _handle


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def _listen(host: str, port: int) -> _Server:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    _Server.address_family = family
    try:
        return _Server((host, port), _Gate)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise EndpointError(f"cannot listen on {host}:{port}: {reason}", code="E606") from None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the child: Linux sends it SIGTERM when conflictkg serve dies, however it dies."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _tail(lines: collections.deque) -> str:
    """The Oxigraph server's last words, without a Rust backtrace."""
    useful = [line for line in lines if line.strip() and not re.match(r"\s*(\d+:|at |stack backtrace|note:)", line)]
    return useful[-1].strip() if useful else "no message"


def serve_command(store: str | Path, bind: str, timeout_s: float) -> list[str]:
    return [oxigraph_binary(), "serve-read-only", "--location", str(store), "--bind", bind,
            "--union-default-graph", "--timeout-s", f"{max(1, round(timeout_s))}"]


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878,
          announce: Callable[[str], None] | None = None, *, timeout: float | None = None,
          allow_service: bool = False) -> int:
    """Serve until interrupted (0) or until the server fails (EndpointError E607)."""
    from ._store import _lock_writer, _no_store, _release, is_store

    store = Path(store)
    if not is_store(store):
        raise _no_store(store)
    timeout_s = query_timeout(timeout)
    binary = oxigraph_binary()
    lock = _lock_writer(store)  # E201/E204 when a build (or another server) holds it
    gate = child = None
    try:
        gate = _listen(host, port)
        inner = _free_port()
        handler = type("Gate", (_Gate,), {"upstream": ("127.0.0.1", inner), "allow_service": allow_service,
                                          "timeout_s": timeout_s})
        gate.RequestHandlerClass = handler
        command = serve_command(store, f"127.0.0.1:{inner}", timeout_s)
        command[0] = binary
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True, errors="replace",
                                 env=dict(os.environ, RUST_BACKTRACE="0"),
                                 preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        said: collections.deque = collections.deque(maxlen=50)
        threading.Thread(target=lambda: said.extend(child.stderr), daemon=True).start()
        _wait_up(inner, child, said, store)
        threading.Thread(target=gate.serve_forever, daemon=True).start()
        shown = f"[{host}]" if ":" in host else host
        if announce:
            announce(f"http://{shown}:{gate.server_address[1]}/query")
        while child.poll() is None:
            time.sleep(0.2)
        time.sleep(0.2)  # its last words
        raise EndpointError(f"the Oxigraph server stopped (exit {child.returncode}): {_tail(said)}", code="E607")
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM under the CLI
        return 0
    finally:
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if gate is not None:
            gate.server_close()
        _release(lock)


def _wait_up(port: int, child: subprocess.Popen, said: collections.deque, store: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if child.poll() is not None:
            time.sleep(0.2)
            raise EndpointError(f"the Oxigraph server could not serve {store}: {_tail(said)}", code="E607")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise EndpointError(f"the Oxigraph server did not start within {seconds:g} s", code="E607")
