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

from ._linker import Linker, title_before
from ._mention import LinkedDoc, Mention
from ._merge import ActorRecord, Merge, merge_actors
from ._wikidata import import_file

__all__ = ["ActorRecord", "LinkedDoc", "Linker", "Mention", "Merge", "import_file", "merge_actors", "title_before"]
