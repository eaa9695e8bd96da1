"""The statistics graph: what the saved queries would otherwise recount from every statement.

A hub actor is subject or object of thousands of statements, and every statement is
a node with a dozen properties and a path to its article. Walking them on each query
is what made the saved queries slow. The statistics graph (``…/graph/statistics``)
holds, derived from the article graphs:

* one node per **claim** -- a (subject, coarse relation, object, assertion status)
  however many articles make it (``…/id/claim/HASH``, a ``ckg:ClaimSummary``):
  ``ckg:claimSubject``, ``ckg:claimRelation``, ``ckg:claimObject``, ``ckg:claimStatus``;
  every statement (``ckg:claimStatement``), article (``ckg:claimDocument``), predicate
  (``ckg:claimKind``), role title (``ckg:claimRole``), publisher (``ckg:claimPublisher``)
  and source -- the syndication group of each sentence, or the sentence when it has
  none (``ckg:claimSourceGroup``); and the figures ``ckg:documentCount``,
  ``ckg:sentenceCount``, ``ckg:sourceCount``, ``ckg:firstDate``, ``ckg:lastDate``;
* on the graph's own IRI: ``ckg:summarises``, every claim (a query that wants every claim
  starts there) and ``ckg:statisticsVersion``, the layout's version;
* one node per **contest** (``ckg:Contest``): a pair of actors the articles describe both as
  supporting and as opposing each other (``?s`` supports ``?o``, and one opposes the other), or a
  claim that one source asserts and another denies or hedges: ``ckg:contestSubject``,
  ``ckg:contestObject``, ``ckg:conflict`` and the claims at stake (``ckg:contestClaim``);
* one node per **alliance** (``ckg:Alliance``): two actors that each support a third party
  (asserted): both (``ckg:ally``), the parties they both support (``ckg:commonParty``), and the
  articles in which either supports one of them (``ckg:claimDocument``, ``ckg:documentCount``);
* per actor: ``ckg:statementCount`` (statements it is the subject or object of) and
  ``ckg:documentCount`` (articles with a record of it);
* per article: ``ckg:assertedCount`` and ``ckg:disputedCount`` (its statements by status).

Distinct counts over several claims (an actor name that several actors carry) stay
exact: the queries count the claims' document, publisher and source lists, which are
stored whole; the figures serve where one claim is one row.

Maintenance follows the actors graph (``_actorgraph``): a build computes the changes
for the claims, actors and articles its batch touches, from the batch's quads and the
graphs it replaces, and writes them in the same transaction as the articles. A claim
that only gains articles is updated from its stored figures (the cost of the new
articles, not of the claim); a claim that loses an article (a rebuilt article) is
recounted from its statements. The syndication step moves ``ckg:claimSourceGroup`` and
``ckg:sourceCount`` with the groups it changes, in its own transaction.
``statistics_quads`` computes the whole graph from scratch: for stores built before
it existed, and for the tests, which check the two always agree.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from ._vocab import (CKG, DCTERMS, DOCUMENT_GRAPH, NIF, PROV, RDF, SCHEMA, STATISTICS_GRAPH, SYNDICATION_GRAPH,
                     XSD, claim_iri)

GRAPH = ox.NamedNode(STATISTICS_GRAPH)
VERSION = "1"  # of the graph's layout; a store whose statistics carry another version is recounted


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(CKG + name)


TYPE = ox.NamedNode(RDF + "type")
SUMMARY = _p("ClaimSummary")
SUBJECT, RELATION, OBJECT, STATUS = _p("claimSubject"), _p("claimRelation"), _p("claimObject"), _p("claimStatus")
STATEMENT, DOCUMENT, KIND, ROLE = _p("claimStatement"), _p("claimDocument"), _p("claimKind"), _p("claimRole")
PUBLISHER, SOURCE_GROUP = _p("claimPublisher"), _p("claimSourceGroup")
DOCUMENTS, SENTENCES, SOURCES = _p("documentCount"), _p("sentenceCount"), _p("sourceCount")
FIRST, LAST = _p("firstDate"), _p("lastDate")
STATEMENTS, ASSERTED_COUNT, DISPUTED_COUNT = _p("statementCount"), _p("assertedCount"), _p("disputedCount")
LAYOUT = _p("statisticsVersion")
LISTS = _p("summarises")  # the graph's own IRI -> every claim it summarises
ASSERTED = _p("Asserted")
CONTEST, CONFLICT = _p("Contest"), _p("conflict")
CONTEST_SUBJECT, CONTEST_OBJECT, CONTEST_CLAIM = _p("contestSubject"), _p("contestObject"), _p("contestClaim")
SUPPORT_AND_OPPOSITION, ASSERTED_AND_DISPUTED = "support and opposition", "asserted and disputed"
ALLIANCE, ALLY, COMMON = _p("Alliance"), _p("ally"), _p("commonParty")
_INT = ox.NamedNode(XSD + "integer")
# statement and article properties read from the article graphs
_R_SUBJECT, _R_OBJECT, _R_PREDICATE = (ox.NamedNode(RDF + n) for n in ("subject", "object", "predicate"))
_COARSE, _STATUS, _ROLE = _p("coarseRelation"), _p("assertionStatus"), _p("role")
_DERIVED, _CONTEXT, _SOURCE_URL = (ox.NamedNode(PROV + "wasDerivedFrom"), ox.NamedNode(NIF + "referenceContext"),
                                   ox.NamedNode(NIF + "sourceUrl"))
_STATEMENT_TYPE, _ARTICLE = _p("Statement"), ox.NamedNode(SCHEMA + "NewsArticle")
_PUBLISHER, _DATE = ox.NamedNode(DCTERMS + "publisher"), ox.NamedNode(DCTERMS + "date")
_RECORD_OF = _p("recordOf")
_GROUP, _SYNDICATION = _p("syndicationGroup"), ox.NamedNode(SYNDICATION_GRAPH)

Key = tuple  # (subject, coarse relation, object, status)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INT)


def _q(s: ox.Term, p: ox.NamedNode, o: ox.Term) -> ox.Quad:
    return ox.Quad(s, p, o, GRAPH)


def _one(store: ox.Store, s: ox.Term, p: ox.NamedNode, g: ox.Term | None) -> ox.Term | None:
    return next((q.object for q in store.quads_for_pattern(s, p, None, g)), None)


def _has(store: ox.Store, s: ox.Term, p: ox.NamedNode, o: ox.Term) -> bool:
    return next(iter(store.quads_for_pattern(s, p, o, GRAPH)), None) is not None


@dataclass
class Part:
    """What some statements contribute to one claim: one article's, or the whole store's."""

    statements: set[ox.Term] = field(default_factory=set)
    documents: set[ox.Term] = field(default_factory=set)
    sentences: set[ox.Term] = field(default_factory=set)
    kinds: set[ox.Term] = field(default_factory=set)
    roles: set[ox.Term] = field(default_factory=set)
    publishers: set[ox.Term] = field(default_factory=set)
    dates: set[ox.Term] = field(default_factory=set)

    def update(self, other: Part) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).update(getattr(other, name))


@dataclass
class DocFacts:
    """What one article graph contributes to the statistics."""

    claims: dict[Key, Part] = field(default_factory=dict)
    actor_statements: Counter = field(default_factory=Counter)  # actor -> statements it is subject or object of
    actor_records: set[ox.Term] = field(default_factory=set)  # actors the article has a record of
    articles: dict[ox.Term, tuple[int, int]] = field(default_factory=dict)  # article -> (asserted, disputed)


def doc_facts(quads: Iterable[ox.Quad]) -> DocFacts:
    """The statistics of one article graph, from its quads (read the way the saved queries read them)."""
    by_subject: dict[ox.Term, dict[ox.NamedNode, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        by_subject[q.subject][q.predicate].append(q.object)
    facts = DocFacts()
    for node, props in by_subject.items():
        if _RECORD_OF in props:
            facts.actor_records.update(props[_RECORD_OF])
    statements = [(n, props) for n, props in by_subject.items() if props.get(_R_SUBJECT) or props.get(_R_OBJECT)]
    typed = [props for _, props in statements if _STATEMENT_TYPE in props.get(TYPE, ())]
    asserted = sum(1 for props in typed for st in props.get(_STATUS, ()) if st == ASSERTED)
    disputed = sum(1 for props in typed for st in props.get(_STATUS, ()) if st != ASSERTED)
    for node, props in by_subject.items():
        if _ARTICLE in props.get(TYPE, ()):
            facts.articles[node] = (asserted, disputed)
    for stmt, props in statements:
        for actor in {*props.get(_R_SUBJECT, ()), *props.get(_R_OBJECT, ())}:
            facts.actor_statements[actor] += 1
        sentences = props.get(_DERIVED, [])
        docs = {d for sent in sentences for ctx in by_subject.get(sent, {}).get(_CONTEXT, ())
                for d in by_subject.get(ctx, {}).get(_SOURCE_URL, ())}
        if not docs:  # the saved queries reach the article through the sentence: no article, no claim
            continue
        for s in props.get(_R_SUBJECT, ()):
            for rel in props.get(_COARSE, ()):
                for o in props.get(_R_OBJECT, ()):
                    for st in props.get(_STATUS, ()):
                        part = facts.claims.setdefault((s, rel.value, o, st), Part())
                        part.statements.add(stmt)
                        part.documents |= docs
                        part.sentences.update(sentences)
                        part.kinds.update(props.get(_R_PREDICATE, ()))
                        part.roles.update(props.get(_ROLE, ()))
                        for d in docs:
                            part.publishers.update(by_subject.get(d, {}).get(_PUBLISHER, ()))
                            part.dates.update(by_subject.get(d, {}).get(_DATE, ()))
    return facts


def _key_quads(node: ox.NamedNode, key: Key) -> list[ox.Quad]:
    s, rel, o, st = key
    return [_q(GRAPH, LISTS, node), _q(node, TYPE, SUMMARY), _q(node, SUBJECT, s), _q(node, RELATION, ox.Literal(rel)),
            _q(node, OBJECT, o), _q(node, STATUS, st)]


def _claim_node(key: Key) -> ox.NamedNode:
    s, rel, o, st = key
    return ox.NamedNode(claim_iri(s.value, rel, o.value, st.value))


def _figures(node: ox.NamedNode, documents: int, sentences: int, sources: int,
             dates: Iterable[ox.Term]) -> list[ox.Quad]:
    out = [_q(node, DOCUMENTS, _int(documents)), _q(node, SENTENCES, _int(sentences)), _q(node, SOURCES, _int(sources))]
    dates = sorted(dates, key=lambda d: d.value)
    if dates:
        out += [_q(node, FIRST, dates[0]), _q(node, LAST, dates[-1])]
    return out


def claim_quads(key: Key, part: Part, group_of: Mapping[ox.Term, ox.Term]) -> list[ox.Quad]:
    """Every quad of one claim's summary, from all its statements (``part``)."""
    node = _claim_node(key)
    groups = {group_of.get(x, x) for x in part.sentences}
    out = _key_quads(node, key)
    for prop, values in ((STATEMENT, part.statements), (DOCUMENT, part.documents), (KIND, part.kinds),
                         (ROLE, part.roles), (PUBLISHER, part.publishers), (SOURCE_GROUP, groups)):
        out += [_q(node, prop, v) for v in values]
    return out + _figures(node, len(part.documents), len(part.sentences), len(groups), part.dates)


