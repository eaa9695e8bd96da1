"""Stage 6, store: the embedded on-disk pyoxigraph store.

Layout (named graphs, all under https://w3id.org/conflictkg/id/graph/):

* ``document/ID``: one per article -- the article, its text (NIF context), the
  sentences that carry statements, the statements with their provenance, the
  plain triples of asserted statements, and the article's actor records.
  Rebuilding an article replaces exactly this graph.
* ``actors``: every actor described once, merged from the records (``_actorgraph``).
* ``syndication``: the group of near-identical sentences of each sentence.
* ``syndication-index``: the syndication step's index (each sentence's MinHash
  band keys), the build's own: not data, never exported nor counted (``graphs``).
  It also keeps the count of the store's other quads that the builds keep as they
  write (``KnowledgeGraph.count_writes``), so that ``size`` needs no scan; a write
  through ``apply`` outside a build removes it. (Writes straight into ``kg.store``
  bypass it: the next build's count would be off by them.)
* ``rules``, ``ontology``: the extraction rules and the ontology, once each.

Nothing is repeated across graphs but the plain triples of statements several
articles make, so a query over the union of the graphs cannot multiply rows
through actor descriptions. Saved queries name the graphs they read
(``GRAPH ckgraph:actors { … }``), so they answer the same on a store whose
default graph is not the union of its named graphs.

Builds are whole (``StagedStore``): a build never writes into the store folder.
It copies the store beside it (hard links for RocksDB's immutable table files),
writes the new version there in batches, and swaps the two folders with one
``renameat2(RENAME_EXCHANGE)``: every reader, and a process killed at any
moment, sees the old store or the new one, never a mixture. A staging copy left
by a killed build is removed by the next build. Readers hold a shared ``flock``
on the folder they opened, so a swapped-out version is deleted only once no
reader has it open (else by the next build).
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import itertools
import os
import shutil
import signal
import struct
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ._errors import StoreError
from ._resources import ontology_file
from ._vocab import (CKG, DCTERMS, DOCUMENT_GRAPH, GRAPH, NIF, ONTOLOGY_GRAPH, PREFIXES, RDF,
                     SYNDICATION_INDEX_GRAPH)

if TYPE_CHECKING:  # (numpy, which _syndication needs, loads only for a build)
    from ._syndication import SentenceRecord

STAGING = GRAPH + "staging/"  # left by builds of earlier versions; never written now
_INDEX = ox.NamedNode(SYNDICATION_INDEX_GRAPH)  # the syndication step's own index: not data (_syndication)
# The store's quads outside the index graph, counted by the builds that wrote them (``KnowledgeGraph.size``):
# kept in the index graph, the builds' own bookkeeping, under a subject of its own.
_COUNT_QUAD = (ox.NamedNode(GRAPH), ox.NamedNode(CKG + "storeQuads"))


def ontology_quads() -> list[ox.Quad]:
    """The ontology in its own graph, so that queries can read property labels and hierarchy."""
    return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
            for t in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)]


def _data_block(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of INSERT DATA / DELETE DATA, in N-Triples term syntax (pyoxigraph's serializer)."""
    by_graph: dict[ox.NamedNode, list[ox.Triple]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(q.triple)
    return "\n".join(f"GRAPH {g} {{\n{ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES).decode('utf-8')}}}"
                     for g, ts in by_graph.items())


def is_store(path: str | Path) -> bool:
    """A folder holding a pyoxigraph (RocksDB) store."""
    return (Path(path) / "CURRENT").is_file()


def _no_store(path: Path) -> StoreError:
    if path.exists() and not path.is_dir():
        return StoreError(f"{path} is a file, not a store folder", code="E202")
    if path.is_dir() and any(path.iterdir()):
        return StoreError(f"{path} is not a conflictkg store (no store files in it)", code="E202")
    return StoreError(f"no store at {path}: run `conflictkg build ARTICLES --store {path}` first", code="E202")


@dataclass(frozen=True)
class StoreSize:
    """The data's quads and graphs (articles, actors, statistics, syndication, rules, merges) and the
    ontology's quads: ``quads + ontology`` is every quad in the store."""

    quads: int
    graphs: int
    ontology: int

    def __str__(self) -> str:
        return f"{self.quads:,} quads of data in {self.graphs} graphs (+ {self.ontology:,} of the ontology)"


class KnowledgeGraph:
    """An open store. Use as a context manager, or call ``close``.

    ``read_only`` opens the current version of the store for reading, however
    many builds swap in new versions meanwhile. Opening it for writing writes in
    place (the library's low-level use); builds go through ``StagedStore``."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._reader_fd: int | None = None
        self._count: int | None = None  # quads outside the index graph, while a build counts them (count_writes)
        if read_only:
            recover(self.path)
            if not is_store(self.path):
                raise _no_store(self.path)
            self.store = self._open_reader()
            return
        try:
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            if "LOCK" in str(exc) or "Resource temporarily unavailable" in str(exc):
                raise StoreError(f"the store {self.path} is in use by {holder(self.path)}: stop it and retry",
                                 code="E201") from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}", code="E200") from exc

    def _open_reader(self) -> ox.Store:
        """The store read-only, with a shared lock on the very folder opened (a build swapping
        a new version in meanwhile deletes this one only once its readers are gone)."""
        for _ in range(20):
            fd = None
            try:
                fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:  # a swapped-out version being deleted: open the current one
                os.close(fd)
                time.sleep(0.05)
                continue
            except OSError:  # no flock here (some network file systems): read without it
                if fd is not None:
                    os.close(fd)
                fd = None
            try:
                store = ox.Store.read_only(str(self.path))
            except OSError as exc:
                if fd is not None:
                    os.close(fd)
                raise StoreError(f"cannot open the store {self.path}: {_first_line(exc)}", code="E200") from None
            if fd is None or os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                self._reader_fd = fd
                return store
            del store  # swapped between the two opens: open the new version
            os.close(fd)
        raise StoreError(f"cannot open the store {self.path}: it is being replaced over and over", code="E200")

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if not hasattr(self, "store"):
            return
        if not self.read_only:
            self.store.flush()
        del self.store
        if self._reader_fd is not None:
            os.close(self._reader_fd)
            self._reader_fd = None

    # -- writing ---------------------------------------------------------------
    def apply(self, drop: Iterable[ox.NamedNode] = (), remove: Iterable[ox.Quad] = (),
              add: Iterable[ox.Quad] = ()) -> None:
        """One transaction: drop whole graphs, remove quads, add quads. All or nothing.

        Adding alone (new articles, the common case) is one ``extend``; anything
        that deletes is one SPARQL update (DROP GRAPH, DELETE DATA, INSERT DATA),
        so readers and a killed process see the store before or after, never between."""
        drop, remove, add = list(drop), list(remove), list(add)
        if self._count is not None:
            self._count += self._delta(drop, remove, add)
        elif self._stored_count() is not None:  # written outside a build: the kept count is no longer
            self._write_count(None)              # right, and goes first (size() then counts the quads)
        try:
            if not drop and not remove:
                if add:
                    self.store.extend(add)
                return
            # IRIs below are minted and validated by NamedNode; terms are written by
            # pyoxigraph's serializer: no user text is pasted into the update.
            ops = [f"DROP SILENT GRAPH {g}" for g in drop]
            if remove:
                ops.append(f"DELETE DATA {{ {_data_block(remove)} }}")
            if add:
                ops.append(f"INSERT DATA {{ {_data_block(add)} }}")
            self.store.update(" ;\n".join(ops))
        except OSError as exc:
            raise StoreError(f"writing to {self.path} failed, nothing of this step was written: {exc}",
                             code="E203") from exc

    def flush(self) -> None:
        """Write what RocksDB holds in memory (its memtables) to table files on disk.

        pyoxigraph opens RocksDB with 128 MB memtables for each of its dozen column families (the
        indexes), and a memtable is written out only when it is full: without this, a build's
        memory grows with every batch it writes (~90 MB per 200 articles, to gigabytes for a long
        build; benchmarks/RESULTS.md). A build calls it after each batch, so that its memory is that
        of one batch whatever the store's size; the write-ahead log of the batch becomes obsolete too."""
        try:
            self.store.flush()
        except OSError as exc:
            raise StoreError(f"writing to {self.path} failed: {exc}", code="E203") from exc

    # -- the count of the store's quads, kept by builds ------------------------------------
    def _delta(self, drop: list[ox.NamedNode], remove: list[ox.Quad], add: list[ox.Quad]) -> int:
        """How many quads outside the index graph ``apply(drop, remove, add)`` adds (negative: removes).
        A quad is looked up only where the store may hold it: never for a graph that is new or dropped."""
        store = self.store
        dropped = {g for g in drop if g != _INDEX and store.contains_named_graph(g)}
        delta = -sum(sum(1 for _ in store.quads_for_pattern(None, None, None, g)) for g in dropped)
        removed = {q for q in set(remove) if q.graph_name != _INDEX and q.graph_name not in dropped and q in store}
        delta -= len(removed)
        held: dict[ox.NamedNode, bool] = {}  # graph -> the store holds it (before this step)
        for q in {q for q in add if q.graph_name != _INDEX}:
            g = q.graph_name
            if g in dropped or q in removed:
                delta += 1
                continue
            if g not in held:
                held[g] = not isinstance(g, ox.NamedNode) or store.contains_named_graph(g)
            if not held[g] or q not in store:
                delta += 1
        return delta

    def _stored_count(self) -> int | None:
        for q in self.store.quads_for_pattern(*_COUNT_QUAD, None, _INDEX):
            return int(q.object.value)
        return None

    def _write_count(self, count: int | None) -> None:
        """Replace the kept count (None: remove it), in one transaction."""
        ops = [f"DELETE WHERE {{ GRAPH {_INDEX} {{ {_COUNT_QUAD[0]} {_COUNT_QUAD[1]} ?n }} }}"]
        if count is not None:
            ops.append(f"INSERT DATA {{ GRAPH {_INDEX} {{ {_COUNT_QUAD[0]} {_COUNT_QUAD[1]} {ox.Literal(count)} }} }}")
        try:
            self.store.update(" ;\n".join(ops))
        except OSError as exc:
            raise StoreError(f"writing to {self.path} failed: {exc}", code="E203") from exc

    def count_writes(self) -> None:
        """Keep count of the store's quads from now on (a build's staging copy, which ``save_count`` ends):
        the count the last build kept, else one scan of the store. Every write goes through ``apply``,
        which counts what it adds and removes, so ``size()`` needs no scan of a big store."""
        count = self._stored_count()
        if count is None:
            count = self.quad_count() - self._index_quads()
        self._count = count

    def save_count(self) -> None:
        """Keep the count in the store for the next build and ``size()`` (before the staging copy is swapped in)."""
        if self._count is not None and self._count != self._stored_count():
            self._write_count(self._count)

    def sync_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` (a small graph: the ontology, the rules), writing only the difference."""
        want = set(quads)
        if want != set(self.store.quads_for_pattern(None, None, None, graph)):
            self.apply(drop=[graph], add=sorted(want, key=str))

    def drop_staging(self) -> None:
        """Remove staging graphs that builds of earlier versions may have left."""
        stale = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING)]
        if stale:
            self.apply(drop=stale)

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self.store.contains_named_graph(graph)

    # -- reading ---------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, ox.Term] | None = None):
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                substitutions=subs or None)

    def graphs(self, *, with_ontology: bool = True) -> list[ox.NamedNode]:
        """The named graphs (articles, syndication and, unless excluded, the ontology), sorted; not the
        syndication index, which is the build's, not data."""
        return sorted((g for g in self.store.named_graphs()
                       if isinstance(g, ox.NamedNode) and not g.value.startswith(STAGING) and g != _INDEX
                       and (with_ontology or g.value != ONTOLOGY_GRAPH)), key=str)

    def quads(self, *, with_ontology: bool = True, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Quads straight from the store's index, graph by graph: streamed, never copied.

        The index is ordered by the terms' encoded keys, which depend only on the
        terms, so the same content always comes out in the same order."""
        for g in [graph] if graph is not None else self.graphs(with_ontology=with_ontology):
            yield from self.store.quads_for_pattern(None, None, None, g)

    def triples(self, *, with_ontology: bool = True) -> Iterator[ox.Triple]:
        """The union of the graphs, each triple once, streamed graph by graph.

        Each graph is read as ``quads`` reads it (its index: subject by subject), so the triples cost
        about what the quads do. A triple can be in several graphs only if its subject is: the engine
        lists those subjects first, with their graphs (a sentence: its article's and the syndication
        graph; an actor: the actors graph and the articles that make claims about it). A subject in
        two graphs is written in each, a triple of the second only if the first lacks it (one look-up);
        one in more is written whole where it first comes, read from each of its graphs, each triple
        once, and passed over afterwards. Memory holds those subjects, not the triples, but the
        engine's grouping that finds them holds every subject of the store for a moment (the peak of a
        Turtle export at 10,000 articles: 553 MB, against 299 MB when each subject's quads were read from
        the subject index, at 1.43x the N-Quads CPU instead of 1.94-2.08x: benchmarks/RESULTS.md). The
        order depends only on the content: the same store gives the same file."""
        store = self.store
        keep = self.graphs(with_ontology=with_ontology)
        if not keep:
            return
        # subject -> the first of its two graphs, or its graphs (a string), None once written
        shared: dict[ox.Term, ox.NamedNode | str | None] = {}
        # (REDUCED drops most repeats of a (subject, graph) row, a subject's rows in a graph being
        # consecutive; the repeats it leaves are dropped here)
        for row in store.query("SELECT ?s (GROUP_CONCAT(STR(?g)) AS ?graphs) WHERE { { SELECT REDUCED ?s ?g WHERE "
                               "{ GRAPH ?g { ?s ?p ?o } } } } GROUP BY ?s HAVING (COUNT(*) > 1)", named_graphs=keep):
            names = sorted(set(row[1].value.split(" ")))
            if len(names) > 1:
                shared[row[0]] = ox.NamedNode(names[0]) if len(names) == 2 else row[1].value
        alone = object()
        for graph in keep:
            for q in store.quads_for_pattern(None, None, None, graph):
                subject = q.subject
                entry = shared.get(subject, alone)
                if entry is alone:
                    yield q.triple
                elif type(entry) is ox.NamedNode:  # in two graphs
                    if entry == graph or ox.Quad(subject, q.predicate, q.object, entry) not in store:
                        yield q.triple
                elif entry is not None:  # in more: the subject whole, once
                    shared[subject] = None
                    seen: set[ox.Triple] = set()
                    for name in sorted(set(entry.split(" "))):
                        for other in store.quads_for_pattern(subject, None, None, ox.NamedNode(name)):
                            t = other.triple
                            if t not in seen:
                                seen.add(t)
                                yield t

    def quad_count(self) -> int:
        """Quads in the store (one index scan, no query)."""
        return len(self.store)

    def triple_count(self) -> int:
        return sum(1 for _ in self.triples())

    def size(self) -> StoreSize:
        """How much the store holds, in the one set of figures every command reports: the data (the
        quads ``export -f nquads`` writes, in their graphs) and the ontology beside it (which
        ``push`` sends too and ``build`` writes into every store). The quads are those the builds
        counted (``count_writes``), else counted here (a scan: seconds for millions of quads)."""
        total = self._count if self._count is not None else self._stored_count()
        if total is None:
            total = self.quad_count() - self._index_quads()
        ontology = sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH)))
        return StoreSize(total - ontology, len(self.graphs(with_ontology=False)), ontology)

    def _index_quads(self) -> int:
        """Quads of the syndication index (it keeps its own count), 0 without one; with the kept count of
        the store's quads where there is one."""
        for q in self.store.quads_for_pattern(_INDEX, ox.NamedNode(CKG + "syndicationIndexQuads"), None, _INDEX):
            return int(q.object.value) + 2 + (self._stored_count() is not None)  # + its count and version quads
        return 0

    def sentence_records(self) -> list[SentenceRecord]:
        """The statement-bearing sentences stored, with their document and date."""
        from ._syndication import SentenceRecord
        out = []
        sentence_type = ox.NamedNode(NIF + "Sentence")
        anchor = ox.NamedNode(NIF + "anchorOf")
        ident, date = ox.NamedNode(DCTERMS + "identifier"), ox.NamedNode(DCTERMS + "date")
        docs: dict[ox.NamedNode, tuple[str, str]] = {}
        for q in self.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), sentence_type, None):
            g = q.graph_name
            if not g.value.startswith(DOCUMENT_GRAPH):
                continue
            if g not in docs:
                doc = ox.NamedNode(q.subject.value.split("#", 1)[0])
                ids = [x.object.value for x in self.store.quads_for_pattern(doc, ident, None, g)]
                dates = [x.object.value for x in self.store.quads_for_pattern(doc, date, None, g)]
                docs[g] = (ids[0] if ids else "", dates[0] if dates else "")
            text = next(iter(self.store.quads_for_pattern(q.subject, anchor, None, g)), None)
            if text is not None:
                out.append(SentenceRecord(q.subject.value, docs[g][0], docs[g][1], text.object.value))
        return out

    def document_ids(self) -> list[str]:
        ident = ox.NamedNode(DCTERMS + "identifier")
        return sorted(q.object.value for g in self.graphs() if g.value.startswith(DOCUMENT_GRAPH)
                      for q in self.store.quads_for_pattern(
                          ox.NamedNode(g.value.replace("/graph/document/", "/document/", 1)), ident, None, g))


# -- whole builds ------------------------------------------------------------------
def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def aside(path: Path, kind: str) -> Path:
    """A folder beside the store (same file system, so renames and hard links work)."""
    return path.parent / f".{path.name}.conflictkg-{kind}"


def pause_point(phase: str) -> None:
    """Where the kill tests stop a build: ``CONFLICTKG_PAUSE_AT=PHASE`` makes the build say so
    on stderr and wait there; ``CONFLICTKG_TRACE_PHASES=1`` only says so."""
    if os.environ.get("CONFLICTKG_PAUSE_AT") == phase:
        print(f"conflictkg: paused at {phase}", file=sys.stderr, flush=True)
        time.sleep(3600)
    elif os.environ.get("CONFLICTKG_TRACE_PHASES"):
        print(f"conflictkg: phase {phase}", file=sys.stderr, flush=True)


def holder(path: Path) -> str:
    """Who holds the store's write lock, as far as the system tells (Linux: the process)."""
    try:
        fd = os.open(path / "LOCK", os.O_RDWR)
    except OSError:
        return "another process"
    try:
        # struct flock as Linux lays it out: type, whence, start, len, pid
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0) + b"\0" * 8
        pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe)[:struct.calcsize("hhqqi")])[4]
    except (OSError, struct.error):
        return "another process"
    finally:
        os.close(fd)
    if pid <= 0:
        return "another process"
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        words = [os.path.basename(a.decode("utf-8", "replace")) for a in argv if a][:4]
        return f"process {pid} ({' '.join(words)})"
    except OSError:
        return f"process {pid}"


def served_by(path: Path) -> str | None:
    """The holder of the lock when it is `conflictkg serve` or an Oxigraph server, else None."""
    who = holder(path)
    return who if " serve" in who else None


def _lock_writer(path: Path) -> int:
    """Take the store's write lock: RocksDB's own (an fcntl lock on LOCK), so that a
    conflictkg build, ``serve``, a pyoxigraph writer and an Oxigraph server all exclude
    each other. Held on the folder that is the store when it is taken."""
    for _ in range(20):
        path.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot write to {path}: {exc.strerror}", code="E203") from None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise StoreError(f"cannot lock {path}: {exc.strerror}", code="E203") from None
            served = served_by(path)
            if served:
                raise StoreError(f"the store {path} is being served by {served}: stop `serve`, build, then serve "
                                 "again (a build never changes a store under a running server)", code="E204") from None
            raise StoreError(f"the store {path} is in use by {holder(path)}: wait for it or stop it, and retry",
                             code="E201") from None
        try:
            same = os.stat(path / "LOCK").st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)  # a build swapped a new version in meanwhile: lock that one
    raise StoreError(f"cannot lock {path}: it is being replaced over and over", code="E201")


def _release(fd: int | None) -> None:
    if fd is not None:
        try:
            fcntl.lockf(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2). False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd = -100
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_store(source: Path, target: Path) -> None:
    """A copy of a closed store: hard links for the table files, which RocksDB never changes
    in place; copies of everything else (manifest, write-ahead log, options), so that writing
    the copy never touches the original. ``Store.backup`` would leave out a log that a killed
    writer did not flush."""
    target.mkdir()
    for entry in os.scandir(source):
        name = entry.name
        if not entry.is_file(follow_symlinks=False) or name == "LOCK" or name.startswith("LOG"):
            continue
        if name.endswith((".sst", ".blob")):
            try:
                os.link(entry.path, target / name)
                continue
            except OSError:
                pass
        shutil.copy2(entry.path, target / name)


def _remove_if_unread(path: Path) -> bool:
    """Delete a swapped-out version unless a reader still has it open (its shared lock)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return not path.exists()
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            pass
        shutil.rmtree(path, ignore_errors=True)
        return not path.exists()
    finally:
        os.close(fd)


def recover(path: Path) -> None:
    """Finish a swap that a kill interrupted where folders cannot be exchanged in one step
    (the store moved aside, the new version complete beside it): put the new version in place."""
    ready = aside(path, "ready")
    if not path.exists() and is_store(ready):
        try:
            ready.rename(path)
        except OSError:
            pass  # another process did it first


def _collect(path: Path) -> None:
    """Remove what killed builds left beside the store (the caller holds the write lock,
    so no build is using any of it): staging copies, a complete new version that was never
    swapped in, and swapped-out versions that no reader has open any more."""
    for kind in ("staging", "ready"):
        shutil.rmtree(aside(path, kind), ignore_errors=True)
    prefix = aside(path, "old-").name
    for entry in path.parent.glob(prefix + "*"):
        _remove_if_unread(entry)


class StagedStore:
    """One build as one transaction over the whole store folder.

    ``with StagedStore(path) as kg:`` takes the write lock, copies the store to a
    staging folder beside it and gives that copy for writing; ``commit()`` swaps
    it in. Leaving the block without ``commit`` (an error, Ctrl-C) removes the
    copy: the store is unchanged. ``swapped`` tells whether the new version is in place."""

    def __init__(self, path: str | Path) -> None:
        self.shown = Path(path)
        self.path = Path(os.path.realpath(path))  # a symlinked store: swap the folder it points to
        self.staging = aside(self.path, "staging")
        self.swapped = False
        self.kg: KnowledgeGraph | None = None
        self._lock: int | None = None

    def check(self) -> None:
        """Fail now, as ``with`` would, if the store cannot be built (before loading the model)."""
        self._refuse_no_store()
        if self.path.is_dir():
            _release(_lock_writer(self.path))

    def _refuse_no_store(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.shown} is a file, not a store folder", code="E202")
        if self.path.is_dir() and not is_store(self.path) and any(e.name != "LOCK" for e in os.scandir(self.path)):
            raise StoreError(f"{self.shown} is a folder but not a conflictkg store: give a new or empty folder "
                             "for a new store", code="E205")

    def __enter__(self) -> KnowledgeGraph:
        self._refuse_no_store()
        try:
            recover(self.path)
            self._lock = _lock_writer(self.path)
            _collect(self.path)
            if is_store(self.path):
                _copy_store(self.path, self.staging)
            self.kg = KnowledgeGraph(self.staging)
        except OSError as exc:
            self._abort()
            raise StoreError(f"cannot prepare a build of {self.path}: {exc.strerror or _first_line(exc)}",
                             code="E203") from None
        except BaseException:
            self._abort()
            raise
        return self.kg

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.swapped:
            self._abort()

    def _abort(self) -> None:
        if self.kg is not None:
            try:
                self.kg.close()
            except OSError:
                pass
            self.kg = None
        shutil.rmtree(self.staging, ignore_errors=True)
        _release(self._lock)
        self._lock = None

    def commit(self) -> None:
        """Swap the new version in: before this, every reader sees the old store; after, the new."""
        assert self.kg is not None, "commit outside the with block"
        try:
            self.kg.close()
            self.kg = None
            ready = aside(self.path, "ready")
            self.staging.rename(ready)
        except OSError as exc:
            raise StoreError(f"writing the new version of {self.path} failed, the store is unchanged: "
                             f"{exc.strerror or _first_line(exc)}", code="E203") from None
        pause_point("swap")
        old = aside(self.path, f"old-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        masked = threading.current_thread() is threading.main_thread() and hasattr(signal, "pthread_sigmask")
        if masked:  # Ctrl-C and SIGTERM wait until the swap is done and recorded
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            if _exchange(ready, self.path):
                ready.rename(old)
            else:
                # two renames; a kill between them is finished by `recover` on the next open
                self.path.rename(old)
                ready.rename(self.path)
            self.swapped = True
            _fsync_dir(self.path.parent)
        except OSError as exc:
            raise StoreError(f"swapping in the new version of {self.path} failed, the store is unchanged: "
                             f"{exc.strerror or _first_line(exc)}", code="E203") from None
        finally:
            _release(self._lock)
            self._lock = None
            if masked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
        pause_point("swapped")
        _remove_if_unread(old)
