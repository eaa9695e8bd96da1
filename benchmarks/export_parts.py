"""Where an export's time goes: reading the store (``quads()``, ``triples()``) against pyoxigraph's serialisers.

    python benchmarks/export_parts.py STORE          # one process, serialising to a null stream
"""
import io
import sys
import time

import pyoxigraph as ox

from conflictkg import KnowledgeGraph
from conflictkg._vocab import PREFIXES


class Null(io.RawIOBase):
    def writable(self):
        return True

    def write(self, b):
        return len(b)


def cpu(label, fn):
    c = time.process_time()
    n = fn()
    print(f"{label:<45} {time.process_time() - c:7.2f} s CPU  {n}", flush=True)


with KnowledgeGraph(sys.argv[1], read_only=True) as kg:
    cpu("quads() iterated", lambda: sum(1 for _ in kg.quads()))
    cpu("triples() iterated", lambda: sum(1 for _ in kg.triples()))
    cpu("nquads: serialize(quads())", lambda: ox.serialize(kg.quads(), Null(), ox.RdfFormat.N_QUADS))
    cpu("ntriples: serialize(triples())", lambda: ox.serialize(kg.triples(), Null(), ox.RdfFormat.N_TRIPLES))
    cpu("turtle: serialize(triples(), prefixes)",
        lambda: ox.serialize(kg.triples(), Null(), ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    triples = list(kg.triples())
    cpu("turtle: serialize(list of triples, prefixes)",
        lambda: ox.serialize(triples, Null(), ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    cpu("turtle: serialize(list of triples, no prefixes)", lambda: ox.serialize(triples, Null(), ox.RdfFormat.TURTLE))
    cpu("ntriples: serialize(list of triples)", lambda: ox.serialize(triples, Null(), ox.RdfFormat.N_TRIPLES))
