"""Building on a Dask cluster: workers extract, the client writes the store.

``conflictkg build --executor dask://HOST:PORT`` connects to a running Dask scheduler
(``dask scheduler``, ``dask worker HOST:PORT --nthreads 1``, conflictkg installed on every
worker with the ``dist`` extra). The client splits the articles still to read into shards
of ``SHARD_ARTICLES`` and sends them to the workers a few at a time; each worker reads its
shard with the same ``Extractor.article_graphs`` as a local build (the model loads once per
worker process) and writes the shard's article graphs, content hashes included, as one
N-Quads file, written beside its name and renamed into place (a shard is whole or absent).
The client takes the shards back in order, checks each against the size and SHA-256 the
worker reported, and hands its articles to the same writer as a local build (``_build._write``):
the same batches, actors, statistics, syndication and merges, the same staged, all-or-nothing
store. A worker's file that the client cannot see (no shared file system) is fetched from
that worker.

Shards go to ``--shards DIR`` (kept, with ``graphs.nq``, for an external bulk loader: see
docs/scaling.md) or to a temporary folder that is removed after the build.

Dask is imported here only: ``conflictkg --help`` and every local command start without it.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ._errors import ConflictKGError, EndpointError, ExportError
from ._read import Article

# Articles per shard (one task, one file): small enough to spread a few hundred articles over
# the workers and keep each one busy, large enough that a task's overhead (~ms) is nothing
# beside its parsing (~0.1 s an article per core).
SHARD_ARTICLES = 25
# Seconds to reach the scheduler ($CONFLICTKG_DASK_TIMEOUT).
CONNECT_TIMEOUT = 10.0
SCHEME = "dask://"


def parse_executor(spec: str | None) -> str | None:
    """``local`` (or nothing) -> None; ``dask://HOST:PORT`` -> the scheduler's ``tcp://HOST:PORT``."""
    from ._errors import InputError
    if spec is None or spec == "local":
        return None
    if spec.startswith(SCHEME):
        rest = spec[len(SCHEME):].rstrip("/")
        host, _, port = rest.rpartition(":")
        if host and port.isdigit() and 0 < int(port) < 65536 and "/" not in host:
            return f"tcp://{host}:{port}"
    raise InputError(f"--executor {spec!r}: give 'local' or 'dask://HOST:PORT' (a Dask scheduler's address)",
                     code="E160")


@dataclass
class ShardResult:
    """What a worker sends back for one shard: where its file is, how to check it, and each article's counts."""

    index: int
    path: str
    size: int
    sha256: str
    worker: str
    articles: list[tuple[str, int, int]] = field(default_factory=list)  # (id, statements, asserted)
    error: tuple[str, str, str] | None = None  # (class name, code, message) of a conflictkg error


# -- in the worker --------------------------------------------------------------------------

_EXTRACTORS: dict[tuple, object] = {}
_LOCK = threading.Lock()


def _worker_extractor(files: tuple[tuple[tuple[int, str, bytes], ...], tuple[tuple[int, str, bytes], ...]]):
    """The worker process's extractor for these extra actor and predicate files, loaded once. Each file
    (its rank among the client's files, name and content) is written to a folder of the worker's own,
    ``RANK/NAME``: the same names, contents and order as the client's, so the same fingerprint."""
    from ._extract import Extractor
    if files not in _EXTRACTORS:
        folder = Path(tempfile.mkdtemp(prefix="conflictkg-worker-"))
        paths: list[list[Path]] = [[], []]
        for k, group in enumerate(files):
            for rank, name, content in group:
                path = folder / f"{rank:06d}" / name
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(content)
                paths[k].append(path)
        _EXTRACTORS[files] = Extractor(paths[0], paths[1])
    return _EXTRACTORS[files]


