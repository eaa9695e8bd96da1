"""Where the ontology and saved queries are: inside the wheel, or in the checkout."""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_HERE / name, _HERE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"conflictkg data folder {name!r} is missing from the installation")


def ontology_dir() -> Path:
    return _find("ontology")


def queries_dir() -> Path:
    return _find("queries")


def ontology_file() -> Path:
    return ontology_dir() / "conflictkg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def actor_files() -> list[Path]:
    return sorted(ontology_dir().glob("actors-*.ttl"))