def _count_quads(subject: ox.Term, prop: ox.NamedNode, n: int) -> list[ox.Quad]:
    return [_q(subject, prop, _int(n))] if n else []


def layout_quad() -> ox.Quad:
    return _q(GRAPH, LAYOUT, ox.Literal(VERSION))


def _contest_node(s: ox.Term, o: ox.Term, conflict: str, relation: str = "") -> ox.NamedNode:
    return ox.NamedNode(claim_iri(s.value, relation, o.value, conflict).replace("/claim/", "/claim/contest/", 1))


Scope = tuple  # ("pair", s, o) or ("claim", s, relation, o)


def _scopes(key: Key) -> set[Scope]:
    """The contests a claim can take part in: its pair both ways, and itself whatever its status."""
    s, rel, o, _ = key
    return {("pair", s, o), ("pair", o, s), ("claim", s, rel, o)}


def contest_quads(scope: Scope, claims_of: Callable[[ox.Term], set[Key]]) -> list[ox.Quad]:
    """The contest of ``scope`` (none when it is not contested), given the claims each actor is the subject of."""
    if scope[0] == "pair":
        _, s, o = scope
        if s == o:
            return []
        sup = (s, "supports", o, ASSERTED)
        at_stake = [k for k in (sup, (s, "opposes", o, ASSERTED), (o, "opposes", s, ASSERTED))
                    if k in claims_of(k[0])]
        if sup not in at_stake or len(at_stake) < 2:
            return []
        node, conflict = _contest_node(s, o, SUPPORT_AND_OPPOSITION), SUPPORT_AND_OPPOSITION
    else:
        _, s, rel, o = scope
        at_stake = sorted((k for k in claims_of(s) if k[1] == rel and k[2] == o), key=lambda k: k[3].value)
        statuses = {k[3] for k in at_stake}
        if ASSERTED not in statuses or len(statuses) < 2:
            return []
        node, conflict = _contest_node(s, o, ASSERTED_AND_DISPUTED, rel), ASSERTED_AND_DISPUTED
    return [_q(node, TYPE, CONTEST), _q(node, CONTEST_SUBJECT, s), _q(node, CONTEST_OBJECT, o),
            _q(node, CONFLICT, ox.Literal(conflict))] + [_q(node, CONTEST_CLAIM, _claim_node(k)) for k in at_stake]


