"""docs/model.md's worked example quotes tests/golden/brief.nt: the statement, its confidence, rule and
offsets must be the golden graph's (scripts/regenerate_golden.py rewrites the graph; this test says when
the doc must follow)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_model_docs_worked_example_matches_the_golden_graph():
    doc = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    example = doc[doc.index("## A worked example"):]
    block = example[example.index("```turtle"):example.index("```", example.index("```turtle") + 3)]
    golden = (ROOT / "tests" / "golden" / "brief.nt").read_text(encoding="utf-8")
    stmt = re.search(r"stmt:brief/(\w+)", block).group(1)
    facts = {line for line in golden.splitlines() if f"/statement/brief/{stmt}>" in line}
    assert facts, f"statement {stmt} of docs/model.md is not in the golden graph"
    confidence = re.search(r"ckg:confidence ([0-9.]+)", block).group(1)
    rule = re.search(r"ckg:extractionRule rule:([\w-]+)", block).group(1)
    assert any(f'#confidence> "{confidence}"' in f for f in facts)
    assert any(f"/rule/{rule}>" in f for f in facts)
    for begin, end in re.findall(r"char=(\d+),(\d+)", block):
        assert f"char={begin},{end}>" in golden
