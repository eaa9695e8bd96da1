"""The predicate lexicon as data: ontology/lexicon/predicates.jsonl and light_verbs.json.

Checks the entries against the format (ontology/lexicon/README.md), the ontology (conflictkg.ttl)
and the real spaCy model: every example sentence must contain its entry's lemma with its POS, and
the dependents its `requires` names. Relation extraction itself is tested elsewhere.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from conflictkg._nlp import load_model
from conflictkg._relations._constructions import required
from conflictkg._resources import ontology_dir, ontology_file
from conflictkg._vocab import COARSE

LEXICON = ontology_dir() / "lexicon"
CKG = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")
POS = {"VERB", "NOUN", "ADJ"}
FIELDS = {"lemma", "pos", "relation", "frame", "preps", "requires", "symmetric", "inverse", "directed", "agent", "patient", "nonperson", "leader",
          "hedged", "prefix", "example"}
# Frames whose patient (or, for receive, agent) is the object of one of the entry's prepositions.
NEEDS_PREPS = {"prep", "receive", "event_noun", "adjective"}


@cache
def entries() -> list[dict]:
    lines = (LEXICON / "predicates.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def key(entry: dict) -> tuple:
    """One entry per key, as the loader reads them (a lemma may have several senses by frame and
    preposition: "fight" Y, "fight alongside" Y)."""
    return (entry["lemma"], entry["pos"], json.dumps(entry.get("requires", {}), sort_keys=True), entry["frame"],
            tuple(entry.get("preps", [])))


def label(entry: dict) -> str:
    return "/".join(str(p) for p in key(entry))


@cache
def actor_relations() -> frozenset[str]:
    """Object properties of the ontology that relate two actors (their range is an actor class) and
    that statements can carry (they have a coarse relation); not background knowledge like governmentOf."""
    g = rdflib.Graph().parse(ontology_file(), format="turtle")
    actor_classes = set(g.transitive_subjects(RDFS.subClassOf, CKG.Actor))
    declared = {str(p).removeprefix(str(CKG)) for p in g.subjects(RDF.type, OWL.ObjectProperty)
                if str(p).startswith(str(CKG)) and g.value(p, RDFS.range) in actor_classes}
    return frozenset(declared & set(COARSE))


@cache
def readme_frames() -> frozenset[str]:
    """The frame names of the README's frames table (its rows start with a `name` cell)."""
    text = (LEXICON / "README.md").read_text(encoding="utf-8")
    section = text.split("### Frames", 1)[1].split("\n## ", 1)[0]
    return frozenset(re.findall(r"^\| `(\w+)` \|", section, flags=re.M))


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def example_docs(nlp):
    with_examples = [e for e in entries() if "example" in e]
    return dict(zip(map(key, with_examples), nlp.pipe(e["example"]["text"] for e in with_examples)))


def test_lexicon_every_line_is_a_json_object_with_known_fields():
    lines = [line for line in (LEXICON / "predicates.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 350
    for line in lines:
        entry = json.loads(line)
        assert isinstance(entry, dict), line
        assert FIELDS >= set(entry), f"unknown fields {set(entry) - FIELDS} in {line}"


@pytest.mark.parametrize("entry", entries(), ids=label)
def test_lexicon_entry_is_well_formed(entry):
    assert {"lemma", "pos", "relation", "frame"} <= set(entry)
    assert entry["lemma"] and entry["lemma"] == entry["lemma"].strip().lower() and " " not in entry["lemma"]
    assert entry["pos"] in POS
    assert entry["relation"] in actor_relations(), f"{entry['relation']} is no actor relation of conflictkg.ttl"
    assert entry.get("nonperson", "supports") in actor_relations()
    assert entry.get("leader", "commands") in ("commands", "officialOf")
    assert entry["frame"] in readme_frames(), f"{entry['frame']} is no frame of the README"
    for flag in ("symmetric", "hedged", "prefix"):
        assert entry.get(flag, False) in (True, False)
    preps = entry.get("preps", [])
    assert isinstance(preps, list) and len(preps) == len(set(preps))
    assert all(isinstance(p, str) and re.fullmatch(r"[a-z]+", p) for p in preps)
    if entry.get("prefix"):
        assert entry["frame"] == "adjective" and entry["pos"] == "ADJ" and not preps
    elif entry["frame"] in NEEDS_PREPS:
        assert preps, f"frame {entry['frame']} needs preps"
    requires = entry.get("requires", {})
    assert isinstance(requires, dict)
    assert all(isinstance(v, str) and v == v.lower() and v for v in requires.values())


def test_lexicon_requires_name_labels_the_parser_gives(nlp):
    labels = set(nlp.get_pipe("parser").labels)
    for entry in entries():
        for path in entry.get("requires", {}):
            assert set(path.split(".")) <= labels, f"{label(entry)}: {path}"


def test_lexicon_no_duplicate_lemma_pos_requires():
    dupes = [k for k, n in Counter(map(key, entries())).items() if n > 1]
    assert not dupes


def test_lexicon_examples_cover_a_third_every_idiom_frame_and_preposition():
    with_examples = [e for e in entries() if "example" in e]
    assert 3 * len(with_examples) >= len(entries())
    assert not [label(e) for e in entries() if e.get("requires") and "example" not in e]
    assert {e["frame"] for e in with_examples} == {e["frame"] for e in entries()}
    for prep in {p for e in entries() for p in e.get("preps", [])}:
        assert any(prep in e.get("preps", []) and re.search(rf"\b{prep}\b", e["example"]["text"], flags=re.I)
                   for e in with_examples), f"no example uses {prep!r}"


@pytest.mark.parametrize("entry", [e for e in entries() if "example" in e], ids=label)
def test_lexicon_example_has_its_lemma_and_required_dependents(entry, example_docs):
    ex = entry["example"]
    assert set(ex) == {"text", "subject", "object"}
    assert ex["subject"] in ex["text"] and ex["object"] in ex["text"] and ex["subject"] != ex["object"]
    doc = example_docs[key(entry)]
    # the extractor reads an auxiliary as a verb ("was behind the bombing": the copula is AUX)
    triggers = [t for t in doc if t.lemma_.lower() == entry["lemma"]
                and (t.pos_ == entry["pos"] or (entry["pos"], t.pos_) == ("VERB", "AUX"))]
    assert triggers, f"{entry['lemma']}/{entry['pos']} not in " + " ".join(f"{t.lemma_}/{t.pos_}" for t in doc)
    requires = entry.get("requires", {})
    # read as the extractor reads it (particles under any of their labels, alternatives with "|")
    assert any(all(required(t, path, lemma) for path, lemma in requires.items())
               for t in triggers), f"{requires} unmet in " + " ".join(f"{t.text}/{t.dep_}<{t.head.i}" for t in doc)


def test_light_verbs_are_lemmas_of_the_model(nlp):
    data = json.loads((LEXICON / "light_verbs.json").read_text(encoding="utf-8"))
    lists = {k: v for k, v in data.items() if not k.startswith("_")}
    assert set(lists) == {"positive", "negating", "receiving", "punitive"}
    # punitive verbs are negating verbs that punish the receiver of what they cut
    assert set(lists["punitive"]) <= set(lists["negating"])
    seen = [verb for kind, verbs in lists.items() if kind != "punitive" for verb in verbs]
    assert len(seen) == len(set(seen)), "a light verb is in two lists"
    for verb in seen:
        head, *particle = verb.split(" ")
        assert verb == verb.lower() and len(particle) <= 1
        token = nlp(f"They will {head} it.")[2]
        assert (token.lemma_, token.pos_) == (head, "VERB"), verb
