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
CONFLICTKG_ENDPOINT_PASSWORD, or from a netrc file ($NETRC or ~/.netrc). A user
and password answer the server's challenge: Digest (Virtuoso's
/sparql-graph-crud-auth) or Basic. HTTP is httpx: connect and read timeouts
fail in seconds with a message that says which; writes never follow a
redirect, and credentials never go to another origin.
"""
from __future__ import annotations

import base64
import itertools
import json
import netrc
import os
import re
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from ._errors import EndpointError, QueryError
from ._query import typed
from ._store import KnowledgeGraph
from ._vocab import PREFIXES, XSD

# Statuses worth a second try: the server is busy or restarting, not refusing the data.
TRANSIENT = {408, 429, 500, 502, 503, 504}
RETRIES = 3
BACKOFF_S = 0.5
CONNECT_TIMEOUT_S = float(os.environ.get("CONFLICTKG_CONNECT_TIMEOUT", 5))
READ_TIMEOUT_S = float(os.environ.get("CONFLICTKG_READ_TIMEOUT", 60))
GET_LIMIT = 1800  # longest URL-encoded query sent with GET; longer ones go as a form POST


def _redact(url: str) -> str:
    """The URL without user, password, query or fragment, for messages; never fails, whatever
    the URL (a mistyped scheme, a bad port, a broken IPv6 host)."""
    text = re.sub(r"[\x00-\x1f\x7f]", "?", str(url))
    text = re.sub(r"^([^:/?#]*:)?//[^/?#]*@", lambda m: (m.group(1) or "") + "//", text)  # user:password@
    if "@" in text.split("?", 1)[0].split("#", 1)[0] and "//" not in text:  # "user:pw@host" without a scheme
        text = text.split("@", 1)[1]
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    return text if len(text) <= 200 else text[:200] + "…"


def _secrets(url: str) -> list[str]:
    """Every credential this process may send, in the forms a server could echo back."""
    found: list[str] = []
    try:
        parts = urllib.parse.urlsplit(url)
        pairs = [(parts.username, parts.password)] if parts.username is not None else []
    except ValueError:
        pairs = []
    pairs.append((os.environ.get("CONFLICTKG_ENDPOINT_USER"), os.environ.get("CONFLICTKG_ENDPOINT_PASSWORD")))
    for user, password in pairs:
        user, password = urllib.parse.unquote(user or ""), urllib.parse.unquote(password or "")
        if password:
            found += [password, urllib.parse.quote(password, safe="")]
        if user or password:
            found.append(base64.b64encode(f"{user}:{password}".encode()).decode())
    if os.environ.get("CONFLICTKG_ENDPOINT_TOKEN"):
        found.append(os.environ["CONFLICTKG_ENDPOINT_TOKEN"])
    return sorted({f for f in found if len(f) >= 3}, key=len, reverse=True)


_AUTH_HEADER = re.compile(r"((?:proxy-)?authorization|cookie|x-api-key)(\s*[:=]\s*)(?:(?:basic|bearer|digest)\s+)?"
                          r"[^\s,;\"'<>]+", re.IGNORECASE)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """A server's answer fit for a message: credentials it echoes removed, one line, at most 200 characters."""
    for secret in secrets:
        text = text.replace(secret, "***")
    text = _AUTH_HEADER.sub(lambda m: m.group(1) + m.group(2) + "***", text)
    text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())
    return text if len(text) <= 200 else text[:200] + "…"


