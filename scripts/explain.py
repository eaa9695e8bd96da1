#!/usr/bin/env python3
"""Show how the extractor reads a sentence: the parse, the actor mentions, each trigger the
lexicon finds with the construction and arguments it yields, and the readings.

    python scripts/explain.py "Zandia, alongside Egypt, backs the Karsa Liberation Front."
    python scripts/explain.py --file article.txt --grep "backed by"
"""
from __future__ import annotations

import argparse

from conflictkg import Extractor
from conflictkg._read import Article
from conflictkg._relations import FRAME_READERS, ActorIndex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--grep", help="only sentences containing this")
    ap.add_argument("--date")
    args = ap.parse_args()
    text = open(args.file, encoding="utf-8").read() if args.file else args.text
    ex = Extractor()
    _, linked, readings = next(ex.extract([Article(id="x", text=text, date=args.date)]))
    idx = ActorIndex(linked)
    doc = linked.doc
    for sent in doc.sents:
        if args.grep and args.grep not in sent.text:
            continue
        print("=" * 100)
        print(sent.text.strip())
        for t in sent:
            if t.is_space:
                continue
            m = idx.at.get(t.i)
            who = f"  <{linked.actors[m.actor].label} ({m.kind})>" if m else ""
            print(f"  {t.i:4} {t.text:18} {t.lemma_:14} {t.pos_:6} {t.tag_:5} {t.dep_:10} <- {t.head.i:4} {t.head.text}{who}")
        for t in sent:
            for pred in ex.relater.triggers(t):
                for a in FRAME_READERS[pred.frame](t, pred, idx):
                    names = lambda ms: [linked.actors[m.actor].label for m in ms]  # noqa: E731
                    print(f"  TRIGGER {t.text!r} {pred.lemma}/{pred.pos}/{pred.frame} -> {a.construction}: "
                          f"{names(a.agents)} -> {names(a.patients)}{' pairwise' if a.pairwise else ''}")
        for r in readings:
            if sent.start_char <= r.sent_start < sent.end_char:
                print(f"  READ {linked.actors[r.subject].label} {r.predicate} {linked.actors[r.object].label} "
                      f"[{r.rule}, {r.status}{', said by ' + linked.actors[r.speaker].label if r.speaker else ''}]")


if __name__ == "__main__":
    main()
