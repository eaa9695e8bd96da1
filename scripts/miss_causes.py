#!/usr/bin/env python3
"""Why gold relations are missed, counted by cause, without printing any text (safe on a blind set).

    python scripts/miss_causes.py dev-wire                          # counts per relation and cause
    python scripts/miss_causes.py dev-wire --show                   # and each missed line with its cause
    python scripts/miss_causes.py heldout3 --shared /work/heldout3  # a set laid out like ../shared

For every gold relation line of a corpus the extractor does not read (asserted, either way round for
the subject list and object list), the first cause that applies:

  no-actor-subject / no-actor-object   no actor of the article carries any of the gold names
  absent-subject / absent-object       the actor exists but is not mentioned (name, description,
                                       pronoun) in the gold sentence
  other-status                         the pair is read there, but hedged or denied
  other-relation                       the pair is read there with another relation or the other way round
  no-reading                           both are mentioned in the sentence and nothing is read between them

The first two say the actor stage is where recall is lost; the last says a construction or predicate
is missing. Gold names are compared case- and accent-folded with every label and surface form of an actor.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

from conflictkg import Extractor, read_articles  # noqa: E402
from conflictkg._vocab import COARSE  # noqa: E402

CAUSES = ("no-actor-subject", "no-actor-object", "absent-subject", "absent-object", "other-status",
          "other-relation", "no-reading")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().replace("\u2019", "'").split())


def actor_names(linked) -> dict[str, set[str]]:
    out = {}
    for iri, a in linked.actors.items():
        out[iri] = {fold(n) for n in (a.label, *a.alt_labels, *linked.labels_seen.get(iri, ()))}
    return out


def cause_of(row: dict, linked, readings, names: dict[str, set[str]]) -> str | None:
    """None when the line is read (asserted); else its first cause."""
    text = linked.doc.text
    at = text.find(row["sentence"])
    if at < 0:
        at = fold(text).find(fold(row["sentence"]))
    subj = {iri for iri, ns in names.items() if ns & {fold(n) for n in row["subject"]}}
    obj = {iri for iri, ns in names.items() if ns & {fold(n) for n in row["object"]}}
    end = at + len(row["sentence"])
    sent = [r for r in readings if at >= 0 and r.sent_start < end and at < r.sent_end]
    pairs = [(r, COARSE[r.predicate]) for r in sent if r.subject in subj and r.object in obj]
    if any(rel == row["relation"] and r.status == "Asserted" for r, rel in pairs):
        return None
    if not subj:
        return "no-actor-subject"
    if not obj:
        return "no-actor-object"
    doc = linked.doc
    span = doc.char_span(max(at, 0), min(end, len(text)), alignment_mode="expand") if at >= 0 else None
    sents = {s.start for t in (span or []) for s in [t.sent]}
    mentioned = {m.actor for m in (*linked.mentions, *linked.anaphora)
                 if doc[m.start].sent.start in sents}
    possessed = {m.possessor for m in (*linked.mentions, *linked.anaphora) if m.possessor is not None
                 and doc[m.start].sent.start in sents}
    if not (subj & (mentioned | possessed)):
        return "absent-subject"
    if not (obj & (mentioned | possessed)):
        return "absent-object"
    if any(rel == row["relation"] for r, rel in pairs):
        return "other-status"
    reverse = [r for r in sent if r.subject in obj and r.object in subj]
    if pairs or reverse:
        return "other-relation"
    return "no-reading"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--show", action="store_true", help="print each missed line with its cause (not on a blind set)")
    args = ap.parse_args()
    gold = [json.loads(line) for line in (args.shared / "gold" / f"{args.corpus}.jsonl").read_text().splitlines()
            if line.strip()]
    rows = [g for g in gold if "relation" in g]
    by_doc = defaultdict(list)
    for g in rows:
        by_doc[g["doc"]].append(g)
    extractor = Extractor()
    # the .txt files (headline as the first line), so that offsets are the text's own
    articles = list(read_articles(sorted((args.shared / "corpus" / args.corpus).glob("*.txt"))))
    counts: dict[str, Counter] = defaultdict(Counter)
    for article, linked, readings in extractor.extract(articles):
        names = actor_names(linked)
        for g in by_doc.get(article.id, ()):
            cause = cause_of(g, linked, readings, names)
            counts[g["relation"]][cause or "read"] += 1
            if cause and args.show:
                print(f"  {cause:17} {g['doc']} | {g['subject'][0]} {g['relation']} {g['object'][0]} | "
                      f"{g['sentence'][:90]}")
    print(f"{'relation':13} {'gold':>5} {'read':>5}  " + "  ".join(f"{c:>16}" for c in CAUSES))
    total = Counter()
    for rel in sorted(counts):
        c = counts[rel]
        total.update(c)
        print(f"{rel:13} {sum(c.values()):5} {c['read']:5}  " + "  ".join(f"{c[k]:16}" for k in CAUSES))
    print(f"{'all':13} {sum(total.values()):5} {total['read']:5}  " + "  ".join(f"{total[k]:16}" for k in CAUSES))


if __name__ == "__main__":
    sys.exit(main())
