"""Stage 6a, syndication: group near-identical sentences across articles.

Wire copy is reprinted by many outlets, so two articles carrying the same
sentence are one source, not two. Every statement-bearing sentence in the
store gets ``ckg:syndicationGroup``, the earliest sentence of its group of
near-copies (itself when it has none). The grouping is derived data over the
whole store, so it lives in its own graph; a build rewrites only the sentences
whose group changed.

Near-copies are sentences whose word-trigram sets have a Jaccard similarity
of at least ``THRESHOLD``: reprints that change a word or two ("on Tuesday"
for "Tuesday", a trimmed clause) stay together, different reports of the same
event do not. Groups are the connected components of that relation.

Candidates come from MinHash locality-sensitive hashing: each sentence gets
``BANDS`` keys of ``ROWS`` min-hashes each, and only sentences sharing a key
are compared (a pair at Jaccard 0.5 shares one with probability 0.99, at 0.7
with 0.99997). A bucket keeps at most ``PER_GROUP`` sentences of each group
found so far, so a sentence reprinted a thousand times costs a few
comparisons, not a thousand: time grows with the number of sentences, not
with its square.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from pyoxigraph import Literal, NamedNode, Quad

from ._vocab import CKG, SYNDICATION_GRAPH, SYNDICATION_INDEX_GRAPH

THRESHOLD = 0.5
BANDS, ROWS = 16, 2
PER_GROUP = 2
_WORD = re.compile(r"\w+")
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240229)  # fixed: the same sentence gets the same keys in every build
# 32-bit shingle hashes, a and b below 2**31: a*x + b stays below 2**64
_A = _rng.integers(1, 1 << 31, BANDS * ROWS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, BANDS * ROWS, dtype=np.uint64)


@dataclass(frozen=True)
class SentenceRecord:
    iri: str
    document: str
    date: str
    text: str


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _hash(shingle: tuple[str, ...]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(shingle).encode("utf-8"), digest_size=4).digest(), "little")


def lsh_keys(sh: frozenset) -> list[tuple[int, bytes]]:
    """The sentence's band keys: (band, min-hashes of the band's rows)."""
    if not sh:
        return []
    x = np.fromiter((_hash(s) for s in sh), dtype=np.uint64, count=len(sh))
    mins = ((x[:, None] * _A[None, :] + _B[None, :]) % _PRIME).min(axis=0)
    return [(b, mins[b * ROWS:(b + 1) * ROWS].tobytes()) for b in range(BANDS)]


def _sort_key(record: SentenceRecord) -> tuple[str, str, str]:
    """A group's representative is its earliest sentence: by date (undated last), article, IRI."""
    return (record.date or "9999", record.document, record.iri)


