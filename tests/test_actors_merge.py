"""Across articles (issue 12, item 3): merges only of compatible names with agreeing types, never two
full names, each with a confidence and its evidence; stored by the build, shown and undone by analysts."""
import json
import subprocess
import sys

import pytest

import conflictkg
from conflictkg import KnowledgeGraph
from conflictkg._actors._merge import ActorRecord, merge_actors
from conflictkg._claims import iter_actors
from conflictkg._read import Article

A = "https://w3id.org/conflictkg/id/actor/"


def rec(label, type_, doc, known=False, labels=()):
    return ActorRecord(A + label.replace(" ", "_"), label, frozenset({label, *labels}), type_, doc, known)


@pytest.mark.parametrize(("a", "b", "min_conf"), [
    (rec("Tomas Relvani", "Official", "d1"), rec("Relvani", "Person", "d2"), 0.6),
    (rec("Faustin-Archange Touadéra", "Official", "d1"), rec("Touadéra", "Organization", "d2"), None),  # types disagree
    (rec("Ibrahim Traore", "Official", "d1", known=True), rec("Ibrahim Traoré", "Person", "d2"), 0.9),
    (rec("Karsa Liberation Front", "ArmedGroup", "d1"), rec("Karsa Liberation", "Organization", "d2"), 0.7),
    (rec("Karsa Liberation Front", "ArmedGroup", "d1", labels=("KLF",)), rec("KLF", "ArmedGroup", "d2"), 0.7),
    (rec("Karsa Liberation Front", "ArmedGroup", "d1"), rec("Karsa Liberation Front", "Government", "d2"), None),
])
def test_merge_only_compatible_names_with_agreeing_types(a, b, min_conf):
    merges = merge_actors([a, b])
    if min_conf is None:
        # a person and an organisation, an armed group and a government: never one actor
        assert merges == [] or all(m.actor != b.iri for m in merges)
    else:
        [m] = merges
        assert {m.actor, m.into} == {a.iri, b.iri}
        assert m.confidence >= min_conf and m.evidence


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmad Massoud", "Ahmad Shah Massoud"),  # father and son
    ("Idriss Deby Itno", "Mahamat Idriss Deby"),
    ("Tomas Relvani", "Teodor Relvani"),
])
def test_two_different_full_names_are_never_merged(a, b):
    assert merge_actors([rec(a, "Official", "d1"), rec(b, "Official", "d2")]) == []


def test_a_surname_two_people_share_is_not_merged():
    records = [rec("Tomas Relvani", "Official", "d1"), rec("Teodor Relvani", "Official", "d2"), rec("Relvani", "Person", "d3")]
    assert merge_actors(records) == []


def test_gazetteer_actors_are_never_merged_with_each_other():
    records = [rec("Karsa Front", "ArmedGroup", "d1", known=True, labels=("KF",)),
               rec("Karsa Front Council", "ArmedGroup", "d2", known=True, labels=("KF",))]
    assert merge_actors(records) == []


def test_analysts_declare_same_and_different():
    a, b = rec("Tomas Relvani", "Official", "d1"), rec("Relvani", "Person", "d2")
    assert merge_actors([a, b], different=[(a.iri, b.iri)]) == []
    c, d = rec("Velmar Front", "ArmedGroup", "d1"), rec("Blue Hand", "ArmedGroup", "d2")
    [m] = merge_actors([c, d], same=[(c.iri, d.iri)])
    assert m.confidence == 1.0 and "sameAs" in m.evidence


@pytest.fixture(scope="module")
def merged_store(tmp_path_factory, extractor):
    path = tmp_path_factory.mktemp("merge") / "kg"
    articles = [
        Article(id="m1", text="Rebels advance\n\nPresident Tomas Relvani said the Karsa Liberation Front had attacked the town.",
                date="2024-01-02"),
        Article(id="m2", text="Talks stall\n\nPresident Relvani said the army would hold. The KLF denied the charge.",
                date="2024-01-05"),
        Article(id="m3", text="Envoy meets leader\n\nOfficials met Teodor Relvani, a rival commander, in the north.",
                date="2024-01-06"),
    ]
    conflictkg.build_articles(articles, path, extractor=extractor)
    return path


def test_build_stores_merges_and_the_actors_file_shows_their_evidence(merged_store):
    with KnowledgeGraph(merged_store, read_only=True) as kg:
        rows = {r["label"]: r for r in iter_actors(kg)}
        unmerged = {r["label"] for r in iter_actors(kg, merged=False)}
    assert "Relvani" in unmerged  # m2 names him by surname only; two people carry that surname
    # the surname is ambiguous across the store (Tomas and Teodor): it stays its own node
    assert "Relvani" in rows and "same_as" not in rows["Relvani"]
    assert "Tomas Relvani" in rows and "Teodor Relvani" in rows


def test_cli_actors_writes_same_as_and_unmerged(tmp_path, extractor):
    store = tmp_path / "kg"
    conflictkg.build_articles([
        Article(id="a1", text="Karsa news\n\nThe Karsa Liberation Front seized the town, said President Tomas Relvani."),
        Article(id="a2", text="More news\n\nPresident Relvani said the Karsa Liberation Front would fight on."),
    ], store, extractor=extractor)
    out = tmp_path / "actors.jsonl"
    r = subprocess.run([sys.executable, "-m", "conflictkg", "actors", "--store", store, "--output", out],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    person = next(r for r in rows if r["label"] == "Tomas Relvani")
    assert person["documents"] == ["a1", "a2"]
    [link] = person["same_as"]
    assert link["label"] == "Relvani" and 0 < link["confidence"] < 1 and "surname" in link["evidence"]
    assert not any(r["label"] == "Relvani" for r in rows)
