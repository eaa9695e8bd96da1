"""Stage 7, query: saved SPARQL queries, safe parameter binding, result formatting."""
from __future__ import annotations

import csv
import difflib
import io
import itertools
import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ._deadline import query_timeout, run_with_deadline
from ._errors import QueryError
from ._resources import queries_dir
from ._store import KnowledgeGraph
from ._vocab import STATISTICS_GRAPH, XSD

if TYPE_CHECKING:
    from ._remote import RemoteGraph


def _is_remote(kg) -> bool:
    """An endpoint, not the local store (``_remote``, and httpx with it, is imported only where one is used)."""
    import sys
    remote = sys.modules.get(__package__ + "._remote")
    return remote is not None and isinstance(kg, remote.RemoteGraph)

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")


@dataclass
class Param:
    name: str
    example: str = ""
    help: str = ""
    optional: bool = False


@dataclass
class SavedQuery:
    name: str
    path: Path | None
    text: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)

    @classmethod
    def from_text(cls, name: str, text: str, path: Path | None = None) -> SavedQuery:
        q = cls(name=name, path=path, text=text)
        for line in text.splitlines():
            m = _HEADER.match(line.strip())
            if not m:
                if line.strip() and not line.lstrip().startswith("#"):
                    break
                continue
            key, value = m.groups()
            if key == "param":
                # "actor = Khalifa Haftar -- any name of the actor (optional)"
                pm = re.match(r"(\w+)\s*(?:=\s*([^-]*?))?\s*(?:--\s*(.*))?$", value)
                if pm:
                    help_text = pm.group(3) or ""
                    q.params.append(Param(pm.group(1), (pm.group(2) or "").strip(),
                                          help_text.replace("(optional)", "").strip(" ;,"),
                                          optional="(optional)" in help_text))
            else:
                setattr(q, key, value.strip())
        return q


def _read_query_file(f: Path) -> str:
    try:
        return f.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"query file {f} is not UTF-8 (byte {exc.start}): re-save it as UTF-8", code="E308") from None
    except IsADirectoryError:
        raise QueryError(f"{f} is a folder, not a query file", code="E308") from None
    except OSError as exc:
        raise QueryError(f"cannot read query file {f}: {exc.strerror}", code="E308") from None


def saved_queries(extra_dir: str | Path | None = None,
                  problems: dict[str, QueryError] | None = None) -> dict[str, SavedQuery]:
    """Shipped queries, then a user's folder (same name overrides). A file that cannot be read
    is left out (and put in ``problems``, by name): one bad file does not break the others."""
    found: dict[str, SavedQuery] = {}
    dirs = [queries_dir()] + ([Path(extra_dir)] if extra_dir else [])
    for d in dirs:
        if not d.is_dir():
            what = "is not a folder" if d.exists() else "does not exist"
            raise QueryError(f"queries folder {d} {what}", code="E306")
        for f in sorted(d.glob("*.rq")):
            try:
                found[f.stem] = SavedQuery.from_text(f.stem, _read_query_file(f), f)
            except QueryError as exc:
                found.pop(f.stem, None)
                if problems is not None:
                    problems[f.stem] = exc
    return found


def resolve_query(name_or_text: str, extra_dir: str | Path | None = None) -> SavedQuery:
    """A saved query's name, a path to a .rq file, or SPARQL text."""
    problems: dict[str, QueryError] = {}
    queries = saved_queries(extra_dir, problems)
    if name_or_text in queries:
        return queries[name_or_text]
    if name_or_text in problems:
        raise problems[name_or_text]
    p = Path(name_or_text)
    if name_or_text.endswith(".rq"):
        if not p.exists():
            raise QueryError(f"query file {_short(str(p))} does not exist", code="E301")
        return SavedQuery.from_text(p.stem, _read_query_file(p), p)
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", name_or_text, re.I):
        return SavedQuery.from_text("(inline)", name_or_text)
    close = difflib.get_close_matches(name_or_text.casefold(), sorted(queries), n=3, cutoff=0.6) \
        if len(name_or_text) <= 200 else []
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise QueryError(f"unknown query {_short(name_or_text, 80)!r}{hint} (saved queries: {', '.join(sorted(queries))})",
                     code="E302")


def bind_params(query: SavedQuery, params: dict[str, str]) -> dict[str, ox.Term]:
    """Check names against the query's declared parameters; values become literals, never SPARQL."""
    declared = {p.name: p for p in query.params}
    if query.path is not None or declared:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            expected = ", ".join(declared) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {_short(', '.join(unknown), 80)}; "
                             f"expected: {expected}", code="E303")
        missing = [p.name for p in query.params if not p.optional and p.name not in params]
        if missing:
            hint = "; ".join(f"--param {p.name}=\"{p.example}\"" for p in query.params if p.name in missing)
            raise QueryError(f"query {query.name!r} needs parameter {', '.join(missing)} (e.g. {hint})", code="E304")
    return {k: ox.Literal(v) for k, v in params.items()}


