"""Evaluate the store against an analyst's gold annotations (format: the gold README).

A statement matches a gold relation when the relation is the same, its subject
and object carry one of the gold names (case, accents and punctuation folded),
it comes from the same document, and its sentence covers at least half of the
gold fragment (or lies inside it). Matching is one-to-one. The graph level
compares unique (subject, relation, object) triples across the corpus. Rule
precision tells how often each extraction rule is right: the number that a
rule's confidence should be.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ._claims import iter_claims
from ._errors import InputError
from ._store import KnowledgeGraph
from ._vocab import norm_name

RELATIONS = ("supports", "opposes", "official_of")


@dataclass
class Score:
    tp: int  # right predictions
    predicted: int
    gold: int
    found: int | None = None  # gold items found, where it differs from tp (graph level: names merge or split)
    sentences: int = 0  # for a rule: the sentences it read something from (one observation each) ...
    sentence_right: float = 0.0  # ... and the sum over them of the share of its readings that are right

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return (self.tp if self.found is None else self.found) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        out = {"tp": self.tp, "predicted": self.predicted, "gold": self.gold, "precision": round(self.precision, 3),
               "recall": round(self.recall, 3), "f1": round(self.f1, 3)}
        if self.sentences:
            out |= {"sentences": self.sentences, "sentence_right": round(self.sentence_right, 3)}
        return out


@dataclass
class Evaluation:
    by_relation: dict[str, Score]
    graph: Score
    rules: dict[str, Score]
    types: tuple[int, int]  # (right, typed)
    misses: list[str] = field(default_factory=list)
    false_statements: list[str] = field(default_factory=list)
    unlocated: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"sentence_level": {k: v.as_dict() for k, v in self.by_relation.items()},
                "graph_level": self.graph.as_dict(), "rules": {k: v.as_dict() for k, v in self.rules.items()},
                "types": {"right": self.types[0], "typed": self.types[1]},
                "misses": self.misses, "false_statements": self.false_statements, "unlocated_gold": self.unlocated}

    def report(self) -> str:
        lines = [f"{'level':<10}{'relation':<13}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
        for rel, s in self.by_relation.items():
            lines.append(f"{'sentence':<10}{rel:<13}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                         f"{s.tp:>6}{s.predicted:>6}{s.gold:>6}")
        g = self.graph
        lines.append(f"{'graph':<10}{'all':<13}{g.precision:>7.3f}{g.recall:>7.3f}{g.f1:>7.3f}{g.tp:>6}{g.predicted:>6}{g.gold:>6}")
        lines.append(f"types: {self.types[0]}/{self.types[1]} typed entities right")
        lines.append("")
        lines.append(f"{'rule':<28}{'precision':>10}{'right':>7}{'used':>6}")
        for rule, s in sorted(self.rules.items(), key=lambda kv: (-kv[1].predicted, kv[0])):
            lines.append(f"{rule:<28}{s.precision:>10.3f}{s.tp:>7}{s.predicted:>6}")
        for title, rows in (("MISSED", self.misses), ("FALSE", self.false_statements), ("UNLOCATED", self.unlocated)):
            lines += [f"{title} {row}" for row in rows]
        return "\n".join(lines) + "\n"


def read_gold(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"gold file {path} does not exist", code="E130")
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"gold file {path} is not UTF-8 (byte {exc.start})", code="E131") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON: {exc.msg}", code="E132") from exc
        if not isinstance(row, dict) or not ({"doc", "sentence", "subject", "relation", "object"} <= set(row)
                                             or {"entity", "type"} <= set(row)):
            raise InputError(f"{path}:{n}: neither a relation (doc, sentence, subject, relation, object) "
                             "nor an entity type (entity, type)", code="E133")
        rows.append(row)
    if not rows:
        raise InputError(f"gold file {path} is empty", code="E134")
    return rows


def _names(value) -> set[str]:
    values = [value] if isinstance(value, str) else (value or [])
    return {norm_name(v) for v in values if isinstance(v, str) and norm_name(v)}


def _snip(text: str) -> str:
    return " ".join(str(text).split())[:70]


def evaluate(kg: KnowledgeGraph, gold_rows: list[dict]) -> Evaluation:
    texts = {r["id"].value: r["t"].value for r in kg.query(
        "SELECT DISTINCT ?id ?t WHERE { ?c a nif:Context ; nif:isString ?t ; nif:sourceUrl/dcterms:identifier ?id }")}
    gold = [g for g in gold_rows if "relation" in g]
    entity_types = [g for g in gold_rows if "type" in g]
    unlocated = []
    spans = []
    for g in gold:
        pos = texts[g["doc"]].find(g["sentence"]) if g["doc"] in texts else -1
        if pos < 0:
            unlocated.append(f"{g['doc']} | {_snip(g['sentence'])}")
        spans.append((pos, pos + len(g["sentence"])) if pos >= 0 else None)

    claims, seen = [], set()
    for c in iter_claims(kg):
        key = (c["doc"], c["start"], c["end"], c["relation"], norm_name(c["subject"]), norm_name(c["object"]))
        if key not in seen:
            seen.add(key)
            c["_s"], c["_o"] = _names(c["subject_labels"]), _names(c["object_labels"])
            claims.append(c)

    def same(c: dict, g: dict) -> bool:
        return c["relation"] == g["relation"] and bool(c["_s"] & _names(g["subject"])) and bool(c["_o"] & _names(g["object"]))

    def covers(c: dict, span) -> bool:
        if span is None:
            return False
        overlap = min(c["end"], span[1]) - max(c["start"], span[0])
        return overlap >= 0.5 * (span[1] - span[0]) or (overlap > 0 and c["start"] >= span[0] and c["end"] <= span[1])

    by_doc = defaultdict(list)
    for i, c in enumerate(claims):
        by_doc[c["doc"]].append(i)
    used: set[int] = set()
    matched = []
    for g, span in zip(gold, spans, strict=True):
        hit = next((i for i in by_doc[g["doc"]] if i not in used and same(claims[i], g) and covers(claims[i], span)), None)
        if hit is not None:
            used.add(hit)
        matched.append(hit is not None)

    by_relation = {"all": Score(len(used), len(claims), len(gold))}
    for rel in RELATIONS:
        by_relation[rel] = Score(sum(1 for g, m in zip(gold, matched, strict=True) if m and g["relation"] == rel),
                                 sum(1 for c in claims if c["relation"] == rel),
                                 sum(1 for g in gold if g["relation"] == rel))

    gold_triples = {}
    for g in gold:
        gold_triples.setdefault((norm_name(g["subject"][0]), g["relation"], norm_name(g["object"][0])), g)
    claim_triples = {}
    for c in claims:
        claim_triples.setdefault((norm_name(c["subject"]), c["relation"], norm_name(c["object"])), c)
    gold_hit = sum(1 for g in gold_triples.values() if any(same(c, g) for c in claim_triples.values()))
    claim_hit = sum(1 for c in claim_triples.values() if any(same(c, g) for g in gold_triples.values()))
    graph = Score(claim_hit, len(claim_triples), len(gold_triples), found=gold_hit)

    rules: dict[str, Score] = {}
    per_sentence: dict[tuple, list[bool]] = defaultdict(list)  # a five-actor list is one observation, not five
    for i, c in enumerate(claims):
        s = rules.setdefault(c["rule"], Score(0, 0, 0))
        s.predicted += 1
        s.tp += i in used
        per_sentence[c["rule"], c["doc"], c["start"], c["end"]].append(i in used)
    for (rule, *_), hits in per_sentence.items():
        rules[rule].sentences += 1
        rules[rule].sentence_right += sum(hits) / len(hits)

    right = typed = 0
    for t in entity_types:
        names = _names(t["entity"])
        votes = Counter(c[f"{side}_type"] for c in claims for side in ("subject", "object")
                        if c[f"_{side[0]}"] & names and c.get(f"{side}_type"))
        if votes:
            typed += 1
            right += votes.most_common(1)[0][0] == t["type"]

    misses = [f"{g['doc']} | {g['subject'][0]} {g['relation']} {g['object'][0]} | {_snip(g['sentence'])}"
              for g, m in zip(gold, matched, strict=True) if not m]
    false = [f"{c['doc']} | {c['subject']} {c['relation']} {c['object']} | {c['rule']} | {_snip(c['sentence'])}"
             for i, c in enumerate(claims) if i not in used]
    return Evaluation(by_relation, graph, rules, (right, typed), misses, false, unlocated)
