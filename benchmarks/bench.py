"""Prints build, export and push figures for a corpus, scaled up by repeating it.

    python benchmarks/bench.py ../shared/corpus/libya-2020 --copies 20

Each copy gets its own document ids, so the store grows as with new articles.
Every step runs in a fresh subprocess, so that its peak RSS is its own.
Targets (2-core CI machine): build >= 2 articles/s; export and push stream,
so their peak RSS stays flat as the store grows.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "conflictkg"]


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one CLI command."""
    started = time.perf_counter()
    process = subprocess.Popen(CLI + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"conflictkg {' '.join(args)} failed with exit {process.returncode}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def scaled_corpus(corpus: Path, copies: int, folder: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from conflictkg import read_articles
    articles = read_articles([corpus])
    out = folder / "articles.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(copies):
            for a in articles:
                f.write(json.dumps({"id": f"{a.id}-copy{i}", "text": a.text, "title": a.title,
                                    "publisher": a.publisher, "date": a.date}) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = scaled_corpus(args.corpus, args.copies, tmp)
        n = sum(1 for _ in corpus.open())
        store = tmp / "kg"
        s, rss = run(["build", str(corpus), "--store", str(store)])
        print(f"build    {n} articles: {s:.1f} s ({n / s:.1f} articles/s), peak RSS {rss:.0f} MB")
        for fmt in ("nquads", "turtle"):
            s, rss = run(["export", "--format", fmt, "--store", str(store), "--output", str(tmp / f"kg.{fmt}")])
            size = (tmp / f"kg.{fmt}").stat().st_size / 1e6
            print(f"export   {fmt}: {s:.1f} s, {size:.1f} MB written, peak RSS {rss:.0f} MB")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        from conflictkg._serve import oxigraph_binary
        server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp / "remote"), "--bind",
                                   f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(1)
            s, rss = run(["push", f"http://127.0.0.1:{port}/store", "--replace", "--store", str(store)])
            print(f"push     to Oxigraph over HTTP: {s:.1f} s, peak RSS {rss:.0f} MB")
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
