"""Stage 5, rdf: one document's readings, provenance and actor records as quads in its own graph.

For every reading: the plain triple (asserted readings only, with its
super-property materialised so that stores without reasoning find it), and a
statement node -- rdf:Statement reification, plain RDF 1.1 that survives every
format and store -- with confidence, rule, status and speaker, derived from a
NIF sentence whose offsets are exact.
"""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from ._actorgraph import record_quads
from ._kb import ActorInfo
from ._actors import LinkedDoc
from ._read import Article
from ._relations import CONSTRUCTIONS, Reading
from ._vocab import (CKG, COARSE, DCTERMS, NIF, PROV, RDF, RDFS, RULE, RULES_GRAPH, SCHEMA, SUPER, XSD,
                     document_graph, document_iri, sentence_iri, statement_iri)

_TYPE = NamedNode(RDF + "type")
_STRING = NamedNode(XSD + "string")


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


def _int(v: int) -> Literal:
    # xsd:integer, not nonNegativeInteger: pyoxigraph stores the latter as the former anyway.
    return Literal(str(v), datatype=NamedNode(XSD + "integer"))


def _decimal(v: float) -> Literal:
    # Canonical xsd:decimal form ("0.9", "1.0"), as pyoxigraph stores it.
    text = format(Decimal(str(v)).normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=NamedNode(XSD + "decimal"))


def _lang(v: str) -> Literal:
    return Literal(v, language="en")


# Role titles as one vocabulary, however a sentence spelt them: abbreviated ranks written out,
# the verb of a leading construction as its noun, a plural title in the singular ("Gen." and
# "general", "commanded" and "commander", "presidents" and "president" are one role).
_ROLE_WORDS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "brig": "brigadier", "adm": "admiral",
    "capt": "captain", "cmdr": "commander", "cdr": "commander", "sgt": "sergeant", "gov": "governor",
    "sen": "senator", "pres": "president", "amb": "ambassador", "dep": "deputy", "sec": "secretary",
}
_ROLE_VERBS = {
    "command": "commander", "commands": "commander", "commanded": "commander", "commanding": "commander",
    "lead": "leader", "leads": "leader", "led": "leader", "leading": "leader",
    "head": "head", "heads": "head", "headed": "head", "chair": "chair", "chairs": "chair", "chaired": "chair",
    "officialof": "official",  # (a reading of officialOf that names no title)
}
_NOT_PLURAL = ("ss", "us", "is", "news", "arms", "affairs", "forces", "services", "operations", "relations")


def role_title(text: str) -> str:
    """A role title in its one spelling: lower case, abbreviations written out, a leading verb as its
    noun, the title's head noun singular: "Gen." -> "general", "commanded" -> "commander",
    "presidents" -> "president", "chiefs of staff" -> "chief of staff"."""
    words = [w.strip(".,;:") for w in text.lower().split()]
    words = [_ROLE_WORDS.get(w, w) for w in words if w]
    if len(words) == 1:
        words = [_ROLE_VERBS.get(words[0], words[0])]
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    if head >= 0:
        w = words[head]
        if w.endswith("ies") and len(w) > 4:
            words[head] = w[:-3] + "y"
        elif w.endswith("s") and len(w) > 3 and not w.endswith(_NOT_PLURAL):
            words[head] = w[:-1]
    return " ".join(words) or text


def actor_quads(a: ActorInfo, g: NamedNode, doc: NamedNode, doc_id: str, labels_seen: set[str],
                roles: set[str] = frozenset()) -> Iterator[Quad]:
    """The article's record of one actor (what this article says of it); the actors graph merges them.
    ``roles``: the titles the article's readings give a person, which make the person an Official."""
    kind = "Official" if a.type == "Person" and roles else a.type
    return record_quads(doc_id, doc, g, a.iri, kind, a.label, {*a.alt_labels, *labels_seen}, a.wikidata,
                        {role_title(r) for r in a.roles | roles}, a.armed_forces_of)


def rules_quads() -> list[Quad]:
    """Every extraction construction, described once, in the rules graph."""
    g = _n(RULES_GRAPH)
    q: list[Quad] = []
    for rule_id in sorted(CONSTRUCTIONS):
        rule = _n(RULE + rule_id)
        q += [Quad(rule, _TYPE, _n(CKG + "ExtractionRule"), g),
              Quad(rule, _n(CKG + "ruleId"), Literal(rule_id), g),
              Quad(rule, _n(RDFS + "comment"), Literal(CONSTRUCTIONS[rule_id].description), g)]
    return q


