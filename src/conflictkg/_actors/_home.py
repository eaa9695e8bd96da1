"""The state a wire story is told from -- its "home state" -- read once, for the actor stage ("the
army", "government troops", "the junta" are its own) and the role reader ("President X" with no
state named is its president).

Read from, in order: a dateline naming two states' seats ("MOSCOW/TBILISI, Aug 12 --": none); the
dateline's capital or country ("BANGUI, Jan. 14 --", "LOKO, Kambaro, June 24 --"), when the story
names that state at least twice more (a summit abroad names its host once if at all); else the
headline's state ("Kambaro army pounds rebel town as Velmar denies ..." is told from Kambaro)."""
from __future__ import annotations

from spacy.tokens import Doc

from .._docmemo import doc_text
from .._kb import ActorBase, ActorInfo
from .._vocab import norm_name
from ._mention import Mention

_DASHES = (",", "\u2014", "-", "(")


def dateline_country(text: str) -> str | None:
    """The country a dateline names after its upper-case place: "LOKO, Kambaro, June 24 --" -> "Kambaro"."""
    for line in text[:400].splitlines():
        parts = line.split(", ", 2)
        # (str.isupper, not [A-Z]: "CULIACÁN, Mexico, ...")
        if len(parts) == 3 and parts[0].isupper() and len(parts[0]) > 2 and 0 < len(parts[1]) <= 40 \
                and parts[1][:1].isupper() and not any(c.isdigit() for c in parts[1]):
            return parts[1]
    return None


def home_state(doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo], kb: ActorBase | None,
               headline: bool = True) -> str | None:
    """The IRI of the state the story is told from, or None. ``headline=False``: from the dateline only
    (the actor stage: a wrong home state there gives a state armies it does not have)."""
    if _two_place_dateline(doc):
        return None  # told from both sides
    state, at = None, None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start > 60:
            break
        span = doc[m.start:m.end]
        nxt = doc[m.end] if m.end < len(doc) else None
        if (actors[m.actor].type == "State" and span.text.isupper() and len(span.text) > 2
                and nxt is not None and nxt.text in _DASHES):
            state, at = m.actor, m
            break
    if state is None:
        name = dateline_country(doc_text(doc))
        if name is not None:
            state = next((a.iri for a in actors.values() if a.type == "State" and name in (a.label, *a.alt_labels)),
                         None)
            if state is None and kb is not None:
                found = kb.by_name.get(norm_name(name))
                state = found if found in kb.actors and kb.actors[found].type == "State" else None
    if state is None and kb is not None:
        state = _dateline_seat(doc, kb)
    from_headline = _headline_state(doc, mentions, actors) if headline else None
    if state is None:
        return from_headline
    # (its armed forces and demonyms count: "the Dravnian army withdrew")
    again = sum(1 for o in mentions if (o.actor == state or o.possessor == state) and o is not at)
    return state if again >= 2 else from_headline


def _two_place_dateline(doc: Doc) -> bool:
    """A dateline naming the seats of two states ("MOSCOW/TBILISI, Aug 12 --")."""
    if not doc.has_extension("dateline") or doc._.dateline is None:
        return False
    start, end = doc._.dateline
    seats = {e.ent_id_ for e in doc.ents if start <= e.start < end and e.ent_id_.startswith("seat|")}
    return len(seats) >= 2


def _dateline_seat(doc: Doc, kb: ActorBase) -> str | None:
    """The state whose capital opens a line in upper case before a comma or dash: "KABUL, Sept. 7 --",
    "PORT-AU-PRINCE, May 3 --" (read from the gazetteer's seat entities, so hyphens and spaces in
    the capital's name do not matter; else from the words, for a capital tagged in title case only)."""
    for ent in doc.ents:
        if ent.start > 80:
            break
        i = ent.start
        if not (i == 0 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text) or not ent.text.isupper():
            continue
        if ent.end >= len(doc) or doc[ent.end].text not in _DASHES:
            continue
        kind, _, iri = ent.ent_id_.partition("|")
        if kind == "seat" and iri in kb.actors and kb.actors[iri].type == "State":
            return iri
    for i, tok in enumerate(doc[:80]):
        if not (i == 0 or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text):
            continue
        j = i
        while j < len(doc) and j - i < 4 and doc[j].text.isupper() and (doc[j].is_alpha or "'" in doc[j].text
                                                                       or "-" in doc[j].text):
            j += 1
        if j == i or j >= len(doc) or doc[j].text not in _DASHES:
            continue
        iri = kb.by_seat.get(norm_name(doc[i:j].text))
        if iri is not None and iri in kb.actors and kb.actors[iri].type == "State":
            return iri
    return None


def _headline_state(doc: Doc, mentions: list[Mention], actors: dict[str, ActorInfo]) -> str | None:
    """The one state the headline names (as a name or seat, not a demonym), when the story names it at
    least twice more: "Kenya's parliament votes to ..." is told about Kenya. (A headline naming two
    states, or leading with a foreign broker, tells nothing: which is home is not written there.)"""
    nl = next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), None)
    if nl is None:
        return None
    named = {m.actor for m in mentions if m.start <= nl and m.kind in ("name", "seat")
             and actors[m.actor].type == "State"}
    if len(named) != 1:
        return None
    state = next(iter(named))
    later = sum(1 for m in mentions if m.start > nl and m.actor == state)
    return state if later >= 2 else None
