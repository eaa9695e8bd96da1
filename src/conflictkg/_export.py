"""Export the store as RDF files, deterministically (same store, same bytes)."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ._errors import ExportError
from ._store import KnowledgeGraph
from ._vocab import PREFIXES

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
}


def export(kg: KnowledgeGraph, output: str | Path | BinaryIO, fmt: str = "turtle") -> None:
    """Triple formats get the union of all graphs; quad formats keep one graph per article."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", code="E401")
    rdf_format = EXPORT_FORMATS[fmt]
    data = kg.quads() if rdf_format.supports_datasets else kg.triples()
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    try:
        ox.serialize(data, str(output) if isinstance(output, Path) else output, rdf_format, prefixes=prefixes)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}", code="E402") from exc