class _PasswordAuth(httpx.Auth):
    """User and password for whichever scheme the server asks: Digest, else Basic. Nothing is sent
    before the server asks (a first request goes without), then the scheme is remembered."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        flow = self._digest.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            try:
                outgoing = flow.send(response)
            except StopIteration:
                break
        if self._digest._last_challenge is not None:  # noqa: SLF001 (httpx keeps the server's challenge here)
            self._scheme = "digest"
        elif response.status_code == 401:
            challenges = [h.lower() for h in response.headers.get_list("www-authenticate")]
            if not challenges or any(c.startswith("basic") for c in challenges):
                self._scheme = "basic"
                yield from self._basic.auth_flow(request)


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = "Bearer " + token

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = self._header
        yield request


def _credentials(url: str) -> httpx.Auth | None:
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None:
        return _PasswordAuth(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""))
    if os.environ.get("CONFLICTKG_ENDPOINT_TOKEN"):
        return _BearerAuth(os.environ["CONFLICTKG_ENDPOINT_TOKEN"])
    if os.environ.get("CONFLICTKG_ENDPOINT_USER"):
        return _PasswordAuth(os.environ["CONFLICTKG_ENDPOINT_USER"], os.environ.get("CONFLICTKG_ENDPOINT_PASSWORD", ""))
    path = Path(os.environ.get("NETRC") or Path.home() / ".netrc")
    try:
        entry = netrc.netrc(str(path)).authenticators(parts.hostname or "") if path.is_file() else None
    except (netrc.NetrcParseError, OSError) as exc:
        raise EndpointError(f"cannot read the netrc file {path}: {getattr(exc, 'msg', exc)}", code="E605") from exc
    return _PasswordAuth(entry[0], entry[2] or "") if entry else None


class _Http:
    """One endpoint: requests with credentials, timeouts and retries on transient failures."""

    def __init__(self, url: str, *, read_timeout: float | None = None) -> None:
        self.shown = _redact(url)
        try:
            parts = urllib.parse.urlsplit(url)
            port = parts.port
            hostname = parts.hostname
        except ValueError as exc:  # "Port out of range", "Invalid IPv6 URL"
            raise EndpointError(f"{self.shown} is not a usable URL: {exc}", code="E600") from None
        if parts.scheme not in ("http", "https") or not hostname:
            raise EndpointError(f"{self.shown!r} is not an http(s) URL (http://HOST[:PORT]/PATH)", code="E600")
        if re.search(r"[\s\x00-\x1f\x7f]", url):
            raise EndpointError(f"{self.shown!r} is not a usable URL: it holds a space or a control character",
                                code="E600")
        host = f"[{hostname}]" if ":" in hostname else hostname
        self.url = urllib.parse.urlunsplit(parts._replace(netloc=host + (f":{port}" if port else "")))
        try:
            httpx.URL(self.url)
        except (httpx.InvalidURL, ValueError) as exc:
            raise EndpointError(f"{self.shown} is not a usable URL: {exc}", code="E600") from None
        self.secrets = _secrets(url)
        self.read_timeout = read_timeout or READ_TIMEOUT_S
        self.client = httpx.Client(auth=_credentials(url), follow_redirects=False, trust_env=False,
                                   timeout=httpx.Timeout(self.read_timeout, connect=CONNECT_TIMEOUT_S))

    def request(self, method: str, params: dict[str, str] | None = None, body: bytes | None = None,
                headers: dict[str, str] | None = None, ok_statuses: Iterable[int] = (),
                data: dict[str, str] | None = None) -> tuple[int, bytes]:
        ok_statuses = set(ok_statuses)
        for attempt in range(RETRIES):
            try:
                response = self.client.request(method, self.url, params=params, content=body, data=data,
                                               headers=headers)
            except httpx.ConnectTimeout:
                reason = f"no connection within {CONNECT_TIMEOUT_S:g} s (connect timeout)"
            except httpx.ReadTimeout:
                raise EndpointError(f"{self.shown} accepted the request ({method}) but sent no answer within "
                                    f"{self.read_timeout:g} s (read timeout)", code="E601") from None
            except (httpx.TransportError, httpx.DecodingError, httpx.TooManyRedirects) as exc:
                reason = scrub(str(exc) or type(exc).__name__, self.secrets)
            except httpx.InvalidURL as exc:
                raise EndpointError(f"{self.shown} is not a usable URL: {scrub(str(exc), self.secrets)}",
                                    code="E600") from None
            else:
                status = response.status_code
                if status < 300 or status in ok_statuses:
                    return status, response.content
                if 300 <= status < 400:
                    target = _redact(urllib.parse.urljoin(self.url, response.headers.get("location", "")))
                    raise EndpointError(f"{self.shown} redirects to {target} (HTTP {status}); requests never follow "
                                        "redirects (credentials stay with their server): use that URL", code="E602")
                if status in TRANSIENT and attempt + 1 < RETRIES:
                    time.sleep(BACKOFF_S * 2 ** attempt)
                    continue
                detail = scrub(response.content[:4096].decode("utf-8", "replace"), self.secrets)
                raise EndpointError(f"{self.shown} refused the request ({method}): HTTP {status} "
                                    f"{response.reason_phrase}" + (f": {detail}" if detail else ""), code="E602")
            if attempt + 1 < RETRIES:
                time.sleep(BACKOFF_S * 2 ** attempt)
                continue
            raise EndpointError(f"cannot reach {self.shown}: {reason}", code="E601")
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
# A '{' that opens a group graph pattern: after WHERE, UNION, OPTIONAL, MINUS, EXISTS, GRAPH <term>,
# or another group's '{', '}' or '.'; not VALUES data blocks nor CONSTRUCT templates.
# (the '{', '}' or '.' before is looked behind, not matched: a group that opens right after another
# group's '{' -- "WHERE { { ... } UNION { ... } }" -- gets its block too)
_GROUP = re.compile(r"(?:\b(?:WHERE|UNION|OPTIONAL|MINUS|EXISTS)|\bGRAPH\s+(?:<[^>]*>|[?$]\w+|[\w-]*:[\w-]*)|(?<=[{}.]))\s*\{",
                    re.IGNORECASE)


def _with_values(sparql: str, bindings: dict[str, ox.Term]) -> str:
    """Bind parameters for a remote endpoint: a VALUES block at the top of every group.

    Oxigraph's substitution gives the variable its value everywhere in the query,
    subqueries and UNION branches included; a VALUES block in every group does the
    same under SPARQL's bottom-up scoping. The values are written by pyoxigraph's
    own term serializer (quotes and escapes included), so a value stays one RDF
    literal whatever it contains."""
    if not bindings:
        return sparql
    # whole-line comments may mention WHERE or braces; blank them (same length, so offsets hold)
    scan = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), sparql)
    if _WHERE.search(scan) is None:
        raise QueryError("a parameterised query needs a WHERE { ... } clause to run on an endpoint", code="E311")
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }} "
    # (not before a sub-SELECT that is a group's only content: its own WHERE gets the block)
    ends = [m.end() for m in _GROUP.finditer(scan) if not re.match(r"\s*SELECT\b", scan[m.end():], re.I)]
    for end in reversed(ends):
        sparql = sparql[:end] + block + sparql[end:]
    return sparql


class RemoteGraph:
    """A SPARQL 1.1 Protocol query endpoint (e.g. ``http://host:7878/query``), queried like the local store.

    The saved queries name the graphs they read, so they answer the same whether
    or not the endpoint's default graph is the union of its named graphs; your
    own queries without ``GRAPH`` patterns need a union default graph
    (``oxigraph serve --union-default-graph``; Fuseki with ``tdb2:unionDefaultGraph
    true``; GraphDB and Virtuoso do so by default).
    """

    def __init__(self, url: str, *, read_timeout: float | None = None) -> None:
        self.http = _Http(url, read_timeout=read_timeout)

    def select(self, sparql: str, bindings: dict[str, ox.Term] | None = None, *,
               timeout: float | None = None) -> tuple[list[str], list[dict[str, str]]]:
        """Columns and rows of a query, within ``timeout`` seconds overall (default
        $CONFLICTKG_QUERY_TIMEOUT, else 60), however slowly the server answers."""
        from ._deadline import query_timeout, run_with_deadline

        seconds = query_timeout(timeout)
        return run_with_deadline(lambda: self._select(sparql, bindings), seconds, lambda: EndpointError(
            f"{self.http.shown} gave no complete answer within {seconds:g} s "
            "(--timeout or CONFLICTKG_QUERY_TIMEOUT sets the limit)", code="E609"))

    def _select(self, sparql: str, bindings: dict[str, ox.Term] | None) -> tuple[list[str], list[dict[str, str]]]:
        declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql))
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
        text = prologue + _with_values(sparql, bindings or {})
        accept = {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}
        # SPARQL 1.1 Protocol forms every store accepts: GET for a short query, a form POST for a long one
        if len(urllib.parse.quote(text)) <= GET_LIMIT:
            status, body = self.http.request("GET", params={"query": text}, headers=accept, ok_statuses=(400,))
        else:
            status, body = self.http.request("POST", data={"query": text}, headers=accept, ok_statuses=(400,))
        if status == 400:
            raise QueryError(f"the endpoint rejected the query: {scrub(body[:4096].decode('utf-8', 'replace'), self.http.secrets)}",
                             code="E310")
        try:
            if body.lstrip().startswith(b"{"):
                return _solutions(json.loads(body))
            rows = [{"subject": t.subject.value, "predicate": t.predicate.value, "object": t.object.value}
                    for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        except (ValueError, SyntaxError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            start = scrub(body[:120].decode("utf-8", "replace"), self.http.secrets)
            raise EndpointError(f"{self.http.shown} answered with something that is not SPARQL results "
                                f"({type(exc).__name__}): {start or 'an empty body'}", code="E608") from None
        return ["subject", "predicate", "object"], sorted(rows, key=lambda r: tuple(r.values()))


def _solutions(data: object) -> tuple[list[str], list[dict[str, str]]]:
    """SPARQL 1.1 Query Results JSON, checked: a wrong shape raises TypeError."""
    if not isinstance(data, dict):
        raise TypeError("not a JSON object")
    if "boolean" in data:
        if not isinstance(data["boolean"], bool):
            raise TypeError("boolean is not true or false")
        return ["result"], [{"result": typed(str(data["boolean"]).lower(), XSD + "boolean")}]
    columns = data["head"]["vars"]
    bindings = data["results"]["bindings"]
    if not (isinstance(columns, list) and all(isinstance(c, str) for c in columns) and isinstance(bindings, list)):
        raise TypeError("head.vars or results.bindings has the wrong shape")
    rows = []
    for b in bindings:
        if not isinstance(b, dict):
            raise TypeError("a binding is not an object")
        row = {}
        for c in columns:
            value = b[c]["value"] if c in b else ""
            if not isinstance(value, str):
                raise TypeError("a value is not a string")
            row[c] = typed(value, b[c].get("datatype")) if c in b else value  # (a count stays a number in JSON)
        rows.append(row)
    return columns, rows
