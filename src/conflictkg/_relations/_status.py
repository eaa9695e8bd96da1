"""Status and attribution: is a reading asserted, denied or hedged, and who says it.

The words are data (ontology/lexicon/status.json); the rules walk up the parse from the
predicate's clause to the sentence's root, the first rule that fires wins:

- a question ........................................ Hedged
- a negation on the clause or a verb that governs it ("did not back", "did not continue to arm") ... Denied
- a denial governing it ("denied arming", "rejected claims that ...") ........................ Denied
- a conditional ("if X attacks Y", "X will arm Y only if ...", the words after a fronted "if") ... Hedged
- a modal ("may", "could", "might", "should", "can") .. Hedged
- a plan, expectation or demand governing it ("plans to arm", "is expected to back", "urged X to back") ... Hedged
- seeming or hearsay raising its subject ("X appears to fund Y", "X is said to train Y") ... Hedged
- a hedging or hearsay adverb ("possibly", "reportedly", "allegedly") ... Hedged
- "no longer" ........................................... Denied
- a future ("will", "would") that no speaker vouches for ("X will fund Y"; but "X said it would back Y" is
  the speaker's assertion) ................................ Hedged

The walk stops at a relative clause (it asserts on its own: "X, which has clashed with Y,
denied it") and at a speech verb (what a speaker reports is theirs: the speech verb's subject
becomes the reading's speaker).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .._lexicon import status_words
from .._actors import Mention
from ._actors_at import ActorIndex
from ._syntax import DOCUMENTS

_W = status_words()
NEGATION = _W["negation"]
DENIAL_VERBS = _W["denial_verbs"]
DENIAL_NOUNS = _W["denial_nouns"]
# "must" is a demand (what is demanded of a third party is its own construction); "would" and
# "will" are a future that holds only as someone's commitment ("said it would stand by Y")
MODALS = _W["modals"] - {"must", "would", "will"}
FUTURE = frozenset({"would", "will", "'ll", "wo"})
COMMITMENTS = _W["commitment_verbs"] & frozenset({"vow", "pledge", "promise", "threaten", "swear", "warn"})
PLANS = _W["plan_verbs"] | frozenset({"likely", "possible", "ready", "poised", "able", "willing", "due"})
DEMANDS = _W["demand_verbs"]
# verbs of seeming and hearsay that raise their complement's subject: hedged only then (xcomp),
# not when they report a clause ("X said Y arms Z" is X's assertion)
RAISING = frozenset({"appear", "seem", "believe", "say", "think", "understand", "report", "suspect", "rumour",
                     "rumor", "reckon", "allege", "estimate", "expect", "presume", "claim"})
HEDGES = _W["hedge_adverbs"] | _W["report_adverbs"]  # "reportedly", "allegedly": nobody named vouches for it
CONDITIONAL = _W["conditional_marks"]
HEDGE_ADJ = _W["hedge_adjectives"]
REFUSALS = _W["refusal_verbs"]
PAST_ADJ = _W["past_adjectives"]
SPEECH = _W["speech_verbs"]
# deny and refute deny whatever they govern; reject and dispute deny only a claim or a clause
_ALWAYS_DENY = frozenset({"deny", "refute", "disavow"})
# A reading inside these asserts on its own: a relative clause ("X, which has clashed with Y,
# denied it"), and a phrase that is the subject or a modifier of the governing verb ("X's support
# for Y was not enough" does not deny the support).
# verbs of trying: "X tried to topple Y", "X is seeking to overthrow Y" -- the attempt is itself an act
# against Y (opposition holds), where "X sought to arm Y" is only an aim
ATTEMPTS = _W["attempt_verbs"]
# a threat is conditional by nature: "X warned Y of consequences if it went ahead" asserts the warning
THREATS = _W["threat_verbs"]
_OWN_CLAUSE = frozenset({"relcl", "nsubj", "nsubjpass", "appos", "acl", "amod", "compound", "poss", "npadvmod",
                         "csubj"})


def status(start: Token, sent: Span, *, opposes: bool = False) -> str:
    """The status of a reading whose clause is ``start``; ``opposes`` for a reading of opposition
    (an attempt at it asserts it)."""
    if sent.text.rstrip().rstrip('"\u201d\'').endswith("?") or _inside_condition(start, sent):
        return "Hedged"
    node, prev, claimed, future = start, None, False, False
    # "X gave no support to Y", "X provided no weapons to Y", "X sent no troops to help Y": none was given
    if start.pos_ in ("VERB", "AUX") and (_gives_none(start) or (
            start.dep_ in ("xcomp", "advcl") and _gives_none(start.head))):
        return "Denied"
    if start.pos_ in ("NOUN", "PROPN"):
        # "its supposed ally", "a possible backer", "its former patron": the noun's own words
        mods = [c for c in start.children if c.dep_ in ("amod", "advmod", "compound")]
        mods += [g for c in mods for g in c.children if g.dep_ == "advmod"]  # "no longer an ally"
        if any(c.lower_ in PAST_ADJ for c in mods) or _no_longer(list(start.children)):
            return "Denied"
        if _quantified_by_no(start):
            return "Denied"  # "there were no clashes between A and B", "no support for Y"
        if start.dep_ in ("nsubj", "nsubjpass") and start.head.lemma_.lower() in _ONSETS and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in start.head.children):
            return "Hedged"  # "a war between A and B could break out", "an offensive could begin"
        if any(c.lower_ in HEDGE_ADJ or c.lower_ in HEDGES for c in mods):
            return "Hedged"
    if any(c.dep_ in ("nsubj", "nsubjpass") and _quantified_by_no(c) for c in start.children):
        return "Denied"  # "no clashes erupted between A and B"
    for _ in range(10):
        children = list(node.children)
        if any(c.dep_ == "neg" or (c.lower_ in NEGATION and c.dep_ in ("advmod", "neg")) for c in children) \
                or _no_longer(children):
            return "Denied"
        if prev is not None and prev.dep_ == "ccomp" and prev.i < node.i and node.lemma_ in DENIAL_VERBS and any(
                c.dep_ in ("nsubj", "npadvmod", "dobj") and c.lemma_.lower() in DENIAL_NOUNS and prev.i < c.i < node.i
                and any(g.lower_ in ("a", "an") for g in c.children) for c in children):
            # "X accused Y of arming Z, a charge Y denies" parsed with the accusation the denial's clause: the
            # accusation was made; what Y denies is its content, which the accuser asserts
            return "Asserted"
        # a verb coordinated with a denial is no part of it: "X denied the report and called for Y"
        if prev is not None and prev.dep_ != "conj" and prev.i != node.i and node.lemma_ in DENIAL_VERBS and (
                node.lemma_ in _ALWAYS_DENY or prev.dep_ in ("ccomp", "xcomp", "pcomp") or claimed):
            return "Denied"
        if prev is not None and node.lemma_ in REFUSALS and prev.dep_ in ("xcomp", "pcomp"):
            return "Denied"  # "X refused to arm Y", "X stopped funding Y"
        claimed = claimed or node.lemma_ in DENIAL_NOUNS
        # "X threatened Y with sanctions if it attacked": the threat holds, what it threatens is conditional
        threat = node.i == start.i and node.lemma_ in THREATS
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in children) or not threat and any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL for g in c.children)
                for c in children):
            return "Hedged"  # "if X attacks Y, ..."; "X will fund Y only if ..."
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in children):
            return "Hedged"
        future = future or any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children)
        if opposes and prev is not None and node.lemma_ in ATTEMPTS and prev.dep_ == "xcomp":
            pass  # "X has tried for years to topple Y": the attempt is opposition
        elif prev is not None and node.lemma_ in PLANS and prev.dep_ in ("xcomp", "ccomp", "pcomp", "acomp"):
            return "Hedged"
        if prev is not None and node.lemma_ in RAISING and prev.dep_ == "xcomp" and (
                node.lemma_ in ("appear", "seem") or any(c.dep_ == "auxpass" for c in children)):
            return "Hedged"  # "X appears to be funding Y", "X is said to be training Y", "X is believed to have"
        if prev is not None and node.lemma_ in DEMANDS and (
                prev.dep_ == "xcomp" or (prev.dep_ == "ccomp" and node.lemma_ not in SPEECH)):
            return "Hedged"  # "urged X to arm Y"; but "told reporters that X armed Y" reports it
        if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in children):
            return "Hedged"
        content = node.dep_ in ("acl", "appos", "relcl", "ccomp") and (
            node.head.lemma_ in DENIAL_NOUNS or node.lemma_ in DENIAL_NOUNS)
        if prev is not None and node.lemma_ in SPEECH | COMMITMENTS:
            return "Asserted"  # what a speaker reports, or vows, promises or warns, is theirs to assert
        if node.dep_ == "acl" and node.head.lemma_.lower() in DOCUMENTS and node.head.dep_ in ("dobj", "pobj"):
            # "X never signed a decree recognising Y": the signing decides
            prev, node = node, node.head.head if node.head.dep_ == "dobj" else node.head.head.head
            continue
        if (node.dep_ in _OWN_CLAUSE and not content) or node.head.i == node.i:  # (spaCy makes a new Token per access: compare indices)
            break  # ("the claim that X armed Y" is a content clause: what is said of the claim holds for it)
        prev, node = node, node.head
    # "X will back Y", "X would fund Y under the plan": not yet so -- unless someone said it would be
    return "Hedged" if future else "Asserted"


# verbs of an event's coming about: with a modal, the event has not happened
_ONSETS = _W["onset_verbs"]


def _gives_none(verb: Token) -> bool:
    """Is the verb's direct object quantified by "no" ("gave no support", "fired no shots")? Not for
    "have": "Y's recognition has no legal effect" is a verdict against Y, not a denial."""
    return verb.lemma_ != "have" and any(c.dep_ == "dobj" and _quantified_by_no(c) for c in verb.children)


def _quantified_by_no(tok: Token) -> bool:
    """'no clashes', 'no support': the word's determiner is "no"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _no_longer(children) -> bool:
    """'X no longer funds Y'."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in children)


def _inside_condition(tok: Token, sent: Span) -> bool:
    """The parser often mis-attaches a fronted condition: 'If X attacks Y, the talks ...' -- the
    words from 'if' or 'unless' to the next comma are conditional whatever the tree says."""
    doc = sent.doc
    for t in sent:
        if t.lower_ in ("if", "unless") and t.i < tok.i:
            stop = next((u.i for u in doc[t.i:sent.end] if u.text == ","), sent.end)
            if tok.i < stop:
                return True
    return False


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
