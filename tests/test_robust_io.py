"""Files in and out: what `export --output` does to real files, symlinks, FIFOs and devices; inputs
that used to raise tracebacks or pass silently; every export re-parses (hypothesis)."""
from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictkg import EXPORT_FORMATS, Article, ExportError, InputError, KnowledgeGraph, build_articles, export
from conflictkg._export import _NOT_XML as NOT_XML
from conflictkg._read import read_articles

CLI = [sys.executable, "-m", "conflictkg"]
RDFLIB = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}


def run(*args, **kwargs):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, **kwargs)


def exported(store: Path, fmt: str = "ntriples") -> bytes:
    buf = io.BytesIO()
    with KnowledgeGraph(store, read_only=True) as kg:
        export(kg, buf, fmt)
    return buf.getvalue()


# -- export --output ----------------------------------------------------------------
def test_robust_export_follows_a_symlink_and_keeps_it(example_store, tmp_path):
    real = tmp_path / "real.ttl"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    r = run("export", "-f", "ntriples", "-o", link, "--store", example_store)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and real.read_bytes() == exported(example_store)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file's permissions are kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ttl", "real.ttl"]  # no temporary file left


def test_robust_export_streams_into_a_fifo(example_store, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = run("export", "-f", "ntriples", "-o", fifo, "--store", example_store, timeout=60)
    reader.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a FIFO, not replaced by a file
    assert got == [exported(example_store)]


def test_robust_export_to_devices_and_stdout(example_store):
    null = os.stat("/dev/null")
    r = run("export", "-o", "/dev/null", "--store", example_store)
    assert r.returncode == 0 and os.stat("/dev/null").st_rdev == null.st_rdev
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    r = subprocess.run([*CLI, "export", "-f", "ntriples", "-o", "/dev/stdout", "--store", str(example_store)],
                       capture_output=True)
    assert r.returncode == 0 and r.stdout == exported(example_store)
    with KnowledgeGraph(example_store, read_only=True) as kg:
        with pytest.raises(ExportError) as err:
            export(kg, Path("/dev/full"), "ntriples")
        assert err.value.code == "E402" and "No space left" in str(err.value)
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    r = subprocess.run([*CLI, "export", "-o", "-", "--store", str(example_store)], capture_output=True)
    assert r.returncode == 0 and r.stdout.startswith(b"@prefix")


def test_robust_full_disk_and_closed_pipe_on_stdout(example_store):
    with open("/dev/full", "wb") as full:
        for args in (["export"], ["query", "sources"]):
            r = subprocess.run([*CLI, *args, "--store", str(example_store)], stdout=full, stderr=subprocess.PIPE,
                               text=True)
            assert r.returncode == 6 and r.stderr.startswith("error: [E403]"), (args, r.stderr)
            assert len(r.stderr.strip().splitlines()) == 1
    # `export | head -1`: the reader leaves; the export stops quietly, as other tools do
    p = subprocess.Popen([*CLI, "export", "-f", "nquads", "--store", str(example_store)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()
    assert p.wait(60) == 141 and p.stderr.read() == b""
    p.stderr.close()


def test_robust_export_into_a_missing_folder_or_onto_a_folder(example_store, tmp_path):
    for target in (tmp_path / "missing" / "kg.ttl", tmp_path):
        with KnowledgeGraph(example_store, read_only=True) as kg, pytest.raises(ExportError) as err:
            export(kg, target, "turtle")
        assert err.value.code == "E402"
    assert list(tmp_path.iterdir()) == []


# -- inputs -------------------------------------------------------------------------
TEXT = "Brief\n\nTurkey backs the Government of National Accord."


@pytest.mark.parametrize(("row", "code", "words"), [
    ({"publisher": {}}, "E109", "'publisher' must be a string"),
    ({"url": ["x"]}, "E109", "'url' must be a string"),
    ({"title": ["x"]}, "E109", "'title' must be a string"),
    ({"title": 5}, "E109", "'title' must be a string, not int"),
    ({"url": "http://example.org/a b"}, "E114", "not a valid IRI"),
    ({"date": "2020-07-22T99:99:99garbage"}, "E106", "not an ISO date"),
    ({"date": 20200722}, "E106", "not a string"),
    ({"text": "Brief \ud800 text"}, "E113", "lone surrogate"),
    ({"id": "a\udfffb"}, "E113", "lone surrogate"),
])
def test_robust_bad_article_fields_are_one_line(tmp_path, row, code, words):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": TEXT} | row) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_articles([f])
    assert err.value.code == code and words in str(err.value)


def test_robust_dates_with_a_time_keep_their_date(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": TEXT, "date": "2020-07-22T10:30:00Z"}) + "\n", encoding="utf-8")
    assert read_articles([f])[0].date == "2020-07-22"


def test_robust_deep_json_and_loops_and_config_folders(tmp_path, monkeypatch):
    from conflictkg._config import load_settings
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    r = run("build", deep, "--store", tmp_path / "kg")
    assert r.returncode == 3 and "[E105]" in r.stderr and "Traceback" not in r.stderr
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop")
    with pytest.raises(InputError, match="loops"):
        read_articles([loop])
    monkeypatch.setenv("CONFLICTKG_CONFIG", str(tmp_path))
    with pytest.raises(InputError, match="a folder"):
        load_settings()


def test_robust_duplicate_ids_are_said(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    two.write_text(json.dumps({"id": "a", "text": TEXT + " Again."}) + "\n", encoding="utf-8")
    said = []
    articles = read_articles([one, two], warn=said.append)
    assert [a.text for a in articles] == [TEXT + " Again."]
    assert len(said) == 1 and "'a' appears twice" in said[0] and "two.jsonl" in said[0]


# -- every export re-parses -------------------------------------------------------------
XML_ILLEGAL = "\x00\x01\x08\x0b\x0c\x1b\x7f\ufffe"
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(XML_ILLEGAL), max_size=40)
ids = st.one_of(st.sampled_from([".", "..", "0.", "a/b", "#x", "a b", "%2E", "?q=1", "é", "<>"]),
                st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
                ).filter(lambda s: s.strip())


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(doc_id=ids, before=texts, after=texts, title=texts)
def test_robust_every_export_reparses_in_rdflib_and_pyoxigraph(extractor, tmp_path_factory, doc_id, before, after,
                                                                 title):
    store = tmp_path_factory.mktemp("hyp") / "kg"
    text = f"{before}\n\nTurkey backs the Government of National Accord. {after}"
    build_articles([Article(id=doc_id, text=text, title=title or None)], store, extractor=extractor)
    with KnowledgeGraph(store, read_only=True) as kg:
        quads = sum(1 for _ in kg.quads(with_ontology=False))
        triples = sum(1 for _ in kg.triples(with_ontology=False))
        for fmt, rdf_format in EXPORT_FORMATS.items():
            buf = io.BytesIO()
            try:
                export(kg, buf, fmt)
            except ExportError as err:  # only RDF/XML refuses, and only text XML cannot carry
                assert fmt == "rdfxml" and err.code == "E404" and NOT_XML.search(doc_id + text + title)
                continue
            data = buf.getvalue()
            parsed = list(ox.parse(data, format=rdf_format))
            assert len(parsed) == (quads if rdf_format.supports_datasets else triples), fmt
            if rdf_format.supports_datasets:
                ds = rdflib.Dataset()
                ds.parse(data=data, format=RDFLIB[fmt])
                assert len(list(ds.quads((None, None, None, None)))) == quads, fmt
            else:
                assert len(rdflib.Graph().parse(data=data, format=RDFLIB[fmt])) == triples, fmt


@pytest.mark.parametrize("doc_id", [".", "..", "0.", "v1.2.", "a.b", "%2E", "0%2E"])
def test_robust_article_ids_make_segments_every_turtle_reader_takes(doc_id):
    from conflictkg._vocab import id_segment
    segment = id_segment(doc_id)
    # rdflib 7 cannot read a prefixed name ending in an escaped dot (doc:0\.), nor dot-segments
    assert not segment.endswith(".") and "/" not in segment
    others = {id_segment(x) for x in [".", "..", "0.", "v1.2.", "a.b", "%2E", "0%2E"] if x != doc_id}
    assert segment not in others  # one id, one IRI
    turtle = f"@prefix doc: <http://example.org/doc/> .\n<http://example.org/s> <http://example.org/p> doc:{segment} .\n"
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == 1
