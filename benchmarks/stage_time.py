#!/usr/bin/env python3
"""CPU of the project's stages after NER (actors, relations, the article's RDF) without spaCy's model
in the way: the shared articles x COPIES are parsed up to NER once and kept as a DocBin
($TMPDIR/conflictkg-stage-time/docs-COPIES.spacy), then each run reads them back and times each stage, REPEATS times.
Prints ms/article per run and the minimum, and a digest of the quads (same code, same digest).

    python benchmarks/stage_time.py 5 3      # 100 articles, 3 runs

For an A/B on a shared machine, run another tree's code the same way in alternation
(PYTHONPATH=OTHER/src python benchmarks/stage_time.py 5 2) and compare the minima.
"""
import sys, time, hashlib, gc, tempfile
from pathlib import Path
from conflictkg import Article, Extractor
from conflictkg._read import read_articles
from conflictkg._extract import _HEADED, _joined, _split_headline, sections
from conflictkg._rdf import document_quads
from spacy.tokens import DocBin
from spacy.util import minibatch
import pyoxigraph as ox
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
copies = int(sys.argv[1]); repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
base = read_articles([SHARED / "libya-2020", SHARED / "dev-conflicts", SHARED / "dev-wire"])
articles = [Article(id=f"{a.id}-{i}", text=a.text, title=a.title, date=a.date, publisher=a.publisher) for i in range(copies) for a in base]
ex = Extractor(); nlp = ex.reader.nlp
plan = [(a, sections(_HEADED.format(title=a.separate_title, text=a.text) if a.separate_title else a.text)) for a in articles]
cache = Path(tempfile.gettempdir()) / "conflictkg-stage-time" / f"docs-{copies}.spacy"
cache.parent.mkdir(exist_ok=True)
names = [n for n, _ in nlp.pipeline]
cut = names.index("conflictkg_actors")
if not cache.exists():
    docs = []
    for a, parts in plan:
        for _, part in parts:
            d = nlp.make_doc(part); d._.date = a.date; docs.append(d)
    for name, proc in nlp.pipeline[:cut]:
        docs = [d for b in minibatch(docs, 16) for d in proc.pipe(b)] if hasattr(proc, "pipe") else [proc(d) for d in docs]
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
blob = cache.read_bytes()
n = len(articles)
res = {}
for rep in range(repeats):
    docs = list(DocBin(store_user_data=True).from_bytes(blob).get_docs(nlp.vocab))
    gc.collect()
    for name, proc in nlp.pipeline[cut:]:
        c = time.process_time()
        docs = [proc(d) for d in docs]
        res.setdefault(name, []).append(time.process_time() - c)
    it = iter(docs); graphs = []
    c = time.process_time()
    for article, parts in plan:
        pieces = [(offset, next(it)) for offset, _ in parts]
        linked, readings = _joined(pieces)
        if article.separate_title: readings = _split_headline(readings, len(article.separate_title))
        graphs.append(document_quads(article, linked, readings, ex.version))
    res.setdefault("RDF", []).append(time.process_time() - c)
h = hashlib.sha256()
for g in graphs:
    h.update("\n".join(sorted(map(str, g))).encode())
for k, v in res.items():
    print(f"{k:<22} " + " ".join(f"{s / n * 1000:6.1f}" for s in v) + f"   min {min(v) / n * 1000:6.1f} ms/article")
print("digest", h.hexdigest()[:16], "articles", n)
