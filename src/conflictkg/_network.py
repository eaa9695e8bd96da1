"""The actor network as a picture: who supports and who opposes whom.

Read with SPARQL from the store (user input is bound as literals, never pasted
into a query), laid out once with networkx, then written as

* ``html``: one self-contained page drawn by Cytoscape.js (vendored from its npm
  package into ``assets/cytoscape``, inlined, so the page opens offline), with
  the precomputed layout (no physics runs in the page), evidence on click, and
  filters by relation, actor type, date range and document count;
* ``svg`` / ``png``: a static picture drawn by networkx on matplotlib;
* ``graphml`` / ``gexf``: files for Cytoscape desktop, Gephi or yEd, written by networkx.

An edge is one (subject, coarse relation, object) over the asserted statements;
its weight is the number of independent sources: sentences of one syndication
group (a reprinted wire story) count once, as in ``queries/corroboration.rq``.
"""
from __future__ import annotations

import html
import json
import math
import os
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ._errors import ExportError, QueryError
from ._query import SavedQuery, run_query, unmatched_names
from ._store import KnowledgeGraph
from ._vocab import ACTOR_TYPES, CKG

NETWORK_FORMATS = ("html", "svg", "png", "graphml", "gexf")
RELATIONS = ("supports", "opposes")
_SUFFIXES = {".html": "html", ".htm": "html", ".svg": "svg", ".png": "png", ".graphml": "graphml", ".gexf": "gexf"}
_ASSETS = Path(__file__).resolve().parent / "assets"

# One look for both renderers: (colour, Cytoscape.js shape, matplotlib marker).
TYPE_STYLE = {
    "State": ("#4e79a7", "ellipse", "o"),
    "Government": ("#59a5a0", "round-rectangle", "s"),
    "ArmedGroup": ("#f28e2b", "diamond", "D"),
    "Organization": ("#a66fa0", "hexagon", "h"),
    "Official": ("#d4b537", "triangle", "^"),
    "Person": ("#9c755f", "vee", "v"),
    "Actor": ("#9a9a9a", "ellipse", "o"),  # no known type
}
assert set(ACTOR_TYPES) < set(TYPE_STYLE)
RELATION_COLOUR = {"supports": "#2a9d4b", "opposes": "#d1343a"}

# Every asserted supports/opposes statement with its sentence, document and syndication group.
EVIDENCE = """
SELECT ?s ?o ?relation ?p ?sent ?grp ?docid ?title ?source ?publisher ?date ?b ?e ?text ?speaker ?ctx WHERE {
  GRAPH ?g {
    ?stmt rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p ; ckg:coarseRelation ?relation ;
          ckg:assertionStatus ckg:Asserted ; prov:wasDerivedFrom ?sent .
    FILTER (?relation IN ("supports", "opposes"))
    ?sent nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?text ; nif:referenceContext ?ctx .
    ?ctx nif:sourceUrl ?doc .
    ?doc dcterms:identifier ?docid .
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc dcterms:source ?source }
    OPTIONAL { ?doc dcterms:publisher ?publisher }
    OPTIONAL { ?doc dcterms:date ?date }
    OPTIONAL { ?stmt prov:wasAttributedTo ?speaker }
  }
  OPTIONAL { GRAPH ckgraph:syndication { ?sent ckg:syndicationGroup ?grp } }
}
"""
ACTORS = """
SELECT ?a ?kind ?v WHERE { GRAPH ckgraph:actors {
  ?a a ckg:Actor .
  { ?a skos:prefLabel ?v BIND ("pref" AS ?kind) } UNION { ?a skos:altLabel ?v BIND ("alt" AS ?kind) }
  UNION { ?a ckg:primaryType ?v BIND ("type" AS ?kind) } UNION { ?a ckg:mentionedIn ?v BIND ("doc" AS ?kind) }
} }
"""
# An actor by any of its names, as the saved queries resolve them (the name is bound, not pasted).
FOCUS = SavedQuery.from_text("focus", """# param: actor = Haftar -- any name of the actor
SELECT DISTINCT ?a ?actor WHERE {
  GRAPH ckgraph:actors { ?a skos:prefLabel|skos:altLabel ?name FILTER (LCASE(STR(?name)) = LCASE(STR(?actor))) }
}""")