def parse_param_args(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise QueryError(f"parameter {_short(item, 80)!r} must look like name=value", code="E305")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out


class TypedValue(str):
    """A cell holding a number or a boolean: its text as the query gave it (so tables, CSV and TSV
    show it unchanged), with the literal's XSD ``datatype``, by which JSON gets a number or a boolean."""

    datatype: str

    def __new__(cls, text: str, datatype: str) -> TypedValue:
        value = super().__new__(cls, text)
        value.datatype = datatype
        return value

    def __reduce__(self):  # (pickled and copied whole: rows may go to another process)
        return TypedValue, (str(self), self.datatype)


_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                               "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
                               "unsignedShort", "unsignedByte")}
_REALS = {XSD + t for t in ("decimal", "double", "float")}
_BOOLEAN = XSD + "boolean"
JSON_TYPES = frozenset(_INTEGERS | _REALS | {_BOOLEAN})  # the datatypes whose values JSON writes bare


def typed(text: str, datatype: str | None) -> str:
    """A cell: ``text``, a TypedValue where ``datatype`` is a number or a boolean."""
    return TypedValue(text, datatype) if datatype in JSON_TYPES else text


def _term_text(term: ox.Term | None) -> str:
    if term is None:
        return ""
    if type(term) is ox.Literal:
        datatype = term.datatype.value
        if datatype in JSON_TYPES:
            return TypedValue(term.value, datatype)
    return term.value


def _json_value(value: str):
    """A cell as JSON: a number or a boolean for a typed literal that is one, else its text."""
    datatype = getattr(value, "datatype", None)
    if datatype is None:
        return value
    text = value.strip()
    try:
        if datatype == _BOOLEAN:
            return {"true": True, "1": True, "false": False, "0": False}[text]
        if datatype in _INTEGERS:
            return int(text)
        number = float(text)
        if number != number or number in (float("inf"), float("-inf")):
            return str(value)  # NaN and INF are no JSON numbers
        return int(number) if datatype == XSD + "decimal" and number.is_integer() and "." not in text else number
    except (KeyError, ValueError):
        return str(value)  # an ill-typed literal ("x"^^xsd:integer) stays text


def run_query(kg: KnowledgeGraph | RemoteGraph, query: SavedQuery,
              params: dict[str, str] | None = None, *, timeout: float | None = None, limit: int | None = None
              ) -> tuple[list[str], list[dict[str, str]]]:
    """Run a query on the local store or on a remote SPARQL endpoint; returns (columns, rows).

    ``timeout``: seconds before the query is given up (QueryError E312 locally, EndpointError
    E609 on an endpoint); default $CONFLICTKG_QUERY_TIMEOUT, else 60. ``limit``: at most that many
    rows, the first in the query's order (locally, the rest are never turned into Python rows: on a
    big store, most of what a large answer costs; a query without ORDER BY stops there)."""
    bindings = bind_params(query, params or {})
    seconds = query_timeout(timeout)
    if _is_remote(kg):
        columns, rows = kg.select(query.text, bindings, timeout=seconds)
        rows = rows[:limit] if limit is not None else rows
    else:
        columns, rows = run_with_deadline(lambda: _run_local(kg, query, bindings, limit), seconds, lambda: QueryError(
            f"query {query.name} ran longer than {seconds:g} s and was given up "
            "(--timeout or CONFLICTKG_QUERY_TIMEOUT sets the limit)", code="E312"))
    # Parameters are projected (pyoxigraph binds only projected variables); they are
    # the caller's own input, so they are not repeated in every row.
    hidden = set(bindings) | {p.name for p in query.params}
    shown = [c for c in columns if c not in hidden]
    return shown, [{c: r[c] for c in shown} for r in rows]


_STATISTICS = ("ckgraph:statistics", STATISTICS_GRAPH)


def _reads_statistics(query: SavedQuery) -> bool:
    return any(name in query.text for name in _STATISTICS)


