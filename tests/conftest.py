"""Shared fixtures: the real spaCy model (loaded once) and real on-disk stores."""
from __future__ import annotations

from pathlib import Path

import pytest

import conflictkg
from conflictkg import Extractor, KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LIBYA = SHARED / "corpus" / "libya-2020"
DEV = SHARED / "corpus" / "dev-conflicts"
EXAMPLES = ROOT / "examples" / "corpus"
CONTEST = ROOT / "tests" / "data" / "contest"  # articles written for the tests: contests, denials, reprints, allies

needs_shared = pytest.mark.skipif(not LIBYA.is_dir(), reason="../shared corpus not beside the checkout")


def pytest_sessionstart(session):
    """Byte-compile the package once: the suite starts the CLI in a hundred-odd subprocesses, and
    where PYTHONDONTWRITEBYTECODE is set (as on the project's machines) each would compile it again."""
    import compileall
    compileall.compile_dir(ROOT / "src" / "conflictkg", quiet=1)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def libya_store(tmp_path_factory, extractor) -> Path:
    if not LIBYA.is_dir():
        pytest.skip("../shared corpus not beside the checkout")
    path = tmp_path_factory.mktemp("libya") / "kg"
    conflictkg.build([LIBYA], path, extractor=extractor)
    return path


@pytest.fixture()
def libya_kg(libya_store):
    with KnowledgeGraph(libya_store, read_only=True) as kg:
        yield kg


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, extractor) -> Path:
    path = tmp_path_factory.mktemp("example") / "kg"
    conflictkg.build([EXAMPLES], path, extractor=extractor)
    return path


@pytest.fixture(scope="session")
def contest_store(tmp_path_factory, extractor) -> Path:
    path = tmp_path_factory.mktemp("contest") / "kg"
    conflictkg.build([CONTEST], path, extractor=extractor)
    return path


@pytest.fixture()
def read_sentences(extractor):
    """Run link + relate on text we write ourselves; returns (linked doc, readings)."""
    def run(text: str, date: str | None = None):
        from conflictkg import Article
        _, linked, readings = next(extractor.extract([Article(id="test", text=text, date=date)]))
        return linked, readings
    return run


def triples_of(linked, readings, status="Asserted"):
    """Readings as (subject label, coarse relation, object label)."""
    from conflictkg._vocab import COARSE
    return {(linked.actors[r.subject].label, COARSE[r.predicate], linked.actors[r.object].label)
            for r in readings if r.status == status}


def read_triples(read_sentences, text, status="Asserted"):
    """The (subject, coarse relation, object) triples of one text we write, with the given status."""
    linked, readings = read_sentences(text)
    return triples_of(linked, readings, status)


def assert_reads(read_sentences, text, expected, status="Asserted"):
    """Every expected triple is read from the text (others may be too)."""
    got = read_triples(read_sentences, text, status)
    assert expected <= got, f"{text!r}: got {sorted(got)}"


def assert_never_reads(read_sentences, text, wrong):
    """None of the wrong triples is read from the text, asserted or hedged (a near miss)."""
    got = read_triples(read_sentences, text) | read_triples(read_sentences, text, "Hedged")
    assert not (wrong & got), f"{text!r}: got {sorted(got)}"
