"""Run the behavioural suite (tests/behaviour) through ``conflictkg.extract`` and print a
Markdown table: per construction and test kind (MFT / INV / DIR) the cases, how many passed,
the pass rate and, for MFT, the recall of the expected triples; then the overall figures.

    python scripts/behaviour_report.py                 # one row per construction and kind
    python scripts/behaviour_report.py --wide          # one row per construction
    python scripts/behaviour_report.py --show passive  # failures of constructions whose name contains it
    python scripts/behaviour_report.py --show passive --kind DIR
    python scripts/behaviour_report.py --cases         # print every case text and exit (no model)
    python scripts/behaviour_report.py --write-floors  # set tests/behaviour/floors.json to today's rates

The model loads once; every distinct text is read once.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from behaviour.constructions import SUITE  # noqa: E402
from behaviour.harness import KINDS, evaluate, markdown, overall, plan, run, summarise  # noqa: E402

FLOORS = ROOT / "tests" / "behaviour" / "floors.json"


def floors_of(stats) -> dict[str, dict[str, float]]:
    """Today's pass rates, rounded down to three decimals (a ratchet the tests hold)."""
    out: dict[str, dict[str, float]] = {}
    for c in SUITE:
        out[c.name] = {k: int(stats[(c.name, k)].rate * 1000) / 1000 for k in KINDS if (c.name, k) in stats}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wide", action="store_true", help="one row per construction")
    ap.add_argument("--show", metavar="NAME", help="print the failures of constructions whose name contains NAME")
    ap.add_argument("--kind", choices=KINDS, help="with --show: only this kind")
    ap.add_argument("--cases", action="store_true", help="print every text of the suite and exit")
    ap.add_argument("--write-floors", action="store_true", help=f"write today's pass rates to {FLOORS.name}")
    ap.add_argument("--json", metavar="FILE", help="also write the per-construction figures as JSON")
    args = ap.parse_args(argv)

    p = plan(SUITE)
    if args.cases:
        for case in p.cases:
            print(f"{case.construction.name}\tMFT\t{case.text!r}")
        for pair in p.pairs:
            print(f"{pair.a.construction.name}\t{pair.kind}:{pair.how}\t{pair.a.text!r}\t{pair.b.text!r}")
        return 0

    t0 = time.perf_counter()
    from conflictkg import extract
    extract("The model loads once.")  # conflictkg.extract keeps one Extractor for the process
    load = time.perf_counter() - t0
    results, seconds = run(p, lambda text, date: extract(text, date=date))
    outcomes = evaluate(p, results)
    stats = summarise(outcomes)
    order = [c.name for c in SUITE]

    if args.show:
        shown = [o for o in outcomes if args.show in o.construction and not o.passed
                 and (args.kind is None or o.kind == args.kind)]
        for o in shown:
            print(f"- **{o.construction}** {o.kind}{':' + o.how if o.how else ''}: "
                  + " => ".join(repr(t) for t in o.texts))
            print(f"  {o.detail}")
        print(f"\n{len(shown)} failure(s)")
        return 0

    print(markdown(stats, order, wide=args.wide))
    g = overall(stats)
    print()
    print(f"**Overall** ({g['constructions']} constructions, {len(p.texts())} distinct texts):")
    print(f"- MFT (relation, official, status): {g['mft_cases']} cases, pass rate {g['mft_pass']:.3f}; "
          f"recall of expected triples {g['recall']:.3f} of {g['expected_triples']}; "
          f"constructions with recall 0: {g['constructions_at_zero']}; "
          f"asserted triples nobody asked for: {g['extra_asserted']}")
    print(f"- INV: {g['inv_pairs']} pairs, pass rate {g['inv_pass']:.3f} "
          f"(results differ in {1 - g['inv_pass']:.0%} of pairs)")
    print(f"- DIR: {g['dir_pairs']} pairs, pass rate {g['dir_pass']:.3f}; "
          f"negated / hedged / denied twins still asserted: {g['leaks']}")
    print(f"- Precision set: {g['precision_cases']} cases, pass rate {g['precision_pass']:.3f}")
    print(f"- Time: model {load:.1f} s, {len(results)} texts in {seconds:.1f} s")

    if args.json:
        Path(args.json).write_text(json.dumps(
            {"overall": g, "constructions": {f"{n}/{k}": vars(s) for (n, k), s in stats.items()}}, indent=1))
    if args.write_floors:
        rows = [f" {json.dumps(name)}: {json.dumps(kinds)}" for name, kinds in floors_of(stats).items()]
        FLOORS.write_text("{\n" + ",\n".join(rows) + "\n}\n")
        print(f"\nwrote {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
