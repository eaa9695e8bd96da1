"""Stage 6, store: the embedded on-disk pyoxigraph store.

Layout (named graphs, all under https://w3id.org/conflictkg/id/graph/):

* ``document/ID``: one per article -- the article, its text (NIF context), the
  sentences that carry statements, the statements with their provenance, the
  plain triples of asserted statements, and the article's actor records.
  Rebuilding an article replaces exactly this graph.
* ``actors``: every actor described once, merged from the records (``_actorgraph``).
* ``syndication``: the group of near-identical sentences of each sentence.
* ``rules``, ``ontology``: the extraction rules and the ontology, once each.

Nothing is repeated across graphs but the plain triples of statements several
articles make, so a query over the union of the graphs cannot multiply rows
through actor descriptions. Saved queries name the graphs they read
(``GRAPH ckgraph:actors { … }``), so they answer the same on a store whose
default graph is not the union of its named graphs.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from ._errors import StoreError
from ._resources import ontology_file
from ._syndication import SentenceRecord
from ._vocab import (DCTERMS, DOCUMENT_GRAPH, GRAPH, NIF, ONTOLOGY_GRAPH, PREFIXES, RDF)

STAGING = GRAPH + "staging/"  # left by builds of earlier versions; never written now


def ontology_quads() -> list[ox.Quad]:
    """The ontology in its own graph, so that queries can read property labels and hierarchy."""
    return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
            for t in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)]


def _data_block(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of INSERT DATA / DELETE DATA, in N-Triples term syntax (pyoxigraph's serializer)."""
    by_graph: dict[ox.NamedNode, list[ox.Triple]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(q.triple)
    return "\n".join(f"GRAPH {g} {{\n{ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES).decode('utf-8')}}}"
                     for g, ts in by_graph.items())


class KnowledgeGraph:
    """An open store. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.is_dir():
            raise StoreError(f"no store at {self.path}: run `conflictkg build ARTICLES --store {self.path}` first", code="E202")
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            if "LOCK" in str(exc) or "Resource temporarily unavailable" in str(exc):
                raise StoreError(f"the store {self.path} is in use by another process "
                                 "(an `oxigraph serve` or another conflictkg command): stop it and retry", code="E201") from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}", code="E200") from exc

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            self.store.flush()
        del self.store

    # -- writing ---------------------------------------------------------------
    def apply(self, drop: Iterable[ox.NamedNode] = (), remove: Iterable[ox.Quad] = (),
              add: Iterable[ox.Quad] = ()) -> None:
        """One transaction: drop whole graphs, remove quads, add quads. All or nothing.

        Adding alone (new articles, the common case) is one ``extend``; anything
        that deletes is one SPARQL update (DROP GRAPH, DELETE DATA, INSERT DATA),
        so readers and a killed process see the store before or after, never between."""
        drop, remove, add = list(drop), list(remove), list(add)
        try:
            if not drop and not remove:
                if add:
                    self.store.extend(add)
                return
            # IRIs below are minted and validated by NamedNode; terms are written by
            # pyoxigraph's serializer: no user text is pasted into the update.
            ops = [f"DROP SILENT GRAPH {g}" for g in drop]
            if remove:
                ops.append(f"DELETE DATA {{ {_data_block(remove)} }}")
            if add:
                ops.append(f"INSERT DATA {{ {_data_block(add)} }}")
            self.store.update(" ;\n".join(ops))
        except OSError as exc:
            raise StoreError(f"writing to {self.path} failed, nothing of this step was written: {exc}",
                             code="E203") from exc

    def sync_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` (a small graph: the ontology, the rules), writing only the difference."""
        want = set(quads)
        if want != set(self.store.quads_for_pattern(None, None, None, graph)):
            self.apply(drop=[graph], add=sorted(want, key=str))

    def drop_staging(self) -> None:
        """Remove staging graphs that builds of earlier versions may have left."""
        stale = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING)]
        if stale:
            self.apply(drop=stale)

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self.store.contains_named_graph(graph)

    # -- reading ---------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, ox.Term] | None = None):
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                substitutions=subs or None)

    def graphs(self, *, with_ontology: bool = True) -> list[ox.NamedNode]:
        """The named graphs (articles, syndication and, unless excluded, the ontology), sorted."""
        return sorted((g for g in self.store.named_graphs()
                       if isinstance(g, ox.NamedNode) and not g.value.startswith(STAGING)
                       and (with_ontology or g.value != ONTOLOGY_GRAPH)), key=str)

    def quads(self, *, with_ontology: bool = True, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Quads straight from the store's index, graph by graph: streamed, never copied.

        The index is ordered by the terms' encoded keys, which depend only on the
        terms, so the same content always comes out in the same order."""
        for g in [graph] if graph is not None else self.graphs(with_ontology=with_ontology):
            yield from self.store.quads_for_pattern(None, None, None, g)

    def triples(self, *, with_ontology: bool = True) -> Iterator[ox.Triple]:
        """The union of the graphs, each triple once, streamed in graph order.

        Only the plain triples of statements that several articles make are held
        by several graphs; a triple is given with the first graph (sorted) that
        holds it. Each quad costs one index probe of at most two holders, and only
        triples with several holders are remembered, so time stays linear."""
        seen: set[ox.Triple] = set()
        for q in self.quads(with_ontology=with_ontology):
            holders = list(itertools.islice(self.store.quads_for_pattern(q.subject, q.predicate, q.object, None), 2))
            if len(holders) < 2:
                yield q.triple
            elif q.triple not in seen:
                seen.add(q.triple)
                yield q.triple

    def quad_count(self) -> int:
        """Quads in the store (one index scan, no query)."""
        return len(self.store)

    def triple_count(self) -> int:
        return sum(1 for _ in self.triples())

    def sentence_records(self) -> list[SentenceRecord]:
        """The statement-bearing sentences stored, with their document and date."""
        out = []
        sentence_type = ox.NamedNode(NIF + "Sentence")
        anchor = ox.NamedNode(NIF + "anchorOf")
        ident, date = ox.NamedNode(DCTERMS + "identifier"), ox.NamedNode(DCTERMS + "date")
        docs: dict[ox.NamedNode, tuple[str, str]] = {}
        for q in self.store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), sentence_type, None):
            g = q.graph_name
            if not g.value.startswith(DOCUMENT_GRAPH):
                continue
            if g not in docs:
                doc = ox.NamedNode(q.subject.value.split("#", 1)[0])
                ids = [x.object.value for x in self.store.quads_for_pattern(doc, ident, None, g)]
                dates = [x.object.value for x in self.store.quads_for_pattern(doc, date, None, g)]
                docs[g] = (ids[0] if ids else "", dates[0] if dates else "")
            text = next(iter(self.store.quads_for_pattern(q.subject, anchor, None, g)), None)
            if text is not None:
                out.append(SentenceRecord(q.subject.value, docs[g][0], docs[g][1], text.object.value))
        return out

    def document_ids(self) -> list[str]:
        ident = ox.NamedNode(DCTERMS + "identifier")
        return sorted(q.object.value for g in self.graphs() if g.value.startswith(DOCUMENT_GRAPH)
                      for q in self.store.quads_for_pattern(
                          ox.NamedNode(g.value.replace("/graph/document/", "/document/", 1)), ident, None, g))
