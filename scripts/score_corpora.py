#!/usr/bin/env python3
"""Build the shared corpora and score them with the shared scorers, in one process (the model loads once).

    python scripts/score_corpora.py                     # libya-2020, dev-conflicts, dev-wire
    python scripts/score_corpora.py dev-wire --show     # and list its misses and false claims
    python scripts/score_corpora.py --out /tmp/scores   # keep stores, claims and actors files there

Prints, per corpus, the sentence-level line of ../shared/tools/score_claims.py per relation
and the summary line of ../shared/tools/score_actors.py.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "tools"))

import score_actors  # noqa: E402
import score_claims  # noqa: E402

import conflictkg  # noqa: E402
from conflictkg import Extractor, KnowledgeGraph, iter_claims  # noqa: E402
from conflictkg._claims import iter_actors  # noqa: E402

CORPORA = ("libya-2020", "dev-conflicts", "dev-wire")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=CORPORA)
    ap.add_argument("--show", action="store_true", help="list misses and false claims")
    ap.add_argument("--out", type=Path, help="keep stores, claims and actors files in this folder")
    ap.add_argument("--rules", action="store_true", help="precision of each construction, summed over the corpora")
    ap.add_argument("--shared", type=Path, default=SHARED,
                    help="a folder laid out like ../shared (corpus/NAME/, gold/NAME.jsonl): score your own corpora")
    args = ap.parse_args()
    shared = args.shared
    extractor = Extractor()
    out = args.out or Path(tempfile.mkdtemp(prefix="ckg-score-"))
    out.mkdir(parents=True, exist_ok=True)
    rules: dict[str, list[int]] = {}
    for name in args.corpora:
        corpus = shared / "corpus" / name
        store = out / f"{name}.store"
        if store.exists():
            import shutil
            shutil.rmtree(store)
        conflictkg.build([corpus], store, extractor=extractor)
        with KnowledgeGraph(store, read_only=True) as kg:
            claims = list(iter_claims(kg))
            actors = list(iter_actors(kg))
            if args.rules:
                from conflictkg._evaluate import evaluate, read_gold
                for rule, sc in evaluate(kg, read_gold(shared / "gold" / f"{name}.jsonl")).rules.items():
                    c = rules.setdefault(rule, [0, 0])
                    c[0] += sc.tp
                    c[1] += sc.predicted
        for path, rows in ((out / f"{name}.claims.jsonl", claims), (out / f"{name}.actors.jsonl", actors)):
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        gold = score_claims.read_jsonl(shared / "gold" / f"{name}.jsonl")
        r = score_claims.score(gold, claims, score_claims.read_corpus(corpus))
        a = score_actors.score(gold, actors)
        print(f"== {name}")
        for rel in ("all", "supports", "opposes", "official_of"):
            m = r["sentence_level"][rel]
            print(f"  {rel:12} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}  "
                  f"tp {m['tp']:4}  pred {m['pred']:4}  gold {m['gold']:4}")
        print(f"  actors: found {a['found']}/{a['entities']} ({a['found_share']}), split {a['split']}, "
              f"merged {a['merged']}, type {a['typed_right']}/{a['found']} ({a['type_accuracy']})")
        if args.show:
            for row in r["misses"]:
                print(f"  MISSED {row}")
            for row in r["false_claims"]:
                print(f"  FALSE {row}")
            for title, rows in (("SPLIT", a["splits"]), ("MERGED", a["merges"]), ("TYPE", a["wrong_types"]),
                                ("MISSING", a["missing"])):
                for row in rows:
                    print(f"  {title} {row}")
    if args.rules:
        print("== constructions (right / used)")
        for rule, (tp, used) in sorted(rules.items(), key=lambda kv: -kv[1][1]):
            print(f"  {rule:22} {tp:4} / {used:<4} {tp / used:.2f}")


if __name__ == "__main__":
    main()