def document_quads(article: Article, linked: LinkedDoc, readings: list[Reading], extractor: str) -> list[Quad]:
    """Every quad this article contributes, in the article's own named graph."""
    g = _n(document_graph(article.id))
    doc = _n(document_iri(article.id))
    text = article.text
    ctx = _n(sentence_iri(article.id, 0, len(text)))
    q: list[Quad] = [
        Quad(doc, _TYPE, _n(SCHEMA + "NewsArticle"), g),
        Quad(doc, _TYPE, _n(PROV + "Entity"), g),
        Quad(doc, _n(DCTERMS + "identifier"), Literal(article.id), g),
        Quad(doc, _n(CKG + "extractorVersion"), Literal(extractor), g),
        Quad(ctx, _TYPE, _n(NIF + "Context"), g),
        Quad(ctx, _TYPE, _n(NIF + "OffsetBasedString"), g),
        Quad(ctx, _n(NIF + "isString"), Literal(text), g),
        Quad(ctx, _n(NIF + "beginIndex"), _int(0), g),
        Quad(ctx, _n(NIF + "endIndex"), _int(len(text)), g),
        Quad(ctx, _n(NIF + "sourceUrl"), doc, g),
    ]
    if article.title:
        q.append(Quad(doc, _n(DCTERMS + "title"), Literal(article.title), g))
    if article.publisher:
        q.append(Quad(doc, _n(DCTERMS + "publisher"), Literal(article.publisher), g))
    if article.date:
        q.append(Quad(doc, _n(DCTERMS + "date"), Literal(article.date, datatype=_n(XSD + "date")), g))
    if article.url:
        q.append(Quad(doc, _n(DCTERMS + "source"), _n(article.url) if "://" in article.url else Literal(article.url), g))
    elif article.source:
        q.append(Quad(doc, _n(DCTERMS + "source"), Literal(article.source), g))

    used = {r.subject for r in readings} | {r.object for r in readings} | {r.speaker for r in readings if r.speaker}
    used |= {m.actor for m in linked.mentions if m.kind != "demonym"}
    # an actor this graph links to (the state whose armed forces a group is) is described here too
    used |= {linked.actors[a].armed_forces_of for a in list(used)
             if linked.actors[a].armed_forces_of in linked.actors}
    roles: dict[str, set[str]] = {}  # person -> the titles the asserted readings give them
    for r in readings:
        if COARSE[r.predicate] == "official_of" and r.status == "Asserted":
            roles.setdefault(r.subject, set()).add(r.role or r.predicate)
    for iri in sorted(used):
        q.extend(actor_quads(linked.actors[iri], g, doc, article.id, linked.labels_seen.get(iri, set()),
                             roles.get(iri, set())))

    title = article.separate_title
    title_ctx = _n(sentence_iri(article.id, 0, len(title), "title")) if title else None
    if title and any(r.context == "title" for r in readings):
        q += [Quad(title_ctx, _TYPE, _n(NIF + "Context"), g),
              Quad(title_ctx, _TYPE, _n(NIF + "OffsetBasedString"), g),
              Quad(title_ctx, _n(NIF + "isString"), Literal(title), g),
              Quad(title_ctx, _n(NIF + "beginIndex"), _int(0), g),
              Quad(title_ctx, _n(NIF + "endIndex"), _int(len(title)), g),
              Quad(title_ctx, _n(NIF + "sourceUrl"), doc, g)]
    sentences_done: set[tuple[int, int, str]] = set()
    for r in readings:
        sent = _n(sentence_iri(article.id, r.sent_start, r.sent_end, r.context))
        if (r.sent_start, r.sent_end, r.context) not in sentences_done:
            sentences_done.add((r.sent_start, r.sent_end, r.context))
            q += [
                Quad(sent, _TYPE, _n(NIF + "Sentence"), g),
                Quad(sent, _TYPE, _n(NIF + "OffsetBasedString"), g),
                Quad(sent, _n(NIF + "beginIndex"), _int(r.sent_start), g),
                Quad(sent, _n(NIF + "endIndex"), _int(r.sent_end), g),
                Quad(sent, _n(NIF + "anchorOf"), Literal(article.text_of(r.context)[r.sent_start:r.sent_end]), g),
                Quad(sent, _n(NIF + "referenceContext"), title_ctx if r.context == "title" else ctx, g),
            ]
        stmt = _n(statement_iri(article.id, r.sent_start, r.sent_end, r.subject, r.predicate, r.object,
                                *([r.context] if r.context != "text" else [])))
        pred = _n(CKG + r.predicate)
        coarse = COARSE[r.predicate]
        q += [
            Quad(stmt, _TYPE, _n(CKG + "Statement"), g),
            Quad(stmt, _TYPE, _n(RDF + "Statement"), g),
            Quad(stmt, _n(RDF + "subject"), _n(r.subject), g),
            Quad(stmt, _n(RDF + "predicate"), pred, g),
            Quad(stmt, _n(RDF + "object"), _n(r.object), g),
            Quad(stmt, _n(CKG + "coarseRelation"), Literal(coarse), g),
            Quad(stmt, _n(CKG + "confidence"), _decimal(r.confidence), g),
            Quad(stmt, _n(CKG + "extractionRule"), _n(RULE + r.rule), g),
            Quad(stmt, _n(CKG + "assertionStatus"), _n(CKG + r.status), g),
            Quad(stmt, _n(PROV + "wasDerivedFrom"), sent, g),
        ]
        if r.speaker:
            q.append(Quad(stmt, _n(PROV + "wasAttributedTo"), _n(r.speaker), g))
        if r.role:
            q.append(Quad(stmt, _n(CKG + "role"), Literal(role_title(r.role)), g))
        if r.status == "Asserted":
            q.append(Quad(_n(r.subject), pred, _n(r.object), g))
            q.append(Quad(_n(r.subject), _n(CKG + SUPER[coarse]), _n(r.object), g))
    return q
