"""The extraction stage as a library call: text in, actors and relations with their evidence out.

The stage is two spaCy pipeline components after the model's own: ``conflictkg_actors`` sets
``doc._.linked`` (the actor mentions and actors), ``conflictkg_relations`` sets ``doc._.readings``;
both read ``doc._.date`` (the article's date picks the governments in office). ``Extractor``
holds the pipeline and the actor knowledge base (load once, use for many texts);
``extract(text)`` runs a shared default one on one text.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from ._kb import ActorBase, ActorInfo
from ._actors import LinkedDoc, Linker
from ._nlp import Reader
from ._read import Article
from ._relations import Reading, Relater
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
    trigger: str = ""  # the predicate's lemma (or the title) the reading was read from


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


Doc.set_extension("date", default=None, force=True)  # ISO date of the article, set before the pipeline
Doc.set_extension("linked", default=None, force=True)  # LinkedDoc: actor mentions and actors
Doc.set_extension("readings", default=None, force=True)  # list[Reading]


@lru_cache(maxsize=8)
def _knowledge_base(actors: tuple[str, ...]) -> ActorBase:
    return ActorBase.load(actors)


class ActorStage:
    """spaCy component: find and resolve the actors of a doc (``doc._.linked``)."""

    def __init__(self, actors: tuple[str, ...], vocab=None, model_path=None) -> None:
        self.linker = Linker(_knowledge_base(actors))
        if vocab is not None:
            self.linker.prepare(vocab, model_path)  # its phrase matchers, once per pipeline

    def __call__(self, doc: Doc) -> Doc:
        doc._.linked = self.linker.link(doc, doc._.date)
        return doc


class RelationStage:
    """spaCy component: read who supports, opposes or speaks for whom (``doc._.readings``)."""

    def __init__(self, actors: tuple[str, ...], predicates: tuple[str, ...]) -> None:
        self.relater = Relater(_knowledge_base(actors), predicates=predicates)

    def __call__(self, doc: Doc) -> Doc:
        doc._.readings = self.relater.relate(doc._.linked, doc._.date)
        return doc


@Language.factory("conflictkg_actors", default_config={"actors": []})
def make_actor_stage(nlp: Language, name: str, actors: list[str]) -> ActorStage:
    return ActorStage(tuple(actors), nlp.vocab, getattr(nlp, "_path", None))


@Language.factory("conflictkg_relations", default_config={"actors": [], "predicates": []})
def make_relation_stage(nlp: Language, name: str, actors: list[str], predicates: list[str]) -> RelationStage:
    return RelationStage(tuple(actors), tuple(predicates))


# Articles a worker process extracts per task: enough to keep spaCy's batches full.
_CHUNK = 8
# A headline that is not part of the text is read as its first line, so that the article's
# actors resolve in it too; its readings then point into the title, the others into the text.
_HEADED = "{title}\n\n{text}"


# An article longer than this is read in sections cut at line breaks (spaCy's parser needs about a
# gigabyte per 100,000 characters); offsets stay exact, only coreference stops at a section's end.
SECTION_CHARS = 100_000


def sections(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, text) pieces of at most ``size`` characters, cut after a line break (else a sentence
    end, else a space) so that no sentence is cut in two where the text allows it."""
    size = size or SECTION_CHARS
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n"), 0) or max(window.rfind(". "), 0) or max(window.rfind(" "), 0) or size - 1
        out.append((start, text[start:start + cut + 1]))
        start += cut + 1
    out.append((start, text[start:]))
    return out


def _joined(pieces: list[tuple[int, Doc]]) -> tuple[LinkedDoc, list[Reading]]:
    """One article's actors and readings from its sections (one section: as is)."""
    if len(pieces) == 1:
        return pieces[0][1]._.linked, pieces[0][1]._.readings
    first = pieces[0][1]._.linked
    linked = LinkedDoc(first.doc, [], {}, {})
    readings: list[Reading] = []
    for offset, doc in pieces:
        part = doc._.linked
        linked.mentions += part.mentions  # token positions are the section's: used for the actors only
        linked.anaphora += part.anaphora
        for iri, actor in part.actors.items():
            linked.actors.setdefault(iri, actor)
        for iri, labels in part.labels_seen.items():
            linked.labels_seen.setdefault(iri, set()).update(labels)
        readings += [replace(r, sent_start=r.sent_start + offset, sent_end=r.sent_end + offset) for r in doc._.readings]
    return linked, readings


