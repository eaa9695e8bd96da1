"""A build is one transaction over the whole store: real `conflictkg build` processes killed
(kill -9), interrupted (Ctrl-C, SIGTERM) and raced at each phase leave exactly the old store
or exactly the new one, readers never see a build in progress, and the next build cleans up.

The phases are the build's pause points (``CONFLICTKG_PAUSE_AT``): extract (the staging copy
made, nothing extracted), staging (articles extracted, about to be written to the copy),
syndication (every article written to the copy), swap (the copy complete, about to be
swapped in), swapped (swapped in, the old version not yet removed). One run per phase here;
``scripts/kill_builds.py`` runs each phase ten times and kills at random moments too.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import conflictkg
from conflictkg import KnowledgeGraph, StoreError
from conflictkg._validate import validate
from conftest import EXAMPLES

CLI = [sys.executable, "-m", "conflictkg"]
PHASES = ("extract", "staging", "syndication", "swap", "swapped")


def snapshot(store: Path) -> frozenset[str]:
    """Every quad of the store, as text (graphs included)."""
    with KnowledgeGraph(store, read_only=True) as kg:
        return frozenset(str(q) for q in kg.store.quads_for_pattern(None, None, None, None))


def leftovers(store: Path) -> list[str]:
    return sorted(p.name for p in store.parent.glob(f".{store.name}.conflictkg-*"))


@pytest.fixture(scope="module")
def stores(tmp_path_factory, extractor):
    """(old store, new input, the store after building the new input into the old one)."""
    root = tmp_path_factory.mktemp("robust-store")
    old = root / "old"
    conflictkg.build([EXAMPLES], old, extractor=extractor)
    new_input = root / "new"
    new_input.mkdir()
    # one article replaced (same id as an example), one added
    (new_input / "sahel-brief.txt").write_text(
        "Sahel brief\n\nMali condemned France. Russia backs the Wagner Group.\n", encoding="utf-8")
    (new_input / "gulf-note.txt").write_text(
        "Gulf note\n\nQatar backs the Government of National Accord. Egypt opposes Turkey.\n", encoding="utf-8")
    expected = root / "expected"
    shutil.copytree(old, expected)
    conflictkg.build([new_input], expected, extractor=extractor)
    assert snapshot(expected) != snapshot(old)
    return old, new_input, expected


def start_build(store: Path, articles: Path, pause_at: str | None = None) -> subprocess.Popen:
    env = dict(os.environ, CONFLICTKG_PAUSE_AT=pause_at or "")
    return subprocess.Popen([*CLI, "build", str(articles), "--store", str(store)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_paused(process: subprocess.Popen, phase: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    for line in process.stderr:
        if f"paused at {phase}" in line:
            return
        assert time.monotonic() < deadline, f"the build never reached {phase}"
    raise AssertionError(f"the build ended before {phase}: exit {process.wait()}")


# Every scenario's build starts at once, so that their model loads overlap: (phase, what to do there)
SCENARIOS = {f"kill-{phase}": phase for phase in PHASES} | {
    "sigint-before": "syndication", "sigterm-before": "staging", "sigint-after": "swapped"}


@pytest.fixture(scope="module")
def builds(stores, tmp_path_factory):
    old, new_input, _ = stores
    root = tmp_path_factory.mktemp("builds")
    runs = {}
    for name, phase in SCENARIOS.items():
        store = root / name / "kg"
        store.parent.mkdir()
        shutil.copytree(old, store)
        runs[name] = (store, start_build(store, new_input, phase))
    yield runs
    for _, process in runs.values():
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stderr.close()


def test_robust_readers_never_see_a_build_in_progress(stores, builds):
    old, new_input, expected = stores
    store, process = builds["kill-syndication"]  # runs before that kill test (file order)
    wait_paused(process, "syndication")  # every article is in the staging copy
    assert snapshot(store) == snapshot(old)
    r = subprocess.run([*CLI, "query", "sources", "-f", "csv", "--store", str(store)], capture_output=True, text=True)
    assert r.returncode == 0 and "gulf-note" not in r.stdout and "sahel-brief" in r.stdout
    # a second build is refused while this one holds the store, before it loads anything
    r = subprocess.run([*CLI, "build", str(new_input), "--store", str(store)], capture_output=True, text=True)
    assert r.returncode == 4 and "[E201]" in r.stderr and "conflictkg build" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert snapshot(store) == snapshot(old)


@pytest.mark.parametrize("phase", PHASES)
def test_robust_kill_9_at_each_phase_leaves_old_or_new_and_valid(stores, builds, phase, extractor):
    old, new_input, expected = stores
    store, process = builds[f"kill-{phase}"]
    if phase != "syndication":  # that one paused already for the reader test
        wait_paused(process, phase)
    process.kill()
    process.wait()
    want = expected if phase == "swapped" else old
    assert snapshot(store) == snapshot(want)
    with KnowledgeGraph(store, read_only=True) as kg:
        assert validate(kg) == []
    # the next build cleans up what the killed one left, and builds as if nothing happened
    conflictkg.build([new_input], store, extractor=extractor)
    assert snapshot(store) == snapshot(expected)
    assert leftovers(store) == []


def test_robust_reader_open_across_a_swap_keeps_its_version(stores, tmp_path, extractor):
    old, new_input, expected = stores
    store = tmp_path / "kg"
    shutil.copytree(old, store)
    with KnowledgeGraph(store, read_only=True) as reader:
        conflictkg.build([new_input], store, extractor=extractor)
        # the reader still reads the version it opened, whole; the new one is in place
        assert frozenset(str(q) for q in reader.store.quads_for_pattern(None, None, None, None)) == snapshot(old)
        assert snapshot(store) == snapshot(expected)
        assert [p for p in leftovers(store) if "old" in p]  # kept while read
    conflictkg.build([new_input], store, extractor=extractor)  # the next build removes it
    assert leftovers(store) == []


@pytest.mark.parametrize(("name", "sig", "code", "message"), [
    ("sigint-before", signal.SIGINT, 130, "interrupted; the store is unchanged"),
    ("sigterm-before", signal.SIGTERM, 143, "interrupted; the store is unchanged"),
    ("sigint-after", signal.SIGINT, 130, "interrupted after the build was stored: the store holds the new build"),
])
def test_robust_interrupt_message_is_true(stores, builds, name, sig, code, message):
    old, new_input, expected = stores
    store, process = builds[name]
    wait_paused(process, SCENARIOS[name])
    process.send_signal(sig)
    assert process.wait(60) == code
    assert process.stderr.read().strip().splitlines()[-1] == message
    assert snapshot(store) == snapshot(expected if name == "sigint-after" else old)
    assert not [p for p in leftovers(store) if "staging" in p or "ready" in p]


def test_robust_build_refuses_a_folder_that_is_no_store(tmp_path, extractor):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        conflictkg.build([EXAMPLES], folder, extractor=extractor)
    assert err.value.code == "E205"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_robust_symlinked_store_is_built_where_it_points(stores, tmp_path, extractor):
    old, new_input, expected = stores
    real = tmp_path / "data" / "kg"
    real.parent.mkdir()
    shutil.copytree(old, real)
    link = tmp_path / "kg"
    link.symlink_to(real)
    conflictkg.build([new_input], link, extractor=extractor)
    assert link.is_symlink() and snapshot(real) == snapshot(expected)
