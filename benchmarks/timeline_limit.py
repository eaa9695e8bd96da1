"""The saved timeline with and without a row limit (``run_query(limit=...)``): CPU medians of 3.

    python benchmarks/timeline_limit.py STORE
"""
import os
import statistics
import sys
import time

from conflictkg import KnowledgeGraph, resolve_query, run_query

print(f"load {os.getloadavg()[0]:.1f} ({time.strftime('%H:%M', time.gmtime())} UTC)")
with KnowledgeGraph(sys.argv[1], read_only=True) as kg:
    for params in ({}, {"actor": "Moscow"}):
        for limit in (None, 1001):
            cpus = []
            for _ in range(3):
                c = time.process_time()
                _, rows = run_query(kg, resolve_query("timeline"), params, limit=limit)
                cpus.append(time.process_time() - c)
            print(f"timeline ({params.get('actor', 'all')}) limit={limit}: {len(rows)} rows, "
                  f"{statistics.median(cpus) * 1000:.0f} ms CPU (median of 3)", flush=True)