def _split_headline(readings: list[Reading], title_length: int) -> list[Reading]:
    shift = title_length + 2
    return [replace(r, context="title") if r.sent_end <= title_length
            else replace(r, sent_start=r.sent_start - shift, sent_end=r.sent_end - shift) for r in readings]


@dataclass
class ArticleGraph:
    """One article as the store receives it: its graph's quads and how many readings it holds."""

    article: Article
    quads: list
    statements: int
    asserted: int


# The extractor a forked worker process inherits (set just before the pool forks).
_WORKER: Extractor | None = None


def _graphs_of(articles: list[Article]) -> list[tuple[str, bytes, int, int]]:
    """In a worker: extract articles and return each one's quads as N-Quads (pyoxigraph terms do not
    pickle; N-Quads is pyoxigraph's fastest round trip)."""
    import pyoxigraph as ox
    out = []
    for g in _WORKER.article_graphs(articles):
        out.append((g.article.id, ox.serialize(g.quads, format=ox.RdfFormat.N_QUADS), g.statements, g.asserted))
    return out


class Extractor:
    """The NLP half of a build, reusable across builds (the spaCy model loads once).

    ``actors``: extra actor files (Turtle); ``predicates``: extra predicate files (JSON Lines,
    ontology/lexicon/README.md)."""

    def __init__(self, actors: Iterable[str | Path] = (), predicates: Iterable[str | Path] = ()) -> None:
        actors, predicates = [str(p) for p in actors], [str(p) for p in predicates]
        self.kb = _knowledge_base(tuple(actors))
        self.reader = Reader(self.kb)
        nlp = self.reader.nlp
        for name in ("conflictkg_actors", "conflictkg_relations"):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
        self.linker = nlp.add_pipe("conflictkg_actors", config={"actors": actors}).linker
        self.relater = nlp.add_pipe("conflictkg_relations", config={"actors": actors, "predicates": predicates}).relater
        self.version = f"conflictkg {__version__}; {self.reader.version}"

    def extract(self, articles: list[Article], progress=None) -> Iterator[tuple[Article, LinkedDoc, list[Reading]]]:
        """Yield (article, linked doc, readings) for each article."""
        plan = [(a, sections(_HEADED.format(title=a.separate_title, text=a.text) if a.separate_title else a.text))
                for a in articles]

        def docs():
            for a, parts in plan:
                for _, part in parts:
                    doc = self.reader.nlp.make_doc(part)
                    doc._.date = a.date
                    yield doc
        parsed = self.reader.parse(docs())
        for article, parts in plan:
            pieces = [(offset, next(parsed)) for offset, _ in parts]
            if progress:
                progress(article)
            linked, readings = _joined(pieces)
            if article.separate_title:
                readings = _split_headline(readings, len(article.separate_title))
            yield article, linked, readings

    def article_graphs(self, articles: list[Article], progress=None, jobs: int = 1) -> Iterator[ArticleGraph]:
        """Each article's graph, in order. With ``jobs`` > 1, worker processes (forked, so the model
        is shared, not reloaded) extract and build the graphs while this process consumes them."""
        from ._rdf import document_quads
        if jobs <= 1 or len(articles) < 2 * _CHUNK:
            for article, linked, readings in self.extract(articles, progress):
                yield ArticleGraph(article, document_quads(article, linked, readings, self.version), len(readings),
                                   sum(r.status == "Asserted" for r in readings))
            return
        yield from self._parallel_graphs(articles, progress, jobs)

    def _parallel_graphs(self, articles: list[Article], progress, jobs: int) -> Iterator[ArticleGraph]:
        import multiprocessing

        import pyoxigraph as ox
        global _WORKER
        _WORKER = self
        by_id = {a.id: a for a in articles}
        chunks = [articles[i:i + _CHUNK] for i in range(0, len(articles), _CHUNK)]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for done in pool.imap(_graphs_of, chunks):  # in order, while the workers go on
                for article_id, nquads, statements, asserted in done:
                    article = by_id[article_id]
                    if progress:
                        progress(article)
                    yield ArticleGraph(article, list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)), statements,
                                       asserted)

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
                          label(r.speaker), r.role, r.trigger) for r in readings if r.context == "text"]
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
