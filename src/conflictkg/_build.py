"""The build: read -> nlp -> link -> relate -> rdf -> store, for a set of articles."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ._actors._merge import MERGES_GRAPH, actor_merge_quads
from ._extract import Extractor
from ._rdf import document_quads
from ._read import Article, read_articles
from ._store import KnowledgeGraph, ontology_quads
from ._syndication import SentenceRecord, syndication_quads
from ._vocab import ONTOLOGY_GRAPH, SYNDICATION_GRAPH, document_graph, sentence_iri

Progress = Callable[[Article], None]


@dataclass
class BuildReport:
    documents: int
    statements: int
    asserted: int
    triples: int
    seconds: float


def build(paths: Iterable[str | Path], store: str | Path, *, actors: Iterable[str | Path] = (),
          progress: Progress | None = None, extractor: Extractor | None = None) -> BuildReport:
    """Read the articles under ``paths`` and build them into ``store`` (see ``build_articles``)."""
    return build_articles(read_articles(paths), store, actors=actors, progress=progress, extractor=extractor)


def build_articles(articles: list[Article], store: str | Path, *, actors: Iterable[str | Path] = (),
                   progress: Progress | None = None, extractor: Extractor | None = None) -> BuildReport:
    """Extract the articles and swap their graphs, and the ontology's, into the store in one step.

    Everything is extracted before the store is touched, and the swap is one
    transaction, so an extraction or write failure leaves the store as it was.
    """
    started = time.perf_counter()
    extractor = extractor or Extractor(actors)
    graphs, statements, asserted = {ONTOLOGY_GRAPH: ontology_quads()}, 0, 0
    sentences: list[SentenceRecord] = []
    for article, linked, readings in extractor.extract(articles, progress):
        graphs[document_graph(article.id)] = document_quads(article, linked, readings, extractor.version)
        statements += len(readings)
        sentences += [SentenceRecord(sentence_iri(article.id, r.sent_start, r.sent_end), article.id,
                                     article.date or "", article.text[r.sent_start:r.sent_end]) for r in readings]
        asserted += sum(r.status == "Asserted" for r in readings)
    with KnowledgeGraph(store) as kg:
        # near-copies are grouped over the whole store: kept documents and the new ones
        sentences += kg.sentence_records(exclude_graphs=set(graphs))
        graphs[SYNDICATION_GRAPH] = syndication_quads(sentences)
        # actor nodes of different documents that are one actor, over the whole store likewise
        graphs[MERGES_GRAPH] = actor_merge_quads(kg, graphs, extractor.kb)
        kg.replace_documents(graphs)
        triples = kg.triple_count()
    return BuildReport(len(articles), statements, asserted, triples, time.perf_counter() - started)
