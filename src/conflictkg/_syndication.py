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
from pyoxigraph import NamedNode, Quad

from ._vocab import CKG, SYNDICATION_GRAPH

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

    buckets: dict[tuple[int, bytes], list[int]] = {}
    limits: dict[tuple[int, bytes], int] = {}
    for i, sh in enumerate(sets):
        for key in lsh_keys(sh):
            bucket = buckets.setdefault(key, [])
            for j in bucket:
                if find(i) != find(j) and jaccard(sh, sets[j]) >= THRESHOLD:
                    a, b = sorted((find(i), find(j)))  # the earlier record (smaller index) stays the root
                    parent[b] = a
            bucket.append(i)
            if len(bucket) >= limits.get(key, 2 * PER_GROUP + 2):
                # keep at most PER_GROUP members of each group: the rest add nothing but comparisons
                kept: dict[int, int] = {}
                compact = []
                for j in bucket:
                    r = find(j)
                    if kept.get(r, 0) < PER_GROUP:
                        kept[r] = kept.get(r, 0) + 1
                        compact.append(j)
                bucket[:] = compact
                limits[key] = 2 * len(compact) + 2
    return {s.iri: records[find(i)].iri for i, s in enumerate(records)}


def syndication_quads(sentences: list[SentenceRecord]) -> list[Quad]:
    g = NamedNode(SYNDICATION_GRAPH)
    prop = NamedNode(CKG + "syndicationGroup")
    return [Quad(NamedNode(s), prop, NamedNode(rep), g)
            for s, rep in sorted(syndication_groups(sentences).items())]
