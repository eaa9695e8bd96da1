"""The build: read -> nlp -> link -> relate -> rdf -> store, for a set of articles."""
from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ._read import Article, read_articles
from ._vocab import CKG, ONTOLOGY_GRAPH, RULES_GRAPH, SYNDICATION_GRAPH, document_graph

if TYPE_CHECKING:
    from ._extract import Extractor

Progress = Callable[[Article], None]
# Articles written per transaction. A build of up to this many articles is one
# transaction; a larger one commits every BATCH articles, each commit whole.
BATCH = 200


@dataclass
class BuildReport:
    documents: int
    statements: int
    asserted: int
    triples: int  # quads in the store after the build (each article graph, actors, syndication, rules, ontology)
    seconds: float
    unchanged: int = 0  # articles skipped: the store holds them built from the same content by the same extractor


def build(paths: Iterable[str | Path], store: str | Path, *, actors: Iterable[str | Path] = (),
          predicates: Iterable[str | Path] = (),
          progress: Progress | None = None, extractor: Extractor | None = None) -> BuildReport:
    """Read the articles under ``paths`` and build them into ``store`` (see ``build_articles``)."""
    return build_articles(read_articles(paths), store, actors=actors, predicates=predicates, progress=progress,
                          extractor=extractor)


def build_articles(articles: list[Article], store: str | Path, *, actors: Iterable[str | Path] = (),
                   predicates: Iterable[str | Path] = (),
                   progress: Progress | None = None, extractor: Extractor | None = None,
                   batch: int = BATCH) -> BuildReport:
    """Extract the articles and write them into the store, ``batch`` articles per transaction.

    Each transaction replaces the batch's article graphs and updates the actors
    graph for the actors they name, all or nothing: whenever the build stops (an
    error, a kill), every article is as it was or fully rebuilt, and the actors
    graph agrees with the articles. A build of at most ``batch`` articles that
    fails changes nothing. Articles stream through: memory does not grow with
    the number of articles. The syndication groups are brought up to date last.
    """
    from ._actorgraph import actor_changes, records_from_quads
    from ._contenthash import content_hash, extractor_fingerprint, hash_quad, unchanged
    from ._extract import Extractor
    from ._rdf import document_quads, rules_quads
    from ._statistics import ensure_statistics, statistics_changes
    from ._store import KnowledgeGraph, ontology_quads

    started = time.perf_counter()
    extractor = extractor or Extractor(actors, predicates)
    statements = asserted = 0
    with KnowledgeGraph(store) as kg:  # opened first: a store in use fails before any parsing
        ensure_statistics(kg)  # a store built before the statistics graph existed gets it whole
        # articles whose content and extractor are unchanged are not read again (_contenthash)
        fingerprint = extractor_fingerprint(extractor)
        hashes = {a.id: content_hash(a, fingerprint) for a in articles}
        todo = [a for a in articles if not unchanged(kg.store, a, hashes[a.id])]
        stream = extractor.extract(todo, progress)
        first = True
        while chunk := list(itertools.islice(stream, batch)):
            graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
            for article, linked, readings in chunk:
                graphs[ox.NamedNode(document_graph(article.id))] = document_quads(article, linked, readings,
                                                                                   extractor.version)
                graphs[ox.NamedNode(document_graph(article.id))].append(hash_quad(article, hashes[article.id]))
                statements += len(readings)
                asserted += sum(r.status == "Asserted" for r in readings)
            if first:  # the ontology and rules with the first articles: one transaction for a small build
                kg.drop_staging()
                kg.sync_graph(ox.NamedNode(ONTOLOGY_GRAPH), ontology_quads())
                kg.sync_graph(ox.NamedNode(RULES_GRAPH), rules_quads())
                first = False
            replaced = {g for g in graphs if kg.has_graph(g)}
            records = records_from_quads(q for quads in graphs.values() for q in quads
                                         if q.subject.value.rsplit("#", 1)[-1].startswith("actor="))
            remove, add = actor_changes(kg.store, replaced, records)
            # the statistics graph follows in the same transaction (_statistics)
            stats_remove, stats_add = statistics_changes(kg.store, replaced, graphs)
            kg.apply(drop=replaced, remove=remove + stats_remove, add=itertools.chain(*graphs.values(), add, stats_add))
        if todo:  # (nothing new, nothing to regroup)
            update_syndication(kg)
        quads = kg.quad_count()
    return BuildReport(len(articles), statements, asserted, quads, time.perf_counter() - started,
                       unchanged=len(articles) - len(todo))


def update_syndication(kg) -> None:
    """Regroup the near-identical sentences of the whole store; write only the sentences whose group changed,
    and the sources of the claims they belong to (same transaction)."""
    from ._statistics import group_changes
    from ._syndication import syndication_groups

    graph = ox.NamedNode(SYNDICATION_GRAPH)
    prop = ox.NamedNode(CKG + "syndicationGroup")
    want = {ox.Quad(ox.NamedNode(s), prop, ox.NamedNode(rep), graph)
            for s, rep in syndication_groups(kg.sentence_records()).items()}
    have = set(kg.store.quads_for_pattern(None, prop, None, graph))
    if want != have:
        stats_remove, stats_add = group_changes(kg.store, {q.subject: q.object for q in have},
                                                {q.subject: q.object for q in want})
        kg.apply(remove=sorted(have - want, key=str) + stats_remove, add=sorted(want - have, key=str) + stats_add)