def _scope_nodes(scope: Scope) -> list[ox.NamedNode]:
    if scope[0] == "pair":
        return [_contest_node(scope[1], scope[2], SUPPORT_AND_OPPOSITION)]
    return [_contest_node(scope[1], scope[3], ASSERTED_AND_DISPUTED, scope[2])]


def _alliance_node(a: ox.Term, b: ox.Term) -> ox.NamedNode:
    a, b = sorted((a, b), key=lambda t: t.value)
    return ox.NamedNode(claim_iri(a.value, "", b.value, "").replace("/claim/", "/claim/alliance/", 1))


def alliance_quads(a: ox.Term, b: ox.Term, supported: Callable[[ox.Term], set[ox.Term]],
                   documents: Callable[[ox.Term, ox.Term], set[ox.Term]]) -> list[ox.Quad]:
    """The alliance of ``a`` and ``b`` (none when they support no common party), given the parties each
    actor supports and the articles of each (supporter, party) claim."""
    common = {c for c in supported(a) & supported(b) if c not in (a, b)}
    if a == b or not common:
        return []
    node = _alliance_node(a, b)
    docs = {d for c in common for d in documents(a, c) | documents(b, c)}
    return ([_q(node, TYPE, ALLIANCE), _q(node, ALLY, a), _q(node, ALLY, b), _q(node, DOCUMENTS, _int(len(docs)))]
            + [_q(node, COMMON, c) for c in common] + [_q(node, DOCUMENT, d) for d in docs])


