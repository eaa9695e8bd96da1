"""Compatibility import: the actor stage now lives in the ``_actors`` package."""
from ._actors import LinkedDoc, Linker, Mention, title_before  # noqa: F401
