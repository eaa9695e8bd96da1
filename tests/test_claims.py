import json
import subprocess
import sys

from conflictkg import iter_claims
from conftest import LIBYA, SHARED, needs_shared

KEYS = {"subject", "subject_labels", "subject_type", "relation", "predicate", "object", "object_labels",
        "object_type", "doc", "start", "end", "sentence", "confidence"}


@needs_shared
def test_claims_have_exact_offsets_and_the_gold_format(libya_kg):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in LIBYA.glob("*.txt")}
    claims = list(iter_claims(libya_kg))
    assert claims
    for c in claims:
        assert KEYS <= set(c)
        assert texts[c["doc"]][c["start"]:c["end"]] == c["sentence"]
        assert c["relation"] in ("supports", "opposes", "official_of")
        assert 0 <= c["confidence"] <= 1
        assert c["subject"] in c["subject_labels"]


@needs_shared
def test_claims_score_with_the_shared_scorer(libya_kg, tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in iter_claims(libya_kg)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score_claims.py"), "--gold",
                          str(SHARED / "gold" / "libya-2020.jsonl"), "--claims", str(path),
                          "--corpus", str(LIBYA), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["provenance"]["exact_offsets"] == result["provenance"]["claims"] > 0
    # a floor that catches a broken extractor; the quality targets are tracked in docs/evaluation.md
    assert result["sentence_level"]["all"]["p"] >= 0.5
