"""The README's quoted output is the CLI's (scripts/readme_examples.py rewrites it)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import readme_examples  # noqa: E402


def test_readme_examples_are_what_the_cli_prints(libya_store, example_store):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    stale = readme_examples.differences(text, libya_store, example_store)
    assert not stale, f"README blocks out of date: {stale}; run: python scripts/readme_examples.py --write"
