"""Status and attribution: is a reading asserted, denied or hedged, and who says it.

The words are data (ontology/lexicon/status.json); the rules walk up the parse from the
predicate's clause to the sentence's root, the first rule that fires wins:

- a question ........................................ Hedged
- a negation on the clause or a verb that governs it ("did not back", "did not continue to arm") ... Denied
- a denial governing it ("denied arming", "rejected claims that ...") ........................ Denied
- a conditional ("if X attacks Y") ................... Hedged
- a modal ("may", "could", "might", "should", "can") .. Hedged
- a plan, expectation or demand governing it ("plans to arm", "is expected to back", "urged X to back") ... Hedged
- a hedging adverb ("possibly", "perhaps") ............ Hedged

The walk stops at a relative clause (it asserts on its own: "X, which has clashed with Y,
denied it") and at a speech verb (what a speaker reports is theirs: the speech verb's subject
becomes the reading's speaker).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .._lexicon import status_words
from .._actors import Mention
from ._actors_at import ActorIndex

_W = status_words()
NEGATION = _W["negation"]
DENIAL_VERBS = _W["denial_verbs"]
DENIAL_NOUNS = _W["denial_nouns"]
# "must" is a demand (what is demanded of a third party is its own construction); "would" and
# "will" report commitments ("said it would stand by Y"), and a conditional has its own mark
MODALS = _W["modals"] - {"must", "would", "will"}
PLANS = _W["plan_verbs"] | frozenset({"likely", "possible", "ready", "poised", "able", "willing", "due"})
DEMANDS = _W["demand_verbs"]
HEDGES = _W["hedge_adverbs"]
CONDITIONAL = _W["conditional_marks"]
SPEECH = _W["speech_verbs"]
# deny and refute deny whatever they govern; reject and dispute deny only a claim or a clause
_ALWAYS_DENY = frozenset({"deny", "refute", "disavow"})
# A reading inside these asserts on its own: a relative clause ("X, which has clashed with Y,
# denied it"), and a phrase that is the subject or a modifier of the governing verb ("X's support
# for Y was not enough" does not deny the support).
_OWN_CLAUSE = frozenset({"relcl", "nsubj", "nsubjpass", "appos", "acl", "amod", "compound", "poss", "npadvmod",
                         "csubj"})


def status(start: Token, sent: Span) -> str:
    if sent.text.rstrip().rstrip('"\u201d\'').endswith("?"):
        return "Hedged"
    node, prev, claimed = start, None, False
    for _ in range(10):
        children = list(node.children)
        if any(c.dep_ == "neg" or (c.lower_ in NEGATION and c.dep_ in ("advmod", "neg")) for c in children):
            return "Denied"
        if prev is not None and node.lemma_ in DENIAL_VERBS and (
                node.lemma_ in _ALWAYS_DENY or prev.dep_ in ("ccomp", "xcomp", "pcomp") or claimed):
            return "Denied"
        claimed = claimed or node.lemma_ in DENIAL_NOUNS
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in children):
            return "Hedged"
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
            return "Hedged"
        if prev is not None and node.lemma_ in PLANS | DEMANDS and prev.dep_ in ("xcomp", "ccomp", "pcomp", "acomp"):
            return "Hedged"
        if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in children):
            return "Hedged"
        content = node.dep_ in ("acl", "appos") and (node.head.lemma_ in DENIAL_NOUNS or node.lemma_ in DENIAL_NOUNS)
        if (node.dep_ in _OWN_CLAUSE and not content) or node.head is node or (prev is not None and node.lemma_ in SPEECH):
            break  # ("the claim that X armed Y" is a content clause: what is said of the claim holds for it)
        prev, node = node, node.head
    return "Asserted"


def speaker(start: Token, sent: Span, idx: ActorIndex) -> Mention | None:
    """Whom the sentence quotes: the subject of the speech verb that governs the reading,
    or the object of 'according to'."""
    node = start
    for _ in range(10):
        if node.lemma_ in SPEECH and node is not start:
            for c in node.children:
                if c.dep_ == "nsubj":
                    return idx.of(c)
            return None
        if node.head is node:
            break
        node = node.head
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            for t in sent.doc[tok.i + 2:min(tok.i + 6, sent.end)]:
                m = idx.of(t)
                if m is not None:
                    return m
    return None
