"""Deadlines for work that cannot stop itself: a SPARQL query inside pyoxigraph, an HTTP answer
that trickles in. The work runs in a daemon thread (pyoxigraph releases the GIL while it
evaluates); the caller waits at most the deadline and stays responsive to Ctrl-C. Work past
its deadline is abandoned, not stopped: the thread ends with the process (the CLI exits at
once), or when the work itself ends (a library caller)."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from ._errors import ConflictKGError, InputError

T = TypeVar("T")
DEFAULT_TIMEOUT_S = 60.0


def query_timeout(value: float | None = None) -> float:
    """The per-query deadline in seconds: the value given, else $CONFLICTKG_QUERY_TIMEOUT, else 60."""
    if value is None:
        raw = os.environ.get("CONFLICTKG_QUERY_TIMEOUT", "")
        try:
            value = float(raw) if raw.strip() else DEFAULT_TIMEOUT_S
        except ValueError:
            raise InputError(f"CONFLICTKG_QUERY_TIMEOUT={raw[:40]!r} is not a number of seconds",
                             code="E123") from None
    if not value > 0 or value != value or value == float("inf"):
        raise InputError(f"the query timeout must be a positive number of seconds, not {value}", code="E123")
    return value


def run_with_deadline(work: Callable[[], T], seconds: float, expired: Callable[[], ConflictKGError]) -> T:
    """``work()``, or ``expired()`` raised once ``seconds`` have passed."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="conflictkg-deadline", daemon=True)
    thread.start()
    deadline = time.monotonic() + seconds
    while thread.is_alive():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise expired()
        thread.join(min(remaining, 0.1))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
