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
from ._vocab import (CKG, NIF, ONTOLOGY_GRAPH, RDF, RULES_GRAPH, SYNDICATION_GRAPH, SYNDICATION_INDEX_GRAPH,
                     document_graph)

if TYPE_CHECKING:
    from ._distributed import DaskExecutor
    from ._extract import Extractor
    from ._store import StoreSize

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
    size: StoreSize | None = None  # the same quads as data (what export writes) and ontology


def build(paths: Iterable[str | Path], store: str | Path, *, actors: Iterable[str | Path] = (),
          predicates: Iterable[str | Path] = (),
          progress: Progress | None = None, extractor: Extractor | None = None, jobs: int = 1,
          executor: str | DaskExecutor | None = None, shards: str | Path | None = None) -> BuildReport:
    """Read the articles under ``paths`` and build them into ``store`` (see ``build_articles``)."""
    return build_articles(read_articles(paths), store, actors=actors, predicates=predicates, progress=progress,
                          extractor=extractor, jobs=jobs, executor=executor, shards=shards)


def build_articles(articles: list[Article], store: str | Path, *, actors: Iterable[str | Path] = (),
                   predicates: Iterable[str | Path] = (),
                   progress: Progress | None = None, extractor: Extractor | None = None,
                   batch: int = BATCH, jobs: int = 1, executor: str | DaskExecutor | None = None,
                   shards: str | Path | None = None) -> BuildReport:
    """Extract the articles and write them into the store, all or nothing.

    The build writes a staging copy of the store (``_store.StagedStore``),
    ``batch`` articles per transaction, each replacing the batch's article graphs
    and updating the actors graph for the actors they name; the syndication
    groups are brought up to date last; then the copy is swapped in whole.
    Whenever the build stops before the swap (an error, Ctrl-C, a kill), the
    store is exactly as it was, and readers never see a build in progress.
    Articles stream through: memory does not grow with the number of articles.
    ``jobs`` > 1 extracts in that many worker processes while this one writes.
    ``executor`` ``"dask://HOST:PORT"`` (or a ``_distributed.DaskExecutor``) extracts on the
    workers of that Dask cluster instead (``_distributed``); this process writes the store as always.
    ``shards``: a new or empty folder that keeps the article graphs as N-Quads files, one per
    shard, and ``graphs.nq`` (the store's other graphs), for another store's bulk loader.
    """
    from ._errors import Interrupted
    from ._extract import Extractor
    from ._store import StagedStore, pause_point

    started = time.perf_counter()
    own = None
    if isinstance(executor, str):
        from ._distributed import DaskExecutor, parse_executor
        own = executor = DaskExecutor(executor) if parse_executor(executor) is not None else None
    if shards is not None:
        from ._distributed import check_shards_folder
        check_shards_folder(Path(shards))
        if executor is not None:
            executor.shards, executor.keep = Path(shards), True
    keep = Path(shards) if shards is not None else executor.shards if executor is not None and executor.keep else None
    try:
        extractor = extractor or Extractor(actors, predicates)
        staged = StagedStore(store)
        try:
            with staged as kg:  # locked first: a store in use fails before any parsing
                kg.count_writes()  # (the report's size without a scan of the whole store)
                pause_point("extract")
                statements, asserted, unchanged = _write(kg, articles, extractor, progress, batch, jobs, executor,
                                                         keep if executor is None else None)
                size = kg.size()
                kg.save_count()
                staged.commit()
        except KeyboardInterrupt as exc:
            raise Interrupted(stored=staged.swapped) from exc
    finally:
        if own is not None:
            own.close()
    if keep is not None:  # last: a shards folder without graphs.nq is from a build that did not finish
        from ._distributed import write_store_graphs
        write_store_graphs(store, keep)
    return BuildReport(len(articles), statements, asserted, size.quads + size.ontology, time.perf_counter() - started,
                       unchanged=unchanged, size=size)


