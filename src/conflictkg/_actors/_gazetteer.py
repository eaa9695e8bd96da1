"""Gazetteer matching: the actor knowledge base as spaCy patterns (an EntityRuler before NER)."""
from __future__ import annotations

from spacy.language import Language

from .._kb import ActorBase

ENT_LABEL = {"State": "GPE", "Government": "ORG", "ArmedGroup": "ORG", "Organization": "ORG",
             "Official": "PERSON", "Person": "PERSON"}
# Entity-ruler ids say what a gazetteer match is; link reads them back.
NAME, DEMONYM, SEAT, MEDIA = "name", "demonym", "seat", "media"



def _token_pattern(nlp: Language, name: str) -> list[dict] | str:
    words = [t.text for t in nlp.make_doc(name)]
    # Short names (UN, AU, IS) match only in their exact case; longer ones in any case,
    # since headlines and sentence starts change case ("Al-Shabaab", "AL-SHABAAB").
    if len(name) <= 4:
        return name
    return [{"LOWER": w.lower()} for w in words]


def gazetteer_patterns(nlp: Language, kb: ActorBase) -> list[dict]:
    patterns = []
    for a in kb.actors.values():
        label = ENT_LABEL[a.type]
        for n in a.names:
            patterns.append({"label": label, "pattern": _token_pattern(nlp, n), "id": f"{NAME}|{a.iri}"})
        for d in a.demonyms:
            patterns.append({"label": "NORP", "pattern": d, "id": f"{DEMONYM}|{a.iri}"})
        for s in a.seats:
            patterns.append({"label": "GPE", "pattern": _token_pattern(nlp, s), "id": f"{SEAT}|{a.iri}"})
    for n in kb.media_names:
        patterns.append({"label": "ORG", "pattern": [{"LOWER": w} for w in n.split()], "id": f"{MEDIA}|"})
    return patterns
