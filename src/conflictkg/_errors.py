"""The exception tree. Every error a user can cause has a stable code.

ConflictKGError
 +-- InputError        E1xx  articles, actor files or gold files that cannot be read
 +-- StoreError        E2xx  the on-disk store cannot be opened or written
 +-- QueryError        E3xx  unknown query name, bad parameter, bad SPARQL
 +-- ExportError       E4xx  unknown format, unwritable output
 +-- ValidationError   E5xx  the graph breaks the SHACL shapes
 +-- EndpointError     E6xx  a remote triple store is unreachable or refuses

Codes added for robustness (README "Exit codes and errors" lists them all):
E109 a field that is not a string, E112 an article too long for the model, E113 a lone
surrogate, E114 a url that is no IRI, E123 a bad query timeout; E204 the store is being
served, E205 build --store names a folder that is no store; E308 an unreadable .rq, E312 a
query past its timeout, E313 an update, E314 a query that failed while running; E403 stdout
cannot be written, E404 text RDF/XML cannot carry; E608 an answer that is not SPARQL results,
E609 no complete answer within the query timeout.

KeyboardInterrupt (Ctrl-C) stays a KeyboardInterrupt; ``Interrupted`` (a subclass) tells a
build's caller whether the new version had been stored.
"""
from __future__ import annotations


class ConflictKGError(Exception):
    """Base of all conflictkg errors; ``code`` is stable across versions."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(ConflictKGError):
    code = "E100"


class StoreError(ConflictKGError):
    code = "E200"


class QueryError(ConflictKGError):
    code = "E300"


class ExportError(ConflictKGError):
    code = "E400"


class ValidationError(ConflictKGError):
    code = "E500"


class EndpointError(ConflictKGError):
    code = "E600"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM under the CLI) stopped a build; ``stored`` tells whether the new
    version of the store had been swapped in whole before (else the store is unchanged)."""

    def __init__(self, *, stored: bool = False) -> None:
        super().__init__("interrupted")
        self.stored = stored