def _write(kg, articles: list[Article], extractor: Extractor, progress: Progress | None,
           batch: int, jobs: int = 1, executor: DaskExecutor | None = None,
           shards: Path | None = None) -> tuple[int, int, int]:
    """Extract the articles into the (staging) store ``kg``: (statements, asserted, unchanged)."""
    from ._contenthash import content_hash, extractor_fingerprint, unchanged
    from ._statistics import ensure_statistics
    from ._store import pause_point

    ensure_statistics(kg)  # a store built before the statistics graph existed gets it whole
    ensure_syndication_index(kg)  # and one built before the syndication index, its index
    # articles whose content and extractor are unchanged are not read again (_contenthash)
    fingerprint = extractor_fingerprint(extractor)
    hashes = {a.id: content_hash(a, fingerprint) for a in articles}
    todo = [a for a in articles if not unchanged(kg.store, a, hashes[a.id])]
    if executor is not None:  # the workers' graphs hold their content hashes already
        stream = executor.article_graphs(extractor, todo, fingerprint, progress)
    else:
        stream = extractor.article_graphs(todo, progress, jobs)
    write_shard = None
    if shards is not None:
        from ._distributed import shards_of_local_build
        write_shard = shards_of_local_build(shards)
    try:
        statements, asserted = _write_stream(kg, stream, batch, hashes, executor is not None, write_shard)
    finally:
        close = getattr(stream, "close", None)
        if close is not None:  # (a Dask stream cancels its tasks and removes its temporary shards)
            close()
    if todo:  # (nothing new, nothing to merge)
        pause_point("syndication")
        update_merges(kg, extractor.kb)
    return statements, asserted, len(articles) - len(todo)


def _write_stream(kg, stream, batch: int, hashes: dict[str, str], hashed: bool, write_shard) -> tuple[int, int]:
    """Write the article graphs of ``stream``, ``batch`` articles per transaction, with the actors and
    statistics graphs they change: (statements, asserted). ``hashed``: the graphs hold their content
    hashes already (else they are added); ``write_shard(index, quads)`` keeps each batch as a shard."""
    from ._actorgraph import actor_changes, records_from_quads
    from ._contenthash import hash_quad
    from ._rdf import rules_quads
    from ._statistics import statistics_changes
    from ._store import ontology_quads, pause_point
    from ._syndication import records_from_quads as sentence_records

    statements = asserted = 0
    for index in itertools.count():
        chunk = list(itertools.islice(stream, batch))
        if not chunk:
            break
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        for g in chunk:
            graphs[ox.NamedNode(document_graph(g.article.id))] = (
                g.quads if hashed else [*g.quads, hash_quad(g.article, hashes[g.article.id])])
            statements += g.statements
            asserted += g.asserted
        if index == 0:  # the ontology and rules with the first articles
            kg.drop_staging()
            kg.sync_graph(ox.NamedNode(ONTOLOGY_GRAPH), ontology_quads())
            kg.sync_graph(ox.NamedNode(RULES_GRAPH), rules_quads())
        replaced = {g for g in graphs if kg.has_graph(g)}
        gone = {q.subject.value for g in replaced for q in kg.store.quads_for_pattern(None, _TYPE, _SENTENCE, g)}
        records = records_from_quads(q for quads in graphs.values() for q in quads
                                     if q.subject.value.rsplit("#", 1)[-1].startswith("actor="))
        remove, add = actor_changes(kg.store, replaced, records)
        # the statistics graph follows in the same transaction (_statistics)
        stats_remove, stats_add = statistics_changes(kg.store, replaced, graphs)
        if write_shard is not None:
            write_shard(index, [q for quads in graphs.values() for q in quads])
        pause_point("staging")
        kg.apply(drop=replaced, remove=remove + stats_remove, add=itertools.chain(*graphs.values(), add, stats_add))
        # the batch's sentences join their near-copies' groups (only the groups they touch are read)
        syndication_step(kg, [r for quads in graphs.values() for r in sentence_records(quads)], gone)
        kg.flush()  # the batch out of RocksDB's memtables: a build's memory stays that of one batch
    return statements, asserted


