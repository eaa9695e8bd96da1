"""What the extraction asks of a whole document again and again, computed once per document.

spaCy builds ``Doc.text`` by joining every token on each call, and a ``Token`` object (and each of its
string attributes) on each access: a scan of a 600-token document costs about a millisecond. The actor
and relation stages ask the same whole-document questions for every candidate name, line or sentence;
these helpers keep each answer in ``doc.user_data`` (keys ``ckg_*``), so it is computed once per
document. The answers depend on the tokens' texts, which no stage changes after tokenisation, and
(``demonym_texts``) on their tags and entities, which no stage changes after NER: these helpers are for
the actor and relation stages, which come after it.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import ENT_ID, ENT_TYPE, ORTH, POS
from spacy.parts_of_speech import ADJ, PROPN
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    text = doc.user_data.get("ckg_text")
    if text is None:
        text = doc.user_data["ckg_text"] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, read from the document's array (no ``Token`` built)."""
    texts = doc.user_data.get("ckg_texts")
    if texts is None:
        strings = doc.vocab.strings
        texts = doc.user_data["ckg_texts"] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return texts


def demonym_texts(doc: Doc) -> frozenset[str]:
    """The texts of the tokens that can be a demonym: adjectives, proper nouns, NORP entities."""
    out = doc.user_data.get("ckg_demonym_texts")
    if out is None:
        norp = doc.vocab.strings["NORP"]
        out = doc.user_data["ckg_demonym_texts"] = frozenset(
            text for text, (pos, ent) in zip(token_texts(doc), doc.to_array([POS, ENT_TYPE]).tolist())
            if pos in (ADJ, PROPN) or ent == norp)
    return out


def token_ent_ids(doc: Doc) -> list[str]:
    """``[t.ent_id_ for t in doc]`` read from the document's array (not kept: the entities may still change)."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ENT_ID).tolist()]


def line_ends(doc: Doc) -> list[int]:
    """The indexes of the tokens holding a newline, in order."""
    ends = doc.user_data.get("ckg_line_ends")
    if ends is None:
        ends = doc.user_data["ckg_line_ends"] = [i for i, text in enumerate(token_texts(doc)) if "\n" in text]
    return ends


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token span [start, end) of the line token i is on: after the last token holding a newline
    before i, up to the first one at or after i (or the document's end)."""
    ends = line_ends(doc)
    k = bisect_left(ends, i)
    return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else len(doc))
