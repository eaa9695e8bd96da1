"""Scale figures: saved-query latency, build cost, memory, exports, incremental adds, syndication.

    python benchmarks/scale.py --articles 1000            # builds once, cached under /tmp
    python benchmarks/scale.py --articles 1000 10000      # side by side
    python benchmarks/scale.py --articles 1000 --reference   # also the reference queries (the saved
                                                              # queries before the statistics graph)
    python benchmarks/scale.py --syndication 10000 20000  # sentence grouping alone

The corpus is synthesised from ../shared/corpus (20 articles): every article
gets a new id, a date, a publisher, its paragraphs and the sentences inside
them shuffled and some words replaced, so that no two articles are copies
(plain copies would make syndication trivial). The store for N articles is
built once with `conflictkg build` (a subprocess, so that its peak RSS and CPU
time are its own) and kept in /tmp/conflictkg-bench/N/ for later runs; a cached
store from an earlier version is first brought up to date (statistics graph, name
keys), and the time that takes is printed.

Query figures are medians of in-process runs, CPU seconds beside wall seconds: the
machines are shared, and a query runs on one core, so its CPU time is its cost.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CACHE = Path(os.environ.get("CONFLICTKG_BENCH", "/tmp/conflictkg-bench"))
CLI = [sys.executable, "-m", "conflictkg"]
EXAMPLES = {"backers-of": {"actor": "Hifter"}, "opponents-of": {"actor": "Haftar"}, "officials-of": {"actor": "Turkey"},
            "actor-profile": {"actor": "Ankara"}, "evidence": {"subject": "Turkey", "relation": "supports", "object": "GNA"},
            "proxy-network": {"actor": "GNA"}, "timeline": {"actor": "Moscow"}, "actors": {"type": "state"}}
PUBLISHERS = ["Wire One", "Daily Ledger", "Evening Post", "Coast Radio", "Northern Herald", ""]
SWAPS = {"Monday": "Tuesday", "Tuesday": "Wednesday", "Wednesday": "Thursday", "Thursday": "Friday",
         "Friday": "Saturday", "said": "stated", "officials": "sources", "week": "month"}
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def base_articles() -> list[dict]:
    rows = []
    for folder in sorted(SHARED.iterdir()):
        path = folder / "articles.jsonl"
        if path.is_file():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def synthesise(n: int, out: Path, seed: int = 13) -> Path:
    """N varied articles as one .jsonl (see the module docstring)."""
    rng = random.Random(seed)
    base = base_articles()
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            src = base[i % len(base)]
            lines = src["text"].split("\n")
            head, paragraphs = lines[0], [p for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
            rng.shuffle(paragraphs)
            body = []
            for p in paragraphs:
                sentences = _SENT.split(p.strip())
                rng.shuffle(sentences)
                words = " ".join(sentences).split(" ")
                for k, w in enumerate(words):
                    if w in SWAPS and rng.random() < 0.3:
                        words[k] = SWAPS[w]
                body.append(" ".join(words))
            day = 1 + (i * 7919) % 3650
            date = time.strftime("%Y-%m-%d", time.gmtime(1262304000 + day * 86400))
            f.write(json.dumps({"id": f"synth-{i:05d}", "title": head, "text": head + "\n\n" + "\n\n".join(body),
                                "publisher": PUBLISHERS[i % len(PUBLISHERS)], "date": date}) + "\n")
    return out


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one CLI command."""
    started = time.perf_counter()
    process = subprocess.Popen(CLI + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"conflictkg {' '.join(args)} failed: {process.stderr.read().decode()[-500:]}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def store_for(n: int) -> tuple[Path, dict]:
    folder = CACHE / str(n)
    store, info = folder / "kg", folder / "build.json"
    if info.is_file() and store.is_dir():
        return store, json.loads(info.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    corpus = synthesise(n, folder / "articles.jsonl")
    wall, cpu, rss = run(["build", str(corpus), "--store", str(store)])
    figures = {"articles": n, "wall_s": wall, "cpu_s": cpu, "cpu_s_per_doc": cpu / n, "peak_rss_mb": rss}
    info.write_text(json.dumps(figures))
    return store, figures


def query_medians(store: Path, repeat: int = 5, reference: bool = False) -> dict[tuple[str, str], tuple[float, float]]:
    """(query, parameters) -> (median wall s, median CPU s), for every saved query (and with
    ``reference``, its reference in tests/reference_queries: the same rows, read from every statement)."""
    from conflictkg import KnowledgeGraph, resolve_query, run_query, saved_queries
    from conflictkg._query import SavedQuery
    out = {}
    with KnowledgeGraph(store, read_only=True) as kg:
        for name in saved_queries():
            cases = [(name, EXAMPLES.get(name, {}))] + ([(name, {})] if name == "timeline" else [])
            for _, params in cases:
                queries = [("", resolve_query(name))]
                if reference:
                    path = ROOT / "tests" / "reference_queries" / f"{name}.rq"
                    queries.append(("reference", SavedQuery.from_text(name, path.read_text(encoding="utf-8"), path)))
                for kind, q in queries:
                    walls, cpus = [], []
                    for _ in range(repeat if not kind else 1):
                        t, c = time.perf_counter(), time.process_time()
                        run_query(kg, q, params)
                        walls.append(time.perf_counter() - t)
                        cpus.append(time.process_time() - c)
                    label = f"{name} ({', '.join(params.values()) or 'all'})" + (" [reference]" if kind else "")
                    out[(label, kind)] = statistics.median(walls), statistics.median(cpus)
    return out


def upgrade(store: Path) -> float:
    """Bring a cached store from an earlier version up to date (statistics graph, actor name keys, syndication
    index): seconds. In a child process, so that this process stays small: a child's peak RSS (``run``)
    counts what it shared with this process when it was forked."""
    code = ("import sys\nfrom conflictkg import KnowledgeGraph\nfrom conflictkg._build import ensure_syndication_index\n"
            "from conflictkg._statistics import ensure_statistics\n"
            "with KnowledgeGraph(sys.argv[1]) as kg:\n    ensure_statistics(kg)\n    ensure_syndication_index(kg)\n")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(store)], check=True)
    return time.perf_counter() - t


