"""The actor stage: find, name, resolve, type and merge the actors of news articles.

One module per concern:

- ``_gazetteer``: the knowledge base as spaCy patterns (names, demonyms, seats, titles, descriptions);
- ``_names``: name repair (particles kept, titles and ranks stripped into the mention's title);
- ``_resolve``: within one article, surnames, nicknames, acronyms, descriptions and pronouns;
- ``_typing``: an actor's type from its name and its context;
- ``_words``: the lexicon they read (``ontology/lexicon/actors.json``);
- ``_linker``: the stage itself, ``Linker.link(doc) -> LinkedDoc``;
- ``_merge``: across articles, which actor nodes are one actor (with confidence and evidence);
- ``_wikidata``: Wikidata-derived files -> the actors Turtle the knowledge base reads.
"""
from __future__ import annotations

import importlib

# each name loads its module on first use (PEP 562): `import-wikidata`, `_merge` and `_mention` users do not
# pay for spaCy, which `_linker` imports
_WHERE = {"Linker": "_linker", "title_before": "_linker", "LinkedDoc": "_mention", "Mention": "_mention",
          "ActorRecord": "_merge", "Merge": "_merge", "merge_actors": "_merge", "import_file": "_wikidata"}

__all__ = ["ActorRecord", "LinkedDoc", "Linker", "Mention", "Merge", "import_file", "merge_actors", "title_before"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
