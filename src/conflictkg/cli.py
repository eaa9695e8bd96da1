"""Stage 8, cli: a thin typer layer. Each command calls one library function and turns
library errors into one line on stderr and a documented exit code.

Exit codes: 0 success; 1 the graph has SHACL violations (validate); 2 usage error;
3 bad input (articles, actors, gold file); 4 store error; 5 query error;
6 export error; 7 endpoint error; 10 any other conflictkg error; 130 Ctrl-C;
141 stdout closed by its reader; 143 SIGTERM.
"""
from __future__ import annotations

import errno
import functools
import importlib
import json
import os
import signal
import sys
import threading
import types
import typing
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from ._errors import (ConflictKGError, EndpointError, ExportError, InputError, QueryError, StoreError,
                      ValidationError)

def _plain_values_without_pydantic() -> bool:
    """Let typer coerce plain values (str, Path, lists of them, options left unset) without pydantic.

    typer 0.2x coerces every parameter's value through a pydantic ``TypeAdapter`` built on first use,
    and importing pydantic is ~40% of the start-up of a command such as ``query`` (measured with
    ``python -X importtime``). A value that is None (an option not given) needs no coercion at all,
    and a text or a path only ``str``/``Path``: those are done here; anything else (numbers with
    bounds, ...) goes on to typer's own coercion, which then imports pydantic. Where this typer has
    no such layer (earlier or later versions), nothing is changed."""
    try:
        from typer import _coercion, core
        getter = core._TyperParameter.get_runtime_param
        base = _coercion.RuntimeParam
    except (ImportError, AttributeError):
        return False
    from dataclasses import dataclass
    from typing import get_args, get_origin

    def plain(annotation) -> tuple[type, bool] | None:
        """(str or Path, whether a list) for an annotation of plain values, else None."""
        if get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in get_args(annotation):
            rest = [a for a in get_args(annotation) if a is not type(None)]
            return plain(rest[0]) if len(rest) == 1 else None
        if get_origin(annotation) is list and len(get_args(annotation)) == 1:
            inner = plain(get_args(annotation)[0])
            return (inner[0], True) if inner and not inner[1] else None
        return (annotation, False) if annotation in (str, Path) else None

    @dataclass(frozen=True)
    class LazyRuntimeParam(base):
        descriptor: object = None

        def _coerce_value(self, value, param, ctx):
            kind = plain(self.annotation)
            info = self.parameter_info
            if kind is not None and not any(getattr(info, name, None) for name in (
                    "exists", "resolve_path", "callback", "parser", "click_type")) \
                    and getattr(info, "file_okay", True) and getattr(info, "dir_okay", True) \
                    and getattr(info, "allow_dash", False) is False:
                convert, many = kind
                if many and isinstance(value, (list, tuple)):
                    return [convert(v) for v in value]
                if not many and isinstance(value, str):
                    return convert(value)
            param._runtime_param = _coercion.build_runtime_param(self.descriptor)  # typer's own, from now on
            return param._runtime_param._coerce_value(value, param=param, ctx=ctx)

    def get_runtime_param(self):
        if self._runtime_param is None:
            desc = self.type_descriptor
            if desc.file_annotation is None:
                return LazyRuntimeParam(desc.parameter_info, desc.annotation, desc)
        return getter(self)

    core._TyperParameter.get_runtime_param = get_runtime_param
    return True


# (tests/test_cli.py: where this holds, `query`, `export` and `--help` start without pydantic)
PLAIN_VALUES_WITHOUT_PYDANTIC = _plain_values_without_pydantic()

# Rows a query prints as a table unless --limit says otherwise: a table is for reading, and a
# whole-corpus answer (the timeline of a big store: 159,204 rows at 10,000 articles) is not read but
# paged or piped; the machine formats (csv, tsv, json, jsonl) give every row (docs/scaling.md).
TABLE_ROWS = 1000
EXIT_CODES = {ValidationError: 1, InputError: 3, StoreError: 4, QueryError: 5, ExportError: 6, EndpointError: 7}

# click's exceptions, wherever this typer takes click from (recent ones vendor it as typer._click)
_click_exceptions = importlib.import_module(typer.BadParameter.__module__)