def _is_support(key: Key) -> bool:
    return key[1] == "supports" and key[3] == ASSERTED


def statistics_quads(store: ox.Store) -> set[ox.Quad]:
    """The whole statistics graph, computed from the article graphs and the syndication groups."""
    claims: dict[Key, Part] = defaultdict(Part)
    statements: Counter = Counter()
    records: Counter = Counter()
    out = {layout_quad()}
    for g in store.named_graphs():
        if not (isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_GRAPH)):
            continue
        facts = doc_facts(store.quads_for_pattern(None, None, None, g))
        for key, part in facts.claims.items():
            claims[key].update(part)
        statements.update(facts.actor_statements)
        records.update(facts.actor_records)
        for article, (asserted, disputed) in facts.articles.items():
            out.update(_count_quads(article, ASSERTED_COUNT, asserted) + _count_quads(article, DISPUTED_COUNT, disputed))
    group_of = {q.subject: q.object for q in store.quads_for_pattern(None, _GROUP, None, _SYNDICATION)}
    for key, part in claims.items():
        out.update(claim_quads(key, part, group_of))
    by_subject: dict[ox.Term, set[Key]] = defaultdict(set)
    for key in claims:
        by_subject[key[0]].add(key)
    for scope in {scope for key in claims for scope in _scopes(key)}:
        out.update(contest_quads(scope, lambda actor: by_subject.get(actor, set())))
    supported: dict[ox.Term, set[ox.Term]] = defaultdict(set)
    supporters: dict[ox.Term, set[ox.Term]] = defaultdict(set)
    for s, _, o, _ in filter(_is_support, claims):
        supported[s].add(o)
        supporters[o].add(s)
    pairs = {(a, b) for group in supporters.values() for a in group for b in group if a.value < b.value}
    for a, b in pairs:
        out.update(alliance_quads(a, b, lambda x: supported.get(x, set()),
                                  lambda x, c: claims[(x, "supports", c, ASSERTED)].documents))
    for actor in set(statements) | set(records):
        out.update(_count_quads(actor, STATEMENTS, statements[actor]) + _count_quads(actor, DOCUMENTS, records[actor]))
    return out