@dataclass(frozen=True)
class Document:
    id: str
    title: str = ""
    source: str = ""
    publisher: str = ""
    date: str = ""


@dataclass
class Evidence:
    """One sentence that states an edge."""
    sentence: str
    document: Document
    begin: int
    end: int
    group: str  # syndication group: near-identical sentences share one
    predicates: list[str] = field(default_factory=list)  # finer properties, e.g. supportsMilitarily
    speaker: str = ""
    in_title: bool = False


@dataclass
class Actor:
    id: str  # the actor's IRI
    label: str
    names: list[str]
    type: str
    documents: int = 0


@dataclass
class Edge:
    source: str
    target: str
    relation: str
    evidence: list[Evidence]

    @property
    def documents(self) -> int:
        return len({e.document.id for e in self.evidence})

    @property
    def independent(self) -> int:
        return len({e.group for e in self.evidence})

    @property
    def mentions(self) -> int:
        return len(self.evidence)

    @property
    def publishers(self) -> list[str]:
        return sorted({e.document.publisher for e in self.evidence if e.document.publisher})

    @property
    def dates(self) -> list[str]:
        return sorted({e.document.date for e in self.evidence if e.document.date})

    @property
    def predicates(self) -> list[str]:
        return sorted({p for e in self.evidence for p in e.predicates})


@dataclass
class Network:
    actors: dict[str, Actor]
    edges: list[Edge]
    focus: list[str] = field(default_factory=list)  # IRIs of the focus actors, if any
    hops: int = 0
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)

    def to_networkx(self):
        """A MultiDiGraph (A can both support and oppose B); list attributes joined with ' | '."""
        import networkx as nx
        g = nx.MultiDiGraph()
        for a in self.actors.values():
            x, y = self.positions.get(a.id, (0.0, 0.0))
            g.add_node(a.id, label=a.label, type=a.type, names=" | ".join(a.names), documents=a.documents,
                       x=float(x), y=float(y))
        for e in self.edges:
            dates = e.dates
            g.add_edge(e.source, e.target, key=e.relation, relation=e.relation,
                       predicates=" | ".join(e.predicates), documents=e.documents, independent=e.independent,
                       mentions=e.mentions, weight=e.independent, publishers=" | ".join(e.publishers),
                       first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "")
        return g

    def layout(self, seed: int = 7) -> dict[str, tuple[float, float]]:
        """Force-directed positions: networkx's spring layout, energy method (gravity keeps the separate
        groups of actors near each other), fixed seed: the same store gives the same picture."""
        if not self.positions:
            import networkx as nx
            g = nx.Graph()
            g.add_nodes_from(sorted(self.actors))
            g.add_edges_from(sorted((e.source, e.target) for e in self.edges))
            if len(g) == 1:
                self.positions = {n: (0.0, 0.0) for n in g}
            elif len(g):
                pos = nx.spring_layout(g, seed=seed, method="energy")
                self.positions = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
        return self.positions


@dataclass
class NetworkReport:
    path: Path
    format: str
    actors: int
    edges: int
    seconds: float


