"""Throughput of `conflictkg build`: one process against a Dask cluster's workers, and what a
million articles would cost. Prints the figures docs/scaling.md quotes (``--write`` puts them there).

    python benchmarks/cluster.py --articles 200                # LocalCluster of 2 workers, 1 thread each
    python benchmarks/cluster.py --articles 200 --write        # ... and rewrite docs/scaling.md's block
    python benchmarks/cluster.py --from benchmarks/cluster.json   # the block again from the last figures
    python benchmarks/cluster.py --articles 200 --scheduler dask://host:8786   # a cluster of yours

The corpus is benchmarks/scale.py's synthesised one (varied copies of ../shared/corpus). Each build is
`conflictkg build` in a subprocess into a new store, so that its CPU time and peak memory are its own:

* single process: `build corpus.jsonl`;
* cluster: `build corpus.jsonl --executor dask://... --shards DIR` against workers that have loaded the
  model already (their one-off start-up is measured apart): the workers' CPU seconds (read in each
  worker before and after) are the extraction, the client's the store writes (shards parsed, actors,
  statistics, syndication, merges) -- the part that stays on one machine however many workers there are.
  (Workers report their own CPU time and peak memory, so a remote cluster is measured the same way; its
  shards folder must then be one the workers share with this machine, or the client fetches each file.)

Then the shards are bulk-loaded into a new in-memory Oxigraph store (what `oxigraph load` does with
them), which gives the load rate in quads per second. CPU figures are the ones to read on a shared
machine; wall figures are printed with the load average beside them.
"""
from __future__ import annotations

