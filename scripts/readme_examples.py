"""The README's quoted query output, made from the code so that it cannot drift.

    python scripts/readme_examples.py --write     # build the stores, rewrite the README's example blocks
    python scripts/readme_examples.py             # say which blocks differ (tests/test_readme.py does the same)

Blocks: the `make demo` answer (examples/corpus) and the saved-query examples on
../shared/corpus/libya-2020. Each is the CLI's output, cut at 12 lines as in the README.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
LIBYA = ROOT.parent / "shared" / "corpus" / "libya-2020"
EXAMPLES = ROOT / "examples" / "corpus"
# (the command as the README shows it, its arguments, which store)
LIBYA_QUERIES = [('backers-of -p actor="Hifter"', ["backers-of", "-p", "actor=Hifter"]),
                 ('proxy-network -p actor="GNA"', ["proxy-network", "-p", "actor=GNA"]),
                 ("corroboration", ["corroboration"])]
DEMO = ["backers-of", "--param", "actor=Wagner"]
LINES = 12


def _cli() -> list[str]:
    return [str(Path(sys.executable).with_name("conflictkg"))]


def output(args: list[str], store: Path) -> str:
    out = subprocess.run([*_cli(), "query", *args, "--store", str(store)], capture_output=True, text=True, check=True)
    return "\n".join(out.stdout.splitlines()[:LINES])


def blocks(libya_store: Path, example_store: Path) -> dict[str, str]:
    """README block opener -> the block's body as it should read."""
    want = {"`make demo` ends with:": output(DEMO, example_store)}
    for shown, args in LIBYA_QUERIES:
        want[f"$ conflictkg query {shown}"] = f"$ conflictkg query {shown}\n" + output(args, libya_store)
    return want


def _pattern(opener: str) -> re.Pattern:
    if opener.startswith("$"):  # the command line is the block's first line
        return re.compile(r"(```\n)(" + re.escape(opener) + r"\n.*?)(\n```)", re.S)
    return re.compile(r"(" + re.escape(opener) + r"\n\n```\n)(.*?)(\n```)", re.S)


def differences(text: str, libya_store: Path, example_store: Path) -> list[str]:
    out = []
    for opener, body in blocks(libya_store, example_store).items():
        m = _pattern(opener).search(text)
        if m is None or m.group(2) != body:
            out.append(opener)
    return out


def rewrite(text: str, libya_store: Path, example_store: Path) -> str:
    for opener, body in blocks(libya_store, example_store).items():
        text, n = _pattern(opener).subn(lambda m: m.group(1) + body + m.group(3), text, count=1)
        if n != 1:
            raise SystemExit(f"README has no block for {opener!r}")
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite README.md")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ckg-readme-"))
    for corpus, store in ((LIBYA, tmp / "libya"), (EXAMPLES, tmp / "examples")):
        subprocess.run([*_cli(), "build", str(corpus), "--store", str(store)], check=True, capture_output=True)
    text = README.read_text(encoding="utf-8")
    if args.write:
        README.write_text(rewrite(text, tmp / "libya", tmp / "examples"), encoding="utf-8")
        print("README.md: example blocks rewritten")
    else:
        diff = differences(text, tmp / "libya", tmp / "examples")
        print("\n".join(f"differs: {d}" for d in diff) or "README.md: example blocks up to date")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
