"""Gazetteer matching: the actor knowledge base as spaCy patterns (an EntityRuler before NER)."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .._kb import ActorBase
from .._lexicon import titles

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


# -- phrase matching of word lists (titles, descriptions) ---------------------------------------
_BLANK: Language | None = None


def tokenize(text: str):
    """Split ``text`` as the English pipeline's tokenizer does (patterns must split like the text)."""
    global _BLANK
    if _BLANK is None:
        import spacy
        _BLANK = spacy.blank("en")
    return _BLANK.make_doc(text)


class PhraseTable:
    """A word list matched with spaCy's ``PhraseMatcher`` on lower-cased tokens: phrase -> value."""

    def __init__(self, entries: dict[str, object]) -> None:
        self.entries = dict(entries)
        self._matchers: dict[int, PhraseMatcher] = {}

    def _matcher(self, vocab) -> PhraseMatcher:
        m = self._matchers.get(id(vocab))
        if m is None:
            m = PhraseMatcher(vocab, attr="LOWER")
            for phrase in self.entries:
                # as the tokenizer splits the phrase alone, inside a sentence ("Gen." stays one token
                # before a name), and at its spaces
                variants = {tuple(t.text for t in tokenize(form)) for form in (phrase, phrase.title())}
                variants |= {tuple(t.text for t in tokenize(f"{form} Name"))[:-1] for form in (phrase, phrase.title())}
                variants.add(tuple(phrase.split()))
                m.add(phrase, [Doc(vocab, words=list(v)) for v in variants if v])
            self._matchers[id(vocab)] = m
        return m

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of every match, longest first where two start at one token."""
        strings = doc.vocab.strings
        found = [(s, e, strings[k]) for k, s, e in self._matcher(doc.vocab)(doc)]
        return sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))


_TITLE_TABLE = PhraseTable(titles())


def title_spans(doc: Doc) -> dict[int, tuple[int, str, str]]:
    """Titles and honorifics in ``doc``, by the token after them: end -> (start, title, kind).
    The longest title ending at a token wins ("foreign minister" over "minister")."""
    cached = doc.user_data.get("ckg_titles")
    if cached is None:
        cached = {}
        for s, e, phrase in _TITLE_TABLE.matches(doc):
            if e not in cached or cached[e][0] > s:
                cached[e] = (s, phrase, _TITLE_TABLE.entries[phrase])
        doc.user_data["ckg_titles"] = cached
    return cached


def title_before(doc: Doc, start: int) -> str | None:
    """The title (not an honorific) just before a name: 'Foreign Minister Sameh Shukry', 'Gen. Khalifa Hifter'."""
    hit = title_spans(doc).get(start)
    if hit is None:
        return None
    s, phrase, kind = hit
    if kind != "honorific":
        return phrase
    # "President Sheikh X": an honorific between a title and the name
    inner = title_spans(doc).get(s)
    return inner[1] if inner and inner[2] != "honorific" else None
