"""The Wikidata importer (issue 12, item 5): Wikidata-derived files -> the actors Turtle the tool reads."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg import ActorBase
from conflictkg._actors._wikidata import import_file, read_items
from conflictkg._errors import InputError

SAMPLE = Path(__file__).parent / "data" / "wikidata-sample.json"
A = "https://w3id.org/conflictkg/id/actor/"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("wd") / "actors-wd.ttl"
    report = import_file(SAMPLE, out, kb=ActorBase.load())
    return out, report, ActorBase.load([out])


@pytest.mark.parametrize(("label", "type_"), [
    ("Vladimir Putin", "Official"),  # human with a position held
    ("Tomas Relvani", "Official"),  # human chairing a group
    ("Ilsa Brandt", "Person"),  # human, nothing else known
    ("Karsa Liberation Front", "ArmedGroup"),
    ("Velmar Peace Institute", "Organization"),
])
def test_import_types_from_p31_p39_p488(imported, label, type_):
    _, _, kb = imported
    assert kb.actors[kb.by_name[label.casefold()]].type == type_


def test_import_keeps_gazetteer_iris_and_reads_nationality_and_aliases(imported):
    _, _, kb = imported
    putin = kb.actors[A + "Vladimir_Putin"]  # the gazetteer's node, found by its Wikidata item
    assert "Vladimir Vladimirovich Putin" in putin.alt_labels and putin.nationality == A + "Russia"
    assert kb.actors[A + "Tomas_Relvani"].nationality == A + "Turkey"
    assert kb.by_name["klf"] == A + "Karsa_Liberation_Front"


@pytest.mark.parametrize(("on", "commander"), [(None, "Tomas_Relvani"), ("2015-05-01", "Oren_Maddox_Vell")])
def test_import_commander_is_the_chair_in_office_on_the_date(on, commander):
    report = import_file(SAMPLE, kb=ActorBase.load(), on=on)
    block = report.turtle.split("actor/Karsa_Liberation_Front>")[1].split(" .\n")[0]
    assert f"ckg:commandedBy <{A}{commander}>" in block


def test_import_skips_items_of_other_classes(imported):
    _, report, kb = imported
    assert report.skipped == ["Q999999907"] and "mount karsa" not in kb.by_name


def test_import_reads_csv_and_sparql_results(tmp_path):
    csv_file = tmp_path / "items.csv"
    csv_file.write_text("id,label,aliases,P31,P27,P39,P488\n"
                        "Q999999911,Arden Vale,Vale,Q5,,Q999999901@2020-01-01/,\n"
                        "Q999999912,Red Hand Brigade,RHB,Q17149090,,,Q999999911@2021-01-01/\n", encoding="utf-8")
    items = {i.label: i for i in read_items(csv_file)}
    assert items["Arden Vale"].positions[0].start == "2020-01-01" and items["Red Hand Brigade"].chairs[0].value == "Q999999911"
    sparql = tmp_path / "result.json"
    sparql.write_text(json.dumps({"head": {}, "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q999999912"},
         "itemLabel": {"type": "literal", "value": "Red Hand Brigade"},
         "class": {"type": "uri", "value": "http://www.wikidata.org/entity/Q17149090"},
         "alias": {"type": "literal", "value": "RHB"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q999999912"},
         "itemLabel": {"type": "literal", "value": "Red Hand Brigade"},
         "class": {"type": "uri", "value": "http://www.wikidata.org/entity/Q17149090"},
         "alias": {"type": "literal", "value": "Red Hand"}}]}}), encoding="utf-8")
    [item] = read_items(sparql)
    assert item.aliases == ["RHB", "Red Hand"] and item.classes == ["Q17149090"]


@pytest.mark.parametrize(("content", "code"), [(None, "E140"), ("{not json", "E142"), ('{"items": [1, 2]}', "E142")])
def test_import_bad_files_are_one_line_errors(tmp_path, content, code):
    path = tmp_path / "items.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_items(path)
    assert err.value.code == code
    r = subprocess.run([sys.executable, "-m", "conflictkg", "import-wikidata", str(path)], capture_output=True, text=True)
    assert r.returncode == 3 and r.stderr.startswith(f"error: [{code}]") and len(r.stderr.strip().splitlines()) == 1