def _run_local(kg: KnowledgeGraph, query: SavedQuery, bindings: dict[str, ox.Term], limit: int | None = None):
    if _reads_statistics(query) and not kg.has_graph(ox.NamedNode(STATISTICS_GRAPH)) and kg.document_ids():
        raise QueryError(f"the store {kg.path} was built by an earlier conflictkg and has no statistics graph, "
                         f"which {query.name} reads: build it again (conflictkg build ARTICLES --store {kg.path}) "
                         "and it is added", code="E312")
    try:
        if limit and not bindings and _FIRST_ROWS.search(query.text) and _ARTICLE_ORDER.search(query.text):
            first = _first_rows(kg, query.text, limit)
            if first is not None:
                return first
        result = kg.query(query.text, bindings)
        if isinstance(result, ox.QueryBoolean):
            return ["result"], [{"result": TypedValue(str(bool(result)).lower(), _BOOLEAN)}]
        if isinstance(result, ox.QueryTriples):
            rows = [{"subject": _term_text(t.subject), "predicate": _term_text(t.predicate),
                     "object": _term_text(t.object)} for t in result]
            return ["subject", "predicate", "object"], sorted(rows, key=lambda r: tuple(r.values()))[:limit]
        columns = [v.value for v in result.variables]
        # (a solution iterates its terms in the variables' order, None where unbound: twice as fast
        # as looking each variable up by name, which counts on a query of many rows)
        return columns, [dict(zip(columns, [_term_text(t) for t in sol])) for sol in itertools.islice(result, limit)]
    except SyntaxError as exc:
        if re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", query.text, re.I) and not \
                re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", query.text, re.I):
            raise QueryError(f"{query.name} is a SPARQL update; conflictkg runs queries only "
                             "(SELECT, CONSTRUCT, ASK, DESCRIBE) and never changes the store", code="E313") from None
        raise QueryError(f"SPARQL syntax error in {query.name}: {_short(str(exc))}", code="E310") from None
    except OSError as exc:  # e.g. a SERVICE the query calls does not answer
        raise QueryError(f"query {query.name} failed: {_short(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)}",
                         code="E314") from None


# The first rows of a query in article order. A saved query whose rows are ordered by the article's date
# and identifier first (``ORDER BY ?date ?document``: ``dcterms:date``, ``dcterms:identifier``) may hold,
# in a group that binds ?document, the line ``# first-rows: VALUES ?document``. Run for its first N rows
# without parameters, it is run on the earliest articles only (the line becomes ``VALUES ?document
# { ... }``): on a big store, the engine then joins and sorts those articles' rows, not every row, before
# the first (the whole-corpus timeline: 159,204 rows at 10,000 articles; benchmarks/RESULTS.md).
_FIRST_ROWS = re.compile(r"^[ \t]*#[ \t]*first-rows:[ \t]*VALUES[ \t]+\?document[ \t]*$", re.M)
_ARTICLE_ORDER = re.compile(r"\bORDER\s+BY\s+\?date\s+\?document\b", re.I)
_EARLIEST = ("SELECT ?document ?date WHERE { GRAPH ?g { ?doc <http://purl.org/dc/terms/identifier> ?document } "
             "OPTIONAL { GRAPH ?dated { ?doc <http://purl.org/dc/terms/date> ?date } } } ORDER BY ?date ?document "
             "LIMIT %d")


