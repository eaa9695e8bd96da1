"""Turtle and N-Triples exports against N-Quads, with this version's union of the graphs (``KnowledgeGraph.triples``)
and with an earlier commit's, alternated in the same minutes (the machine is shared: compare CPU seconds).

    python benchmarks/export_ab.py STORE [--before COMMIT] [--runs 2]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", default="4979478", help="the commit whose triples() to compare with")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    old = subprocess.run(["git", "-C", str(ROOT), "show", f"{args.before}:src/conflictkg/_store.py"],
                         capture_output=True, text=True, check=True).stdout
    start = old.index("    def triples(self")
    end = old.index("    def quad_count(self)")
    body = old[start:end]
    code = f'''
import itertools, sys, time, resource, pyoxigraph as ox
from collections.abc import Iterator
from conflictkg import KnowledgeGraph
from conflictkg._export import export
class Before(KnowledgeGraph):
{body}
fmt, which, out = sys.argv[1], sys.argv[2], sys.argv[3]
cls = Before if which == "before" else KnowledgeGraph
t = time.process_time()
with cls({str(args.store)!r}, read_only=True) as kg:
    report = export(kg, out, fmt)
print(f"{{time.process_time() - t:.2f}} {{report.count}} {{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}}")
'''
    with tempfile.TemporaryDirectory() as tmp:
        results: dict[tuple[str, str], list[str]] = {}
        for _ in range(args.runs):
            for fmt, which in (("nquads", "after"), ("turtle", "before"), ("turtle", "after"),
                               ("ntriples", "before"), ("ntriples", "after")):
                out = os.path.join(tmp, f"out.{fmt}")
                r = subprocess.run([sys.executable, "-c", code, fmt, which, out], capture_output=True, text=True)
                if r.returncode:
                    raise SystemExit(r.stderr[-2000:])
                cpu, count, rss = r.stdout.split()
                size = os.path.getsize(out) / 1e6
                results.setdefault((fmt, which), []).append(cpu)
                print(f"{time.strftime('%H:%M:%S', time.gmtime())} load {os.getloadavg()[0]:4.1f}  {fmt:<8} "
                      f"{which:<6} {float(cpu):6.2f} s CPU  {int(count):>9,} {'quads' if fmt == 'nquads' else 'triples'}"
                      f"  {size:6.1f} MB  peak RSS {rss} MB", flush=True)
        nq = min(float(x) for x in results[("nquads", "after")])
        for (fmt, which), cpus in sorted(results.items()):
            print(f"{fmt:<8} {which:<6} best {min(float(x) for x in cpus):6.2f} s CPU = "
                  f"{min(float(x) for x in cpus) / nq:.2f}x N-Quads")


if __name__ == "__main__":
    main()