class _OneLineErrors(TyperGroup):
    """Usage errors (an unknown option, a missing argument, a bad value) as one line on stderr,
    ``error: <click's message> (try 'conflictkg --help')``, and exit 2, as the README promises,
    instead of typer's multi-line box."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:  # a caller (a test) that handles click's exceptions itself
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _click_exceptions.ClickException as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `conflictkg` alone: the help, as before
                if not (typer.core.HAS_RICH and self.rich_markup_mode is not None):
                    exc.show()  # (rich prints the help as the exception is made)
                sys.exit(exc.exit_code)
            typer.echo(f"error: {_usage_message(exc)}", err=True)
            sys.exit(exc.exit_code)
        except getattr(_click_exceptions, "Abort", typer.Abort):  # (typer 0.29 keeps it in typer.exceptions)
            typer.echo("interrupted", err=True)
            sys.exit(1)
        # without standalone mode, click returns the exit code of a typer.Exit (our commands return None)
        sys.exit(code if isinstance(code, int) else 0)


def _usage_message(exc) -> str:
    """click's message on one line, with a "did you mean" for a misspelt option and where to get help:
    ``No such option: --versio; did you mean --version? (try 'conflictkg --help')``."""
    close = sorted(getattr(exc, "possibilities", None) or [])
    if type(exc).__name__ == "NoSuchOption" and close:
        message = f"No such option: {exc.option_name}; did you mean {' or '.join(close)}?"
    else:
        message = " ".join(exc.format_message().split()).rstrip(".")
    ctx = getattr(exc, "ctx", None)
    return f"{message} (try '{ctx.command_path if ctx is not None else 'conflictkg'} --help')"


def _version(value: bool) -> None:
    if value:
        from ._resources import version_text
        typer.echo(version_text())
        raise typer.Exit()


app = typer.Typer(cls=_OneLineErrors, help="Build and query a knowledge graph of who backs and who opposes whom in armed conflicts, "
                       "with every statement traced to its source sentence.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_version,
                                          help="Print the versions of conflictkg, spaCy and its English model, and exit.")] = False,
) -> None:
    pass

StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", "-s", help="Store folder (default: $CONFLICTKG_STORE, then `store` in conflictkg.toml, then ./kg).")]
QueriesOpt = Annotated[Optional[Path], typer.Option(
    "--queries", help="Folder of your own .rq files (default: $CONFLICTKG_QUERIES, then `queries` in conflictkg.toml).")]


def _store(store: Optional[Path]) -> Path:
    from ._config import load_settings
    return store or load_settings().store or Path("kg")


def _queries(folder: Optional[Path]) -> Optional[Path]:
    from ._config import load_settings
    return folder or load_settings().queries


def _fail(exc: ConflictKGError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    code = next((c for cls, c in EXIT_CODES.items() if isinstance(exc, cls)), 10)
    return typer.Exit(code)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, turned into the same clean stop as Ctrl-C."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def handles_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            result = fn(*args, **kwargs)
            sys.stdout.flush()  # a full disk or a closed pipe is found here, not at exit
            return result
        except ConflictKGError as exc:
            raise _fail(exc) from None
        except BrokenPipeError:
            # the reader of stdout closed it (`| head`): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG):
                raise
            raise _fail(ExportError(f"cannot write the output: {exc.strerror}", code="E403")) from None
        except KeyboardInterrupt as exc:
            terminated = isinstance(exc, _Terminated) or isinstance(exc.__context__, _Terminated)
            if getattr(exc, "stored", False):
                typer.echo("interrupted after the build was stored: the store holds the new build", err=True)
            else:
                typer.echo("interrupted; the store is unchanged", err=True)
            raise typer.Exit(143 if terminated else 130) from None
    return wrapper


def _write(text: str, output: Optional[Path]) -> None:
    """Text to stdout (no --output, or "-"), or to a file as ``export`` writes one."""
    from ._export import write_file

    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_file(output, lambda stream: stream.write(text.encode("utf-8")))


@app.command()
@handles_errors
def build(
    articles: Annotated[list[Path], typer.Argument(help=".txt or .jsonl files, or folders of them.")],
    store: StoreOpt = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Turtle file of extra actors, names and types (repeatable).")] = None,
    predicates: Annotated[Optional[list[Path]], typer.Option("--predicates", help="JSON Lines file of extra predicates (format: ontology/lexicon/README.md; repeatable).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes that read articles (default 1; one per core is fastest).")] = 1,
    executor: Annotated[str, typer.Option("--executor", help="Where articles are read: 'local' (this machine, --jobs processes) or 'dask://HOST:PORT' (the workers of a running Dask cluster; needs conflictkg[dist]).")] = "local",
    shards: Annotated[Optional[Path], typer.Option("--shards", help="Keep the article graphs as N-Quads shards (one file per batch) and graphs.nq in this new or empty folder, for another store's bulk loader (docs/scaling.md).")] = None,
) -> None:
    """Read articles, extract actors and relations, and add them to the store (rebuilding a document replaces it)."""
    from ._distributed import parse_executor
    from ._read import read_articles
    from ._store import StagedStore

    store = _store(store)
    remote = parse_executor(executor) is not None
    if remote and jobs > 1:
        raise typer.BadParameter("--jobs is for --executor local; a Dask cluster's workers read in parallel",
                                 param_hint="'--jobs'")
    StagedStore(store).check()  # a store in use or no store fails here, before spaCy is even imported
    docs = read_articles(articles, warn=lambda m: typer.echo(f"warning: {m}", err=True))  # and bad input too
    cluster = None
    if remote:  # an unreachable scheduler fails here too, before the model loads
        from ._distributed import DaskExecutor, quiet_dask
        quiet_dask()  # (Dask's log lines would break the one-line error rule)
        cluster = DaskExecutor(executor, shards=shards)
    try:
        from ._build import build_articles
        from ._extract import Extractor
        from ._relations import PredicateLexicon  # (imports spaCy)
        PredicateLexicon.load(predicates or [])  # a bad predicates file fails before the model loads
        extractor = Extractor(actors or [], predicates or [])
        with typer.progressbar(length=len(docs), label="Reading articles", file=sys.stderr) as bar:
            report = build_articles(docs, store, extractor=extractor, progress=lambda _a: bar.update(1), jobs=jobs,
                                    executor=cluster, shards=None if cluster is not None else shards)
    finally:
        if cluster is not None:
            cluster.close()
    skipped = f" ({report.unchanged} unchanged, not read again)" if report.unchanged else ""
    typer.echo(f"built {store}: {report.documents} documents{skipped}, {report.asserted} statements "
               f"({report.statements - report.asserted} denied or hedged); the store holds {report.size} "
               f"in {report.seconds:.1f} s", err=True)


@app.command()
@handles_errors
def query(
    name: Annotated[str, typer.Argument(help="A saved query's name, a .rq file, or SPARQL text.")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="name=value, bound as a literal (repeatable).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or jsonl.")] = "table",
    store: StoreOpt = None,
    queries_dir: QueriesOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Ask a SPARQL endpoint (e.g. http://host:7878/query) instead of the local store.")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.001, help="Seconds before the query is given up (default: $CONFLICTKG_QUERY_TIMEOUT, else 60).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, help=f"At most this many rows, the first in the query's order; 0: every row (default: {TABLE_ROWS:,} for --format table, every row for the other formats).")] = None,
) -> None:
    """Run a saved query (see `conflictkg queries`) or your own SPARQL against the store or an endpoint."""
    from ._query import empty_result_notes, format_rows, parse_param_args, resolve_query, run_query, unmatched_names
    from ._store import KnowledgeGraph

    q = resolve_query(name, _queries(queries_dir))
    params = parse_param_args(param or [])
    notes: list[str] = []
    if limit is None:
        limit = TABLE_ROWS if fmt == "table" else 0
    fetch = limit + 1 if limit else None  # one more row tells whether there are more
    if endpoint is not None:
        from ._remote import RemoteGraph
        remote = RemoteGraph(endpoint)
        columns, rows = run_query(remote, q, params, timeout=timeout, limit=fetch)
        notes = empty_result_notes(remote, q) if not rows else []
        unmatched = unmatched_names(remote, params) if not rows and not notes else {}
    else:
        with KnowledgeGraph(_store(store), read_only=True) as kg:
            columns, rows = run_query(kg, q, params, timeout=timeout, limit=fetch)
            unmatched = unmatched_names(kg, params) if not rows else {}
    if limit and len(rows) > limit:
        rows = rows[:limit]
        notes.append(f"the first {limit:,} rows; there are more: --limit N for more, --limit 0 for every row")
    text = format_rows(columns, rows, fmt)
    for note in notes:
        typer.echo(f"note: {note}", err=True)
    for value, close in unmatched.items():
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        shown = value if len(value) <= 80 else value[:80] + f"… ({len(value):,} characters)"
        typer.echo(f"note: no actor in the store is named {shown!r}{hint}", err=True)
    _write(text, output)


@app.command()
@handles_errors
def queries(
    queries_dir: QueriesOpt = None,
) -> None:
    """List the saved queries with their descriptions and parameters."""
    from ._query import saved_queries

    problems: dict = {}
    for q in saved_queries(_queries(queries_dir), problems).values():
        typer.echo(f"{q.name}: {q.description or q.title}")
        for p in q.params:
            example = f' (e.g. --param {p.name}="{p.example}")' if p.example else ""
            typer.echo(f"    {p.name}{' [optional]' if p.optional else ''}: {p.help}{example}")
    for problem in problems.values():
        typer.echo(f"warning: skipped {problem.args[0]}", err=True)


@app.command()
@handles_errors
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, ntriples, nquads, trig, jsonld or rdfxml.")] = "turtle",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default, or -, stdout); a symlink's target is written, a device or pipe streamed to.")] = None,
    with_ontology: Annotated[bool, typer.Option("--with-ontology", help="Include the ontology and the actor knowledge base, so the file stands alone.")] = False,
    store: StoreOpt = None,
) -> None:
    """Export the graph as an RDF file (triple formats merge the per-article graphs)."""
    from ._export import export as export_graph
    from ._store import KnowledgeGraph

    with KnowledgeGraph(_store(store), read_only=True) as kg:
        to_stdout = output is None or str(output) == "-"
        report = export_graph(kg, sys.stdout.buffer if to_stdout else output, fmt, with_ontology=with_ontology)
    typer.echo(f"{report}{' (with the ontology and the actor knowledge base)' if with_ontology else ''}", err=True)


@app.command()
@handles_errors
def push(
    url: Annotated[str, typer.Argument(help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Fuseki: http://host:3030/DATASET/data).")],
    graph: Annotated[Optional[str], typer.Option("--graph", help="Put everything into this one graph (default: one graph per article, as in the store).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Delete each target graph before sending it.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Triples per request.")] = 50_000,
    store: StoreOpt = None,
) -> None:
    """Send the graph to a running triple store with the SPARQL 1.1 Graph Store HTTP Protocol."""
    from ._remote import check_endpoint
    from ._remote import push as push_graph
    from ._store import KnowledgeGraph

    with KnowledgeGraph(_store(store), read_only=True) as kg:
        check_endpoint(url)  # a dead endpoint is one error line, not a progress bar and then an error
        size = kg.size()
        total = size.quads + size.ontology if graph is None else kg.triple_count()
        with typer.progressbar(length=total, label="Pushing triples", file=sys.stderr) as bar:
            report = push_graph(kg, url, graph=graph, replace=replace, batch_size=batch_size, progress=bar.update)
    what = f"the store's {size}" if graph is None else f"the union of the store's {size}, each triple once"
    typer.echo(f"pushed {report.triples:,} triples in {report.graphs} graph(s) ({what}) with {report.requests} "
               f"requests in {report.seconds:.1f} s", err=True)


@app.command()
@handles_errors
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 7878,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.001, help="Seconds a query may run before it is cancelled (default: $CONFLICTKG_QUERY_TIMEOUT, else 60).")] = None,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let queries use SERVICE (the server then sends HTTP requests wherever a query says).")] = False,
) -> None:
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query (Ctrl-C stops)."""
    from ._serve import LOOPBACK
    from ._serve import serve as serve_store

    def announce(url: str) -> None:
        if host not in LOOPBACK:
            typer.echo(f"warning: listening on {host} makes the store readable from the network", err=True)
        typer.echo(f"serving {store} read-only at {url} (updates are refused); Ctrl-C stops", err=True)

    store = _store(store)  # the settings file is read once
    serve_store(store, host, port, announce=announce, timeout=timeout, allow_service=allow_service)


