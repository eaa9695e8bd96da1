"""Gazetteer matching: the actor knowledge base as spaCy phrase matchers (a ruler before NER)."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .._kb import ActorBase
from .._lexicon import titles

ENT_LABEL = {"State": "GPE", "Government": "ORG", "ArmedGroup": "ORG", "Organization": "ORG",
             "Official": "PERSON", "Person": "PERSON"}
# Entity ids say what a gazetteer match is; link reads them back.
NAME, DEMONYM, SEAT, MEDIA = "name", "demonym", "seat", "media"
EXACT, ANY_CASE = "ORTH", "LOWER"


def _case(name: str) -> str:
    # Short names (UN, AU, IS) match only in their exact case; longer ones in any case,
    # since headlines and sentence starts change case ("Al-Shabaab", "AL-SHABAAB").
    return EXACT if len(name) <= 4 else ANY_CASE


def gazetteer_patterns(nlp: Language, kb: ActorBase) -> list[dict]:
    """Every gazetteer phrase: {label, id, words, attr} (attr: the token attribute matched)."""
    def words(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    def cased(label: str, id_: str, text: str) -> list[dict]:
        w = words(text)
        if len(w) == 1 and _case(text) == ANY_CASE:
            # one word matches as written or in capitals ("HEZBOLLAH" in a headline), never in lower case:
            # "the island" is not Iceland's "Island", "the front" no one's
            return [{"label": label, "id": id_, "words": [v], "attr": EXACT} for v in dict.fromkeys((text, text.upper()))]
        return [{"label": label, "id": id_, "words": w, "attr": _case(text)}]

    patterns = []
    for a in kb.actors.values():
        label = ENT_LABEL[a.type]
        for n in a.names:
            patterns += cased(label, f"{NAME}|{a.iri}", n)
        for d in a.demonyms:
            patterns.append({"label": "NORP", "id": f"{DEMONYM}|{a.iri}", "words": words(d), "attr": EXACT})
        for s in a.seats:
            patterns += cased("GPE", f"{SEAT}|{a.iri}", s)
    for n in kb.media_names:
        patterns.append({"label": "ORG", "id": f"{MEDIA}|", "words": n.split(), "attr": ANY_CASE})
    return patterns


class GazetteerRuler:
    """Sets the gazetteer's matches as entities before NER (which keeps them and labels around them):
    the longest match wins, then the earliest; of two patterns for one span, the first added.
    Two ``PhraseMatcher``s (exact case and lower case) built once per pipeline, not token patterns:
    a token ``Matcher`` with a thousand patterns costs more than the rest of the actor stage."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matchers = {EXACT: PhraseMatcher(vocab, attr=EXACT), ANY_CASE: PhraseMatcher(vocab, attr=ANY_CASE)}
        self.keys: dict[int, tuple[int, str, str]] = {}  # match key -> (order, label, id)

    def add_patterns(self, patterns: list[dict]) -> None:
        by_key: dict[tuple[str, str, str], list[Doc]] = {}
        for p in patterns:
            if p["words"]:
                by_key.setdefault((p["attr"], p["label"], p["id"]), []).append(Doc(self.vocab, words=p["words"]))
        for (attr, label, id_), docs in by_key.items():
            name = f"{label}||{id_}"
            key = self.vocab.strings.add(name)
            self.keys.setdefault(key, (len(self.keys), label, id_))
            self.matchers[attr].add(name, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = {(key, s, e) for m in self.matchers.values() for key, s, e in m(doc) if e > s}
        ordered = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], self.keys[m[0]][0]))
        seen: set[int] = set()
        spans = []
        for key, s, e in ordered:
            if s in seen or e - 1 in seen:
                continue
            _, label, id_ = self.keys[key]
            spans.append(Span(doc, s, e, label=label, span_id=id_))
            seen.update(range(s, e))
        kept = [x for x in doc.ents if not any(i in seen for i in range(x.start, x.end))]
        doc.ents = kept + spans
        return doc


@Language.factory("conflictkg_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp.vocab)


# -- phrase matching of word lists (titles, descriptions) ---------------------------------------
_BLANK: Language | None = None


def tokenize(text: str):
    """Split ``text`` as the English pipeline's tokenizer does (patterns must split like the text)."""
    global _BLANK
    if _BLANK is None:
        import spacy
        _BLANK = spacy.blank("en")
    return _BLANK.make_doc(text)


def _variants(phrase: str) -> set[tuple[str, ...]]:
    """The ways the tokenizer splits a phrase: alone, inside a sentence ("Gen." stays one token
    before a name), and at its spaces; as written and in title case."""
    forms = (phrase, phrase.title())
    out = {tuple(t.text for t in tokenize(f)) for f in forms}
    out |= {tuple(t.text for t in tokenize(f"{f} Name"))[:-1] for f in forms}
    out.add(tuple(phrase.split()))
    return {v for v in out if v}


class PhraseTable:
    """A word list matched with spaCy's ``PhraseMatcher`` on lower-cased tokens: phrase -> value.
    The phrases are tokenised once (on first use); the matcher is built once per vocabulary
    (one per pipeline), on first use or by ``prepare``."""

    def __init__(self, entries: dict[str, object]) -> None:
        self.entries = dict(entries)
        self._words: dict[str, set[tuple[str, ...]]] | None = None
        self._matchers: dict[int, tuple[Vocab, PhraseMatcher]] = {}

    def prepare(self, vocab: Vocab) -> PhraseMatcher:
        hit = self._matchers.get(id(vocab))
        if hit is not None and hit[0] is vocab:
            return hit[1]
        if self._words is None:
            self._words = {phrase: _variants(phrase) for phrase in self.entries}
        m = PhraseMatcher(vocab, attr="LOWER")
        for phrase, variants in self._words.items():
            m.add(phrase, [Doc(vocab, words=list(v)) for v in variants])
        self._matchers[id(vocab)] = (vocab, m)
        return m

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of every match, longest first where two start at one token."""
        strings = doc.vocab.strings
        found = [(s, e, strings[k]) for k, s, e in self.prepare(doc.vocab)(doc)]
        return sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))


_TITLE_TABLE = PhraseTable(titles())


def prepare(vocab: Vocab) -> None:
    """Build the module's phrase matchers for a pipeline's vocabulary (once, before its first document)."""
    _TITLE_TABLE.prepare(vocab)


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
