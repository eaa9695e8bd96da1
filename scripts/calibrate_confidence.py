"""Measure each construction's precision and write it as its confidence.

    conflictkg build CORPUS --store kg-A && conflictkg evaluate GOLD.jsonl --store kg-A --json > A.json
    python scripts/calibrate_confidence.py A.json B.json ...

Confidence = (right + K * prior) / (sentences + K): the construction's precision on the
annotated articles, counted by sentence (the share of its readings in a sentence that are
right is one observation, so that a five-actor list does not count five times), shrunk
towards the author's prior (the ``prior``
of its ``Construction``) by K pseudo-observations, so that a rule seen twice does not
claim certainty. Writes src/conflictkg/rule_confidence.json, which the relate
stage reads; rules never measured keep their prior.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from conflictkg._relations import CONSTRUCTIONS  # noqa: E402

K = 4
OUT = ROOT / "src" / "conflictkg" / "rule_confidence.json"


def main(paths: list[str]) -> None:
    counts: dict[str, list[int]] = {}
    for path in paths:
        for rule, score in json.loads(Path(path).read_text(encoding="utf-8"))["rules"].items():
            c = counts.setdefault(rule, [0.0, 0])
            c[0] += score.get("sentence_right", 0.0)
            c[1] += score.get("sentences", 0)
    measured = {}
    for rule in CONSTRUCTIONS.values():
        right, used = counts.get(rule.id, (0, 0))
        if used:
            measured[rule.id] = {"confidence": round((right + K * rule.prior) / (used + K), 2),
                                 "right": round(right, 2), "used": used, "prior": rule.prior}
    OUT.write_text(json.dumps({"pseudo_observations": K, "sources": [Path(p).name for p in paths],
                               "rules": measured}, indent=1) + "\n", encoding="utf-8")
    for rule_id, m in sorted(measured.items(), key=lambda kv: -kv[1]["used"]):
        print(f"{rule_id:28} {m['right']:6.2f}/{m['used']:<3} prior {m['prior']:.2f} -> {m['confidence']:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
