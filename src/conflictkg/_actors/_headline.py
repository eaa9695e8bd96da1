"""Descriptions in a headline that the story names only below it (cataphora).

A headline is written before its story introduces anyone: "Chad threatens to quit regional force",
"Army retakes town as rebels flee", "Guerrillas battle cartel" -- the force, the rebels and the
cartel are named in the lede. The resolver reads left to right and finds no antecedent for them;
this pass looks forward instead, into the story's first sentences, and only where the answer is
unique:

- "Karsa rebels", "Tellun fighters": a proper word before the noun names the group ("the Karsa
  Liberation Front"): the one actor of the lede and article whose name holds that word;
- "regional force", "cartel", "coalition": the one actor of the lede whose name carries the noun
  ("the Multinational Joint Task Force", "the Cartel de Los Llanos");
- bare plural "rebels", "militants", "guerrillas" (words that name no particular body): the one
  non-state armed group the lede names.

Actors the headline itself names are never the answer ("ERS guerrillas battle cartel": the cartel
is not the ERS), nor is a state's own army for "rebels".
"""
from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from spacy.tokens import Doc

from .._docmemo import doc_text
from ._mention import Mention
from ._words import DESCRIPTIONS, STATE_FORCE_HEADS

LEDE_SENTENCES = 3  # the story's first sentences, where a headline's referents are introduced
# plural words for fighters that name no particular body: the lede's one armed group
_ANY_GROUP = frozenset({"rebels", "insurgents", "militants", "guerrillas", "jihadists", "paramilitaries",
                        "gunmen", "attackers", "assailants", "mercenaries"})


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def headline_descriptions(doc: Doc, mentions: list[Mention], actor_type: Callable[[str], str],
                          names: Callable[[str], set[str]],
                          state_force: Callable[[str], bool]) -> list[Mention]:
    """Description mentions for headline nouns whose referent the lede names (see the module doc)."""
    cut = doc_text(doc).find("\n")
    if cut <= 0:
        return []
    headline = list(takewhile(lambda t: t.idx < cut, doc))  # (tokens run in text order)
    if not headline or len(headline) == len(doc):
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    in_headline = {m.actor for m in mentions if m.start < len(headline)}
    lede: list[Mention] = []
    sentences = [s for s in doc.sents if s.start >= len(headline) and s.text.strip()][:LEDE_SENTENCES]
    if not sentences:
        return []
    lede_end = sentences[-1].end
    lede = [m for m in mentions if len(headline) <= m.start < lede_end and m.kind == "name"]
    article = [m for m in mentions if m.start >= len(headline) and m.kind == "name"]
    out = []
    for tok in headline:
        word = tok.lower_
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss"):
            continue
        head = word if word in DESCRIPTIONS else tok.lemma_.lower() if tok.lemma_.lower() in DESCRIPTIONS else None
        if head is None:
            continue
        modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i]
        if any(c.i in taken for c in modifiers):
            continue  # "ERS guerrillas", "Dagalo's paramilitaries": the actor stage reads the modifier

        def fits(actor: str) -> bool:
            return actor_type(actor) in DESCRIPTIONS[head] and actor not in in_headline and (
                word in STATE_FORCE_HEADS or not state_force(actor))

        proper = [c for c in modifiers if c.pos_ == "PROPN" or (c.is_title and c.pos_ == "ADJ")]
        if proper:
            # "Karsa rebels": the group whose name holds "Karsa", anywhere in the story
            words = {c.lower_ for c in proper}
            found = {m.actor for m in article if fits(m.actor)
                     and any(words <= {w.lower() for w in n.split()} for n in names(m.actor))}
        else:
            singular = _singular(word)
            found = {m.actor for m in lede if fits(m.actor)
                     and any(singular in {_singular(w.lower()) for w in n.split()} for n in names(m.actor))}
            if not found and word in _ANY_GROUP:
                found = {m.actor for m in lede if fits(m.actor)}
        if len(found) == 1:
            start = min([tok.i, *(c.i for c in modifiers)])
            out.append(Mention(start, tok.i + 1, found.pop(), "description"))
    return out