def cli_overhead(store: Path) -> tuple[float, float, float, bool]:
    """`query officials-of` on the command line against in-process: (wall s, CPU s) that start-up and
    printing add (medians of 5), the CPU seconds of `--help`, and whether spaCy stayed unimported."""
    from conflictkg import KnowledgeGraph, resolve_query, run_query
    with KnowledgeGraph(store, read_only=True) as kg:
        t, c = time.perf_counter(), time.process_time()
        run_query(kg, resolve_query("officials-of"), {"actor": "Turkey"})
        inner, inner_cpu = time.perf_counter() - t, time.process_time() - c
    runs = [run(["query", "officials-of", "-p", "actor=Turkey", "--store", str(store)]) for _ in range(5)]
    helps = [run(["--help"])[1] for _ in range(5)]
    probe = subprocess.run([sys.executable, "-c", "import sys, runpy; sys.argv = ['conflictkg', 'query', 'officials-of', "
                            f"'-p', 'actor=Turkey', '--store', {str(store)!r}]\n"
                            "try:\n    runpy.run_module('conflictkg', run_name='__main__')\nexcept SystemExit:\n    pass\n"
                            "print('spacy' in sys.modules, file=sys.stderr)"], capture_output=True, text=True)
    return (statistics.median(r[0] for r in runs) - inner, statistics.median(r[1] for r in runs) - inner_cpu,
            statistics.median(helps), probe.stderr.strip().endswith("False"))


def exports(store: Path, folder: Path) -> dict[str, tuple[float, float, float, float]]:
    """format -> (wall s, CPU s, peak RSS MB, MB written)."""
    out = {}
    for fmt in ("nquads", "ntriples", "turtle", "trig"):
        target = folder / f"kg.{fmt}"
        wall, cpu, rss = run(["export", "--format", fmt, "--store", str(store), "--output", str(target)])
        out[fmt] = (wall, cpu, rss, target.stat().st_size / 1e6)
        target.unlink()
    return out


