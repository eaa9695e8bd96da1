"""RSS after each batch of an in-process build into a copy of STORE, with or without glibc's malloc_trim(0) after each batch.

    python benchmarks/batch_trim.py STORE N COUNT {trim,none}
"""
import ctypes, resource, shutil, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale
from conflictkg import _build
from conflictkg._extract import Extractor
from conflictkg._read import read_articles
from conflictkg._store import KnowledgeGraph
src, n, count, mode = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
copy = src.with_name(f"{src.name}.trim-{mode}")
shutil.rmtree(copy, ignore_errors=True); shutil.copytree(src, copy)
allp = scale.synthesise(n + count, copy.with_suffix(".all.jsonl"), seed=7)
lines = allp.read_text().splitlines()[-count:]; allp.unlink()
new = copy.with_suffix(".new.jsonl"); new.write_text("\n".join(lines) + "\n")
arts = read_articles([new])
def rss():
    return int([l for l in open("/proc/self/status") if l.startswith("RssAnon")][0].split()[1]) // 1024
ex = Extractor(); ex.extract_text("Turkey backs the GNA.")
libc = ctypes.CDLL("libc.so.6")
print(f"{mode}: before rss {rss()} MB", flush=True)
orig = KnowledgeGraph.flush
k = [0]
def flush(self):
    orig(self)
    before = rss()
    if mode == "trim":
        libc.malloc_trim(0)
    print(f"batch {k[0]}: rss {before} MB, after trim {rss()} MB, cpu {time.process_time():.0f} s, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", flush=True)
    k[0] += 1
KnowledgeGraph.flush = flush
_build.build_articles(arts, copy, extractor=ex)
print(f"after: rss {rss()} MB, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", flush=True)
shutil.rmtree(copy, ignore_errors=True); new.unlink()