def _first_rows(kg: KnowledgeGraph, text: str, limit: int) -> tuple[list[str], list[dict[str, str]]] | None:
    """The first ``limit`` rows of ``text`` (a SELECT in article order, marked ``# first-rows``), those of
    the whole answer: it is run on the K earliest articles (in the order of their date, then identifier,
    as the query sorts them). A row of any later article has a (date, identifier) after every one of those
    K articles', so it comes after each row whose (date, identifier) is theirs; when the first ``limit``
    rows are all such rows, no later article's row is among them. Else K grows fourfold. None (run the
    query whole) once K reaches every article, or for a query without ``date`` and ``document`` columns.
    (Rows that the ORDER BY does not tell apart may come in another order than in the whole answer, as
    they may from one run to another: SPARQL leaves it open.)"""
    articles = max(16, limit // 8)  # (a guess: most articles make several claims; a wrong one costs a retry)
    while True:
        earliest = [(sol[1], sol[0]) for sol in kg.query(_EARLIEST % (articles + 1))]
        if len(earliest) <= articles:  # every article: the whole answer
            return None
        earliest = earliest[:articles]
        values = " ".join(sorted({str(doc) for _, doc in earliest}))
        result = kg.query(_FIRST_ROWS.sub(lambda m: f"VALUES ?document {{ {values} }}", text, count=1))
        if not isinstance(result, ox.QuerySolutions):
            return None
        columns = [v.value for v in result.variables]
        if "date" not in columns or "document" not in columns:
            return None
        date, document = columns.index("date"), columns.index("document")
        keys = set(earliest)
        solutions = list(itertools.islice(result, limit))
        if len(solutions) == limit and all((sol[date], sol[document]) in keys for sol in solutions):
            return columns, [dict(zip(columns, [_term_text(t) for t in sol])) for sol in solutions]
        articles *= 4


def _short(text: str, limit: int = 300) -> str:
    """A user's text (a query, a parameter) shortened for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"


# Parameters that name an actor: an empty result is more often a misspelt name than an absent relation.
ACTOR_PARAMS = ("actor", "subject", "object")


def unmatched_names(kg: KnowledgeGraph | RemoteGraph, params: dict[str, str]) -> dict[str, list[str]]:
    """Actor-name parameters that no actor in the store carries, each with the closest names it does."""
    given = {k: v for k, v in params.items() if k in ACTOR_PARAMS}
    if not given:
        return {}
    labels = sorted({r["l"] for r in run_query(kg, SavedQuery.from_text(  # (GRAPH: any store, union default graph or not)
        "labels", "SELECT DISTINCT ?l WHERE { GRAPH ckgraph:actors { ?a a ckg:Actor ; skos:prefLabel|skos:altLabel ?l } }"))[1]})
    folded = {label.casefold(): label for label in labels}
    return {value: [folded[m] for m in difflib.get_close_matches(value.casefold(), list(folded), n=3, cutoff=0.6)]
            if len(value) <= 200 else []  # no name is that long; difflib would take its time
            for value in given.values() if value.casefold() not in folded}


def empty_result_notes(kg: KnowledgeGraph | RemoteGraph, query: SavedQuery) -> list[str]:
    """Why a query on an endpoint may have found nothing, when the endpoint says why (for a query that
    gave no rows; the local store's default graph is always the union of its graphs).

    * A query of your own that reads the default graph (no ``GRAPH`` patterns), on an endpoint
      whose default graph is empty while its named graphs hold data: it is not the union.
    * A saved query that reads the statistics graph, on an endpoint that has none (filled from
      a store built by an earlier conflictkg)."""
    if not _is_remote(kg):
        return []
    notes = []

    def ask(sparql: str) -> bool:
        _, rows = run_query(kg, SavedQuery.from_text("(check)", sparql))
        return bool(rows) and rows[0].get("result") == "true"

    own = query.path is None or query.path.parent.resolve() != queries_dir().resolve()
    if own and not re.search(r"\bGRAPH\b", query.text, re.I) and not ask("ASK { ?s ?p ?o }") \
            and ask("ASK { GRAPH ?g { ?s ?p ?o } }"):
        notes.append("the endpoint's default graph is empty, but its named graphs hold data: it does not serve "
                     "their union as its default graph. Read them with GRAPH ?g { ... } (as the saved queries "
                     "do), or serve the union (oxigraph serve --union-default-graph; Fuseki: "
                     "tdb2:unionDefaultGraph true)")
    if _reads_statistics(query) and not ask(f"ASK {{ GRAPH <{STATISTICS_GRAPH}> {{ ?s ?p ?o }} }}"):
        notes.append("the endpoint has no statistics graph (" + STATISTICS_GRAPH + "), which this query reads: "
                     "it was filled from a store built by an earlier conflictkg; build the store again and push it")
    return notes


def _cut(text: str, width: int) -> str:
    """A cell shortened to ``width`` characters for a table: text at a word boundary ("…" after the
    last whole word); an IRI or URL keeps its tail, where its local name is
    ("…/actor/Government_of_National_Accord"); another long word keeps its head."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    if " " not in text and re.match(r"[A-Za-z][\w+.-]*:", text):  # an IRI, a URL, a URN
        tail = text[-(width - 1):]
        cut = re.search(r"[/#:]", tail[:-1])  # from a separator, where the tail holds one
        return "…" + (tail[cut.start():] if cut and len(tail) - cut.start() >= width // 3 else tail)
    shortened = textwrap.shorten(text, width, placeholder="…")
    return shortened if shortened != "…" else text[:width - 1] + "…"  # (a first word longer than the cell)


def format_rows(columns: list[str], rows: list[dict[str, str]], fmt: str = "table", width: int = 48) -> str:
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}", code="E307")
    # JSON: a typed number or boolean (a count, a confidence, an ASK's answer) is a JSON number or boolean
    if fmt == "json":
        return json.dumps([{c: _json_value(v) for c, v in r.items()} for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps({c: _json_value(v) for c, v in r.items()}, ensure_ascii=False) + "\n" for r in rows)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    # table: wide cells are shortened with an ellipsis so that columns stay aligned
    cells = [[_cut(r[c], width) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