def write_shard(path: Path, data: bytes) -> None:
    """``data`` as ``path``, whole or not at all: written beside it, flushed to disk, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part-{os.getpid()}-{threading.get_ident()}")
    try:
        with open(partial, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def extract_shard(index: int, articles: list[Article], folder: str, fingerprint: str, files) -> ShardResult:
    """A Dask task: read ``articles`` and write their graphs (with their content hashes) as
    ``folder/shard-INDEX.nq``. Runs the extractor a local build runs."""
    import pyoxigraph as ox

    from ._contenthash import content_hash, extractor_fingerprint, hash_quad
    try:
        from distributed import get_worker
        worker = get_worker().address
    except (ImportError, ValueError):
        worker = ""
    path = Path(folder) / f"shard-{index:06d}.nq"
    try:
        with _LOCK:  # one spaCy pipeline per process: threads of one worker take turns
            extractor = _worker_extractor(files)
            if extractor_fingerprint(extractor) != fingerprint:
                from ._resources import version_text
                raise EndpointError(f"the Dask worker {worker} runs other conflictkg code or models than this "
                                    f"machine ({version_text()}); install the same version on every worker",
                                    code="E624")
            quads, counts = [], []
            for g in extractor.article_graphs(articles):
                quads += g.quads
                quads.append(hash_quad(g.article, content_hash(g.article, fingerprint)))
                counts.append((g.article.id, g.statements, g.asserted))
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        write_shard(path, data)
    except ConflictKGError as exc:  # sent back as data: it keeps its class and code
        return ShardResult(index, str(path), 0, "", worker, error=(type(exc).__name__, exc.code, exc.args[0]))
    return ShardResult(index, str(path), len(data), hashlib.sha256(data).hexdigest(), worker, counts)


def _read_file(path: str) -> bytes:
    return Path(path).read_bytes()


def _remove_folder(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)


# -- in the client --------------------------------------------------------------------------

def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:300]


def connect_timeout() -> float:
    """Seconds to reach the scheduler: $CONFLICTKG_DASK_TIMEOUT, else ``CONNECT_TIMEOUT``."""
    from ._errors import InputError
    value = os.environ.get("CONFLICTKG_DASK_TIMEOUT") or ""
    if not value.strip():
        return CONNECT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < float("inf"):
        raise InputError(f"CONFLICTKG_DASK_TIMEOUT={value[:40]!r} is not a number of seconds above 0", code="E161")
    return seconds


def quiet_dask() -> None:
    """Dask's own log lines (connection retries, shutdown notes) would break the one-line error rule."""
    import logging
    for name in ("distributed", "distributed.client", "distributed.core", "distributed.comm", "tornado"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


class DaskExecutor:
    """A connection to a Dask scheduler that extracts a build's articles on its workers."""

    def __init__(self, spec: str, *, shards: str | Path | None = None, timeout: float | None = None) -> None:
        address = parse_executor(spec)
        if address is None:
            raise ValueError("DaskExecutor needs dask://HOST:PORT")
        self.spec, self.address = spec, address
        self.keep = shards is not None
        self.shards = Path(shards) if shards is not None else None
        if self.shards is not None:
            check_shards_folder(self.shards)
        try:
            from distributed import Client
        except ImportError:
            raise EndpointError("--executor dask:// needs Dask: pip install 'conflictkg[dist]'", code="E621") from None
        if timeout is None:
            timeout = connect_timeout()
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise EndpointError(f"cannot reach the Dask scheduler at {spec} within {timeout:g} s: "
                                f"{_first_line(exc)}", code="E622") from None

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:  # noqa: BLE001 (a scheduler gone at the end changes nothing built)
            pass

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def workers(self) -> int:
        """Threads the cluster has now (at least 1)."""
        info = self.client.scheduler_info()
        return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def article_graphs(self, extractor, articles: list[Article], fingerprint: str,
                       progress: Callable[[Article], None] | None = None):
        """Each article's graph, in order, as ``Extractor.article_graphs`` yields them (its quads include
        its content hash); the workers extract while this process writes."""
        import pyoxigraph as ox

        from ._extract import ArticleGraph
        from ._vocab import document_graph
        if not articles:
            return
        folder = self.shards if self.shards is not None else Path(tempfile.mkdtemp(prefix="conflictkg-shards-"))
        files = _extractor_files(extractor)
        by_id = {a.id: a for a in articles}
        threads = self.workers()
        size = min(SHARD_ARTICLES, -(-len(articles) // (2 * threads)))  # a small build still spreads over all
        shards = [articles[i:i + size] for i in range(0, len(articles), size)]
        window = 2 * threads + 2  # tasks in flight: every worker busy, the scheduler's queue short
        pending: deque = deque()
        todo = iter(enumerate(shards))
        try:
            def submit() -> None:
                nxt = next(todo, None)
                if nxt is not None:
                    index, shard = nxt
                    pending.append(self.client.submit(extract_shard, index, shard, str(folder), fingerprint, files,
                                                      pure=False))
            for _ in range(window):
                submit()
            while pending:
                future = pending.popleft()
                result = self._result(future)
                submit()
                data = self._shard_bytes(result, folder)
                graphs: dict[str, list] = {}
                for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                    graphs.setdefault(quad.graph_name.value, []).append(quad)
                for article_id, statements, asserted in result.articles:
                    article = by_id[article_id]
                    if progress:
                        progress(article)
                    yield ArticleGraph(article, graphs.pop(document_graph(article_id), []), statements, asserted)
                if graphs:
                    raise EndpointError(f"shard {result.path} holds graphs of no article it was given", code="E623")
        finally:
            for future in pending:
                future.cancel()
            if not self.keep:
                shutil.rmtree(folder, ignore_errors=True)
                try:
                    self.client.run(_remove_folder, str(folder))
                except Exception:  # noqa: BLE001 (a worker's temporary folder left behind is no failure)
                    pass

    def _result(self, future) -> ShardResult:
        try:
            result: ShardResult = future.result()
        except ConflictKGError:
            raise
        except (OSError, TimeoutError) as exc:
            raise EndpointError(f"lost the Dask scheduler at {self.spec}: {_first_line(exc)}", code="E622") from None
        except Exception as exc:  # noqa: BLE001 (a worker's failure, whatever it is, is one line)
            raise EndpointError(f"a Dask worker failed on a shard: {type(exc).__name__}: {_first_line(exc)}",
                                code="E623") from None
        if result.error is not None:
            import importlib
            name, code, message = result.error
            cls = getattr(importlib.import_module("._errors", __package__), name, EndpointError)
            raise cls(message, code=code)
        return result

    def _shard_bytes(self, result: ShardResult, folder: Path) -> bytes:
        """The shard's content, checked: from the shared folder, else from the worker that wrote it
        (then kept in ``--shards`` here too)."""
        local = folder / Path(result.path).name
        data = local.read_bytes() if local.is_file() else None
        if data is None or len(data) != result.size:
            try:
                data = self.client.run(_read_file, result.path, workers=[result.worker])[result.worker]
            except Exception as exc:  # noqa: BLE001
                raise EndpointError(f"cannot read shard {result.path} from the worker {result.worker} that "
                                    f"wrote it: {_first_line(exc)}", code="E623") from None
            if self.keep:
                write_shard(local, data)
        if len(data) != result.size or hashlib.sha256(data).hexdigest() != result.sha256:
            raise EndpointError(f"shard {result.path} is not what its worker wrote (size or checksum differs)",
                                code="E623")
        return data


def _extractor_files(extractor) -> tuple:
    """The extractor's extra actor and predicate files as (name, content) pairs, so that workers on
    other machines build the same extractor (and fingerprint) without sharing the files."""
    actors = [Path(p) for p in extractor.reader.nlp.get_pipe_config("conflictkg_actors").get("actors", [])]
    predicates = [Path(p) for p in extractor.reader.nlp.get_pipe_config("conflictkg_relations").get("predicates", [])]
    rank = {p: i for i, p in enumerate(sorted(set(actors + predicates)))}  # (the fingerprint's order)
    return (tuple((rank[p], p.name, p.read_bytes()) for p in actors),
            tuple((rank[p], p.name, p.read_bytes()) for p in predicates))


def check_shards_folder(folder: Path) -> None:
    """``--shards DIR``: a new or empty folder (shards of two builds must not mix)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ExportError(f"--shards {folder}: give a new or empty folder", code="E405")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write --shards {folder}: {exc.strerror or exc}", code="E405") from None


def write_store_graphs(store: str | Path, folder: Path) -> int:
    """``folder/graphs.nq``: the store's graphs that are no article's (actors, statistics, syndication,
    merges, rules, ontology), so that the shards and this file load into another store as the
    store itself. Returns the quads written."""
    import pyoxigraph as ox

    from ._store import KnowledgeGraph
    from ._vocab import DOCUMENT_GRAPH
    with KnowledgeGraph(store, read_only=True) as kg:
        quads = [q for g in kg.graphs() if not g.value.startswith(DOCUMENT_GRAPH)
                 for q in kg.store.quads_for_pattern(None, None, None, g)]
    write_shard(folder / "graphs.nq", ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return len(quads)


def shards_of_local_build(folder: Path) -> Callable[[int, list], None]:
    """For ``--shards`` with the local executor: the writer of one batch's article graphs as a shard."""
    import pyoxigraph as ox

    def write(index: int, quads: list) -> None:
        write_shard(folder / f"shard-{index:06d}.nq", ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return write