def add_ten(store: Path, n: int) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Building 10 new articles into a copy of the store, then the same 10 again (unchanged: skipped):
    (wall s, CPU s, peak RSS MB) of each."""
    copy = CACHE / f"{n}-add10"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store, copy)
    corpus = synthesise(n + 10, CACHE / f"{n}-add10.jsonl", seed=99)
    lines = corpus.read_text(encoding="utf-8").splitlines()[-10:]
    ten = CACHE / f"{n}-ten.jsonl"
    ten.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = run(["build", str(ten), "--store", str(copy)])
    again = run(["build", str(ten), "--store", str(copy)])
    shutil.rmtree(copy)
    return first, again


def syndication(sizes: list[int]) -> None:
    from conflictkg._syndication import SentenceRecord, syndication_groups
    rng = random.Random(5)
    sentences = [s for a in base_articles() for s in _SENT.split(a["text"]) if len(s.split()) > 5]
    for n in sizes:
        records = []
        for i in range(n):
            words = rng.choice(sentences).split()
            for _ in range(rng.randint(0, 3)):  # a few words changed: near-copies, as reprints are
                words[rng.randrange(len(words))] = rng.choice(["said", "on", "Tuesday", "officials", "reported"])
            records.append(SentenceRecord(f"urn:s{i}", f"d{i // 20}", f"2024-01-{1 + i % 28:02d}", " ".join(words)))
        t = time.perf_counter()
        groups = syndication_groups(records)
        print(f"syndication  {n:>6} sentences: {time.perf_counter() - t:6.2f} s, {len(set(groups.values()))} groups")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, nargs="*", default=[])
    parser.add_argument("--syndication", type=int, nargs="*", default=[])
    parser.add_argument("--no-exports", action="store_true")
    parser.add_argument("--no-add", action="store_true")
    parser.add_argument("--reference", action="store_true", help="also time the reference queries (slow)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", default="upgrade,queries,cli,exports,add",
                        help="which figures, comma-separated (default all): upgrade, queries, cli, exports, add")
    args = parser.parse_args()
    rows = set(args.rows.split(","))
    if args.no_exports:
        rows.discard("exports")
    if args.no_add:
        rows.discard("add")
    if args.syndication:
        syndication(args.syndication)
    for n in args.articles:
        store, built = store_for(n)
        print(f"== {n} articles", flush=True)
        print(f"build        {built['wall_s']:.0f} s wall, {built['cpu_s_per_doc']:.3f} CPU s/doc, "
              f"peak RSS {built['peak_rss_mb']:.0f} MB", flush=True)
        if built.get("note"):  # a cached store that was not built from scratch says how it was built
            print(f"             ({built['note']})", flush=True)
        print(f"load         {os.getloadavg()[0]:.1f} (1-minute load average, {time.strftime('%H:%M', time.gmtime())} UTC)",
              flush=True)
        if "upgrade" in rows:
            print(f"upgrade      {upgrade(store):.1f} s (a store from an earlier version gets statistics, name keys "
                  "and the syndication index)", flush=True)
        if "queries" in rows:
            for (label, _), (wall, cpu) in query_medians(store, args.repeat, args.reference).items():
                print(f"query        {label:<44} {wall * 1000:9.1f} ms wall {cpu * 1000:9.1f} ms CPU (median)",
                      flush=True)
        if "cli" in rows:
            wall, cpu, help_cpu, no_spacy = cli_overhead(store)
            print(f"query CLI    start-up and printing add {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (median of 5); "
                  f"--help {help_cpu * 1000:.0f} ms CPU; spaCy {'not ' if no_spacy else ''}imported", flush=True)
        if "exports" in rows:
            for fmt, (wall, cpu, rss, mb) in exports(store, CACHE / str(n)).items():
                print(f"export       {fmt:<9} {wall:6.1f} s wall, {cpu:6.1f} s CPU, {mb:7.1f} MB, peak RSS {rss:.0f} MB",
                      flush=True)
        if "add" in rows:
            (w1, c1, r1), (w2, c2, r2) = add_ten(store, n)
            print(f"add 10 docs  {w1:.1f} s wall, {c1:.1f} s CPU, peak RSS {r1:.0f} MB (into a copy of the store); "
                  f"the same 10 again (unchanged): {w2:.1f} s wall, {c2:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
