"""Kill real `conflictkg build` processes (kill -9) at every phase, many times, and check that the
store is exactly the old one or exactly the new one, and that it validates.

    python scripts/kill_builds.py [--runs 10] [--articles DIR] [--jobs 2]

By default the new input is two short articles written here (one replaces an example
article, one is new); --articles gives your own.

Two ways to kill, for each phase (extract, staging, syndication, swap, swapped):

* ``pause``: the build stops at the phase (CONFLICTKG_PAUSE_AT) and is killed there;
* ``random``: the build only announces the phase (CONFLICTKG_TRACE_PHASES) and is killed
  0-300 ms later, wherever it has got to by then (inside a write, inside the swap, after it).

After each kill the next build of the same input must give exactly the expected store and
leave nothing beside it. Prints one line per phase and way, and exits 1 on any failure.
The test suite runs one pause kill per phase (tests/test_robust_store.py).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictkg import KnowledgeGraph  # noqa: E402
from conflictkg._validate import validate  # noqa: E402

PHASES = ("extract", "staging", "syndication", "swap", "swapped")
CLI = [sys.executable, "-m", "conflictkg"]


def snapshot(store: Path) -> frozenset[str]:
    with KnowledgeGraph(store, read_only=True) as kg:
        return frozenset(str(q) for q in kg.store.quads_for_pattern(None, None, None, None))


_EXTRACTOR = None


def build(articles: Path, store: Path) -> None:
    """The same build as the CLI's, in this process (the model loads once)."""
    global _EXTRACTOR
    import conflictkg
    if _EXTRACTOR is None:
        _EXTRACTOR = conflictkg.Extractor()
    conflictkg.build([articles], store, extractor=_EXTRACTOR)


def small_input(root: Path) -> Path:
    folder = root / "new-input"
    folder.mkdir()
    (folder / "sahel-brief.txt").write_text(
        "Sahel brief\n\nMali condemned France. Russia backs the Wagner Group.\n", encoding="utf-8")
    (folder / "gulf-note.txt").write_text(
        "Gulf note\n\nQatar backs the Government of National Accord. Egypt opposes Turkey.\n", encoding="utf-8")
    return folder


def one_run(phase: str, how: str, old: Path, articles: Path, root: Path, n: int) -> str:
    store = root / f"{phase}-{how}-{n}" / "kg"
    store.parent.mkdir()
    shutil.copytree(old, store)
    env = dict(os.environ)
    env["CONFLICTKG_PAUSE_AT" if how == "pause" else "CONFLICTKG_TRACE_PHASES"] = phase if how == "pause" else "1"
    process = subprocess.Popen([*CLI, "build", str(articles), "--store", str(store)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    marker = f"paused at {phase}" if how == "pause" else f"phase {phase}"
    reached = False
    for line in process.stderr:
        if marker in line:
            reached = True
            break
    if reached:
        if how == "random":
            time.sleep(random.uniform(0, 0.3))
        process.kill()
    process.wait()
    process.stderr.close()
    return str(store) if reached else "never reached " + phase


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--articles", type=Path, default=None)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kill-builds-"))
    try:
        args.articles = args.articles or small_input(root)
        old = root / "old" / "kg"
        build(ROOT / "examples" / "corpus", old)
        expected = root / "expected" / "kg"
        shutil.copytree(old, expected)
        build(args.articles, expected)
        want_old, want_new = snapshot(old), snapshot(expected)
        failures = 0
        print(f"{'phase':12} {'how':7} {'runs':>4} {'old':>4} {'new':>4} {'other':>5} {'invalid':>7} "
              f"{'rebuild ok':>10}")
        for phase in PHASES:
            for how in ("pause", "random"):
                with ThreadPoolExecutor(args.jobs) as pool:
                    stores = list(pool.map(lambda n: one_run(phase, how, old, args.articles, root, n),
                                           range(args.runs)))
                counts = {"old": 0, "new": 0, "other": 0, "invalid": 0, "rebuilt": 0}
                for s in stores:
                    if s.startswith("never"):
                        counts["other"] += 1
                        continue
                    got = snapshot(Path(s))
                    kind = "old" if got == want_old else "new" if got == want_new else "other"
                    counts[kind] += 1
                    with KnowledgeGraph(Path(s), read_only=True) as kg:
                        counts["invalid"] += bool(validate(kg))
                    build(args.articles, Path(s))
                    leftovers = list(Path(s).parent.glob(".kg.conflictkg-*"))
                    counts["rebuilt"] += snapshot(Path(s)) == want_new and not leftovers
                bad = counts["other"] + counts["invalid"] + (args.runs - counts["rebuilt"])
                if how == "pause":  # a pause is exact: before the swap old, after it new
                    bad += counts["new" if phase != "swapped" else "old"]
                failures += bad
                print(f"{phase:12} {how:7} {args.runs:4} {counts['old']:4} {counts['new']:4} {counts['other']:5} "
                      f"{counts['invalid']:7} {counts['rebuilt']:10}" + ("  FAILED" if bad else ""), flush=True)
        print("all runs left the old store or the new one, valid" if not failures else f"{failures} failure(s)")
        return 1 if failures else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