def read_network(kg: KnowledgeGraph, *, focus: str | None = None, hops: int = 2,
                 min_documents: int = 1) -> Network:
    """The supports/opposes network of the store; with ``focus``, the actors within ``hops`` of it
    (either direction, over the edges that reach ``min_documents``)."""
    if hops < 0:
        raise QueryError(f"--hops must be 0 or more, not {hops}", code="E321")
    if min_documents < 1:
        raise QueryError(f"--min-documents must be 1 or more, not {min_documents}", code="E322")
    centre: list[str] = []
    if focus is not None:
        centre = sorted({r["a"] for r in run_query(kg, FOCUS, {"actor": focus})[1]})
        if not centre:
            close = unmatched_names(kg, {"actor": focus}).get(focus, [])
            hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise QueryError(f"no actor in the store is named {focus!r}{hint}", code="E320")

    docs: dict[str, Document] = {}
    by_edge: dict[tuple[str, str, str], dict[str, Evidence]] = defaultdict(dict)

    def text(row, name: str) -> str:
        term = row[name]
        return term.value if term is not None else ""

    for row in kg.query(EVIDENCE):
        docid = text(row, "docid")
        if docid not in docs:
            docs[docid] = Document(docid, text(row, "title"), text(row, "source"), text(row, "publisher"),
                                   text(row, "date"))
        sent = text(row, "sent")
        key = (text(row, "s"), text(row, "relation"), text(row, "o"))
        ev = by_edge[key].get(sent)
        if ev is None:
            ev = by_edge[key][sent] = Evidence(text(row, "text"), docs[docid], int(text(row, "b")), int(text(row, "e")),
                                               text(row, "grp") or sent, speaker=text(row, "speaker"),
                                               in_title="/title#" in text(row, "ctx"))
        predicate = text(row, "p").removeprefix(CKG)
        if predicate not in ev.predicates:
            ev.predicates.append(predicate)
        if not ev.speaker:
            ev.speaker = text(row, "speaker")

    edges = [Edge(s, o, rel, sorted(evs.values(), key=lambda e: (e.document.date, e.document.id, e.begin)))
             for (s, rel, o), evs in sorted(by_edge.items())]
    edges = [e for e in edges if e.documents >= min_documents]
    for e in edges:
        for ev in e.evidence:
            ev.predicates.sort()

    if centre:
        import networkx as nx
        g = nx.Graph()
        g.add_nodes_from(centre)
        g.add_edges_from((e.source, e.target) for e in edges)
        keep = set()
        for c in centre:
            keep |= set(nx.single_source_shortest_path_length(g, c, cutoff=hops))
        edges = [e for e in edges if e.source in keep and e.target in keep]
        wanted = keep
    else:
        wanted = {e.source for e in edges} | {e.target for e in edges}

    table = _actor_table(kg)
    actors = {}
    for iri in sorted(wanted):
        a = table.get(iri) or {"pref": [], "alt": [], "type": [], "doc": set()}
        label = min(a["pref"]) if a["pref"] else iri.rsplit("/", 1)[-1]
        names = [label, *sorted((set(a["pref"]) | set(a["alt"])) - {label}, key=str.casefold)]
        kind = next((t.removeprefix(CKG) for t in sorted(a["type"])), "Actor")
        actors[iri] = Actor(iri, label, names, kind if kind in TYPE_STYLE else "Actor", len(a["doc"]))
    for e in edges:  # speakers by their preferred label
        for ev in e.evidence:
            if ev.speaker:
                pref = table[ev.speaker]["pref"] if ev.speaker in table else []
                ev.speaker = min(pref) if pref else ev.speaker.rsplit("/", 1)[-1]
    return Network(actors, edges, centre, hops if centre else 0)


def _actor_table(kg: KnowledgeGraph) -> dict[str, dict]:
    table: dict[str, dict] = defaultdict(lambda: {"pref": [], "alt": [], "type": [], "doc": set()})
    for row in kg.query(ACTORS):
        kind, value = row["kind"].value, row["v"].value
        if kind == "doc":
            table[row["a"].value]["doc"].add(value)
        else:
            table[row["a"].value][kind].append(value)
    return table


def network_format(output: str | Path | None, fmt: str | None) -> str:
    """The format asked for, or the one the output's suffix names (html when neither says)."""
    if fmt is not None:
        fmt = fmt.lower()
        if fmt not in NETWORK_FORMATS:
            raise ExportError(f"unknown graph format {fmt!r}; choose one of {', '.join(NETWORK_FORMATS)}", code="E410")
        return fmt
    if output is None:
        return "html"
    suffix = Path(output).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ExportError(f"cannot tell the graph format from {str(output)!r}; name a file ending in "
                          f"{', '.join(sorted(set(_SUFFIXES)))} or pass --format", code="E410")
    return _SUFFIXES[suffix]


