"""Memory of plain write batches into a copy of a store, with and without a flush after each batch.

    python benchmarks/memtable_rss.py STORE {none,flush} [BATCHES]

Copies STORE beside itself (``STORE.memtable-MODE``, removed afterwards), takes its first 200 article
graphs, and writes them BATCHES times (default 12) under new names, one ``KnowledgeGraph.apply`` per
batch (as a build writes 200 articles), printing the process's anonymous RSS after each batch.
With ``flush``, ``KnowledgeGraph.flush`` follows each batch (what a build does since it was added).
"""
import resource
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from conflictkg._store import KnowledgeGraph, _copy_store
from conflictkg._vocab import DOCUMENT_GRAPH


def rss() -> int:
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon"):
            return int(line.split()[1]) // 1024
    return 0


def relabel(t, k: int):
    if isinstance(t, ox.NamedNode) and "/synth-" in t.value:
        return ox.NamedNode(t.value.replace("/synth-", f"/r{k}-synth-"))
    if isinstance(t, ox.Literal) and t.value.startswith("synth-"):
        return ox.Literal(f"r{k}-" + t.value)
    return t


def main() -> None:
    source, mode = Path(sys.argv[1]), sys.argv[2]
    batches = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    copy = source.with_name(f"{source.name}.memtable-{mode}")
    shutil.rmtree(copy, ignore_errors=True)
    _copy_store(source, copy)
    try:
        kg = KnowledgeGraph(copy)
        graphs = [g for g in kg.graphs() if g.value.startswith(DOCUMENT_GRAPH)][:200]
        proto = [q for g in graphs for q in kg.store.quads_for_pattern(None, None, None, g)]
        print("quads per batch", len(proto), "rss", rss(), "MB", flush=True)
        for k in range(batches):
            c = time.process_time()
            kg.apply(add=[ox.Quad(relabel(q.subject, k), q.predicate, relabel(q.object, k), relabel(q.graph_name, k))
                          for q in proto])
            if mode == "flush":
                kg.flush()
            print(f"batch {k}: rss {rss()} MB, cpu {time.process_time() - c:.1f} s", flush=True)
        print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "MB")
        kg.close()
    finally:
        shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    main()
