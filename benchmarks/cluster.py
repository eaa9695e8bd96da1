"""Throughput of `conflictkg build`: one process against a Dask cluster's workers, and what a
million articles would cost. Prints the figures docs/scaling.md quotes (``--write`` puts them there).

    python benchmarks/cluster.py --articles 200                # LocalCluster of 2 workers, 1 thread each
    python benchmarks/cluster.py --articles 200 --write        # ... and rewrite docs/scaling.md's block
    python benchmarks/cluster.py --articles 200 --scheduler dask://host:8786   # a cluster of yours

The corpus is benchmarks/scale.py's synthesised one (varied copies of ../shared/corpus). Each build is
`conflictkg build` in a subprocess into a new store, so that its CPU time and peak memory are its own:

* single process: `build corpus.jsonl`;
* cluster: `build corpus.jsonl --executor dask://... --shards DIR` against workers that have loaded the
  model already (their one-off start-up is measured apart): the workers' CPU seconds (psutil, read
  before and after) are the extraction, the client's the store writes (shards parsed, actors,
  statistics, syndication, merges) -- the part that stays on one machine however many workers there are.

Then the shards are bulk-loaded into a new in-memory Oxigraph store (what `oxigraph load` does with
them), which gives the load rate in quads per second. CPU figures are the ones to read on a shared
machine; wall figures are printed with the load average beside them.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402  (synthesise, run)

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "scaling.md"
BEGIN, END = "<!-- figures: benchmarks/cluster.py -->", "<!-- end of figures -->"
MILLION = 1_000_000


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def cpu_of(pids: list[int]) -> float:
    import psutil
    total = 0.0
    for pid in pids:
        t = psutil.Process(pid).cpu_times()
        total += t.user + t.system
    return total


def compacted_size(store: Path) -> int:
    """Bytes on disk once RocksDB has flushed its write-ahead log and compacted (a build leaves the last
    writes in the log, several times their compacted size)."""
    import pyoxigraph as ox
    db = ox.Store(str(store))
    db.flush()
    db.optimize()
    del db
    return du(store)


def whole_store_steps(store: Path) -> dict:
    """CPU seconds of the steps every build runs over the whole store at its end (syndication, merges),
    run again on the built store (they find nothing to change, but compute everything); the second run timed."""
    from conflictkg import KnowledgeGraph
    from conflictkg._build import update_merges, update_syndication
    from conflictkg._kb import ActorBase
    kb = ActorBase.load(())
    with KnowledgeGraph(store) as kg:
        sentences = len(kg.sentence_records())
        update_syndication(kg)  # once to warm up (imports, caches), then timed
        update_merges(kg, kb)
        started = time.process_time()
        update_syndication(kg)
        syndication = time.process_time() - started
        started = time.process_time()
        update_merges(kg, kb)
        merges = time.process_time() - started
    return {"sentences": sentences, "syndication": syndication, "merges": merges}


def quads_of(store: Path) -> int:
    from conflictkg import KnowledgeGraph
    with KnowledgeGraph(store, read_only=True) as kg:
        return kg.quad_count()


def measure(n: int, scheduler: str | None, workers: int, work: Path) -> dict:
    import psutil
    from distributed import Client, LocalCluster

    from conflictkg._distributed import _worker_extractor
    corpus = scale.synthesise(n, work / "corpus.jsonl")
    figures: dict = {"articles": n, "load_before": os.getloadavg()[0]}

    wall, cpu, rss = scale.run(["build", str(corpus), "--store", str(work / "one")])
    # the same build again: every article unchanged, so this is the fixed cost (start-up, model, reading)
    _, fixed, _ = scale.run(["build", str(corpus), "--store", str(work / "one")])
    figures["single"] = {"wall": wall, "cpu": cpu, "rss": rss, "fixed_cpu": fixed}
    figures["quads"] = quads_of(work / "one")
    figures["store_bytes"] = compacted_size(work / "one")
    figures["whole_store"] = whole_store_steps(work / "one")

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=50)
        address = cluster.scheduler_address
    else:
        address = scheduler.replace("dask://", "tcp://")
    try:
        with Client(address) as client:
            pids = list(client.run(os.getpid).values())
            local = all(host.startswith("tcp://127.0.0.1") for host in client.scheduler_info()["workers"])
            before = cpu_of(pids) if local else None
            started = time.perf_counter()
            client.run(_worker_extractor, ((), ()))  # the model, once per worker
            figures["warmup"] = {"wall": time.perf_counter() - started,
                                 "cpu": cpu_of(pids) - before if local else None}
            threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
            # what idle workers cost (heartbeats, the event loop), per second of wall time, to take off below
            before, started = (cpu_of(pids) if local else None), time.perf_counter()
            time.sleep(10)
            idle = (cpu_of(pids) - before) / (time.perf_counter() - started) if local else 0.0
            shards = work / "shards"
            before = cpu_of(pids) if local else None
            executor = ["--executor", address.replace("tcp://", "dask://")]
            wall, cpu, rss = scale.run(["build", str(corpus), "--store", str(work / "dask"), *executor,
                                        "--shards", str(shards)])
            workers_cpu = cpu_of(pids) - before if local else None
            workers_rss = max(psutil.Process(p).memory_info().rss for p in pids) / 2**20 if local else None
            _, fixed, _ = scale.run(["build", str(corpus), "--store", str(work / "dask"), *executor])
            figures["cluster"] = {"wall": wall, "client_cpu": cpu, "client_rss": rss, "threads": threads,
                                  "workers_cpu": workers_cpu - idle * wall if local else None,
                                  "idle": idle, "fixed_cpu": fixed, "workers_rss": workers_rss}
    finally:
        if cluster is not None:
            cluster.close()
    if quads_of(work / "dask") != figures["quads"]:
        raise SystemExit("the cluster's store differs from the single process's")
    figures["shard_bytes"] = du(shards)

    import pyoxigraph as ox
    store = ox.Store()
    started = time.perf_counter()
    for path in sorted(shards.glob("*.nq")):
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    figures["bulk_load"] = {"seconds": time.perf_counter() - started, "quads": len(store)}
    figures["load_after"] = os.getloadavg()[0]
    return figures


def _n(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


def report(f: dict) -> str:
    n, single, dist = f["articles"], f["single"], f["cluster"]
    per_doc_single = (single["cpu"] - single["fixed_cpu"]) / n
    per_doc_workers = dist["workers_cpu"] / n if dist["workers_cpu"] is not None else None
    per_doc_client = (dist["client_cpu"] - dist["fixed_cpu"]) / n
    quads_per_doc = f["quads"] / n
    load_rate = f["bulk_load"]["quads"] / f["bulk_load"]["seconds"]
    lines = [
        f"Measured {time.strftime('%d %B %Y, %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores; "
        f"{n} synthesised articles (`python benchmarks/cluster.py --articles {n}`); "
        f"load average {f['load_before']:.1f} before, {f['load_after']:.1f} after (other work on the machine "
        "stretches the wall times, not the CPU times).",
        "",
        "| build | wall | docs/s | CPU s/doc | peak RSS |",
        "|---|---|---|---|---|",
        f"| one process (`--executor local`) | {single['wall']:.1f} s | {n / single['wall']:.2f} | "
        f"{per_doc_single:.3f} | {_n(single['rss'])} MB |",
        f"| LocalCluster, {dist['threads']} workers x 1 thread (`--executor dask://`) | {dist['wall']:.1f} s | "
        f"{n / dist['wall']:.2f} | workers {per_doc_workers:.3f} + client {per_doc_client:.3f} | "
        f"client {_n(dist['client_rss'])} MB, each worker {_n(dist['workers_rss'])} MB |",
        "",
        f"* CPU s/doc leaves out each command's fixed cost, measured as the same build again with every article "
        f"unchanged: {single['fixed_cpu']:.1f} CPU s in one process, {dist['fixed_cpu']:.1f} on the client "
        "(start-up, the model, reading and hashing the articles). The workers' figure is their own CPU time "
        f"less what they spend idle ({dist['idle'] * 100 / dist['threads']:.1f}% of a core each, measured "
        "over 10 s before the build: heartbeats, the event loop).",
        f"* Worker start-up (the model loaded once per worker, in parallel): {f['warmup']['wall']:.1f} s wall, "
        f"{f['warmup']['cpu']:.1f} CPU s in all; not counted above.",
        f"* Extraction per core: {1 / per_doc_workers:.2f} docs/s on a worker against "
        f"{1 / per_doc_single:.2f} docs/s for the whole single-process build; the client writes the store at "
        f"{1 / per_doc_client:.1f} docs/s of its CPU (one core), the ceiling of a build however many workers.",
        f"* Store: {_n(quads_per_doc)} quads and {_n(f['store_bytes'] / n / 1024, 1)} KiB on disk per article, "
        f"flushed and compacted ({_n(f['quads'])} quads, {_n(f['store_bytes'] / 2**20, 1)} MiB); the shards hold "
        f"{_n(f['shard_bytes'] / n / 1024, 1)} KiB of N-Quads per article.",
        f"* The whole-store steps at the end of every build, over these {n} articles' "
        f"{_n(f['whole_store']['sentences'])} sentences: syndication {f['whole_store']['syndication']:.2f} CPU s, "
        f"merges {f['whole_store']['merges']:.2f} CPU s (part of the client's figure).",
        f"* Bulk load of the shards into a new Oxigraph store (`Store.bulk_load`, as `oxigraph load`): "
        f"{_n(f['bulk_load']['quads'])} quads in {f['bulk_load']['seconds']:.2f} s, {_n(load_rate)} quads/s.",
        "",
        "Projected for 1,000,000 articles (linear in the measured figures):",
        "",
        "| | |",
        "|---|---|",
        f"| extraction | {_n(per_doc_workers * MILLION / 3600)} core-hours on workers "
        f"({_n(per_doc_workers * MILLION / 3600 / 32, 1)} h on 32 cores) |",
        f"| one process, as today | {_n(per_doc_single * MILLION / 3600)} h |",
        f"| client store writes (one core, not parallel) | {_n(per_doc_client * MILLION / 3600, 1)} h at least "
        f"(syndication and merges grow faster than linearly: see below) |",
        f"| store size | {_n(quads_per_doc * MILLION / 1e9, 2)} billion quads, about "
        f"{_n(f['store_bytes'] / n * MILLION / 2**30)} GiB on disk; shards "
        f"{_n(f['shard_bytes'] / n * MILLION / 2**30)} GiB of N-Quads |",
        f"| syndication and merges at the end of a build over the whole store | "
        f"{_n((f['whole_store']['syndication'] + f['whole_store']['merges']) / n * MILLION / 3600, 1)} h and "
        f"{_n(f['whole_store']['sentences'] / n * MILLION / 1e6, 1)} million sentence records in memory, "
        "if they grew linearly (they do not: see below) |",
        f"| bulk load of the shards into Oxigraph | {_n(quads_per_doc * MILLION / load_rate / 3600, 1)} h "
        f"at {_n(load_rate)} quads/s |",
    ]
    return "\n".join(lines)


def write(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    DOC.write_text(doc[:start] + "\n" + text + "\n" + doc[end:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--scheduler", help="dask://HOST:PORT of a running cluster instead of a LocalCluster")
    parser.add_argument("--write", action="store_true", help=f"rewrite the figures block of {DOC.relative_to(ROOT)}")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="conflictkg-dist-bench-"))
    try:
        figures = measure(args.articles, args.scheduler, args.workers, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = report(figures)
    print(text)
    if args.write:
        write(text)
        print(f"\nwrote {DOC.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()

