"""scripts/miss_causes.py: each missed gold line gets the first cause that applies (our own article)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "miss_causes.py"
TEXT = ("Korvia armed the Drel Front in May. Dravnia shelled the port on Monday. "
        "The Kamar Brigade and the Drel Front met in Tarsk.")


@pytest.fixture(scope="module")
def causes(extractor):
    spec = importlib.util.spec_from_file_location("miss_causes", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from conflictkg import Article
    _, linked, readings = next(extractor.extract([Article(id="t", text=TEXT)]))
    names = mod.actor_names(linked)

    def cause(subject, relation, obj, sentence):
        row = {"doc": "t", "subject": [subject], "relation": relation, "object": [obj], "sentence": sentence}
        return mod.cause_of(row, linked, readings, names)
    return cause


@pytest.mark.parametrize("subject,relation,obj,sentence,expected", [
    ("Korvia", "supports", "Drel Front", "Korvia armed the Drel Front", None),
    ("Pellaria", "supports", "Drel Front", "Korvia armed the Drel Front", "no-actor-subject"),
    ("Korvia", "supports", "Ossel Movement", "Korvia armed the Drel Front", "no-actor-object"),
    ("Dravnia", "opposes", "Drel Front", "Korvia armed the Drel Front", "absent-subject"),
    ("Korvia", "opposes", "Dravnia", "Korvia armed the Drel Front", "absent-object"),
    ("Korvia", "opposes", "Drel Front", "Korvia armed the Drel Front", "other-relation"),
    ("Kamar Brigade", "supports", "Drel Front", "The Kamar Brigade and the Drel Front met", "no-reading"),
])
def test_each_miss_gets_its_first_cause(causes, subject, relation, obj, sentence, expected):
    assert causes(subject, relation, obj, sentence) == expected