def _stored_count(store: ox.Store, subject: ox.Term, prop: ox.NamedNode) -> int:
    value = _one(store, subject, prop, GRAPH)
    return int(value.value) if value is not None else 0


def _recount(store: ox.Store, node: ox.NamedNode, dropped: set[ox.NamedNode]) -> Part:
    """What the store's statements of a claim, outside the graphs ``dropped``, contribute to it."""
    part = Part()
    doc_of_context: dict[ox.Term, list[ox.Term]] = {}
    article: dict[tuple[ox.Term, ox.Term], tuple[list, list]] = {}
    for q in store.quads_for_pattern(node, STATEMENT, None, GRAPH):
        stmt = q.object
        g = next((x.graph_name for x in store.quads_for_pattern(stmt, _R_SUBJECT, None, None)), None)
        if g is None or g in dropped:
            continue
        props: dict[ox.NamedNode, list[ox.Term]] = defaultdict(list)
        for x in store.quads_for_pattern(stmt, None, None, g):
            props[x.predicate].append(x.object)
        docs = set()
        for sent in props[_DERIVED]:
            for ctx in store.quads_for_pattern(sent, _CONTEXT, None, g):
                key = ctx.object
                if key not in doc_of_context:
                    doc_of_context[key] = [d.object for d in store.quads_for_pattern(key, _SOURCE_URL, None, g)]
                docs.update(doc_of_context[key])
        part.statements.add(stmt)
        part.sentences.update(props[_DERIVED])
        part.kinds.update(props[_R_PREDICATE])
        part.roles.update(props[_ROLE])
        part.documents |= docs
        for d in docs:
            if (d, g) not in article:
                article[(d, g)] = ([x.object for x in store.quads_for_pattern(d, _PUBLISHER, None, g)],
                                   [x.object for x in store.quads_for_pattern(d, _DATE, None, g)])
            part.publishers.update(article[(d, g)][0])
            part.dates.update(article[(d, g)][1])
    return part


