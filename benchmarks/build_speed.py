#!/usr/bin/env python3
"""The build against bare spaCy on the same texts (issue 13's target: build >= 0.85 x bare nlp.pipe with
n_process=2, batch_size=16). Prints seconds and the ratio of throughputs.

    python benchmarks/build_speed.py --copies 5          # the 20 shared articles x 5 = 100 articles
    python benchmarks/build_speed.py --copies 5 --jobs 2

Bare spaCy runs the model's own pipeline (with the project's tokenizer and line-break rule, no
gazetteer, no actor or relation stage); the build runs everything: gazetteer, actors, relations,
RDF and the store writes. Read the figures as ratios: the machines are shared.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    import conflictkg
    from conflictkg import Article, Extractor
    from conflictkg._nlp import BATCH_SIZE, load_model
    from conflictkg._read import read_articles

    base = read_articles([SHARED / "libya-2020", SHARED / "dev-conflicts", SHARED / "dev-wire"])
    articles = [Article(id=f"{a.id}-{i}", text=a.text, title=a.title, date=a.date, publisher=a.publisher)
                for i in range(args.copies) for a in base]
    texts = [a.text for a in articles]
    tokens = sum(len(t.split()) for t in texts)

    nlp = load_model()
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=args.jobs):
        pass
    bare = time.perf_counter() - t

    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        conflictkg.build_articles(articles, Path(tmp) / "kg", extractor=extractor, jobs=args.jobs)
        build = time.perf_counter() - t
    print(f"{len(articles)} articles, ~{tokens} words, {args.jobs} process(es)")
    print(f"bare spaCy nlp.pipe(n_process={args.jobs}, batch_size={BATCH_SIZE}): {bare:.1f} s")
    print(f"conflictkg build --jobs {args.jobs}:                          {build:.1f} s")
    print(f"build throughput / bare throughput: {bare / build:.2f} (target >= 0.85)")


if __name__ == "__main__":
    main()
