"""Python-traced memory (tracemalloc) against RSS after each batch of an in-process build into a copy of STORE.

    python benchmarks/batch_memory.py STORE N COUNT     # N: the store's article count; COUNT new articles
"""
import json, shutil, sys, time, tracemalloc
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale
from conflictkg import _build
from conflictkg._extract import Extractor
from conflictkg._read import read_articles
from conflictkg._store import KnowledgeGraph

src, n, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
copy = src.with_name(f"{src.name}.batch-memory")
shutil.rmtree(copy, ignore_errors=True); shutil.copytree(src, copy)
allp = scale.synthesise(n + count, copy.with_suffix(".all.jsonl"), seed=7)
lines = allp.read_text().splitlines()[-count:]
allp.unlink(); new = copy.with_suffix(".new.jsonl"); new.write_text("\n".join(lines) + "\n")
arts = read_articles([new])
def rss():
    return int([l for l in open("/proc/self/status") if l.startswith("RssAnon")][0].split()[1]) // 1024
ex = Extractor(); ex.extract_text("Turkey backs the GNA.")
tracemalloc.start()
print(f"before: rss {rss()} MB, traced {tracemalloc.get_traced_memory()[0] / 1e6:.0f} MB", flush=True)
orig = KnowledgeGraph.flush
state = {"k": 0, "snap": tracemalloc.take_snapshot()}
def flush(self):
    orig(self)
    cur, peak = tracemalloc.get_traced_memory()
    snap = tracemalloc.take_snapshot()
    top = snap.compare_to(state["snap"], "filename")[:4]
    state["snap"] = snap
    print(f"batch {state['k']}: rss {rss()} MB, traced {cur / 1e6:.0f} MB (peak {peak / 1e6:.0f}), cpu {time.process_time():.0f} s", flush=True)
    for st in top:
        print("    ", str(st)[:160], flush=True)
    tracemalloc.reset_peak()
    state["k"] += 1
KnowledgeGraph.flush = flush
_build.build_articles(arts, copy, extractor=ex)
print(f"after: rss {rss()} MB", flush=True)
shutil.rmtree(copy, ignore_errors=True)
