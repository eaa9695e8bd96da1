#!/usr/bin/env python3
"""The build against bare spaCy on the same texts (issue 13's target: build >= 0.85 x bare nlp.pipe with
n_process=2, batch_size=16). Prints seconds and the ratio of throughputs.

    python benchmarks/build_speed.py --copies 5          # the 20 shared articles x 5 = 100 articles
    python benchmarks/build_speed.py --copies 10 --jobs 2 --cpu      # 200 articles; CPU of each side
    python benchmarks/build_speed.py --copies 10 --stages            # CPU per stage, one process

Bare spaCy runs the model's own pipeline (no gazetteer, no actor or relation stage); the build runs
everything: the project's tokenizer rule and line-break rule, the gazetteer, actors, relations, RDF and
the store writes. Read the figures as ratios: the machines are shared.

``--cpu`` also prints the CPU seconds of each run: this process (for the build: the writer, which
parses the workers' N-Quads and writes the store) and its worker processes. ``--stages`` reads the
same articles in this one process, each stage over all of them before the next (the same batches of
16 as ``nlp.pipe``, so every stage's time is its own), and prints CPU seconds per stage: each spaCy
component, the project's components, the article's RDF, its N-Quads both ways, and the store writes.
"""
from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def stages(articles, batch_size: int) -> None:
    """CPU seconds per stage, in this process (see the module docstring)."""
    import pyoxigraph as ox

    import conflictkg
    from conflictkg import Extractor
    from conflictkg._extract import _HEADED, _joined, _split_headline, sections
    from conflictkg._rdf import document_quads
    from spacy.util import minibatch

    extractor = Extractor()
    nlp = extractor.reader.nlp
    with tempfile.TemporaryDirectory() as tmp:  # first (it warms the model up): extraction and writes
        c = time.process_time()
        conflictkg.build_articles(articles, Path(tmp) / "kg", extractor=extractor)
        whole = time.process_time() - c
    times: dict[str, float] = {}

    def timed(label, fn):
        c = time.process_time()
        out = fn()
        times[label] = times.get(label, 0.0) + time.process_time() - c
        return out

    plan = [(a, sections(_HEADED.format(title=a.separate_title, text=a.text) if a.separate_title else a.text))
            for a in articles]

    def make_docs():
        docs = []
        for a, parts in plan:
            for _, part in parts:
                doc = nlp.make_doc(part)
                doc._.date = a.date
                docs.append(doc)
        return docs
    docs = timed("tokenizer", make_docs)
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = timed(name, lambda: [d for b in minibatch(docs, batch_size) for d in proc.pipe(b)])
        else:
            docs = timed(name, lambda: [proc(d) for d in docs])
    it = iter(docs)
    graphs = []
    for article, parts in plan:
        pieces = [(offset, next(it)) for offset, _ in parts]
        linked, readings = _joined(pieces)
        if article.separate_title:
            readings = _split_headline(readings, len(article.separate_title))
        graphs.append(timed("document_quads (RDF)", lambda: document_quads(article, linked, readings, extractor.version)))
    nquads = [timed("N-Quads out (worker)", lambda: ox.serialize(q, format=ox.RdfFormat.N_QUADS)) for q in graphs]
    timed("N-Quads in (writer)", lambda: [list(ox.parse(b, format=ox.RdfFormat.N_QUADS)) for b in nquads])
    model = {"tokenizer"} | {n for n, _ in nlp.pipeline if not n.startswith("conflictkg_")}
    total = sum(times.values())
    n = len(articles)
    print(f"CPU per stage, one process, {n} articles (s, s/article, share of the stages):")
    for label, s in times.items():
        mark = "" if label in model else " (ours)"
        print(f"  {label:<24} {s:7.2f} s  {s / n * 1000:6.1f} ms  {s / total:6.1%}{mark}")
    print(f"  {'all stages':<24} {total:7.2f} s  {total / n * 1000:6.1f} ms")
    print(f"  whole build_articles of the same articles in one process, run first (extraction + writes): {whole:.2f} s; "
          f"writes and store upkeep = that less the stages before N-Quads: {whole - total + times['N-Quads out (worker)'] + times['N-Quads in (writer)']:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cpu", action="store_true", help="also the CPU seconds of each side")
    ap.add_argument("--stages", action="store_true", help="only the CPU per stage, in one process")
    args = ap.parse_args()

    import conflictkg
    from conflictkg import Article, Extractor
    from conflictkg._nlp import BATCH_SIZE, load_model
    from conflictkg._read import read_articles

    base = read_articles([SHARED / "libya-2020", SHARED / "dev-conflicts", SHARED / "dev-wire"])
    articles = [Article(id=f"{a.id}-{i}", text=a.text, title=a.title, date=a.date, publisher=a.publisher)
                for i in range(args.copies) for a in base]
    if args.stages:
        stages(articles, BATCH_SIZE)
        return
    texts = [a.text for a in articles]
    tokens = sum(len(t.split()) for t in texts)
    print(f"load {os.getloadavg()[0]:.1f} (1-minute load average, {time.strftime('%H:%M', time.gmtime())} UTC)", flush=True)

    nlp = load_model()
    c0 = _cpu()
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=args.jobs):
        pass
    bare = time.perf_counter() - t
    c1 = _cpu()

    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        c2 = _cpu()
        t = time.perf_counter()
        conflictkg.build_articles(articles, Path(tmp) / "kg", extractor=extractor, jobs=args.jobs)
        build = time.perf_counter() - t
        c3 = _cpu()
    print(f"{len(articles)} articles, ~{tokens} words, {args.jobs} process(es)")
    print(f"bare spaCy nlp.pipe(n_process={args.jobs}, batch_size={BATCH_SIZE}): {bare:.1f} s")
    print(f"conflictkg build --jobs {args.jobs}:                          {build:.1f} s")
    print(f"build throughput / bare throughput: {bare / build:.2f} (target >= 0.85)")
    if args.cpu:
        print(f"CPU s, bare:  this process {c1[0] - c0[0]:6.1f}, workers {c1[1] - c0[1]:6.1f}")
        print(f"CPU s, build: this process (writer) {c3[0] - c2[0]:6.1f}, workers {c3[1] - c2[1]:6.1f}")
    print(f"load {os.getloadavg()[0]:.1f} (1-minute load average, {time.strftime('%H:%M', time.gmtime())} UTC)")


if __name__ == "__main__":
    main()