_TYPE = ox.NamedNode(RDF + "type")
_SENTENCE = ox.NamedNode(NIF + "Sentence")


def syndication_step(kg, added, removed: set[str]) -> None:
    """Regroup the near-identical sentences that come in (``added``, records) and go (``removed``, IRIs),
    reading only the groups they touch; write the sentences whose group changed, the index, and the
    sources of the claims they belong to (one transaction)."""
    from ._statistics import group_changes
    from ._syndication import regroup

    changes = regroup(kg.store, added, removed)
    stats_remove, stats_add = group_changes(kg.store, changes.before, changes.after)
    index = ox.NamedNode(SYNDICATION_INDEX_GRAPH)
    # the index's new keys (most of what is written) go in with one plain insert after the update, not
    # as SPARQL text: a whole store's keys as INSERT DATA took gigabytes to parse. (A build writes a
    # staging copy, swapped in whole: the two steps are one for every reader.)
    keys = [q for q in changes.add if q.graph_name == index]
    rest = [q for q in changes.add if q.graph_name != index]
    if changes.remove or rest or stats_remove or stats_add:
        kg.apply(remove=changes.remove + stats_remove, add=rest + stats_add)
    if keys:
        kg.apply(add=keys)


def ensure_syndication_index(kg) -> None:
    """A store whose syndication graph predates the index (or its version) is regrouped whole, once."""
    from ._syndication import has_index

    if has_index(kg.store):
        return
    grouped = {q.subject.value for q in kg.store.quads_for_pattern(None, ox.NamedNode(CKG + "syndicationGroup"), None,
                                                                   ox.NamedNode(SYNDICATION_GRAPH))}
    syndication_step(kg, kg.sentence_records(), grouped)


def update_merges(kg, kb) -> None:
    """Which actor nodes of different articles are one actor (``_actors/_merge.py``), over the whole
    store, kept in their own graph; write only the merges that changed.

    The merges depend on each actor's names, types and number of articles, which the actors graph
    (its description, the union of its records) and the statistics graph (``ckg:documentCount``) hold
    once per actor: the records of every article are not read again."""
    from ._actorgraph import ALT, PREF, TYPE, TYPE_ORDER, _G as ACTORS
    from ._actorgraph import ACTOR
    from ._actors._merge import MERGES_GRAPH, ActorRecord, merge_actors, merge_quads
    from ._statistics import DOCUMENTS, GRAPH as STATISTICS

    store = kg.store
    records = []
    for q in store.quads_for_pattern(None, TYPE, ACTOR, ACTORS):
        actor = q.subject
        types = {t.object.value.removeprefix(CKG) for t in store.quads_for_pattern(actor, TYPE, None, ACTORS)}
        kind = next((t for t in TYPE_ORDER if t in types), None)
        pref = [t.object.value for t in store.quads_for_pattern(actor, PREF, None, ACTORS)]
        if kind is None or not pref:
            continue
        labels = {*pref, *(t.object.value for t in store.quads_for_pattern(actor, ALT, None, ACTORS))}
        count = next((int(t.object.value) for t in store.quads_for_pattern(actor, DOCUMENTS, None, STATISTICS)), 1)
        records.append(ActorRecord(actor.value, min(pref), frozenset(labels), kind, "", actor.value in kb.actors,
                                   documents=count))
    graph = ox.NamedNode(MERGES_GRAPH)
    want = set(merge_quads(merge_actors(records, kb.same_as, kb.different_from)))
    have = set(store.quads_for_pattern(None, None, None, graph))
    if want != have:
        kg.apply(remove=sorted(have - want, key=str), add=sorted(want - have, key=str))
