"""Stage 6, store: the embedded on-disk pyoxigraph store.

Each article lives in its own named graph, so rebuilding an article replaces
exactly its statements. Queries see the union of all graphs as the default graph.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from ._errors import StoreError
from ._resources import ontology_file
from ._syndication import SentenceRecord
from ._vocab import GRAPH, ONTOLOGY_GRAPH, PREFIXES

STAGING = GRAPH + "staging/"


def ontology_quads() -> list[ox.Quad]:
    """The ontology in its own graph, so that queries can read property labels and hierarchy."""
    return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(ONTOLOGY_GRAPH))
            for t in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)]


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
    def replace_documents(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Swap in new content for the given document graphs, all or nothing.

        The quads go to staging graphs in one transaction; one SPARQL update then
        moves every staging graph over its document graph, also in one
        transaction. A failure at any point leaves the live graphs as they were.
        """
        self._drop_staging()
        staged = []
        for graph_iri, quads in graphs.items():
            stage = ox.NamedNode(STAGING + str(len(staged)))
            staged.append((stage, ox.NamedNode(graph_iri)))
            for q in quads:
                if q.graph_name != ox.NamedNode(graph_iri):
                    raise StoreError(f"internal: quad outside its document graph {graph_iri}", code="E299")
        try:
            self.store.extend(ox.Quad(q.subject, q.predicate, q.object, stage)
                              for (stage, _), quads in zip(staged, graphs.values(), strict=True) for q in quads)
            # IRIs below are minted and validated by NamedNode, not user text.
            ops = [f"MOVE SILENT GRAPH {stage} TO GRAPH {live}" for stage, live in staged]
            if ops:
                self.store.update(" ;\n".join(ops))
        except OSError as exc:
            self._drop_staging()
            raise StoreError(f"writing to {self.path} failed, nothing was changed: {exc}", code="E203") from exc

    def _drop_staging(self) -> None:
        for g in list(self.store.named_graphs()):
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING):
                self.store.remove_graph(g)

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
        """The union of the graphs, each triple once, streamed.

        A triple that several graphs hold (an actor's label, described in every
        article that names it) is given with the first of those graphs in sorted
        order; one index lookup per quad decides, so nothing is collected in memory."""
        graphs = self.graphs(with_ontology=with_ontology)
        wanted = set(graphs)
        for g in graphs:
            for q in self.store.quads_for_pattern(None, None, None, g):
                holders = [x.graph_name for x in self.store.quads_for_pattern(q.subject, q.predicate, q.object, None)]
                if len(holders) == 1 or min((h for h in holders if h in wanted), key=str) == g:
                    yield q.triple

    def triple_count(self) -> int:
        return int(next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")))["n"].value)

    def sentence_records(self, exclude_graphs: set[str] = frozenset()) -> list[SentenceRecord]:
        """The statement-bearing sentences stored, with their document and date."""
        rows = self.store.query("""
            SELECT ?g ?s ?id ?date ?text WHERE { GRAPH ?g {
              ?s a nif:Sentence ; nif:anchorOf ?text ; nif:referenceContext/nif:sourceUrl ?d .
              ?d dcterms:identifier ?id . OPTIONAL { ?d dcterms:date ?date } } }""", prefixes=PREFIXES)
        return [SentenceRecord(r["s"].value, r["id"].value, r["date"].value if r["date"] else "", r["text"].value)
                for r in rows if r["g"].value not in exclude_graphs]

    def document_ids(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?id WHERE { ?d a schema:NewsArticle ; dcterms:identifier ?id } ORDER BY ?id")
        return [r["id"].value for r in rows]