class _Groups:
    """The syndication group of a sentence as the store holds it now (the sentence itself when it has none)."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.cache = store, {}

    def get(self, sentence: ox.Term, default: ox.Term | None = None) -> ox.Term:
        if sentence not in self.cache:
            self.cache[sentence] = _one(self.store, sentence, _GROUP, _SYNDICATION) or sentence
        return self.cache[sentence]


def statistics_changes(store: ox.Store, dropped: Mapping[ox.NamedNode, Iterable[ox.Quad]] | set[ox.NamedNode],
                       added: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(quads to remove, quads to add) in the statistics graph when the article graphs ``dropped``
    (as the store holds them now) are replaced or removed and the graphs ``added`` (their quads) come in."""
    dropped = set(dropped)
    old = {g: doc_facts(store.quads_for_pattern(None, None, None, g)) for g in dropped}
    new = [doc_facts(quads) for quads in added.values()]
    groups = _Groups(store)
    remove: set[ox.Quad] = set()
    add: set[ox.Quad] = set()
    if not _has(store, GRAPH, LAYOUT, ox.Literal(VERSION)):
        add.add(layout_quad())

    gained: dict[Key, Part] = defaultdict(Part)
    for facts in new:
        for key, part in facts.claims.items():
            gained[key].update(part)
    lost = {key for facts in old.values() for key in facts.claims}
    created: set[Key] = set()
    deleted: set[Key] = set()
    for key in lost:  # a claim that loses statements: recounted from what remains, plus what comes in
        node = _claim_node(key)
        part = _recount(store, node, dropped)
        part.update(gained.get(key, Part()))
        want = set(claim_quads(key, part, groups)) if part.statements else set()
        have = set(store.quads_for_pattern(node, None, None, GRAPH)) | set(store.quads_for_pattern(GRAPH, LISTS, node, GRAPH))
        if want and not have:
            created.add(key)
        elif have and not want:
            deleted.add(key)
        remove |= have - want
        add |= want - have
    for key, part in gained.items():
        if key in lost:
            continue
        node = _claim_node(key)
        if not _has(store, node, TYPE, SUMMARY):  # a new claim
            add.update(claim_quads(key, part, groups))
            created.add(key)
            continue
        # a claim that only gains statements, all in new articles: its stored figures plus theirs
        add.update(_q(node, STATEMENT, x) for x in part.statements)
        add.update(_q(node, DOCUMENT, x) for x in part.documents)
        for prop, values in ((KIND, part.kinds), (ROLE, part.roles), (PUBLISHER, part.publishers)):
            add.update(_q(node, prop, v) for v in values if not _has(store, node, prop, v))
        new_groups = {groups.get(x) for x in part.sentences}
        new_groups = {g for g in new_groups if not _has(store, node, SOURCE_GROUP, g)}
        add.update(_q(node, SOURCE_GROUP, g) for g in new_groups)
        figures = {p: _stored_count(store, node, p) for p in (DOCUMENTS, SENTENCES, SOURCES)}
        dates = [d for d in (_one(store, node, FIRST, GRAPH), _one(store, node, LAST, GRAPH)) if d is not None]
        have = set(store.quads_for_pattern(node, DOCUMENTS, None, GRAPH)) | set(store.quads_for_pattern(
            node, SENTENCES, None, GRAPH)) | set(store.quads_for_pattern(node, SOURCES, None, GRAPH)) | {
            _q(node, p, d) for p, d in zip((FIRST, LAST), dates)}
        want = set(_figures(node, figures[DOCUMENTS] + len(part.documents), figures[SENTENCES] + len(part.sentences),
                            figures[SOURCES] + len(new_groups), [*dates, *part.dates]))
        remove |= have - want
        add |= want - have

    # contests: only a claim that appears or disappears can change one
    if created or deleted:
        subjects: dict[ox.Term, set[Key]] = {}

        def claims_of(actor: ox.Term) -> set[Key]:
            if actor not in subjects:
                keys = set()
                for q in store.quads_for_pattern(None, SUBJECT, actor, GRAPH):
                    rel, o, st = (_one(store, q.subject, p, GRAPH) for p in (RELATION, OBJECT, STATUS))
                    if rel is not None and o is not None and st is not None:
                        keys.add((actor, rel.value, o, st))
                subjects[actor] = (keys | {k for k in created if k[0] == actor}) - deleted
            return subjects[actor]

        for scope in {scope for key in created | deleted for scope in _scopes(key)}:
            want = set(contest_quads(scope, claims_of))
            have = {q for node in _scope_nodes(scope) for q in store.quads_for_pattern(node, None, None, GRAPH)}
            remove |= have - want
            add |= want - have

    # alliances: pairs of supporters of a party whose support claims changed
    changed_support = {k for k in set(gained) | lost if _is_support(k)}
    if changed_support:
        remove_a, add_a = _alliance_changes(store, changed_support, gained, lost, created, deleted, dropped)
        remove |= remove_a
        add |= add_a

    # actors: statements and records counted article by article, so old ones subtract exactly
    delta_statements: Counter = Counter()
    delta_records: Counter = Counter()
    for facts in new:
        delta_statements.update(facts.actor_statements)
        delta_records.update(facts.actor_records)
    for facts in old.values():
        delta_statements.subtract(facts.actor_statements)
        delta_records.subtract(facts.actor_records)
    for actor in set(delta_statements) | set(delta_records):
        for prop, delta in ((STATEMENTS, delta_statements[actor]), (DOCUMENTS, delta_records[actor])):
            if delta:
                before = _stored_count(store, actor, prop)
                remove.update(_count_quads(actor, prop, before))
                add.update(_count_quads(actor, prop, before + delta))
    # articles: their own counts, replaced with them
    for facts in old.values():
        for article in facts.articles:
            remove.update(q for p in (ASSERTED_COUNT, DISPUTED_COUNT) for q in store.quads_for_pattern(article, p, None, GRAPH))
    for facts in new:
        for article, (asserted, disputed) in facts.articles.items():
            add.update(_count_quads(article, ASSERTED_COUNT, asserted) + _count_quads(article, DISPUTED_COUNT, disputed))
    both = remove & add
    return sorted(remove - both, key=str), sorted(add - both, key=str)


