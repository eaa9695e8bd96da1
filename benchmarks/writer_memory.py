"""The writer's memory per batch, without the extractor: 200 article graphs of SOURCE (the same for
every target), renamed, written as a build writes them (_build._write_stream: actors, statistics, apply,
syndication, flush) into a copy of STORE, BATCHES times. Prints RSS after each batch, the process's peak (VmHWM),
and each step's Python peak (tracemalloc, if TRACE=1).

    python benchmarks/writer_memory.py STORE SOURCE [BATCHES]     (SOURCE: a store whose first 200 article graphs are written)
"""
import os, shutil, sys, time, tracemalloc
from pathlib import Path
from types import SimpleNamespace
import pyoxigraph as ox
from conflictkg import _build, _store
from conflictkg._store import KnowledgeGraph, _copy_store
from conflictkg._vocab import DOCUMENT_GRAPH

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) // 1024

src, source = Path(sys.argv[1]), sys.argv[2]; batches = int(sys.argv[3]) if len(sys.argv) > 3 else 2
trace = os.environ.get("TRACE") == "1"
with KnowledgeGraph(source, read_only=True) as kg:
    graphs = [g for g in kg.graphs() if g.value.startswith(DOCUMENT_GRAPH)][:200]
    proto = [(g.value.rsplit("/", 1)[-1], list(kg.store.quads_for_pattern(None, None, None, g))) for g in graphs]
def relabel(t, k):
    if isinstance(t, ox.NamedNode) and "/synth-" in t.value:
        return ox.NamedNode(t.value.replace("/synth-", f"/w{k}-synth-"))
    if isinstance(t, ox.Literal) and t.value.startswith("synth-"):
        return ox.Literal(f"w{k}-" + t.value)
    return t
copy = src.with_name(f"{src.name}.writer-memory"); shutil.rmtree(copy, ignore_errors=True)
_copy_store(src, copy)
print(f"{src}: before rss {status('RssAnon')} MB, hwm {status('VmHWM')} MB", flush=True)
steps = {}
if trace:
    tracemalloc.start()
    def wrap(mod, name):
        f = getattr(mod, name)
        def g(*a, **k):
            tracemalloc.reset_peak(); base = tracemalloc.get_traced_memory()[0]
            r = f(*a, **k)
            steps[name] = max(steps.get(name, 0), (tracemalloc.get_traced_memory()[1] - base) / 1e6)
            return r
        setattr(mod, name, g)
    import conflictkg._statistics as st, conflictkg._actorgraph as ag
    wrap(_build, "syndication_step")
    wrap(st, "statistics_changes"); wrap(ag, "actor_changes")
try:
    kg = KnowledgeGraph(copy)
    kg.count_writes()
    def stream():
        for k in range(batches):
            for name, quads in proto:
                yield SimpleNamespace(article=SimpleNamespace(id=f"w{k}-{name}"), quads=[
                    ox.Quad(relabel(q.subject, k), q.predicate, relabel(q.object, k), relabel(q.graph_name, k)) for q in quads],
                    statements=0, asserted=0)
    orig = KnowledgeGraph.flush
    n = [0]
    def flush(self):
        orig(self)
        print(f"batch {n[0]}: rss {status('RssAnon')} MB, hwm {status('VmHWM')} MB, cpu {time.process_time():.0f} s"
              + (f", python peaks {', '.join(f'{k} {v:.0f} MB' for k, v in steps.items())}" if trace else ""), flush=True)
        n[0] += 1
    KnowledgeGraph.flush = flush
    _build._write_stream(kg, stream(), 200, {}, True, None)
    kg.close()
    print(f"peak (VmHWM) {status('VmHWM')} MB", flush=True)
finally:
    shutil.rmtree(copy, ignore_errors=True)
