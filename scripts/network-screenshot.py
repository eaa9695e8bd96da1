"""Regenerates docs/network.png, the README's picture of the network page.

    python scripts/network-screenshot.py                 # builds examples/corpus into a temporary store
    python scripts/network-screenshot.py --store kg      # or draws an existing store
    python scripts/network-screenshot.py --output docs/network.png --edge "Russia|supports|Mali"

It runs what a user runs (`conflictkg build`, `conflictkg graph`), opens the page in headless
Chromium, clicks the named edge with the mouse so that its evidence shows, and saves the screen.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "conflictkg"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="store to draw (default: examples/corpus, built afresh)")
    ap.add_argument("--output", type=Path, default=ROOT / "docs" / "network.png")
    ap.add_argument("--edge", default="Russia|supports|Mali", help="SUBJECT|RELATION|OBJECT to click")
    ap.add_argument("--size", default="1400x820", help="viewport WIDTHxHEIGHT")
    args = ap.parse_args()

    from conflictkg._browser import launch, unavailable
    why = unavailable()
    if why:
        sys.exit(f"cannot take the screenshot: {why}")
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="ckg-shot-"))
    store = args.store
    if store is None:
        store = tmp / "kg"
        subprocess.run([*CLI, "build", str(ROOT / "examples" / "corpus"), "--store", str(store)], check=True)
    page_path = tmp / "network.html"
    subprocess.run([*CLI, "graph", "--store", str(store), "--output", str(page_path)], check=True)

    width, height = map(int, args.size.split("x"))
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": width, "height": height})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(page_path.as_uri())
        page.wait_for_function("() => window.ckg && window.ckg.renderedAt")
        point = page.evaluate("""([s, r, t]) => {
            const e = ckg.cy.edges().filter(x => x.source().data('label') === s && x.target().data('label') === t
                                                 && x.data('relation') === r)[0];
            if (!e) return null;
            const box = ckg.cy.container().getBoundingClientRect(), m = e.renderedMidpoint();
            return [box.left + m.x, box.top + m.y];
        }""", args.edge.split("|"))
        if point is None:
            sys.exit(f"no edge {args.edge} in the page")
        page.mouse.click(*point)
        page.wait_for_selector("#details .evidence")
        page.mouse.move(width - 5, height - 5)  # no hover effects in the picture
        page.wait_for_timeout(300)
        if errors:
            sys.exit(f"the page logged errors: {errors}")
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
