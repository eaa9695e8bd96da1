"""Stage 7b, remote: move the graph into another triple store and query one over HTTP.

``push`` speaks the SPARQL 1.1 Graph Store HTTP Protocol (indirect graph
identification, ``?graph=IRI``), which Oxigraph, Fuseki, GraphDB, Virtuoso,
Stardog and QLever all accept: each named graph of the store is POSTed as
N-Triples in batches, so nothing larger than one batch is held in memory and a
very large graph never hits a request-size limit. ``RemoteGraph`` runs the
saved queries over the SPARQL 1.1 Protocol, so the same question can be asked
of the local store and of the store the graph was pushed to.

Credentials never appear in messages: they come from the URL's user part, from
CONFLICTKG_ENDPOINT_TOKEN (Bearer) or CONFLICTKG_ENDPOINT_USER /
CONFLICTKG_ENDPOINT_PASSWORD (Basic), or from a netrc file ($NETRC or ~/.netrc).
"""
from __future__ import annotations

import base64
import itertools
import json
import netrc
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ._errors import EndpointError, QueryError
from ._store import KnowledgeGraph
from ._vocab import PREFIXES

# Statuses worth a second try: the server is busy or restarting, not refusing the data.
TRANSIENT = {408, 429, 500, 502, 503, 504}
RETRIES = 3
BACKOFF_S = 0.5
TIMEOUT_S = 60


def _redact(url: str) -> str:
    """The URL without user and password, for messages."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def _authorization(url: str) -> str | None:
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None:
        user, password = urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
    elif os.environ.get("CONFLICTKG_ENDPOINT_TOKEN"):
        return "Bearer " + os.environ["CONFLICTKG_ENDPOINT_TOKEN"]
    elif os.environ.get("CONFLICTKG_ENDPOINT_USER"):
        user, password = os.environ["CONFLICTKG_ENDPOINT_USER"], os.environ.get("CONFLICTKG_ENDPOINT_PASSWORD", "")
    else:
        path = Path(os.environ.get("NETRC") or Path.home() / ".netrc")
        try:
            entry = netrc.netrc(str(path)).authenticators(parts.hostname or "") if path.is_file() else None
        except (netrc.NetrcParseError, OSError) as exc:
            raise EndpointError(f"cannot read the netrc file {path}: {getattr(exc, 'msg', exc)}", code="E605") from exc
        if not entry:
            return None
        user, password = entry[0], entry[2] or ""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class _Http:
    """One endpoint: requests with credentials, timeouts and retries on transient failures."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EndpointError(f"{url!r} is not an http(s) URL", code="E600")
        self.url = urllib.parse.urlunsplit(parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else "")))
        self.shown = _redact(url)
        self.auth = _authorization(url)

    def request(self, method: str, params: dict[str, str] | None = None, body: bytes | None = None,
                headers: dict[str, str] | None = None, ok_statuses: Iterable[int] = ()) -> tuple[int, bytes]:
        query = urllib.parse.urlencode(params or {})
        sep = "&" if "?" in self.url else "?"
        target = self.url + (sep + query if query else "")
        all_headers = dict(headers or {})
        if self.auth:
            all_headers["Authorization"] = self.auth
        for attempt in range(RETRIES):
            req = urllib.request.Request(target, data=body, method=method, headers=all_headers)
            try:
                with urllib.request.urlopen(req, timeout=TIMEOUT_S) as response:
                    return response.status, response.read()
            except urllib.error.HTTPError as exc:
                if exc.code in ok_statuses:
                    return exc.code, exc.read()
                if exc.code in TRANSIENT and attempt + 1 < RETRIES:
                    time.sleep(BACKOFF_S * 2 ** attempt)
                    continue
                detail = " ".join(exc.read().decode("utf-8", "replace").split())[:200]
                raise EndpointError(f"{self.shown} refused the request ({method}): HTTP {exc.code} {exc.reason}"
                                    + (f": {detail}" if detail else ""), code="E602") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt + 1 < RETRIES:
                    time.sleep(BACKOFF_S * 2 ** attempt)
                    continue
                reason = getattr(exc, "reason", exc)
                raise EndpointError(f"cannot reach {self.shown}: {reason}", code="E601") from None
        raise AssertionError("unreachable")


    def check(self) -> None:
        """Fail early, before any data is sent, when the endpoint is down or refuses our credentials."""
        self.request("HEAD", ok_statuses=(400, 404, 405))