class Components:
    """Connected components of the near-copy relation: two sentences are near-copies when they share
    an LSH band key and their trigram sets have a Jaccard similarity of at least ``THRESHOLD``.

    Components are a property of the set of sentences, not of the order they come in, so a store
    grouped in several builds is grouped as one built at once. Nodes are sentence IRIs (strings);
    ``link`` compares a sentence with the members of each *other* component in a bucket until one
    is a near-copy, so a sentence reprinted a thousand times costs one comparison per bucket, and a
    bucket holds one entry per component."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.buckets: dict[bytes | str, dict[str, list[str]]] = {}  # key -> component root -> members

    def find(self, x: str) -> str:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def link(self, iri: str, sh: frozenset, keys: list, shingles_of) -> None:
        """Add the sentence ``iri`` (trigrams ``sh``, band ``keys``) to the in-memory buckets, joining it to
        every component holding a near-copy (``shingles_of(member)`` gives a member's trigrams)."""
        for key in keys:
            bucket = self.buckets.setdefault(key, {})
            for r0 in list(bucket):
                r = self.find(r0)
                if r != r0:  # components merged since: one entry each
                    bucket.setdefault(r, []).extend(bucket.pop(r0))
            for r, members in list(bucket.items()):
                if r == self.find(iri):
                    continue
                if any(jaccard(sh, shingles_of(m)) >= THRESHOLD for m in members):
                    self.union(r, iri)
            root = self.find(iri)
            for r in [r for r in bucket if r != root and self.find(r) == root]:
                bucket.setdefault(root, []).extend(bucket.pop(r))
            bucket.setdefault(root, []).append(iri)


def syndication_groups(sentences: list[SentenceRecord]) -> dict[str, str]:
    """Map every sentence IRI to the IRI of its group's earliest sentence."""
    records = sorted({s.iri: s for s in sentences}.values(), key=_sort_key)
    sets = {s.iri: shingles(s.text) for s in records}
    comps = Components()
    for s in records:
        comps.link(s.iri, sets[s.iri], lsh_keys(sets[s.iri]), sets.__getitem__)
    rep: dict[str, str] = {}
    for s in records:  # sorted: the first member of a component is its earliest
        rep.setdefault(comps.find(s.iri), s.iri)
    return {s.iri: rep[comps.find(s.iri)] for s in records}


def syndication_quads(sentences: list[SentenceRecord]) -> list[Quad]:
    g = NamedNode(SYNDICATION_GRAPH)
    prop = NamedNode(CKG + "syndicationGroup")
    return [Quad(NamedNode(s), prop, NamedNode(rep), g)
            for s, rep in sorted(syndication_groups(sentences).items())]


# -- the store's groups, kept up to date build by build ------------------------------------------
# Each sentence's band keys are kept in the index graph (``SYNDICATION_INDEX_GRAPH``: sentence
# ckg:lshBand "band:hex"), so that a build compares its new sentences with the stored sentences that
# share a key, found by one index look-up, instead of regrouping the whole store. The graph is
# internal (``KnowledgeGraph.graphs`` and exports leave it out); it carries the index's version and
# its own size, so that the store's figures need not count it.
_INDEX = NamedNode(SYNDICATION_INDEX_GRAPH)
_BAND = NamedNode(CKG + "lshBand")
_INDEX_VERSION = NamedNode(CKG + "syndicationIndexVersion")
_INDEX_SIZE = NamedNode(CKG + "syndicationIndexQuads")
INDEX_VERSION = "1"
_GROUP = NamedNode(CKG + "syndicationGroup")
_SYNDICATION = NamedNode(SYNDICATION_GRAPH)


def band_literals(sh: frozenset) -> list[str]:
    return [f"{b}:{key.hex()}" for b, key in lsh_keys(sh)]


def records_from_quads(quads) -> list[SentenceRecord]:
    """The statement-bearing sentences among one article graph's quads (as ``KnowledgeGraph.sentence_records``)."""
    from ._vocab import DCTERMS, NIF, RDF
    sentence_type, anchor = NIF + "Sentence", NIF + "anchorOf"
    ident, date, rdf_type = DCTERMS + "identifier", DCTERMS + "date", RDF + "type"
    sentences, texts, docs = [], {}, {}
    for q in quads:
        p = q.predicate.value
        if p == rdf_type and q.object.value == sentence_type:
            sentences.append(q.subject.value)
        elif p == anchor:
            texts.setdefault(q.subject.value, q.object.value)
        elif p in (ident, date):
            docs.setdefault(q.subject.value, {}).setdefault(p, q.object.value)
    out = []
    for s in sentences:
        if s in texts:
            doc = docs.get(s.split("#", 1)[0], {})
            out.append(SentenceRecord(s, doc.get(ident, ""), doc.get(date, ""), texts[s]))
    return out


def index_size(store) -> int:
    """Quads in the index graph (its own count, kept with it), 0 without one."""
    for q in store.quads_for_pattern(_INDEX, _INDEX_SIZE, None, _INDEX):
        return int(q.object.value) + 2  # + the version and size quads
    return 0


def has_index(store) -> bool:
    return Quad(_INDEX, _INDEX_VERSION, Literal(INDEX_VERSION), _INDEX) in store


class _Stored:
    """What the store holds of its sentences and groups, read on demand and remembered for one step."""

    def __init__(self, store) -> None:
        from ._vocab import DCTERMS, NIF
        self.store = store
        self._anchor, self._ident, self._date = (NamedNode(NIF + "anchorOf"), NamedNode(DCTERMS + "identifier"),
                                                  NamedNode(DCTERMS + "date"))
        self._group: dict[str, str | None] = {}
        self._sets: dict[str, frozenset] = {}
        self._docs: dict[str, tuple[str, str]] = {}

    def group(self, s: str) -> str | None:
        if s not in self._group:
            q = next(iter(self.store.quads_for_pattern(NamedNode(s), _GROUP, None, _SYNDICATION)), None)
            self._group[s] = q.object.value if q is not None else None
        return self._group[s]

    def members(self, rep: str) -> list[str]:
        return [q.subject.value for q in self.store.quads_for_pattern(None, _GROUP, NamedNode(rep), _SYNDICATION)]

    def shingles(self, s: str) -> frozenset:
        if s not in self._sets:
            q = next(iter(self.store.quads_for_pattern(NamedNode(s), self._anchor, None, None)), None)
            self._sets[s] = shingles(q.object.value) if q is not None else frozenset()
        return self._sets[s]

    def sort_key(self, s: str) -> tuple[str, str, str]:
        doc = s.split("#", 1)[0]
        if doc not in self._docs:
            node = NamedNode(doc)
            ids = [q.object.value for q in self.store.quads_for_pattern(node, self._ident, None, None)]
            dates = [q.object.value for q in self.store.quads_for_pattern(node, self._date, None, None)]
            self._docs[doc] = (ids[0] if ids else "", dates[0] if dates else "")
        ident, date = self._docs[doc]
        return (date or "9999", ident, s)

    def bucket(self, key: str) -> list[str]:
        return [q.subject.value for q in self.store.quads_for_pattern(None, _BAND, Literal(key), _INDEX)]

    def bands(self, s: str) -> list[Quad]:
        return list(self.store.quads_for_pattern(NamedNode(s), _BAND, None, _INDEX))


@dataclass
class GroupChanges:
    """One syndication step: the quads to remove and add (syndication and index graphs), and the groups
    of every sentence whose group changed or that is in a component that changed, before and after
    (sentence -> group representative; a sentence missing is not in the store)."""

    remove: list[Quad]
    add: list[Quad]
    before: dict
    after: dict


def regroup(store, added: list[SentenceRecord], removed: set[str]) -> GroupChanges:
    """The syndication groups after the sentences ``removed`` leave the store (their articles are
    replaced or dropped) and the sentences ``added`` come in, reading only what the store holds of the
    groups these sentences touch: the components stay those of the near-copy relation over all the
    sentences (``Components``), whatever the builds the sentences came in."""
    stored = _Stored(store)
    added = sorted({s.iri: s for s in added}.values(), key=_sort_key)
    new = {s.iri: s for s in added}
    gone = {s for s in removed if stored.group(s) is not None}
    # 1. groups that lose sentences may split: their other members are regrouped among themselves
    base: dict[str, str] = {}  # stored sentence -> its group without the removed sentences
    base_members: dict[str, list[str]] = {}
    for rep in sorted({stored.group(s) for s in gone}):
        left = [m for m in stored.members(rep) if m not in gone and m not in new]
        comps = Components()
        for m in sorted(left, key=stored.sort_key):
            sh = stored.shingles(m)
            comps.link(m, sh, lsh_keys(sh), stored.shingles)
        earliest: dict[str, str] = {}
        for m in sorted(left, key=stored.sort_key):
            r = earliest.setdefault(comps.find(m), m)
            base[m] = r
            base_members.setdefault(r, []).append(m)

    def base_group(s: str) -> str:
        return base[s] if s in base else stored.group(s)

    def members_of(rep: str) -> list[str]:
        if rep in base_members:
            return base_members[rep]
        return [m for m in stored.members(rep) if m not in gone and m not in new]

    # 2. the new sentences join the components of their near-copies, new or stored
    comps = Components()
    sets = {s.iri: shingles(s.text) for s in added}

    def shingles_of(s: str) -> frozenset:
        return sets[s] if s in sets else stored.shingles(s)

    index_add: list[Quad] = []
    for s in added:
        keys = band_literals(sets[s.iri])
        for key in keys:
            if key not in comps.buckets:  # the stored sentences with this key, by their (base) group
                bucket: dict[str, list[str]] = {}
                for m in stored.bucket(key):
                    if m not in gone and m not in new:
                        bucket.setdefault(base_group(m), []).append(m)
                comps.buckets[key] = bucket
            index_add.append(Quad(NamedNode(s.iri), _BAND, Literal(key), _INDEX))
        comps.link(s.iri, sets[s.iri], keys, shingles_of)
    # 3. each component's representative is its earliest sentence: among its new sentences and the
    # representatives of the stored groups it joined (each the earliest of its group)
    rank: dict[str, tuple] = {s.iri: _sort_key(s) for s in added}
    joined: dict[str, set[str]] = {comps.find(s.iri): set() for s in added}  # component root -> stored groups in it
    for node in {*comps.parent, *comps.parent.values()}:
        if node not in new and comps.find(node) in joined:
            joined[comps.find(node)].add(node)
    best: dict[str, str] = {}
    for root, groups in joined.items():
        for g in groups:
            rank[g] = stored.sort_key(g)
    for node in [s.iri for s in added] + [g for groups in joined.values() for g in groups]:
        root = comps.find(node)
        if root not in best or rank[node] < rank[best[root]]:
            best[root] = node
    # 4. what changes
    before: dict = {}
    after: dict = {}
    for s in gone:
        before[NamedNode(s)] = NamedNode(stored.group(s))
    for rep, members in base_members.items():
        for m in members:
            before[NamedNode(m)] = NamedNode(stored.group(m))
            after[NamedNode(m)] = NamedNode(rep)
    for s in added:
        if s.iri in gone:
            before[NamedNode(s.iri)] = NamedNode(stored.group(s.iri))
        after[NamedNode(s.iri)] = NamedNode(best[comps.find(s.iri)])
    for root, groups in joined.items():
        for g in groups:
            for m in members_of(g):
                before.setdefault(NamedNode(m), NamedNode(stored.group(m)))
                after[NamedNode(m)] = NamedNode(best[root])
    remove = {Quad(x, _GROUP, g, _SYNDICATION) for x, g in before.items()}
    add = {Quad(x, _GROUP, g, _SYNDICATION) for x, g in after.items()}
    index_remove = {q for s in gone for q in stored.bands(s)}
    index_new = set(index_add)
    both = index_remove & index_new
    index_remove -= both
    index_new -= both
    delta = len(index_new) - len(index_remove)
    if delta or not has_index(store):
        size = index_size(store)
        old = size - 2 if size else 0
        if size:
            remove.add(Quad(_INDEX, _INDEX_SIZE, Literal(str(old)), _INDEX))
        add.add(Quad(_INDEX, _INDEX_SIZE, Literal(str(old + delta)), _INDEX))
        add.add(Quad(_INDEX, _INDEX_VERSION, Literal(INDEX_VERSION), _INDEX))
    common = remove & add
    return GroupChanges(sorted((remove - common) | index_remove, key=str), sorted((add - common) | index_new, key=str),
                        before, after)
