"""Export the store as RDF files: streamed from the store's index, deterministic (same store, same bytes)."""
from __future__ import annotations

import itertools
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ._errors import ExportError
from ._resources import actor_files
from ._store import KnowledgeGraph
from ._vocab import KB_GRAPH, PREFIXES

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
}


def _gazetteer_quads(kg: KnowledgeGraph) -> Iterator[ox.Quad]:
    """The shipped actor knowledge base, minus what the store already holds, in its own graph."""
    graph = ox.NamedNode(KB_GRAPH)
    seen: set[ox.Triple] = set()  # the files overlap (curated names for generated states); they are small
    for path in actor_files():
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t in seen or next(iter(kg.store.quads_for_pattern(t.subject, t.predicate, t.object, None)), None):
                continue
            seen.add(t)
            yield ox.Quad(t.subject, t.predicate, t.object, graph)


@dataclass
class ExportReport:
    """What ``export`` wrote: ``count`` triples (a triple format: the union of ``graphs`` graphs, each
    triple once) or quads (a quad format: in ``graphs`` graphs), to ``target`` (a file, or stdout)."""

    target: str
    format: str
    count: int
    graphs: int
    quads: bool

    def __str__(self) -> str:
        if self.quads:
            return f"wrote {self.target} ({self.format}): {self.count:,} quads in {self.graphs} graphs"
        return f"wrote {self.target} ({self.format}): {self.count:,} triples, the union of {self.graphs} graphs"


class _Counted:
    """An iterator that counts what it gives."""

    def __init__(self, items: Iterable) -> None:
        self.items = iter(items)
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)
        self.count += 1
        return item


def export(kg: KnowledgeGraph, output: str | Path | BinaryIO, fmt: str = "turtle", *,
           with_ontology: bool = False) -> ExportReport:
    """Write the graph. Triple formats get the union of the graphs (each triple once); quad
    formats keep one graph per article. ``with_ontology`` adds the ontology and the actor
    knowledge base, so that the file stands alone in another store. Returns what was written
    (without the ontology, a quad format writes the quads that ``KnowledgeGraph.size`` counts)."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", code="E401")
    rdf_format = EXPORT_FORMATS[fmt]
    graphs = len(kg.graphs(with_ontology=with_ontology))
    gazetteer = _Counted(_gazetteer_quads(kg) if with_ontology else ())
    if rdf_format.supports_datasets:
        data = itertools.chain(kg.quads(with_ontology=with_ontology), gazetteer)
    else:
        data = itertools.chain(kg.triples(with_ontology=with_ontology), (q.triple for q in gazetteer))
    data = counted = _Counted(data)
    target = "stdout" if not isinstance(output, str | Path) or str(output) == "-" else str(output)

    def report() -> ExportReport:
        return ExportReport(target, fmt, counted.count, graphs + (1 if gazetteer.count else 0),
                            rdf_format.supports_datasets)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    if fmt == "rdfxml":
        data = _xml_safe(data)
    if isinstance(output, str) and output == "-":
        output = sys.stdout.buffer
    if not isinstance(output, str | Path):
        try:
            ox.serialize(data, output, rdf_format, prefixes=prefixes)
            output.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise ExportError(f"cannot write the export: {exc.strerror or exc}", code="E403") from None
        return report()
    write_file(Path(output), lambda stream: ox.serialize(data, stream, rdf_format, prefixes=prefixes))
    return report()


def write_file(target: Path, write) -> None:
    """Write to ``target`` with ``write(binary stream)``: a regular file (or a new one) appears
    complete or not at all, written beside it and renamed over it, its permissions kept; a
    symlink is followed and its target written; a device, a FIFO or a socket (/dev/stdout,
    a named pipe) is written as a stream, never replaced."""
    try:
        info = os.stat(target)  # follows symlinks
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}", code="E402") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ExportError(f"cannot write {target}: it is a folder", code="E402")
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with open(target, "wb") as stream:
                write(stream)
        except BrokenPipeError:
            raise ExportError(f"cannot write {target}: its reader closed it", code="E402") from None
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}", code="E402") from None
        return
    real = Path(os.path.realpath(target))  # a symlink's target (a dangling one's too)
    try:
        fd, partial = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}", code="E402") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(partial, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
        os.replace(partial, real)
    except OSError as exc:
        Path(partial).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}", code="E402") from None
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# What XML 1.0 cannot carry at all (not even escaped): C0 controls but tab, newline and return,
# lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
    """The triples, refusing (E404) the first whose text XML 1.0 cannot hold: an RDF/XML file
    with such a character would be written, and no parser would read it."""
    for t in triples:
        for term in (t.subject, t.object):
            if isinstance(term, ox.Literal | ox.NamedNode) and _NOT_XML.search(term.value):
                bad = _NOT_XML.search(term.value).group()
                raise ExportError(f"{t.subject.value if isinstance(t.subject, ox.NamedNode) else 'a node'} holds "
                                  f"the character U+{ord(bad):04X}, which XML 1.0 cannot carry: export as turtle, "
                                  "ntriples, nquads, trig or jsonld instead", code="E404")
        yield t