import argparse
import json
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
RAW = ROOT / "benchmarks" / "cluster.json"  # the last --write's measurements, for --from
BEGIN, END = "<!-- figures: benchmarks/cluster.py -->", "<!-- end of figures -->"
MILLION = 1_000_000


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _own_usage() -> tuple[float, float]:
    """In a worker: its CPU seconds so far and its peak RSS in MB."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def workers_cpu(client) -> float:
    return sum(cpu for cpu, _ in client.run(_own_usage).values())


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
    """CPU seconds of the step every build runs over the whole store at its end (actor merges, over the
    actors graph), run again on the built store (it finds nothing to change, but computes everything);
    the second run timed. (Syndication is no such step: each batch regroups only the groups it touches.)"""
    from conflictkg import KnowledgeGraph
    from conflictkg._build import update_merges
    from conflictkg._kb import ActorBase
    kb = ActorBase.load(())
    with KnowledgeGraph(store) as kg:
        sentences = len(kg.sentence_records())
        update_merges(kg, kb)  # once to warm up (imports, caches), then timed
        started = time.process_time()
        update_merges(kg, kb)
        merges = time.process_time() - started
    return {"sentences": sentences, "merges": merges}


def quads_of(store: Path) -> int:
    from conflictkg import KnowledgeGraph
    with KnowledgeGraph(store, read_only=True) as kg:
        return kg.quad_count()


def measure(n: int, scheduler: str | None, workers: int, work: Path) -> dict:
    from distributed import Client, LocalCluster

    from conflictkg._distributed import _worker_extractor
    corpus = scale.synthesise(n, work / "corpus.jsonl")
    text_bytes = sum(len(json.loads(line)["text"].encode("utf-8")) for line in corpus.open(encoding="utf-8"))
    figures: dict = {"articles": n, "load_before": os.getloadavg()[0], "cores": os.cpu_count(),
                     "when": time.strftime("%d %B %Y, %H:%M UTC", time.gmtime()), "text_bytes": text_bytes}

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
            before, started = workers_cpu(client), time.perf_counter()
            client.run(_worker_extractor, ((), ()))  # the model, once per worker
            figures["warmup"] = {"wall": time.perf_counter() - started, "cpu": workers_cpu(client) - before}
            threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
            # what idle workers cost (heartbeats, the event loop), per second of wall time, to take off below
            before, started = workers_cpu(client), time.perf_counter()
            time.sleep(10)
            idle = (workers_cpu(client) - before) / (time.perf_counter() - started)
            shards = work / "shards"
            before = workers_cpu(client)
            executor = ["--executor", address.replace("tcp://", "dask://")]
            wall, cpu, rss = scale.run(["build", str(corpus), "--store", str(work / "dask"), *executor,
                                        "--shards", str(shards)])
            used = workers_cpu(client) - before
            workers_rss = max(peak for _, peak in client.run(_own_usage).values())
            _, fixed, _ = scale.run(["build", str(corpus), "--store", str(work / "dask"), *executor])
            figures["cluster"] = {"wall": wall, "client_cpu": cpu, "client_rss": rss, "threads": threads,
                                  "workers_cpu": used - idle * wall, "idle": idle, "fixed_cpu": fixed,
                                  "workers_rss": workers_rss}
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
    per_doc_workers = dist["workers_cpu"] / n
    per_doc_client = (dist["client_cpu"] - dist["fixed_cpu"]) / n
    quads_per_doc = f["quads"] / n
    load_rate = f["bulk_load"]["quads"] / f["bulk_load"]["seconds"]
    busy = per_doc_workers / per_doc_client  # worker cores one client keeps busy
    whole = f["whole_store"]
    lines = [
        f"Measured {f['when']} on {f['cores']} cores; {n} synthesised articles "
        f"(`python benchmarks/cluster.py --articles {n}`; raw figures in `benchmarks/cluster.json`); "
        f"load average {f['load_before']:.1f} before, {f['load_after']:.1f} after. Other sessions' work shared "
        "the two cores: it stretches the wall times, not the CPU times, so the per-core rates are the ones to use.",
        "",
        "| build | wall | docs/s (wall) | CPU s/doc | docs/s per core (CPU) | peak RSS |",
        "|---|---|---|---|---|---|",
        f"| one process (`--executor local`) | {single['wall']:.1f} s | {n / single['wall']:.2f} | "
        f"{per_doc_single:.3f} | {1 / per_doc_single:.2f} | {_n(single['rss'])} MB |",
        f"| LocalCluster, {dist['threads']} workers x 1 thread (`--executor dask://`) | {dist['wall']:.1f} s | "
        f"{n / dist['wall']:.2f} | workers {per_doc_workers:.3f} + client {per_doc_client:.3f} | "
        f"workers {1 / per_doc_workers:.2f}, client {1 / per_doc_client:.1f} | "
        f"client {_n(dist['client_rss'])} MB, each worker {_n(dist['workers_rss'])} MB |",
        "",
        f"* CPU s/doc leaves out each command's fixed cost, measured as the same build again with every article "
        f"unchanged: {single['fixed_cpu']:.1f} CPU s in one process, {dist['fixed_cpu']:.1f} on the client "
        "(start-up, the model, reading and hashing the articles). The workers' figure is their own CPU time "
        f"less what they spend idle ({dist['idle'] * 100 / dist['threads']:.1f}% of a core each, measured "
        "over 10 s before the build: heartbeats, the event loop).",
        f"* Worker start-up (the model loaded once per worker, in parallel): {f['warmup']['wall']:.1f} s wall, "
        f"{f['warmup']['cpu']:.1f} CPU s in all; not counted above.",
        f"* The client (one core: parsing the shards, actors, statistics, the writes, syndication, merges) "
        f"spends {per_doc_client / per_doc_workers * 100:.0f}% of a worker's CPU per article: one client keeps "
        f"about {busy:.0f} worker cores busy. Beyond that, more workers do not make a build faster.",
        f"* Store: {_n(quads_per_doc)} quads and {_n(f['store_bytes'] / n / 1024, 1)} KiB on disk per article, "
        f"flushed and compacted ({_n(f['quads'])} quads, {_n(f['store_bytes'] / 2**20, 1)} MiB); the shards hold "
        f"{_n(f['shard_bytes'] / n / 1024, 1)} KiB of N-Quads per article.",
        f"* The one whole-store step at the end of every build, actor merges over these {n} articles' actors: "
        f"{whole['merges']:.2f} CPU s (part of the client's figure). Syndication is per batch: the "
        f"{_n(whole['sentences'])} sentences join only the groups they touch.",
        f"* Bulk load of the shards into a new Oxigraph store (`Store.bulk_load`, as `oxigraph load`): "
        f"{_n(f['bulk_load']['quads'])} quads in {f['bulk_load']['seconds']:.2f} s, {_n(load_rate)} quads/s.",
        "",
        "Projected for 1,000,000 articles, linear in the figures above:",
        "",
        "| | |",
        "|---|---|",
        f"| extraction | {_n(per_doc_workers * MILLION / 3600)} core-hours on workers |",
        f"| one process, as today | {_n(per_doc_single * MILLION / 3600)} h on one core |",
        f"| the client's share (one core, not parallel) | {_n(per_doc_client * MILLION / 3600, 1)} h: the shortest "
        f"a build can take, reached with about {busy:.0f} worker cores |",
        f"| on 32 worker cores | {_n(max(per_doc_workers * MILLION / 32, per_doc_client * MILLION) / 3600, 1)} h "
        f"({'the client' if per_doc_client * 32 > per_doc_workers else 'the workers'} the bound) |",
        f"| store size | {_n(quads_per_doc * MILLION / 1e9, 2)} billion quads, about "
        f"{_n(f['store_bytes'] / n * MILLION / 2**30)} GiB on disk; shards "
        f"{_n(f['shard_bytes'] / n * MILLION / 2**30)} GiB of N-Quads |",
        f"| actor merges over the whole store | at most {_n(whole['merges'] / n * MILLION / 3600, 1)} h at the "
        "end of every build, however few articles it adds (linear in the actors, which grow slower than the "
        "articles; see the limits below) |",
        f"| the articles' text, which the client reads whole before a build | "
        f"{_n(f['text_bytes'] / n / 1024, 1)} KiB per article: {_n(f['text_bytes'] / n * MILLION / 2**30, 1)} GiB |",
        f"| bulk load of the shards into Oxigraph | {_n(quads_per_doc * MILLION / load_rate / 3600, 1)} h "
        f"at {_n(load_rate)} quads/s (one process; `oxigraph load` loads several files in parallel) |",
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
    parser.add_argument("--write", action="store_true",
                        help=f"rewrite the figures block of {DOC.relative_to(ROOT)} (and {RAW.relative_to(ROOT)})")
    parser.add_argument("--from", dest="source", help=f"report the raw figures of this file (e.g. "
                        f"{RAW.relative_to(ROOT)}) instead of measuring")
    args = parser.parse_args()
    if args.source:
        figures = json.loads(Path(args.source).read_text(encoding="utf-8"))
    else:
        work = Path(tempfile.mkdtemp(prefix="conflictkg-dist-bench-"))
        try:
            figures = measure(args.articles, args.scheduler, args.workers, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if args.write:
            RAW.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    text = report(figures)
    print(text)
    if args.write:
        write(text)
        print(f"\nwrote {DOC.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()

