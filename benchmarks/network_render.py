"""How long the network page takes to render, and how smoothly it pans, in headless Chromium.

    python benchmarks/network_render.py                       # 1,000 actors, 5,000 links
    python benchmarks/network_render.py --actors 200 1000 2000 --links-per-actor 5
    python benchmarks/network_render.py --store kg            # a real store's page too

The network is synthesised (a store with 1,000 distinct actors would need thousands of
articles): a preferential-attachment graph (a few hubs, many small actors, as in the
corpora), random actor types, supports or opposes, one to four evidence sentences from
a pool of 2,000 dated documents. It goes through the same layout and page writer as
`conflictkg graph`. Printed per size: the layout time in Python, the page size, the time
from navigation to the first frame drawn (median of --runs loads, each in a new tab), and
the frame intervals while the mouse drags the view across the canvas.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from conflictkg import KnowledgeGraph, read_network
from conflictkg._browser import launch, unavailable
from conflictkg._network import Actor, Document, Edge, Evidence, Network, render_html

TYPES = ["State", "Government", "ArmedGroup", "Organization", "Official", "Person"]
WORDS = "backed armed trained funded condemned attacked supplied opposed the forces of government rebels".split()


def synthetic(actors: int, per_actor: int, seed: int = 16) -> Network:
    import networkx as nx
    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(actors, per_actor, seed=seed)
    docs = [Document(f"doc{i:05d}", f"Headline {i}", "", rng.choice(["Wire One", "Daily Ledger", ""]),
                     f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i in range(2000)]
    people = {n: Actor(f"urn:a{n}", f"Actor {n}", [f"Actor {n}", f"A{n}"], rng.choice(TYPES), rng.randint(1, 30))
              for n in g}
    edges = []
    for u, v in g.edges():
        s, o = (u, v) if rng.random() < 0.5 else (v, u)
        evidence = []
        for _ in range(rng.randint(1, 4)):
            d = rng.choice(docs)
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "."
            evidence.append(Evidence(text, d, 100, 100 + len(text), f"g{rng.randint(0, 10**6)}", ["supports"]))
        edges.append(Edge(f"urn:a{s}", f"urn:a{o}", rng.choice(["supports", "supports", "opposes"]), evidence))
    return Network({a.id: a for a in people.values()}, edges)


def measure(browser, path: Path, runs: int) -> dict:
    loads, frames = [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
        page.goto(path.as_uri())
        page.wait_for_function("() => window.ckg && window.ckg.renderedAt", timeout=120_000)
        loads.append(page.evaluate("window.ckg.renderedAt"))
        if errors:
            raise SystemExit(f"console errors: {errors}")
        # drag the view across the canvas while counting animation frames
        box = page.evaluate("(() => { const r = ckg.cy.container().getBoundingClientRect(); "
                            "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        page.evaluate("""() => { window.frameTimes = []; let last = performance.now();
            const tick = (t) => { window.frameTimes.push(t - last); last = t;
                                  if (window.recording) requestAnimationFrame(tick); };
            window.recording = true; requestAnimationFrame(tick); }""")
        page.mouse.move(box[0], box[1])
        page.mouse.down()
        for i in range(60):
            page.mouse.move(box[0] + 300 * ((i % 20) / 20 - 0.5), box[1] + 150 * ((i % 15) / 15 - 0.5))
            page.wait_for_timeout(16)
        page.mouse.up()
        page.evaluate("window.recording = false")
        frames += page.evaluate("window.frameTimes.slice(2)")
        page.close()
    frames.sort()
    return {"load_ms": statistics.median(loads), "loads": loads,
            "frame_median_ms": statistics.median(frames), "frame_p95_ms": frames[int(0.95 * (len(frames) - 1))]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, nargs="+", default=[1000])
    ap.add_argument("--links-per-actor", type=int, default=5, help="5 gives about 5,000 links for 1,000 actors")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--store", type=Path, help="also measure the page of this store")
    args = ap.parse_args()
    why = unavailable()
    if why:
        sys.exit(f"cannot measure: {why}")
    from playwright.sync_api import sync_playwright
    out = Path(tempfile.mkdtemp(prefix="ckg-net-"))
    pages = []
    for n in args.actors:
        net = synthetic(n, args.links_per_actor)
        t = time.perf_counter()
        net.layout()
        layout_s = time.perf_counter() - t
        path = out / f"synthetic-{n}.html"
        path.write_text(render_html(net, f"Synthetic network, {n} actors"), encoding="utf-8")
        pages.append((f"synthetic {n} actors, {len(net.edges)} links", path, layout_s))
    if args.store:
        with KnowledgeGraph(args.store, read_only=True) as kg:
            net = read_network(kg)
        t = time.perf_counter()
        net.layout()
        layout_s = time.perf_counter() - t
        path = out / "store.html"
        path.write_text(render_html(net), encoding="utf-8")
        pages.append((f"{args.store}: {len(net.actors)} actors, {len(net.edges)} links", path, layout_s))
    print("| network | layout (Python) | page | first frame drawn (median) | frame interval while panning, median / p95 |")
    print("|---|---|---|---|---|")
    with sync_playwright() as p:
        browser = launch(p)
        for name, path, layout_s in pages:
            m = measure(browser, path, args.runs)
            print(f"| {name} | {layout_s:.1f} s | {path.stat().st_size / 1e6:.1f} MB | {m['load_ms']:.0f} ms "
                  f"({', '.join(f'{x:.0f}' for x in m['loads'])}) | {m['frame_median_ms']:.0f} / {m['frame_p95_ms']:.0f} ms |",
                  flush=True)
        browser.close()


if __name__ == "__main__":
    main()