def _alliance_changes(store: ox.Store, changed: set[Key], gained: Mapping[Key, Part], lost: set[Key],
                      created: set[Key], deleted: set[Key], dropped: set[ox.NamedNode]
                      ) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """Alliance changes when the support claims ``changed`` gain or lose articles or appear or disappear.

    A pair whose claims only gain (the common case: new articles) gets the new articles, and
    every article of a party that becomes common; a pair that loses anything is recounted."""
    remove: set[ox.Quad] = set()
    add: set[ox.Quad] = set()
    supporters_cache: dict[ox.Term, set[ox.Term]] = {}
    supported_cache: dict[ox.Term, set[ox.Term]] = {}

    def support_keys(pattern_prop: ox.NamedNode, actor: ox.Term) -> set[Key]:
        keys = set()
        for q in store.quads_for_pattern(None, pattern_prop, actor, GRAPH):
            node = q.subject
            if _has(store, node, RELATION, ox.Literal("supports")) and _has(store, node, STATUS, ASSERTED):
                other = _one(store, node, SUBJECT if pattern_prop == OBJECT else OBJECT, GRAPH)
                keys.add((other, "supports", actor, ASSERTED) if pattern_prop == OBJECT else
                         (actor, "supports", other, ASSERTED))
        return keys

    def supporters(c: ox.Term) -> set[ox.Term]:
        if c not in supporters_cache:
            keys = (support_keys(OBJECT, c) | {k for k in created if _is_support(k) and k[2] == c}) - deleted
            supporters_cache[c] = {k[0] for k in keys}
        return supporters_cache[c]

    def supported(x: ox.Term) -> set[ox.Term]:
        if x not in supported_cache:
            keys = (support_keys(SUBJECT, x) | {k for k in created if _is_support(k) and k[0] == x}) - deleted
            supported_cache[x] = {k[2] for k in keys}
        return supported_cache[x]

    def stored_docs(key: Key) -> set[ox.Term]:
        node = _claim_node(key)
        return {q.object for q in store.quads_for_pattern(node, DOCUMENT, None, GRAPH)}

    dropped_docs = {ox.NamedNode(g.value.replace("/graph/document/", "/document/", 1)) for g in dropped}

    def documents(x: ox.Term, c: ox.Term) -> set[ox.Term]:  # after the change
        key = (x, "supports", c, ASSERTED)
        if key in deleted:
            return set()
        return (stored_docs(key) - dropped_docs) | gained.get(key, Part()).documents

    pairs: dict[tuple[ox.Term, ox.Term], bool] = {}  # pair -> recount (it loses something)
    for key in changed:
        x, _, c, _ = key
        for y in supporters(c) | ({x} if key in deleted else set()):
            if y != x:
                pair = tuple(sorted((x, y), key=lambda t: t.value))
                pairs[pair] = pairs.get(pair, False) or key in lost or key in deleted
    for (a, b), recount in pairs.items():
        node = _alliance_node(a, b)
        if recount or not _has(store, node, TYPE, ALLIANCE):
            want = set(alliance_quads(a, b, supported, documents))
            have = set(store.quads_for_pattern(node, None, None, GRAPH))
            remove |= have - want
            add |= want - have
            continue
        # only gains: new parties in common bring all their articles, the others their new ones
        common = {c for c in supported(a) & supported(b) if c not in (a, b)}
        before = {q.object for q in store.quads_for_pattern(node, COMMON, None, GRAPH)}
        docs = set()
        for c in common:
            if c in before:
                docs |= gained.get((a, "supports", c, ASSERTED), Part()).documents
                docs |= gained.get((b, "supports", c, ASSERTED), Part()).documents
            else:
                docs |= documents(a, c) | documents(b, c)
        new_docs = {d for d in docs if not _has(store, node, DOCUMENT, d)}
        add.update(_q(node, COMMON, c) for c in common - before)
        add.update(_q(node, DOCUMENT, d) for d in new_docs)
        if new_docs:
            count = _stored_count(store, node, DOCUMENTS)
            remove.add(_q(node, DOCUMENTS, _int(count)))
            add.add(_q(node, DOCUMENTS, _int(count + len(new_docs))))
    return remove, add


