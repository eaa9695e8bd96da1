// The conflictkg network page: draws the data written by conflictkg._network with Cytoscape.js.
// Every text from the store is set with textContent, never parsed as HTML.
(function () {
  "use strict";
  const timings = { start: performance.now() };
  const data = JSON.parse(document.getElementById("data").textContent);
  const docs = data.documents, sents = data.sentences;
  const large = data.nodes.length > 400 || data.edges.length > 1200;
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const fold = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
  const width = (groups) => (groups > 0 ? 1.5 + 2.5 * Math.log2(groups) : 1.5);

  const nodeById = {}, edgeById = {};
  data.nodes.forEach((n) => { nodeById[n.id] = n; n.folded = n.names.map(fold); });
  data.edges.forEach((e) => { edgeById[e.id] = e; });
  const typesPresent = Object.keys(data.types).filter((t) => data.nodes.some((n) => n.type === t));
  const relationsPresent = Object.keys(data.relations);
  const dates = docs.map((d) => d.date).filter(Boolean).sort();
  const maxDocs = Math.max(1, ...data.edges.map((e) => new Set(e.ev.map((x) => sents[x[0]][0])).size));

  const defaults = () => ({ relations: new Set(relationsPresent), types: new Set(typesPresent),
                            from: "", to: "", undated: true, minDocs: 1, query: "" });
  let state = defaults();

  const elements = [];
  data.nodes.forEach((n) => {
    const look = data.types[n.type];
    elements.push({ group: "nodes", position: { x: n.x, y: n.y }, classes: n.focus ? "focus" : "",
                    data: { id: n.id, label: n.label, type: n.type, colour: look.colour, shape: look.shape,
                            size: 18 + 7 * Math.log2(1 + n.documents) } });
  });
  data.edges.forEach((e) => {
    const groups = new Set(e.ev.map((x) => sents[x[0]][4])).size;
    elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, relation: e.relation,
                                            colour: data.relations[e.relation], w: width(groups) } });
  });

  timings.parsed = performance.now();
  const cy = cytoscape({
    container: $("cy"),
    minZoom: 0.02, maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: "single",
    // large graphs: edges are left out while panning and zooming, one pixel per CSS pixel
    hideEdgesOnViewport: large,
    pixelRatio: large ? 1 : "auto",
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", shape: "data(shape)", width: "data(size)", height: "data(size)",
        label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, color: "#222",
        "min-zoomed-font-size": large ? 9 : 5, "text-background-color": "#fcfcfb", "text-background-opacity": 0.75,
        "text-background-padding": 1, "border-width": 1, "border-color": "#ffffff" } },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#222222" } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#0a58ca", "z-index": 10, "font-weight": "bold" } },
      { selector: "edge", style: {
        width: "data(w)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": large ? "none" : "triangle", "arrow-scale": 0.9, "curve-style": large ? "straight" : "bezier",
        opacity: 0.8 } },
      { selector: "edge:selected", style: { "underlay-color": "#f5c400", "underlay-padding": 4,
                                             "underlay-opacity": 0.7, opacity: 1 } },
      { selector: "node:selected", style: { "underlay-color": "#f5c400", "underlay-padding": 6, "underlay-opacity": 0.7 } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });

  // Large graphs: arrowheads cost a third of the first frame and are a few pixels wide when the whole
  // graph is in view, so they are drawn from zoom ARROW_ZOOM on (then only the part in view is drawn).
  const ARROW_ZOOM = 0.9;
  let arrows = !large;
  const arrowsForZoom = () => {
    const want = !large || cy.zoom() >= ARROW_ZOOM;
    if (want === arrows) return;
    arrows = want;
    cy.style().selector("edge").style("target-arrow-shape", want ? "triangle" : "none").update();
  };
  cy.on("zoom", () => { clearTimeout(arrowsForZoom.timer); arrowsForZoom.timer = setTimeout(arrowsForZoom, 120); });

  // -- filters ---------------------------------------------------------------------------------
  const inRange = (doc) => {
    if (!doc.date) return state.undated;
    return !(state.from && doc.date < state.from) && !(state.to && doc.date > state.to);
  };
  const kept = (e) => e.ev.filter((x) => inRange(docs[sents[x[0]][0]]));
  const counts = (ev) => ({ documents: new Set(ev.map((x) => sents[x[0]][0])).size,
                            independent: new Set(ev.map((x) => sents[x[0]][4])).size, mentions: ev.length });

  function apply() {
    const shown = new Set();
    let edgesShown = 0, nodesShown = 0;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const e = edgeById[edge.id()];
        const c = counts(kept(e));
        const ok = state.relations.has(e.relation) && state.types.has(nodeById[e.source].type) &&
                   state.types.has(nodeById[e.target].type) && c.mentions > 0 && c.documents >= state.minDocs;
        const w = width(c.independent);
        if (edge.data("w") !== w) edge.data("w", w);
        if (ok) { shown.add(e.source); shown.add(e.target); edgesShown++; }
        if (ok === edge.hasClass("hidden")) edge.toggleClass("hidden", !ok);
      });
      cy.nodes().forEach((node) => {
        const n = nodeById[node.id()];
        const ok = state.types.has(n.type) && (shown.has(n.id) || n.focus);
        if (ok) nodesShown++;
        if (ok === node.hasClass("hidden")) node.toggleClass("hidden", !ok);
      });
    });
    const summary = $("summary");
    summary.dataset.nodes = nodesShown;
    summary.dataset.edges = edgesShown;
    summary.textContent = plural(nodesShown, "actor") + ", " + plural(edgesShown, "link") + " shown" +
      (nodesShown !== data.nodes.length || edgesShown !== data.edges.length
        ? " (of " + data.nodes.length + " and " + data.edges.length + ")" : "") +
      (data.focus.length ? "; within " + plural(data.hops, "hop") + " of the focus" : "");
    search(state.query, false);
  }

  // -- search by any name ----------------------------------------------------------------------
  function search(query, move) {
    state.query = query;
    const q = fold(query);
    const result = $("search-result");
    cy.batch(() => {
      cy.elements().removeClass("match faded");
      if (!q) { result.textContent = ""; return; }
      const exact = data.nodes.filter((n) => n.folded.includes(q));
      const found = exact.length ? exact : data.nodes.filter((n) => n.folded.some((name) => name.includes(q)));
      const matches = cy.collection(found.map((n) => cy.getElementById(n.id))).filter(":visible");
      if (!matches.length) {
        result.textContent = found.length ? "only actors hidden by the filters are named so" : "no actor is named so";
        return;
      }
      matches.addClass("match");
      cy.elements(":visible").difference(matches.closedNeighborhood()).addClass("faded");
      result.textContent = matches.map((m) => m.data("label")).join(", ");
      if (move) {
        // fit the matches and their neighbours, but zoom in no further than 1.5
        const bb = matches.closedNeighborhood(":visible").boundingBox();
        const zoom = Math.min(1.5, (cy.width() - 120) / Math.max(bb.w, 1), (cy.height() - 120) / Math.max(bb.h, 1));
        cy.animate({ zoom: zoom, center: { eles: matches.closedNeighborhood(":visible") }, duration: 300 });
      }
    });
  }

  // -- details ---------------------------------------------------------------------------------
  const details = $("details");
  function showEdge(id) {
    const e = edgeById[id], s = nodeById[e.source], t = nodeById[e.target];
    const ev = kept(e), c = counts(ev);
    details.replaceChildren();
    const h = el("h3");
    h.append(el("span", s.label), el("span", " " + e.relation + " ", "relation-" + e.relation), el("span", t.label));
    h.querySelector(".relation-" + e.relation).style.color = data.relations[e.relation];
    const publishers = [...new Set(ev.map((x) => docs[sents[x[0]][0]].publisher).filter(Boolean))].sort();
    details.append(h, el("div", plural(c.mentions, "sentence") + " in " + plural(c.documents, "document") + ", " +
                                 plural(c.independent, "independent source") +
                                 (publishers.length ? "; " + publishers.join(", ") : ""), "meta"));
    const hidden = e.ev.length - ev.length;
    if (hidden) details.append(el("div", plural(hidden, "more sentence") + " outside the date filter", "hint"));
    const groupSize = {};
    ev.forEach((x) => { const g = sents[x[0]][4]; groupSize[g] = (groupSize[g] || 0) + 1; });
    ev.forEach((x) => {
      const [docIndex, begin, end, text, group, inTitle] = sents[x[0]];
      const d = docs[docIndex];
      const box = el("div", null, "evidence" + (groupSize[group] > 1 ? " syndicated" : ""));
      box.dataset.document = d.id;
      box.append(el("blockquote", text));
      const src = el("div", null, "src");
      const docLabel = el("b", d.id);
      src.append(docLabel);
      if (d.title) src.append(" \u201c" + d.title + "\u201d");
      const bits = [d.publisher || "publisher unknown", d.date || "undated",
                    (inTitle ? "headline " : "characters ") + begin + "\u2013" + end, x[1]];
      if (x[2]) bits.push("according to " + x[2]);
      if (groupSize[group] > 1) bits.push("near-identical to another sentence here (one source)");
      src.append(" \u00b7 " + bits.join(" \u00b7 "));
      if (/^https?:\/\//.test(d.source)) {
        const a = el("a", "open article");
        a.href = d.source; a.target = "_blank"; a.rel = "noopener noreferrer";
        src.append(" \u00b7 ", a);
      }
      box.append(src);
      details.append(box);
    });
  }
  function showNode(id) {
    const n = nodeById[id];
    details.replaceChildren(el("h3", n.label),
      el("div", n.type + " \u00b7 mentioned in " + plural(n.documents, "document"), "meta"),
      el("div", "Names:"));
    const ul = el("ul", null, "names");
    n.names.forEach((name) => ul.append(el("li", name)));
    details.append(ul);
    const links = cy.getElementById(id).connectedEdges(":visible");
    details.append(el("div", plural(links.length, "link") + " shown; click one for its evidence.", "hint"));
  }
  cy.on("tap", "edge", (evt) => showEdge(evt.target.id()));
  cy.on("tap", "node", (evt) => showNode(evt.target.id()));
  cy.on("tap", (evt) => {
    if (evt.target === cy) details.replaceChildren(el("p", "Click a line to see the sentences that state it.", "hint"));
  });

  // -- controls --------------------------------------------------------------------------------
  function checkbox(container, value, text, count, swatch, set) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = value;
    box.addEventListener("change", () => { box.checked ? set.add(value) : set.delete(value); apply(); });
    label.append(box, swatch, el("span", text), el("span", count, "count"));
    container.append(label);
  }
  const SHAPES = { ellipse: "50%", "round-rectangle": "3px" };
  const CLIPS = { diamond: "polygon(50% 0,100% 50%,50% 100%,0 50%)",
                  hexagon: "polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)",
                  triangle: "polygon(50% 0,100% 100%,0 100%)", vee: "polygon(0 0,50% 40%,100% 0,50% 100%)" };
  relationsPresent.forEach((r) => {
    const line = el("span", null, "line");
    line.style.background = data.relations[r];
    checkbox($("relations"), r, r, data.edges.filter((e) => e.relation === r).length, line, { add: (v) => state.relations.add(v), delete: (v) => state.relations.delete(v) });
  });
  typesPresent.forEach((t) => {
    const look = data.types[t], sw = el("span", null, "swatch");
    sw.style.background = look.colour;
    if (SHAPES[look.shape]) sw.style.borderRadius = SHAPES[look.shape];
    if (CLIPS[look.shape]) sw.style.clipPath = CLIPS[look.shape];
    checkbox($("types"), t, t.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(),
             data.nodes.filter((n) => n.type === t).length, sw, { add: (v) => state.types.add(v), delete: (v) => state.types.delete(v) });
  });
  const names = $("names");
  const seen = new Set();
  data.nodes.forEach((n) => n.names.forEach((name) => {
    if (!seen.has(name)) { seen.add(name); const o = el("option"); o.value = name; names.append(o); }
  }));
  if (dates.length) {
    ["date-from", "date-to"].forEach((id) => { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; });
  }
  $("date-from").addEventListener("change", (ev) => { state.from = ev.target.value; apply(); });
  $("date-to").addEventListener("change", (ev) => { state.to = ev.target.value; apply(); });
  $("undated").addEventListener("change", (ev) => { state.undated = ev.target.checked; apply(); });
  $("min-docs").max = maxDocs;
  $("min-docs").addEventListener("input", (ev) => {
    const v = Math.max(1, parseInt(ev.target.value, 10) || 1);
    state.minDocs = v; $("min-docs-value").textContent = v; apply();
  });
  let timer = null;
  $("search").addEventListener("input", (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => search(ev.target.value, true), 150);
  });
  $("fit").addEventListener("click", () => fitPositions());
  $("reset").addEventListener("click", () => {
    state = defaults();
    document.querySelectorAll("#controls input[type=checkbox]").forEach((b) => { b.checked = true; });
    ["date-from", "date-to", "search"].forEach((id) => { $(id).value = ""; });
    $("min-docs").value = 1; $("min-docs-value").textContent = "1";
    apply();
    fitPositions();
  });

  // elements are added after creation, with their precomputed positions and no layout run: a layout
  // at creation measures every element (seconds for thousands of edges) before the first frame
  cy.add(elements);
  const fitPositions = () => {
    const shown = data.nodes.filter((n) => !cy.getElementById(n.id).hasClass("hidden"));
    const xs = shown.map((n) => n.x), ys = shown.map((n) => n.y);
    if (!xs.length) return;
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const padX = 130, padY = 60;  // room for the labels of the outermost actors
    const zoom = Math.min(1.5, (cy.width() - 2 * padX) / Math.max(x1 - x0, 1), (cy.height() - 2 * padY) / Math.max(y1 - y0, 1));
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 } });
  };
  timings.created = performance.now();
  apply();
  fitPositions();
  timings.filtered = performance.now();
  window.ckg = { cy: cy, data: data, apply: apply, search: search, showEdge: showEdge, renderedAt: null, timings: timings,
                 arrows: () => arrows };
  cy.one("render", () => requestAnimationFrame(() => {
    window.ckg.renderedAt = performance.now();
    document.body.dataset.ready = "true";
  }));
})();
