#!/usr/bin/env python3
"""Where a build's writer spends its CPU: one in-process build (--jobs 1) of N synthetic articles
(benchmarks/scale.py's corpus scaler), each write step timed by wrapping it, the extraction too.

    python benchmarks/writer_split.py 400      # two batches of 200

Prints CPU seconds and ms/article per step. KnowledgeGraph.apply is counted inside syndication_step too
(the syndication's own writes); "writer" is the whole build less the extraction.
"""
import sys, tempfile, time, functools
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import conflictkg
from conflictkg import Extractor, _build, _store, _statistics, _syndication, _actorgraph
from conflictkg._read import read_articles
from scale import synthesise
n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
T = {}
def timed(mod, name, label=None):
    f = getattr(mod, name)
    @functools.wraps(f)
    def w(*a, **k):
        c = time.process_time()
        try: return f(*a, **k)
        finally: T[label or name] = T.get(label or name, 0) + time.process_time() - c
    setattr(mod, name, w)
timed(_build, "syndication_step")
timed(_store.KnowledgeGraph, "apply")
timed(_store.KnowledgeGraph, "flush")
timed(_statistics, "statistics_changes")
timed(_actorgraph, "actor_changes")
timed(_actorgraph, "records_from_quads")
timed(_syndication, "regroup")
timed(_statistics, "group_changes")
timed(_build, "update_merges")
ex = Extractor()
with tempfile.TemporaryDirectory() as tmp:
    arts = read_articles([synthesise(n, Path(tmp) / "s.jsonl")])
    orig = ex.article_graphs
    def ag(*a, **k):
        g = orig(*a, **k)
        while True:
            c = time.process_time()
            try: x = next(g)
            except StopIteration: break
            finally: T["extract"] = T.get("extract", 0) + time.process_time() - c
            yield x
    ex.article_graphs = ag
    c = time.process_time()
    conflictkg.build_articles(arts, Path(tmp) / "kg", extractor=ex)
    total = time.process_time() - c
print(f"{n} articles, total CPU {total:.1f} s")
for k, v in T.items(): print(f"  {k:<22} {v:6.2f} s {v / n * 1000:6.1f} ms/article")
print(f"  writer (total - extract) {total - T['extract']:6.2f} s {(total - T['extract']) / n * 1000:6.1f} ms/article")
