"""Stage 6a, syndication: group near-identical sentences across articles.

Wire copy is reprinted by many outlets, so two articles carrying the same
sentence are one source, not two. Every statement-bearing sentence in the
store gets ``ckg:syndicationGroup``, the earliest sentence of its group of
near-copies (itself when it has none). The grouping is derived data over the
whole store, so it lives in its own graph; each batch of a build groups its own
sentences with the stored groups they touch (``regroup``, through the index kept
in the store) and rewrites only the sentences whose group changed.

Near-copies are sentences whose word-trigram sets have a Jaccard similarity
of at least ``THRESHOLD``: reprints that change a word or two ("on Tuesday"
for "Tuesday", a trimmed clause) stay together, different reports of the same
event do not. Groups are the connected components of that relation (among
pairs that share a band key, below): a property of the set of sentences, so a
store built in several builds is grouped as one built at once.

Candidates come from MinHash locality-sensitive hashing: each sentence gets
``BANDS`` keys of ``ROWS`` min-hashes each, and only sentences sharing a key
are compared (a pair at Jaccard 0.5 shares one with probability 0.99, at 0.7
with 0.99997). A bucket holds one entry per component, and a sentence is
compared with an entry's members only until one is a near-copy, so a sentence
reprinted a thousand times costs one comparison per key, not a thousand.
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
# The index graph (``SYNDICATION_INDEX_GRAPH``) lets a build compare its new sentences with the stored
# sentences that share a band key, found by index look-ups, instead of regrouping the whole store:
#
# * ``ANCHOR ckg:lshGroupBand "band:hex"``: the keys of a group's members, once per group, so that the
#   groups sharing a key are found without reading their members;
# * ``SENTENCE ckg:lshBand "band:hex ANCHOR"``: each sentence's keys with its group, so that a group's
#   members sharing a key are found by one look-up, and read only until one is a near-copy;
# * ``ANCHOR ckg:lshGroupRep REPRESENTATIVE``: the group's representative (its earliest sentence).
#
# A group is named in the index by an *anchor*, one of its sentences that stays its name when an
# earlier sentence comes and becomes the representative, so that the members' keys are rewritten only
# when groups merge (those of all but one of them) or split. Which sentence anchors a group depends on
# the order the builds came in; the groups themselves (the syndication graph) do not.
#
# The graph is internal (``KnowledgeGraph.graphs`` and exports leave it out); it carries the index's
# version and its own size, so that the store's figures need not count it.
_INDEX = NamedNode(SYNDICATION_INDEX_GRAPH)
_BAND = NamedNode(CKG + "lshBand")
_GROUP_BAND = NamedNode(CKG + "lshGroupBand")
_GROUP_REP = NamedNode(CKG + "lshGroupRep")
_INDEX_VERSION = NamedNode(CKG + "syndicationIndexVersion")
_INDEX_SIZE = NamedNode(CKG + "syndicationIndexQuads")
INDEX_VERSION = "3"
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
    """What the store holds of its sentences, groups and index, read on demand and remembered for one step."""

    def __init__(self, store) -> None:
        from ._vocab import DCTERMS, NIF
        self.store = store
        self._anchor, self._ident, self._date = (NamedNode(NIF + "anchorOf"), NamedNode(DCTERMS + "identifier"),
                                                  NamedNode(DCTERMS + "date"))
        self._group: dict[str, str | None] = {}
        self._sets: dict[str, frozenset] = {}
        self._docs: dict[str, tuple[str, str]] = {}
        self._groups_with: dict[str, list[str]] = {}

    def _pattern(self, s=None, p=None, o=None, g=None):
        return self.store.quads_for_pattern(s, p, o, g)

    def group(self, s: str) -> str | None:
        if s not in self._group:
            q = next(iter(self._pattern(NamedNode(s), _GROUP, None, _SYNDICATION)), None)
            self._group[s] = q.object.value if q is not None else None
        return self._group[s]

    def members(self, rep: str) -> list[str]:
        return [q.subject.value for q in self._pattern(None, _GROUP, NamedNode(rep), _SYNDICATION)]

    def text(self, s: str) -> str | None:
        q = next(iter(self._pattern(NamedNode(s), self._anchor, None, None)), None)
        return q.object.value if q is not None else None

    def shingles(self, s: str) -> frozenset:
        if s not in self._sets:
            self._sets[s] = shingles(self.text(s) or "")
        return self._sets[s]

    def document(self, s: str) -> tuple[str, str]:
        """(identifier, date) of the sentence's article."""
        doc = s.split("#", 1)[0]
        if doc not in self._docs:
            node = NamedNode(doc)
            ids = [q.object.value for q in self._pattern(node, self._ident, None, None)]
            dates = [q.object.value for q in self._pattern(node, self._date, None, None)]
            self._docs[doc] = (ids[0] if ids else "", dates[0] if dates else "")
        return self._docs[doc]

    def sort_key(self, s: str) -> tuple[str, str, str]:
        ident, date = self.document(s)
        return (date or "9999", ident, s)

    def groups_with(self, key: str) -> list[str]:
        if key not in self._groups_with:
            self._groups_with[key] = [q.subject.value for q in self._pattern(None, _GROUP_BAND, Literal(key), _INDEX)]
        return self._groups_with[key]

    def members_with(self, key: str, rep: str):
        """The members of the group ``rep`` with the band key ``key``, lazily."""
        return (q.subject.value for q in self._pattern(None, _BAND, Literal(f"{key} {rep}"), _INDEX))

    def group_bands(self, anchor: str) -> list[Quad]:
        return list(self._pattern(NamedNode(anchor), _GROUP_BAND, None, _INDEX))

    def rep_of(self, anchor: str) -> str | None:
        q = next(iter(self._pattern(NamedNode(anchor), _GROUP_REP, None, _INDEX)), None)
        return q.object.value if q is not None else None

    def anchor_of(self, s: str) -> str | None:
        q = next(iter(self._pattern(NamedNode(s), _BAND, None, _INDEX)), None)
        return q.object.value.split(" ", 1)[1] if q is not None else None

    def bands(self, s: str) -> list[Quad]:
        return list(self._pattern(NamedNode(s), _BAND, None, _INDEX))


