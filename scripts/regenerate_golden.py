#!/usr/bin/env python3
"""Rewrite tests/golden/brief.nt from tests/golden/brief.txt with the current extractor.

Run it when the RDF shape or the extraction of the golden article changes on purpose, then read
the diff (`git diff tests/golden`) before committing: the test compares graphs with
rdflib.compare.isomorphic, so the file is the reviewed expectation, not a snapshot taken blindly.
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import conflictkg
from conflictkg import KnowledgeGraph, export

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "kg"
        conflictkg.build([GOLDEN / "brief.txt"], store)
        with KnowledgeGraph(store, read_only=True) as kg:
            buf = io.BytesIO()
            export(kg, buf, "ntriples")
    # the same triples the test drops: the version string and the machine's file path
    lines = sorted({line for line in buf.getvalue().decode("utf-8").splitlines()
                    if "ontology#extractorVersion>" not in line and "/dc/terms/source>" not in line
                    and "ontology#contentHash>" not in line})
    (GOLDEN / "brief.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} triples to {GOLDEN / 'brief.nt'}")


if __name__ == "__main__":
    main()
