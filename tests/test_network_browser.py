"""The network page in a real headless Chromium (Debian's package, driven by Playwright): it loads
offline without console errors, draws what the store says, shows evidence on a real click, and
its filters and search work. Skipped, with the reason, where no Chromium can be driven."""
from __future__ import annotations

import pytest

import conflictkg
from conflictkg import KnowledgeGraph, run_query, saved_queries
from conflictkg._browser import launch, unavailable
from conflictkg._network import Actor, Document, Edge, Evidence, Network, render_html

if unavailable():
    pytest.skip(unavailable(), allow_module_level=True)

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        try:
            b = launch(p)
        except PlaywrightError as exc:
            pytest.skip(f"Chromium would not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture(scope="module")
def example_page(example_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("network") / "network.html"
    with KnowledgeGraph(example_store, read_only=True) as kg:
        conflictkg.network(kg, path)
    return path


@pytest.fixture(scope="module")
def expected(example_store):
    """What the saved queries say the page must show."""
    with KnowledgeGraph(example_store, read_only=True) as kg:
        _, rows = run_query(kg, saved_queries()["corroboration"])
        rows = [r for r in rows if r["relation"] in ("supports", "opposes")]
        evidence = {}
        for r in rows:
            _, found = run_query(kg, saved_queries()["evidence"],
                                 {"subject": r["subject"], "relation": r["relation"], "object": r["object"]})
            evidence[r["subject"], r["relation"], r["object"]] = [x for x in found if x["status"] == "asserted"]
        _, armed = run_query(kg, saved_queries()["actors"], {"type": "ArmedGroup"})
    return {"edges": rows, "actors": {r["subject"] for r in rows} | {r["object"] for r in rows},
            "evidence": evidence, "armed groups": {r["actor"] for r in armed}}


class Page:
    """A loaded page with everything it logged and every request it made."""

    def __init__(self, browser, path):
        self.errors, self.requests = [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.add_init_script("window.addEventListener('error', () => { window.__failed = true; });")
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.goto(path.as_uri())
        try:
            self.page.wait_for_function("() => (window.ckg && window.ckg.renderedAt) || window.__failed",
                                        timeout=30_000)
        except PlaywrightTimeout:
            pass
        assert self.page.evaluate("() => !!(window.ckg && window.ckg.renderedAt)"), f"the page never drew: {self.errors}"

    def shown(self) -> tuple[int, int]:
        """Actors and links drawn (Cytoscape's own count), once the page's summary has settled."""
        self.page.wait_for_function("""() => { const s = document.getElementById('summary').dataset;
            return +s.nodes === ckg.cy.nodes(':visible').length && +s.edges === ckg.cy.edges(':visible').length; }""")
        return tuple(self.page.evaluate("() => [ckg.cy.nodes(':visible').length, ckg.cy.edges(':visible').length]"))

    def wait_shown(self, edges: int) -> tuple[int, int]:
        """The counts once the filters just set have been applied (they apply on input and change events)."""
        self.page.wait_for_function("n => +document.getElementById('summary').dataset.edges === n", arg=edges,
                                    timeout=5_000)
        return self.shown()

    def edge_point(self, source: str, relation: str, target: str) -> dict:
        """Where the edge's middle is on the screen, in page coordinates."""
        return self.page.evaluate("""([s, r, t]) => {
            const e = ckg.cy.edges().filter(x => x.source().data('label') === s && x.target().data('label') === t
                                                 && x.data('relation') === r)[0];
            const box = ckg.cy.container().getBoundingClientRect(), m = e.renderedMidpoint();
            return {x: box.left + m.x, y: box.top + m.y, width: e.renderedStyle('width')};
        }""", [source, relation, target])


@pytest.fixture()
def page(browser, example_page):
    p = Page(browser, example_page)
    yield p
    p.page.close()


def test_page_loads_offline_without_console_errors(page):
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith("file:")] == []
    assert page.page.title() == "Actor network"


def test_page_shows_the_stores_actors_and_links(page, expected):
    assert page.shown() == (len(expected["actors"]), len(expected["edges"]))
    summary = page.page.inner_text("#summary")
    assert summary == f"{len(expected['actors'])} actors, {len(expected['edges'])} links shown"
    drawn = set(page.page.evaluate("() => ckg.cy.edges().map(e => [e.source().data('label'), e.data('relation'),"
                                   " e.target().data('label')].join('|'))"))
    assert drawn == {f"{r['subject']}|{r['relation']}|{r['object']}" for r in expected["edges"]}


def test_line_width_grows_with_independent_sources(page):
    two = page.edge_point("Russia", "supports", "Mali")  # two independent sentences
    one = page.edge_point("Russia", "supports", "Wagner Group")
    assert float(two["width"].rstrip("px")) > float(one["width"].rstrip("px"))


def test_clicking_an_edge_shows_its_evidence(page, expected):
    point = page.edge_point("Russia", "supports", "Mali")
    page.page.mouse.click(point["x"], point["y"])
    page.page.wait_for_selector("#details .evidence")
    details = page.page.inner_text("#details")
    assert details.startswith("Russia supports Mali")
    boxes = page.page.query_selector_all("#details .evidence")
    evidence = expected["evidence"]["Russia", "supports", "Mali"]
    assert len(boxes) == len(evidence) == 2
    for row in evidence:
        assert row["sentence"] in details
        assert row["document"] in details and row["date"] in details
        assert f"characters {row['begin']}\u2013{row['end']}" in details
    assert page.errors == []


def test_filters_by_relation_type_documents_and_date(page, expected):
    supports = [r for r in expected["edges"] if r["relation"] == "supports"]
    page.page.uncheck("#relations input[value=opposes]")
    assert page.wait_shown(len(supports))[1] == len(supports)
    page.page.check("#relations input[value=opposes]")
    page.wait_shown(len(expected["edges"]))
    page.page.uncheck("#types input[value=ArmedGroup]")
    without = [r for r in expected["edges"] if not {r["subject"], r["object"]} & expected["armed groups"]]
    assert 0 < page.wait_shown(len(without))[1] == len(without) < len(expected["edges"])
    assert page.page.evaluate("() => ckg.cy.nodes(':visible').filter(n => n.data('type') === 'ArmedGroup').length") == 0
    page.page.click("#reset")
    page.wait_shown(len(expected["edges"]))
    zoom = page.page.evaluate("() => { ckg.cy.zoom(0.1); return ckg.cy.zoom(); }")
    page.page.click("#fit")
    assert page.page.evaluate("() => ckg.cy.zoom()") > zoom
    page.page.fill("#min-docs", "2")
    assert page.wait_shown(0) == (0, 0)  # every example statement is in one document
    page.page.fill("#min-docs", "1")
    page.wait_shown(len(expected["edges"]))
    # every example article is later than 1999 or undated; undated ones stay unless unticked
    undated = [k for k, ev in expected["evidence"].items() if any(not x["date"] for x in ev)]
    assert all(x["date"] > "1999-12-31" for ev in expected["evidence"].values() for x in ev if x["date"])
    page.page.fill("#date-to", "1999-12-31")
    page.page.dispatch_event("#date-to", "change")
    assert 0 < page.wait_shown(len(undated))[1] == len(undated) < len(expected["edges"])
    page.page.uncheck("#undated")
    assert page.wait_shown(0) == (0, 0)
    assert page.errors == []


def test_search_by_any_name(page):
    page.page.fill("#search", "pmc wagner")
    page.page.wait_for_function("() => document.getElementById('search-result').textContent !== ''")
    assert page.page.inner_text("#search-result") == "Wagner Group"
    assert page.page.evaluate("() => ckg.cy.nodes('.match').map(n => n.data('label'))") == ["Wagner Group"]
    page.page.fill("#search", "Bamako")  # a city name for the state
    page.page.wait_for_function("() => document.getElementById('search-result').textContent === 'Mali'")
    page.page.fill("#search", "Atlantis")
    page.page.wait_for_function("() => document.getElementById('search-result').textContent.startsWith('no actor')")


def test_hostile_text_is_shown_as_text(browser, tmp_path):
    doc = Document("d1", "</script><b>headline</b>", "javascript:alert(1)", "Desk & <Co>", "2024-01-02")
    text = "A </script><script>alert('x')</script> backs B <img src=x onerror=alert(2)>."
    net = Network({"urn:a": Actor("urn:a", "A </script>", ["A </script>"], "State", 1),
                   "urn:b": Actor("urn:b", "B", ["B"], "ArmedGroup", 1)},
                  [Edge("urn:a", "urn:b", "supports", [Evidence(text, doc, 0, len(text), "g", ["supports"])])])
    path = tmp_path / "hostile.html"
    path.write_text(render_html(net, "<i>T</i>"), encoding="utf-8")
    p = Page(browser, path)
    p.page.evaluate("() => ckg.showEdge('e0')")
    assert text in p.page.inner_text("#details")
    assert p.page.query_selector("#details img, #details script, #details b:not(:first-child) ~ b") is None
    assert p.page.query_selector("#details a") is None  # only http(s) sources become links
    assert p.errors == [] and p.page.title() == "<i>T</i>"
    p.page.close()


def test_large_network_takes_the_fast_path(browser, tmp_path):
    """Past 400 actors edges are straight and hidden while panning; the page still draws them all."""
    import random
    rng = random.Random(1)
    doc = Document("d", "", "", "", "2024-01-01")
    actors = {f"urn:{i}": Actor(f"urn:{i}", f"Actor {i}", [f"Actor {i}"], rng.choice(["State", "ArmedGroup"]), 1)
              for i in range(450)}
    edges = [Edge(f"urn:{i}", f"urn:{(i * 7 + 3) % 450}", rng.choice(["supports", "opposes"]),
                  [Evidence("x.", doc, 0, 2, f"g{i}", ["supports"])]) for i in range(450)]
    net = Network(actors, [e for e in edges if e.source != e.target])
    import networkx as nx
    net.positions = {k: tuple(v) for k, v in nx.circular_layout(sorted(actors)).items()}  # the page, not the layout
    path = tmp_path / "large.html"
    path.write_text(render_html(net), encoding="utf-8")
    p = Page(browser, path)
    assert p.shown() == (len({x for e in net.edges for x in (e.source, e.target)}), len(net.edges))
    assert p.page.evaluate("() => ckg.cy.edges()[0].style('curve-style')") == "straight"
    assert p.page.evaluate("() => [ckg.arrows(), ckg.cy.edges()[0].style('target-arrow-shape')]") == [False, "none"]
    p.page.evaluate("() => { ckg.cy.zoom(2); }")  # arrowheads come with the zoom
    p.page.wait_for_function("() => ckg.arrows() && ckg.cy.edges()[0].style('target-arrow-shape') === 'triangle'")
    assert p.errors == []
    p.page.close()