@app.command()
@handles_errors
def claims(
    store: StoreOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Write every asserted statement with its evidence as JSON Lines (the gold README's claims format)."""
    from ._claims import iter_claims
    from ._store import KnowledgeGraph

    with KnowledgeGraph(_store(store), read_only=True) as kg:
        text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in iter_claims(kg))
    _write(text, output)


@app.command()
@handles_errors
def actors(
    store: StoreOpt = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    merged: Annotated[bool, typer.Option("--merged/--unmerged", help="Collapse the cross-article merges (default) or list every node.")] = True,
) -> None:
    """Write the actor table as JSON Lines: id, label, every label, type, Wikidata id, documents, and the
    nodes of other articles merged into each actor (same_as, with confidence and evidence)."""
    from ._claims import iter_actors
    from ._store import KnowledgeGraph

    with KnowledgeGraph(_store(store), read_only=True) as kg:
        text = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in iter_actors(kg, merged=merged))
    _write(text, output)


@app.command("import-wikidata")
@handles_errors
def import_wikidata(
    items: Annotated[Path, typer.Argument(help="Wikidata-derived items: JSON, JSON Lines, SPARQL JSON results or CSV.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Turtle file to write (default stdout).")] = None,
    on: Annotated[Optional[str], typer.Option("--on", help="ISO date: who commands a group then (default: now).")] = None,
) -> None:
    """Turn a Wikidata-derived file into an actors Turtle file for `build --actors` (types, names, nationality, commanders)."""
    from ._actors._wikidata import import_file
    from ._kb import ActorBase

    report = import_file(items, output, kb=ActorBase.load(), on=on)
    if output is None:
        sys.stdout.write(report.turtle)
    skipped = f"; {len(report.skipped)} items of other classes skipped" if report.skipped else ""
    typer.echo(f"{report.actors} actors{skipped}", err=True)


