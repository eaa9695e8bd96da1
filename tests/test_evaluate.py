"""evaluate: the store scored against hand-written gold annotations of the example corpus."""
import json
import subprocess
import sys

import pytest

from conflictkg import InputError, KnowledgeGraph
from conflictkg._evaluate import evaluate, read_gold
from conftest import LIBYA, ROOT, SHARED, needs_shared

GOLD = ROOT / "tests" / "data" / "example-gold.jsonl"


def test_evaluate_counts_hits_misses_and_false_statements(example_store):
    with KnowledgeGraph(example_store, read_only=True) as kg:
        result = evaluate(kg, read_gold(GOLD))
    overall = result.by_relation["all"]
    assert (overall.tp, overall.gold) == (5, 5)
    assert overall.predicted == len(result.false_statements) + 5
    assert result.by_relation["official_of"].as_dict()["recall"] == 1.0
    # (paying salaries for "army units" of the story's home state is read since datelines are their own
    # sentences: nothing of the small gold file is missed; what it does not annotate counts as false)
    assert result.misses == [] and result.false_statements
    assert result.rules["participle"].tp == 2  # "Somali troops, backed by Turkey and the United States"
    assert result.types == (2, 2)


@needs_shared
def test_evaluate_agrees_with_the_shared_scorer(libya_store, tmp_path):
    gold = SHARED / "gold" / "libya-2020.jsonl"
    claims = tmp_path / "claims.jsonl"
    subprocess.run([sys.executable, "-m", "conflictkg", "claims", "--store", str(libya_store), "-o", str(claims)], check=True)
    scored = json.loads(subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_claims.py"), "--gold", str(gold), "--claims", str(claims),
         "--corpus", str(LIBYA), "--json"], capture_output=True, text=True, check=True).stdout)
    with KnowledgeGraph(libya_store, read_only=True) as kg:
        ours = evaluate(kg, read_gold(gold)).as_dict()
    for rel, m in scored["sentence_level"].items():
        assert (ours["sentence_level"][rel]["tp"], ours["sentence_level"][rel]["predicted"],
                ours["sentence_level"][rel]["gold"]) == (m["tp"], m["pred"], m["gold"]), rel
    # same counts; the shared scorer takes F1 of P and R already rounded to 3 places, so the last digit may differ
    assert (ours["graph_level"]["tp"], ours["graph_level"]["predicted"]) == (scored["graph_level"]["tp"], scored["graph_level"]["pred"])
    assert round(abs(ours["graph_level"]["f1"] - scored["graph_level"]["f1"]), 3) <= 0.001
    assert len(ours["misses"]) == len(scored["misses"])


@pytest.mark.parametrize(("content", "code"), [
    ("", "E134"), ("{not json\n", "E132"), ('{"doc": "x"}\n', "E133"), ("[1, 2]\n", "E133"),
])
def test_evaluate_bad_gold_file(tmp_path, content, code):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(path)
    assert err.value.code == code


def test_evaluate_cli_prints_the_table_and_fails_cleanly(example_store, tmp_path):
    r = subprocess.run([sys.executable, "-m", "conflictkg", "evaluate", str(GOLD), "--store", str(example_store)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1].split()[:2] == ["sentence", "all"] and "FALSE horn-brief-1" in r.stdout
    (tmp_path / "bad.jsonl").write_bytes(b"\xff\xfe")
    r = subprocess.run([sys.executable, "-m", "conflictkg", "evaluate", str(tmp_path / "bad.jsonl"),
                        "--store", str(example_store)], capture_output=True, text=True)
    assert r.returncode == 3 and len(r.stderr.strip().splitlines()) == 1 and "not UTF-8" in r.stderr