@dataclass
class GroupChanges:
    """One syndication step: the quads to remove and add (syndication and index graphs), and the group of
    every sentence of the components that changed, before and after (sentence -> group representative,
    as terms; a sentence missing from ``after`` has left the store, one missing from ``before`` is new)."""

    remove: list[Quad]
    add: list[Quad]
    before: dict
    after: dict


def regroup(store, added: list[SentenceRecord], removed: set[str]) -> GroupChanges:
    """The syndication groups after the sentences ``removed`` leave the store (their articles are
    replaced or dropped) and the sentences ``added`` come in, reading only what the store holds of the
    groups these sentences touch: the groups stay the components of the near-copy relation over all the
    sentences (``Components``), whatever the builds and batches the sentences came in."""
    stored = _Stored(store)
    new = {s.iri: s for s in added}
    gone = {s for s in removed if stored.group(s) is not None}
    remove: set[Quad] = set()
    add: set[Quad] = set()
    before: dict[str, str] = {s: stored.group(s) for s in gone}
    after: dict[str, str] = {}
    # 1. a group that loses sentences may split: its index goes, and its other members are grouped again
    #    as if new (they have no near-copy in any other group, or the groups would be one)
    broken: set[str] = set()  # anchors
    for rep in {stored.group(s) for s in gone}:
        anchors = {stored.anchor_of(m) for m in [rep, *(s for s in gone if stored.group(s) == rep)]} - {None}
        for anchor in anchors:
            broken.add(anchor)
            remove.update(stored.group_bands(anchor))
            remove.update(store.quads_for_pattern(NamedNode(anchor), _GROUP_REP, None, _INDEX))
        for m in stored.members(rep):
            before[m] = rep
            remove.update(stored.bands(m))
            if m not in gone and m not in new:
                ident, date = stored.document(m)
                new[m] = SentenceRecord(m, ident, date, stored.text(m) or "")
    for s in gone:
        remove.update(stored.bands(s))
    records = sorted(new.values(), key=_sort_key)
    # 2. each new sentence joins the components of its near-copies: among the new sentences (in memory)
    #    and the stored groups sharing one of its keys (a group's members read until one is a near-copy)
    comps = Components()
    sets = {s.iri: shingles(s.text) for s in records}
    keys = {s.iri: band_literals(sets[s.iri]) for s in records}
    for s in records:
        n, sh = s.iri, sets[s.iri]
        for key in keys[n]:
            for anchor in stored.groups_with(key):
                node = "\0" + anchor  # a stored group, by its anchor
                if anchor in broken or comps.find(node) == comps.find(n):
                    continue
                if any(jaccard(sh, stored.shingles(m)) >= THRESHOLD for m in stored.members_with(key, anchor)):
                    comps.union(node, n)
        comps.link(n, sh, keys[n], sets.__getitem__)
    # 3. each component's representative is its earliest sentence: among its new sentences and the
    #    representatives of the stored groups it joined (each the earliest of its group)
    rank: dict[str, tuple] = {s.iri: _sort_key(s) for s in records}
    joined: dict[str, dict[str, str]] = {comps.find(s.iri): {} for s in records}  # root -> {anchor: rep}
    for node in {*comps.parent, *comps.parent.values()}:
        if node.startswith("\0") and comps.find(node) in joined:
            anchor = node[1:]
            rep = stored.rep_of(anchor)
            joined[comps.find(node)][anchor] = rep
            rank[rep] = stored.sort_key(rep)
    by_root: dict[str, list[str]] = {}
    for rec in records:
        by_root.setdefault(comps.find(rec.iri), []).append(rec.iri)
    best = {root: min([*by_root[root], *groups.values()], key=rank.__getitem__) for root, groups in joined.items()}
    # 4. what changes: the members' groups; in the index, one anchor per component (the stored group's whose
    #    representative stays, else the first), the keys of the other groups' members, the groups' keys
    for root, groups in joined.items():
        rep = best[root]
        kept = next((a for a, r in groups.items() if r == rep), min(groups, default=rep))
        ks = {k for n in by_root[root] for k in keys[n]}
        for anchor, old_rep in groups.items():
            # (the kept anchor holds its keys already: a big group's are not read again)
            held = stored.group_bands(anchor) if anchor != kept else []
            ks.update(q.object.value for q in held)
            if old_rep != rep:
                for m in stored.members(old_rep):
                    before[m] = old_rep
                    after[m] = rep
            if anchor != kept:
                remove.update(held)
                remove.update(store.quads_for_pattern(NamedNode(anchor), _GROUP_REP, None, _INDEX))
                for m in stored.members(old_rep):
                    for q in stored.bands(m):
                        remove.add(q)
                        add.add(Quad(q.subject, _BAND, Literal(q.object.value.split(" ", 1)[0] + " " + kept), _INDEX))
        if groups.get(kept) != rep:
            remove.update(store.quads_for_pattern(NamedNode(kept), _GROUP_REP, None, _INDEX))
            add.add(Quad(NamedNode(kept), _GROUP_REP, NamedNode(rep), _INDEX))
        add.update(Quad(NamedNode(kept), _GROUP_BAND, Literal(k), _INDEX) for k in ks)
        for n in by_root[root]:
            after[n] = rep
            add.update(Quad(NamedNode(n), _BAND, Literal(f"{k} {kept}"), _INDEX) for k in keys[n])
    for s, g in before.items():
        remove.add(Quad(NamedNode(s), _GROUP, NamedNode(g), _SYNDICATION))
    for s, g in after.items():
        add.add(Quad(NamedNode(s), _GROUP, NamedNode(g), _SYNDICATION))
    both = remove & add
    remove = {q for q in remove - both if q in store}
    add = {q for q in add - both if q not in store}
    delta = sum(1 for q in add if q.graph_name == _INDEX) - sum(1 for q in remove if q.graph_name == _INDEX)
    if delta or not has_index(store):
        size = index_size(store)
        old = size - 2 if size else 0
        remove.update(store.quads_for_pattern(_INDEX, None, None, _INDEX))
        add.add(Quad(_INDEX, _INDEX_SIZE, Literal(str(old + delta)), _INDEX))
        add.add(Quad(_INDEX, _INDEX_VERSION, Literal(INDEX_VERSION), _INDEX))
    return GroupChanges(sorted(remove, key=str), sorted(add, key=str),
                        {NamedNode(s): NamedNode(g) for s, g in before.items()},
                        {NamedNode(s): NamedNode(g) for s, g in after.items()})
