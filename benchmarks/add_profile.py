"""Adding a few articles to a big store, step by step: where the time of an incremental build goes.

    python benchmarks/add_profile.py STORE [--articles 10] [--seed 99] [--profile out.prof]

Works on a copy of STORE (``STORE.add-profile``, removed afterwards unless ``--keep``): the cached
stores of benchmarks/scale.py are never written. The new articles are synthesised as scale.py's
``add_ten`` does (ids after the store's, so they are new). Prints wall and CPU seconds of each step
of ``build_articles``, in-process, with the extractor loaded beforehand (its load is not the
store's cost), then the peak RSS of the whole process.
"""
from __future__ import annotations

import argparse
import cProfile
import resource
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402

TIMES: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])


def timed(owner, name: str, label: str | None = None) -> None:
    """Wrap ``owner.name`` so that its wall and CPU time add up under ``label``."""
    fn = getattr(owner, name)
    label = label or name

    def wrapper(*args, **kwargs):
        t, c = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            entry = TIMES[label]
            entry[0] += time.perf_counter() - t
            entry[1] += time.process_time() - c
            entry[2] += 1

    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--seed", type=int, default=99)
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile of the build here")
    parser.add_argument("--keep", action="store_true", help="keep the copy")
    parser.add_argument("--copy", type=Path, default=None)
    args = parser.parse_args()

    from conflictkg import _actorgraph, _build, _statistics, _store
    from conflictkg._extract import Extractor
    from conflictkg._read import read_articles

    copy = args.copy or args.store.with_name(args.store.name + ".add-profile")
    shutil.rmtree(copy, ignore_errors=True)
    t = time.perf_counter()
    shutil.copytree(args.store, copy)
    print(f"copy of the store        {time.perf_counter() - t:7.2f} s wall (not part of the build)", flush=True)

    # the new articles: synthesised as scale.py does, numbered after any the store can hold
    import json
    small = scale.synthesise(args.articles, copy.with_suffix(".all.jsonl"), seed=args.seed)
    rows = [json.loads(x) for x in small.read_text(encoding="utf-8").splitlines()]
    small.unlink()
    for i, row in enumerate(rows):
        row["id"] = f"added-{args.seed}-{i:04d}"
    new = copy.with_suffix(".new.jsonl")
    new.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles = read_articles([new])

    # a store from an earlier version is brought up to date first, once (statistics, syndication index)
    from conflictkg import KnowledgeGraph
    t, c = time.perf_counter(), time.process_time()
    with KnowledgeGraph(copy) as kg:
        _statistics.ensure_statistics(kg)
        if hasattr(_build, "ensure_syndication_index"):
            _build.ensure_syndication_index(kg)
    print(f"one-time upgrade         {time.perf_counter() - t:7.2f} s wall {time.process_time() - c:7.2f} s CPU "
          f"(peak RSS so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)", flush=True)

    extractor = Extractor()
    extractor.extract_text("Turkey backs the GNA.")  # loads everything the extractor loads lazily

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timed(_store.StagedStore, "__enter__", "open: copy to staging")
    timed(_store.StagedStore, "commit", "commit: swap")
    timed(_store.KnowledgeGraph, "size", "size (report)")
    timed(_store.KnowledgeGraph, "apply", "apply (writes)")
    timed(_statistics, "ensure_statistics", "ensure_statistics")
    timed(_statistics, "statistics_changes", "statistics_changes")
    timed(_actorgraph, "actor_changes", "actor_changes")
    for name in ("update_syndication", "syndication_step"):
        if hasattr(_build, name):
            timed(_build, name, name)
    timed(_build, "update_merges", "update_merges")
    timed(Extractor, "article_graphs", "extract (generator creation)")
    import conflictkg._contenthash as ch
    timed(ch, "extractor_fingerprint", "extractor_fingerprint")

    profiler = cProfile.Profile() if args.profile else None
    t, c = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    report = _build.build_articles(articles, copy, extractor=extractor)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"build of {len(articles)} new articles into a store of {report.size}", flush=True)
    for label, (w, cc, n) in TIMES.items():
        print(f"  {label:<30} {w:7.2f} s wall {cc:7.2f} s CPU  ({n} calls)")
    print(f"  {'whole build_articles':<30} {wall:7.2f} s wall {cpu:7.2f} s CPU")
    print(f"peak RSS of this process (extractor included): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          f"({rss_before:.0f} MB before the build)")
    if not args.keep:
        shutil.rmtree(copy, ignore_errors=True)
    new.unlink()


if __name__ == "__main__":
    main()
