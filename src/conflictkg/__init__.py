"""conflictkg: a knowledge graph of who backs and who opposes whom in armed conflicts,
with every statement traced to its source sentence."""
from __future__ import annotations

__version__ = "0.1.0"

# Every name imports on first use (PEP 562), so that `conflictkg query`, `export` and `--help`
# load only what they need: spaCy only where a text is parsed, numpy, httpx and networkx only
# where syndication, an endpoint or the network picture is used.
_LAZY = {
    "BuildReport": "._build", "build": "._build", "build_articles": "._build",
    "iter_claims": "._claims",
    "ConflictKGError": "._errors", "EndpointError": "._errors", "ExportError": "._errors", "InputError": "._errors",
    "QueryError": "._errors", "StoreError": "._errors", "ValidationError": "._errors",
    "EXPORT_FORMATS": "._export", "export": "._export",
    "ActorBase": "._kb", "ActorInfo": "._kb",
    "NETWORK_FORMATS": "._network", "Network": "._network", "NetworkReport": "._network", "network": "._network",
    "read_network": "._network",
    "SavedQuery": "._query", "format_rows": "._query", "resolve_query": "._query", "run_query": "._query",
    "saved_queries": "._query",
    "Article": "._read", "read_articles": "._read",
    "PushReport": "._remote", "RemoteGraph": "._remote", "push": "._remote",
    "serve": "._serve",
    "KnowledgeGraph": "._store",
    "extract": "._extract", "Extraction": "._extract", "Extractor": "._extract", "Relation": "._extract",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "__version__", "extract", "Extraction", "Relation", "build", "build_articles", "BuildReport", "Extractor", "KnowledgeGraph", "Article", "read_articles",
    "ActorBase", "ActorInfo", "SavedQuery", "saved_queries", "resolve_query", "run_query", "format_rows",
    "iter_claims", "export", "EXPORT_FORMATS", "network", "read_network", "Network", "NetworkReport", "NETWORK_FORMATS", "push", "PushReport", "RemoteGraph", "serve",
    "ConflictKGError", "InputError", "StoreError", "QueryError", "ExportError", "ValidationError", "EndpointError",
]
