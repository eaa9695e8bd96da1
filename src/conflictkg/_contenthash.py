"""Skipping unchanged articles: a build re-reads an article only when its content or the extractor changed.

Each article graph records ``ckg:contentHash`` on the article: a SHA-256 over the article's
text and metadata (id, title, publisher, date, url, source file) and the *extractor
fingerprint*. The fingerprint covers everything that decides what is extracted: the
extractor's version string (conflictkg and the spaCy model), every source file of the
package, the ontology folder (lexicon, gazetteer, rules' confidences) and the contents of
the extra actor and predicate files the extractor was built with. Any change to one of
them re-reads every article; an article whose hash is already in the store is skipped
(its graph, and what the actors and statistics graphs hold of it, stay as they are).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ._read import Article
from ._resources import ontology_dir
from ._vocab import CKG, document_graph, document_iri

if TYPE_CHECKING:
    from ._extract import Extractor

HASH = ox.NamedNode(CKG + "contentHash")
_PACKAGE = Path(__file__).resolve().parent


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def extractor_fingerprint(extractor: Extractor) -> str:
    digest = hashlib.sha256(extractor.version.encode("utf-8"))
    user_files = []
    for pipe in ("conflictkg_actors", "conflictkg_relations"):
        config = extractor.reader.nlp.get_pipe_config(pipe)
        user_files += [Path(p) for p in (*config.get("actors", []), *config.get("predicates", []))]
    for path in [p for p in _files(_PACKAGE) if p.suffix in (".py", ".json", ".ttl", ".jsonl")] \
            + _files(ontology_dir()) + sorted(set(user_files)):
        digest.update(str(path.name).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def content_hash(article: Article, fingerprint: str) -> str:
    fields = [article.id, article.text, article.title, article.publisher, article.date, article.url, article.source,
              fingerprint]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def hash_quad(article: Article, value: str) -> ox.Quad:
    """The article's content hash, in its own graph (replaced with it)."""
    return ox.Quad(ox.NamedNode(document_iri(article.id)), HASH, ox.Literal(value),
                   ox.NamedNode(document_graph(article.id)))


def unchanged(store: ox.Store, article: Article, value: str) -> bool:
    """Whether the store holds this article built from the same content by the same extractor."""
    return hash_quad(article, value) in store
