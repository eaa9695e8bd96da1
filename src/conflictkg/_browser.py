"""Headless Chromium for the network page's tests, its benchmark and its screenshot script.

Uses the system's Chromium (Debian's ``chromium`` package, or ``$CONFLICTKG_CHROMIUM``)
driven by Playwright (the ``test`` extra); nothing is downloaded. Each launch gets a
fresh profile, and the flags keep Chromium off the network it must not use.
"""
from __future__ import annotations

import os
import shutil

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """The Chromium to drive, or None if there is none."""
    given = os.environ.get("CONFLICTKG_CHROMIUM")
    if given:
        return given if os.access(given, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def unavailable() -> str | None:
    """Why the browser cannot be driven here, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "no Chromium found (apt-get install chromium, or set CONFLICTKG_CHROMIUM)"
    return None


def launch(playwright):
    """A headless Chromium browser from a started ``sync_playwright()``; Playwright gives it a fresh profile."""
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=FLAGS,
                                      chromium_sandbox=False)
