"""conflictkg: a knowledge graph of who backs and who opposes whom in armed conflicts,
with every statement traced to its source sentence."""
from __future__ import annotations

__version__ = "0.1.0"

from ._build import BuildReport, build, build_articles  # noqa: E402
from ._claims import iter_claims  # noqa: E402
from ._errors import (ConflictKGError, EndpointError, ExportError, InputError, QueryError,  # noqa: E402
                      StoreError, ValidationError)
from ._export import EXPORT_FORMATS, export  # noqa: E402
from ._kb import ActorBase, ActorInfo  # noqa: E402
from ._network import NETWORK_FORMATS, Network, NetworkReport, network, read_network  # noqa: E402
from ._query import SavedQuery, format_rows, resolve_query, run_query, saved_queries  # noqa: E402
from ._read import Article, read_articles  # noqa: E402
from ._remote import PushReport, RemoteGraph, push  # noqa: E402
from ._serve import serve  # noqa: E402
from ._store import KnowledgeGraph  # noqa: E402

# spaCy loads only where a text is parsed: the extraction names import on first use,
# so that `conflictkg query`, `export` and `--help` start without it.
_LAZY = {"extract": "._extract", "Extraction": "._extract", "Extractor": "._extract", "Relation": "._extract"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "__version__", "extract", "Extraction", "Relation", "build", "build_articles", "BuildReport", "Extractor", "KnowledgeGraph", "Article", "read_articles",
    "ActorBase", "ActorInfo", "SavedQuery", "saved_queries", "resolve_query", "run_query", "format_rows",
    "iter_claims", "export", "EXPORT_FORMATS", "network", "read_network", "Network", "NetworkReport", "NETWORK_FORMATS", "push", "PushReport", "RemoteGraph", "serve",
    "ConflictKGError", "InputError", "StoreError", "QueryError", "ExportError", "ValidationError", "EndpointError",
]
