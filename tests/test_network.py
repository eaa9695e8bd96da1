"""The network export (`conflictkg graph`) without a browser: what it reads from the store, the
files it writes, and its errors. The page in a real browser: test_network_browser.py."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

import conflictkg
from conflictkg import KnowledgeGraph, read_network, run_query, saved_queries
from conflictkg._network import Actor, Document, Edge, Evidence, Network, page_data, render_html
from conftest import ROOT

CLI = [sys.executable, "-m", "conflictkg"]
ASSETS = ROOT / "src" / "conflictkg" / "assets"


def run(*args):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def corroboration(example_store):
    """The saved corroboration query's supports/opposes rows: the network must say the same."""
    with KnowledgeGraph(example_store, read_only=True) as kg:
        _, rows = run_query(kg, saved_queries()["corroboration"])
    return {(r["subject"], r["relation"], r["object"]): r for r in rows if r["relation"] in ("supports", "opposes")}


@pytest.fixture(scope="module")
def net(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        return read_network(kg)


def labelled(net):
    return {(net.actors[e.source].label, e.relation, net.actors[e.target].label): e for e in net.edges}


def test_vendored_cytoscape_is_the_noted_file():
    note = (ASSETS / "cytoscape" / "VENDOR.md").read_text(encoding="utf-8")
    noted = re.search(r"\| sha256 \| `([0-9a-f]{64})` \|", note).group(1)
    assert hashlib.sha256((ASSETS / "cytoscape" / "cytoscape.min.js").read_bytes()).hexdigest() == noted
    version = re.search(r"\| version \| (\S+) \|", note).group(1)
    assert f'.version="{version}"' in (ASSETS / "cytoscape" / "cytoscape.min.js").read_text(encoding="utf-8")
    assert "Permission is hereby granted" in (ASSETS / "cytoscape" / "LICENSE").read_text(encoding="utf-8")


def test_edges_are_the_corroboration_rows(net, corroboration):
    edges = labelled(net)
    assert set(edges) == set(corroboration)
    for key, row in corroboration.items():
        e = edges[key]
        assert (e.independent, e.mentions, e.documents) == (int(row["independent"]), int(row["mentions"]),
                                                           int(row["documents"])), key
    assert {a.label for a in net.actors.values()} == {k[0] for k in corroboration} | {k[2] for k in corroboration}


def test_evidence_carries_document_publisher_date_and_offsets(net, example_store):
    e = labelled(net)[("Turkey", "supports", "Somali National Army")]
    [ev] = e.evidence
    assert ev.document.id == "horn-brief-1" and ev.document.publisher == "conflictkg example desk"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", ev.document.date)
    text = next(line for line in (ROOT / "examples" / "corpus" / "horn-brief.jsonl").read_text().splitlines()
                if json.loads(line)["id"] == "horn-brief-1")
    assert json.loads(text)["text"][ev.begin:ev.end] == ev.sentence


def test_actors_have_type_and_every_name(net):
    wagner = next(a for a in net.actors.values() if a.label == "Wagner Group")
    assert wagner.type == "ArmedGroup" and "PMC Wagner" in wagner.names and wagner.documents >= 1
    assert all(a.names[0] == a.label and len(set(a.names)) == len(a.names) for a in net.actors.values())


def test_names_are_listed_once(libya_kg):
    """A preferred label that is also an alternative label ('Khalifa Haftar') is listed once."""
    haftar = next(a for a in read_network(libya_kg, focus="Hifter", hops=0).actors.values())
    assert haftar.label == "Khalifa Haftar" and haftar.names.count("Khalifa Haftar") == 1
    assert {"Hifter", "Haftar"} <= set(haftar.names)


@pytest.mark.parametrize("name", ["Wagner", "pmc wagner", "WAGNER GROUP"])
def test_focus_by_any_name(example_store, name):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        one = read_network(kg, focus=name, hops=1)
        zero = read_network(kg, focus=name, hops=0)
        two = read_network(kg, focus=name, hops=2)
    [centre] = one.focus
    assert one.actors[centre].label == "Wagner Group"
    assert all(centre in (e.source, e.target) for e in one.edges) and len(one.edges) == 2
    assert list(zero.actors) == [centre] and zero.edges == []
    # two hops: Russia's other partner (Mali) comes in
    assert {a.label for a in two.actors.values()} > {a.label for a in one.actors.values()}
    assert "Mali" in {a.label for a in two.actors.values()}


def test_min_documents_leaves_out_thin_links(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        assert read_network(kg, min_documents=2).edges == []  # every example statement is in one document


def test_graphml_and_gexf_read_back(example_store, tmp_path, net):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
            report = conflictkg.network(kg, tmp_path / f"n.{fmt}")
            assert report.format == fmt
            g = reader(tmp_path / f"n.{fmt}")
            assert g.is_directed() and g.number_of_nodes() == len(net.actors)
            assert g.number_of_edges() == len(net.edges)
            label = {n: d["label"] for n, d in g.nodes(data=True)}
            got = {(label[s], d["relation"], label[t]): int(d["independent"]) for s, t, d in g.edges(data=True)}
            assert got == {k: e.independent for k, e in labelled(net).items()}
            mali = next(d for n, d in g.nodes(data=True) if d["label"] == "Mali")
            assert mali["type"] == "State" and "Bamako" in mali["names"].split(" | ")


def test_svg_and_png_are_pictures(example_store, tmp_path):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        conflictkg.network(kg, tmp_path / "n.svg")
        conflictkg.network(kg, tmp_path / "n.png", title="Example network")
    root = ET.parse(tmp_path / "n.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    svg = (tmp_path / "n.svg").read_text(encoding="utf-8")
    assert "Wagner Group" in svg and "supports" in svg
    assert (tmp_path / "n.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_html_stands_alone_and_is_the_same_each_time(example_store, tmp_path):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        conflictkg.network(kg, tmp_path / "a.html")
        conflictkg.network(kg, tmp_path / "b.html")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page == (tmp_path / "b.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "default-src 'none'" in page  # the page may fetch nothing
    assert (ASSETS / "cytoscape" / "cytoscape.min.js").read_text(encoding="utf-8") in page


def hostile_network() -> Network:
    doc = Document("d1", "</script><b>title</b>", "javascript:alert(1)", "Desk & <Co>", "2024-01-02")
    text = "A </script><script>alert('x')</script> backs B <!-- & \u2028 -->."
    a = Actor("urn:a", "A </script>", ["A </script>", "<img src=x onerror=alert(1)>"], "State", 1)
    b = Actor("urn:b", "B", ["B"], "ArmedGroup", 1)
    return Network({"urn:a": a, "urn:b": b}, [Edge("urn:a", "urn:b", "supports",
                                                    [Evidence(text, doc, 0, len(text), "g", ["supports"])])])


def test_page_data_cannot_break_out_of_its_script_element():
    page = render_html(hostile_network(), "T <script>")
    data = page.split('<script id="data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert json.loads(data) == json.loads(json.dumps(page_data(hostile_network(), "T <script>")))
    assert "<title>T &lt;script&gt;</title>" in page


def test_cli_graph_writes_each_format(example_store, tmp_path):
    r = run("graph", "--store", example_store, "--output", tmp_path / "net.html")
    assert r.returncode == 0, r.stderr
    assert re.search(r"wrote .*net\.html: \d+ actors, \d+ links \(html\)", r.stderr)
    r = run("graph", "--store", example_store, "--output", tmp_path / "net.out", "--format", "graphml")
    assert r.returncode == 0, r.stderr
    assert nx.read_graphml(tmp_path / "net.out").number_of_edges() > 0


@pytest.mark.parametrize("args,code,pattern", [
    (["--focus", "Atlantis Liberation Front"], 5, r"^error: \[E320\] no actor in the store is named 'Atlantis Liberation Front'$"),
    (["--focus", "Wagnr Group"], 5, r"^error: \[E320\] .*did you mean 'Wagner Group'"),
    (["--format", "pdf"], 6, r"^error: \[E410\] unknown graph format 'pdf'"),
    (["--output", "network.pdf"], 6, r"^error: \[E410\] cannot tell the graph format from 'network.pdf'"),
    (["--output", "/nonexistent-folder/network.html"], 6, r"^error: \[E402\] cannot write /nonexistent-folder/network.html"),
])
def test_cli_graph_bad_input_gives_one_error_line(example_store, tmp_path, args, code, pattern):
    r = subprocess.run([*CLI, "graph", "--store", str(example_store), *args], capture_output=True, text=True,
                       cwd=tmp_path)
    assert r.returncode == code, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and re.search(pattern, lines[0]), r.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_cli_graph_unwritable_file_leaves_nothing(example_store, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "network.html").mkdir()  # a folder where the file should go
    r = run("graph", "--store", example_store, "--output", locked / "network.html")
    assert r.returncode == 6 and "error: [E402]" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert [p.name for p in locked.iterdir()] == ["network.html"]
