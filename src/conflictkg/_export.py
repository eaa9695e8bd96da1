"""Export the store as RDF files: streamed from the store's index, deterministic (same store, same bytes)."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
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


def export(kg: KnowledgeGraph, output: str | Path | BinaryIO, fmt: str = "turtle", *,
           with_ontology: bool = False) -> None:
    """Write the graph. Triple formats get the union of the graphs (each triple once); quad
    formats keep one graph per article. ``with_ontology`` adds the ontology and the actor
    knowledge base, so that the file stands alone in another store."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", code="E401")
    rdf_format = EXPORT_FORMATS[fmt]
    if rdf_format.supports_datasets:
        data = kg.quads(with_ontology=with_ontology)
        if with_ontology:
            data = itertools.chain(data, _gazetteer_quads(kg))
    else:
        data = kg.triples(with_ontology=with_ontology)
        if with_ontology:
            data = itertools.chain(data, (q.triple for q in _gazetteer_quads(kg)))
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    if not isinstance(output, str | Path):
        ox.serialize(data, output, rdf_format, prefixes=prefixes)
        return
    # A file appears complete or not at all: written beside, then renamed over.
    target = Path(output)
    partial = target.with_name(target.name + ".part")
    try:
        ox.serialize(data, str(partial), rdf_format, prefixes=prefixes)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}", code="E402") from exc