def network(kg: KnowledgeGraph, output: str | Path | None = None, *, fmt: str | None = None,
            focus: str | None = None, hops: int = 2, min_documents: int = 1,
            title: str | None = None) -> NetworkReport:
    """Write the actor network of ``kg`` to ``output`` (default ``network.FORMAT``) as
    html, svg, png, graphml or gexf; the file is written whole or not at all."""
    start = time.perf_counter()
    fmt = network_format(output, fmt)
    path = Path(output) if output is not None else Path(f"network.{fmt}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK) or path.is_dir():
        reason = "no such folder" if not folder.is_dir() else "is a folder" if path.is_dir() else "permission denied"
        raise ExportError(f"cannot write {path}: {reason}", code="E402")
    net = read_network(kg, focus=focus, hops=hops, min_documents=min_documents)
    net.layout()
    if title is None:
        title = "Actor network" + (f" around {', '.join(net.actors[c].label for c in net.focus)}" if net.focus else "")
    _write_atomic(path, lambda target: _WRITERS[fmt](net, target, title))
    return NetworkReport(path, fmt, len(net.actors), len(net.edges), time.perf_counter() - start)


def _write_atomic(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}", code="E402") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# -- html ----------------------------------------------------------------------------------------

def page_data(net: Network, title: str = "Actor network") -> dict:
    """What the page draws: actors, edges and evidence in compact tables (documents and sentences once)."""
    pos = net.layout()
    ids = {iri: f"n{i}" for i, iri in enumerate(sorted(net.actors))}
    scale = 60.0 * math.sqrt(max(len(net.actors), 1))  # tens of pixels between neighbours at zoom 1
    doc_index: dict[str, int] = {}
    docs: list[dict] = []
    sent_index: dict[tuple[str, int, int, str], int] = {}
    sentences: list[list] = []
    edges = []
    for i, e in enumerate(net.edges):
        ev = []
        for x in e.evidence:
            d = x.document
            if d.id not in doc_index:
                doc_index[d.id] = len(docs)
                docs.append({"id": d.id, "title": d.title, "source": d.source, "publisher": d.publisher, "date": d.date})
            skey = (d.id, x.begin, x.end, x.sentence)
            if skey not in sent_index:
                sent_index[skey] = len(sentences)
                sentences.append([doc_index[d.id], x.begin, x.end, x.sentence, x.group, x.in_title])
            ev.append([sent_index[skey], " ".join(x.predicates), x.speaker])
        edges.append({"id": f"e{i}", "source": ids[e.source], "target": ids[e.target], "relation": e.relation,
                      "ev": ev})
    nodes = []
    for iri in sorted(net.actors):
        a = net.actors[iri]
        x, y = pos.get(iri, (0.0, 0.0))
        nodes.append({"id": ids[iri], "iri": iri, "label": a.label, "names": a.names, "type": a.type,
                      "documents": a.documents, "x": round(x * scale, 1), "y": round(-y * scale, 1),
                      "focus": iri in net.focus})
    # groups are compared for equality only: short ids keep the page small
    groups: dict[str, int] = {}
    for s in sentences:
        s[4] = groups.setdefault(s[4], len(groups))
    return {"title": title, "nodes": nodes, "edges": edges, "documents": docs, "sentences": sentences,
            "types": {t: {"colour": c, "shape": s} for t, (c, s, _m) in TYPE_STYLE.items()},
            "relations": RELATION_COLOUR, "focus": [ids[c] for c in net.focus], "hops": net.hops}


def _script_json(data: dict) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' can close the element or open a comment."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(net: Network, title: str = "Actor network") -> str:
    template = (_ASSETS / "network.html").read_text(encoding="utf-8")
    library = (_ASSETS / "cytoscape" / "cytoscape.min.js").read_text(encoding="utf-8")
    app = (_ASSETS / "network.js").read_text(encoding="utf-8")
    # plain replace, in this order: the data goes last so nothing in it is taken for a placeholder
    page = template.replace("__TITLE__", html.escape(title))
    page = page.replace("/*__CYTOSCAPE__*/", _script_safe(library)).replace("/*__APP__*/", _script_safe(app))
    return page.replace("/*__DATA__*/", _script_json(page_data(net, title)))


def _script_safe(js: str) -> str:
    """Script text that cannot end its <script> element early."""
    return js.replace("</script", "<\\/script")


def _write_html(net: Network, target: Path, title: str) -> None:
    target.write_text(render_html(net, title), encoding="utf-8")


# -- static pictures -----------------------------------------------------------------------------

def _draw(net: Network, target: Path, title: str, fmt: str) -> None:
    import networkx as nx
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    pos = {k: (x, y) for k, (x, y) in net.layout().items()}
    n = len(net.actors)
    side = min(6 + 1.2 * math.sqrt(n), 40)
    fig = Figure(figsize=(side * 1.25, side), dpi=150 if fmt == "png" else 100)
    ax = fig.add_axes((0.03, 0.02, 0.75, 0.92))
    ax.set_axis_off()
    ax.margins(0.08)
    ax.set_title(title, loc="left")
    g = nx.MultiDiGraph()
    g.add_nodes_from(net.actors)
    size = {a.id: 180 + 120 * math.log2(1 + a.documents) for a in net.actors.values()}
    for kind, (colour, _shape, marker) in TYPE_STYLE.items():
        nodes = [a.id for a in net.actors.values() if a.type == kind]
        if nodes:
            nx.draw_networkx_nodes(g, pos, nodelist=nodes, node_color=colour, node_shape=marker, ax=ax,
                                   node_size=[size[x] for x in nodes], edgecolors=["#222" if x in net.focus else "#fff"
                                                                                   for x in nodes],
                                   linewidths=[2.5 if x in net.focus else 0.8 for x in nodes])
    for relation, colour in RELATION_COLOUR.items():
        edges = [e for e in net.edges if e.relation == relation]
        if edges:
            nx.draw_networkx_edges(g, pos, edgelist=[(e.source, e.target) for e in edges], ax=ax, edge_color=colour,
                                   width=[_width(e.independent) / 2 for e in edges], arrows=True, arrowsize=12,
                                   nodelist=list(g), node_size=[size[x] for x in g], alpha=0.85,
                                   connectionstyle=f"arc3,rad={0.12 if relation == 'supports' else -0.12}")
    # labels for every actor in small graphs, for the best-attested ones in large graphs
    shown = sorted(net.actors.values(), key=lambda a: (-a.documents, a.label))[:150]
    ys = [y for _x, y in pos.values()] or [0.0]
    below = {k: (x, y - 0.025 * (max(ys) - min(ys) or 1)) for k, (x, y) in pos.items()}  # labels under the marks
    nx.draw_networkx_labels(g, below, labels={a.id: a.label for a in shown}, font_size=8 if n > 40 else 9, ax=ax,
                            verticalalignment="top")
    handles = [Line2D([], [], color=c, lw=2, label=r) for r, c in RELATION_COLOUR.items()]
    handles += [Line2D([], [], ls="", marker=m, color=c, markersize=9, label=t)
                for t, (c, _s, m) in TYPE_STYLE.items() if any(a.type == t for a in net.actors.values())]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.8, 0.95), frameon=False,
               title="line width: independent sources", title_fontsize=8)
    fig.savefig(target, format=fmt, metadata={"Date": None} if fmt == "svg" else None)


def _width(independent: int) -> float:
    return 1.5 + 2.5 * math.log2(independent) if independent > 0 else 1.5


def _write_graphml(net: Network, target: Path, _title: str) -> None:
    import networkx as nx
    nx.write_graphml(net.to_networkx(), str(target))


def _write_gexf(net: Network, target: Path, _title: str) -> None:
    import networkx as nx
    g = net.to_networkx()
    for node, data in g.nodes(data=True):
        colour = TYPE_STYLE[data["type"]][0]
        data["viz"] = {"color": _rgb(colour), "position": {"x": data["x"] * 500, "y": data["y"] * 500, "z": 0.0},
                       "size": 5.0 + 3 * math.log2(1 + data["documents"])}
    for _s, _t, data in g.edges(data=True):
        data["viz"] = {"color": _rgb(RELATION_COLOUR[data["relation"]]), "thickness": _width(data["independent"])}
    nx.write_gexf(g, str(target))


def _rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


_WRITERS = {
    "html": _write_html,
    "svg": lambda net, target, title: _draw(net, target, title, "svg"),
    "png": lambda net, target, title: _draw(net, target, title, "png"),
    "graphml": _write_graphml,
    "gexf": _write_gexf,
}
