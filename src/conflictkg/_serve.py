"""Stage 7c, serve: a read-only SPARQL 1.1 Protocol endpoint over the local store.

This is Oxigraph's own server (the ``oxigraph`` package) opened read-only on the
store folder, with the union of the article graphs as its default graph, as the
local queries see it. It answers with the standard result formats (SPARQL JSON,
XML, CSV, TSV; any RDF syntax for CONSTRUCT), so SPARQLWrapper, rdflib's
SPARQLStore and YASGUI work against ``http://HOST:PORT/query``; updates are refused.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ._errors import EndpointError, StoreError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable: beside this Python first (a virtualenv), then on PATH."""
    here = str(Path(sys.executable).parent)
    found = shutil.which("oxigraph", path=os.pathsep.join([here, os.environ.get("PATH", "")]))
    if found is None:
        raise EndpointError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5.13,<0.6'", code="E604")
    return found


def serve_command(store: str | Path, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """The command line that serves ``store``; checks the store and the port first."""
    store = Path(store)
    if not store.is_dir():
        raise StoreError(f"no store at {store}: run `conflictkg build ARTICLES --store {store}` first", code="E202")
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise EndpointError(f"cannot listen on {host}:{port}: {exc.strerror}", code="E606") from None
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [oxigraph_binary(), "serve-read-only", "--location", str(store), "--bind", bind, "--union-default-graph"]


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878,
          announce: Callable[[str], None] | None = None) -> int:
    """Serve until interrupted (0) or until the server fails (its exit status)."""
    command = serve_command(store, host, port)
    if announce:
        announce(f"http://{host}:{port}/query")
    process = subprocess.Popen(command)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait()
        return 0