def group_changes(store: ox.Store, before: Mapping[ox.Term, ox.Term], after: Mapping[ox.Term, ox.Term]
                  ) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """(quads to remove, quads to add) in the statistics graph when the syndication groups of the
    store's sentences go from ``before`` to ``after`` (sentence -> group; a sentence missing from
    a mapping is its own group): each claim's sources follow its sentences."""
    changed = [x for x in set(before) | set(after) if before.get(x, x) != after.get(x, x)]
    if not changed:
        return [], []
    members: dict[ox.Term, list[ox.Term]] = defaultdict(list)
    for x, g in after.items():
        members[g].append(x)
    claims_of: dict[ox.Term, set[ox.Term]] = {}

    def claims_of_sentence(x: ox.Term) -> set[ox.Term]:
        if x not in claims_of:
            claims_of[x] = {c.subject for q in store.quads_for_pattern(None, _DERIVED, x, None)
                            for c in store.quads_for_pattern(None, STATEMENT, q.subject, GRAPH)}
        return claims_of[x]

    touched: dict[tuple[ox.Term, ox.Term], ox.Term | None] = {}  # (claim, group) -> a sentence known to be in both
    for x in changed:
        for claim in claims_of_sentence(x):
            touched[(claim, after.get(x, x))] = x
            touched.setdefault((claim, before.get(x, x)), None)
    remove: list[ox.Quad] = []
    add: list[ox.Quad] = []
    delta: Counter = Counter()
    for (claim, group), witness in touched.items():
        if witness is not None:
            wanted = True
        else:
            candidates = members.get(group, []) + ([group] if group not in after else [])
            wanted = any(claim in claims_of_sentence(y) for y in candidates)
        held = _has(store, claim, SOURCE_GROUP, group)
        if wanted and not held:
            add.append(_q(claim, SOURCE_GROUP, group))
            delta[claim] += 1
        elif held and not wanted:
            remove.append(_q(claim, SOURCE_GROUP, group))
            delta[claim] -= 1
    for claim, d in delta.items():
        if d:
            before_count = _stored_count(store, claim, SOURCES)
            remove.append(_q(claim, SOURCES, _int(before_count)))
            add.append(_q(claim, SOURCES, _int(before_count + d)))
    return sorted(remove, key=str), sorted(add, key=str)


def ensure_statistics(kg) -> None:
    """Give a store whose article graphs predate the statistics graph (or its layout) the whole graph,
    and its actors the descriptions of this version (``ckg:nameKey``): two transactions."""
    from ._actorgraph import all_actor_changes

    store = kg.store
    if _has(store, GRAPH, LAYOUT, ox.Literal(VERSION)):
        return
    if any(isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_GRAPH) for g in store.named_graphs()):
        remove, add = all_actor_changes(store)
        if remove or add:
            kg.apply(remove=remove, add=add)
        kg.sync_graph(GRAPH, statistics_quads(store))
