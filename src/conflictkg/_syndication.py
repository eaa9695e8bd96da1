"""Stage 6a, syndication: group near-identical sentences across articles.

Wire copy is reprinted by many outlets, so two articles carrying the same
sentence are one source, not two. Every statement-bearing sentence in the
store gets ``ckg:syndicationGroup``, the earliest sentence of its group of
near-copies (itself when it has none). The grouping is derived data over the
whole store, so it lives in its own graph and is recomputed by every build,
in the same transaction as the documents.

Near-copies are sentences whose word-trigram sets have a Jaccard similarity
of at least ``THRESHOLD``: reprints that change a word or two ("on Tuesday"
for "Tuesday", a trimmed clause) stay together, different reports of the same
event do not. Candidates are found through an index of rare-enough trigrams,
so the cost grows with the number of shared trigrams, not with n².
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pyoxigraph import NamedNode, Quad

from ._vocab import CKG, SYNDICATION_GRAPH

THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


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


def syndication_groups(sentences: list[SentenceRecord]) -> dict[str, str]:
    """Map every sentence IRI to the IRI of its group's earliest sentence."""
    records = sorted({s.iri: s for s in sentences}.values(), key=lambda s: (s.date or "9999", s.document, s.iri))
    sets = [shingles(s.text) for s in records]
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(sets):
        candidates = {j for g in sh for j in index.get(g, ())}
        for j in sorted(candidates):
            if find(i) != find(j) and jaccard(sh, sets[j]) >= THRESHOLD:
                # the earlier record (smaller index) stays the root
                a, b = sorted((find(i), find(j)))
                parent[b] = a
        for g in sh:
            index[g].append(i)
    return {s.iri: records[find(i)].iri for i, s in enumerate(records)}


def syndication_quads(sentences: list[SentenceRecord]) -> list[Quad]:
    g = NamedNode(SYNDICATION_GRAPH)
    prop = NamedNode(CKG + "syndicationGroup")
    return [Quad(NamedNode(s), prop, NamedNode(rep), g)
            for s, rep in sorted(syndication_groups(sentences).items())]