@dataclass
class PushReport:
    graphs: int
    triples: int
    requests: int
    seconds: float


def check_endpoint(url: str) -> None:
    """Raise EndpointError now if ``url`` is unreachable or refuses the credentials."""
    _Http(url).check()


def _batches(triples: Iterable[ox.Triple], size: int) -> Iterable[bytes]:
    it = iter(triples)
    while batch := list(itertools.islice(it, size)):
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)


def push(kg: KnowledgeGraph, url: str, *, graph: str | None = None, replace: bool = False,
         batch_size: int = 50_000, with_ontology: bool = True,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """Send the store to a Graph Store Protocol endpoint (e.g. ``http://host:7878/store``).

    Each named graph (one per article, the syndication graph and the ontology)
    goes to the graph of the same IRI; with ``graph`` the union of them all goes
    into that one graph. ``replace`` first deletes each target graph, so that a
    rebuilt article leaves no stale statements behind; without it the triples
    are added to what the endpoint holds. ``progress`` is called with the number
    of triples in each batch sent.
    """
    started = time.perf_counter()
    http = _Http(url)
    if graph is not None:
        try:
            graph = ox.NamedNode(graph).value
        except ValueError as exc:
            raise EndpointError(f"--graph {graph!r} is not an IRI: {exc}", code="E603") from None
        targets = [(graph, kg.triples(with_ontology=with_ontology))]
    else:
        targets = [(g.value, (q.triple for q in kg.quads(graph=g))) for g in kg.graphs(with_ontology=with_ontology)]
    http.check()
    triples = requests = 0
    headers = {"Content-Type": "application/n-triples"}
    for target, content in targets:
        if replace:
            http.request("DELETE", {"graph": target}, ok_statuses=(404,))
            requests += 1
        for body in _batches(content, batch_size):
            http.request("POST", {"graph": target}, body, headers)
            requests += 1
            sent = body.count(b"\n")
            triples += sent
            if progress:
                progress(sent)
    return PushReport(len(targets), triples, requests, time.perf_counter() - started)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_values(sparql: str, bindings: dict[str, ox.Term]) -> str:
    """Bind parameters for a remote endpoint: a VALUES block at the top of the outer WHERE group.

    The values are written by pyoxigraph's own term serializer (quotes and
    escapes included), so a value stays one RDF literal whatever it contains."""
    if not bindings:
        return sparql
    # whole-line comments may mention WHERE; blank them (same length, so offsets hold)
    scan = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), sparql)
    m = _WHERE.search(scan)
    if m is None:
        raise QueryError("a parameterised query needs a WHERE { ... } clause to run on an endpoint", code="E311")
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }} "
    return sparql[:m.end()] + block + sparql[m.end():]


class RemoteGraph:
    """A SPARQL 1.1 Protocol query endpoint (e.g. ``http://host:7878/query``), queried like the local store.

    The endpoint's default graph should be the union of its named graphs (as the
    local store's is): ``oxigraph serve --union-default-graph``; Fuseki with
    ``tdb2:unionDefaultGraph true``; GraphDB and Virtuoso do so by default.
    """

    def __init__(self, url: str) -> None:
        self.http = _Http(url)

    def select(self, sparql: str, bindings: dict[str, ox.Term] | None = None) -> tuple[list[str], list[dict[str, str]]]:
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        text = prologue + _with_values(sparql, bindings or {})
        status, body = self.http.request(
            "POST", body=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query; charset=utf-8",
                     "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
            ok_statuses=(400,))
        if status == 400:
            raise QueryError(f"the endpoint rejected the query: {' '.join(body.decode('utf-8', 'replace').split())[:300]}",
                             code="E310")
        if body.lstrip().startswith(b"{"):
            data = json.loads(body)
            if "boolean" in data:
                return ["result"], [{"result": str(bool(data["boolean"])).lower()}]
            columns = data["head"]["vars"]
            return columns, [{c: b[c]["value"] if c in b else "" for c in columns} for b in data["results"]["bindings"]]
        rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value}
                for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return ["subject", "predicate", "object"], sorted(rows, key=lambda r: tuple(r.values()))