@app.command()
@handles_errors
def graph(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default network.FORMAT); its suffix gives the format when --format is not set.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="html (interactive, default), svg, png, graphml or gexf.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="Draw only the neighbourhood of this actor (any of its names).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="With --focus: how many links away from the actor.")] = 2,
    min_documents: Annotated[int, typer.Option("--min-documents", min=1, help="Leave out links stated in fewer documents.")] = 1,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the page or picture.")] = None,
    store: StoreOpt = None,
) -> None:
    """Draw who supports and who opposes whom: an interactive page, a picture, or a file for Gephi / Cytoscape."""
    from ._network import network
    from ._store import KnowledgeGraph

    with KnowledgeGraph(_store(store), read_only=True) as kg:
        report = network(kg, output, fmt=fmt, focus=focus, hops=hops, min_documents=min_documents, title=title)
    typer.echo(f"wrote {report.path}: {report.actors} actors, {report.edges} links ({report.format}) "
               f"in {report.seconds:.1f} s", err=True)
    if not report.edges:
        typer.echo("note: nothing to draw: no supports or opposes statement"
                   + (f" in {min_documents} or more documents" if min_documents > 1 else ""), err=True)


@app.command()
@handles_errors
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations, JSON Lines (format: docs/evaluation.md).")],
    store: StoreOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole evaluation as JSON.")] = False,
) -> None:
    """Score the store against your annotated articles: P/R/F1 per relation, rule precision, misses, false statements."""
    from ._evaluate import evaluate as evaluate_store
    from ._evaluate import read_gold
    from ._store import KnowledgeGraph

    rows = read_gold(gold)
    with KnowledgeGraph(_store(store), read_only=True) as kg:
        result = evaluate_store(kg, rows)
    typer.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False) if as_json else result.report().rstrip("\n"))


@app.command()
@handles_errors
def validate(store: StoreOpt = None) -> None:
    """Check the graph against the SHACL shapes; exit 1 and list violations if it does not conform."""
    from ._store import KnowledgeGraph
    from ._validate import validate as validate_store

    store = _store(store)
    with KnowledgeGraph(store, read_only=True) as kg:
        violations = validate_store(kg)
    if violations:
        for v in violations:
            typer.echo(str(v))
        raise ValidationError(f"{len(violations)} SHACL violation(s) in {store}", code="E501")
    typer.echo(f"{store} conforms to the conflictkg shapes")


@app.command()
def version() -> None:
    """Print the versions of conflictkg, spaCy and its English model (as --version)."""
    from ._resources import version_text
    typer.echo(version_text())

