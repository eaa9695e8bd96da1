#!/usr/bin/env python3
"""Does a change keep the build's output? Builds the shared corpora and a synthetic one, writes what
`conflictkg claims`, `conflictkg actors` and `conflictkg export --format nquads` (lines sorted) write, and
compares them with a saved reference.

    python benchmarks/same_output.py --save /tmp/same-output-ref     # before a change
    python benchmarks/same_output.py --check /tmp/same-output-ref    # after it: exit 1 on any difference

Corpora: libya-2020, dev-conflicts, dev-wire (../shared/corpus) and ``--synthetic`` (default 200) varied
articles from ``scale.synthesise`` (paragraphs and sentences shuffled, words swapped; seed 13), written to
``$TMPDIR/conflictkg-same-output/`` (a fixed path: the store records the file's path). All are built
in this one process (the model loads once), ``--jobs`` worker processes each (default 1). claims and actors must
be byte-identical; N-Quads identical after sorting, but for the articles' ``ckg:contentHash`` (it hashes
the package's source files, so any code change changes it) and with literals typed xsd:dateTime replaced by a mark when
``--ignore-times`` is given (a build's timestamps, if the store holds any; none do today). Blank node labels,
if any, are replaced by their order of appearance in the sorted file.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))

_TIME = re.compile(r'"[^"]*"\^\^<http://www\.w3\.org/2001/XMLSchema#dateTime>')
_BLANK = re.compile(r"_:[A-Za-z0-9_.-]+")
# ckg:contentHash covers the extractor's fingerprint, which hashes every source file of the package (so
# that a changed extractor re-reads every article): any code change changes it, by design
_HASH = re.compile(r'(<https://w3id\.org/conflictkg/ontology#contentHash>) "[0-9a-f]+"')


def _comparable(name: str, text: str) -> str:
    return "".join(sorted(_HASH.sub(r'\1 "HASH"', text).splitlines(keepends=True))) if name.endswith(".nq") else text


def _nquads(kg, ignore_times: bool) -> str:
    from conflictkg._export import export

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.nq"
        export(kg, out, "nquads")
        lines = out.read_text(encoding="utf-8").splitlines()
    if ignore_times:
        lines = [_TIME.sub('"TIME"', line) for line in lines]
    lines.sort()
    if any("_:" in line for line in lines):  # labels are the store's; name them by first appearance
        names: dict[str, str] = {}
        lines = sorted(_BLANK.sub(lambda m: names.setdefault(m.group(0), f"_:b{len(names)}"), line) for line in lines)
    return "".join(line + "\n" for line in lines)


def outputs(jobs: int, synthetic: int, ignore_times: bool) -> dict[str, str]:
    """{file name: text} for every corpus."""
    import conflictkg
    from conflictkg import Extractor
    from conflictkg._claims import iter_actors, iter_claims
    from conflictkg._read import read_articles
    from conflictkg._store import KnowledgeGraph
    from scale import synthesise

    extractor = Extractor()
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {name: [SHARED / name] for name in ("libya-2020", "dev-conflicts", "dev-wire")}
        if synthetic:
            fixed = Path(tempfile.gettempdir()) / "conflictkg-same-output"  # a fixed path: the store keeps it (dct:source)
            fixed.mkdir(exist_ok=True)
            corpora[f"synthetic-{synthetic}"] = [synthesise(synthetic, fixed / f"synthetic-{synthetic}.jsonl")]
        for name, paths in corpora.items():
            store = Path(tmp) / name / "kg"
            c = time.process_time()
            conflictkg.build_articles(read_articles(paths), store, extractor=extractor, jobs=jobs)
            print(f"{name}: built in {time.process_time() - c:.1f} CPU s (this process)", file=sys.stderr, flush=True)
            with KnowledgeGraph(store, read_only=True) as kg:
                out[f"{name}.claims.jsonl"] = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in iter_claims(kg))
                out[f"{name}.actors.jsonl"] = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in iter_actors(kg, merged=True))
                out[f"{name}.sorted.nq"] = _nquads(kg, ignore_times)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the outputs into this folder (the reference)")
    group.add_argument("--check", type=Path, help="compare the outputs with this folder's")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--synthetic", type=int, default=200, help="synthetic articles (0: none)")
    ap.add_argument("--ignore-times", action="store_true", help="xsd:dateTime literals compared as equal")
    args = ap.parse_args()

    got = outputs(args.jobs, args.synthetic, args.ignore_times)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, text in got.items():
            (args.save / name).write_text(text, encoding="utf-8")
        print(f"saved {len(got)} files in {args.save}: " + ", ".join(f"{n} {t.count(chr(10))} lines" for n, t in got.items()))
        return
    bad = 0
    for name, text in got.items():
        ref = args.check / name
        want = _comparable(name, ref.read_text(encoding="utf-8")) if ref.exists() else None
        text = _comparable(name, text)
        if want == text:
            print(f"same      {name} ({text.count(chr(10))} lines)")
            continue
        bad += 1
        if want is None:
            print(f"NO REF    {name}")
            continue
        a, b = want.splitlines(), text.splitlines()
        print(f"DIFFERENT {name}: {len(a)} lines in the reference, {len(b)} now; "
              f"{len(set(a) - set(b))} only in the reference, {len(set(b) - set(a))} only now")
        (args.check / (name + ".now")).write_text(text, encoding="utf-8")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
