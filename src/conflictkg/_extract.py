"""The extraction stage as a library call: text in, actors and relations with their evidence out.

``Extractor`` holds the spaCy pipeline and the actor knowledge base (load once,
use for many texts); ``extract(text)`` runs a shared default one on one text.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from ._kb import ActorBase, ActorInfo
from ._actors import LinkedDoc, Linker
from ._nlp import Reader
from ._read import Article
from ._relate import Reading, Relater
from ._vocab import COARSE


@dataclass(frozen=True)
class Relation:
    """One relation read in one sentence, with its evidence, for a caller of ``extract``."""

    subject: str  # actor IRI
    subject_label: str
    predicate: str  # ontology property, local name ("supportsMilitarily")
    relation: str  # coarse relation: supports | opposes | official_of
    object: str
    object_label: str
    status: str  # Asserted | Denied | Hedged
    start: int  # the sentence's offsets in the text
    end: int
    sentence: str
    rule: str
    confidence: float
    speaker: str | None = None  # label of whoever the sentence quotes
    role: str | None = None  # the title an official_of reading was read from


@dataclass
class Extraction:
    """What one text yields: its actors (IRI -> description) and its relations."""

    text: str
    actors: dict[str, ActorInfo]
    relations: list[Relation] = field(default_factory=list)

    def triples(self, status: str | None = "Asserted") -> set[tuple[str, str, str]]:
        """(subject label, coarse relation, object label) of the relations with this status (None: all)."""
        return {(r.subject_label, r.relation, r.object_label) for r in self.relations
                if status is None or r.status == status}


class Extractor:
    """The NLP half of a build, reusable across builds (the spaCy model loads once)."""

    def __init__(self, actors: Iterable[str | Path] = ()) -> None:
        self.kb = ActorBase.load(actors)
        self.reader = Reader(self.kb)
        self.linker = Linker(self.kb)
        self.relater = Relater()
        self.version = f"conflictkg {__version__}; {self.reader.version}"

    def extract(self, articles: list[Article], progress=None) -> Iterator[tuple[Article, LinkedDoc, list[Reading]]]:
        """Yield (article, linked doc, readings) for each article."""
        for article, doc in zip(articles, self.reader.parse(a.text for a in articles), strict=True):
            linked = self.linker.link(doc, article.date)
            readings = self.relater.relate(linked)
            if progress:
                progress(article)
            yield article, linked, readings

    def extract_text(self, text: str, date: str | None = None) -> Extraction:
        """Actors and relations of one text (``date``, ISO, picks the governments in office)."""
        article = Article(id="text", text=text, date=date)
        _, linked, readings = next(self.extract([article]))
        return extraction_of(text, linked, readings)


def extraction_of(text: str, linked: LinkedDoc, readings: list[Reading]) -> Extraction:
    actors = linked.actors

    def label(iri: str | None) -> str | None:
        return actors[iri].label if iri in actors else None

    relations = [Relation(r.subject, label(r.subject), r.predicate, COARSE[r.predicate], r.object, label(r.object),
                          r.status, r.sent_start, r.sent_end, text[r.sent_start:r.sent_end], r.rule, r.confidence,
                          label(r.speaker), r.role) for r in readings]
    used = {r.subject for r in relations} | {r.object for r in relations} | {m.actor for m in linked.mentions}
    return Extraction(text, {iri: actors[iri] for iri in sorted(used) if iri in actors}, relations)


_default: Extractor | None = None


def extract(text: str, date: str | None = None) -> Extraction:
    """Read one text with the shipped knowledge base: its actors, and who supports, opposes
    or speaks for whom, each relation with its sentence, rule, confidence and status.

    >>> result = extract("Zandia backs the Red Hand militia.")       # doctest: +SKIP
    >>> result.triples()                                              # doctest: +SKIP
    {('Zandia', 'supports', 'Red Hand militia')}
    """
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract_text(text, date)
